// The export's text decisions: what blocks an export (gate.ts), what of Markdown is syntax (inline.ts),
// and what is kept but reported (literals.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core';
import { Source } from '../../server/src/core/source';
import { exportDocx } from '../../server/src/export/docx';
import { blockingHeadline, blockingItems, blocksExport, describeBlocking } from '../../server/src/export/gate';
import { plain } from '../../server/src/export/inline';
import { describeLiterals } from '../../server/src/export/literals';
import { paragraphs, unzipDocx } from '../helpers/docx';

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

describe('the export gate', () => {
  it('blocks on error severity of any rule, on placeholders at warning or error and on web residue at any severity', () => {
    assert.equal(blocksExport({ rule: 'numbering-sequence', severity: 'error' }), true);
    assert.equal(blocksExport({ rule: 'numbering-sequence', severity: 'warning' }), false);
    assert.equal(blocksExport({ rule: 'punctuation-width', severity: 'info' }), false);
    for (const severity of ['error', 'warning', 'info', 'hint'] as const) {
      assert.equal(blocksExport({ rule: 'placeholder', severity }), severity === 'error' || severity === 'warning', severity);
      assert.equal(blocksExport({ rule: 'web-residue', severity }), true, severity);
    }
  });

  it('a withheld name (黄某某) and other placeholder doubts at info do not block; an unfilled slot does', () => {
    const blocking = (text: string) => blockingItems(lint(text, { language: 'plaintext' }).findings).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(blocking('东湖区水务局原副局长周某某违规接受宴请。\n'), []);
    assert.deepEqual(blocking('请某某同志作总结讲话。\n'), [], 'a weak 某某 is a doubt');
    assert.deepEqual(blocking('请XX同志作总结讲话。\n'), ['XX']);
  });

  it('on real findings: an unfilled XX blocks by default, not once the rule is off; other warnings never', () => {
    const text = '关于做好XX镇防汛工作的通知\n各村：\n请各单位,按时报送。\n';
    const on = lint(text, { language: 'plaintext' }).findings;
    assert.ok(on.some((f) => f.rule === 'punctuation-width' && f.severity !== 'error'), 'the half-width comma is reported');
    assert.deepEqual(blockingItems(on).map((f) => f.rule), ['placeholder']);
    const off = lint(text, { language: 'plaintext', severities: { placeholder: 'off' } }).findings;
    assert.deepEqual(blockingItems(off), []);
  });

  it('names what is left: per rule, its Chinese name, count and first lines, both languages', () => {
    const text = ['关于XX的通知', '请XX和XX到会。', '下面是小编为大家整理的范文，欢迎阅读。', '第XX届'].join('\n');
    const items = blockingItems(lint(text, { language: 'plaintext' }).findings).map((f) => ({ rule: f.rule, severity: f.severity, line: lineOf(text, f.start) }));
    const d = describeBlocking(items);
    assert.deepEqual(d.zh, ['未填占位符 4 处（第 1、2、4 行）', '网页残留 1 处（第 3 行）']);
    assert.deepEqual(d.en, ['未填占位符 Unfilled placeholder: 4 (lines 1, 2, 4)', '网页残留 Web page residue: 1 (line 3)']);
    assert.equal(blockingHeadline(items).zh, '草稿仍有 5 处须处理的问题（未填占位符、网页残留）');
  });

  it('names at most five lines per rule, then …', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ rule: 'placeholder', severity: 'warning' as const, line: i * 2 }));
    assert.deepEqual(describeBlocking(items).zh, ['未填占位符 7 处（第 1、3、5、7、9… 行）']);
  });
});

