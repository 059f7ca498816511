import { z } from 'zod';
import type { ApiErrorData } from './errors';
import { LIMITS, id } from './fields';
import { CARD_COLORS, type CardColor, SELF_CHECK_DIMENSIONS, type SelfCheckDimension, type VoteTarget, rating } from './live';

// The participants' contract: the few calls a phone in the room may make,
// over the second listener on the network the coach chose. It is separate
// from the coach's contract on purpose: nothing here names a workshop or a
// phase. The server takes both from the phone's session, so a phone cannot
// reach any other workshop, phase, club or card than its own.

/** No 0/O, 1/I/L: a code read from the projector and typed on a phone must not be ambiguous. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
/** A phone card is a sticky note, not a letter; longer text is refused with a message, never cut. */
export const PHONE_CARD_MAX = 500;

const joinCode = z
  .string()
  .max(20)
  .transform((text) => text.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), { message: 'errors.phones.badCode' }));

/** A retry after a dropped connection sends the same key, and the server does the write only once. */
export const idempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'errors.phones.badKey' });

const cardText = z
  .string()
  .trim()
  .min(1, { message: 'errors.cards.empty' })
  .max(PHONE_CARD_MAX, { message: 'errors.phones.cardTooLong' });

const empty = z.object({}).strict();

/**
 * The phase a write was made for. Not where it goes (the server takes the
 * phase from the session): a check only, so that a card retried after the
 * coach moved on is refused instead of landing in the next phase.
 */
const forPhase = id.optional();

/**
 * A random key the phone page keeps for the workshop day (localStorage). It
 * names no device: it only lets a phone that joins again (renewed code,
 * reload, phones restarted) be the same voter it was, so its ballot and
 * ratings are changed, not counted twice.
 */
export const phoneKey = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, { message: 'errors.phones.badKey' });

export const participantInputs = {
  join: z.object({ code: joinCode, name: z.string().trim().max(LIMITS.name).default(''), device: phoneKey.optional() }).strict(),
  current: empty,
  /** Where the coach asks for names: the name given after joining ('' = stay anonymous). */
  name: z.object({ name: z.string().trim().max(LIMITS.name) }).strict(),
  addCard: z.object({ key: idempotencyKey, phaseId: forPhase, text: cardText, color: z.enum(CARD_COLORS).default('yellow') }).strict(),
  editCard: z.object({ id, text: cardText.optional(), color: z.enum(CARD_COLORS).optional() }).strict(),
  deleteCard: z.object({ id }).strict(),
  ballot: z
    .object({ key: idempotencyKey, phaseId: forPhase, dots: z.array(z.object({ targetId: id, count: z.number().int().min(1).max(20) }).strict()).max(100) })
    .strict(),
  rate: z
    .object({ phaseId: forPhase, ratings: z.array(z.object({ dimension: z.enum(SELF_CHECK_DIMENSIONS), rating }).strict()).min(1).max(SELF_CHECK_DIMENSIONS.length) })
    .strict(),
  leave: empty,
};

/** What a phone may do in the phase the coach shows now. */
export interface PhoneAbilities {
  addCards: boolean;
  vote: boolean;
  selfCheck: boolean;
}

/** One of the phone's own cards; "waiting" while the coach checks it ("erst prüfen"). */
export interface PhoneCard {
  id: string;
  text: string;
  color: CardColor;
  waiting: boolean;
  /** The phone may still change or delete it (not once the coach accepted it under "erst prüfen", nor while the room votes on it). */
  editable: boolean;
}

export interface PhoneVote {
  target: VoteTarget;
  dotsPerPerson: number;
  /** The cards or groups to vote on: text only, never who wrote them. */
  items: { id: string; text: string }[];
  /** This phone's dots, empty before it voted. */
  mine: { targetId: string; count: number }[];
  /** Still open for phones: the coach has not closed the phase for phones, and the result is not shown. */
  open: boolean;
  /** The dots per item, only once the coach has revealed the result. */
  results: { id: string; votes: number }[] | null;
}

export interface PhoneSelfCheck {
  dimensions: SelfCheckDimension[];
  /** This phone's ratings, null where it gave none. */
  mine: Record<SelfCheckDimension, number | null>;
}

export interface PhoneView {
  workshopTitle: string;
  askNames: boolean;
  /** The name this phone gave when joining ('' = anonymous). */
  name: string;
  /** The phase the room sees; null before the coach shows one. */
  phase: { id: string; title: string; kind: string; prompts: string[]; closed: boolean } | null;
  can: PhoneAbilities;
  cards: PhoneCard[];
  vote: PhoneVote | null;
  selfCheck: PhoneSelfCheck | null;
}

/** The answer on the wire: a write (a `limited` method) also carries the phone's view after it. */
export type PhoneEnvelope<R> = ({ ok: true; value: R; view?: PhoneView } | { ok: false; error: ApiErrorData });

export interface JoinResult {
  /** Random, made by the server; forgotten when phones stop or the workshop ends. */
  sessionId: string;
  /** Sent back with every call (Authorization: Bearer …) and on the event stream (?token=…). */
  token: string;
  view: PhoneView;
}

