// The simulation worker's entry: one Session exposed over comlink. Snapshots go back to the
// page's subscriber with their heap-map buffer transferred, not copied.
import * as Comlink from 'comlink';
import { Session } from './session.ts';

// A zero-delay continuation goes through a MessageChannel: nested setTimeout(0) is clamped to
// 4 ms, which idled a full-speed run for about a third of its time between 8 ms slices.
const channel = new MessageChannel();
const queued: (() => void)[] = [];
channel.port1.onmessage = () => queued.shift()?.();

const session = new Session({
  now: () => performance.now(),
  schedule: (fn, delayMs) => {
    if (delayMs > 0) {
      setTimeout(fn, delayMs);
      return;
    }
    queued.push(fn);
    channel.port2.postMessage(null);
  },
  deliver: (listener, snap, transfer) => {
    listener(Comlink.transfer(snap, transfer));
  },
});

Comlink.expose(session);
