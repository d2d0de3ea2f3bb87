import { msg } from '../messages';
import { proseOf } from '../text';
import type { Msg, Rule } from '../types';

/**
 * A dictionary entry: the wrong form (a regex source without flags, matched in prose), the right
 * text, and why. `group` 1 of the regex, when present, is the part replaced; otherwise the whole match.
 */
interface Entry {
  id: string;
  re: string;
  right: string;
  why?: Msg;
  /** The characters a match can start with (the regex is tried only there). */
  first: string;
  /** The characters its second character can be. */
  second: string;
}

/**
 * Misused characters in set phrases: each wrong form occurs in no correct word, so the fix rests on
 * no guess. Two-character forms that can straddle two words (`布署` in `公布署名`) are not listed.
 */
const IDIOMS: ReadonlyArray<[string, string]> = [
  ['再接再励', '再接再厉'],
  ['迫不急待', '迫不及待'],
  ['一愁莫展', '一筹莫展'],
  ['按步就班', '按部就班'],
  ['精兵减政', '精兵简政'],
  ['走头无路', '走投无路'],
  ['不径而走', '不胫而走'],
  ['默守成规', '墨守成规'],
  ['竭泽而鱼', '竭泽而渔'],
  ['一股作气', '一鼓作气'],
  ['直接了当', '直截了当'],
  ['名符其实', '名副其实'],
  ['沤心沥血', '呕心沥血'],
  ['变本加利', '变本加厉'],
  ['穿流不息', '川流不息'],
  ['甘败下风', '甘拜下风'],
  ['出奇不意', '出其不意'],
  ['标新立意', '标新立异'],
  ['谈笑风声', '谈笑风生'],
  ['凭心而论', '平心而论'],
  ['融汇贯通', '融会贯通'],
  ['一如继往', '一如既往'],
  ['既往不究', '既往不咎'],
  ['相形见拙', '相形见绌'],
  ['声名雀起', '声名鹊起'],
  ['重蹈复辙', '重蹈覆辙'],
  ['仗义直言', '仗义执言'],
  ['迫在眉捷', '迫在眉睫'],
  ['天翻地复', '天翻地覆'],
  ['脍灸人口', '脍炙人口'],
  ['鞠躬尽粹', '鞠躬尽瘁'],
  ['竞竞业业', '兢兢业业'],
  ['一张一驰', '一张一弛'],
  ['有持无恐', '有恃无恐'],
  ['人才倍出', '人才辈出'],
  ['出类拔粹', '出类拔萃'],
  ['针贬时弊', '针砭时弊'],
  ['美仑美奂', '美轮美奂'],
  ['旁证博引', '旁征博引'],
  ['坚苦卓绝', '艰苦卓绝'],
  ['坚苦奋斗', '艰苦奋斗'],
  ['必恭必敬', '毕恭毕敬'],
  ['关怀倍至', '关怀备至'],
  ['情不自尽', '情不自禁'],
  ['貌和神离', '貌合神离'],
  ['破斧沉舟', '破釜沉舟'],
  ['滥芋充数', '滥竽充数'],
  ['草管人命', '草菅人命'],
];

/**
 * Time points after which `截止` means `截至` (until a time), not `截止` (to stop). Not `日前`: in
 * `申报截止日前` the word is `截止日` (the closing day) and `前` says "before it".
 */
const TIME_POINT = '(?:目前|当前|现在|今年|去年|本年|本月|上月|本周|今天|昨天|年底|年末|月底|\\d{4}年|\\d{1,2}月|二〇)';

/**
 * Characters that, before `县县委` (`市市委`…), make the first `县` a plain noun rather than the end of a place
 * name: determiners and numerals (`邻县县委`, `本市市委`, `两县县委`, `各县县委`, `几县县委`), the ends of
 * common nouns no place name ends with (`县级市市委`, `省辖市市委`, `重点县县委`, `贫困县县委`, `计划单列市市委`,
 * `郊县县委`, `设区的市市委`), and conjunctions no place name ends with (`市委与县县委`, `地委及县县委`).
 * `城市市委`, `地市市委` and `城区区政府` are read by `commonNounBefore`.
 */
