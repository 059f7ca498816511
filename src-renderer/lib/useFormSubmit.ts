import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors, messageFor } from '../i18n/errors';

export interface FormSubmit {
  errors: Record<string, string>;
  formError: string | null;
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/** Required fields left empty, by name: checked here only when the form cannot be sent anyway. */
function missingFields(form: HTMLFormElement): HTMLElement[] {
  const required = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[aria-required="true"][name]')];
  return required.filter((el) => el.value.trim() === '');
}

/** The first of the given fields in the order the form shows them. */
function firstInOrder(elements: HTMLElement[]): HTMLElement | undefined {
  return [...elements].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
}

/**
 * Submits a form through the API: refused fields get their message next to
 * them, anything else one message above the buttons. A field that could not
 * even read its input (letters in a number) stops the submit; then every
 * other missing entry is named too, and the first problem takes focus.
 */
export function useFormSubmit(action: () => Promise<void>): FormSubmit {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = event.currentTarget;
    const unreadable = [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')].filter((el) => !errors[el.getAttribute('name') ?? '']);
    if (unreadable.length > 0) {
      // Say everything at once rather than one problem per click.
      const missing = missingFields(form);
      setErrors(Object.fromEntries(missing.map((el) => [el.getAttribute('name')!, messageFor(t, { messageKey: 'errors.validation.required', field: el.getAttribute('name')! })])));
      setFormError(null);
      firstInOrder([...unreadable, ...missing])?.focus();
      return;
    }
    setBusy(true);
    action().then(
      () => setBusy(false),
      (error: unknown) => {
        const byField = fieldErrors(t, error);
        setErrors(byField);
        setFormError(Object.keys(byField).length > 0 ? null : errorMessage(t, error));
        setBusy(false);
        const first = Object.keys(byField)[0];
        if (first) requestAnimationFrame(() => form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
      },
    );
  };

  return { errors, formError, busy, onSubmit };
}
