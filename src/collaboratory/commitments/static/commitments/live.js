/* Live room: follow a gathering's event stream (server-sent events) and keep the page current.
   - [data-live-stream]: the stream URL, data-after (the last event id the page was rendered
     with) and data-server-now (to correct the device's clock for the timer).
   - [data-live-refresh]: re-fetched from its URL (a server-rendered fragment) after events;
     open <details>, typed text, a refused field's errors, the place in its scrolling box
     and the focus in it are kept across the refresh.
   - [data-timer]: counts down from the server's started_at; text AND class change near the end.
   - [data-live-status]: "Live" or "Reconnecting…".
   Every event is also re-dispatched on document as a "live:event" CustomEvent.
   The stream is the page's own origin (`collaboratory serve` pushes on the port it serves
   pages from). EventSource reconnects by itself and sends Last-Event-ID, so nothing missed
   is lost; a page server that cannot hold a stream answers what was missed and asks for a
   reconnect a second later, which makes the same code a short poll. Only a browser without
   EventSource polls by itself (?once=1, every 2 s).
   Every fetch has a timeout (the root's data-timeout-ms, 10 s): on bad wifi an answer can
   hang for ever. A refresh that fails or times out is tried again (2 s, 4 s... at most
   30 s) until one is applied; a poll that times out is followed by the next one; a stream
   that has said nothing for 40 s (data-stall-ms; the server's heartbeat is an event, every
   15 s of quiet) is opened again. */
