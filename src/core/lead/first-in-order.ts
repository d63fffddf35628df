/**
 * The first `k` items of a stream in a given order, without keeping or sorting the rest: a page of
 * the lead list out of 100,000 matching rows then costs about one look at each row, instead of an
 * object per row and a sort of all of them.
 */
export class FirstInOrder<T> {
  /** A max-heap by `compare`: the last of the kept items at the root. */
  private readonly heap: T[] = [];

  constructor(private readonly k: number, private readonly compare: (a: T, b: T) => number) {}

  /** The last item kept once `k` are kept (an item not before it is not taken); undefined before. */
  get last(): T | undefined {
    return this.k > 0 && this.heap.length >= this.k ? this.heap[0] : undefined;
  }

  add(item: T): void {
    const heap = this.heap;
    if (this.k <= 0) return;
    if (heap.length < this.k) {
      heap.push(item);
      this.up(heap.length - 1);
    } else if (this.compare(item, heap[0]!) < 0) {
      heap[0] = item;
      this.down(0);
    }
  }

  /** The kept items in order. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }

  private up(at: number): void {
    const heap = this.heap;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.compare(heap[at]!, heap[parent]!) <= 0) return;
      [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
      at = parent;
    }
  }

  private down(at: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let largest = at;
      if (left < heap.length && this.compare(heap[left]!, heap[largest]!) > 0) largest = left;
      if (right < heap.length && this.compare(heap[right]!, heap[largest]!) > 0) largest = right;
      if (largest === at) return;
      [heap[at], heap[largest]] = [heap[largest]!, heap[at]!];
      at = largest;
    }
  }
}
