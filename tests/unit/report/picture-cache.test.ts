import { afterEach, describe, expect, it } from 'vitest';
import type { SampleResult } from '../../../src-main/contract';
import { exportFile } from '../../../src-main/core';
import type { DrawnPicture } from '../../../src-main/core/report/docx-blocks';
import { CachedDrawer, pictureKey } from '../../../src-main/core/report/picture-cache';
import { type PictureDrawer, type PictureJob, drawJob } from '../../../src-main/core/report/picture-jobs';
import { openDocx } from '../../helpers/docx';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// A report's pictures are kept by what they are drawn from: a second export
// of unchanged data draws nothing and gives the same file; a changed process
// draws again; a failed picture is not kept; memory stays bounded.

let tw: TestWorkspace | null = null;
afterEach(() => tw?.cleanup());

/** Draws for real and counts what it was asked for. */
function countingDrawer(fail = false): PictureDrawer & { jobs: PictureJob[] } {
  const jobs: PictureJob[] = [];
  return {
    jobs,
    draw: (job) => {
      jobs.push(job);
      return fail ? Promise.reject(new Error('kaputt')) : drawJob(job);
    },
    close: () => undefined,
  };
}

const svgJob = (text: string, maxWidth = 600): PictureJob => ({
  kind: 'svg',
  svg: `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#ffffff"/><text x="10" y="50" font-size="30">${text}</text></svg>`,
  maxWidth,
});

const media = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(
    Object.entries(openDocx(bytes).files)
      .filter(([name]) => name.startsWith('word/media/'))
      .map(([name, b]) => [name, Buffer.from(b).toString('base64')]),
  );

async function report(t: TestWorkspace, workshopId: string): Promise<Uint8Array> {
  const result = await exportFile(t.workspace, 'report.docx', { workshopId, sections: ['agenda', 'phases', 'nextSteps', 'participants'], language: 'de', anonymise: false, logo: null });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.bytes;
}

describe('kept report pictures', () => {
  it('are drawn once for the same data, and again for a changed one', async () => {
    const inner = countingDrawer();
    const cache = new CachedDrawer(inner);
    const [a, b] = await Promise.all([cache.draw(svgJob('Ist')), cache.draw(svgJob('Ist'))]);
    expect(inner.jobs).toHaveLength(1);
    expect(b).toBe(a);
    await cache.draw(svgJob('Soll'));
    await cache.draw(svgJob('Ist', 500));
    expect(inner.jobs).toHaveLength(3);
    expect(pictureKey(svgJob('Ist'))).not.toBe(pictureKey(svgJob('Ist', 500)));
  });

  it('keeps no failed picture: the next report tries again', async () => {
    const inner = countingDrawer(true);
    const cache = new CachedDrawer(inner);
    await expect(cache.draw(svgJob('Ist'))).rejects.toThrow('kaputt');
    await expect(cache.draw(svgJob('Ist'))).rejects.toThrow('kaputt');
    expect(inner.jobs).toHaveLength(2);
    expect(cache.size).toBe(0);
  });

  it('lets the longest unused pictures go once they take more than the limit', async () => {
    const inner = countingDrawer();
    const one: DrawnPicture = await drawJob(svgJob('A'));
    const limit = Math.ceil((one.png.byteLength + one.svg.length * 2) * 2.5);
    const cache = new CachedDrawer(inner, limit);
    for (const text of ['A', 'B', 'C']) await cache.draw(svgJob(text));
    expect(cache.size).toBeLessThanOrEqual(2);
    await cache.draw(svgJob('C'));
    expect(inner.jobs).toHaveLength(3);
    await cache.draw(svgJob('A'));
    expect(inner.jobs).toHaveLength(4);
  });

  // Three whole reports with every picture drawn: on a loaded 2-core machine that takes its time.
  it('give a second export of the sample the same pictures without drawing, and draw a changed process again', async () => {
    tw = createTestWorkspace({ now: () => new Date('2026-04-16T10:00:00') });
    const { workshopId } = await tw.call<SampleResult>('sample.load');
    const cache = tw.workspace.context.pictures as CachedDrawer;
    const first = await report(tw, workshopId);
    const kept = cache.size;
    expect(kept).toBeGreaterThan(2);
    const second = await report(tw, workshopId);
    expect(cache.size).toBe(kept);
    expect(media(second)).toEqual(media(first));

    const ist = await tw.call<{ steps: { id: string; label: string }[] }>('process.get', { workshopId, variant: 'ist' });
    await tw.call('process.steps.update', { id: ist.steps[0]!.id, label: 'Ganz neuer Schritt' });
    const third = await report(tw, workshopId);
    expect(cache.size).toBeGreaterThan(kept);
    expect(Object.values(media(third)).some((png) => !Object.values(media(first)).includes(png))).toBe(true);
  }, 90_000);

  it('are drawn ahead when the report dialog opens, and an unknown workshop gets a clear error', async () => {
    tw = createTestWorkspace({ now: () => new Date('2026-04-16T10:00:00') });
    const { workshopId } = await tw.call<SampleResult>('sample.load');
    const cache = tw.workspace.context.pictures as CachedDrawer;
    expect(await tw.call('report.prepare', { workshopId, language: 'de' })).toEqual({ started: true });
    expect(cache.size).toBeGreaterThan(2);
    const refused = await tw.api.invoke('report.prepare', { workshopId: 'gibt-es-nicht', language: 'de' });
    expect(refused.ok).toBe(false);
  });
});
