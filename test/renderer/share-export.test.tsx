/**
 * The Export control as a facilitator uses it: a menu of PDF, JSON and CSV that works with the
 * mouse and the keyboard; JSON and CSV are saved through the bridge under the file-name rule, and
 * PDF first asks for paper, orientation and sections. A save that fails is an alert.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { parseBoardFile } from '../../shared/format';
import type { OwnershipBridge, PrintPdfRequest, SaveFileRequest, SaveFileResult } from '../../shared/ipc';
import { DEFAULT_PRINT_OPTIONS } from '../../shared/print';
import { SAMPLE_BOARD_TITLE, createSampleBoard } from '../../shared/sample';
import { useNotices } from '../../renderer/app/notices';
import { closeDatabase, DATABASE_NAME } from '../../renderer/db/database';
import { setBridgeForTesting } from '../../renderer/platform/bridge';
import { ExportMenu } from '../../renderer/share/ExportMenu';
import { ShareLayer } from '../../renderer/share/ShareLayer';
import { localDate } from '../../renderer/share/exportBoard';
import { useShareStore } from '../../renderer/share/shareStore';
import { useBoardStore } from '../../renderer/store/boardStore';

interface FakeBridge extends OwnershipBridge {
  readonly saved: SaveFileRequest[];
  readonly printed: PrintPdfRequest[];
}

function fakeBridge(saveResult: SaveFileResult | null = null): FakeBridge {
  const saved: SaveFileRequest[] = [];
  const printed: PrintPdfRequest[] = [];
  return {
    saved,
    printed,
    info: () => Promise.resolve({ shell: 'desktop', os: 'linux', appVersion: '9.9.9' }),
    saveFile: (request) => {
      saved.push(request);
      return Promise.resolve(saveResult ?? { status: 'saved', name: `${request.suggestedName}.${request.kind === 'json' ? 'ownership.json' : request.kind}` });
    },
    openFile: () => Promise.resolve({ status: 'cancelled' }),
    printToPdf: (request) => {
      printed.push(request);
      return Promise.resolve({ status: 'saved', name: `${request.suggestedName}.pdf` });
    },
    takePendingFile: () => Promise.resolve(null),
    writeBackup: () => Promise.resolve({ status: 'failed', message: 'No backups in this test.' }),
    listBackups: () => Promise.resolve([]),
    readBackup: () => Promise.resolve({ status: 'failed', message: 'No backups in this test.' }),
    deleteBackups: () => Promise.resolve({ status: 'deleted' as const }),
    setAppearance: () => Promise.resolve(),
    onMenuCommand: () => () => undefined,
  };
}

const sample = createSampleBoard();

function renderExport() {
  return render(
    <>
      <ExportMenu />
      <ShareLayer />
    </>,
  );
}

const lastNotice = () => useNotices.getState().notices.at(-1)?.message;

beforeEach(() => {
  useBoardStore.setState({ load: { status: 'ready', board: sample }, past: [], future: [], save: { status: 'saved' } });
  useShareStore.setState({ report: null, pdfDialogOpen: false, importing: false, printOptions: DEFAULT_PRINT_OPTIONS });
  useNotices.setState({ notices: [] });
});

afterEach(async () => {
  setBridgeForTesting(null);
  closeDatabase();
  await Dexie.delete(DATABASE_NAME);
});

describe('the Export menu', () => {
  it('offers PDF, JSON and CSV, each described', async () => {
    setBridgeForTesting(fakeBridge());
    renderExport();
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    await userEvent.click(button);
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'PDF… The map to hand out: cover, map, health check, a page per person',
      'JSON The ownership map file, to import again or read with other tools',
      'CSV Outcomes and activities as two spreadsheets',
    ]);
    expect(screen.getByRole('menuitem', { name: 'JSON The ownership map file, to import again or read with other tools' })).toBeDefined();
  });

  it('is keyboard-usable: arrows move, Home/End jump, Escape closes and returns focus', async () => {
    setBridgeForTesting(fakeBridge());
    renderExport();
    const button = screen.getByRole('button', { name: 'Export' });
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: /^PDF…/u }));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: /^JSON/u }));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: /^PDF…/u }));
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: /^CSV/u }));
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: /^PDF…/u }));
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: /^CSV/u }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: /^CSV/u }));
  });

  it('closes when the pointer goes elsewhere', async () => {
    setBridgeForTesting(fakeBridge());
    renderExport();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('JSON saves the board as an ownership map named "<title> - ownership map - <date>"', async () => {
    const bridge = fakeBridge();
    setBridgeForTesting(bridge);
    renderExport();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByRole('menuitem', { name: /^JSON/u }));
    await waitFor(() => {
      expect(bridge.saved).toHaveLength(1);
    });
    const [request] = bridge.saved;
    expect(request?.kind).toBe('json');
    // The bridge adds ".ownership.json" (the desktop one only when missing).
    expect(request?.suggestedName).toBe(`${SAMPLE_BOARD_TITLE} - ownership map - ${localDate()}`);
    const parsed = parseBoardFile(String(request?.contents), { newId: () => 'x', now: '2026-01-01T00:00:00.000Z' });
    expect(parsed.ok && parsed.board.outcomes.map((o) => o.title)).toEqual(sample.outcomes.map((o) => o.title));
    expect(String(request?.contents)).toContain('"version": "9.9.9"');
    await waitFor(() => {
      expect(lastNotice()).toBe(`Saved “${SAMPLE_BOARD_TITLE} - ownership map - ${localDate()}.ownership.json”.`);
    });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export' }));
  });

  it('CSV saves two spreadsheets: outcomes, then activities', async () => {
    const bridge = fakeBridge();
    setBridgeForTesting(bridge);
    renderExport();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByRole('menuitem', { name: /^CSV/u }));
    await waitFor(() => {
      expect(bridge.saved).toHaveLength(2);
    });
    expect(bridge.saved.map((r) => [r.kind, r.suggestedName])).toEqual([
      ['csv', `${SAMPLE_BOARD_TITLE} - outcomes - ${localDate()}`],
      ['csv', `${SAMPLE_BOARD_TITLE} - activities - ${localDate()}`],
    ]);
    for (const request of bridge.saved) expect(String(request.contents).startsWith('\uFEFF')).toBe(true);
    await waitFor(() => {
      expect(lastNotice()).toContain('Saved the spreadsheets');
    });
  });

  it('a save that fails is an alert naming what was not saved and why', async () => {
    setBridgeForTesting(fakeBridge({ status: 'failed', message: 'The disk is full.' }));
    renderExport();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByRole('menuitem', { name: /^JSON/u }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The ownership map file was not saved');
    expect(alert.textContent).toContain('The disk is full.');
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a cancelled save says nothing', async () => {
    setBridgeForTesting(fakeBridge({ status: 'cancelled' }));
    renderExport();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByRole('menuitem', { name: /^CSV/u }));
    await waitFor(() => {
      expect(useShareStore.getState().report).toBeNull();
    });
    expect(useNotices.getState().notices).toEqual([]);
  });
});

describe('Export → PDF…', () => {
  it('asks for paper, orientation and sections, then prints the chosen map', async () => {
    const bridge = fakeBridge();
    setBridgeForTesting(bridge);
    renderExport();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByRole('menuitem', { name: /^PDF…/u }));
    const dialog = screen.getByRole('dialog', { name: 'Export PDF' });
    // Focus moves into the dialog, onto the chosen paper.
    expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: 'A4' }));
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Letter' }));
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Landscape' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'A page per person' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save PDF' }));
    await waitFor(() => {
      expect(bridge.printed).toHaveLength(1);
    });
    expect(bridge.printed[0]).toEqual({
      boardId: sample.id,
      paper: 'Letter',
      orientation: 'landscape',
      sections: ['cover', 'map', 'health'],
      suggestedName: `${SAMPLE_BOARD_TITLE} - ownership map - ${localDate()}`,
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    // The choice is offered again next time.
    expect(useShareStore.getState().printOptions).toEqual({ paper: 'Letter', orientation: 'landscape', sections: ['cover', 'map', 'health'] });
  });

  // A US facilitator, not looking at the paper, got A4 pages to print on Letter.
  it('offers, before a first choice, the paper of the computer’s region: Letter in the US, A4 in the UK', async () => {
    setBridgeForTesting(fakeBridge());
    renderExport();
    const language = vi.spyOn(navigator, 'language', 'get');
    for (const [tag, paper] of [['en-US', 'Letter'], ['en-GB', 'A4']] as const) {
      language.mockReturnValue(tag);
      useShareStore.setState({ printOptions: null });
      await userEvent.click(screen.getByRole('button', { name: 'Export' }));
      await userEvent.click(screen.getByRole('menuitem', { name: /^PDF…/u }));
      const dialog = screen.getByRole('dialog', { name: 'Export PDF' });
      expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: paper }).checked).toBe(true);
      expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Portrait' }).checked).toBe(true);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    }
    language.mockRestore();
  });

  it('needs at least one section: says so as an alert the choices are described by, and Save PDF, still reached by Tab, takes focus to them', async () => {
    const bridge = fakeBridge();
    setBridgeForTesting(bridge);
    renderExport();
    useShareStore.getState().openPdfDialog();
    const dialog = await screen.findByRole('dialog', { name: 'Export PDF' });
    for (const name of ['Cover', 'The map', 'Health check', 'A page per person']) {
      await userEvent.click(within(dialog).getByRole('checkbox', { name }));
    }
    const alert = within(dialog).getByRole('alert');
    expect(alert.textContent).toBe('Choose at least one part to include.');
    expect(within(dialog).getByRole('group', { name: 'Include' }).getAttribute('aria-describedby')).toBe(alert.id);
    const save = within(dialog).getByRole('button', { name: 'Save PDF' });
    expect(save).toHaveProperty('disabled', false);
    expect(save.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(save);
    expect(screen.getByRole('dialog', { name: 'Export PDF' })).toBeDefined();
    expect(bridge.printed).toEqual([]);
    expect(document.activeElement).toBe(within(dialog).getByRole('checkbox', { name: 'Cover' }));
  });

  it('Escape closes the dialog and focus returns to Export', async () => {
    const bridge = fakeBridge();
    setBridgeForTesting(bridge);
    renderExport();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByRole('menuitem', { name: /^PDF…/u }));
    screen.getByRole('dialog', { name: 'Export PDF' });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export' }));
    expect(bridge.printed).toEqual([]);
  });

  it('waits for a save in flight, and refuses when the last save failed', async () => {
    const bridge = fakeBridge();
    const print = vi.spyOn(bridge, 'printToPdf');
    setBridgeForTesting(bridge);
    renderExport();
    useBoardStore.setState({ save: { status: 'failed', message: 'The disk is full' } });
    useShareStore.getState().openPdfDialog();
    await userEvent.click(await screen.findByRole('button', { name: 'Save PDF' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The PDF was not saved');
    expect(alert.textContent).toContain('The latest change is not saved (The disk is full), so the PDF would miss it.');
    expect(print).not.toHaveBeenCalled();
  });

  it('prints only once a save in flight has landed, so the PDF has the latest change', async () => {
    const bridge = fakeBridge();
    setBridgeForTesting(bridge);
    renderExport();
    useBoardStore.setState({ save: { status: 'saving' } });
    useShareStore.getState().openPdfDialog();
    await userEvent.click(await screen.findByRole('button', { name: 'Save PDF' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bridge.printed).toEqual([]);
    useBoardStore.setState({ save: { status: 'saved' } });
    await waitFor(() => {
      expect(bridge.printed).toHaveLength(1);
    });
  });

  // On the desktop the whole PDF is made before the save dialog asks where it goes: 6 s for a large
  // board, half a minute for a huge one, with nothing on the screen meanwhile.
  describe('while the desktop makes it', () => {
    const making = `Making the PDF of “${SAMPLE_BOARD_TITLE}”. When it is ready, you choose where to save it.`;

    /** A desktop bridge whose PDF is made when `finish` is called. */
    function slowBridge(shell: 'desktop' | 'web' = 'desktop') {
      const bridge = fakeBridge();
      let finish: (result: SaveFileResult) => void = () => undefined;
      const print = vi.spyOn(bridge, 'printToPdf').mockImplementation(
        () =>
          new Promise((resolve) => {
            finish = resolve;
          }),
      );
      vi.spyOn(bridge, 'info').mockResolvedValue({ shell, os: 'linux', appVersion: '9.9.9' });
      setBridgeForTesting(bridge);
      return { print, finish: (result: SaveFileResult) => { finish(result); } };
    }

    async function savePdf() {
      useShareStore.getState().openPdfDialog();
      await userEvent.click(await screen.findByRole('button', { name: 'Save PDF' }));
    }

    it('says that it is being made until it is, then what was saved', async () => {
      const { print, finish } = slowBridge();
      renderExport();
      await savePdf();
      await waitFor(() => {
        expect(print).toHaveBeenCalledTimes(1);
      });
      expect(useNotices.getState().notices).toMatchObject([{ message: making, tone: 'info', kind: 'progress', action: null }]);
      finish({ status: 'saved', name: 'map.pdf' });
      await waitFor(() => {
        expect(useNotices.getState().notices.map((notice) => notice.message)).toEqual(['Saved “map.pdf”.']);
      });
    });

    it('takes the notice away when the save dialog is cancelled, and when making it failed', async () => {
      const first = slowBridge();
      renderExport();
      await savePdf();
      await waitFor(() => {
        expect(lastNotice()).toBe(making);
      });
      first.finish({ status: 'cancelled' });
      await waitFor(() => {
        expect(useNotices.getState().notices).toEqual([]);
      });
      const second = slowBridge();
      await savePdf();
      await waitFor(() => {
        expect(lastNotice()).toBe(making);
      });
      second.finish({ status: 'failed', message: 'The disk is full.' });
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('The disk is full.');
      expect(useNotices.getState().notices).toEqual([]);
    });

    it('makes one at a time: Save PDF again meanwhile says so, and asks for no second', async () => {
      const { print, finish } = slowBridge();
      renderExport();
      await savePdf();
      await waitFor(() => {
        expect(print).toHaveBeenCalledTimes(1);
      });
      await savePdf();
      await waitFor(() => {
        expect(lastNotice()).toBe('A PDF is still being made. When it is ready, you choose where to save it; then make the next one.');
      });
      expect(print).toHaveBeenCalledTimes(1);
      // The first's notice stays while it is made.
      expect(useNotices.getState().notices.map((notice) => notice.message)).toContain(making);
      finish({ status: 'saved', name: 'map.pdf' });
      await waitFor(() => {
        expect(lastNotice()).toBe('Saved “map.pdf”.');
      });
      // Made, the next one is made.
      await savePdf();
      await waitFor(() => {
        expect(print).toHaveBeenCalledTimes(2);
      });
    });

    it('in a browser, whose print dialog shows its own progress, says nothing', async () => {
      const { print, finish } = slowBridge('web');
      renderExport();
      await savePdf();
      await waitFor(() => {
        expect(print).toHaveBeenCalledTimes(1);
      });
      expect(useNotices.getState().notices).toEqual([]);
      finish({ status: 'saved', name: 'map.pdf' });
    });
  });
});
