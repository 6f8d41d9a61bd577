/**
 * Imported first by main.tsx: its body runs before the rest of the app's code is evaluated, so the
 * board that was open last is already being read while React and the board load (earlyRead.ts).
 * The print view reads its own board. The theme chosen in the app, already shown by the page's
 * first script (shared/themeBoot.ts, inline), is followed from here (theme.ts); the print view is light
 * whatever it is (print.css).
 */
import { startEarlyRead } from './db/earlyRead';
import { startTheme } from './app/theme';

startTheme();

/** The page opens on a print address (`#print?…`): the print view reads its own board. */
export const startsOnPrintView = location.hash.startsWith('#print');

if (!startsOnPrintView) startEarlyRead();
