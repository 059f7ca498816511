import type { TFunction } from 'i18next';
import type { BackupInfo } from '../../../src-main/contract';
import { formatDate, formatTime } from '../../i18n/format';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A backup's moment in the coach's own time zone: "30.11.2026" and "14:05". */
export function backupMoment(iso: string, language: string): { date: string; time: string } {
  const d = new Date(iso);
  return {
    date: formatDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`),
    time: formatTime(iso, language),
  };
}

/** 1_572_864 → "1,5" (MB, decimal comma in German); small files keep two places ("0,04"). */
export function formatMegabytes(bytes: number, language: string): string {
  const mb = bytes / (1024 * 1024);
  const digits = mb < 0.1 ? 2 : 1;
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(mb);
}

/** "3 Vereine", "1 Workshop" for the texts about a backup; "nicht lesbar" when it could not be counted. */
export function backupContents(t: TFunction, backup: BackupInfo): { clubs: string; workshops: string } {
  return {
    clubs: backup.organisations === null ? t('backups.unknownCount') : t('backups.clubCount', { count: backup.organisations }),
    workshops: backup.workshops === null ? t('backups.unknownCount') : t('backups.workshopCount', { count: backup.workshops }),
  };
}
