// The check of typed terms while typing: the form's terms go to the server (which stores
// nothing) and the section marked data-terms-check shows what they mean. Without script
// the button "Check these terms" does the same by sending the form.
(function () {
  'use strict';

  var section = document.querySelector('[data-terms-check]');
  var form = section && section.closest('form');
  var button = form && form.querySelector('[data-terms-check-button]');
  if (!button || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var url = button.getAttribute('formaction');
  var timer = null;
  var asked = 0;

  function check() {
    var data = new URLSearchParams(new FormData(form));
    // The check is no sending of the form: its one-time id stays for the real save.
    data.delete('_once');
    var mine = ++asked;
    fetch(url, {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: { 'X-Terms-Check': 'fragment' }
    }).then(function (response) {
      // A session that ended answers with the sign-in page: leave the last check.
      return (response.ok && !response.redirected) ? response.text() : null;
    }).then(function (html) {
      if (html !== null && mine === asked) {
        section.innerHTML = html;
      }
    }).catch(function () {
      // Offline or refused: the button still checks by sending the form.
    });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 400);
  }

  button.addEventListener('click', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    check();
  });
  form.addEventListener('input', later);
  form.addEventListener('change', later);
})();
