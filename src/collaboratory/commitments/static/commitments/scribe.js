/* The scribe's form in the facilitator console, on bad wifi. It posts itself as a plain
   form; this script keeps what was sent, its idempotency key included, in sessionStorage
   until the page after it says that key was saved (`?saved=<key>`) or is the server's
   answer with the form's problems. If no answer came (the POST failed or hung and the
   scribe opened the console again), the form is filled again with the same key and a
   note: saving it again stores it once, whether or not the first try reached the server.
   Until 2026-12-05 the console came back with a blank form and a fresh key: the entry was
   lost, or typed again and stored twice. When the copy cannot be kept (the tab's storage
   is full), the first Save says so and sends nothing; the next Save sends it. */
(function () {
  "use strict";
  var form = document.querySelector("form.scribe-form");
  if (!form) { return; }
  var STORE = "collaboratory.live.scribe." + form.getAttribute("data-gathering");
  var keyInput = form.querySelector("input[name=idempotency_key]");
  var FIELDS = ["q", "proposal", "ask", "capital", "what", "amount", "unit", "due_on"];

  function storage() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }
  function readPending() {
    var store = storage();
    try { return store ? JSON.parse(store.getItem(STORE)) : null; } catch (e) { return null; }
  }
  function forget() {
    var store = storage();
    try { if (store) { store.removeItem(STORE); } } catch (e) { /* nothing kept */ }
  }

  var warned = false;
  form.addEventListener("submit", function (event) {
    var pending = {key: keyInput.value, fields: {}};
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (field) { pending.fields[name] = field.value; }
    });
    var committer = form.querySelector("input[name=committer]:checked");
    if (committer) {
      pending.committer = committer.value;
      pending.committerName = committer.parentNode.textContent.trim();
    }
    var store = storage();
    var kept = false;
    try {
      if (store) { store.setItem(STORE, JSON.stringify(pending)); kept = true; }
    } catch (e) { kept = false; }
    if (!kept && !warned) {
      // The tab's storage is full (or there is none): if no answer comes, this entry cannot
      // come back into the form. Said before anything is sent (until 2026-12-05 nothing
      // said so); the next Save sends it.
      event.preventDefault();
      warned = true;
      var note = document.createElement("p");
      note.className = "form-errors";
      note.setAttribute("role", "alert");
      note.id = "scribe-unkept";
      note.textContent = form.getAttribute("data-text-unkept");
      form.parentNode.insertBefore(note, form);
    }
  });

  function restore(pending) {
    keyInput.value = pending.key;
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (field && pending.fields[name] !== undefined) { field.value = pending.fields[name]; }
    });
    if (pending.committer) {
      var results = document.getElementById("people-results");
      var set = document.createElement("fieldset");
      set.className = "people-results";
      var legend = document.createElement("legend");
      legend.textContent = form.getAttribute("data-text-who");
      set.appendChild(legend);
      var label = document.createElement("label");
      label.className = "choice";
      var radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "committer";
      radio.value = pending.committer;
      radio.checked = true;
      radio.required = true;
      label.appendChild(radio);
      label.appendChild(document.createTextNode(" " + (pending.committerName || "")));
      set.appendChild(label);
      results.textContent = "";
      results.appendChild(set);
    }
    var note = document.createElement("p");
    note.className = "form-errors";
    note.setAttribute("role", "alert");
    note.id = "scribe-unconfirmed";
    note.textContent = form.getAttribute("data-text-unconfirmed");
    form.parentNode.insertBefore(note, form);
  }

  var pending = readPending();
  var saved = new URLSearchParams(window.location.search).get("saved");
  // The server's own answer to the POST (the form back with its problems, marked
  // data-answered): what it shows is what to keep, under the key it chose. A refused reason
  // to hide or timer length comes back at the same address but is no answer to the entry.
  var answered = form.hasAttribute("data-answered");
  if (pending && pending.key) {
    if (saved === pending.key || answered) {
      forget();
    } else {
      restore(pending);
    }
  }
  if (saved !== null && window.history.replaceState) {
    // A reload of this page later is not another "saved".
    var url = new URL(window.location.href);
    url.searchParams.delete("saved");
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
  }
})();