describe('plain: Markdown syntax out, the writer’s text in', () => {
  const md = (t: string) => plain(new Source(t, 'markdown'), 0, t.length);
  it('drops emphasis in pairs, code ticks, link targets, images, inline HTML and escapes', () => {
    assert.equal(md('**加强**领导，见[通知](https://example.org/a)。![图](p.png)'), '加强领导，见通知。');
    assert.equal(md('`代码`与<br/>换行<!-- 注 -->结束'), '代码与换行结束');
    assert.equal(md('\\*不是强调\\*。'), '*不是强调*。');
    assert.equal(md('要*突出*重点，~~删去~~，__下划__。'), '要突出重点，删去，下划。');
  });
  it('keeps a lone * or _, and every character of a placeholder', () => {
    assert.equal(md('面积3*4米，文件名file_name。'), '面积3*4米，文件名file_name。');
    assert.equal(md('林**同志出席。'), '林**同志出席。');
    assert.equal(md('姓名：____，电话：____。'), '姓名：____，电话：____。');
    // The placeholder as the core finds it is kept; emphasis after it still goes.
    assert.equal(md('林**同志和王明同志出席。**重点**'), '林**同志和王明同志出席。重点');
    assert.equal(md('**XX镇**要落实。'), 'XX镇要落实。');
  });
  it('drops bold around a quoted phrase after a word as the placeholder rule pairs it, keeps a mask before a quotation', () => {
    // The placeholder scanner's pairing decides (one reading): `四、**“三个一”**` and `落实**“一户一档”**` alike.
    assert.equal(md('四、**“三个一”**机制。五、要落实**“一户一档”**要求。'), '四、“三个一”机制。五、要落实“一户一档”要求。');
    assert.equal(md('按照**“应整尽整”**的原则，学习**《条例》**精神。'), '按照“应整尽整”的原则，学习《条例》精神。');
    assert.equal(md('授予林**“优秀党员”称号，王**同志讲话。'), '授予林**“优秀党员”称号，王**同志讲话。');
  });
  it('drops a single underscore pair as CommonMark reads it; keeps blanks and underscores inside words', () => {
    assert.equal(md('一、_严格控制室温_。二、*节约用水*。'), '一、严格控制室温。二、节约用水。');
    assert.equal(md('_严格控制室温_'), '严格控制室温');
    assert.equal(md('报送____份，姓名：____，时间：____年__月__日。'), '报送____份，姓名：____，时间：____年__月__日。');
    // Inside a word a `_` neither opens nor closes (CommonMark §6.2): `文件_名称_内容`, `file_name_x`, `\_`.
    assert.equal(md('文件_名称_内容，file_name_x，_严格_控制，\\_原样\\_。'), '文件_名称_内容，file_name_x，_严格_控制，_原样_。');
  });
  it('drops the emphasis wrapping a whole line in any CommonMark form; keeps a list mark, blanks and inner stars', () => {
    for (const w of ['*', '**', '***', '_', '__', '___']) assert.equal(md(`${w}二、第二部分${w}`), '二、第二部分', w);
    assert.equal(md('## ***三、第三部分***  '), '## 三、第三部分  ');
    // Not a wrapper: a bullet (`* ` is a list mark), a blank line of a form, a mismatched pair, a rule.
    assert.equal(md('* 二、第二部分*'), '二、第二部分*');
    assert.equal(md('____年__月__日'), '____年__月__日');
    assert.equal(md('___（盖章）'), '___（盖章）');
    assert.equal(md('**二、第二部分*'), '**二、第二部分*');
    // A bullet before bold text is no rule drawn with `* * *`: the bullet goes, the bold is read.
    assert.equal(md('* **二、第二部分**'), '二、第二部分');
    assert.equal(md('- __二、第二部分__'), '二、第二部分');
    assert.equal(md('* * *'), '* * *');
    // Bold italic inside a line, `***…***` and `___…___`: all six marks are syntax.
    assert.equal(md('***第一条*** 为规范管理'), '第一条 为规范管理');
    assert.equal(md('见***附件***。'), '见附件。');
    // `___` inside a line is a blank to fill in (the placeholder rule's), kept as written.
    assert.equal(md('见___附件___。'), '见___附件___。');
    assert.equal(md('2*3*4'), '2*3*4');
    assert.equal(md('a_b_c'), 'a_b_c');
  });
  it('keeps a * between two digits even where CommonMark pairs it with a lone * before it', () => {
    // A new user's line: CommonMark reads `*斜体，…，5*` as emphasis; the export keeps both stars.
    assert.equal(md('这是**未闭合的粗体和*斜体，以及 `代码` 与 ~~删除~~ 文字，5*3=15，a_b_c。'), '这是**未闭合的粗体和*斜体，以及 代码 与 删除 文字，5*3=15，a_b_c。');
    assert.equal(md('按2*3*4计，*强调*。'), '按2*3*4计，强调。');
    // Emphasis around a number still goes, and so does a pair whose star touches a digit on one side only.
    assert.equal(md('增长*5*倍，共*3个*'), '增长5倍，共3个');
  });
  it('keeps what is inside code as written', () => {
    assert.equal(md('见`a*b*c`。'), '见a*b*c。');
  });
  it('takes off bullet list markers and the space after an ordered list’s number', () => {
    assert.equal(md('- 第一项'), '第一项');
    assert.equal(md('* 第二项'), '第二项');
    assert.equal(md('  + 第三项'), '  第三项');
    assert.equal(md('- [x] 已办'), '已办');
    // an indent after the marker goes with it (the export indents each paragraph itself)
    assert.equal(md('- 　　列表项'), '列表项');
    assert.equal(md('- &emsp;&emsp;列表项'), '列表项');
    assert.equal(md('- &lt;列表项'), '<列表项');
    assert.equal(md('1. 加强领导'), '1.加强领导');
    // In a heading's text too (the `#`s are outside the paragraph's range, see the export test below).
    assert.equal(md('### 2. 压实责任'), '### 2.压实责任');
    assert.equal(md('> 引用**原文**'), '引用原文');
    // `1)` is an ordered marker too; the spaces or a tab after a marker go, in a bullet item and a quote as well
    assert.equal(md('1) 加强领导'), '1)加强领导');
    assert.equal(md('12.\t加强领导'), '12.加强领导');
    assert.equal(md('3.   加强领导'), '3.加强领导');
    assert.equal(md('- 1. 加强领导'), '1.加强领导');
    assert.equal(md('> 1. 加强领导'), '1.加强领导');
    // only the space after a list marker: spaces inside the item, after a number that is not a marker, and
    // inside emphasis (not a list item in Markdown) stay
    assert.equal(md('1. 联系人 张三 电话 123'), '1.联系人 张三 电话 123');
    assert.equal(md('**1. 加粗条目**'), '1. 加粗条目');
    assert.equal(md('共 1. 5 万元'), '共 1. 5 万元');
    assert.equal(md('1.加强领导'), '1.加强领导');
    // before a number the space stays: `3.5G` or `4.2024年` would misread the ordinal as a decimal
    assert.equal(md('3. 5G基站建设提速'), '3. 5G基站建设提速');
    assert.equal(md('4. 2024年底前完成'), '4. 2024年底前完成');
    assert.equal(md('5. ２０２４年'), '5. ２０２４年');
    assert.equal(md('6. GDP增长'), '6.GDP增长');
  });
  it('takes linear time on a long pasted line full of openers without closers (hang guard)', { timeout: 30_000 }, () => {
    for (const t of ['[字'.repeat(80_000) + '](', '<!--字'.repeat(30_000), '`字``字'.repeat(20_000), '**字 '.repeat(40_000), ' _字'.repeat(40_000)]) {
      assert.equal(md(t).length > 0, true);
    }
    // A span longer than the bound is left as written rather than scanned for (inside a line: a whole line in
    // emphasis is read by one linear test, `wholeLineEmphasis`, at any length).
    const long = '前**' + '字'.repeat(1500) + '**';
    assert.equal(md(long), long);
    assert.equal(md('**' + '字'.repeat(1500) + '**'), '字'.repeat(1500));
  });
  it('decodes HTML character references, named and numeric, as CommonMark does; not in code, not after a backslash', () => {
    assert.equal(md('研发投入&lt;5%的企业&amp;个体户'), '研发投入<5%的企业&个体户');
    assert.equal(md('&quot;a&quot; &apos;b&apos; &gt;'), '"a" \'b\' >');
    assert.equal(md('各单位&hellip;&hellip;确保&mdash;&ldquo;三个&rdquo;&middot;'), '各单位……确保—“三个”·');
    assert.equal(md('甲&nbsp;乙&ensp;丙&emsp;丁&thinsp;戊'), '甲\u00a0乙\u2002丙\u2003丁\u2009戊');
    assert.equal(md('&#60;5%，&#x3C;6%，&#12288;，&#x3000;'), '<5%，<6%，\u3000，\u3000');
    // A decoded character is text, never syntax: `&#42;强调&#42;` is two stars, `&lt;br&gt;` is shown.
    assert.equal(md('&#42;强调&#42;，&lt;br&gt;'), '*强调*，<br>');
    // Inside a code span, after an escaping backslash, no reference (`&copyx;`, `& lt;`) or no valid
    // character (`&#0;`, `&#xD800;`): as written.
    assert.equal(md('见`&lt;tag&gt;`。'), '见&lt;tag&gt;。');
    assert.equal(md('\\&lt;原样'), '&lt;原样');
    assert.equal(md('\\\\&lt;'), '\\<');
    assert.equal(md('&copyx; & lt; &#0; &#xD800; AT&T'), '&copyx; & lt; &#0; &#xD800; AT&T');
    // In a link's text yes, in its target no (the target goes).
    assert.equal(md('[&lt;通知&gt;](https://a.org/?a=1&amp;b=2)'), '<通知>');
    // Plain text is the writer's: `&lt;` stays.
    assert.equal(plain(new Source('&lt;5%', 'plaintext'), 0, 6), '&lt;5%');
  });
  it('leaves plain text alone', () => {
    const t = '**原样**[保留](x)\n- 列表';
    assert.equal(plain(new Source(t, 'plaintext'), 0, t.length), t);
  });
});

