import { parentPort } from 'node:worker_threads';
import { type PictureJob, drawJobSync } from './picture-jobs';

// The picture worker's entry: draws report pictures (the SVG from the data
// and its PNG for older Word) beside the main thread, which meanwhile builds
// the report's text. One job at a time, answered by its id.

parentPort?.on('message', (message: { id: number; job: PictureJob }) => {
  try {
    parentPort!.postMessage({ id: message.id, drawn: drawJobSync(message.job) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
