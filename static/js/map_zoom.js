// A DSFR Chart map of départements framed on some of them (the régions of an ARS overview): once the map is drawn,
// its viewBox is set to their bounding box and the other départements are hidden. Without script the map shows the
// whole of France; its data table beside it says the same in any case.
(function () {
  "use strict";

  function frame(box) {
    var codes = JSON.parse(box.getAttribute("data-map-zoom") || "[]");
    var svg = box.querySelector(".france_container svg");
    if (!svg || !codes.length) return false;
    var paths = svg.querySelectorAll("path");
    if (!paths.length) return false;
    var wanted = {};
    codes.forEach(function (code) { wanted["FR-" + code] = true; });
    var left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    paths.forEach(function (path) {
      if (!wanted[path.getAttribute("class") || ""]) {
        // An attribute, not an inline style: the chart redraws its inline styles (static/css/dashboard.css).
        if (!path.hasAttribute("data-map-out")) path.setAttribute("data-map-out", "");
        return;
      }
      var b = path.getBBox();
      left = Math.min(left, b.x); top = Math.min(top, b.y);
      right = Math.max(right, b.x + b.width); bottom = Math.max(bottom, b.y + b.height);
    });
    if (left === Infinity) return true;
    var width = right - left, height = bottom - top, size = Math.max(width, height) * 1.05;
    var viewBox = [left - (size - width) / 2, top - (size - height) / 2, size, size].join(" ");
    if (svg.getAttribute("viewBox") !== viewBox) svg.setAttribute("viewBox", viewBox);
    // The overseas départements sit under the map: hidden unless one of them is framed.
    var overseas = box.querySelector(".om_container");
    if (overseas && !codes.some(function (code) { return code.length === 3; })) {
      overseas.setAttribute("data-map-out", "");
    }
    return true;
  }

  // Framed again whenever the chart redraws (a change of theme resets its viewBox); each step changes nothing when
  // already done, so the observer does not feed itself.
  function watch(box) {
    frame(box);
    new MutationObserver(function () { frame(box); })
      .observe(box, { childList: true, subtree: true, attributes: true, attributeFilter: ["viewBox", "style"] });
  }

  document.querySelectorAll("[data-map-zoom]").forEach(watch);
})();
