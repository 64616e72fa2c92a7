// The never-blank message, defined once: scripts/post-build.mjs puts this
// function into first-paint.js (the widget's own page and its frame) and
// zhaloba-embed.js (inline mode, in the host's page), which share no script.
// The widget could not start here (no WebAssembly, a CSP that refuses it, a
// file that did not load): say what to do, in the widget's language first
// then the other, with the host's hotline when it gave one (the options
// are flat: web/flat-options.js).
function cannotStart(options) {
  var hotline = options['organisation.hotline'];
  var texts = {
    ru: ['Форма жалобы не открылась в этом браузере.',
      'Обновите браузер или откройте эту страницу в другом: Chrome, Firefox, Safari или Яндекс Браузере.',
      hotline && 'Или позвоните: ' + hotline + '.'],
    en: ['The complaint form could not start in this browser.',
      'Update the browser or open this page in another one.',
      hotline && 'Or call ' + hotline + '.'],
  };
  var box = document.createElement('div');
  box.className = 'zh-panel zh-panel--alert';
  box.setAttribute('role', 'alert');
  (options.lang === 'en' ? ['en', 'ru'] : ['ru', 'en']).forEach(function (l) {
    texts[l].filter(Boolean).forEach(function (text) {
      var p = document.createElement('p');
      p.lang = l;
      p.textContent = text;
      box.appendChild(p);
    });
  });
  return box;
}
