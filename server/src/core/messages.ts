import type { Msg } from './types';

/** Build a bilingual message. */
export function msg(zh: string, en: string): Msg {
  return { zh, en };
}

/** Is a UI language (`zh-cn`, `zh-tw`, `en`, …) Chinese? Any `zh*` is. */
export function isChinese(language: string): boolean {
  return language.toLowerCase().startsWith('zh');
}

/** Pick the message for a UI language: Chinese for any `zh*`, English otherwise. */
export function pick(m: Msg, language: string): string {
  return isChinese(language) ? m.zh : m.en;
}