describe('export of drafts pasted from chat tools', () => {
  const DRAFT = [
    '# 关于做好防汛工作的通知',
    '',
    '各村：',
    '',
    '- 第一项要求。',
    '* 第二项要求。',
    '',
    '1. 加强领导。各单位要落实。',
    '',
    '### 2. 压实责任',
    '',
    '**（一）加强组织领导。**各单位要高度重视。',
    '',
    '• 聊天要点一',
    '',
    '📌 重点：按时报送。✅',
    '',
  ].join('\n');
  const texts = async (text: string, language: 'markdown' | 'plaintext' = 'markdown') => {
    const r = await exportDocx(text, { language });
    return { r, ps: paragraphs(unzipDocx(r.data)['word/document.xml']).map((p) => p.text) };
  };

  it('sets Markdown list items as paragraphs without their markers, and 1. with its text right after it', async () => {
    const { ps } = await texts(DRAFT);
    assert.ok(ps.includes('第一项要求。'), ps.join('|'));
    assert.ok(ps.includes('第二项要求。'), ps.join('|'));
    assert.ok(ps.includes('1.加强领导。各单位要落实。'), ps.join('|'));
    const more = (await texts('# 关于做好防汛工作的通知\n\n各村：\n\n2) 落实 责任。\n\n- 3. 嵌套条目。\n\n**4. 加粗条目。**\n')).ps;
    assert.ok(more.includes('2)落实 责任。'), more.join('|'));
    assert.ok(more.includes('3.嵌套条目。'), more.join('|'));
    assert.ok(more.includes('4. 加粗条目。'), more.join('|'));
    assert.ok(ps.includes('2.压实责任'), ps.join('|'));
    assert.ok(ps.includes('（一）加强组织领导。各单位要高度重视。'), ps.join('|'));
    assert.ok(!ps.some((p) => /\*|^- /.test(p)), ps.join('|'));
  });

  it('keeps bullet glyphs and emoji as written and reports them with their lines', async () => {
    const { r, ps } = await texts(DRAFT);
    assert.ok(ps.includes('• 聊天要点一'));
    assert.ok(ps.includes('📌 重点：按时报送。✅'));
    assert.deepEqual(r.literals.bullets, { lines: [14], marks: ['•'] });
    assert.deepEqual(r.literals.emoji, { lines: [16], marks: ['📌', '✅'], count: 2 });
    assert.deepEqual(r.literals.listMarkers.lines, [5, 6]);
    const zh = describeLiterals(r.literals).map((m) => m.zh);
    assert.deepEqual(zh, [
      '保留了 2 个表情符号（📌 ✅，第 16 行）：公文字体中没有这些符号，Word 会改用其他字体显示；如不需要，请在草稿中删去',
      '1 行以项目符号（•）开头，已照原样导出（第 14 行）；公文一般用“一是”“（一）”等列举',
      '去掉了 2 行的 Markdown 列表符号（- * +），各项导出为段落',
    ]);
  });

  it('keeps a `*` or `_` that is text at a paragraph’s end or start: a bullet whose text ends in `*`, an unclosed `**`, a mask', async () => {
    const lines = ['* 二、主要任务*', '- 加强领导_', '+ 见附表**', '*二、主要任务 *', '**加强领导', '二、主要任务*', '联系人：林**', '## 标题* ##'];
    const { ps } = await texts(`# 关于做好防汛工作的通知\n\n各村：\n\n${lines.join('\n\n')}\n`);
    for (const t of ['二、主要任务*', '加强领导_', '见附表**', '*二、主要任务 *', '**加强领导', '联系人：林**', '标题*']) assert.ok(ps.includes(t), `${t}: ${ps.join('|')}`);
    assert.equal(ps.filter((p) => p === '二、主要任务*').length, 2, ps.join('|'));
    // Emphasis that closes is syntax, as before: whole-line wrappers, a bullet before emphasis, a closer after a word.
    // And a bold line with spaces inside, as the checker reads one (`Source.isWholeLineBold`).
    const syntax = (await texts('# 关于做好防汛工作的通知\n\n各村：\n\n*二、主要任务*\n\n* *三、保障措施*\n\n* **四、工作要求**\n\n- _五、其他_\n\n一、**总体要求**\n\n** 六、附则 **\n')).ps;
    for (const t of ['二、主要任务', '三、保障措施', '四、工作要求', '五、其他', '一、总体要求', '六、附则']) assert.ok(syntax.includes(t), `${t}: ${syntax.join('|')}`);
    assert.ok(!syntax.some((p) => /[*_]/.test(p)), syntax.join('|'));
  });

  it('in plain text, keeps `- ` as the writer typed it and reports it as a bullet', async () => {
    const { r, ps } = await texts('关于做好防汛工作的通知\n各村：\n- 第一项要求。\n', 'plaintext');
    assert.ok(ps.includes('- 第一项要求。'));
    assert.deepEqual(r.literals.bullets.lines, [3]);
    assert.deepEqual(r.literals.listMarkers.lines, []);
  });

  it('says nothing about a draft without any, and does not take © or ™ for emoji', async () => {
    const { r } = await texts('关于做好防汛工作的通知\n各村：\n请按时报送©™。\n', 'plaintext');
    assert.deepEqual(describeLiterals(r.literals), []);
  });
});

