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

  // A form marked data-warn-unsaved asks before its page is left with text typed and
  // not yet saved.
  var dirty = false;
  document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('submit', function () { dirty = false; });
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
