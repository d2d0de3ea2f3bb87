/**
 * Young-generation garbage collection between analyses instead of in the middle of one.
 *
 * Each keystroke's analysis allocates a few megabytes on a document with thousands of findings (the
 * lines, sections and findings after the edit move, so they are new objects; heavy draft of issue 9
 * §6: ~2.3 MB). V8 collects its young generation (a "scavenge", 4–9 ms there: it copies what is still
 * alive, the current version's analysis) whenever the generation fills up, that is in the middle of some
 * keystroke's analysis, every five or six keystrokes: that keystroke's diagnostics come 4–9 ms late.
 * Once an answer is written and no message is waiting, the server has nothing to do until the next
 * keystroke: when the young generation would not hold another analysis like the last one, it is
 * collected then. The collections are as many as before, they move to the idle time after an answer.
 *
 * The collector is V8's `gc` function, made available at run time (`--expose-gc` in a new context: the
 * server's own globals get no `gc`). When V8 or Node does not offer it, nothing happens. Never throws.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

type Collect = (options: { type: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;

/** V8's collector, or null when it cannot be had (then the server leaves collection to V8). */
let collect: Collect | null | undefined;

function collector(): Collect | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc: unknown = vm.runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as Collect) : null;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Bytes in use and still free in the young generation (`new_space`), or undefined when V8 does not say. */
function youngSpace(): { used: number; free: number } | undefined {
  const spaces = v8.getHeapSpaceStatistics();
  for (let i = 0; i < spaces.length; i++) {
    const s = spaces[i];
    if (s.space_name === 'new_space') return { used: s.space_used_size, free: s.space_available_size };
  }
  return undefined;
}

/**
 * Collects the young generation between analyses (see the module comment). One per process (the heap
 * is the process's); `afterAnalysis` is cheap (one `setImmediate`).
 */
export class IdleCollector {
  /** Young-generation bytes in use at the last check, and how much one analysis and its answers allocated (an estimate). */
  private lastUsed = -1;
  private perRound = 0;
  private scheduled = false;
  /** Collections made so far (for tests and logs). */
  collections = 0;

  /**
   * @param busy whether a message is waiting to be handled (then the next analysis is due: no collection now).
   * @param margin collect when less than `margin` times the estimated allocation of one analysis is free.
   */
  constructor(
    private readonly busy: () => boolean = () => false,
    private readonly margin = 1.5,
  ) {}

  /** An analysis was computed: once its answer is written (the same turn), check whether to collect. */
  afterAnalysis(): void {
    if (this.scheduled || collector() === null) return;
    this.scheduled = true;
    setImmediate(this.check);
  }

  private readonly check = (): void => {
    this.scheduled = false;
    try {
      const young = youngSpace();
      if (young === undefined) return;
      // (a drop means V8 collected meanwhile: keep the last estimate)
      if (this.lastUsed >= 0 && young.used > this.lastUsed) this.perRound = young.used - this.lastUsed;
      this.lastUsed = young.used;
      if (this.perRound === 0 || young.free >= this.margin * this.perRound || this.busy()) return;
      collector()?.({ type: 'minor' });
      this.collections++;
      this.lastUsed = youngSpace()?.used ?? -1;
    } catch {
      // collection is an optimisation: never a reason to fail
    }
  };
}
