import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MeasureList } from '../../src-renderer/features/actions/ActionPlanEditor';
import type { MeasureActions } from '../../src-renderer/features/actions/measure-actions';
import { initI18n } from '../../src-renderer/i18n';
import '../../src-renderer/styles/base.css';
import '../../src-renderer/styles/components.css';
import '../../src-renderer/styles/editor.css';
import { AnnouncerProvider } from '../../src-renderer/ui/Announcer';
import { syntheticPlan } from './synthetic';


// The real action plan table (filters, sorting, rows) over a long synthetic plan;
// bench/actions-filter.ts changes filters and sort order and times the screen.

const params = new URLSearchParams(location.search);
const plan = syntheticPlan(Number(params.get('n') ?? 2000), '2026-04-16');
(window as unknown as { benchPlan: typeof plan }).benchPlan = plan;

const measure = plan.measures[0]!;
const actions: MeasureActions = {
  create: () => Promise.resolve(measure),
  update: () => Promise.resolve(),
  followUp: () => Promise.resolve(measure),
  remove: () => Promise.resolve(),
};

initI18n('de');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AnnouncerProvider>
      <main style={{ padding: 16 }}>
        <MeasureList plan={plan} view="table" actions={actions} onOpen={() => undefined} />
      </main>
    </AnnouncerProvider>
  </StrictMode>,
);
