// The simulation worker's entry: one Session exposed over comlink. Snapshots go back to the
// page's subscriber with their heap-map buffer transferred, not copied.
import * as Comlink from 'comlink';
import { Session } from './session.ts';

const session = new Session({
  now: () => performance.now(),
  schedule: (fn, delayMs) => {
    setTimeout(fn, delayMs);
  },
  deliver: (listener, snap, transfer) => {
    listener(Comlink.transfer(snap, transfer));
  },
});

Comlink.expose(session);
