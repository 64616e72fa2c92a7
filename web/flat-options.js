// The host's options as the widget reads them, defined once: flat, a group
// becoming dotted names ({ theme: { accent } } → { 'theme.accent': … }).
// scripts/post-build.mjs puts this function into first-paint.js (a plain
// frame's #config= may be nested) and zhaloba-embed.js (the host's script
// writes groups; the tag's attributes are flat already).
function flatOptions(options, prefix, out) {
  out = out || {};
  Object.keys(options || {}).forEach(function (k) {
    var v = options[k];
    if (v && typeof v === 'object' && !Array.isArray(v)) flatOptions(v, (prefix || '') + k + '.', out);
    else out[(prefix || '') + k] = v;
  });
  return out;
}
