import type { CardColor, SelfCheckDimension } from '../src-main/contract/live';
import type { JoinResult, PhoneCard, PhoneEndReason, PhoneEvent, PhoneSelfCheck, PhoneView, PhoneVote } from '../src-main/contract/participant';
import { type Answer, call, listen, newKey, send, session } from './api';
import { cardsView } from './cards';
import { h, replace } from './dom';
import { joinView, nameView } from './join';
import type { Strings } from './strings';
import { selfCheckView, voteView } from './vote';

// The phone's state and what it can do. Everything the laptop knows comes
// from `current`; the event stream only says when to ask again.
// The page keeps three live regions from the start and only changes their
// text (a screen reader misses a region made anew); the rest is drawn again
// on each change, keeping the field the person types in (dom.ts, replace).

type Region = { offline: HTMLElement; head: HTMLElement; status: HTMLElement; body: HTMLElement; announce: HTMLElement };

function regions(root: HTMLElement): Region {
  const offline = h('p', { class: 'offline', role: 'alert' });
  const head = h('div', { class: 'head' });
  const status = h('p', { class: 'status', role: 'status' });
  const body = h('div', { class: 'body' });
  // The dots' counts for screen readers: "Finanzen: 2 Punkte, noch 1 übrig".
  const announce = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  // What just happened stands right under the title, where the eye is after sending.
  root.replaceChildren(offline, head, status, body, announce);
  return { offline, head, status, body, announce };
}

export class Phone {
  view: PhoneView | null = null;
  busy = false;
  offline = false;
  /** A line for the live region: what just happened, or what went wrong. */
  message: { text: string; error: boolean } | null = null;
  code = '';
  name = '';
  draft: { text: string; color: CardColor } = { text: '', color: 'yellow' };
  editing: { id: string; text: string } | null = null;
  dots = new Map<string, number>();
  ratings = new Map<SelfCheckDimension, number>();
  /** The vote (by its items) whose dots `dots` holds: a new vote starts from the phone's saved ballot. */
  private dotsFor = '';
  /** Asked for a name once (given or skipped), where the coach asks for names. */
  private named = false;
  private stopListening: (() => void) | null = null;
  private reading: Promise<boolean> | null = null;
  private readAgain = false;
  /** Counts the sessions this page had: an answer to a call of an ended session is not shown. */
  private epoch = 0;
  private readonly regions: Region;

  constructor(
    readonly s: Strings,
    root: HTMLElement,
  ) {
    this.regions = regions(root);
  }

  async start(code: string): Promise<void> {
    this.code = code;
    if (session.token && (await this.refresh())) return;
    this.render();
  }

  async join(): Promise<void> {
    await this.act(() => call<JoinResult>('join', { code: this.code, device: session.device }), (joined) => {
      session.token = joined.token;
      this.listen();
      this.show(joined.view);
    });
  }

  /**
   * One read at a time: events that come while one is on its way make one
   * more read after it, not one each (a room of phones writes at once).
   */
  refresh(): Promise<boolean> {
    if (!session.token) return Promise.resolve(false);
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = this.read().finally(() => {
      this.reading = null;
      if (this.readAgain) {
        this.readAgain = false;
        void this.refresh();
      }
    });
    return this.reading;
  }

  private async read(): Promise<boolean> {
    const epoch = this.epoch;
    const answer = await call<PhoneView>('current', {});
    // The session ended while the answer was on its way: what it says is old.
    if (epoch !== this.epoch) return false;
    if (answer.ok) {
      if (!this.stopListening) this.listen();
      this.show(answer.value);
      return true;
    }
    // A token kept from an earlier day (localStorage) is simply dropped: the page asks for the code, without alarm.
    if (answer.status === 401 && !this.view) session.token = null;
    else if (answer.status === 401) this.ended(null);
    else this.setOffline(answer.offline === true);
    return false;
  }

