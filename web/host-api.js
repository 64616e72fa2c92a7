// Written by tests/host_api.rs from src/embed/'s tables (OPTIONS, EVENTS):
// do not edit; ZHALOBA_HOST_API=write cargo test --test host_api.
// The tag's attributes, by their `dataset` names: the option each sets and
// how its text is read.
var ATTRIBUTES = {
  mode: ['mode', 'text'],
  lang: ['lang', 'text'],
  organisationName: ['organisation.name', 'text'],
  organisationBranch: ['organisation.branch', 'text'],
  organisationAddress: ['organisation.address', 'text'],
  organisationHotline: ['organisation.hotline', 'text'],
  organisationWebsite: ['organisation.website', 'text'],
  organisationEmail: ['organisation.email', 'text'],
  region: ['region', 'text'],
  categories: ['categories', 'list'],
  themeAccent: ['theme.accent', 'text'],
  themeFont: ['theme.font', 'text'],
  themeRadius: ['theme.radius', 'text'],
  logo: ['logo', 'text'],
  title: ['title', 'text'],
  base: ['base', 'text'],
  sameOrigin: ['sameOrigin', 'flag'],
};
// The loader's own options, never handed to the widget; those update()
// cannot change.
var LOADER_ONLY = ['mode', 'title', 'base', 'sameOrigin'];
var FIXED = ['mode', 'base', 'sameOrigin'];
// Each event's keys: only these pass.
var EVENTS = {
  ready: ['version', 'content'],
  step: ['index', 'total', 'category'],
  document: ['format'],
  resize: ['height'],
  error: ['code'],
};
