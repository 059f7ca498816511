// Who is calling the core. The coach (on the laptop, over IPC or the
// 127.0.0.1 host) may do everything; a participant is one phone session and
// may only touch the current phase of its workshop and its own items. The
// workshop comes from the session the server made, never from the phone.

export interface CoachCaller {
  kind: 'coach';
}

export interface ParticipantCaller {
  kind: 'participant';
  /** Random, made by the server at join. */
  sessionId: string;
  workshopId: string;
  /** The name the phone gave ('' = anonymous); stored on its cards only when the workshop asks for names. */
  name: string;
}

export type Caller = CoachCaller | ParticipantCaller;

export const COACH: CoachCaller = Object.freeze({ kind: 'coach' });
