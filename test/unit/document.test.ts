import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Source, buildSections, buildDocumentModel, lint, type DocumentModel, type Language, type Rule } from '../../server/src/core/index';
import { SourceMemo } from '../../server/src/core/memo';

function model(text: string, language: Language = 'plaintext'): { m: DocumentModel; src: Source } {
  const src = new Source(text, language);
  return { m: buildDocumentModel(src, buildSections(src)), src };
}

/** `role:text` for every paragraph, a run-in heading as `heading2:（一）…。|body…`. */
function roles(text: string, language: Language = 'plaintext'): string[] {
  const { m, src } = model(text, language);
  return m.paragraphs.map((p) => {
    const head = src.text.slice(p.start, p.headingEnd);
    const rest = p.headingEnd < p.end ? `|${src.text.slice(p.headingEnd, p.end)}` : '';
    return `${p.role}${p.level || ''}${p.attachment ? `@${p.attachment}` : ''}:${head}${rest}`;
  });
}

// All documents below are written for these tests.
const NOTICE = [
  '特急',
  '青山县人民政府办公室文件',
  '青政办发〔2025〕7号',
  '',
  '青山县人民政府办公室关于做好汛期',
  '防汛值守工作的通知',
  '',
  '各乡镇人民政府，县政府各部门：',
  '',
  '　　为切实做好今年汛期防汛值守工作，现就有关事项通知如下。',
  '　　一、压实值守责任',
  '　　（一）落实领导带班。各乡镇主要负责同志要轮流带班。',
  '　　（二）严格请示报告',
  '　　1.重大险情立即报告；',
  '　　2.一般情况每日报告。',
  '　　二、强化物资保障',
  '　　各单位要备足防汛物资。',
  '',
  '　　附件：1.值班安排表',
  '　　　　　2.防汛物资清单',
  '',
  '青山县人民政府办公室',
  '2025年6月3日',
  '（此件公开发布）',
  '',
  '附件1',
  '',
  '值班安排表',
  '',
  '一、带班领导',
  '按月轮换。',
  '',
  '附件2',
  '防汛物资清单',
  '编织袋五千条。',
  '',
  '抄送：县委办公室，县人大常委会办公室。',
  '青山县人民政府办公室　　2025年6月3日印发',
].join('\n');

describe('buildDocumentModel: invisible format characters', () => {
  it('a heading behind a zero-width space is still a level-1 heading (set in 黑体 by the export)', () => {
    const got = roles('关于事项的通知\n\n各单位：\n\n一、总体要求\n\n\u200b二、主要任务\n\n三、保障措施\n');
    assert.deepEqual(got.slice(-3), ['heading1:一、总体要求', 'heading1:\u200b二、主要任务', 'heading1:三、保障措施']);
    // A zero-width space before a sentence does not make it a heading.
    assert.equal(roles('关于事项的通知\n\n各单位：\n\n\u200b现将有关事项通知如下。\n').at(-1), 'body:\u200b现将有关事项通知如下。');
  });
});

