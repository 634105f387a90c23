// Quick exit (click, or Shift pressed 3 times) and error-summary focus. No dependencies.
(function () {
  'use strict';
  var link = document.getElementById('quick-exit');
  var status = document.getElementById('quick-exit-status');
  var WINDOW_MS = 5000; // the three presses must fall within this time
  var cover = null;

  function say(text) {
    if (status) status.textContent = text || '';
  }

  function leave(e) {
    if (e) e.preventDefault();
    try {
      // Hide the page at once, while the neutral site loads: a plain cover outside
      // <body>, the body itself hidden, and no title left in the tab.
      cover = document.createElement('div');
      cover.className = 'exit-cover';
      document.documentElement.appendChild(cover);
      document.body.hidden = true;
      document.title = '';
    } catch (_) {}
    // replace(): the page we leave is dropped from history, so Back skips it.
    location.replace(link.href);
  }

  // Restored from the back-forward cache (Back after leaving): show the page again and
  // start counting from zero.
  function reset() {
    count = 0;
    say('');
    if (cover && cover.parentNode) cover.parentNode.removeChild(cover);
    cover = null;
    document.body.hidden = false;
  }

  var count = 0, first = 0;

  if (link && link.href) {
    link.addEventListener('click', leave);

    // Like GOV.UK's "Exit this page": Shift pressed 3 times within 5 seconds, left or
    // right alike; any other key starts again; a key held down counts once.
    document.addEventListener('keydown', function (e) {
      if (e.key !== 'Shift') {
        if (count) { count = 0; say(''); }
        return;
      }
      if (e.repeat) return;
      var now = Date.now();
      if (!count || now - first > WINDOW_MS) { count = 0; first = now; }
      count += 1;
      if (count === 1) say(link.getAttribute('data-shift-1'));
      else if (count === 2) say(link.getAttribute('data-shift-2'));
      else { count = 0; say(link.getAttribute('data-leaving')); leave(); }
    }, true);

    window.addEventListener('pageshow', function (e) {
      if (e.persisted) reset();
    });
  }

  // After a failed submission, move focus to the error summary.
  var summary = document.querySelector('.form') && document.querySelector('.error-summary');
  if (summary) {
    if (!summary.hasAttribute('tabindex')) summary.setAttribute('tabindex', '-1');
    summary.focus();
  }
})();