  async addCard(): Promise<void> {
    const input = { key: newKey(), phaseId: this.view?.phase?.id, text: this.draft.text, color: this.draft.color };
    await this.act(() => send<PhoneCard>('cards.add', input, () => this.say(this.s.retrying, true)), () => {
      this.draft.text = '';
      this.say(this.s.sent);
    });
  }

  async giveName(): Promise<void> {
    await this.act(() => call<PhoneView>('name', { name: this.name }), () => (this.named = true));
  }

  skipName(): void {
    this.named = true;
    this.render();
  }

  startEdit(card: PhoneCard): void {
    this.editing = { id: card.id, text: card.text };
    this.render();
  }

  cancelEdit(): void {
    this.editing = null;
    this.render();
  }

  async saveEdit(): Promise<void> {
    const editing = this.editing;
    if (!editing) return;
    await this.act(() => call<PhoneCard>('cards.edit', { id: editing.id, text: editing.text }), () => (this.editing = null));
  }

  async deleteCard(card: PhoneCard): Promise<void> {
    if (!window.confirm(this.s.removeConfirm)) return;
    await this.act(() => call<{ id: string }>('cards.delete', { id: card.id }), () => undefined);
  }

  async castVote(): Promise<void> {
    const dots = [...this.dots].filter(([, count]) => count > 0).map(([targetId, count]) => ({ targetId, count }));
    const input = { key: newKey(), phaseId: this.view?.phase?.id, dots };
    await this.act(() => send<PhoneVote>('ballot', input, () => this.say(this.s.retryingVote, true)), (vote) => {
      // What the laptop counted, not what was on screen.
      this.dots = new Map(vote.mine.map((d) => [d.targetId, d.count]));
      this.say(this.s.voteSaved);
    });
  }

  async rate(): Promise<void> {
    const ratings = [...this.ratings].map(([dimension, rating]) => ({ dimension, rating }));
    if (ratings.length === 0) return;
    await this.act(() => call<PhoneSelfCheck>('rate', { phaseId: this.view?.phase?.id, ratings }), () => this.say(this.s.rateSaved));
  }

  /** Leaves the workshop: the token is forgotten; joining again with the code makes it the same voter again. */
  async leave(): Promise<void> {
    await this.act(() => call<{ left: true }>('leave', {}), () => this.ended('left'));
  }

  /** Tells a screen reader the dots' count, in the one region kept for it. */
  announce(text: string): void {
    this.regions.announce.textContent = text;
  }

  /** Whether the dots on screen differ from the ballot the laptop counted. */
  votePending(vote: PhoneVote): boolean {
    const confirmed = new Map(vote.mine.map((d) => [d.targetId, d.count]));
    const ids = new Set([...confirmed.keys(), ...this.dots.keys()]);
    return [...ids].some((id) => (confirmed.get(id) ?? 0) !== (this.dots.get(id) ?? 0));
  }

  render(): void {
    document.documentElement.lang = this.s.lang;
    const { offline, head, status, body } = this.regions;
    // Only the text of the live regions changes, and only when it is new.
    const offlineText = this.offline ? this.s.offline : '';
    if (offline.textContent !== offlineText) offline.textContent = offlineText;
    const statusText = this.message?.text ?? '';
    if (status.textContent !== statusText) status.textContent = statusText;
    status.classList.toggle('error', this.message?.error === true);
    const [top, ...rest] = this.view ? (this.view.askNames && !this.named && !this.view.name ? nameView(this) : this.workView(this.view)) : joinView(this);
    replace(head, top!);
    replace(body, ...rest);
  }

