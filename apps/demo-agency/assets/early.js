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
})();