describe('buildDocumentModel: a notice with every part', () => {
  it('gives each line its role, in GB/T 9704 order', () => {
    assert.deepEqual(roles(NOTICE), [
      'masthead:特急',
      'issuer-mark:青山县人民政府办公室文件',
      'document-number:青政办发〔2025〕7号',
      'title:青山县人民政府办公室关于做好汛期',
      'title:防汛值守工作的通知',
      'addressee:各乡镇人民政府，县政府各部门：',
      'body:为切实做好今年汛期防汛值守工作，现就有关事项通知如下。',
      'heading1:一、压实值守责任',
      'heading2:（一）落实领导带班。|各乡镇主要负责同志要轮流带班。',
      'heading2:（二）严格请示报告',
      'heading3:1.重大险情立即报告；',
      'heading3:2.一般情况每日报告。',
      'heading1:二、强化物资保障',
      'body:各单位要备足防汛物资。',
      'attachment-note:附件：1.值班安排表',
      'attachment-note:2.防汛物资清单',
      'signature:青山县人民政府办公室',
      'date:2025年6月3日',
      'annotation:（此件公开发布）',
      'attachment-label:附件1',
      'attachment-title@1:值班安排表',
      'heading1@1:一、带班领导',
      'body@1:按月轮换。',
      'attachment-label:附件2',
      'attachment-title@2:防汛物资清单',
      'body@2:编织袋五千条。',
      'copy-to:抄送：县委办公室，县人大常委会办公室。',
      'printing:青山县人民政府办公室　　2025年6月3日印发',
    ]);
  });

  it('exposes the parts: 附件说明 items, attachments with titles, the 版记', () => {
    const { m, src } = model(NOTICE);
    const at = (s: { start: number; end: number } | undefined) => (s ? src.text.slice(s.start, s.end) : undefined);
    assert.equal(m.kind, 'document');
    assert.equal(at(m.title), '青山县人民政府办公室关于做好汛期');
    assert.equal(at(m.documentNumber), '青政办发〔2025〕7号');
    assert.equal(at(m.addressee), '各乡镇人民政府，县政府各部门：');
    assert.deepEqual(
      m.attachmentNote?.items.map((i) => [i.number, at(i), i.line]),
      [
        [1, '值班安排表', 18],
        [2, '防汛物资清单', 19],
      ],
    );
    assert.deepEqual(m.signature.map(at), ['青山县人民政府办公室']);
    assert.equal(at(m.date), '2025年6月3日');
    assert.deepEqual(m.annotations.map(at), ['（此件公开发布）']);
    assert.deepEqual(
      m.attachments.map((a) => [a.number, at(a.label), at(a.title), a.paragraphs.length]),
      [
        [1, '附件1', '值班安排表', 3],
        [2, '附件2', '防汛物资清单', 2],
      ],
    );
    assert.equal(at(m.imprint?.copyTo), '抄送：县委办公室，县人大常委会办公室。');
    assert.equal(at(m.imprint?.printing), '青山县人民政府办公室　　2025年6月3日印发');
  });

  it('splits a run-in heading at its first 。 with UTF-16 offsets (astral characters before it)', () => {
    const text = '关于𠮷林路改造的请示\n\n市交通局：\n\n（一）𠮷林路现状。路面破损严重。\n\n妥否，请批示。\n\n𠮷安区交通运输局\n2025年3月1日\n';
    const { m } = model(text);
    const h = m.paragraphs.find((p) => p.role === 'heading');
    assert.ok(h);
    assert.equal(text.slice(h.start, h.headingEnd), '（一）𠮷林路现状。');
    assert.equal(text.slice(h.headingEnd, h.end), '路面破损严重。');
    assert.equal(h.start, text.indexOf('（一）'));
    assert.equal(h.line, 4);
    assert.equal(h.marker?.value, 1);
    assert.deepEqual(m.signature.map((p) => text.slice(p.start, p.end)), ['𠮷安区交通运输局']);
  });
});

