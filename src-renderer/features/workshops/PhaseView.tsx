import { useTranslation } from 'react-i18next';
import type { Phase, WorkshopDetail } from '../../../src-main/contract';
import { paths } from '../../app/router';
import { Icon } from '../../ui/Icon';
import { ActionPlanEditor } from '../actions/ActionPlanEditor';
import { CarriedOver } from '../actions/CarriedOver';
import { ReviewEditor } from '../actions/ReviewEditor';
import { UnplannedMarkers } from '../actions/UnplannedMarkers';
import { MeasureLinksProvider } from '../actions/MeasureLinks';
import { ProcessEditor } from '../process/ProcessEditor';
import { StakeholderEditor } from '../stakeholders/StakeholderEditor';
import { CardBoardEditor } from '../cards/CardBoardEditor';
import { LiveBar } from '../live/LiveBar';
import type { Live } from '../live/useLive';
import { SelfCheckEditor } from '../selfcheck/SelfCheckEditor';
import { ChecklistEditor } from '../dataprotection/ChecklistEditor';
import { DataMapEditor } from '../dataprotection/DataMapEditor';
import { NotesEditor } from './NotesEditor';
import { PhaseBrief, PhaseBriefToggle, hasBrief, usePhaseBrief } from './PhaseBrief';
import { PhaseHeading } from './PhaseSections';
import { TopicBanner } from './TopicBanner';

interface PhaseViewProps {
  workshop: WorkshopDetail;
  phase: Phase;
  live: Live;
  focus?: string | null;
}

export function PhaseView({ workshop, phase, live, focus = null }: PhaseViewProps) {
  const { t } = useTranslation();
  const index = workshop.phases.findIndex((p) => p.id === phase.id);
  const previous = workshop.phases[index - 1];
  const next = workshop.phases[index + 1];
  // A follow-up session: it follows an earlier workshop, or looks back in a Rückblick.
  const isFollowUp = workshop.followsWorkshopId !== null || workshop.phases.some((p) => p.kind === 'review');
  const brief = usePhaseBrief(workshop.id);
  const withBrief = hasBrief(phase);
  // The tool comes right after the slim timer bar: goal, prompts and hints wait folded above it.
  return (
    <article className="phase" aria-labelledby="phase-title">
      <header className="phase-head">
        <div className="phase-head-text">
          <PhaseHeading phase={phase} index={index} total={workshop.phases.length} />
        </div>
        {withBrief && <PhaseBriefToggle brief={brief} />}
      </header>
      <TopicBanner workshopId={workshop.id} phase={phase} />
      <LiveBar workshop={workshop} phase={phase} live={live} />
      {withBrief && <PhaseBrief phase={phase} brief={brief} />}
      <MeasureLinksProvider workshopId={workshop.id} phases={workshop.phases}>
        <div className="phase-tool" data-testid="phase-tool">
          {(phase.kind === 'cards' || phase.kind === 'voting') && <CardBoardEditor key={`cards-${phase.id}`} workshop={workshop} phase={phase} />}
          {phase.kind === 'selfcheck' && <SelfCheckEditor workshopId={workshop.id} />}
          {phase.kind === 'stakeholders' && <StakeholderEditor key={focus} workshopId={workshop.id} focus={focus} />}
          {phase.kind === 'process_current' && <ProcessEditor key={`ist-${focus}`} workshopId={workshop.id} variant="ist" focus={focus} />}
          {phase.kind === 'process_target' && <ProcessEditor key={`soll-${focus}`} workshopId={workshop.id} variant="soll" focus={focus} />}
          {phase.kind === 'review' && <ReviewEditor workshopId={workshop.id} />}
          {phase.kind === 'checklist' && <ChecklistEditor key={`checklist-${phase.id}`} workshop={workshop} phase={phase} />}
          {phase.kind === 'pause' && <p className="phase-pause-note">{t('phase.pauseNote')}</p>}
          {phase.kind === 'datamap' && <DataMapEditor key={`datamap-${phase.id}`} workshop={workshop} phase={phase} />}
          {phase.kind === 'actions' && isFollowUp && <CarriedOver workshopId={workshop.id} />}
          {phase.kind === 'actions' && <ActionPlanEditor key={focus} workshopId={workshop.id} focus={focus} />}
          {phase.kind === 'actions' && <UnplannedMarkers workshopId={workshop.id} />}
          <NotesEditor key={phase.id} phase={phase} />
        </div>
      </MeasureLinksProvider>
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
