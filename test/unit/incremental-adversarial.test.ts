/**
 * Adversarial cases for incremental analysis (core/incremental.ts): each one a small document and a
 * sequence of versions (or of options, or of clock readings) chosen to catch a `LintSession` reusing
 * findings that a full lint would no longer give. The randomized property test is
 * test/unit/incremental.test.ts; these are the corners it is unlikely to reach by chance.
 */
import { mock, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint, LintSession, RULES, type LintOptions, type Rule } from '../../server/src/core';

const plain = (r: ReturnType<typeof lint>) => r.findings.map((f) => JSON.stringify(f));

/**
 * Lint each version with one session and without, and require the same findings and errors. Each version
 * is a text, or a text with its own options. Returns the session (to read `last`).
 */
function replay(versions: ReadonlyArray<string | readonly [string, LintOptions]>, base: LintOptions = {}, rules: readonly Rule[] = RULES): LintSession & { partial: number } {
  const session = Object.assign(new LintSession(), { partial: 0 });
  versions.forEach((v, i) => {
    const [text, options] = typeof v === 'string' ? [v, base] : v;
    const full = lint(text, options, rules);
    const inc = lint(text, options, rules, session);
    assert.deepEqual(plain(inc), plain(full), `version ${i}: ${JSON.stringify(text).slice(0, 120)}`);
    assert.deepEqual(
      inc.errors.map((e) => [e.rule, String(e.error)]),
      full.errors.map((e) => [e.rule, String(e.error)]),
      `errors of version ${i}`,
    );
    if (session.last && session.last.rechecked < session.last.units) session.partial++;
  });
  return session;
}

const md: LintOptions = { language: 'markdown' };
const pt: LintOptions = { language: 'plaintext' };

test('the turn of the year re-checks a two-digit 发文字号 year (document-number reads the clock)', () => {
  // No 成文日期: the latest possible year is the present one. 〔26〕 reads as 2026 only from 2026 on.
  const text = (tail: string) => `关于做好防汛工作的通知\n\n根据《关于加强防汛工作的通知》（省发〔26〕3号）要求，现通知如下。\n\n一、加强组织领导。\n\n二、做好物资储备${tail}\n`;
  const session = new LintSession();
  try {
    mock.timers.enable({ apis: ['Date'], now: Date.UTC(2025, 11, 31, 12) });
    const before = lint(text('。'), pt, RULES, session);
    assert.equal(before.findings.find((f) => f.rule === 'document-number')?.fix, undefined, '2026 is in the future on 31 December 2025');
    mock.timers.setTime(Date.UTC(2026, 0, 1, 12));
    // an edit two paragraphs away: the 发文字号's paragraph is not re-checked unless the year is in the key
    const inc = lint(text('。。'), pt, RULES, session);
    const full = lint(text('。。'), pt);
    assert.ok(full.findings.find((f) => f.rule === 'document-number')?.fix, 'in 2026, 〔26〕 is 2026');
    assert.deepEqual(plain(inc), plain(full));
  } finally {
    mock.timers.reset();
  }
});

/**
 * A paragraph-local rule that reports at each paragraph holding `甲` and throws on a paragraph holding `炸`,
 * in document order: what it reported before throwing is all a full lint has of it.
 */
const brittle: Rule = {
  meta: { ...RULES.find((r) => r.meta.id === 'punctuation-duplicate')!.meta, id: 'brittle' },
  check(ctx) {
    const text = ctx.text;
    const windows = ctx.windows ?? [[0, text.length]];
    for (const [from, to] of windows) {
      for (let i = text.indexOf('甲', from); i >= 0 && i < to; i = text.indexOf('甲', i + 1)) ctx.report({ message: { zh: '甲', en: 'jia' }, start: i, end: i + 1 });
      const bad = text.indexOf('炸', from);
      if (bad >= 0 && bad < to) throw new Error(`炸 at ${bad}`);
    }
  },
};

