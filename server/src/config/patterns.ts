/**
 * User-written patterns (`placeholderPatterns`, `residuePatterns`): checked before use so that a
 * pattern from a settings or rc file can never hang the server. A pattern is refused when it does
 * not compile, when it has nested quantifiers (`(a+)+`, `(x*)*y`: star height above one, which can
 * backtrack without bound; checked with safe-regex2), when alternatives sit under a long repeat
 * (`(a|aa)+`, the other exponential shape, which star height does not see; found on the parse tree
 * of @eslint-community/regexpp), when it is very long, or when it matches the empty text (it would
 * report zero-width findings everywhere). Nothing from the pattern runs here.
 */
import { msg } from '../core';
import type { Msg } from '../core';

/** Flags every user pattern is compiled with: global (for `matchAll`) and Unicode (astral characters are one character). */
export const PATTERN_FLAGS = 'gu';

/** Most repetitions allowed over a group with alternatives (`(?:甲|乙){1,10}` is fine, `(a|aa)+` is not). */
export const MAX_ALTERNATION_REPEAT = 10;

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
      `重复超过 ${MAX_ALTERNATION_REPEAT} 次的分组内含“|”（如 (a|aa)+），可能无限回溯，请改用字符类或限定次数`,
      `it repeats a group with alternatives more than ${MAX_ALTERNATION_REPEAT} times (like (a|aa)+), which could backtrack without bound; use a character class or a bounded count`,
    );
  }
  if (re.test('')) return msg('能匹配空文本，会处处报错', 'it matches the empty text, so it would report everywhere');
  return undefined;
}

/** Compile a pattern that `patternProblem` accepted. Returns a fresh RegExp (flags `gu`) each call: `lastIndex` is never shared. */
export function compilePattern(source: string): RegExp {
  return new RegExp(source, PATTERN_FLAGS);
}
