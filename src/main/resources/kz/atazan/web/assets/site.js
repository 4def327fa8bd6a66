// Atazan's web page: the little htmx does not do. No data from the page is ever evaluated.
(function () {
  "use strict";
  function iso(epochDay) {
    return new Date(epochDay * 86400000).toISOString().slice(0, 10);
  }
  // The date slider of "Through time": moving it shows the day, letting go asks again on that day.
  document.addEventListener("input", function (event) {
    var slider = event.target;
    if (slider.id !== "slider") { return; }
    var shown = document.getElementById("slider-date");
    if (shown) { shown.textContent = iso(Number(slider.value)); }
  });
  document.addEventListener("change", function (event) {
    var slider = event.target;
    if (slider.id !== "slider") { return; }
    var on = document.getElementById("on");
    var ask = document.getElementById("ask-button");
    if (on && ask) {
      on.value = iso(Number(slider.value));
      ask.click();
    }
  });
})();
// The scenario and exercises pages: a file opened from the disk is read into its text box (as
// text, never run here), to be sent with the form.
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var input = event.target;
    var target = input.getAttribute("data-fills");
    if (!target || !input.files || input.files.length === 0) { return; }
    var reader = new FileReader();
    reader.onload = function () {
      var box = document.getElementById(target);
      if (box) { box.value = String(reader.result); }
    };
    reader.readAsText(input.files[0]);
  });
})();
