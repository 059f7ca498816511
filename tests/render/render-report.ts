// Renders the sample workshop's report (and the action plan alone), and the
// sample club's progress report after a follow-up, so anyone can look at the pages: writes the .docx files, and where LibreOffice is
// installed converts them to PDF and PNG pages.
//   npm run report:render  → test-results/report/*.docx, *.pdf, *-N.png
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportFile } from '../../src-main/core';
import { type TestWorkspace, createTestWorkspace } from '../helpers/workspace';

const OUT = resolve(import.meta.dirname, '../../test-results/report');

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** The sample club two months on: a follow-up in which its measures moved on and the self-check was repeated. */
async function followUpOfSample(tw: TestWorkspace, workshopId: string): Promise<string> {
  const workshop = await tw.call<{ organisationId: string }>('workshops.get', { id: workshopId });
  const session = await tw.call<{ id: string }>('workshops.createFollowUp', { organisationId: workshop.organisationId, title: 'Folgetermin im Juni' });
  const plan = await tw.call<{ measures: { id: string }[] }>('measures.list', { workshopId });
  const steps: Record<string, unknown>[] = [
    { status: 'done', note: 'Die Checkliste liegt im Vereinsheim und in der Cloud.' },
    { status: 'done', note: 'Zwei Pat:innen haben die ersten Neuen begleitet.' },
    { status: 'blocked', blockedReason: 'Die Mitgliederversammlung muss erst zustimmen.', note: 'Entwurf liegt vor.' },
    { status: 'dropped', droppedReason: 'Der Landessportbund bietet eine Schulung an.' },
    { status: 'in_progress', note: 'Erste Videos sind gedreht.' },
  ];
  for (const [i, step] of steps.entries()) await tw.call('measures.followUp', { id: plan.measures[i]!.id, date: '2026-06-18', sessionId: session.id, ...step });
  for (const [i, impactStage] of ['output', 'outcome', 'output', 'impact'].entries()) await tw.call('measures.update', { id: plan.measures[i]!.id, impactStage });
  const values = { communication: 3, collaboration: 4, members: 3, knowledge: 3, privacy: 2, publicity: 3, finances: 3, tools: 4 };
  for (const [dimension, agreed] of Object.entries(values)) await tw.call('selfcheck.set', { workshopId: session.id, dimension, agreed });
  await tw.call('workshops.update', { id: session.id, followUpDate: '2026-09-24' });
  return workshop.organisationId;
}

async function write(tw: TestWorkspace, name: string, kind: string, input: Record<string, unknown>): Promise<void> {
  const result = await exportFile(tw.workspace, kind, input);
  if (!result.ok) throw new Error(`${kind}: ${JSON.stringify(result.error)}`);
  const path = join(OUT, `${name}.docx`);
  writeFileSync(path, result.value.bytes);
  console.log(`written ${path}`);
  if (!has('soffice') || !has('pdftoppm')) return;
  const pdf = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', OUT, path], { stdio: 'ignore', timeout: 180_000 });
  if (pdf.status !== 0) throw new Error(`LibreOffice could not convert ${path}`);
  spawnSync('pdftoppm', ['-png', '-r', '60', join(OUT, `${name}.pdf`), join(OUT, name)], { stdio: 'inherit' });
  console.log(`pages in ${OUT}/${name}-*.png`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  let now = new Date('2026-04-16T10:00:00');
  const tw = createTestWorkspace({ now: () => now });
  try {
    const { workshopId } = await tw.call<{ workshopId: string }>('sample.load');
    await tw.call('workshops.update', { id: workshopId, followUpDate: '2026-06-18' });
    await write(tw, 'bericht', 'report.docx', { workshopId });
    await write(tw, 'bericht-en-anonym', 'report.docx', { workshopId, language: 'en', anonymise: true });
    await write(tw, 'massnahmenplan', 'actions.docx', { workshopId });
    // Two months on, after the follow-up: the club's progress report.
    now = new Date('2026-06-20T10:00:00');
    await write(tw, 'fortschrittsbericht', 'progress.docx', { organisationId: await followUpOfSample(tw, workshopId) });
    if (!has('soffice')) console.log('LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils');
  } finally {
    tw.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
