// Where invitations should point. A page opened at localhost (or 127.0.0.1, [::1]) cannot be
// reached from a phone; served with `npm run serve:room`, this laptop's wifi address is in
// ./room.json (same origin; only that server answers it), and invitations use it instead.
import { useEffect, useState } from 'react';

export function isLoopback(hostname: string): boolean {
  return /^(localhost|127(\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0)$/i.test(hostname) || hostname.toLowerCase().endsWith('.localhost');
}

const ADDRESS = /^https?:\/\/[^\s/?#]+\/$/;

let asked: Promise<string | null> | null = null;

function askRoomServer(): Promise<string | null> {
  asked ??= fetch('./room.json', { cache: 'no-store' })
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : null))
    .then((json) => {
      const addresses = (json as { addresses?: unknown } | null)?.addresses;
      const first = Array.isArray(addresses) ? addresses[0] : undefined;
      return typeof first === 'string' && ADDRESS.test(first) ? first : null;
    })
    .catch(() => null);
  return asked;
}

export interface InvitationBase {
  /** The page is at a loopback address: phones cannot open links built on it. */
  loopback: boolean;
  /** The room server's wifi address, when there is one; null while asking or when there is none. */
  room: string | null;
}

export function useInvitationBase(): InvitationBase {
  const loopback = isLoopback(window.location.hostname);
  const [room, setRoom] = useState<string | null>(null);
  useEffect(() => {
    if (!loopback) return;
    let live = true;
    void askRoomServer().then((address) => live && setRoom(address));
    return () => {
      live = false;
    };
  }, [loopback]);
  return { loopback, room };
}
