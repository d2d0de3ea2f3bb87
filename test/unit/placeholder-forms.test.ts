/**
 * Placeholder findings a proofreader found wrong on correct documents (2026-12-01): an addressee line is
 * no empty field; a blank form in an attachment, its date written with underscores, is for the recipient.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { RULES } from '../../server/src/core/rules/index';
import { regexWork } from '../helpers/work';

function placeholders(text: string): string[] {
  return lint(text, { language: 'plaintext' })
    .findings.filter((f) => f.rule === 'placeholder')
    .map((f) => text.slice(f.start, f.end));
}

describe('placeholder: addressees and attachment forms', () => {
  for (const addressee of ['市直各单位：', '县直各单位：', '市直有关单位：', '各有关单位：', '区直属各部门：']) {
    it(`${addressee} is an addressee, not an empty field`, () => {
      assert.deepEqual(placeholders(`关于做好安全生产工作的通知\n\n${addressee}\n\n现将有关事项通知如下。\n\n青山市人民政府办公室\n2025年3月1日\n`), []);
    });
  }
  it('a lone empty field in the body is still reported', () => {
    assert.deepEqual(placeholders('关于报送材料的通知\n\n各单位：\n\n请认真填写以下信息。\n\n联系电话：\n'), ['联系电话：']);
  });
  const form = '单位（盖章）：__________　　填表日期：____年__月__日\n\n姓名：________　性别：____　出生年月：________\n';
  it('a blank form in an attachment, with an underscore date, is left to the recipient', () => {
    const text = `关于举办培训班的通知\n\n市直各单位：\n\n请于5月30日前报送报名表。\n\n附件：培训班报名表\n\n中共青山市委党校\n2025年5月20日\n\n附件\n\n培训班报名表\n\n${form}`;
    assert.deepEqual(placeholders(text), []);
  });
  it('a document that is itself a form (its title ends in 表 or 回执) leaves its blanks to the reader', () => {
    for (const title of ['青山市公开招聘工作人员报名表', '培训班报名表（样表）', '会议回执', '困难职工情况登记卡']) {
      assert.deepEqual(placeholders(`${title}\n\n${form}\n报考人签名：________　　____年__月__日\n`), [], title);
    }
  });
  it('a questionnaire or a test paper leaves its answer brackets （　） to the reader', () => {
    for (const title of ['青山市居民满意度调查问卷', '安全生产知识测试题']) {
      assert.deepEqual(placeholders(`${title}\n\n1.您的年龄是（　）\nA.18岁以下　B.18岁及以上\n`), [], title);
    }
    assert.deepEqual(placeholders('关于开展满意度调查的通知\n\n1.您的年龄是（　）\n'), ['（　）']);
  });
  it('a document about a form (关于报送报名表的通知) still has its blanks reported, and a form title does not excuse XX', () => {
    assert.deepEqual(placeholders('关于报送培训班报名表的通知\n\n请于____年__月__日前报送。\n'), ['____年__月__日']);
    assert.deepEqual(placeholders('培训班报名表\n\n举办单位：XX市委党校\n'), ['XX']);
  });
  it('the same underscore date in the body is an unfilled placeholder', () => {
    assert.deepEqual(placeholders('关于报送材料的通知\n\n请于____年__月__日前报送。\n'), ['____年__月__日']);
  });
});

describe('placeholder: only a part that reads as a form leaves its blanks to the reader', () => {
  it('a report whose title ends in 表 but whose body is prose keeps the blanks of its prose', () => {
    const text = '2025年上半年安全生产工作总结暨下半年重点工作安排表\n\n上半年共开展安全检查____次，整改隐患（　）处，约谈企业____家。\n\n一、主要做法\n\n坚持每月一次专题调度，压实各方责任。\n\n二、下步安排\n\n将于____年__月前完成专项整治。\n\n青山县应急管理局\n2025年7月2日\n';
    assert.deepEqual(placeholders(text), ['____', '（　）', '____', '____年__月']);
  });
  it('a table of tasks under a 表 title is a form: its blank cells are left to the reader', () => {
    const text = '2025年重点任务分解表\n\n| 序号 | 任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 改造老旧管网 | 县住建局 | ____ |\n| 2 | 新建充电桩 | 县发改局 | ____ |\n\n注：完成时限由牵头单位填写。\n';
    assert.deepEqual(placeholders(text), []);
  });
  it('a notice pasted under a 回执 line keeps its own blanks', () => {
    const text = '报名回执\n\n关于举办基层宣传骨干培训班的通知\n\n各镇（街道）：\n\n定于____月____日在______举办培训班，请于（　）前报名。\n\n联系人：________\n联系电话：________\n\n县委宣传部\n';
    assert.deepEqual(placeholders(text), ['____月____日', '______', '（　）', '________', '________']);
  });
  it('a notice under a 回执 line keeps its blanks even when fields outnumber its sentences (a 公文 title is under it)', () => {
    const text = '报名回执\n\n报名单位：________\n\n关于举办财务人员培训班的通知\n\n培训定于____月____日举行。\n\n联系人：________\n联系电话：________\n';
    assert.deepEqual(placeholders(text), ['________', '____月____日', '________', '________']);
  });
  it('a form title broken over two lines (the second names the form) is read whole', () => {
    const text = '青山市2025年度公开招聘\n事业单位工作人员报名表\n\n姓名：________　性别：____　出生年月：________\n联系电话：________\n';
    assert.deepEqual(placeholders(text), []);
    assert.deepEqual(placeholders(text.replace('报名表', '招聘公告')), ['________', '____', '________', '________']);
  });
  it('inside an attachment, a form under its own title is read apart from the notes above it', () => {
    const notes = '一、培训对象为各单位新任财务人员。\n二、培训为期三天，食宿统一安排。\n三、请各单位按时报送，逾期不再受理。\n四、培训期间不得请假。\n五、报名截止时间为____年__月__日。\n';
    const text = `关于举办财务人员培训班的通知\n\n各单位：\n\n请按附件要求报名。\n\n附件：培训须知及报名表\n\n青山市财政局\n2025年5月6日\n\n附件\n\n培训须知及报名表\n\n${notes}\n报名表\n\n姓名：________　性别：____\n单位：________　职务：________\n`;
    assert.deepEqual(placeholders(text), ['____年__月__日']);
  });
  it('a form title in the main text after the 成文日期, without its 附件 line, is the writer\'s: its blanks are reported', () => {
    const text = '关于推荐优秀志愿者的通知\n\n各社区：\n\n请于5月30日前推荐。\n\n青山街道办事处\n2025年5月6日\n\n推荐表\n\n姓名：________　性别：____\n';
    assert.deepEqual(placeholders(text), ['________', '____']);
  });
  it('a file that is an attachment on its own (first line 附件1) is read as one', () => {
    const form = '附件1\n\n青山市优秀志愿者推荐表\n\n姓名：________　性别：____\n推荐单位（盖章）：________\n\n____年__月__日\n';
    assert.deepEqual(placeholders(form), []);
    const prose = '附件1\n\n青山市志愿服务工作方案\n\n活动于____年__月启动，由（　）牵头组织实施。\n\n各单位要精心组织，确保取得实效。\n';
    assert.deepEqual(placeholders(prose), ['____年__月', '（　）']);
  });
  it('a notice with its 回执 attached: the notice\'s blanks are findings, the 回执\'s fields are not', () => {
    const text = '关于召开全县档案工作会议的通知\n\n各乡镇：\n\n定于____月____日在______召开会议，请于（　）前报送回执。\n\n附件：参会回执\n\n县档案馆\n2025年4月1日\n\n附件\n\n参会回执\n\n单位：________　姓名：________　职务：________\n联系电话：________\n\n请于4月8日前将回执发送至县档案馆。\n';
    assert.deepEqual(placeholders(text), ['____月____日', '______', '（　）']);
  });
  it('the same reading with CRLF line ends and a BOM, and in Markdown with the form as a table', () => {
    const text = '\ufeff关于召开全县档案工作会议的通知\r\n\r\n各乡镇：\r\n\r\n定于____月____日召开会议。\r\n\r\n附件：参会回执\r\n\r\n县档案馆\r\n2025年4月1日\r\n\r\n附件\r\n\r\n参会回执\r\n\r\n单位：________　姓名：________\r\n';
    assert.deepEqual(placeholders(text), ['____月____日']);
    const md = '# 关于召开全县档案工作会议的通知\n\n各乡镇：\n\n定于____月____日召开会议。\n\n附件：参会回执\n\n县档案馆\n\n2025年4月1日\n\n附件\n\n参会回执\n\n| 单位 | 姓名 | 职务 |\n|---|---|---|\n| ____ | ____ | ____ |\n';
    const found = lint(md, { language: 'markdown' }).findings.filter((f) => f.rule === 'placeholder').map((f) => md.slice(f.start, f.end));
    assert.deepEqual(found, ['____月____日']);
  });
  it('an attachment of running text is no form: its blanks are the writer\'s', () => {
    const text = '关于印发档案整理方案的通知\n\n各乡镇：\n\n现将方案印发给你们，请认真执行。\n\n附件：档案整理方案\n\n县档案馆\n2025年4月1日\n\n附件\n\n档案整理方案\n\n整理工作于____年__月启动，由各乡镇明确专人负责，在（　）前完成。\n\n全县共需整理案卷约3万卷，各乡镇要按时保质完成。\n';
    assert.deepEqual(placeholders(text), ['____年__月', '（　）']);
  });
  it('a form whose notes run longer than its field lines is still a form (its fields are counted, not its lines)', () => {
    const text = '青山市志愿者登记表\n\n姓名：________　性别：____　出生年月：________\n服务单位：________　联系电话：________　服务时间：____年__月__日\n\n填表说明：\n1.本表由志愿者本人填写，字迹清楚。\n2.服务单位填写全称，不得简写。\n3.联系电话请填写本人手机号码。\n4.本表一式两份，交所在社区留存。\n';
    assert.deepEqual(placeholders(text), []);
  });
  it('a test paper whose numbered questions hold their blanks in sentences is a form', () => {
    const text = '防汛知识竞赛试题\n\n一、填空题\n1.汛期一般是指每年的（　）至9月。\n2.发现险情，应当立即向____报告。\n二、判断题\n3.暴雨天气可以在河边垂钓。（　）\n';
    assert.deepEqual(placeholders(text), []);
  });
});

describe('placeholder: a value on the line below its label', () => {
  it('监督电话： over its number, 账号： over the account, are filled', () => {
    assert.deepEqual(placeholders('关于公开监督电话的通知\n\n监督电话：\n0791-86567891\n\n收款单位：青山市财政局\n账号：\n1502001234567890123\n'), []);
  });
  it('a web address, a domain or an e-mail address below, after a blank line too, is the value', () => {
    assert.deepEqual(placeholders('关于开展网上学习的通知\n\n学习平台网址：\n\nwww.ynce.gov.cn\n\n报名网址：\nhttps://example.org/x?a=1\n\n门户网站：\n\nynce.gov.cn/study\n\n联系邮箱：\nstudy@ynce.gov.cn\n'), []);
  });
  it('a label with its value two blank lines down, or over another label, is still empty', () => {
    assert.deepEqual(placeholders('关于开展网上学习的通知\n\n学习平台网址：\n\n\nwww.ynce.gov.cn\n'), ['学习平台网址：']);
    assert.deepEqual(placeholders('关于开展网上学习的通知\n\n学习平台网址：\n\n请各单位按时报送。\n'), ['学习平台网址：']);
  });
  it('a label over a sentence is still empty', () => {
    assert.deepEqual(placeholders('关于报送材料的通知\n\n联系电话：\n请各单位按时报送。\n'), ['联系电话：']);
  });
});

describe('placeholder: reading a part as a form stays linear', () => {
  // Each part is read once, line by line: the work counted at 4× the lines grows at most ~4× (5× allowed for
  // constant overheads); the timeout is a hang guard.
  const rule = RULES.filter((r) => r.meta.id === 'placeholder');
  const cases: Array<[string, (n: number) => string]> = [
    ['an attachment of field lines', (n) => `关于报送名单的通知\n\n各单位：\n\n请填写附件。\n\n附件\n\n人员名单表\n\n${'姓名：________　职务：________\n'.repeat(n)}`],
    ['a long form-titled document of prose with blanks', (n) => `工作任务分解表\n\n${'全年开展检查____次，整改问题（　）个。\n'.repeat(n)}`],
    ['many attachments', (n) => `关于报送材料的通知\n\n各单位：\n\n请按附件报送。\n\n${'附件\n\n回执\n\n单位：________\n\n'.repeat(n)}`],
  ];
  for (const [name, make] of cases) {
    it(name, { timeout: 60_000 }, () => {
      const run = (n: number) => regexWork(() => lint(make(n), { language: 'plaintext' }, rule));
      const small = run(300);
      const large = run(1200);
      assert.ok(large <= small * 5, `work ${small} → ${large} for 4× the input`);
    });
  }
});
