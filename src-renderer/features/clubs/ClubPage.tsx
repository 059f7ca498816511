import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { paths } from '../../app/router';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { OpenMeasures } from '../actions/OpenMeasures';
import { ArchiveExport } from '../archive/ArchiveExport';
import { CreateFollowUpButton } from '../workshops/CreateFollowUpButton';
import { CreateWorkshopDialog } from '../workshops/CreateWorkshopDialog';
import { WorkshopList } from '../workshops/WorkshopList';
import { ClubDetails } from './ClubDetails';
import { ProgressReport } from './ProgressReport';
import { ClubTimeline } from './ClubTimeline';

export function ClubPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const club = useQuery('organisations.get', { id });
  const workshops = useQuery('workshops.list', { organisationId: id });
  const [creating, setCreating] = useState(false);

  if (!club.data) return <div className="page page-narrow"><LoadState error={club.error} onRetry={club.reload} /></div>;
  const newWorkshop = (
    <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
      <Icon name="plus" />
      {t('club.newWorkshop')}
    </button>
  );

  return (
    <div className="page page-narrow">
      <Breadcrumbs items={[{ label: t('nav.overview'), href: paths.start() }, { label: club.data.name }]} />
      <PageHeading focusKey={`club-${id}`}>{club.data.name}</PageHeading>
      <section className="section" aria-labelledby="club-workshops">
        <div className="section-header">
          <h2 id="club-workshops">{t('club.workshopsHeading')}</h2>
          {workshops.data && workshops.data.length > 0 && (
            <div className="section-actions">
              <CreateFollowUpButton organisationId={id} />
              {newWorkshop}
            </div>
          )}
        </div>
        {!workshops.data ? (
          <LoadState error={workshops.error} onRetry={workshops.reload} />
        ) : workshops.data.length === 0 ? (
          <EmptyState title={t('club.emptyWorkshopsTitle')} text={t('club.emptyWorkshopsText')}>
            {newWorkshop}
          </EmptyState>
        ) : (
          <WorkshopList workshops={workshops.data} />
        )}
      </section>
      {workshops.data && workshops.data.length > 0 && <OpenMeasures organisationId={id} />}
      {workshops.data && workshops.data.length > 0 && <ClubTimeline organisationId={id} />}
      {workshops.data && workshops.data.length > 0 && <ProgressReport organisationId={id} />}
      <ArchiveExport target={{ organisationId: id }} />
      <ClubDetails club={club.data} workshopCount={workshops.data?.length ?? 0} />
      {creating && <CreateWorkshopDialog organisationId={id} onClose={() => setCreating(false)} />}
    </div>
  );
}
