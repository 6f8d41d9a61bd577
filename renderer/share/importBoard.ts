/**
 * Importing an ownership map, however the file arrives: the Import control, a file dropped on the
 * window, the native menu, or the OS opening a file with the app. One flow for all of them:
 * untrusted text -> shared/format's parseBoardFile -> a NEW board saved and shown. Nothing
 * existing is ever overwritten; every refusal is shown as an alert a person must dismiss, and the
 * board on screen stays as it was.
 */
import { parseBoardFile } from '../../shared/format';
import { titleWithSuffix, type Board } from '../../shared/model';
import type { OpenFileResult } from '../../shared/ipc';
import { counted, isolatedInSentence } from '../../shared/text';
import { notify, type NoticeOptions } from '../app/notices';
import { otherVersionsOf, type MapVersion } from '../db/library';
import { getBridge } from '../platform/bridge';
import { shownBoard, useBoardStore } from '../store/boardStore';
import { useUiStore } from '../store/uiStore';
import { useShareStore } from './shareStore';
import { formatMoment } from '../library/dates';
import { titleTaken } from '../library/namesakes';

export type ImportOutcome = 'imported' | 'refused' | 'busy';

/**
 * Resolves once the store is no longer opening the startup board. An import that lands while the
 * startup board is still loading would be overwritten on screen by it a moment later.
 */
export function whenBoardSettled(): Promise<void> {
  if (useBoardStore.getState().load.status !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = useBoardStore.subscribe((state) => {
      if (state.load.status !== 'loading') {
        unsubscribe();
        resolve();
      }
    });
  });
}

function refuse(fileName: string | null, message: string, path?: string): ImportOutcome {
  // Shown even when the message names the place: the path is exact, for whoever opens the file.
  const report = path === undefined ? {} : { path };
  useShareStore.getState().showReport({ kind: 'import-failed', fileName, message, ...report });
  return 'refused';
}

/** Tries at most this many numbered titles ("…, 2)") before taking the last. */
const MOST_NUMBERED = 20;

/**
 * The " (imported …)" this app puts at the end of a title, as titleBesideNamesakes writes it (one
 * or more, as versions before this one stacked them): a date with its year (four digits in any
 * locale's calendar), " at ", a time, and maybe ", 2". Only that: a title's own brackets ("Team A
 * (sample)", "Budget (imported goods)") are the person's. Always after a space, which a title,
 * stored trimmed, never starts with: a title that is nothing but a stamp is kept whole, having
 * nothing else to be known by.
 */
const IMPORTED_STAMPS = /(?: \(imported [^()]*\p{Nd}{4}[^()]* at [^()]*\p{Nd}[^()]*\))+$/u;

/**
 * `title` without the stamp an earlier import gave it, so a copy of an imported board, exported
 * and imported again, says when it arrived this time ("Team A (imported 15 Mar 2026 at 09:00)"),
 * not both times one after the other.
 */
export const withoutImportedStamps = (title: string): string => title.replace(IMPORTED_STAMPS, '');

/**
 * The title the imported board gets: the file's, unless a board of that title is here already (your
 * own board, sent back; the same file imported twice). Then it says when it arrived, "Team A
 * (imported 14 Mar 2026 at 10:15)", as the library writes times in this computer's locale ("Mar 14,
 * 2026 at 10:15 AM" in the US), numbered if even that is taken, so the library's two cards (and
 * their "Open …" buttons) can be told apart. A title stamped so by an earlier import gets this
 * import's stamp in place of that one. The file is never changed.
 */
async function titleBesideNamesakes(fileTitle: string, now: string): Promise<string> {
  if (!(await titleTaken(fileTitle))) return fileTitle;
  const stamp = formatMoment(now);
  const base = withoutImportedStamps(fileTitle);
  let title = titleWithSuffix(base, ` (imported ${stamp})`);
  for (let n = 2; n <= MOST_NUMBERED && (await titleTaken(title)); n++) title = titleWithSuffix(base, ` (imported ${stamp}, ${String(n)})`);
  return title;
}

/**
 * The import's notice, and, when the library holds another version of the same map (the board that
 * was sent to a team, which sent this file back: shared/model sameMap), that it is one, with a button
 * that opens the History on what changed from that version to this board. Nothing told the
 * facilitator what the team had changed: they opened the two boards and compared them card by
 * card. The board to compare with is the one the map was first made as, else the most recently
 * changed version (otherVersionsOf); the History lists every one. Unreadable, the notice says
 * what it said before.
 */
