/**
 * The engine's own helpers (core/lint.ts): rule options overlaid on their declared defaults, and the shape
 * of a finding (its keys and their order, which a LintSession's moved findings copy).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint, ruleOptions, RULES, type Rule } from '../../server/src/core';

const base = RULES.find((r) => r.meta.id === 'punctuation-duplicate')!;

test('ruleOptions: declared defaults overlaid with the given values, unknown keys dropped, in declared order', () => {
  const rule: Rule = {
    meta: { ...base.meta, id: 'opts', options: { b: { type: 'number', default: 2, description: { zh: '乙', en: 'b' } }, a: { type: 'boolean', default: false, description: { zh: '甲', en: 'a' } } } } as Rule['meta'],
    check() {},
  };
  assert.deepEqual(Object.entries(ruleOptions(rule)), [['b', 2], ['a', false]]);
  assert.deepEqual(Object.entries(ruleOptions(rule, { a: true, z: 1 })), [['b', 2], ['a', true]]);
  // a given undefined is a given value
  assert.deepEqual(Object.entries(ruleOptions(rule, { b: undefined })), [['b', undefined], ['a', false]]);
  assert.deepEqual(ruleOptions(base, { x: 1 }), {});
});

test('a finding has rule … end, then fix and group only when reported', () => {
  const rule: Rule = {
    meta: { ...base.meta, id: 'shape' },
    check(ctx) {
      ctx.report({ message: { zh: '甲', en: 'a' }, start: 0, end: 1 });
      ctx.report({ group: 'g', message: { zh: '乙', en: 'b' }, start: 1, end: 2, fix: { title: { zh: '改', en: 'fix' }, edits: [], kind: 'safe' } });
    },
  };
  const keys = lint('甲乙丙', {}, [rule]).findings.map((f) => Object.keys(f).join(','));
  assert.deepEqual(keys, ['rule,severityKey,severity,basis,message,start,end', 'rule,severityKey,severity,basis,message,start,end,fix,group']);
});
