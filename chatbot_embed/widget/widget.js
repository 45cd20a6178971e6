/* E-łącze chatbot widget: an accessible dialog that asks POST /chatbot/api/ask. No framework. */
(function () {
  "use strict";
  var mount = document.getElementById("chatbot");
  if (!mount || mount.getAttribute("data-ready")) return;
  mount.setAttribute("data-ready", "1");
  var site = mount.getAttribute("data-site") || location.hostname;
  var api = mount.getAttribute("data-api") || "/chatbot/api/ask";
  var suggestions = [
    "Do kiedy można złożyć wniosek o stypendium szkolne?",
    "Jakie dokumenty są potrzebne do rekrutacji?",
    "Jak skontaktować się z sekretariatem?"
  ];
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = "/chatbot/widget.css";
  document.head.appendChild(css);

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var key in attrs) node.setAttribute(key, attrs[key]);
    if (text) node.textContent = text;
    return node;
  }
  function session() {
    var id;
    try { id = sessionStorage.getItem("cb-session"); } catch (e) { id = null; }
    if (!id) {
      id = Math.random().toString(36).slice(2) + Date.now().toString(36);
      try { sessionStorage.setItem("cb-session", id); } catch (e) { /* private mode */ }
    }
    return id;
  }

  var opener = el("button", {type: "button", "class": "cb-open", "aria-haspopup": "dialog",
    "aria-expanded": "false", "aria-controls": "cb-dialog"}, "Zapytaj czatbota");
  var dialog = el("div", {id: "cb-dialog", "class": "cb-dialog", role: "dialog",
    "aria-modal": "true", "aria-labelledby": "cb-title", "aria-describedby": "cb-intro", hidden: ""});
  var header = el("div", {"class": "cb-header"});
  header.appendChild(el("h2", {id: "cb-title"}, "Zapytaj o szkołę"));
  var closer = el("button", {type: "button", "class": "cb-close", "aria-label": "Zamknij czat"}, "×");
  header.appendChild(closer);
  dialog.appendChild(header);
  dialog.appendChild(el("p", {id: "cb-intro", "class": "cb-intro"},
    "Odpowiadam na podstawie treści opublikowanych w serwisie i podaję źródła. Nie wpisuj danych osobowych."));
  var log = el("div", {"class": "cb-log", role: "log", "aria-live": "polite", "aria-label": "Rozmowa"});
  dialog.appendChild(log);
  var status = el("p", {"class": "cb-status", role: "status"});
  dialog.appendChild(status);
  var hints = el("ul", {"class": "cb-suggestions", "aria-label": "Przykładowe pytania"});
  suggestions.forEach(function (text) {
    var li = el("li");
    var b = el("button", {type: "button", "class": "cb-suggestion"}, text);
    b.addEventListener("click", function () { ask(text); });
    li.appendChild(b);
    hints.appendChild(li);
  });
  dialog.appendChild(hints);
  var form = el("form", {"class": "cb-form"});
  form.appendChild(el("label", {"for": "cb-question"}, "Twoje pytanie"));
  var input = el("input", {id: "cb-question", type: "text", maxlength: "500", autocomplete: "off", required: ""});
  form.appendChild(input);
  form.appendChild(el("button", {type: "submit", "class": "cb-send"}, "Wyślij"));
  dialog.appendChild(form);
  mount.appendChild(opener);
  mount.appendChild(dialog);

  function open() {
    dialog.hidden = false;
    opener.setAttribute("aria-expanded", "true");
    input.focus();
  }
  function close() {
    dialog.hidden = true;
    opener.setAttribute("aria-expanded", "false");
    opener.focus();
  }
  function focusables() {
    return Array.prototype.filter.call(
      dialog.querySelectorAll("a[href], button:not([disabled]), input:not([disabled])"),
      function (node) { return node.offsetParent !== null; });
  }
  opener.addEventListener("click", open);
  closer.addEventListener("click", close);
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { event.preventDefault(); close(); return; }
    if (event.key !== "Tab") return;
    var items = focusables();
    if (!items.length) return;
    var first = items[0], last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
    else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
  });

  function links(title, items, label) {
    var box = el("div", {"class": "cb-links"});
    box.appendChild(el("p", {"class": "cb-links-title"}, title));
    var ul = el("ul");
    items.forEach(function (item) {
      var li = el("li");
      li.appendChild(el("a", {href: item.url}, label(item)));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }
  function say(who, text, extra) {
    var msg = el("div", {"class": "cb-msg cb-" + who});
    msg.appendChild(el("p", {"class": "cb-who"}, who === "user" ? "Ty:" : "Czatbot:"));
    msg.appendChild(el("p", {}, text));
    (extra || []).forEach(function (node) { msg.appendChild(node); });
    log.appendChild(msg);
    log.scrollTop = log.scrollHeight;
  }
  function unavailable(question) {
    var a = el("a", {href: "/chatbot/szukaj/?q=" + encodeURIComponent(question)}, "Szukaj w serwisie: " + question);
    say("bot", "Przepraszam, czatbot jest chwilowo niedostępny. Spróbuj wyszukiwarki albo zadzwoń do sekretariatu.", [a]);
  }
  function ask(question) {
    question = question.trim();
    if (!question) return;
    say("user", question);
    input.value = "";
    status.textContent = "Szukam odpowiedzi…";
    var request = new XMLHttpRequest();
    request.open("POST", api);
    request.setRequestHeader("Content-Type", "application/json");
    request.timeout = 10000;
    request.onload = function () {
      status.textContent = "";
      var data = null;
      try { data = JSON.parse(request.responseText); } catch (e) { data = null; }
      if (request.status === 200 && data && typeof data.answer === "string") {
        var extra = [];
        if (data.sources && data.sources.length) extra.push(links("Źródła:", data.sources, function (s) { return s.title; }));
        if (data.services && data.services.length) extra.push(links("Załatw online:", data.services, function (s) { return "E-usługa: " + s.name; }));
        say("bot", data.answer, extra);
      } else if (request.status >= 400 && request.status < 500 && data && data.error) {
        say("bot", data.error);
      } else {
        unavailable(question);
      }
    };
    request.onerror = request.ontimeout = function () { status.textContent = ""; unavailable(question); };
    request.send(JSON.stringify({question: question, site: site, session: session()}));
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); ask(input.value); });
})();
