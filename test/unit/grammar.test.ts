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

// The real thing: VS Code's own TextMate engine and Markdown grammar, when the offline e2e runner's
// code-server is installed (e2e/install.sh); skipped otherwise.
const VS = path.join(ROOT, 'e2e', 'node_modules', 'code-server', 'lib', 'vscode');
const MARKDOWN = path.join(VS, 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json');
const haveEngine = fs.existsSync(MARKDOWN) && fs.existsSync(path.join(VS, 'node_modules', 'vscode-textmate'));

describe('injection grammar inside VS Code\'s Markdown grammar', { skip: haveEngine ? false : 'code-server not installed (e2e/install.sh)' }, () => {
  it('scopes markers and placeholders in prose and headings, not in code or list numbers', async () => {
    // Loaded from code-server's copy (not a dependency of ours), so typed here by hand.
    interface Token {
      startIndex: number;
      endIndex: number;
      scopes: string[];
    }
    interface Grammar {
      tokenizeLine(line: string, stack: unknown): { tokens: Token[]; ruleStack: unknown };
    }
    const tm = require(path.join(VS, 'node_modules', 'vscode-textmate')) as {
      Registry: new (options: object) => { loadGrammar(scope: string): Promise<Grammar | null> };
      INITIAL: unknown;
      parseRawGrammar(text: string, file: string): unknown;
    };
    const onig = require(path.join(VS, 'node_modules', 'vscode-oniguruma')) as {
      loadWASM(data: ArrayBuffer): Promise<void>;
      OnigScanner: new (patterns: string[]) => unknown;
      OnigString: new (s: string) => unknown;
    };
    const wasm = fs.readFileSync(path.join(VS, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer).catch(() => undefined);
    const files: Record<string, string> = { 'text.html.markdown': MARKDOWN, 'gongwen.injection': path.join(ROOT, 'syntaxes', 'gongwen.injection.tmLanguage.json') };
    const registry = new tm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
      loadGrammar: async (scope: string) => (files[scope] ? tm.parseRawGrammar(fs.readFileSync(files[scope], 'utf8'), files[scope]) : null),
      getInjections: (scope: string) => (scope === 'text.html.markdown' ? ['gongwen.injection'] : undefined),
    });
    const grammar = (await registry.loadGrammar('text.html.markdown'))!;
    const lines = ['# 一、总体要求', '', '（一）加强XX镇领导。', '', '1.细化 1.5万元', '', '1. 列表项', '', '```', '一、代码XX', '```', '', '请`XX`和【单位名称】。'];
    let stack = tm.INITIAL;
    const got: string[] = [];
    for (const line of lines) {
      const r = grammar.tokenizeLine(line, stack);
      stack = r.ruleStack;
      for (const t of r.tokens) {
        const own = t.scopes.find((x) => x.endsWith('.gongwen'));
        if (own) got.push(`${line.slice(t.startIndex, t.endIndex)} ${own}`);
      }
    }
    assert.deepEqual(got, [
      '一、 markup.heading.ordinal.level1.gongwen',
      '（一） keyword.other.ordinal.level2.gongwen',
      'XX invalid.illegal.placeholder.gongwen',
      '1. constant.numeric.ordinal.level3.gongwen',
      '【单位名称】 invalid.illegal.placeholder.gongwen',
    ]);
  });
});