interface ParticipantMethod<I extends z.ZodType, R> {
  input: I;
  readonly result?: R;
  /** Only `join` works without a session. */
  readonly withoutSession?: boolean;
  /** Counted against the phone's rate limit (writes). */
  readonly limited?: boolean;
}

const call =
  <R>() =>
  <I extends z.ZodType>(input: I, opts: { withoutSession?: boolean; limited?: boolean } = {}): ParticipantMethod<I, R> => ({ input, ...opts });

export const participantContract = {
  join: call<JoinResult>()(participantInputs.join, { withoutSession: true }),
  current: call<PhoneView>()(participantInputs.current),
  name: call<PhoneView>()(participantInputs.name, { limited: true }),
  'cards.add': call<PhoneCard>()(participantInputs.addCard, { limited: true }),
  'cards.edit': call<PhoneCard>()(participantInputs.editCard, { limited: true }),
  'cards.delete': call<{ id: string }>()(participantInputs.deleteCard, { limited: true }),
  ballot: call<PhoneVote>()(participantInputs.ballot, { limited: true }),
  rate: call<PhoneSelfCheck>()(participantInputs.rate, { limited: true }),
  leave: call<{ left: true }>()(participantInputs.leave),
} as const;

export type ParticipantContract = typeof participantContract;
export type ParticipantMethodName = keyof ParticipantContract;
export type ParticipantInput<M extends ParticipantMethodName> = z.output<ParticipantContract[M]['input']>;
export type ParticipantResult<M extends ParticipantMethodName> =
  ParticipantContract[M] extends ParticipantMethod<z.ZodType, infer R> ? R : never;

export const PARTICIPANT_METHOD_NAMES = Object.keys(participantContract) as ParticipantMethodName[];

export function isParticipantMethodName(name: unknown): name is ParticipantMethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(participantContract, name);
}

/** URL paths of the participant listener: the calls, and the event stream. */
export const PARTICIPANT_API_PREFIX = '/p/';
export const PARTICIPANT_EVENTS_PATH = '/p/events';

/**
 * What a phone's event stream carries: never data, only that something it
 * shows changed (it then asks for `current`), or that its session ended (it
 * must join again). So no event can leak another phone's name or card.
 */
export type PhoneEndReason = 'renewed' | 'stopped' | 'left' | 'expired';
export type PhoneEvent = { type: 'changed'; phaseId: string | null } | { type: 'ended'; reason: PhoneEndReason };

// ---------- the coach's side ----------

export const PHONE_MODERATIONS = ['direct', 'review'] as const;
export type PhoneModeration = (typeof PHONE_MODERATIONS)[number];
export const DEFAULT_PHONE_PORT = 4781;
export const MAX_PHONE_SESSIONS = 60;

/** A network of the laptop that phones could reach it on. */
export interface PhoneNetwork {
  address: string;
  /** The interface's name as the system calls it (e.g. "Wi-Fi", "wlan0", "en0"). */
  name: string;
  /** Judged from the name; the likely Wi-Fi comes first. */
  likelyWifi: boolean;
}

export interface PhoneStatus {
  running: boolean;
  workshopId: string | null;
  address: string | null;
  port: number | null;
  /** What the QR code holds, e.g. http://192.168.178.23:4781/ */
  url: string | null;
  code: string | null;
  phones: number;
  joiningOpen: boolean;
  qrHidden: boolean;
  /** When listening began (ISO): the coach's screen hints at client isolation when no phone came within a minute. */
  startedAt: string | null;
  /** When the first phone joined (ISO), null while none has. */
  firstJoinAt: string | null;
}

export interface PhonePhaseSettings {
  phaseId: string;
  moderation: PhoneModeration;
  closed: boolean;
}

export interface PhoneSettings {
  workshopId: string;
  askNames: boolean;
  phases: PhonePhaseSettings[];
}

/** A card from a phone waiting for the coach ("erst prüfen"): only on the coach's screen, never on the projector. */
export interface QueuedCard {
  id: string;
  phaseId: string;
  text: string;
  color: CardColor;
  author: string;
  createdAt: string;
}

export const phoneInputs = {
  start: z.object({ workshopId: id, address: z.string().min(1).max(64), port: z.number().int().min(1024).max(65535).default(DEFAULT_PHONE_PORT) }).strict(),
  joining: z.object({ open: z.boolean() }).strict(),
  qr: z.object({ hidden: z.boolean() }).strict(),
  settings: z.object({ workshopId: id }).strict(),
  setSettings: z.object({ workshopId: id, askNames: z.boolean() }).strict(),
  setPhase: z.object({ phaseId: id, moderation: z.enum(PHONE_MODERATIONS).optional(), closed: z.boolean().optional() }).strict(),
  queue: z.object({ workshopId: id }).strict(),
  accept: z.object({ id, text: cardText.optional(), color: z.enum(CARD_COLORS).optional() }).strict(),
  reject: z.object({ id }).strict(),
};