test('a rule that throws after reporting gives the same (no) findings with and without a session', () => {
  const p = (k: string) => `第${k}段甲。\n\n`;
  const doc = p('一') + p('二') + p('三') + p('四') + p('五');
  replay([doc, doc.replace('第五段甲', '第五段炸'), doc, doc.replace('第四段甲', '第四段炸甲')], {}, [brittle]);
});

test('Markdown blocks opened or closed far from the paragraphs they swallow', () => {
  const p = '正文,这里.\n\n';
  const tail = '尾,巴.\n';
  // a fence opened at the top swallows everything below; closed again further down
  replay([p + p + p + tail, '```\n' + p + p + p + tail, '```\n' + p + p + '```\n' + p + tail, p + p + p + tail], md);
  // an HTML comment running over paragraphs, closed late, then never
  replay([p + p + p + p, '<!--\n' + p + p + p + p, '<!--\n' + p + p + '-->\n' + p + p, '<!-- 说明,这里\n' + p + p + p], md);
  // front matter exists only once a closing line appears, however far below
  replay(['---\n' + p + p + p, '---\n' + p + p + p + '---\n', '---\n' + p + p + p + '...\n', '---\n' + p + p + p], md);
  // indented code needs the blank line before it
  replay(['前文。\n\n    a, b.\n    c, d.\n\n后文,这里.\n', '前文。\n    a, b.\n    c, d.\n\n后文,这里.\n', '前文。\n\n    a, b.\n    c, d.\n\n后文,这里.\n'], md);
  // a table exists once its delimiter row does; block quotes and headings by their own prefix
  replay(['甲,乙 | 丙\n\n正文,这里.\n', '甲,乙 | 丙\n---|---\n正文,这里.\n', '甲,乙 \\| 丙\n---|---\n正文,这里.\n', '甲,乙 | 丙\n正文,这里.\n'], md);
  replay(['> 甲,乙.\n> 丙,丁.\n\n戊,己.\n', '> 甲,乙.\n丙,丁.\n\n戊,己.\n', '甲,乙.\n> 丙,丁.\n\n戊,己.\n'], md);
  replay(['# 标题,一\n正文,这里.\n', '#标题,一\n正文,这里.\n', '## 标题,一\n正文,这里.\n'], md);
});

test('quotations running over paragraphs (punctuation-pairs reads the neighbours)', () => {
  const q = (a: string, b: string, c: string, d = '第四段。') => `${a}\n\n${b}\n\n${c}\n\n${d}\n`;
  const versions = [
    q('“第一段话，', '“第二段话，', '“第三段话。”'),
    q('“第一段话，', '第二段话，', '“第三段话。”'),
    q('第一段话，', '“第二段话，', '第三段话。”'),
    q('“第一段话，', '“第二段话，', '第三段话。”'),
    q('“第一段话，', '“第二段话，', '“第三段话。”', '“第四段'),
  ];
  // the edits are one paragraph each: most runs re-check part of the text
  assert.ok(replay(versions, md).partial >= 3);
  assert.ok(replay(versions, pt).partial >= 3);
});

test('plain-text lines join into one paragraph until a sentence ends', () => {
  replay(['第一行没有句号\n第二行,这里\n第三行。\n第四行.\n', '第一行没有句号。\n第二行,这里\n第三行。\n第四行.\n', '第一行没有句号\n\n第二行,这里\n第三行。\n第四行.\n', '第一行没有句号\n（二）第二行,这里\n第三行。\n第四行.\n'], pt);
});

/** A short 通知 with its 成文日期 and 署名 at the end: their roles are read from far away. */
const notice = (date: string, signer = '某某县人民政府', title = '关于做好防汛工作的通知') =>
  `${title}\n\n各乡镇：\n\n现就有关事项通知如下,请遵照执行.\n\n一、加强组织领导.\n\n二、做好物资储备.\n\n三、严格值班值守.\n\n${signer}\n${date}\n`;

