import { DAY_WORKSHOP_TEMPLATE_ID, Workspace, createApi } from '../src-main/core';
import { type BenchResult, median, nowMs, withTempDir } from './lib';

const ROUNDS = 400;

/**
 * Saving a phase note through the full API path (validation + transaction +
 * event) against a bare prepared UPDATE of the same row on the same
 * connection, interleaved so both see the same disk and the same noise.
 */
export function noteSave(): Promise<BenchResult> {
  return withTempDir(async (dir) => {
    const workspace = new Workspace({ dataDir: dir, appVersion: 'bench' });
    workspace.open();
    const api = createApi(workspace);
    const club = await api.invoke('organisations.create', { name: 'Bench e.V.' });
    if (!club.ok) throw new Error('setup failed');
    const created = await api.invoke('workshops.create', {
      organisationId: (club.value as { id: string }).id,
      templateId: DAY_WORKSHOP_TEMPLATE_ID,
      title: 'Bench',
    });
    if (!created.ok) throw new Error('setup failed');
    const phaseId = (created.value as { phases: { id: string }[] }).phases[4]!.id;
    const bare = workspace.connection!.prepare('UPDATE workshop_phases SET notes = ? WHERE id = ?');

    const apiTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const text = `Notiz ${i}: Eltern früh einbinden, Datenschutz klären. `.repeat(8);
      let start = nowMs();
      const result = await api.invoke('phases.saveNote', { phaseId, text });
      apiTimes.push(nowMs() - start);
      if (!result.ok) throw new Error('save failed');
      // A different text: SQLite skips writing a row that did not change, which would flatter the baseline.
      start = nowMs();
      bare.run(`${text}.`, phaseId);
      bareTimes.push(nowMs() - start);
    }
    workspace.close();
    const apiMedian = median(apiTimes) * 1000;
    const bareMedian = median(bareTimes) * 1000;
    return {
      name: 'note-save',
      value: apiMedian,
      unit: 'us',
      ratio: apiMedian / bareMedian,
      note: `bare UPDATE median ${bareMedian.toFixed(1)} us (goal: ratio ≤ 3)`,
    };
  });
}
