// Types for zhaloba's loader: the options of `mount`, the handle it returns,
// and every event's payload. No event carries anything the person typed.
// The options and the events are written from src/embed/'s tables (between
// the `generated` lines: ZHALOBA_HOST_API=write cargo test --test host_api);
// the category ids are filled in from content/ when packed.

/** A category (or non-ОМС exit) the widget can offer; from content/ of this release. */
export type CategoryId = __CATEGORY_IDS__;

export type DocumentFormat = 'txt' | 'docx' | 'pdf' | 'ics' | 'inventory' | 'envelope' | 'print';
/** `no-wasm`: no WebAssembly; `load`: a file failed to load or compile; `same-origin`: iframe mode on your own origin. */
export type ErrorCode = 'no-wasm' | 'load' | 'same-origin';

// generated: begin (tests/host_api.rs, from src/embed/'s tables)
/** Your company: prefills the insurer step and the «Кому» block; contacts on the start page. */
export interface Organisation {
  name?: string;
  branch?: string;
  address?: string;
  hotline?: string;
  /** An https:// address. */
  website?: string;
  /** «Написать письмо» addresses letters to the insurer here. */
  email?: string;
}

/** Checked strictly (they end up in CSS): `#rgb`, `#rrggbb` or `rgb()`; a radius up to 32px. */
export interface Theme {
  accent?: string;
  font?: string;
  radius?: string;
}

export interface Options {
  /** `iframe` (default): the widget on its own origin, out of your scripts' reach. `inline`: a shadow root in your page. */
  mode?: 'iframe' | 'inline';
  /** The interface language; the letter is always Russian. */
  lang?: 'ru' | 'en';
  organisation?: Organisation;
  /** A fund's portal fixes its region. */
  region?: string;
  /** Which categories to offer, in this order (default: all). */
  categories?: CategoryId[];
  theme?: Theme;
  /** A path on your own site, or a data: URL. */
  logo?: string;
  /** The iframe's accessible name. */
  title?: string;
  /** Where the widget's files are (the folder with index.html), ending in `/`. */
  base?: string;
  /** Allow iframe mode on your page's own origin (your page could then read the frame). */
  sameOrigin?: boolean;
}

/** Options for a running widget: merged into the old ones; where it runs cannot change. */
export type UpdateOptions = Omit<Options, 'mode' | 'base' | 'sameOrigin'>;

export interface ReadyDetail {
  /** This release (`Zhaloba.version`). */
  version: string;
  /** The legal content's edition (`Zhaloba.content.version`). */
  content: string;
}
export interface StepDetail {
  /** Step number, from 1. */
  index: number;
  total: number;
  /** `''` before one is chosen. */
  category: CategoryId | '';
}
export interface DocumentDetail {
  format: DocumentFormat;
}
export interface ResizeDetail {
  /** The widget's height in CSS pixels. */
  height: number;
}
export interface ErrorDetail {
  code: ErrorCode;
}

/** The events on the element you mounted on. */
export interface ZhalobaEventMap {
  'zhaloba:ready': CustomEvent<ReadyDetail>;
  'zhaloba:step': CustomEvent<StepDetail>;
  'zhaloba:document': CustomEvent<DocumentDetail>;
  'zhaloba:resize': CustomEvent<ResizeDetail>;
  'zhaloba:error': CustomEvent<ErrorDetail>;
}
// generated: end

export interface Handle {
  /** New options; what was typed stays. A wrong option changes nothing (named on the console). */
  update(options: UpdateOptions): void;
  /** Forget everything typed and kept on this device (office computers). */
  reset(): void;
  unmount(): void;
}

export interface ContentEdition {
  version: string;
  /** The date of the law the content states, `YYYY-MM-DD`. */
  asOf: string;
}

export type Target = string | Element;

/** `window.Zhaloba`, as the `<script>` loader defines it. */
export interface ZhalobaApi {
  readonly version: string;
  readonly content: ContentEdition;
  mount(target: Target, options?: Options): Handle;
  update(target: Target, options: UpdateOptions): void;
  reset(target: Target): void;
  unmount(target: Target): void;
}

declare global {
  interface HTMLElementEventMap extends ZhalobaEventMap {}
  interface Window {
    Zhaloba?: ZhalobaApi;
  }
}

export declare const version: string;
export declare const content: ContentEdition;
/** From the package the loader is bundled into your code: `base` is required. */
export declare function mount(target: Target, options: Options & { base: string }): Handle;
export declare function update(target: Target, options: UpdateOptions): void;
export declare function reset(target: Target): void;
export declare function unmount(target: Target): void;
