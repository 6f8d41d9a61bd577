/**
 * Text cut and counted as people see it: by graphemes (an accent stays with its letter, an emoji
 * family is one character, a surrogate pair is never split), measured in whatever unit a limit is
 * counted in — UTF-16 code units for the model's LIMITS, UTF-8 bytes for file names.
 */

// Made once: a segmenter is costly to create, and an import can cut text for thousands of items.
let segmenter: Intl.Segmenter | undefined;

/** The characters of `text` as a person sees them, in order. */
export function* graphemesOf(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) yield segment;
}

/** The first `count` characters of `text` as a person sees them. */
export function firstGraphemes(text: string, count: number): string[] {
  const found: string[] = [];
  if (count <= 0) return found;
  if (asciiGraphemes(text, count)) return Array.from(text.slice(0, count));
  for (const grapheme of graphemesOf(text)) {
    found.push(grapheme);
    if (found.length === count) break;
  }
  return found;
}

/**
 * Whether each of the first `count` characters of `text` (all of it, if shorter) is an ASCII
 * character that is a grapheme on its own: what follows it is ASCII too, or nothing (only a
 * character beyond ASCII can join the one before it), and it is not a CR before an LF (the one
 * pair of ASCII characters that is one grapheme). Then they need no segmenter, whose iterator
 * costs more than the rest of reading a name (an import of 5,000 people makes 5,000 initials).
 */
function asciiGraphemes(text: string, count: number): boolean {
  const end = Math.min(count, text.length);
  for (let i = 0; i < end; i++) {
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (text.charCodeAt(i) >= 0x80 || next >= 0x80 || (text[i] === '\r' && next === 0x0a)) return false;
  }
  return true;
}

/** Size of `text` in UTF-8 bytes, without encoding it (a lone surrogate is written as U+FFFD: 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The longest start of `text` whose `size` is at most `max`, ending between two graphemes. */
function cutBy(text: string, max: number, size: (part: string) => number): string {
  let used = 0;
  let end = 0;
  for (const grapheme of graphemesOf(text)) {
    used += size(grapheme);
    if (used > max) return text.slice(0, end);
    end += grapheme.length;
  }
  return text;
}

/** The longest start of `text` that is at most `max` UTF-16 code units (what LIMITS counts). */
export function cutToUnits(text: string, max: number): string {
  return text.length <= max ? text : cutBy(text, max, (part) => part.length);
}

/** The longest start of `text` that is at most `maxBytes` of UTF-8 (what file systems count). */
export function cutToBytes(text: string, maxBytes: number): string {
  // Every UTF-16 unit is at most 3 bytes of UTF-8: short text needs no counting.
  return text.length * 3 <= maxBytes ? text : cutBy(text, maxBytes, utf8Length);
}

// Control characters (C0, DEL and C1) but the tab, which can be pasted into a field. A run of
// them ("\r\n") becomes one space; the spaces around it are left alone, because a pattern that
// also ate those would take quadratic time on a hostile line of spaces.
// eslint-disable-next-line no-control-regex
const CONTROL_RUNS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]+/gu;

/**
 * Single-line text as a one-line field holds it: trimmed, and a line break (or NUL, or any other
 * control character) made a space. Titles, names, roles, metric, unit and period are one line;
 * purpose and notes may have several.
 */
export function asOneLine(text: string): string {
  return text.replace(CONTROL_RUNS, ' ').trim();
}

