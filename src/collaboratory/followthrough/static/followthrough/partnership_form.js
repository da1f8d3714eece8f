// A member ticked in the search results moves to the chosen list, so the next search (which
// replaces the results) keeps them. Without JavaScript, "Find" reloads the form instead.
document.addEventListener("change", function (event) {
  var box = event.target;
  if (!box || !box.matches || !box.matches('#member-results input[type="checkbox"]')) return;
  var chosen = document.getElementById("members-chosen");
  var item = box.closest("li");
  if (box.checked && chosen && item) chosen.appendChild(item);
});
