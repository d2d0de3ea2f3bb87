/**
 * The document snippets: one per document type of 条例 第八条, the speech, and the fragments, each
 * findable by a pinyin (`gw-tongzhi`) and a Chinese (`通知`) prefix, with the parts and closings of
 * domain.md §6, full-width punctuation, 六角括号 in document numbers, and valid snippet syntax.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core/lint';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}
const ROOT = path.join(__dirname, '..', '..');
const FILE = path.join(ROOT, 'snippets', 'gongwen.json');
const FILE_EN = path.join(ROOT, 'snippets', 'gongwen.en.json');
/** The Chinese snippets (names and descriptions in Chinese), contributed when VS Code runs in zh-cn. */
const snippets = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, Snippet>;
/** The same snippets named and described in English, for every other display language. */
const snippetsEn = JSON.parse(fs.readFileSync(FILE_EN, 'utf8')) as Record<string, Snippet>;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
/** A manifest string with its `%key%` replaced from an nls file, as VS Code does for the whole manifest. */
const localise = (value: string, table: Record<string, string>) => (/^%[^%]+%$/.test(value) ? table[value.slice(1, -1)] : value);

const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2024' };

/**
 * Expand a snippet body as VS Code would with every default accepted: `${1:text}` → text,
 * `${1|a,b|}` → a, `$1`/`$0` → '', `$CURRENT_YEAR` → 2024. Throws on malformed syntax.
 */
