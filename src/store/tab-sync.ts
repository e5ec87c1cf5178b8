// Two tabs on one device: after each save a tab says so on a BroadcastChannel, and the others
// reload their state from storage, so an answer given in one tab is not overwritten by the other.
import { newId } from '../core/assessment';

const CHANNEL = 'fivefold';
const tabId = newId();

let channel: BroadcastChannel | null = null;

function open(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

export function announceSave(): void {
  open()?.postMessage({ type: 'saved', tab: tabId });
}

export function onOtherTabSaved(reload: () => void): () => void {
  const ch = open();
  if (!ch) return () => {};
  const listener = (event: MessageEvent) => {
    const data = event.data as { type?: string; tab?: string } | null;
    if (data?.type === 'saved' && data.tab !== tabId) reload();
  };
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}
