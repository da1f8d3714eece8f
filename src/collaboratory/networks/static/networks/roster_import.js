// Shows the progress indicator while a roster check or import runs, and stops double submits.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form || form.id !== "roster-import-form") return;
  var progress = document.getElementById("import-progress");
  if (progress) progress.hidden = false;
  window.setTimeout(function () {
    form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
  }, 0);
});
