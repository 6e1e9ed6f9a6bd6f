// New fiche form: propose the next free number of the axe chosen, until the user types a number of their own.
(function () {
  "use strict";
  var axe = document.getElementById("id_axe"), number = document.getElementById("id_number");
  if (!axe || !number || !axe.dataset.nextNumbers) return;
  var next = JSON.parse(axe.dataset.nextNumbers), proposed = number.value;
  axe.addEventListener("change", function () {
    if (number.value !== "" && number.value !== proposed) return;
    proposed = next[axe.value] || "";
    number.value = proposed;
  });
})();
