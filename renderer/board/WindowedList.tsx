/**
 * A long list on a big board (see windowing.ts): cut into chunks of about CHUNK_SIZE items, which
 * keep their rows as the list changes (stableChunks), and a chunk far from the viewport is a
 * placeholder of its height that says how many items it stands for, until it comes near, or focus
 * enters the card or panel around it, or a keyboard drag goes there.
 * It is one list for assistive technology (role="list"; each item, and each placeholder, a
 * listitem). Used for the activities of an outcome or the parking lot, and for the people.
 *
 * A placeholder is a Tab stop, so that Tab and Shift+Tab walk through the list in order: without
 * one, Tab from before the parking lot (nothing in its panel before the list can take focus) went
 * past its 140 unmounted activities to the quick-add field below them. Focus on a placeholder
 * shows its chunk (windowing.ts, on focusin), and once the chunk is laid out focus goes on to its
 * first control, or its last when Shift+Tab came from below.
 */
import { memo, useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { tabbables } from './focus';
import { rowHeightCss, type ListWindowing, type Measured, type RowKind } from './windowing';

export interface WindowedListProps<T> {
  readonly windowing: ListWindowing;
  /** What the windowing knows the list by: the container's drop id for activities, 'people'. */
  readonly container: string;
  readonly kind: RowKind;
  readonly className: string;
  readonly label?: string;
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  readonly render: (item: T) => ReactNode;
  /** How a placeholder names what it stands for: ['activity', 'activities'], and where it is. */
  readonly noun: readonly [string, string];
  readonly where: 'card' | 'panel';
}

export function WindowedList<T>({ windowing, container, kind, className, label, items, keyOf, render, noun, where }: WindowedListProps<T>) {
  const chunks = windowing.chunk(container, items, keyOf);
  return (
    <div role="list" className={className} aria-label={label}>
      {chunks.map((chunk, index) => (
        <Chunk
          // By position: a chunk is a stretch of the list, whatever is in it.
          key={index}
          windowing={windowing}
          container={container}
          kind={kind}
          index={index}
          start={chunk.start}
          items={chunk.items}
          total={items.length}
          keyOf={keyOf as (item: unknown) => string}
          render={render as (item: unknown) => ReactNode}
          noun={noun}
          where={where}
        />
      ))}
    </div>
  );
}

interface ChunkProps {
  readonly windowing: ListWindowing;
  readonly container: string;
  readonly kind: RowKind;
  readonly index: number;
  /** The position of its first item in the list. */
  readonly start: number;
  readonly items: readonly unknown[];
  readonly total: number;
  readonly keyOf: (item: unknown) => string;
  readonly render: (item: unknown) => ReactNode;
  readonly noun: readonly [string, string];
  readonly where: 'card' | 'panel';
}

interface ChunkState {
  readonly shown: boolean;
  readonly measured: Measured | null;
}

const Chunk = memo(function Chunk({ windowing, container, kind, index, start, items, total, keyOf, render, noun, where }: ChunkProps) {
  // A chunk of a card that is filling in may mount shown, in the same commit (windowing.ts).
  const [state, setState] = useState<ChunkState>(() => ({ shown: windowing.chunkShownOnMount(container, start, items.length), measured: null }));
  const ref = useRef<HTMLDivElement>(null);
  // What the windowing is told when (re)registering: whether this chunk is shown now.
  const shown = useRef(false);
  useLayoutEffect(() => {
    shown.current = state.shown;
  });
  // Laid out with its rows: before the first paint, the chunks after it may be on the screen too.
  useLayoutEffect(() => {
    if (state.shown) windowing.laidOut(container, index);
  }, [windowing, container, index, state.shown]);
  // Focus came to the placeholder (see the top comment): where it goes once the chunk is shown.
  const focusInto = useRef<'first' | 'last' | null>(null);
  useLayoutEffect(() => {
    const into = focusInto.current;
    const element = ref.current;
    if (!state.shown || into === null || !element) return;
    focusInto.current = null;
    // Unless it has gone somewhere else meanwhile (the placeholder it was on is gone: the body).
    const focused = element.ownerDocument.activeElement;
    if (focused !== null && focused !== element.ownerDocument.body) return;
    const controls = tabbables(element);
    (into === 'first' ? controls[0] : controls.at(-1))?.focus();
  }, [state.shown]);
  // A layout effect: a chunk near the screen is shown before the browser paints the placeholder.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    return windowing.observe(
      element,
      {
        container,
        index,
        kind,
        show: () => {
          setState((s) => (s.shown ? s : { ...s, shown: true }));
        },
        hide: (measured) => {
          setState((s) => (s.shown ? { shown: false, measured: measured ?? s.measured } : s));
        },
      },
      shown.current,
    );
  }, [windowing, container, kind, index]);

  const count = items.length;
  if (state.shown) {
    return (
      <div ref={ref} className="window-chunk" data-window-chunk="shown" data-count={count}>
        {items.map((item) => (
          <div role="listitem" key={keyOf(item)}>
            {render(item)}
          </div>
        ))}
      </div>
    );
  }
  const { measured } = state;
  // The measured height (if it was ever shown), corrected by the rows added or removed since;
  // otherwise rows × the average row height measured on this board.
  const row = rowHeightCss(windowing.rowHeight(kind));
  const height = measured ? `max(0px, calc(${measured.height}px + ${count - measured.count} * ${row}))` : `calc(${count} * ${row})`;
  const first = start + 1;
  const what = `${count} ${count === 1 ? noun[0] : noun[1]}`;
  const range = total > count ? ` (${first} to ${first + count - 1} of ${total})` : '';
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    // From below (Shift+Tab): on to the chunk's last control; from above, or from nowhere: its first.
    const from = event.relatedTarget;
    focusInto.current = from !== null && event.currentTarget.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING ? 'last' : 'first';
  };
  return (
    <div ref={ref} className="window-chunk window-chunk--placeholder" data-window-chunk="placeholder" data-count={count} style={{ height }}>
      <div role="listitem" className="visually-hidden" tabIndex={0} onFocus={onFocus}>
        {`${what}${range}, shown when scrolled into view or when the ${where} has focus`}
      </div>
    </div>
  );
});
