// The widget's own page, before it paints (a classic, blocking script in
// <head>; classic so it runs even where modules or WebAssembly do not):
// - the page's options (window.zhalobaOptions), flat: from the embed loader
//   in the fragment (#config=…, never sent to a server), else none; ?lang=en picks
//   English on the standalone page. boot.js mounts the widget with them.
// - the start page pre-rendered into index.html is what the widget shows
//   with no options, in Russian, to someone with nothing kept on this
//   device; anywhere else it stays hidden until the widget runs, so nothing
//   shows that the widget will not.
// - never a blank or a dead page (window.zhalobaFailed): when WebAssembly is
//   missing or refused, a file failed to load, or boot.js never ran, say so
//   in both languages, with the host's hotline, and tell the host (a code only).
(function () {
  // include: flat-options.js
  var options = {};
  var passed = /[#&]config=([^&]*)/.exec(location.hash);
  if (passed) {
    // Not JSON: mount() names it as an option it does not know. Flat, as
    // the widget reads them (the loader's are; a plain frame's may be nested).
    try { options = flatOptions(JSON.parse(decodeURIComponent(passed[1]))); } catch (e) { options = { invalid: passed[1] }; }
  }
  var lang = /[?&]lang=([^&#]*)/.exec(location.search);
  if (lang && !options.lang) options.lang = decodeURIComponent(lang[1]);
  window.zhalobaOptions = options;

  var kept = false;
  try { kept = Boolean(localStorage.getItem('zhaloba.answers')); } catch (e) { kept = false; }
  if (kept || passed || lang) document.documentElement.className += ' zh-no-prerender';

  // include: cannot-start.js
  // include: load-texts.js
  window.zhalobaLoadTexts = loadTexts;
  window.zhalobaFailed = function (code) {
    var root = document.getElementById('zhaloba');
    var box = cannotStart(options);
    if (root) {
      // Old browsers come here too: no replaceChildren.
      while (root.firstChild) root.removeChild(root.firstChild);
      root.appendChild(box);
      root.removeAttribute('inert');
    }
    if (options.parentOrigin && parent !== window) {
      parent.postMessage({ source: 'zhaloba', type: 'error', detail: { code: code } }, options.parentOrigin);
    }
  };
  // boot.js is a module: it runs before `load`, or never (blocked, failed).
  addEventListener('load', function () {
    if (!window.zhalobaBooting) window.zhalobaFailed(typeof WebAssembly === 'object' ? 'load' : 'no-wasm');
  });
})();
