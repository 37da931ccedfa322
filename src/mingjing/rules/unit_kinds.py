"""The kinds of unit a material's author may belong to, by family (round r20, identity20).

Each row: the kind, its family, the words that name its units (in the author's lines, in a body named in
the text, in a claim `作为一名…`), and whether it is a bureau that leads its whole family (a 卫健委 its
hospitals, an 教育局 its schools). Each family has the words its members call themselves by (教师, 医生,
法官 …). Used by rules/identity_profile.py to judge a self-reference by the kind it names, not by its string;
eval/identity_recall.py generates its measurement from the same rows."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class UnitKind:
    kind: str
    family: str
    words: str  # a regular expression naming its units
    bureau: bool = False  # leads every kind of its family
    sample: str = ""  # one unit of the kind, for the generated measurement


# families a bureau leads beyond its own: a 国资委 the state companies of a place
# and the justice bureau (司法局) its compulsory drug rehabilitation centres, public security its detention
# houses and its own rehabilitation centres (round r24: 市司法局党委 over a 强制隔离戒毒所)
LEADS: dict[str, frozenset[str]] = {
    "国资": frozenset({"城投", "燃气", "矿业", "供销", "盐业"}),
    "司法": frozenset({"监狱"}),
    "公安": frozenset({"监狱"}),
}


def _k(kind: str, family: str, words: str, sample: str, bureau: bool = False) -> UnitKind:
    return UnitKind(kind, family, words, bureau, sample)


KINDS: tuple[UnitKind, ...] = (
    # education
    _k("教育局", "教育", r"教育局|教体局|教育和体育局|教育体育局|教育工委", "宁川县教育局", True),
    _k("学校", "教育", r"(?<!党)学校|中心校|完小|九年一贯制", "宁川县城关镇中心学校", True),
    _k("幼儿园", "教育", r"幼儿园|托育", "宁川县实验幼儿园"),
    _k("小学", "教育", r"小学|附小", "宁川县第一小学"),
    _k("中学", "教育", r"中学|初中|高中|一中|二中|三中|附中", "宁川县第二中学"),
    _k("职校", "教育", r"职业中专|职业技术学校|职校|技工学校|职业中学", "宁川县职业技术学校"),
    _k("高校", "教育", r"大学|学院(?!路)|高校", "江州职业技术学院"),
    _k("特教", "教育", r"特殊教育学校|特教学校", "宁川县特殊教育学校"),
    _k("党校", "教育", r"党校|行政学院", "中共宁川县委党校"),
    _k("教研", "教育", r"教研室|教师发展中心|教师进修学校", "宁川县教师发展中心"),
    # health
    _k("卫健委", "卫生", r"卫健委|卫健局|卫生健康委|卫生健康局", "宁川县卫生健康局", True),
    _k("医院", "卫生", r"医院|卫生院|卫生服务中心|卫生室|诊所", "宁川县人民医院"),
    _k("妇幼", "卫生", r"妇幼保健", "宁川县妇幼保健院"),
    _k("疾控", "卫生", r"疾控|疾病预防控制", "宁川县疾病预防控制中心"),
    _k("急救", "卫生", r"急救中心|120指挥", "宁川县急救中心"),
    _k("血站", "卫生", r"血站|中心血库", "宁川县中心血站"),
    _k("医保", "医保", r"医保|医疗保障", "宁川县医疗保障局", True),
    # law and order
    _k("法院", "法院", r"法院|审判庭|人民法庭", "宁川县人民法院", True),
    _k("检察院", "检察", r"检察院|检察部", "宁川县人民检察院", True),
    _k("公安", "公安", r"公安|派出所|交警|刑警|特警|警务", "宁川县公安局", True),
    _k("司法", "司法", r"司法局|司法所|公证处|法律援助", "宁川县司法局", True),
    _k("监狱", "监狱", r"监狱|戒毒所|看守所", "江州市第二监狱", True),
    _k("纪委", "纪检", r"纪委|监委|纪检监察|纪工委", "宁川县纪委监委", True),
    _k("信访", "信访", r"信访", "宁川县信访局", True),
    # revenue and money
    _k("税务", "税务", r"税务", "国家税务总局宁川县税务局", True),
    _k("财政", "财政", r"财政", "宁川县财政局", True),
    _k("审计", "审计", r"审计", "宁川县审计局", True),
    _k("统计", "统计", r"统计局|调查队", "宁川县统计局", True),
    _k("银行", "金融", r"银行|信用社|农商行|农信社|支行|分行", "宁川县农村商业银行", True),
    _k("保险", "金融", r"保险公司|人寿|财险", "中国人寿宁川县支公司"),
    _k("金融办", "金融", r"金融办|金融工作局|地方金融", "宁川县地方金融服务中心", True),
    _k("烟草", "烟草", r"烟草", "宁川县烟草专卖局", True),
    _k("邮政", "邮政", r"邮政|邮局", "宁川县邮政分公司", True),
    _k("供电", "电力", r"供电|电力|电网", "国网宁川县供电公司", True),
    _k("电信", "通信", r"电信|移动公司|联通|铁塔", "中国电信宁川分公司", True),
    _k("盐业", "盐业", r"盐业|盐务", "宁川县盐业公司", True),
    _k("粮储", "粮食", r"粮食和物资储备|粮储|粮库|粮食局|储备库", "宁川县粮食储备库", True),
    _k("供销", "供销", r"供销", "宁川县供销合作社", True),
    # works, land and water
    _k("交通", "交通", r"交通运输|交通局|公路|运管|客运|公交|港航|航道|收费站", "宁川县交通运输局", True),
    _k("水利", "水利", r"水利|水务|水库|灌区|河道管理|水文", "宁川县水利局", True),
    _k("自然资源", "自然资源", r"自然资源|国土|测绘|不动产登记", "宁川县自然资源局", True),
    _k(
        "住建",
        "住建",
        r"住建|住房和城乡建设|住房城乡建设|建设局|房管|住房公积金",
        "宁川县住房和城乡建设局",
        True,
    ),
    _k("城管", "城管", r"城管|城市管理|综合行政执法|环卫", "宁川县城市管理局", True),
    _k("生态环境", "生态环境", r"生态环境|环保|环境监测", "江州市生态环境局宁川分局", True),
    _k("林业", "林业", r"林业|林场|林草|自然保护区|湿地", "宁川县林业局", True),
    _k("农业", "农业", r"农业农村|农业局|农技|畜牧|兽医|农机|农经|种子站", "宁川县农业农村局", True),
    _k("气象", "气象", r"气象", "宁川县气象局", True),
    _k("地震", "地震", r"地震", "宁川县地震局", True),
    _k("应急", "应急", r"应急管理|安监|消防救援|消防", "宁川县应急管理局", True),
    # economy and trade
    _k("发改", "发改", r"发改|发展和改革|发展改革|物价", "宁川县发展和改革局", True),
    _k("工信", "工信", r"工信|工业和信息化|经信|科工", "宁川县工业和信息化局", True),
    _k("商务", "商务", r"商务局|商务和|招商|口岸", "宁川县商务局", True),
    _k("市场监管", "市场监管", r"市场监管|市场监督管理|质监|药监|食药", "宁川县市场监督管理局", True),
    _k("国资", "国资", r"国资委|国有资产", "宁川县国有资产监督管理局", True),
    _k("科技", "科技", r"科技局|科学技术局", "宁川县科学技术局", True),
    _k("数据", "数据", r"大数据|数据局|政务服务|行政审批|政务服务中心", "宁川县政务服务和数据管理局", True),
    _k("园区", "园区", r"开发区|高新区|工业园|产业园|园区管委会", "宁川经济开发区管委会", True),
    # people and welfare
    _k(
        "人社",
        "人社",
        r"人社|人力资源和社会保障|社保|社会保险|就业服务|劳动监察",
        "宁川县人力资源和社会保障局",
        True,
    ),
    _k("民政", "民政", r"(?<!人)民政|婚姻登记|殡仪|福利院|救助站|敬老院|养老服务中心", "宁川县民政局", True),
    _k("退役军人", "退役军人", r"退役军人(?:事务|服务)", "宁川县退役军人事务局", True),
    _k("医养", "民政", r"养老院|老年公寓", "宁川县社会福利院"),
    _k("残联", "残联", r"残联|残疾人联合会", "宁川县残疾人联合会", True),
    _k("妇联", "妇联", r"妇联|妇女联合会", "宁川县妇女联合会", True),
    _k("团委", "共青团", r"团[省市县区]委|共青团", "共青团宁川县委员会", True),
    _k("工会", "工会", r"总工会", "宁川县总工会", True),
    _k("科协", "科协", r"科协|科学技术协会", "宁川县科学技术协会", True),
    _k("红十字会", "红十字会", r"红十字会", "宁川县红十字会", True),
    _k("医疗救助", "医保", r"医保中心|医疗保险中心", "宁川县医疗保障服务中心"),
    # culture
    _k("文旅", "文旅", r"文旅|文化和旅游|文化旅游|文广|旅游局|景区", "宁川县文化和旅游局", True),
    _k("图书馆", "文旅", r"图书馆", "宁川县图书馆"),
    _k("博物馆", "文旅", r"博物馆|纪念馆|美术馆|展览馆", "宁川县博物馆"),
    _k("文化馆", "文旅", r"文化馆|文化站|剧团|艺术团", "宁川县文化馆"),
    _k("档案馆", "档案", r"档案馆|档案局|档案室", "宁川县档案馆", True),
    _k("史志", "史志", r"党史研究|地方志|史志", "宁川县党史和地方志研究室", True),
    _k("融媒体", "媒体", r"融媒体|报社|广播电视台|电视台|广播电台|新闻中心", "宁川县融媒体中心", True),
    _k("体育", "体育", r"体育(?:局|中心|运动|场馆|馆|学校)", "宁川县体育中心", True),
    # party and government organs
    _k("组织部", "组织", r"组织部", "中共宁川县委组织部", True),
    _k("宣传部", "宣传", r"宣传部|网信办|文明办", "中共宁川县委宣传部", True),
    _k("统战部", "统战", r"统战部|民宗|民族宗教", "中共宁川县委统战部", True),
    _k("政法委", "政法委", r"政法委", "中共宁川县委政法委员会", True),
    _k("编办", "编办", r"编办|机构编制", "宁川县委机构编制委员会办公室", True),
    _k("人大", "人大", r"人大", "宁川县人大常委会机关", True),
    _k("政协", "政协", r"政协", "政协宁川县委员会机关", True),
    _k("机关事务", "机关事务", r"机关事务", "宁川县机关事务服务中心", True),
    _k(
        "乡镇",
        "乡镇",
        r"镇党委|镇人民政府|乡党委|乡人民政府|镇政府|乡政府|街道",
        "宁川县桐溪镇人民政府",
        True,
    ),
    _k("村社区", "乡镇", r"村党支部|村委会|村民委员会|社区党委|社区党支部|居委会", "桐溪镇石桥村党支部"),
    # enterprises of a trade
    _k("铁路", "铁路", r"铁路|车务段|工务段|机务段|火车站", "中国铁路江州局集团宁川车务段", True),
    _k("机场", "民航", r"机场|民航|航空公司", "江州机场集团", True),
    _k("水务公司", "水利", r"自来水|供水|污水处理", "宁川县供水有限公司"),
    _k("燃气", "燃气", r"燃气|天然气公司", "宁川县燃气有限公司", True),
    _k("城投", "城投", r"城投|城建投资|城市建设投资", "宁川县城市建设投资集团", True),
    _k("矿山", "矿业", r"煤矿|矿业|矿山", "宁川县矿业集团", True),
)

# the words each family's members call themselves by (作为一名教师, 作为一名法官)
FAMILY_POSTS: dict[str, str] = {
    "教育": r"教师|老师|教育工作者|班主任|辅导员|园长|幼师",
    "卫生": r"医生|护士|医务|医护|大夫|药师|卫生工作者|白衣天使|疾控人",
    "法院": r"法官|审判员|书记员|法院干警",
    "检察": r"检察官|检察干警",
    "公安": r"人民警察|民警|警察|公安干警|辅警",
    "司法": r"司法行政干部|人民调解员|公证员",
    "监狱": r"监狱人民警察|狱警",
    "纪检": r"纪检监察干部|纪检干部",
    "税务": r"税务干部|税务人|税务工作者",
    "财政": r"财政干部|财政人",
    "审计": r"审计人员|审计干部|审计人",
    "统计": r"统计人员|统计干部|统计工作者|调查员",
    "金融": r"银行员工|金融工作者|信贷员|柜员",
    "烟草": r"烟草人|专卖人员|烟草专卖干部",
    "邮政": r"邮政人|投递员|揽投员",
    "电力": r"电力人|电力职工",
    "交通": r"交通人|交通运输干部|路政员",
    "水利": r"水利人|水利干部|水利工作者",
    "自然资源": r"自然资源干部|国土干部",
    "林业": r"林业干部|护林员|林业工作者",
    "农业": r"农技人员|农技员|农业干部",
    "气象": r"气象工作者|气象人|预报员",
    "应急": r"应急管理干部|消防员|消防救援人员",
    "市场监管": r"市场监管干部|执法人员",
    "人社": r"人社干部",
    "民政": r"民政干部|社工|社会工作者",
    "文旅": r"文旅干部|文化工作者|讲解员|图书馆员",
    "档案": r"档案工作者|档案人|档案干部",
    "媒体": r"新闻工作者|记者|编辑|主持人",
    "组织": r"组工干部",
    "宣传": r"宣传干部|宣传思想工作者",
    "乡镇": r"乡镇干部|村干部|社区干部|村两委干部|网格员",
    "铁路": r"铁路人|铁路职工",
}


def _unit_patterns() -> list[tuple[UnitKind, re.Pattern[str]]]:
    return [(k, re.compile(k.words)) for k in KINDS]


UNIT_PATTERNS = _unit_patterns()
POST_PATTERNS = {family: re.compile(words) for family, words in FAMILY_POSTS.items()}
BY_NAME = {k.kind: k for k in KINDS}


def kinds_named(text: str) -> frozenset[str]:
    """The kinds whose unit words `text` holds."""
    return frozenset(k.kind for k, pattern in UNIT_PATTERNS if pattern.search(text))


def kinds_claimed(claim: str) -> frozenset[str]:
    """The kinds a claimed identity names: by a unit word when it holds one (小学教师 → 小学), else by a
    family's post word (教师 → every kind of the family)."""
    named = kinds_named(claim)
    if named:
        return named
    families = {family for family, pattern in POST_PATTERNS.items() if pattern.search(claim)}
    return frozenset(k.kind for k in KINDS if k.family in families)


def compatible(claimed: frozenset[str], own: frozenset[str]) -> bool:
    """Whether a claimed kind may be the author's: the same kind, or one family under a bureau."""
    if claimed & own:
        return True
    for a, b in ((claimed, own), (own, claimed)):
        leads = {BY_NAME[k].family for k in a if BY_NAME[k].bureau}
        leads |= {f for k in a for f in LEADS.get(BY_NAME[k].family, ())}
        if any(BY_NAME[k].family in leads for k in b):
            return True
    return False
