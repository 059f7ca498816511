// npm run bench: builds the app (the first-screen measure needs the built UI),
// then runs every measure in bench/ and prints one line per measure:
//   BENCH <name> <value> <unit> ratio=<value ÷ baseline or goal>
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const build = spawnSync(bin('electron-vite'), ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const phone = spawnSync(bin('vite'), ['build', '-c', 'src-phone/vite.config.mts'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (phone.status !== 0) process.exit(phone.status ?? 1);
const pages = spawnSync(bin('vite'), ['build', '--config', 'bench/vite.bench.config.mts'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (pages.status !== 0) process.exit(pages.status ?? 1);
const result = spawnSync(bin('tsx'), ['bench/run.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
