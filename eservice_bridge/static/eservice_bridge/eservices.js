/* Focus the error summary; stop double submission; tell an embedding page our height. */
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
  var once = document.querySelectorAll("form[data-submit-once]");
  for (var i = 0; i < once.length; i++) {
    once[i].addEventListener("submit", function (event) {
      var form = event.currentTarget;
      if (form.getAttribute("data-sent")) { event.preventDefault(); return; }
      form.setAttribute("data-sent", "1");
    });
  }
  if (window.parent !== window && document.body.classList.contains("embedded")) {
    var send = function () {
      var height = Math.ceil(document.documentElement.scrollHeight);
      // The widget is served from the portal's own hosts; only the parent on that origin listens.
      window.parent.postMessage({ type: "eservice:height", height: height }, window.location.origin);
    };
    window.addEventListener("load", send);
    document.addEventListener("toggle", send, true);
    if (window.ResizeObserver) new ResizeObserver(send).observe(document.body);
    send();
  }
})();
