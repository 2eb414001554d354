import type { Logger } from '../common/ports.ts';
import type { EventName, EventPayloadOf } from '../../shared/contract.ts';

export type EventListener = <E extends EventName>(name: E, payload: EventPayloadOf<E>) => void;

/** Fan-out of pushed events to the shells; a failing listener never stops the others. */
export class EventHub {
  readonly #listeners = new Set<EventListener>();
  readonly #logger: Logger;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  on(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayloadOf<E>): void {
    for (const listener of this.#listeners) {
      try {
        listener(name, payload);
      } catch (error) {
        this.#logger.error(`A listener for ${name} failed: ${(error as Error).message}`);
      }
    }
  }
}
