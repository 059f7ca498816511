import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../src-main/contract';
import { Icon } from '../../ui/Icon';
import { ConnectPhonesDialog } from './ConnectPhonesDialog';
import { PhonePhaseTools } from './PhonePhaseTools';
import { PhonesPanel } from './PhonesPanel';
import { usePhones } from './usePhones';

/** "Handys verbinden" in the moderation bar: the button, then the panel and this phase's phone tools while phones are connected. */
export function PhonesSection({ workshopId, phase }: { workshopId: string; phase: Phase }) {
  const { t } = useTranslation();
  const phones = usePhones(workshopId);
  const [choosing, setChoosing] = useState(false);
  return (
    <div className="phones-section">
      {phones.mine ? (
        <>
          <PhonesPanel status={phones.mine} phones={phones} />
          <PhonePhaseTools workshopId={workshopId} phase={phase} phones={phones} />
        </>
      ) : (
        <button type="button" className="btn" onClick={() => setChoosing(true)}>
          <Icon name="phone" />
          {t('phones.connect')}
        </button>
      )}
      {choosing && <ConnectPhonesDialog workshopId={workshopId} phones={phones} onClose={() => setChoosing(false)} />}
    </div>
  );
}
