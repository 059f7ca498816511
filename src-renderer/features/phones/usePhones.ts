import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodName, PhoneStatus } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';

/** The link the QR code holds: the address, and the code after the # (which never goes over the network). */
export const joinLink = (status: PhoneStatus): string => (status.url && status.code ? `${status.url}#${status.code}` : '');

/** The phones' state for one workshop, and the coach's calls that change it (each announced, errors in her words). */
export function usePhones(workshopId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const status = useQuery('phones.status', {});
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
