import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SampleResult } from '../../../src-main/contract';
import { exportFile } from '../../../src-main/core';
import { REPORT_TEXT } from '../../../src-main/core/report/report-text';
import { deProcess } from '../../../src-renderer/i18n/de-process';
import { enProcess } from '../../../src-renderer/i18n/en-process';
import { type DocxParts, headings, openDocx, paragraphs, tables } from '../../helpers/docx';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// The Word report as a board reads it: diagram labels of at least 8 pt on the
// page, headings kept with what follows, a heading for the contents, the
// app's words, the comparison of Ist and Soll. Each check reads the .docx back.

const EMU_PER_PT = 12_700;
const MIN_PT = 8;

interface Picture {
  name: string;
  /** Size on the page, in pt. */
  widthPt: number;
  heightPt: number;
  svg: string;
  png: Uint8Array;
  /** In a landscape section. */
  landscape: boolean;
}

/** Every picture with its size on the page, its SVG and its PNG, found through the document's relationships. */
function pictures(docx: DocxParts): Picture[] {
  const rels = new Map([...docx.text('word/_rels/document.xml.rels').matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, `word/${m[2]!}`]));
  // Each section's properties close it: a picture belongs to the first sectPr after it.
  const sections = [...docx.document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => ({ end: m.index, landscape: /w:orient="landscape"/.test(m[0]) }));
  return [...docx.document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>[\s\S]*?name="([^"]*)"[\s\S]*?<a:blip r:embed="(rId\d+)"[\s\S]*?<asvg:svgBlip [^>]*r:embed="(rId\d+)"/g)].map((m) => ({
    name: m[3]!,
    widthPt: Number(m[1]) / EMU_PER_PT,
    heightPt: Number(m[2]) / EMU_PER_PT,
    png: docx.files[rels.get(m[4]!)!]!,
    svg: docx.text(rels.get(m[5]!)!),
    landscape: sections.find((s) => s.end > m.index)?.landscape ?? false,
  }));
}

