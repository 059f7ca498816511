import { type ReactNode, createContext, useCallback, useContext, useEffect, useState } from 'react';

type Announce = (message: string) => void;
const AnnounceContext = createContext<Announce>(() => undefined);

/**
 * Short confirmations ("Der Verein ist angelegt.") shown at the bottom of
 * the screen and read out by screen readers; they fade on their own.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; id: number } | null>(null);
  const announce = useCallback<Announce>((text) => setMessage({ text, id: Date.now() }), []);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {message && (
          <p className="toast" key={message.id}>
            {message.text}
          </p>
        )}
      </div>
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = (): Announce => useContext(AnnounceContext);