describe('buildDocumentModel: other kinds of document', () => {
  it('a request (请示) with one unnumbered attachment and no 版记', () => {
    const text = [
      '关于购置应急发电设备的请示',
      '县财政局：',
      '我局现有发电设备老化，无法满足应急需要。拟购置发电机两台，所需资金八万元。',
      '妥否，请批示。',
      '附件：应急发电设备购置预算表',
      '县应急管理局',
      '2025年4月8日',
      '（联系人：王明，电话：1234567）',
    ].join('\n');
    assert.deepEqual(roles(text), [
      'title:关于购置应急发电设备的请示',
      'addressee:县财政局：',
      'body:我局现有发电设备老化，无法满足应急需要。拟购置发电机两台，所需资金八万元。',
      'body:妥否，请批示。',
      'attachment-note:附件：应急发电设备购置预算表',
      'signature:县应急管理局',
      'date:2025年4月8日',
      'annotation:（联系人：王明，电话：1234567）',
    ]);
    const { m } = model(text);
    assert.deepEqual(m.attachmentNote?.items.map((i) => [i.number, text.slice(i.start, i.end)]), [[undefined, '应急发电设备购置预算表']]);
    assert.equal(m.imprint, undefined);
    assert.deepEqual(m.attachments, []);
  });

  it('a report (报告) with a joint signature and Markdown headings', () => {
    const text = [
      '# 关于2024年度安全生产工作情况的报告',
      '',
      '市安委会：',
      '',
      '## 一、主要工作',
      '',
      '全年开展检查四十次。',
      '',
      '## 二、下步打算',
      '',
      '继续加强隐患排查。',
      '',
      '特此报告。',
      '',
      '县安委会办公室　　　县应急管理局',
      '县住房和城乡建设局',
      '2025年1月10日',
    ].join('\n');
    assert.deepEqual(roles(text, 'markdown'), [
      'title:关于2024年度安全生产工作情况的报告',
      'addressee:市安委会：',
      'heading1:一、主要工作',
      'body:全年开展检查四十次。',
      'heading1:二、下步打算',
      'body:继续加强隐患排查。',
      'body:特此报告。',
      'signature:县安委会办公室　　　县应急管理局',
      'signature:县住房和城乡建设局',
      'date:2025年1月10日',
    ]);
  });

  it('a letter (函) with Markdown headings without ordinals, levelled below the # title', () => {
    const text = ['# 关于商请支持培训场地的函', '', '省农业科学院：', '', '## 培训安排', '', '拟于五月举办培训班。', '', '### 场地要求', '', '需容纳一百人。', '', '请予函复。', '', '县农业农村局', '', '2025年3月20日', ''].join('\r\n');
    assert.deepEqual(roles(text, 'markdown'), [
      'title:关于商请支持培训场地的函',
      'addressee:省农业科学院：',
      'heading1:培训安排',
      'body:拟于五月举办培训班。',
      'heading2:场地要求',
      'body:需容纳一百人。',
      'body:请予函复。',
      'signature:县农业农村局',
      'date:2025年3月20日',
    ]);
  });

  it('a 主送机关 ending in 机构, 工商联, 党组织, 团体, 科协 or 电视台 is one; a lead-in is not', () => {
    for (const a of ['市政府各部门、各直属机构：', '各派出机构：', '市工商联：', '全市各级党组织：', '各人民团体：', '市科协：', '市广播电视台：']) {
      const text = ['关于做好冬季安全生产工作的通知', '', a, '', '现将有关事项通知如下。', ''].join('\n');
      assert.ok(roles(text, 'plaintext').includes(`addressee:${a}`), a);
    }
    const lead = ['关于做好冬季安全生产工作的通知', '', '具体要求如下：', '', '一、加强领导。', ''].join('\n');
    assert.ok(!roles(lead, 'plaintext').some((r) => r.startsWith('addressee')));
  });

  it('minutes (纪要): 出席 lines are body, not a 主送机关', () => {
    const text = ['县政府常务会议纪要', '', '2025年2月14日，县长主持召开县政府常务会议。', '出席：张华、李强、赵敏', '请假：孙立', '会议议定事项如下：', '一、原则同意春耕工作方案。', '二、由县农业农村局牵头落实。'].join('\n');
    assert.deepEqual(roles(text), [
      'title:县政府常务会议纪要',
      'body:2025年2月14日，县长主持召开县政府常务会议。',
      'body:出席：张华、李强、赵敏',
      'body:请假：孙立',
      'body:会议议定事项如下：',
      'heading1:一、原则同意春耕工作方案。',
      'heading1:二、由县农业农村局牵头落实。',
    ]);
    assert.equal(model(text).m.addressee, undefined);
  });

  it('a speech: title, speaker, date line, salutation (Markdown, CRLF, BOM)', () => {
    const text = '\ufeff# 在全县春耕生产动员会上的讲话\r\n\r\n县委副书记　刘明\r\n\r\n（2025年3月5日）\r\n\r\n同志们：\r\n\r\n今天召开这次会议，主要任务是部署春耕生产。\r\n\r\n一、认清形势。今年春耕任务很重。\r\n\r\n同志们，春耕时间紧、任务重，大家要抓紧行动！\r\n';
    const { m, src } = model(text, 'markdown');
    assert.equal(m.kind, 'speech');
    assert.deepEqual(roles(text, 'markdown'), [
      'title:在全县春耕生产动员会上的讲话',
      'speaker:县委副书记　刘明',
      'speech-date:（2025年3月5日）',
      'salutation:同志们：',
      'body:今天召开这次会议，主要任务是部署春耕生产。',
      'heading1:一、认清形势。|今年春耕任务很重。',
      'body:同志们，春耕时间紧、任务重，大家要抓紧行动！',
    ]);
    assert.equal(m.title?.start, text.indexOf('在全县'));
    assert.equal(m.salutation?.line, 6);
    assert.equal(src.text.slice(m.speechDate?.start, m.speechDate?.end), '（2025年3月5日）');
    assert.equal(m.addressee, undefined);
    assert.deepEqual(m.signature, []);
  });

  it('a speech whose speaker line comes after its date line: the speaker when the salutation follows or it ends in a name', () => {
    assert.deepEqual(roles('在全县经济工作会议上的讲话\n（2026年3月5日）\n县委书记\n张三\n同志们：\n今天召开会议。'), [
      'title:在全县经济工作会议上的讲话',
      'speech-date:（2026年3月5日）',
      'speaker:县委书记',
      'speaker:张三',
      'salutation:同志们：',
      'body:今天召开会议。',
    ]);
    assert.deepEqual(roles('在全县经济工作会议上的讲话\n（2026年3月5日）\n县委书记　张三\n今天召开会议。').slice(2, 3), ['speaker:县委书记　张三']);
    // A short line of the body is no speaker: not a name, no salutation after it; nor a second speaker after the date.
    assert.deepEqual(roles('在全县经济工作会议上的讲话\n（2026年3月5日）\n会议开始\n今天召开会议。').slice(2, 3), ['body:会议开始']);
    assert.deepEqual(roles('在全县经济工作会议上的讲话\n（2026年3月5日）\n抓好落实\n今天召开会议。').slice(2, 3), ['body:抓好落实']);
    assert.deepEqual(roles('在全县经济工作会议上的讲话\n（2026年3月5日）\n方案如下\n今天召开会议。').slice(2, 3), ['body:方案如下']);
    assert.deepEqual(roles('在全县经济工作会议上的讲话\n李四\n（2026年3月5日）\n张三\n今天召开会议。').slice(1, 4), ['speaker:李四', 'speech-date:（2026年3月5日）', 'body:张三']);
  });

  it('a speech is recognised by its salutation when the title does not say 讲话', () => {
    const text = '在青年干部座谈会上\n\n同志们：\n\n很高兴和大家见面。';
    const { m } = model(text);
    assert.equal(m.kind, 'speech');
    assert.equal(m.salutation?.line, 2);
  });
});

