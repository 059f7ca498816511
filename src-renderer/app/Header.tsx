import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { type Route, paths } from './router';

export function Header({ route }: { route: Route }) {
  const { t } = useTranslation();
  const onStart = route.name === 'start';
  const onSettings = route.name === 'settings';
  return (
    <header className="app-header">
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <a className="app-brand" href={paths.start()}>
        <span className="app-brand-mark" aria-hidden="true">V</span>
        <span>
          <span className="app-brand-name">{t('app.name')}</span>
          <span className="app-brand-tagline">{t('app.tagline')}</span>
        </span>
      </a>
      <nav aria-label={t('app.mainNav')} className="app-nav">
        <a href={paths.start()} aria-current={onStart ? 'page' : undefined}>
          <Icon name="house" />
          {t('nav.overview')}
        </a>
        <a href={paths.settings()} aria-current={onSettings ? 'page' : undefined}>
          <Icon name="settings" />
          {t('nav.settings')}
        </a>
      </nav>
    </header>
  );
}
