/* Phone view: make a commitment, even offline or on bad wifi.
   Each submission gets a client UUID (its idempotency key) and is kept in localStorage
   under its own key (prefix, owner, UUID), so a reload loses nothing and two tabs never
   write over each other's entries. Every request has a timeout
   (the form's data-timeout-ms): an answer that never comes is given up, and the entry is
   sent again under the same key with a growing pause (1 s, 2 s, 4 s... at most 30 s), at
   once when the connection returns, and when the member taps "Send now". The server
   stores a key once, so a retry of a submission it already stored answers "duplicate".
   States: queued (waiting: offline, no answer yet, or a server error) -> sending -> saved
   (or awaiting: saved, waiting for a guardian's approval), or needs a fix (the server said
   what to change; for a vague text the guard's hint, with "Save it anyway").
   Another tab of the same phone shares the queue and redraws it when it changes. */
// The note that says for whom commitments are open, with or without a form (a presenter
// alone on the run of show has none): the event names the window's proposal, and the note
// lists the viewer's own (`presents`), for which it says the room commits to them.
(function () {
  "use strict";
  var note = document.querySelector("[data-phone-window]");
  if (!note) { return; }
  document.addEventListener("live:event", function (event) {
    var detail = event.detail;
    if (detail.kind !== "session.window" && detail.kind !== "session.presenter") { return; }
    var data = detail.data || {};
    var open = data.window;
    var own = open && (note.getAttribute("data-own") || "").split(" ").indexOf(String(open)) !== -1;
    if (own) {
      note.textContent = note.getAttribute("data-text-open-own");
    } else if (open) {
      note.textContent = note.getAttribute("data-text-open").replace("%s", data.window_presenter || "");
    } else {
      note.textContent = note.getAttribute("data-text-closed");
    }
    note.setAttribute("data-state", open ? "open" : "closed");
  });
})();

