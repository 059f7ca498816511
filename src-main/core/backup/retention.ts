// Which backups to keep, in tiers like Anki's: the newest few, one per day
// for two weeks, one per week for two months. A pure function, so it is
// tested as a property over any list of backups and any "now".

export interface RetentionPolicy {
  /** The newest N are always kept. */
  last: number;
  /** The newest of each of the last N days. */
  days: number;
  /** The newest of each of the last N weeks. */
  weeks: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { last: 10, days: 14, weeks: 8 };

export interface RetainedBackup {
  id: string;
  createdAt: Date;
  /** Which of several backups named in the same second came later (the name's counter). */
  sequence?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** Newest first (in one second, the higher counter); then by id so the answer never depends on input order. */
export function newestFirst(a: RetainedBackup, b: RetainedBackup): number {
  return (
    b.createdAt.getTime() - a.createdAt.getTime() ||
    (b.sequence ?? 1) - (a.sequence ?? 1) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

/** Keeps the newest backup in each bucket that lies within `count` buckets of now. */
function newestPerBucket(sorted: RetainedBackup[], now: Date, size: number, count: number, keep: Set<string>): void {
  const seen = new Set<number>();
  // Buckets are counted back from now, so "one per day" means per 24 hours before now, in any time zone.
  for (const backup of sorted) {
    const age = Math.max(0, now.getTime() - backup.createdAt.getTime());
    const bucket = Math.floor(age / size);
    if (bucket >= count || seen.has(bucket)) continue;
    seen.add(bucket);
    keep.add(backup.id);
  }
}

/**
 * The ids to delete. Never deletes a protected id (e.g. the backup just made
 * before a migration) and never the newest one, so there is always one left.
 */
export function backupsToDelete(
  backups: readonly RetainedBackup[],
  now: Date,
  protectedIds: ReadonlySet<string> = new Set(),
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set<string>(protectedIds);
  for (const backup of sorted.slice(0, Math.max(1, policy.last))) keep.add(backup.id);
  newestPerBucket(sorted, now, DAY_MS, policy.days, keep);
  newestPerBucket(sorted, now, WEEK_MS, policy.weeks, keep);
  return sorted.filter((backup) => !keep.has(backup.id)).map((backup) => backup.id);
}
