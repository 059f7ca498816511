import type { Migration } from '../migrations';

/**
 * Participants' phones (issue 15). What must outlive a request:
 * - per workshop: "Namen erfragen" (names are optional even then);
 * - per phase: moderation ("direkt zeigen" / "erst prüfen") and whether the
 *   phase is closed for phones; no row means the defaults;
 * - per card: where it came from (the coach's laptop or a phone);
 * - cards waiting for the coach's check ("erst prüfen") in a queue of their
 *   own, so that no board, projector, vote or report query can show them by
 *   mistake: they become cards only when the coach accepts them;
 * - which phone session wrote a card, cast a ballot or gave a rating, so that
 *   a phone edits only its own cards and changes (not repeats) its ballot and
 *   its ratings. The session id is a random id made by the app; no address or
 *   device data is stored, and the ids are deleted when phones stop, the code
 *   is renewed or the workshop ends.
 */
export const migration010: Migration = {
  version: 10,
  name: 'phones: workshop and phase settings, card origin, review queue, phone sessions',
  up(db) {
    db.exec(`
      ALTER TABLE workshops ADD COLUMN ask_names INTEGER NOT NULL DEFAULT 0 CHECK (ask_names IN (0, 1));
      ALTER TABLE cards ADD COLUMN origin TEXT NOT NULL DEFAULT 'coach' CHECK (origin IN ('coach', 'phone'));

      CREATE TABLE phase_phone_settings (
        phase_id TEXT PRIMARY KEY REFERENCES workshop_phases(id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        moderation TEXT NOT NULL DEFAULT 'direct' CHECK (moderation IN ('direct', 'review')),
        closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
        updated_at TEXT NOT NULL
      );
      CREATE INDEX phase_phone_settings_by_workshop ON phase_phone_settings (workshop_id);

      CREATE TABLE card_queue (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        phase_id TEXT NOT NULL REFERENCES workshop_phases(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 500),
        color TEXT NOT NULL CHECK (color IN ('yellow', 'blue', 'green', 'pink', 'orange', 'white')),
        author TEXT NOT NULL DEFAULT '',
        session_id TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX card_queue_by_phase ON card_queue (phase_id);

      CREATE TABLE phone_cards (
        card_id TEXT PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        session_id TEXT NOT NULL
      );
      CREATE INDEX phone_cards_by_session ON phone_cards (session_id);

      CREATE TABLE phone_ballots (
        phase_id TEXT NOT NULL REFERENCES vote_sessions(phase_id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        session_id TEXT NOT NULL,
        dots TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (phase_id, session_id)
      );

      CREATE TABLE phone_ratings (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        session_id TEXT NOT NULL,
        dimension TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (workshop_id, session_id, dimension)
      );
    `);
  },
};
