import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { navigate, paths } from '../../app/router';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { PageHeading } from '../../ui/PageHeading';
import { ArchiveImport } from '../archive/ArchiveImport';
import { CreateClubDialog } from '../clubs/CreateClubDialog';
import { ClubList } from './ClubList';
import { CoachOverview } from './CoachOverview';
import { RecentWorkshops } from './RecentWorkshops';

export function StartScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const clubs = useQuery('organisations.list', {});
  const [creating, setCreating] = useState(false);
  const [sampleBusy, setSampleBusy] = useState(false);

  const loadSample = async (): Promise<void> => {
    setSampleBusy(true);
    try {
      const result = await api.call('sample.load', {});
      announce(t('start.sampleLoaded'));
      navigate(paths.workshop(result.workshopId));
    } catch (error) {
      announce(errorMessage(t, error));
      setSampleBusy(false);
    }
  };

  const actions = (
    <>
      <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
        <Icon name="plus" />
        {t('start.newClub')}
      </button>
      <button type="button" className="btn" onClick={() => void loadSample()} disabled={sampleBusy} aria-busy={sampleBusy}>
        {sampleBusy ? t('common.loading') : t('start.loadSample')}
      </button>
      <ArchiveImport />
    </>
  );

  return (
    <div className="page page-narrow">
      <PageHeading focusKey="start">{t('start.title')}</PageHeading>
      <p className="lead">{t('start.intro')}</p>
      {clubs.data && clubs.data.length > 0 && <CoachOverview />}
      <section className="section" aria-labelledby="clubs-heading">
        <div className="section-header">
          <h2 id="clubs-heading">{t('start.clubsHeading')}</h2>
          {clubs.data && clubs.data.length > 0 && <div className="section-actions">{actions}</div>}
        </div>
        <ClubList query={clubs} emptyActions={actions} />
      </section>
      <section className="section" aria-labelledby="workshops-heading">
        <h2 id="workshops-heading">{t('start.workshopsHeading')}</h2>
        <RecentWorkshops />
      </section>
      {creating && <CreateClubDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
