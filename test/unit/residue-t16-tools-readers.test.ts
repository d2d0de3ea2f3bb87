/**
 * A sixteenth tester's tools and readers (test/template-pages/t16, 2026-12-02): a meeting recorder's 智能纪要 whose transcript is
 * the document, AI assistants' chrome (Copilot, 秘塔, WPS AI, 讯飞星火, Gemini), question banks and how-tos (粉笔, 百度经验),
 * e-book readers (微信读书, Kindle, an epub), audio platforms, office and editor chrome (Word Online, Notion, 幕布, 135编辑器,
 * Word's tracked changes), digital newspapers, and 意见征集 and sign-up forms (residue.ts). Each kind is read in other tools'
 * wording too; and a document's own lines that share the words stay: a 通知's 联系人/电话, a speech's 点赞, a 读书 talk
 * citing an ISBN, a notice citing a URL, 附件, 署名, dates, a training material's own 【参考答案】.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { webResidue } from '../../server/src/core/rules/web-residue';

/** The lines (trimmed) of `text` a web-residue finding reports, each with its fix's kind: `text\tsafe`. */
function reported(text: string): string[] {
  const r = lint(text, { language: 'plaintext' });
  return r.findings
    .filter((f) => f.rule === 'web-residue')
    .map((f) => {
      const l = r.source.lines[r.source.lineAt(f.start).index];
      return `${text.slice(l.start, l.end).trim()}\t${f.fix?.kind}`;
    });
}

/** `text` after the safe web-residue fixes (what plain `--fix` applies). */
function fixed(text: string): string {
  return fixAll(text, { language: 'plaintext' }, 8, [webResidue]).text;
}

const has = (found: string[], line: string, kind: 'safe' | 'suggestion') => assert.ok(found.includes(`${line}\t${kind}`), `${line} (${kind})\n${found.join('\n')}`);
const lacks = (found: string[], line: string) => assert.ok(!found.some((l) => l.startsWith(`${line}\t`)), `reported: ${line}\n${found.join('\n')}`);

describe('web-residue: a transcript whose spoken lines are the document', () => {
  it('a 智能纪要 of a speech: only the speakers\' stamps go; the words stay, and --fix keeps every spoken line', () => {
    const page = [
      '以下内容由AI生成，请注意甄别',
      '发言人3　00:01:26',
      '同志们，今天这个会主要是把秋冬季防火工作再压一压。时间紧，任务重。',
      '第一，隐患排查要见底。上次检查发现的问题，本周内全部整改到位。',
      '发言人3　00:03:58',
      '第二，值班值守要落实。各单位要落实专人，每天巡查。',
      '发言人1　00:06:12',
      '好，谢谢书记，下面请各单位抓好落实，散会。',
      '导出　分享　复制全文',
    ].join('\n');
    const found = reported(page);
    has(found, '发言人3　00:01:26', 'safe');
    has(found, '发言人1　00:06:12', 'safe');
    for (const said of ['同志们，今天这个会', '第一，隐患排查', '第二，值班值守', '好，谢谢书记']) assert.ok(!found.some((l) => l.startsWith(said)), `${said}\n${found.join('\n')}`);
    const out = fixed(page);
    for (const said of ['同志们，今天这个会', '第一，隐患排查', '第二，值班值守', '好，谢谢书记，下面请各单位抓好落实，散会。']) assert.ok(out.includes(said), out);
    assert.ok(!out.includes('发言人3'), out);
  });
  it('a transcript appended under the document (a 纪要 above it): its words are offered, not deleted', () => {
    const page = ['局长办公会议纪要', '　　会议研究了近期重点工作，议定事项如下。', '　　一、同意机关食堂改造方案。', '说话人 1　00:01:23', '好，我们开始开会，今天主要议三个事。', '分享　　导出　　复制链接'].join('\n');
    const found = reported(page);
    has(found, '说话人 1　00:01:23', 'safe');
    has(found, '好，我们开始开会，今天主要议三个事。', 'suggestion');
    lacks(found, '　　会议研究了近期重点工作，议定事项如下。'.trim());
    assert.ok(fixed(page).includes('好，我们开始开会'));
  });
});
