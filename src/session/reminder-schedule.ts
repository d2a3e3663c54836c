/**
 * When the coach says a spec's reminders (what the seed asks that a camera cannot see: "pull in
 * your stomach", "breathe", "slowly and smoothly"). Each is said once a set: the first as counting
 * starts, the others spread over the set's reps, so they come while the person is moving and not
 * all at once. Saying is all: nothing is checked or scored.
 */
export class ReminderSchedule {
  private said = 0;

  constructor(
    private readonly reminders: readonly string[],
    private readonly targetReps: number,
  ) {}

  /** The rep count at which reminder `k` is due: 0 (the start) for the first, then evenly spread. */
  dueAt(k: number): number {
    return Math.floor((k * Math.max(1, this.targetReps)) / this.reminders.length);
  }

  /** The reminders due now that the set has counted `reps`, each returned once. */
  update(reps: number): string[] {
    const due: string[] = [];
    while (this.said < this.reminders.length && reps >= this.dueAt(this.said)) due.push(this.reminders[this.said++]);
    return due;
  }

  /** A new set: every reminder is due again. */
  reset(): void {
    this.said = 0;
  }
}
