import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile, Measure, ProcessDiagram, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID, exportFile } from '../../../src-main/core';
import { escapeText, foldLine, toICalendar } from '../../../src-main/core/exports/ical';
import { parseCsv } from '../../helpers/csv';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let tw: TestWorkspace;
let workshopId: string;

beforeEach(async () => {
  tw = createTestWorkspace({ now: () => new Date(Date.UTC(2026, 3, 20, 10)) });
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'TSV Musterstadt 1908 e.V.' });
  const workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Verein(t) Veränderungen angehen', date: '2026-03-14' });
  workshopId = workshop.id;
  const ist = await tw.call<ProcessDiagram>('process.create', { workshopId, variant: 'ist', laneNames: ['Geschäftsstelle'] });
  const { step } = await tw.call<{ step: { id: string } }>('process.steps.add', { diagramId: ist.id, laneId: ist.lanes[0]!.id, kind: 'step', label: 'Führungszeugnis anfordern' });
  const pain = await tw.call<{ id: string }>('process.markers.add', { stepId: step.id, kind: 'pain', text: 'Erinnerungen manuell, oft vergessen', severity: 3 });
  await tw.call('measures.create', { workshopId, title: 'Schlüsselliste anlegen', owner: 'Abteilungsleitung Fußball', firstStep: 'Schlüssel zählen', dueDate: '2026-04-15' });
  const m = await tw.call<Measure>('measures.create', {
    workshopId,
    title: 'Erinnerung Führungszeugnis; automatisieren, "bald"',
    owner: 'Geschäftsstelle',
    firstStep: 'Ablaufdaten in Liste erfassen\nund prüfen',
    startDate: '2026-03-20',
    dueDate: '2026-06-30',
    priority: 'high',
    effort: 'small',
    origin: { kind: 'marker', id: pain.id },
  });
  await tw.call('measures.followUp', { id: m.id, date: '2026-04-16', status: 'in_progress', note: 'Liste begonnen' });
  await tw.call('measures.create', { workshopId, title: '=HYPERLINK("x")', status: 'blocked', blockedReason: 'Wartet auf Angebote' });
});
afterEach(() => tw.cleanup());

async function exported(kind: string, input: Record<string, unknown> = {}): Promise<ExportedFile> {
  const result = await exportFile(tw.workspace, kind, { workshopId, ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('action plan CSV', () => {
  it('opens in German Excel: BOM, semicolons, German dates, umlauts, quotes, no formulas', async () => {
    const file = await exported('measures.csv', { language: 'de' });
    expect(file.fileName).toBe('Maßnahmenplan – TSV Musterstadt 1908 e.V. – 2026-03-14.csv');
    const bytes = Buffer.from(file.bytes);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1), ';');
    const header = rows[0]!;
    expect(header.slice(0, 4)).toEqual(['Titel', 'Beschreibung', 'Woran merken wir, dass es geklappt hat?', 'Verantwortlich']);
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    // Sorted by due date: the late key list first, the one without a date last.
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Schlüsselliste anlegen', 'Erinnerung Führungszeugnis; automatisieren, "bald"', `'=HYPERLINK("x")`]);
    const [late, reminder, blocked] = rows.slice(1) as [string[], string[], string[]];
    expect(col(late, 'Fällig')).toBe('15.04.2026');
    expect(col(late, 'Überfällig')).toBe('ja');
    expect(col(reminder, 'Beginn')).toBe('20.03.2026');
    expect(col(reminder, 'Erster Schritt')).toBe('Ablaufdaten in Liste erfassen\nund prüfen');
    expect(col(reminder, 'Priorität')).toBe('hoch');
    expect(col(reminder, 'Status')).toBe('in Arbeit');
    expect(col(reminder, 'Herkunft')).toBe('Schmerzpunkt: Erinnerungen manuell, oft vergessen (Führungszeugnis anfordern)');
    expect(col(reminder, 'Letzter Fortschritt')).toBe('16.04.2026: Liste begonnen (offen → in Arbeit)');
    expect(col(blocked, 'Grund (blockiert oder verworfen)')).toBe('Wartet auf Angebote');
  });

  it('in English uses commas and ISO dates', async () => {
    const file = await exported('measures.csv', { language: 'en' });
    const rows = parseCsv(Buffer.from(file.bytes).toString('utf8').slice(1), ',');
    expect(rows[0]![0]).toBe('Title');
    expect(rows[1]![rows[0]!.indexOf('Due')]).toBe('2026-04-15');
  });
});

describe('action plan calendar (.ics)', () => {
  it('has one all-day entry per due date, with owner and first step, read back by ical.js', async () => {
    const file = await exported('measures.ics', { language: 'de' });
    expect(file.fileName).toMatch(/\.ics$/);
    expect(file.mimeType).toMatch(/^text\/calendar/);
    const text = Buffer.from(file.bytes).toString('utf8');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['Fällig: Schlüsselliste anlegen', '2026-04-15', true],
      ['Fällig: Erinnerung Führungszeugnis; automatisieren, "bald"', '2026-06-30', true],
    ]);
    expect(events[1]!.description).toContain('Verantwortlich: Geschäftsstelle');
    expect(events[1]!.description).toContain('Erster Schritt: Ablaufdaten in Liste erfassen\nund prüfen');
    expect(events[1]!.endDate.toString()).toBe('2026-07-01');
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
  });

  it('round-trips any text through escaping and folding (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), (summary, description) => {
        const bytes = toICalendar({ name: 'Test', stamp: new Date(Date.UTC(2026, 0, 1)), entries: [{ uid: 'u1', date: '2026-02-28', summary, description }] });
        const text = Buffer.from(bytes).toString('utf8');
        const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!);
        const normalise = (s: string) => s.replace(/\r\n?/g, '\n');
        expect(event.summary).toBe(normalise(summary));
        expect(event.description).toBe(normalise(description));
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });

  it('folds long lines without splitting a character', () => {
    const line = `SUMMARY:${'Ä'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });
});
