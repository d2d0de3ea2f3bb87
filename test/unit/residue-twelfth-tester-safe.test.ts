/**
 * A twelfth tester's correct documents (2026-12-02, /work/tester12/correct) whose lines plain `--fix` deleted as web residue
 * (her FINDINGS.md, section 1: 19 lines in 9 files). Each is checked in a minimal document copied from hers: no safe fix
 * of web-residue deletes it (as `test/template-pages/score.ts`'s `unsafeDeletions` counts), and `--fix` leaves it. Where
 * the shape is the document's own (a record's speakers, a step list, a block of labelled fields, a controlled document's
 * number…) it is not reported at all; where a page shares it (a 舆情 report quoting a post's metadata) it is only offered.
 * Beside each, the page line of the same kind that must still be caught. Last, the two page-number inconsistencies she
 * listed as arguable, made consistent: `- 1 -` amid the text goes as `- 2 -` does, and a 汇编's first running header as
 * its later copies.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { webResidue } from '../../server/src/core/rules/web-residue';
import { fixAll } from '../../server/src/core/autofix';

const findings = (text: string) => {
  const r = lint(text, { language: 'plaintext' });
  return { source: r.source, found: r.findings.filter((f) => f.rule === 'web-residue') };
};
/** The lines (their text, trimmed) a web-residue finding reports, each with its fix's kind: `text\tsafe`. */
const reported = (text: string): string[] => {
  const { source, found } = findings(text);
  return found.map((f) => `${text.slice(source.lines[source.lineAt(f.start).index].start, source.lines[source.lineAt(f.start).index].end).trim()}\t${f.fix?.kind}`);
};
/** The non-blank lines a safe fix of web-residue deletes (as `unsafeDeletions` reads the edits). */
const safeDeleted = (text: string): string[] => {
  const { source, found } = findings(text);
  const out: string[] = [];
  for (const f of found) {
    if (f.fix?.kind !== 'safe') continue;
    for (const e of f.fix.edits) {
      if (e.end <= e.start) continue;
      const a = source.lineAt(e.start).index;
      let b = source.lineAt(e.end).index;
      if (b > a && source.lines[b].start === e.end) b--;
      for (let i = a; i <= b; i++) {
        const t = text.slice(source.lines[i].start, source.lines[i].end).trim();
        if (t !== '') out.push(t);
      }
    }
  }
  return out;
};
/** The text after plain `--fix` of web-residue (safe fixes only). */
const fixed = (text: string) => fixAll(text, { language: 'plaintext' }, 8, undefined, { accept: (f) => f.rule === 'web-residue' }).text;

/** `line` survives plain --fix in `text` and no safe fix deletes it; with `unflagged`, no finding reports it either. */
function kept(text: string, line: string, unflagged: boolean): void {
  assert.ok(text.includes(line), line);
  assert.ok(!safeDeleted(text).includes(line), `safe fix deletes ${line}`);
  assert.ok(fixed(text).split('\n').some((l) => l.trim() === line), `--fix deletes ${line}`);
  if (unflagged) assert.ok(!reported(text).some((r) => r.startsWith(`${line}\t`)), `reported: ${line} (${reported(text).join(' | ')})`);
}

