/**
 * The word lists of the placeholder scanner (placeholders.ts): what makes a letter or a star a slot
 * (the words that follow it), what brackets ask the writer to fill in, and the words that end a
 * group key. Kept apart from the scanner so they can be reviewed and extended on their own; every
 * list is plain data (simplified and traditional script where it matters).
 */

/** Followers that make a single `X` a technical term, not a slot (`X射线`, `X光`, `X轴`). */
export const X_TERMS = ['射线', '光', '线', '轴', '型', '形', '染色体', '战警', '因子', '波段', '综合征', '连锁', '档案', '一代', '世代', '代', '刀'];

/** A slot followed by one of these is a count, date or ordinal: `X个`, `X年`, `X号`. */
export const MEASURE = '年月日号届次期批个名人项件位家所条款章节岁天轮点时分秒万亿元家户座篇份部';

/** A `×` between these is multiplication: `长×宽×高`. */
export const DIMENSION = '长宽高厚深';

export const CN_YEAR_DIGITS = '一二三四五六七八九十零〇○◯0123456789０１２３４５６７８９';

export const TITLES_AFTER = ['同志', '先生', '女士', '老师', '书记', '主任', '等'];

/** Characters before a one-star mask in a clause: `对*来说`, `由*负责`, `请*讲话`. */
export const MASK_BEFORE_ONE = '对由请在向与和为把被让给经据从';

/** What a template asks the writer to fill in, simplified and traditional script. */
export const SLOT_NAMES =
  '单位名称|单位全称|单位|部门名称|部门|机关名称|机关|公司名称|学校名称|姓名|名字|人名|地名|名称|全称|简称|职务|职称|职务姓名|姓名职务|日期|时间|具体时间|具体日期|年月日|年份|月份|地点|地址|金额|数额|数量|数字|人数|电话|联系电话|手机|手机号|联系人|联系方式|邮箱|标题|题目|文件名称|文件标题|文号|发文字号|编号|事由|内容|具体内容|正文|主送机关|发文机关|签发人|会议名称|活动名称|项目名称|工作名称|乡镇名称|村名|县名|市名|省份|' +
  '單位名稱|單位|部門名稱|部門|機關名稱|機關|姓名|名稱|職務|職稱|日期|時間|地點|地址|金額|數量|數字|電話|聯繫電話|聯繫人|聯繫方式|標題|題目|文號|編號|事由|內容|正文|主送機關|發文機關|簽發人|會議名稱|活動名稱|項目名稱';

export const HEADS = [
  // Titles and organisations, longest first within the list below (sorted at load).
  '同志', '先生', '女士', '老师', '书记', '副书记', '主任', '副主任', '局长', '县长', '镇长', '市长', '区长', '省长', '乡长',
  '村长', '部长', '厅长', '处长', '科长', '所长', '校长', '院长', '主席', '委员', '代表', '经理', '总经理', '董事长', '秘书长',
  '常委', '干部', '党委', '党组', '政府', '人民政府', '人大', '政协', '纪委', '县委', '市委', '区委', '省委', '镇党委', '公司',
  '集团', '大学', '学院', '学校', '医院', '银行', '中心', '小区', '街道', '社区', '村委会', '居委会', '委员会', '办公室', '部门',
  '单位', '项目', '工程', '会议', '大会', '活动', '行动', '专项', '文件', '通知', '方案', '意见', '报告', '精神', '战略', '品牌',
].sort((a, b) => b.length - a.length);

/** A word ending here closes the key window: `XX高质量发展`, `XX基层治理`, `XX经济社会`. */
export const END_WORDS = [
  '发展', '建设', '工作', '治理', '经济', '社会', '行动', '产业', '事业', '活动', '项目', '工程', '会议', '精神', '战略',
  '改革', '体系', '机制', '平台', '品牌', '园区', '新区', '开发区', '示范区', '文化', '振兴', '目标', '任务', '领域', '模式',
  '计划', '规划', '方案', '制度', '部门', '单位', '同志', '书记', '现代化', '城市', '乡村', '特色', '基地',
];

export const ORG_CHARS = '镇县市区省乡村州旗盟局厅委办处科所院校部队站组会社馆庄路街楼';

