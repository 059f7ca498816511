import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { checkBackupFile } from './make';

// The full integrity check of a 10 MB backup takes a few hundred
// milliseconds of SQLite work. Run on the main thread it would hold up every
// save typed meanwhile, so it runs in a short-lived worker thread with its
// own connection. The worker is plain CommonJS text (no bundle entry needed);
// better-sqlite3 is loaded by its resolved path.

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db = null;
try {
  db = new Database(workerData.file, { fileMustExist: true });
  db.pragma('journal_mode = DELETE');
  parentPort.postMessage({ result: String(db.pragma('integrity_check', { simple: true })) });
} catch (error) {
  parentPort.postMessage({ result: 'check failed: ' + (error && error.message) });
} finally {
  if (db) db.close();
}
`;

let modulePath: string | null | undefined;

function sqliteModulePath(): string | null {
  if (modulePath === undefined) {
    try {
      modulePath = createRequire(import.meta.url).resolve('better-sqlite3');
    } catch {
      modulePath = null;
    }
  }
  return modulePath;
}

/** checkBackupFile here and now; its failure is an answer too (never thrown out of an event handler). */
function checkHere(file: string): string {
  try {
    return checkBackupFile(file);
  } catch (error) {
    return `check failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** checkBackupFile in a worker thread; on the main thread only if no worker can be started. */
export function checkBackupFileOffThread(file: string): Promise<string> {
  const module = sqliteModulePath();
  if (!module) return Promise.resolve(checkHere(file));
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: string): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, module } });
    } catch (error) {
      console.error('[backup] the check could not start a worker; checking here instead', error);
      done(checkHere(file));
      return;
    }
    worker.once('message', (message: { result: string }) => done(message.result));
    worker.once('error', (error) => {
      console.error('[backup] the check worker failed; checking here instead', error);
      done(checkHere(file));
    });
    worker.once('exit', () => done('check failed: the worker stopped without an answer'));
  });
}
