import {
  type ParticipantInput,
  type PhoneEnvelope,
  type ParticipantMethodName,
  type ParticipantResult,
  isParticipantMethodName,
  parseInput,
  participantContract,
} from '../../contract';
import type { CoreContext } from '../context';
import { toErrorData } from '../api/dispatch';
import type { ParticipantCaller } from './caller';
import { addPhoneCard, castPhoneBallot, deletePhoneCard, editPhoneCard, ratePhoneSelfCheck } from './phone-writes';
import type { Phones } from './phones';
import type { PhoneSession } from './session';
import { phoneView } from './view';

// The participants' API, without any transport: the HTTP listener passes in
// the method, the body and the session token, and sends back what comes out.
// The caller is always the session's, never anything from the body.

export interface ParticipantAnswer {
  /** 200 for every call that reached the API (its envelope may carry an error); 401, 404, 429, 503 for the rest. */
  status: number;
  envelope: PhoneEnvelope<unknown>;
}

interface Env {
  phones: Phones;
  ctx: CoreContext;
  caller: ParticipantCaller;
  session: PhoneSession;
}

type Handler<M extends ParticipantMethodName> = (input: ParticipantInput<M>, env: Env) => ParticipantResult<M>;

const handlers: { [M in Exclude<ParticipantMethodName, 'join'>]: Handler<M> } = {
  current: (_input, { ctx, caller }) => phoneView(ctx, caller),
  name: (input, { ctx, caller }) => {
    // Kept only where the workshop asks for names; it goes on this phone's later cards.
    const { ask_names } = ctx.sql('SELECT ask_names FROM workshops WHERE id = ?').get(caller.workshopId) as { ask_names: number };
    caller.name = ask_names === 1 ? input.name : '';
    return phoneView(ctx, caller);
  },
  'cards.add': (input, { ctx, caller }) => addPhoneCard(ctx, caller, input),
  'cards.edit': (input, { ctx, caller }) => editPhoneCard(ctx, caller, input),
  'cards.delete': (input, { ctx, caller }) => deletePhoneCard(ctx, caller, input.id),
  ballot: (input, { ctx, caller }) => castPhoneBallot(ctx, caller, input),
  rate: (input, { ctx, caller }) => ratePhoneSelfCheck(ctx, caller, input),
  leave: (_input, { phones, session }) => {
    phones.leave(session);
    return { left: true };
  },
};

const refuse = (status: number, kind: 'validation' | 'not_found' | 'storage', messageKey: string): ParticipantAnswer => ({
  status,
  envelope: { ok: false, error: { kind, messageKey } },
});

function run(name: ParticipantMethodName, input: unknown, phones: Phones, session: PhoneSession | undefined): unknown {
  if (name === 'join') {
    const join = input as ParticipantInput<'join'>;
    return phones.join(join.code, join.name, join.device);
  }
  const env: Env = { phones, ctx: phones.workspace.context, caller: session!.caller, session: session! };
  return (handlers[name] as Handler<typeof name>)(input as never, env);
}

/** Validates and runs one call of a phone. Never rejects; an invalid call writes nothing. */
export async function invokeParticipant(phones: Phones, token: string | undefined, name: unknown, input: unknown): Promise<ParticipantAnswer> {
  if (!isParticipantMethodName(name)) return refuse(404, 'not_found', 'errors.request.unknownMethod');
  if (!phones.workspace.isOpen) return refuse(503, 'storage', 'errors.storage.unavailable');
  const spec = participantContract[name];
  const session = spec.withoutSession ? undefined : phones.session(token);
  if (!spec.withoutSession && !session) return refuse(401, 'validation', 'errors.phones.sessionEnded');
  const parsed = parseInput(spec.input, input);
  if (!parsed.ok) return { status: 200, envelope: parsed };
  try {
    if (!session || !('limited' in spec && spec.limited)) {
      const value = phones.asWriter(session?.id ?? null, () => run(name, parsed.value, phones, session));
      return { status: 200, envelope: { ok: true, value } };
    }
    const key = (parsed.value as { key?: string }).key;
    // A retry of a write that already happened (or is on its way to the disk) gets its first answer, and costs nothing.
    const earlier = key ? session.answered(key, name) : undefined;
    if (!earlier && !session.takeWrite(phones.now())) return refuse(429, 'validation', 'errors.phones.tooFast');
    // The write runs with the next commit, a moment later; its own checks (phase open, own card) run then, inside the transaction.
    const value = await (earlier ?? session.remember(key, name, phones.writes.run(session.id, () => run(name, parsed.value, phones, session))));
    // A write answers with what the phone shows after it, so the phone need not ask again.
    return { status: 200, envelope: { ok: true, value, view: phoneView(phones.workspace.context, session.caller) } };
  } catch (error) {
    const data = toErrorData(error);
    if (data.kind === 'internal' || data.kind === 'storage') console.error(`[phones] ${name} failed`, error);
    return { status: 200, envelope: { ok: false, error: data } };
  }
}
