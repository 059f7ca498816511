import { type Document, Packer, Paragraph, TextRun } from 'docx';
import { type ExportParsedInput, type ExportedFile, IMPACT_STAGES, type ImpactStage, type MeasureStatus, SELF_CHECK_DIMENSIONS } from '../../contract';
import { measureLabels } from '../../shared/measure-labels';
import { radarSvg } from '../../shared/radar';
import type { CoreContext } from '../context';
import { safeFileName } from '../exports/file-names';
import { bullet, drawPicture, heading, pageFrame, para, pictureParagraph, reportDocument, table } from './docx-blocks';
import type { Block } from './phase-chapters';
import { type ProgressData, type ProgressMeasure, readProgressData } from './progress-data';
import { counted, fill } from './progress-text';
import { selfCheckNames } from './report-pictures';
import { statusText } from './review-chapter';
import { DOCX_MIME } from './workshop-report';

// "Fortschrittsbericht": what became of a club's measures over a period, for
// the board's report to its members or a funder's Sachbericht. Each chapter
// stands on its own, in plain sentences, so it can be pasted elsewhere.

/** The order a board reports in: what was achieved first. */
const STATUS_ORDER: readonly MeasureStatus[] = ['done', 'in_progress', 'blocked', 'dropped', 'open'];

const word = (d: ProgressData, status: MeasureStatus): string => statusText(d, { status, blockedReason: '', droppedReason: '' });

function titleBlock(d: ProgressData): Block[] {
  const { p } = d;
  return [
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: d.clubName, size: 28 })] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: p.title, size: 48, bold: true })] }),
    new Paragraph({ children: [new TextRun({ text: `${p.period}: `, bold: true }), new TextRun(fill(p.periodText, { from: d.date(d.from), to: d.date(d.to) }))] }),
    new Paragraph({ spacing: { after: 360 }, children: [new TextRun({ text: `${p.made}: `, bold: true }), new TextRun(d.date(d.today))] }),
  ];
}

function summary(d: ProgressData): Block[] {
  const { p } = d;
  const count = (s: MeasureStatus): number => d.measures.filter((m) => m.row.status === s).length;
  const rows = STATUS_ORDER.map((s) => [word(d, s), String(count(s))]);
  const sentence = fill(p.summaryText, { from: d.date(d.from), to: d.date(d.to), sessions: counted(d.held.length, p.sessionCount), measures: counted(d.measures.length, p.measureCount) });
  return [
    heading(p.summary, 1),
    para(sentence),
    ...(d.measures.length === 0 ? [para(p.summaryNone)] : [heading(p.counts, 2), table([p.countLabel, p.count], [...rows, [d.t.total, String(d.measures.length)]])]),
  ];
}

function topicAndGoals(d: ProgressData): Block[] {
  const { p } = d;
  const topics = [...d.sessionsById.values()].filter((s) => s.topic && s.day <= d.to);
  const goals = d.measures.filter((m) => m.row.goal.trim());
  return [
    heading(p.topicGoals, 1),
    ...(topics.length === 0
      ? [para(p.noTopic)]
      : topics.map((s) => para(`${p.topic}: ${fill(p.topicFrom, { topic: s.topic!, session: s.title, date: `, ${d.date(s.day)}` })}`))),
    heading(p.goals, 2),
    ...(goals.length === 0 ? [para(p.noGoals)] : goals.map((m) => bullet(`${m.row.title}: ${m.row.goal.trim()}`))),
  ];
}

function sessions(d: ProgressData): Block[] {
  const { p, t } = d;
  if (d.held.length === 0) return [heading(p.sessions, 1), para(p.noSessions)];
  // The kind under the title: five columns do not fit a portrait page.
  const rows = d.held.map((s) => [d.date(s.day), `${s.title}\n(${s.followUp ? p.followUpKind : p.workshopKind})`, s.topic ?? p.none, s.participantCount === null ? p.none : String(s.participantCount)]);
  return [heading(p.sessions, 1), table([t.date, p.session, t.item, p.participants], rows)];
}

