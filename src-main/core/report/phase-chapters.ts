import type { FileChild } from 'docx';
import type { CardBoard, MeasureStatus, Phase } from '../../contract';
import { ATTITUDE_SYMBOLS, domainLabels } from '../../shared/labels';
import { measureLabels } from '../../shared/measure-labels';
import { QUADRANTS, placedQuadrant } from '../../shared/stakeholder-geometry';
import { TEXT_WIDTH, bullet, heading, para, pictureParagraph, table } from './docx-blocks';
import { checklistBlocks, dataMapBlocks } from './data-protection-chapter';
import { processBlocks } from './process-chapter';
import { reviewBlocks } from './review-chapter';
import { type Pictures, selfCheckNames } from './report-pictures';
import type { ReportData } from './report-data';

// One chapter per phase: what the room produced there, drawn from the data.
// A chapter waits for its picture (started in report-pictures) last, so the
// text around it is built while the picture is drawn.

export type Block = FileChild;

function cardBlocks(d: ReportData, board: CardBoard): Block[] {
  if (board.cards.length === 0) return [];
  const { t } = d;
  const label = (text: string, author: string): string => (author && !d.anonymise ? `${text} (${author})` : text);
  const blocks: Block[] = [heading(t.cards, 3)];
  const groups: { name: string; id: string | null }[] = [...board.clusters, { name: board.clusters.length > 0 ? t.unclustered : '', id: null }];
  for (const group of groups) {
    const cards = board.cards.filter((c) => c.clusterId === group.id);
    if (cards.length === 0) continue;
    if (group.name) blocks.push(para(group.name, { bold: true }));
    for (const card of cards) blocks.push(bullet(label(card.text, card.author)));
  }
  const vote = board.vote;
  if (vote) {
    const items = vote.target === 'clusters' ? board.clusters.map((c) => ({ id: c.id, name: c.name, votes: c.votes })) : board.cards.map((c) => ({ id: c.id, name: c.text, votes: c.votes }));
    const sorted = [...items].sort((a, b) => b.votes - a.votes);
    blocks.push(heading(t.voteResult, 3));
    blocks.push(table([t.rank, t.item, t.dots], sorted.map((item, i) => [`${i + 1}.`, item.id === vote.chosenId ? `${item.name} (${t.chosen})` : item.name, String(item.votes)])));
    const chosen = items.find((i) => i.id === vote.chosenId);
    if (chosen) blocks.push(para(`${t.chosenTopic}: ${chosen.name}`, { bold: true }));
  }
  return blocks;
}

async function selfCheckBlocks(d: ReportData, pending: Pictures['radar']): Promise<Block[]> {
  if (!pending) return [];
  const { t, selfCheck } = d;
  const names = selfCheckNames(d);
  const described = selfCheck.entries.map((e) => `${names[e.dimension]} ${e.value ?? '–'}`).join(', ');
  const show = (v: number | null): string => (v === null ? '–' : v.toLocaleString(t.locale));
  const earlier = selfCheck.earlier;
  // With an earlier self-check the table sets before against now, so the change reads without the chart.
  const rows = selfCheck.entries.map((e) => [names[e.dimension], ...(earlier ? [show(earlier.values[e.dimension])] : []), show(e.value), e.ratings.join(', '), e.note]);
  const rest = table([t.dimension, ...(earlier ? [`${t.before} (${earlier.title})`] : []), t.value, t.ratings, t.note], rows);
  return [heading(t.selfcheck, 3), pictureParagraph(await pending, { title: t.radarAlt, description: described }, 'radar'), rest];
}

async function stakeholderBlocks(d: ReportData, pending: Pictures['stakeholders']): Promise<Block[]> {
  if (!pending) return [];
  const { t, stakeholders } = d;
  const labels = domainLabels(d.language);
  const blocks: Block[] = [];
  const attitude = (a: keyof typeof ATTITUDE_SYMBOLS): string => `${ATTITUDE_SYMBOLS[a]} ${labels.attitudes[a]}`;
  // Those without both values are not on the map: they get a list of their own ("Noch nicht eingeordnet").
  for (const quadrant of [...QUADRANTS, null]) {
    const inQuadrant = stakeholders.stakeholders.filter((s) => placedQuadrant(s) === quadrant);
    if (inQuadrant.length === 0) continue;
    blocks.push(heading(quadrant ? labels.quadrants[quadrant] : t.unplaced, 3));
    blocks.push(
      table(
        [t.name, t.category, t.attitude],
        inQuadrant.map((s) => [s.name, labels.categories[s.category], s.attitude === s.targetAttitude ? attitude(s.attitude) : `${attitude(s.attitude)} → ${attitude(s.targetAttitude)}`]),
      ),
    );
  }
  const picture = pictureParagraph(await pending, { title: t.stakeholderAlt, description: stakeholders.stakeholders.map((s) => s.name).join(', ') }, 'stakeholders');
  return [heading(t.stakeholderMap, 3), picture, ...blocks];
}

/** The measures as a table on a landscape page: Was, Wer, Bis wann, Erster Schritt, Priorität, Status. */
export function measureTable(d: ReportData): Block {
  const { t } = d;
  const { statuses, priorities } = measureLabels(d.language);
  // Words only: the status symbols need fonts that not every office suite has.
  const upper = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  const status = (s: MeasureStatus): string => upper(statuses[s]);
  const rows = d.plan.measures.map((m) => [m.title, d.person(m.owner) || '–', d.date(m.dueDate) || '–', m.firstStep, upper(priorities[m.priority]), status(m.status)]);
  return table([t.what, t.who, t.due, t.firstStep, t.priority, t.status], rows, TEXT_WIDTH.landscape);
}

export async function phaseResults(d: ReportData, pictures: Pictures, phase: Phase): Promise<Block[]> {
  switch (phase.kind) {
    case 'cards':
    case 'voting':
      return cardBlocks(d, d.boards.get(phase.id)!);
    case 'selfcheck':
      return selfCheckBlocks(d, pictures.radar);
    case 'stakeholders':
      return stakeholderBlocks(d, pictures.stakeholders);
    case 'process_current':
      return processBlocks(d, d.ist, 'ist', pictures.ist);
    case 'process_target':
      return processBlocks(d, d.soll, 'soll', pictures.soll);
    case 'actions':
      return d.plan.measures.length > 0 ? [measureTable(d)] : [para(d.t.noMeasures)];
    case 'discussion':
      return [];
    case 'review':
      return reviewBlocks(d);
    case 'checklist':
      return checklistBlocks(d, phase, d.checklists.get(phase.id)!);
    case 'datamap':
      return dataMapBlocks(d, phase, d.dataMaps.get(phase.id)!);
    case 'pause':
      return [];
  }
}

/** A phase's chapter: its title, its results and notes, or one line saying it has none. */
export async function phaseChapter(d: ReportData, pictures: Pictures, phase: Phase, index: number): Promise<Block[]> {
  const results = await phaseResults(d, pictures, phase);
  const notes = phase.notes.trim();
  // A break is in the agenda; it gets a chapter only when the coach wrote something down.
  if (phase.kind === 'pause' && !notes) return [];
  const blocks: Block[] = [heading(`${index + 1}. ${phase.title}`, 2), ...results];
  if (notes) blocks.push(heading(d.t.notes, 3), para(notes));
  if (results.length === 0 && !notes) blocks.push(para(d.t.empty, { italics: true }));
  return blocks;
}
