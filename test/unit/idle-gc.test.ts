/**
 * server/src/idle-gc.ts: the young generation is collected after an analysis, between messages, when it
 * would not hold another round like the last; never while a message waits.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IdleCollector } from '../../server/src/idle-gc';

/** Allocate about `kb` kilobytes of short-lived objects (what an analysis leaves behind). */
function garbage(kb: number): number {
  let sum = 0;
  for (let i = 0; i < kb * 16; i++) sum += [i, i + 1, i + 2].length;
  return sum;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** `rounds` analyses of `kb` kilobytes each, each followed by the event-loop turn in which the collector checks. */
async function rounds(c: IdleCollector, n: number, kb: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    garbage(kb);
    c.afterAnalysis();
    await turn();
    await turn();
  }
}

describe('IdleCollector', () => {
  it('collects between analyses once the young generation would not hold another one', async () => {
    // a margin larger than any young generation: every check after the first finds too little room
    const c = new IdleCollector(() => false, 1e6);
    await rounds(c, 5, 256);
    assert.ok(c.collections >= 3, `collections: ${c.collections}`);
  });

  it('does not collect while there is room for the next analysis, nor while a message waits', async () => {
    const roomy = new IdleCollector(() => false, 0);
    await rounds(roomy, 5, 256);
    assert.equal(roomy.collections, 0);
    const busy = new IdleCollector(() => true, 1e6);
    await rounds(busy, 5, 256);
    assert.equal(busy.collections, 0);
  });

  it('checks once per turn however many analyses were made in it', async () => {
    const c = new IdleCollector(() => false, 1e6);
    for (let i = 0; i < 20; i++) c.afterAnalysis();
    await turn();
    garbage(256);
    for (let i = 0; i < 20; i++) c.afterAnalysis();
    await turn();
    assert.ok(c.collections <= 1, `collections: ${c.collections}`);
  });
});
