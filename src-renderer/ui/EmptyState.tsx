import type { ReactNode } from 'react';

/** Every empty list says what to do first. */
export function EmptyState({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      <p>{text}</p>
      {children && <div className="empty-state-actions">{children}</div>}
    </div>
  );
}