(function () {
  "use strict";
  var root = document.querySelector("[data-live-stream]");
  if (!root) { return; }
  var serverNow = Date.parse(root.getAttribute("data-server-now"));
  var skew = isNaN(serverNow) ? 0 : serverNow - Date.now();
  // console.changed: what only the console shows (a youth member's money waiting for the
  // guardian, or leaving that list); its payload is empty, and the board redraws the same.
  var KINDS = ["commitment.created", "commitment.hidden", "commitment.undone",
    "session.presenter", "session.window", "console.changed"];

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

  function timeout() {
    var ms = parseInt(root.getAttribute("data-timeout-ms"), 10);
    return ms > 0 ? ms : 10000;
  }
  // timed.js: fetch and read the body, given up after timeout().
  function timedFetch(url, options, read) {
    return window.collaboratoryTimedFetch(url, options, read, timeout());
  }

  // On a slow network an older fetch can answer after a newer one: each region applies an
  // answer only if no later-started fetch has been applied, so the page never goes back.
  // A region whose newest fetch failed (no answer in time, an error page) is fetched again
  // after a pause, so the page catches up once the connection returns.
  // What the person is doing in a region survives its refresh: which of its parts (by id)
  // had a <details> open, text typed and not sent, and the focus. Until 2026-12-05 a
  // commitment arriving while a facilitator typed a reason to hide another wiped the reason
  // and folded the tools away.
  // A field the server refused (aria-invalid, its errors named by aria-describedby) keeps
  // its errors and its text too: the shared fragment knows nothing of one person's refusal.
  // Until 2026-12-05 a redraw wiped a refused reason to hide and its error; they now stay
  // until the person acts again (a form sent loads a fresh page).
  function doing(el) {
    var kept = {open: [], values: {}, focus: null, refused: []};
    Array.prototype.forEach.call(el.querySelectorAll("details[open]"), function (d) {
      var part = d.parentNode ? d.parentNode.closest("[id]") : null;
      if (part && part !== el && el.contains(part)) { kept.open.push(part.id); }
    });
    Array.prototype.forEach.call(el.querySelectorAll("input[id], textarea[id]"), function (f) {
      if (f.type !== "hidden" && f.value !== f.defaultValue) { kept.values[f.id] = f.value; }
    });
    Array.prototype.forEach.call(el.querySelectorAll("[aria-invalid=true][id]"), function (f) {
      var ids = (f.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
      var notes = ids.map(function (id) { return document.getElementById(id); })
        .filter(function (note) { return note && el.contains(note); });
      if (f.value !== undefined && !(f.id in kept.values)) { kept.values[f.id] = f.value; }
      kept.refused.push({id: f.id, describedby: ids.join(" "), notes: notes});
    });
    var active = document.activeElement;
    if (active && active.id && el.contains(active)) { kept.focus = active.id; }
    kept.place = place(el, active);
    return kept;
  }

  // Where the person is looking inside a region's own scrolling box (the console's list on
  // a phone, newest first): the part they work on (the focus, a refused field, open tools),
  // else the first part in sight once they scrolled. A redraw re-creates the box at its
  // top, and a new commitment pushes the rest down: until 2026-12-05 the entry being
  // hidden, and its error, slid out of sight at every commitment in the room.
  function scroller(node, el) {
    for (var n = node.parentNode; n && n !== el && el.contains(n); n = n.parentNode) {
      var overflow = window.getComputedStyle(n).overflowY;
      if ((overflow === "auto" || overflow === "scroll") && n.scrollHeight > n.clientHeight) {
        return n;
      }
    }
    return null;
  }
  function partOf(node, el) {
    var part = node && node.parentNode ? node.closest("[id]") : null;
    while (part && part !== el && el.contains(part) && !scroller(part, el)) {
      part = part.parentNode ? part.parentNode.closest("[id]") : null;
    }
    return part && part !== el && el.contains(part) ? part : null;
  }
  function place(el, active) {
    var work = (active && el.contains(active) ? active : null) ||
      el.querySelector("[aria-invalid=true]") || el.querySelector("details[open]");
    var part = partOf(work, el);
    if (!part) {
      var boxes = Array.prototype.filter.call(el.querySelectorAll("*"), function (n) {
        return n.scrollTop > 0;
      });
      if (!boxes.length) { return null; }
      var top = boxes[0].getBoundingClientRect().top;
      part = Array.prototype.find.call(boxes[0].querySelectorAll("[id]"), function (n) {
        return n.parentNode === boxes[0] && n.getBoundingClientRect().bottom > top;
      }) || null;
    }
    var box = part ? scroller(part, el) : null;
    if (!box) { return null; }
    return {id: part.id, offset: part.getBoundingClientRect().top - box.getBoundingClientRect().top};
  }
  function replace(el, kept) {
    var part = kept.place ? document.getElementById(kept.place.id) : null;
    var box = part && el.contains(part) ? scroller(part, el) : null;
    if (box) {
      box.scrollTop += part.getBoundingClientRect().top - box.getBoundingClientRect().top -
        kept.place.offset;
    }
  }
  function resume(el, kept) {
    kept.open.forEach(function (id) {
      var part = document.getElementById(id);
      var d = part && el.contains(part) ? part.querySelector("details") : null;
      if (d) { d.open = true; }
    });
    kept.refused.forEach(function (refused) {
      var f = document.getElementById(refused.id);
      if (!f || !el.contains(f) || f.getAttribute("aria-invalid") === "true") { return; }
      f.setAttribute("aria-invalid", "true");
      if (refused.describedby) { f.setAttribute("aria-describedby", refused.describedby); }
      var after = f;
      refused.notes.forEach(function (note) {
        var old = document.getElementById(note.id);
        if (old && old !== note) { old.parentNode.removeChild(old); }
        after.parentNode.insertBefore(note, after.nextSibling);
        after = note;
      });
    });
    Object.keys(kept.values).forEach(function (id) {
      var f = document.getElementById(id);
      if (f && el.contains(f)) { f.value = kept.values[id]; }
    });
    replace(el, kept);
    var focus = kept.focus ? document.getElementById(kept.focus) : null;
    if (focus && el.contains(focus)) { focus.focus(); }
  }

  var fetches = 0;
  var failures = 0;
  var retry = null;
  function refresh() {
    var regions = document.querySelectorAll("[data-live-refresh]");
    Array.prototype.forEach.call(regions, function (el) {
      fetches += 1;
      var started = fetches;
      el.liveStarted = started;
      timedFetch(el.getAttribute("data-live-refresh"), {credentials: "same-origin", cache: "no-store"},
        function (r, body) {
          // A session that ended answers with the sign-in page: not a part of this page.
          if (!r.ok || r.redirected) { throw new Error("not a fragment"); }
          return body;
        })
        .then(function (html) {
          failures = 0;
          stale = false;
          // Live again only if the stream is heard too (else its next opening says so).
          if (source && source.readyState === EventSource.OPEN) { markOnline(); }
          if (started < (el.liveApplied || 0)) { return; }
          el.liveApplied = started;
          var kept = doing(el);
          el.innerHTML = html;
          resume(el, kept);
          tick();
        })
        .catch(function () {
          // Only the newest fetch of a region matters: an older one's loss is covered.
          if (started !== el.liveStarted || retry !== null) { return; }
          stale = true;
          markTrouble();
          failures += 1;
          var wait = Math.min(30000, 1000 * Math.pow(2, failures));
          retry = window.setTimeout(function () { retry = null; schedule(); }, wait);
        });
    });
  }
  var pending = null;
  function schedule() {
    if (pending !== null) { return; }
    if (retry !== null) { window.clearTimeout(retry); retry = null; }
    pending = window.setTimeout(function () { pending = null; refresh(); }, 150);
  }

  var status = document.querySelector("[data-live-status]");
  var offlineTimer = null;
  // A board whose refresh keeps failing is stale even while its stream is heard: until
  // 2026-12-07 it said "Live" over a board missing the newest commitments.
  var stale = false;
  function showStatus(live) {
    if (!status) { return; }
    status.textContent = status.getAttribute(live ? "data-text-live" : "data-text-offline");
    status.setAttribute("data-state", live ? "live" : "offline");
  }
  function markOnline() {
    if (stale) { return; }
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
    timedFetch(url, {credentials: "same-origin"}, function (r, body) {
      if (!r.ok) { throw new Error(String(r.status)); }
      return body;
    })
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

  // A stream that says nothing for this long (no opening, event or heartbeat: the server
  // sends one after 15 s of quiet) has stalled on bad wifi without an error: EventSource
  // would wait on it for ever. It is closed and opened again from the last id.
  function stallAfter() {
    var ms = parseInt(root.getAttribute("data-stall-ms"), 10);
    return ms > 0 ? ms : 40000;
  }
  var source = null;
  var heardAt = Date.now();
  function heard() { heardAt = Date.now(); markOnline(); }
  function connect() {
    var base = root.getAttribute("data-live-stream");
    var mine = new EventSource(base + "?after=" + encodeURIComponent(lastId));
    source = mine;
    heardAt = Date.now();
    mine.onopen = heard;
    mine.onerror = function () {
      markTrouble();
      if (mine.readyState === EventSource.CLOSED && source === mine) {
        // Refused (signed out, a proxy error): try again a little later from the last id.
        window.setTimeout(function () { if (source === mine) { connect(); } }, 5000);
      }
    };
    mine.addEventListener("heartbeat", heard);
    KINDS.forEach(function (kind) {
      mine.addEventListener(kind, function (event) {
        heardAt = Date.now();
        deliver(kind, event.lastEventId, event.data);
      });
    });
  }
  function watch() {
    if (source && source.readyState !== EventSource.CLOSED && Date.now() - heardAt > stallAfter()) {
      source.close();
      markTrouble();
      connect();
      schedule();
    }
  }
  if (window.EventSource) {
    connect();
    window.setInterval(watch, 1000);
  } else if (window.fetch) { poll(); }
  window.addEventListener("online", schedule);
})();
