import { useTranslation } from 'react-i18next';

export interface Crumb {
  label: string;
  href?: string;
}

/** Shorter labels fit as they are; longer ones keep their end visible when space runs out. */
const SPLIT_FROM = 24;
const TAIL_MAX = 18;

/**
 * Splits a long label into a head that may shrink to "…" and a tail that stays:
 * "Förderverein der Grund…Leipzig-Ost e.V." keeps what tells clubs apart, which
 * is often at the end. The tail is the last words up to TAIL_MAX characters.
 */
export function splitLabel(label: string): { head: string; tail: string } | null {
  if (label.length <= SPLIT_FROM) return null;
  const words = label.split(' ');
  let tail = words.pop()!;
  while (words.length > 1 && `${words[words.length - 1]} ${tail}`.length <= TAIL_MAX) tail = `${words.pop()} ${tail}`;
  // One long last word (or a name without spaces): keep its last characters.
  if (tail.length > TAIL_MAX || words.length === 0) {
    const cut = label.length - 12;
    return { head: label.slice(0, cut), tail: label.slice(cut) };
  }
  // The space stays with the head: cut, it reads "…am Stadtpark…Leipzig-Ost" without an underlined gap.
  return { head: `${words.join(' ')} `, tail };
}

/**
 * The label as shown: long ones shrink in the middle (CSS ellipsis on the head).
 * The full text is there for screen readers, and as the tooltip.
 */
function CrumbLabel({ label }: { label: string }) {
  const parts = splitLabel(label);
  if (!parts) return <>{label}</>;
  return (
    <>
      <span className="crumb-short" aria-hidden="true">
        <span className="crumb-head">{parts.head}</span>
        <span className="crumb-tail">{parts.tail}</span>
      </span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.breadcrumb')} className="breadcrumbs">
      <ol>
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`}>
            {item.href ? (
              <a href={item.href} title={item.label}>
                <CrumbLabel label={item.label} />
              </a>
            ) : (
              <span aria-current="page" title={item.label}>
                <CrumbLabel label={item.label} />
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
