import { h } from './dom';
import type { Phone } from './phone';

// Joining: the code from the QR code's link (after the #, which never reaches
// the network) or typed from the projector. A name is asked only where the
// coach switched on "Namen erfragen", and even then it is optional.

export function joinView(phone: Phone): HTMLElement[] {
  const { s } = phone;
  const code = h('input', {
    id: 'join-code',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: false,
    inputmode: 'text',
    maxlength: 12,
    required: true,
    'aria-describedby': 'join-hint',
    oninput: (e) => (phone.code = (e.target as HTMLInputElement).value),
  });
  code.value = phone.code;
  return [
    h('header', { class: 'top' }, h('h1', {}, s.joinHeading)),
    h(
      'form',
      {
        class: 'panel',
        onsubmit: (e) => {
          e.preventDefault();
          void phone.join();
        },
      },
      h('label', { for: 'join-code' }, s.code),
      h('p', { class: 'hint', id: 'join-hint' }, s.joinHint),
      code,
      h('button', { type: 'submit', class: 'primary', disabled: phone.busy }, phone.busy ? s.joining : s.join),
    ),
  ];
}

/** After joining, where the coach asks for names: one optional field, or on without a name. */
export function nameView(phone: Phone): HTMLElement[] {
  const { s } = phone;
  const name = h('input', { id: 'join-name', name: 'name', autocomplete: 'nickname', maxlength: 80, 'aria-describedby': 'name-hint', oninput: (e) => (phone.name = (e.target as HTMLInputElement).value) });
  name.value = phone.name;
  return [
    h('header', { class: 'top' }, h('p', { class: 'workshop' }, phone.view?.workshopTitle ?? ''), h('h1', {}, s.nameHeading)),
    h(
      'form',
      {
        class: 'panel',
        onsubmit: (e) => {
          e.preventDefault();
          void phone.giveName();
        },
      },
      h('label', { for: 'join-name' }, s.name),
      h('p', { class: 'hint', id: 'name-hint' }, s.nameHint),
      name,
      h('button', { type: 'submit', class: 'primary', disabled: phone.busy }, s.save),
      h('button', { type: 'button', onclick: () => phone.skipName() }, s.noName),
    ),
  ];
}