describe('buildDocumentModel: missing parts and non-prose', () => {
  it('a draft without title, 主送机关 or date: every line is body or heading', () => {
    assert.deepEqual(roles('今年以来，我们做了大量工作。\n一、抓好落实。各单位要认真落实。\n二、加强督查。'), [
      'body:今年以来，我们做了大量工作。',
      'heading1:一、抓好落实。|各单位要认真落实。',
      'heading1:二、加强督查。',
    ]);
  });

  it('a date inside the body that prose follows is not the 成文日期', () => {
    const text = '关于召开会议的通知\n各单位：\n会议定于：\n2025年5月6日\n上午九时在县政府召开。\n县政府办公室\n2025年5月1日';
    const { m } = model(text);
    assert.equal(m.date?.line, 6);
    assert.deepEqual(m.signature.map((p) => p.line), [5]);
    assert.equal(m.paragraphs[3].role, 'body');
  });

  it('a closing formula without its full stop is not a 署名', () => {
    const text = '关于调整作息时间的通知\n各科室：\n自下周起，上午八时半上班。\n特此通知\n县档案馆\n2025年5月6日';
    const { m } = model(text);
    assert.deepEqual(m.signature.map((p) => p.line), [4]);
  });

  it('an empty text and a text of blanks give no paragraphs', () => {
    assert.deepEqual(model('').m.paragraphs, []);
    assert.deepEqual(model('\n\n　　\r\n').m.paragraphs, []);
  });

  it('Markdown code, tables and separators are verbatim or separator, and the title is not taken from them', () => {
    const text = ['```', '一、不是标题', '```', '', '关于印发工作要点的通知', '', '| 项目 | 时间 |', '|---|---|', '| 检查 | 五月 |', '', '---', '', '正文一段。'].join('\n');
    const r = roles(text, 'markdown');
    assert.deepEqual(r, ['verbatim:```', 'verbatim:一、不是标题', 'verbatim:```', 'title:关于印发工作要点的通知', 'verbatim:| 项目 | 时间 |', 'verbatim:|---|---|', 'verbatim:| 检查 | 五月 |', 'separator:---', 'body:正文一段。']);
  });

  it('a lead-in ending with a colon is no 主送机关; a list of offices is, brackets and all', () => {
    assert.equal(model('关于召开年度总结会的通知\n会议的主要内容如下：\n一、总结全年工作。').m.addressee, undefined);
    assert.equal(model('关于召开年度总结会的通知\n今天：\n开会。').m.addressee, undefined);
    assert.equal(model('关于做好防汛工作的通知\n各村（社区）：\n请做好准备。').m.addressee?.line, 1);
    assert.equal(model('关于商请支持的函\n青山大学：\n请予支持。').m.addressee?.line, 1);
  });

  it('site furniture before the title stays body and the title is found after it', () => {
    const { m } = model('收藏本文 举报\n关于做好节日值班的通知\n各单位：\n请安排好值班。');
    assert.equal(m.paragraphs[0].role, 'body');
    assert.equal(m.title?.line, 1);
    assert.equal(m.addressee?.line, 2);
    // A draft that is only such a line and one more does not crash.
    assert.equal(model('收藏本文 举报\n正文。').m.title, undefined);
    assert.equal(model('收藏本文 举报').m.title, undefined);
  });

  it('web residue is marked and skipped when finding the title', () => {
    const { m } = model('当前位置：首页 > 范文 > 通知\n关于做好节日值班的通知\n各单位：\n请安排好值班。');
    assert.equal(m.paragraphs[0].role, 'residue');
    assert.equal(m.title?.line, 1);
    assert.equal(m.addressee?.line, 2);
  });
});

