import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase, WorkshopDetail } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { paths } from '../../app/router';
import { formatDate } from '../../i18n/format';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Icon } from '../../ui/Icon';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { StatusBadge } from '../../ui/StatusBadge';
import { type Live, useLive } from '../live/useLive';
import { Agenda } from './Agenda';
import { PhaseView } from './PhaseView';
import { WorkshopDetails } from './WorkshopDetails';

export type WorkshopView = { kind: 'phase'; phaseId: string | null; focus?: string | null } | { kind: 'details' };

function WorkshopMeta({ workshop }: { workshop: WorkshopDetail }) {
  const { t } = useTranslation();
  return (
    <p className="workshop-meta">
      <span>
        <Icon name="calendar" size={20} />
        {workshop.date ? formatDate(workshop.date) : t('workshop.noDate')}
      </span>
      {workshop.place && (
        <span>
          <Icon name="place" size={20} />
          {workshop.place}
        </span>
      )}
      {workshop.participantCount !== null && (
        <span>
          <Icon name="people" size={20} />
          {t('workshop.participants', { count: workshop.participantCount })}
        </span>
      )}
      <StatusBadge status={workshop.status} />
    </p>
  );
}

/** Remembered on this computer: coaches who fold the agenda for the map want it folded next time too. */
const AGENDA_KEY = 'vereinswerkstatt.agenda';
const EDITOR_KINDS = new Set<Phase['kind']>(['stakeholders', 'process_current', 'process_target', 'actions', 'datamap']);

/** While the workshop runs, the room sees the phase the coach opens. */
function useProjectorFollows(live: Live, running: boolean, phaseId: string | undefined): void {
  const follow = useEffectEvent((id: string) => {
    if (live.live && live.live.livePhaseId !== id) void live.show(id).catch(() => undefined);
  });
  const loaded = !!live.live;
  useEffect(() => {
    if (running && phaseId && loaded) follow(phaseId);
  }, [running, phaseId, loaded]);
}

export function WorkshopPage({ id, view }: { id: string; view: WorkshopView }) {
  const { t } = useTranslation();
  const query = useQuery('workshops.get', { id });
  const workshop = query.data;
  const live = useLive(id);
  const [stored, setStored] = useState(() => window.localStorage.getItem(AGENDA_KEY));
  const phase =
    workshop && view.kind === 'phase' ? (workshop.phases.find((p) => p.id === view.phaseId) ?? workshop.phases[0]) : undefined;
  useProjectorFollows(live, workshop?.status === 'running', phase?.id);
  if (!workshop) return <div className="page page-narrow"><LoadState error={query.error} onRetry={query.reload} /></div>;

  // Editors (map, diagrams) need the width: there the agenda starts folded on laptop screens,
  // until the coach says otherwise.
  const compact = stored ? stored === 'compact' : !!phase && EDITOR_KINDS.has(phase.kind) && window.innerWidth < 1800;
  const toggleAgenda = (): void => {
    const next = compact ? 'open' : 'compact';
    window.localStorage.setItem(AGENDA_KEY, next);
    setStored(next);
  };

  return (
    // The phase screen uses the whole width for boards and canvases; the details form stays readable.
    <div className={phase ? 'page page-work' : 'page page-wide'}>
      <Breadcrumbs
        items={[
          { label: t('nav.overview'), href: paths.start() },
          { label: workshop.organisationName, href: paths.club(workshop.organisationId) },
          { label: workshop.title },
        ]}
      />
      <div className="workshop-head">
        <PageHeading focusKey={`workshop-${id}`}>{workshop.title}</PageHeading>
        <WorkshopMeta workshop={workshop} />
      </div>
      <div className={compact ? 'workshop-layout workshop-layout-compact' : 'workshop-layout'}>
        <Agenda
          workshop={workshop}
          currentPhaseId={phase?.id ?? null}
          detailsOpen={view.kind === 'details'}
          compact={compact}
          onToggle={toggleAgenda}
          live={live}
        />
        <div className="workshop-main">
          {phase ? <PhaseView workshop={workshop} phase={phase} live={live} focus={view.kind === 'phase' ? (view.focus ?? null) : null} /> : <WorkshopDetails workshop={workshop} />}
        </div>
      </div>
    </div>
  );
}
