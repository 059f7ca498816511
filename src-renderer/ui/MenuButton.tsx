import { type ReactNode, useRef } from 'react';
import { Icon } from './Icon';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

/**
 * A small menu on a native <details>: keyboard and screen readers know it,
 * Escape closes it, choosing an item closes it.
 */
export function MenuButton({ label, items, busy }: { label: ReactNode; items: MenuItem[]; busy?: boolean }) {
  const details = useRef<HTMLDetailsElement>(null);
  const close = (): void => {
    if (details.current) details.current.open = false;
  };
  return (
    <details
      ref={details}
      className="menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && details.current?.open) {
          e.stopPropagation();
          close();
          details.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className="btn" aria-busy={busy}>
        {label}
        <Icon name="chevronDown" size={18} />
      </summary>
      <div className="menu-items">
        {items.map((item) => (
          <button
            key={item.label}
            type="button"
            className="menu-item"
            disabled={item.disabled}
            onClick={() => {
              close();
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </details>
  );
}
