import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Envelope, IPC_OPENED_FILES_CHANNEL, type OpenedFileResult, TEMPLATE_EXTENSION } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID, exportFile } from '../../../src-main/core';
import { APP_START_URL } from '../../../src-main/shell/app-url';
import type { IpcEventLike } from '../../../src-main/shell/ipc';
import { OpenedFiles, importOpenedFile, workshopFilesIn } from '../../../src-main/shell/open-file';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

const made: TestWorkspace[] = [];
afterEach(() => {
  for (const tw of made.splice(0)) tw.cleanup();
});
function workspace(): TestWorkspace {
  const tw = createTestWorkspace();
  made.push(tw);
  return tw;
}

/** A real workshop file of the sample club, written where a coach would double-click it. */
async function sampleFile(): Promise<string> {
  const source = workspace();
  await source.call('sample.load');
  const [club] = await source.call<{ id: string }[]>('organisations.list');
  const file = await exportFile(source.workspace, 'club.vwerkstatt', { organisationId: club!.id });
  if (!file.ok) throw new Error(JSON.stringify(file.error));
  const path = join(source.dir, 'Musterverein.vwerkstatt');
  writeFileSync(path, file.value.bytes);
  return path;
}

const clubCount = async (tw: TestWorkspace): Promise<number> => (await tw.call<unknown[]>('organisations.list')).length;

/** A template file as the template page exports it (a copy of the built-in day workshop), saved under the name the export suggests. */
async function templateFile(): Promise<string> {
  const source = workspace();
  const file = await exportFile(source.workspace, 'template.json', { templateId: DAY_WORKSHOP_TEMPLATE_ID });
  if (!file.ok) throw new Error(JSON.stringify(file.error));
  expect(file.value.fileName.endsWith(`.${TEMPLATE_EXTENSION}`)).toBe(true);
  const path = join(source.dir, file.value.fileName);
  writeFileSync(path, file.value.bytes);
  return path;
}

const userTemplateCount = async (tw: TestWorkspace): Promise<number> => (await tw.call<{ builtIn: boolean }[]>('templates.list')).filter((t) => !t.builtIn).length;

