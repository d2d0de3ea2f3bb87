/**
 * Incremental analysis (core/incremental.ts): a LintSession must give exactly what a full lint gives, for
 * every version of a document edited the way writers edit (typing, deleting, pasting, breaking and joining
 * lines), on real documents and template pages. Any rule marked `scope: 'paragraph'` that secretly reads
 * beyond its paragraph and neighbours fails here.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { lint, LintSession, RULES, type Finding, type Language } from '../../server/src/core';
import { corpusFiles, seedText, SHARED_DIR, REPO_ROOT } from '../helpers/shared';
import { prng } from '../helpers/prng';

/** What writers type: characters and pieces that change what rules see. */
const TYPED = ['的', '，', ',', '。', '.', '“', '"', '”', '（', '(', ')', '、', '一、', '（二）', '3.', 'XX', '××', '\n', '\n\n', ' ', '进一步', '2024年05月', '国发[2024]1号', '截止目前', '...', '-', '`', '*', '#', '<!--', '-->', '请批示', '附件：', '抄送：', '〇', '国发〔24〕1号', '2023年5月6日\n'];

/** One-unit replacements: width of marks, quotes, digits, a numeral, a letter. */
const SWAP = ['，', ',', '。', '.', '“', '"', '（', '(', '一', '二', '1', '２', 'X', '的', '、', ':', '：', '\n', ' '];

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.2) {
    // replace one character by one of the same length: the text keeps its length and layout
    const swap = SWAP[Math.floor(rnd() * SWAP.length)];
    return text.slice(0, at) + swap + text.slice(at + 1);
  }
  if (r < 0.5) return text.slice(0, at) + TYPED[Math.floor(rnd() * TYPED.length)] + text.slice(at);
  if (r < 0.75) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 6));
  if (r < 0.9) {
    // paste a line from elsewhere
    const from = Math.floor(rnd() * text.length);
    const s = text.lastIndexOf('\n', from) + 1;
    const e = text.indexOf('\n', from);
    return text.slice(0, at) + text.slice(s, e < 0 ? text.length : e + 1) + text.slice(at);
  }
  // delete a whole line (or join two)
  const s = text.lastIndexOf('\n', at - 1) + 1;
  const e = text.indexOf('\n', at);
  return text.slice(0, s) + text.slice(e < 0 ? text.length : e + (rnd() < 0.5 ? 1 : 0));
}

const plain = (fs: readonly Finding[]) => fs.map((f) => JSON.stringify(f));

function documents(): Array<{ name: string; text: string; language: Language }> {
  const out: Array<{ name: string; text: string; language: Language }> = [];
  const seed = seedText();
  assert.ok(seed, `the seed draft is missing under ${SHARED_DIR}`);
  out.push({ name: 'seed', text: seed, language: 'plaintext' });
  const corpus = corpusFiles();
  assert.ok(corpus.length > 0, 'the corpus is missing');
  for (const f of corpus.filter((_, i) => i % 3 === 0)) out.push({ name: path.basename(f), text: fs.readFileSync(f, 'utf8').slice(0, 12_000), language: 'plaintext' });
  const pages = path.join(SHARED_DIR, 'fanwen-dev');
  const pageFiles = fs.readdirSync(pages).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort();
  assert.ok(pageFiles.length > 0, 'the dev set is missing');
  for (const f of pageFiles.filter((_, i) => i % 6 === 0)) {
    out.push({ name: `fanwen-dev/${f}`, text: fs.readFileSync(path.join(pages, f), 'utf8'), language: f.endsWith('.md') ? 'markdown' : 'plaintext' });
  }
  for (const f of fs.readdirSync(path.join(REPO_ROOT, 'examples')).sort()) {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'examples', f), 'utf8');
    out.push({ name: `examples/${f}`, text, language: f.endsWith('.md') ? 'markdown' : 'plaintext' });
    out.push({ name: `examples/${f} (crlf)`, text: text.replace(/\n/g, '\r\n'), language: 'plaintext' });
  }
  return out;
}

test('the paragraph-local rules are the prose rules, and there are some', () => {
  const local = RULES.filter((r) => r.meta.scope === 'paragraph').map((r) => r.meta.id);
  assert.ok(local.includes('punctuation-width') && local.includes('wording'));
  for (const id of ['placeholder', 'web-residue', 'numbering-sequence', 'document-type']) assert.ok(!local.includes(id), `${id} reads the whole document`);
});

