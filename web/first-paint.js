// Before the page paints (a classic, blocking script in <head>): the start
// page pre-rendered into index.html is what the widget shows on its own page
// with no options, in Russian, to someone with nothing kept on this device.
// Anywhere else — a host's frame (#config=…), ?lang=en, kept answers that
// reopen at their step — it stays hidden until the widget runs, so nothing
// shows that the widget will not.
(function () {
  var kept = false;
  try { kept = Boolean(localStorage.getItem('zhaloba.answers')); } catch (e) { kept = false; }
  if (kept || /[#&]config=/.test(location.hash) || /[?&]lang=/.test(location.search)) {
    document.documentElement.className += ' zh-no-prerender';
  }
})();