/**
 * The bidirectional controls (Unicode's Bidi_Control: the embeddings and overrides U+202A–U+202E, the
 * isolates U+2066–U+2069, the marks U+200E, U+200F and U+061C). None of them is seen, and each can
 * make text read differently from what it holds (the "Trojan Source" trick), as Chromium shows it:
 * - an override reverses what follows it: "Board [RLO]gnp.exe" reads "Board exe.png";
 * - isolates reorder whole words, Latin letters alone: "Pay [RLI][LRI]Alice[PDI] [LRI]100[PDI] [LRI]Bob[PDI][PDI]" reads "Pay Bob 100 Alice";
 * - a mark reorders numbers: "Target [RLM]10 [RLM]20 [RLM]30" reads "Target 30 20 10".
 * So all of them, not only the embeddings and overrides, are taken out of what is written on a
 * board (shared/commands for typing and pasting, shared/format for an imported file). The price:
 * a right-to-left writer's mark that placed a "%" or a "!" is lost. Their letters are kept, and the
 * app shows each text in its own direction (<bdi>, dir="auto"), which places most of them anyway.
 */
const BIDI_CONTROLS = /\p{Bidi_Control}/gu;

/** `text` without its bidirectional controls (see BIDI_CONTROLS), and how many there were. */
export function withoutBidiControls(text: string): { readonly text: string; readonly removed: number } {
  const found = text.match(BIDI_CONTROLS);
  return found === null ? { text, removed: 0 } : { text: text.replace(BIDI_CONTROLS, ''), removed: found.length };
}

/**
 * Half of a surrogate pair on its own (U+D800–U+DFFF unpaired). JavaScript strings can hold one
 * (a file may write "\ud800", a clipboard may carry one), but it is no character: it shows as a
 * box or nothing, UTF-8 cannot write it (an encoder writes U+FFFD, so a PDF or a CSV differed from
 * the board), and it is counted so in utf8Length. With the u flag a whole pair reads as one code
 * point, so only a half on its own is a Surrogate here.
 */
const LONE_SURROGATES = /\p{Surrogate}/gu;

/**
 * `text` with each lone surrogate made U+FFFD "�", as an encoder would write it, and how many there
 * were: what a board shows, stores and exports is then one text. (String.prototype.toWellFormed
 * does the same, but it is ES2024, past the lib this code is checked against.)
 */
export function withoutLoneSurrogates(text: string): { readonly text: string; readonly replaced: number } {
  const found = text.match(LONE_SURROGATES);
  return found === null ? { text, replaced: 0 } : { text: text.replace(LONE_SURROGATES, '\ufffd'), replaced: found.length };
}

/**
 * Any text as the app holds it, typed, pasted or read from a file (shared/commands, the importer):
 * each half of a surrogate pair on its own made "�" (withoutLoneSurrogates), then every
 * bidirectional control taken out (withoutBidiControls), with how many of each for the importer's
 * warnings. Halves first: a control taken out from between two halves would have joined them into
 * a character no one wrote.
 */
export function asHeldText(text: string): { readonly text: string; readonly replaced: number; readonly removed: number } {
  const whole = withoutLoneSurrogates(text);
  const visible = withoutBidiControls(whole.text);
  return { text: visible.text, replaced: whole.replaced, removed: visible.removed };
}

/**
 * Multi-line text (the board's purpose, an outcome's notes) without blank lines before it or spaces
 * and line breaks after it: a trailing Enter showed as an empty line under the title, in Present and
 * on the PDF's cover, or at the foot of a card's notes. The lines between, and the indent of the
 * first, are the author's layout and stay.
 */
export function withoutBlankEdges(text: string): string {
  // Anchored, and each line's spaces end at its line break: linear even on a hostile run of spaces.
  return text.replace(/^(?:[^\S\n]*\n)+/u, '').trimEnd();
}

// What is left when nothing can be seen: spaces, format characters (a lone joiner, a zero-width
// space), variation selectors with nothing to vary, and the letters that are drawn blank (Hangul
// fillers, Khmer's inherent vowels, the blank Braille pattern).
const NOTHING_TO_SEE = /^(?:[\s\p{Cf}\p{Variation_Selector}\u115f\u1160\u3164\uffa0\u2800]|\u17b4|\u17b5)*$/u;

/** Whether nothing of `text` can be seen: a label made of it would be blank. */
export const showsNothing = (text: string): boolean => NOTHING_TO_SEE.test(text);