const NOT_PLACE = '邻本两该各每全此外他我其一二三四五六七八九十几多数诸某等级辖点困列郊的与及或';
const BUILT_IN: readonly Entry[] = [
  {
    id: '截止',
    // `截止目前` → `截至目前`; `报名截止日期`, `截止时间` are right, and so is `截止到2024年底`
    // (《现代汉语词典》 gives 截止到 + a time).
    re: `(截止)(?=${TIME_POINT})`,
    first: '截',
    second: '止',
    right: '截至',
    why: msg('“截至”表示到某一时间为止，“截止”表示到时停止', '截至 means "up to (a time)"; 截止 means "to close"'),
  },
  {
    id: '省省委',
    // 中共XX省省委书记 → 中共XX省委书记; `市长` `县长` are right (`XX市市长`).
    // Not after a determiner or numeral: `邻县县委`, `本市市委`, `两县县委` are right.
    re: `(?<=[\\p{Script=Han}XxＸ×])(?<![${NOT_PLACE}])(省省|市市|县县|区区|州州)(?=委|政府)`,
    first: '省市县区州',
    second: '省市县区州',
    right: '',
    why: msg('地名已带“省（市、县）”，不再重复', 'The place name already carries 省/市/县: do not repeat it'),
  },
  ...IDIOMS.map(([w, r]) => ({ id: w, re: `(${w})`, right: r, first: w[0], second: w[1] })),
];

const QITA: Entry = {
  id: '其它',
  re: '(其它)',
  right: '其他',
  first: '其',
  second: '它',
  why: msg('通行做法统一用“其他”', 'Office practice writes 其他'),
};

/** At most this many user entries are read, each at most 40 characters: a bad rc file cannot slow the analysis. */
const MAX_USER = 500;
const MAX_LEN = 40;

/**
 * Wording, 实务 (office practice and the standard forms of set phrases): a dictionary of wrong → right.
 * Built in: `截止目前` → `截至目前` (not `报名截止日期`), `XX省省委` → `XX省委`, misused characters in set phrases
 * (`再接再励` → `再接再厉`), and `其它` → `其他` (option `preferQita`). Users add entries as `{ "wrong": "right" }`
 * in the option `entries` and switch built-in ones off with `ignore`.
 * Fixes of built-in entries are safe (each wrong form occurs in no correct word), but for `截止` after what closes
 * (`报名截止5月30日` may mean `截止于`: a suggestion) and for `县县委` after a
 * name that may be a plain noun (`青山县县委`, `示范县县委`: a suggestion); a user entry's fix is a suggestion, since a
 * plain string may also occur inside a longer right word. Not reported: `截止到` + a time (《现代汉语词典》),
 * `截止日前` (the closing day), `邻县县委` `本市市委` `两县县委` (a determiner or numeral before 县/市), a
 * whole name ending in 区/县/州 before its committee (`郊区区委`, `浦东新区区委`, `自治县县委`, `自治州州委`: see
 * `wholeNameEnds`), a common noun before it (`沿海城市市委`, `各地市市委`, `县市市委`: see `commonNounBefore`), and a
 * place name of one character (`中共和县县委`, `萧县县委`, `津市市委`: see `oneCharName`).
 */
