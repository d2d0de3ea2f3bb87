/**
 * The per-version caches that are no longer WeakMaps keyed by a version's objects (V8's scavenger keeps a
 * WeakMap's values alive until a full collection, so they made every version's text survive the next
 * scavenge): the text layer on its `Source` (text/prose.ts `textLayer`), the title in one slot
 * (text/parts.ts `titleParagraphs`), the residue classifier's facts in one slot (residue.ts). Each must
 * answer for the object it is asked about, never for the one cached last; and sessions over two
 * documents linted in turn must give what full lints give.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint, LintSession, Source, buildSections, buildDocumentModel, type LintOptions } from '../../server/src/core';
import { textLayer } from '../../server/src/core/text/prose';
import { proseOf } from '../../server/src/core/text/rule-context';
import { titleParagraphs } from '../../server/src/core/text/parts';
import { classifyLines, contentResidueKinds, lineResidueText, residueLines } from '../../server/src/core/residue';
import type { RuleContext } from '../../server/src/core';

const pt: LintOptions = { language: 'plaintext' };
const plain = (r: ReturnType<typeof lint>) => r.findings.map((f) => JSON.stringify(f));

/** A source with its residue classification, section tree and document model, as `lint` builds them. */
function analyse(text: string) {
  const source = new Source(text, 'plaintext');
  const sections = buildSections(source, { skipLines: residueLines(source) });
  const document = buildDocumentModel(source, sections);
  return { source, sections, document };
}

// A draft with a title ending in `。` (title-punctuation reads it through titleParagraphs) and template-site
// furniture at both ends (the document model asks the classifier's facts for each line).
const pageA = (title: string, extra = '') =>
  `首页 > 文章中心 > 通知\n${title}\n各科室：\n为做好年终总结,现将有关事项通知如下。\n一、认真回顾全年工作。\n二、按时报送材料${extra}。\n办公室\n2024年12月1日\n（第1/3页）\n`;
const pageB = (title: string, extra = '') =>
  `关于开展安全检查的${title}\n各单位：\n请于本月底前完成自查${extra},确保不留死角。\n（一）检查范围。\n（二）检查方式.\n上一篇：某某工作方案\n下一篇：某某实施意见\n`;

test('textLayer: one layer per source, kept on that source; an equal text in another source gets its own', () => {
  const a = new Source('第一段。\n\n第二段。\n', 'plaintext');
  const b = new Source('第一段。\n\n第二段。\n', 'plaintext');
  const la = textLayer(a);
  assert.equal(textLayer(a), la);
  const lb = textLayer(b);
  assert.notEqual(lb, la);
  assert.equal(lb.source, b);
  assert.equal(la.source, a);
  assert.equal(textLayer(a), la, 'asking for b did not replace a’s layer');
});

test('proseOf marks the residue lines of its own source, not those of the source asked before', () => {
  const withResidue = analyse(pageA('关于做好年终总结工作的通知。'));
  const without = analyse('关于做好年终总结工作的通知\n各科室：\n现将有关事项通知如下。\n');
  const ctx = (x: ReturnType<typeof analyse>) => ({ source: x.source, document: x.document }) as RuleContext;
  const marked = proseOf(ctx(withResidue));
  const clean = proseOf(ctx(without));
  // Line 0 (`首页 > …`) is residue in the first draft: marked there, and nothing is marked in the second.
  assert.equal(marked.kindAt(0), 'residue');
  assert.deepEqual(clean.spans(), []);
  assert.equal(proseOf(ctx(withResidue)), marked);
});

test('titleParagraphs answers for the model and text it is given, after another model was asked', () => {
  const a = analyse(pageA('关于做好年终总结工作的通知。'));
  const b = analyse(pageB('通知。'));
  const titleA = titleParagraphs(a.document, a.source.text).map((p) => a.source.text.slice(p.start, p.end));
  const titleB = titleParagraphs(b.document, b.source.text).map((p) => b.source.text.slice(p.start, p.end));
  assert.deepEqual(titleA, ['关于做好年终总结工作的通知。']);
  assert.deepEqual(titleB, ['关于开展安全检查的通知。']);
  // A again, after B: its own title, from a fresh reading (the slot holds B's).
  assert.deepEqual(
    titleParagraphs(a.document, a.source.text).map((p) => a.source.text.slice(p.start, p.end)),
    titleA,
  );
  // The same model with another text is not served the cached answer either.
  const edited = a.source.text.replace('关于做好年终总结工作的通知。', '关于做好年终总结工作的通知');
  assert.notEqual(titleParagraphs(a.document, edited), titleParagraphs(a.document, a.source.text));
});

test('the residue facts of one source are not read for another: the readers give the same answers either way', () => {
  const a = analyse(pageA('关于做好年终总结工作的通知。'));
  // While a is the last source classified (its facts are used).
  classifyLines(a.source);
  const kindsFromFacts = a.source.lines.map(contentResidueKinds(a.source));
  const textsFromFacts = a.source.lines.map((l) => lineResidueText(a.source, l.index));
  assert.ok(kindsFromFacts.some((k) => k !== undefined), 'the draft has residue lines');
  // Another source classified since: a's answers are computed, and the same.
  const b = analyse(pageB('通知。'));
  classifyLines(b.source);
  assert.deepEqual(a.source.lines.map(contentResidueKinds(a.source)), kindsFromFacts);
  assert.deepEqual(a.source.lines.map((l) => lineResidueText(a.source, l.index)), textsFromFacts);
  // And b's own, read from its facts, are what a fresh source of b's text gives.
  const b2 = analyse(b.source.text);
  const kindsB = b.source.lines.map(contentResidueKinds(b.source));
  classifyLines(b2.source);
  assert.deepEqual(b2.source.lines.map(contentResidueKinds(b2.source)), kindsB);
});

test('two documents linted in turn, each with its session, give what full lints give at every version', () => {
  // Edits that change what the caches hold: the title's trailing mark, a residue line appearing and
  // going, an ordinal's punctuation, a character typed in the body.
  const versionsA = [
    pageA('关于做好年终总结工作的通知。'),
    pageA('关于做好年终总结工作的通知'),
    pageA('关于做好年终总结工作的通知', '等'),
    pageA('关于做好年终总结工作的通知。', '等').replace('首页 > 文章中心 > 通知\n', ''),
    pageA('关于做好年终总结工作的通知。'),
    pageA('关于做好年终总结工作的通知；'),
  ];
  const versionsB = [
    pageB('通知。'),
    pageB('通知。', '工作'),
    pageB('通知'),
    pageB('通知').replace('上一篇：某某工作方案\n', ''),
    pageB('通知。').replace('（二）检查方式.', '（二）检查方式。'),
    pageB('通知。'),
  ];
  const sa = new LintSession();
  const sb = new LintSession();
  for (let i = 0; i < versionsA.length; i++) {
    for (const [session, text, name] of [
      [sa, versionsA[i], 'A'],
      [sb, versionsB[i], 'B'],
    ] as const) {
      const inc = lint(text, pt, undefined, session);
      const full = lint(text, pt);
      assert.deepEqual(plain(inc), plain(full), `document ${name}, version ${i}`);
    }
  }
  // The drafts do exercise the title and residue rules.
  const rules = new Set(lint(versionsA[0], pt).findings.map((f) => f.rule));
  assert.ok(rules.has('title-punctuation') && rules.has('web-residue'), [...rules].join(' '));
});
