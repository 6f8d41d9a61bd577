/**
 * Which outcome cards may run onto the next page under a running head (renderer/print/cardHeight.ts):
 * those about as tall as a card of 15 one-line activities or taller, however few their activities.
 */
import { describe, expect, it } from 'vitest';
import { cardHeightMm, columnHeightMm, columnWidthMm, LONG_CARD_MM, mayBreak, type CardText } from '../../renderer/print/cardHeight';

const A4_PORTRAIT = columnWidthMm('A4', 'portrait');
const LETTER_LANDSCAPE = columnWidthMm('Letter', 'landscape');

function card(rows: number, { title = 'Run the campaign', notes = '' } = {}): CardText {
  return {
    title: 'Outbound pipeline',
    facts: ['20 qualified opportunities per month', '14 of 20 (not met yet)', 'Maya Chen · Head of Sales', '✓ Decides how ✓ Prioritises resources ✓ Chooses approaches'],
    alarm: false,
    notes,
    rows: Array.from({ length: rows }, () => ({ title, who: 'Leo Fischer' })),
  };
}

describe('an outcome card’s height on paper', () => {
  it('a card of 15 one-line activities is long, as before, and one of 14 is not (in landscape, where the authority takes two lines, of 13)', () => {
    expect(cardHeightMm(card(15), A4_PORTRAIT)).toBeGreaterThanOrEqual(LONG_CARD_MM);
    expect(cardHeightMm(card(14), A4_PORTRAIT)).toBeLessThan(LONG_CARD_MM);
    expect(cardHeightMm(card(15), LETTER_LANDSCAPE)).toBeGreaterThanOrEqual(LONG_CARD_MM);
    expect(cardHeightMm(card(13), LETTER_LANDSCAPE)).toBeLessThan(LONG_CARD_MM);
  });

  it('ten activities of three lines under a long description make a long card', () => {
    const title = 'Call back every lead from the spring campaign that has not answered yet and write down why, '.repeat(2);
    const notes = 'The room agreed that this outcome is measured every month by the whole leadership team. '.repeat(28);
    expect(cardHeightMm(card(10, { title, notes }), A4_PORTRAIT)).toBeGreaterThan(200);
    expect(cardHeightMm(card(3), A4_PORTRAIT)).toBeLessThan(100);
  });

  it('counts a line of Japanese, whose letters are twice as wide, as taking twice the room', () => {
    const latin = cardHeightMm(card(1, { notes: 'a'.repeat(600) }), A4_PORTRAIT);
    const wide = cardHeightMm(card(1, { notes: 'あ'.repeat(600) }), A4_PORTRAIT);
    expect(wide).toBeGreaterThan(latin + 15);
  });

  it('a landscape column is narrower than a portrait page, so the same card is taller there', () => {
    expect(LETTER_LANDSCAPE).toBeLessThan(A4_PORTRAIT);
    expect(cardHeightMm(card(8, { title: 'Run the campaign across every region and channel we sell through' }), LETTER_LANDSCAPE)).toBeGreaterThan(
      cardHeightMm(card(8, { title: 'Run the campaign across every region and channel we sell through' }), A4_PORTRAIT),
    );
  });

  it('a card taller than a third of the page may break between its rows, so moved whole it would not leave a third of a page blank; one of three rows or fewer is kept whole', () => {
    const a4 = columnHeightMm('A4', 'portrait');
    const landscape = columnHeightMm('Letter', 'landscape');
    expect(a4).toBe(267);
    expect(landscape).toBeCloseTo(185.9);
    // Was kept whole (under LONG_CARD_MM): a third of an A4 page, and as much left blank above it.
    expect(cardHeightMm(card(12), A4_PORTRAIT)).toBeLessThan(LONG_CARD_MM);
    expect(mayBreak(card(12), A4_PORTRAIT, a4)).toBe(true);
    expect(mayBreak(card(6), LETTER_LANDSCAPE, landscape)).toBe(true);
    // Two rows must stay on each side of a break: three cannot be split, however tall the card.
    expect(mayBreak(card(3), A4_PORTRAIT, a4)).toBe(false);
    expect(mayBreak(card(3), LETTER_LANDSCAPE, landscape)).toBe(false);
    expect(mayBreak(card(0), A4_PORTRAIT, a4)).toBe(false);
    // Taller than a page on its notes alone: it breaks anyway (its notes under the running head).
    expect(mayBreak(card(1, { notes: 'The room agreed that this outcome is measured every month. '.repeat(60) }), A4_PORTRAIT, a4)).toBe(true);
  });
});
