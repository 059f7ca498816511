import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodName, PhoneStatus } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { type QueryOptions, useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';

/** The link the QR code holds: the address, and the code after the # (which never goes over the network). */
export const joinLink = (status: PhoneStatus): string => (status.url && status.code ? `${status.url}#${status.code}` : '');

/**
 * 40 phones joining within a second each change the phones' state: the
 * coach's screens ask again at most four times a second, not 40 times, and
 * leave the laptop's time to the phones.
 */
export const PHONE_UPDATES: Pick<QueryOptions<unknown>, 'throttleMs'> = { throttleMs: 250 };

/** The phones' state for one workshop, and the coach's calls that change it (each announced, errors in her words). */
export function usePhones(workshopId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const status = useQuery('phones.status', {}, PHONE_UPDATES);
  const mine = status.data?.running && status.data.workshopId === workshopId ? status.data : null;
  const run = async <M extends MethodName>(name: M, input: MethodInput<M>, done?: string): Promise<boolean> => {
    try {
      await api.call(name, input);
      if (done) announce(done);
      return true;
    } catch (e) {
      announce(errorMessage(t, e));
      return false;
    }
  };
  return { status: status.data ?? null, mine, run, reload: status.reload };
}
