/**
 * Kinds of template-site residue a held-back set measures (all examples invented): a site's QQ/WeChat customer service,
 * a cut page's notice, brackets of residue at one end of a line or both around the document's text. Each is reported
 * with the right fix kind, and the document's text is never deleted with it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { webResidue } from '../../server/src/core/rules/web-residue';
import { lineResidueKind, residueLines } from '../../server/src/core/residue';
import { Source } from '../../server/src/core/source';

const findings = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings;
const fixed = (text: string) => fixAll(text, { language: 'plaintext' }, 8, [webResidue]).text;
/** Each finding as `[the text it covers, its fix kind]`. */
const found = (text: string) => findings(text).map((f) => [text.slice(f.start, f.end), f.fix?.kind]);

const HEAD = ['关于开展安全生产大检查的通知', '', '各单位：', '　　现将有关事项通知如下。', ''];
const doc = (...lines: string[]) => [...HEAD, ...lines, ''].join('\n');

describe('web-residue: a site’s customer service', () => {
  it('QQ customer service with its hours: a safe deletion of the line', () => {
    const text = doc('客服QQ：123456789（工作日9:00-18:00）');
    assert.deepEqual(found(text), [['客服QQ：123456789（工作日9:00-18:00）', 'safe']]);
    assert.equal(fixed(text), [...HEAD.slice(0, 4), ''].join('\n'));
  });

  it('without hours: offered alone, safe beside other residue', () => {
    assert.deepEqual(found(doc('微信客服：gw_kefu01')), [['微信客服：gw_kefu01', 'suggestion']]);
    const beside = found(doc('微信客服：gw_kefu01', '本文由用户上传，如有侵权请联系删除'));
    assert.deepEqual(beside[0], ['微信客服：gw_kefu01', 'safe']);
    assert.deepEqual(found(doc('客服QQ：123456789（工作日9:00-18:00）', '微信客服：gw_kefu01')), [
      ['客服QQ：123456789（工作日9:00-18:00）', 'safe'],
      ['微信客服：gw_kefu01', 'safe'],
    ]);
    assert.deepEqual(found(doc('QQ客服：12345678', '微信客服：gw_kefu01')), [
      ['QQ客服：12345678', 'suggestion'],
      ['微信客服：gw_kefu01', 'suggestion'],
    ], 'two lines offered alone make no sure one');
  });

  it('a notice’s own hotline or consultation number is not residue', () => {
    for (const line of ['客服电话：95566', '客服热线：400-800-1234（工作日9:00-17:00）', '咨询电话：0791-86123456（工作日9:00-17:00）', '　　各乡镇要通过微信客服、QQ群等渠道做好解释工作。']) {
      assert.deepEqual(found(doc(line)), [], line);
    }
  });
});

describe('web-residue: a cut page’s notice', () => {
  for (const line of ['未完待续，请下载完整文档', '以上为部分内容，下载后查看完整版', '……（全文共8页，当前为第1页）']) {
    it(`the whole line goes, safely: ${line}`, () => {
      const text = doc(line);
      assert.deepEqual(found(text), [[line, 'safe']]);
      assert.equal(fixed(text), [...HEAD.slice(0, 4), ''].join('\n'));
    });
  }

  it('a notice pointing to its own attachment or to a public body’s site is the document’s', () => {
    for (const line of ['　　以上为部分内容，完整名单请下载附件查看。', '　　以上为政策要点的部分内容，全文请登录市政府门户网站下载。', '　　请于5月10日前下载报名表并填写。']) {
      assert.deepEqual(found(doc(line)), [], line);
    }
    // A bare `未完待续` names no download: sure by its words never; at the end of the text it is offered
    // (residue-closing-note.test.ts), above the document's own text it is left alone.
    assert.deepEqual(found(doc('未完待续', '　　请各单位认真贯彻落实。')), []);
    assert.deepEqual(found(doc('未完待续')), [['未完待续', 'suggestion']]);
  });
});

