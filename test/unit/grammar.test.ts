/**
 * The Markdown injection grammar's regexes, run with JavaScript's engine (they are written to be
 * JS-compatible; `\G` — "where the Markdown grammar left off", the start of a heading's or a
 * paragraph's content — is read as `^` here).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Pattern {
  match?: string;
  name?: string;
  captures?: Record<string, { name: string }>;
  include?: string;
}
const ROOT = path.join(__dirname, '..', '..');
const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'gongwen.injection.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  injectionSelector: string;
  patterns: Pattern[];
  repository: Record<string, { patterns: Pattern[] }>;
};
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function compile(p: Pattern): RegExp {
  return new RegExp(p.match!.replace(/\\G/g, '^'), 'gu');
}

/** [scope, text] of every token the repository entry produces on a line. */
function tokens(entry: string, line: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const p of grammar.repository[entry].patterns) {
    for (const m of line.matchAll(compile(p))) {
      if (p.name) out.push([p.name, m[0]]);
      for (const [i, c] of Object.entries(p.captures ?? {})) if (m[Number(i)] !== undefined) out.push([c.name, m[Number(i)]]);
    }
  }
  return out;
}

const level = (line: string) => {
  const t = tokens('ordinal', line);
  assert.ok(t.length <= 1, `one marker at most on “${line}”: ${JSON.stringify(t)}`);
  return t.length ? [Number(/level(\d)/.exec(t[0][0])![1]), t[0][1]] : undefined;
};

describe('injection grammar: manifest', () => {
  it('is injected into Markdown prose only, not code', () => {
    const contrib = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === grammar.scopeName);
    assert.deepEqual(contrib.injectTo, ['text.html.markdown']);
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
    for (const excluded of ['-markup.fenced_code', '-markup.inline.raw']) assert.ok(grammar.injectionSelector.includes(excluded), excluded);
  });

  it('every regex compiles in JavaScript and every scope ends in .gongwen', () => {
    for (const entry of Object.values(grammar.repository)) {
      for (const p of entry.patterns) {
        assert.doesNotThrow(() => compile(p), p.match);
        for (const name of [p.name, ...Object.values(p.captures ?? {}).map((c) => c.name)].filter(Boolean)) assert.match(name!, /\.gongwen$/);
      }
    }
  });
});

describe('injection grammar: ordinal markers by level', () => {
  it('recognises the five levels at the start of a line', () => {
    assert.deepEqual(level('一、总体要求'), [1, '一、']);
    assert.deepEqual(level('十二、其他'), [1, '十二、']);
    assert.deepEqual(level('（一）加强组织领导。各单位要……'), [2, '（一）']);
    assert.deepEqual(level('1.明确责任'), [3, '1.']);
    assert.deepEqual(level('（1）细化分工'), [4, '（1）']);
    assert.deepEqual(level('①第一项'), [5, '①']);
  });

  it('recognises markers in Markdown headings, after the hashes', () => {
    assert.deepEqual(level('# 一、总体要求'), [1, '一、']);
    assert.deepEqual(level('## （一）加强组织领导'), [2, '（一）']);
    assert.deepEqual(level('#### （1）细化'), [4, '（1）']);
    assert.equal(level('#一、不是标题'), undefined);
  });

  it('allows indentation (spaces, tab, ideographic space)', () => {
    assert.deepEqual(level('　　二、主要任务'), [1, '二、']);
    assert.deepEqual(level('\t（三）保障措施'), [2, '（三）']);
    assert.deepEqual(level('  10.附则'), [3, '10.']);
  });

  it('colours the malformed forms the server reports, by their level', () => {
    assert.deepEqual(level('一.总体要求'), [1, '一.']);
    assert.deepEqual(level('(一)加强领导'), [2, '(一)']);
    assert.deepEqual(level('1、明确责任'), [3, '1、']);
    assert.deepEqual(level('(1)细化分工'), [4, '(1)']);
  });

  it('leaves non-markers alone', () => {
    for (const line of [
      '1.5万元用于建设', // a decimal
      '1. 列表项', // a Markdown list item: the Markdown grammar owns it
      '第一、二季度', // 第 comes first
      '一是加强领导', // an in-text enumeration
      '十分重要，必须抓好', // 十 is a numeral, 十分 is a word
      '主要有两点：一、……；二、……', // not line-initial
      '2024年工作总结',
      '同志们：',
    ]) {
      assert.equal(level(line), undefined, line);
    }
  });
});

describe('injection grammar: placeholders', () => {
  const found = (line: string) => tokens('placeholder', line).map(([scope, text]) => (assert.equal(scope, 'invalid.illegal.placeholder.gongwen'), text));

  it('marks X/×/Ｘ runs, single X in dates, 某某, ○○ and bracketed prompts', () => {
    assert.deepEqual(found('XX县人民政府'), ['XX']);
    assert.deepEqual(found('××镇党委书记'), ['××']);
    assert.deepEqual(found('xxx同志'), ['xxx']);
    assert.deepEqual(found('ＸＸ局'), ['ＸＸ']);
    assert.deepEqual(found('20XX年'), ['XX']);
    assert.deepEqual(found('X年X月X日'), ['X', 'X', 'X']);
    assert.deepEqual(found('某某单位'), ['某某']);
    assert.deepEqual(found('○○公司'), ['○○']);
    assert.deepEqual(found('【单位名称】关于【】的通知'), ['【单位名称】', '【】']);
  });

  it('leaves ASCII words, X-ray terms and Chinese years alone', () => {
    for (const line of ['XXL码的衣服', 'Xbox游戏机', 'Windows XP系统', 'X射线检查', '二〇〇八年', '“1+X”证书制度', '乐政发〔2018〕59号']) {
      assert.deepEqual(found(line), [], line);
    }
  });
});

// VS Code's own TextMate engine and Markdown grammar: test/vscode-grammar/markdown-injection.e2e.ts, run by
// scripts/e2e.sh after code-server is installed.
