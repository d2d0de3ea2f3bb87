/**
 * Configuration per document (resource scope: multi-root workspaces): the `gongwen` settings
 * section, fetched with workspace/configuration (or taken from didChangeConfiguration for clients
 * without it), merged with the `.gongwenrc.json` files the client reads for the server
 * (config-source.ts), validated, cached per URI. A client that does not answer
 * workspace/configuration within `timeoutMs` gets the defaults (and the late answer, if it ever
 * comes, is used from then on); all the problems of one document's configuration are reported in
 * one message, each message once.
 */
import type { Connection } from 'vscode-languageserver';
import { isChinese } from './core';
import { formatProblem, type ConfigProblem } from './config';
import { CONFIG_FILES_REQUEST, DocumentConfigs, type ConfigContext } from './config-source';
import type { Lifecycle } from './lifecycle';
import { errorText, type ServerLog } from './log';
import { SETTINGS_SECTION, type GongwenSettings } from './settings';

/** How long to wait for workspace/configuration before using the defaults. */
export const CONFIGURATION_TIMEOUT_MS = 2000;

export class DocumentSettings {
  private readonly configs: DocumentConfigs;
  /** Settings pushed with didChangeConfiguration, used only by clients without workspace/configuration. */
  private pushed: unknown;
  /** Documents whose section arrived after the timeout, mapped to that late answer. */
  private readonly late = new Map<string, unknown>();

  constructor(
    private readonly connection: Connection,
    private readonly life: Lifecycle,
    private readonly log: ServerLog,
    /** Called when a late configuration answer replaced the defaults of `uri`. */
    private readonly onLateAnswer: (uri: string) => void,
    private readonly timeoutMs = CONFIGURATION_TIMEOUT_MS,
  ) {
    this.configs = new DocumentConfigs({
      section: (uri) => this.section(uri),
      configFiles: (uri) => this.connection.sendRequest(CONFIG_FILES_REQUEST, { uri }),
      report: (problems) => this.report(problems),
    });
  }

  /** Where settings come from, for the start-up log. */
  get source(): string {
    const section = this.life.client.configurationRequests ? 'workspace/configuration, per document' : 'didChangeConfiguration';
    return `${section}, and .gongwenrc.json files read by the client`;
  }

  /** The validated settings of document `uri`. Never rejects. */
  get(uri: string): Promise<GongwenSettings> {
    return this.configs.settings(uri);
  }

  /** The rc files and workspace folder behind the document's settings (for the actions that write them). */
  context(uri: string): Promise<ConfigContext> {
    return this.configs.context(uri);
  }

  /** Settings or an rc file changed: forget them all (`pushed` is the new `gongwen` section, if the client sent it). */
  changed(pushed?: unknown): void {
    if (pushed !== undefined) this.pushed = pushed;
    this.late.clear();
    this.configs.clear();
  }

  delete(uri: string): void {
    this.late.delete(uri);
    this.configs.delete(uri);
  }

  /** The raw `gongwen` section of `uri`, or undefined (defaults) when the client fails or is silent. */
  private section(uri: string): Promise<unknown> {
    if (!this.life.client.configurationRequests) return Promise.resolve(this.pushed);
    if (this.late.has(uri)) return Promise.resolve(this.late.get(uri));
    let timedOut = false;
    const answer = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
      (raw) => raw as unknown,
      (e) => {
        this.log.once(`config:${String(e)}`, () => this.log.error(`gongwen: workspace/configuration failed, defaults used: ${errorText(e)}`));
        return undefined;
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        this.log.once('config-timeout', () => this.log.warn(`gongwen: the editor did not answer workspace/configuration within ${this.timeoutMs} ms; default settings used until it does`));
        resolve(undefined);
      }, this.timeoutMs);
    });
    void answer.then((raw) => {
      if (!timedOut) return;
      // The late answer replaces the defaults: forget this document's configuration and re-check it.
      this.late.set(uri, raw);
      this.configs.delete(uri);
      this.onLateAnswer(uri);
    });
    return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
  }

  private report(problems: ConfigProblem[]): void {
    if (problems.length === 0) return;
    // One message for all the problems of one document's configuration, not one pop-up per key:
    // a settings file from another version may carry dozens of unknown rule keys.
    const zh = isChinese(this.life.locale);
    this.log.warnUser(summarizeProblems(problems, zh));
  }
}

/**
 * One line for a list of configuration problems: unknown rule keys of one file gathered into one
 * phrase naming the first five and the count (`unknown rules "a", "b", … (25 in all)`), the others
 * as `formatProblem` words them.
 */
export function summarizeProblems(problems: readonly ConfigProblem[], zh: boolean): string {
  const unknownByFile = new Map<string, { keys: string[]; problems: ConfigProblem[] }>();
  const others: string[] = [];
  for (const p of problems) {
    const m = /^unknown rule "(.*)"$/.exec(p.reason.en);
    if (m) {
      const entry = unknownByFile.get(p.file) ?? { keys: [], problems: [] };
      entry.keys.push(m[1]);
      entry.problems.push(p);
      unknownByFile.set(p.file, entry);
    } else others.push(formatProblem(p, zh));
  }
  const parts: string[] = [];
  for (const [file, { keys, problems: own }] of unknownByFile) {
    if (keys.length === 1) {
      parts.push(formatProblem(own[0], zh));
      continue;
    }
    const where = file === 'settings' ? 'gongwen.rules' : `${file}: rules`;
    const shown = keys.slice(0, 5).map((k) => (zh ? `“${k}”` : `"${k}"`)).join(zh ? '、' : ', ');
    const more = keys.length > 5 ? (zh ? `等（共 ${keys.length} 项）` : `, … (${keys.length} in all)`) : '';
    parts.push(zh ? `${where}：未知规则 ${shown}${more}，已忽略` : `${where}: unknown rule${keys.length > 1 ? 's' : ''} ${shown}${more}; ignored`);
  }
  parts.push(...others);
  return (zh ? 'gongwen 配置有误，相应项已忽略：' : 'gongwen configuration ignored where wrong: ') + parts.join(zh ? '；' : '; ');
}
