/**
 * Safe fixes never change correct text: for each false alarm a tester found on correct documents, the
 * correct text gets no finding (or at least no safe fix, so `--fix` leaves it alone) and the wrong text
 * the check was written for is still caught.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { RULES } from '../../server/src/core/rules/index';
import type { Language } from '../../server/src/core/types';

const rule = (id: string) => {
  const r = RULES.find((x) => x.meta.id === id);
  assert.ok(r, id);
  return r;
};

/** The findings of one rule: [reported text, fix kind or null, replacement texts joined with `|`]. */
function found(id: string, text: string, language: Language = 'plaintext') {
  const r = rule(id);
  return lint(text, { language, severities: { [id]: 'warning' } }, [r]).findings.map((f) => [
    text.slice(f.start, f.end),
    f.fix?.kind ?? null,
    f.fix ? f.fix.edits.map((e) => e.newText).join('|') : null,
  ]);
}

/** The text after `--fix` (safe fixes only) with this rule alone. */
function safeFixed(id: string, text: string, language: Language = 'plaintext') {
  return fixAll(text, { language, severities: { [id]: 'warning' } }, 8, [rule(id)]).text;
}

describe('wording: 截止 and doubled 县县委', () => {
  it('leaves 截止日前, 截止到 + a time and 县县委 after a determiner or numeral', () => {
    for (const t of [
      '请于申报截止日前提交材料。',
      '截止到2024年底，已建成村级服务站四十个。',
      '邻县县委书记来我县考察。',
      '本市市委、市政府高度重视。',
      '两县县委联合召开会议。',
      '该县县委、各县县委和每县县委都已部署。',
      '县级市市委和省辖市市委分别负责。',
    ]) {
      assert.deepEqual(found('wording', t), [], t);
      assert.equal(safeFixed('wording', t), t, t);
    }
  });

  it('still catches 截止目前 and a doubled 省省委 after a placeholder or 中共 + name; a bare name gets a suggestion', () => {
    assert.deepEqual(found('wording', '截止目前，已建成。'), [['截止', 'safe', '截至']]);
    assert.deepEqual(found('wording', '截止今年6月，已建成。'), [['截止', 'safe', '截至']]);
    assert.deepEqual(found('wording', '中共XX省省委书记出席。'), [['省省', 'safe', '省']]);
    assert.deepEqual(found('wording', '会议由中共青山县县委主持。'), [['县县', 'safe', '县']]);
    assert.deepEqual(found('wording', '青山县县委书记出席。'), [['县县', 'suggestion', '县']]);
    assert.equal(safeFixed('wording', '青山县县委书记出席。'), '青山县县委书记出席。');
  });
});

describe('punctuation-dunhao: 、和 and 、或', () => {
  it('leaves a word or name that starts with 和/或 after a 顿号', () => {
    for (const t of ['喀什、和田地区', '隐性债务、或有债务和或然损失', '王明、和晓燕同志出席会议。', '坚持和而不同、和合共生。', '和县、和田县、和龙市']) {
      assert.deepEqual(found('punctuation-dunhao', t), [], t);
      assert.equal(safeFixed('punctuation-dunhao', t), t, t);
    }
  });

  it('still reports 、和 / 、或 before the last item, with a suggestion that --fix does not apply', () => {
    assert.deepEqual(found('punctuation-dunhao', '统筹党建、业务、和队伍建设。'), [['、和', 'suggestion', '']]);
    assert.deepEqual(found('punctuation-dunhao', '做到可查、可控、或可追溯。'), [['、或', 'suggestion', '']]);
    assert.equal(safeFixed('punctuation-dunhao', '统筹党建、业务、和队伍建设。'), '统筹党建、业务、和队伍建设。');
    assert.deepEqual(found('punctuation-dunhao', '统筹党建、业务、以及队伍建设。'), [['、以及', 'safe', '']]);
  });

  it('leaves 和 as the surname of the last name in a roll of names, not a list of four short items of another kind', () => {
    for (const t of ['王丽华、李　明、张晓燕、刘建国、陈　静、和萧红', '获奖名单：王丽华、李明、张晓燕、刘建国、和萧红。', '赵丽萍、黄建军、周小芳、吴海波、和红，共五人']) {
      assert.deepEqual(found('punctuation-dunhao', t), [], t);
    }
    // three items before it, or a longer item after 和: a conjunction
    assert.deepEqual(found('punctuation-dunhao', '王丽华、李明、张晓燕、和萧红'), [['、和', 'suggestion', '']]);
    assert.deepEqual(found('punctuation-dunhao', '抓党建、抓业务、抓队伍、抓作风、和抓制度建设。'), [['、和', 'suggestion', '']]);
  });
});

