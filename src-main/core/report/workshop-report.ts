import { AlignmentType, type Document, ImageRun, type ISectionOptions, Packer, PageBreak, PageOrientation, Paragraph, TableOfContents, TextRun } from 'docx';
import type { ExportParsedInput, ExportedFile, Phase, ReportSection } from '../../contract';
import type { CoreContext } from '../context';
import { fieldError } from '../errors';
import { workshopFileName } from '../exports/file-names';
import { fitInto, imageSize } from './image-size';
import { type Block, measureTable, phaseChapter } from './phase-chapters';
import { inThreadDrawer } from './picture-jobs';
import { type Pictures, startPictures } from './report-pictures';
import { LANDSCAPE_MARGIN, bullet, heading, pageFrame, para, reportDocument, table } from './docx-blocks';
import { type ReportData, readPictureData, readReportData } from './report-data';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Logo {
  type: 'png' | 'jpg';
  data: Uint8Array;
  size: { width: number; height: number };
}

/** The club's logo as bytes with its size; a clear message when the bytes are no picture. */
function readLogo(logo: ExportParsedInput<'report.docx'>['logo']): Logo | null {
  if (!logo) return null;
  const data = new Uint8Array(Buffer.from(logo.base64, 'base64'));
  const size = imageSize(data, logo.type);
  if (!size) throw fieldError('logo', 'errors.report.logo');
  return { type: logo.type, data, size };
}

function cover(d: ReportData, title: string, logo: Logo | null): Block[] {
  const { t, workshop } = d;
  const blocks: Block[] = [];
  if (logo) {
    const { type, data, size } = logo;
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new ImageRun({ type, data, transformation: fitInto(size, 220, 140), altText: { name: 'logo', title: t.logoAlt, description: `${t.logoAlt}: ${workshop.organisationName}` } })],
      }),
    );
  }
  blocks.push(
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 1200, after: 240 }, children: [new TextRun({ text: workshop.organisationName, size: 36 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480 }, children: [new TextRun({ text: title, size: 56, bold: true })] }),
  );
  const facts: [string, string][] = [
    [t.date, d.date(workshop.date)],
    [t.place, workshop.place],
    [t.coach, d.person(workshop.coach)],
  ];
  for (const [label, value] of facts) if (value) blocks.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
  if (d.anonymise) blocks.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [new TextRun({ text: d.t.anonymised, italics: true })] }));
  return blocks;
}

function agenda(d: ReportData): Block[] {
  const { t, workshop } = d;
  const total = workshop.phases.reduce((s, p) => s + p.minutes, 0);
  return [
    heading(t.agenda, 1),
    table(
      [t.number, t.phase, `${t.planned} (${t.minutes})`],
      [...workshop.phases.map((p, i) => [`${i + 1}`, p.title, String(p.minutes)]), ['', t.total, String(total)]],
    ),
  ];
}

function nextSteps(d: ReportData): Block[] {
  const { t } = d;
  const open = d.open.measures;
  const follow = d.workshop.followUpDate;
  return [
    heading(t.nextSteps, 1),
    para(follow ? `${t.followUp} ${d.date(follow)}.` : t.noFollowUp),
    heading(t.openMeasures, 2),
    ...(open.length === 0 ? [para(t.noneOpen)] : open.map((m) => bullet([m.title, d.person(m.owner), d.date(m.dueDate)].filter(Boolean).join(' – ')))),
  ];
}

function participants(d: ReportData): Block[] {
  const names = d.workshop.participantNames.split(/\r?\n/).map((n) => n.trim()).filter(Boolean);
  if (d.anonymise || !d.workshop.participantsConsent || names.length === 0) return [];
  return [heading(d.t.participants, 1), ...names.map((n) => bullet(n))];
}

/** A chapter on landscape pages: the action plan's wide table, a process too wide for a portrait page. */
function isLandscape(phase: Phase, pictures: Pictures): boolean {
  if (phase.kind === 'actions' || phase.kind === 'review' || phase.kind === 'datamap') return true;
  if (phase.kind === 'process_current') return pictures.ist?.landscape ?? false;
  if (phase.kind === 'process_target') return pictures.soll?.landscape ?? false;
  return false;
}