describe('character references in a Markdown draft', () => {
  const paras = async (text: string, language: 'markdown' | 'plaintext' = 'markdown') => paragraphs(unzipDocx((await exportDocx(text, { language })).data)['word/document.xml']);
  it('an indent written as references is an indent, as a literal 　　 is: the export’s two characters are not doubled', async () => {
    const draft = ['# 关于做好工作的通知', '', '各单位：', '', '　　字面全角空格缩进。', '', '&emsp;&emsp;实体缩进。', '', '&#12288;&#12288;十进制缩进。', '', '&#x3000;&#x3000;十六进制缩进。', '', '&nbsp;&nbsp;&nbsp;&nbsp;一、提高认识', '', '&emsp; &emsp;研发投入&lt;5%。', ''].join('\n');
    const ps = await paras(draft);
    const of = (t: string) => ps.find((p) => p.text === t);
    for (const t of ['字面全角空格缩进。', '实体缩进。', '十进制缩进。', '十六进制缩进。', '研发投入<5%。']) {
      assert.equal(of(t)?.ind.firstLineChars, '200', `${t} in ${ps.map((p) => p.text).join('|')}`);
    }
    // Read as indentation, the heading is one: 一、 in 黑体 (§7.3.3).
    assert.equal(of('一、提高认识')?.runs[0].fonts.eastAsia, '黑体');
    assert.ok(!ps.some((p) => /&|\u3000|\u2003|\u00a0/.test(p.text)), ps.map((p) => p.text).join('|'));
  });
  it('sets a heading wrapped whole in *, ***, _ or ___ in its level’s face, as one in ** (GB/T 9704-2012 §7.3.3)', async () => {
    const draft = ['# 讲话', '', '**一、第一部分**', '', '内容。', '', '___二、第二部分___', '', '内容。', '', '***三、第三部分***', '', '内容。', '', '*四、第四部分*', '', '内容。', ''].join('\n');
    const ps = await paras(draft);
    for (const t of ['一、第一部分', '二、第二部分', '三、第三部分', '四、第四部分']) {
      const p = ps.find((x) => x.text === t);
      assert.equal(p?.runs[0].fonts.eastAsia, '黑体', `${t} in ${ps.map((x) => x.text).join('|')}`);
    }
    // A bullet item is a list mark and its text, not a heading in emphasis: body text.
    const bullet = await paras(['# 讲话', '', '* 二、第二部分*', '', '内容。', ''].join('\n'));
    const item = bullet.find((p) => p.text.startsWith('二、第二部分'));
    assert.equal(item?.runs[0].fonts.eastAsia, '仿宋_GB2312', bullet.map((p) => p.text).join('|'));
  });
  it('keeps a reference as written in a code block and in plain text; spaces inside a line are characters', async () => {
    const md = await paras(['# 通知', '', '```', '&emsp;&lt;代码&gt;', '```', '', '甲&emsp;&emsp;乙。', ''].join('\n'));
    assert.ok(md.some((p) => p.text === '&emsp;&lt;代码&gt;'), md.map((p) => p.text).join('|'));
    assert.ok(md.some((p) => p.text === '甲\u2003\u2003乙。'), md.map((p) => p.text).join('|'));
    // In plain text a reference inside the line is the writer's text; an indent of references is an indent, as `check`
    // reads it (a page's source pasted into a .txt): the export writes its own first-line indent instead.
    const txt = await paras('通知\n&emsp;&emsp;各单位&lt;5%。\n', 'plaintext');
    assert.ok(txt.some((p) => p.text === '各单位&lt;5%。'), txt.map((p) => p.text).join('|'));
  });
  it('in a table row too: each cell’s inline Markdown out and references decoded, split only at unescaped pipes', async () => {
    const ps = await paras(['# 关于报送数据的通知', '', '各单位：', '', '| 指标 | 要求 |', '|---|---|', '| **研发投入** | &lt;5% \\| 或 `&lt;` |', '| 项目 | [链接](http://x) &#124; 乙 |  |', '', '请按时报送。', ''].join('\n'));
    const texts = ps.map((p) => p.text);
    assert.ok(texts.includes('指标　要求'), texts.join('|'));
    assert.ok(texts.includes('研发投入　<5% | 或 &lt;'), texts.join('|'));
    // `&#124;` is a pipe inside its cell; an empty last cell stays a cell.
    assert.ok(texts.includes('项目　链接 | 乙　'), texts.join('|'));
  });
  it('does not make Markdown of the text after an indent of references (`&emsp;# 一` is a paragraph)', async () => {
    const ps = await paras(['# 通知', '', '&emsp;# 不是标题', ''].join('\n'));
    assert.ok(ps.some((p) => p.text === '\u2003# 不是标题'), ps.map((p) => p.text).join('|'));
  });
});

