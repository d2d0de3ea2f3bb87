/**
 * Line-level recall and precision of the `web-residue` and `placeholder` checks on the template pages
 * of test/template-pages/pages/: pages written for gongwen's tests in the shapes of template sites,
 * document-sharing sites, WeChat article pastes, forum and blog pages and AI-chat answers, each mixing
 * real 公文/讲话稿 prose with page furniture and unfilled slots.
 *
 * Page format: one line of the page per line of the file, as `TAGS|text`, TAGS being `.` (a line of the
 * document, to be left alone) or any of `R` (residue), `P` (placeholder), `r`/`p` (unsure: counted
 * neither as a hit nor as a false alarm). The text after the first `|` is the page's line.
 *
 * Counted as the fanwen-dev scorer counts: findings of severity warning or error, each on every line its
 * range covers. Run `node --import tsx test/template-pages/score.ts [--show] [--fix] [--from N]` for the table
 * and every missed or false line (`--fix`: also every safe residue deletion that would take a line of the
 * document; `--from N`: only the pages whose file name's number is N or more; `--dir DIR`: the pages of another folder, such
 * as test/template-pages/blind);
 * test/unit/residue-template-pages.test.ts asserts the floors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core/lint';

export const RULES = ['placeholder', 'web-residue'] as const;
export type ScoredRule = (typeof RULES)[number];

/** One labelled page: its text and, per rule, the 1-based lines labelled sure and unsure. */
export interface Page {
  file: string;
  text: string;
  lines: string[];
  sure: Record<ScoredRule, Set<number>>;
  unsure: Record<ScoredRule, Set<number>>;
}

const DIR = path.join(__dirname, 'pages');

/** Reads every page of test/template-pages/pages (throws on a line without a `TAGS|` column). */
export function readPages(dir = DIR): Page[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = fs.readFileSync(path.join(dir, file), 'utf8').replace(/\n$/, '').split('\n');
      const page: Page = { file, text: '', lines: [], sure: { placeholder: new Set(), 'web-residue': new Set() }, unsure: { placeholder: new Set(), 'web-residue': new Set() } };
      raw.forEach((l, i) => {
        const m = /^([.RPrp]+)\|(.*)$/.exec(l);
        if (!m) throw new Error(`${file}:${i + 1}: no TAGS| column`);
        const n = i + 1;
        page.lines.push(m[2]);
        if (m[1].includes('R')) page.sure['web-residue'].add(n);
        if (m[1].includes('P')) page.sure.placeholder.add(n);
        if (m[1].includes('r')) page.unsure['web-residue'].add(n);
        if (m[1].includes('p')) page.unsure.placeholder.add(n);
      });
      page.text = page.lines.join('\n') + '\n';
      return page;
    });
}

export interface Score {
  labelled: number;
  flagged: number;
  tp: number;
  recall: number;
  precision: number;
  missed: string[];
  false: string[];
}

/**
 * The safe `web-residue` fixes (what `--fix` applies) that would delete a line labelled as the document's
 * (`.`, not blank), as `file:line text`: none may exist. A deletion's range may take the blank line after
 * (or before) the residue; a blank line is not counted.
 */
export function unsafeDeletions(pages: Page[]): string[] {
  const out: string[] = [];
  for (const page of pages) {
    const r = lint(page.text, { language: 'plaintext' });
    for (const f of r.findings) {
      if (f.rule !== 'web-residue' || f.fix?.kind !== 'safe') continue;
      for (const e of f.fix.edits) {
        if (e.end <= e.start) continue;
        const a = r.source.lineAt(e.start).index;
        let b = r.source.lineAt(e.end).index;
        if (b > a && r.source.lines[b].start === e.end) b--;
        for (let i = a; i <= b; i++) {
          const n = i + 1;
          const text = page.lines[i] ?? '';
          if (text.trim() === '' || page.sure['web-residue'].has(n) || page.unsure['web-residue'].has(n)) continue;
          out.push(`${page.file}:${n}\t${text}`);
        }
      }
    }
  }
  return out;
}

/** Scores the pages: per rule, line-level counts and the missed and false lines (`file:line text`). */
export function score(pages: Page[]): Record<ScoredRule, Score> {
  const out = {} as Record<ScoredRule, Score>;
  for (const rule of RULES) out[rule] = { labelled: 0, flagged: 0, tp: 0, recall: 0, precision: 0, missed: [], false: [] };
  for (const page of pages) {
    const r = lint(page.text, { language: 'plaintext' });
    const flagged: Record<ScoredRule, Set<number>> = { placeholder: new Set(), 'web-residue': new Set() };
    for (const f of r.findings) {
      const rule = RULES.find((x) => f.rule === x);
      if (!rule || (f.severity !== 'warning' && f.severity !== 'error')) continue;
      const a = r.source.lineAt(f.start).index;
      let b = r.source.lineAt(Math.max(f.start, f.end)).index;
      if (b > a && r.source.lines[b].start === f.end) b--;
      for (let i = a; i <= b; i++) flagged[rule].add(i + 1);
    }
    for (const rule of RULES) {
      const s = out[rule];
      for (const n of page.sure[rule]) {
        s.labelled++;
        if (flagged[rule].has(n)) s.tp++;
        else s.missed.push(`${page.file}:${n}\t${page.lines[n - 1]}`);
      }
      for (const n of flagged[rule]) {
        if (page.unsure[rule].has(n)) continue;
        s.flagged++;
        if (!page.sure[rule].has(n)) s.false.push(`${page.file}:${n}\t${page.lines[n - 1]}`);
      }
    }
  }
  for (const rule of RULES) {
    const s = out[rule];
    s.recall = s.labelled === 0 ? 1 : s.tp / s.labelled;
    s.precision = s.flagged === 0 ? 1 : (s.flagged - s.false.length) / s.flagged;
  }
  return out;
}

if (require.main === module) {
  const fromAt = process.argv.indexOf('--from');
  const from = fromAt > 0 ? Number(process.argv[fromAt + 1]) : 0;
  const dirAt = process.argv.indexOf('--dir');
  const pages = readPages(dirAt > 0 ? path.resolve(process.argv[dirAt + 1]) : DIR).filter((p) => parseInt(p.file, 10) >= from || from === 0);
  const s = score(pages);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`template pages: ${pages.length} pages, ${pages.reduce((a, p) => a + p.lines.length, 0)} lines`);
  console.log('rule          labelled  flagged   TP  recall  precision');
  for (const rule of RULES) console.log(`${rule.padEnd(14)}${String(s[rule].labelled).padStart(8)}${String(s[rule].flagged).padStart(9)}${String(s[rule].tp).padStart(5)}  ${pct(s[rule].recall).padStart(6)}  ${pct(s[rule].precision).padStart(9)}`);
  if (process.argv.includes('--show')) {
    for (const rule of RULES) {
      for (const m of s[rule].missed) console.log(`missed ${rule}\t${m}`);
      for (const m of s[rule].false) console.log(`FALSE  ${rule}\t${m}`);
    }
  }
  if (process.argv.includes('--fix')) {
    const bad = unsafeDeletions(pages);
    console.log(`safe deletions of document lines: ${bad.length}`);
    for (const m of bad) console.log(`UNSAFE web-residue\t${m}`);
  }
}
