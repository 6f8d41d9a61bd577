/**
 * The ways into "Restore from backup", all desktop-only (a browser keeps no backups): a button for
 * the library's header and the "could not be opened" screen, and the prominent panel the library
 * shows when the app's storage has no boards (or cannot be read) but backups exist on disk.
 */
import { useEffect, useId, useState } from 'react';
import type { BackupEntry } from '../../shared/ipc';
import { getBridge } from '../platform/bridge';
import { useIsDesktop } from './desktop';
import { useBackupOffer } from './offer';
import { formatBackupTime } from './restore';
import { RestoreBackupsDialog } from './RestoreBackupsDialog';
import './backups.css';

interface ButtonProps {
  readonly label?: string;
  readonly className?: string;
}

/** A button that opens the restore dialog; renders nothing outside the desktop app. */
export function RestoreFromBackupButton(props: ButtonProps) {
  return useIsDesktop() ? <RestoreDialogButton {...props} /> : null;
}

function RestoreDialogButton({ label = 'Restore from backup', className }: ButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          setOpen(true);
        }}
      >
        {label}
      </button>
      {open && (
        <RestoreBackupsDialog
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

/**
 * Shown by the library when it found no boards (or could not read them): says backups were found
 * and how to bring them back. Renders nothing in a browser, without backups, or once put aside.
 */
export function BackupOfferPanel() {
  const desktop = useIsDesktop();
  const dismissed = useBackupOffer((s) => s.dismissed);
  const dismiss = useBackupOffer((s) => s.dismiss);
  const [backups, setBackups] = useState<readonly BackupEntry[] | null>(null);
  const headingId = useId();

  useEffect(() => {
    if (!desktop) return undefined;
    let current = true;
    getBridge()
      .listBackups()
      .then(
        (list) => {
          if (current) setBackups(list);
        },
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [desktop]);

  if (!desktop || dismissed || backups === null || backups.length === 0) return null;
  const boards = new Set(backups.map((entry) => entry.boardId)).size;
  const newest = backups[0];
  return (
    <section className="backup-offer" aria-labelledby={headingId}>
      <h2 id={headingId}>Your boards are not in the app’s storage, but backups were found on this computer</h2>
      <p>
        {backups.length} {backups.length === 1 ? 'backup' : 'backups'} of {boards} {boards === 1 ? 'board' : 'boards'}
        {newest ? `, the newest saved ${formatBackupTime(newest.savedAt)}` : ''}. Restoring one adds it as a board again; nothing else
        changes.
      </p>
      <div className="backup-offer__actions">
        <RestoreDialogButton label="Choose a backup to restore" className="primary-button" />
        <button type="button" onClick={dismiss}>
          Not now
        </button>
      </div>
    </section>
  );
}
