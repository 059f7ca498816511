import { readFileSync } from 'node:fs';
import type { CoreContext } from '../../../src-main/core/context';
import { openArchive, restoreArchive } from '../../../src-main/core/archive';
import { Workspace } from '../../../src-main/core/workspace';

// Run by kill.test.ts in a child process: imports a big workshop file and says
// "WRITING" once the first card row is written, so the parent can kill it mid-import.

const [dataDir, file] = process.argv.slice(2) as [string, string];
const workspace = new Workspace({ dataDir, appVersion: '0.0.0-test' });
workspace.open();
const opened = openArchive(new Uint8Array(readFileSync(file)));
const ctx: CoreContext = Object.create(workspace.context) as CoreContext;
let told = false;
ctx.sql = (source) => {
  if (!told && source.startsWith('INSERT INTO cards')) {
    told = true;
    // Pipes are written synchronously on Linux: the parent reads this while the rows are still being written.
    process.stdout.write('WRITING\n');
  }
  return workspace.context.sql(source);
};
const report = restoreArchive(ctx, opened);
process.stdout.write(`DONE ${report.taken.cards ?? 0}\n`);
workspace.close();
