/**
 * The server's voice in the editor: the output channel (`connection.console` → window/logMessage),
 * pop-ups for what the user must fix (window/showMessage, each distinct text once), and verbose
 * traces (`$/logTrace`, shown when `gongwen.trace.server` is `verbose`).
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';

/** Text of an error for the output channel: message and stack. */
export function errorText(e: unknown): string {
  return e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
}

export class ServerLog {
  private readonly reported = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** Run `log` the first time `key` is seen (the set is bounded: a chatty failure cannot grow it forever). */
  once(key: string, log: () => void): void {
    if (this.reported.has(key)) return;
    if (this.reported.size > 1000) this.reported.clear();
    this.reported.add(key);
    log();
  }

  info(message: string): void {
    this.connection.console.info(message);
  }

  warn(message: string): void {
    this.connection.console.warn(message);
  }

  error(message: string): void {
    this.connection.console.error(message);
  }

  /** A failure, logged once per distinct message. */
  failure(what: string, e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    this.once(`${what}:${message}`, () => this.error(`gongwen: ${what} failed: ${errorText(e)}`));
  }

  /**
   * A warning the user should act on: one pop-up per distinct text (a notification, not
   * window/showMessageRequest: nothing waits for an answer), and a line in the output channel.
   */
  warnUser(message: string): void {
    this.once(`user:${message}`, () => {
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
      this.warn(message);
    });
  }

  /** A verbose trace line (`$/logTrace`), sent only when the client asked for traces. */
  trace(message: string): void {
    this.connection.tracer.log(message);
  }
}
