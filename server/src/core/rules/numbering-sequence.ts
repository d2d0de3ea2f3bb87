// STUB — to be implemented.
import { msg } from '../messages';
import type { Rule } from '../types';

export const numberingSequence: Rule = {
  meta: {
    id: 'numbering-sequence',
    basis: '实务',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg('（待实现）', '(to be implemented)'),
    example: { wrong: '', right: '' },
  },
  check() {},
};
