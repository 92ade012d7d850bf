/*
 * GovKit TH — display settings before the first paint.
 *
 * A tiny classic script for the page's <head>, before any stylesheet:
 *   <script src="/govkit/themes/display-early.js"></script>
 * It reads what gov-display-settings stored (localStorage "govkit-display") and applies it to
 * <html> at once, so a visitor who chose large text or high contrast never sees the page flash
 * in the default look first. No inline script (the strict CSP forbids it); CSSOM only.
 * Kept the same as applyDisplay() in src/gov-display-settings/display-apply.ts by a test.
 */
(function () {
  var SIZES = { normal: '', large: '125%', 'x-large': '150%' };
  var HIGH = {
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
  var stored;
  try {
    stored = JSON.parse(localStorage.getItem('govkit-display') || 'null');
  } catch {
    return;
  }
  if (!stored) return;
  var root = document.documentElement;
  var size = Object.prototype.hasOwnProperty.call(SIZES, stored.textSize) ? stored.textSize : 'normal';
  if (size !== 'normal') {
    root.setAttribute('data-gov-text-size', size);
    root.style.setProperty('font-size', SIZES[size]);
  }
  if (stored.contrast === 'high') {
    root.setAttribute('data-gov-contrast', 'high');
    for (var token in HIGH) root.style.setProperty(token, HIGH[token]);
  }
})();
