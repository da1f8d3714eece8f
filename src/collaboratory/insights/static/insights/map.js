// The help map: hovering over or focusing a member highlights their ties and the members at
// the other end; everything else fades. Works again after htmx swaps the dashboard body.
(function () {
  "use strict";

  function clear(svg) {
    svg.classList.remove("ins-has-focus");
    svg.querySelectorAll(".is-active, .is-tie, .is-neighbor").forEach(function (el) {
      el.classList.remove("is-active", "is-tie", "is-neighbor");
    });
  }

  function highlight(svg, node) {
    clear(svg);
    var key = node.getAttribute("data-node");
    svg.classList.add("ins-has-focus");
    node.classList.add("is-active");
    var neighbors = {};
    svg.querySelectorAll(".ins-tie").forEach(function (tie) {
      var a = tie.getAttribute("data-a");
      var b = tie.getAttribute("data-b");
      if (a === key || b === key) {
        tie.classList.add("is-tie");
        neighbors[a === key ? b : a] = true;
      }
    });
    svg.querySelectorAll(".ins-node").forEach(function (other) {
      if (neighbors[other.getAttribute("data-node")]) {
        other.classList.add("is-neighbor");
      }
    });
  }

  function wire(root) {
    root.querySelectorAll("svg.ins-map").forEach(function (svg) {
      if (svg.dataset.wired) {
        return;
      }
      svg.dataset.wired = "1";
      svg.querySelectorAll(".ins-node").forEach(function (node) {
        node.addEventListener("mouseenter", function () { highlight(svg, node); });
        node.addEventListener("focus", function () { highlight(svg, node); });
        node.addEventListener("mouseleave", function () { clear(svg); });
        node.addEventListener("blur", function () { clear(svg); });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { wire(document); });
  document.addEventListener("htmx:afterSwap", function (event) { wire(event.target); });
})();