describe('punctuation-range: arithmetic is not a range', () => {
  it('leaves a difference: an operator before or after the pair, or a hyphen between descending values', () => {
    for (const t of ['两者利差为5.5%-3.2%=2.3个百分点。', '（8%-5%）×2=6%', '增幅=12%-7%', '利差为8%-3%。', '温差30-25=5℃']) {
      assert.deepEqual(found('punctuation-range', t), [], t);
      assert.equal(safeFixed('punctuation-range', t), t, t);
    }
  });

  it('still fixes an ascending range safely; a tilde between descending values gets a suggestion', () => {
    assert.deepEqual(found('punctuation-range', '增速保持在5%-10%。'), [['-', 'safe', '～']]);
    assert.deepEqual(found('punctuation-range', '气温25~30℃。'), [['~', 'safe', '～']]);
    assert.deepEqual(found('punctuation-range', '2020-2024年'), [['-', 'safe', '—']]);
    assert.deepEqual(found('punctuation-range', '- 5%-10%'), [['-', 'safe', '～']]);
    assert.deepEqual(found('punctuation-range', '区间10%~5%。'), [['~', 'suggestion', '～']]);
  });

  it('reads units of area and volume (平方米, 立方米, 公顷, 平方公里) and the traditional measure words (個, 項) after a range', () => {
    assert.deepEqual(found('punctuation-range', '单体面积10-20平方米以上。'), [['-', 'suggestion', '～']]);
    assert.deepEqual(found('punctuation-range', '新增绿地3-5公顷。'), [['-', 'suggestion', '～']]);
    assert.deepEqual(found('punctuation-range', '库容20-30立方米。'), [['-', 'suggestion', '～']]);
    assert.deepEqual(found('punctuation-range', '覆盖5-8平方公里。'), [['-', 'suggestion', '～']]);
    assert.deepEqual(found('punctuation-range', '面积10~20平方米。'), [['~', 'safe', '～']]);
    assert.deepEqual(found('punctuation-range', '每單位2-3個。'), [['-', 'suggestion', '～']]);
    assert.deepEqual(found('punctuation-range', '完成2-3項。'), [['-', 'suggestion', '～']]);
    assert.deepEqual(found('punctuation-range', '投資3-5萬元。'), [['-', 'suggestion', '萬元～']]);
    // A code or a serial before a unit is still no range.
    assert.deepEqual(found('punctuation-range', '見A3-5個。'), []);
  });
});

describe('punctuation-width: URLs with Chinese characters and English text with a Chinese gloss', () => {
  it('leaves a URL up to a space or a full-width mark, and the marks of an English run', () => {
    for (const t of [
      '详见https://baike.baidu.com/item/青山县(江西省)页面，或https://www.x.gov.cn/s?q=青山,政务。',
      '网址www.x.gov.cn/查询?地区=青山;类别=政务 可查。',
      'Contact: Wang Ming (王明), Foreign Affairs Office.',
      'Venue: Qingshan Hall (青山会堂); Time: 9:00.',
    ]) {
      assert.deepEqual(found('punctuation-width', t), [], t);
      assert.equal(safeFixed('punctuation-width', t), t, t);
    }
  });

  it('still fixes half-width marks in Chinese text next to a URL, an acronym or an English word', () => {
    assert.equal(safeFixed('punctuation-width', '详见 https://www.x.gov.cn/a 的说明(试行),请查阅.'), '详见 https://www.x.gov.cn/a 的说明（试行），请查阅。');
    assert.equal(safeFixed('punctuation-width', '详见https://x.cn/a，说明(试行)'), '详见https://x.cn/a，说明（试行）');
    assert.equal(safeFixed('punctuation-width', '采用ABC(一种算法)进行测算'), '采用ABC（一种算法）进行测算');
    assert.equal(safeFixed('punctuation-width', '会议要求, Wang Ming参加'), '会议要求， Wang Ming参加');
  });
});

