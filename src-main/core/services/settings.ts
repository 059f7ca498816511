import { LANGUAGES, type Language, type Settings } from '../../contract';
import { type CoreContext, writeTransaction } from '../context';
import type { Db } from '../db/types';

export const DEFAULT_SETTINGS: Settings = { language: 'de' };

export function getSettings(db: Db | null): Settings {
  if (!db) return DEFAULT_SETTINGS;
  const row = db.prepare("SELECT value FROM settings WHERE key = 'language'").get() as { value: string } | undefined;
  const language = (LANGUAGES as readonly string[]).includes(row?.value ?? '')
    ? (row?.value as Language)
    : DEFAULT_SETTINGS.language;
  return { language };
}

export function updateSettings(ctx: CoreContext, input: Settings): Settings {
  writeTransaction(ctx, (events) => {
    ctx
      .sql("INSERT INTO settings (key, value) VALUES ('language', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .run(input.language);
    events.push({ name: 'settings.changed', payload: {} });
  });
  return getSettings(ctx.db);
}