describe('characters a Word file cannot hold (XML 1.0 §2.2)', () => {
  /** A character XML 1.0 does not allow: C0 controls but tab, LF, CR; U+FFFE, U+FFFF; a lone surrogate. */
  const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const DRAFT = '关于测试\u0001的通知\n\n各单位：\n\n控制字符\u0002\u000b\u000c\u001f在此\ufffe\uffff，𠮷字\ud800断\udc00尾。\n\n请按时报送。\n';

  it('leaves them out of every part of the file, keeps the characters around them, and says so with their lines', async () => {
    const r = await exportDocx(DRAFT, { language: 'plaintext' });
    const files = unzipDocx(r.data);
    for (const [name, xml] of Object.entries(files)) assert.doesNotMatch(xml, ILLEGAL, name);
    const ps = paragraphs(files['word/document.xml']).map((p) => p.text);
    assert.deepEqual(ps.filter((p) => p !== ''), ['关于测试的通知', '各单位：', '控制字符在此，𠮷字断尾。', '请按时报送。']);
    assert.match(files['docProps/core.xml'], /<dc:title>关于测试的通知<\/dc:title>/);
    assert.deepEqual(r.literals.unwritable, { lines: [1, 5], marks: ['U+0001', 'U+0002', 'U+000B', 'U+000C', 'U+001F', 'U+FFFE', 'U+FFFF', 'U+D800', 'U+DC00'], count: 9 });
    const zh = describeLiterals(r.literals).map((m) => m.zh);
    assert.ok(zh.some((m) => m.startsWith('去掉了 9 个 Word 文件不能容纳的控制字符或残缺字符（U+0001 U+0002 U+000B U+000C U+001F U+FFFE U+FFFF U+D800，第 1、5 行）')), zh.join('|'));
  });

  it('writes a tab of the draft as a Word tab, not a tab character inside the text', async () => {
    const r = await exportDocx('关于测试的通知\n\n各单位：\n\n姓名\t职务\n', { language: 'plaintext' });
    const xml = unzipDocx(r.data)['word/document.xml'];
    assert.match(xml, /<w:t xml:space="preserve">姓名<\/w:t><w:tab\/><w:t xml:space="preserve">职务<\/w:t>/);
    assert.doesNotMatch(xml, /<w:t[^>]*>[^<]*\t/);
    assert.deepEqual(r.literals.unwritable, { lines: [], marks: [], count: 0 });
  });
});

