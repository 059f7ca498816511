import { StrictMode } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import type { ApiClient } from '../../src-renderer/api/client';
import { ApiProvider } from '../../src-renderer/api/ApiProvider';
import { ClubPage } from '../../src-renderer/features/clubs/ClubPage';
import { initI18n } from '../../src-renderer/i18n';
import '../../src-renderer/styles/base.css';
import '../../src-renderer/styles/layout.css';
import '../../src-renderer/styles/components.css';
import '../../src-renderer/styles/workshop.css';
import '../../src-renderer/styles/editor.css';
import { AnnouncerProvider } from '../../src-renderer/ui/Announcer';

// The real club page (workshops, "Was ist offen?", the timeline) over answers
// the bench took from the real API; bench/club-timeline.ts mounts it again and
// again and times each mount until the page is complete and painted.

type Answers = Record<string, unknown>;

function clientOf(answers: Answers): ApiClient {
  return {
    call: (name) => {
      if (name in answers) return Promise.resolve(answers[name] as never);
      // A call the bench did not make through the API: the bench reports it instead of timing half a page.
      (window as unknown as { benchMissing: string[] }).benchMissing.push(name);
      return Promise.reject(new Error(`bench: no answer for ${name}`));
    },
    subscribe: () => () => undefined,
    exportFile: () => Promise.reject(new Error('bench')),
    openPresenter: () => Promise.resolve(false),
    printDocument: () => Promise.reject(new Error('bench')),
    takeOpenedFiles: () => Promise.resolve([]),
    onOpenedFiles: () => () => undefined,
  };
}

initI18n('de');
let root: Root | null = null;

/** Mounts the club page for these answers (unmounting the one before). */
function mountClub(id: string, answers: Answers): void {
  root?.unmount();
  root = createRoot(document.getElementById('root')!);
  root.render(
    <StrictMode>
      <ApiProvider client={clientOf(answers)}>
        <AnnouncerProvider>
          <main>
            <ClubPage id={id} />
          </main>
        </AnnouncerProvider>
      </ApiProvider>
    </StrictMode>,
  );
}

Object.assign(window, { mountClub, benchMissing: [] as string[] });