function withVersionsOfMap(imported: string, board: Board, versions: readonly MapVersion[]): { readonly message: string; readonly options?: NoticeOptions } {
  const [version] = versions;
  const shown = shownBoard();
  if (version === undefined || shown?.id !== board.id) return { message: imported };
  const others = versions.length === 1 ? '' : ` (and ${counted(versions.length - 1, 'other board', 'other boards')}: the History lists them)`;
  const title = isolatedInSentence(version.title);
  return {
    message: `${imported} It is another version of the same map as “${title}”${others}.`,
    options: {
      action: {
        label: `Compare with “${title}”`,
        offeredWhile: shown,
        run: () => {
          useUiStore.getState().openHistory(version.id);
        },
      },
    },
  };
}

/** Imports file text as a new board and shows it; or says why not and changes nothing. */
export async function importBoardText(fileName: string, text: string): Promise<ImportOutcome> {
  const share = useShareStore.getState();
  if (share.importing) {
    notify('An import is already running. Try again in a moment.');
    return 'busy';
  }
  share.setImporting(true);
  try {
    await whenBoardSettled();
    const now = new Date().toISOString();
    const result = parseBoardFile(text, { newId: () => crypto.randomUUID(), now });
    if (!result.ok) return refuse(fileName, result.error.message, result.error.path);
    const fileTitle = result.board.title;
    const title = await titleBesideNamesakes(fileTitle, now);
    const board = title === fileTitle ? result.board : { ...result.board, title };
    // Read before the board is shown, so the notice comes with it (never on an edit's path).
    const versions = await otherVersionsOf(board).catch(() => []);
    const saved = await useBoardStore.getState().openNew(board, { imported: true });
    if (!saved.ok && saved.stored !== true) {
      return refuse(fileName, saved.unsavedHere ? `The file was not imported. ${saved.message}` : `The imported board could not be saved: ${saved.message}`);
    }
    if (saved.ok) {
      // The new board is shown on the board view (also from the library), where a person looks for it.
      const ui = useUiStore.getState();
      if (ui.screen !== 'board') ui.setScreen('board');
      ui.setView('board');
      // The titles isolated: a right-to-left override in the file's title turned the rest of the
      // sentence backwards ("…degnahcnu era sdraob rehto ruoY").
      const imported =
        title === fileTitle
          ? `Imported “${isolatedInSentence(fileTitle)}” as a new board. Your other boards are unchanged.`
          : `Imported “${isolatedInSentence(fileTitle)}” as “${isolatedInSentence(title)}”, a new board beside your own of that name, which is unchanged.`;
      const { message, options } = withVersionsOfMap(imported, board, versions);
      notify(message, options);
    } else {
      // Imported into the library, not opened: the board on screen holds a change not saved.
      notify(saved.message, { tone: 'error' });
    }
    if (result.warnings.length > 0) {
      useShareStore.getState().showReport({ kind: 'import-warnings', from: 'file', fileName, boardTitle: title, warnings: result.warnings, count: result.warningCount });
    }
    return 'imported';
  } catch (error) {
    // parseBoardFile never throws; this is storage or a bug. Still a sentence, never a crash.
    return refuse(fileName, `The file could not be imported: ${error instanceof Error ? error.message : 'an unexpected error'}.`);
  } finally {
    useShareStore.getState().setImporting(false);
  }
}

/** What opening (or dropping) a file gave: imports it, reports a failure, ignores a cancel. */
export async function importOpenedFile(opened: OpenFileResult): Promise<ImportOutcome | 'cancelled'> {
  if (opened.status === 'cancelled') return 'cancelled';
  if (opened.status === 'failed') return refuse(opened.name ?? null, opened.message);
  return importBoardText(opened.name, opened.text);
}

/** The Import control and the menu's Import…: choose a file, then import it. */
export async function importFromPicker(): Promise<ImportOutcome | 'cancelled'> {
  let opened: OpenFileResult;
  try {
    opened = await getBridge().openFile({ kinds: ['json'] });
  } catch {
    opened = { status: 'failed', message: 'The file could not be opened.' };
  }
  return importOpenedFile(opened);
}