describe('invisible format characters pasted with web text', () => {
  it('leaves U+200B, U+2060 and a stray U+FEFF out of headings, body and title, keeps U+200D, and says so with their lines', async () => {
    const draft = ['关于\u200B测试的通知', '', '各单位：', '', '\u200B一、总体\u2060要求', '', '正文\uFEFF内容。👨\u200D👩', ''].join('\n');
    const r = await exportDocx(draft, { language: 'plaintext' });
    const files = unzipDocx(r.data);
    for (const [name, xml] of Object.entries(files)) assert.doesNotMatch(xml, /[\u200B\u2060\uFEFF]/, name);
    const ps = paragraphs(files['word/document.xml']).map((p) => p.text);
    assert.deepEqual(ps.filter((p) => p !== ''), ['关于测试的通知', '各单位：', '一、总体要求', '正文内容。👨\u200D👩']);
    assert.match(files['docProps/core.xml'], /<dc:title>关于测试的通知<\/dc:title>/);
    assert.deepEqual(r.literals.invisible, { lines: [1, 5, 7], marks: ['U+200B', 'U+2060', 'U+FEFF'], count: 4 });
    const zh = describeLiterals(r.literals).map((m) => m.zh);
    assert.ok(zh.includes('去掉了 4 个看不见的格式字符（U+200B U+2060 U+FEFF，第 1、5、7 行）：多随网页文字粘贴而来，会妨碍 Word 中的查找和换行'), zh.join('|'));
  });
});

