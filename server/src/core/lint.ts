import { Source } from './source';
import { residueLines } from './residue';
import { buildSections } from './numbering/tree';
import { RULES } from './rules/index';
import { applyAllowList, applySuppressions, scanDirectives, SUPPRESSION_RULE, type DirectiveProblem } from './suppress';
import { buildDocumentModel } from './document/model';
import { wholeProseLayer } from './text/rule-context';
import { dropMentions } from './text/mentions';
import type { LintSession } from './incremental';
import type { DocumentModel } from './document/types';
import type { ExtraPatterns, Finding, Language, LintOptions, Report, Rule, RuleContext, SectionTree, Severity, SeveritySetting } from './types';

export interface LintResult {
  findings: Finding[];
  source: Source;
  /** The section tree the rules saw (also the outline). */
  sections: SectionTree;
  /** Rules that threw: the others still ran (a rule that threw has no findings). */
  errors: Array<{ rule: string; error: unknown }>;
}

/** Resolve the severity for a rule or `rule/sub` key; `off` when the rule itself is off. */
export function resolveSeverity(rule: Rule, sub: string | undefined, severities: Record<string, SeveritySetting> = {}): SeveritySetting {
  const own = severities[rule.meta.id] ?? rule.meta.defaultSeverity;
  if (own === 'off' || sub === undefined) return own;
  // A sub-check has its own default; an undeclared sub falls back to the rule's severity.
  return severities[`${rule.meta.id}/${sub}`] ?? rule.meta.subChecks?.[sub]?.defaultSeverity ?? own;
}

/**
 * Lint `text` with every enabled rule. Pure: text in, findings out. After the rules ran, findings
 * inside a quoted form the text names as an example (`不得写作“2024年05月06日”`, see text/mentions.ts), findings
 * covered by an allow-listed word (`options.allow`, rules with `meta.allowList`) and findings
 * silenced by `<!-- gongwen-disable… -->` comments (Markdown, see suppress.ts) are dropped.
 *
 * With a `session` (one per document, see incremental.ts), rules declared `scope: 'paragraph'` re-run only
 * on the paragraphs an edit changed since the session's last lint; the result is the same as without.
 */
export function lint(text: string, options: LintOptions = {}, rules: readonly Rule[] = RULES, session?: LintSession): LintResult {
  const source = new Source(text, options.language ?? 'markdown', session?.lineRecord);
  if (session) session.lineRecord = source.lineRecord();
  const extraPatterns: ExtraPatterns = { placeholder: options.extraPatterns?.placeholder ?? [], residue: options.extraPatterns?.residue ?? [] };
  // The residue classifier reads the configured residue patterns from the source (it runs before any rule).
  source.residuePatterns = extraPatterns.residue;
  if (session) {
    session.memo.rotate();
    source.memo = session.memo;
  }
  // Lines of template-site furniture (a download notice's `1、…` items) are not the document's
  // 层次序号: the numbering model skips them while web-residue reports them.
  // (Whether or not this run includes the rule: a test of one numbering rule reads what the product reads.)
  const severities = options.severities ?? {};
  const residueOn = (severities['web-residue'] ?? 'warning') !== 'off';
  const sections = buildSections(source, residueOn ? { skipLines: residueLines(source) } : {});
  const findings: Finding[] = [];
  const errors: LintResult['errors'] = [];
  // Built on first access: most rules never ask for it.
  let document: DocumentModel | undefined;

  const enabled = rules.filter((rule) => (severities[rule.meta.id] ?? rule.meta.defaultSeverity) !== 'off');
  const model = () => (document ??= buildDocumentModel(source, sections));
  const run = session?.begin({
    text,
    source,
    sections,
    document: model,
    // (No object literal with a getter here: each would get a map of its own in the old generation, keeping
    // this version's source and text reachable for the scavenger until a full collection.)
    layer: () => wholeProseLayer(source, model),
    options,
    rules: enabled,
  });

  const shared: RunShared = { text, extraPatterns, source, sections, model, severities, findings };
  for (const rule of enabled) {
    const windows = run && rule.meta.scope === 'paragraph' ? run.windows : undefined;
    const first = findings.length;
    const ctx = new RunContext(shared, rule, ruleOptions(rule, options.ruleOptions?.[rule.meta.id]), windows);
    try {
      rule.check(ctx);
      if (run && rule.meta.scope === 'paragraph') {
        const fresh = findings.slice(first);
        const reused = windows ? run.reused(rule.meta.id) : [];
        for (let i = 0; i < reused.length; i++) findings.push(reused[i]);
        run.record(rule.meta.id, fresh, reused);
      }
    } catch (error) {
      // What a rule reported before it threw is partial (and, in an incremental run, only the window's
      // part): drop it, so a failing rule gives the same nothing with or without a session.
      findings.length = first;
      errors.push({ rule: rule.meta.id, error });
      run?.failed(rule.meta.id);
    }
  }
  run?.finish();
  // Rule ids are lower-case ASCII: code-unit order is their alphabetical order (and much cheaper than localeCompare).
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  // After the rules: forms quoted as examples (`不应写“截止目前”`), the allow-list, then the document's own
  // suppression comments (Markdown).
  const used = dropMentions(findings, text);
  const allowRules = new Set(rules.filter((r) => r.meta.allowList).map((r) => r.meta.id));
  const allowed = options.allow?.length ? applyAllowList(used, text, options.allow, allowRules) : used;
  const yielding = new Set(rules.filter((r) => r.meta.yields).map((r) => r.meta.id));
  const { directives, problems } = scanDirectives(source, (knownNames ??= new Set(severityKeys(RULES))));
  const kept = dropEchoes(applySuppressions(allowed, source, directives), yielding);
  return { findings: problems.length ? withProblems(kept, problems) : kept, source, sections, errors };
}

