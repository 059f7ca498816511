import { useTranslation } from 'react-i18next';
import { isOpenStatus } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { LoadState } from '../../ui/LoadState';
import { ReviewMeta } from './ReviewEditor';
import './actions.css';

/**
 * A follow-up's action plan: the club's measures carried over from earlier
 * workshops, next to those made in this session. The same records as the
 * Rückblick (read where they are, never copied), marked by where they came from.
 */
export function CarriedOver({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const query = useQuery('measures.review', { workshopId });
  // Open ones only: what the Rückblick just closed is done with.
  const measures = query.data?.measures.filter((m) => isOpenStatus(m.status));
  return (
    <section className="section" aria-labelledby="carried-heading">
      <div className="section-header">
        <h2 id="carried-heading">{t('actions.carried.heading')}</h2>
        {measures && <span className="hint">{t('actions.review.count', { count: measures.length })}</span>}
      </div>
      <p className="hint">{t('actions.carried.hint')}</p>
      {!measures ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : measures.length === 0 ? (
        <p className="empty-hint">{t('actions.carried.empty')}</p>
      ) : (
        <ul className="review-list">
          {measures.map((m) => (
            <li key={m.id} className="review-item" data-measure-id={m.id} aria-labelledby={`carried-${m.id}`}>
              <h3 id={`carried-${m.id}`}>
                <span className="carried-mark">{t('actions.carried.mark')}:</span> {m.title}
              </h3>
              <ReviewMeta m={m} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
