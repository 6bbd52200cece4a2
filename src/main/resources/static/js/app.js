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

  // A page left with text typed in a form marked data-warn-unsaved asks first; sending
  // that form is not leaving it unsaved.
  var forms = document.querySelectorAll('form[data-warn-unsaved]');
  forms.forEach(function (form) {
    form.addEventListener('input', function () {
      form.setAttribute('data-dirty', '');
    });
    form.addEventListener('change', function () {
      form.setAttribute('data-dirty', '');
    });
    form.addEventListener('submit', function () {
      form.removeAttribute('data-dirty');
    });
  });
  if (forms.length > 0) {
    window.addEventListener('beforeunload', function (event) {
      if (document.querySelector('form[data-dirty]')) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  }
})();
