// Quick exit (click or Shift pressed 3 times) and error-summary focus. No dependencies.
(function () {
  'use strict';
  var link = document.getElementById('quick-exit');

  function leave(e) {
    if (e) e.preventDefault();
    try {
      document.body.hidden = true;
      document.title = '';
    } catch (_) {}
    // replace(): the page we leave is dropped from history, so Back skips it.
    location.replace(link.href);
  }

  if (link && link.href) {
    link.addEventListener('click', leave);

    // Like GOV.UK "Exit this page": Shift released 3 times within 1 s,
    // with no other key pressed in between or while Shift is held.
    var count = 0, first = 0, combo = false;
    var isShift = function (e) { return e.key === 'Shift' || e.keyCode === 16; };
    document.addEventListener('keydown', function (e) {
      if (!isShift(e)) { combo = true; count = 0; }
    }, true);
    document.addEventListener('keyup', function (e) {
      if (!isShift(e)) { combo = e.shiftKey; count = 0; return; }
      var now = Date.now();
      if (combo || e.ctrlKey || e.altKey || e.metaKey) {
        count = 0;
      } else {
        if (!count || now - first > 1000) { count = 0; first = now; }
        if (++count >= 3) { count = 0; leave(); }
      }
      combo = false;
    }, true);
  }

  // After a failed submission, move focus to the error summary.
  var summary = document.querySelector('.form') && document.querySelector('.error-summary');
  if (summary) {
    if (!summary.hasAttribute('tabindex')) summary.setAttribute('tabindex', '-1');
    summary.focus();
  }
})();
