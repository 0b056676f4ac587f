/*
 * Keeps a tracker page fresh without a reload button: a countdown to the next refresh, a quiet poll of
 * /api/status, and a reload (same address, same scroll position) when a new snapshot is there. It never
 * reloads under a worker who is typing: the reload waits until the form is submitted, or left with nothing changed.
 * Plain script, no inline code, so that the pages work under a strict Content-Security-Policy.
 */
(function () {
  'use strict';

  var SCROLL_KEY = 'inventory-tracker.scroll';
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  var status = document.querySelector('[data-snapshot-version]');
  var form = document.querySelector('[data-filter-form]');
  var search = form ? form.querySelector('[data-search]') : null;

  openFiltersOnWideScreens();
  restoreScroll();
  showLocalTimes(document);
  showAges(document);
  layOutEveryRowWhenIdle();
  if (!status) {
    return;
  }

  var pollMs = parseInt(status.getAttribute('data-poll-ms'), 10) || 10000;
  var version = status.getAttribute('data-snapshot-version');
  var statusUrl = status.getAttribute('data-status-url');
  var nextRefreshAt = parseTime(status.getAttribute('data-next-refresh-at'));
  var refreshing = status.getAttribute('data-refreshing') === 'true';
  var countdown = status.querySelector('[data-countdown]');
  var updating = status.querySelector('[data-updating]');
  var pending = status.querySelector('[data-pending]');
  var countdownText = status.getAttribute('data-text-countdown') || '{0}';
  var dueText = status.getAttribute('data-text-due') || '';
  var etag = null;
  var serverOffset = 0;
  var reloadWanted = false;
  var polling = false;
  var timer = null;

  tick();
  window.setInterval(tick, 1000);
  schedulePoll();
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) {
      poll();
    }
  });
  if (form) {
    form.addEventListener('focusout', function () { window.setTimeout(reloadIfWanted, 0); });
    form.addEventListener('input', reloadIfWanted);
    form.addEventListener('change', reloadIfWanted);
    form.addEventListener('submit', leaveOutEmptyFields);
  }

  /* The countdown runs on the server's clock, as far as the Date header tells it. */
  function tick() {
    if (!countdown || refreshing || nextRefreshAt === null) {
      return;
    }
    var left = Math.ceil((nextRefreshAt - (Date.now() + serverOffset)) / 1000);
    countdown.textContent = left > 0 ? format(countdownText, minutesAndSeconds(left)) : dueText;
  }

  function schedulePoll() {
    window.clearTimeout(timer);
    timer = window.setTimeout(poll, pollMs);
  }

  /* One poll at a time; a hidden tab stops asking and asks at once when it is shown again. */
  function poll() {
    if (polling || document.hidden || !statusUrl || !window.fetch) {
      return;
    }
    polling = true;
    var headers = { 'Accept': 'application/json' };
    if (etag) {
      headers['If-None-Match'] = etag;
    }
    window.fetch(statusUrl, { headers: headers, cache: 'no-store', credentials: 'same-origin' })
      .then(function (response) {
        readServerClock(response);
        if (response.status === 304 || !response.ok) {
          return null;
        }
        etag = response.headers.get('ETag');
        return response.json();
      })
      .then(function (body) {
        if (body) {
          update(body);
        }
      })
      .catch(function () {
        /* Offline or the server is restarting: the page keeps its data and asks again later. */
      })
      .then(function () {
        polling = false;
        schedulePoll();
      });
  }

  function update(body) {
    refreshing = body.refreshing === true;
    nextRefreshAt = parseTime(body.nextRefreshAt);
    if (updating) {
      updating.hidden = !refreshing;
    }
    if (refreshing && countdown) {
      countdown.textContent = dueText;
    }
    if (body.snapshotVersion !== undefined && String(body.snapshotVersion) !== version) {
      reloadWanted = true;
      reloadIfWanted();
    }
    tick();
  }

  /* A reload would throw away what is being typed: wait until the form is submitted, or left with nothing changed. */
  function reloadIfWanted() {
    if (!reloadWanted) {
      return;
    }
    if (editing()) {
      if (pending) {
        pending.hidden = false;
      }
      return;
    }
    saveScroll();
    window.location.reload();
  }

  function editing() {
    if (!form) {
      return false;
    }
    if (search && document.activeElement === search) {
      return true;
    }
    var fields = form.elements;
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      if (field.tagName === 'INPUT' && field.value !== field.defaultValue) {
        return true;
      }
      if (field.tagName === 'SELECT' && field.selectedIndex !== initialIndex(field)) {
        return true;
      }
    }
    return false;
  }

  /* Without a selected attribute, a list starts on its first option. */
  function initialIndex(select) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].defaultSelected) {
        return i;
      }
    }
    return 0;
  }

  /* Keeps the address short: empty fields add nothing to the filter. */
  function leaveOutEmptyFields() {
    reloadWanted = false;
    var fields = form.elements;
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].name && fields[i].value === '') {
        fields[i].disabled = true;
      }
    }
    window.addEventListener('pageshow', function () {
      for (var k = 0; k < fields.length; k++) {
        fields[k].disabled = false;
      }
    });
  }

  function readServerClock(response) {
    var date = Date.parse(response.headers.get('Date'));
    if (!isNaN(date)) {
      serverOffset = date - Date.now();
    }
  }

  function saveScroll() {
    try {
      window.sessionStorage.setItem(SCROLL_KEY, JSON.stringify({
        page: window.location.pathname + window.location.search,
        x: window.scrollX,
        y: window.scrollY
      }));
    } catch (ignored) {
      /* Storage may be off; the reload then starts at the top. */
    }
  }

  function restoreScroll() {
    var saved;
    try {
      saved = JSON.parse(window.sessionStorage.getItem(SCROLL_KEY));
      window.sessionStorage.removeItem(SCROLL_KEY);
    } catch (ignored) {
      return;
    }
    if (saved && saved.page === window.location.pathname + window.location.search) {
      if ('scrollRestoration' in window.history) {
        window.history.scrollRestoration = 'manual';
      }
      window.scrollTo(saved.x || 0, saved.y || 0);
    }
  }

  /* Times arrive as UTC; show them in the reader's own time, with the date only when it is not today. */
  /*
   * Wide screens show every filter at once; tracker.css already lays the disclosure out open, so that nothing
   * moves when this runs. Phones keep it closed, and without a script it is an ordinary disclosure.
   */
  function openFiltersOnWideScreens() {
    var more = form ? form.querySelector('details.more-filters') : null;
    if (more && window.matchMedia && window.matchMedia('(min-width: 40.01rem)').matches) {
      more.open = true;
    }
  }

  /*
   * Times of day in the browser's time zone, with the day when it is not today ("3 Dec 14:05"), in the page's
   * English. Written by hand: the first locale-aware formatting loads the browser's locale data, a tenth of a
   * second on a slow phone before the page can answer.
   */
  function showLocalTimes(root) {
    var times = root.querySelectorAll('time[data-local]');
    var today = new Date().toDateString();
    for (var i = 0; i < times.length; i++) {
      var when = new Date(times[i].getAttribute('datetime'));
      if (isNaN(when.getTime())) {
        continue;
      }
      var text = twoDigits(when.getHours()) + ':' + twoDigits(when.getMinutes());
      if (when.toDateString() !== today) {
        text = when.getDate() + ' ' + MONTHS[when.getMonth()] + ' ' + text;
      }
      times[i].title = times[i].textContent;
      times[i].textContent = text;
    }
  }

  function twoDigits(value) {
    return (value < 10 ? '0' : '') + value;
  }

  /* A change's age was written as of the snapshot; say it as of now, in the page's own words. */
  function showAges(root) {
    var table = root.querySelector('[data-text-ago-minutes]');
    if (!table) {
      return;
    }
    var times = table.querySelectorAll('time[data-ago]');
    var now = Date.now();
    for (var i = 0; i < times.length; i++) {
      var when = parseTime(times[i].getAttribute('datetime'));
      if (when === null) {
        continue;
      }
      var minutes = Math.max(0, Math.floor((now - when) / 60000));
      times[i].textContent = minutes < 1 ? table.getAttribute('data-text-ago-now')
        : minutes < 60 ? format(table.getAttribute('data-text-ago-minutes'), minutes)
          : format(table.getAttribute('data-text-ago-hours'), Math.floor(minutes / 60));
    }
  }

  /*
   * The rows come in blocks that the browser lays out only when they scroll near (content-visibility), which
   * also keeps the blocks out of the accessibility tree. Once the page has loaded, each block is laid out in turn
   * while the browser is idle, a block at a time so that no task is long, and then every row is in the one table
   * that assistive technology reads.
   */
  function layOutEveryRowWhenIdle() {
    var blocks = document.querySelectorAll('table.products > tbody');
    var next = 0;
    var idle = window.requestIdleCallback || function (work) {
      return window.setTimeout(function () { work({ timeRemaining: function () { return 10; }, didTimeout: false }); }, 16);
    };
    function layOut(deadline) {
      do {
        blocks[next++].classList.add('laid-out');
      } while (next < blocks.length && !deadline.didTimeout && deadline.timeRemaining() > 8);
      if (next < blocks.length) {
        idle(layOut, { timeout: 1000 });
      }
    }
    if (blocks.length === 0) {
      return;
    }
    if (document.readyState === 'complete') {
      idle(layOut, { timeout: 1000 });
    } else {
      window.addEventListener('load', function () { idle(layOut, { timeout: 1000 }); });
    }
  }

  function parseTime(value) {
    if (!value) {
      return null;
    }
    var time = Date.parse(value);
    return isNaN(time) ? null : time;
  }

  function minutesAndSeconds(total) {
    var minutes = Math.floor(total / 60);
    var seconds = total % 60;
    return minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
  }

  function format(template, value) {
    return template.replace('{0}', value);
  }
}());
