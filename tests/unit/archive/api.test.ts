import { afterEach, describe, expect, it } from 'vitest';
import type { ArchiveImportReport } from '../../../src-main/contract';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';
import { exportWorkshop, tableCounts } from './helpers';

// The import as the UI calls it: base64 in, a report out, a backup taken first.

describe('archive.import through the API', () => {
  let tw: TestWorkspace;
  afterEach(() => tw.cleanup());

  it('takes a backup before it writes, and none for a refused file', async () => {
    tw = createTestWorkspace();
    const sample = await tw.call<{ workshopId: string }>('sample.load');
    const base64 = Buffer.from(await exportWorkshop(tw, sample.workshopId)).toString('base64');

    const before = tableCounts(tw);
    const refused = await tw.api.invoke('archive.import', { base64: Buffer.from('kein zip').toString('base64') });
    expect(refused).toEqual({ ok: false, error: { kind: 'validation', messageKey: 'errors.archive.notZip' } });
    expect(tableCounts(tw)).toEqual(before);
    await tw.workspace.backupsIdle();
    expect(tw.workspace.listBackups().backups.filter((b) => b.reason === 'before-import')).toHaveLength(0);

    const report = await tw.call<ArchiveImportReport>('archive.import', { base64 });
    expect(report.kind).toBe('workshop');
    expect(report.taken.cards).toBe(20);
    const backups = tw.workspace.listBackups().backups.filter((b) => b.reason === 'before-import');
    expect(backups).toHaveLength(1);
    // The backup shows the state before the import: one club.
    expect(backups[0]!.organisations).toBe(1);
    expect(tw.events.some((e) => e.name === 'organisations.changed' && e.payload.organisationId === report.organisationId)).toBe(true);
  });

  it('refuses a file over the size limit at the boundary', async () => {
    tw = createTestWorkspace();
    const result = await tw.api.invoke('archive.import', { base64: 'A'.repeat(8_000_000) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.messageKey).toBe('errors.archive.tooLarge');
  });
});
