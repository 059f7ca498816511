import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Shown under the title, linked as the dialog's description. */
  description?: string;
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal built on the native <dialog>: focus stays inside, Escape closes,
 * and focus returns to where it was when the dialog goes away.
 */
export function Dialog({ title, onClose, children, description, role = 'dialog' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const autofocus = dialog.querySelector<HTMLElement>('[data-autofocus]');
    autofocus?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Back where the coach was: the page keeps its scroll position.
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      role={role}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {description && (
        <p id={descriptionId} className="dialog-description">
          {description}
        </p>
      )}
      {children}
    </dialog>
  );
}

interface DialogActionsProps {
  form: { formError: string | null; busy: boolean };
  submitLabel: string;
  onCancel: () => void;
  disabled?: boolean;
}

/** The form-level message and the two buttons every form dialog ends with. */
export function DialogActions({ form, submitLabel, onCancel, disabled }: DialogActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {form.formError && (
        <p className="form-error" role="alert">
          {form.formError}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={form.busy || disabled} aria-busy={form.busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
