import type { PhoneSelfCheck, PhoneVote } from '../src-main/contract/participant';
import { h } from './dom';
import type { Phone } from './phone';
import { fill } from './strings';

// Dot voting and the self-check on the phone. The dots are placed here and
// sent as one ballot; the phone's ballot can be changed until the vote closes.

function dotRow(phone: Phone, vote: PhoneVote, item: { id: string; text: string }, left: number, open: boolean): HTMLElement {
  const { s } = phone;
  const count = phone.dots.get(item.id) ?? 0;
  const counted = vote.mine.find((d) => d.targetId === item.id)?.count ?? 0;
  const change = (by: number): void => {
    const next = Math.max(0, count + by);
    phone.dots.set(item.id, next);
    phone.render();
    phone.announce(fill(s.dotsAnnounce, { item: item.text, n: next, left: left - by }));
  };
  return h(
    'li',
    { class: `dot-row${count !== counted ? ' changed' : ''}` },
    h('span', { class: 'dot-text' }, item.text),
    h(
      'span',
      { class: 'dot-controls' },
      open && h('button', { type: 'button', class: 'round', id: `less-${item.id}`, 'aria-label': fill(s.less, { item: item.text }), disabled: count === 0, onclick: () => change(-1) }, '−'),
      h('output', { class: 'dot-count' }, String(count)),
      open && h('button', { type: 'button', class: 'round', id: `more-${item.id}`, 'aria-label': fill(s.more, { item: item.text }), disabled: left === 0, onclick: () => change(1) }, '+'),
    ),
  );
}

function results(phone: Phone, vote: PhoneVote): HTMLElement {
  const names = new Map(vote.items.map((i) => [i.id, i.text]));
  const sorted = [...(vote.results ?? [])].sort((a, b) => b.votes - a.votes);
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'vote-results' },
    h('h2', { id: 'vote-results' }, phone.s.results),
    h('ol', { class: 'results' }, ...sorted.map((r) => h('li', {}, h('span', {}, names.get(r.id) ?? ''), h('strong', {}, r.votes === 1 ? phone.s.point : fill(phone.s.points, { n: r.votes }))))),
  );
}

/**
 * The dots: placed here, counted only once sent. Dots not yet counted are
 * marked as such (a dotted count and a line saying so), never shown as if
 * the laptop had them. Once the result is shown, the phone's ballot is fixed
 * and shown read-only under the result.
 */
export function voteView(phone: Phone, vote: PhoneVote): HTMLElement[] {
  const { s } = phone;
  const used = [...phone.dots.values()].reduce((sum, n) => sum + n, 0);
  const left = Math.max(0, vote.dotsPerPerson - used);
  const pending = vote.open && phone.votePending(vote);
  const counted = vote.mine.reduce((sum, d) => sum + d.count, 0);
  let line: string;
  if (vote.open) line = fill(s.dotsLeft, { n: left, max: vote.dotsPerPerson });
  else if (vote.results) line = counted > 0 ? fill(s.yourDots, { n: counted }) : s.noDotsGiven;
  else line = s.voteClosed;
  const form = h(
    'form',
    {
      class: 'panel',
      onsubmit: (e) => {
        e.preventDefault();
        void phone.castVote();
      },
    },
    h('h2', {}, vote.results ? s.yourVote : s.voteHeading),
    h('p', { class: 'status-line' }, line),
    pending && h('p', { class: 'pending' }, counted > 0 ? s.votePendingChange : s.votePending),
    h('ul', { class: 'dots' }, ...vote.items.map((item) => dotRow(phone, vote, item, left, vote.open))),
    vote.open && h('button', { type: 'submit', class: 'primary', disabled: phone.busy || !pending }, phone.busy ? s.sending : s.castVote),
  );
  return vote.results ? [results(phone, vote), form] : [form];
}

export function selfCheckView(phone: Phone, check: PhoneSelfCheck, open: boolean): HTMLElement[] {
  const { s } = phone;
  const rows = check.dimensions.map((dimension) =>
    h(
      'fieldset',
      { class: 'rating' },
      h('legend', {}, s.dimensions[dimension]),
      h(
        'div',
        { class: 'scale' },
        ...[1, 2, 3, 4, 5].map((value) =>
          h(
            'label',
            { class: 'scale-step' },
            h('input', {
              type: 'radio',
              name: `rate-${dimension}`,
              id: `rate-${dimension}-${value}`,
              value,
              disabled: !open,
              checked: phone.ratings.get(dimension) === value,
              onchange: () => phone.ratings.set(dimension, value),
            }),
            h('span', {}, String(value)),
          ),
        ),
      ),
    ),
  );
  return [
    h(
      'form',
      {
        class: 'panel',
        onsubmit: (e) => {
          e.preventDefault();
          void phone.rate();
        },
      },
      h('h2', {}, s.selfCheckHeading),
      h('p', { class: 'hint' }, s.selfCheckHint),
      ...rows,
      open ? h('button', { type: 'submit', class: 'primary', disabled: phone.busy }, phone.busy ? s.sending : s.rateSend) : h('p', { class: 'notice' }, s.closed),
    ),
  ];
}
