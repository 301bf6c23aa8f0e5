import { useEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  retry(): void;
}

/**
 * The answer of a request made again whenever `deps` change. An answer that arrives after a newer request
 * was made is dropped, so a quick change of mind never shows the older answer.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> & { set(data: T): void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    load().then((answer) => {
      if (current) {
        setData(answer);
        setLoading(false);
      }
    }, (failure: unknown) => {
      if (current) {
        setError(failure);
        setLoading(false);
      }
    });
    return () => {
      current = false;
    };
  }, [...deps, attempt]);
  return { data, error, loading, retry: () => setAttempt((n) => n + 1), set: setData };
}