(function () {
  "use strict";
  var form = document.getElementById("commit-form");
  var list = document.getElementById("queue");
  if (!form || !list) { return; }
  var GATHERING = form.getAttribute("data-gathering");
  // Before 2026-12-05 the whole queue was one value under OLD_STORE: a tab holding a stale
  // copy (Chromium syncs localStorage between a phone's tabs a moment late) wrote it back
  // over another tab's new entry, and that entry was lost. Now each entry has its own key.
  var OLD_STORE = "collaboratory.live.queue." + GATHERING;
  var PREFIX = "collaboratory.live.entry." + GATHERING + ".";
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

  // The queue holds the entries of everyone who used this phone for this gathering, each
  // with its owner (the account that queued it): an entry is shown to and sent by that
  // account only, so what one member queued is never stored as another's. An entry queued
  // before owners were kept is taken by the first account that opens the page.
  var owner = form.getAttribute("data-owner") || "";
  var MINE = PREFIX + owner + ".";
  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  function read(name) {
    var store = storage();
    try { return store ? JSON.parse(store.getItem(name)) : null; } catch (e) { return null; }
  }
  // Entries the browser refused to store (its storage is full, or there is none): kept in
  // this page's memory, shown with a warning and sent like the rest. Until 2026-12-05 such
  // an entry was dropped without a word: the form was cleared and nothing was ever sent.
  var held = {};
  // Writes one entry under its own key; false when the browser refused (storage full), and
  // then the entry is held in memory instead, never dropped.
  function write(key, item) {
    var store = storage();
    item.owner = owner;
    try {
      store.setItem(MINE + key, JSON.stringify(item));
      delete held[key];
      return true;
    } catch (e) {
      held[key] = JSON.parse(JSON.stringify(item));
      return false;
    }
  }
  function remove(key) {
    var store = storage();
    delete held[key];
    try { store.removeItem(MINE + key); } catch (e) { /* nothing to remove */ }
  }
  function entry(key) {
    // What is held in memory is newer than what storage kept (its last write failed).
    if (held[key]) { return JSON.parse(JSON.stringify(held[key])); }
    var item = read(MINE + key);
    return item && item.fields ? item : null;
  }
  // This account's entries, read by listing the keys (another tab's new entry included),
  // and those only this page holds.
  function load() {
    var store = storage();
    var queue = {};
    var names = [];
    try {
      for (var i = 0; store && i < store.length; i++) {
        var name = store.key(i);
        if (name && name.indexOf(MINE) === 0) { names.push(name); }
      }
    } catch (e) { names = []; }
    names.forEach(function (name) {
      var item = read(name);
      if (item && item.fields) { queue[name.slice(MINE.length)] = item; }
    });
    Object.keys(held).forEach(function (key) { queue[key] = entry(key); });
    return queue;
  }
  // An entry only this page holds and the server has not confirmed: lost if the page closes.
  function unkept(key, item) {
    return Boolean(held[key]) && item.state !== "saved" && item.state !== "awaiting";
  }
  function atRisk() {
    return Object.keys(held).some(function (key) { return unkept(key, held[key]); });
  }
  // The old single-value queue becomes one key per entry, each under its owner (an entry
  // queued before owners were kept goes to this account); an entry already under its own
  // key is newer and kept. The old value is removed only once every entry is written.
  function migrate() {
    var store = storage();
    var raw = null;
    try { raw = store ? store.getItem(OLD_STORE) : null; } catch (e) { return; }
    if (raw === null) { return; }
    var all = null;
    try { all = JSON.parse(raw); } catch (e) { all = null; }
    var written = true;
    Object.keys(all || {}).forEach(function (key) {
      var item = all[key];
      if (!item || !item.fields) { return; }
      var who = item.owner ? String(item.owner) : owner;
      var name = PREFIX + who + "." + key;
      if (read(name)) { return; }
      item.owner = who;
      try { store.setItem(name, JSON.stringify(item)); } catch (e) { written = false; }
    });
    if (written) {
      try { store.removeItem(OLD_STORE); } catch (e) { /* tried again on the next load */ }
    }
  }
  function update(key, changes) {
    var item = entry(key);
    if (!item) { return null; }
    var before = label(item);
    Object.keys(changes).forEach(function (k) { item[k] = changes[k]; });
    write(key, item);
    render();
    if (label(item) !== before || changes.errors) { announce(item); }
    return item;
  }

  function text(name) { return list.getAttribute("data-text-" + name); }

  // What an entry's state is called ("Saved", "Not saved yet, no answer in time...").
  function label(item) {
    var waiting = item.state === "queued" && item.tries > 0;
    return text(item.state === "needs_fix" ? "fix" : waiting ? "waiting" : item.state);
  }

  // The list is redrawn at each change; a screen reader hears only the entry that changed,
  // through this status line (the list itself is no live region).
  var news = document.getElementById("queue-news");
  function announce(item) {
    if (!news || item.state === "sending") { return; }
    var key = String(item.fields.idempotency_key);
    var said = [label(item), item.fields.what].concat(item.errors || []);
    if (unkept(key, item)) { said.push(text("unkept")); }
    news.textContent = said.join(" ");
  }

  function render() {
    var queue = load();
    var keys = Object.keys(queue).sort(function (a, b) { return queue[a].at - queue[b].at; });
    // A keyboard user on an entry's button stays on that entry when it is redrawn.
    var active = document.activeElement;
    var focusItem = active && list.contains(active) ? active.closest(".queue-item") : null;
    var focusKey = focusItem ? focusItem.getAttribute("data-key") : null;
    var focusLabel = active && active.tagName === "BUTTON" ? active.textContent : null;
    list.textContent = "";
    keys.forEach(function (key) {
      var item = queue[key];
      var li = document.createElement("li");
      li.className = "queue-item";
      li.setAttribute("data-state", item.state);
      li.setAttribute("data-key", key);
      li.tabIndex = -1;
      var state = document.createElement("strong");
      state.className = "queue-state";
      var waiting = item.state === "queued" && item.tries > 0;
      state.textContent = label(item);
      li.appendChild(state);
      li.appendChild(document.createTextNode(" " + item.fields.what));
      if (unkept(key, item)) {
        var warning = document.createElement("p");
        warning.className = "queue-unkept";
        warning.textContent = text("unkept");
        li.appendChild(warning);
      }
      if (waiting) {
        li.appendChild(button(text("now"), function () { flush(true); }));
      }
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
            var again = entry(key);
            if (!again) { render(); return; }
            again.fields.accept_vague = true;
            again.state = "queued";
            again.tries = 0;
            again.next_at = 0;
            write(key, again);
            send(key);
          }));
        }
        // An entry refused for an ended session or another account has nothing to fix: it
        // is sent by itself on the next load. Edit would take it off this phone into the
        // form, and the reload the entry asks for would then lose it.
        if (!item.resend) {
          li.appendChild(button(text("edit"), function () { edit(key); }));
        }
      }
      list.appendChild(li);
      if (key === focusKey) {
        var again = Array.prototype.filter.call(li.querySelectorAll("button"), function (b) {
          return b.textContent === focusLabel;
        });
        (again[0] || li).focus();
      }
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
    var item = entry(key);
    if (!item) { render(); return; }
    remove(key);
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
    showProblems(item.fieldErrors || {});
    what.focus();
  }

  // The server's problems, each beside its field (as on the page without script), and
  // those of no field in the alert above the form; cleared when the form is sent again.
  var FIELDS = {what: "#what", amount: "#amount", unit: "#unit", due_on: "#due_on"};
  function clearProblems() {
    Array.prototype.forEach.call(form.querySelectorAll(".errorlist, .form-errors"), function (e) {
      e.parentNode.removeChild(e);
    });
    Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (e) {
      e.removeAttribute("aria-invalid");
      if (e === what) { e.setAttribute("aria-describedby", "what-hint"); } else {
        e.removeAttribute("aria-describedby");
      }
    });
  }
  function problemList(field, messages) {
    var ul = document.createElement("ul");
    ul.className = "errorlist";
    ul.id = field + "-errors";
    messages.forEach(function (m) {
      var li = document.createElement("li");
      li.textContent = m;
      ul.appendChild(li);
    });
    return ul;
  }
  function showProblems(errors) {
    clearProblems();
    var fields = Object.keys(errors);
    if (!fields.length) { return; }
    var others = [];
    fields.forEach(function (field) {
      var messages = errors[field];
      var input = FIELDS[field] ? form.querySelector(FIELDS[field]) : null;
      var group = null;
      if (field === "proposal" || field === "capital") {
        group = form.querySelector("input[name=" + field + "]").closest("fieldset");
      } else if (field === "ask") {
        group = form.querySelector("[data-asks-for='" + chosenProposal() + "']");
      }
      if (input) {
        var list = problemList(field, messages);
        var after = input.closest(".inline-fields") || input;
        after.parentNode.insertBefore(list, after.nextSibling);
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", field + "-errors" + (input === what ? " what-hint" : ""));
      } else if (group) {
        group.appendChild(problemList(field, messages));
      } else {
        others = others.concat(messages);
      }
    });
    var alert = document.createElement("div");
    alert.className = "form-errors";
    alert.setAttribute("role", "alert");
    var p = document.createElement("p");
    p.textContent = form.getAttribute("data-text-problems");
    alert.appendChild(p);
    if (others.length) {
      var ul = problemList("other", others);
      ul.removeAttribute("id");
      alert.appendChild(ul);
    }
    var csrfInput = form.querySelector("input[name=csrfmiddlewaretoken]");
    form.insertBefore(alert, csrfInput);
  }

  // A request that has no answer after this long is given up (and an entry sent again).
  function timeout() {
    var ms = parseInt(form.getAttribute("data-timeout-ms"), 10);
    return ms > 0 ? ms : 10000;
  }
  // timed.js: fetch and read the body, given up after timeout().
  function timedFetch(url, options, read) {
    return window.collaboratoryTimedFetch(url, options, read, timeout());
  }

  // The pause before sending again: 1 s, 2 s, 4 s... at most 30 s, a little jittered so
  // the phones of a room that lost its wifi do not all come back in the same instant.
  function pause(tries) {
    var base = Math.min(30000, 1000 * Math.pow(2, Math.max(0, tries - 1)));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }

  var sending = {};
  // Each waiting entry has its own retry timer. Until 2026-12-05 there was one for the page:
  // a new failure of one entry cancelled the timer of another waiting longer, and that one
  // was sent again only at the 15 s sweep.
  var retryTimers = {};
  function later(key) {
    // Still waiting: kept on this phone and sent again under the same key.
    var item = entry(key);
    var tries = item ? (item.tries || 0) + 1 : 1;
    var wait = pause(tries);
    update(key, {state: "queued", tries: tries, next_at: Date.now() + wait});
    if (retryTimers[key] !== undefined) { window.clearTimeout(retryTimers[key]); }
    retryTimers[key] = window.setTimeout(function () {
      delete retryTimers[key];
      flush(false);
    }, wait + 50);
  }

  // The answer was not the endpoint's (a session that ended answers with the sign-in page,
  // a stale page's CSRF token with an error page): nothing was stored. Sending it again from
  // this page would get the same; the next page load (signed in again) sends it by itself.
  function stale(key) {
    update(key, {state: "needs_fix", errors: [text("reload")], vague: false, resend: true});
  }
  function resendStale() {
    var queue = load();
    Object.keys(queue).forEach(function (key) {
      var item = queue[key];
      if (item.state === "needs_fix" && item.resend) {
        item.state = "queued";
        item.resend = false;
        item.errors = [];
        item.tries = 0;
        item.next_at = 0;
        write(key, item);
      }
    });
  }

  function parsed(body) {
    try { return JSON.parse(body); } catch (e) { return null; }
  }

  function send(key) {
    var item = entry(key);
    if (!item || sending[key] || item.state === "saved" || item.state === "awaiting") { return; }
    if (item.state === "needs_fix") { return; }
    if (navigator.onLine === false) { update(key, {state: "queued"}); return; }
    sending[key] = true;
    update(key, {state: "sending"});
    // The endpoint takes only a boolean: an entry queued by an older page kept "1" or "".
    item.fields.accept_vague = item.fields.accept_vague === true || item.fields.accept_vague === "1";
    timedFetch(submitUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": csrf, "X-Collaboratory-Owner": owner},
      body: JSON.stringify(item.fields)
    }, function (response, raw) {
      var body = parsed(raw);
      if (response.status === 201 || response.status === 200) {
        // Saved only on the endpoint's own answer for this key: a session that ended answers
        // with a redirect to the sign-in page, and its 200 stored nothing.
        if (!response.redirected && body && String(body.idempotency_key) === key) {
          // A youth member's money is saved but waits for their guardian: say so, as the
          // page without script does, so nobody sends it again or thinks it counts yet.
          update(key, {state: body.awaiting_guardian ? "awaiting" : "saved", errors: []});
        } else {
          stale(key);
        }
        return;
      }
      if (response.status === 409) {
        // This phone is now signed in as someone else: kept for its owner's next page load.
        stale(key);
        return;
      }
      if (response.status === 422 || response.status === 403 || response.status === 400) {
        // Sending it again would get the same answer: it needs a fix, not a retry.
        if (!body) {
          stale(key);
          return;
        }
        var errors = body.errors || {};
        var messages = [];
        Object.keys(errors).forEach(function (f) { messages = messages.concat(errors[f]); });
        var onlyWhat = Object.keys(errors).length === 1 && errors.what !== undefined;
        update(key, {state: "needs_fix", errors: messages, vague: onlyWhat, fieldErrors: errors});
        return;
      }
      // A server error or a proxy page: keep it and try again a little later.
      later(key);
    }).catch(function () {
      // No answer in time, or none at all: the server may have stored it; the same key
      // sent again is stored once either way.
      later(key);
    }).then(function () { delete sending[key]; });
  }

  // Sends what waits; `now` sends every waiting entry at once (the connection returned, the
  // member asked), otherwise only those whose pause is over.
  function flush(now) {
    var queue = load();
    var at = Date.now();
    Object.keys(queue).forEach(function (key) {
      var item = queue[key];
      if (item.state !== "queued" && item.state !== "sending") { return; }
      if (now === true || !item.next_at || item.next_at <= at) { send(key); }
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

  // Commit empties the form as it queues the entry, so the second tap of a double tap
  // found a blank form: until 2026-12-07 it became an entry of its own, "Needs a fix" with
  // no text, beside the one saved. A blank form is never queued: just after a Commit it is
  // that second tap and is dropped; otherwise the problem is said beside the field.
  var DOUBLE_TAP_MS = 1500;
  var lastCommit = 0;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!what.value.trim()) {
      if (Date.now() - lastCommit < DOUBLE_TAP_MS) { return; }
      showProblems({what: [form.getAttribute("data-text-what-required")]});
      what.focus();
      return;
    }
    lastCommit = Date.now();
    clearProblems();
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
    var item = {fields: fields, state: "queued", errors: [], at: Date.now()};
    write(key, item);
    if (held[key]) { announce(item); }
    keyInput.value = uuid();
    what.value = "";
    form.querySelector("#amount").value = "";
    form.querySelector("#unit").value = "";
    if (assessTimer !== null) { window.clearTimeout(assessTimer); assessTimer = null; }
    clearHint();
    render();
    send(key);
  });

  // The guard's hint while typing (debounced); silent when offline or slow. At most one
  // request is in flight, given up after ASSESS_MS: until 2026-12-05 each pause in typing
  // sent one with no timeout, and on bad wifi the hung ones held the browser's few
  // connections to the server, so the Commit behind them waited. A hint is only a nudge:
  // one that comes late, for a text no longer in the box, is dropped, and a hint shown for
  // an earlier text is cleared when no fresh one comes. Submitting never waits for it.
  var ASSESS_MS = 4000;
  var assessTimer = null;
  var assessing = false;
  var hinted = null;  // the text the hint on screen speaks of
  function clearHint() {
    hint.textContent = "";
    hint.removeAttribute("data-state");
    hinted = null;
  }
  function assessNow() {
    var value = what.value.trim();
    if (value.length < 8) { clearHint(); return; }
    if (value === hinted || assessing) { return; }
    assessing = true;
    window.collaboratoryTimedFetch(assessUrl + "?text=" + encodeURIComponent(value), {
      credentials: "same-origin"
    }, function (response, body) {
      return response.ok && !response.redirected ? parsed(body) : null;
    }, ASSESS_MS).then(function (verdict) {
      if (!verdict || what.value.trim() !== value) { return; }
      hint.textContent = verdict.firm ? hint.getAttribute("data-text-firm") : verdict.hint;
      hint.setAttribute("data-state", verdict.firm ? "firm" : "vague");
      hinted = value;
    }, function () { /* offline or no answer in time */ }).then(function () {
      assessing = false;
      // The text changed while this one was out: a hint about the old text is stale.
      if (hinted !== null && what.value.trim() !== hinted) { clearHint(); }
      if (what.value.trim() !== value) { assessNow(); }
    });
  }
  what.addEventListener("input", function () {
    if (assessTimer !== null) { window.clearTimeout(assessTimer); }
    assessTimer = window.setTimeout(function () { assessTimer = null; assessNow(); }, 500);
  });

  // Follow the facilitator: when hands go up for a presenter, offer them first (the note
  // above the form follows by itself, below: it is there with no form too).
  document.addEventListener("live:event", function (event) {
    var detail = event.detail;
    if (detail.kind !== "session.window" && detail.kind !== "session.presenter") { return; }
    var data = detail.data || {};
    var open = data.window;
    var known = open ? form.querySelector("input[name=proposal][value='" + open + "']") : null;
    var untouched = !touched && what.value.trim() === "";
    // The presenter's own project is left out on purpose (help comes from the rest of the room).
    var own = (form.getAttribute("data-own") || "").split(" ").indexOf(String(open)) !== -1;
    if (open && !known && !own && untouched && !atRisk()) {
      // A presenter this page does not list yet (added to the run of show since): reload.
      // Never while an entry lives only in this page: the reload would lose it.
      window.location.reload();
      return;
    }
    if (open && known && untouched) { choose(String(open)); }
  });

  keyInput.value = uuid();
  showAsks();
  migrate();
  resendStale();
  render();
  flush(true);
  window.addEventListener("online", function () { flush(true); });
  // Closing the page would lose an entry only it holds: the browser asks first.
  window.addEventListener("beforeunload", function (event) {
    if (atRisk()) { event.preventDefault(); event.returnValue = text("unkept"); }
  });
  window.setInterval(function () { flush(false); }, 15000);
  // Another tab of this phone changed the queue: show what it did.
  window.addEventListener("storage", function (event) {
    // A page still running the old script wrote the old single-value queue: take it in.
    if (event.key === OLD_STORE && event.newValue !== null) { migrate(); render(); return; }
    if (event.key === null || event.key.indexOf(MINE) === 0) { render(); }
  });
})();
