/* Live room: follow a gathering's event stream (server-sent events) and keep the page current.
   - [data-live-stream]: the stream URL, data-after (the last event id the page was rendered
     with) and data-server-now (to correct the device's clock for the timer).
   - [data-live-refresh]: re-fetched from its URL (a server-rendered fragment) after events.
   - [data-timer]: counts down from the server's started_at; text AND class change near the end.
   - [data-live-status]: "Live" or "Reconnecting…".
   Every event is also re-dispatched on document as a "live:event" CustomEvent.
   The stream is the page's own origin (`collaboratory serve` pushes on the port it serves
   pages from). EventSource reconnects by itself and sends Last-Event-ID, so nothing missed
   is lost; a page server that cannot hold a stream answers what was missed and asks for a
   reconnect a second later, which makes the same code a short poll. Only a browser without
   EventSource polls by itself (?once=1, every 2 s). */
(function () {
  "use strict";
  var root = document.querySelector("[data-live-stream]");
  if (!root) { return; }
  var serverNow = Date.parse(root.getAttribute("data-server-now"));
  var skew = isNaN(serverNow) ? 0 : serverNow - Date.now();
  var KINDS = ["commitment.created", "commitment.hidden", "commitment.undone",
    "session.presenter", "session.window"];

  function clock(seconds) {
    var s = Math.max(0, Math.round(seconds));
    var m = Math.floor(s / 60);
    var r = s % 60;
    return m + ":" + (r < 10 ? "0" : "") + r;
  }

  function renderTimer(el) {
    var started = Date.parse(el.getAttribute("data-started-at") || "");
    var stopped = Date.parse(el.getAttribute("data-stopped-at") || "");
    var total = parseInt(el.getAttribute("data-minutes"), 10) * 60;
    var text;
    var state = "idle";
    if (isNaN(started)) {
      text = el.getAttribute("data-text-idle");
    } else if (!isNaN(stopped)) {
      text = el.getAttribute("data-text-stopped").replace("%s", clock((stopped - started) / 1000));
      state = "stopped";
    } else {
      var left = total - (Date.now() + skew - started) / 1000;
      if (left <= 0) {
        text = el.getAttribute("data-text-over") + " (+" + clock(-left) + ")";
        state = "over";
      } else if (left <= 60) {
        text = el.getAttribute("data-text-wrap").replace("%s", clock(left));
        state = "warning";
      } else {
        text = el.getAttribute("data-text-left").replace("%s", clock(left));
        state = "running";
      }
    }
    if (el.textContent !== text) { el.textContent = text; }
    el.setAttribute("data-state", state);
  }

  function tick() {
    var timers = document.querySelectorAll("[data-timer]");
    for (var i = 0; i < timers.length; i++) { renderTimer(timers[i]); }
  }
  tick();
  window.setInterval(tick, 1000);

  // On a slow network an older fetch can answer after a newer one: each region applies an
  // answer only if no later-started fetch has been applied, so the page never goes back.
  var fetches = 0;
  function refresh() {
    var regions = document.querySelectorAll("[data-live-refresh]");
    Array.prototype.forEach.call(regions, function (el) {
      fetches += 1;
      var started = fetches;
      fetch(el.getAttribute("data-live-refresh"), {credentials: "same-origin", cache: "no-store"})
        .then(function (r) {
          // A session that ended answers with the sign-in page: not a part of this page.
          return r.ok && !r.redirected ? r.text() : null;
        })
        .then(function (html) {
          if (html === null || started < (el.liveApplied || 0)) { return; }
          el.liveApplied = started;
          el.innerHTML = html;
          tick();
        })
        .catch(function () { /* offline: keep what is shown */ });
    });
  }
  var pending = null;
  function schedule() {
    if (pending !== null) { return; }
    pending = window.setTimeout(function () { pending = null; refresh(); }, 150);
  }

  var status = document.querySelector("[data-live-status]");
  var offlineTimer = null;
  function showStatus(live) {
    if (!status) { return; }
    status.textContent = status.getAttribute(live ? "data-text-live" : "data-text-offline");
    status.setAttribute("data-state", live ? "live" : "offline");
  }
  function markOnline() {
    if (offlineTimer !== null) { window.clearTimeout(offlineTimer); offlineTimer = null; }
    showStatus(true);
  }
  function markTrouble() {
    // A short-poll server closes every response: only a drop that lasts is shown.
    if (offlineTimer === null) {
      offlineTimer = window.setTimeout(function () { offlineTimer = null; showStatus(false); }, 5000);
    }
  }

  var lastId = root.getAttribute("data-after") || "0";
  function deliver(kind, id, text) {
    markOnline();
    if (id) { lastId = id; }
    var data = null;
    try { data = JSON.parse(text); } catch (e) { data = null; }
    document.dispatchEvent(new CustomEvent("live:event", {detail: {kind: kind, data: data}}));
    schedule();
  }

  // The fallback: read what was missed (the same frames as the stream) every 2 s.
  function poll() {
    var url = root.getAttribute("data-live-stream") + "?once=1&after=" + encodeURIComponent(lastId);
    fetch(url, {credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (body) {
        markOnline();
        body.split("\n\n").forEach(function (frame) {
          var id = "", kind = "", text = "";
          frame.split("\n").forEach(function (line) {
            if (line.indexOf("id: ") === 0) { id = line.slice(4); }
            else if (line.indexOf("event: ") === 0) { kind = line.slice(7); }
            else if (line.indexOf("data: ") === 0) { text = line.slice(6); }
          });
          if (kind && KINDS.indexOf(kind) !== -1) { deliver(kind, id, text); }
        });
      })
      .catch(markTrouble)
      .then(function () { window.setTimeout(poll, 2000); });
  }

  function connect() {
    var base = root.getAttribute("data-live-stream");
    var source = new EventSource(base + "?after=" + encodeURIComponent(lastId));
    source.onopen = markOnline;
    source.onerror = function () {
      markTrouble();
      if (source.readyState === EventSource.CLOSED) {
        // Refused (signed out, a proxy error): try again a little later from the last id.
        window.setTimeout(connect, 5000);
      }
    };
    KINDS.forEach(function (kind) {
      source.addEventListener(kind, function (event) {
        deliver(kind, event.lastEventId, event.data);
      });
    });
  }
  if (window.EventSource) { connect(); } else if (window.fetch) { poll(); }
  window.addEventListener("online", schedule);
})();
