/**
 * How the board is being looked at (not what it says): zoom, presentation mode, which view, and
 * which outcome was just pointed to from the health panel. Never saved with the board.
 */
import { create } from 'zustand';
import type { BoardId } from '../../shared/model';

export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;
export const MIN_ZOOM = 0.4;
export const MAX_ZOOM = 2;

export type BoardView = 'board' | 'people';
/** The library (home screen) or the open board. */
export type Screen = 'board' | 'library';

interface UiState {
  readonly zoom: number;
  readonly presenting: boolean;
  /** While presenting: the zoom at the desk before, put back when the presentation ends. */
  readonly deskZoom: number | null;
  readonly view: BoardView;
  readonly highlighted: string | null;
  /**
   * Counts the requests to highlight an outcome. A card scrolls itself into view when this changes
   * while it is the highlighted one, not only when it becomes highlighted: a second finding about
   * the outcome already highlighted (within its 2.5 s) sets the same id, and the card, scrolled
   * away from meanwhile, stayed where it was while its heading took focus off the screen.
   */
  readonly highlightRequest: number;
  readonly screen: Screen;
  /**
   * Whether the board's people list is shown (PeopleTray.tsx). Hidden, the parking lot and the
   * health check beside the outcomes come up under the People heading: at 1366 × 768, under 15
   * people, the parking lot began 1,700 px down, and each activity dragged from it to an outcome at
   * the top rode the window's edge all the way up.
   */
  readonly peopleShown: boolean;
  readonly setPeopleShown: (shown: boolean) => void;
  /**
   * The board's History dialog, when open; `compareWith`: another version of the map whose changes
   * it opens with, shown and focused (the import notice's "Compare with …"). Here, not in the
   * board screen, so that a notice can open it.
   */
  readonly history: { readonly compareWith: BoardId | null } | null;
  readonly openHistory: (compareWith?: BoardId) => void;
  readonly closeHistory: () => void;
  readonly setScreen: (screen: Screen) => void;
  readonly setZoom: (zoom: number) => void;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly setPresenting: (presenting: boolean) => void;
  readonly setView: (view: BoardView) => void;
  readonly highlight: (id: string | null) => void;
}

const clamp = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom * 100) / 100));

/**
 * Presenting, or not. The zoom chosen for the wall (Zoom to fit, often 40–60 % on a projector) is
 * the wall's: the board at the desk comes back at the zoom it had, where it stayed too small to
 * read, and only Ctrl+0 or the − and + buttons brought it back.
 */
function presentingState(state: UiState, presenting: boolean): Pick<UiState, 'presenting' | 'zoom' | 'deskZoom'> {
  if (presenting === state.presenting) return { presenting, zoom: state.zoom, deskZoom: state.deskZoom };
  return presenting ? { presenting, zoom: state.zoom, deskZoom: state.zoom } : { presenting, zoom: state.deskZoom ?? state.zoom, deskZoom: null };
}

export const useUiStore = create<UiState>()((set, get) => ({
  zoom: 1,
  presenting: false,
  deskZoom: null,
  view: 'board',
  highlighted: null,
  highlightRequest: 0,
  screen: 'board',
  peopleShown: true,
  setPeopleShown: (peopleShown) => {
    set({ peopleShown });
  },
  history: null,
  openHistory: (compareWith) => {
    set({ history: { compareWith: compareWith ?? null } });
  },
  closeHistory: () => {
    set({ history: null });
  },
  setScreen: (screen) => {
    set((state) => ({ screen, ...presentingState(state, false) }));
  },
  setZoom: (zoom) => {
    set({ zoom: clamp(zoom) });
  },
  zoomIn: () => {
    const { zoom } = get();
    set({ zoom: clamp(ZOOM_STEPS.find((step) => step > zoom + 0.001) ?? MAX_ZOOM) });
  },
  zoomOut: () => {
    const { zoom } = get();
    set({ zoom: clamp([...ZOOM_STEPS].reverse().find((step) => step < zoom - 0.001) ?? MIN_ZOOM) });
  },
  setPresenting: (presenting) => {
    set((state) => presentingState(state, presenting));
  },
  setView: (view) => {
    set({ view });
  },
  highlight: (id) => {
    // Clearing the highlight is no request: nothing should scroll for it.
    set((state) => (id === null ? { highlighted: null } : { highlighted: id, highlightRequest: state.highlightRequest + 1 }));
  },
}));