export const wording: Rule = {
  meta: {
    id: 'wording',
    scope: 'paragraph',
    name: msg('用词', 'Wording'),
    basis: '实务',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '常见用词错误（截止目前→截至目前，XX省省委→XX省委，再接再励→再接再厉，其它→其他），可在配置中添加词条',
      'Common wording errors (截止目前→截至目前, XX省省委→XX省委, 再接再励→再接再厉, 其它→其他); users add entries',
    ),
    example: { wrong: '截止目前，中共XX省省委书记再接再励', right: '截至目前，中共XX省委书记再接再厉' },
    subChecks: {
      qita: {
        defaultSeverity: 'info',
        description: msg('“其它”写作“其他”（通行做法；旧文件多用“其它”）', 'Write 其他 for 其它 (office practice; older documents use 其它)'),
        example: { wrong: '其它事项', right: '其他事项' },
      },
    },
    options: {
      entries: {
        type: 'object',
        default: {},
        description: msg('自定义词条：{"错误写法": "正确写法"}', 'Your own entries: {"wrong": "right"}'),
      },
      ignore: {
        type: 'string[]',
        default: [],
        description: msg('不检查的内置词条（按错误写法，如“其它”）', 'Built-in entries to skip, by their wrong form (e.g. 其它)'),
      },
      preferQita: {
        type: 'boolean',
        default: true,
        description: msg('“其它”改为“其他”（通行做法）', 'Write 其他 for 其它 (office practice)'),
      },
    },
  },
  check(ctx) {
    const layer = proseOf(ctx);
    const ignore = new Set(Array.isArray(ctx.options.ignore) ? (ctx.options.ignore as unknown[]).filter((s): s is string => typeof s === 'string') : []);
    const entries: Array<Entry & { user?: boolean }> = BUILT_IN.filter((e) => !ignore.has(e.id));
    if (ctx.options.preferQita !== false && !ignore.has(QITA.id)) entries.push(QITA);
    const user = ctx.options.entries;
    if (user && typeof user === 'object' && !Array.isArray(user)) {
      let n = 0;
      for (const [wrong, right] of Object.entries(user as Record<string, unknown>)) {
        if (n >= MAX_USER) break;
        if (typeof right !== 'string' || wrong.length === 0 || wrong.length > MAX_LEN || right.length > MAX_LEN || wrong === right) continue;
        if (wrong.length < 2) continue; // one character is no word: it would match inside every word that holds it
        // A word never holds a line break (nor does a built-in entry); one that did could run from one paragraph
        // into the next, which the rule's paragraph scope (incremental analysis) does not allow.
        if (/[\r\n]/.test(wrong)) continue;
        entries.push({ id: wrong, re: `(${escape(wrong)})`, right, user: true, first: wrong[0], second: wrong[1] });
        n++;
      }
    }
    if (entries.length === 0) return;
    const { byFirst, first, second, pairs } = compile(entries);
    const text = layer.source.text;
    // Two passes per window. First a tight scan that only keeps the offsets whose first two UTF-16 units
    // some entry starts with (three table tests, no call, no allocation: the loop is optimized at once and
    // never leaves optimized code for the rare path below); then the entries are tried at those offsets, in
    // order, each after the end of the previous match (as one pass stepping past a match would).
    const starts: number[] = [];
    for (const [from, to] of layer.windows) {
    starts.length = 0;
    const stop = Math.min(to, text.length);
    for (let i = from; i < stop; i++) {
      const code = text.charCodeAt(i);
      if (first[code] === 0) continue;
      const next = text.charCodeAt(i + 1);
      if (second[next] === 0 || !pairs.has(code * 0x10000 + next)) continue;
      starts.push(i);
    }
    let after = from;
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k];
      if (i < after) continue;
      const code = text.charCodeAt(i);
      const cands = byFirst.get(code);
      if (cands === undefined) continue;
      let found: { entry: Entry & { user?: boolean }; part: string; at: number; len: number } | undefined;
      for (const c of cands) {
        if (c.literal !== undefined) {
          if (text.startsWith(c.literal, i)) found = { entry: c.entry, part: c.literal, at: i, len: c.literal.length };
        } else if (c.re) {
          c.re.lastIndex = i;
          const m = c.re.exec(text);
          if (m) found = { entry: c.entry, part: m[1], at: i + m[0].indexOf(m[1]), len: m[0].length };
        }
        if (found) break;
      }
      if (!found || !layer.isProseRange(i, i + found.len)) continue;
      if (found.entry.id === '省省委' && (wholeNameEnds(text, found.at) || commonNounBefore(text, found.at) || oneCharName(text, found.at))) continue;
      after = i + found.len;
      const e = found.entry;
      const part = found.part;
      const at = found.at;
      const right = e.id === '省省委' ? part[0] : e.right;
      // What the message shows: the wrong form with a little context (`截止目前`, `省省委`), and the same righted.
      const around = e.id === '省省委' ? { before: '', after: text.startsWith('委', at + part.length) ? '委' : '政府' } : wordAround(text, at, part.length);
      const rightAround = around.before + right + around.after;
      // `报名截止5月30日`: either `截至` or `截止于` (closes on) is right.
      const closing = e.id === '截止' && closesOn(text, at);
      const orZh = closing ? `或“${around.before}截止于${around.after}”` : '';
      const orEn = closing ? ` or "${around.before}截止于${around.after}"` : '';
      ctx.report({
        message: msg(
          `“${around.before}${part}${around.after}”应为“${rightAround}”${orZh}${e.why ? `：${e.why.zh}` : ''}`,
          `"${around.before}${part}${around.after}" should be "${rightAround}"${orEn}${e.why ? `: ${e.why.en}` : ''}`,
        ),
        start: at,
        end: at + part.length,
        ...(e === QITA ? { sub: 'qita' } : {}),
        fix: {
          title: msg(`改为“${rightAround}”`, `Change to "${rightAround}"`),
          edits: [{ start: at, end: at + part.length, newText: right }],
          kind: e.user || (e.id === '省省委' && !placeNameSure(text, at)) || closing ? 'suggestion' : 'safe',
        },
      });
    }
    }
  },
};

