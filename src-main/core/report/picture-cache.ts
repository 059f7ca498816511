import { createHash } from 'node:crypto';
import type { DrawnPicture } from './docx-blocks';
import type { PictureDrawer, PictureJob } from './picture-jobs';

// A legible process is dozens of landscape pages, and drawing their PNGs
// (for LibreOffice and older Word, which do not show the SVG) is most of a
// report's time. The same data draws the same picture, so a picture is kept
// by what it was drawn from: the coach's second export, or the one after the
// report dialog prepared it, only packs the document.

/** What the kept pictures may take in memory (SVG and PNG bytes). */
export const PICTURE_CACHE_BYTES = 48 * 1024 * 1024;

const sizeOf = (p: DrawnPicture): number => p.png.byteLength + p.svg.length * 2;

/** The same diagram object is drawn page by page: its JSON is hashed once. */
const diagramHashes = new WeakMap<object, string>();

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Everything a picture is drawn from, as one key. */
export function pictureKey(job: PictureJob): string {
  if (job.kind === 'svg') return `svg:${job.maxWidth}:${hash(job.svg)}`;
  let diagram = diagramHashes.get(job.diagram);
  if (!diagram) {
    diagram = hash(JSON.stringify(job.diagram));
    diagramHashes.set(job.diagram, diagram);
  }
  return `process:${diagram}:${hash(JSON.stringify([job.drawing, job.page, job.maxWidth, job.fallbackScale]))}`;
}

/**
 * Keeps drawn pictures, newest last, until they take more than `limit`
 * bytes. A picture being drawn is shared by everyone who asks for it; one
 * that failed is not kept, so the next report tries again.
 */
export class CachedDrawer implements PictureDrawer {
  private readonly kept = new Map<string, Promise<DrawnPicture>>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;

  constructor(
    /** What draws a picture not kept yet. */
    readonly drawer: PictureDrawer,
    private readonly limit: number = PICTURE_CACHE_BYTES,
  ) {}

  /** Pictures kept (tests check that a second report draws nothing). */
  get size(): number {
    return this.kept.size;
  }

  draw(job: PictureJob): Promise<DrawnPicture> {
    const key = pictureKey(job);
    const known = this.kept.get(key);
    if (known) {
      // Used again: moves to the end, the last to be let go.
      this.kept.delete(key);
      this.kept.set(key, known);
      return known;
    }
    const pending = this.drawer.draw(job);
    this.kept.set(key, pending);
    pending.then(
      (drawn) => this.drawn(key, pending, drawn),
      () => this.forget(key, pending),
    );
    return pending;
  }

  /** Lets every picture go (a restored or replaced database). */
  clear(): void {
    this.kept.clear();
    this.sizes.clear();
    this.bytes = 0;
  }

  close(): void {
    this.clear();
    this.drawer.close();
  }

  private drawn(key: string, pending: Promise<DrawnPicture>, drawn: DrawnPicture): void {
    if (this.kept.get(key) !== pending) return;
    const size = sizeOf(drawn);
    this.sizes.set(key, size);
    this.bytes += size;
    for (const old of this.kept.keys()) {
      if (this.bytes <= this.limit) break;
      // Still being drawn: not counted yet, and wanted by a report right now.
      if (!this.sizes.has(old)) continue;
      this.forget(old, this.kept.get(old)!);
    }
  }

  private forget(key: string, pending: Promise<DrawnPicture>): void {
    if (this.kept.get(key) !== pending) return;
    this.kept.delete(key);
    this.bytes -= this.sizes.get(key) ?? 0;
    this.sizes.delete(key);
  }
}
