/**
 * False-positive check on real published documents (../shared/corpus, see its README): every
 * *.txt is linted as plain text with the five numbering rules at their default severities, and
 * each finding must be listed, with the reason it is right to flag, in
 * test/corpus-expectations/numbering.json. Entries that no longer fire fail too, so the file
 * stays reviewed.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core/lint';
import { RULES } from '../../server/src/core/rules/index';
import { CORPUS_DIR } from '../helpers/shared';

const repoRoot = path.join(__dirname, '..', '..');
const corpus = CORPUS_DIR;
const expectationsFile = path.join(repoRoot, 'test', 'corpus-expectations', 'numbering.json');
const RULE_IDS = ['numbering-sequence', 'numbering-level', 'numbering-punctuation', 'numbering-skip', 'numbering-mixed'];

interface Expectation {
  file: string;
  /** 1-based line. */
  line: number;
  /** Severity key: the rule id, or `rule/sub`. */
  rule: string;
  /** The start of the line's text (trimmed), to catch a shifted line. */
  text: string;
  /** Why this is genuinely right to flag. */
  reason: string;
}

const present = fs.existsSync(corpus);

it('numbering rules: no unexplained finding on the real documents of the corpus', () => {
  assert.ok(present, `corpus not found at ${corpus} (it lives beside the repository in shared/corpus)`);
  const rules = RULES.filter((r) => RULE_IDS.includes(r.meta.id));
  assert.equal(rules.length, RULE_IDS.length);
  const expected: Expectation[] = JSON.parse(fs.readFileSync(expectationsFile, 'utf8'));
  for (const e of expected) assert.ok(e.reason && e.reason.length > 10, `${e.file}:${e.line} needs a reason`);
  const key = (file: string, line: number, rule: string) => `${file}:${line} ${rule}`;
  const want = new Map(expected.map((e) => [key(e.file, e.line, e.rule), e]));

  const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  assert.ok(files.length > 0, 'corpus has documents');
  const unexpected: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(corpus, file), 'utf8');
    const { findings, source, errors } = lint(text, { language: 'plaintext' }, rules);
    assert.deepEqual(errors, [], `${file}: a rule threw`);
    for (const f of findings) {
      const line = source.lineAt(f.start);
      const k = key(file, line.index + 1, f.severityKey);
      const lineText = source.lineText(line).trim();
      const e = want.get(k);
      if (!e) unexpected.push(`${k}: ${f.message.zh} | ${lineText.slice(0, 40)}`);
      else {
        assert.ok(lineText.startsWith(e.text), `${k}: line text changed: ${lineText.slice(0, 40)}`);
        seen.add(k);
      }
    }
  }
  assert.deepEqual(unexpected, [], 'findings not in test/corpus-expectations/numbering.json: a false alarm to fix, or a real defect to list with its reason');
  const stale = expected.filter((e) => !seen.has(key(e.file, e.line, e.rule))).map((e) => key(e.file, e.line, e.rule));
  assert.deepEqual(stale, [], 'expectations that no longer fire: remove them');
});
