/**
 * The toolbar's Import control: choose an ownership map file and it opens as a new board (the
 * board on screen is kept). Files can also be dropped on the window (useFileDrop).
 */
import { useShareStore } from './shareStore';
import { importFromPicker } from './importBoard';

export function ImportButton() {
  const importing = useShareStore((s) => s.importing);
  return (
    <button
      type="button"
      // aria-disabled rather than disabled: a disabled button drops keyboard focus mid-import.
      aria-disabled={importing}
      aria-busy={importing}
      title="Open an ownership map file (.ownership.json) as a new board"
      onClick={() => {
        if (!importing) void importFromPicker();
      }}
    >
      Import
    </button>
  );
}
