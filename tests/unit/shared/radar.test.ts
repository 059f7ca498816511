import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { liveLabelsDe } from '../../../src-main/shared/live-labels';
import { radarLayout, radarPoints, radarSvg } from '../../../src-main/shared/radar';

const labels = Object.values(liveLabelsDe.dimensions);

describe('radar chart geometry', () => {
  it('puts the first field at the top and goes clockwise', () => {
    const layout = radarLayout(labels);
    expect(layout.axes[0]!.x).toBeCloseTo(layout.cx);
    expect(layout.axes[0]!.y).toBeLessThan(layout.cy);
    expect(layout.axes[2]!.x).toBeGreaterThan(layout.cx);
    expect(layout.axes[6]!.x).toBeLessThan(layout.cx);
    expect(layout.rings).toHaveLength(5);
  });

  it('draws 5 on the outer ring, 1 at a fifth of the radius, and no value at the centre', () => {
    const layout = radarLayout(labels);
    const point = (values: (number | null)[]) => radarPoints(layout, values).split(' ')[0]!.split(',').map(Number);
    const fives = point(labels.map(() => 5));
    expect(fives[1]).toBeCloseTo(layout.cy - layout.radius, 0);
    const ones = point(labels.map(() => 1));
    expect(ones[1]).toBeCloseTo(layout.cy - layout.radius / 5, 0);
    expect(point(labels.map(() => null))).toEqual([layout.cx, layout.cy]);
  });

  it('breaks long field names after "&" so they fit beside the chart', () => {
    const layout = radarLayout(labels);
    const knowledge = layout.axes.find((a) => a.label === 'Wissen & Dokumentation')!;
    expect(knowledge.lines).toEqual(['Wissen &', 'Dokumentation']);
    expect(layout.axes[0]!.lines).toEqual(['Kommunikation']);
  });

  it('is a well-formed SVG with a title, both series and the labels escaped', () => {
    const svg = radarSvg(['A & <B>', 'C', 'D'], [{ name: 'Heute', values: [1, 2, 3] }, { name: 'Früher "2025"', values: [2, null, 4] }], 'Selbst<check>');
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: { title: string; polygon: unknown[]; text: unknown[] } };
    expect(doc.svg.title).toBe('Selbst<check>');
    // 5 rings and 2 series
    expect(doc.svg.polygon).toHaveLength(7);
    expect(svg).toContain('A &amp;');
    expect(svg).toContain('&lt;B&gt;');
    expect(svg).toContain('stroke-dasharray="8 6"');
  });
});
