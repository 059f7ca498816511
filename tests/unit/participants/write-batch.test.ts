import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent, PhoneCard } from '../../../src-main/contract';
import { writeTransaction } from '../../../src-main/core/context';
import { CoreError } from '../../../src-main/core/errors';
import { WriteBatch } from '../../../src-main/core/participants/write-batch';
import { type PhoneRig, startPhoneRig } from '../../helpers/phones';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// Phone writes that arrive together share one commit; each keeps its own
// checks, a refused one leaves the others, and events go out after the commit.

describe('writes committed together', () => {
  let tw: TestWorkspace;
  beforeEach(() => {
    tw = createTestWorkspace();
  });
  afterEach(() => tw.cleanup());

  /** A batch on the test workspace that records, for each emitted event, whether the commit was done. */
  function batch(): { writes: WriteBatch; emitted: { writers: string[]; event: AppEvent; committed: boolean }[] } {
    const emitted: { writers: string[]; event: AppEvent; committed: boolean }[] = [];
    const writes = new WriteBatch({
      context: () => tw.workspace.context,
      emitAs: (writers, events) => events.forEach((event) => emitted.push({ writers: [...writers], event, committed: !tw.workspace.connection!.inTransaction })),
    });
    return { writes, emitted };
  }

  const addClub = (name: string) => () =>
    writeTransaction(tw.workspace.context, (events) => {
      tw.workspace.connection!.prepare("INSERT INTO organisations (id, name, created_at, updated_at) VALUES (?, ?, '2026-01-01', '2026-01-01')").run(name, name);
      events.push({ name: 'settings.changed', payload: {} });
      return name;
    });

  const clubs = (): string[] => (tw.workspace.connection!.prepare('SELECT name FROM organisations ORDER BY name').all() as { name: string }[]).map((r) => r.name);

  it('share one commit, and a refused write leaves the others and emits nothing', async () => {
    const { writes, emitted } = batch();
    let commits = 0;
    const db = tw.workspace.connection!;
    const refused = () =>
      writeTransaction(tw.workspace.context, () => {
        db.prepare("INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('x', 'Verworfen', '2026-01-01', '2026-01-01')").run();
        throw new CoreError('validation', 'errors.phones.tooFast');
      });
    // Counts the commits as they are sent to SQLite.
    const ctx = tw.workspace.context;
    const sql = ctx.sql.bind(ctx);
    ctx.sql = (source: string) => {
      if (source === 'COMMIT') commits++;
      return sql(source);
    };
    try {
      const results = await Promise.allSettled([writes.run('a', addClub('Anna')), writes.run('b', refused), writes.run('c', addClub('Carl'))]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(CoreError);
    } finally {
      ctx.sql = sql;
    }
    expect(commits).toBe(1);
    expect(clubs()).toEqual(['Anna', 'Carl']);
    // Each saved write's events go out after the commit, as those of the batch's writers (the refused one is not among them).
    expect(emitted.map((e) => [e.writers, e.committed])).toEqual([
      [['a', 'c'], true],
      [['a', 'c'], true],
    ]);
  });

  it('answer a saved write even when telling the screens about it fails', async () => {
    const writes = new WriteBatch({
      context: () => tw.workspace.context,
      emitAs: () => {
        throw new Error('a screen went away');
      },
    });
    const results = await Promise.allSettled([writes.run('a', addClub('Anna')), writes.run('b', addClub('Berta'))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(clubs()).toEqual(['Anna', 'Berta']);
  });

  it('refuse every write when the commit itself fails, and leave nothing behind', async () => {
    const { writes, emitted } = batch();
    tw.workspace.close();
    const results = await Promise.allSettled([writes.run('a', () => 1), writes.run('b', () => 2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(emitted).toEqual([]);
  });
});

describe('a phone sending the same write again', () => {
  let rig: PhoneRig;
  beforeEach(async () => {
    rig = await startPhoneRig();
  });
  afterEach(() => rig.cleanup());

  it('while the first is still on its way to the disk gets the same answer, and the card is there once', async () => {
    await rig.coach('live.show', { workshopId: rig.workshop.id, phaseId: rig.phase('ankommen').id });
    const a = await rig.join();
    const send = () => rig.call<PhoneCard>('cards.add', { key: 'twice-0001', text: 'Nur einmal' }, a.token);
    const [first, again] = await Promise.all([send(), send()]);
    expect(again.id).toBe(first.id);
    const board = await rig.coach<{ cards: { text: string }[] }>('cards.board', { phaseId: rig.phase('ankommen').id });
    expect(board.cards.filter((c) => c.text === 'Nur einmal')).toHaveLength(1);
  });

  it('that was refused tries again, and is taken once the phase takes cards', async () => {
    await rig.coach('live.show', { workshopId: rig.workshop.id, phaseId: rig.phase('beteiligte').id });
    const a = await rig.join();
    const input = { key: 'again-0001', text: 'Zweiter Versuch' };
    const refused = await rig.post('cards.add', input, a.token);
    expect(refused.json.ok).toBe(false);
    await rig.coach('live.show', { workshopId: rig.workshop.id, phaseId: rig.phase('ankommen').id });
    const card = await rig.call<PhoneCard>('cards.add', input, a.token);
    expect(card.text).toBe('Zweiter Versuch');
  });
});
