/**
 * The handout and the health check say what the board says. An outcome that is owned, with every
 * task done and its result missed, shows "Tasks done, result missed" on its card; its PDF card, its
 * three questions and its owner's page said "✓ Owned" and "(not met yet)" and nothing more. And the
 * health check kept quiet about outcomes nobody owns as soon as it had anything else to say.
 * Pages are rendered to PNG in test-results/pdf/ for a person to look at (in black and white too).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import type { PrintRequest } from '../../shared/print';
import { FULL_AUTHORITY, NO_AUTHORITY, type ActivityId, type Board, type BoardId, type Outcome, type OutcomeId } from '../../shared/model';
import { createSampleBoard } from '../../shared/sample';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { openBoard, outcome } from './helpers';
import { importBoard, openPrintView, PDF_DIR, pdfText, printPdf, renderPages, storedBoards } from './pdf-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Prints the board as the desktop app does and returns the text of each page; pages 1–`pages` go to PNG. */
async function printedPages(page: Page, request: PrintRequest, name: string, pages: number): Promise<string[]> {
  await openPrintView(page, request);
  const path = await printPdf(page, request, `${name}.pdf`);
  await renderPages(path, join(PDF_DIR, name), 1, pages);
  return (await pdfText(path)).split('\f');
}

const ALARM = 'Tasks done, result missed';

describe('tasks done, result missed', () => {
  it('is on the outcome in the PDF as on the board: its card, its three questions and its owner’s page', async () => {
    const { page, problems } = await openBoard(browser);
    // The room gives Deals closed an owner with every authority; its one task is done, 5 of 12 deals.
    const deals = outcome(page, 'Deals closed');
    await deals.getByRole('combobox', { name: 'Set owner of Deals closed' }).selectOption({ label: 'Priya Nair' });
    const authority = deals.getByRole('group', { name: 'Authority of Priya Nair over “Deals closed”', exact: true });
    for (const facet of ['Decides how', 'Prioritises resources', 'Chooses approaches']) await authority.getByRole('button', { name: facet }).click();
    await deals.getByText('Owned', { exact: true }).waitFor();
    await expect(deals.getByText(ALARM, { exact: true }).isVisible()).resolves.toBe(true);
    await deals.screenshot({ path: join(SCREENSHOT_DIR, 'pdf-alarm-board-card.png') });

    const { last } = await storedBoards(page);
    if (last === null) throw new Error('the board was not stored');
    const pages = await printedPages(page, { boardId: last as BoardId, paper: 'A4', orientation: 'portrait', sections: ['map', 'health', 'people'] }, 'pdf-alarm', 7);
    const flat = (text: string) => text.replace(/\s+/gu, ' ');
    // The map: on Deals closed's card (its only card with the alarm), after its authority and before its activities.
    const map = flat(pages.filter((text) => text.includes('The map')).join(' '));
    expect(map).toMatch(new RegExp(`Deals closed ✓ Owned .*Authority ✓ Decides how ✓ Prioritises resources ✓ Chooses approaches ⚠ ${ALARM} Activities \\(1 of 1 done\\)`, 'u'));
    expect(map.split(ALARM)).toHaveLength(2);
    // The three questions: under Deals closed's verdict, once.
    const health = flat(pages.filter((text) => text.includes('The three questions, outcome by outcome') || text.includes('Pass')).join(' '));
    expect(health).toMatch(new RegExp(`Deals closed ✓ Owned ⚠ ${ALARM} Priya Nair owns it`, 'u'));
    // Priya's page: beside what she owns.
    const priya = flat(pages.find((text) => /Priya Nair\s+RevOps Manager[\s\S]*As owner \(2\)/u.test(text)) ?? '');
    expect(priya).toMatch(new RegExp(`Deals closed ✓ Owned 12 deals per quarter · Current: 5 of 12 deals \\(not met yet\\) ⚠ ${ALARM}`, 'u'));
    expect(priya.split(ALARM)).toHaveLength(2);
    expect(problems).toEqual([]);
  });
});

describe('outcomes not owned yet', () => {
  // The reviewer's board: 6 outcomes, 3 not owned, a loose activity and a person owning nothing.
  function sixOutcomes(): Board {
    const sample = createSampleBoard();
    const [pipeline] = sample.outcomes;
    const [maya, leo, priya] = sample.people;
    if (pipeline === undefined || maya === undefined || leo === undefined || priya === undefined) throw new Error('the sample board changed');
    const make = (n: number, title: string, fields: Partial<Outcome> = {}): Outcome => ({ ...pipeline, id: `o-${String(n)}` as OutcomeId, title, notes: '', ...fields });
    return {
      ...sample,
      title: 'Six outcomes',
      people: [maya, leo, priya],
      outcomes: [
        make(1, 'Outbound pipeline'),
        make(2, 'Improve marketing', { metric: '', target: null, ownerId: null, authority: NO_AUTHORITY }),
        make(3, 'Renewals', { ownerId: leo.id, authority: FULL_AUTHORITY }),
        make(4, 'Better customer experience', { ownerId: null, authority: NO_AUTHORITY }),
        make(5, 'Hire 3 engineers', { ownerId: leo.id, authority: NO_AUTHORITY }),
        make(6, 'Deals closed', { ownerId: maya.id }),
      ],
      activities: [{ id: 'a-billing' as ActivityId, title: 'Fix the billing bug', outcomeId: null, assigneeIds: [], done: false }],
    };
  }

  const LINE = '3 of 6 outcomes are not owned yet: Improve marketing (task, not an outcome), Better customer experience (nobody owns it) and Hire 3 engineers (task assignment, not ownership).';

  it('are the health check’s first line whatever else it says, and it takes you to the first of them', async () => {
    const { page, problems } = await openBoard(browser, { width: 1920, height: 1080 });
    const boardId = await importBoard(page, sixOutcomes(), 'six-outcomes');
    await expect(page.getByRole('status', { name: 'Ownership score' }).innerText()).resolves.toMatch(/^3 of 6\s+outcomes owned/u);
    const panel = page.getByRole('region', { name: 'Health check' });
    // Was: "Priya Nair is not the owner of any outcome." and "Fix the billing bug serves no outcome.", and not a word of the three.
    await expect(panel.getByRole('listitem').allTextContents()).resolves.toEqual([`Warning${LINE}`, 'NotePriya Nair is not the owner of any outcome.', 'NoteFix the billing bug serves no outcome.']);
    await panel.screenshot({ path: join(SCREENSHOT_DIR, 'pdf-alarm-health-panel.png') });
    await panel.getByRole('button', { name: LINE }).click();
    await expect(outcome(page, 'Improve marketing').evaluate((el) => el.classList.contains('outcome-card--highlighted'))).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Improve marketing');

    // The PDF's health page says it the same way, under the same score.
    const pages = await printedPages(page, { boardId, paper: 'A4', orientation: 'portrait', sections: ['health'] }, 'six-outcomes-health', 1);
    expect(pages[0]?.replace(/\s+/gu, ' ')).toContain(`Score 3 of 6 outcomes owned; revenue-critical: 3 of 6. What the board says Warning ${LINE} Note Priya Nair is not the owner of any outcome.`);
    expect(problems).toEqual([]);
  });
});
