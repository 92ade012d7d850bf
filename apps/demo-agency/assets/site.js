// The demo's language switch: the kit's elements follow <html lang>, so switching it
// switches every element at once. Kept in a file so the page runs under script-src 'self'.
const button = document.querySelector('.lang-switch');
const saved = localStorage.getItem('demo-lang');
if (saved === 'en' || saved === 'th') document.documentElement.lang = saved;
function label() {
  if (button) button.textContent = document.documentElement.lang === 'en' ? 'ภาษาไทย' : 'English';
}
label();
button?.addEventListener('click', () => {
  const next = document.documentElement.lang === 'en' ? 'th' : 'en';
  document.documentElement.lang = next;
  localStorage.setItem('demo-lang', next);
  label();
});