describe('web-residue: brackets of residue at the ends of a line', () => {
  it('a banner before the title and a plug after it: two findings, two edits, the title stays', () => {
    const title = '【免费下载】关于加强作风建设的通知（本文来自某某文库）';
    const text = [title, '', '各单位：', '　　现将有关事项通知如下。', ''].join('\n');
    assert.deepEqual(found(text), [
      ['【免费下载】', 'safe'],
      ['（本文来自某某文库）', 'safe'],
    ]);
    const fs = findings(text);
    assert.match(fs[0].message.en, /at the start of this line/);
    assert.match(fs[1].message.en, /at the end of this line/);
    assert.equal(fixed(text), ['关于加强作风建设的通知', '', '各单位：', '　　现将有关事项通知如下。', ''].join('\n'));
    assert.deepEqual([...residueLines(new Source(text, 'plaintext'))], [], 'the title is no residue line');
  });

  it('the document model reads a title between brackets of residue as no residue line', () => {
    const source = new Source('正文。\n', 'plaintext');
    assert.equal(lineResidueKind(source, '【免费下载】关于加强作风建设的通知'), undefined);
    assert.equal(lineResidueKind(source, '【免费下载】'), 'promo');
  });

  it('a banner alone before the title: only the banner goes', () => {
    const text = ['【精品文档】关于加强作风建设的通知', '', '各单位：', ''].join('\n');
    assert.deepEqual(found(text), [['【精品文档】', 'safe']]);
    assert.equal(fixed(text), ['关于加强作风建设的通知', '', '各单位：', ''].join('\n'));
  });

  it('a site’s plug run onto a sentence without a sentence end: only the plug goes', () => {
    const text = doc('　　为进一步加强作风建设，现就有关事项通知如下（本文来自公文库）', '　　一、提高思想认识。');
    assert.deepEqual(found(text), [['（本文来自公文库）', 'safe']]);
    assert.ok(fixed(text).includes('　　为进一步加强作风建设，现就有关事项通知如下\n'));
    const notice = doc('　　为进一步加强作风建设，现就有关事项通知如下（本文来自公文库，转载请注明出处）');
    assert.deepEqual(found(notice), [['（本文来自公文库，转载请注明出处）', 'safe']]);
  });

  it('a short line with a plug, once deleted whole by a safe fix, keeps its text', () => {
    for (const [line, plug] of [
      ['　　现将有关事项通知如下（本文来自百度文库）', '（本文来自百度文库）'],
      ['　　现将有关事项通知如下（转载请注明出处）', '（转载请注明出处）'],
      ['关于加强作风建设的通知（来源：某某范文网）', '（来源：某某范文网）'],
    ]) {
      const text = doc(line);
      assert.deepEqual(found(text), [[plug, 'safe']], line);
      assert.ok(fixed(text).includes(line.replace(plug, '') + '\n'), line);
    }
  });

  it('a plug that names a site but no template site is only offered', () => {
    const text = doc('　　市委召开常委会议研究部署相关工作（本文来自人民网）');
    assert.deepEqual(found(text), [['（本文来自人民网）', 'suggestion']]);
    assert.equal(fixed(text), text);
  });

  it('a site’s name and a bar before a title, a tag in square brackets, a plug before the sentence end', () => {
    const bar = ['某某范文网 | 关于加强作风建设的通知', '', '各单位：', ''].join('\n');
    assert.deepEqual(found(bar), [['某某范文网 | ', 'safe']]);
    assert.equal(fixed(bar), ['关于加强作风建设的通知', '', '各单位：', ''].join('\n'));
    assert.deepEqual(found(['[Word版]关于加强作风建设的通知', ''].join('\n')), [['[Word版]', 'safe']]);
    assert.deepEqual(found(['某某文库：关于加强作风建设的通知（本文来自某某文库）', ''].join('\n')), [
      ['某某文库：', 'safe'],
      ['（本文来自某某文库）', 'safe'],
    ]);
    assert.deepEqual(found(['某某公文网——关于加强作风建设的通知（转载请注明出处）', ''].join('\n')), [
      ['某某公文网——', 'safe'],
      ['（转载请注明出处）', 'safe'],
    ]);
    const end = doc('　　为进一步加强作风建设，现就有关事项通知如下（本文来自公文库）。');
    assert.deepEqual(found(end), [['（本文来自公文库）', 'safe']]);
    assert.ok(fixed(end).includes('　　为进一步加强作风建设，现就有关事项通知如下。\n'));
    assert.deepEqual(found(doc('　　为进一步加强作风建设，现就有关事项通知如下（转自某某公文网）')), [['（转自某某公文网）', 'safe']]);
  });

  it('a banner and its slogan stay one line; a bar before no title is no split', () => {
    assert.deepEqual(found(['某某文摘网-腹有诗书气自华', '关于加强作风建设的通知', ''].join('\n')), [['某某文摘网-腹有诗书气自华', 'safe']]);
    assert.deepEqual(found(doc('　　为进一步加强作风建设，现就有关事项通知如下（来源：人民网）')), []);
    assert.deepEqual(found(doc('　　青山县政务服务网——打造一流营商环境', '中国政府网：www.gov.cn')), []);
    assert.deepEqual(found(['织密民生保障网——在全市民政工作会议上的讲话', '', '筑牢安全生产网：关于加强安全生产工作的意见', ''].join('\n')), []);
  });

  it('under a related-articles header a tagged title is an item of the list, whole', () => {
    const text = ['关于加强作风建设的通知', '　　一、提高思想认识。作风建设是党的建设的重要内容。', '相关文章：', '【精品】某某公司2024年工作总结', '某某县2024年安全生产工作总结', ''].join('\n');
    assert.deepEqual(found(text).slice(1), [
      ['【精品】某某公司2024年工作总结', 'suggestion'],
      ['某某县2024年安全生产工作总结', 'suggestion'],
    ]);
  });

  it('a collection’s header stays one whole-line call, with or without a banner', () => {
    for (const line of ['在全县经济工作会议上的讲话稿（精选3篇）', '【免费下载】在全县经济工作会议上的讲话稿（精选3篇）']) {
      const text = [line, '', '同志们：', ''].join('\n');
      assert.deepEqual(found(text), [[line, 'safe']], line);
    }
  });

  it('brackets of the document’s own are not residue', () => {
    for (const line of [
      '关于印发《青山县河长制管理办法》的通知（青政办发〔2024〕3号）',
      '【典型案例】某某县推进基层治理工作取得成效',
      '　　市委召开常委会议研究部署相关工作（来源：人民网）',
      '　　市委召开常委会议研究部署相关工作（本文来源：县委办公室）',
      '　　市委召开常委会议研究部署相关工作（本文来自县融媒体中心）',
      '关于开展安全生产大检查的实施方案（征求意见稿）',
    ]) {
      assert.deepEqual(found(doc(line)), [], line);
    }
  });
});