  private workView(view: PhoneView): HTMLElement[] {
    const { s } = this;
    const head = h(
      'header',
      { class: 'top' },
      h(
        'div',
        { class: 'top-row' },
        h('p', { class: 'workshop' }, view.workshopTitle),
        h('button', { type: 'button', class: 'leave', disabled: this.busy, onclick: () => void this.leave() }, s.leave),
      ),
      h('h1', {}, view.phase?.title ?? s.waitingForPhase),
    );
    const phase = view.phase;
    let body: HTMLElement[];
    if (view.vote) body = voteView(this, view.vote);
    else if (view.selfCheck) body = selfCheckView(this, view.selfCheck, view.can.selfCheck);
    else if (phase && (view.can.addCards || view.cards.length > 0 || phase.kind === 'cards')) body = cardsView(this, view);
    else body = [h('section', { class: 'panel' }, ...(phase?.prompts ?? []).map((p) => h('p', { class: 'prompt' }, p)), h('p', { class: 'notice' }, phase?.kind === 'pause' ? s.pause : s.lookAtScreen))];
    return [head, ...body];
  }

  /** Runs a call with the form busy; shows the error in the user's words, or applies the result. */
  private async act<T>(run: () => Promise<Answer<T>>, done: (value: T) => void): Promise<void> {
    const epoch = this.epoch;
    this.busy = true;
    this.message = null;
    this.render();
    const answer = await run();
    this.busy = false;
    // The session ended meanwhile (renewed code, left in another tab): the page already says so.
    if (epoch !== this.epoch) return this.render();
    if (answer.ok) {
      done(answer.value);
      this.setOffline(false);
      if (answer.view && this.view) {
        // The answer shows the state after this write; a read already on its way may be older, so one more follows it.
        if (this.reading) this.readAgain = true;
        this.show(answer.view);
      } else if (this.view) await this.refresh();
      else this.render();
      return;
    }
    if (answer.status === 401 && this.view) return this.ended(null);
    const key = answer.messageKey === 'notSent' ? 'notSent' : answer.offline ? 'other' : answer.messageKey;
    this.say(this.s.errors[key] ?? this.s.errors.other!, true);
    // A refusal because the coach moved on or locked something: show what is true now.
    if (!answer.offline && this.view) void this.refresh();
  }

  private show(view: PhoneView): void {
    const voteKey = view.vote ? view.vote.items.map((i) => i.id).join() : '';
    // Untouched dots follow the counted ballot (changed in another tab, or the vote restarted); dots being placed stay.
    const untouched = this.view?.vote ? !this.votePending(this.view.vote) : true;
    if (voteKey !== this.dotsFor || untouched || (view.vote && !view.vote.open)) {
      this.dotsFor = voteKey;
      this.dots = new Map((view.vote?.mine ?? []).map((d) => [d.targetId, d.count]));
    }
    if (view.selfCheck && this.ratings.size === 0) {
      for (const [dimension, value] of Object.entries(view.selfCheck.mine)) if (value !== null) this.ratings.set(dimension as SelfCheckDimension, value);
    }
    // A message belongs to the phase it was said in.
    if (this.view && view.phase?.id !== this.view.phase?.id) this.message = null;
    // "You can change them until the vote closes" is no longer true once it closed or its result is shown.
    if (this.view?.vote?.open && view.vote && !view.vote.open) this.message = null;
    this.view = view;
    this.render();
  }

  private listen(): void {
    this.stopListening?.();
    this.stopListening = listen(
      (event: PhoneEvent) => (event.type === 'ended' ? this.ended(event.reason) : void this.refresh()),
      () => void this.refresh(),
      (offline) => this.setOffline(offline),
    );
  }

  private ended(reason: PhoneEndReason | null): void {
    this.epoch += 1;
    this.busy = false;
    this.readAgain = false;
    this.stopListening?.();
    this.stopListening = null;
    session.token = null;
    this.view = null;
    // A new session starts clean: nothing on screen may look as if it were already sent.
    this.dots = new Map();
    this.ratings = new Map();
    this.dotsFor = '';
    this.named = false;
    this.editing = null;
    if (reason === 'renewed') this.code = '';
    this.say(reason ? this.s.ended[reason] : this.s.errors['errors.phones.sessionEnded']!, reason !== 'left');
  }

  private setOffline(offline: boolean): void {
    if (this.offline === offline) return;
    this.offline = offline;
    this.render();
  }

  private say(text: string, error = false): void {
    this.message = { text, error };
    this.render();
  }
}
