// npm test: typecheck, lint, unit and end-to-end tests. Runs every suite (so
// one failure does not hide another), writes reports/summary.json, prints one
// line "tests: N passed, N failed", and exits non-zero if anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
// node_modules/.bin holds .cmd files on Windows, which only a shell can start (the release runners).
const onWindows = process.platform === 'win32';
const reports = 'reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' }, shell: onWindows });
  return result.status === 0;
}

// Runs a step in the background and keeps its output, printed whole when it
// ends, so steps that run side by side do not mix their lines.
function runQuietly(label, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: '0' }, shell: onWindows });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += String(error)));
    child.on('close', (code) => {
      console.log(`\n=== ${label}: ${command} ${args.join(' ')}\n${output.trimEnd()}`);
      resolve(code === 0);
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const suites = [];
const check = (name, ok) => suites.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

// The static checks, the unit tests and the build run side by side: on two
// cores this saves about a minute, and none depends on another's timing.
const buildAll = async () =>
  (await runQuietly('build', bin('electron-vite'), ['build'])) &&
  (await runQuietly('phone page', bin('vite'), ['build', '-c', 'src-phone/vite.config.mts']));
const [typecheckOk, lintOk, unitOk, buildOk] = await Promise.all([
  runQuietly('typecheck', bin('tsc'), ['-p', '.']),
  runQuietly('lint', bin('eslint'), ['.']),
  runQuietly('unit tests', bin('vitest'), ['run', '--project', 'shared', '--project', 'own-modules', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`]),
  buildAll(),
]);
check('typecheck', typecheckOk);
check('lint', lintOk);
const vitestSuite = (name, file, ok) => {
  const result = readJson(file);
  suites.push({
    name,
    passed: result?.numPassedTests ?? 0,
    failed: result ? result.numFailedTests + (ok || result.numFailedTests > 0 ? 0 : 1) : 1,
  });
};
vitestSuite('unit', join(reports, 'vitest.json'), unitOk);

const built = buildOk && existsSync('out/main/host.js') && existsSync('out/phone/index.html');
check('build', built);

// The installable package (electron-builder --dir with a stand-in Electron) is packed from the fresh build.
if (built) {
  const packageOk = run('package tests', bin('vitest'), ['run', '--project', 'package', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest-package.json`]);
  vitestSuite('package', join(reports, 'vitest-package.json'), packageOk);
} else {
  suites.push({ name: 'package', passed: 0, failed: 1 });
}

if (built) {
  const e2eOk = run('end-to-end tests', bin('playwright'), ['test']);
  const pw = readJson(join(reports, 'playwright.json'));
  const stats = pw?.stats;
  suites.push({
    name: 'e2e',
    passed: stats ? stats.expected + stats.flaky : 0,
    failed: stats ? stats.unexpected + (e2eOk || stats.unexpected > 0 ? 0 : 1) : 1,
  });
} else {
  suites.push({ name: 'e2e', passed: 0, failed: 1 });
}

const passed = suites.reduce((sum, s) => sum + s.passed, 0);
const failed = suites.reduce((sum, s) => sum + s.failed, 0);
writeFileSync(join(reports, 'summary.json'), JSON.stringify({ passed, failed, suites }, null, 2));
console.log('');
for (const s of suites) console.log(`  ${s.name}: ${s.passed} passed, ${s.failed} failed`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