test('a session gives the same findings as a full lint after every edit', () => {
  let edits = 0;
  let partial = 0;
  for (const [n, doc] of documents().entries()) {
    const rnd = prng(1000 + n);
    const session = new LintSession();
    let text = doc.text;
    const steps = 12;
    for (let i = 0; i <= steps; i++) {
      const full = lint(text, { language: doc.language });
      const inc = lint(text, { language: doc.language }, RULES, session);
      assert.deepEqual(plain(inc.findings), plain(full.findings), `${doc.name}, after ${i} edits`);
      assert.deepEqual(inc.errors, full.errors);
      if (i > 0 && session.last && session.last.rechecked < session.last.units) partial++;
      edits++;
      text = edit(text, rnd);
    }
  }
  // most edits re-checked only part of the text (else this test proves nothing about reuse)
  assert.ok(edits > 100 && partial > edits / 2, `${partial} of ${edits} runs were partial`);
});

test('a session follows a change of options, language and rules instead of reusing findings', () => {
  const text = '关于做好工作的通知\n\n各单位,要进一步进一步加强领导.\n\n截止目前，已完成2024年05月的任务。\n';
  const session = new LintSession();
  const a = lint(text, { language: 'plaintext' }, RULES, session);
  assert.ok(a.findings.some((f) => f.rule === 'punctuation-width'));
  const off = lint(text, { language: 'plaintext', severities: { 'punctuation-width': 'off' } }, RULES, session);
  assert.ok(!off.findings.some((f) => f.rule === 'punctuation-width'));
  const info = lint(text, { language: 'plaintext', severities: { wording: 'info' } }, RULES, session);
  assert.equal(info.findings.find((f) => f.rule === 'wording')?.severity, 'info');
  const md = lint(text, { language: 'markdown' }, RULES, session);
  assert.deepEqual(plain(md.findings), plain(lint(text, { language: 'markdown' }).findings));
});

test('a rule that throws in a session is reported and its findings are not reused', () => {
  let calls = 0;
  const flaky = {
    meta: { ...RULES.find((r) => r.meta.id === 'punctuation-duplicate')!.meta, id: 'flaky' },
    check(ctx: import('../../server/src/core').RuleContext) {
      calls++;
      if (calls === 1) throw new Error('boom');
      ctx.report({ message: { zh: '重复', en: 'doubled' }, start: 0, end: 1 });
    },
  };
  const session = new LintSession();
  const text = '第一段。\n\n第二段。\n';
  const first = lint(text, {}, [flaky], session);
  assert.equal(first.errors.length, 1);
  const second = lint(text + '补充。\n', {}, [flaky], session);
  assert.equal(second.errors.length, 0);
  // ran in full (the offset-0 finding lies outside any window an edit at the end would give)
  assert.equal(second.findings.length, 1);
});

test('a change of the 成文日期 re-checks the 发文字号 elsewhere (its year bounds a two-digit year)', () => {
  const doc = (year: string) => `关于做好防汛工作的通知\n\n各乡镇：\n\n根据《关于加强防汛工作的通知》（省发〔24〕3号）要求，现就有关事项通知如下。\n\n一、加强组织领导。\n\n二、做好物资储备。\n\n三、严格值班值守。\n\n某某县人民政府\n${year}年6月1日\n`;
  const session = new LintSession();
  for (const year of ['2024', '2023', '2024', '2025']) {
    const inc = lint(doc(year), { language: 'plaintext' }, RULES, session);
    const full = lint(doc(year), { language: 'plaintext' });
    assert.deepEqual(plain(inc.findings), plain(full.findings), year);
  }
  // the year matters: with a 2023 date, 〔24〕 cannot be 2024, so the finding has no fix
  const fixOf = (year: string) => lint(doc(year), { language: 'plaintext' }).findings.find((f) => f.rule === 'document-number')?.fix;
  assert.ok(fixOf('2024') && !fixOf('2023'));
});

test('a session does not keep old versions of the text alive (memo values and reused findings are detached)', () => {
  // Each version of a 40,000-character draft is 80 KB; a kept substring of it pins the whole version.
  // Before the strings were detached, 400 edits kept about 12 MB; now the heap stays about flat (0.2 MB).
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const seed = seedText();
  assert.ok(seed);
  const corpus = corpusFiles().map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  let text = (seed + '\n' + corpus).slice(0, 40_000);
  const session = new LintSession();
  lint(text, { language: 'plaintext' }, RULES, session);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 400; i++) {
    const at = Math.floor((((i * 7919) % 997) / 997) * text.length);
    text = text.slice(0, at) + '的' + text.slice(at);
    lint(text, { language: 'plaintext' }, RULES, session);
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1048576;
  assert.ok(grown < 4, `the heap grew by ${grown.toFixed(1)} MB over 400 edits`);
});
