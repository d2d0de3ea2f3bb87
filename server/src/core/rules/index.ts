import type { Rule } from '../types';
import { numberingSequence } from './numbering-sequence';
import { numberingLevel } from './numbering-level';
import { numberingPunctuation } from './numbering-punctuation';
import { numberingSkip } from './numbering-skip';
import { numberingMixed } from './numbering-mixed';
import { enumerationSequence } from './enumeration-sequence';
import { placeholder } from './placeholder';
import { webResidue } from './web-residue';

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
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