describe('a workshop file opened from outside the app', () => {
  it('is found among the command line’s arguments, whatever the case of its extension', () => {
    expect(workshopFilesIn(['/opt/Vereinswerkstatt/vereinswerkstatt', '--no-sandbox', 'C:\\Daten\\TSV.VWERKSTATT', '/home/a/notiz.txt', '/home/a/b.vwerkstatt'])).toEqual([
      'C:\\Daten\\TSV.VWERKSTATT',
      '/home/a/b.vwerkstatt',
    ]);
    expect(workshopFilesIn(['--data=/x.vwerkstatt'])).toEqual([]);
    expect(workshopFilesIn(['/app/vereinswerkstatt', '/home/a/Vorlage – Abend.vwvorlage', '/home/a/vorlage.json'])).toEqual(['/home/a/Vorlage – Abend.vwvorlage']);
  });

  it('is imported with the usual report, and twice gives two copies', async () => {
    const path = await sampleFile();
    const target = workspace();
    const first = await importOpenedFile(target.workspace, path);
    expect(first.fileName).toBe('Musterverein.vwerkstatt');
    expect(first.kind).toBe('archive');
    expect(first.result.ok).toBe(true);
    if (first.kind === 'archive' && first.result.ok) expect(first.result.value.workshops.length).toBeGreaterThan(0);
    await importOpenedFile(target.workspace, path);
    expect(await clubCount(target)).toBe(2);
  });

  it('that is no workshop file, missing or too large is refused with a message and writes nothing', async () => {
    const target = workspace();
    const junk = join(target.dir, 'kaputt.vwerkstatt');
    writeFileSync(junk, 'Das ist kein Zip.');
    const refused = await importOpenedFile(target.workspace, junk);
    expect(refused.result).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const missing = await importOpenedFile(target.workspace, join(target.dir, 'weg.vwerkstatt'));
    expect(missing.result).toMatchObject({ ok: false, error: { messageKey: 'errors.archive.openFailed', params: { file: 'weg.vwerkstatt' } } });
    let read = false;
    const huge = await importOpenedFile(target.workspace, junk, {
      size: () => Promise.resolve(1024 * 1024 * 1024),
      read: () => {
        read = true;
        return Promise.resolve(new Uint8Array());
      },
    });
    expect(huge.result).toMatchObject({ ok: false, error: { messageKey: 'errors.archive.tooLarge' } });
    expect(read).toBe(false);
    expect(await clubCount(target)).toBe(0);
  });

  it('waits until the page takes it, hands each result out once, and only to our own window', async () => {
    const path = await sampleFile();
    const target = workspace();
    let notices = 0;
    const opened = new OpenedFiles(target.workspace, () => void notices++);
    const handlers = new Map<string, (event: IpcEventLike) => Promise<Envelope<OpenedFileResult[]>>>();
    opened.register({ handle: (channel, listener) => void handlers.set(channel, listener) }, new Set([3]));
    await opened.open([path, join(target.dir, 'weg.vwerkstatt')]);
    expect(notices).toBe(2);

    const take = handlers.get(IPC_OPENED_FILES_CHANNEL)!;
    const stranger: IpcEventLike = { sender: { id: 9 }, senderFrame: { url: APP_START_URL, parent: null } };
    expect(await take(stranger)).toMatchObject({ ok: false, error: { messageKey: 'errors.request.forbidden' } });
    const own: IpcEventLike = { sender: { id: 3 }, senderFrame: { url: APP_START_URL, parent: null } };
    const taken = await take(own);
    expect(taken.ok && taken.value.map((r) => [r.fileName, r.result.ok])).toEqual([
      ['Musterverein.vwerkstatt', true],
      ['weg.vwerkstatt', false],
    ]);
    expect(await take(own)).toEqual({ ok: true, value: [] });
  });
});

describe('a template file opened from outside the app', () => {
  it('is imported like the template page imports it, and reaches the running window', async () => {
    const path = await templateFile();
    const target = workspace();
    const before = await userTemplateCount(target);
    let notices = 0;
    const opened = new OpenedFiles(target.workspace, () => void notices++);
    // As a second instance (or macOS's open-file) hands it over while the app runs.
    await opened.open([path]);
    expect(notices).toBe(1);
    const [result] = opened.take();
    expect(result).toMatchObject({ kind: 'template', fileName: basename(path), result: { ok: true, value: { newId: true } } });
    expect(await userTemplateCount(target)).toBe(before + 1);
  });

  it('that is broken is refused with the template page’s message and writes nothing', async () => {
    const target = workspace();
    const before = await userTemplateCount(target);
    const broken = join(target.dir, 'kaputt.vwvorlage');
    writeFileSync(broken, '{"format": "vereinswerkstatt-template", "schemaVersion": 1, "phases": "keine"}');
    const notJson = join(target.dir, 'notiz.vwvorlage');
    writeFileSync(notJson, 'Das ist kein JSON.');
    const refused = await importOpenedFile(target.workspace, broken);
    expect(refused).toMatchObject({ kind: 'template', result: { ok: false, error: { kind: 'validation' } } });
    expect(await importOpenedFile(target.workspace, notJson)).toMatchObject({ result: { ok: false, error: { messageKey: 'errors.templates.notJson' } } });
    const huge = await importOpenedFile(target.workspace, broken, { size: () => Promise.resolve(64 * 1024 * 1024), read: () => Promise.reject(new Error('must not be read')) });
    expect(huge.result).toMatchObject({ ok: false, error: { messageKey: 'errors.templates.fileTooLarge' } });
    expect(await userTemplateCount(target)).toBe(before);
  });
});
