/**
 * The print view's address and options: which board, which paper, which sections. One contract
 * for the renderer's print route, the desktop app's hidden PDF window and the tests, so all three
 * ask for the same page the same way. The board id travels in the URL hash; the page reads the
 * board from local storage itself (nothing else crosses the process boundary).
 */
import type { BoardId } from './model';
import { isOneOf } from './oneOf';

export type PaperSize = 'A4' | 'Letter';
export type Orientation = 'portrait' | 'landscape';
export type PrintSection = 'cover' | 'map' | 'health' | 'people';

export const PRINT_SECTIONS: readonly PrintSection[] = ['cover', 'map', 'health', 'people'];

export interface PrintOptions {
  readonly paper: PaperSize;
  readonly orientation: Orientation;
  /** In print order; at least one. */
  readonly sections: readonly PrintSection[];
}

export const DEFAULT_PRINT_OPTIONS: PrintOptions = { paper: 'A4', orientation: 'portrait', sections: PRINT_SECTIONS };

/**
 * Where Letter is the paper in the printer (CLDR's measurement data): the United States, Canada,
 * Mexico, the Philippines, Puerto Rico and much of Central and South America. A4 everywhere else.
 */
const LETTER_REGIONS: ReadonlySet<string> = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE']);

/**
 * The paper the PDF is offered on first, from the computer's language ("en-US", "fr-CA": Letter;
 * "en-GB", "de": A4). A language without a region stands for where it is most spoken ("en" is
 * the United States', "es" Spain's). A US facilitator was offered A4 and, not looking, handed out
 * A4 pages that a Letter printer shrinks or crops.
 */
export function paperFor(language: string | undefined): PaperSize {
  if (language === undefined || language === '') return DEFAULT_PRINT_OPTIONS.paper;
  try {
    const region = new Intl.Locale(language).maximize().region;
    return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
  } catch {
    // Not a language tag at all: the default.
    return DEFAULT_PRINT_OPTIONS.paper;
  }
}

export interface PrintRequest extends PrintOptions {
  readonly boardId: BoardId;
}

/**
 * How the print view is shown while it prints. `unseen`: nobody will ever look at the window (the
 * desktop app's hidden PDF window), so the document is laid out for paper only, never for the
 * screen: on the large board that spares the window laying 27,000 elements out for a screen no one
 * sees before printing, and Chromium two of its five whole-document layouts inside the print
 * request itself (one of them to lay the screen out again afterwards). A browser tab (the web
 * version's print flow, a test) shows the map on screen as well.
 */
export interface PrintAddress {
  readonly request: PrintRequest;
  readonly unseen: boolean;
}

/** "#print?board=…&paper=A4&orientation=portrait&sections=cover%2Cmap" (each value encoded), then "&window=unseen" when unseen. */
export function printHash(request: PrintRequest, { unseen = false }: { readonly unseen?: boolean } = {}): string {
  const params: [string, string][] = [
    ['board', request.boardId],
    ['paper', request.paper],
    ['orientation', request.orientation],
    ['sections', request.sections.join(',')],
  ];
  if (unseen) params.push(['window', 'unseen']);
  return `#print?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/** The print request in a location hash, or null when the hash is not a (valid) print address. */
export function parsePrintHash(hash: string): PrintRequest | null {
  return parsePrintAddress(hash)?.request ?? null;
}

/** The print request in a location hash and how it is shown, or null when the hash is not a (valid) print address. */
export function parsePrintAddress(hash: string): PrintAddress | null {
  if (!hash.startsWith('#print?')) return null;
  const params = new Map<string, string>();
  for (const pair of hash.slice('#print?'.length).split('&')) {
    const [key = '', value = ''] = pair.split('=');
    try {
      params.set(key, decodeURIComponent(value));
    } catch {
      return null;
    }
  }
  const boardId = params.get('board');
  const paper = params.get('paper');
  const orientation = params.get('orientation');
  const sections = (params.get('sections') ?? '').split(',').filter((s) => isOneOf(PRINT_SECTIONS, s));
  if (!boardId || boardId.length > 200) return null;
  if (paper !== 'A4' && paper !== 'Letter') return null;
  if (orientation !== 'portrait' && orientation !== 'landscape') return null;
  if (sections.length === 0) return null;
  return {
    request: { boardId: boardId as BoardId, paper, orientation, sections: PRINT_SECTIONS.filter((s) => sections.includes(s)) },
    unseen: params.get('window') === 'unseen',
  };
}
