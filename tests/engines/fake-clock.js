// The clock a test page shows the widget, for engines without a clock API of their own
// (Firefox and WebKit through WebDriver): from here on, Date.now() and `new Date()` give
// the time in this script's data-now attribute; every other use of Date is the real one.
// It runs before the widget's module script, which reads the date when it starts.
(() => {
  const now = Date.parse(document.currentScript.dataset.now);
  if (Number.isNaN(now)) throw new Error("fake-clock.js: data-now is not a date");
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now);
      else super(...args);
    }
    static now() {
      return now;
    }
  }
  globalThis.Date = FixedDate;
})();
