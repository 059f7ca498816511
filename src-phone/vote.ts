import type { PhoneSelfCheck, PhoneVote } from '../src-main/contract/participant';
import { h } from './dom';
import type { Phone } from './phone';
import { fill } from './strings';

// Dot voting and the self-check on the phone. The dots are placed here and
// sent as one ballot; the phone's ballot can be changed until the vote closes.

function dotRow(phone: Phone, vote: PhoneVote, item: { id: string; text: string }, left: number): HTMLElement {
  const { s } = phone;
  const count = phone.dots.get(item.id) ?? 0;
  const change = (by: number): void => {
    phone.dots.set(item.id, Math.max(0, count + by));
    phone.render();
  };
  return h(
    'li',
    { class: 'dot-row' },
    h('span', { class: 'dot-text' }, item.text),
    h(
      'span',
      { class: 'dot-controls' },
      h('button', { type: 'button', class: 'round', id: `less-${item.id}`, 'aria-label': fill(s.less, { item: item.text }), disabled: !vote.open || count === 0, onclick: () => change(-1) }, '−'),
      h('output', { class: 'dot-count', 'aria-live': 'polite' }, String(count)),
      h('button', { type: 'button', class: 'round', id: `more-${item.id}`, 'aria-label': fill(s.more, { item: item.text }), disabled: !vote.open || left === 0, onclick: () => change(1) }, '+'),
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

export function voteView(phone: Phone, vote: PhoneVote): HTMLElement[] {
  const { s } = phone;
  const used = [...phone.dots.values()].reduce((sum, n) => sum + n, 0);
  const left = Math.max(0, vote.dotsPerPerson - used);
  const form = h(
    'form',
    {
      class: 'panel',
      onsubmit: (e) => {
        e.preventDefault();
        void phone.castVote();
      },
    },
    h('h2', {}, s.voteHeading),
    h('p', { class: 'status-line', 'aria-live': 'polite' }, vote.open ? fill(s.dotsLeft, { n: left, max: vote.dotsPerPerson }) : s.voteClosed),
    h('ul', { class: 'dots' }, ...vote.items.map((item) => dotRow(phone, vote, item, left))),
    vote.open && h('button', { type: 'submit', class: 'primary', disabled: phone.busy || used === 0 }, phone.busy ? s.sending : s.castVote),
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
