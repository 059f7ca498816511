import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { type Route, paths } from './router';

export function Header({ route }: { route: Route }) {
  const { t } = useTranslation();
  const onStart = route.name === 'start';
  const onSettings = route.name === 'settings';
  const onTemplates = route.name === 'templates' || route.name === 'template';
  return (
    <header className="app-header">
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <a className="app-brand" href={paths.start()}>
        <svg className="app-brand-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
          <rect width="64" height="64" rx="14" />
          <path d="M16 16l16 34 16-34" />
        </svg>
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
        <a href={paths.templates()} aria-current={onTemplates ? 'page' : undefined}>
          <Icon name="note" />
          {t('nav.templates')}
        </a>
        <a href={paths.settings()} aria-current={onSettings ? 'page' : undefined}>
          <Icon name="settings" />
          {t('nav.settings')}
        </a>
      </nav>
    </header>
  );
}
