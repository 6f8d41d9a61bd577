/**
 * The print view's address and options: which board, which paper, which sections. One contract
 * for the renderer's print route, the desktop app's hidden PDF window and the tests, so all three
 * ask for the same page the same way. The board id travels in the URL hash; the page reads the
 * board from local storage itself (nothing else crosses the process boundary).
 */
import type { BoardId } from './model';

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

export interface PrintRequest extends PrintOptions {
  readonly boardId: BoardId;
}

/** "#print?board=…&paper=A4&orientation=portrait&sections=cover,map" */
export function printHash(request: PrintRequest): string {
  const params: [string, string][] = [
    ['board', request.boardId],
    ['paper', request.paper],
    ['orientation', request.orientation],
    ['sections', request.sections.join(',')],
  ];
  return `#print?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/** The print request in a location hash, or null when the hash is not a (valid) print address. */
export function parsePrintHash(hash: string): PrintRequest | null {
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
  const sections = (params.get('sections') ?? '').split(',').filter((s): s is PrintSection => (PRINT_SECTIONS as readonly string[]).includes(s));
  if (!boardId || boardId.length > 200) return null;
  if (paper !== 'A4' && paper !== 'Letter') return null;
  if (orientation !== 'portrait' && orientation !== 'landscape') return null;
  if (sections.length === 0) return null;
  return { boardId: boardId as BoardId, paper, orientation, sections: PRINT_SECTIONS.filter((s) => sections.includes(s)) };
}