describe('web-residue: a twelfth tester’s lines plain --fix deleted', () => {
  it('12: an oral-history interview record — its header row with the length and its speakers’ headers', () => {
    const text = [
      '“老支书讲党课”口述史访谈记录',
      '',
      '访谈对象：青山县石桥村原党支部书记　周德明',
      '访谈人：县委党史研究室　吴雅琴',
      '访谈地点：石桥村党群服务中心',
      '访谈方式　面对面　　时长　01:12:36',
      '整理说明：本记录根据录音整理，按发言先后标注时间。',
      '',
      '发言人1　00:00:15',
      '周书记，请您先谈谈当年带领村民修水库的情况。',
      '发言人2　00:01:02',
      '那是1976年冬天，全村男女老少都上了工地，没有机械，全靠肩挑手推，干了整整两个冬天。',
      '发言人1　00:08:40',
      '当时遇到的最大困难是什么？',
      '发言人2　00:09:05',
      '最难的是缺粮。大家省下口粮支援工地，没有一个人叫苦。',
      '',
      '（本记录经访谈对象审阅确认）',
      '',
    ].join('\n');
    for (const line of ['访谈方式　面对面　　时长　01:12:36', '发言人1　00:00:15', '发言人2　00:01:02', '发言人1　00:08:40', '发言人2　00:09:05']) kept(text, line, true);
    // (What the speakers said goes with them: nothing of the record is reported.)
    assert.deepEqual(reported(text), []);
  });

  it('57: a hearing’s record — its header row with the length and its speakers at the clock’s times', () => {
    const text = [
      '青山县居民用水价格调整听证会笔录',
      '',
      '听证时间：2024年6月12日14:00',
      '听证地点：县行政中心三楼会议室',
      '听证主持人：县发展改革局副局长　孙立平',
      '会议方式　现场会议　　时长　02:15:00',
      '',
      '发言人1　14:05',
      '我是石桥社区居民代表。我认为阶梯水价方案总体合理，但第一档用水量应当适当提高。',
      '发言人2　14:20',
      '我是县自来水公司代表。近三年制水成本累计上涨18%，调价确有必要。',
      '发言人3　14:38',
      '我是县消费者权益保护委员会代表。建议对低保户、特困人员给予水费减免。',
      '',
      '听证主持人宣布听证会结束。',
      '听证参加人签字：（略）',
      '',
    ].join('\n');
    for (const line of ['会议方式　现场会议　　时长　02:15:00', '发言人1　14:05', '发言人2　14:20', '发言人3　14:38']) kept(text, line, true);
    assert.deepEqual(reported(text), []);
  });

  it('a recorder’s transcript is still caught: under the tool’s name, or below a record’s own text', () => {
    const page = ['飞书妙记', '2024年5月6日 局长办公会　　时长 01:12:36　　参会人 7', '局长办公会议纪要', '　　2024年5月6日下午，局长王明主持召开局长办公会，研究近期重点工作。', '说话人 1　00:01:23', '好，我们开始开会，今天主要议三个事。', ''].join('\n');
    assert.ok(safeDeleted(page).includes('2024年5月6日 局长办公会　　时长 01:12:36　　参会人 7'), reported(page).join(' | '));
    assert.ok(safeDeleted(page).includes('说话人 1　00:01:23'), reported(page).join(' | '));
    // A record's title and fields, but the minutes' own text before the transcript: the transcript is the recorder's.
    const minutes = ['青山县安全生产座谈会记录', '时间：2024年5月6日', '地点：县应急管理局会议室', '　　会议听取了各乡镇安全生产工作汇报。', '发言人1　00:01:23', '好，我们开始。', ''].join('\n');
    assert.ok(safeDeleted(minutes).includes('发言人1　00:01:23'), reported(minutes).join(' | '));
  });

  it('38: a 舆情专报 quotes the post with its time and IP属地 — offered at most', () => {
    const text = [
      '网络舆情专报',
      '',
      '第8期',
      '',
      '青山县委网信办　　　　　　　　　　2024年5月7日',
      '',
      '网民反映石桥村道路施工扰民问题',
      '',
      '5月6日晚，网民在微博发帖反映石桥村道路施工夜间作业扰民，相关内容如下：',
      '@青山身边事：石桥村工地晚上十一点还在打桩，噪声太大，孩子没法睡觉',
      '发布时间：5月6日22:40　　IP属地：浙江',
      '截至5月7日10时，该帖转发236次、评论128条。县住房城乡建设局已于5月7日上午约谈施工单位，要求立即停止夜间违规施工。',
      '',
      '报：县委、县政府领导',
      '送：县委宣传部，县住房城乡建设局，石桥镇',
      '',
    ].join('\n');
    kept(text, '发布时间：5月6日22:40　　IP属地：浙江', false);
  });

  it('58: a 舆情快报’s block of the post’s fields under its heading — IP属地 and 浏览量 are its fields', () => {
    const text = [
      '关于网民反映石桥村施工扰民问题的舆情快报',
      '',
      '一、帖文基本信息',
      '发帖账号：山水青山',
      '发帖时间：2024年5月6日 22:40',
      'IP属地：浙江',
      '浏览量：1.2万',
      '二、主要内容',
      '网民反映石桥村道路施工夜间作业扰民，要求有关部门依法查处。',
      '',
      '县委网信办',
      '2024年5月7日',
      '',
    ].join('\n');
    kept(text, 'IP属地：浙江', true);
    kept(text, '浏览量：1.2万', true);
  });

  it('a page’s byline with the IP属地 and its counter are still caught', () => {
    const page = ['青山文旅推出“五一”惠民措施', '发布时间：2024-05-06 22:40:12　　IP属地：浙江', '　　记者从县文化和广电旅游体育局获悉，“五一”期间全县A级景区免费开放。', '浏览量：1.2万', ''].join('\n');
    assert.ok(safeDeleted(page).includes('发布时间：2024-05-06 22:40:12　　IP属地：浙江'), reported(page).join(' | '));
    assert.ok(reported(page).some((r) => r.startsWith('浏览量：1.2万\t')), reported(page).join(' | '));
    // A page's card of fields under the title (no heading of the document's above it): still the page's.
    const card = ['关于做好防汛工作的通知', '作者：青山发布', '发布时间：2024-05-06 22:40', 'IP属地：浙江', '浏览量：1.2万', '各乡镇：', '　　请做好防汛工作。', ''].join('\n');
    assert.ok(reported(card).some((r) => r.startsWith('IP属地：浙江\t')), reported(card).join(' | '));
  });

  it('59: a 值班记录’s entry times', () => {
    const text = [
      '县政府总值班室值班记录',
      '',
      '2024年06月18日 08:00',
      '交接班完成。当前县城区小时降雨量12毫米。',
      '2024年06月18日 14:30',
      '接县气象台暴雨橙色预警，已按程序报告县政府值班领导。',
      '2024年06月18日 22:40',
      '石桥镇报告，石桥村后山出现小型滑坡，已转移群众3人。',
      '',
    ].join('\n');
    for (const line of ['2024年06月18日 08:00', '2024年06月18日 14:30', '2024年06月18日 22:40']) kept(text, line, true);
    // Untitled, the entries are offered, the first as the others.
    const untitled = text.replace('县政府总值班室值班记录', '防汛情况');
    for (const line of ['2024年06月18日 08:00', '2024年06月18日 14:30', '2024年06月18日 22:40']) kept(untitled, line, false);
  });

  it('a page’s byline with a padded date is still caught', () => {
    const page = ['青山县召开防汛工作会议', '2024年05月09日 10:12　青山日报', '　　5月9日，县政府召开防汛工作会议。', ''].join('\n');
    assert.ok(safeDeleted(page).includes('2024年05月09日 10:12　青山日报'), reported(page).join(' | '));
  });

  it('61: an 操作手册’s steps', () => {
    const text = [
      '青山县协同办公平台',
      '操作手册',
      '',
      '一、登录平台',
      '在浏览器中输入平台地址，使用本人账号和密码登录。',
      '二、收文办理',
      '第一步：进入“待办事项”',
      '第二步：点击进入“收文办理”',
      '第三步：点击下载“来文正文”',
      '第四步：填写拟办意见后提交',
      '三、注意事项',
      '平台账号实行实名制，不得转借他人使用。',
      '',
    ].join('\n');
    kept(text, '第二步：点击进入“收文办理”', true);
    kept(text, '第三步：点击下载“来文正文”', true);
  });

  it('a site’s download prompts are still caught, numbered as a step or not', () => {
    const page = ['关于做好防汛工作的通知', '点击下载文档', '各乡镇：', '　　请做好防汛工作。', '第一步：关注公众号免费领取', '第二步：点击下载，会员免费', ''].join('\n');
    const got = reported(page);
    for (const line of ['点击下载文档', '第一步：关注公众号免费领取', '第二步：点击下载，会员免费']) assert.ok(got.some((r) => r.startsWith(`${line}\t`)), `${line}: ${got.join(' | ')}`);
  });

  it('62: a 惠民 plan’s measures — a scenic area open for free, tickets got at the visitor centre', () => {
    const text = [
      '青山县2024年“五一”文旅惠民活动方案',
      '',
      '为进一步激发文旅消费活力，县文化和广电旅游体育局决定在“五一”期间开展文旅惠民活动。',
      '一、活动时间',
      '2024年5月1日至5月5日。',
      '二、惠民措施',
      '全县A级景区限时免费开放',
      '公共文化场馆延时开放',
      '领取方式：携带身份证到游客服务中心免费领取',
      '三、工作要求',
      '各景区要做好客流监测和安全管理，确保游客安全有序游览。',
      '',
    ].join('\n');
    kept(text, '全县A级景区限时免费开放', true);
    kept(text, '领取方式：携带身份证到游客服务中心免费领取', true);
    kept(text, '公共文化场馆延时开放', true);
  });

  it('a site’s giveaways are still caught', () => {
    const page = ['关于做好防汛工作的通知', '限时免费下载', '全文共 3 页　限时免费', '关注公众号免费领取', '各乡镇：', '　　请做好防汛工作。', ''].join('\n');
    const got = reported(page);
    for (const line of ['限时免费下载', '全文共 3 页　限时免费', '关注公众号免费领取']) assert.ok(got.some((r) => r.startsWith(`${line}\t`)), `${line}: ${got.join(' | ')}`);
  });

  it('64: a speech’s slide cues, the speech written to go with slides', () => {
    const text = [
      '在全市营商环境工作推进会上的汇报发言',
      '（配合幻灯片使用）',
      '',
      '第1张幻灯片',
      '尊敬的各位领导：',
      '下面，我代表青山县汇报优化营商环境工作情况。',
      '第2张幻灯片',
      '今年以来，我县企业开办时间压缩至1个工作日，政务服务事项网办率达到95%。',
      '第3张幻灯片',
      '下一步，我们将持续深化“放管服”改革，努力打造一流营商环境。',
      '汇报完毕，谢谢！',
      '',
    ].join('\n');
    for (const line of ['第1张幻灯片', '第2张幻灯片', '第3张幻灯片']) kept(text, line, true);
  });

  it('a converted presentation’s slide numbers are still caught', () => {
    const page = ['第1张幻灯片', '2026年度工作述职报告', '述职人：XXX', '第2张幻灯片', '目录', '一、工作回顾', '二、主要成绩', ''].join('\n');
    assert.ok(safeDeleted(page).includes('第1张幻灯片'), reported(page).join(' | '));
    assert.ok(reported(page).some((r) => r.startsWith('第2张幻灯片\t')), reported(page).join(' | '));
  });

  it('65: a controlled document’s number, version and date', () => {
    const text = [
      '青山县行政审批服务局窗口服务作业指导书',
      '',
      '文档编号：QS-SP-ZY-001',
      '版本号：A/0',
      '生效日期：2024-06-01',
      '',
      '1　目的',
      '规范窗口受理、审核、发证等服务行为，提高审批服务质量。',
      '2　适用范围',
      '本指导书适用于县行政审批服务局各业务窗口。',
      '',
    ].join('\n');
    for (const line of ['文档编号：QS-SP-ZY-001', '版本号：A/0', '生效日期：2024-06-01']) kept(text, line, true);
  });

  it('a sharing site’s document number is still caught', () => {
    const page = ['关于做好防汛工作的通知', '文档编号：176543210', '各乡镇：', '　　请做好防汛工作。', ''].join('\n');
    assert.ok(reported(page).some((r) => r.startsWith('文档编号：176543210\t')), reported(page).join(' | '));
  });
});

