/**
 * The page's first script, inline in index.html's head (vite.config.ts puts it there, the CSP
 * allows it by its hash: shared/csp.ts): the theme chosen in the app set on <html> before the
 * first frame, as the app's bundle is still loading. The app's module runs later (~75 ms, six
 * frames), and a window opened on Dark showed the light canvas first. The key is shared/theme.ts's;
 * test/renderer/theme.test.tsx checks the values kept and read agree. System (nothing kept) is
 * left to the computer's scheme, which the stylesheet follows by itself; storage refused to the
 * page is System too. Inline, not a file of its own: a file was one more request the page's
 * parser waited on before anything could be drawn.
 */
import { THEME_KEY } from './theme';

export const THEME_BOOT_SCRIPT = `try{var c=localStorage.getItem('${THEME_KEY}');if(c==='light'||c==='dark')document.documentElement.setAttribute('data-theme',c)}catch(e){}`;
