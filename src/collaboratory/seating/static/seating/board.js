// Seating board: drag a name to another table to move the person, or onto a name at another
// table to swap the two. The server checks the move and answers with the board and its cost
// (htmx swaps it in). Without JavaScript the "Move someone" form does the same.
(function () {
  "use strict";
  var dragged = null;

  function board() {
    return document.getElementById("seating-board");
  }

  function token(root) {
    var input = root.querySelector('input[name="csrfmiddlewaretoken"]') ||
      document.querySelector('input[name="csrfmiddlewaretoken"]');
    return input ? input.value : "";
  }

  document.addEventListener("dragstart", function (event) {
    var person = event.target.closest && event.target.closest(".is-draft .seating-person[draggable]");
    if (!person) return;
    dragged = person;
    person.classList.add("is-dragged");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", person.dataset.person);
  });

  document.addEventListener("dragend", function () {
    if (dragged) dragged.classList.remove("is-dragged");
    dragged = null;
    document.querySelectorAll(".seating-table.is-target").forEach(function (el) {
      el.classList.remove("is-target");
    });
  });

  function targetTable(event) {
    if (!dragged) return null;
    var table = event.target.closest && event.target.closest(".is-draft .seating-table");
    if (!table || table.classList.contains("is-locked")) return null;
    var from = dragged.closest(".seating-table");
    if (!from || table === from || table.dataset.round !== from.dataset.round) return null;
    return table;
  }

  document.addEventListener("dragover", function (event) {
    var table = targetTable(event);
    if (!table) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    table.classList.add("is-target");
  });

  document.addEventListener("dragleave", function (event) {
    var table = event.target.closest && event.target.closest(".seating-table");
    if (table && !table.contains(event.relatedTarget)) table.classList.remove("is-target");
  });

  document.addEventListener("drop", function (event) {
    var table = targetTable(event);
    if (!table) return;
    event.preventDefault();
    var root = board();
    var onto = event.target.closest(".seating-person");
    var values = {
      person: dragged.dataset.person,
      round: table.dataset.round,
      table: table.dataset.table,
      swap_with: onto ? onto.dataset.person : ""
    };
    root.setAttribute("aria-busy", "true");
    window.htmx.ajax("POST", root.dataset.moveUrl, {
      target: "#seating-board",
      swap: "outerHTML",
      values: values,
      headers: { "X-CSRFToken": token(root) }
    });
  });

  // Long requests (generate, re-plan) say that they are working.
  document.addEventListener("submit", function (event) {
    var form = event.target.closest && event.target.closest("[data-busy-form]");
    if (!form) return;
    var note = form.querySelector("[data-busy-note]");
    if (note) note.hidden = false;
    form.setAttribute("aria-busy", "true");
  });
})();
