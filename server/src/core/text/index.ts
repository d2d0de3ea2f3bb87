/**
 * The shared text layer: character classes (chars.ts) and the prose map of a document (prose.ts).
 * Prose rules ask it which offsets are prose and what a character is, instead of re-coding either.
 */
export * from './chars';
export { textLayer, TextLayer, type ProseParagraph, type SpanKind, type TextSpan } from './prose';
export { visibleAt, visibleBefore, isChineseChar, markerOffsets, spacesBeforeChinese } from './context';
export { proseOf } from './rule-context';
export { chineseNumberLists, chineseOrdinalLists, numberListAt, type NumberList } from './literals';
