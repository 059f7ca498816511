import { useTranslation } from 'react-i18next';
import type { Phase, WorkshopDetail } from '../../../src-main/contract';
import { type AgendaSlot, agendaTimes } from '../../../src-main/shared/agenda-times';
import { Icon } from '../../ui/Icon';
import { PrintHeader } from './PrintHeader';

function TimeCell({ slot }: { slot: AgendaSlot }) {
  const { t } = useTranslation();
  if (!slot.start) return <td className="pa-time" />;
  return (
    <td className="pa-time">
      <span className="pa-clock">{slot.start}</span>
      {slot.dayOffset > 0 && <span className="pa-next-day"> {t('print.nextDay')}</span>}
    </td>
  );
}

function AgendaRow({ phase, slot }: { phase: Phase; slot: AgendaSlot }) {
  const { t } = useTranslation();
  const pause = phase.kind === 'pause';
  const prompts = pause ? [] : phase.prompts.filter((p) => p.trim() !== '');
  return (
    <tr className={pause ? 'pa-row pa-pause' : 'pa-row'}>
      <TimeCell slot={slot} />
      <td className="pa-phase">
        <p className="pa-title">
          {pause && <Icon name="pause" size={18} />}
          {phase.title}
        </p>
        {!pause && phase.purpose.trim() && <p className="pa-goal">{t('print.goal', { goal: phase.purpose.trim() })}</p>}
        {prompts.length > 0 && (
          <ul className="pa-prompts">
            {prompts.map((prompt, i) => (
              <li key={i}>{prompt}</li>
            ))}
          </ul>
        )}
      </td>
      <td className="pa-minutes">{phase.minutes}</td>
    </tr>
  );
}

/** "Ablauf": every phase with its clock time, title, minutes, goal and the questions for the room. */
export function AgendaPrint({ workshop }: { workshop: WorkshopDetail }) {
  const { t } = useTranslation();
  const times = agendaTimes(workshop.startTime, workshop.phases);
  const line =
    times.end && workshop.startTime
      ? `${t('print.clock', { time: `${workshop.startTime} – ${times.end}` })}`
      : t('print.dayLength', { minutes: times.totalMinutes });
  return (
    <>
      <PrintHeader workshop={workshop} what={t('print.agendaTitle')} line={line} />
      {!workshop.startTime && <p className="print-note">{t('print.noStartTime')}</p>}
      {times.crossesMidnight && <p className="print-note">{t('print.crossesMidnight')}</p>}
      {workshop.phases.length === 0 ? (
        <p>{t('print.noPhases')}</p>
      ) : (
        <table className="print-table pa-table">
          <thead>
            <tr>
              <th scope="col" className="pa-time">{t('print.time')}</th>
              <th scope="col">{t('print.phase')}</th>
              <th scope="col" className="pa-minutes">{t('print.minutes')}</th>
            </tr>
          </thead>
          <tbody>
            {workshop.phases.map((phase, i) => (
              <AgendaRow key={phase.id} phase={phase} slot={times.slots[i]!} />
            ))}
          </tbody>
        </table>
      )}
      {times.end && <p className="print-foot">{t('print.dayEnd', { time: times.end, minutes: times.totalMinutes })}</p>}
    </>
  );
}
