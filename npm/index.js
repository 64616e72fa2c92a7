// zhaloba's loader as a module, for a site built with a bundler:
//   import { mount } from 'zhaloba';
//   mount('#complaint', { base: 'https://widget.example.ru/zhaloba/0.1.0/' });
// The widget itself is not bundled: host this package's widget/<version>/
// folder on an origin of its own (deploy/nginx.conf in the repository) and
// pass its address as `base` — bundled, the loader cannot see where it came from.
import './zhaloba-embed.js';

const api = globalThis.Zhaloba;

/** This release. */
export const version = api.version;
/** The legal content's edition and the date of the law it states. */
export const content = api.content;

export function mount(target, options) {
  if (!options || !options.base) console.error('zhaloba: mount() from the package needs `base`: the address of the widget/<version>/ folder you host');
  return api.mount(target, options);
}
export function update(target, options) {
  api.update(target, options);
}
export function reset(target) {
  api.reset(target);
}
export function unmount(target) {
  api.unmount(target);
}
