/**
 * Settings per document (resource scope: multi-root workspaces), fetched with
 * workspace/configuration and cached per URI, or taken from didChangeConfiguration for clients
 * without it. A client that does not answer within `timeoutMs` gets the defaults (and the late
 * answer, if it ever comes, is used from then on); bad values are reported in one message.
 */
import type { Connection } from 'vscode-languageserver';
import { isChinese } from './core';
import type { Lifecycle } from './lifecycle';
import { errorText, type ServerLog } from './log';
import { SETTINGS_SECTION, validateSettings, type GongwenSettings } from './settings';

/** How long to wait for workspace/configuration before using the defaults. */
export const CONFIGURATION_TIMEOUT_MS = 2000;

export class DocumentSettings {
  private readonly cache = new Map<string, Promise<GongwenSettings>>();
  /** Settings pushed with didChangeConfiguration, used only by clients without workspace/configuration. */
  private pushed: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly life: Lifecycle,
    private readonly log: ServerLog,
    /** Called when a late configuration answer replaced the defaults of `uri`. */
    private readonly onLateAnswer: (uri: string) => void,
    private readonly timeoutMs = CONFIGURATION_TIMEOUT_MS,
  ) {}

  /** Where settings come from, for the start-up log. */
  get source(): string {
    return this.life.client.configurationRequests ? 'workspace/configuration, per document' : 'didChangeConfiguration';
  }

  /** The validated settings of document `uri`. Never rejects. */
  get(uri: string): Promise<GongwenSettings> {
    if (!this.life.client.configurationRequests) return Promise.resolve(this.validated(this.pushed));
    let p = this.cache.get(uri);
    if (!p) {
      p = this.fetch(uri);
      this.cache.set(uri, p);
    }
    return p;
  }

  /** Settings changed: forget them all (`pushed` is the new `gongwen` section, if the client sent it). */
  changed(pushed: unknown): void {
    if (pushed !== undefined) this.pushed = pushed;
    this.cache.clear();
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }

  private fetch(uri: string): Promise<GongwenSettings> {
    let timedOut = false;
    const answer = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
      (raw) => this.validated(raw),
      (e) => {
        this.log.once(`config:${String(e)}`, () => this.log.error(`gongwen: workspace/configuration failed, defaults used: ${errorText(e)}`));
        return this.validated(undefined);
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<GongwenSettings>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        this.log.once('config-timeout', () => this.log.warn(`gongwen: the editor did not answer workspace/configuration within ${this.timeoutMs} ms; default settings used until it does`));
        resolve(this.validated(undefined));
      }, this.timeoutMs);
    });
    const entry = Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
    void answer.then((s) => {
      if (!timedOut || this.cache.get(uri) !== entry) return;
      this.cache.set(uri, Promise.resolve(s));
      this.onLateAnswer(uri);
    });
    return entry;
  }

  private validated(raw: unknown): GongwenSettings {
    const { settings, problems } = validateSettings(raw);
    if (problems.length) {
      // one message for all the problems of one settings value, not one pop-up per key
      const zh = isChinese(this.life.locale);
      const head = zh ? 'gongwen 设置有误，已改用默认值：' : 'gongwen settings ignored, defaults used: ';
      this.log.warnUser(head + problems.join(zh ? '；' : '; '));
    }
    return settings;
  }
}