function historyLine(d: ProgressData, h: ProgressMeasure['history'][number]): string {
  const where = h.workshopId ? d.sessionsById.get(h.workshopId)?.title : undefined;
  const note = h.note.trim() ? ` – ${h.note.trim()}` : '';
  return `${d.date(h.date)}: ${word(d, h.status)}${note} (${where ? `${d.p.session} „${where}“` : d.p.clubPage})`;
}

function measureBlocks(d: ProgressData, m: ProgressMeasure): Block[] {
  const { p } = d;
  const { row } = m;
  const source = m.source ? `${m.source.title} (${d.date(m.source.day)})` : p.none;
  const blocks: Block[] = [heading(row.title, 3), para(fill(p.measureFacts, { owner: row.owner.trim() || p.none, due: d.date(row.due_date) || p.none, source }))];
  if (row.goal.trim()) blocks.push(para(`${p.goal}: ${row.goal.trim()}`));
  const reason = row.status === 'blocked' ? row.blocked_reason : row.status === 'dropped' ? row.dropped_reason : '';
  if (reason.trim()) blocks.push(para(`${p.reason} (${word(d, row.status)}): ${reason.trim()}`));
  // Kept with the first entry: never alone at a page's foot.
  blocks.push(new Paragraph({ keepNext: true, spacing: { after: 60 }, children: [new TextRun({ text: p.history, bold: true })] }));
  if (m.history.length === 0) blocks.push(para(p.noHistory, { italics: true }));
  for (const h of m.history) blocks.push(bullet(historyLine(d, h)));
  return blocks;
}

function measures(d: ProgressData): Block[] {
  const { p } = d;
  if (d.measures.length === 0) return [heading(p.measures, 1), para(p.noMeasures)];
  const blocks: Block[] = [heading(p.measures, 1)];
  for (const status of STATUS_ORDER) {
    const group = d.measures.filter((m) => m.row.status === status);
    if (group.length === 0) continue;
    blocks.push(heading(`${word(d, status)} (${group.length})`, 2));
    for (const m of group) blocks.push(...measureBlocks(d, m));
  }
  return blocks;
}

async function selfCheck(d: ProgressData): Promise<Block[]> {
  const { p, t } = d;
  const series = d.selfChecks;
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return [heading(p.selfcheck, 1), para(p.noSelfcheck)];
  const names = selfCheckNames(d);
  const dayOf = (s: typeof first): string => d.date(d.sessionsById.get(s.workshopId)?.day ?? s.date);
  const value = (v: number | null): string => (v === null ? p.none : v.toLocaleString(t.locale));
  const valuesOf = (s: typeof first): (number | null)[] => SELF_CHECK_DIMENSIONS.map((dim) => s.values[dim]);
  const once = first === last;
  const legend = once ? [{ name: dayOf(last), values: valuesOf(last) }] : [{ name: `${p.now} (${dayOf(last)})`, values: valuesOf(last) }, { name: `${p.before} (${dayOf(first)})`, values: valuesOf(first) }];
  // The sessions between before and now: faint lines, the trend without noise.
  const between = series.slice(1, -1);
  const chart = radarSvg(
    SELF_CHECK_DIMENSIONS.map((dim) => names[dim]),
    legend,
    t.radarAlt,
    { name: t.olderSessions, values: between.map(valuesOf) },
  );
  const described = SELF_CHECK_DIMENSIONS.map((dim) => `${names[dim]} ${value(first.values[dim])} → ${value(last.values[dim])}`).join(', ');
  const picture = pictureParagraph(await drawPicture(chart, 600), { title: t.radarAlt, description: described }, 'radar');
  const change = (dim: (typeof SELF_CHECK_DIMENSIONS)[number]): string => {
    const [a, b] = [first.values[dim], last.values[dim]];
    return a === null || b === null ? p.none : (Math.round((b - a) * 10) / 10).toLocaleString(t.locale, { signDisplay: 'exceptZero' });
  };
  const rows = once
    ? SELF_CHECK_DIMENSIONS.map((dim) => [names[dim], value(last.values[dim])])
    : SELF_CHECK_DIMENSIONS.map((dim) => [names[dim], value(first.values[dim]), value(last.values[dim]), change(dim)]);
  const header = once ? [t.dimension, t.value] : [t.dimension, `${p.before} (${dayOf(first)})`, `${p.now} (${dayOf(last)})`, p.change];
  const intro = once
    ? fill(p.selfcheckOnce, { title: last.title, date: dayOf(last) })
    : fill(p.selfcheckText, { before: first.title, beforeDate: dayOf(first), now: last.title, nowDate: dayOf(last) });
  return [heading(p.selfcheck, 1), para(intro), picture, table(header, rows)];
}

