/* Remembers the text size and contrast chosen in the header (localStorage). Reading needs no JS:
   without it the same links switch the mode through CSS :target for the current page. */
(function () {
  "use strict";
  var KEY = "elacze-wyswietlanie";
  var CLASSES = { "tekst-duzy": "txt-lg", "tekst-najwiekszy": "txt-xl", kontrast: "hc" };
  var root = document.documentElement;
  var prefs = {};
  try {
    prefs = JSON.parse(window.localStorage.getItem(KEY)) || {};
  } catch (error) {
    prefs = {};
  }
  function save() {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(prefs));
    } catch (error) {
      /* private mode: the choice lasts for this page only */
    }
  }
  // A mode chosen through the address (the no-JavaScript links) is remembered too.
  var fromHash = window.location.hash.slice(1);
  if (CLASSES[fromHash]) {
    prefs[fromHash === "kontrast" ? "contrast" : "size"] = fromHash;
    save();
  }
  function apply() {
    root.classList.remove("txt-lg", "txt-xl", "hc");
    [prefs.size, prefs.contrast].forEach(function (value) {
      if (CLASSES[value]) root.classList.add(CLASSES[value]);
    });
  }
  function mark() {
    var links = document.querySelectorAll("a[data-pref]");
    Array.prototype.forEach.call(links, function (link) {
      var chosen = prefs[link.getAttribute("data-pref")] || "";
      if (chosen === link.getAttribute("data-value")) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
  }
  apply();
  document.addEventListener("DOMContentLoaded", mark);
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-pref]") : null;
    if (!link) return;
    event.preventDefault();
    prefs[link.getAttribute("data-pref")] = link.getAttribute("data-value");
    save();
    if (window.location.hash && CLASSES[window.location.hash.slice(1)]) {
      history.replaceState(null, "", window.location.pathname + window.location.search);
    }
    apply();
    mark();
  });
})();
