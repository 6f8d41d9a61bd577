/**
 * What a person must read after an import or export: why a file was refused (and where in it),
 * the warnings of an import that worked, or why an export was not saved. Refusals are alerts; the
 * dialog stays until dismissed, because "nothing changed" is easy to miss in a toast.
 */
import { useId, type ReactNode } from 'react';
import { formatCount } from '../../shared/format';
import { ShareDialog } from './ShareDialog';
import { useShareStore, type ShareReport } from './shareStore';

function ImportFailed({ report, titleId, bodyId }: { readonly report: Extract<ShareReport, { kind: 'import-failed' }>; readonly titleId: string; readonly bodyId: string }) {
  return (
    <div role="alert" className="share-dialog__body">
      <h2 id={titleId} className="share-dialog__title">
        {/* The name isolated, as everywhere: a right-to-left override in it would turn our words around. */}
        {report.fileName === null ? (
          'The file could not be imported'
        ) : (
          <>
            “<bdi>{report.fileName}</bdi>” could not be imported
          </>
        )}
      </h2>
      <div id={bodyId} className="share-dialog__content">
        <p className="share-dialog__problem">{report.message}</p>
        {report.path !== undefined && (
          <p>
            Where in the file: <code>{report.path}</code>
          </p>
        )}
        <p className="share-dialog__calm">Nothing was changed: the board on screen and your other boards are as they were.</p>
      </div>
    </div>
  );
}

function ImportWarnings({ report, titleId, bodyId }: { readonly report: Extract<ShareReport, { kind: 'import-warnings' }>; readonly titleId: string; readonly bodyId: string }) {
  // Counted in all: past 20 the list sums the rest up in one line ("…and 80 more like these.").
  const { count } = report;
  const backup = report.from === 'backup';
  return (
    <div className="share-dialog__body">
      <h2 id={titleId} className="share-dialog__title">
        {backup ? 'Restored' : 'Imported'} “<bdi>{report.boardTitle}</bdi>” with {count === 1 ? 'a warning' : `${formatCount(count)} warnings`}
      </h2>
      <div id={bodyId} className="share-dialog__content">
        <p>{backup ? 'The backup was restored as a new board.' : 'The board was imported as a new board.'} Check these points in it:</p>
        <ul className="share-dialog__list">
          {report.warnings.map((warning, index) => (
            // Two warnings may read the same; their order is the importer's and never changes.
            <li key={`${index}:${warning}`}>{warning}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function ExportFailed({ report, titleId, bodyId }: { readonly report: Extract<ShareReport, { kind: 'export-failed' }>; readonly titleId: string; readonly bodyId: string }) {
  return (
    <div role="alert" className="share-dialog__body">
      <h2 id={titleId} className="share-dialog__title">
        {report.what} was not saved
      </h2>
      <p id={bodyId} className="share-dialog__problem">
        {report.message}
      </p>
    </div>
  );
}

export function ShareReportDialog() {
  const report = useShareStore((s) => s.report);
  const dismiss = useShareStore((s) => s.dismissReport);
  const titleId = useId();
  const bodyId = useId();
  if (!report) return null;
  const tone = report.kind === 'import-warnings' ? 'share-dialog--notice' : 'share-dialog--problem';
  return (
    // Keyed by the report, so a second report re-opens the dialog (and moves focus) afresh.
    <ShareDialogFrame key={JSON.stringify(report)} tone={tone} titleId={titleId} bodyId={bodyId} onClose={dismiss}>
      {report.kind === 'import-failed' && <ImportFailed report={report} titleId={titleId} bodyId={bodyId} />}
      {report.kind === 'import-warnings' && <ImportWarnings report={report} titleId={titleId} bodyId={bodyId} />}
      {report.kind === 'export-failed' && <ExportFailed report={report} titleId={titleId} bodyId={bodyId} />}
    </ShareDialogFrame>
  );
}

function ShareDialogFrame({
  tone,
  titleId,
  bodyId,
  onClose,
  children,
}: {
  readonly tone: string;
  readonly titleId: string;
  readonly bodyId: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  return (
    <ShareDialog labelledBy={titleId} describedBy={bodyId} onClose={onClose} className={tone}>
      {children}
      <div className="share-dialog__actions">
        <button type="button" className="primary-button" data-autofocus onClick={onClose}>
          OK
        </button>
      </div>
    </ShareDialog>
  );
}
