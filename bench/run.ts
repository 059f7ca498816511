import { actionsFilter } from './actions-filter';
import { appSize } from './app-size';
import { archiveRoundtrip } from './archive-roundtrip';
import { backup, noteSaveDuringBackup } from './backup';
import { cardsAdd } from './cards-add';
import { clubTimeline } from './club-timeline';
import { coldStart } from './cold-start';
import { firstScreen } from './first-screen';
import { type BenchResult, report } from './lib';
import { noteSave } from './note-save';
import { cardsAddDuringBurst, participantsBurst } from './participants-burst';
import { processDrag } from './process-drag';
import { processLayout } from './process-layout';
import { progressReportBench } from './progress-report';
import { projectorFit } from './projector-fit';
import { reportFull, reportFullCold } from './report-full';
import { stakeholderDrag } from './stakeholder-drag';
import { templateImport } from './template-import';
import { workshopsList } from './workshops-list';

// Performance goals live here, never in timed tests. Each measure compares
// against a baseline taken in the same run, or against the goal.
const MEASURES: Record<string, () => Promise<BenchResult>> = {
  'note-save': noteSave,
  'workshops-list': workshopsList,
  'first-screen': firstScreen,
  'cold-start': coldStart,
  'stakeholder-drag': stakeholderDrag,
  'process-drag': processDrag,
  'process-layout': processLayout,
  'actions-filter': actionsFilter,
  'club-timeline': clubTimeline,
  'template-import': templateImport,
  'cards-add': cardsAdd,
  'participants-burst': participantsBurst,
  'cards-add-during-burst': cardsAddDuringBurst,
  'projector-fit': projectorFit,
  'report-full': reportFull,
  'report-full-cold': reportFullCold,
  'progress-report': progressReportBench,
  'archive-roundtrip': archiveRoundtrip,
  backup,
  'note-save-during-backup': noteSaveDuringBackup,
  'app-size': appSize,
};

const only = process.argv.slice(2);
let failed = false;
for (const [name, measure] of Object.entries(MEASURES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  try {
    report(await measure());
  } catch (error) {
    failed = true;
    console.error(`bench ${name} failed:`, error);
  }
}
process.exit(failed ? 1 : 0);
