import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClubOpenMeasures, Measure, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID, exportFile } from '../../../src-main/core';
import { headings, openDocx, paragraphs, tables } from '../../helpers/docx';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// The "Fortschrittsbericht" of a club, parsed back from the .docx: a day
// workshop with four measures, a follow-up three months later in which two
// are done, one blocked and one dropped, and the self-check repeated.

let clock = Date.UTC(2026, 2, 14, 11);
let tw: TestWorkspace;
let clubId: string;
let day: WorkshopDetail;
let session: WorkshopDetail;
let m: Record<'list' | 'form' | 'messenger' | 'mentor', Measure>;

async function docx(input: Record<string, unknown>): Promise<{ xml: string; texts: string[]; fileName: string }> {
  const result = await exportFile(tw.workspace, 'progress.docx', { organisationId: clubId, ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const xml = openDocx(result.value.bytes).document;
  return { xml, texts: paragraphs(xml).map((p) => p.text), fileName: result.value.fileName };
}

async function chooseTopic(workshop: WorkshopDetail, topic: string): Promise<void> {
  const phaseId = workshop.phases.find((p) => p.kind === 'voting')!.id;
  const card = await tw.call<{ id: string }>('cards.add', { phaseId, text: topic });
  await tw.call('cards.add', { phaseId, text: 'Mitgliederverwaltung' });
  await tw.call('votes.start', { phaseId, target: 'cards', dotsPerPerson: 3, participants: 5 });
  await tw.call('votes.set', { phaseId, targetId: card.id, count: 9 });
  await tw.call('votes.choose', { phaseId, targetId: card.id });
}

async function rate(workshopId: string, values: Record<string, number>): Promise<void> {
  for (const [dimension, agreed] of Object.entries(values)) await tw.call('selfcheck.set', { workshopId, dimension, agreed });
}

beforeEach(async () => {
  clock = Date.UTC(2026, 2, 14, 11);
  tw = createTestWorkspace({ now: () => new Date((clock += 1000)) });
  clubId = (await tw.call<{ id: string }>('organisations.create', { name: 'TSV Musterstadt' })).id;
  day = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag der Vereinsentwicklung', date: '2026-03-14', participantCount: 12 });
  await chooseTopic(day, 'Wissen dokumentieren');
  await rate(day.id, { communication: 2, knowledge: 1, tools: 3 });
  const add = (title: string, fields: Record<string, unknown> = {}) => tw.call<Measure>('measures.create', { workshopId: day.id, title, ...fields });
  m = {
    list: await add('Schlüsselliste anlegen', { owner: 'Jörg', dueDate: '2026-04-15', goal: 'Jede Halle hat eine aktuelle Liste' }),
    form: await add('Online-Formular für Anmeldungen', { owner: 'Anna' }),
    messenger: await add('Messenger-Gruppe aufräumen'),
    mentor: await add('Pat:innen für Neue', { owner: 'Ben', dueDate: '2026-05-31' }),
  };
  await tw.call('measures.followUp', { id: m.list.id, date: '2026-03-14', status: 'in_progress', note: 'Am Workshoptag begonnen', sessionId: day.id });
  await tw.call('workshops.update', { id: day.id, followUpDate: '2026-06-14' });
  clock = Date.UTC(2026, 5, 14, 11);
  session = await tw.call<WorkshopDetail>('workshops.createFollowUp', { organisationId: clubId, title: 'Folgetermin Juni' });
  const at = { date: '2026-06-14', sessionId: session.id };
  await tw.call('measures.followUp', { id: m.list.id, ...at, status: 'done', note: 'Liste hängt im Vereinsheim' });
  await tw.call('measures.followUp', { id: m.form.id, ...at, status: 'done', note: 'Formular ist online' });
  await tw.call('measures.followUp', { id: m.messenger.id, ...at, status: 'dropped', droppedReason: 'Die Gruppe wurde geschlossen' });
  await tw.call('measures.followUp', { id: m.mentor.id, ...at, status: 'blocked', blockedReason: 'Niemand hat Zeit vor dem Sommer' });
  await rate(session.id, { communication: 3, knowledge: 3, tools: 3 });
  await tw.call('workshops.update', { id: session.id, followUpDate: '2026-09-20' });
});
afterEach(() => tw.cleanup());

describe('the progress report', () => {
  it('shows each measure’s status now, its dated history and the reasons for "blockiert" and "verworfen"', async () => {
    const { xml, texts, fileName } = await docx({});
    expect(fileName).toMatch(/^Fortschrittsbericht – TSV Musterstadt – 2026-06-14\.docx$/);
    expect(headings(xml, 'Heading1')).toEqual(['Zusammenfassung', 'Thema und Ziele', 'Durchgeführte Termine', 'Maßnahmen im Einzelnen', 'Selbsteinschätzung: vorher und jetzt', 'Nächste Schritte']);
    expect(headings(xml, 'Heading2')).toEqual(['Stand der Maßnahmen', 'Ziele der Maßnahmen', 'Erledigt (2)', 'Blockiert (1)', 'Verworfen (1)', 'Offene Maßnahmen']);
    expect(texts).toContain('Zeitraum: 14.03.2026 bis 14.06.2026');
    // Under the measure's heading: its history, with the session each entry was recorded in.
    const list = texts.indexOf('Schlüsselliste anlegen');
    expect(texts.slice(list, list + 6)).toEqual([
      'Schlüsselliste anlegen',
      'Verantwortlich: Jörg · Bis: 15.04.2026 · Aus dem Termin: Tag der Vereinsentwicklung (14.03.2026)',
      'Ziel: Jede Halle hat eine aktuelle Liste',
      'Verlauf im Zeitraum',
      '14.03.2026: In Arbeit – Am Workshoptag begonnen (Termin „Tag der Vereinsentwicklung“)',
      '14.06.2026: Erledigt – Liste hängt im Vereinsheim (Termin „Folgetermin Juni“)',
    ]);
    expect(texts).toContain('Grund (Blockiert): Niemand hat Zeit vor dem Sommer');
    expect(texts).toContain('Grund (Verworfen): Die Gruppe wurde geschlossen');
    expect(texts).toContain('14.06.2026: Verworfen (Termin „Folgetermin Juni“)');
  });

  it('counts done, in progress, blocked, dropped and open, and names the topic, the sessions and the next date', async () => {
    const { xml, texts } = await docx({});
    const counts = tables(xml).find((rows) => rows[0]?.join('|') === 'Stand|Anzahl')!;
    expect(counts.slice(1)).toEqual([['Erledigt', '2'], ['In Arbeit', '0'], ['Blockiert', '1'], ['Verworfen', '1'], ['Offen', '0'], ['Zusammen', '4']]);
    expect(texts).toContain('Im Zeitraum vom 14.03.2026 bis 14.06.2026 hat der Verein 2 Termine zur Vereinsentwicklung durchgeführt und an 4 Maßnahmen gearbeitet.');
    expect(texts).toContain('Unser Thema: Wissen dokumentieren (gewählt im Termin „Tag der Vereinsentwicklung“, 14.03.2026)');
    const held = tables(xml).find((rows) => rows[0]?.[0] === 'Datum')!;
    expect(held.slice(1)).toEqual([
      ['14.03.2026', 'Tag der Vereinsentwicklung\n(Workshop)', 'Wissen dokumentieren', '12'],
      ['14.06.2026', 'Folgetermin Juni\n(Folgetermin)', '–', '–'],
    ]);
    expect(texts).toContain('Der nächste Termin ist am 20.09.2026.');
    expect(texts).toContain(
      'Der Verein hat sich zu Beginn im Termin „Tag der Vereinsentwicklung“ am 14.03.2026 und zuletzt im Termin „Folgetermin Juni“ am 14.06.2026 auf einer Skala von 1 bis 5 eingeschätzt.',
    );
  });

  it('sets the self-check before against now, as a chart and a table of the changes', async () => {
    const { xml } = await docx({});
    const check = tables(xml).find((rows) => rows[0]?.[0] === 'Feld')!;
    expect(check[0]).toEqual(['Feld', 'Vorher (14.03.2026)', 'Jetzt (14.06.2026)', 'Veränderung']);
    const row = (name: string): string[] => check.find((r) => r[0] === name)!;
    expect(row('Kommunikation')).toEqual(['Kommunikation', '2', '3', '+1']);
    expect(row('Wissen & Dokumentation')).toEqual(['Wissen & Dokumentation', '1', '3', '+2']);
    expect(row('Werkzeuge & Technik')).toEqual(['Werkzeuge & Technik', '3', '3', '0']);
    expect(row('Finanzen & Fördermittel')).toEqual(['Finanzen & Fördermittel', '–', '–', '–']);
    expect(xml).toMatch(/<wp:docPr [^>]*name="radar"[^>]*descr="[^"]*Kommunikation 2 → 3/);
  });

  it('lists the same open measures as the club page; "verworfen" is never open', async () => {
    // A third measure stays open; one made in the follow-up too.
    const open1 = await tw.call<Measure>('measures.create', { workshopId: day.id, title: 'Satzung digital ablegen', status: 'in_progress' });
    await tw.call<Measure>('measures.create', { workshopId: session.id, title: 'Newsletter testen', owner: 'Cem' });
    const club = await tw.call<ClubOpenMeasures>('measures.open', { organisationId: clubId });
    const { texts } = await docx({});
    const from = texts.lastIndexOf('Offene Maßnahmen');
    const listed = texts.slice(from + 1).filter(Boolean).map((line) => line.split(' – ')[0]);
    expect(listed.sort()).toEqual(club.measures.map((x) => x.title).sort());
    expect(listed.sort()).toEqual(['Newsletter testen', 'Pat:innen für Neue', open1.title].sort());
    // The follow-up's own workshop report says the same.
    const report = await exportFile(tw.workspace, 'report.docx', { workshopId: session.id, sections: ['nextSteps'] });
    const reportTexts = paragraphs(openDocx(report.ok ? report.value.bytes : new Uint8Array()).document).map((p) => p.text);
    const inReport = reportTexts.slice(reportTexts.lastIndexOf('Offene Maßnahmen') + 1).filter(Boolean).map((line) => line.split(' – ')[0]);
    expect(inReport.sort()).toEqual(listed.sort());
  });

  it('keeps to the chosen period, in English when asked', async () => {
    const { xml, texts } = await docx({ from: '2026-06-01', to: '2026-06-30', language: 'en' });
    expect(texts).toContain('Period: 01/06/2026 to 30/06/2026');
    expect(texts).not.toContain('14/03/2026: In progress – Am Workshoptag begonnen (Session “Tag der Vereinsentwicklung”)');
    expect(texts.some((t) => t.startsWith('14/06/2026: Done – Liste hängt im Vereinsheim'))).toBe(true);
    expect(headings(xml, 'Heading2')).toContain('Blocked (1)');
    // One self-check in June: no before/now, the one set of values.
    expect(tables(xml).find((rows) => rows[0]?.[0] === 'Field')![0]).toEqual(['Field', 'Value (1–5)']);
  });

  it('groups the measures by the stage of the Wirkungstreppe they aim at, once the coach has tagged any', async () => {
    expect(headings((await docx({})).xml, 'Heading1')).not.toContain('Wirkung: die Maßnahmen auf der Wirkungstreppe');
    await tw.call('measures.update', { id: m.list.id, impactStage: 'output' });
    await tw.call('measures.update', { id: m.form.id, impactStage: 'output' });
    await tw.call('measures.update', { id: m.mentor.id, impactStage: 'outcome' });
    const { xml, texts } = await docx({});
    const stages = tables(xml).find((rows) => rows[0]?.join('|') === 'Stufe|Anzahl|davon erledigt')!;
    expect(stages.slice(1)).toEqual([
      ['Output: was der Verein tut und anbietet', '2', '2'],
      ['Outcome: was sich für die Menschen ändert, die er erreicht', '1', '0'],
      ['Ohne Angabe', '1', '0'],
    ]);
    const from = texts.indexOf('Outcome: was sich für die Menschen ändert, die er erreicht (1)');
    expect(texts[from + 1]).toBe('Pat:innen für Neue – Blockiert');
  });

  it('refuses a period that ends before it begins, and an unknown club, writing nothing', async () => {
    const before = snapshot(tw.workspace.connection!);
    const reversed = await exportFile(tw.workspace, 'progress.docx', { organisationId: clubId, from: '2026-06-30', to: '2026-06-01' });
    expect(reversed.ok ? '' : reversed.error.messageKey).toBe('errors.report.periodOrder');
    const unknown = await exportFile(tw.workspace, 'progress.docx', { organisationId: 'nope' });
    expect(unknown.ok).toBe(false);
    expect(snapshot(tw.workspace.connection!)).toEqual(before);
  });
});
