import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ProcessDiagram } from '../../../src-main/contract';
import { MAX_PNG_SIDE, svgToPng, svgToPngWidth, withoutIllegibleText } from '../../../src-main/core/exports/png';
import { encodePng } from '../../../src-main/core/exports/png-encode';
import { processOverviewSvg, processSvg } from '../../../src-main/core/exports/process-svg';
import { imageSize } from '../../../src-main/core/report/image-size';
import { numberSteps } from '../../../src-main/shared/process-geometry';
import { processLabels } from '../../../src-main/shared/process-labels';

const SEED = 20261122;

/** The pixels inside a PNG we wrote (unfiltered rows), read back without our own code. */
function decodeUnfiltered(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.length);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const idatLength = view.getUint32(33);
  expect(new TextDecoder().decode(png.subarray(37, 41))).toBe('IDAT');
  const raw = unzlibSync(png.subarray(41, 41 + idatLength));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, rgba };
}

describe('PNG writing off the main thread', () => {
  it('writes any RGBA picture so that it reads back pixel for pixel', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer(), async (width, height, salt) => {
        const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 31 + salt) & 0xff);
        const png = await encodePng(rgba, width, height);
        expect(imageSize(png, 'png')).toEqual({ width, height });
        expect(decodeUnfiltered(png)).toEqual({ width, height, rgba });
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('is read by another PNG reader (resvg checks the checksums)', async () => {
    const png = await encodePng(Uint8Array.from({ length: 4 * 4 * 4 }, (_, i) => (i % 4 === 3 ? 255 : i % 4 === 0 ? 200 : 20)), 4, 4);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><image width="4" height="4" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
    const pixels = new Resvg(svg).render().pixels;
    expect([...pixels.subarray(0, 4)]).toEqual([200, 20, 20, 255]);
  });

  it('refuses bytes that do not match the size', async () => {
    await expect(encodePng(new Uint8Array(15), 2, 2)).rejects.toThrow(RangeError);
    await expect(encodePng(new Uint8Array(0), 0, 0)).rejects.toThrow(RangeError);
  });
});

describe('PNG exports', () => {
  it('draws at twice the size, but never wider or higher than image viewers cope with', async () => {
    const small = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#1c5a86"/></svg>');
    expect([small.width, small.height]).toEqual([600, 200]);
    expect(imageSize(small.bytes, 'png')).toEqual({ width: 600, height: 200 });
    const long = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="40000" height="800"><rect width="40000" height="800" fill="#1c5a86"/></svg>');
    expect([long.width, long.height]).toEqual([MAX_PNG_SIDE, 320]);
    await expect(svgToPng('<svg xmlns="http://www.w3.org/2000/svg"/>')).rejects.toThrow();
  });
});

describe('pictures shrunk for the report', () => {
  it('leaves out only the words too small to read', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="100"><text font-size="20">big</text><text x="1" font-size="10">small</text>' +
      '<text x="2" font-size="12"><tspan>two</tspan><tspan>lines</tspan></text><text>no size</text><rect width="5" height="5"/></svg>';
    expect(withoutIllegibleText(svg, 1)).toBe(svg);
    const shrunk = withoutIllegibleText(svg, 0.25);
    expect(shrunk).toContain('big');
    expect(shrunk).toContain('no size');
    expect(shrunk).toContain('<rect');
    expect(shrunk).not.toContain('small');
    expect(shrunk).not.toContain('lines');
    expect(withoutIllegibleText(svg, 0.1)).not.toContain('big');
    const selfClosing = '<svg><text font-size="10"/><rect id="kept"/><text font-size="30">stays</text></svg>';
    expect(withoutIllegibleText(selfClosing, 0.2)).toBe('<svg><rect id="kept"/><text font-size="30">stays</text></svg>');
  });

  const diagram = (steps: number): ProcessDiagram => {
    const at = '2026-04-16T10:00:00.000Z';
    const lanes = ['Vorstand', 'Ehrenamt'].map((name, i) => ({ id: `l${i}`, diagramId: 'd', name, position: i }));
    const list = Array.from({ length: steps }, (_, i) => ({
      id: `s${i}`, diagramId: 'd', laneId: `l${i % 2}`, kind: 'step' as const, label: `Schritt ${i + 1}`, x: 300 + i * 260, originId: null, createdAt: at, updatedAt: at,
    }));
    const edges = list.slice(1).map((s, i) => ({ id: `e${i}`, diagramId: 'd', sourceId: list[i]!.id, targetId: s.id, label: '' }));
    return { id: 'd', workshopId: 'w', variant: 'ist', lanes, steps: list, edges, markers: [], updatedAt: at };
  };
  const full = (d: ProcessDiagram): string => processSvg(d, { labels: processLabels('de'), title: 'Ist', numbers: numberSteps(d) });

  it('draws a long process from its overview: same size, no words, same PNG', async () => {
    const long = diagram(100);
    const overview = processOverviewSvg(long);
    const size = (svg: string): string => /<svg[^>]*width="[\d.]+" height="[\d.]+"/.exec(svg)![0];
    expect(size(overview)).toBe(size(full(long)));
    expect(overview).not.toContain('<text');
    // Steps keep their kind's colours: a start is green, ordinary steps white.
    const kinds: ProcessDiagram = { ...long, steps: long.steps.map((st, i) => (i === 0 ? { ...st, kind: 'start' as const } : st)) };
    expect(processOverviewSvg(kinds)).toContain('fill="#e6f3e9"');
    expect(processOverviewSvg(kinds)).toContain('fill="#ffffff" stroke="#46505c"');
    const fallback = await svgToPngWidth(full(long), 1200, overview);
    expect(Buffer.from(fallback.bytes).equals(Buffer.from((await svgToPngWidth(overview, 1200)).bytes))).toBe(true);
  });

  it('keeps the full picture where its words can be read', async () => {
    const short = diagram(4);
    const fallback = await svgToPngWidth(full(short), 1200, processOverviewSvg(short));
    expect(Buffer.from(fallback.bytes).equals(Buffer.from((await svgToPngWidth(processOverviewSvg(short), 1200)).bytes))).toBe(false);
    expect(Buffer.from(fallback.bytes).equals(Buffer.from((await svgToPngWidth(full(short), 1200)).bytes))).toBe(true);
  });
});
