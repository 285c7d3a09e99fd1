// Host-page side of the iframe route (README, "Embedding"). Sizes every
// <iframe data-rare-check-frame> to the height the widget inside reports.
// A message counts only if it comes from that iframe's own window and from the origin of
// its src, and only a plain { type: "rare-check:height", height: <number> } is read.
// The data is never evaluated or inserted into the page.
(function () {
  "use strict";
  window.addEventListener("message", function (event) {
    var frames = document.querySelectorAll("iframe[data-rare-check-frame]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== new URL(frame.src, location.href).origin) return;
      var data = event.data;
      if (!data || data.type !== "rare-check:height") return;
      var height = Number(data.height);
      if (isFinite(height) && height > 0 && height < 100000) {
        frame.style.height = Math.ceil(height) + "px";
      }
      return;
    }
  });
})();
