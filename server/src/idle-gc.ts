/**
 * Collecting V8's young generation while the client reads an answer, instead of in the middle of the next
 * keystroke's analysis. On a draft with thousands of findings a keystroke allocates a few megabytes; when
 * the young generation fills up, V8 stops the server for a scavenge (several milliseconds: its cost is what
 * survives, one version's data, not what was allocated) inside whichever analysis triggered it, and that
 * keystroke's answer is late by that much: most of the slow keystrokes of the latency benchmark (p95) were
 * these. After a full diagnostic report (thousands of diagnostics for the client to parse and show) the
 * server has nothing to do until the next message; a scavenge then, when the young generation is already
 * well filled, costs the same as V8's own later one and delays nothing. Nothing here changes a result.
 *
 * Needs V8's `gc` function (Node's `--expose-gc`, which the extension passes: client/src/server-launch.ts);
 * without it (`gongwen lsp` from a terminal) this does nothing and V8 collects as it always does.
 */
import { getHeapSpaceStatistics } from 'node:v8';

/** V8's `gc` as `--expose-gc` exposes it (the options form: `{ type: 'minor' }` is a scavenge of the young generation). */
export type GcFunction = (options: { type: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;

/**
 * How full V8's young generation is, from 0 to 1: the bytes used in new space over those used plus those
 * still available before a scavenge (`v8.getHeapSpaceStatistics`). 0 when Node does not report new space.
 */
export function youngGenerationFill(): number {
  for (const s of getHeapSpaceStatistics()) {
    if (s.space_name !== 'new_space') continue;
    const room = s.space_used_size + s.space_available_size;
    return room > 0 ? s.space_used_size / room : 0;
  }
  return 0;
}

/** What `YoungCollector` needs from the process and the transport (tests pass their own). */
export interface CollectorDeps {
  /** V8's `gc`, or undefined when the process was started without `--expose-gc` (then nothing is collected). */
  gc: GcFunction | undefined;
  /** Messages received and not yet handled (`InboundQueue.backlog`): a scavenge would delay them. */
  backlog: () => number;
  /** How full the young generation is, 0 to 1 (default `youngGenerationFill`). */
  fill?: () => number;
  /** Runs `f` once the current turn's output has been written and input read (default `setImmediate`). */
  later?: (f: () => void) => void;
}

/**
 * Collects the young generation after a large answer (see the module comment). `afterLargeAnswer` is
 * called when a full diagnostic report or a push has been handed to the writer; on the next turn of the
 * event loop (the answer written, any message already sent by the client read), when no message waits and
 * the young generation is at least `threshold` full, it runs one scavenge. At most one is pending at a time.
 */
export class YoungCollector {
  /** Scavenges run so far (for logs and tests). */
  collections = 0;
  private pending = false;
  private readonly fill: () => number;
  private readonly later: (f: () => void) => void;

  /**
   * `threshold`: the least fill (0 to 1) worth a scavenge. Lower collects more often than V8 would (more
   * CPU in all, each costing about the same); at 0.5 a scavenge comes at most twice as often as V8's own,
   * and an answer that keeps the client busy comes often enough on a draft with many findings that V8's
   * own scavenge, at a full young generation, is rare.
   */
  constructor(
    private readonly deps: CollectorDeps,
    private readonly threshold = 0.5,
  ) {
    this.fill = deps.fill ?? youngGenerationFill;
    this.later = deps.later ?? ((f) => void setImmediate(f));
  }

  /** A large answer was just handed to the writer: collect on the next turn if worth it (see the class comment). */
  afterLargeAnswer(): void {
    if (this.deps.gc === undefined || this.pending) return;
    this.pending = true;
    this.later(() => {
      this.pending = false;
      const gc = this.deps.gc;
      if (gc === undefined || this.deps.backlog() > 0 || this.fill() < this.threshold) return;
      gc({ type: 'minor' });
      this.collections++;
    });
  }
}

/** V8's `gc` function when the process exposes it (`--expose-gc`), else undefined. */
export function exposedGc(): GcFunction | undefined {
  const gc = (globalThis as { gc?: unknown }).gc;
  return typeof gc === 'function' ? (gc as GcFunction) : undefined;
}
