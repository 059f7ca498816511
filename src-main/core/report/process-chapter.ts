import { PageBreak, Paragraph, TextRun } from 'docx';
import type { ProcessDiagram, ProcessMarker, StepView } from '../../contract';
import { numberSteps } from '../../shared/process-geometry';
import { MARKER_SYMBOLS, processLabels } from '../../shared/process-labels';
import { numberMarkers } from '../drawing/diagrams';
import { compareDiagrams } from '../process/compare';
import { TEXT_WIDTH, bullet, heading, numbered, para, pictureParagraph, table } from './docx-blocks';
import type { ProcessPictures } from './report-pictures';
import type { ReportData } from './report-data';
import type { Block } from './phase-chapters';
import { fill } from '../../shared/i18n/fill';

// A process chapter: the diagram page by page (each at a legible scale),
// the steps, the markers in full by the numbers the diagram shows, and for
// the target process what changes compared with today.


/** The picture's pages, each with a caption that stays with it. */
async function pictureBlocks(d: ReportData, diagram: ProcessDiagram, variant: 'ist' | 'soll', pictures: ProcessPictures, numbers: Map<string, number>): Promise<Block[]> {
  const { t } = d;
  const labels = processLabels(d.language);
  const total = pictures.pages.length;
  const blocks: Block[] = [];
  for (const [i, { steps, pending }] of pictures.pages.entries()) {
    const range = steps ? (steps.first === steps.last ? `${t.step} ${steps.first}` : `${t.stepsRange} ${steps.first}–${steps.last}`) : '';
    const caption = [total > 1 ? fill(t.part, { n: i + 1, total }) : '', range].filter(Boolean).join(' · ');
    if (i > 0) blocks.push(new Paragraph({ children: [new PageBreak()] }));
    if (caption) blocks.push(new Paragraph({ keepNext: true, spacing: { after: 60 }, children: [new TextRun({ text: caption, italics: true, size: 20 })] }));
    const ordered = [...diagram.steps].sort((a, b) => numbers.get(a.id)! - numbers.get(b.id)!);
    const alt = { title: `${labels.variants[variant]}: ${t.processAlt}${caption ? ` (${caption})` : ''}`, description: ordered.map((s) => `${numbers.get(s.id)}. ${s.label}`).join('; ') };
    blocks.push(pictureParagraph(await pending, alt, `process-${variant}-${i + 1}`));
  }
  return blocks;
}

/** Pain points (the most serious first) and ideas, in full, by the numbers the diagram shows. */
function markerBlocks(d: ReportData, diagram: ProcessDiagram, numbers: Map<string, number>): Block[] {
  const { t } = d;
  const labels = processLabels(d.language);
  const markerNumbers = numberMarkers(diagram, numbers);
  const at = (m: ProcessMarker): string => `(${t.step} ${numbers.get(m.stepId) ?? '?'})`;
  const tag = (m: ProcessMarker): string => `${MARKER_SYMBOLS[m.kind]} ${markerNumbers.get(m.id)}`;
  const blocks: Block[] = [];
  const pains = diagram.markers.filter((m) => m.kind === 'pain').sort((a, b) => (b.severity ?? 0) - (a.severity ?? 0) || markerNumbers.get(a.id)! - markerNumbers.get(b.id)!);
  if (pains.length > 0) {
    blocks.push(heading(t.painPoints, 3));
    for (const m of pains) blocks.push(bullet(`${tag(m)}: ${m.text} ${at(m)}${m.severity ? ` – ${t.severity[m.severity]}` : ''}`));
  }
  const ideas = diagram.markers.filter((m) => m.kind !== 'pain').sort((a, b) => markerNumbers.get(a.id)! - markerNumbers.get(b.id)!);
  if (ideas.length > 0) {
    blocks.push(heading(t.ideas, 3));
    for (const m of ideas) blocks.push(bullet(`${tag(m)} ${labels.markers[m.kind]}: ${m.text} ${at(m)}`));
  }
  return blocks;
}

/** New, dropped and changed steps of the target process, as the app's comparison view shows them. */
export function compareBlocks(d: ReportData, width: number): Block[] {
  if (!d.ist || !d.soll || d.ist.steps.length === 0 || d.soll.steps.length === 0) return [];
  const { t } = d;
  const c = t.compare;
  const kinds = processLabels(d.language).stepKinds;
  const { added, removed, changed, unchanged } = compareDiagrams(d.ist, d.soll);
  const istNumbers = numberSteps(d.ist);
  const sollNumbers = numberSteps(d.soll);
  // The kind only where it is not a plain step: "Schritt 3 (Dokument/Werkzeug): Formular ausfüllen (Rolle: Geschäftsstelle)".
  const line = (s: StepView, numbers: Map<string, number>): string =>
    `${t.step} ${numbers.get(s.id) ?? '?'}${s.kind === 'step' ? '' : ` (${kinds[s.kind]})`}: ${s.label} (${t.lane}: ${s.lane})`;
  const list = (title: string, items: string[]): Block[] => [heading(title, 3), ...(items.length === 0 ? [para(c.none, { italics: true })] : items.map((i) => bullet(i)))];
  const changes: Block[] =
    changed.length === 0
      ? [para(c.none, { italics: true })]
      : [table([c.before, c.after, c.changed], changed.map((ch) => [line(ch.ist, istNumbers), line(ch.soll, sollNumbers), ch.changed.map((f) => c.fields[f]).join(', ')]), width)];
  return [
    heading(c.heading, 3),
    para(fill(c.summary, { added: added.length, removed: removed.length, changed: changed.length, unchanged })),
    ...list(`+ ${c.added}`, added.map((s) => line(s, sollNumbers))),
    ...list(`− ${c.removed}`, removed.map((s) => line(s, istNumbers))),
    heading(`↻ ${c.changed}`, 3),
    ...changes,
  ];
}

export async function processBlocks(d: ReportData, diagram: ProcessDiagram | null, variant: 'ist' | 'soll', pictures: ProcessPictures | null): Promise<Block[]> {
  if (!diagram || !pictures) return [];
  const { t } = d;
  const labels = processLabels(d.language);
  const numbers = numberSteps(diagram);
  const lane = new Map(diagram.lanes.map((l) => [l.id, l.name]));
  const steps = [...diagram.steps].sort((a, b) => numbers.get(a.id)! - numbers.get(b.id)!);
  const text: Block[] = [heading(t.steps, 3), ...steps.map((s) => numbered(numbers.get(s.id)!, `${s.label} – ${t.lane}: ${lane.get(s.laneId) ?? ''}`))];
  const markers = markerBlocks(d, diagram, numbers);
  const comparison = variant === 'soll' ? compareBlocks(d, pictures.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait) : [];
  // The markers' full text right below the pictures that show their numbers.
  return [heading(labels.variants[variant], 3), ...(await pictureBlocks(d, diagram, variant, pictures, numbers)), ...markers, ...text, ...comparison];
}