describe('punctuation-width: English sentences of a bilingual notice that hold a Chinese name or address', () => {
  it('leaves the English marks of an English sentence (GB/T 15834 governs Chinese text)', () => {
    for (const t of [
      'Address of the service center: 杭州市西湖区曙光路122号, Hangzhou; Tel: 0571-87280000.',
      'Contact person: 王明, Foreign Affairs Office.',
      'Please contact 王明, Foreign Affairs Office, for details.',
      'The delegation will visit 西湖, 灵隐寺 and 良渚古城遗址; the visit lasts two days.',
      'Venue: 杭州国际博览中心; Time: 9:00-11:30.',
      'Welcome to 杭州!',
      'Is this 西湖?',
      'We will visit 西湖.',
      'The venue is 杭州国际博览中心(西湖区) in the city.',
      '特此通告。Welcome to 杭州!',
    ]) {
      assert.deepEqual(found('punctuation-width', t), [], t);
      assert.equal(safeFixed('punctuation-width', t), t, t);
    }
  });

  it('still fixes a Chinese sentence with English words or names in it', () => {
    assert.equal(safeFixed('punctuation-width', '会议要求, Wang Ming参加'), '会议要求， Wang Ming参加');
    assert.equal(safeFixed('punctuation-width', '本次培训内容包括: Python, Java和C++'), '本次培训内容包括： Python, Java和C++');
    assert.equal(safeFixed('punctuation-width', '本次培训内容包括: Python, Java 和 C++'), '本次培训内容包括： Python, Java 和 C++');
    assert.equal(safeFixed('punctuation-width', '欢迎来到杭州!'), '欢迎来到杭州！');
    assert.equal(safeFixed('punctuation-width', '你知道Python吗?'), '你知道Python吗？');
    assert.equal(safeFixed('punctuation-width', '西湖, 灵隐寺和良渚古城遗址; 参观两天.'), '西湖，灵隐寺和良渚古城遗址；参观两天。');
    assert.equal(safeFixed('punctuation-width', '会议由张三主持, Smith先生出席.'), '会议由张三主持， Smith先生出席。');
    // A sentence that already holds a full-width mark is Chinese.
    assert.equal(safeFixed('punctuation-width', 'Welcome to 杭州，the city of 西湖!'), 'Welcome to 杭州，the city of 西湖！');
    // `使用Windows, Linux等系统`: as before (a Latin word before the mark, a Latin word after it: not reported).
    assert.deepEqual(found('punctuation-width', '使用Windows, Linux等系统'), []);
  });

  it('punctuation-quotes leaves straight quotes of an English sentence; a Chinese one is still fixed', () => {
    for (const t of ['The delegation will visit "西湖", "灵隐寺" and "良渚古城遗址".', "Please read '关于加强管理的通知' carefully."]) {
      assert.deepEqual(found('punctuation-quotes', t), [], t);
    }
    assert.equal(safeFixed('punctuation-quotes', '会议强调"两个维护"。'), '会议强调“两个维护”。');
    assert.equal(safeFixed('punctuation-quotes', 'Visit "西湖"，then rest.'), 'Visit “西湖”，then rest.');
    assert.equal(safeFixed('punctuation-quotes', "会议强调'两个维护'。"), '会议强调“两个维护”。', 'a quotation of its own takes “…”');
    assert.equal(safeFixed('punctuation-quotes', "他说：“要牢记'三个务必'。”"), '他说：“要牢记‘三个务必’。”', 'inside a quotation: ‘…’');
  });
});

describe('punctuation-range: percentages, spans of seasons, English sentences', () => {
  it('writes the % on both numbers of a range (GB/T 15835-2011: 15%～30%, not 15～30%)', () => {
    assert.deepEqual(found('punctuation-range', '基础因素权重一般为40-60%。'), [['-', 'suggestion', '%～']]);
    assert.equal(fixAll('权重为40-60%。', { language: 'plaintext', severities: { 'punctuation-range': 'warning' } }, 8, [rule('punctuation-range')], { suggestions: true, minSeverity: 'hint' }).text, '权重为40%～60%。');
    assert.equal(safeFixed('punctuation-range', '权重为5~10%，比例3~5‰，温度25~30℃。'), '权重为5%～10%，比例3‰～5‰，温度25～30℃。');
    assert.equal(safeFixed('punctuation-range', '增速保持在5%-10%。'), '增速保持在5%～10%。');
  });

  it('reads 赛季, 年度, 学年度 and 采暖季 after a span of years; a standard number is none', () => {
    assert.equal(safeFixed('punctuation-range', '2019-2020学年、2023-2024赛季、2023-2024年度、2023-2024学年度、2023-2024采暖季'), '2019—2020学年、2023—2024赛季、2023—2024年度、2023—2024学年度、2023—2024采暖季');
    for (const t of ['依据GB/T 2023-2024赛季规则执行。', '依据GB/T 9704-2012执行。', '编号2023-2024号。', '2023-2024届毕业生']) {
      assert.deepEqual(found('punctuation-range', t), [], t);
    }
  });

  it('leaves a clock-time span in an English sentence; a Chinese one is still offered 一字线', () => {
    assert.deepEqual(found('punctuation-range', 'Venue: 杭州国际博览中心; Time: 9:00-11:30.'), []);
    assert.deepEqual(found('punctuation-range', '会议时间 9:00-11:30，请准时参加。'), [['-', 'suggestion', '—']]);
  });
});

