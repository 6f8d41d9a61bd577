/**
 * The end of an editing form on the board: why the last Save was refused (read out at once, and
 * named by the fields it is about through `errorId`), what may be chosen instead (`remedy`: the
 * outcome editor's readings of an amount it asks about), then Save and Cancel.
 */
import type { ReactNode } from 'react';

export function FormFooter({
  errorId,
  error,
  buttonsClassName,
  wide = false,
  remedy = null,
  onCancel,
}: {
  readonly errorId: string;
  readonly error: string | null;
  readonly buttonsClassName: string;
  /** In a two-column form grid: across both columns. */
  readonly wide?: boolean;
  readonly remedy?: ReactNode;
  readonly onCancel: () => void;
}) {
  return (
    <>
      {error !== null && (
        <p id={errorId} className={wide ? 'form-error field--wide' : 'form-error'} role="alert">
          {error}
        </p>
      )}
      {error !== null && remedy}
      <div className={wide ? `${buttonsClassName} field--wide` : buttonsClassName}>
        <button type="submit" className="primary-button">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
