import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type SelfCheckDimension, type SelfCheckEntry } from '../../../src-main/contract';

interface SelfCheckRowProps {
  entry: SelfCheckEntry;
  onAgree: (value: number | null) => void;
  onRate: (ratings: number[]) => void;
  onNote: (note: string) => void;
}

/** "2, 3 3;4" → [2, 3, 3, 4]; null when something is not a whole number from 1 to 5. */
export function parseRatings(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const values = parts.map(Number);
  return values.every((v) => Number.isInteger(v) && v >= 1 && v <= 5) ? values : null;
}

const ratingText = (ratings: readonly number[]): string => ratings.join(', ');

/** One field of the self-check: the agreed value, or the individual ratings, and a note. */
export function SelfCheckRow({ entry, onAgree, onRate, onNote }: SelfCheckRowProps) {
  const { t, i18n } = useTranslation();
  const [ratings, setRatings] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ratingsId = useId();
  const errorId = useId();
  const noteId = useId();
  const dimension: SelfCheckDimension = entry.dimension;
  const commitRatings = (): void => {
    if (ratings === null) return;
    const parsed = parseRatings(ratings);
    if (!parsed) {
      setError(t('errors.selfcheck.range'));
      return;
    }
    setError(null);
    setRatings(null);
    if (ratingText(parsed) !== ratingText(entry.ratings)) onRate(parsed);
  };
  const commitNote = (): void => {
    if (note === null) return;
    setNote(null);
    if (note !== entry.note) onNote(note);
  };
  const spread = entry.ratings.length > 1 ? `${Math.min(...entry.ratings)}–${Math.max(...entry.ratings)}` : null;

  return (
    <fieldset className="selfcheck-row" data-dimension={dimension}>
      <legend>{t(`selfcheck.dimensions.${dimension}`)}</legend>
      <div className="selfcheck-scale" role="radiogroup" aria-label={t('selfcheck.agreedOf', { what: t(`selfcheck.dimensions.${dimension}`) })}>
        {[1, 2, 3, 4, 5].map((v) => (
          <label key={v} className={entry.agreed === v ? 'scale-option scale-option-on' : 'scale-option'}>
            <input type="radio" name={`agreed-${dimension}`} checked={entry.agreed === v} onChange={() => onAgree(v)} />
            <span>{v}</span>
          </label>
        ))}
        <label className={entry.agreed === null ? 'scale-option scale-none scale-option-on' : 'scale-option scale-none'}>
          <input type="radio" name={`agreed-${dimension}`} checked={entry.agreed === null} onChange={() => onAgree(null)} />
          <span>{t('selfcheck.noAgreed')}</span>
        </label>
      </div>
      <div className={error ? 'field field-invalid selfcheck-ratings' : 'field selfcheck-ratings'}>
        <label htmlFor={ratingsId} className="field-label">
          {t('selfcheck.ratings')}
        </label>
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
        <input type="text"
          id={ratingsId}
          value={ratings ?? ratingText(entry.ratings)}
          placeholder={t('selfcheck.ratingsPlaceholder')}
          inputMode="numeric"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setRatings(e.target.value)}
          onBlur={commitRatings}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitRatings();
          }}
        />
        {entry.average !== null && (
          <p className="selfcheck-average">
            {t('selfcheck.average', { value: entry.average.toLocaleString(i18n.language), count: entry.ratings.length })}
            {spread && ` · ${t('selfcheck.spread', { spread })}`}
          </p>
        )}
      </div>
      <div className="field selfcheck-note">
        <label htmlFor={noteId} className="field-label">
          {t('selfcheck.note')}
        </label>
        <input type="text" id={noteId} value={note ?? entry.note} maxLength={LIMITS.text} onChange={(e) => setNote(e.target.value)} onBlur={commitNote} />
      </div>
    </fieldset>
  );
}
