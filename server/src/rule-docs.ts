/**
 * Where each rule is documented: `docs/rules.md#<rule-id>`. One address for the editor's diagnostics
 * (`codeDescription`) and the command line's SARIF (`helpUri`). The extension rewrites it to the copy
 * packaged inside it, so the link also works offline.
 */
export const RULES_DOC_URL = 'https://github.com/gongwen-dev/gongwen/blob/main/docs/rules.md';

/** Link to a rule's documentation. */
export function ruleDocUrl(rule: string): string {
  return `${RULES_DOC_URL}#${rule}`;
}
