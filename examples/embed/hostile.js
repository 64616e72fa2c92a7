// Tries everything a page script can to read the widget's answers.
window.stolen = [];
window.hostEvents = [];
const el = document.getElementById('complaint');
for (const type of ['ready', 'step', 'document', 'resize']) {
  el.addEventListener(`zhaloba:${type}`, (e) => window.hostEvents.push({ type, detail: e.detail }));
}
window.addEventListener('message', (e) => window.stolen.push(JSON.stringify(e.data)));
function steal() {
  for (const f of document.querySelectorAll('input, textarea')) if (f.value) window.stolen.push(f.value);
  for (const frame of document.querySelectorAll('iframe')) {
    try {
      for (const f of frame.contentDocument.querySelectorAll('input, textarea')) window.stolen.push(f.value);
    } catch (e) {
      window.stolen.push(`blocked: ${e.name}`);
    }
  }
  for (const host of document.querySelectorAll('*')) {
    if (host.shadowRoot) for (const f of host.shadowRoot.querySelectorAll('input, textarea')) if (f.value) window.stolen.push(f.value);
  }
}
setInterval(steal, 200);
const mode = new URLSearchParams(location.search).get('mode') || 'iframe';
// ?mode=none: the page alone, to compare its look with and without the widget.
if (mode !== 'none') {
const loader = document.createElement('script');
loader.src = 'http://127.0.0.1:8080/zhaloba-embed.js';
loader.onload = () => window.Zhaloba.mount('#complaint', { mode });
document.body.appendChild(loader);
}
