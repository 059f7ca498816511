// Renders the sample workshop's report (and the action plan alone) so anyone
// can look at the pages: writes the .docx files, and where LibreOffice is
// installed converts them to PDF and PNG pages.
//   npm run report:render  → test-results/report/*.docx, *.pdf, *-N.png
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportFile } from '../../src-main/core';
import { createTestWorkspace } from '../helpers/workspace';

const OUT = resolve(import.meta.dirname, '../../test-results/report');

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const tw = createTestWorkspace({ now: () => new Date('2026-04-16T10:00:00') });
  try {
    const { workshopId } = await tw.call<{ workshopId: string }>('sample.load');
    await tw.call('workshops.update', { id: workshopId, followUpDate: '2026-06-18' });
    const files: [string, string, Record<string, unknown>][] = [
      ['bericht', 'report.docx', { workshopId }],
      ['bericht-en-anonym', 'report.docx', { workshopId, language: 'en', anonymise: true }],
      ['massnahmenplan', 'actions.docx', { workshopId }],
    ];
    for (const [name, kind, input] of files) {
      const result = await exportFile(tw.workspace, kind, input);
      if (!result.ok) throw new Error(`${kind}: ${JSON.stringify(result.error)}`);
      const path = join(OUT, `${name}.docx`);
      writeFileSync(path, result.value.bytes);
      console.log(`written ${path}`);
      if (!has('soffice') || !has('pdftoppm')) continue;
      const pdf = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, path], { stdio: 'ignore', timeout: 180_000 });
      if (pdf.status !== 0) throw new Error(`LibreOffice could not convert ${path}`);
      spawnSync('pdftoppm', ['-png', '-r', '60', join(OUT, `${name}.pdf`), join(OUT, name)], { stdio: 'inherit' });
      console.log(`pages in ${OUT}/${name}-*.png`);
    }
    if (!has('soffice')) console.log('LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils');
  } finally {
    tw.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
