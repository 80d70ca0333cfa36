/* Arising: a "Print this list" button (shown only when scripts run). */
(function () {
  "use strict";
  var buttons = document.querySelectorAll("[data-arising-print]");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener("click", function () { window.print(); });
  }
})();
