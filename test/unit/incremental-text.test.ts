/**
 * Sessions against full lints where the text layer (prose mask, paragraphs) and the enumeration chains
 * decide the findings: edits inside and around inline code, links, HTML, quotations that span lines,
 * ordinal chains, a paragraph split or joined, CRLF, and undo back to an older text. The random edits
 * are drawn near the characters those passes react to, where a wrong reuse would show.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint, LintSession, type LintOptions } from '../../server/src/core';
import { Source } from '../../server/src/core/source';
import { SourceMemo } from '../../server/src/core/memo';
import { findChains } from '../../server/src/core/chains';
import { prng } from '../helpers/prng';

const plain = (r: ReturnType<typeof lint>) => r.findings.map((f) => JSON.stringify(f));

/** A draft in my own words with the constructs the text layer and the chains read. */
const BASE = [
  '关于做好年度工作的通知',
  '',
  '各有关单位：',
  '',
  '现将有关事项通知如下。一是加强领导，`代码 span` 不算正文；二是完善制度，详见[办法](https://example.com/a "标题")；四是强化督查。',
  '',
  '他说：“第一，要抓落实，',
  '第二，要重实效。”会后<b>加粗</b>再议。',
  '',
  '一、总体要求',
  '',
  '主要有两点：（1）统筹推进；（2）分步实施；（4）总结评估。',
  '',
  '> 引用中的“引号',
  '> 跨行”与 www.example.org 地址',
  '',
  '| 项目 | 说明 |',
  '|---|---|',
  '| 一是 | 二是 |',
  '',
  '```',
  '一是代码；三是代码',
  '```',
  '',
  '其一，明确目标；其二，压实责任；其四，加强考核。联系邮箱 ab@example.org。',
  '',
  '二、工作安排',
  '',
  '首先，统一思想，第二，细化分工。',
  '',
  '首先，统一思想。其次，细化分工。',
  '第三，抓好落实；最后，总结经验。',
  '',
].join('\n');

/** Snippets inserted at a chosen spot: markup openers and closers, quotes, line breaks, ordinals. */
const INSERTS = ['首先，', '其次，', '再次，', '最后', '第二，', '``', '[', ']', '(', ')', '](x)', '<', '>', '<i>', '</i>', '“', '”', '"', '\n', '\n\n', '\r\n', '一是', '二是', '三、', '（3）', '第三，', '。', '；', '**', '_', 'http://a.cn', '@', '的', ' ', '    ', '#', '- ', '|'];
/** Characters near which edits are drawn. */
const HOT = new Set(['`', '[', ']', '(', ')', '<', '>', '“', '”', '"', '\n', '是', '，', '；', '|', '*', '@', '/', '.']);

function randomEdit(text: string, next: () => number): string {
  let at = Math.floor(next() * (text.length + 1));
  if (next() < 0.7) {
    // Move to a nearby hot character (or just after it).
    for (let d = 0; d < 40 && at + d < text.length; d++) {
      if (HOT.has(text[at + d])) {
        at = at + d + (next() < 0.5 ? 1 : 0);
        break;
      }
    }
  }
  const r = next();
  if (r < 0.55) {
    const s = INSERTS[Math.floor(next() * INSERTS.length)];
    return text.slice(0, at) + s + text.slice(at);
  }
  if (r < 0.9) {
    // Delete one to a few characters (a line break too: lines join).
    return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 3)));
  }
  // Replace a character by a hot one.
  const s = [...HOT][Math.floor(next() * HOT.size)];
  return text.slice(0, at) + s + text.slice(at + 1);
}

/** Lint each version with one session and without; the findings must be the same. */
function replay(versions: readonly string[], options: LintOptions): void {
  const session = new LintSession();
  versions.forEach((text, i) => {
    const inc = lint(text, options, undefined, session);
    const full = lint(text, options);
    assert.deepEqual(plain(inc), plain(full), `${options.language} version ${i}: ${JSON.stringify(text)}`);
  });
}

/** A random walk of edits from `base`, with now and then a jump back to an older version (undo). */
function walk(base: string, seed: number, steps: number): string[] {
  const next = prng(seed);
  const out = [base];
  let text = base;
  for (let i = 0; i < steps; i++) {
    text = next() < 0.08 ? out[Math.floor(next() * out.length)] : randomEdit(text, next);
    out.push(text);
  }
  return out;
}

describe('sessions equal full lints around the text layer and the chains', () => {
  for (const language of ['markdown', 'plaintext'] as const) {
    it(`${language}: random edits near code spans, links, HTML, quotes, line breaks and ordinals, with undo`, () => {
      for (let seed = 1; seed <= 6; seed++) replay(walk(BASE, seed * 97 + (language === 'markdown' ? 0 : 1), 60), { language });
    });

    it(`${language}: the same draft with CRLF line breaks`, () => {
      replay(walk(BASE.replace(/\n/g, '\r\n'), 4242 + (language === 'markdown' ? 0 : 1), 80), { language });
    });
  }

  it('a paragraph split and joined again, an inline code span opened and closed across versions', () => {
    const a = '一是加强领导；二是完善制度；三是强化督查。\n\n正文`代码`正文，“引号”结束。\n';
    const split = a.replace('二是', '\n二是');
    const joined = split.replace('\n二是', '二是');
    const opened = a.replace('`代码`', '`代码');
    const closed = opened.replace('`代码', '`代码`');
    for (const language of ['markdown', 'plaintext'] as const) replay([a, split, joined, split, opened, closed, a, opened], { language });
  });

  it('a quotation opened on one line and closed on the next, then broken, with a chain item inside', () => {
    const a = '会上强调：“一是加强领导，\n二是完善制度。”三是强化督查。\n';
    const versions = [a, a.replace('”', ''), a, a.replace('“', ''), a.replace('\n', ''), a];
    for (const language of ['markdown', 'plaintext'] as const) replay(versions, { language });
  });
});

describe('findChains through a session memo equals a one-off findChains', () => {
  it('on the random walks (items as start-end:value, chain by chain)', () => {
    const show = (source: Source) =>
      findChains(source)
        .map((c) => `${c.family}[${c.items.map((it) => `${it.start}-${it.end}:${it.value}${it.opening ? 'o' : ''}@${it.paragraph}`).join(' ')}]`)
        .join(' ');
    for (const language of ['markdown', 'plaintext'] as const) {
      const memo = new SourceMemo();
      let record: ReturnType<Source['lineRecord']> | undefined;
      for (const text of walk(BASE, 7 + (language === 'markdown' ? 0 : 1), 120)) {
        memo.rotate();
        const s = new Source(text, language, record);
        s.memo = memo;
        record = s.lineRecord();
        assert.equal(show(s), show(new Source(text, language)), JSON.stringify(text));
      }
    }
  });
});
