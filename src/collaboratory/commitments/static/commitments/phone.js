/* Phone view: make a commitment, even offline.
   Each submission gets a client UUID (its idempotency key) and goes into a queue kept in
   localStorage under that key, so a reload loses nothing. The queue is sent when the
   connection returns; a retry re-sends the same key, so the server stores it once.
   States: queued -> sending -> saved (or awaiting: saved, waiting for a guardian's approval),
   or needs a fix (the server said what to change; for a
   vague text the guard's hint, with "Save it anyway"). */
(function () {
  "use strict";
  var form = document.getElementById("commit-form");
  var list = document.getElementById("queue");
  if (!form || !list) { return; }
  var STORE = "collaboratory.live.queue." + form.getAttribute("data-gathering");
  var submitUrl = form.getAttribute("data-submit-url");
  var assessUrl = form.getAttribute("data-assess-url");
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var keyInput = form.querySelector("input[name=idempotency_key]");
  var what = form.querySelector("#what");
  var hint = document.getElementById("what-hint");
  var touched = false;

  function uuid() {
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); });
    return h.slice(0, 4).join("") + "-" + h.slice(4, 6).join("") + "-" + h.slice(6, 8).join("") +
      "-" + h.slice(8, 10).join("") + "-" + h.slice(10).join("");
  }

  function load() {
    try { return JSON.parse(window.localStorage.getItem(STORE) || "{}"); } catch (e) { return {}; }
  }
  function save(queue) {
    try { window.localStorage.setItem(STORE, JSON.stringify(queue)); } catch (e) { /* full */ }
  }
  function update(key, changes) {
    var queue = load();
    if (!queue[key]) { return null; }
    Object.keys(changes).forEach(function (k) { queue[key][k] = changes[k]; });
    save(queue);
    render();
    return queue[key];
  }

  function text(name) { return list.getAttribute("data-text-" + name); }

  function render() {
    var queue = load();
    var keys = Object.keys(queue).sort(function (a, b) { return queue[a].at - queue[b].at; });
    list.textContent = "";
    keys.forEach(function (key) {
      var item = queue[key];
      var li = document.createElement("li");
      li.className = "queue-item";
      li.setAttribute("data-state", item.state);
      li.setAttribute("data-key", key);
      var state = document.createElement("strong");
      state.className = "queue-state";
      state.textContent = text(item.state === "needs_fix" ? "fix" : item.state);
      li.appendChild(state);
      li.appendChild(document.createTextNode(" " + item.fields.what));
      if (item.state === "needs_fix") {
        var errors = document.createElement("ul");
        errors.className = "queue-errors";
        (item.errors || []).forEach(function (message) {
          var e = document.createElement("li");
          e.textContent = message;
          errors.appendChild(e);
        });
        li.appendChild(errors);
        if (item.vague) {
          li.appendChild(button(text("anyway"), function () {
            var queue2 = load();
            queue2[key].fields.accept_vague = true;
            queue2[key].state = "queued";
            save(queue2);
            send(key);
          }));
        }
        li.appendChild(button(text("edit"), function () { edit(key); }));
      }
      list.appendChild(li);
    });
  }

  function button(label, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "button";
    b.textContent = label;
    b.addEventListener("click", action);
    return b;
  }

  function edit(key) {
    var queue = load();
    var item = queue[key];
    if (!item) { return; }
    delete queue[key];
    save(queue);
    // The same key goes back into the form: nothing was stored under it.
    keyInput.value = key;
    var f = item.fields;
    choose(f.proposal);
    what.value = f.what;
    form.querySelector("#amount").value = f.amount;
    form.querySelector("#unit").value = f.unit;
    form.querySelector("#due_on").value = f.due_on;
    var capital = form.querySelector("input[name=capital][value='" + f.capital + "']");
    if (capital) { capital.checked = true; }
    var ask = form.querySelector("input[name='ask-" + f.proposal + "'][value='" + (f.ask || "general") + "']");
    if (ask) { ask.checked = true; }
    render();
    what.focus();
  }

  var sending = {};
  function send(key) {
    var item = load()[key];
    if (!item || sending[key] || item.state === "saved" || item.state === "awaiting") { return; }
    if (navigator.onLine === false) { update(key, {state: "queued"}); return; }
    sending[key] = true;
    update(key, {state: "sending"});
    // The endpoint takes only a boolean: an entry queued by an older page kept "1" or "".
    item.fields.accept_vague = item.fields.accept_vague === true || item.fields.accept_vague === "1";
    fetch(submitUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": csrf},
      body: JSON.stringify(item.fields)
    }).then(function (response) {
      if (response.status === 201 || response.status === 200) {
        // Saved only on the endpoint's own answer for this key: a session that ended answers
        // with a redirect to the sign-in page, and its 200 stored nothing.
        var stored = function (body) {
          return !response.redirected && body && String(body.idempotency_key) === key;
        };
        return response.json().then(function (body) {
          if (stored(body)) {
            // A youth member's money is saved but waits for their guardian: say so, as the
            // page without script does, so nobody sends it again or thinks it counts yet.
            update(key, {state: body.awaiting_guardian ? "awaiting" : "saved", errors: []});
          } else {
            update(key, {state: "needs_fix", errors: [text("reload")], vague: false});
          }
        }, function () {
          update(key, {state: "needs_fix", errors: [text("reload")], vague: false});
        });
      }
      if (response.status === 422 || response.status === 403 || response.status === 400) {
        // Sending it again would get the same answer: it needs a fix, not a retry.
        return response.json().then(function (body) {
          var errors = body.errors || {};
          var messages = [];
          Object.keys(errors).forEach(function (f) { messages = messages.concat(errors[f]); });
          var onlyWhat = Object.keys(errors).length === 1 && errors.what !== undefined;
          update(key, {state: "needs_fix", errors: messages, vague: onlyWhat});
        }, function () {
          update(key, {state: "needs_fix", errors: [text("reload")], vague: false});
        });
      }
      // A server error or a proxy page: keep it queued and try again later.
      update(key, {state: "queued"});
      return null;
    }).catch(function () {
      update(key, {state: "queued"});
    }).then(function () { delete sending[key]; });
  }

  function flush() {
    var queue = load();
    Object.keys(queue).forEach(function (key) {
      if (queue[key].state === "queued" || queue[key].state === "sending") { send(key); }
    });
  }

  function chosenProposal() {
    var checked = form.querySelector("input[name=proposal]:checked");
    return checked ? checked.value : "";
  }

  function showAsks() {
    var chosen = chosenProposal();
    var groups = form.querySelectorAll("[data-asks-for]");
    Array.prototype.forEach.call(groups, function (g) {
      g.hidden = g.getAttribute("data-asks-for") !== chosen;
    });
  }

  function choose(proposal) {
    var radio = form.querySelector("input[name=proposal][value='" + proposal + "']");
    if (radio) { radio.checked = true; showAsks(); }
  }

  form.addEventListener("change", function (event) {
    if (event.target.name === "proposal") { touched = true; showAsks(); }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var proposal = chosenProposal();
    var ask = form.querySelector("input[name='ask-" + proposal + "']:checked");
    var capital = form.querySelector("input[name=capital]:checked");
    var key = keyInput.value || uuid();
    var fields = {
      proposal: proposal,
      ask: ask ? ask.value : "general",
      capital: capital ? capital.value : "",
      what: what.value,
      amount: form.querySelector("#amount").value,
      unit: form.querySelector("#unit").value,
      due_on: form.querySelector("#due_on").value,
      idempotency_key: key,
      accept_vague: false
    };
    var queue = load();
    queue[key] = {fields: fields, state: "queued", errors: [], at: Date.now()};
    save(queue);
    keyInput.value = uuid();
    what.value = "";
    form.querySelector("#amount").value = "";
    form.querySelector("#unit").value = "";
    hint.textContent = "";
    render();
    send(key);
  });

  // The guard's hint while typing (debounced); silent when offline.
  var assessTimer = null;
  what.addEventListener("input", function () {
    if (assessTimer !== null) { window.clearTimeout(assessTimer); }
    assessTimer = window.setTimeout(function () {
      var value = what.value.trim();
      if (value.length < 8) { hint.textContent = ""; return; }
      fetch(assessUrl + "?text=" + encodeURIComponent(value), {credentials: "same-origin"})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (verdict) {
          if (!verdict || what.value.trim() !== value) { return; }
          hint.textContent = verdict.firm ? hint.getAttribute("data-text-firm") : verdict.hint;
          hint.setAttribute("data-state", verdict.firm ? "firm" : "vague");
        })
        .catch(function () { /* offline */ });
    }, 500);
  });

  // Follow the facilitator: when hands go up for a presenter, offer them first.
  var windowNote = document.querySelector("[data-phone-window]");
  document.addEventListener("live:event", function (event) {
    var detail = event.detail;
    if (detail.kind !== "session.window" && detail.kind !== "session.presenter") { return; }
    var data = detail.data || {};
    var open = data.window;
    var known = open ? form.querySelector("input[name=proposal][value='" + open + "']") : null;
    var untouched = !touched && what.value.trim() === "";
    if (open && !known && untouched) {
      // A presenter this page does not list yet (added to the run of show since): reload.
      window.location.reload();
      return;
    }
    if (windowNote) {
      if (open) {
        windowNote.textContent = windowNote.getAttribute("data-text-open")
          .replace("%s", data.window_presenter || "");
        windowNote.setAttribute("data-state", "open");
      } else {
        windowNote.textContent = windowNote.getAttribute("data-text-closed");
        windowNote.setAttribute("data-state", "closed");
      }
    }
    if (open && known && untouched) { choose(String(open)); }
  });

  keyInput.value = uuid();
  showAsks();
  render();
  flush();
  window.addEventListener("online", flush);
  window.setInterval(flush, 15000);
})();
