import {
  type Envelope,
  type ExportKind,
  type ExportParsedInput,
  type ExportedFile,
  exportContract,
  isExportKind,
  parseInput,
} from '../../contract';
import { toErrorData } from '../api/dispatch';
import type { CoreContext } from '../context';
import type { Workspace } from '../workspace';
import { measuresCsv, measuresIcs } from './measure-exports';
import { processPng, processSvgFile } from './process-exports';
import { stakeholderCsv, stakeholderPng } from './stakeholder-exports';
import { templateFile } from './template-export';
import { actionPlanReport, workshopReport } from '../report/workshop-report';
import { progressReport } from '../report/progress-report';
import { type ArchiveEnv, clubArchive, workshopArchive } from '../archive/export';

type Exporter<K extends ExportKind> = (ctx: CoreContext, input: ExportParsedInput<K>, env: ArchiveEnv) => ExportedFile | Promise<ExportedFile>;

const exporters: { [K in ExportKind]: Exporter<K> } = {
  'stakeholders.png': stakeholderPng,
  'stakeholders.csv': stakeholderCsv,
  'process.png': processPng,
  'process.svg': processSvgFile,
  'measures.csv': measuresCsv,
  'measures.ics': measuresIcs,
  'template.json': templateFile,
  'report.docx': workshopReport,
  'actions.docx': actionPlanReport,
  'progress.docx': progressReport,
  'workshop.vwerkstatt': workshopArchive,
  'club.vwerkstatt': clubArchive,
};

/**
 * Produces a file for the UI: validates the request like any API call and
 * never throws. Where the file goes is the caller's business (save dialog in
 * the desktop app, download in the browser host).
 */
export async function exportFile(workspace: Workspace, kind: unknown, input: unknown): Promise<Envelope<ExportedFile>> {
  if (!isExportKind(kind)) return { ok: false, error: { kind: 'validation', messageKey: 'errors.request.unknownMethod' } };
  if (!workspace.isOpen) return { ok: false, error: { kind: 'storage', messageKey: 'errors.storage.unavailable' } };
  const parsed = parseInput(exportContract[kind], input);
  if (!parsed.ok) return parsed;
  try {
    const exporter = exporters[kind] as Exporter<ExportKind>;
    return { ok: true, value: await exporter(workspace.context, parsed.value, { appVersion: workspace.appVersion }) };
  } catch (error) {
    const data = toErrorData(error);
    if (data.kind === 'internal') console.error(`[export] ${kind} failed`, error);
    return { ok: false, error: data };
  }
}