/**
 * Whether the first character of a doubled `区区` (`县县`, `州州`) at `at` (a UTF-16 offset) ends a place name
 * that is a whole word ending in that character, so that the committee is rightly `区委` after it and nothing
 * is doubled: `自治县县委`, `自治州州委`, `自治区区委` (the generic name of an autonomous area), `郊区区委` and
 * `矿区区委` (阳泉市郊区, 阳泉市矿区), `新区区委` (浦东新区, 滨海新区: both `新区区委` and `新区委` are in use),
 * `林区区委` (神农架林区), `特区区委` (六枝特区), and `城区区委` when 城区 is the whole name (阳泉市城区: after 市,
 * or with no Han character before it). `西城区区委` (the district 西城区) is still read as doubled.
 * Source: the names of the administrative divisions (民政部 行政区划) and the committees' names in use.
 */
function wholeNameEnds(text: string, at: number): boolean {
  const ch = text[at];
  if (text.startsWith('自治', at - 2)) return true;
  if (ch !== '区') return false;
  const prev = text[at - 1] ?? '';
  if ('郊矿新林特'.includes(prev)) return true;
  if (prev !== '城') return false;
  const before = text[at - 2] ?? '';
  return before === '市' || !/\p{Script=Han}/u.test(before);
}

/**
 * First characters of the cities whose name ends in 城 (盐城市, 聊城市, 晋城市, 运城市, 白城市, 宜城市, 邹城市,
 * 诸城市, 韩城市, 麻城市, 桐城市, 兴城市, 凤城市, 海城市, 项城市, 永城市, 应城市, 禹城市, 肥城市, 丰城市,
 * 共青城市, 塔城市; 民政部 行政区划) and of the districts whose name ends in 城区 (东城区, 西城区, 上城区, 下城区,
 * 新城区, 老城区, 龙城区, 古城区).
 */
const CITY_NAME_FIRST = '盐聊晋运白宜邹诸韩麻桐兴凤海项永应禹肥丰青塔';
const DISTRICT_NAME_FIRST = '东西上下新老龙古';

/**
 * Two characters before a place name ending in 城 (`CITY_NAME_FIRST`) that make a common word with its first one,
 * so that `X城市` is the noun 城市 after that word: `沿海城市` (not 海城市), `滨海城市`, `新兴城市` (not 兴城市),
 * `奥运城市` (not 运城市).
 */
const WORD_BEFORE_CITY = ['沿海', '滨海', '临海', '近海', '濒海', '环海', '新兴', '亚运', '奥运'];

/**
 * Characters that end a common noun of places, by the doubled character after them: `地市市委`, `县市市委`,
 * `省市市委` (地市 prefecture-level cities, 县市 counties and cities, 省市 provinces and cities), `市县县委`,
 * `区县县委`, `地县县委`, `县区区委`, `省区区委`, `市州州委`. No city name ends in 地/县/省, no county name in
 * 市/区/地/省, no district name in 县/省, no prefecture name in 市 (民政部 行政区划).
 */