/** Portrait sections, with landscape sections for the chapters that need the width (one section for neighbours). */
async function sections(d: ReportData, chosen: ReadonlySet<ReportSection>, front: Block[], pictures: Pictures | null): Promise<ISectionOptions[]> {
  const frame = pageFrame(d.workshop.organisationName, d.date(d.workshop.date), d.t);
  const portrait = (children: Block[]): ISectionOptions => ({ ...frame, children });
  const landscape = (children: Block[]): ISectionOptions => ({ ...frame, properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN } }, children });
  const result: ISectionOptions[] = [];
  let current: Block[] = [...front];
  let wide = false;
  const turn = (toWide: boolean): void => {
    if (toWide === wide) return;
    if (current.length > 0) result.push(wide ? landscape(current) : portrait(current));
    current = [];
    wide = toWide;
  };
  if (chosen.has('agenda')) current.push(...agenda(d));
  if (pictures) {
    const chapters = await Promise.all(d.workshop.phases.map((phase, index) => phaseChapter(d, pictures, phase, index)));
    d.workshop.phases.forEach((phase, index) => {
      turn(isLandscape(phase, pictures));
      current.push(...chapters[index]!);
    });
  }
  turn(false);
  if (chosen.has('nextSteps')) current.push(...nextSteps(d));
  if (chosen.has('participants')) current.push(...participants(d));
  if (current.length > 0) result.push(portrait(current));
  return result;
}

const documentOf = (d: ReportData, title: string, sectionList: ISectionOptions[]): Document => reportDocument(title, d.workshop.organisationName, d.t.locale, sectionList);

/** The whole workshop as an editable Word document, drawn from the stored data. */
export async function buildWorkshopReport(ctx: CoreContext, input: ExportParsedInput<'report.docx'>): Promise<{ document: Document; fileName: string }> {
  const logo = readLogo(input.logo);
  const chosen = new Set(input.sections);
  const pictureData = readPictureData(ctx, input.workshopId, input.language);
  const pictures = chosen.has('phases') ? startPictures(pictureData, ctx.pictures ?? inThreadDrawer) : null;
  const d = readReportData(ctx, pictureData, input.anonymise);
  const title = `${d.t.report}: ${d.workshop.title}`;
  const front: Block[] = [
    ...cover(d, d.workshop.title, logo),
    new Paragraph({ children: [new PageBreak()] }),
    // A heading of its own for the contents, not a Heading style: the contents do not list themselves.
    new Paragraph({ keepNext: true, spacing: { after: 240 }, children: [new TextRun({ text: d.t.contents, bold: true, size: 32 })] }),
    new TableOfContents(d.t.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const document = documentOf(d, title, await sections(d, chosen, front, pictures));
  return { document, fileName: workshopFileName({ club: d.workshop.organisationName, workshop: d.workshop.title, date: d.workshop.date }, 'docx') };
}

/**
 * Starts drawing a report's pictures while the coach still chooses its
 * options: the export then finds them drawn. An unknown workshop throws at
 * once; the promise ends when every picture is drawn (the app does not wait).
 */
export function prepareReportPictures(ctx: CoreContext, workshopId: string, language: 'de' | 'en'): Promise<void> {
  const pictures = startPictures(readPictureData(ctx, workshopId, language), ctx.pictures ?? inThreadDrawer);
  const pages = [pictures.ist, pictures.soll].flatMap((p) => p?.pages.map((page) => page.pending) ?? []);
  return Promise.allSettled([pictures.radar, pictures.stakeholders, ...pages]).then(() => undefined);
}

export async function workshopReport(ctx: CoreContext, input: ExportParsedInput<'report.docx'>): Promise<ExportedFile> {
  const { document, fileName } = await buildWorkshopReport(ctx, input);
  return { fileName, mimeType: DOCX_MIME, bytes: new Uint8Array(await Packer.toBuffer(document)) };
}

/** The action plan alone, to print and hang up: club, workshop, date, the measures, room for notes. */
export async function actionPlanReport(ctx: CoreContext, input: ExportParsedInput<'actions.docx'>): Promise<ExportedFile> {
  const d = readReportData(ctx, readPictureData(ctx, input.workshopId, input.language), input.anonymise);
  const title = `${d.t.actionPlan}: ${d.workshop.title}`;
  const frame = pageFrame(d.workshop.organisationName, d.date(d.workshop.date), d.t);
  // Word and LibreOffice draw neighbouring paragraphs with the same border as one box: a twip of indent keeps each line its own.
  const lines = Array.from({ length: 5 }, (_, i) => new Paragraph({ border: { bottom: { style: 'single', size: 6, color: '999999', space: 12 } }, indent: { right: i % 2 }, spacing: { after: 240 }, children: [] }));
  const children: Block[] = [
    heading(d.t.actionPlan, 1),
    para([d.workshop.organisationName, d.workshop.title, d.date(d.workshop.date)].filter(Boolean).join(' · ')),
    d.plan.measures.length > 0 ? measureTable(d) : para(d.t.noMeasures),
    heading(d.t.notesSpace, 2),
    ...lines,
  ];
  const document = documentOf(d, title, [{ ...frame, properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN } }, children }]);
  const fileName = workshopFileName({ club: d.workshop.organisationName, workshop: d.workshop.title, date: d.workshop.date, what: d.t.actionPlan }, 'docx');
  return { fileName, mimeType: DOCX_MIME, bytes: new Uint8Array(await Packer.toBuffer(document)) };
}
