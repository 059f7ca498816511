import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile, Stakeholder, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID, exportFile } from '../../../src-main/core';
import { csvField, toCsv } from '../../../src-main/core/exports/csv';
import { safeFileName } from '../../../src-main/core/exports/file-names';
import { stakeholderMapImage } from '../../../src-main/core/exports/stakeholder-exports';
import { fitText, wrapText } from '../../../src-main/core/exports/svg';
import { parseCsv } from '../../helpers/csv';
import { pngSize } from '../../helpers/png';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let tw: TestWorkspace;
let workshopId: string;

beforeEach(async () => {
  tw = createTestWorkspace();
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'TSV Musterstadt 1908 e.V.' });
  const workshop = await tw.call<WorkshopDetail>('workshops.create', {
    organisationId: club.id,
    templateId: DAY_WORKSHOP_TEMPLATE_ID,
    title: 'Tag',
    date: '2026-03-14',
  });
  workshopId = workshop.id;
  const a = await tw.call<Stakeholder>('stakeholders.create', { workshopId, name: 'Übungsleiter:innen', category: 'volunteers', influence: 3.2, interest: 4.6, attitude: 'neutral', targetAttitude: 'supportive' });
  const b = await tw.call<Stakeholder>('stakeholders.create', { workshopId, name: 'Geschäftsstelle <Büro> & "Kasse"', category: 'staff', influence: 3, interest: 4, attitude: 'critical', notes: 'Sorge: Mehrarbeit; "Listen"' });
  await tw.call<Stakeholder>('stakeholders.create', { workshopId, name: '=HYPERLINK("x")', influence: 1, interest: 1 });
  await tw.call('relations.create', { sourceId: b.id, targetId: a.id, type: 'conflict', label: 'Wer pflegt die Listen?' });
});
afterEach(() => tw.cleanup());

async function exported(kind: string, input: Record<string, unknown>): Promise<ExportedFile> {
  const result = await exportFile(tw.workspace, kind, { workshopId, ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('stakeholder CSV', () => {
  it('opens in German Excel: BOM, semicolons, decimal commas, umlauts, quotes', async () => {
    const file = await exported('stakeholders.csv', { language: 'de' });
    expect(file.fileName).toBe('Stakeholder-Map – TSV Musterstadt 1908 e.V. – 2026-03-14.csv');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes).slice(1);
    expect(text).toContain('\r\n');
    const rows = parseCsv(text, ';');
    expect(rows[0]).toEqual(['Name', 'Kategorie', 'Einfluss', 'Interesse', 'Quadrant', 'Haltung heute', 'Haltung gewünscht', 'Nähe zur Veränderung', 'Notizen']);
    expect(rows[1]).toEqual(['Übungsleiter:innen', 'Ehrenamtliche', '3,2', '4,6', 'Eng einbinden', 'neutral', 'unterstützend', 'direkt betroffen', '']);
    expect(rows[2]).toEqual(['Geschäftsstelle <Büro> & "Kasse"', 'Hauptamtliche', '3', '4', 'Eng einbinden', 'kritisch', 'kritisch', 'direkt betroffen', 'Sorge: Mehrarbeit; "Listen"']);
    expect(rows[3]![0]).toBe('\'=HYPERLINK("x")');
  });

  it('uses commas and decimal points in English', async () => {
    const file = await exported('stakeholders.csv', { language: 'en' });
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes).slice(1), ',');
    expect(rows[1]).toEqual(['Übungsleiter:innen', 'Volunteers', '3.2', '4.6', 'Manage closely', 'neutral', 'supportive', 'Directly affected', '']);
  });

  it('round-trips any text through the CSV writer', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 20 }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const safe = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `x${c}` : c)));
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(toCsv(['a', 'b'], safe, { language: 'de' })).slice(1);
        expect(parseCsv(text, ';').slice(1)).toEqual(safe);
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });

  it('neutralises cells that spreadsheets would run as formulas', () => {
    for (const danger of ['=1+1', '+49 171', '-x', '@SUM(A1)']) expect(csvField(danger, ';', 'de')).toMatch(/^'|^"'/);
  });
});

