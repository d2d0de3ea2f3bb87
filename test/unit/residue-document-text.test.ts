/**
 * Lines of a document's own text that share words with page furniture (a proofreader's test round, 2026-12-01):
 * a disclaimer-like 声明, a 推荐阅读 of books, a count of words or readings in a sentence, an ICP instruction, a
 * speaker's hope that the points help, numbered items of an operating guide. None may be called residue, and
 * `--fix` must leave the document as it is.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyResidue, residueText } from '../../server/src/core/residue';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';

const kind = (line: string) => classifyResidue(residueText(line));

const LINES = [
  '特别声明：本次招聘不收取任何费用，不指定任何考试辅导用书，不举办也不委托任何机构举办考试辅导培训班。',
  '声明：本公告内容以青山市人民政府门户网站发布的为准。',
  '参赛作品版权归作者所有，主办单位享有汇编出版权。',
  '参赛作品须为原创，如有侵权行为，由作者承担全部责任。',
  '所选文章仅代表作者个人观点。',
  '推荐阅读：《习近平谈治国理政》第五卷有关篇目。',
  '延伸阅读：《之江新语》有关篇目。',
  '相关资料：活动方案、评分标准。',
  '修订后的《办法》共6章38条，全文共5600字。',
  '习近平总书记的重要文章发表于2023年第3期《求是》杂志。',
  '该平台累计获得32000次阅读。',
  '各县（市、区）门户网站要在显著位置标明ICP备案编号和公网安备编号。',
  '版权所有人可以许可他人使用作品。',
  '希望以上几点体会对大家的工作有所帮助。',
  '我推荐大家读一读这篇文章，供大家参考。',
  '我们为大家整理了一份学习清单，希望对大家有所帮助。',
  '现将我市一季度经济运行的有关信息介绍如下：',
  '以下数据资料仅供参考。',
  '投稿咨询：0791-86123456，联系人：王老师',
  '报名表下载：www.qingshan.gov.cn/xz',
  '2.点击进入“个人办事”栏目',
  '（一）免费下载电子证照',
  '（二）扫码领取电子社保卡',
  '三、文档下载',
];

/** Lines a template page adds that stay residue (the same kinds, with what only a site says of itself). */
const FURNITURE = [
  '声明：本站部分内容来源于网络，如有侵权请联系删除。',
  '希望以上内容对您有所帮助。',
  '下面是小编为大家整理的工作总结范文，希望对大家有所帮助。',
  'admin 分享 时间: 加入收藏 共计36517个字,预计阅读时长122分钟。',
  '推荐阅读：',
  '全文共3865字',
  '2.某某文档网站文档一经付费，不意味着购买了该文档的版权，仅供个人学习之用。',
  '平台声明：该文观点仅代表作者本人，本号系信息发布平台，仅提供信息存储空间服务。',
];

describe('residue: the document’s own text', () => {
  for (const line of LINES) it(`not residue: ${line}`, () => assert.equal(classifyResidue(residueText(line)), undefined));
  for (const line of FURNITURE) it(`still residue: ${line}`, () => assert.notEqual(classifyResidue(residueText(line)), undefined));
  it('in a notice, each line is left alone and --fix changes nothing', () => {
    for (const line of LINES) {
      const text = `关于开展2025年度公开招聘工作的公告\n\n根据工作需要，现将有关事项公告如下。\n\n${line}\n\n青山市人力资源和社会保障局\n2025年3月1日\n`;
      const residue = lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue');
      assert.deepEqual(residue.map((f) => f.message.zh), [], line);
      const out = fixAll(text, { language: 'plaintext', severities: { 'numbering-sequence': 'off' } }, 8).text;
      assert.equal(out, text, line);
    }
  });
});

/**
 * Lines the document itself introduces (a tester's round, 2026-12-01): a list after `以下平台：`, a sample credit after
 * `格式如下：`, a mail header after `转发如下：`, a sample footer after `须标注：`. They read like furniture, but
 * the document shows them on purpose: reported at most, never deleted by `--fix`.
 */
describe('web-residue: lines the document introduces are not deleted by --fix', () => {
  const cases = [
    '关于加强政务新媒体建设的通知\n\n各单位：\n\n各单位要用好以下平台：\n微信公众号\n抖音\n今日头条\n学习强国\n人民日报客户端\n\n特此通知。\n',
    '关于规范信息发布的通知\n\n各单位：\n\n每条信息须注明来源、责任编辑和审核人。稿件末尾格式如下：\n来源：青山县融媒体中心\n责任编辑：王芳\n审核：李强\n\n特此通知。\n',
    '关于转发省厅邮件通知的函\n\n各乡镇：\n\n现将省厅来函转发如下：\n\n-----原始邮件-----\n发件人：省民政厅办公室\n发送时间：2025年3月1日 星期六 10:20\n收件人：各市民政局\n主题：关于报送养老服务数据的通知\n\n请于3月10日前报送。\n\n县民政局\n2025年3月2日\n',
    '关于启用新版门户网站的通知\n\n各单位：\n\n新版门户网站设置以下栏目：\n首页\n政务公开\n政务服务\n\n网站页脚须标注：主办：青山县人民政府办公室　承办：青山县大数据中心　网站标识码：3412000001\n\n办公室\n2025年3月1日\n',
  ];
  for (const text of cases) {
    it(text.split('\n')[0], () => {
      const out = fixAll(text, { language: 'plaintext' }, 8).text;
      assert.equal(out, text);
    });
  }
  it('the same furniture with no lead-in is still deleted', () => {
    const text = '关于规范信息发布的通知\n\n各单位：\n\n请按要求报送。\n\n责任编辑：王芳\n';
    assert.equal(fixAll(text, { language: 'plaintext' }, 8).text, '关于规范信息发布的通知\n\n各单位：\n\n请按要求报送。\n');
  });
});

