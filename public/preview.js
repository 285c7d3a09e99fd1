// The embed page's preview (embed.html, src/embed_page/preview.rs): the code in this
// page's URL fragment, put into the page as a host page would have it. A <script> made
// by innerHTML never runs, so each element is made anew with the code's attributes.
// Only what a snippet holds is made: the widget's <div>, its <iframe> and their
// <script>s; this page's Content-Security-Policy lets scripts and frames come from this
// site alone. The fragment never leaves the browser.
(function () {
  "use strict";
  var MADE = { DIV: true, IFRAME: true, SCRIPT: true };

  function show(code) {
    var parsed = new DOMParser().parseFromString(code, "text/html");
    var from = parsed.body.children;
    for (var i = 0; i < from.length; i++) {
      var element = from[i];
      if (!MADE[element.tagName]) continue;
      var made = document.createElement(element.tagName.toLowerCase());
      for (var j = 0; j < element.attributes.length; j++) {
        made.setAttribute(element.attributes[j].name, element.attributes[j].value);
      }
      document.body.appendChild(made);
    }
  }

  // A new code is a new page: the widget mounts once per page, as on a host.
  window.addEventListener("hashchange", function () {
    location.reload();
  });
  var code = "";
  try {
    code = decodeURIComponent(location.hash.slice(1));
  } catch (e) {
    return;
  }
  if (code) show(code);
})();
