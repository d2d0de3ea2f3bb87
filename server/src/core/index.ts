/** Public entry of the pure analysis core. */
export * from './types';
export { Source, quoteSpans, isHighSurrogate, isLowSurrogate, wholeLineEmphasis, isIndentChar } from './source';
export { lint, resolveSeverity, ruleOptions, severityKeys, type LintResult } from './lint';
export { LintSession } from './incremental';
export { applyEdits, compatibleEdits, type ApplyResult } from './fix';
export { RULES, ruleById } from './rules/index';
export { buildSections, scopeKind, type BuildOptions, type ScopeKind } from './numbering/tree';
export { isChinese, msg, pick } from './messages';
export { fixAll, appliesInBulk, type FixAllResult, type FixAllChoice } from './autofix';
export { findPlaceholders, groupPlaceholders, type PlaceholderMatch, type PlaceholderGroup } from './placeholders';
export { parseDirectives, scanDirectives, applySuppressions, applyAllowList, SUPPRESSION_RULE, type Directive, type DirectiveKind, type DirectiveProblem } from './suppress';
export { buildDocumentModel, type ModelOptions } from './document/model';
export type { DocumentModel, DocParagraph, ParagraphRole, AttachmentNote, AttachmentNoteItem, Attachment, Imprint } from './document/types';
export { fixAllEdits, composeEdits, composePasses, type EditorFixAll } from './fix-edits';
export { countCharacters, lineCharacterCounts, speakingMinutes, speakingTime, DEFAULT_SPEAKING_RATE, type CharacterCount, type TextSpan } from './stats';
