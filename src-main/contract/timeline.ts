import { z } from 'zod';
import type { MeasureStatus } from './actions';
import type { WorkshopStatus } from './domain';
import { id } from './fields';
import type { SelfCheckSeries } from './live';

// Coaching over months (issue 16): the club's timeline on the club page and
// the coach's overview across all clubs on the start screen.

/**
 * What kind of session a workshop was, read from how it was made: a
 * follow-up follows an earlier workshop or uses the "Folgetermin" template;
 * a consultation uses the "Datenschutz-Sprechstunde"; everything else is a
 * workshop (the day workshop and the coaching formats).
 */
export const SESSION_KINDS = ['workshop', 'followUp', 'consultation'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export type StatusCounts = Record<MeasureStatus, number>;

export interface TimelineSession {
  workshopId: string;
  title: string;
  date: string | null;
  status: WorkshopStatus;
  kind: SessionKind;
  /** The topic chosen by dot vote ("Als Thema wählen"), or the one of the session it follows. */
  topic: string | null;
  /** True when the topic was chosen in an earlier session this one follows. */
  topicInherited: boolean;
  /** Measures made in this session. */
  newMeasures: number;
  /**
   * The club's measures by status as of the session's day (see ClubTimeline),
   * counting measures made in this session or earlier ones; null for a session
   * still ahead.
   */
  counts: StatusCounts | null;
}

export interface ClubTimeline {
  organisationId: string;
  today: string;
  /** Oldest first: by date, undated ones by the day they were made. */
  sessions: TimelineSession[];
  /** All the club's measures by their status today. */
  countsToday: StatusCounts;
  /** Every self-check of the club, oldest first. */
  selfChecks: SelfCheckSeries[];
}

export interface OverdueMeasure {
  id: string;
  title: string;
  owner: string;
  dueDate: string;
  status: MeasureStatus;
}

export interface OverdueClub {
  organisationId: string;
  organisationName: string;
  count: number;
  /** The longest overdue few; the club page shows them all. */
  measures: OverdueMeasure[];
}

export interface UpcomingDate {
  organisationId: string;
  organisationName: string;
  date: string;
  /** A session already made ("session"), or a next date agreed in a workshop that has no session yet ("agreed"). */
  source: 'session' | 'agreed';
  workshopId: string;
  title: string;
  kind: SessionKind;
}

export interface ClubWithoutFollowUp {
  organisationId: string;
  organisationName: string;
  openMeasures: number;
  /** The club's latest session up to today, if any. */
  lastSessionDate: string | null;
}

export interface CoachOverview {
  today: string;
  /** The last day of the "next 4 weeks" window. */
  until: string;
  overdue: OverdueClub[];
  upcoming: UpcomingDate[];
  withoutFollowUp: ClubWithoutFollowUp[];
}

/** How many overdue measures a club shows on the start screen before "und N weitere". */
export const OVERVIEW_OVERDUE_SHOWN = 3;
/** The window of "Folgetermine in den nächsten 4 Wochen", in days from today. */
export const OVERVIEW_WINDOW_DAYS = 28;

export const timelineInputs = {
  timeline: z.object({ id }).strict(),
  overview: z.object({}).strict(),
};
