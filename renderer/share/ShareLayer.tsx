/**
 * Everything of import and export that is not a toolbar button, mounted once beside the board:
 * the PDF options dialog, the import/export report, the file-drop target and the native menu's
 * commands. Outside the board screen so they work in presentation mode and while a board loads.
 */
import { useMenuCommands } from '../platform/useMenuCommands';
import { PdfExportDialog } from './PdfExportDialog';
import { ShareReportDialog } from './ShareReportDialog';
import { useShareStore } from './shareStore';
import { useFileDrop } from './useFileDrop';
import './share.css';

export function ShareLayer() {
  useMenuCommands();
  const dragging = useFileDrop();
  const pdfDialogOpen = useShareStore((s) => s.pdfDialogOpen);
  return (
    <>
      {dragging && (
        // Pointer-only feedback; keyboard and screen-reader users have the Import button.
        <div className="share-drop-hint" aria-hidden="true">
          <p>Drop an ownership map (.ownership.json) to import it as a new board</p>
        </div>
      )}
      {pdfDialogOpen && <PdfExportDialog />}
      <ShareReportDialog />
    </>
  );
}
