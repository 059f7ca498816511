import { z } from 'zod';
import { LIMITS, id, optionalText } from './fields';

// Running the day: the phase on the projector, a timer per phase, cards with
// clusters and dot voting, and the self-check with its radar chart.

// ---------- the phase on the projector, and the timers ----------

export const TIMER_STATES = ['idle', 'running', 'paused'] as const;
export type TimerState = (typeof TIMER_STATES)[number];

export interface PhaseTimer {
  phaseId: string;
  state: TimerState;
  /** Time counted before the current run, in milliseconds. */
  elapsedMs: number;
  /** When the current run began (ISO), while running. */
  startedAt: string | null;
  /** Minutes added with "+5 Min.". */
  extraMinutes: number;
}

export interface LiveState {
  workshopId: string;
  /** The phase the room sees; null before the workshop starts. */
  livePhaseId: string | null;
  /** The core's clock when this was read: screens count on from here, whatever their own clock says. */
  serverNow: string;
  timers: PhaseTimer[];
  /** How the projector shows the live phase: kept in memory by the core, not stored. */
  presentation: PresentationState;
}

// ---------- how the projector shows the live phase ----------

export const PRESENT_VIEWS = {
  stakeholders: ['grid', 'onion', 'table'],
  process: ['diagram', 'text', 'compare'],
  actions: ['table', 'board'],
} as const;
export const PRESENT_ZOOMS = ['fit', 'selection'] as const;

/** The coach's view, mirrored on the projector, and the projector controls. */
export interface PresentationState {
  stakeholderView: (typeof PRESENT_VIEWS.stakeholders)[number];
  processView: (typeof PRESENT_VIEWS.process)[number];
  actionView: (typeof PRESENT_VIEWS.actions)[number];
  /** The stakeholders or steps the coach has selected: what "zoom to selection" shows. */
  selection: string[];
  /** The card group the coach chose to show alone; null: all cards. */
  groupId: string | null;
  /** Cards, tables and long diagrams are shown page by page ("weiter"). */
  page: number;
  /** How many pages the projector needs for what it shows, as it reported them; null until a projector has said. */
  pages: number | null;
  zoom: (typeof PRESENT_ZOOMS)[number];
  blank: boolean;
  hideTimer: boolean;
  /** The vote result shows only once the coach reveals it ("Ergebnis zeigen"). */
  revealVote: boolean;
}

export const DEFAULT_PRESENTATION: PresentationState = {
  stakeholderView: 'grid',
  processView: 'diagram',
  actionView: 'table',
  selection: [],
  groupId: null,
  page: 0,
  pages: null,
  zoom: 'fit',
  blank: false,
  hideTimer: false,
  revealVote: false,
};

const byPhase = z.object({ phaseId: id }).strict();

export const liveInputs = {
  get: z.object({ workshopId: id }).strict(),
  show: z.object({ workshopId: id, phaseId: id.nullable() }).strict(),
  timer: byPhase,
  extend: z.object({ phaseId: id, minutes: z.number().int().min(1).max(120).default(5) }).strict(),
  present: z
    .object({
      workshopId: id,
      stakeholderView: z.enum(PRESENT_VIEWS.stakeholders).optional(),
      processView: z.enum(PRESENT_VIEWS.process).optional(),
      actionView: z.enum(PRESENT_VIEWS.actions).optional(),
      selection: z.array(id).max(2000).optional(),
      groupId: id.nullable().optional(),
      page: z.number().int().min(0).max(10_000).optional(),
      /** Sent by the projector window: the pages it laid out. */
      pages: z.number().int().min(1).max(10_000).optional(),
      zoom: z.enum(PRESENT_ZOOMS).optional(),
      blank: z.boolean().optional(),
      hideTimer: z.boolean().optional(),
      revealVote: z.boolean().optional(),
    })
    .strict(),
  picture: z.object({ workshopId: id, kind: z.enum(['stakeholders', 'ist', 'soll']), language: z.enum(['de', 'en']).default('de') }).strict(),
};

// ---------- cards and clusters ----------

export const CARD_COLORS = ['yellow', 'blue', 'green', 'pink', 'orange', 'white'] as const;
export type CardColor = (typeof CARD_COLORS)[number];

/** Where a card was written: on the coach's laptop or on a participant's phone. */
export const CARD_ORIGINS = ['coach', 'phone'] as const;
export type CardOrigin = (typeof CARD_ORIGINS)[number];

export const VOTE_TARGETS = ['cards', 'clusters'] as const;
export type VoteTarget = (typeof VOTE_TARGETS)[number];

export type Card = z.infer<typeof cardRecord>;

export type Cluster = z.infer<typeof clusterRecord>;

export type VoteSession = z.infer<typeof voteSessionRecord>;

export interface CardBoard {
  workshopId: string;
  phaseId: string;
  cards: Card[];
  clusters: Cluster[];
  vote: VoteSession | null;
  /** The phase's card revision this board was read at; see the event `cards.changed`. */
  revision: number;
}

const cardText = z.string().trim().min(1, { message: 'errors.cards.empty' }).max(LIMITS.shortText);
const clusterName = z.string().trim().min(1, { message: 'errors.cards.clusterName' }).max(LIMITS.name);
const count = z.number().int().min(0).max(100_000);

