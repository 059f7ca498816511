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

/** Replaces what `root` shows, keeping the focused field, its caret and the scroll position. */
export function replace(root: HTMLElement, ...children: Node[]): void {
  const active = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
  const focusedId = active && root.contains(active) ? active.id : '';
  let caret: [number, number] | null = null;
  try {
    // Only text fields have a caret: buttons and radios have no selection at all.
    if (focusedId && active && typeof active.selectionStart === 'number') caret = [active.selectionStart, active.selectionEnd ?? active.selectionStart];
  } catch {
    // Radio buttons and the like have no caret.
  }
  const scroll = window.scrollY;
  root.replaceChildren(...children);
  if (focusedId) {
    const again = document.getElementById(focusedId) as HTMLInputElement | null;
    again?.focus({ preventScroll: true });
    if (again && caret && typeof again.setSelectionRange === 'function') again.setSelectionRange(caret[0], caret[1]);
  }
  window.scrollTo(0, scroll);
}