describe('web-residue: page marks of a converted file, consistent (the twelfth tester’s arguable lines)', () => {
  it('41: `- 1 -` between two sentences goes as `- 2 -` at the end does', () => {
    const text = [
      '青政办发〔2024〕21号',
      '青山县人民政府办公室',
      '关于做好2024年防汛防台工作的通知',
      '',
      '各乡镇人民政府、街道办事处，县政府各部门：',
      '当前，我县已全面进入主汛期。为切实做好今年防汛防台工作，经县政府同意，现就有关事项通知如下：',
      '一、压紧压实防汛责任。各乡镇（街道）要严格落实以行政首长负责制为核心的防汛责任制。',
      '- 1 -',
      '二、加强隐患排查整治。各地各部门要对水库、山塘、地质灾害隐患点等开展全覆盖排查。',
      '三、做好应急准备。各地要备足防汛物资，加强应急队伍建设。',
      '',
      '青山县人民政府办公室',
      '2024年5月28日',
      '- 2 -',
      '',
    ].join('\n');
    const deleted = safeDeleted(text);
    assert.ok(deleted.includes('- 1 -') && deleted.includes('- 2 -'), reported(text).join(' | '));
    assert.equal(deleted.length, 2, deleted.join(' | '));
  });

  it('17: a 汇编’s first running header under its 目录 goes as its later copies do; the 目录’s entries stay', () => {
    const text = [
      '青山县规范性文件汇编（2024）',
      '',
      '目录',
      '青山县人民政府关于进一步优化营商环境的若干意见　　第1页',
      '青山县农村宅基地管理办法　　第5页',
      '青山县城市道路挖掘管理规定　　第12页',
      '',
      '青山县规范性文件汇编（2024）　　　　第1页',
      '青山县人民政府关于进一步优化营商环境的若干意见',
      '一、深化审批制度改革。全面推行告知承诺制，企业投资项目审批时间压缩至30个工作日以内。',
      '二、降低企业经营成本。落实各项减税降费政策，规范涉企收费。',
      '青山县规范性文件汇编（2024）　　　　第5页',
      '青山县农村宅基地管理办法',
      '第一条　为加强农村宅基地管理，保障农民合法权益，制定本办法。',
      '第二条　农村村民一户只能拥有一处宅基地。',
      '青山县规范性文件汇编（2024）　　　　第12页',
      '青山县城市道路挖掘管理规定',
      '第一条　为加强城市道路挖掘管理，保障道路完好和交通安全，制定本规定。',
      '',
    ].join('\n');
    assert.deepEqual(safeDeleted(text), ['青山县规范性文件汇编（2024）　　　　第1页', '青山县规范性文件汇编（2024）　　　　第5页', '青山县规范性文件汇编（2024）　　　　第12页']);
  });
});

