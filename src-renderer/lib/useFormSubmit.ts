import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../i18n/errors';

export interface FormSubmit {
  errors: Record<string, string>;
  formError: string | null;
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * Submits a form through the API: refused fields get their message next to
 * them, anything else one message above the buttons. A field that could not
 * even read its input (letters in a number) stops the submit and takes focus.
 */
export function useFormSubmit(action: () => Promise<void>): FormSubmit {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = event.currentTarget;
    const unreadable = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (unreadable && !errors[unreadable.getAttribute('name') ?? '']) {
      unreadable.focus();
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
