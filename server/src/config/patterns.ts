/**
 * User-written patterns (`placeholderPatterns`, `residuePatterns`): checked before use so that a
 * pattern from a settings or rc file can never hang the server. A pattern is refused when it does
 * not compile, when it has nested quantifiers (`(a+)+`, `(x*)*y`: star height above one, which can
 * backtrack without bound; checked with safe-regex2), when alternatives sit under a long repeat
 * (`(a|aa)+`, the other exponential shape, which star height does not see), when it has a
 * backreference (`(a*)\1*b`), when two long repeats can share the characters of a line (`a*a*b`,
 * `a{1,30000}a{1,30000}b`: polynomial backtracking, which neither check above sees), when its short
 * bounded repeats multiply into many ways to match, when it is very long, or when it matches the
 * empty text (it would report zero-width findings everywhere). The shapes are read on the parse
 * tree of @eslint-community/regexpp. Nothing from the pattern runs here except one-character
 * tests of character sets. On top of this, the rules run a pattern on at most 400 code units at a
 * time (residue.ts reads lines up to RESIDUE_MAX_LINE; placeholder.ts cuts a longer line into pieces
 * of CONFIGURED_MAX_TEXT), so even a pattern that backtracks quadratically (`【.*】`) stays linear.
 *
 * Why an own check and not redos-detector: that library (with its regjsparser) would have to be in
 * the language server bundle, and the .vsix has about 12 KB left under its 900 KB budget.
 */
import { compileExtraPattern, EXTRA_PATTERN_FLAGS, msg } from '../core';
import type { Msg } from '../core';

/** Flags every user pattern is compiled with (the core's `EXTRA_PATTERN_FLAGS`: global and Unicode). */
export const PATTERN_FLAGS = EXTRA_PATTERN_FLAGS;

/** Most repetitions allowed over a group with alternatives (`(?:甲|乙){1,10}` is fine, `(a|aa)+` is not). */
export const MAX_ALTERNATION_REPEAT = 10;

/** A repeat with more than this many repetitions (or none as bound: `*`, `+`, `{n,}`) is a long repeat. */
export const LONG_REPEAT = 10;

/**
 * Most ways the short bounded repeats of a pattern may combine (a sequence multiplies its items' ways,
 * a group adds its alternatives', `x{m,n}` is the sum of ways(x)^k for k = m…n): 100, or 10 when the
 * pattern also has a long repeat, whose backtracking multiplies with theirs.
 */
export const MAX_REPEAT_COMBINATIONS = 100;
export const MAX_REPEAT_COMBINATIONS_WITH_LONG = 10;

/** True when a quantifier repeating more than MAX_ALTERNATION_REPEAT times contains a `|`. */
function repeatsAlternatives(source: string): boolean {
  // Loaded on first use, not at start-up: only a user pattern needs it.
  const { RegExpParser, visitRegExpAST } = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
  const ast = new RegExpParser().parsePattern(source, 0, source.length, { unicode: true });
  let found = false;
  visitRegExpAST(ast, {
    onQuantifierEnter(q) {
      if (q.max <= MAX_ALTERNATION_REPEAT || found) return;
      visitRegExpAST(q.element, {
        onGroupEnter: (g) => void (g.alternatives.length > 1 && (found = true)),
        onCapturingGroupEnter: (g) => void (g.alternatives.length > 1 && (found = true)),
      });
    },
  });
  return found;
}

/** True when the pattern holds a lookbehind assertion (`(?<=…)`, `(?<!…)`). */
function hasLookbehind(source: string): boolean {
  // Most refused patterns have no `(?<` at all: then the parser (a lazily loaded library) is not needed.
  if (!/\(\?<[=!]/.test(source)) return false;
  const { RegExpParser, visitRegExpAST } = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
  const ast = new RegExpParser().parsePattern(source, 0, source.length, { unicode: true });
  let found = false;
  visitRegExpAST(ast, {
    onAssertionEnter(a) {
      if (a.kind === 'lookbehind') found = true;
    },
  });
  return found;
}

type Ast = import('@eslint-community/regexpp').AST.Node;
type Quantifier = import('@eslint-community/regexpp').AST.Quantifier;

function parseTree(source: string) {
  const { RegExpParser } = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
  return new RegExpParser().parsePattern(source, 0, source.length, { unicode: true });
}

/** True when the pattern holds a backreference (`\1`, `\k<name>`). */
function hasBackreference(source: string): boolean {
  const { visitRegExpAST } = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
  let found = false;
  visitRegExpAST(parseTree(source), { onBackreferenceEnter: () => void (found = true) });
  return found;
}

/** The element matches exactly one character (a literal, `.`, `\d`, `\p{…}`, a class `[…]`). */
function isOneChar(n: Ast): boolean {
  return n.type === 'Character' || n.type === 'CharacterClass' || n.type === 'CharacterSet';
}

const charSets = new Map<string, Uint8Array>();

/**
 * The characters a one-character element matches, as a bitmap of the BMP plus one bit (index 0x10000)
 * for "some character outside the BMP" (tested on a sample of each plane): enough to tell two
 * sets apart conservatively (sharing a bit means they may overlap).
 */
function charSet(raw: string): Uint8Array {
  let set = charSets.get(raw);
  if (set) return set;
  set = new Uint8Array(0x10001);
  const re = new RegExp(`^(?:${raw})$`, 'u');
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c))) set[c] = 1;
  for (let c = 0x10000; c <= 0x10ffff && !set[0x10000]; c += 0x3f1) if (re.test(String.fromCodePoint(c))) set[0x10000] = 1;
  charSets.set(raw, set);
  return set;
}

