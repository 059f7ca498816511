import type { ArchiveImportReport } from '../../contract';
import type { Workspace } from '../workspace';
import { openArchive } from './read';
import { restoreArchive } from './restore';

export { clubArchive, collectPayload, workshopArchive } from './export';
export { openArchive } from './read';
export { restoreArchive } from './restore';

/** Reads a .vwerkstatt file and restores it as a new club; a refused file writes nothing, not even a backup. */
export async function importArchiveBytes(workspace: Workspace, bytes: Uint8Array): Promise<ArchiveImportReport> {
  const opened = openArchive(bytes);
  try {
    await workspace.backupNow('before-import');
  } catch (error) {
    // The import is one transaction on its own; a failed backup is logged, not a reason to refuse the file.
    console.error('[archive] backup before import failed', error);
  }
  return restoreArchive(workspace.context, opened);
}

/** The import as the API offers it: the file's bytes come as base64. */
export function importArchive(workspace: Workspace, base64: string): Promise<ArchiveImportReport> {
  return importArchiveBytes(workspace, new Uint8Array(Buffer.from(base64, 'base64')));
}