describe('stakeholder map image', () => {
  it('is a real PNG at twice the drawing size', async () => {
    const file = await exported('stakeholders.png', {});
    expect(file.mimeType).toBe('image/png');
    expect(pngSize(file.bytes)).toEqual({ width: 2720, height: 2720 });
  });

  it('draws every stakeholder, relation and quadrant from the stored data, escaped', () => {
    const svg = stakeholderMapImage(tw.workspace.context, workshopId, 'grid', 'de');
    for (const text of ['Übungsleiter:innen', 'Geschäftsstelle', '&lt;Büro&gt; &amp; &quot;Kasse&quot;', 'Eng einbinden', 'Zufriedenstellen', 'Informieren', 'Beobachten', 'Konflikt mit: Wer pflegt die Listen?', '○ neutral →', '+ unterstützend']) {
      expect(svg).toContain(text);
    }
    expect(svg).not.toContain('<Büro>');
  });

  it('draws the onion with its four rings', () => {
    const svg = stakeholderMapImage(tw.workspace.context, workshopId, 'onion', 'en');
    for (const text of ['Core team', 'Directly affected', 'Indirectly affected', 'Wider environment']) expect(svg).toContain(text);
  });

  it('refuses an unknown workshop and an unknown export kind', async () => {
    expect(await exportFile(tw.workspace, 'stakeholders.png', { workshopId: 'nope' })).toMatchObject({ ok: false, error: { messageKey: 'errors.notFound.workshop' } });
    expect(await exportFile(tw.workspace, 'secrets.zip', {})).toMatchObject({ ok: false, error: { messageKey: 'errors.request.unknownMethod' } });
  });
});

describe('helpers', () => {
  it('make file names that every system accepts', () => {
    expect(safeFileName('Karte: Verein/„Süd“ <neu>?', 'png')).toBe('Karte- Verein-„Süd“ -neu.png');
    expect(safeFileName('   ', 'csv')).toBe('Vereinswerkstatt.csv');
  });

  it('fit long names onto two lines, smaller if needed, and cut the rest', () => {
    expect(fitText('Neue Übungsleiter:innen', 174, [18, 16, 14], 2)).toEqual({ lines: ['Neue', 'Übungsleiter:innen'], fontSize: 16 });
    expect(fitText('Vorstand', 174, [18, 16, 14], 2)).toEqual({ lines: ['Vorstand'], fontSize: 18 });
    expect(fitText('Abteilungsleitungen', 174, [18, 16, 14], 2)).toEqual({ lines: ['Abteilungsleitungen'], fontSize: 14 });
    expect(wrapText('Donaudampfschifffahrtsgesellschaft', 174, 18, 2)).toEqual(['Donaudampf-', 'schifffahrtsge…']);
    const cut = fitText('Förderverein für Jugend- und Familienarbeit im Stadtteil Süd', 174, [18, 16, 14], 2);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('process diagram images', () => {
  it('are drawn from the sample club as PNG and SVG, with lanes, numbered steps and markers', async () => {
    const own = createTestWorkspace();
    const sample = await own.call<{ workshopId: string }>('sample.load');
    const png = await exportFile(own.workspace, 'process.png', { workshopId: sample.workshopId, variant: 'ist' });
    if (!png.ok) throw new Error('png failed');
    const size = pngSize(png.value.bytes);
    expect(size.width).toBeGreaterThan(3000);
    expect(size.height).toBe((4 * 190 + 60) * 2);
    const svg = await exportFile(own.workspace, 'process.svg', { workshopId: sample.workshopId, variant: 'soll', language: 'de' });
    own.cleanup();
    if (!svg.ok) throw new Error('svg failed');
    expect(svg.value.fileName).toBe('Ablauf künftig (Soll) – TSV Musterstadt 1908 e.V. – 2026-03-14.svg');
    const text = new TextDecoder().decode(svg.value.bytes);
    expect(text.startsWith('<?xml')).toBe(true);
    for (const part of ['Geschäftsstelle', 'Übungsleiter:in', 'Online-Formular', '✦ Idee', '⚡ Digitales Potenzial', 'Ja', 'Nein']) expect(text).toContain(part);
  });

  it('refuse a process that was never started', async () => {
    expect(await exportFile(tw.workspace, 'process.png', { workshopId, variant: 'soll' })).toMatchObject({ ok: false, error: { messageKey: 'errors.process.empty' } });
  });
});
