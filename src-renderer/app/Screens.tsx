import { useTranslation } from 'react-i18next';
import { ClubPage } from '../features/clubs/ClubPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StartScreen } from '../features/start/StartScreen';
import { TemplateEditorPage } from '../features/templates/TemplateEditorPage';
import { TemplateLibrary } from '../features/templates/TemplateLibrary';
import { WorkshopPage } from '../features/workshops/WorkshopPage';
import { PageHeading } from '../ui/PageHeading';
import { type Route, paths } from './router';

function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page page-narrow">
      <PageHeading focusKey="not-found">{t('errors.notFound.workshop')}</PageHeading>
      <a className="btn" href={paths.start()}>
        {t('nav.overview')}
      </a>
    </div>
  );
}

export function Screens({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return <StartScreen />;
    case 'club':
      return <ClubPage key={route.id} id={route.id} />;
    case 'workshop':
      return <WorkshopPage key={route.id} id={route.id} view={{ kind: 'phase', phaseId: route.phaseId, focus: route.focus }} />;
    case 'workshopDetails':
      return <WorkshopPage key={route.id} id={route.id} view={{ kind: 'details' }} />;
    case 'settings':
      return <SettingsPage />;
    case 'templates':
      return <TemplateLibrary />;
    case 'template':
      return <TemplateEditorPage key={route.id} id={route.id} />;
    case 'notFound':
    case 'present':
    case 'print':
      return <NotFound />;
  }
}
