import { z } from 'zod';
import { LIMITS, id, optionalText, requiredName } from './fields';

// The stakeholder map (phase "Wer ist beteiligt?"): people and groups placed
// by influence and interest, with attitude, closeness and relations.

export const STAKEHOLDER_CATEGORIES = [
  'board',
  'volunteers',
  'staff',
  'members',
  'participants',
  'funders',
  'administration',
  'partners',
  'public',
  'other',
] as const;
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];

export const ATTITUDES = ['supportive', 'neutral', 'critical'] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const CLOSENESS_LEVELS = ['core', 'direct', 'indirect', 'environment'] as const;
export type Closeness = (typeof CLOSENESS_LEVELS)[number];

export const RELATION_TYPES = ['collaborates', 'influences', 'conflict'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** Influence or interest: 1.0 to 5.0; the core keeps one decimal. */
export const score = z.number().min(SCORE_MIN).max(SCORE_MAX);
/**
 * Influence or interest as stored: null until the room gives it. A
 * stakeholder is on the grid only with both values ("placed"); until then it
 * waits beside the map, never drawn at a position that is not in the data.
 */
export const storedScore = score.nullable();

export const stakeholderFields = {
  name: requiredName,
  category: z.enum(STAKEHOLDER_CATEGORIES),
  influence: storedScore,
  interest: storedScore,
  attitude: z.enum(ATTITUDES),
  targetAttitude: z.enum(ATTITUDES),
  closeness: z.enum(CLOSENESS_LEVELS),
  notes: optionalText(LIMITS.text),
};

export const stakeholderCreateInput = z
  .object({
    workshopId: id,
    name: stakeholderFields.name,
    category: stakeholderFields.category.default('other'),
    /** Left out: not yet placed; the stakeholder waits beside the map. */
    influence: storedScore.default(null),
    interest: storedScore.default(null),
    attitude: stakeholderFields.attitude.default('neutral'),
    /** Left out: the same as today's attitude. */
    targetAttitude: stakeholderFields.targetAttitude.optional(),
    closeness: stakeholderFields.closeness.default('direct'),
    notes: stakeholderFields.notes.default(''),
  })
  .strict();

export const stakeholderUpdateInput = z
  .object({
    id,
    name: stakeholderFields.name.optional(),
    category: stakeholderFields.category.optional(),
    /** null takes the value away again (back beside the map). */
    influence: storedScore.optional(),
    interest: storedScore.optional(),
    attitude: stakeholderFields.attitude.optional(),
    targetAttitude: stakeholderFields.targetAttitude.optional(),
    closeness: stakeholderFields.closeness.optional(),
    notes: stakeholderFields.notes.optional(),
  })
  .strict();

export const stakeholderMoveInput = z
  .object({
    moves: z.array(z.object({ id, influence: score, interest: score }).strict()).min(1).max(2000),
  })
  .strict();

export const idsInput = z.object({ ids: z.array(id).min(1).max(2000) }).strict();

/** A stakeholder as stored and as the UI sees it: defined once, by its record schema below. */
export type Stakeholder = z.infer<typeof stakeholderRecord>;

/** A stakeholder with both values: the only kind drawn on the grid. */
export type PlacedStakeholder = Stakeholder & { influence: number; interest: number };

export const isPlaced = (s: Stakeholder): s is PlacedStakeholder => s.influence !== null && s.interest !== null;

export type Relation = z.infer<typeof relationRecord>;

export interface StakeholderMap {
  workshopId: string;
  stakeholders: Stakeholder[];
  relations: Relation[];
}

export const relationCreateInput = z
  .object({
    sourceId: id,
    targetId: id,
    type: z.enum(RELATION_TYPES).default('collaborates'),
    label: optionalText(LIMITS.name).default(''),
  })
  .strict()
  .refine((r) => r.sourceId !== r.targetId, { message: 'errors.stakeholders.selfRelation', path: ['targetId'] });

export const relationUpdateInput = z
  .object({
    id,
    type: z.enum(RELATION_TYPES).optional(),
    label: optionalText(LIMITS.name).optional(),
  })
  .strict();

const timestamp = z.string().min(1).max(40);

export const stakeholderRecord = z
  .object({
    id,
    workshopId: id,
    ...stakeholderFields,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict();

export const relationRecord = z
  .object({
    id,
    workshopId: id,
    sourceId: id,
    targetId: id,
    type: z.enum(RELATION_TYPES),
    label: optionalText(LIMITS.name),
    createdAt: timestamp,
  })
  .strict();

/** Puts deleted stakeholders and relations back exactly as they were (undo). */
export const stakeholderRestoreInput = z
  .object({
    workshopId: id,
    stakeholders: z.array(stakeholderRecord).max(2000),
    relations: z.array(relationRecord).max(10000),
  })
  .strict();

/** What a delete removed, so that undo can put it back. */
export type StakeholderSnapshot = z.infer<typeof stakeholderRestoreInput>;
