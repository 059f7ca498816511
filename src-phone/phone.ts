import type { CardColor, SelfCheckDimension } from '../src-main/contract/live';
import type { JoinResult, PhoneCard, PhoneEvent, PhoneSelfCheck, PhoneView, PhoneVote } from '../src-main/contract/participant';
import { type Answer, call, listen, newKey, send, session } from './api';
import { cardsView } from './cards';
import { h, replace } from './dom';
import { joinView, nameView } from './join';
import type { Strings } from './strings';
import { selfCheckView, voteView } from './vote';

// The phone's state and what it can do. Everything the laptop knows comes
// from `current`; the event stream only says when to ask again.

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

  constructor(
    readonly s: Strings,
    private readonly root: HTMLElement,
  ) {}

  async start(code: string): Promise<void> {
    this.code = code;
    if (session.token && (await this.refresh())) return;
    this.render();
  }

  async join(): Promise<void> {
    await this.act(() => call<JoinResult>('join', { code: this.code }), (joined) => {
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
    const answer = await call<PhoneView>('current', {});
    if (answer.ok) {
      if (!this.stopListening) this.listen();
      this.show(answer.value);
      return true;
    }
    if (answer.status === 401) this.ended(null);
    else this.setOffline(answer.offline === true);
    return false;
  }

  async addCard(): Promise<void> {
    const input = { key: newKey(), text: this.draft.text, color: this.draft.color };
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
    await this.act(() => send<PhoneVote>('ballot', { key: newKey(), dots }, () => this.say(this.s.retryingVote, true)), () => this.say(this.s.voteSaved));
  }

  async rate(): Promise<void> {
    const ratings = [...this.ratings].map(([dimension, rating]) => ({ dimension, rating }));
    if (ratings.length === 0) return;
    await this.act(() => call<PhoneSelfCheck>('rate', { ratings }), () => this.say(this.s.rateSaved));
  }

  render(): void {
    document.documentElement.lang = this.s.lang;
    const status = h('p', { class: `status ${this.message?.error ? 'error' : ''}`, role: 'status' }, this.message?.text ?? '');
    const offline = this.offline && h('p', { class: 'offline', role: 'alert' }, this.s.offline);
    const [head, ...rest] = this.view ? (this.view.askNames && !this.named && !this.view.name ? nameView(this) : this.workView(this.view)) : joinView(this);
    // What just happened stands right under the title, where the eye is after sending.
    replace(this.root, ...[offline, head, status, ...rest].filter((n): n is HTMLElement => Boolean(n)));
  }

  private workView(view: PhoneView): HTMLElement[] {
    const { s } = this;
    const head = h(
      'header',
      { class: 'top' },
      h('p', { class: 'workshop' }, view.workshopTitle),
      h('h1', {}, view.phase?.title ?? s.waitingForPhase),
    );
    const phase = view.phase;
    let body: HTMLElement[];
    if (view.vote) body = voteView(this, view.vote);
    else if (view.selfCheck) body = selfCheckView(this, view.selfCheck, view.can.selfCheck);
    else if (phase && (view.can.addCards || view.cards.length > 0 || phase.kind === 'cards')) body = cardsView(this, view);
    else body = [h('section', { class: 'panel' }, ...(phase?.prompts ?? []).map((p) => h('p', { class: 'prompt' }, p)), h('p', { class: 'notice' }, s.lookAtScreen))];
    return [head, ...body];
  }

  /** Runs a call with the form busy; shows the error in the user's words, or applies the result. */
  private async act<T>(run: () => Promise<Answer<T>>, done: (value: T) => void): Promise<void> {
    this.busy = true;
    this.message = null;
    this.render();
    const answer = await run();
    this.busy = false;
    if (answer.ok) {
      done(answer.value);
      this.setOffline(false);
      if (this.view) await this.refresh();
      else this.render();
      return;
    }
    if (answer.status === 401 && this.view) return this.ended(null);
    this.say(this.s.errors[answer.offline ? 'other' : answer.messageKey] ?? this.s.errors.other!, true);
  }

  private show(view: PhoneView): void {
    const voteKey = view.vote ? view.vote.items.map((i) => i.id).join() : '';
    if (voteKey !== this.dotsFor) {
      this.dotsFor = voteKey;
      this.dots = new Map((view.vote?.mine ?? []).map((d) => [d.targetId, d.count]));
    }
    if (view.selfCheck && this.ratings.size === 0) {
      for (const [dimension, value] of Object.entries(view.selfCheck.mine)) if (value !== null) this.ratings.set(dimension as SelfCheckDimension, value);
    }
    // A message belongs to the phase it was said in.
    if (this.view && view.phase?.id !== this.view.phase?.id) this.message = null;
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

  private ended(reason: 'renewed' | 'stopped' | 'left' | null): void {
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
