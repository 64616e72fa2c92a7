// A stand-in for a session recorder such as Yandex Metrika's Webvisor: it
// records the values of form fields it can see, except those marked with the
// classes Webvisor honours (ym-disable-keys / ym-hide-content).
window.recorded = [];
function walk(root) {
  for (const el of root.querySelectorAll('input, textarea')) {
    if (el.classList.contains('ym-hide-content') || el.classList.contains('ym-disable-keys')) continue;
    if (el.value && el.type !== 'radio' && el.type !== 'checkbox') window.recorded.push(el.value);
  }
  for (const host of root.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot);
}
setInterval(() => walk(document), 200);
