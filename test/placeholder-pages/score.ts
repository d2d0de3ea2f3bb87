/**
 * Line-level recall and precision of the `placeholder` check on the pages of test/placeholder-pages/pages/:
 * 范文 of kinds and site styles the template pages do not cover (述职报告, 承诺书, 委托书, 证明, 介绍信,
 * contracts and plans in Markdown, 纪要, 简报, 邀请函 …), written for gongwen's tests, with the slot shapes
 * template sites use (`ⅩⅩ`, `ＸX`, `○○`, `△△`, `□□`, `＊＊`, `202X年`, `X.X万元`, `{{姓名}}`, `<单位>`,
 * `［ ］`, `…………`, `（根据实际情况填写）`…) and hard negatives (`X射线`, `3×5`, `□是 □否`, `某些`, a
 * regulation quoting “第X条”, sample names such as 张三).
 *
 * Same page format and counting as test/template-pages/score.ts (whose `readPages` and `score` this reuses).
 * Run `node --import tsx test/placeholder-pages/score.ts [--show]`; test/unit/placeholder-pages.test.ts
 * asserts the floors.
 */
import * as path from 'node:path';
import { readPages, score, type Page } from '../template-pages/score';

/** The labelled pages of test/placeholder-pages/pages (throws on a line without a `TAGS|` column). */
export function readPlaceholderPages(): Page[] {
  return readPages(path.join(__dirname, 'pages'));
}

if (require.main === module) {
  const pages = readPlaceholderPages();
  const s = score(pages).placeholder;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`placeholder pages: ${pages.length} pages, ${pages.reduce((a, p) => a + p.lines.length, 0)} lines`);
  console.log(`placeholder: labelled ${s.labelled}, flagged ${s.flagged}, TP ${s.tp}, recall ${pct(s.recall)}, precision ${pct(s.precision)}`);
  if (process.argv.includes('--show')) {
    for (const m of s.missed) console.log(`missed\t${m}`);
    for (const m of s.false) console.log(`FALSE \t${m}`);
  }
}
