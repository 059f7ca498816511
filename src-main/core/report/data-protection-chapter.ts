import type { FileChild } from 'docx';
import type { Checklist, ChecklistState, DataMap, Phase } from '../../contract';
import { deDocuments } from '../../shared/i18n/de-documents';
import { enDocuments } from '../../shared/i18n/en-documents';
import { fill } from '../../shared/i18n/fill';
import { CHECKLIST_SYMBOLS, dataProtectionLabels } from '../../shared/data-protection-labels';
import { TEXT_WIDTH, para, table } from './docx-blocks';
import type { ReportData } from './report-data';

type Block = FileChild;

// The "Checkliste" and "Datenlandkarte" phases in the report: the items with
// the room's answers, the club's data as a table, and the phase's notice
// (e.g. "Orientierung, keine Rechtsberatung") above them.

const WORDS = { de: deDocuments.dataProtection, en: enDocuments.dataProtection };

const notice = (phase: Phase): Block[] => (phase.notice?.trim() ? [para(phase.notice.trim(), { italics: true })] : []);

export function checklistBlocks(d: ReportData, phase: Phase, checklist: Checklist): Block[] {
  const w = WORDS[d.language];
  const labels = dataProtectionLabels(d.language);
  if (checklist.entries.length === 0) return [...notice(phase), para(w.noItems)];
  const state = (s: ChecklistState | null): string => (s ? `${CHECKLIST_SYMBOLS[s]} ${labels.states[s]}` : labels.unanswered);
  const c = checklist.counts;
  const rows = checklist.entries.map((e) => [e.title, state(e.state), e.note || '–', e.measure?.title ?? '–']);
  return [
    ...notice(phase),
    para(fill(w.summary, { done: c.done, partial: c.partial, open: c.open, na: c.not_applicable }) + (c.unanswered ? fill(w.summaryRest, { rest: c.unanswered }) : ''), { bold: true }),
    table([w.item, w.state, w.note, w.measure], rows),
  ];
}

export function dataMapBlocks(d: ReportData, phase: Phase, map: DataMap): Block[] {
  const w = WORDS[d.language];
  const labels = dataProtectionLabels(d.language);
  if (map.rows.length === 0) return [...notice(phase), para(w.noRows)];
  const rows = map.rows.map((r) => [r.dataKind, r.storage || '–', r.access || '–', r.legalBasis || '–', labels.consent[r.consent], r.deletion || '–', r.measure?.title ?? '–']);
  return [...notice(phase), table([w.dataKind, w.storage, w.access, w.legalBasis, w.consent, w.deletion, w.measure], rows, TEXT_WIDTH.landscape)];
}
