/* One fetch with a timeout for the live room's scripts (live.js, phone.js): on bad wifi an
   answer can hang for ever, and a request that never ends is never retried.
   collaboratoryTimedFetch(url, options, read, ms) fetches, reads the body and calls
   read(response, body); it is rejected once ms pass without the whole answer (the request
   is aborted where AbortController exists). */
(function () {
  "use strict";
  window.collaboratoryTimedFetch = function (url, options, read, ms) {
    var controller = window.AbortController ? new window.AbortController() : null;
    var timer = null;
    var expired = new Promise(function (resolve, reject) {
      timer = window.setTimeout(function () {
        if (controller) { controller.abort(); }
        reject(new Error("timeout"));
      }, ms);
    });
    if (controller) { options.signal = controller.signal; }
    var answered = fetch(url, options).then(function (response) {
      return response.text().then(function (body) { return read(response, body); });
    });
    return Promise.race([answered, expired]).then(function (value) {
      window.clearTimeout(timer);
      return value;
    }, function (error) {
      window.clearTimeout(timer);
      throw error;
    });
  };
})();