function disjoint(a: Ast, b: Ast): boolean {
  if (!isOneChar(a) || !isOneChar(b)) return false;
  const x = charSet(a.raw);
  const y = charSet(b.raw);
  for (let i = 0; i < x.length; i++) if (x[i] && y[i]) return false;
  return true;
}

/** The chain of ancestors of `n`, itself first. */
function ancestors(n: Ast): Ast[] {
  const out: Ast[] = [];
  for (let x: Ast | null = n; x; x = x.parent as Ast | null) out.push(x);
  return out;
}

/**
 * Can long repeats `a` (earlier) and `b` backtrack against each other? Not when they sit in two
 * alternatives of one group (one match takes one), nor when both are items of one sequence with an
 * item between them that must match one character neither of them can match on one side (`\d+年\d+`:
 * `\d+` stops at `年`). Everything else counts as sharing (conservative).
 */
function mayShare(a: Quantifier, b: Quantifier): boolean {
  const up = ancestors(a);
  const common = ancestors(b).find((n) => up.includes(n));
  if (!common) return true;
  if (common.type !== 'Alternative') return false; // two alternatives (or one inside the other's group, checked by star height)
  if (disjoint(a.element, b.element)) return false; // `[a-z]+\d+`: neither can take the other's characters
  const i = common.elements.indexOf(a as never);
  const j = common.elements.indexOf(b as never);
  if (i < 0 || j < 0) return true;
  for (let k = Math.min(i, j) + 1; k < Math.max(i, j); k++) {
    const s = common.elements[k];
    if (isOneChar(s) && (disjoint(s, a.element) || disjoint(s, b.element))) return false;
  }
  return true;
}

/** Why the repeats of the pattern could backtrack polynomially (or combine into many ways), or undefined. */
function repeatProblem(source: string): Msg | undefined {
  const { visitRegExpAST } = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
  const ast = parseTree(source);
  const long: Quantifier[] = [];
  visitRegExpAST(ast, { onQuantifierEnter: (q) => void (q.max > LONG_REPEAT && long.push(q)) });
  for (let x = 0; x < long.length; x++) {
    for (let y = x + 1; y < long.length; y++) {
      if (mayShare(long[x], long[y])) {
        return msg(
          `含两处可匹配相同字符的无上限或长重复（*、+、{n,} 或超过 ${LONG_REPEAT} 次，如 a*a*b、.*x.*），长行上会大量回溯；请只保留一处，其余限定次数（如 {1,${LONG_REPEAT}}），或用两者都不能匹配的字符隔开`,
          `it has two unbounded or long repeats (*, +, {n,} or more than ${LONG_REPEAT}, like a*a*b or .*x.*) that can match the same characters, which backtracks polynomially on a long line; keep one, bound the others (like {1,${LONG_REPEAT}}) or separate them with a character neither can match`,
        );
      }
    }
  }
  // Short bounded repeats multiply: a sequence's ways are the product of its items', a group's the sum of its alternatives'.
  const ways = (n: Ast): number => {
    switch (n.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
        return n.alternatives.reduce((s, a) => s + ways(a), 0);
      case 'Assertion':
        return n.kind === 'lookahead' || n.kind === 'lookbehind' ? n.alternatives.reduce((s, a) => s + ways(a), 0) : 1;
      case 'Alternative':
        return n.elements.reduce((p, e) => Math.min(1e9, p * ways(e)), 1);
      case 'Quantifier': {
        const w = ways(n.element);
        if (n.max > LONG_REPEAT) return w;
        let sum = 0;
        for (let k = n.min; k <= n.max; k++) sum = Math.min(1e9, sum + w ** k);
        return sum;
      }
      default:
        return 1;
    }
  };
  const total = ways(ast);
  const limit = long.length > 0 ? MAX_REPEAT_COMBINATIONS_WITH_LONG : MAX_REPEAT_COMBINATIONS;
  if (total > limit) {
    const withLong = long.length > 0 ? { zh: '（含无上限或长重复时）', en: ' when it also has an unbounded or long repeat' } : { zh: '', en: '' };
    return msg(
      `限定次数的重复组合过多（约 ${total} 种，上限 ${limit}${withLong.zh}），可能大量回溯；请减少重复或缩小次数范围`,
      `its bounded repeats combine into about ${total} ways to match (at most ${limit}${withLong.en}), which could backtrack heavily; use fewer repeats or narrower counts`,
    );
  }
  return undefined;
}

