import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { createClient } from './api/client';
import { detectTransport } from './api/transport';
import { App } from './app/App';
import { initI18n } from './i18n';
import { AnnouncerProvider } from './ui/Announcer';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/workshop.css';
import './styles/editor.css';

initI18n('de');
const client = createClient(detectTransport());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider client={client}>
      <AnnouncerProvider>
        <App />
      </AnnouncerProvider>
    </ApiProvider>
  </StrictMode>,
);
