/**
 * numeral-usage's short names without 第 or 党的 (`20大精神`, `县18届人大`) read like counts (`全国15大代表城市`,
 * `历经3届人大`): a final attacker's round (2026-12-01) found `--fix` rewriting the counts. No safe fix may change them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';

describe('numeral-usage: counts that look like short names', () => {
  const counts = '选取全国15大代表城市开展试点。本届共有12大代表团参会。该同志历经3届人大，先后在2届人大常委会工作。\n';
  it('--fix leaves them as they are', () => {
    assert.equal(fixAll(counts, { language: 'plaintext' }, 8).text, counts);
  });
  it('a short name is still reported, its fix only offered', () => {
    const text = '县18届人大常委会研究部署，全县上下学习贯彻20大精神。\n';
    const found = lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'numeral-usage');
    assert.equal(found.length, 2);
    assert.ok(found.every((f) => f.fix?.kind === 'suggestion'));
    assert.equal(fixAll(text, { language: 'plaintext' }, 8).text, text);
  });
});