/**
 * Ordinary lines of a 公文 (written for this check): title, 主送机关, a heading of each level, sentences,
 * a 成文日期, a signature. A configured pattern that matches most of them would take the document's own
 * text for residue (and `--fix` would delete it) or for placeholders.
 */
export const ORDINARY_LINES: readonly string[] = [
  '关于做好2024年防汛抗旱工作的通知',
  '各乡镇人民政府，县直各单位：',
  '一、总体要求',
  '（一）压实工作责任。',
  '为切实做好今年防汛工作，确保人民群众生命财产安全，现就有关事项通知如下。',
  '请各单位于5月20日前将落实情况报县应急管理局。',
  '县人民政府办公室',
  '2024年5月6日',
];

/** A pattern is refused when it matches more than this many of ORDINARY_LINES. */
export const MAX_ORDINARY_MATCHES = ORDINARY_LINES.length / 2;

/** Longest pattern accepted, in UTF-16 code units. */
export const MAX_PATTERN_LENGTH = 500;

/** Why `source` cannot be used as a pattern (both languages), or undefined when it can. */
export function patternProblem(source: string): Msg | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return msg(`模式过长（超过 ${MAX_PATTERN_LENGTH} 个字符）`, `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  let re: RegExp;
  try {
    re = new RegExp(source, PATTERN_FLAGS);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return msg(`正则表达式无法编译：${why}`, `the regular expression does not compile: ${why}`);
  }
  const safeRegex = require('safe-regex2') as typeof import('safe-regex2'); // on first use, as above
  if (!safeRegex(re)) {
    // safe-regex2's parser does not read lookbehind and calls every pattern with one unsafe: say so
    // instead of naming nested quantifiers the pattern does not have.
    if (hasLookbehind(source)) {
      return msg(
        '含后行断言（(?<=…) 或 (?<!…)），无法检查是否会无限回溯，请改写为不用后行断言的形式',
        'it has a lookbehind ((?<=…) or (?<!…)), which the safety check cannot read; write it without one',
      );
    }
    return msg(
      '含嵌套量词（如 (a+)+），可能无限回溯，请改写为不嵌套的形式',
      'it has nested quantifiers (like (a+)+) that could backtrack without bound; write it without nesting',
    );
  }
  if (repeatsAlternatives(source)) {
    return msg(
      `不限次数或重复超过 ${MAX_ALTERNATION_REPEAT} 次的分组内含“|”（如 (a|aa)+），可能无限回溯，请改用字符类或限定次数`,
      `it repeats a group with alternatives without bound or more than ${MAX_ALTERNATION_REPEAT} times (like (a|aa)+), which could backtrack without bound; use a character class or a count of at most ${MAX_ALTERNATION_REPEAT}`,
    );
  }
  if (hasBackreference(source)) {
    return msg('含反向引用（如 \\1），可能大量回溯，请直接写出要匹配的文字', 'it has a backreference (like \\1), which can backtrack heavily; write out the text to match instead');
  }
  const repeats = repeatProblem(source);
  if (repeats) return repeats;
  if (re.test('')) return msg('能匹配空文本，会处处报错', 'it matches the empty text, so it would report everywhere');
  const hits = ORDINARY_LINES.filter((line) => new RegExp(source, 'u').test(line)).length;
  if (hits > MAX_ORDINARY_MATCHES) {
    return msg(
      `能匹配大多数普通公文行（如“一、总体要求”“2024年5月6日”，${ORDINARY_LINES.length} 行中的 ${hits} 行），会把正文当作残留或占位符；请写出更具体的模式（如以 ^ 开头的固定文字）`,
      `it matches most ordinary lines of a document (like “一、总体要求” or “2024年5月6日”: ${hits} of ${ORDINARY_LINES.length}), so it would take the document's own text for residue or placeholders; write a more specific pattern (like fixed words after ^)`,
    );
  }
  return undefined;
}

/** Compile a pattern that `patternProblem` accepted: the core's `compileExtraPattern` (a fresh RegExp, flags `gu`, each call). */
export const compilePattern = compileExtraPattern;
