/**
 * For the library's end-to-end tests: boards written into the app's IndexedDB the way the app
 * keeps them (a record and a head each), made from the sample board; and the library's parts as a
 * person finds them (sections, cards, their buttons, the search).
 */
import type { Page } from 'playwright-core';
import type { Board } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';

export interface Seed {
  readonly title: string;
  readonly purpose?: string;
  /** When it was last edited (ISO). */
  readonly updatedAt: string;
  /** When it was made (ISO); when it was last edited if not said. */
  readonly createdAt?: string;
  readonly status?: 'active' | 'archived' | 'trashed';
  /** When it went into the trash (ISO); when it was last edited if not said. */
  readonly trashedAt?: string;
  /** How many of the sample's four outcomes it keeps (owned: the first only). */
  readonly outcomes?: number;
}

let counter = 0;
function boardOf(seed: Seed): Board {
  const sample = createSampleBoard({ makeId: () => `seed-${String(++counter)}`, now: seed.updatedAt });
  const outcomes = sample.outcomes.slice(0, seed.outcomes ?? 4);
  const kept = new Set(outcomes.map((o) => o.id));
  return {
    ...sample,
    title: seed.title,
    purpose: seed.purpose ?? '',
    createdAt: seed.createdAt ?? seed.updatedAt,
    outcomes,
    activities: sample.activities.map((a) => (a.outcomeId !== null && !kept.has(a.outcomeId) ? { ...a, outcomeId: null } : a)),
  };
}

/** Writes the boards into the app's IndexedDB as the app keeps them (a record and a head each). */
export async function seedBoards(page: Page, seeds: readonly Seed[]): Promise<void> {
  const records = seeds.map((seed) => {
    const board = boardOf(seed);
    const status = seed.status ?? 'active';
    return {
      id: board.id,
      dataVersion: 1,
      revision: 0,
      status,
      ...(status === 'trashed' ? { trashedAt: seed.trashedAt ?? seed.updatedAt } : {}),
      title: board.title,
      updatedAt: board.updatedAt,
      board,
    };
  });
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ownership-board');
        request.onerror = () => {
          reject(new Error('open failed'));
        };
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['boards', 'heads'], 'readwrite');
          for (const row of rows) {
            tx.objectStore('boards').put(row);
            tx.objectStore('heads').put({ id: row.id, revision: 0, token: `${row.id}@0` });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            reject(new Error('seed failed'));
          };
        };
      }),
    records,
  );
}

export async function toLibrary(page: Page) {
  await page.getByRole('button', { name: 'All boards' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your boards' }).waitFor();
}

export const section = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\((\\d+ of )?\\d+\\)$`, 'u') });

export const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Search boards by title or purpose' });
/** The titles a section lists, in order. */
export const titlesIn = (page: Page, name: string) => section(page, name).getByRole('article').locator('h3 bdi').allInnerTexts();
export const card = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });
export const cardButton = (page: Page, title: string, action: string) => card(page, title).getByRole('button', { name: `${action} ${title}`, exact: true });
/** The name of what has focus (a button's accessible name). */
export const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
