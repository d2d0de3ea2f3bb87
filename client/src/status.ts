import * as vscode from 'vscode';
import { pick } from '../../server/src/core';
import { speakingMinutes, speakingTime } from '../../server/src/core';
import { analyse, isDraft, onDidChangePlaceholders, placeholdersOf, settingsFor } from './analysis';

export { forget } from './analysis';
import { fillPlaceholders } from './placeholders';

/** What `gongwen.showStats` reports (and returns, for tests). */
export interface DraftStats {
  total: number;
  chinese: number;
  digits: number;
  letters: number;
  paragraphs: number;
  rate: number;
  /** Whole minutes, rounded to the nearest: 0 for a draft under half a minute. */
  minutes: number;
  /** The speaking time as shown: `约 26 分钟` / `~26 min`, `不足 1 分钟` / `under 1 min`. */
  time: string;
  placeholders: number;
  groups: Array<{ group: string; count: number }>;
}

const DEBOUNCE_MS = 150;
const DEBOUNCE_LONG_MS = 600;
const LONG_DOCUMENT_LINES = 3000;
const fmt = (n: number) => n.toLocaleString('en-US');

/** The numbers for the active draft, or undefined when the active editor is not a draft. */
export function currentStats(): DraftStats | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isDraft(editor.document)) return undefined;
  const a = analyse(editor.document);
  if (!a) return undefined;
  const rate = settingsFor(editor.document).speakingRate;
  const c = a.count;
  return {
    ...c,
    rate,
    minutes: speakingMinutes(c.total, rate),
    time: pick(speakingTime(c.total, rate), vscode.env.language),
    placeholders: a.placeholders.length,
    groups: a.groups.map((g) => ({ group: g.group, count: g.occurrences.length })),
  };
}

/**
 * The status bar item `$(mic) 4,943 字 · 约 26 分钟 · 占位符 41` (`不足 1 分钟` for a short draft) (English: `… · placeholders: 41`): shown for Markdown and plain-text
 * drafts only, updated 150 ms after the last keystroke (one pass of the pure core, cached per version).
 */
export class StatsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.stats', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.item.name = vscode.l10n.t('gongwen: characters and speaking time');
    this.item.command = 'gongwen.showStats';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      onDidChangePlaceholders(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        // A language change (plaintext → markdown) reopens the document.
        if (d === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gongwen')) this.update();
      }),
    );
    this.update();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    // Long documents wait a little longer, so typing in them stays smooth.
    const lines = vscode.window.activeTextEditor?.document.lineCount ?? 0;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.update();
      },
      lines > LONG_DOCUMENT_LINES ? DEBOUNCE_LONG_MS : DEBOUNCE_MS,
    );
  }

  /** Recompute now. */
  update(): void {
    const s = currentStats();
    if (!s) {
      this.item.hide();
      return;
    }
    this.item.text = vscode.l10n.t('$(mic) {0} chars · {1} · placeholders: {2}', fmt(s.total), s.time, s.placeholders);
    this.item.tooltip = vscode.l10n.t('{0} characters at {1} per minute: {2}. Placeholders are counted apart. Click for details.', fmt(s.total), s.rate, s.time);
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.subscriptions) d.dispose();
    this.item.dispose();
  }
}

type StatItem = vscode.QuickPickItem & { group?: string };

/**
 * `gongwen.showStats(silent?)`: a quick pick with the counts, the speaking time and the placeholders
 * by group (picking a group starts filling it). Returns the numbers without waiting for the pick;
 * with `silent === true` it shows nothing. Waits for the server's placeholders of the current version
 * (at most as long as the server takes; without a running server the count has none).
 */
export async function showStats(silent?: unknown): Promise<DraftStats | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor && isDraft(editor.document)) await placeholdersOf(editor.document);
  const s = currentStats();
  if (silent === true) return s;
  if (!s) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text draft to see its statistics.'));
    return undefined;
  }
  const items: StatItem[] = [
    { label: vscode.l10n.t('Counted characters'), description: fmt(s.total), detail: vscode.l10n.t('Chinese characters, digits and letters; not punctuation, spaces, Markdown markup or placeholders') },
    { label: vscode.l10n.t('Chinese characters'), description: fmt(s.chinese) },
    { label: vscode.l10n.t('Digits'), description: fmt(s.digits) },
    { label: vscode.l10n.t('Letters'), description: fmt(s.letters) },
    { label: vscode.l10n.t('Paragraphs'), description: fmt(s.paragraphs) },
    { label: vscode.l10n.t('Speaking time'), description: vscode.l10n.t('{0} at {1} characters per minute', s.time, s.rate), detail: vscode.l10n.t('Change the rate with the setting gongwen.speakingRate') },
    { label: vscode.l10n.t('Placeholders'), kind: vscode.QuickPickItemKind.Separator },
    ...(s.groups.length === 0
      ? [{ label: vscode.l10n.t('No unfilled placeholders left.') }]
      : s.groups.map((g) => ({ label: g.group, description: `×${g.count}`, detail: vscode.l10n.t('Fill everywhere…'), group: g.group }))),
  ];
  const qp = vscode.window.createQuickPick<StatItem>();
  qp.title = vscode.l10n.t('gongwen: {0} characters · {1} · placeholders: {2}', fmt(s.total), s.time, s.placeholders);
  qp.items = items;
  qp.matchOnDescription = true;
  qp.onDidAccept(() => {
    const group = qp.selectedItems[0]?.group;
    qp.hide();
    if (group) void fillPlaceholders(group);
  });
  qp.onDidHide(() => qp.dispose());
  qp.show();
  return s;
}
