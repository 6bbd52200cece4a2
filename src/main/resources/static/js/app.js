// Small aids where a browser runs scripts; every page works without them.
(function () {
  'use strict';

  // A button with data-copy="#id" copies that element's text and says so.
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var source = document.querySelector(button.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) {
        return;
      }
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        var status = document.getElementById(button.getAttribute('aria-controls'));
        if (status) {
          status.textContent = button.getAttribute('data-copied');
        }
      });
    });
  });
})();
