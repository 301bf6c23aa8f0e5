import { useEffect, useState } from 'preact/hooks';
import { getLimits, type Limits } from './api/limits';

/**
 * The server's input limits, or undefined until they arrive. Inputs then go without length attributes
 * rather than guess numbers that may not match the server's.
 */
export function useLimits(): Limits | undefined {
  const [limits, setLimits] = useState<Limits>();
  useEffect(() => {
    getLimits().then(setLimits, () => undefined);
  }, []);
  return limits;
}
