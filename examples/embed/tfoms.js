// Calls made before the loader arrives wait in the queue.
window.Zhaloba = window.Zhaloba || { q: [] };
window.Zhaloba.q.push(['mount', '#complaint', {
  mode: 'inline',
  region: 'Костромская область',
  categories: ['waiting-time', 'refused-care', 'paid-care', 'out-of-region', 'policy', 'medical-records'],
  theme: { accent: '#7a1f5c' },
}]);
window.hostEvents = [];
for (const type of ['ready', 'step', 'document', 'resize']) {
  document.getElementById('complaint').addEventListener(`zhaloba:${type}`, (e) => window.hostEvents.push({ type, detail: e.detail }));
}
