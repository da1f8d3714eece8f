// Behaviour every page shares: partial updates always say how they went, forms show that they
// are working and are not sent twice, and what changed is read out to screen readers.
(function () {
  "use strict";

  // Phones: the navigation folds into a "Menu" button (without script, it stays unfolded).
  document.documentElement.classList.add("js");
  // Deferred scripts (htmx, this file, a page's own) have all run once DOMContentLoaded
  // fires, and htmx has wired the page in its own listener, added before this one: mark the
  // page ready, so a browser test waits for it rather than racing the scripts.
  document.addEventListener("DOMContentLoaded", function () {
    document.documentElement.dataset.ready = "1";
  });
  document.addEventListener("DOMContentLoaded", function () {
    const toggle = document.querySelector(".menu-toggle");
    const menu = document.getElementById("site-menu");
    if (!toggle || !menu) return;
    function setOpen(open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) menu.setAttribute("data-open", ""); else menu.removeAttribute("data-open");
    }
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        toggle.focus();
      }
    });
  });

  // The language switch goes back by the Referer, which pages holding a secret link (an
  // invitation, a pass) never send (Referrer-Policy: no-referrer): the form is told the page
  // here, in the POST body, never in the cached footer. Without script it goes home instead.
  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains("language-switch")) return;
    if (form.elements.namedItem("next")) return;
    const next = document.createElement("input");
    next.type = "hidden";
    next.name = "next";
    next.value = window.location.pathname + window.location.search;
    form.appendChild(next);
  });

  // Statuses whose body is a fragment meant for the page: the row (or form) with its error.
  const SWAP_ON_ERROR = new Set([400, 409, 422]);
  const HTMX_FORM = "[hx-get],[hx-post],[hx-put],[hx-patch],[hx-delete]";

  function announce(text) {
    const region = document.getElementById("announcer");
    if (!region || !text) return;
    // Emptying first makes a repeated message ("Note needed") be read again.
    region.textContent = "";
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  function problemNear(element, text) {
    // A failure shows beside the button that was pressed, not in a corner.
    const form = element.closest("form") || element;
    let note = form.querySelector(":scope > .request-problem");
    if (!note) {
      note = document.createElement("p");
      note.className = "row-message error request-problem";
      note.setAttribute("role", "alert");
      form.prepend(note);
    }
    note.textContent = text;
    announce(text);
  }

  function clearProblem(element) {
    const form = element.closest("form") || element;
    const note = form.querySelector(":scope > .request-problem");
    if (note) note.remove();
  }

  function setBusy(form, busy) {
    if (busy) {
      form.setAttribute("aria-busy", "true");
      form.dataset.busy = "1";
    } else {
      form.removeAttribute("aria-busy");
      delete form.dataset.busy;
    }
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    const status = event.detail.xhr.status;
    if (SWAP_ON_ERROR.has(status)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // A field's own lookup inside a plain form (the scribe's name search) sends nothing of the
  // form: it must never make the form busy. Until 2026-12-05 it did, so a search hanging on
  // bad wifi dropped the form's Save without a word for as long as it hung.
  function ownLookup(elt) {
    return elt.matches("input, select, textarea");
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    const form = event.detail.elt.closest("form");
    if (form && ownLookup(event.detail.elt)) {
      clearProblem(event.detail.elt);
      return;
    }
    if (form) {
      if (form.dataset.busy) {
        event.preventDefault();
        return;
      }
      setBusy(form, true);
      clearProblem(form);
    }
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    const form = event.detail.elt.closest("form");
    if (form && !ownLookup(event.detail.elt)) setBusy(form, false);
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    // An outerHTML swap leaves the old target detached: look the new one up by its id.
    const target = event.detail.target;
    const fresh = (target.id && document.getElementById(target.id)) || target;
    const message = fresh.querySelector ? fresh.querySelector(".row-message") : null;
    if (message) {
      // The page's flash speaks of an earlier step: the fresh message replaces it.
      document.querySelectorAll("ul.messages").forEach(function (old) {
        (old.closest("[role=status]") || old).remove();
      });
      announce(message.textContent.trim());
    }
  });

  document.addEventListener("htmx:responseError", function (event) {
    const status = event.detail.xhr.status;
    if (SWAP_ON_ERROR.has(status)) return;
    const text = status === 403 || status === 404
      ? document.body.dataset.msgDenied
      : document.body.dataset.msgFailed;
    problemNear(event.detail.elt, text);
  });

  document.addEventListener("htmx:sendError", function (event) {
    problemNear(event.detail.elt, document.body.dataset.msgOffline);
  });

  // A request given up after its hx-request timeout (the scribe's name search: 8 s).
  document.addEventListener("htmx:timeout", function (event) {
    problemNear(event.detail.elt, document.body.dataset.msgOffline);
  });

  // Plain forms: the first press shows "working" and a second press is not sent again.
  document.addEventListener("submit", function (event) {
    const form = event.target;
    // A form whose own script sends it (the phone view's commitment form) manages itself.
    if (event.defaultPrevented) return;
    if (!(form instanceof HTMLFormElement) || form.matches(HTMX_FORM) || form.target) return;
    if (form.dataset.busy) {
      event.preventDefault();
      return;
    }
    setBusy(form, true);
    // A download answers without leaving the page: the form comes back after a while.
    window.setTimeout(function () { setBusy(form, false); }, 8000);
  });

  // Coming back with the browser's back button restores the page as it was left: working.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-busy]").forEach(function (form) { setBusy(form, false); });
  });
})();
