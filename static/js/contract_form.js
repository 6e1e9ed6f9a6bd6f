// New contract form: suggest the short identifier from the name until the user types one.
(function () {
  "use strict";
  var name = document.getElementById("id_name"), slug = document.getElementById("id_slug");
  if (!name || !slug) return;
  var touched = slug.value !== "";
  slug.addEventListener("input", function () { touched = slug.value !== ""; });
  name.addEventListener("input", function () {
    if (touched) return;
    slug.value = name.value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 70);
  });
})();
