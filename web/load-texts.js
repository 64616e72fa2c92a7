// The screens' Russian texts (content-ru.txt), fetched once the widget is
// live, defined once: scripts/post-build.mjs puts this function into
// first-paint.js (boot.js calls it, on the widget's own page and in its
// frame) and zhaloba-embed.js (inline mode), which share no script. The same
// file for everyone; three tries a second apart, then `failed`, and the
// widget gives way to the never-blank message.
function loadTexts(url, done, failed) {
  var left = 3;
  (function attempt() {
    fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.text();
    }).then(done, function (e) {
      if (--left > 0) setTimeout(attempt, 1000);
      else failed(e);
    });
  })();
}
