/**
 * The visitor's display settings and how they reach the page: a data attribute on `<html>`
 * for the page's own CSS (`themes/high-contrast.css`), the root font size (every size in the
 * kit is in rem) and the `--gov-*` colour tokens, set on `<html>` so every kit element on the
 * page takes them. `themes/display-early.js` repeats `applyDisplay` in a few lines of plain
 * script for the page's `<head>`, so the settings apply before the first paint; a test keeps
 * the two the same.
 */

export const TEXT_SIZES = { normal: '', large: '125%', 'x-large': '150%' } as const;
export type TextSize = keyof typeof TEXT_SIZES;
export const CONTRASTS = ['normal', 'high'] as const;
export type Contrast = (typeof CONTRASTS)[number];

export interface DisplaySettings {
  textSize: TextSize;
  contrast: Contrast;
}

export const DISPLAY_KEY = 'govkit-display';
export const DEFAULT_DISPLAY: DisplaySettings = { textSize: 'normal', contrast: 'normal' };

/**
 * High contrast ("สำหรับผู้พิการทางสายตา"): white text on black, yellow links and buttons,
 * a cyan focus ring. Every pair is at least 7:1 (WCAG 1.4.6, AAA).
 */
export const HIGH_CONTRAST: Record<string, string> = {
  '--gov-color-text': '#fff',
  '--gov-color-muted': '#fff',
  '--gov-color-accent': '#ff0',
  '--gov-color-on-accent': '#000',
  '--gov-color-link': '#ff0',
  '--gov-color-border': '#fff',
  '--gov-color-control-edge': '#fff',
  '--gov-color-control-background': '#000',
  '--gov-color-surface': '#000',
  '--gov-color-placeholder': '#333',
  '--gov-color-highlight': '#00458a',
  '--gov-color-error': '#ff9e9e',
  '--gov-color-success': '#7dff7d',
  '--gov-color-focus': '#0ff',
  '--gov-color-focus-edge': '#000',
  '--gov-consent-background': '#000',
};

/** The stored settings, each checked; the defaults for anything missing or unreadable. */
export function readDisplay(): DisplaySettings {
  try {
    const stored = JSON.parse(localStorage.getItem(DISPLAY_KEY) ?? 'null') as Partial<DisplaySettings> | null;
    return {
      textSize: stored?.textSize && stored.textSize in TEXT_SIZES ? stored.textSize : 'normal',
      contrast: stored?.contrast === 'high' ? 'high' : 'normal',
    };
  } catch {
    return { ...DEFAULT_DISPLAY };
  }
}

export function writeDisplay(settings: DisplaySettings): void {
  try {
    localStorage.setItem(DISPLAY_KEY, JSON.stringify(settings));
  } catch {
    // Storage refused: the settings hold for this page view.
  }
}

/** Applies the settings to `<html>` (CSSOM only: allowed under `style-src 'self'`). */
export function applyDisplay(settings: DisplaySettings, root: HTMLElement = document.documentElement): void {
  const high = settings.contrast === 'high';
  if (settings.textSize === 'normal') delete root.dataset.govTextSize;
  else root.dataset.govTextSize = settings.textSize;
  if (high) root.dataset.govContrast = 'high';
  else delete root.dataset.govContrast;
  root.style.setProperty('font-size', TEXT_SIZES[settings.textSize]);
  for (const [token, value] of Object.entries(HIGH_CONTRAST)) root.style.setProperty(token, high ? value : '');
}
