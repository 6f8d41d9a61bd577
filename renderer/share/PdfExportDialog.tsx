/**
 * The PDF's options before it is made: paper (A4 or Letter), orientation, and which parts of the
 * map to include. The choice is remembered for the session, so the second handout is one click.
 */
import { useEffect, useId, useState } from 'react';
import { DEFAULT_PRINT_OPTIONS, PRINT_SECTIONS, paperFor, type Orientation, type PaperSize, type PrintOptions, type PrintSection } from '../../shared/print';
import { getBridge } from '../platform/bridge';
import { exportPdf } from './exportBoard';
import { ShareDialog } from './ShareDialog';
import { useShareStore } from './shareStore';

const PAPERS: readonly { value: PaperSize; label: string }[] = [
  { value: 'A4', label: 'A4' },
  { value: 'Letter', label: 'Letter' },
];

const ORIENTATIONS: readonly { value: Orientation; label: string }[] = [
  { value: 'portrait', label: 'Portrait' },
  { value: 'landscape', label: 'Landscape' },
];

export const SECTION_LABELS: Readonly<Record<PrintSection, { label: string; hint: string }>> = {
  cover: { label: 'Cover', hint: 'title, date, purpose, participants' },
  map: { label: 'The map', hint: 'every outcome with its result, owner, authority and activities' },
  health: { label: 'Health check', hint: 'the three questions per outcome, findings and score' },
  people: { label: 'A page per person', hint: 'the outcomes each person is the owner of, and their activities' },
};

export function PdfExportDialog() {
  const close = useShareStore((s) => s.closePdfDialog);
  const remembered = useShareStore((s) => s.printOptions);
  const remember = useShareStore((s) => s.setPrintOptions);
  // Before a first choice, the paper of the computer's region (Letter in the US).
  const [options, setOptions] = useState<PrintOptions>(() => remembered ?? { ...DEFAULT_PRINT_OPTIONS, paper: paperFor(navigator.language) });
  const [shell, setShell] = useState<'desktop' | 'web' | null>(null);
  const titleId = useId();
  const hintId = useId();
  const idPrefix = useId();

  useEffect(() => {
    let live = true;
    getBridge()
      .info()
      .then(
        (info) => {
          if (live) setShell(info.shell);
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);

  const toggle = (section: PrintSection, on: boolean) => {
    const chosen = new Set(options.sections);
    if (on) chosen.add(section);
    else chosen.delete(section);
    // Kept in print order whatever order they were ticked in.
    setOptions({ ...options, sections: PRINT_SECTIONS.filter((s) => chosen.has(s)) });
  };
  const nothingChosen = options.sections.length === 0;

  return (
    <ShareDialog labelledBy={titleId} describedBy={hintId} onClose={close} className="share-dialog--form">
      <form
        className="share-dialog__body"
        onSubmit={(event) => {
          event.preventDefault();
          // Save PDF stays focusable with nothing to print (aria-disabled): pressed, it takes the
          // person to the choices the alert under them names.
          if (nothingChosen) {
            document.getElementById(`${idPrefix}-${PRINT_SECTIONS[0]}`)?.focus();
            return;
          }
          remember(options);
          close();
          void exportPdf(options);
        }}
      >
        <h2 id={titleId} className="share-dialog__title">
          Export PDF
        </h2>
        <p id={hintId} className="muted">
          The ownership map to hand out.
          {shell === 'web' && ' Your browser’s print dialog opens in a new window: choose “Save as PDF” there.'}
        </p>
        <div className="share-options">
          <fieldset className="share-fieldset">
            <legend>Paper</legend>
            {PAPERS.map((paper) => (
              <label key={paper.value} className="share-choice">
                <input
                  type="radio"
                  name="pdf-paper"
                  value={paper.value}
                  checked={options.paper === paper.value}
                  data-autofocus={options.paper === paper.value ? true : undefined}
                  onChange={() => {
                    setOptions({ ...options, paper: paper.value });
                  }}
                />
                {paper.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="share-fieldset">
            <legend>Orientation</legend>
            {ORIENTATIONS.map((orientation) => (
              <label key={orientation.value} className="share-choice">
                <input
                  type="radio"
                  name="pdf-orientation"
                  value={orientation.value}
                  checked={options.orientation === orientation.value}
                  onChange={() => {
                    setOptions({ ...options, orientation: orientation.value });
                  }}
                />
                {orientation.label}
              </label>
            ))}
          </fieldset>
        </div>
        <fieldset className="share-fieldset share-fieldset--sections" aria-describedby={nothingChosen ? `${idPrefix}-none` : undefined}>
          <legend>Include</legend>
          {PRINT_SECTIONS.map((section) => (
            <div key={section} className="share-choice share-choice--described">
              <input
                id={`${idPrefix}-${section}`}
                type="checkbox"
                aria-describedby={`${idPrefix}-${section}-hint`}
                checked={options.sections.includes(section)}
                onChange={(event) => {
                  toggle(section, event.target.checked);
                }}
              />
              <label htmlFor={`${idPrefix}-${section}`}>{SECTION_LABELS[section].label}</label>
              <span id={`${idPrefix}-${section}-hint`} className="muted share-choice__hint">
                {SECTION_LABELS[section].hint}
              </span>
            </div>
          ))}
        </fieldset>
        {/* Said as it appears (the last box unticked), and read with the choices it is about. */}
        {nothingChosen && (
          <p id={`${idPrefix}-none`} role="alert" className="form-error">
            Choose at least one part to include.
          </p>
        )}
        <div className="share-dialog__actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          {/* aria-disabled, not disabled: a disabled button is skipped by Tab, and a keyboard user
              met no Save and no reason why. */}
          <button type="submit" className="primary-button" aria-disabled={nothingChosen}>
            Save PDF
          </button>
        </div>
      </form>
    </ShareDialog>
  );
}