const NOUN_BEFORE: Readonly<Record<string, string>> = { 市: '地县省', 县: '市区地省', 区: '县省', 州: '市' };

/** Determiners before `州市` that make it the noun 州市 (autonomous prefectures and cities): `各州市市委`. */
const DETERMINER = '各本该每诸两几';

/** Characters that end the name of an organ (`市委`, `市政府`, `宣传部`): a `和` after one is the conjunction. */
const ORGAN_END = '委府部局厅办';

/**
 * Whether the doubled `市市` (`区区`, `县县`, `州州`) at `at` (a UTF-16 offset) follows a common noun rather than a
 * place name, so that the committee of each is rightly `市委` after it and nothing is doubled:
 *  - 城市 (城区) rather than a place name ending in 城: `部分城市市委`, `副省级城市市政府`, `沿海城市市委`, `大城市市委`,
 *    `城市市委` at the start of a clause, `中心城区区政府`, `主城区区委` are right, while `盐城市市委`, `中共海城市市委`,
 *    `西城区区委` are doubles. The character before 城 decides (one that begins such a place name,
 *    `CITY_NAME_FIRST`, `DISTRICT_NAME_FIRST`, keeps the finding) unless it ends a common word (`WORD_BEFORE_CITY`);
 *  - another noun of places (`NOUN_BEFORE`): `各地市市委`, `县市市委`, `省市市委`, `市县县委`, `县区区委`, and
 *    `各州市市委` after a determiner (`杭州市市委` stays a double);
 *  - the conjunction 和 after an organ's name: `市委和县县委` (the county committees).
 * Source: the names of the administrative divisions (民政部 行政区划).
 */
function commonNounBefore(text: string, at: number): boolean {
  const ch = text[at];
  const prev = text[at - 1] ?? '';
  const before = text[at - 2] ?? '';
  if (prev === '城' && (ch === '市' || ch === '区')) {
    if (!/\p{Script=Han}/u.test(before)) return ch === '市'; // `城市市委` alone (`城区区委` alone: `wholeNameEnds`)
    if (!(ch === '市' ? CITY_NAME_FIRST : DISTRICT_NAME_FIRST).includes(before)) return true;
    return ch === '市' && WORD_BEFORE_CITY.includes(text.slice(at - 3, at - 1));
  }
  if (NOUN_BEFORE[ch]?.includes(prev)) return true;
  if (ch === '市' && prev === '州' && DETERMINER.includes(before)) return true;
  return prev === '和' && ORGAN_END.includes(before);
}

/**
 * Counties (and one city, 津市) whose name is a single character, so that their committee is rightly `和县县委`
 * (中共和县县委), `津市市委`: 河北 易县 唐县 雄县 蠡县 献县 涉县 磁县 魏县 蔚县 赵县 青县 沧县 邱县 景县 威县; 山西 祁县
 * 代县 岚县 隰县 蒲县 吉县 沁县 盂县 兴县 临县 应县 夏县 绛县 古县; 江苏 沛县 丰县; 安徽 和县 萧县 泾县 歙县 黟县 寿县
 * 泗县; 山东 莘县 冠县 单县 曹县 莒县 费县; 河南 滑县 浚县 淇县 叶县 郏县 杞县 睢县 息县 范县 新县 温县 嵩县; 湖北 随县
 * 房县; 湖南 攸县 澧县 南县 道县 (津市市); 广西 藤县 容县; 重庆 忠县; 四川 茂县 理县 荣县 泸县 高县 珙县 渠县; 西藏 索县;
 * 陕西 眉县 乾县 洋县 勉县 凤县 陇县 富县 佳县; 甘肃 岷县 漳县 礼县 徽县 成县 文县 康县 环县 宁县 (民政部 行政区划, as
 * far as checked by hand; a conservative list, not an official table). Also former one-character counties that
 * documents of their time name (now districts or cities): 蓟 通 郫 沙 梅 赣 开 万 鄞 户 华 陕 郧 任 滦 彬 滨 潍 峄 邹 巴
 * 花 黄 滕 陵 掖 胶 忻 崞. A name of one character is exempt only when it is one of these (`oneCharName`): `城县县委`
 * at a line start is a double. After another character the same one ends a longer name (泰和县, 永丰县).
 */
