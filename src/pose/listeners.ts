/** Callbacks to call in the order they were added; adding one gives back its removal. */
export class Listeners<A extends unknown[]> {
  private readonly set = new Set<(...args: A) => void>();

  add(listener: (...args: A) => void): () => void {
    this.set.add(listener);
    return () => void this.set.delete(listener);
  }

  call(...args: A): void {
    for (const listener of this.set) listener(...args);
  }
}
