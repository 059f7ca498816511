import type { FileChild } from 'docx';
import type { SessionReview } from '../../contract';
import { measureLabels } from '../../shared/measure-labels';
import { TEXT_WIDTH, para, table } from './docx-blocks';
import type { ReportData } from './report-data';

type Block = FileChild;

// The Rückblick in the report: what became of the club's measures from its
// earlier workshops, as recorded in this session.

const upper = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/** The status, and for "blockiert" and "verworfen" the reason (also in the progress report). */
export function statusText(d: { language: 'de' | 'en' }, m: Pick<SessionReview['measures'][number], 'status' | 'blockedReason' | 'droppedReason'>): string {
  const word = upper(measureLabels(d.language).statuses[m.status]);
  const reason = m.status === 'blocked' ? m.blockedReason : m.status === 'dropped' ? m.droppedReason : '';
  return reason ? `${word}: ${reason}` : word;
}

export function reviewBlocks(d: ReportData): Block[] {
  const { t } = d;
  const review = d.review;
  if (!review || review.measures.length === 0) return [para(t.noReview)];
  const rows = review.measures.map((m) => [
    m.title,
    d.person(m.owner) || '–',
    d.date(m.dueDate) || '–',
    statusText(d, m),
    `${m.workshopTitle}${m.workshopDate ? ` (${d.date(m.workshopDate)})` : ''}`,
    (m.sessionUpdate ?? m.lastUpdate)?.note || '–',
  ]);
  return [table([t.what, t.who, t.due, t.status, t.source, t.progress], rows, TEXT_WIDTH.landscape)];
}
