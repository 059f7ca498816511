import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Closeness } from '../../../src-main/contract';
import type { Scores } from '../../../src-main/shared/stakeholder-geometry';
import { fieldErrors } from '../../i18n/errors';
import { LIMITS } from '../../../src-main/contract';
import type { StakeholderActions } from './useStakeholderMap';

export interface Placement {
  scores?: Scores;
  closeness?: Closeness;
}

interface AddFormProps {
  actions: StakeholderActions;
  placement: Placement | null;
  /** Bumped when the toolbar or a double-click asks for the name field. */
  focusRequest: number;
  announce: (text: string) => void;
}

/**
 * The quick list: type a name, press Enter, type the next. In a workshop this
 * is faster than drawing; the room drags people into place afterwards.
 */
export function AddStakeholderForm({ actions, placement, focusRequest, announce }: AddFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (focusRequest > 0) input.current?.focus();
  }, [focusRequest]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await actions.create({ name, ...(placement?.scores ?? {}), ...(placement?.closeness ? { closeness: placement.closeness } : {}) });
      announce(t('stakeholders.panel.added', { name: created.name }));
      setName('');
      setError(null);
    } catch (e) {
      setError(fieldErrors(t, e).name ?? t('errors.internal'));
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <form className="panel-section" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('stakeholders.panel.addHeading')}</h3>
      <p id={`${id}-hint`} className="hint">
        {t('stakeholders.panel.quickHint')}
      </p>
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={id} className="field-label">
          {t('stakeholders.panel.quickLabel')}
        </label>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        <div className="inline-form">
          <input
            ref={input}
            id={id}
            type="text"
            autoComplete="off"
            value={name}
            maxLength={LIMITS.name}
            aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('stakeholders.panel.quickSubmit')}
          </button>
        </div>
      </div>
    </form>
  );
}
