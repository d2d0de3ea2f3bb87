/**
 * Results of pure functions of one line's (or one paragraph's) text, kept from one version of a document
 * to the next so that an edit pays only for the lines it changed (see `LintSession`). Each table is keyed
 * by the exact text; a value must depend on nothing else (offsets in it are relative to the text's start).
 * A table keeps what the last version used and drops the rest, so it never holds more than about two
 * versions' lines.
 */
export class TextMemo<T> {
  /** Each key's value and the version that last used it. */
  private readonly slots = new Map<string, { value: T; used: number }>();
  private version = 0;

  /** The value for `key`, computing it once. One map look-up on a hit. */
  get(key: string, compute: (key: string) => T): T {
    const slot = this.slots.get(key);
    if (slot !== undefined) {
      slot.used = this.version;
      return slot.value;
    }
    const value = compute(key);
    this.slots.set(key, { value, used: this.version });
    return value;
  }

  /** Store `value` for `key` (replacing what was there). */
  set(key: string, value: T): void {
    const slot = this.slots.get(key);
    if (slot !== undefined) {
      slot.value = value;
      slot.used = this.version;
    } else this.slots.set(key, { value, used: this.version });
  }

  /** A new version begins: keep only what the version just finished used. */
  rotate(): void {
    // forEach, not for…of: the entries iterator allocates a [key, value] pair per entry, every version.
    // (Deleting the entry being visited is allowed during a Map's forEach.)
    const version = this.version;
    const slots = this.slots;
    slots.forEach((slot, key) => {
      if (slot.used < version) slots.delete(key);
    });
    this.version++;
  }
}

/**
 * A copy of `s` that does not keep the text it was cut from alive. V8 represents a substring of 13 or more
 * characters as a view into its parent; a value kept across versions (a memo entry, a reused finding's
 * message) must not be such a view, or every version of the document it came from stays in memory.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** The memo tables of one document (see `Source.memo`). */
export class SourceMemo {
  private readonly tables = new Map<string, TextMemo<unknown>>();

  /** The table named `name` (one per kind of computation; the name is the caller's module and function). */
  table<T>(name: string): TextMemo<T> {
    let t = this.tables.get(name);
    if (!t) this.tables.set(name, (t = new TextMemo<unknown>()));
    return t as TextMemo<T>;
  }

  /** A new version begins (see `TextMemo.rotate`). */
  rotate(): void {
    for (const t of this.tables.values()) t.rotate();
  }
}
