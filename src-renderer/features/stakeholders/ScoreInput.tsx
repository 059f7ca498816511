import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_MAX, SCORE_MIN } from '../../../src-main/contract';
import { roundScore } from '../../../src-main/shared/stakeholder-geometry';
import { formatScore } from './map-nodes';

/** "3,5", "3.5" and "4" all read; anything outside 1–5 is refused here, before it reaches the core. */
export function parseScore(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value) || value < SCORE_MIN || value > SCORE_MAX) return null;
  return roundScore(value);
}

interface ScoreInputProps {
  /** null: not given yet (the field stays empty, no made-up value). */
  value: number | null;
  /** null when the coach empties the field: the value is taken away again. */
  onCommit: (value: number | null) => void;
  /** Visible label; in a table cell the column header labels it instead. */
  label?: string;
  ariaLabel?: string;
  hint?: boolean;
}

/** Influence or interest with a decimal comma, saved when the coach leaves the field or presses Enter; empty means not given. */
export function ScoreInput({ value, onCommit, label, ariaLabel, hint }: ScoreInputProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const shown = draft ?? formatScore(value, i18n.language);

  const commit = (): void => {
    if (draft === null) return;
    if (draft.trim() === '') {
      setError(false);
      setDraft(null);
      if (value !== null) onCommit(null);
      return;
    }
    const parsed = parseScore(draft);
    if (parsed === null) {
      setError(true);
      return;
    }
    setError(false);
    setDraft(null);
    if (parsed !== value) onCommit(parsed);
  };

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid score-field' : 'field score-field'}>
      {label && (
        <label htmlFor={id} className="field-label">
          {label}
        </label>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {t('stakeholders.scoreHint')}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {t('stakeholders.scoreError')}
        </p>
      )}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className="score-input"
        value={shown}
        aria-label={label ? undefined : ariaLabel}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setError(false);
          }
        }}
      />
    </div>
  );
}
