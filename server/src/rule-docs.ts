/**
 * Where each rule is documented: `docs/rules.md#<rule-id>`. One address for the editor's diagnostics
 * (`codeDescription`) and the command line's SARIF (`helpUri`). The extension rewrites it to the copy
 * packaged inside it, so the link also works offline.
 */
export const RULES_DOC_URL = 'https://github.com/gongwen-dev/gongwen/blob/main/docs/rules.md';

/** Link to a rule's documentation (the same string object each time for a rule: every diagnostic carries one). */
export function ruleDocUrl(rule: string): string {
  let url = urls.get(rule);
  if (url === undefined) urls.set(rule, (url = `${RULES_DOC_URL}#${rule}`));
  return url;
}
const urls = new Map<string, string>();
