// compatibleEdits and applyEdits at scale and at the edges: the same choices as the plain pairwise
// definition, time that grows like n log n (hang guards, no timed assertions), and no U+FEFF
// brought to the front of a text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { applyEdits, compatibleEdits } from '../../server/src/core/fix';
import { fixAll } from '../../server/src/core/autofix';
import type { Fix, OffsetEdit } from '../../server/src/core/types';

const fix = (...edits: Array<[number, number, string?]>): Fix => ({
  title: { zh: '修复', en: 'fix' },
  kind: 'safe',
  edits: edits.map(([start, end, newText = '']) => ({ start, end, newText })),
});

/** The definition, pairwise and quadratic: a fix is taken when none of its edits overlaps an edit taken before. */
function reference(fixes: readonly Fix[]): { taken: Fix[]; deferred: Fix[] } {
  const taken: Fix[] = [];
  const deferred: Fix[] = [];
  const ranges: OffsetEdit[] = [];
  const overlap = (a: OffsetEdit, b: OffsetEdit) => a.start < b.end && b.start < a.end;
  for (const f of fixes) {
    if (f.edits.some((e) => ranges.some((r) => overlap(e, r)))) deferred.push(f);
    else {
      taken.push(f);
      ranges.push(...f.edits);
    }
  }
  return { taken, deferred };
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('compatibleEdits', () => {
  it('insertions: at a boundary they pass, strictly inside they wait, at one offset they all pass', () => {
    const r = compatibleEdits([fix([2, 5]), fix([2, 2, 'a']), fix([5, 5, 'b']), fix([3, 3, 'c']), fix([7, 7, 'd']), fix([7, 7, 'e']), fix([6, 8]), fix([8, 9])]);
    assert.deepEqual(
      r.taken.map((f) => f.edits[0].newText || `${f.edits[0].start}-${f.edits[0].end}`),
      ['2-5', 'a', 'b', 'd', 'e', '8-9'],
    );
    assert.equal(r.deferred.length, 2);
  });

  it('a fix is all or nothing: one overlapping edit defers all of its edits', () => {
    const r = compatibleEdits([fix([0, 2]), fix([10, 12], [1, 3])]);
    assert.equal(r.taken.length, 1);
    assert.deepEqual(r.edits, [{ start: 0, end: 2, newText: '' }]);
  });

  it('chooses exactly what the pairwise definition chooses (2,000 random sets)', () => {
    const rnd = random(9704);
    for (let round = 0; round < 2000; round++) {
      const span = 5 + Math.floor(rnd() * 60);
      const fixes = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () =>
        fix(
          ...Array.from({ length: 1 + Math.floor(rnd() * 3) }, (): [number, number] => {
            const s = Math.floor(rnd() * span);
            return [s, rnd() < 0.3 ? s : s + 1 + Math.floor(rnd() * 6)];
          }),
        ),
      );
      const want = reference(fixes);
      const got = compatibleEdits(fixes);
      assert.deepEqual(got.taken, want.taken, JSON.stringify(fixes.map((f) => f.edits)));
      assert.deepEqual(got.deferred, want.deferred);
    }
  });

  // 200,000 fixes: the pairwise check needs ~10^10 comparisons (minutes); n log n needs a second or two.
  it('200,000 fixes, half of them overlapping, finish (hang guard)', { timeout: 120_000 }, () => {
    const n = 200_000;
    const fixes: Fix[] = [];
    for (let i = 0; i < n; i++) fixes.push(i % 2 === 0 ? fix([i * 4, i * 4 + 3]) : fix([(i - 1) * 4 + 1, (i - 1) * 4 + 2, 'x']));
    // Fixes in reverse order too: no reliance on sorted input.
    for (const list of [fixes, [...fixes].reverse()]) {
      const r = compatibleEdits(list);
      assert.equal(r.taken.length + r.deferred.length, n);
      assert.equal(r.taken.length, n / 2);
    }
  });
});

describe('applyEdits and U+FEFF', () => {
  it('skips a deletion that would bring an inner U+FEFF to the front', () => {
    const text = '广告一行\n\ufeff正文\n广告二行\n';
    const first = { start: 0, end: 5, newText: '' };
    const last = { start: 8, end: 13, newText: '' };
    const r = applyEdits(text, [last, first]);
    assert.equal(r.text, '广告一行\n\ufeff正文\n');
    assert.deepEqual(r.applied, [last]);
    assert.deepEqual(r.skipped, [first]);
  });

  it('also through several adjacent edits and insertions at offset 0', () => {
    const text = 'ab\ufeffc';
    const r = applyEdits(text, [
      { start: 0, end: 0, newText: '' },
      { start: 0, end: 1, newText: '' },
      { start: 1, end: 2, newText: '' },
    ]);
    // The empty insertion, then the deletion of "a", are dropped; deleting "b" alone is fine.
    assert.equal(r.text, 'a\ufeffc');
    assert.deepEqual(r.applied, [{ start: 1, end: 2, newText: '' }]);
    assert.equal(r.skipped.length, 2);
  });

  it('leaves a text that starts with U+FEFF, and other edits, alone', () => {
    assert.equal(applyEdits('\ufeffx\ufeffy', [{ start: 1, end: 2, newText: '' }]).text, '\ufeff\ufeffy');
    assert.equal(applyEdits('ab\ufeff', [{ start: 0, end: 1, newText: '' }]).text, 'b\ufeff');
  });

  it('fixAll never turns an inner U+FEFF into a leading one', () => {
    const r = fixAll('微信扫码领取福利\n\ufeff各单位要认真落实。\n', { language: 'plaintext' });
    assert.notEqual(r.text.charCodeAt(0), 0xfeff);
  });
});

describe('--fix on tens of thousands of fixable lines', () => {
  it('the built CLI fixes 40,000 residue lines in one run (hang guard)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-scale-'));
    try {
      const p = path.join(dir, 'big.txt');
      const keep = '各单位要认真落实本通知要求。';
      fs.writeFileSync(p, `${keep}\n微信扫码领取福利\n`.repeat(40_000));
      const bin = path.join(__dirname, '..', '..', 'dist', 'cli.js');
      const r = spawnSync(process.execPath, [bin, 'check', '--fix', '--lang', 'en', p], { encoding: 'utf8', timeout: 180_000 });
      assert.equal(r.error, undefined, 'finished');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /; 40000 fixed/);
      assert.equal(fs.readFileSync(p, 'utf8'), `${keep}\n`.repeat(40_000));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
