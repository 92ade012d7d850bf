import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatDate, formatNumber, machineDate, type Numerals } from './dates.js';
import { find, interpolate, pluralKey, STRINGS_CHANGED, type Catalogues, type Params } from './i18n.js';
import { onLangChange, resolveLang, type Lang } from './lang.js';
import { localize, type LocalizedText } from './localized.js';

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  numerals?: Numerals;
}

/**
 * The reader's language and the element's words, as a reactive controller: follows the
 * nearest `lang` up the tree and the page's `setStrings()`, re-rendering the host when
 * either changes. Messages come from (most specific first) the host's `data-i18n-<key>`
 * attribute, the page's overrides, the element's catalogue and the core catalogue; a
 * `count` parameter picks the plural form (`key.one`, `key.other`) through
 * `Intl.PluralRules`, and number parameters are shown in the page's numerals.
 *
 * The language is worked out once per update, not once per message, and messages are
 * remembered until the next update: a list of thousands of items asks for the same few.
 */
export class LocalizeController implements ReactiveController {
  private current?: Lang;
  private readonly messages = new Map<string, string | undefined>();
  private stopLangWatch?: () => void;
  private readonly onStringsChanged = () => this.changed();

  constructor(
    private readonly host: LocalizeHost,
    private readonly strings: () => Partial<Catalogues>,
  ) {
    host.addController(this);
  }

  /** The reader's language: the nearest `lang` attribute up the tree, Thai by default. */
  get lang(): Lang {
    return this.current ?? resolveLang(this.host);
  }

  hostConnected(): void {
    this.stopLangWatch = onLangChange(() => this.changed());
    document.addEventListener(STRINGS_CHANGED, this.onStringsChanged);
    this.refresh();
  }

  hostDisconnected(): void {
    this.stopLangWatch?.();
    document.removeEventListener(STRINGS_CHANGED, this.onStringsChanged);
    this.current = undefined;
  }

  hostUpdate(): void {
    this.refresh();
  }

  /** A message with its parameters filled in; the key itself when no catalogue has it. */
  t(key: string, params?: Params, lang: Lang = this.lang): string {
    const count = params?.count;
    const chosen =
      typeof count === 'number' ? pluralKey(lang, key, count, (k) => this.find(k, lang) !== undefined) : key;
    const message = this.find(chosen, lang) ?? key;
    return params ? interpolate(message, this.shown(params, lang)) : message;
  }

  /** Localised text from data (`"…"` or `{ th, en }`) in the reader's language. */
  text(value: LocalizedText | undefined | null): string {
    return localize(value, this.lang);
  }

  /** A number in the reader's language and the page's numerals. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.lang, this.host.numerals, options);
  }

  /** A date as `<time datetime>`, Buddhist era in Thai; nothing for an invalid date. */
  date(value: string | undefined, withTime = false): TemplateResult | typeof nothing {
    if (!value) return nothing;
    const shown = formatDate(value, this.lang, { numerals: this.host.numerals, withTime });
    const machine = machineDate(value);
    return shown && machine ? html`<time datetime=${machine}>${shown}</time>` : nothing;
  }

  private find(key: string, lang: Lang): string | undefined {
    const memo = `${lang}\u0000${key}`;
    if (this.messages.has(memo)) return this.messages.get(memo);
    const message = find(lang, key, { tag: this.host.localName, element: this.host, elementStrings: this.strings() });
    this.messages.set(memo, message);
    return message;
  }

  private shown(params: Params, lang: Lang): Params {
    const shown: Params = {};
    for (const [name, value] of Object.entries(params))
      shown[name] = typeof value === 'number' ? formatNumber(value, lang, this.host.numerals) : value;
    return shown;
  }

  private refresh(): void {
    this.current = resolveLang(this.host);
    this.messages.clear();
  }

  private changed(): void {
    this.messages.clear();
    this.host.requestUpdate();
  }
}
