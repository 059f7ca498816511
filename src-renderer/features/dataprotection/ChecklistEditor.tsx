import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_STATES, type ChecklistEntry, type ChecklistState, LIMITS, type Phase, type WorkshopDetail } from '../../../src-main/contract';
import { CHECKLIST_SYMBOLS } from '../../../src-main/shared/data-protection-labels';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { useDraft } from '../../lib/useDraft';
import { useEditable } from '../../lib/useEditable';
import { useAnnounce } from '../../ui/Announcer';
import { LoadState } from '../../ui/LoadState';
import { TextField } from '../../ui/fields';
import { MakeMeasure } from './MakeMeasure';
import { PhaseNotice } from './PhaseNotice';
import './dataprotection.css';

// "Checkliste": each item with its explanation, the room's state (erledigt,
// teilweise, offen, trifft nicht zu), a note, and "Maßnahme daraus machen".

interface ItemProps {
  workshop: WorkshopDetail;
  phaseId: string;
  entry: ChecklistEntry;
  onState: (state: ChecklistState) => void;
  onNote: (note: string) => Promise<void>;
}

function ChecklistItemRow({ workshop, phaseId, entry, onState, onNote }: ItemProps) {
  const { t } = useTranslation();
  const note = useDraft(entry.note, onNote);
  const titleId = `item-${phaseId}-${entry.key}`;
  return (
    <li className="checklist-item" data-state={entry.state ?? 'unanswered'} aria-labelledby={titleId}>
      <div className="checklist-text">
        <h3 id={titleId}>{entry.title}</h3>
        {entry.explanation && <p className="checklist-explanation">{entry.explanation}</p>}
      </div>
      <div className="checklist-states" role="radiogroup" aria-label={t('dataProtection.checklist.stateOf', { item: entry.title })}>
        {CHECKLIST_STATES.map((state) => (
          <label key={state} className={entry.state === state ? 'state-option state-option-on' : 'state-option'} data-state={state}>
            <input type="radio" name={`state-${phaseId}-${entry.key}`} checked={entry.state === state} onChange={() => onState(state)} />
            <span aria-hidden="true" className="state-symbol">
              {CHECKLIST_SYMBOLS[state]}
            </span>
            <span>{t(`dataProtection.states.${state}`)}</span>
          </label>
        ))}
      </div>
      <div className="checklist-note">
        <TextField label={t('dataProtection.checklist.note')} value={note.value} onChange={note.change} onBlur={note.flush} maxLength={LIMITS.text} multiline rows={2} name={`note-${entry.key}`} />
      </div>
      <div className="checklist-measure">
        <MakeMeasure workshop={workshop} phaseId={phaseId} from={{ kind: 'checklist', phaseId, itemKey: entry.key }} label={entry.title} kindLabel={t('dataProtection.checklist.kindLabel')} measure={entry.measure} />
      </div>
    </li>
  );
}

function useChecklist(phaseId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const query = useQuery('checklist.get', { phaseId });
  const { data, change, tracked } = useEditable(query);
  const fail = useCallback((error: unknown) => announce(errorMessage(t, error)), [announce, t]);
  const actions = useMemo(
    () => ({
      set: tracked(async (itemKey: string, patch: { state?: ChecklistState; note?: string }) => {
        // Shown at once: the chosen state lights up before the save is back.
        change((c) => ({ ...c, entries: c.entries.map((e) => (e.key === itemKey ? { ...e, ...patch } : e)) }));
        const next = await api.call('checklist.set', { phaseId, itemKey, ...patch });
        change(() => next);
      }),
    }),
    [api, change, phaseId, tracked],
  );
  return { checklist: data, error: query.error, reload: query.reload, actions, fail };
}

export function ChecklistEditor({ workshop, phase }: { workshop: WorkshopDetail; phase: Phase }) {
  const { t } = useTranslation();
  const { checklist, error, reload, actions, fail } = useChecklist(phase.id);
  if (!checklist) return <LoadState error={error} onRetry={reload} />;
  const c = checklist.counts;
  return (
    <section className="phase-section dp-section" aria-labelledby={`checklist-${phase.id}`}>
      <h2 id={`checklist-${phase.id}`}>{t('dataProtection.checklist.heading')}</h2>
      <PhaseNotice text={phase.notice} />
      {checklist.entries.length === 0 ? (
        <p className="empty-hint">{t('dataProtection.checklist.noItems')}</p>
      ) : (
        <>
          <p className="dp-summary" aria-live="polite">
            {t('dataProtection.checklist.summary', { done: c.done, partial: c.partial, open: c.open, na: c.not_applicable, rest: c.unanswered })}
          </p>
          <ol className="checklist">
            {checklist.entries.map((entry) => (
              <ChecklistItemRow
                key={entry.key}
                workshop={workshop}
                phaseId={phase.id}
                entry={entry}
                onState={(state) => void actions.set(entry.key, { state }).catch(fail)}
                onNote={(note) => actions.set(entry.key, { note }).then(() => undefined, (e: unknown) => { fail(e); throw e; })}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
