/**
 * The Markdown injection grammar inside VS Code's own Markdown grammar and TextMate engine, as the
 * editor runs it. The engine comes with code-server (e2e/install.sh), so this runs with the
 * end-to-end suite (scripts/e2e.sh), not with `npm test`; it fails, never skips, when code-server is missing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const VS = path.join(ROOT, 'e2e', 'node_modules', 'code-server', 'lib', 'vscode');
const MARKDOWN = path.join(VS, 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json');

describe('injection grammar inside VS Code\'s Markdown grammar', () => {
  it('code-server is installed (e2e/install.sh): its TextMate engine and Markdown grammar are there', () => {
    assert.ok(fs.existsSync(MARKDOWN) && fs.existsSync(path.join(VS, 'node_modules', 'vscode-textmate')), `run e2e/install.sh first: ${MARKDOWN}`);
  });

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