describe('images of a Markdown draft', () => {
  it('are left out with their alt text, and the summary names them with their lines', async () => {
    const md = ['# 关于政务服务工作情况的报告', '', '市政府办公室：', '', '现将情况报告如下。', '', '![图1　2024年评价数据](images/fig1.png)', '', '详见下图![图2](b.png)和![图3](c.png)。', ''].join('\n');
    const r = await exportDocx(md, { language: 'markdown' });
    const ps = paragraphs(unzipDocx(r.data)['word/document.xml']).map((p) => p.text);
    assert.ok(!ps.some((p) => p.includes('图1')), ps.join('|'));
    assert.ok(ps.includes('详见下图和。'), ps.join('|'));
    assert.deepEqual(r.literals.images, { lines: [7, 9], count: 3 });
    assert.ok(describeLiterals(r.literals).some((m) => m.zh === '略去了 3 张图片及其说明文字（第 7、9 行）：请在 Word 中插入图片'));
    const plainText = await exportDocx('关于测试的通知\n各单位：\n见![图](a.png)。\n', { language: 'plaintext' });
    assert.deepEqual(plainText.literals.images, { lines: [], count: 0 }, 'plain text has no Markdown images');
  });
});

describe('links of a Markdown draft', () => {
  it('export their text, and the summary names the lines whose addresses were left out', async () => {
    const md = ['# 关于政务服务工作情况的报告', '', '市政府办公室：', '', '详见[市政府网站](https://www.example.gov.cn/a.html)和[通知](http://x.cn/1)。', '', '图![图](a.png)不是链接。', ''].join('\n');
    const r = await exportDocx(md, { language: 'markdown' });
    const ps = paragraphs(unzipDocx(r.data)['word/document.xml']).map((p) => p.text);
    assert.ok(ps.includes('详见市政府网站和通知。'), ps.join('|'));
    assert.deepEqual(r.literals.links, { lines: [5], count: 2 });
    assert.ok(describeLiterals(r.literals).some((m) => m.zh === '2 个链接只导出了文字，网址未导出（第 5 行）：如需网址，请在 Word 中补上'));
    const plainText = await exportDocx('关于测试的通知\n各单位：\n见[通知](http://x.cn/1)。\n', { language: 'plaintext' });
    assert.deepEqual(plainText.literals.links, { lines: [], count: 0 }, 'plain text has no Markdown links');
  });
});
