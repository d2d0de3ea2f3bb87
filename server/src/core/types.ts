/**
 * The contract of the pure analysis core: findings, fixes, rules and the section tree.
 * Everything here is plain data so the language server, the CLI and the tests share it.
 * All offsets are UTF-16 code units into the exact text that was linted, `[start, end)`.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** What a check rests on. `实务` is office practice ("通行做法"), never called a "规定". */
export type Basis = 'GB/T 9704' | 'GB/T 15834' | 'GB/T 15835' | '条例' | '实务';

/** A message in both UI languages. */
export interface Msg {
  zh: string;
  en: string;
}

export type Language = 'markdown' | 'plaintext';

/** Replace `[start, end)` with `newText`. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * What kind of edit a fix is (the split ESLint makes between a fix and a suggestion):
 * - `safe`: changes only what the finding is about and rests on no guess (a wrong punctuation mark
 *   after an ordinal, a residue line). `--fix`, fix-all and fix-on-save apply it.
 * - `suggestion`: rests on a reading of the document's structure (renumbering a run, re-levelling a
 *   run and its children, any edit of more than one marker). Offered in the light bulb only; applied
 *   in bulk only when the user opts in (`--fix-suggestions`, the `gongwen.fix.suggestions` setting).
 */
export type FixKind = 'safe' | 'suggestion';

export interface Fix {
  title: Msg;
  edits: OffsetEdit[];
  kind: FixKind;
}

export interface Finding {
  /** Rule id: the diagnostic `code`, the settings key, the CLI's `rule`. */
  rule: string;
  /**
   * Settings key that decides the severity: the rule id, or `ruleId/sub` for a sub-check whose
   * severity users tune separately (e.g. `numbering-punctuation/arabic-dunhao` for `1、`).
   */
  severityKey: string;
  severity: Severity;
  basis: Basis;
  message: Msg;
  start: number;
  end: number;
  fix?: Fix;
  /** Placeholder group key (`XX镇`, `XX书记`) so an editor can fill a whole group at once. */
  group?: string;
}

/** What a rule reports; the engine fills in rule, basis and severity from the rule's meta. */
export interface Report {
  message: Msg;
  start: number;
  end: number;
  fix?: Fix;
  group?: string;
  /** Sub-check id, see `Finding.severityKey`. Must be declared in `RuleMeta.subChecks`. */
  sub?: string;
}

export interface RuleMeta {
  /** = file name in rules/ = setting key = diagnostic code. */
  id: string;
  /** A short name for titles and menus (`序号标点` / `Ordinal punctuation`): never show the raw id to a writer. */
  name: Msg;
  basis: Basis;
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /** One line: what the rule checks. */
  description: Msg;
  /** One wrong and one right example, shown on hover and in the docs. */
  example: { wrong: string; right: string };
  /** Sub-checks whose severity can be set on their own, key = sub id. */
  subChecks?: Record<string, { defaultSeverity: SeveritySetting; description: Msg; example?: { wrong: string; right: string } }>;
  /**
   * Options the rule reads from `ctx.options`, key = option name. The configuration layer builds
   * the settings schema, the rc-file schema and validation from these declarations.
   */
  options?: Record<string, RuleOptionSpec>;
  /**
   * Findings of this rule honour `LintOptions.allow`: a finding is dropped when an allow-listed
   * word covers it in the text, or equals its `group` (the placeholder rule, the wording rules).
   */
  allowList?: boolean;
  /**
   * `paragraph`: the rule's findings in a prose paragraph depend only on that paragraph, its two
   * neighbours, and what the analysis says about their lines (non-prose spans, ordinal markers,
   * the document model's line roles), and each finding starts inside one paragraph. An incremental
   * analysis (`LintSession`) then re-runs the rule only around an edit. Omitted: the rule reads the
   * whole document and always runs in full. A test edits real documents at random and checks that
   * the incremental findings equal a full analysis (test/unit/incremental.test.ts).
   */
  scope?: 'paragraph';
  /**
   * A general rule that yields to a specific one: when another rule reports the same range with the
   * same fix at a severity at least as high, this rule's finding is dropped, so one character does not
   * carry two diagnostics that say the same (punctuation-width beside addressee on `各部门:`,
   * numbering-punctuation beside attachment-note on `附件：1、`), or whose range it safely deletes (punctuation-width
   * beside title-punctuation on a title's last `.`). So is a finding without a fix whose range another
   * rule's safe fix deletes, at a severity at least as high: a placeholder in a line that web-residue deletes whole
   * (not in one whose deletion is only offered: the writer may keep that line, slot and all).
   */
  yields?: boolean;
}

