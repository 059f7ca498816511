import type { ActionPlan, CardBoard, Checklist, ClubOpenMeasures, DataMap, SessionReview, ProcessDiagram, SelfCheck, StakeholderMap, WorkshopDetail } from '../../contract';
import { openMeasures } from '../actions/lifecycle';
import { sessionReview } from '../actions/review';
import { getActionPlan } from '../actions/measures';
import type { CoreContext } from '../context';
import { getChecklist } from '../data-protection/checklist';
import { getDataMap } from '../data-protection/data-map';
import { getBoard } from '../live/cards';
import { getSelfCheck } from '../live/selfcheck';
import { getDiagram } from '../process/diagrams';
import { getStakeholderMap } from '../services/stakeholders';
import { getWorkshop } from '../services/workshops';
import { REPORT_TEXT, type ReportText } from './report-text';

/** What a report's pictures are drawn from: read first, so drawing can start while the rest is read. */
export interface PictureData {
  workshop: WorkshopDetail;
  language: 'de' | 'en';
  t: ReportText;
  stakeholders: StakeholderMap;
  ist: ProcessDiagram | null;
  soll: ProcessDiagram | null;
  selfCheck: SelfCheck;
}

/** Everything a report shows, read once from the stored data (no editor has to be open). */
export interface ReportData extends PictureData {
  ctx: CoreContext;
  anonymise: boolean;
  /** A person's name as the report prints it: "Person A" when anonymised. */
  person: (name: string) => string;
  /** A stored day (YYYY-MM-DD) the way the report's language writes it (16.04.2026); empty when none. */
  date: (iso: string | null) => string;
  plan: ActionPlan;
  /** The club's open measures from all its workshops: the same list as the club page's "Was ist offen?". */
  open: ClubOpenMeasures;
  /** The Rückblick, when the workshop has one. */
  review: SessionReview | null;
  boards: Map<string, CardBoard>;
  /** Checklist and data map phases by phase id. */
  checklists: Map<string, Checklist>;
  dataMaps: Map<string, DataMap>;
}

const letters = (n: number): string => (n < 26 ? String.fromCharCode(65 + n) : `${letters(Math.floor(n / 26) - 1)}${String.fromCharCode(65 + (n % 26))}`);

/** The same name always becomes the same "Person X"; an empty name stays empty. */
function pseudonyms(t: ReportText): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    const key = name.trim().toLocaleLowerCase();
    if (!key) return '';
    if (!seen.has(key)) seen.set(key, `${t.person} ${letters(seen.size)}`);
    return seen.get(key)!;
  };
}

export function readPictureData(ctx: CoreContext, workshopId: string, language: 'de' | 'en'): PictureData {
  return {
    workshop: getWorkshop(ctx, workshopId),
    language,
    t: REPORT_TEXT[language],
    stakeholders: getStakeholderMap(ctx, workshopId),
    ist: getDiagram(ctx, workshopId, 'ist'),
    soll: getDiagram(ctx, workshopId, 'soll'),
    selfCheck: getSelfCheck(ctx, workshopId),
  };
}

/** Writes a stored day (YYYY-MM-DD) the way a language does (16.04.2026); empty when none. */
export function dayWriter(locale: string): (iso: string | null) => string {
  // One formatter for the whole report, each day written once: formatting is slow with hundreds of dates.
  const days = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const written = new Map<string, string>();
  return (iso) => {
    if (!iso) return '';
    if (!written.has(iso)) written.set(iso, days.format(new Date(`${iso}T12:00:00`)));
    return written.get(iso)!;
  };
}

/** The rest of what a report shows, read right after `pictureData` (same call, nothing can change in between). */
export function readReportData(ctx: CoreContext, pictureData: PictureData, anonymise: boolean): ReportData {
  const { workshop, t } = pictureData;
  const boards = new Map<string, CardBoard>();
  const checklists = new Map<string, Checklist>();
  const dataMaps = new Map<string, DataMap>();
  for (const phase of workshop.phases) {
    if (phase.kind === 'cards' || phase.kind === 'voting') boards.set(phase.id, getBoard(ctx, phase.id));
    if (phase.kind === 'checklist') checklists.set(phase.id, getChecklist(ctx, phase.id));
    if (phase.kind === 'datamap') dataMaps.set(phase.id, getDataMap(ctx, phase.id));
  }
  return {
    ...pictureData,
    ctx,
    anonymise,
    person: anonymise ? pseudonyms(t) : (name) => name.trim(),
    date: dayWriter(t.locale),
    plan: getActionPlan(ctx, workshop.id),
    open: openMeasures(ctx, workshop.organisationId),
    review: workshop.phases.some((p) => p.kind === 'review') ? sessionReview(ctx, workshop.id) : null,
    boards,
    checklists,
    dataMaps,
  };
}
