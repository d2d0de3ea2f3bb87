/**
 * An eighteenth tester's correct documents (test/correct-documents/t18-*): plain --fix deleted 37 of their own lines. A page
 * whose every sure call is one shape repeated amid the document's own lines (a 录音整理稿's stamps, an archive list's
 * 时长 rows, the figures under each item a report lists, a revision history) offers those deletions instead; so does a
 * 办事指南 for its how-to shapes, and a document whose title names 转载 or 版权 for the notice it prescribes. Furniture at a
 * page's edge, or of another kind or shape beside them, keeps every safe fix.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { webResidue } from '../../server/src/core/rules/web-residue';

const findings = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings;
const fixed = (text: string) => fixAll(text, { language: 'plaintext' }, 8, [webResidue]).text;
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;
const safeLines = (text: string) => findings(text).filter((f) => f.fix?.kind === 'safe').map((f) => lineOf(text, f.start));
const flagged = (text: string) => findings(text).map((f) => lineOf(text, f.start));

describe('web-residue: an eighteenth tester\'s record lines are offered, not deleted', () => {
  it('a 录音整理稿\'s stamps between its 说明 and its 整理 line', () => {
    const text = ['关于座谈会录音整理稿', '', '说明：本稿根据会议录音整理，时间为录音时间点。', '', '发言人1　00:01:26', '今天主要听听大家的意见。', '', '发言人2　00:03:10', '助餐点只有一个，远远不够。', '', '整理：区政府办公室　李华', '2026年12月4日', ''].join('\n');
    assert.deepEqual(safeLines(text), []);
    assert.ok(flagged(text).includes(5));
    assert.equal(fixed(text), text);
  });
  it('an archive list\'s rows with their 时长, and the figures under each listed work', () => {
    for (const rows of [
      ['市政府第25次常务会议　时长 01:25:30', '市政府第26次常务会议　时长 02:05:12'],
      ['《一图读懂民生实事》', '阅读 12.6万　点赞 3200', '《系列报道》', '阅读 8.3万　点赞 1580'],
    ]) {
      const text = ['会议录音档案移交清单', '', '一、音频档案', '', ...rows, '', '二、移交说明', '', '以上音频均为原始录音。', ''].join('\n');
      assert.deepEqual(safeLines(text), [], rows[0]);
      assert.equal(fixed(text), text);
    }
  });
  it('a 办事指南\'s headings and materials, a 版权页 notice its title names', () => {
    const guide = ['公积金线上提取办事指南', '', '工具/原料', '', '本人身份证', '已安装“公积金”客户端的手机', '', '方法/步骤', '', '1.登录客户端，选择“提取业务”。', '2.核对信息，点击“提交”。', '', 'END', '', '咨询电话：12329', ''].join('\n');
    assert.equal(fixed(guide), guide);
    const notice = ['关于规范图书版权页著录项目的通知', '', '现将规范格式通知如下，须严格执行：', '', '书名：乡村振兴十讲', '定价：48.00元', '版权所有　侵权必究', '', '请于12月31日前逐一核对。', ''].join('\n');
    assert.equal(fixed(notice), notice);
  });
});

describe('web-residue: the same shapes on real pages still go under plain --fix', () => {
  it('a meeting app\'s stamps on a page with a site\'s furniture at its foot', () => {
    const text = ['座谈会录音整理', '', '发言人1　00:01:26', '今天主要听听大家的意见。', '', '发言人2　00:03:10', '助餐点只有一个，远远不够。', '', '更多范文请关注本站，免费下载。', ''].join('\n');
    assert.ok(safeLines(text).includes(3), JSON.stringify(findings(text).map((f) => [lineOf(text, f.start), f.fix?.kind])));
  });
  it('a video site\'s bar under its title, beside its chrome', () => {
    const text = ['年终总结怎么写？三分钟教会你', '播放 2.3万　时长 09:16', '', '总结要先写成绩，再写问题，最后写打算。', '', '分享到：微信　微博　QQ空间', '相关推荐', ''].join('\n');
    assert.ok(safeLines(text).includes(2), JSON.stringify(findings(text).map((f) => [lineOf(text, f.start), f.fix?.kind])));
  });
});