/**
 * A link the document gives its readers (a tester's report, 2026-12-02: `--fix` deleted a notice's download address as
 * document-sharing metadata). A link on a public body's site, a link to a file, or a link under prose that speaks of
 * it is the document's: never deleted by `--fix`; a link among the page's furniture still is.
 */
describe('web-residue: links the document gives are not deleted by --fix', () => {
  const notice = (link: string) => `关于报送2024年统计报表的通知\n\n各区统计局：\n\n请于5月10日前报送报表。报表模板请从市统计局网站下载。\n${link}\n\n特此通知。\n`;
  const residue = (text: string) => lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue');
  it('a labelled link or file name is no file card of a sharing site', () => {
    for (const line of ['下载地址：http://tjj.example.gov.cn/attach/2024/baobiao.xls', '报表下载：baobiao.xls', 'http://www.example.com/upload/2024/方案.docx']) assert.equal(kind(line), undefined, line);
    assert.equal(kind('社区议事规则汇编.docx'), 'metadata');
  });
  it('a public body’s download address is not reported', () => {
    assert.deepEqual(residue(notice('下载地址：http://tjj.example.gov.cn/attach/2024/baobiao.xls')), []);
  });
  for (const link of ['下载地址：http://www.hntj.com/attach/2024/baobiao.xls', '下载地址：www.hntj.com/a.xls', '下载地址：www.hntj.com/a/1.html', '下载地址：', 'www.hntj.com', '下载地址：www.redcross.org/a/1.html']) {
    it(`at most a suggestion, --fix keeps it: ${link}`, () => {
      const text = notice(link);
      for (const f of residue(text)) assert.equal(f.fix?.kind, 'suggestion', link);
      assert.equal(fixAll(text, { language: 'plaintext' }, 8).text, text);
    });
  }
  it('a short link under prose that refers to it is still offered for deletion', () => {
    assert.deepEqual(residue(notice('下载地址：www.hntj.com/a.xls')).map((f) => f.fix?.kind), ['suggestion']);
  });
  it('an organisation’s link is offered even with no prose about it', () => {
    const text = '关于开展救护培训的通知\n\n各单位：\n\n请各单位按时参加。\n\n下载地址：www.redcross.org/a/1.html\n\n特此通知。\n';
    assert.deepEqual(residue(text).map((f) => f.fix?.kind), ['suggestion']);
  });
  it('a link among the page’s furniture is still deleted', () => {
    const text = '关于报送统计报表的通知\n\n请按时报送报表。\n\n某某范文网\n下载地址：www.hntj.com/a.xls\n版权所有 © 某某范文网\n';
    assert.equal(fixAll(text, { language: 'plaintext' }, 8).text, '关于报送统计报表的通知\n\n请按时报送报表。\n');
  });
});

describe('web-residue: cloud-drive shares and links to sharing sites', () => {
  const residue = (text: string) => lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue');
  it('a share with its 提取码, a link to a sharing site, are page furniture', () => {
    for (const line of ['链接：https://pan.baidu.com/s/1aBcDeFgH 提取码：k9x2', '链接地址：https://max.book118.com/html/2024/0101/1234567.shtm', '提取码: ab12'])
      assert.equal(kind(line), 'share', line);
    for (const line of ['提取码为四位数字', '链接：https://www.example.gov.cn/a.html', '本站网址book118'])
      assert.notEqual(kind(line), 'share', line);
  });
  it('a notice’s own cloud-drive link under the sentence that gives it is only offered for deletion', () => {
    const text = '关于举办业务培训的通知\n\n各单位：\n\n培训资料可从以下网盘下载：\n链接：https://pan.baidu.com/s/1aBcDeFgH 提取码：k9x2\n\n特此通知。\n';
    assert.deepEqual(residue(text).map((f) => f.fix?.kind), ['suggestion']);
    assert.equal(fixAll(text, { language: 'plaintext' }, 8).text, text);
  });
});

describe('web-residue: a 简报 prints its own related link and its 版尾', () => {
  const briefing = ['工作简报', '', '第3期', '', '市政府办公室编　　　　2024年4月1日', '', '全市一季度经济运行情况', '', '一季度，全市地区生产总值增长5.8%。', '', '相关链接：市发展改革委网站', '', '本期责任编辑：李明', '', '报：市委、市政府领导', '送：市委各部门，市政府各部门', '发：各县（市、区）人民政府', ''].join('\n');
  it('the related link is only offered; the credit and distribution lines are not reported; --fix keeps all', () => {
    const res = lint(briefing, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue');
    assert.deepEqual(res.map((f) => [briefing.slice(f.start, f.end), f.fix?.kind]), [['相关链接：市发展改革委网站', 'suggestion']]);
    assert.equal(fixAll(briefing, { language: 'plaintext' }, 8).text, briefing);
  });
  it('outside a briefing the same related header is still deleted', () => {
    const page = '关于做好工作的通知\n\n请按时报送。\n\n相关链接：市发展改革委网站\n';
    assert.deepEqual(lint(page, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue').map((f) => f.fix?.kind), ['safe']);
  });
});