export const cardInputs = {
  board: byPhase,
  add: z
    .object({ phaseId: id, text: cardText, color: z.enum(CARD_COLORS).default('yellow'), author: optionalText(LIMITS.name).default(''), clusterId: id.nullable().default(null) })
    .strict(),
  update: z.object({ id, text: cardText.optional(), color: z.enum(CARD_COLORS).optional(), author: optionalText(LIMITS.name).optional() }).strict(),
  move: z.object({ ids: z.array(id).min(1).max(1000), clusterId: id.nullable() }).strict(),
  ids: z.object({ ids: z.array(id).min(1).max(1000) }).strict(),
  clusterAdd: z.object({ phaseId: id, name: clusterName, cardIds: z.array(id).max(1000).default([]) }).strict(),
  clusterRename: z.object({ id, name: clusterName }).strict(),
  clusterDelete: z.object({ id }).strict(),
  voteStart: z
    .object({ phaseId: id, target: z.enum(VOTE_TARGETS), dotsPerPerson: z.number().int().min(1).max(20), participants: z.number().int().min(1).max(500) })
    .strict(),
  voteSet: z.object({ phaseId: id, targetId: id, count }).strict(),
  voteBallot: z.object({ phaseId: id, dots: z.array(z.object({ targetId: id, count: z.number().int().min(1).max(20) }).strict()).min(1).max(100) }).strict(),
  voteChoose: z.object({ phaseId: id, targetId: id.nullable() }).strict(),
};

export const cardRecord = z
  .object({
    id,
    workshopId: id,
    phaseId: id,
    text: cardText,
    color: z.enum(CARD_COLORS),
    author: optionalText(LIMITS.name),
    clusterId: id.nullable(),
    position: z.number(),
    votes: count,
    createdAt: z.string().min(1).max(40),
    /** Files written before phones existed carry no origin: their cards are the coach's. */
    origin: z.enum(CARD_ORIGINS).default('coach'),
  })
  .strict();

export const clusterRecord = z.object({ id, phaseId: id, name: clusterName, position: z.number(), votes: count }).strict();

export const voteSessionRecord = z
  .object({
    phaseId: id,
    target: z.enum(VOTE_TARGETS),
    dotsPerPerson: z.number().int().min(1).max(20),
    participants: z.number().int().min(1).max(500),
    /** People who gave their dots one after the other. */
    ballots: z.number().int().min(0).max(500),
    /** The card or cluster the room chose (phase 4: the topic). */
    chosenId: id.nullable(),
  })
  .strict();

/** What a delete removed (cards, or a cluster with the cards that were in it), so that undo can put it back. */
export const cardRestoreInput = z
  .object({
    phaseId: id,
    cards: z.array(cardRecord).max(1000),
    cluster: clusterRecord.nullable(),
    /** Cards that were in the deleted cluster. */
    clusterCardIds: z.array(id).max(1000),
  })
  .strict();
export type CardSnapshot = z.infer<typeof cardRestoreInput>;

// ---------- the self-check ----------

export const SELF_CHECK_DIMENSIONS = [
  'communication',
  'collaboration',
  'members',
  'knowledge',
  'privacy',
  'publicity',
  'finances',
  'tools',
] as const;
export type SelfCheckDimension = (typeof SELF_CHECK_DIMENSIONS)[number];

export const rating = z.number().int().min(1, { message: 'errors.selfcheck.range' }).max(5, { message: 'errors.selfcheck.range' });

export interface SelfCheckEntry {
  dimension: SelfCheckDimension;
  /** The value the room agreed on, if it did. */
  agreed: number | null;
  note: string;
  /** Individual ratings, when the room gave them one by one. */
  ratings: number[];
  average: number | null;
  /** What the chart shows: the agreed value, else the average. */
  value: number | null;
}

export interface SelfCheckSeries {
  workshopId: string;
  title: string;
  date: string | null;
  values: Record<SelfCheckDimension, number | null>;
}

export interface SelfCheck {
  workshopId: string;
  entries: SelfCheckEntry[];
  /** The club's latest earlier workshop with a self-check: "before" in the chart. */
  earlier: SelfCheckSeries | null;
  /** Every earlier self-check of the club, oldest first (its last is `earlier`): the trend. */
  history: SelfCheckSeries[];
}

/**
 * The topic the workshop works with: chosen in one of its vote phases
 * (phaseId, position), or carried from the earlier session it follows.
 */
export interface WorkshopTopic {
  text: string;
  phaseId: string | null;
  position: number | null;
  fromWorkshopId: string | null;
  fromTitle: string | null;
}

export const workshopTopicInput = z.object({ workshopId: id }).strict();

export const selfCheckInputs = {
  get: z.object({ workshopId: id }).strict(),
  set: z.object({ workshopId: id, dimension: z.enum(SELF_CHECK_DIMENSIONS), agreed: rating.nullable().optional(), note: optionalText(LIMITS.text).optional() }).strict(),
  rate: z.object({ workshopId: id, dimension: z.enum(SELF_CHECK_DIMENSIONS), ratings: z.array(rating).max(500) }).strict(),
};

/** The desktop app's channel for "Projektor öffnen": the renderer names a workshop, the main process opens the window. */
export const IPC_PRESENTER_CHANNEL = 'vw-presenter';

/** The hash route of the projector view of a workshop. */
export const presentPath = (workshopId: string): string => `#/present/${encodeURIComponent(workshopId)}`;
