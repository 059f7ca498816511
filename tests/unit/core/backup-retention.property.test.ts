import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, backupsToDelete } from '../../../src-main/core/backup';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-11-30T12:00:00Z').getTime();

// Backups spread over the last 120 days (a few in the future, as after a clock change), ids unique.
const backupList = fc
  .uniqueArray(fc.integer({ min: -2 * DAY, max: 120 * DAY }), { maxLength: 80 })
  .map((ages) => ages.map((age, i) => ({ id: `b${i}`, createdAt: new Date(NOW - age) })));

const SEED = { seed: 20261130, numRuns: 300 };

function bucketsOf(list: { createdAt: Date }[], size: number, count: number): Set<number> {
  const buckets = new Set<number>();
  for (const b of list) {
    const bucket = Math.floor(Math.max(0, NOW - b.createdAt.getTime()) / size);
    if (bucket < count) buckets.add(bucket);
  }
  return buckets;
}

describe('backup retention (tiers like Anki)', () => {
  it('keeps the newest 10, one per day for 14 days, one per week for 8 weeks; never all gone', () => {
    fc.assert(
      fc.property(backupList, (list) => {
        const deleted = new Set(backupsToDelete(list, new Date(NOW)));
        const kept = list.filter((b) => !deleted.has(b.id));
        for (const id of deleted) expect(list.some((b) => b.id === id)).toBe(true);
        if (list.length > 0) expect(kept.length).toBeGreaterThan(0);
        const newest = [...list].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, DEFAULT_RETENTION.last);
        for (const b of newest) expect(deleted.has(b.id)).toBe(false);
        // Every day and week that had a backup still has one.
        expect(bucketsOf(kept, DAY, 14)).toEqual(bucketsOf(list, DAY, 14));
        expect(bucketsOf(kept, 7 * DAY, 8)).toEqual(bucketsOf(list, 7 * DAY, 8));
        expect(kept.length).toBeLessThanOrEqual(10 + 14 + 8);
      }),
      SEED,
    );
  });

  it('never deletes a protected backup, and deletes nothing more when run again', () => {
    fc.assert(
      fc.property(backupList, fc.nat(79), (list, pick) => {
        const protectedIds = new Set(list.length > 0 ? [list[pick % list.length]!.id] : []);
        const deleted = new Set(backupsToDelete(list, new Date(NOW), protectedIds));
        for (const id of protectedIds) expect(deleted.has(id)).toBe(false);
        const kept = list.filter((b) => !deleted.has(b.id));
        expect(backupsToDelete(kept, new Date(NOW), protectedIds)).toEqual([]);
        // The answer does not depend on the order the folder listed the files in.
        expect(new Set(backupsToDelete([...list].reverse(), new Date(NOW), protectedIds))).toEqual(deleted);
      }),
      SEED,
    );
  });

  it('thins out a year of half-hourly backups to the tiers', () => {
    const list = Array.from({ length: 365 * 48 }, (_v, i) => ({ id: `b${i}`, createdAt: new Date(NOW - i * 30 * 60 * 1000) }));
    const deleted = new Set(backupsToDelete(list, new Date(NOW)));
    const kept = list.filter((b) => !deleted.has(b.id));
    // 10 newest (all today), then one for each of the 13 earlier days, then one for each of the 6 earlier weeks.
    expect(kept).toHaveLength(10 + 13 + 6);
  });
});
