import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile, SampleResult, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID, exportFile } from '../../../src-main/core';
import { svgToPng } from '../../../src-main/core/exports/png';
import { headings, openDocx, paragraphs, tables } from '../../helpers/docx';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';
import { buildLargeWorkshop } from './large-workshop';

let tw: TestWorkspace;
beforeEach(() => {
  tw = createTestWorkspace({ now: () => new Date('2026-04-16T10:00:00') });
});
afterEach(() => tw.cleanup());

async function report(kind: 'report.docx' | 'actions.docx', input: Record<string, unknown>): Promise<ExportedFile> {
  const result = await exportFile(tw.workspace, kind, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** The drawing descriptions (alt texts) of every picture in the document. */
const altTexts = (xml: string): string[] => [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]!);

describe('the workshop report', () => {
  it('has the sample workshop in order: cover, contents field, agenda, one chapter per phase, next steps', async () => {
    const { workshopId } = await tw.call<SampleResult>('sample.load');
    const workshop = await tw.call<WorkshopDetail>('workshops.get', { id: workshopId });
    const file = await report('report.docx', { workshopId });
    expect(file.fileName).toMatch(/^TSV Musterstadt 1908 e\.V\. – Verein\(t\) Veränderungen angehen – \d\d\.\d\d\.\d{4}\.docx$/);
    const docx = openDocx(file.bytes);
    const xml = docx.document;
    expect(headings(xml, 'Heading1')).toEqual(['Ablauf des Tages', 'Nächste Schritte']);
    // Breaks are in the agenda with their number, but get no chapter of their own.
    const chapters = workshop.phases.map((p, i) => (p.kind === 'pause' ? null : `${i + 1}. ${p.title}`)).filter(Boolean);
    expect(headings(xml, 'Heading2')).toEqual([...chapters, 'Offene Maßnahmen']);
    expect(tables(xml)[0]!.map((row) => row[1])).toEqual(expect.arrayContaining(['Kaffeepause', 'Mittagspause']));
    // The table of contents is a Word field, filled when the document opens.
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(docx.text('word/settings.xml')).toMatch(/<w:updateFields( w:val="true")?\/>/);
    // Each picture with alt text: radar, stakeholder map, Ist and Soll (a page each of their parts); SVG with PNG fallback.
    const alts = altTexts(xml);
    const names = [...xml.matchAll(/<wp:docPr [^>]*name="([^"]*)"/g)].map((m) => m[1]!.replace(/-\d+$/, ''));
    expect(new Set(names)).toEqual(new Set(['radar', 'stakeholders', 'process-ist', 'process-soll']));
    for (const alt of alts) expect(alt.length).toBeGreaterThan(10);
    expect(Object.keys(docx.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.svg'))).toHaveLength(alts.length);
    expect(Object.keys(docx.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toHaveLength(alts.length);
    // The action plan: a landscape section, a header row repeated on every page, one row per measure.
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    const plan = tables(xml).find((rows) => rows[0]?.join('|') === 'Was|Wer|Bis wann|Erster Schritt|Priorität|Status')!;
    expect(plan).toHaveLength(1 + 8);
    expect(xml).toContain('<w:tblHeader/>');
    // Title and language for Word's accessibility check; page numbers and the club in header/footer.
    expect(docx.text('docProps/core.xml')).toContain('<dc:title>Workshop-Bericht: Verein(t) Veränderungen angehen</dc:title>');
    expect(docx.text('word/styles.xml')).toContain('w:lang w:val="de-DE"');
    const frames = Object.keys(docx.files).filter((f) => /word\/(header|footer)\d+\.xml/.test(f)).map((f) => docx.text(f)).join('');
    expect(frames).toContain('TSV Musterstadt 1908 e.V.');
    expect(frames).toMatch(/PAGE/);
    // The chosen topic and the self-check table are there.
    const text = paragraphs(xml).map((p) => p.text).join('\n');
    expect(text).toContain('Gewähltes Thema: Einarbeitung neuer Übungsleiter:innen');
    expect(tables(xml).some((rows) => rows[0]?.[0] === 'Feld' && rows.some((r) => r[0] === 'Wissen & Dokumentation' && r[1] === '1'))).toBe(true);
  });

  it('names participants only with their consent, and anonymised it names nobody', async () => {
    const { workshopId } = await tw.call<SampleResult>('sample.load');
    await tw.call('workshops.update', { id: workshopId, participantNames: 'Anna Beispiel\nBernd Muster', participantsConsent: false, followUpDate: '2026-06-18' });
    const without = paragraphs(openDocx((await report('report.docx', { workshopId })).bytes).document).map((p) => p.text).join('\n');
    expect(without).not.toContain('Anna Beispiel');
    expect(without).toContain('Wir schauen wieder darauf am 18.06.2026.');

    await tw.call('workshops.update', { id: workshopId, participantsConsent: true });
    const named = openDocx((await report('report.docx', { workshopId })).bytes).document;
    expect(headings(named, 'Heading1')).toContain('Teilnehmende');
    expect(paragraphs(named).map((p) => p.text)).toContain('Anna Beispiel');

    const anonymous = openDocx((await report('report.docx', { workshopId, anonymise: true })).bytes).document;
    const all = paragraphs(anonymous).map((p) => p.text).join('\n');
    expect(all).not.toContain('Anna Beispiel');
    expect(headings(anonymous, 'Heading1')).not.toContain('Teilnehmende');
    const plan = tables(anonymous).find((rows) => rows[0]?.[0] === 'Was')!;
    const owners = plan.slice(1).map((r) => r[1]);
    for (const owner of owners) expect(owner).toMatch(/^(Person [A-Z]+|–)$/);
  });

  it('leaves out what the coach deselects and can be made in English', async () => {
    const { workshopId } = await tw.call<SampleResult>('sample.load');
    const xml = openDocx((await report('report.docx', { workshopId, sections: ['agenda'], language: 'en' })).bytes).document;
    expect(headings(xml, 'Heading1')).toEqual(['Agenda of the day']);
    expect(headings(xml, 'Heading2')).toEqual([]);
    expect(altTexts(xml)).toHaveLength(0);
  });

  it('makes a clean report of an empty workshop, one line per phase, and keeps unusual characters as typed', async () => {
    const club = await tw.call<{ id: string }>('organisations.create', { name: 'Chor „Frohsinn“ <Süd> & Co' });
    const workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag 😀' });
    const phase = workshop.phases[0]!;
    const long = 'Sehr lange Notiz '.repeat(400);
    await tw.call('phases.saveNote', { phaseId: phase.id, text: `Zeile 1: "Zitat" & <Tag> 🎉\nZeile 2: Grüße\n${long}` });
    const xml = openDocx((await report('report.docx', { workshopId: workshop.id })).bytes).document;
    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts.filter((t) => t === 'In dieser Phase wurde nichts festgehalten.')).toHaveLength(workshop.phases.filter((p) => p.kind !== 'pause').length - 2);
    expect(texts.join('\n')).toContain('Zeile 1: "Zitat" & <Tag> 🎉Zeile 2: Grüße');
    expect(texts.join('\n')).toContain(long.trim());
    expect(texts).toContain('Es wurden noch keine Maßnahmen festgehalten.');
  });

  it('puts the club logo on the cover in its own proportions, and refuses bytes that are no picture', async () => {
    const { workshopId } = await tw.call<SampleResult>('sample.load');
    const png = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="#1c5a86"/></svg>', 1);
    const file = await report('report.docx', { workshopId, logo: { type: 'png', base64: Buffer.from(png.bytes).toString('base64') } });
    const xml = openDocx(file.bytes).document;
    const logo = /<wp:extent cx="(\d+)" cy="(\d+)"\/>[\s\S]*?descr="Logo des Vereins: TSV Musterstadt 1908 e.V."/.exec(xml)!;
    expect(Number(logo[1]) / Number(logo[2])).toBeCloseTo(4, 1);
    const broken = await exportFile(tw.workspace, 'report.docx', { workshopId, logo: { type: 'png', base64: Buffer.from('not a picture').toString('base64') } });
    expect(broken).toMatchObject({ ok: false, error: { kind: 'validation', messageKey: 'errors.report.logo' } });
  });

  it('refuses unknown workshops and oversized logos with a clear message', async () => {
    const missing = await exportFile(tw.workspace, 'report.docx', { workshopId: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    const { workshopId } = await tw.call<SampleResult>('sample.load');
    const big = await exportFile(tw.workspace, 'report.docx', { workshopId, logo: { type: 'png', base64: 'A'.repeat(3_000_000) } });
    expect(big).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('handles a large workshop: 9 phases, 200 cards, two diagrams of 100 steps, 60 measures', async () => {
    const workshopId = await buildLargeWorkshop(tw);
    const xml = openDocx((await report('report.docx', { workshopId })).bytes).document;
    const plan = tables(xml).find((rows) => rows[0]?.[0] === 'Was')!;
    expect(plan).toHaveLength(61);
    expect(paragraphs(xml).filter((p) => p.text.startsWith('Große Karte'))).toHaveLength(200);
    // Ist and Soll, page by page (25 each at a legible scale); the self-check and the map are empty and say so.
    const names = [...xml.matchAll(/<wp:docPr [^>]*name="([^"]*)"/g)].map((m) => m[1]!);
    expect(names.filter((n) => n.startsWith('process-ist-')).length).toBeGreaterThan(10);
    expect(names.every((n) => n.startsWith('process-'))).toBe(true);
  }, 60_000);
});

describe('the action plan alone', () => {
  it('is one landscape page set: club, workshop, date, the measures, room for notes', async () => {
    const { workshopId } = await tw.call<SampleResult>('sample.load');
    const file = await report('actions.docx', { workshopId });
    expect(file.fileName).toMatch(/^TSV Musterstadt 1908 e\.V\. – .* – Maßnahmenplan – \d\d\.\d\d\.\d{4}\.docx$/);
    const xml = openDocx(file.bytes).document;
    expect(headings(xml, 'Heading1')).toEqual(['Maßnahmenplan']);
    expect(paragraphs(xml)[1]!.text).toBe('TSV Musterstadt 1908 e.V. · Verein(t) Veränderungen angehen · 14.03.2026');
    expect(tables(xml)[0]).toHaveLength(9);
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(headings(xml, 'Heading2')).toEqual(['Notizen']);
  });
});
