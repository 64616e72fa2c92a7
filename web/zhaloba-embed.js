// zhaloba embed loader. One tag on the host page:
//   <div id="complaint"></div>
//   <script src="https://widget.example.ru/zhaloba/zhaloba-embed.js" data-target="#complaint" async></script>
// or, from the host's own script:  Zhaloba.mount(element, options) → { update(options), reset(), unmount() }
// Calls made before this file loads wait in a queue the host's snippet makes
// (EMBEDDING.md §4): Zhaloba.mount(…), .update(…), .reset(…), .unmount(…).
// Modes: 'iframe' (default: the widget in its own document and origin, so the
// host's scripts cannot read what is typed) and 'inline' (an open shadow root
// in the host page: the host's scripts can read it — see EMBEDDING.md).
(function () {
  'use strict';
  var script = document.currentScript;
  // Where the widget's files are: beside this script, or `base` when the host
  // gives it (a CMS that merges or moves scripts hides where this one came from).
  var scriptBase = new URL('./', script ? script.src : location.href).href;
  function where(options) {
    var base = options.base ? new URL(String(options.base).replace(/\/?$/, '/'), location.href).href : scriptBase;
    return { base: base, origin: new URL(base).origin };
  }
  // ATTRIBUTES, LOADER_ONLY, FIXED and EVENTS (only these events, only these
  // keys: nothing typed ever leaves the widget), written from the tables in
  // src/embed/ (tests/host_api.rs).
  // include: host-api.js
  // The options flat, as the widget takes them: { 'theme.accent': … }.
  // include: flat-options.js

  // A wrong call or option: the details on the console (for the site's
  // developer, in English); on the page a sentence in the widget's language.
  function fail(el, message, options) {
    console.error('zhaloba: ' + message);
    if (el) {
      var p = document.createElement('p');
      p.setAttribute('role', 'alert');
      p.textContent = (options || {}).lang === 'en'
        ? 'The complaint form on this site is set up wrongly and does not open. Please tell the site\'s administrator.'
        : 'Форма жалобы на этом сайте настроена с ошибкой и не открывается. Сообщите, пожалуйста, администратору сайта.';
      el.appendChild(p);
    }
  }
  var NOOP = { update: function () {}, reset: function () {}, unmount: function () {} };
  // What the widget's document is given: the loader's own options are not its.
  function forWidget(options, extra) {
    var config = Object.assign({}, options, extra);
    LOADER_ONLY.forEach(function (k) { delete config[k]; });
    return config;
  }
  // update(next) merges into the options the widget was mounted with (a
  // group given replaces the group: { theme: {} } clears the theme); where
  // it runs and from where cannot change after mounting.
  function merged(current, next) {
    next = next || {};
    var options = {};
    Object.keys(current).forEach(function (k) { if (!(k.split('.')[0] in next)) options[k] = current[k]; });
    Object.assign(options, flatOptions(next));
    FIXED.forEach(function (k) {
      if (k in next && next[k] !== current[k]) console.warn('zhaloba: update cannot change ' + k + '; unmount and mount again');
      options[k] = current[k];
    });
    return options;
  }

  // include: cannot-start.js
  // include: load-texts.js
  // The widget could not start here: the message (cannot-start.js) instead
  // of a blank box, and an `error` event for the host.
  function failedToStart(el, options, e) {
    console.error('zhaloba: the widget could not start:', e);
    var box = cannotStart(options);
    // Inside the widget's shadow root once it has one (light DOM would not show).
    (el.shadowRoot || el).appendChild(box);
    emit(el, 'error', { code: typeof WebAssembly === 'object' ? 'load' : 'no-wasm' });
  }

  function emit(el, type, detail) {
    var keys = EVENTS[type];
    if (!keys) return;
    // Which release and which edition of the law the widget on this page runs.
    if (type === 'ready') detail = { version: api.version, content: api.content.version };
    var clean = {};
    keys.forEach(function (k) {
      var v = detail && detail[k];
      if (typeof v === 'number' || typeof v === 'string') clean[k] = v;
    });
    el.dispatchEvent(new CustomEvent('zhaloba:' + type, { detail: clean, bubbles: true }));
  }

  function resolve(target) {
    return typeof target === 'string' ? document.querySelector(target) : target;
  }

  // The host's own logo, read here (same origin as the host) and handed to
  // the iframe as a data: URL, so the widget never fetches from the host.
  function logoData(options) {
    var logo = options.logo;
    if (!logo || /^data:/.test(logo) || options.mode === 'inline') return Promise.resolve(options);
    var url = new URL(logo, location.href);
    if (url.origin !== location.origin) return Promise.reject(new Error('logo must be on this site: ' + logo));
    return fetch(url.href).then(function (r) {
      if (!r.ok) throw new Error('logo ' + logo + ': HTTP ' + r.status);
      return r.blob();
    }).then(function (blob) {
      return new Promise(function (ok) {
        var reader = new FileReader();
        reader.onload = function () { ok(Object.assign({}, options, { logo: reader.result })); };
        reader.readAsDataURL(blob);
      });
    });
  }

  function mountIframe(el, options, at) {
    var base = at.base;
    var widgetOrigin = at.origin;
    // The frame's sandbox keeps the host's scripts out only when the widget
    // is on an origin of its own: same-origin, the host page could read what
    // is typed. Refused unless the host says it knows (sameOrigin: true).
    if (widgetOrigin === location.origin && options.sameOrigin !== true) {
      fail(el, 'iframe mode needs the widget on an origin of its own (e.g. https://widget.example.ru/): ' +
        "served from this page's origin, the frame cannot keep this page's scripts from reading what is typed. Host it " +
        'on a separate subdomain, or pass sameOrigin: true if you accept that (see EMBEDDING.md).', options);
      emit(el, 'error', { code: 'same-origin' });
      return NOOP;
    }
    var frame = document.createElement('iframe');
    // An update before the widget is ready waits for its `ready` message
    // (the frame's boot script listens only once the widget runs).
    var state = { frame: frame, listener: null, ready: false, pending: null };
    function send(options) {
      frame.contentWindow.postMessage({ source: 'zhaloba-host', type: 'update', options: options }, widgetOrigin);
    }
    logoData(options).then(function (opts) {
      var config = forWidget(opts, { parentOrigin: location.origin });
      frame.src = base + 'index.html#config=' + encodeURIComponent(JSON.stringify(config));
      frame.title = options.title || (config.lang === 'en' ? 'OMS complaint' : 'Жалоба по ОМС');
      frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-downloads allow-forms allow-modals');
      frame.setAttribute('referrerpolicy', 'no-referrer');
      frame.style.cssText = 'display:block;width:100%;min-height:480px;border:0;';
      state.listener = function (e) {
        if (e.source !== frame.contentWindow || e.origin !== widgetOrigin) return;
        var data = e.data || {};
        if (data.source !== 'zhaloba') return;
        if (data.type === 'ready') {
          state.ready = true;
          if (state.pending) send(state.pending);
          state.pending = null;
        }
        if (data.type === 'resize' && data.detail && typeof data.detail.height === 'number') {
          frame.style.height = Math.ceil(data.detail.height) + 'px';
        }
        emit(el, data.type, data.detail);
      };
      window.addEventListener('message', state.listener);
      el.appendChild(frame);
    }).catch(function (e) { fail(el, e.message, options); });
    var current = options;
    return {
      update: function (next) {
        current = merged(current, next);
        if (current.title) frame.title = current.title;
        logoData(current).then(function (opts) {
          // The frame's boot script takes it (web/boot.js), from this origin only.
          if (state.ready) send(forWidget(opts));
          else state.pending = forWidget(opts);
        }).catch(function (e) { console.error('zhaloba: update: ' + e.message); });
      },
      reset: function () {
        if (frame.contentWindow) frame.contentWindow.postMessage({ source: 'zhaloba-host', type: 'reset' }, widgetOrigin);
      },
      unmount: function () {
        if (state.listener) window.removeEventListener('message', state.listener);
        frame.remove();
      },
    };
  }

  var modules = {};
  var englishAt = {};
  var russianAt = {};
  function mountInline(el, options, at) {
    var base = at.base;
    var widget = null;
    var gone = false;
    // Events from inside the shadow root arrive on the host element itself.
    var modulePromise = modules[base] = modules[base] || import(base + 'zhaloba-web.js').then(function (m) {
      return m.default({ module_or_path: base + 'zhaloba-web_bg.wasm' }).then(function () { return m; });
    });
    if (typeof WebAssembly !== 'object') {
      failedToStart(el, options, new Error('no WebAssembly'));
      return NOOP;
    }
    // English screen texts are a file of their own, loaded once, when asked for.
    function english(lang, m) {
      if (lang !== 'en' || englishAt[base]) return Promise.resolve();
      return fetch(base + 'content-en.txt').then(function (r) { return r.ok ? r.text() : ''; }).then(function (text) {
        if (text) { m.set_translation_en(text); englishAt[base] = true; }
      });
    }
    // The screens' Russian texts, once per base, after the first widget is
    // live (its start page needs none of them).
    function russian(m) {
      if (russianAt[base]) return;
      russianAt[base] = true;
      loadTexts(base + 'content-ru.txt', function (text) { m.set_texts_ru(text); }, function (e) {
        delete russianAt[base];
        if (widget) widget.unmount();
        widget = null;
        failedToStart(el, options, e);
      });
    }
    // The widget's sizes follow the reader's default text size, not this
    // page's root font size (zhaloba-inline.css counts in --zh-rem).
    var probe = document.createElement('span');
    probe.style.fontSize = 'medium';
    el.appendChild(probe);
    el.style.setProperty('--zh-rem', getComputedStyle(probe).fontSize);
    probe.remove();
    // The widget's own `ready` (dispatched on this element) gets the release
    // and the content's edition too, as the iframe's does through emit():
    // a capturing listener on the element runs before the host's own.
    function edition(e) { if (e.detail) Object.assign(e.detail, { version: api.version, content: api.content.version }); }
    el.addEventListener('zhaloba:ready', edition, true);
    var current = options;
    var ready = modulePromise.then(function (m) {
      return english(options.lang, m).then(function () {
        if (!gone) widget = m.mount(el, forWidget(options, { assets: base }), true);
        russian(m);
        return m;
      });
    });
    ready.catch(function (e) { failedToStart(el, options, e); });
    return {
      update: function (next) {
        current = merged(current, next);
        var config = forWidget(current, { assets: base });
        ready.then(function (m) {
          return english(config.lang, m).then(function () { if (widget) widget.update(config); });
        });
      },
      reset: function () { if (widget) widget.reset(); },
      unmount: function () { gone = true; el.removeEventListener('zhaloba:ready', edition, true); if (widget) widget.unmount(); },
    };
  }

  function mount(target, options) {
    var el = resolve(target);
    options = flatOptions(options);
    if (!el) {
      fail(null, 'no element ' + target);
      return NOOP;
    }
    if (options.mode && options.mode !== 'iframe' && options.mode !== 'inline') {
      fail(el, 'mode must be "iframe" or "inline", not ' + JSON.stringify(options.mode), options);
      return NOOP;
    }
    // A second mount on the same element (a CMS that runs the snippet twice)
    // keeps the first widget and what was typed in it.
    if (el.zhaloba) {
      console.warn('zhaloba: already mounted on this element; unmount it first to mount again');
      return el.zhaloba;
    }
    var at = where(options);
    var handle = options.mode === 'inline' ? mountInline(el, options, at) : mountIframe(el, options, at);
    el.zhaloba = handle;
    return handle;
  }

  // Options from the tag's data attributes, one attribute per option
  // (ATTRIBUTES: data-lang, data-organisation-name, data-same-origin="true",
  // data-categories comma-separated, …), so no JSON has to survive HTML
  // quoting (an apostrophe in a company's name). data-options (JSON) is
  // still read first; an attribute wins over it.
  function fromTag(tag) {
    var d = tag.dataset;
    var options = {};
    if (d.options) {
      try { options = flatOptions(JSON.parse(d.options)); } catch (e) { options = { invalid: d.options }; }
    }
    Object.keys(ATTRIBUTES).forEach(function (key) {
      var v = d[key];
      var option = ATTRIBUTES[key];
      if (!v) return;
      if (option[1] === 'list') v = v.split(',').map(function (s) { return s.trim(); });
      if (option[1] === 'flag') v = v === 'true';
      options[option[0]] = v;
    });
    return options;
  }

  var api = {
    // This release and the legal content's edition with the date of the law
    // it states (set by the build from Cargo.toml and content/about.toml).
    version: '__ZHALOBA_VERSION__',
    content: __CONTENT_JSON__,
    mount: mount,
    update: function (target, options) { var el = resolve(target); if (el && el.zhaloba) el.zhaloba.update(options); },
    reset: function (target) { var el = resolve(target); if (el && el.zhaloba) el.zhaloba.reset(); },
    unmount: function (target) { var el = resolve(target); if (el && el.zhaloba) { el.zhaloba.unmount(); el.zhaloba = null; } },
  };
  var queued = (window.Zhaloba && window.Zhaloba.q) || [];
  window.Zhaloba = api;
  queued.forEach(function (call) {
    var fn = api[call[0]];
    if (fn) fn.apply(null, Array.prototype.slice.call(call, 1));
    else console.error('zhaloba: unknown call ' + call[0]);
  });
  if (script && script.dataset.target) mount(script.dataset.target, fromTag(script));
})();
