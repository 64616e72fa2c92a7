// The host's own script: a "start again" button and a log of the widget's
// events (what an analytics hook would see: step numbers and formats only).
window.hostEvents = [];
const el = document.getElementById('complaint');
for (const type of ['ready', 'step', 'document', 'resize']) {
  el.addEventListener(`zhaloba:${type}`, (e) => window.hostEvents.push({ type, detail: e.detail }));
}
document.getElementById('host-reset').addEventListener('click', () => window.Zhaloba.reset('#complaint'));
