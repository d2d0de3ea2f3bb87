/** The rule ids of issue 11 (punctuation, numbers and dates, 发文字号, wording), shared by their tests. */
export const PROSE_RULES = [
  'punctuation-width',
  'punctuation-quotes',
  'punctuation-pairs',
  'punctuation-duplicate',
  'punctuation-ellipsis',
  'punctuation-dunhao',
  'punctuation-range',
  'date-format',
  'document-number',
  'numeral-usage',
  'wording',
  'duplicate-word',
  'no-cjk-spacing',
];