const ONE_CHAR_NAME: Readonly<Record<string, string>> = {
  县:
    '易唐雄蠡献涉磁魏蔚赵青沧邱景威祁代岚隰蒲吉沁盂兴临应夏绛古沛丰和萧泾歙黟寿泗莘冠单曹莒费滑浚淇叶郏杞睢息范新温嵩随房攸澧南道藤容忠茂理荣泸高珙渠索眉乾洋勉凤陇富佳岷漳礼徽成文康环宁' +
    '蓟通郫沙梅赣开万鄞户华陕郧任滦彬滨潍峄邹巴花黄滕陵掖胶忻崞',
  市: '津',
  区: '东西',
};

/**
 * Words that end a clause's lead-in before a name: prepositions and conjunctions no county name begins with
 * before a one-character county (`经和县县委研究`, `由萧县县委负责`, `与沛县县委`).
 */
const FUNCTION_WORD = '经由向对在与和同及给将把被为请致据从自至让使是了的即';

/**
 * Whether the character before a doubled `县县` (`市市`, `区区`) at `at` (a UTF-16 offset) is a whole place name
 * of one character, so that nothing is doubled: `和县县委` (the county 和县), `中共萧县县委`, `宿州市泗县县委`,
 * `津市市委` (the city 津市), `攀枝花市东区区委`. The name is one character when what comes before it cannot
 * belong to the name: the start of the text, a character that is not Han (a punctuation mark, a digit, a space;
 * not a placeholder `X`, which stands for a name of any length), `中共`, the end of the name of the province,
 * city or prefecture the county belongs to (省 市 州 盟: no county name begins with one of them), or a function
 * word (`经和县县委研究`); and the character is a known one-character name (`ONE_CHAR_NAME`): `城县县委` at a line
 * start is a double. `XX县县委`, `青山县县委`, `泰和县县委` (泰和县), `中共全州县县委` stay doubles. Not for 省 and 州:
 * no province or prefecture has a one-character name.
 */
function oneCharName(text: string, at: number): boolean {
  const ch = text[at];
  if (ch !== '县' && ch !== '市' && ch !== '区') return false;
  const name = text[at - 1] ?? '';
  if (!/\p{Script=Han}/u.test(name)) return false;
  // Only a known one-character name (`城县县委` is a double wherever it stands).
  if (!ONE_CHAR_NAME[ch].includes(name)) return false;
  const before = text[at - 2] ?? '';
  if (before === '' || !/[\p{Script=Han}XxＸ×]/u.test(before)) return true;
  if (text.startsWith('中共', at - 3)) return true;
  // After the name of a province or city (`宿州市泗县县委`, `攀枝花市东区区委`; 市中区 of 济南市 begins with 市, and
  // `济南市市中区区委` stays a double: 中 is no known name).
  if ('省市州盟'.includes(before)) return true;
  return FUNCTION_WORD.includes(before);
}

/** Characters before a doubled `区区` (`县县`) that may end a common noun (`示范区`, `开发区`, `西城区`): a guess. */
const NOUN_TAIL = '城范发理验';

/**
 * Whether the Han run before a doubled `省省` (`市市`, `县县`…) at `at` (a UTF-16 offset) is surely a place
 * name, so that dropping one character rests on no guess: a placeholder (`XX省省委`, `××市市委`) or a
 * name after `中共` (`中共青山县县委`) whose last character cannot end a common noun (`NOUN_TAIL`). Otherwise
 * (`青山县县委`, but also `示范县县委`, `中共XX开发区区委`) the first character may be a plain noun and the fix
 * is only offered.
 */