describe('web-residue: words injected at a line’s ordinal (anti-scraping)', () => {
  const RULES = ['第一条 学习对象', '中心组成员均须参加学习。', '第二条 组织管理', '中心组组长负责以下工作：'];

  it('before a bracketed ordinal, with siblings that open with one: only the words, offered', () => {
    const text = [...RULES, '（一）制定年度学习计划；', '最难忘的风景（二）主持集中学习研讨；', '（三）督促检查成员的学习情况。', ''].join('\n');
    assert.deepEqual(found(text), [['最难忘的风景', 'suggestion']]);
    assert.match(findings(text)[0].message.en, /at the start of this line/);
  });

  it('between an article’s number and its heading, beside articles with their headings apart: offered', () => {
    const text = ['第一条椭圆的面积 学习对象', '中心组成员均须参加学习。', '第二条 组织管理', '中心组组长负责日常工作。', '第三条 学习内容', ''].join('\n');
    assert.deepEqual(found(text), [['椭圆的面积', 'suggestion']]);
    assert.match(findings(text)[0].message.en, /inside this line/);
  });

  it('a reference to an item, a label before an ordinal, or a line with no sibling is the document’s', () => {
    const items = ['（一）新建住宅小区；', '（二）改建住宅小区。'];
    for (const line of ['前款第（一）项规定的补建面积，按照缺少面积的1.5倍计算。', '附件（一）项目申报表', '按照（二）的要求办理。']) {
      assert.deepEqual(found([...items, line, ''].join('\n')), [], line);
    }
    assert.deepEqual(found(['各单位：', '最难忘的风景（二）主持集中学习研讨；', '请认真落实。', ''].join('\n')), [], 'no sibling');
    assert.deepEqual(found(['第一条椭圆的面积 学习对象', '中心组成员均须参加学习。', ''].join('\n')), [], 'no other article');
  });
});
