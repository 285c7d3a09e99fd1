// Loaded first into every page of the engine tests (the test server puts it in <head>;
// the pages' CSP allows scripts from 'self'). WebKitWebDriver has no WebDriver BiDi, so
// no console events reach the test: this records, in window.__rareCheckErrors, what the
// console would show as an error: console.error calls (a Rust panic and every error the
// app logs go through it), uncaught exceptions, unhandled promise rejections, resources
// that failed to load, and CSP violations. Firefox gets the same, and BiDi's log events.
(function () {
  "use strict";
  var seen = (window.__rareCheckErrors = []);
  var original = console.error;
  console.error = function () {
    seen.push("console.error: " + Array.prototype.map.call(arguments, String).join(" "));
    return original.apply(console, arguments);
  };
  window.addEventListener(
    "error",
    function (event) {
      var target = event.target;
      if (target && target !== window && (target.src || target.href)) {
        seen.push("failed to load: " + (target.src || target.href));
      } else {
        seen.push("uncaught: " + event.message + " at " + event.filename + ":" + event.lineno);
      }
    },
    true,
  );
  window.addEventListener("unhandledrejection", function (event) {
    seen.push("unhandled rejection: " + String(event.reason));
  });
  document.addEventListener(
    "securitypolicyviolation",
    function (event) {
      seen.push("CSP violation: " + event.violatedDirective + " " + event.blockedURI);
    },
    true,
  );
})();
