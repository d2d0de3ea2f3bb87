/**
 * Where each rule is documented: its section `## <rule-id>` of docs/rules.md. gongwen has no public web
 * address for it (the repository address once used here did not exist: every click was a 404), so links
 * go to the copy shipped next to the bundles — the .vsix packages docs/rules.md (.vscodeignore), the npm
 * package ships the whole tree — as a `file:` URL on the machine that runs the server, or nowhere when
 * that file is absent. The VS Code extension links codes itself, to the same packaged file
 * (client/src/rule-links.ts, `clientRuleLinks`); the command line's SARIF carries no link unless one is
 * given (`gongwen check --rule-docs-url`): a report read elsewhere must not point at a local path.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The packaged rule reference as a `file:` URL (no fragment; `(` and `)` percent-encoded), or undefined
 * when it is not there.
 * Looked for beside the running bundle (dist/ → ../docs/rules.md) and, run from the sources
 * (server/src/), two folders up. `dirs`: the folders to start from (tests).
 */
export function findRulesDoc(dirs: readonly string[] = [__dirname]): string | undefined {
  for (const dir of dirs) {
    for (const up of [['..'], ['..', '..']]) {
      const file = path.join(dir, ...up, 'docs', 'rules.md');
      // parentheses escaped too (`Program Files (x86)`): the URL goes into Markdown links `[…](url)`
      if (existsSync(file)) return pathToFileURL(file).href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    }
  }
  return undefined;
}

let packaged: { url: string | undefined } | undefined;

/** `findRulesDoc()`, looked up once per process; undefined when there is no reference to link to. */
export function rulesDocUrl(): string | undefined {
  return (packaged ??= { url: findRulesDoc() }).url;
}

/**
 * Link to a rule's section of the reference `base` (default: the packaged file, `rulesDocUrl()`):
 * `<base>#<rule-id>` (the same string object each time for a rule and base: every diagnostic carries
 * one), or undefined when there is no reference.
 */
export function ruleDocUrl(rule: string, base: string | undefined = rulesDocUrl()): string | undefined {
  if (base === undefined) return undefined;
  let byRule = urls.get(base);
  if (byRule === undefined) urls.set(base, (byRule = new Map()));
  let url = byRule.get(rule);
  if (url === undefined) byRule.set(rule, (url = `${base}#${rule}`));
  return url;
}
const urls = new Map<string, Map<string, string>>();
