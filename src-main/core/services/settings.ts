import { LANGUAGES, type Language, type MethodParsedInput, type Settings } from '../../contract';
import { type CoreContext, writeTransaction } from '../context';
import type { Db } from '../db/types';

export const DEFAULT_SETTINGS: Settings = { language: 'de', autoStartTimer: false };

export function getSettings(db: Db | null): Settings {
  if (!db) return DEFAULT_SETTINGS;
  const rows = new Map((db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
  const stored = rows.get('language') ?? '';
  const language = (LANGUAGES as readonly string[]).includes(stored) ? (stored as Language) : DEFAULT_SETTINGS.language;
  return { language, autoStartTimer: rows.get('autoStartTimer') === '1' };
}

export function updateSettings(ctx: CoreContext, input: MethodParsedInput<'settings.update'>): Settings {
  writeTransaction(ctx, (events) => {
    const put = (key: string, value: string): void => {
      ctx.sql('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
    };
    if (input.language !== undefined) put('language', input.language);
    if (input.autoStartTimer !== undefined) put('autoStartTimer', input.autoStartTimer ? '1' : '0');
    events.push({ name: 'settings.changed', payload: {} });
  });
  return getSettings(ctx.db);
}