/** The measures by the stage of the Wirkungstreppe they aim at; only when the coach has tagged any. */
function impactStages(d: ProgressData): Block[] {
  const { p } = d;
  if (!d.measures.some((m) => m.row.impact_stage)) return [];
  const names = measureLabels(d.language).impactStages;
  const stages = [...IMPACT_STAGES, null].map((stage) => ({ stage, measures: d.measures.filter((m) => m.row.impact_stage === stage) })).filter((g) => g.measures.length > 0);
  const label = (stage: ImpactStage | null): string => (stage ? names[stage] : p.impactNone);
  const rows = stages.map((g) => [label(g.stage), String(g.measures.length), String(g.measures.filter((m) => m.row.status === 'done').length)]);
  const blocks: Block[] = [heading(p.impact, 1), para(p.impactText), table([p.impactStage, p.count, p.impactDone], rows)];
  for (const g of stages) {
    blocks.push(heading(`${label(g.stage)} (${g.measures.length})`, 2));
    for (const m of g.measures) blocks.push(bullet(`${m.row.title} – ${word(d, m.row.status)}`));
  }
  return blocks;
}

function nextSteps(d: ProgressData): Block[] {
  const { p } = d;
  const open = d.open.measures;
  return [
    heading(p.nextSteps, 1),
    para(d.nextDate ? fill(p.nextDate, { date: d.date(d.nextDate) }) : p.noNextDate),
    heading(p.openMeasures, 2),
    ...(open.length === 0 ? [para(p.noneOpen)] : open.map((m) => bullet([m.title, m.owner.trim(), d.date(m.dueDate), word(d, m.status)].filter(Boolean).join(' – ')))),
  ];
}

/** The progress report as a Word document, drawn from the stored data. */
export async function buildProgressReport(ctx: CoreContext, input: ExportParsedInput<'progress.docx'>): Promise<{ document: Document; fileName: string }> {
  const d = readProgressData(ctx, input);
  // The chart is drawn (off the main thread) while the text is built.
  const pendingChart = selfCheck(d);
  const children: Block[] = [...titleBlock(d), ...summary(d), ...topicAndGoals(d), ...sessions(d), ...measures(d), ...impactStages(d), ...(await pendingChart), ...nextSteps(d)];
  const frame = pageFrame(d.clubName, fill(d.p.periodText, { from: d.date(d.from), to: d.date(d.to) }), d.t);
  const title = `${d.p.title}: ${d.clubName}`;
  const document = reportDocument(title, d.clubName, d.t.locale, [{ ...frame, children }]);
  return { document, fileName: safeFileName([d.p.title, d.clubName, d.to].join(' – '), 'docx') };
}

export async function progressReport(ctx: CoreContext, input: ExportParsedInput<'progress.docx'>): Promise<ExportedFile> {
  const { document, fileName } = await buildProgressReport(ctx, input);
  return { fileName, mimeType: DOCX_MIME, bytes: new Uint8Array(await Packer.toBuffer(document)) };
}
