/**
 * Whether the UI runs in the desktop app, which alone has a disk to keep board backups on. Asked
 * once per bridge: every backup feature hides itself (and writes nothing) in a plain browser.
 */
import { useEffect, useState } from 'react';
import type { BridgeInfo, OwnershipBridge } from '../../shared/ipc';
import { getBridge } from '../platform/bridge';

const answers = new WeakMap<OwnershipBridge, Promise<BridgeInfo | null>>();

/** The bridge's info on the desktop; null in a browser, or when the shell does not answer. */
export function desktopInfo(bridge: OwnershipBridge = getBridge()): Promise<BridgeInfo | null> {
  let answer = answers.get(bridge);
  if (answer === undefined) {
    answer = bridge.info().then(
      (info) => (info.shell === 'desktop' ? info : null),
      () => null,
    );
    answers.set(bridge, answer);
  }
  return answer;
}

/** False until the desktop shell has answered (and for good in a browser). */
export function useIsDesktop(): boolean {
  const [desktop, setDesktop] = useState(false);
  useEffect(() => {
    let current = true;
    void desktopInfo().then((info) => {
      if (current) setDesktop(info !== null);
    });
    return () => {
      current = false;
    };
  }, []);
  return desktop;
}