describe('RuleContext.document', () => {
  it('is built on first access and shared by every rule of one lint run', () => {
    const seen: DocumentModel[] = [];
    const rule = (id: string): Rule => ({
      meta: { id, name: { zh: id, en: id }, basis: '实务', defaultSeverity: 'warning', fixable: false, description: { zh: id, en: id }, example: { wrong: '', right: '' } },
      check(ctx) {
        seen.push(ctx.document, ctx.document);
      },
    });
    lint('关于做好节日值班的通知\n各单位：\n请安排好值班。', { language: 'plaintext' }, [rule('a'), rule('b')]);
    assert.equal(seen.length, 4);
    assert.ok(seen.every((d) => d === seen[0]));
    assert.equal(seen[0].addressee?.line, 1);
  });
});

describe('document model across versions', () => {
  // A draft with every part the model reads, bullets, bold lines, indented lines and web residue; written for this test.
  const draft = [
    '当前位置：首页 > 范文 > 通知',
    'XX县人民政府文件',
    'X政发〔2024〕3号',
    '关于做好春季防火工作的通知',
    '各乡镇人民政府，县直各单位：',
    '　　为切实做好春季防火工作，现将有关事项通知如下。',
    '一、提高思想认识',
    '　　各单位要高度重视，落实责任。',
    '- 列表中的一项',
    '**二、落实工作责任**',
    '1. 明确责任人',
    '2. 加强巡查 ',
    '———',
    '👉 点击查看更多范文',
    '附件：1.防火责任表',
    '　　　2.值班安排表',
    'XX县人民政府',
    '2024年3月1日',
    '（此件公开发布）',
    '附件1',
    '防火责任表',
    '抄送：县委办公室。',
    'XX县人民政府办公室　　2024年3月1日印发',
  ].join('\n');

  it('is the same built with a session memo, version after version, as built afresh', () => {
    for (const language of ['plaintext', 'markdown'] as const) {
      const memo = new SourceMemo();
      let text = draft;
      let seed = 7;
      for (let version = 0; version < 60; version++) {
        seed = (seed * 48271) % 2147483647;
        const at = seed % (text.length + 1);
        // Insert or delete a character, or duplicate a line: lines come and go, most stay as they were.
        if (version % 3 === 0) text = text.slice(0, at) + '的' + text.slice(at);
        else if (version % 3 === 1 && at < text.length) text = text.slice(0, at) + text.slice(at + 1);
        else {
          const lines = text.split('\n');
          const k = seed % lines.length;
          lines.splice(k, 0, lines[k]);
          text = lines.join('\n');
        }
        memo.rotate();
        const kept = new Source(text, language);
        kept.memo = memo;
        const fresh = new Source(text, language);
        assert.deepEqual(buildDocumentModel(kept, buildSections(kept)), buildDocumentModel(fresh, buildSections(fresh)), `${language} version ${version}`);
      }
    }
  });

  it('reads the test draft with every part it holds', () => {
    const r = roles(draft);
    assert.deepEqual(
      r.filter((x) => !x.startsWith('body') && !x.startsWith('heading')),
      [
        'residue:当前位置：首页 > 范文 > 通知',
        'issuer-mark:XX县人民政府文件',
        'document-number:X政发〔2024〕3号',
        'title:关于做好春季防火工作的通知',
        'addressee:各乡镇人民政府，县直各单位：',
        'separator:———',
        'residue:👉 点击查看更多范文',
        'attachment-note:附件：1.防火责任表',
        'attachment-note:2.值班安排表',
        'signature:XX县人民政府',
        'date:2024年3月1日',
        'annotation:（此件公开发布）',
        'attachment-label:附件1',
        'attachment-title@1:防火责任表',
        'copy-to:抄送：县委办公室。',
        'printing:XX县人民政府办公室　　2024年3月1日印发',
      ],
    );
  });
});