/**
 * Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and the others of U+0590–U+08FF, their
 * presentation forms, the historic scripts of U+10800–U+10FFF and U+1E800–U+1EFFF) and the
 * bidirectional controls (marks, embeddings, overrides, isolates).
 */
const BIDI_SENSITIVE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * A person's text to be put inside a sentence of ours ("Leo Fischer owns no outcome."), isolated
 * (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, neither shown nor read out) when it holds
 * anything that could reorder the sentence around it: right-to-left letters (an Arabic title ending
 * in "20%" carried its "%" off) or a bidirectional control (an unclosed override turned the rest of
 * the sentence backwards). Left-to-right text is returned as it is: it cannot reorder an English
 * sentence, and the sentences stay plain for search, tests and copying.
 */
export function isolatedInSentence(text: string): string {
  return BIDI_SENSITIVE.test(text) ? isolate(text) : text;
}

/**
 * A person's text inside a sentence or a line of ours (a notice, the PDF's footer), isolated as
 * <bdi> isolates it on a page: its right-to-left letters, or a bidirectional control in it, then
 * reorder only itself. (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: not shown, not read out.)
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/**
 * What a search also sets aside, as it does the Latin accents: the vowel marks of Arabic (harakat,
 * and the tatweel that only stretches a word) and the points and cantillation of Hebrew, which
 * most text leaves out ("محمد" found no "مُحَمَّد"); and the characters that are not seen (a soft
 * hyphen pasted from a web page, a zero-width space, the joiners: \p{Cf}).
 */
// Marks on their own, each taken out by itself: what the rule warns of (a mark read as part of a
// letter before it) is the point here.
// eslint-disable-next-line no-misleading-character-class
const MARKS_SEARCH_IGNORES = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\p{Cf}]/gu;

/**
 * Text as a search compares it: accents, case and spacing aside, so "revenue" finds "Révenue",
 * "istanbul" finds "İstanbul" (whose lower case is an i with a combining dot), "strasse" finds
 * "Straße". Only the accents of the Latin, Greek and Cyrillic letters (U+0300–U+036F) go, and the
 * marks above (MARKS_SEARCH_IGNORES): the vowel signs of Devanagari or the voicing marks of kana
 * are letters of their own, not accents.
 * Locale-independent lower case: under a Turkish locale "I" would become a dotless "ı" and no
 * longer match the "i" the person typed.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(MARKS_SEARCH_IGNORES, '')
    .toLowerCase()
    .replace(/ı/gu, 'i')
    .replace(/ß/gu, 'ss')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** "1 activity", "7 activities": a count and its noun. */
export const counted = (count: number, one: string, many: string): string => `${String(count)} ${count === 1 ? one : many}`;

/**
 * "Maya Chen, Leo Fischer and Ana Ruiz": people's text listed inside a sentence of ours, each
 * isolated (isolatedInSentence), in quotes when `quoted`; past `most` of them, "… and 4 more". One
 * past `most` is named: "and 1 more" took the room of its name and left a reader of the PDF, who
 * cannot open the list, to guess it. `notes[i]`, if given, follows item i ("Churn (nobody owns
 * it)"): our words, so outside its isolation and quotes, where a right-to-left title can't take
 * them into its own direction.
 */
export function listInSentence(
  items: readonly string[],
  options: { readonly quoted?: boolean; readonly most?: number; readonly notes?: readonly string[] } = {},
): string {
  const most = options.most !== undefined && items.length > options.most + 1 ? options.most : items.length;
  const named = items.slice(0, most).map((item, index) => {
    const text = options.quoted === true ? `“${isolatedInSentence(item)}”` : isolatedInSentence(item);
    const note = options.notes?.[index] ?? '';
    return note === '' ? text : `${text} ${note}`;
  });
  const more = items.length - named.length;
  if (more > 0) return `${named.join(', ')} and ${String(more)} more`;
  return named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`;
}
