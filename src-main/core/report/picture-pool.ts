import { Worker } from 'node:worker_threads';
import type { DrawnPicture } from './docx-blocks';
import { type PictureDrawer, type PictureJob, drawJob } from './picture-jobs';

/** Where the worker's script is (the app's bundle, or the TypeScript source with a loader in tests). */
export interface PictureWorkerOptions {
  url: URL;
  execArgv?: string[];
}

interface Waiting {
  job: PictureJob;
  resolve: (drawn: DrawnPicture) => void;
  reject: (error: Error) => void;
}

/** Pictures waiting for the worker before further ones are drawn on libuv's pool instead. */
const WORKER_QUEUE = 2;

type Answer = { id: number; drawn: DrawnPicture; error?: undefined } | { id: number; error: string; drawn?: undefined };

/**
 * One worker thread for a workspace's report pictures, started with the
 * first report and kept for the next (starting one takes ~100 ms). If it
 * cannot start or stops, its pictures are drawn on the main thread's pool.
 */
export class PictureWorker implements PictureDrawer {
  private worker: Worker | null = null;
  /** A worker closed on purpose: its end is no failure. */
  private retired: Worker | null = null;
  private unusable = false;
  private nextId = 1;
  private drawnHere = 0;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly options: PictureWorkerOptions) {}

  /** Pictures the worker thread has drawn (tests check it really is used). */
  get drawnInWorker(): number {
    return this.drawnHere;
  }

  draw(job: PictureJob): Promise<DrawnPicture> {
    const worker = this.started();
    // A long process has dozens of pages: while the worker is busy, libuv's pool draws beside it.
    if (!worker || this.waiting.size >= WORKER_QUEUE) return drawJob(job);
    const id = this.nextId++;
    return new Promise<DrawnPicture>((resolve, reject) => {
      this.waiting.set(id, { job, resolve, reject });
      // Keeps the process alive only while pictures are on their way.
      worker.ref();
      try {
        worker.postMessage({ id, job });
      } catch {
        this.waiting.delete(id);
        if (this.waiting.size === 0) worker.unref();
        drawJob(job).then(resolve, reject);
      }
    });
  }

  /** Ends the thread; a later picture starts a new one. What it still had is drawn here. */
  close(): void {
    const worker = this.worker;
    this.worker = null;
    this.retired = worker;
    void worker?.terminate();
  }

  private started(): Worker | null {
    if (this.unusable) return null;
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.options.url, { execArgv: this.options.execArgv ?? [] });
      worker.unref();
      worker.on('message', (answer: Answer) => this.answered(answer));
      worker.on('messageerror', () => this.stopped(worker));
      worker.on('error', (error) => {
        console.error('[pictures] the picture worker failed; pictures are drawn on the main thread', error);
        this.stopped(worker);
      });
      worker.on('exit', () => this.stopped(worker));
      this.worker = worker;
      return worker;
    } catch (error) {
      console.error('[pictures] the picture worker could not start; pictures are drawn on the main thread', error);
      this.unusable = true;
      return null;
    }
  }

  private answered(answer: Answer): void {
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    if (this.waiting.size === 0) this.worker?.unref();
    if (answer.drawn) {
      this.drawnHere++;
      waiting.resolve(answer.drawn);
    } else waiting.reject(new Error(`picture worker: ${answer.error}`));
  }

  /** A worker that stopped leaves no picture behind: what it had is drawn here. */
  private stopped(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    // Closed on purpose, a new one may start later; failed, the main thread draws from now on.
    if (this.retired !== worker) this.unusable = true;
    const left = [...this.waiting.values()];
    this.waiting.clear();
    for (const { job, resolve, reject } of left) drawJob(job).then(resolve, reject);
  }
}