/** One rule option: its JSON type, its default and what it means (both languages). */
export interface RuleOptionSpec {
  type: 'boolean' | 'number' | 'string' | 'string[]' | 'object';
  default: unknown;
  description: Msg;
  /** For `number`: inclusive bounds. */
  minimum?: number;
  maximum?: number;
  /** For `string`: the allowed values. */
  enum?: readonly string[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Options a caller passes to `lint`; everything optional, validated defaults apply. */
export interface LintOptions {
  language?: Language;
  /** Severity overrides by severity key (`rule` or `rule/sub`). */
  severities?: Record<string, SeveritySetting>;
  /**
   * Rule options by rule id, already validated; a missing option takes the default declared in
   * the rule's `meta.options`.
   */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Allow-listed words (configuration key `allow`), applied to rules with `meta.allowList`. */
  allow?: readonly string[];
  /** Extra patterns from the configuration, already checked to be safe; see `ExtraPatterns`. */
  extraPatterns?: Partial<ExtraPatterns>;
}

/**
 * User-written patterns (configuration keys `placeholderPatterns`, `residuePatterns`), compiled
 * with flags `gu` and checked by the configuration layer: they compile, have no nested
 * quantifiers and never match the empty text. A rule that reads them must use `text.matchAll(re)`
 * or reset `lastIndex` (the objects are shared by one lint run).
 * - `placeholder`: each match in a prose line is an unfilled placeholder (read by the placeholder rule).
 * - `residue`: a prose line whose text (as `residueText` gives it) matches is web residue (read by
 *   the residue line classifier through `Source.residuePatterns`, which `lint` sets: web-residue reports
 *   the line and the numbering model skips it).
 */
export interface ExtraPatterns {
  placeholder: readonly RegExp[];
  residue: readonly RegExp[];
}

/** Flags every configured pattern is compiled with: global (for `matchAll`) and Unicode (astral characters are one character). */
export const EXTRA_PATTERN_FLAGS = 'gu';

/**
 * Compile the source of a configured pattern (`placeholderPatterns`, `residuePatterns`) that the configuration's
 * checks accepted (config/patterns.ts `patternProblem`: it compiles, cannot backtrack without bound, does not match
 * the empty text). Returns a fresh RegExp with `EXTRA_PATTERN_FLAGS` each call: `lastIndex` is never shared. Throws
 * SyntaxError for a source that does not compile (one the checks would have refused).
 */
export function compileExtraPattern(source: string): RegExp {
  return new RegExp(source, EXTRA_PATTERN_FLAGS);
}

// ---------------------------------------------------------------------------------------------
// Source model (see source.ts)

/** Why a line is outside the document's own numbering and prose checks. */
export type LineScope =
  | 'text'
  | 'blank'
  | 'code' // fenced code block, including its fences
  | 'frontmatter'
  | 'html-comment'
  | 'table'
  | 'quote';

/**
 * One line of a `Source` (see source.ts). Read-only once the `Source` is built: in a `LintSession`, the
 * lines before an edit are the very objects of the previous version (same text, offsets and scope), so a
 * `Line` object must not key or carry anything that depends on more than the line itself.
 */
export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the first character (after a BOM on line 0). */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  /** Offset just past the line break (= end on the last line without one). */
  next: number;
  scope: LineScope;
  /** Markdown ATX heading level (1-6) when the line is `# …`, else 0. */
  headingLevel: number;
  /**
   * Offset where the line's content starts: after indentation (spaces, tabs, U+3000, NBSP),
   * a Markdown heading's `#`s and emphasis openers (`**`, `__`).
   */
  contentStart: number;
}

// ---------------------------------------------------------------------------------------------
// Numbering (see numbering/)

/**
 * Ordinal families. Levels per GB/T 9704 §7.3.3: cn = 一、 (1), cn-paren = （一） (2),
 * arabic = 1. (3), arabic-paren = （1） (4), circled = ① (5). `di` = 第一， and `word` =
 * 首先/其次/最后 are in-text families, not structure levels.
 */
export type MarkerFamily = 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled' | 'di';

export interface Marker {
  family: MarkerFamily;
  /** Structure level 1..5 from the family (di = 0: not a structure level). */
  level: number;
  /** The ordinal's value: 一 → 1, （十二） → 12, ⑤ → 5. */
  value: number;
  /** Offsets of the whole marker token as written, punctuation included (`一.`, `(1)`, `1、`). */
  start: number;
  end: number;
  /** The marker exactly as written. */
  text: string;
  /** The marker in its standard form for its family and value (`一、`, `（1）`, `1.`). */
  canonical: string;
  /** True when text === canonical. */
  wellFormed: boolean;
}

export interface Section {
  kind: 'title' | 'heading' | 'marker';
  /** Markdown heading level for headings; marker level for markers; 0 for the title. */
  level: number;
  marker?: Marker;
  line: number;
  /** What the outline shows: the heading or item text (marker included), trimmed. */
  label: string;
  /** The line's visible title text (selection range): inside [start, end). */
  titleStart: number;
  titleEnd: number;
  /** From the line's start to the end of the section's last line (before the next sibling or ancestor). */
  start: number;
  end: number;
  children: Section[];
  parent?: Section;
}

export interface SectionTree {
  /** Top-level sections in document order. */
  roots: Section[];
  /** Every marker section in document order (flat), for rules. */
  markers: Section[];
}

// ---------------------------------------------------------------------------------------------

export interface RuleContext {
  readonly text: string;
  readonly language: Language;
  readonly source: import('./source').Source;
  readonly sections: SectionTree;
  /**
   * The document model: each paragraph's role (标题, 主送机关, headings, 附件说明, 署名, 成文日期, 版记 …,
   * or a speech's parts). Built on first access and shared by every rule of the same lint run.
   */
  readonly document: import('./document/types').DocumentModel;
  /** This rule's options: the declared defaults overlaid with `LintOptions.ruleOptions[rule id]`. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The configuration's extra patterns (empty lists when none): see `ExtraPatterns`. */
  readonly extraPatterns: Readonly<ExtraPatterns>;
  /**
   * Set only for a rule with `meta.scope: 'paragraph'` in an incremental analysis (`LintSession`):
   * the `[start, end)` UTF-16 ranges (whole paragraphs) to look at. The rule's layer (`proseOf`)
   * narrows its scans to them; a rule that scans `ctx.text` itself should loop over these ranges.
   * Reports starting outside them are dropped (the engine reuses the previous findings there).
   */
  readonly windows?: ReadonlyArray<readonly [number, number]>;
  report(r: Report): void;
}
