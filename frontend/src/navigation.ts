import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Moves to another address of the app without loading the page again. */
export type Navigate = (to: string) => void;

/** The app provides its router's navigate; outside it, a link simply loads its address. */
export const NavigationContext = createContext<Navigate>((to) => location.assign(to));

export function useNavigate(): Navigate {
  return useContext(NavigationContext);
}