describe('punctuation-ellipsis: after a number that ends a Chinese sentence', () => {
  it('reports `...` after a percentage or a decimal at the end of a paragraph', () => {
    assert.deepEqual(found('punctuation-ellipsis', '截至目前已完成80%...'), [['...', 'safe', '……']]);
    assert.deepEqual(found('punctuation-ellipsis', '全年增长5.2%...'), [['...', 'safe', '……']]);
    assert.deepEqual(found('punctuation-ellipsis', '见附件1…'), [['…', 'safe', '……']]);
  });

  it('leaves the dots after a number in English text', () => {
    for (const t of ['Update to version 1.2...', 'Growth was 5.2%...', '1...']) assert.deepEqual(found('punctuation-ellipsis', t), [], t);
  });

  it('leaves the dots of an English sentence that holds a Chinese name; a Chinese sentence is still fixed', () => {
    assert.deepEqual(found('punctuation-ellipsis', 'The visit covers 西湖, 灵隐寺 and 良渚古城遗址... and lasts two days.'), []);
    assert.deepEqual(found('punctuation-ellipsis', '参观西湖、灵隐寺和良渚古城遗址... 共两天。'), [['...', 'safe', '……']]);
    assert.deepEqual(found('punctuation-ellipsis', 'Welcome to 杭州。西湖、灵隐寺...'), [['...', 'safe', '……']]);
  });
});

describe('document-number: a number cited is reproduced as issued', () => {
  it('leaves the serial of a certificate, licence or registration', () => {
    for (const t of ['该项目已取得消防验收备案凭证（2024）第0012号。', '营业执照〔2023〕5号', '施工许可证(2022)第008号']) {
      assert.deepEqual(found('document-number', t), [], t);
    }
  });

  it('offers dropping 第 or leading zeros as a suggestion; brackets alone are still fixed safely', () => {
    const t = '依据市政办发〔2018〕第10号办理。';
    assert.deepEqual(found('document-number', t), [['〔2018〕第10号', 'suggestion', '']]);
    assert.equal(safeFixed('document-number', t), t);
    // A 公告's series is issued with 第 (`中国人民银行公告〔2018〕第10号`): only its brackets are checked.
    assert.deepEqual(found('document-number', '依据中国人民银行公告〔2018〕第10号办理。'), []);
    assert.deepEqual(found('document-number', '依据海关总署公告[2018]第10号办理。'), [['[2018]第10号', 'safe', '〔|〕']]);
    assert.deepEqual(found('document-number', '市政办发〔2024〕06号'), [['〔2024〕06号', 'suggestion', '']]);
    assert.deepEqual(found('document-number', '根据国发[2024]1号文件'), [['[2024]1号', 'safe', '〔|〕']]);
    assert.equal(safeFixed('document-number', '根据国办发（2023）12号文件'), '根据国办发〔2023〕12号文件');
  });
});

describe('title-punctuation: a first line the model did not take for the title', () => {
  it('is not reported when it reads as a sentence (a body-first draft)', () => {
    const t = '县政府常务会议审议通过了年度工作报告。\n\n一、基本情况\n\n今年以来，全县经济运行平稳。\n';
    assert.deepEqual(found('title-punctuation', t), []);
    assert.equal(safeFixed('title-punctuation', t), t);
  });

  it('gets a safe fix when it reads as a title, a suggestion otherwise', () => {
    assert.deepEqual(found('title-punctuation', 'XX县人民政府办公室关于开展安全生产大检查的通知。\n各乡镇人民政府：\n为切实做好工作。\n'), [['。', 'safe', '']]);
    assert.deepEqual(found('title-punctuation', 'XX县人民政府工作报告。\n\n一、基本情况\n\n今年以来，经济平稳。\n'), [['。', 'safe', '']]);
    const guess = '关于加强安全生产工作。\n\n一、基本情况\n\n今年以来，形势平稳。\n';
    assert.deepEqual(found('title-punctuation', guess), [['。', 'suggestion', '']]);
    assert.equal(safeFixed('title-punctuation', guess), guess);
  });
});

