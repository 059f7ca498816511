import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHONE_MODERATIONS, type Phase, type QueuedCard } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { PHONE_UPDATES, type usePhones } from './usePhones';

interface Props {
  workshopId: string;
  phase: Phase;
  phones: ReturnType<typeof usePhones>;
}

/** One waiting card: accept as it is, change it first, or reject it. */
function QueuedItem({ card, phones }: { card: QueuedCard; phones: Props['phones'] }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const fieldId = `queued-${card.id}`;
  return (
    <li>
      {text === null ? (
        <p className="phones-queue-text">
          {card.text}
          {card.author && <span className="field-hint"> · {t('phones.from', { name: card.author })}</span>}
        </p>
      ) : (
        <span className="phones-queue-text">
          <label className="visually-hidden" htmlFor={fieldId}>
            {t('phones.editAccept')}
          </label>
          <textarea id={fieldId} className="input" rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        </span>
      )}
      <span className="phones-buttons">
        <button
          type="button"
          className="btn btn-primary"
          aria-label={`${t('phones.accept')}: ${card.text}`}
          onClick={() => void phones.run('phones.queue.accept', text === null ? { id: card.id } : { id: card.id, text }, t('phones.accepted'))}
        >
          {t('phones.accept')}
        </button>
        {text === null && (
          <button type="button" className="btn" onClick={() => setText(card.text)}>
            {t('phones.editAccept')}
          </button>
        )}
        <button type="button" className="btn btn-quiet" aria-label={`${t('phones.reject')}: ${card.text}`} onClick={() => void phones.run('phones.queue.reject', { id: card.id }, t('phones.rejected'))}>
          {t('phones.reject')}
        </button>
      </span>
    </li>
  );
}

/**
 * While phones are connected: how this phase takes their cards ("direkt
 * zeigen" or "erst prüfen"), closing it for phones, names, and the queue of
 * cards to review, which only the coach's screen shows.
 */
export function PhonePhaseTools({ workshopId, phase, phones }: Props) {
  const { t } = useTranslation();
  const settings = useQuery('phones.settings.get', { workshopId }, PHONE_UPDATES);
  const queue = useQuery('phones.queue.list', { workshopId }, PHONE_UPDATES);
  const mine = settings.data?.phases.find((p) => p.phaseId === phase.id);
  const moderation = mine?.moderation ?? 'direct';
  const closed = mine?.closed ?? false;
  const waiting = (queue.data ?? []).filter((c) => c.phaseId === phase.id);
  const takesCards = phase.kind === 'cards';
  const takesPhones = takesCards || phase.kind === 'voting' || phase.kind === 'selfcheck';
  if (!takesPhones) return null;
  return (
    <>
      <div className="phones-settings">
        {takesCards && (
          <fieldset>
            <legend className="field-label">{t('phones.moderation')}</legend>
            {PHONE_MODERATIONS.map((m) => (
              <label key={m} className="choice">
                <input type="radio" name={`moderation-${phase.id}`} checked={moderation === m} onChange={() => void phones.run('phones.phase.set', { phaseId: phase.id, moderation: m })} />
                {t(`phones.moderations.${m}`)}
              </label>
            ))}
          </fieldset>
        )}
        <button type="button" className="btn" aria-pressed={closed} onClick={() => void phones.run('phones.phase.set', { phaseId: phase.id, closed: !closed })}>
          {closed ? t('phones.openForPhones') : t('phones.closeForPhones')}
        </button>
        <label className="choice">
          <input type="checkbox" checked={settings.data?.askNames ?? false} onChange={(e) => void phones.run('phones.settings.set', { workshopId, askNames: e.target.checked })} />
          {t('phones.askNames')}
        </label>
      </div>
      {takesCards && (moderation === 'review' || waiting.length > 0) && (
        <section className="phones-queue" aria-labelledby={`queue-${phase.id}`}>
          <h3 id={`queue-${phase.id}`}>{t('phones.queue', { count: waiting.length })}</h3>
          <p className="field-hint">{t('phones.queueHint')}</p>
          {waiting.length === 0 ? <p>{t('phones.queueEmpty')}</p> : <ul>{waiting.map((c) => <QueuedItem key={c.id} card={c} phones={phones} />)}</ul>}
        </section>
      )}
    </>
  );
}