export function expand(body: string): string {
  let i = 0;
  const readInt = () => {
    const m = /^\d+/.exec(body.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const readName = () => {
    const m = /^[A-Z_][A-Z_0-9]*/.exec(body.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const seq = (stop?: string): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (stop !== undefined && c === stop) return out;
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (c === '$') {
        i++;
        if (body[i] === '{') {
          i++;
          const n = readInt();
          const name = n === undefined ? readName() : undefined;
          if (n === undefined && name === undefined) throw new Error(`bad \${ at ${i}`);
          if (body[i] === '}') {
            i++;
            out += name ? resolve(name) : '';
          } else if (body[i] === ':') {
            i++;
            const inner = seq('}');
            if (body[i] !== '}') throw new Error('unclosed ${');
            i++;
            out += name && name in VARIABLES ? resolve(name) : inner;
          } else if (body[i] === '|' && n !== undefined) {
            const end = body.indexOf('|}', i + 1);
            if (end < 0) throw new Error('unclosed choice');
            const options = body.slice(i + 1, end).split(/(?<!\\),/);
            if (options.length < 2) throw new Error('a choice needs options');
            out += options[0];
            i = end + 2;
          } else throw new Error(`bad \${ at ${i}`);
        } else {
          const n = readInt();
          if (n === undefined) {
            const name = readName();
            if (!name) throw new Error(`lone $ at ${i}`);
            out += resolve(name);
          }
        }
      } else {
        out += c;
        i++;
      }
    }
    if (stop !== undefined) throw new Error(`missing ${stop}`);
    return out;
  };
  const resolve = (name: string) => {
    if (!(name in VARIABLES)) throw new Error(`unexpected variable ${name}`);
    return VARIABLES[name];
  };
  return seq();
}

const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixes = (s: Snippet) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);
const bySnippetPrefix = (p: string): Snippet => {
  const found = Object.values(snippets).filter((s) => prefixes(s).includes(p));
  assert.equal(found.length, 1, `exactly one snippet with prefix ${p}`);
  return found[0];
};
const text = (p: string) => expand(bodyOf(bySnippetPrefix(p)));

// [pinyin prefix, Chinese prefix]
const TYPES: Array<[string, string]> = [
  ['gw-jueyi', '决议'],
  ['gw-jueding', '决定'],
  ['gw-mingling', '命令'],
  ['gw-gongbao', '公报'],
  ['gw-gonggao', '公告'],
  ['gw-tonggao', '通告'],
  ['gw-yijian', '意见'],
  ['gw-tongzhi', '通知'],
  ['gw-tongbao', '通报'],
  ['gw-baogao', '报告'],
  ['gw-qingshi', '请示'],
  ['gw-pifu', '批复'],
  ['gw-yian', '议案'],
  ['gw-han', '函'],
  ['gw-jiyao', '纪要'],
];
const FRAGMENTS: Array<[string, string]> = [
  ['gw-jianghua', '讲话稿'],
  ['gw-wenhao', '发文字号'],
  ['gw-zhusong', '主送机关'],
  ['gw-fujian', '附件说明'],
  ['gw-riqi', '成文日期'],
  ['gw-yiji', '一级标题'],
  ['gw-erji', '二级标题'],
  ['gw-sanji', '三级标题'],
  ['gw-siji', '四级标题'],
];

describe('snippets: contribution and syntax', () => {
  it('are contributed to Markdown and plain text, the Chinese file in zh-cn and the English one otherwise', () => {
    for (const [table, file] of [
      [nls('package.nls.zh-cn.json'), FILE],
      [nls('package.nls.json'), FILE_EN],
    ] as const) {
      const contributed = (pkg.contributes.snippets as Array<{ language: string; path: string }>).filter((s) => path.resolve(ROOT, localise(s.path, table) ?? '') === file);
      assert.deepEqual(contributed.map((s) => s.language).sort(), ['markdown', 'plaintext'], file);
    }
  });

  it('the English file has the same snippets (prefixes and bodies, in order) as the Chinese one', () => {
    const zh = Object.values(snippets);
    const en = Object.values(snippetsEn);
    assert.equal(en.length, zh.length);
    zh.forEach((s, i) => {
      assert.deepEqual(en[i].prefix, s.prefix);
      assert.deepEqual(en[i].body, s.body);
    });
  });

  it('each file speaks one language: no English in the Chinese names and descriptions, English names in the English file', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.doesNotMatch(name, /[A-Za-z]/, name);
      assert.doesNotMatch(s.description, /[A-Za-z]/, `${name}: ${s.description}`);
    }
    for (const [name, s] of Object.entries(snippetsEn)) {
      assert.match(name, /^[A-Z][A-Za-zé0-9 '-]+$/, name);
      // English sentences; the Chinese they quote is the text to write (一、, 特此通知。).
      assert.match(s.description, /^[A-Z][a-z]/, `${name}: ${s.description}`);
      assert.ok(s.description.replace(/[^A-Za-z]/g, '').length >= 10, `${name}: ${s.description}`);
    }
  });

  it('every body expands with valid snippet syntax and a description', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.doesNotThrow(() => expand(bodyOf(s)), name);
      assert.ok(s.description.length > 5, name);
    }
  });

  it('the 15 document types of 条例 第八条, the speech and the fragments have a pinyin and a Chinese prefix', () => {
    assert.equal(TYPES.length, 15);
    for (const [py, zh] of [...TYPES, ...FRAGMENTS]) {
      const s = bySnippetPrefix(py);
      assert.ok(prefixes(s).includes(zh), `${py} also answers to ${zh}`);
    }
    for (const s of Object.values(snippets)) {
      assert.ok(prefixes(s).some((p) => /^gw-[a-z]+$/.test(p)), `pinyin prefix in ${prefixes(s)}`);
      assert.ok(prefixes(s).some((p) => /\p{Script=Han}/u.test(p)), `Chinese prefix in ${prefixes(s)}`);
    }
  });

  it('prefixes are unique', () => {
    const all = Object.values(snippets).flatMap(prefixes);
    assert.equal(new Set(all).size, all.length);
  });
});

