import type { ExportParsedInput, ExportedFile, Measure } from '../../contract';
import { deDocuments } from '../../shared/i18n/de-documents';
import { enDocuments } from '../../shared/i18n/en-documents';
import { readableDate } from '../../shared/measure-dates';
import { type MeasureLabels, measureLabels } from '../../shared/measure-labels';
import { processLabels } from '../../shared/process-labels';
import { getActionPlan } from '../actions/measures';
import type { CoreContext } from '../context';
import { getWorkshop } from '../services/workshops';
import { toCsv } from './csv';
import { safeFileName } from './file-names';
import { toICalendar } from './ical';

type Language = 'de' | 'en';

// The words live in the one catalogue (shared/i18n).
const TEXT = { de: deDocuments.measureFiles, en: enDocuments.measureFiles };

/** Due date first (none last), then priority: the order a club works through its plan. */
export function byDueDate(a: Measure, b: Measure): number {
  const rank = { high: 0, medium: 1, low: 2 } as const;
  if (a.dueDate !== b.dueDate) return a.dueDate === null ? 1 : b.dueDate === null ? -1 : a.dueDate < b.dueDate ? -1 : 1;
  return rank[a.priority] - rank[b.priority];
}

/** "Schmerzpunkt: Erinnerungen manuell (Führungszeugnis anfordern)", or that it was deleted. */
export function originText(measure: Measure, language: Language): string {
  const origin = measure.origin;
  if (!origin) return '';
  const labels: MeasureLabels = measureLabels(language);
  const kind = origin.kind === 'marker' && origin.markerKind ? processLabels(language).markers[origin.markerKind] : labels.origins[origin.kind];
  const context = origin.context ? ` (${origin.context})` : '';
  const gone = origin.exists ? '' : ` – ${TEXT[language].gone}`;
  return `${kind}: ${origin.label}${context}${gone}`;
}

function latestProgress(measure: Measure, language: Language, labels: MeasureLabels): string {
  const entry = measure.history.at(-1);
  if (!entry) return '';
  const change = entry.previousStatus && entry.previousStatus !== entry.status ? ` (${labels.statuses[entry.previousStatus]} → ${labels.statuses[entry.status]})` : '';
  return `${readableDate(entry.date, language)}: ${entry.note || labels.statuses[entry.status]}${change}`;
}

function baseName(ctx: CoreContext, workshopId: string, language: Language): { name: string; workshop: string } {
  const workshop = getWorkshop(ctx, workshopId);
  return {
    name: [TEXT[language].file, workshop.organisationName, workshop.date ?? ''].filter(Boolean).join(' – '),
    workshop: `${workshop.title} (${workshop.organisationName})`,
  };
}

export function measuresCsv(ctx: CoreContext, input: ExportParsedInput<'measures.csv'>): ExportedFile {
  const { language } = input;
  const labels = measureLabels(language);
  const plan = getActionPlan(ctx, input.workshopId);
  const rows = [...plan.measures].sort(byDueDate).map((m) => [
    m.title,
    m.description,
    m.goal,
    m.owner,
    m.helpers,
    m.firstStep,
    readableDate(m.startDate, language),
    readableDate(m.dueDate, language),
    m.overdue ? TEXT[language].yes : '',
    labels.priorities[m.priority],
    m.effort ? labels.efforts[m.effort] : '',
    labels.statuses[m.status],
    m.status === 'blocked' ? m.blockedReason : m.status === 'dropped' ? m.droppedReason : '',
    originText(m, language),
    latestProgress(m, language, labels),
  ]);
  return {
    fileName: safeFileName(baseName(ctx, input.workshopId, language).name, 'csv'),
    mimeType: 'text/csv; charset=utf-8',
    bytes: toCsv(TEXT[language].header, rows, { language }),
  };
}

export function measuresIcs(ctx: CoreContext, input: ExportParsedInput<'measures.ics'>): ExportedFile {
  const { language } = input;
  const text = TEXT[language];
  const labels = measureLabels(language);
  const plan = getActionPlan(ctx, input.workshopId);
  const names = baseName(ctx, input.workshopId, language);
  const entries = [...plan.measures]
    .sort(byDueDate)
    // A dropped measure is no longer planned: it has no place in the club's calendar.
    .filter((m): m is Measure & { dueDate: string } => m.dueDate !== null && m.status !== 'dropped')
    .map((m) => ({
      uid: `${m.id}@vereinswerkstatt`,
      date: m.dueDate,
      summary: `${m.status === 'done' ? text.done : text.due}: ${m.title}`,
      description: [
        m.owner && `${text.owner}: ${m.owner}`,
        m.firstStep && `${text.firstStep}: ${m.firstStep}`,
        m.goal && `${text.goal}: ${m.goal}`,
        `${text.status}: ${labels.statuses[m.status]}`,
        `${text.workshop}: ${names.workshop}`,
      ]
        .filter(Boolean)
        .join('\n'),
      categories: text.file,
    }));
  return {
    fileName: safeFileName(names.name, 'ics'),
    mimeType: 'text/calendar; charset=utf-8',
    bytes: toICalendar({ name: `${text.calendar} – ${names.workshop}`, stamp: ctx.now(), entries }),
  };
}
