import { useTranslation } from 'react-i18next';
import type { StatusCounts } from '../../../src-main/contract';

export const total = (counts: StatusCounts): number => Object.values(counts).reduce((s, n) => s + n, 0);

/** "12 von 40 erledigt, 5 in Arbeit" with a bar; the words carry the meaning, the bar only repeats them. */
export function DoneBar({ counts }: { counts: StatusCounts }) {
  const { t } = useTranslation();
  const all = total(counts);
  if (all === 0) return <span className="hint">{t('timeline.noMeasures')}</span>;
  const share = (n: number): string => `${(n / all) * 100}%`;
  return (
    <span className="done-bar-wrap">
      <span className="done-bar" aria-hidden="true">
        <span className="done-bar-done" style={{ width: share(counts.done) }} />
        <span className="done-bar-progress" style={{ width: share(counts.in_progress) }} />
      </span>
      <span>{t('timeline.barLabel', { done: counts.done, progress: counts.in_progress, total: all })}</span>
    </span>
  );
}
