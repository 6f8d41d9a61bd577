/* global document -- a page's script, run in the browser (localStorage is a global Node knows too). */
// The theme chosen in the app, set on <html> before the stylesheet applies and anything is drawn.
// A classic script, not a module: it runs as the page's head is read, where the app's module runs
// only once the whole bundle is loaded, and a window opened on Dark showed the light canvas for
// ~75 ms first (six frames). The rest is renderer/app/theme.ts's, which keeps the choice under this
// key; test/renderer/theme.test.tsx checks the two agree. System (nothing kept) is left to the
// computer's scheme, which the stylesheet follows by itself.
try {
  const choice = localStorage.getItem('ownership-board.theme');
  if (choice === 'light' || choice === 'dark') document.documentElement.setAttribute('data-theme', choice);
} catch {
  // Storage refused to the page: the computer's scheme, as for System.
}
