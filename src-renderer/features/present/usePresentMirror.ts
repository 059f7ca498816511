import { useEffect, useRef } from 'react';
import type { MethodInput } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';

type Mirror = Omit<MethodInput<'live.present'>, 'workshopId'>;

/**
 * Tells the projector what the coach's editor shows (its view, its
 * selection), so the room sees the same. Sent only when it changed; a lost
 * call is harmless (the projector keeps the last view), so errors are dropped.
 */
export function usePresentMirror(workshopId: string, mirror: Mirror): void {
  const api = useApi();
  const key = JSON.stringify(mirror);
  const sent = useRef('');
  useEffect(() => {
    if (sent.current === key) return;
    const timer = setTimeout(() => {
      sent.current = key;
      api.call('live.present', { workshopId, ...(JSON.parse(key) as Mirror) }).catch(() => undefined);
    }, 120);
    return () => clearTimeout(timer);
  }, [api, workshopId, key]);
}
