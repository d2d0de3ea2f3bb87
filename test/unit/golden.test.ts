/**
 * Golden fixtures per rule: test/fixtures/<rule-id>/<case>.(md|txt) with <case>.json (expected
 * findings of that rule) and <case>.fixed.(md|txt) (expected text after every fix of that rule).
 * Each case also runs with CRLF line endings and with an astral character (𠮷) inserted before
 * every finding; the fixed text must converge (no fixable finding left after fixing).
 * UPDATE_GOLDEN=1 rewrites the expectation files.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core/lint';
import { Source } from '../../server/src/core/source';
import { fixAll, type FixAllChoice } from '../../server/src/core/autofix';

/** Goldens record what every fix of the rule does, suggestions and info-level fixes included. */
const ALL_FIXES: FixAllChoice = { suggestions: true, minSeverity: 'hint' };
import { RULES } from '../../server/src/core/rules/index';
import type { Finding, Language, LintOptions, Rule } from '../../server/src/core/types';
import { rangeText } from '../helpers/positions';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Expected {
  range: string;
  severity: string;
  message: string;
  fix: string | null;
  group?: string;
}

function run(text: string, rule: Rule, language: Language, extra: LintOptions = {}) {
  return lint(text, { language, ...extra }, [rule]);
}

function render(text: string, findings: Finding[], language: Language): Expected[] {
  const src = new Source(text, language);
  return findings.map((f) => ({
    range: rangeText(src, f.start, f.end),
    severity: f.severity,
    message: f.message.zh,
    fix: f.fix ? f.fix.title.zh : null,
    ...(f.group !== undefined ? { group: f.group } : {}),
  }));
}

/**
 * Insert 𠮷 before each finding, at the clause boundary that precedes it (so that a phrase such as
 * `党的XX大` stays whole), or at the end of the previous line when the finding opens its line.
 */
function astralVariant(text: string, findings: Finding[], language: Language): { text: string; inserts: number[] } {
  const src = new Source(text, language);
  const points = new Set<number>();
  for (const f of findings) {
    const line = src.lineAt(f.start);
    if (f.start > line.contentStart) {
      let p = f.start;
      while (p > line.contentStart && !(BOUNDARY.has(text[p - 1]) && !insideNumber(text, p - 1))) p--;
      points.add(p);
    } else if (line.index > 0) points.add(src.lines[line.index - 1].end);
  }
  const inserts = [...points].sort((a, b) => a - b);
  let out = '';
  let pos = 0;
  for (const p of inserts) {
    out += text.slice(pos, p) + '𠮷';
    pos = p;
  }
  return { text: out + text.slice(pos), inserts };
}

/** A colon or point between digits (`9:00`, `3.5`) is part of a number, no clause boundary. */
function insideNumber(text: string, i: number): boolean {
  return /[:：.]/.test(text[i]) && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
}

const BOUNDARY = new Set([...'，。；：、！？,.;:!?“”‘’（）()《》【】 \t\u3000']);

/** Map an offset in the astral variant back to the base text. */
function unshift(offset: number, inserts: number[]): number {
  let shift = 0;
  for (const p of inserts) if (p + shift + 2 <= offset) shift += 2;
  return offset - shift;
}

function key(f: Finding, start = f.start, end = f.end) {
  return JSON.stringify([f.rule, start, end, f.message.zh, f.fix?.title.zh ?? null, f.group ?? null]);
}

function mapCrlf(offset: number, lfText: string): number {
  // Offset in the CRLF text → offset in the LF text: subtract the CRs before it.
  let crs = 0;
  let pos = 0;
  while (true) {
    const nl = lfText.indexOf('\n', pos);
    if (nl < 0 || nl + crs + 1 > offset) break;
    crs++;
    pos = nl + 1;
  }
  return offset - crs;
}

const ruleDirs = fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory()) : [];

describe('golden fixtures', () => {
  it('every rule has a fixture folder and every folder is a rule', () => {
    assert.deepEqual([...ruleDirs].sort(), RULES.map((r) => r.meta.id).sort());
  });

  for (const dir of ruleDirs) {
    const rule = RULES.find((r) => r.meta.id === dir);
    describe(dir, () => {
      const inputs = fs
        .readdirSync(path.join(FIXTURES, dir))
        .filter((f) => /\.(md|txt)$/.test(f) && !/\.fixed\.(md|txt)$/.test(f))
        .sort();
      it('has cases', () => {
        assert.ok(rule, `no rule ${dir}`);
        assert.ok(inputs.length > 0);
      });
      if (!rule) return;
      for (const file of inputs) {
        const ext = path.extname(file);
        const base = file.slice(0, -ext.length);
        const language: Language = ext === '.md' ? 'markdown' : 'plaintext';
        const inputPath = path.join(FIXTURES, dir, file);
        const jsonPath = path.join(FIXTURES, dir, `${base}.json`);
        const fixedPath = path.join(FIXTURES, dir, `${base}.fixed${ext}`);
        const text = fs.readFileSync(inputPath, 'utf8');
        // Fixtures may turn a default-off rule on (`numbering-skip`).
        const opts: LintOptions = { severities: { [rule.meta.id]: rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity } };

        it(base, () => {
          const { findings } = run(text, rule, language, opts);
          const actual = render(text, findings, language);
          const fixed = fixAll(text, { language, ...opts }, 8, [rule], ALL_FIXES);
          if (UPDATE) {
            fs.writeFileSync(jsonPath, JSON.stringify(actual, null, 2) + '\n');
            fs.writeFileSync(fixedPath, fixed.text);
          }
          assert.ok(fs.existsSync(jsonPath), `missing ${jsonPath} (run with UPDATE_GOLDEN=1)`);
          assert.deepEqual(actual, JSON.parse(fs.readFileSync(jsonPath, 'utf8')));
          assert.equal(fixed.text, fs.readFileSync(fixedPath, 'utf8'));
          // Convergence: after fixing, no fixable finding of this rule is left.
          const left = run(fixed.text, rule, language, opts).findings.filter((f) => f.fix);
          assert.deepEqual(render(fixed.text, left, language), [], 'fixable findings left after fixing');
        });

        it(`${base} (CRLF)`, () => {
          const lf = text.replace(/\r\n?/g, '\n');
          const crlf = lf.replace(/\n/g, '\r\n');
          const baseFindings = run(lf, rule, language, opts).findings.map((f) => key(f));
          const crlfFindings = run(crlf, rule, language, opts).findings.map((f) => key(f, mapCrlf(f.start, lf), mapCrlf(f.end, lf)));
          assert.deepEqual(crlfFindings, baseFindings);
          const fixed = fixAll(crlf, { language, ...opts }, 8, [rule], ALL_FIXES).text;
          assert.equal(fixed, fixAll(lf, { language, ...opts }, 8, [rule], ALL_FIXES).text.replace(/\n/g, '\r\n'), 'CRLF fix must keep CRLF and give the same text');
        });

        it(`${base} (𠮷 before each finding)`, () => {
          const baseRun = run(text, rule, language, opts).findings;
          const variant = astralVariant(text, baseRun, language);
          const got = run(variant.text, rule, language, opts).findings.map((f) => key(f, unshift(f.start, variant.inserts), unshift(f.end, variant.inserts)));
          assert.deepEqual(got, baseRun.map((f) => key(f)));
          const fixed = fixAll(variant.text, { language, ...opts }, 8, [rule]).text;
          assert.equal(fixed.replace(/𠮷/g, ''), fixAll(text, { language, ...opts }, 8, [rule]).text);
        });
      }
    });
  }
});
