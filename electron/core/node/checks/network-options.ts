import type { LookupFunction } from 'node:net';

/** How the network check types reach the network. Every field defaults to the system's. */
export interface NetworkOptions {
  /**
   * Name resolution, as in `net.connect({ lookup })`. Defaults to `dns.lookup`, which
   * honours /etc/hosts and the OS resolver like every other program on the laptop.
   * Tests pass a fake so that no case depends on the outside network.
   */
  readonly lookup?: LookupFunction;
}
