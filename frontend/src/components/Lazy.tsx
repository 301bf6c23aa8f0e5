import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { LoadError } from './LoadError';

export interface LazyScreen<P> {
  (props: P): preact.JSX.Element;
  /** Fetches the screen's code ahead of time, when the browser is idle. */
  prefetch(): void;
}

/**
 * A screen whose code is fetched the first time it is needed, so that the first screen a user sees
 * (login, dashboard) carries only its own code. If the code cannot be fetched (offline, or a new version
 * replaced it), the screen says so and a retry loads the page again.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchCode = () => {
    pending ??= load().then((screen) => (loaded = screen), (error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };

  function Lazy(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState<unknown>(null);
    useEffect(() => {
      if (!Screen) {
        fetchCode().then((screen) => setScreen(() => screen), setError);
      }
    }, []);
    if (error) {
      return <main id="main"><LoadError what={t('what.page')} error={error} onRetry={() => location.reload()} /></main>;
    }
    return Screen ? <Screen {...props} /> : <main id="main"><p class="muted">{t('app.loading')}</p></main>;
  }
  Lazy.prefetch = () => {
    fetchCode().catch(() => undefined);
  };
  return Lazy;
}