test('the document model changes far away: 成文日期, 署名, title, speech or document', () => {
  replay([notice('2024年6月1日'), notice('二〇二四年六月一日'), notice('二0二四年六月一日'), notice('2024年06月01日'), notice(''), notice('二〇二四年六月一日', '')], pt);
  const speech = '在全市防汛工作会议上的讲话\n\n同志们：\n\n' + notice('二〇二四年六月一日').split('\n\n').slice(2).join('\n\n');
  replay([notice('二〇二四年六月一日'), speech, notice('二〇二四年六月一日')], pt);
  replay([notice('2024年6月1日'), notice('2024年6月1日', '某某县人民政府', '关于做好防汛工作的通知,'), notice('2024年6月1日', '某某县人民政府', '')], pt);
  // the same date text moving from one line to another (the key holds the text only)
  replay([notice('二〇二四年六月一日'), notice('二〇二四年六月一日') + '\n二〇二四年六月一日\n'], pt);
});

test('ordinal markers change when an edit far away changes the section tree', () => {
  const ord = (head: string) => `${head}一、总体要求.\n\n（一）指导思想.\n\n（二）基本原则.\n\n1.要加强领导.\n\n（1）第一条.\n\n2、及时报告.\n\n二、主要任务.\n`;
  replay([ord(''), ord('一、前面.\n\n'), ord('（一）前面.\n\n'), ord('1.前面.\n\n'), ord('')], pt);
  replay([ord(''), ord('一、前面.\n\n'), ord('# 标题\n\n'), ord('')], md);
  // numbering depends on web-residue being on (residue lines are skipped by the numbering model)
  replay([[ord(''), pt], [ord(''), { language: 'plaintext', severities: { 'web-residue': 'off' } }], [ord('1、下载\n'), pt], [ord('1、下载\n'), { language: 'plaintext', severities: { 'web-residue': 'off' } }]]);
});

test('web-residue lines appear and disappear (the classifier reads the top of the page and neighbours)', () => {
  const page = (top: string, bottom = '') =>
    `${top}关于做好工作的通知\n来源：某某网 发布时间：2024-01-01\n各单位：\n现将有关事项通知如下,请遵照执行.\n一、加强领导.\n二、落实责任.\n${bottom}相关推荐\n上一篇：某某\n下一篇：某某\n`;
  replay([page(''), page('首页 > 范文大全 > 通知公告\n'), page('首页 > 范文\n登录 注册\n'), page(''), page('', '（第2/2页）\n'), page('', '更多范文请访问,本站.\n'), page('')], pt);
});

test('line breaks, BOM and astral characters', () => {
  const t = notice('2024年06月01日');
  replay([t.replace(/\n/g, '\r\n'), t.replace(/\n/g, '\r\n').replace('一、', '𠮷一、'), t.replace(/\n/g, '\r'), t, t.replace(/\n/g, '\r\n')], pt);
  // a CR then an LF typed after it: two line breaks become one
  replay(['甲,乙.\r\r丙,丁.\r\r戊,己.\r', '甲,乙.\r\n\r丙,丁.\r\r戊,己.\r', '甲,乙.\r\n\r\n丙,丁.\r\r戊,己.\r'], pt);
  replay([t, '\uFEFF' + t, t, '\uFEFF\uFEFF' + t], pt);
  replay(['甲,乙.\n\n丙😀,丁.\n\n戊,己.\n', '甲,乙.\n\n丙😀😀,丁.\n\n戊,己.\n', '甲,乙.\n\n丙😀😀,丁.\n\n戊😀,己.\n', '甲,乙.\n\n丙\uD83D,丁.\n\n戊😀,己.\n'], pt);
});

test('empty text, a text reduced to nothing and regrown, very long lines', () => {
  replay(['甲,乙.\n', '', '\n', '甲,乙.', '甲,乙.\n\n丙,丁.', '', '\r\n\r\n', '甲,乙.'], pt);
  replay(['甲,乙.\n', '', '```', '```\n甲,乙.', '甲,乙.'], md);
  replay(['甲,乙.'.repeat(5000) + '\n\n丙,丁.\n', '甲,乙.'.repeat(5000) + '\n\n丙,丁,.\n', '甲,乙.'.repeat(4999) + '\n\n丙,丁,.\n'], pt);
});

