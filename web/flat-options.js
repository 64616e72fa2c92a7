// The host's options as the widget reads them, defined once: flat, a group
// becoming dotted names ({ theme: { accent } } → { 'theme.accent': … }; a
// group in a group is a wrong option, named by the widget).
// scripts/post-build.mjs puts this function into first-paint.js (a plain
// frame's #config= may be nested) and zhaloba-embed.js (the host's script
// writes groups; the tag's attributes are flat already).
function flatOptions(options) {
  var flat = {};
  for (var k in options) {
    var v = options[k];
    if (v && typeof v == 'object' && !Array.isArray(v)) for (var member in v) flat[k + '.' + member] = v[member];
    else flat[k] = v;
  }
  return flat;
}
