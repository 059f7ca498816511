// A few lines instead of a framework: the phone page must load fast on a
// cheap phone over a club room's Wi-Fi.

type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;
type Child = Node | string | null | undefined | false;

/** An element with attributes (on* are listeners; false/undefined are left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'value' && 'value' in element) (element as HTMLInputElement).value = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

const isTextField = (el: Element | null): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(el.type));

/**
 * Puts the new tree in place around `kept`, the field the person is typing
 * in, without ever taking that field out of the page: it keeps its focus,
 * value, caret and an unfinished word of the phone's keyboard. Its ancestors
 * stay too (with the new attributes); everything beside them is new.
 * False when the new tree has no such field, or another shape around it.
 */
function graft(root: HTMLElement, holder: HTMLElement, kept: HTMLElement, fresh: HTMLElement): boolean {
  const path: [HTMLElement, HTMLElement][] = [];
  for (let o: HTMLElement = kept, f: HTMLElement = fresh; ; ) {
    const op = o.parentElement;
    const fp = f.parentElement;
    if (!op || !fp || (op === root) !== (fp === holder) || (op !== root && op.tagName !== fp.tagName)) return false;
    path.push([o, f]);
    if (op === root) break;
    o = op;
    f = fp;
  }
  for (const [o, f] of path) {
    for (const a of [...o.attributes]) if (!f.hasAttribute(a.name)) o.removeAttribute(a.name);
    for (const a of [...f.attributes]) if (o.getAttribute(a.name) !== a.value) o.setAttribute(a.name, a.value);
    const siblings = [...f.parentElement!.childNodes];
    const at = siblings.indexOf(f);
    while (o.previousSibling) o.previousSibling.remove();
    while (o.nextSibling) o.nextSibling.remove();
    o.before(...siblings.slice(0, at));
    o.after(...siblings.slice(at + 1));
  }
  return true;
}

/** Replaces what `root` shows, keeping the field being typed in (see graft) and the scroll position. */
export function replace(root: HTMLElement, ...children: Node[]): void {
  const active = document.activeElement;
  const scroll = window.scrollY;
  if (isTextField(active) && active.id && root.contains(active)) {
    const holder = document.createElement('div');
    holder.append(...children);
    const fresh = holder.querySelector<HTMLElement>(`#${CSS.escape(active.id)}`);
    if (fresh && graft(root, holder, active, fresh)) {
      window.scrollTo(0, scroll);
      return;
    }
    children = [...holder.childNodes];
  }
  const focusedId = active instanceof HTMLElement && root.contains(active) ? active.id : '';
  root.replaceChildren(...children);
  if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
  window.scrollTo(0, scroll);
}
