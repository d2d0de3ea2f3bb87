// STUB — to be implemented.
import { msg } from '../messages';
import type { Rule } from '../types';

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    basis: '实务',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg('（待实现）', '(to be implemented)'),
    example: { wrong: '', right: '' },
  },
  check() {},
};
