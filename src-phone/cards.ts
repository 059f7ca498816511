import type { CardColor } from '../src-main/contract/live';
import type { PhoneCard, PhoneView } from '../src-main/contract/participant';
import { h } from './dom';
import type { Phone } from './phone';
import { fill } from './strings';

// Writing cards from the phone: a text, a colour if wanted, and the phone's
// own cards to change or delete until the coach closes the phase for phones.

const MAX = 500;
const COLORS: CardColor[] = ['yellow', 'blue', 'green', 'pink', 'orange', 'white'];

function colorChoice(phone: Phone): HTMLElement {
  const { s } = phone;
  return h(
    'fieldset',
    { class: 'colors' },
    h('legend', {}, s.color),
    ...COLORS.map((color) =>
      h(
        'label',
        { class: `color color-${color}` },
        h('input', { type: 'radio', name: 'card-color', value: color, checked: phone.draft.color === color, onchange: () => (phone.draft.color = color) }),
        h('span', {}, s.colors[color]),
      ),
    ),
  );
}

function cardForm(phone: Phone): HTMLElement {
  const { s } = phone;
  const count = h('p', { class: 'hint', id: 'card-count' }, fill(s.cardCount, { n: phone.draft.text.length, max: MAX }));
  const text = h('textarea', {
    id: 'card-text',
    rows: 4,
    maxlength: MAX + 100,
    'aria-describedby': 'card-count',
    oninput: (e) => {
      phone.draft.text = (e.target as HTMLTextAreaElement).value;
      // Looked up, not captured: the field outlives the drawing it was made in (dom.ts, replace).
      const count = document.getElementById('card-count');
      if (!count) return;
      count.textContent = fill(s.cardCount, { n: phone.draft.text.length, max: MAX });
      count.classList.toggle('too-long', phone.draft.text.length > MAX);
    },
  });
  text.value = phone.draft.text;
  return h(
    'form',
    {
      class: 'panel',
      onsubmit: (e) => {
        e.preventDefault();
        void phone.addCard();
      },
    },
    h('h2', {}, s.cardHeading),
    h('label', { for: 'card-text' }, s.cardText),
    text,
    count,
    colorChoice(phone),
    h('button', { type: 'submit', class: 'primary', disabled: phone.busy }, phone.busy ? s.sending : s.send),
  );
}

function ownCard(phone: Phone, card: PhoneCard, open: boolean): HTMLElement {
  const { s } = phone;
  if (phone.editing?.id === card.id) {
    const field = h('textarea', { id: `edit-${card.id}`, rows: 3, 'aria-label': s.cardText, oninput: (e) => (phone.editing!.text = (e.target as HTMLTextAreaElement).value) });
    field.value = phone.editing.text;
    return h(
      'li',
      { class: `card card-${card.color}` },
      field,
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'primary', onclick: () => void phone.saveEdit() }, s.save), h('button', { type: 'button', onclick: () => phone.cancelEdit() }, s.cancel)),
    );
  }
  return h(
    'li',
    { class: `card card-${card.color}` },
    h('p', {}, card.text),
    card.waiting && h('p', { class: 'badge' }, s.waiting),
    // Accepted under "erst prüfen", or in the vote: the server would refuse a change, so none is offered.
    !card.editable && open && h('p', { class: 'hint' }, s.cardLocked),
    card.editable &&
      h(
        'div',
        { class: 'row' },
        // The visible word first, then which card: a screen reader hears more than "Ändern, Ändern, Ändern".
        h('button', { type: 'button', 'aria-label': `${s.edit}: ${card.text}`, onclick: () => phone.startEdit(card) }, s.edit),
        h('button', { type: 'button', 'aria-label': `${s.remove}: ${card.text}`, onclick: () => void phone.deleteCard(card) }, s.remove),
      ),
  );
}

/** The card phase: the form while it is open, and this phone's cards. */
export function cardsView(phone: Phone, view: PhoneView): HTMLElement[] {
  const { s } = phone;
  const open = view.can.addCards;
  return [
    open ? cardForm(phone) : h('p', { class: 'panel notice' }, s.closed),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'my-cards' },
      h('h2', { id: 'my-cards' }, s.myCards),
      view.cards.length === 0 ? h('p', { class: 'hint' }, s.noCards) : h('ul', { class: 'cards' }, ...view.cards.map((c) => ownCard(phone, c, open))),
    ),
  ];
}
