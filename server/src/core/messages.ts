import type { Msg } from './types';

/** Build a bilingual message. */
export function msg(zh: string, en: string): Msg {
  return { zh, en };
}

/** Pick the message for a UI language (`zh-cn`, `zh-tw`, `en`, …): Chinese for any `zh*`. */
export function pick(m: Msg, language: string): string {
  return language.toLowerCase().startsWith('zh') ? m.zh : m.en;
}
