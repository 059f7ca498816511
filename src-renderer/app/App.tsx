import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/useQuery';
import { OpenedFiles } from '../features/archive/OpenedFiles';
import { PresenterPage } from '../features/present/PresenterPage';
import { PrintPage } from '../features/print/PrintPage';
import { StorageErrorScreen } from '../features/storage/StorageErrorScreen';
import { changeLanguage } from '../i18n';
import { LoadState } from '../ui/LoadState';
import { Header } from './Header';
import { useRoute } from './router';
import { Screens } from './Screens';

/** Follows the language setting, also when another window changes it. */
function useLanguageSetting(): void {
  const settings = useQuery('settings.get', {});
  const language = settings.data?.language;
  useEffect(() => {
    if (language) void changeLanguage(language);
  }, [language]);
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  // Checked once (no event concerns it); the storage screen reports back when the coach has dealt with a problem.
  const status = useQuery('app.status', {});
  useLanguageSetting();

  if (!status.data) {
    return (
      <main id="main" className="page page-narrow">
        <h1 className="visually-hidden">{t('app.name')}</h1>
        <LoadState error={status.error} onRetry={status.reload} />
      </main>
    );
  }
  if (status.data.state !== 'ok') return <StorageErrorScreen status={status.data} onResolved={status.reload} />;
  if (route.name === 'present') return <PresenterPage id={route.id} />;
  if (route.name === 'print') return <PrintPage id={route.id} document={route.document} auto={route.auto} />;

  return (
    <>
      <Header route={route} />
      <main id="main" tabIndex={-1}>
        <Screens route={route} />
      </main>
      <OpenedFiles />
    </>
  );
}