/** Words that start with one of ORG_CHARS but are not a name's suffix: `XX市场`, `XX区域`. */
export const ORG_WORDS = ['市场', '市民', '区域', '区别', '区间', '部署', '部分', '局面', '局势', '局部', '处理', '处置', '科技', '科学', '所有', '所在', '所得', '组织', '组合', '社会', '村庄', '街头', '路线', '路径', '校园', '站位', '队伍', '委托', '办理', '办法', '办公', '办学', '省份', '会员', '会商', '会同', '院士', '楼宇', '县域', '镇域', '乡村', '州府'];

export const PARTICLES = '的了和与及或是在为等要将把对向从到被让使并而也都就还又着过之其';

export const VERBS = ['强调', '指出', '要求', '表示', '提出', '认为', '讲话', '主持', '出席', '参加', '传达', '解读', '介绍', '汇报', '发言', '宣读', '同意', '批准', '印发', '发布', '召开', '举行', '开展', '说', '讲'];

/** Two-character words that start with a measure character: `人民`, `名称`, `个人`. */
export const MEASURE_WORDS = ['人民', '人大', '人才', '人员', '人口', '名称', '名单', '个人', '位置', '条例', '条件', '家庭', '所有', '期间', '部门', '部署', '点位', '时代', '时期', '时间', '年度', '天然', '号召', '分局', '元素', '项目', '件事', '次序', '批次', '届时', '篇章', '份额', '户籍', '座谈', '款项', '章程', '节点', '轮训', '万人', '亿元'];

/** Units of more than one character: `XX万元`, `XX个百分点`. */
export const UNITS = ['个百分点', '百分点', '平方公里', '平方米', '万元', '亿元', '万人', '万亩', '万吨', '公里', '千米', '余人', '多人', '余家', '多家', '余项', '余个', '多个'];

/** Words after a slot that make it a person. */
export const PERSON_WORDS = ['同志', '先生', '女士', '老师'];

export const TITLES_BEFORE = ['书记', '主任', '局长', '县长', '镇长', '市长', '区长', '省长', '乡长', '部长', '厅长', '处长', '科长', '校长', '院长', '主席', '同志', '经理', '董事长'];

/** What a form asks for: a label ends with one of these (`联系电话`, `单位名称（盖章）`, `负责人签字`). */
export const FIELD_NOUNS =
  '时间|日期|地点|地址|通讯地址|电话|手机|邮箱|邮编|邮政编码|联系人|负责人|姓名|名称|单位|签字|签名|签章|盖章|公章|金额|账号|帐号|开户行|传真|职务|性别|年龄|编号|网址|身份证号|出生年月|時間|日期|地點|地址|電話|聯繫人|負責人|姓名|名稱|單位|簽字|簽名|蓋章|金額|職務';

/** A fill-in instruction anywhere in a longer bracket: `（用一句话概括…）`, `（逐一写明…）`. */
export const LONG_INSTRUCTION_RE = /填写|填寫|填入|写明|寫明|注明|列明|简述|簡述|概括|自拟|自擬|(?:根据|根據|结合|結合|按照|视|視)[^，。；]{0,10}实际[^，。；]{0,8}(?:修改|调整|調整|替换|替換|删减|刪減|增减|增減|补充|補充)/u;

/** A bracket that points elsewhere or assigns the filling to others is text: `（填写说明见附件2）`, `（由各单位填写）`, `（各地可根据实际情况调整）`. */
export const NOT_INSTRUCTION_RE = /见附件|見附件|详见|詳見|参见|參見|说明见|另行|^由|^各|^有关|^有關|^相关|^相關/u;

/** Slot nouns a square-bracket prompt ends with: `[会议日期]`, `[荣誉称号]`, `[简述事迹]`. */
export const SLOT_TAIL_RE = /(?:名称|名稱|日期|时间|時間|地址|地点|地點|主题|主題|目的|人员|人員|称号|稱號|领域|領域|事迹|事蹟|姓名|单位|單位|金额|金額|数量|數量|内容|內容|标题|標題|编号|編號|电话|電話|职务|職務|年月日|时分|部门|部門|机关|機關|人数|人數|事由|号码|號碼)$/u;

/** An instruction: `此处填写…`, `请输入…`, `在此插入…`, `待填`, `待补充`, `待核实`, traditional `請填寫`. */
export const INSTRUCTION_RE = /^(?:请|請|此处|此處|在此|这里|這裡)?.{0,4}?(?:填写|填寫|填入|输入|輸入|插入|填上|写明|寫明|注明|待填|待定|待补|待補|待完善|待核实|待核實|待确认|待確認|自拟|自擬)/u;
