// Runs before the first paint (a classic script in <head>, allowed by script-src 'self'):
// the visitor's language and the "scripts run" mark are set before anything is drawn, so
// neither the words nor the folded menu jump once the page has appeared.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var saved = localStorage.getItem('demo-lang');
    if (saved === 'en' || saved === 'th') root.lang = saved;
  } catch {
    // storage blocked: the page's own language stays
  }
  // The page's English title (written by chrome.mjs as data-title-en): the tab and the
  // history read English too. The <title> is parsed before this script.
  var titleEn = root.getAttribute('data-title-en');
  if (root.lang === 'en' && titleEn) {
    root.setAttribute('data-title-th', document.title);
    document.title = titleEn;
  }
})();
