import type { Handlers } from '../api/handlers';
import { acceptQueued, getPhoneSettings, listQueue, rejectQueued, setAskNames, setPhasePhones } from './moderation';

// The coach's calls for "Handys verbinden" (contract.ts, phones.*). They run
// for the coach only: the participants' listener serves participant.ts and
// nothing else, so none of these is reachable from a phone.

type PhoneMethod = Extract<keyof Handlers, `phones.${string}`>;

export const phoneHandlers: Pick<Handlers, PhoneMethod> = {
  'phones.networks': (_input, { phones }) => phones.networks(),
  'phones.status': (_input, { phones }) => {
    phones.sweepIdle();
    return phones.status();
  },
  'phones.start': (input, { phones }) => phones.start(input),
  'phones.joining': (input, { phones }) => phones.setJoining(input.open),
  'phones.qr': (input, { phones }) => phones.setQrHidden(input.hidden),
  'phones.renewCode': (_input, { phones }) => phones.renewCode(),
  'phones.stop': (_input, { phones }) => phones.stop(),
  'phones.settings.get': (input, { ctx }) => getPhoneSettings(ctx, input.workshopId),
  'phones.settings.set': (input, { ctx }) => setAskNames(ctx, input),
  'phones.phase.set': (input, { ctx }) => setPhasePhones(ctx, input),
  'phones.queue.list': (input, { ctx }) => listQueue(ctx, input.workshopId),
  'phones.queue.accept': (input, { ctx }) => acceptQueued(ctx, input),
  'phones.queue.reject': (input, { ctx }) => rejectQueued(ctx, input.id),
};
