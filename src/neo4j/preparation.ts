/** What preparing the database has reached: its schema steps, the seed import, or done. */
export type PreparationState = 'migrating' | 'seeding' | 'ready';

/**
 * How far preparing the database has got, shared by the step that prepares it
 * (prepareDatabase) and `/ready`, which answers 200 only once it says `ready`. Create one per
 * process: main.ts starts it at `migrating`; a caller that prepared the database itself (the
 * tests' server, after their global setup) starts it at `ready`.
 */
export class Preparation {
  constructor(private current: PreparationState = 'migrating') {}

  get state(): PreparationState {
    return this.current;
  }

  get isReady(): boolean {
    return this.current === 'ready';
  }

  /** Moves to `state`; once ready it stays ready (a later retry cannot make the API unready). */
  enter(state: PreparationState): void {
    if (this.current !== 'ready') this.current = state;
  }
}
