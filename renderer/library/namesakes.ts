/**
 * Two boards of one title: the library shows two cards alike in every word, and a screen reader
 * hears two identical "Open Team A" buttons. An import beside a namesake says when it arrived
 * (share/importBoard.ts), a restored backup when it was saved; a rename in the library to another
 * board's title is refused, with the reason under the field (LibraryScreen).
 */
import { applyIntent } from '../../shared/commands';
import { createBlankBoard, type BoardId } from '../../shared/model';
import { isolatedInSentence } from '../../shared/text';
import { hasBoardTitled } from '../db/library';
import { shownBoard } from '../store/boardStore';

/**
 * Whether a board outside the trash, other than `except`, is called `title`. The open board by the
 * title it shows, and not by its stored one: a rename just made is in its journal until edits
 * pause, and the stored title is still the old one. An import asks before saving, so the new board
 * does not find itself. A failed look is no reason to refuse anything.
 */
export async function titleTaken(title: string, except: BoardId | null = null): Promise<boolean> {
  const open = shownBoard();
  const openId = open?.id ?? null;
  if (open && openId !== except && open.title === title) return true;
  return hasBoardTitled(title, [openId, except]).catch(() => false);
}

/**
 * `typed` as a board would hold it as its title (one line, trimmed, no bidirectional controls: the
 * board commands' rules, asked of them rather than copied); null if they would refuse it.
 */
export function asBoardTitle(typed: string): string | null {
  const result = applyIntent(createBlankBoard('' as BoardId, ''), { type: 'board/edit', patch: { title: typed } });
  return result.ok ? result.board.title : null;
}

/** Why a rename to `title` (as the board would hold it) is refused: another board has it. */
export const namesakeRefusal = (title: string) =>
  `Another board is already called “${isolatedInSentence(title)}”. Choose a title that tells the two apart in the library.`;