test('repeated paragraphs: units with equal signatures at the head and the tail', () => {
  const r = '进一步进一步加强,这里.\n\n';
  for (const options of [pt, md]) {
    const s = replay([r.repeat(5), r.repeat(4), r.repeat(6), r.repeat(3) + '“' + r.repeat(3), r.repeat(3) + '“开头\n\n' + r.repeat(3), r.repeat(6), r.repeat(3) + '```\n\n' + r.repeat(3)], options);
    assert.ok(s.partial >= 4, `${s.partial} partial runs`);
  }
  // a quotation continued into a copy of the paragraph before
  const a = '“甲段话，\n\n';
  replay([a.repeat(4) + '完。”\n', a.repeat(3) + '完。”\n', a.repeat(5) + '完。”\n', a.repeat(2) + '甲段话，\n\n' + a.repeat(2) + '完。”\n'], pt);
});

test('undo and redo, edits that change nothing, two documents on one session', () => {
  const a = notice('2024年6月1日');
  const b = notice('二〇二四年六月一日');
  const session = replay([a, b, a, b, a, a, a], pt);
  // the repeated version re-checked one unit, not the document
  assert.ok(session.last && session.last.rechecked < session.last.units, JSON.stringify(session.last));
  const page = '首页 > 范文\n关于做好工作的通知\n各单位：\n现将有关事项通知如下,请遵照执行.\n相关推荐\n';
  replay([a, page, a, '', page, b], pt);
});

test('options, severities and language change between calls on one session', () => {
  const t = notice('2024年06月01日').replace('一、', '1、');
  replay([
    [t, pt],
    [t, md],
    [t, { language: 'plaintext', severities: { 'punctuation-width': 'off' } }],
    [t, pt],
    [t, { language: 'plaintext', severities: { 'date-format/leading-zero': 'off' } }],
    [t, { language: 'plaintext', severities: { 'web-residue': 'off' } }],
    [t, { language: 'plaintext', severities: { 'no-cjk-spacing': 'warning', 'punctuation-dunhao': 'error' } }],
    [t, { language: 'plaintext', ruleOptions: { wording: { preferQita: false } } }],
    [t, { language: 'plaintext', allow: ['进一步'] }],
    [t, pt],
  ]);
});

test('a user wording entry cannot run from one paragraph into the next', () => {
  // '甲\n\n乙' would match across a paragraph break and, in a full lint, hide the '乙丁' that starts the next paragraph
  const options: LintOptions = { language: 'plaintext', ruleOptions: { wording: { entries: { '甲\n\n乙': '丙', '乙丁': '戊' } } } };
  replay(['一甲\n\n乙丁。\n\n第三段。\n\n第四段。\n', '一甲\n\n乙丁。\n\n第三段落。\n\n第四段。\n'], options);
  const found = lint('一甲\n\n乙丁。\n', options).findings.filter((f) => f.rule === 'wording');
  assert.deepEqual(found.map((f) => f.start), [4], 'only 乙丁 (an entry with a line break is no word)');
});

test('a session used by a lint without paragraph-local rules, and a session reset, stay exact', () => {
  const a = notice('2024年06月01日');
  const b = a.replace('现就有关', '现就有关,');
  const c = b.replace('做好物资储备', '做好物资储备,');
  const wholeOnly = RULES.filter((r) => r.meta.scope !== 'paragraph');
  const session = new LintSession();
  const check = (text: string, rules: readonly Rule[] = RULES) =>
    assert.deepEqual(plain(lint(text, pt, rules, session)), plain(lint(text, pt, rules)), JSON.stringify(text).slice(0, 80));
  check(a);
  // this lint leaves the session's state at version a: the next one compares c with a
  check(b, wholeOnly);
  assert.equal(typeof session.last, 'undefined', 'a lint without paragraph-local rules leaves no figure of its own');
  check(c);
  assert.ok(session.last && session.last.rechecked < session.last.units, 'c against a re-checks part of the text');
  session.reset();
  check(b);
  assert.deepEqual(session.last && session.last.rechecked, session.last?.units, 'after reset, a full run');
  check(a);
});

