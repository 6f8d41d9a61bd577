/**
 * How tall an outcome's card (or the parking lot's) comes out on paper, worked out from its text
 * alone, without laying anything out: the desktop's PDF window lays the map out for paper only
 * (nothing to measure before the print request), and the large board prints 1,500 rows. A card
 * is told by its height whether it may run onto the next page under a running head (PrintMap.tsx),
 * not by how many activities it has: ten activities with titles of three lines, under a long
 * description, made a card taller than a page that broke anyway, its second page rows with no
 * outcome named above them.
 *
 * The figures are print.css's, in millimetres, and the bundled DejaVu Sans's letters are on average
 * 0.55 of the type size wide (0.62 in bold). Checked against the laid-out print view (sample,
 * large and long-text boards, A4 portrait and Letter landscape): within 10 %, mostly above. It only
 * has to be right on one side: a card taller than a page (180 mm at the least) must come out at
 * LONG_CARD_MM or more, which leaves room for an estimate a quarter short. A card taken for a long
 * one by mistake merely breaks where the page ends, as a list of 15 activities always has.
 */
import type { Orientation, PaperSize } from '../../shared/print';
import { PAGE_MARGIN_MM } from './pageRule';

const PT = 25.4 / 72;
/** Line height 1.35 (print.css .print), in mm for a type size in pt. */
const line = (pt: number) => pt * 1.35 * PT;
/** A letter's average width, in mm, at the type size `pt`. */
const letter = (pt: number, bold = false) => pt * PT * (bold ? 0.62 : 0.55);

/**
 * From this height on, a card may run onto the next page under a running head, however few its
 * activities (mayBreak: its notes break too). About the height
 * of a card with 15 one-line activities, which were the long ones before; well under the shortest
 * column of any paper (A4 landscape, 180 mm), so a card taller than a page is always above it.
 */
export const LONG_CARD_MM = 135;

/** The sheet's width and height in mm, as it is turned. */
function sheetMm(paper: PaperSize, orientation: Orientation): { readonly width: number; readonly height: number } {
  const [short, long] = paper === 'A4' ? [210, 297] : [215.9, 279.4];
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** The width of the map's column: the page between its margins (pageRule.ts), or half of it in landscape. */
export function columnWidthMm(paper: PaperSize, orientation: Orientation): number {
  const page = sheetMm(paper, orientation).width - 2 * PAGE_MARGIN_MM.side;
  return orientation === 'landscape' ? (page - 7) / 2 : page;
}

/** The height of the map's column: the page between its top and bottom margins (pageRule.ts). */
export function columnHeightMm(paper: PaperSize, orientation: Orientation): number {
  return sheetMm(paper, orientation).height - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom;
}

/**
 * A list broken by a page keeps two rows at least on each side (print.css), so a list of fewer
 * than four is never split: such a card moves whole whatever it is told.
 */
export const FEWEST_ROWS_TO_SPLIT = 4;

/**
 * Whether a card may run onto the next page (or column) under a running head, rather than move
 * there whole. A card moved whole leaves blank the rest of the page it did not fit on, up to its own
 * height: a card of 12 activities (a third of an A4 page) left a third of page 1 empty. So a card
 * may break when it is taller than a third of the column and its list can be split (four rows or
 * more); a shorter one is kept whole, to be cut out and pinned up, and leaves at most a third
 * blank. (A quarter split nearly every card of four activities or more, each then under a running
 * head that repeats the card's name above its list.) A card taller than a page breaks in any case
 * (LONG_CARD_MM), its notes too.
 */
export function mayBreak(card: CardText, widthMm: number, heightMm: number): boolean {
  const height = cardHeightMm(card, widthMm);
  return height >= LONG_CARD_MM || (card.rows.length >= FEWEST_ROWS_TO_SPLIT && height > heightMm / BREAKABLE_SHARE);
}

/** A card taller than this share of the column (a third) may break between its rows. */
const BREAKABLE_SHARE = 3;

/** Letters of a text as they take room: a wide (East Asian, emoji) character counts two. */
function units(text: string): number {
  let count = 0;
  for (const char of text) count += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return count;
}

/** How many lines `text` takes in `widthMm` at `pt` (each of its own lines at least one). */
export function linesOf(text: string, widthMm: number, pt: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(widthMm / letter(pt, bold)));
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(units(part) / perLine)), 0);
}

/** What a card prints: its title, its facts (one text each), its notes and its activities' rows. */
export interface CardText {
  readonly title: string;
  readonly facts: readonly string[];
  readonly alarm: boolean;
  readonly notes: string;
  readonly rows: readonly { readonly title: string; readonly who: string }[];
}

/** The width inside a card in a column `columnMm` wide: less its borders (2 × 0.3) and padding (2 × 4). */
const insideOf = (columnMm: number) => columnMm - 8.6;

/** The lines a card's notes take in their box (its 0.8 mm rule and 2.5 mm padding each side less). */
const notesLines = (notes: string, columnMm: number) => linesOf(notes, insideOf(columnMm) - 5.8, 9.5);

/** The card's estimated height in mm, margin below included, in a column `columnMm` wide. */
export function cardHeightMm(card: CardText, columnMm: number): number {
  // Borders (1.6 + 0.3), padding (2 × 3.5) and the 5 mm between cards.
  const inside = insideOf(columnMm);
  let height = 1.9 + 7 + 5;
  // The title, and its tags on a line of their own when they do not fit beside it.
  height += linesOf(card.title, inside, 12, true) * line(12) + 5 + 2;
  // Each fact in its column beside the 20 mm term, 1 mm apart; 2 mm under them.
  for (const fact of card.facts) height += linesOf(fact, inside - 22, 9.5) * line(9.5) + 1;
  height += 2;
  if (card.alarm) height += line(9.5) + 2.8 + 2;
  if (card.notes.trim() !== '') height += notesLines(card.notes, columnMm) * line(9.5) + 3 + 2;
  // "Activities (2 of 5 done)" over its rule.
  height += 2.5 + 2 + line(9.5) + 1;
  if (card.rows.length === 0) return height + line(9.5);
  for (const row of card.rows) {
    // The names take what they need up to 60 mm, the title the rest beside the 4.5 mm tick box.
    const who = Math.min(60, units(row.who) * letter(8.5) + 1);
    const lines = Math.max(linesOf(row.title, inside - 8.5 - who, 9.5) * line(9.5), linesOf(row.who, who, 8.5) * line(8.5));
    height += lines + 0.6;
  }
  return height;
}