describe('punctuation-quotes: several straight pairs in a paragraph may nest', () => {
  it('offers the pairing as a suggestion, so --fix leaves the paragraph alone', () => {
    const t = '要抓好"三农"和"工作"落实。';
    assert.deepEqual(found('punctuation-quotes', t), [
      ['"三农"', 'suggestion', '“|”'],
      ['"工作"', 'suggestion', '“|”'],
    ]);
    assert.equal(safeFixed('punctuation-quotes', t), t);
  });

  it('four marks quoting a whole introduced sentence read as one pair inside another (1-4, 2-3), offered', () => {
    const t = '市长指出："我们要坚持"两个毫不动摇"，促进民营经济发展壮大。"';
    assert.deepEqual(found('punctuation-quotes', t), [
      [t.slice(5), 'suggestion', '“|”'],
      ['"两个毫不动摇"', 'suggestion', '‘|’'],
    ]);
    assert.equal(safeFixed('punctuation-quotes', t), t);
    const withSuggestions = (x: string) => fixAll(x, { language: 'plaintext', severities: { 'punctuation-quotes': 'warning' } }, 8, [rule('punctuation-quotes')], { suggestions: true }).text;
    assert.equal(withSuggestions(t), '市长指出：“我们要坚持‘两个毫不动摇’，促进民营经济发展壮大。”');
    assert.equal(withSuggestions('他说"要抓好"三农"工作"。'), '他说“要抓好‘三农’工作”。');
    // Not introduced, or text after the last mark: in order (1-2, 3-4).
    assert.equal(withSuggestions('要抓好"三农"和"工作"落实。'), '要抓好“三农”和“工作”落实。');
    assert.equal(withSuggestions('他说"要抓好"三农"工作"的意见。'), '他说“要抓好”三农“工作”的意见。');
  });

  it('still fixes a single pair safely, and a pair inside curly quotes as ‘…’', () => {
    assert.equal(safeFixed('punctuation-quotes', '要抓好"三农"工作。'), '要抓好“三农”工作。');
    assert.equal(safeFixed('punctuation-quotes', '他说：“要抓好"三农"工作”。'), '他说：“要抓好‘三农’工作”。');
  });
});

describe('addressee: a single name under the title without a colon', () => {
  it('is the author line under a 总结 or a 调研报告: not reported', () => {
    for (const t of [
      '青山县城关镇2024年工作总结\n\n城关镇人民政府\n\n今年以来，全镇经济运行总体平稳。\n',
      '关于城关镇农业发展情况的调研报告\n\n城关镇人民政府\n\n今年以来，全镇经济运行总体平稳。\n',
    ]) {
      assert.deepEqual(found('addressee', t), [], t);
      assert.equal(fixAll(t, { language: 'plaintext' }, 8, [rule('addressee')], { suggestions: true }).text, t, t);
    }
  });

  it('is reported (a suggestion) where it reads as an addressee: 各…, several bodies, or one under a 请示', () => {
    assert.deepEqual(found('addressee', 'XX县人民政府关于加强防汛工作的通知\n各乡镇人民政府，县直各单位\n现将有关事项通知如下。\n'), [['各乡镇人民政府，县直各单位', 'suggestion', '：']]);
    assert.deepEqual(found('addressee', '城关镇人民政府关于申请防汛资金的请示\n县人民政府\n现将有关事项请示如下。\n'), [['县人民政府', 'suggestion', '：']]);
    assert.deepEqual(found('addressee', 'XX县人民政府关于加强防汛工作的通知\n各乡镇人民政府，县直各单位:\n现将有关事项通知如下。\n'), [[':', 'safe', '：']]);
  });
});