describe('snippets: 公文 conventions', () => {
  it('no half-width , : ; ( ) ? ! next to Chinese (choice separators aside)', () => {
    for (const [name, s] of Object.entries(snippets)) {
      // The expanded text (first choices) and every other choice option.
      const options = [...bodyOf(s).matchAll(/\$\{\d+\|([^|]*)\|\}/g)].flatMap((m) => m[1].split(','));
      for (const t of [expand(bodyOf(s)), ...options]) {
        const bad = /[\p{Script=Han}×……][,:;()?!]|[,:;()?!][\p{Script=Han}×]/u.exec(t);
        assert.equal(bad, null, `${name}: “${bad?.[0]}”`);
      }
    }
  });

  it('placeholders are ×× (flagged by the checker when left), never ASCII X', () => {
    for (const [name, s] of Object.entries(snippets)) assert.doesNotMatch(bodyOf(s), /X/, name);
    assert.match(text('gw-tongzhi'), /××/);
  });

  it('dates use no zero-padded variable ($CURRENT_MONTH, $CURRENT_DATE)', () => {
    for (const [name, s] of Object.entries(snippets)) assert.doesNotMatch(bodyOf(s), /CURRENT_(MONTH|DATE|DAY)/, name);
    assert.equal(text('gw-riqi'), '2024年×月×日');
  });

  it('document numbers use 六角括号 〔〕', () => {
    assert.match(text('gw-wenhao'), /^×发〔2024〕×号$/);
    for (const [name, s] of Object.entries(snippets)) {
      const t = expand(bodyOf(s));
      for (const m of t.matchAll(/发.〔?\d{4}.?[^，。\n]*号/g)) assert.match(m[0], /〔\d{4}〕/, `${name}: ${m[0]}`);
      assert.doesNotMatch(t, /[[（(]\d{4}[\])）]\S*号/, name);
    }
  });

  it('the main recipients end with a full-width colon; the attachment list has no trailing punctuation', () => {
    assert.match(text('gw-zhusong'), /：$/);
    const fujian = text('gw-fujian').split('\n');
    assert.match(fujian[0], /^附件：1\./);
    for (const line of fujian) assert.doesNotMatch(line, /[。，；：.、]$/, line);
  });

  it('each type has its title, parts and conventional closing', () => {
    const closing: Record<string, string> = {
      'gw-qingshi': '妥否，请批示。',
      'gw-han': '请予函复。',
      'gw-baogao': '特此报告。',
      'gw-pifu': '此复。',
      'gw-tongzhi': '特此通知。',
      'gw-gonggao': '特此公告。',
      'gw-tonggao': '特此通告。',
      'gw-yian': '请审议。',
    };
    for (const [py, phrase] of Object.entries(closing)) {
      const lines = text(py).split('\n').filter((l) => l.trim());
      assert.ok(lines.includes(phrase), `${py} closes with ${phrase}`);
    }
    // A title line ends with the document type (发文机关 + 事由 + 文种; 命令 is titled “…令”).
    for (const [py, zh] of TYPES) {
      const type = zh === '命令' ? '令' : zh;
      assert.ok(text(py).split('\n').some((l) => l.endsWith(type) && l.length > type.length), `${py}: a title ending in ${type}`);
    }
    // 报告 must not ask for approval (条例 第十五条（四）).
    assert.doesNotMatch(text('gw-baogao'), /请批示|请批复|妥否/);
    // 请示 carries 签发人 (上行文).
    assert.match(text('gw-qingshi'), /签发人：/);
  });

  it('批复 opens by citing the 请示 with its number', () => {
    assert.match(text('gw-pifu'), /你单位《关于××的请示》（×发〔2024〕×号）收悉。/);
  });

  it('纪要 lists 出席, 请假 and 列席', () => {
    const t = text('gw-jiyao');
    for (const part of ['出席：', '请假：', '列席：']) assert.match(t, new RegExp(`^${part}`, 'm'));
  });

  it('the speech has its title, salutation, 一、（一） body with 一是……二是…… and closing', () => {
    const t = text('gw-jianghua');
    const lines = t.split('\n').filter((l) => l.trim());
    assert.match(lines[0], /^在.+会议上的讲话$/);
    assert.match(t, /（2024年×月×日）/);
    assert.ok(lines.includes('同志们：'));
    assert.match(t, /^一、/m);
    assert.match(t, /^二、/m);
    assert.match(t, /^（一）/m);
    assert.match(t, /一是.+；二是.+；三是/);
    assert.equal(lines[lines.length - 1], '谢谢大家！');
  });

  it('one numbered section of each level, in its standard form', () => {
    assert.match(text('gw-yiji'), /^一、/);
    assert.match(text('gw-erji'), /^（一）/);
    assert.match(text('gw-sanji'), /^1\./);
    assert.match(text('gw-siji'), /^（1）/);
  });

});

describe('snippets: the numbering checks accept every skeleton', () => {
  // Known disagreements with the rules, reported as TODO rather than failures.
  const numbering = (f: { rule: string }) => f.rule.startsWith('numbering-') || f.rule === 'enumeration-sequence';
  for (const [name, s] of Object.entries(snippets)) {
    it(name, () => {
      const filled = expand(bodyOf(s));
      for (const language of ['markdown', 'plaintext'] as const) {
        const found = lint(filled, { language }).findings.filter(numbering);
        assert.deepEqual(found.map((f) => `${f.rule}: ${f.message.zh}`), [], `${name} (${language})`);
      }
    });
  }
});
