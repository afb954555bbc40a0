// The time everything time-dependent in 精准实施 reads: the system's, or (tests) one shared through the database.

/** Inject this, never `new Date()`, where a test must be able to move time. */
export abstract class Clock {
  abstract now(): Date;
  /** Refreshes whatever `now()` depends on; call before a unit of work that must see the latest time. */
  async sync(): Promise<void> {
    // the system clock needs nothing
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
