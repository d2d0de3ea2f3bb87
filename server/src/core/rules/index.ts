import type { Rule } from '../types';
import { numberingSequence } from './numbering-sequence';
import { numberingLevel } from './numbering-level';
import { numberingPunctuation } from './numbering-punctuation';
import { numberingSkip } from './numbering-skip';
import { numberingMixed } from './numbering-mixed';
import { enumerationSequence } from './enumeration-sequence';
import { placeholder } from './placeholder';
import { webResidue } from './web-residue';
import { punctuationWidth } from './punctuation-width';
import { punctuationQuotes } from './punctuation-quotes';
import { punctuationPairs } from './punctuation-pairs';
import { punctuationDuplicate } from './punctuation-duplicate';
import { punctuationEllipsis } from './punctuation-ellipsis';
import { punctuationDunhao } from './punctuation-dunhao';
import { punctuationRange } from './punctuation-range';
import { dateFormat } from './date-format';
import { documentNumber } from './document-number';
import { numeralUsage } from './numeral-usage';
import { wording } from './wording';
import { duplicateWord } from './duplicate-word';
import { noCjkSpacing } from './no-cjk-spacing';
import { titlePunctuation } from './title-punctuation';
import { attachmentNote } from './attachment-note';
import { addressee } from './addressee';
import { documentType } from './document-type';

/** The ordered registry of rules. Adding a rule = one file, one line here. */
export const RULES: readonly Rule[] = [
  numberingPunctuation,
  numberingLevel,
  numberingSequence,
  numberingSkip,
  numberingMixed,
  enumerationSequence,
  placeholder,
  webResidue,
  punctuationWidth,
  punctuationQuotes,
  punctuationPairs,
  punctuationDuplicate,
  punctuationEllipsis,
  punctuationDunhao,
  punctuationRange,
  dateFormat,
  documentNumber,
  numeralUsage,
  wording,
  duplicateWord,
  noCjkSpacing,
  titlePunctuation,
  attachmentNote,
  addressee,
  documentType,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
