/* E-łącze e-services embed: turns <a data-eservice="slug" href="/e-uslugi/slug/"> into a widget.
 * Without JavaScript the plain link still leads to the full-page service. */
(function () {
  "use strict";
  var script = document.currentScript;
  var base = script ? new URL(script.src, window.location.href).origin : window.location.origin;
  var frames = [];

  function mount(element) {
    // The theme marks either the link itself or a block around it with data-eservice.
    var slug = element.getAttribute("data-eservice");
    if (!/^[a-z0-9-]{1,80}$/.test(slug || "") || element.getAttribute("data-eservice-mounted")) return;
    var link = element.tagName === "A" ? element : element.querySelector("a[href]");
    if (!link) return;
    element.setAttribute("data-eservice-mounted", "1");
    var frame = document.createElement("iframe");
    frame.src = base + "/e-uslugi/" + slug + "/osadzony/";
    frame.title = "E-usługa: " + slug.replace(/-/g, " ");
    frame.className = "eservice-frame";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.minHeight = "12rem";
    frame.setAttribute("data-eservice-slug", slug);
    // The widget goes before the plain link; the link stays as the way to the full-page form.
    link.parentNode.insertBefore(frame, link);
    frames.push(frame);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== base) return;
    var data = event.data || {};
    if (data.type !== "eservice:height" || typeof data.height !== "number") return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(Math.max(data.height, 120), 5000) + "px";
      }
    }
  });

  function init() {
    var links = document.querySelectorAll("[data-eservice]");
    for (var i = 0; i < links.length; i++) mount(links[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
