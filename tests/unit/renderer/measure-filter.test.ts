import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EFFORTS, MEASURE_STATUSES, type Measure, PRIORITIES, isOpenStatus } from '../../../src-main/contract';
import { isOverdue } from '../../../src-main/shared/measure-dates';
import { NO_FILTER, collationRanks, filterMeasures, ownersOf, sortMeasures } from '../../../src-renderer/features/actions/measure-filter';

const TODAY = '2026-04-16';

function measure(fields: Partial<Measure> & { title: string }): Measure {
  const base: Measure = {
    id: fields.title,
    workshopId: 'w',
    description: '',
    goal: '',
    owner: '',
    helpers: '',
    firstStep: '',
    startDate: null,
    dueDate: null,
    priority: 'medium',
    effort: null,
    status: 'open',
    blockedReason: '',
    droppedReason: '',
    impactStage: null,
    origin: null,
    overdue: false,
    history: [],
    sessions: [],
    createdAt: '',
    updatedAt: '',
    ...fields,
  };
  return { ...base, overdue: isOverdue(base, TODAY) };
}

const plan = [
  measure({ title: 'Schlüsselliste anlegen', owner: 'Abteilungsleitung Fußball', dueDate: '2026-04-15' }),
  measure({ title: 'Checkliste', owner: 'Jugendwart:in', dueDate: '2026-04-30', status: 'in_progress', priority: 'high' }),
  measure({ title: 'Messenger prüfen', owner: 'Vorstand', dueDate: '2026-03-31', status: 'done' }),
  measure({ title: 'Kosten klären', owner: 'vorstand', status: 'blocked', firstStep: 'Budget prüfen' }),
  measure({ title: 'Ämter verteilen', owner: '', dueDate: '2026-09-01', priority: 'low' }),
];
const titles = (list: Measure[]) => list.map((m) => m.title);

describe('filtering the action plan', () => {
  it('by status, owner (any case), priority, due date and text', () => {
    expect(titles(filterMeasures(plan, { ...NO_FILTER, status: 'notDone' }, TODAY))).toEqual(['Schlüsselliste anlegen', 'Checkliste', 'Kosten klären', 'Ämter verteilen']);
    expect(titles(filterMeasures(plan, { ...NO_FILTER, owner: 'Vorstand' }, TODAY))).toEqual(['Messenger prüfen', 'Kosten klären']);
    expect(titles(filterMeasures(plan, { ...NO_FILTER, priority: 'high' }, TODAY))).toEqual(['Checkliste']);
    expect(titles(filterMeasures(plan, { ...NO_FILTER, due: 'overdue' }, TODAY))).toEqual(['Schlüsselliste anlegen']);
    expect(titles(filterMeasures(plan, { ...NO_FILTER, due: 'soon' }, TODAY))).toEqual(['Schlüsselliste anlegen', 'Checkliste']);
    expect(titles(filterMeasures(plan, { ...NO_FILTER, due: 'none' }, TODAY))).toEqual(['Kosten klären']);
    expect(titles(filterMeasures(plan, { ...NO_FILTER, text: 'BUDGET' }, TODAY))).toEqual(['Kosten klären']);
  });

  it('lists each owner once, sorted the German way', () => {
    expect(ownersOf(plan)).toEqual(['Abteilungsleitung Fußball', 'Jugendwart:in', 'Vorstand']);
  });
});

describe('sorting the action plan', () => {
  it('by due date with undated ones last, both ways', () => {
    expect(titles(sortMeasures(plan, { key: 'dueDate', ascending: true }))).toEqual(['Messenger prüfen', 'Schlüsselliste anlegen', 'Checkliste', 'Ämter verteilen', 'Kosten klären']);
    expect(titles(sortMeasures(plan, { key: 'dueDate', ascending: false })).slice(0, 1)).toEqual(['Ämter verteilen']);
    expect(titles(sortMeasures(plan, { key: 'dueDate', ascending: false })).at(-1)).toBe('Kosten klären');
  });

  it('by title with umlauts where a German reader expects them, and by status in workflow order', () => {
    expect(titles(sortMeasures(plan, { key: 'title', ascending: true }))[0]).toBe('Ämter verteilen');
    expect(sortMeasures(plan, { key: 'status', ascending: true }).map((m) => m.status)).toEqual(['open', 'open', 'in_progress', 'blocked', 'done']);
  });

  const arbitraryMeasure = fc.record({
    title: fc.string({ minLength: 1, maxLength: 12 }),
    owner: fc.constantFrom('', 'Vorstand', 'vorstand', 'Geschäftsstelle', 'Ämter'),
    dueDate: fc.option(fc.constantFrom('2026-03-01', '2026-04-16', '2026-05-01', '2027-01-01'), { nil: null }),
    priority: fc.constantFrom(...PRIORITIES),
    status: fc.constantFrom(...MEASURE_STATUSES),
    effort: fc.option(fc.constantFrom(...EFFORTS), { nil: null }),
  });

  it('never loses or invents a measure, and a filter keeps exactly what matches (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryMeasure, { maxLength: 40 }),
        fc.constantFrom('title', 'owner', 'dueDate', 'priority', 'status'),
        fc.boolean(),
        fc.constantFrom('all', 'notDone', ...MEASURE_STATUSES),
        (raw, key, ascending, status) => {
          const list = raw.map((r, i) => measure({ ...r, id: String(i) }));
          const sorted = sortMeasures(list, { key, ascending });
          expect(sorted.map((m) => m.id).sort()).toEqual(list.map((m) => m.id).sort());
          const kept = filterMeasures(list, { ...NO_FILTER, status }, TODAY);
          const expected = list.filter((m) => status === 'all' || (status === 'notDone' ? isOpenStatus(m.status) : m.status === status));
          expect(kept).toEqual(expected);
          if (key === 'dueDate') {
            const dated = sorted.filter((m) => m.dueDate !== null);
            expect(sorted.slice(0, dated.length)).toEqual(dated);
          }
        },
      ),
      { seed: 20261122, numRuns: 300 },
    );
  });

  it('sorts by ranks worked out once exactly as comparing the strings each time would (property)', () => {
    const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
    const text = fc.constantFrom('Ämter', 'ämter', 'Amter', 'Zaun', 'zaun', 'Maßnahme 2', 'Maßnahme 10', 'Masse', '', 'Öl', 'Ol');
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, owner: text, dueDate: fc.constantFrom(null, '2026-05-01'), priority: fc.constantFrom(...PRIORITIES) }), { maxLength: 30 }),
        fc.constantFrom('title', 'owner'),
        fc.boolean(),
        (raw, key, ascending) => {
          const list = raw.map((r, i) => measure({ ...r, id: String(i) }));
          const byRanks = sortMeasures(list, { key, ascending }, collationRanks(list));
          // The same order with the collator asked for every pair, as before ranks.
          const direct = [...list].sort((a, b) => {
            const emptyA = key === 'owner' && a.owner === '';
            const emptyB = key === 'owner' && b.owner === '';
            if (emptyA !== emptyB) return emptyA ? 1 : -1;
            const primary = collator.compare(a[key], b[key]) * (ascending ? 1 : -1);
            if (primary !== 0) return primary;
            const due = (a.dueDate ?? '9999') < (b.dueDate ?? '9999') ? -1 : (a.dueDate ?? '9999') > (b.dueDate ?? '9999') ? 1 : 0;
            return due || PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) || collator.compare(a.title, b.title);
          });
          expect(byRanks.map((m) => m.id)).toEqual(direct.map((m) => m.id));
        },
      ),
      { seed: 20261130, numRuns: 300 },
    );
  });
});
