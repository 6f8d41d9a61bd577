/**
 * Typing through an input method (Japanese, Chinese, Korean…): while a word is being composed,
 * Escape belongs to the input method (it drops the half-typed word), not to the app. The forms,
 * menus and dialogs that close on Escape used to close then, with all that was typed in them.
 * The composition is started as an input method starts it (CDP `Input.imeSetComposition`); the
 * browser then marks the keys pressed during it `isComposing`, as it does for a real one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { openBoard, openOutcomeEditor, outcome } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/**
 * In `field`, after what is in it, types `word` as a composition still open (underlined, not yet
 * chosen), presses Escape, and ends the composition with the word chosen, as a person who pressed
 * Escape to drop a candidate and then took the word after all. Gives the field's value.
 */
async function escapeWhileComposing(page: Page, field: Locator, word: string): Promise<string> {
  await field.focus();
  await page.keyboard.press('End');
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.imeSetComposition', { text: word, selectionStart: word.length, selectionEnd: word.length });
    await page.keyboard.press('Escape');
    await cdp.send('Input.insertText', { text: word });
  } finally {
    await cdp.detach();
  }
  return field.inputValue();
}

describe('Escape while an input method composes a word', () => {
  it('keeps the outcome editor open with what was typed; a later Escape still closes it', async () => {
    const { page, problems } = await openBoard(browser);
    const card = await openOutcomeEditor(page, 'Outbound pipeline');
    const title = card.getByRole('textbox', { name: 'Title' });
    await expect(escapeWhileComposing(page, title, ' 日本')).resolves.toBe('Outbound pipeline 日本');
    await expect(card.getByRole('form', { name: 'Edit Outbound pipeline' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.getByRole('form').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('keeps an activity’s actions menu open with the new title', async () => {
    const { page, problems } = await openBoard(browser);
    await page.getByRole('button', { name: 'Actions for Run the campaign' }).click();
    const menu = page.getByRole('group', { name: 'Actions for Run the campaign' });
    await expect(escapeWhileComposing(page, menu.getByRole('textbox', { name: 'Title' }), '二回目')).resolves.toBe('Run the campaign二回目');
    await menu.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => outcome(page, 'Outbound pipeline').getByRole('button', { name: 'Run the campaign二回目', exact: true }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('keeps the board’s title form open', async () => {
    const { page, problems } = await openBoard(browser);
    await page.getByRole('button', { name: 'Edit title and purpose' }).click();
    const form = page.getByRole('form', { name: 'Board title and purpose' });
    await expect(escapeWhileComposing(page, form.getByRole('textbox', { name: 'Title', exact: true }), '案')).resolves.toMatch(/案$/u);
    await expect(form.isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('keeps the history dialog open with the snapshot’s name', async () => {
    const { page, problems } = await openBoard(browser);
    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'Board history' });
    await expect(escapeWhileComposing(page, dialog.getByRole('textbox', { name: 'Name this moment' }), '一日目')).resolves.toBe('一日目');
    await expect(dialog.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('keeps a board’s new title open in the library', async () => {
    const { page, problems } = await openBoard(browser);
    await page.getByRole('button', { name: 'All boards' }).click();
    const title = 'Revenue ownership workshop (sample)';
    await page.getByRole('article', { name: title, exact: true }).getByRole('button', { name: `Rename ${title}`, exact: true }).click();
    const field = page.getByRole('textbox', { name: `New title for ${title}` });
    await expect(escapeWhileComposing(page, field, '第二')).resolves.toBe(`${title}第二`);
    await expect(field.isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});
