/**
 * The print route: the app shows the print view instead of the board while the page's location
 * hash is a print address (shared/print.ts). Followed live, so a tab can go to `#print?…` and back
 * without a reload.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { parsePrintAddress, type PrintAddress } from '../../shared/print';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

const currentHash = () => window.location.hash;

/** The print request in the address and how it is shown, or null on the board. */
export function usePrintAddress(): PrintAddress | null {
  const hash = useSyncExternalStore(subscribe, currentHash);
  // One request object per address, so effects keyed on it run once per print.
  return useMemo(() => parsePrintAddress(hash), [hash]);
}
