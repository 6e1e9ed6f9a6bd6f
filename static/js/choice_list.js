// cls_portal.widgets.ChoiceList: filter the checkboxes by a few letters (accents and case ignored) and keep the
// count of ticked items up to date. Hidden options keep their state: filtering never unticks anything.
(function () {
  "use strict";
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  document.querySelectorAll("[data-choice-list]").forEach(function (list) {
    var options = Array.prototype.slice.call(list.querySelectorAll("[data-choice-list-option]"));
    var count = list.querySelector("[data-choice-list-count]");
    var none = list.querySelector("[data-choice-list-none]");
    var tools = list.querySelector("[data-choice-list-tools]");
    var filter = list.querySelector("[data-choice-list-filter]");
    var labels = options.map(function (option) { return fold(option.textContent); });
    function recount() {
      var ticked = options.filter(function (option) { return option.querySelector("input").checked; }).length;
      var s = ticked > 1 ? "s" : "";
      count.textContent = ticked + " élément" + s + " coché" + s + " sur " + options.length;
    }
    list.addEventListener("change", recount);
    if (!tools || !filter) return;
    tools.hidden = false;
    filter.addEventListener("input", function () {
      var words = fold(filter.value).split(/\s+/).filter(Boolean), shown = 0;
      options.forEach(function (option, i) {
        var match = words.every(function (word) { return labels[i].indexOf(word) !== -1; });
        option.hidden = !match;
        if (match) shown += 1;
      });
      none.hidden = shown !== 0;
    });
    // Enter in the filter would submit the whole form: it only filters.
    filter.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();
    });
  });
})();
