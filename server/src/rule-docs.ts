/**
 * Where each rule is documented: its section `## <rule-id>` of docs/rules.md. gongwen has no public web
 * address for it (the repository address once used here did not exist: every click was a 404), so links
 * go to the copy shipped beside the bundles — the .vsix packages docs/rules.md (.vscodeignore), the npm
 * package and a clone have the whole tree — as a `file:` URL on the machine that runs the server. The
 * file is not looked at (the server reads no file itself: test/unit/capabilities.test.ts); every way the
 * server is shipped has it there (test/protocol/rule-links.test.ts checks the built one). The VS Code
 * extension links codes itself, to the same packaged file (client/src/rule-links.ts, `clientRuleLinks`);
 * the command line's SARIF carries no link: a report read elsewhere must not point at a local path.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The rule reference beside the code in `dir` as a `file:` URL (no fragment; `(` and `)`
 * percent-encoded, as the URL goes into Markdown links `[…](url)`): `dir/../docs/rules.md` for a
 * bundle in dist/, `dir/../../docs/rules.md` for the sources in server/src/.
 */
export function rulesDocUrlFrom(dir: string): string {
  const up = path.basename(dir) === 'src' && path.basename(path.dirname(dir)) === 'server' ? ['..', '..'] : ['..'];
  return pathToFileURL(path.join(dir, ...up, 'docs', 'rules.md')).href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

let packaged: string | undefined;

/** `rulesDocUrlFrom` this code's folder, computed once per process. */
export function rulesDocUrl(): string {
  return (packaged ??= rulesDocUrlFrom(__dirname));
}

/**
 * Link to a rule's section of the reference `base` (default: the packaged file, `rulesDocUrl()`):
 * `<base>#<rule-id>`, the same string object each time for a rule and base (every diagnostic carries one).
 */
export function ruleDocUrl(rule: string, base: string = rulesDocUrl()): string {
  let byRule = urls.get(base);
  if (byRule === undefined) urls.set(base, (byRule = new Map()));
  let url = byRule.get(rule);
  if (url === undefined) byRule.set(rule, (url = `${base}#${rule}`));
  return url;
}
const urls = new Map<string, Map<string, string>>();
