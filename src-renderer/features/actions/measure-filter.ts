import { MEASURE_STATUSES, type Measure, type MeasureStatus, PRIORITIES, type Priority, isOpenStatus } from '../../../src-main/contract';
import { addDays } from '../../../src-main/shared/measure-dates';

// Filtering and sorting the action plan: plain functions, so they are tested
// directly and measured in the bench without a screen.

export type DueFilter = 'all' | 'overdue' | 'soon' | 'none';
export type StatusFilter = 'all' | 'notDone' | MeasureStatus;

export interface MeasureFilter {
  status: StatusFilter;
  /** '' for everyone. */
  owner: string;
  priority: 'all' | Priority;
  due: DueFilter;
  text: string;
}

export const NO_FILTER: MeasureFilter = { status: 'all', owner: '', priority: 'all', due: 'all', text: '' };

export type SortKey = 'title' | 'owner' | 'dueDate' | 'priority' | 'status';
export interface MeasureSort {
  key: SortKey;
  ascending: boolean;
}

export const DEFAULT_SORT: MeasureSort = { key: 'dueDate', ascending: true };

/**
 * How many measures are drawn at first. A club's plan fits many times over,
 * and a laptop screen shows about ten rows; a very long list grows by this
 * much on request. Every row drawn is laid out again on each new filter or
 * sort order, so 50 rather than 100 keeps the change under 50 ms on a slow
 * laptop with 2,000 measures (bench/actions-filter.ts).
 */
export const PAGE_SIZE = 50;

/** How many open measures "Was ist offen?" on the club page shows before "Alle zeigen" (late ones first). */
export const OPEN_SHOWN = 20;

/** "Soon": due within the next four weeks. */
export const SOON_DAYS = 28;

export function isFiltered(filter: MeasureFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof MeasureFilter)[]).some((k) => filter[k] !== NO_FILTER[k]);
}

function matchesDue(m: Measure, due: DueFilter, today: string): boolean {
  if (due === 'all') return true;
  if (due === 'overdue') return m.overdue;
  if (due === 'none') return m.dueDate === null;
  return m.dueDate !== null && isOpenStatus(m.status) && m.dueDate <= addDays(today, SOON_DAYS);
}

export function filterMeasures(measures: readonly Measure[], filter: MeasureFilter, today: string): Measure[] {
  const text = filter.text.trim().toLocaleLowerCase('de');
  const owner = filter.owner.toLocaleLowerCase('de');
  return measures.filter(
    (m) =>
      (filter.status === 'all' || (filter.status === 'notDone' ? isOpenStatus(m.status) : m.status === filter.status)) &&
      (owner === '' || m.owner.toLocaleLowerCase('de') === owner) &&
      (filter.priority === 'all' || m.priority === filter.priority) &&
      matchesDue(m, filter.due, today) &&
      (text === '' || `${m.title}\n${m.owner}\n${m.firstStep}\n${m.description}`.toLocaleLowerCase('de').includes(text)),
  );
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
const STATUS_RANK = Object.fromEntries(MEASURE_STATUSES.map((s, i) => [s, i])) as Record<MeasureStatus, number>;
const PRIORITY_RANK = Object.fromEntries(PRIORITIES.map((p, i) => [p, i])) as Record<Priority, number>;

/** ISO dates (YYYY-MM-DD) sort as plain strings: far cheaper than localeCompare over thousands of pairs. */
const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Where each title and owner stands in German order, worked out once per plan:
 * a new sort order then compares numbers instead of collating thousands of
 * string pairs (bench/actions-filter.ts). Names the collator sees as equal
 * ("vorstand", "Vorstand") share a rank, so the order is the collator's own.
 */
export interface CollationRanks {
  title: ReadonlyMap<string, number>;
  owner: ReadonlyMap<string, number>;
}

function rankOf(values: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(values)].sort((a, b) => collator.compare(a, b));
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((value, i) => {
    if (i > 0 && collator.compare(distinct[i - 1]!, value) !== 0) rank = i;
    ranks.set(value, rank);
  });
  return ranks;
}

export function collationRanks(measures: readonly Measure[]): CollationRanks {
  return { title: rankOf(measures.map((m) => m.title)), owner: rankOf(measures.map((m) => m.owner)) };
}

/** Compares by the key; empty owners and missing dates go last either way. */
function compareBy(key: SortKey, a: Measure, b: Measure, ranks: CollationRanks): number {
  switch (key) {
    case 'title':
      return ranks.title.get(a.title)! - ranks.title.get(b.title)!;
    case 'owner':
      return ranks.owner.get(a.owner)! - ranks.owner.get(b.owner)!;
    case 'dueDate':
      return compareIso(a.dueDate ?? '', b.dueDate ?? '');
    case 'priority':
      return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
    case 'status':
      return STATUS_RANK[a.status] - STATUS_RANK[b.status];
  }
}

const isEmpty = (m: Measure, key: SortKey): boolean => (key === 'owner' && m.owner === '') || (key === 'dueDate' && m.dueDate === null);

/** The plan in the chosen order. Pass the plan's ranks when sorting it again and again. */
export function sortMeasures(measures: readonly Measure[], sort: MeasureSort, ranks: CollationRanks = collationRanks(measures)): Measure[] {
  const direction = sort.ascending ? 1 : -1;
  return [...measures].sort((a, b) => {
    const emptyA = isEmpty(a, sort.key);
    const emptyB = isEmpty(b, sort.key);
    if (emptyA !== emptyB) return emptyA ? 1 : -1;
    const primary = compareBy(sort.key, a, b, ranks) * direction;
    if (primary !== 0) return primary;
    // Ties: the earlier due date, then the more important, then the title.
    return (
      compareIso(a.dueDate ?? '9999', b.dueDate ?? '9999') ||
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
      ranks.title.get(a.title)! - ranks.title.get(b.title)!
    );
  });
}

/** The distinct owners of a plan, for the owner filter. */
export function ownersOf(measures: readonly Measure[]): string[] {
  const seen = new Map<string, string>();
  for (const m of measures) {
    const key = m.owner.trim().toLocaleLowerCase('de');
    if (key && !seen.has(key)) seen.set(key, m.owner.trim());
  }
  return [...seen.values()].sort((a, b) => collator.compare(a, b));
}