const svgWidth = (svg: string): number => Number(/<svg\b[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
const pngWidth = (png: Uint8Array): number => new DataView(png.buffer, png.byteOffset).getUint32(16);
/** The smallest type in an SVG, in its own units. */
const smallestFont = (svg: string): number => Math.min(...[...svg.matchAll(/<text\b[^>]*\sfont-size="([\d.]+)"/g)].map((m) => Number(m[1])));

let tw: TestWorkspace;
let docx: DocxParts;
let english: DocxParts;
beforeAll(async () => {
  tw = createTestWorkspace({ now: () => new Date('2026-04-16T10:00:00') });
  const { workshopId } = await tw.call<SampleResult>('sample.load');
  const made = async (language: 'de' | 'en'): Promise<DocxParts> => {
    const result = await exportFile(tw.workspace, 'report.docx', { workshopId, language });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return openDocx(result.value.bytes);
  };
  docx = await made('de');
  english = await made('en');
}, 60_000);
afterAll(() => tw.cleanup());

describe('the diagrams in the Word report', () => {
  it('print every label of the process diagrams and the stakeholder map at 8 pt or more, in the PNG too', () => {
    const diagrams = pictures(docx).filter((p) => p.name.startsWith('process-') || p.name === 'stakeholders');
    // The sample's Ist and Soll take more than one page each, plus the map.
    expect(diagrams.filter((p) => p.name.startsWith('process-ist')).length).toBeGreaterThan(1);
    expect(diagrams.filter((p) => p.name.startsWith('process-soll')).length).toBeGreaterThan(1);
    expect(diagrams.some((p) => p.name === 'stakeholders')).toBe(true);
    for (const p of diagrams) {
      const ptPerUnit = p.widthPt / svgWidth(p.svg);
      const smallest = smallestFont(p.svg) * ptPerUnit;
      expect(smallest, `${p.name}: smallest label ${smallest.toFixed(2)} pt`).toBeGreaterThanOrEqual(MIN_PT);
      // The PNG (what LibreOffice shows) has at least 96 pixels to the inch on the page.
      expect(pngWidth(p.png) / (p.widthPt / 72), p.name).toBeGreaterThanOrEqual(96 - 1);
    }
  });

  it('puts a wide process on landscape pages that it fits, each page at the same scale', () => {
    const ist = pictures(docx).filter((p) => p.name.startsWith('process-ist'));
    const scales = ist.map((p) => p.widthPt / svgWidth(p.svg));
    for (const p of ist) {
      expect(p.landscape).toBe(true);
      // A4 landscape with 1.9 cm margins: 734 × 487 pt of text area.
      expect(p.widthPt).toBeLessThanOrEqual(734);
      expect(p.heightPt).toBeLessThanOrEqual(487);
    }
    for (const s of scales) expect(s).toBeCloseTo(scales[0]!, 3);
  });

  it('numbers pain points and ideas on the diagram and lists them in full below it', () => {
    const soll = pictures(docx).filter((p) => p.name.startsWith('process-soll'));
    const svg = soll.map((p) => p.svg).join('');
    for (let n = 1; n <= 6; n++) expect(svg).toMatch(new RegExp(`[✦⚡] ${n}<`));
    expect(svg).not.toContain('…');
    const text = paragraphs(docx.document).map((p) => p.text);
    expect(text).toContain('✦ 3 Idee: Messenger mit Auftragsverarbeitungsvertrag statt privater WhatsApp-Gruppe (Schritt 6)');
  });
});

describe('the layout of the Word report', () => {
  it('keeps every heading with what follows it', () => {
    const styled = [...docx.document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading\d"\/>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    expect(styled.length).toBeGreaterThan(20);
    for (const p of styled) expect(p).toContain('<w:keepNext/>');
  });

  it('gives the table of contents a heading', () => {
    const xml = docx.document;
    const toc = xml.indexOf('TOC \\h');
    const before = paragraphs(xml.slice(0, toc)).map((p) => p.text).filter(Boolean);
    expect(before[before.length - 1]).toBe('Inhalt');
  });

  it('makes every column wide enough for its header words, in German and English', () => {
    for (const tbl of [...docx.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!, ...english.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!]) {
      const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const header = tables(tbl)[0]![0]!;
      header.forEach((text, i) => {
        // 11 pt bold: about 0.7 em a letter in DejaVu Sans (LibreOffice's stand-in for Calibri), plus the cell margins (2 × 100 twips).
        const longest = Math.max(...text.split(/\s+/).map((w) => [...w].length));
        expect(grid[i], `"${text}"`).toBeGreaterThanOrEqual(longest * 11 * 0.7 * 20 + 200);
      });
    }
  });

  it('says what the app says: severity words, "Schritt" before step numbers, a priority for each measure', () => {
    const text = paragraphs(docx.document).map((p) => p.text).join('\n');
    expect(text).not.toContain('behindert');
    expect(text).toContain('⚠ 1: Erinnerungen manuell, oft vergessen (Schritt 4) – gravierend');
    expect(text).toContain('– spürbar');
    expect(text).not.toMatch(/\(\d+\)/);
    // The words are the app's own (its catalogue says "2 – spürbar"), in both languages.
    for (const [report, app] of [[REPORT_TEXT.de, deProcess], [REPORT_TEXT.en, enProcess]] as const) {
      expect([report.severity[1], report.severity[2], report.severity[3]]).toEqual([app.severities.low, app.severities.medium, app.severities.high].map((w) => w.replace(/^\d – /, '')));
    }
    const plan = tables(docx.document).find((rows) => rows[0]?.[0] === 'Was')!;
    expect(plan[0]).toEqual(['Was', 'Wer', 'Bis wann', 'Erster Schritt', 'Priorität', 'Status']);
    expect(plan.slice(1).map((r) => r[4])).toContain('Hoch');
  });

  it('compares the target process with today: new, dropped and changed steps', () => {
    expect(headings(docx.document, 'Heading3')).toEqual(expect.arrayContaining(['Was sich gegenüber heute ändert', '+ Neu im Soll-Ablauf', '− Fällt weg', '↻ Geändert']));
    const text = paragraphs(docx.document).map((p) => p.text);
    expect(text).toContain('1 neu, 0 weggefallen, 5 geändert, 4 gleich geblieben');
    expect(text).toContain('Schritt 8: Einarbeitungs-Checkliste durchgehen (Rolle: Abteilungsleitung)');
    const changes = tables(docx.document).find((rows) => rows[0]?.join('|') === 'Heute|Künftig|Geändert')!;
    expect(changes).toHaveLength(1 + 5);
    expect(changes[1]).toEqual(['Schritt 3 (Dokument/Werkzeug): Papierformular ausfüllen lassen (Rolle: Geschäftsstelle)', 'Schritt 3 (Dokument/Werkzeug): Online-Formular ausfüllen (Rolle: Geschäftsstelle)', 'Text']);
  });
});

describe('the picture code', () => {
  /** Our modules a file reaches through its imports (type-only imports included: they close circles for the reader too). */
  function reached(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const base = resolve(dirname(file), m[1]!);
        for (const candidate of [`${base}.ts`, `${base}/index.ts`]) {
          try {
            readFileSync(candidate);
            visit(candidate);
            break;
          } catch {
            // not this one
          }
        }
      }
    };
    visit(resolve(import.meta.dirname, entry));
    return seen;
  }

  it('draws from data alone: the picture worker reaches no database, service or core context', () => {
    const files = [...reached('../../../src-main/core/report/picture-worker.ts')].map((f) => f.replace(/.*src-main\//, ''));
    expect(files).toContain('core/drawing/diagrams.ts');
    expect(files.filter((f) => /core\/(db|services|process|live|actions)\/|core\/context\.ts|core\/workspace\.ts/.test(f))).toEqual([]);
  });
});