describe('punctuation-quotes: pairs the marks settle stay safe', () => {
  it('a closing mark followed by punctuation or another quote settles the pairs before it', () => {
    assert.deepEqual(found('punctuation-quotes', '从捍卫"两个确立"、践行"两个维护"的高度出发。').map((f) => f[1]), ['safe', 'safe']);
    assert.deepEqual(found('punctuation-quotes', '以"解民忧""暖民心"为目标。').map((f) => f[1]), ['safe', 'safe']);
    // The second pair's closing mark is followed by text: from there on the pairs may nest.
    assert.deepEqual(found('punctuation-quotes', '"狠抓基层"、"三农"活动和"两个确立"工作。').map((f) => f[1]), ['safe', 'suggestion', 'suggestion']);
  });
});

describe('a sentence-final half-width "." after a closing bracket or quote, and the first line of an excerpt', () => {
  it('punctuation-width makes the "." after ） ) ” " a 。 (safe) at the line end; (WHO). and an ordinal stay', () => {
    const t = '关于做好秋粮收购工作的通知\n要落实最低收购价政策(特别是稻谷收购).\n坚持"优质优价".\n';
    assert.deepEqual(found('punctuation-width', t).filter((f) => f[0] === '.'), [['.', 'safe', '。'], ['.', 'safe', '。']]);
    assert.equal(safeFixed('punctuation-width', t), '关于做好秋粮收购工作的通知\n要落实最低收购价政策（特别是稻谷收购）。\n坚持"优质优价"。\n');
    assert.deepEqual(found('punctuation-width', '详见世卫组织官网(WHO).\n'), []);
    assert.deepEqual(found('punctuation-width', '统计口径与去年相同(一).\n').filter((f) => f[0] === '.'), []);
  });

  it('the "." after a closed phrase of Chinese words ending in a digit (（详见附件1）.) is a 。 too; numbers, files, URLs stay', () => {
    const t = '请按要求报送材料（详见附件1）.\n请填写“第2条”.\n';
    assert.deepEqual(found('punctuation-width', t), [['.', 'safe', '。'], ['.', 'safe', '。']]);
    assert.equal(safeFixed('punctuation-width', t), '请按要求报送材料（详见附件1）。\n请填写“第2条”。\n');
    assert.equal(safeFixed('punctuation-width', t.replace(/\n/g, '\r\n')), '请按要求报送材料（详见附件1）。\r\n请填写“第2条”。\r\n');
    for (const n of ['1.加强组织领导', '同比增长1.5倍。', '请下载附件1.xls', '报送材料（详见附件1.xls）', '详见http://www.example.gov.cn/a(1).', '见附件(No. 1).']) {
      assert.deepEqual(found('punctuation-width', n + '\n').filter((f) => f[0] === '.'), [], n);
    }
  });

  it('a "." ending a Chinese sentence after a number, after a full-width bracket, or before the next sentence is a 。', () => {
    for (const t of ['请按要求报送材料，详见附件1.', '统计口径见表（1）.', '版式执行国家标准（GB/T 9704-2012）.', '请于5月前报送（逾期不予受理）.另行通知。', '要求如下（见表1）.另外，请按时报送。'])
      assert.deepEqual(found('punctuation-width', t + '\n').filter((f) => f[0] === '.'), [['.', 'safe', '。']], t);
    for (const n of ['版本为V1.', '世界卫生组织(WHO).', '附件1.xls', '（1）.', '见附件(No. 1).另附', '一1.'])
      assert.deepEqual(found('punctuation-width', n + '\n').filter((f) => f[0] === '.'), [], n);
  });

  it('title-punctuation leaves a sentence on line 1 of a short excerpt alone (its "." is made a 。, never deleted)', () => {
    const t = '要落实最低收购价政策(特别是稻谷收购).\n坚持优质优价。\n';
    assert.deepEqual(found('title-punctuation', t), []);
    const all = fixAll(t, { language: 'plaintext' }).text;
    assert.equal(all, '要落实最低收购价政策（特别是稻谷收购）。\n坚持优质优价。\n');
    // A clause inside makes line 1 a sentence too; a title in its form keeps its finding.
    assert.deepEqual(found('title-punctuation', '今年以来，全镇秋粮收购进展顺利.\n下一步继续抓好落实。\n'), []);
    assert.deepEqual(found('title-punctuation', '关于做好秋粮收购工作的通知.\n各乡镇：\n请认真落实。\n'), [['.', 'safe', '']]);
    // With a 主送机关 after it the first line is a title (a sign besides its wording): still reported.
    assert.equal(found('title-punctuation', '秋粮收购工作安排.\n各乡镇：\n请认真落实。\n').length, 1);
  });
});
