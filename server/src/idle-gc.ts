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
 * There is no API for a young-generation collection without V8's test flags: the collector fills the
 * free rest of the young generation with short-lived arrays (a few megabytes, ~0.2 ms), so that V8
 * collects it at once, as it would have a few keystrokes later. The arrays are garbage at once (what
 * the collection copies is what would have survived it anyway). Never throws.
 */
import * as v8 from 'node:v8';

/** Slots of one filler array: 96 KB, below V8's large-object size (they must be allocated in the young generation). */
const CHUNK_SLOTS = 12_000;
const CHUNK_BYTES = CHUNK_SLOTS * 8;
/** At most this many filler arrays per collection (16 MB, the largest young generation Node sets by default). */
const MAX_CHUNKS = 176;

/** Where a filler array is kept while it is made, so that the optimizing compiler cannot leave it out. */
let filler: unknown[] | undefined;

/**
 * Fill the young generation until V8 collects it; true when it did (its use dropped: while arrays are
 * only added it can only grow), false when it could not be brought to (after `MAX_CHUNKS` arrays).
 */
function collectYoung(): boolean {
  const before = youngSpace();
  if (before === undefined) return false;
  let used = before.used;
  let collected = false;
  for (let k = 0; k < MAX_CHUNKS && !collected; k++) {
    filler = new Array(CHUNK_SLOTS);
    // (asked only once the free space should be used up, then after each array)
    if ((k + 1) * CHUNK_BYTES < before.free) continue;
    const now = youngSpace();
    if (now === undefined) break;
    collected = now.used < used;
    used = now.used;
  }
  filler = undefined;
  return collected;
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
    if (this.scheduled) return;
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
      if (collectYoung()) this.collections++;
      this.lastUsed = youngSpace()?.used ?? -1;
    } catch {
      // collection is an optimisation: never a reason to fail
    }
  };
}