function placeNameSure(text: string, at: number): boolean {
  if (/[XxＸ×]/.test(text[at - 1] ?? '')) return true;
  if (NOUN_TAIL.includes(text[at - 1] ?? '')) return false;
  let b = at;
  while (b > 0 && at - b < 12 && /\p{Script=Han}/u.test(text[b - 1])) b--;
  const name = text.slice(b, at);
  return /中共\p{Script=Han}{2,}$/u.test(name);
}

/**
 * Whether `截止` at `at` (a UTF-16 offset) follows the thing that closes (`报名截止5月30日`, `申报截止今年6月`): it
 * then means "closes on" and lacks 于/到 (`截止于`, `截止到`), or means "up to" (`截至`): which one the writer meant
 * is a reading, so the fix is only offered. `截止目前，全市…` (no activity before it) is surely `截至`.
 */
function closesOn(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 2), at);
  return CLOSING_ACTIVITY.some((w) => before.endsWith(w)) || /[期间限]$/.test(before);
}

/** Activities that close at a time (报名截止, 申报截止, 投稿截止 …). */
const CLOSING_ACTIVITY = ['报名', '申报', '报送', '征集', '投稿', '受理', '申请', '提交', '招标', '投标', '征稿', '登记', '缴费', '报考', '预约', '评选', '推荐'];

/** Up to two characters of context each side for the message (`截止目前` rather than `截止`). */
function wordAround(text: string, at: number, len: number): { before: string; after: string } {
  const han = /\p{Script=Han}/u;
  let b = at;
  while (b > at - 2 && b > 0 && han.test(text[b - 1])) b--;
  let e = at + len;
  while (e < at + len + 2 && e < text.length && han.test(text[e])) e++;
  if (len >= 4) return { before: '', after: '' };
  return { before: text.slice(b, at), after: text.slice(at + len, e) };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Candidate {
  entry: Entry & { user?: boolean };
  /** The entry's wrong form when it is a plain string (compared directly). */
  literal?: string;
  /** Otherwise its sticky regex; group 1 is the part replaced. */
  re?: RegExp;
}

interface Compiled {
  /** UTF-16 unit of a match's first character → the entries that can start there, in priority order. */
  byFirst: Map<number, Candidate[]>;
  /** 1 for each UTF-16 unit some entry starts with: the cheap test before the map. */
  first: Uint8Array;
  /** 1 for each UTF-16 unit some entry has second: the second cheap test (a table, before the set). */
  second: Uint8Array;
  /** First two UTF-16 units of every entry (`c1 * 0x10000 + c2`): the third test. */
  pairs: Set<number>;
}

const compiled = new Map<string, Compiled>();

/** Entries by first character; cached by the entry set. */
function compile(entries: Array<Entry & { user?: boolean }>): Compiled {
  const key = entries.map((e) => `${e.user ? 'u' : 'b'}${e.re}\u0000${e.right}`).join('\u0001');
  const hit = compiled.get(key);
  if (hit) return hit;
  const byFirst = new Map<number, Candidate[]>();
  for (const entry of entries) {
    const lit = /^\(([^()\\[\]{}.*+?^$|]+)\)$/.exec(entry.re);
    const literal = entry.user ? entry.id : lit?.[1];
    const cand: Candidate = literal !== undefined ? { entry, literal } : { entry, re: new RegExp(entry.re, 'uy') };
    for (let k = 0; k < entry.first.length; k++) {
      const c = entry.first.charCodeAt(k);
      const list = byFirst.get(c) ?? [];
      list.push(cand);
      byFirst.set(c, list);
    }
  }
  const first = new Uint8Array(0x10000);
  for (const c of byFirst.keys()) first[c] = 1;
  const pairs = new Set<number>();
  const second = new Uint8Array(0x10000);
  for (const entry of entries) {
    for (let j = 0; j < entry.second.length; j++) second[entry.second.charCodeAt(j)] = 1;
    for (let k = 0; k < entry.first.length; k++) {
      const c1 = entry.first.charCodeAt(k);
      for (let j = 0; j < entry.second.length; j++) pairs.add(c1 * 0x10000 + entry.second.charCodeAt(j));
    }
  }
  const out = { byFirst, first, second, pairs };
  if (compiled.size > 20) compiled.clear();
  compiled.set(key, out);
  return out;
}
