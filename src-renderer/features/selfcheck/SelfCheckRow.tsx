import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type SelfCheckDimension, type SelfCheckEntry } from '../../../src-main/contract';
import { useDraft } from '../../lib/useDraft';
import { TextField } from '../../ui/fields';

interface SelfCheckRowProps {
  entry: SelfCheckEntry;
  onAgree: (value: number | null) => void;
  onRate: (ratings: number[]) => Promise<void>;
  onNote: (note: string) => Promise<void>;
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
  const [error, setError] = useState<string | null>(null);
  const dimension: SelfCheckDimension = entry.dimension;
  // Both fields are saved while the room talks, after a short pause in typing.
  const ratings = useDraft(ratingText(entry.ratings), async (text) => {
    const parsed = parseRatings(text);
    if (!parsed) {
      setError(t('errors.selfcheck.range'));
      throw new Error('invalid ratings');
    }
    setError(null);
    if (ratingText(parsed) !== ratingText(entry.ratings)) await onRate(parsed);
  });
  const note = useDraft(entry.note, onNote);
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
        {/* Without an agreed value the average is the result (below); "keiner" is then no result to highlight. */}
        <label className={entry.agreed === null && entry.average === null ? 'scale-option scale-none scale-option-on' : 'scale-option scale-none'}>
          <input type="radio" name={`agreed-${dimension}`} checked={entry.agreed === null} onChange={() => onAgree(null)} />
          <span>{t('selfcheck.noAgreed')}</span>
        </label>
      </div>
      <div className="selfcheck-ratings">
        <TextField
          label={t('selfcheck.ratings')}
          value={ratings.value}
          onChange={ratings.change}
          onBlur={ratings.flush}
          onKeyDown={(e) => {
            if (e.key === 'Enter') ratings.flush();
          }}
          error={error ?? undefined}
          placeholder={t('selfcheck.ratingsPlaceholder')}
          inputMode="numeric"
          maxLength={2000}
        />
        {entry.average !== null && (
          <p className={entry.agreed === null ? 'selfcheck-average selfcheck-result' : 'selfcheck-average'}>
            {entry.agreed === null && `${t('selfcheck.result')} `}
            {t('selfcheck.average', { value: entry.average.toLocaleString(i18n.language), count: entry.ratings.length })}
            {spread && ` · ${t('selfcheck.spread', { spread })}`}
          </p>
        )}
      </div>
      <div className="selfcheck-note">
        <TextField label={t('selfcheck.note')} value={note.value} onChange={note.change} onBlur={note.flush} maxLength={LIMITS.text} />
      </div>
    </fieldset>
  );
}
