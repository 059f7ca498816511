import type { WorkshopTopic } from '../../contract';
import type { CoreContext } from '../context';
import { requireWorkshop } from '../services/stakeholder-rows';

// The topic a workshop chose by dot vote ("Als Thema wählen"). Later phases of
// that workshop and the sessions that follow it work with it, so it is found
// in one place: phase headers, the club's timeline and the progress report.

export interface ChosenTopic {
  text: string;
  /** The vote phase where it was chosen, and its place in the agenda. */
  phaseId: string;
  position: number;
}

interface TopicRow {
  workshop_id: string;
  phase_id: string;
  position: number;
  target: 'cards' | 'clusters';
  card_text: string | null;
  cluster_name: string | null;
}

const TOPIC_SELECT = `SELECT p.workshop_id, p.id AS phase_id, p.position, v.target, c.text AS card_text, k.name AS cluster_name
  FROM vote_sessions v JOIN workshop_phases p ON p.id = v.phase_id JOIN workshops w ON w.id = p.workshop_id
  LEFT JOIN cards c ON v.target = 'cards' AND c.id = v.chosen_id
  LEFT JOIN card_clusters k ON v.target = 'clusters' AND k.id = v.chosen_id`;

function collect(rows: TopicRow[]): Map<string, ChosenTopic> {
  const topics = new Map<string, ChosenTopic>();
  // Ordered by position: when a workshop chose twice, the later vote wins.
  for (const r of rows) {
    const text = (r.target === 'clusters' ? r.cluster_name : r.card_text)?.trim();
    if (text) topics.set(r.workshop_id, { text, phaseId: r.phase_id, position: r.position });
  }
  return topics;
}

/** Each of the club's workshops' own chosen topic, by workshop id. */
export function clubTopics(ctx: CoreContext, organisationId: string): Map<string, ChosenTopic> {
  const rows = ctx.sql(`${TOPIC_SELECT} WHERE w.organisation_id = ? AND v.chosen_id IS NOT NULL ORDER BY p.position`).all(organisationId) as TopicRow[];
  return collect(rows);
}

/**
 * A workshop's topic: its own, else the one of the session it follows (and so
 * on back, as a follow-up of a follow-up keeps the day's topic).
 */
export function workshopTopic(ctx: CoreContext, workshopId: string): WorkshopTopic | null {
  requireWorkshop(ctx, workshopId);
  const seen = new Set<string>();
  for (let at: string | null = workshopId; at && !seen.has(at); ) {
    seen.add(at);
    const rows = ctx.sql(`${TOPIC_SELECT} WHERE w.id = ? AND v.chosen_id IS NOT NULL ORDER BY p.position`).all(at) as TopicRow[];
    const own = collect(rows).get(at);
    if (own && at === workshopId) return { text: own.text, phaseId: own.phaseId, position: own.position, fromWorkshopId: null, fromTitle: null };
    if (own) {
      const from = ctx.sql('SELECT title FROM workshops WHERE id = ?').get(at) as { title: string };
      return { text: own.text, phaseId: null, position: null, fromWorkshopId: at, fromTitle: from.title };
    }
    at = (ctx.sql('SELECT follows_workshop_id AS f FROM workshops WHERE id = ?').get(at) as { f: string | null } | undefined)?.f ?? null;
  }
  return null;
}