describe('web-residue: an author’s manuscript keeps its classification codes under plain --fix', () => {
  // A twelfth tester's 投稿稿件 (2026-12-02): `中图分类号：D630` and `文献标识码：A` were deleted as a database's fields.
  const manuscript = ['基层治理数字化转型的青山实践', '', '陈立新', '（青山县委党校，青山　310000）', '', '摘要：本文总结基层治理数字化转型的主要做法。', '关键词：基层治理；数字化转型', '中图分类号：D630', '文献标识码：A', '', '一、引言', '近年来，青山县推动基层治理由经验治理向数据治理转变。', ''].join('\n');
  it('offers them, never applies', () => {
    const r = lint(manuscript, { language: 'plaintext' }, [webResidue]);
    assert.ok(r.findings.length > 0);
    assert.deepEqual(r.findings.filter((f) => f.fix?.kind === 'safe').map((f) => manuscript.slice(f.start, f.end)), []);
  });
  it('beside a database’s own furniture they are still sure', () => {
    const page = manuscript.replace('文献标识码：A', '文献标识码：A\nDOI：10.16000/j.cnki.x.2024.05.006\n下载：126　页码：23-25　大小：1.2M');
    const r = lint(page, { language: 'plaintext' }, [webResidue]);
    assert.ok(r.findings.some((f) => f.fix?.kind === 'safe' && page.slice(f.start, f.end).startsWith('中图分类号')));
  });
});
