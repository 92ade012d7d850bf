import { LitElement, html } from 'lit';
import { baseStyles, KIT_VERSION, LocalizeController } from '@govkit-th/core';
import { displaySettingsStyles } from './gov-display-settings.styles.js';
import {
  applyDisplay,
  CONTRASTS,
  readDisplay,
  TEXT_SIZES,
  writeDisplay,
  type Contrast,
  type DisplaySettings,
  type TextSize,
} from './display-apply.js';

export { DISPLAY_KEY, HIGH_CONTRAST, TEXT_SIZES } from './display-apply.js';
export type { Contrast, DisplaySettings, TextSize } from './display-apply.js';

/** `gov-display-change`: the visitor changed a display setting; `detail` is the new settings. */
export type GovDisplayChangeEvent = CustomEvent<DisplaySettings>;

// The stored settings apply as soon as the kit's script runs, before any element renders.
if (typeof document !== 'undefined') applyDisplay(readDisplay());

const th = {
  title: 'การแสดงผล',
  'text-size': 'ขนาดตัวอักษร',
  'size-normal': 'ปกติ',
  'size-large': 'ใหญ่',
  'size-x-large': 'ใหญ่มาก',
  contrast: 'สีและความคมชัด สำหรับผู้พิการทางสายตา',
  'contrast-normal': 'ปกติ',
  'contrast-high': 'ความคมชัดสูง (ตัวอักษรสีขาวบนพื้นดำ)',
  note: 'ระบบจะจดจำการตั้งค่านี้ไว้ในเครื่องของท่าน',
};

const en = {
  title: 'Display',
  'text-size': 'Text size',
  'size-normal': 'Normal',
  'size-large': 'Large',
  'size-x-large': 'Extra large',
  contrast: 'Colours and contrast, for people with low vision',
  'contrast-normal': 'Normal',
  'contrast-high': 'High contrast (white text on black)',
  note: 'This device remembers these settings.',
} satisfies Record<keyof typeof th, string>;

/**
 * Display settings as Thai government sites offer them: text size (normal, large, extra
 * large) and colours (normal, high contrast "สำหรับผู้พิการทางสายตา"), as two radio groups
 * in a disclosure. The choice is applied through the token layer on `<html>` (the root font
 * size, the `--gov-*` colour tokens and `data-gov-text-size` / `data-gov-contrast` for the
 * page's own CSS), so every kit element and, with `themes/high-contrast.css`, the page's own
 * content follow; it is remembered in localStorage. It adds to a site that already meets
 * WCAG 2.2 AA; it never replaces that.
 *
 * @tagname gov-display-settings
 * @summary Text size and high contrast for the whole page, remembered per visitor.
 *
 * @csspart panel - The disclosure (`details`) holding the settings.
 * @csspart summary - Its summary line ("การแสดงผล").
 * @csspart group - One radio group (`fieldset`).
 *
 * @fires gov-display-change - A setting changed; `detail` is `{ textSize, contrast }`.
 */
export class GovDisplaySettings extends LitElement {
  static kitVersion = KIT_VERSION;
  static override styles = [baseStyles, displaySettingsStyles];
  static strings = { th, en };

  static override properties = {
    open: { type: Boolean, reflect: true },
    state: { type: String, reflect: true },
    settings: { state: true },
  };

  /** Whether the settings are shown open (the disclosure). */
  declare open: boolean;
  /** Always `ready`: the element needs no data (kept for the kit's state contract). */
  declare state: 'ready';
  declare settings: DisplaySettings;

  private readonly l10n = new LocalizeController(this, () => GovDisplaySettings.strings);

  constructor() {
    super();
    this.open = false;
    this.state = 'ready';
    this.settings = readDisplay();
  }

  /** Changes the settings, applies them to the page and remembers them. */
  apply(change: Partial<DisplaySettings>): void {
    this.settings = { ...this.settings, ...change };
    applyDisplay(this.settings);
    writeDisplay(this.settings);
    this.dispatchEvent(new CustomEvent('gov-display-change', { bubbles: true, composed: true, detail: this.settings }));
  }

  protected override render(): unknown {
    const t = (key: string) => this.l10n.t(key);
    const sizes = Object.keys(TEXT_SIZES) as TextSize[];
    return html`<details part="panel" ?open=${this.open} @toggle=${this.onToggle}>
      <summary part="summary">${t('title')}</summary>
      <div class="groups">
        <fieldset part="group">
          <legend>${t('text-size')}</legend>
          ${sizes.map((size) =>
            this.radio('text-size', size, t(`size-${size}`), this.settings.textSize === size, () =>
              this.apply({ textSize: size }),
            ),
          )}
        </fieldset>
        <fieldset part="group">
          <legend>${t('contrast')}</legend>
          ${CONTRASTS.map((contrast: Contrast) =>
            this.radio('contrast', contrast, t(`contrast-${contrast}`), this.settings.contrast === contrast, () =>
              this.apply({ contrast }),
            ),
          )}
        </fieldset>
      </div>
      <p class="note">${t('note')}</p>
    </details>`;
  }

  private radio(name: string, value: string, label: string, checked: boolean, choose: () => void) {
    const id = `${name}-${value}`;
    return html`<div class="choice">
      <input type="radio" id=${id} name=${name} .value=${value} .checked=${checked} @change=${choose} />
      <label for=${id}>${label}</label>
    </div>`;
  }

  private readonly onToggle = (event: Event): void => {
    this.open = (event.target as HTMLDetailsElement).open;
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-display-change': GovDisplayChangeEvent;
  }
}
