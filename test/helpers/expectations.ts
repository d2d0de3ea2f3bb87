/** One reviewed finding on a document the tests check for false alarms, with why it is right to raise it. */
export interface FindingExpectation {
  /** The document's file name. */
  file: string;
  /** 1-based line of the finding's start. */
  line: number;
  /** Severity key: the rule id, or `rule/sub`. */
  rule: string;
  /** The text the finding covers. */
  excerpt: string;
  /** Why the finding is genuinely right. */
  reason: string;
}