/** Every rule id and severity key of the registry: the names a suppression comment may use. */
let knownNames: ReadonlySet<string> | undefined;

/**
 * `findings` (sorted) with the problems of the suppression comments as findings of `SUPPRESSION_RULE`
 * (warning; never silenced by a comment, fixed by correcting the comment), in start order.
 */
function withProblems(findings: Finding[], problems: readonly DirectiveProblem[]): Finding[] {
  const extra: Finding[] = problems.map((p) => ({ rule: SUPPRESSION_RULE, severityKey: SUPPRESSION_RULE, severity: 'warning', basis: '实务', message: p.message, start: p.start, end: p.end }));
  return [...findings, ...extra].sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** What every rule's context in one lint run shares. */
interface RunShared {
  readonly text: string;
  readonly extraPatterns: ExtraPatterns;
  readonly source: Source;
  readonly sections: SectionTree;
  /** The document model, built on first call. */
  readonly model: () => DocumentModel;
  readonly severities: Record<string, SeveritySetting>;
  /** Where `report` adds the rule's findings. */
  readonly findings: Finding[];
}

/**
 * One rule's `RuleContext` in one lint run: a class, so that the context of each rule is a small object of
 * one fixed shape (an object literal with a getter and a spread was a dictionary per rule per version).
 * `windows` is undefined when the rule looks at the whole text.
 */
class RunContext implements RuleContext {
  readonly text: string;
  readonly language: Language;
  readonly source: Source;
  readonly sections: SectionTree;
  readonly extraPatterns: ExtraPatterns;
  constructor(
    private readonly shared: RunShared,
    private readonly rule: Rule,
    readonly options: Record<string, unknown>,
    readonly windows: ReadonlyArray<readonly [number, number]> | undefined,
  ) {
    this.text = shared.text;
    this.language = shared.source.language;
    this.source = shared.source;
    this.sections = shared.sections;
    this.extraPatterns = shared.extraPatterns;
  }

  get document(): DocumentModel {
    return this.shared.model();
  }

  report(r: Report): void {
    const rule = this.rule;
    const sev = resolveSeverity(rule, r.sub, this.shared.severities);
    if (sev === 'off') return;
    // An incremental run keeps the previous findings outside the windows.
    const windows = this.windows;
    if (windows && !windows.some(([from, to]) => r.start >= from && r.start < to)) return;
    // Keys in this order, fix and group only when given (a LintSession's moved findings copy this shape).
    const f: Finding = {
      rule: rule.meta.id,
      severityKey: r.sub ? `${rule.meta.id}/${r.sub}` : rule.meta.id,
      severity: sev as Severity,
      basis: rule.meta.basis,
      message: r.message,
      start: r.start,
      end: r.end,
    };
    if (r.fix) f.fix = r.fix;
    if (r.group !== undefined) f.group = r.group;
    this.shared.findings.push(f);
  }
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/**
 * Drop the findings of yielding rules (`meta.yields`) that another rule's finding repeats: same range,
 * same fix edits (or a safe fix deleting that range: `repeats`), severity at least as high; or, for a finding
 * without a fix, whose range another rule's safe fix
 * deletes, at a severity at least as high (the placeholder in a line web-residue deletes whole). `findings` is
 * sorted by start and end; the order is kept.
 */
function dropEchoes(findings: Finding[], yielding: ReadonlySet<string>): Finding[] {
  if (yielding.size === 0) return findings;
  // (Built when first asked, once: most runs have no yielding finding without a fix.)
  let deleted: ((f: Finding) => boolean) | undefined;
  let built = false;
  let out: Finding[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    let echo = false;
    // (Only a finding without a fix of its own: one with a fix keeps it for a line whose deletion is only offered.)
    if (!f.fix && yielding.has(f.rule)) {
      if (!built) {
        deleted = deletedBy(findings, yielding);
        built = true;
      }
      echo = deleted !== undefined && deleted(f);
    }
    if (!echo && yielding.has(f.rule) && f.fix) {
      for (let j = i - 1; j >= 0 && findings[j].start === f.start && !echo; j--) echo = repeats(findings[j], f, yielding);
      for (let j = i + 1; j < findings.length && findings[j].start === f.start && !echo; j++) echo = repeats(findings[j], f, yielding);
    }
    if (echo) out ??= findings.slice(0, i);
    else out?.push(f);
  }
  return out ?? findings;
}

/**
 * For findings sorted by start: a test, to be asked in that order, of whether a finding's range `[start, end)` lies
 * inside text that a safe fix of a rule that does not yield deletes (an edit with empty `newText`), that finding's
 * severity at least as high. A deletion only offered (`suggestion`) may be declined: the text then stays, and so does
 * what is said of it. Undefined when no such fix deletes anything. Linear after sorting the deletions.
 */
function deletedBy(findings: readonly Finding[], yielding: ReadonlySet<string>): ((f: Finding) => boolean) | undefined {
  const cuts: Array<{ start: number; end: number; rank: number }> = [];
  for (const g of findings) {
    if (!g.fix || g.fix.kind !== 'safe' || yielding.has(g.rule)) continue;
    for (const e of g.fix.edits) if (e.newText === '' && e.end > e.start) cuts.push({ start: e.start, end: e.end, rank: RANK[g.severity] });
  }
  if (cuts.length === 0) return undefined;
  cuts.sort((a, b) => a.start - b.start);
  // The furthest end of the deletions seen so far (those starting at or before the finding), per severity rank.
  const reach = [-1, -1, -1, -1];
  let k = 0;
  return (f) => {
    for (; k < cuts.length && cuts[k].start <= f.start; k++) reach[cuts[k].rank] = Math.max(reach[cuts[k].rank], cuts[k].end);
    for (let r = RANK[f.severity]; r < reach.length; r++) if (reach[r] >= f.end) return true;
    return false;
  };
}

/**
 * Does `g`, of a rule that does not yield, say what `f` says or settle it: same range, severity at least as high, and
 * the same edits, or a safe fix deleting exactly that range (title-punctuation deleting a title's last `.`, which
 * punctuation-width would make a `。`: the specific rule owns the character, and a character deleted needs no other
 * form). A deletion only offered (`suggestion`) leaves `f` standing: the writer may keep the character.
 */
function repeats(g: Finding, f: Finding, yielding: ReadonlySet<string>): boolean {
  if (g.rule === f.rule || yielding.has(g.rule) || g.end !== f.end || !g.fix || !f.fix || RANK[g.severity] < RANK[f.severity]) return false;
  const a = g.fix.edits;
  const b = f.fix.edits;
  if (g.fix.kind === 'safe' && a.length === 1 && a[0].newText === '' && a[0].start === f.start && a[0].end === f.end) return true;
  return a.length === b.length && a.every((e, k) => e.start === b[k].start && e.end === b[k].end && e.newText === b[k].newText);
}

/** A rule's options: its declared defaults overlaid with the given values (unknown keys dropped). */
export function ruleOptions(rule: Rule, given: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const specs = rule.meta.options;
  if (specs === undefined) return out;
  // (Object.keys, not entries: one array per call instead of one more pair per option; same order.)
  const keys = Object.keys(specs);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    out[key] = key in given ? given[key] : specs[key].default;
  }
  return out;
}

/** Every severity key a user can set: rule ids and `rule/sub` keys. */
export function severityKeys(rules: readonly Rule[] = RULES): string[] {
  return rules.flatMap((r) => [r.meta.id, ...Object.keys(r.meta.subChecks ?? {}).map((s) => `${r.meta.id}/${s}`)]);
}
