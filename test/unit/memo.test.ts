/**
 * TextMemo (core/memo.ts): a value is computed once while its key is in use, kept into the next version
 * when the version just finished used it, and dropped otherwise (a table holds about two versions' keys).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextMemo } from '../../server/src/core/memo';

test('a memo computes once per key and keeps only what the last version used', () => {
  const memo = new TextMemo<number>();
  let calls = 0;
  const len = (s: string) => (calls++, s.length);
  assert.equal(memo.get('甲乙', len), 2);
  assert.equal(memo.get('丙', len), 1);
  assert.equal(memo.get('甲乙', len), 2);
  assert.equal(calls, 2);
  memo.rotate(); // version 1 begins; version 0 used both
  assert.equal(memo.get('甲乙', len), 2);
  assert.equal(calls, 2, 'kept from the version before');
  memo.rotate(); // version 2: version 1 used only 甲乙
  assert.equal(memo.get('丙', len), 1);
  assert.equal(calls, 3, '丙 was not used by version 1: dropped, computed again');
  memo.set('丙', 7);
  assert.equal(memo.get('丙', len), 7);
  memo.rotate();
  memo.rotate(); // two versions without a use: empty
  assert.equal(memo.get('甲乙', len), 2);
  assert.equal(memo.get('丙', len), 1);
  assert.equal(calls, 5);
});
