import { useTranslation } from 'react-i18next';
import type { Phase, WorkshopDetail } from '../../../src-main/contract';
import { paths } from '../../app/router';
import { Icon } from '../../ui/Icon';
import { RichText } from '../../ui/RichText';
import { ActionPlanEditor } from '../actions/ActionPlanEditor';
import { MeasureLinksProvider } from '../actions/MeasureLinks';
import { ProcessEditor } from '../process/ProcessEditor';
import { StakeholderEditor } from '../stakeholders/StakeholderEditor';
import { NotesEditor } from './NotesEditor';

export function PhaseView({ workshop, phase, focus = null }: { workshop: WorkshopDetail; phase: Phase; focus?: string | null }) {
  const { t } = useTranslation();
  const index = workshop.phases.findIndex((p) => p.id === phase.id);
  const previous = workshop.phases[index - 1];
  const next = workshop.phases[index + 1];
  return (
    <article className="phase" aria-labelledby="phase-title">
      <p className="phase-kicker">
        {t('phase.position', { n: index + 1, total: workshop.phases.length })} · {t(`phaseKinds.${phase.kind}`)} ·{' '}
        {t('common.minutes', { count: phase.minutes })}
      </p>
      <h2 id="phase-title" className="phase-title">
        {phase.title}
      </h2>
      {phase.purpose && (
        <section className="phase-section">
          <h3>{t('phase.purpose')}</h3>
          <p className="phase-purpose">{phase.purpose}</p>
        </section>
      )}
      {phase.prompts.length > 0 && (
        <section className="phase-section phase-prompts" aria-labelledby="phase-prompts">
          <h3 id="phase-prompts">{t('phase.prompts')}</h3>
          <ul>
            {phase.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </section>
      )}
      <MeasureLinksProvider workshopId={workshop.id} phases={workshop.phases}>
        {phase.kind === 'stakeholders' && <StakeholderEditor key={focus} workshopId={workshop.id} focus={focus} />}
        {phase.kind === 'process_current' && <ProcessEditor key={`ist-${focus}`} workshopId={workshop.id} variant="ist" focus={focus} />}
        {phase.kind === 'process_target' && <ProcessEditor key={`soll-${focus}`} workshopId={workshop.id} variant="soll" focus={focus} />}
        {phase.kind === 'actions' && <ActionPlanEditor key={focus} workshopId={workshop.id} focus={focus} />}
        <NotesEditor key={phase.id} phase={phase} />
      </MeasureLinksProvider>
      {phase.instructions && (
        <section className="phase-section phase-instructions">
          <h3>{t('phase.instructions')}</h3>
          <RichText source={phase.instructions} />
        </section>
      )}
      {phase.materials.length > 0 && (
        <section className="phase-section">
          <h3>{t('phase.materials')}</h3>
          <ul className="materials">
            {phase.materials.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
      <nav className="phase-pager" aria-label={t('phase.pager')}>
        {previous ? (
          <a className="btn" href={paths.phase(workshop.id, previous.id)}>
            <Icon name="arrowLeft" />
            {t('phase.previous')}
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a className="btn btn-primary" href={paths.phase(workshop.id, next.id)}>
            {t('phase.next')}
            <Icon name="arrowRight" />
          </a>
        )}
      </nav>
    </article>
  );
}
