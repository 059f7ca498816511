import { afterEach, describe, expect, it } from 'vitest';
import type { SampleResult } from '../../../src-main/contract';
import { drawJob, type PictureJob } from '../../../src-main/core/report/picture-jobs';
import type { CachedDrawer } from '../../../src-main/core/report/picture-cache';
import { PictureWorker } from '../../../src-main/core/report/picture-pool';
import { buildWorkshopReport } from '../../../src-main/core/report/workshop-report';
import { Packer } from 'docx';
import { openDocx } from '../../helpers/docx';
import { SOURCE_PICTURE_WORKER, type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let tw: TestWorkspace | null = null;
afterEach(() => tw?.cleanup());

const job: PictureJob = { kind: 'svg', svg: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#1c5a86"/><text x="10" y="50" font-size="30">Ist</text></svg>', maxWidth: 600 };

/** Every picture file inside a report, by name. */
async function mediaOf(t: TestWorkspace, withWorker: boolean): Promise<Record<string, string>> {
  const { workshopId } = await t.call<SampleResult>('sample.load');
  const ctx = withWorker ? t.workspace.context : { ...t.workspace.context, pictures: undefined };
  const { document } = await buildWorkshopReport(ctx, { workshopId, sections: ['agenda', 'phases', 'nextSteps', 'participants'], language: 'de', anonymise: false, logo: null });
  const files = openDocx(new Uint8Array(await Packer.toBuffer(document))).files;
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.startsWith('word/media/')).map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64')]));
}

describe('the picture worker', () => {
  it('draws the same pictures as the main thread, byte for byte', async () => {
    tw = createTestWorkspace({ now: () => new Date('2026-04-16T10:00:00'), pictureWorker: true });
    const inWorker = await mediaOf(tw, true);
    // The worker thread really drew some of the sample's pictures (radar, map, the pages of Ist and Soll); libuv's pool the rest.
    expect(((tw.workspace.context.pictures as CachedDrawer).drawer as PictureWorker).drawnInWorker).toBeGreaterThanOrEqual(2);
    expect(Object.keys(inWorker).length).toBeGreaterThanOrEqual(2 * 6);
    const here = await mediaOf(tw, false);
    expect(inWorker).toEqual(here);
  }, 30_000);

  it('leaves no picture behind when it cannot start or stops midway: they are drawn here instead', async () => {
    const expected = await drawJob(job);
    const missing = new PictureWorker({ url: new URL('./no-such-worker.js', import.meta.url) });
    expect(await missing.draw(job)).toEqual(expected);
    expect(await missing.draw(job)).toEqual(expected);
    missing.close();

    const worker = new PictureWorker(SOURCE_PICTURE_WORKER);
    const first = worker.draw(job);
    worker.close();
    expect(await first).toEqual(expected);
    // Closed on purpose: the next picture starts a new worker.
    expect(await worker.draw(job)).toEqual(expected);
    expect(worker.drawnInWorker).toBeGreaterThanOrEqual(1);
    worker.close();
  }, 30_000);

  it('answers a job it cannot draw with an error, and draws the next', async () => {
    const worker = new PictureWorker(SOURCE_PICTURE_WORKER);
    await expect(worker.draw({ kind: 'svg', svg: 'kein SVG', maxWidth: 600 })).rejects.toThrow(/picture worker/);
    expect(await worker.draw(job)).toEqual(await drawJob(job));
    expect(worker.drawnInWorker).toBe(1);
    worker.close();
  }, 30_000);
});
