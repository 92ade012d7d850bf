// The demo's language switch and folding menu. The kit's elements follow <html lang>, and
// the site's own words are written in both languages (`.th` / `.en`, one hidden by CSS), so
// switching the attribute switches everything at once. Kept in a file so the page runs
// under script-src 'self'; the saved language is applied before paint by early.js.
const root = document.documentElement;
const button = document.querySelector('.lang-switch');

function applyLanguage() {
  const english = root.lang === 'en';
  if (button) {
    button.textContent = english ? 'ภาษาไทย' : 'English';
    button.lang = english ? 'th' : 'en';
  }
  // The title in the reader's language (data-title-en from chrome.mjs; early.js set it first).
  if (root.dataset.titleEn) {
    if (!root.dataset.titleTh) root.dataset.titleTh = english ? '' : document.title;
    if (english) document.title = root.dataset.titleEn;
    else if (root.dataset.titleTh) document.title = root.dataset.titleTh;
  }
  // Landmark names are attributes, not text: each keeps its Thai name and its English one.
  for (const element of document.querySelectorAll('[data-label-en]')) {
    if (!element.dataset.labelTh) element.dataset.labelTh = element.getAttribute('aria-label') ?? '';
    element.setAttribute('aria-label', english ? element.dataset.labelEn : element.dataset.labelTh);
  }
}
applyLanguage();
button?.addEventListener('click', () => {
  root.lang = root.lang === 'en' ? 'th' : 'en';
  localStorage.setItem('demo-lang', root.lang);
  applyLanguage();
});

// Below 640 px the menu folds behind a button (CSS shows the button only there, and only
// when scripts run: without them the menu is simply open).
const toggle = document.querySelector('.menu-toggle');
const menu = document.getElementById('site-menu');
toggle?.addEventListener('click', () => {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  menu?.classList.toggle('open', open);
});
