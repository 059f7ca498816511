import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SELF_CHECK_DIMENSIONS as DIMENSIONS, type SelfCheck, type SelfCheckDimension, type SelfCheckEntry } from '../../../src-main/contract';
import type { RadarFaint, RadarSeries } from '../../../src-main/shared/radar';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { formatDate } from '../../i18n/format';
import { useEditable } from '../../lib/useEditable';
import { useAnnounce } from '../../ui/Announcer';

export interface SelfCheckChart {
  labels: string[];
  series: RadarSeries[];
  /** Self-checks before the "before": a faint trend. */
  faint: RadarFaint | undefined;
  description: string;
}

/** The chart's series and its description in words: this workshop, and the club's earlier one if there is one. */
export function useSelfCheckChart(check: SelfCheck | undefined): SelfCheckChart {
  const { t } = useTranslation();
  return useMemo(() => {
    const labels = DIMENSIONS.map((d) => t(`selfcheck.dimensions.${d}`));
    if (!check) return { labels, series: [], faint: undefined, description: '' };
    const now = DIMENSIONS.map((d) => check.entries.find((e) => e.dimension === d)?.value ?? null);
    const series: RadarSeries[] = [{ name: t('selfcheck.now'), values: now }];
    const say = (values: readonly (number | null)[]): string =>
      values.map((v, i) => `${labels[i]}: ${v === null ? t('selfcheck.noValue') : v.toLocaleString(t('selfcheck.locale'))}`).join('; ');
    let description = `${t('selfcheck.now')}: ${say(now)}.`;
    if (check.earlier) {
      const before = DIMENSIONS.map((d) => check.earlier!.values[d]);
      const name = t('selfcheck.before', { title: check.earlier.title, date: check.earlier.date ? formatDate(check.earlier.date) : '' });
      series.push({ name, values: before });
      description += ` ${name}: ${say(before)}.`;
    }
    const older = check.history.slice(0, -1);
    const faint = older.length > 0 ? { name: t('selfcheck.older', { count: older.length }), values: older.map((s) => DIMENSIONS.map((d) => s.values[d])) } : undefined;
    for (const s of older) description += ` ${t('selfcheck.before', { title: s.title, date: s.date ? formatDate(s.date) : '' })}: ${say(DIMENSIONS.map((d) => s.values[d]))}.`;
    return { labels, series, faint, description };
  }, [check, t]);
}

function withPatch(entry: SelfCheckEntry, patch: { agreed?: number | null; note?: string }): SelfCheckEntry {
  const next = { ...entry, ...patch };
  return { ...next, value: next.agreed ?? next.average };
}

export function useSelfCheck(workshopId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const query = useQuery('selfcheck.get', { workshopId });
  const { data, change, tracked } = useEditable(query);
  const fail = useCallback((error: unknown) => announce(errorMessage(t, error)), [announce, t]);
  const actions = useMemo(
    () => ({
      set: tracked(async (dimension: SelfCheckDimension, patch: { agreed?: number | null; note?: string }) => {
        // Shown at once: a tapped value lights up before the save is back.
        change((c) => ({ ...c, entries: c.entries.map((e) => (e.dimension === dimension ? withPatch(e, patch) : e)) }));
        const next = await api.call('selfcheck.set', { workshopId, dimension, ...patch });
        change(() => next);
      }),
      rate: tracked(async (dimension: SelfCheckDimension, ratings: number[]) => {
        const next = await api.call('selfcheck.rate', { workshopId, dimension, ratings });
        change(() => next);
      }),
    }),
    [api, change, tracked, workshopId],
  );
  return { check: data, error: query.error, reload: query.reload, actions, fail };
}