test('lines and paragraphs reused from the previous version: scope changes above, below and at the reuse boundary', () => {
  // Enough unchanged lines above each edit that the Source reuses their Line objects and paragraphs.
  const body = Array.from({ length: 24 }, (_, i) => (i % 4 === 3 ? '' : `第${i}行正文,这里.`)).join('\n');
  const more = '\n\n后文,这里.\n\n尾段,这里.\n';
  // a fence opened and closed below the reused lines, and one opened above an edit
  replay([body + more, body + '\n```' + more, body + '\n```\n代码,a.\n```' + more, '```\n' + body + more, body + more], md);
  // front matter: line 0 is `---`, its closing line typed and removed far below the reused lines
  replay(['---\n' + body + more, '---\n' + body + more + '---\n', '---\n' + body + more + '...\n', '---\n' + body + more], md);
  // a row with bars as the last reused line (an ordinal heading while it is not a table row), its
  // delimiter row typed right below, then broken
  const row = '\n二、甲乙 | 丙';
  replay([body + row + more, body + row + '\n---|---' + more, body + row + '\n-------' + more], md);
  // a heading and a quote right below the reused lines; an edit at offset 0 and at the end
  replay([body + more, body + '\n# 标题,一' + more, body + '\n> 引文,这里.' + more, '#' + body + more, body + more + '末,尾.'], md);
  // line breaks: LF to CRLF below reused lines, a lone CR followed by a typed LF; a BOM added and removed
  const crlf = body.replace(/\n/g, '\r\n');
  replay([crlf + '\r\n丙,丁.\r戊,己.', crlf + '\r\n丙,丁.\r\n戊,己.', crlf + '\r\n丙,丁.\n戊,己.', '\uFEFF' + crlf + '\r\n丙,丁.\n戊,己.', crlf + '\r\n丙,丁.\n戊,己.'], pt);
  // a language switch on the same session, then undo to an older text
  const s = new LintSession();
  for (const [text, options] of [[body + more, md], [body + more, pt], [body + '\n```' + more, md], [body + more, md], [body + '\n```' + more, pt]] as const) {
    assert.deepEqual(plain(lint(text, options, RULES, s)), plain(lint(text, options)));
  }
});

test('findings moved after an edit keep their fields and key order, whatever the shape of their fix', () => {
  // A paragraph-local rule whose fixes come in several key orders, with and without a group.
  const shapes: Rule = {
    meta: { ...RULES.find((r) => r.meta.id === 'punctuation-duplicate')!.meta, id: 'shapes' },
    check(ctx) {
      const text = ctx.text;
      for (const [from, to] of ctx.windows ?? [[0, text.length]]) {
        for (let i = text.indexOf('乙', from); i >= 0 && i < to; i = text.indexOf('乙', i + 1)) {
          const edits = [{ start: i, end: i + 1, newText: '丙' }];
          const title = { zh: '改为丙', en: 'Change to 丙' };
          // the shape follows the text (a paragraph-local rule), not the offset
          const k = text.charCodeAt(i - 1) % 4;
          const fix = k === 0 ? { title, edits, kind: 'safe' as const } : k === 1 ? { kind: 'suggestion' as const, edits, title } : k === 2 ? { title, edits, kind: 'safe' as const, note: 1 } : undefined;
          ctx.report({ message: { zh: '乙', en: 'yi' }, start: i, end: i + 1, ...(fix ? { fix } : {}), ...(k % 2 === 0 ? { group: '乙组' } : {}) });
        }
      }
    },
  };
  const p = (k: string) => `第${k}段乙，乙乙甲乙之乙。\n\n`;
  const doc = p('一') + p('二') + p('三') + p('四') + p('五') + p('六');
  replay([doc, '首' + doc, doc.replace('第三段', '第三段插入'), doc, doc.replace('第二段', '二段')], {}, [shapes]);
});
