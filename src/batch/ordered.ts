// Results arrive in completion order; stdout NDJSON, --errors and --manifest are written in input order.
export class Ordered<T> {
  private readonly held = new Map<number, T | null>();
  private next = 0;
  private wake: Array<() => void> = [];

  constructor(private readonly emit: (item: T) => void) {}

  /** Index of the first input not yet written. */
  get written(): number { return this.next; }

  /** Hands over the result of input `index` (null: nothing to write) and writes everything now in order. */
  put(index: number, item: T | null): void {
    this.held.set(index, item);
    while (this.held.has(this.next)) {
      const it = this.held.get(this.next)!;
      this.held.delete(this.next);
      this.next++;
      if (it !== null) this.emit(it);
    }
    for (const w of this.wake.splice(0)) w();
  }

  /** Waits until fewer than `window` results are held, so a slow first input cannot make memory grow without bound. */
  async room(index: number, window: number): Promise<void> {
    while (index - this.next >= window) await new Promise<void>((r) => this.wake.push(r));
  }
}
