/**
 * The young-generation collector the server runs after a large answer (server/src/idle-gc.ts): when it
 * collects, when it must not (a message waiting, a young generation still nearly empty, no `gc`), and that
 * a burst of answers schedules one check.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exposedGc, YoungCollector, youngGenerationFill, type GcFunction } from '../../server/src/idle-gc';

/** A collector over fakes: `run()` runs the scheduled check; `calls` the options `gc` got. */
function fake(opts: { fill: number; backlog?: number; gc?: boolean; threshold?: number }) {
  const calls: Array<Parameters<GcFunction>[0]> = [];
  const queued: Array<() => void> = [];
  const state = { fill: opts.fill, backlog: opts.backlog ?? 0 };
  const c = new YoungCollector(
    { gc: opts.gc === false ? undefined : (o) => void calls.push(o), backlog: () => state.backlog, fill: () => state.fill, later: (f) => void queued.push(f) },
    opts.threshold,
  );
  const run = () => {
    for (const f of queued.splice(0)) f();
  };
  return { c, calls, queued, state, run };
}

describe('YoungCollector', () => {
  it('scavenges on the next turn when the young generation is at least half full and nothing waits', () => {
    const { c, calls, queued, run } = fake({ fill: 0.6 });
    c.afterLargeAnswer();
    assert.equal(calls.length, 0, 'not during the turn that answered (the answer is written first)');
    assert.equal(queued.length, 1);
    run();
    assert.deepEqual(calls, [{ type: 'minor' }]);
    assert.equal(c.collections, 1);
  });

  it('does not scavenge a young generation below the threshold', () => {
    const { c, calls, run } = fake({ fill: 0.49 });
    c.afterLargeAnswer();
    run();
    assert.equal(calls.length, 0);
    const t = fake({ fill: 0.3, threshold: 0.25 });
    t.c.afterLargeAnswer();
    t.run();
    assert.equal(t.calls.length, 1, 'a lower threshold collects a less filled generation');
  });

  it('does not scavenge while a message waits (the fill is read when the check runs, not when it was scheduled)', () => {
    const { c, calls, state, run } = fake({ fill: 0.9, backlog: 0 });
    c.afterLargeAnswer();
    state.backlog = 1; // a keystroke arrived before the check ran
    run();
    assert.equal(calls.length, 0);
    state.backlog = 0;
    state.fill = 0.1;
    c.afterLargeAnswer();
    state.fill = 0.7;
    run();
    assert.equal(calls.length, 1);
  });

  it('schedules one check for a burst of answers, and a new one after it ran', () => {
    const { c, calls, queued, run } = fake({ fill: 0.8 });
    c.afterLargeAnswer();
    c.afterLargeAnswer();
    c.afterLargeAnswer();
    assert.equal(queued.length, 1);
    run();
    c.afterLargeAnswer();
    assert.equal(queued.length, 1);
    run();
    assert.equal(calls.length, 2);
  });

  it('does nothing without V8’s gc function (a process started without --expose-gc)', () => {
    const { c, calls, queued } = fake({ fill: 1, gc: false });
    c.afterLargeAnswer();
    assert.equal(queued.length, 0);
    assert.equal(calls.length, 0);
    assert.equal(c.collections, 0);
  });
});

describe('youngGenerationFill and exposedGc', () => {
  it('reads a fill between 0 and 1 that grows as the young generation fills', () => {
    const before = youngGenerationFill();
    assert.ok(before >= 0 && before <= 1, String(before));
    const keep: object[] = [];
    let grew = false;
    for (let i = 0; i < 20_000 && !grew; i++) {
      keep.push({ i, s: `x${i}` });
      grew = youngGenerationFill() > before;
    }
    assert.ok(grew, 'allocating raised the fill');
    assert.ok(keep.length > 0);
  });

  it('gives globalThis.gc exactly when the process exposes it', () => {
    const g = (globalThis as { gc?: unknown }).gc;
    assert.equal(exposedGc(), typeof g === 'function' ? g : undefined);
  });
});
