"""Another company, group or account of the author's own trade, and another portfolio than the one the
material states (R182, R183; round r22).

- **R182, another portfolio claimed**: `作为分管财务工作的班子成员` in the material of a member who says
  `我分管的生产系统` and `分管的安全生产工作` elsewhere: the sentence kept from a colleague's material. The
  fields of a leader's portfolio are read by the table `FIELD_FAMILIES` (财务, 资金, 预算 are one family;
  生产, 安全, 销售, 人事 … others); a claim whose family is none of the families the material states is another's.
- **R183, another unit of the own trade where the own one belongs** (round r23 adds a unit of the own unit's kind:
  `保障新庄煤矿综采一队安全高效生产` in 北岭煤矿综采一队's material, `推动白沙水库灌区续建配套` in 青峰水库管理局's; the
  kinds by the words closing a unit's name, `UNIT_KINDS`, a part of it named after it or its role): `执行泰和人寿总公司车险降费要求` in
  华信财产保险's material, `反馈市城投集团问题的整改` in 市人才发展集团's, the account `“临溪住保”公众号` in
  石门县住房保障服务中心's. The trades are read by the words that close their names (`TRADE_SUFFIXES`: 人寿,
  财险, 证券, 信托 …, a place's 集团) and the name's own characters against the author's lines (华信财险 and
  市交投集团 are short forms of the own name). Quiet where the other is named as a partner, a model, a rival
  or one of several (与…相比, 学习借鉴…, …等同业), or where the sentence gives it no role of the own unit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import _declared_fields, own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_IN = "一是遇到难题有畏难情绪。"

# ---- the fields of a leader's portfolio, by family -------------------------------------------------------

# a field a member of a unit's leadership oversees → its family; two fields of one family are one portfolio
# written two ways (财务 and 资金, 营销 and 市场), fields of two families are two members' portfolios
FIELD_FAMILIES: dict[str, str] = {
    # money
    **dict.fromkeys(
        (
            "财务",
            "财会",
            "财务管理",
            "计划财务",
            "财务资产",
            "资产财务",
            "资金",
            "资金管理",
            "预算",
            "会计",
            "财税",
            "投融资",
            "融资",
            "资本运营",
            "资产管理",
            "国有资产",
            "资产",
            "价格",
            "计财",
            "财经",
        ),
        "财务",
    ),
    # production and running
    **dict.fromkeys(
        (
            "生产",
            "生产经营",
            "生产运行",
            "生产管理",
            "生产技术",
            "生产系统",
            "运行",
            "调度",
            "制造",
            "加工",
            "设备",
            "设备管理",
            "机电",
            "运维",
            "检修",
            "运营",
            "装置",
            "工艺",
        ),
        "生产",
    ),
    # safety
    **dict.fromkeys(
        (
            "安全",
            "安全生产",
            "安全环保",
            "安环",
            "安全质量",
            "质量安全",
            "应急",
            "应急管理",
            "消防",
            "职业健康",
            "环保",
            "生态环保",
            "节能环保",
            "环境保护",
            "安监",
        ),
        "安全",
    ),
    # selling and customers
    **dict.fromkeys(
        (
            "销售",
            "营销",
            "市场",
            "市场营销",
            "市场开发",
            "市场开拓",
            "客户服务",
            "客服",
            "营业",
            "业务拓展",
            "渠道",
            "电子商务",
            "电商",
            "品牌",
            "招商",
            "招商引资",
            "对外合作",
        ),
        "销售",
    ),
    # people
    **dict.fromkeys(
        (
            "人事",
            "人力资源",
            "干部人事",
            "组织人事",
            "劳动人事",
            "劳资",
            "人力",
            "薪酬",
            "绩效考核",
            "社保",
            "培训",
            "教育培训",
            "人才",
            "人才工作",
            "干部",
            "干部监督",
            "干部管理",
            "编制",
            "机构编制",
        ),
        "人事",
    ),
    # the Party's work
    **dict.fromkeys(
        (
            "党建",
            "党务",
            "党群",
            "组织",
            "组织工作",
            "基层党建",
            "机关党建",
            "宣传",
            "宣传思想",
            "意识形态",
            "思想政治",
            "企业文化",
            "精神文明",
            "文明创建",
            "统战",
            "工会",
            "共青团",
            "团委",
            "群团",
            "妇联",
            "老干部",
            "离退休",
        ),
        "党建",
    ),
    # discipline and oversight
    **dict.fromkeys(
        (
            "纪检",
            "纪检监察",
            "纪律检查",
            "监察",
            "党风廉政",
            "廉政",
            "党风廉政建设",
            "巡察",
            "审计",
            "内审",
            "内控",
            "风控",
            "风险管理",
            "合规",
            "法务",
            "法律事务",
            "法治",
            "信访",
        ),
        "纪检",
    ),
    # the office and the house
    **dict.fromkeys(
        (
            "后勤",
            "后勤保障",
            "行政",
            "综合",
            "办公室",
            "综合管理",
            "行政后勤",
            "机关事务",
            "保卫",
            "安保",
            "档案",
            "保密",
            "车辆",
            "食堂",
            "物业",
            "接待",
            "文秘",
        ),
        "后勤",
    ),
    # building
    **dict.fromkeys(
        (
            "基建",
            "工程",
            "工程建设",
            "项目建设",
            "建设",
            "基础设施",
            "工程管理",
            "项目",
            "项目管理",
            "重点项目",
            "规划",
            "规划建设",
            "城建",
            "征地拆迁",
            "拆迁",
        ),
        "工程",
    ),
    # buying and stores
    **dict.fromkeys(
        ("采购", "物资", "物资供应", "供应", "招标", "招投标", "招标采购", "仓储", "物流", "储运"),
        "采购",
    ),
    # technology
    **dict.fromkeys(
        (
            "技术",
            "科技",
            "科研",
            "研发",
            "技术研发",
            "科技创新",
            "创新",
            "信息化",
            "数字化",
            "网络安全",
            "网信",
            "信息",
            "标准化",
            "质量",
            "质量管理",
            "质检",
            "检验检测",
            "计量",
        ),
        "技术",
    ),
    # schools
    **dict.fromkeys(
        (
            "教学",
            "教务",
            "德育",
            "学生",
            "学生工作",
            "招生",
            "就业",
            "招生就业",
            "教研",
            "学科建设",
            "师资",
            "体育卫生",
            "少先队",
        ),
        "教学",
    ),
    # hospitals
    **dict.fromkeys(
        (
            "医疗",
            "医务",
            "临床",
            "护理",
            "医疗质量",
            "医技",
            "药事",
            "药剂",
            "院感",
            "感染管理",
            "公共卫生",
            "疾控",
            "医保",
            "门诊",
        ),
        "医疗",
    ),
    # farms and the land
    **dict.fromkeys(
        (
            "农业",
            "农村",
            "三农",
            "种植",
            "养殖",
            "畜牧",
            "林业",
            "水利",
            "乡村振兴",
            "扶贫",
            "帮扶",
            "农技",
            "种子",
        ),
        "农业",
    ),
    # lending and deposits
    **dict.fromkeys(
        (
            "信贷",
            "授信",
            "贷款",
            "公司业务",
            "零售业务",
            "个人业务",
            "存款",
            "普惠金融",
            "国际业务",
            "运营管理",
            "理赔",
            "承保",
            "车险",
            "非车险",
            "核保",
        ),
        "信贷",
    ),
}
_FIELDS = "|".join(sorted(FIELD_FAMILIES, key=len, reverse=True))
# a portfolio of fields: one or several joined (生产和安全, 财务、审计)
_PORTFOLIO = rf"(?:{_FIELDS})(?:(?:和|与|及|、|以及)(?:{_FIELDS}))*"
# the member's own portfolio as the material states it: 我分管的生产系统, 本人分管医务和护理工作, 分管的安全生产工作中
_OWN = re.compile(
    rf"(?:(?:我|本人)(?:所|主要|具体|负责)?分管(?:的)?|(?:^|(?<=[，。；：\n]))(?:在|对|抓|从|就)?分管的)(?P<f>{_PORTFOLIO})"
    r"(?=工作|系统|领域|条线|部门|板块|业务|方面|口|[，。；、]|中|上|的)"
)
# the claim: 作为分管财务工作的班子成员, 作为分管后勤的副院长
_CLAIM = Prefiltered(
    re.compile(
        rf"(?<![曾原也])作为(?:主要)?分管(?P<f>{_PORTFOLIO})(?:工作)?的"
        r"(?=班子成员|班子|领导|副|负责|党委委员|党组成员|委员|成员|同志|分管领导)"
    )
)
_NOT_NOW = re.compile(r"(?:曾|原|此前|之前|以前|过去|当时|前期|去年|上年|调整前|轮岗前)[^，。；]{0,3}$")
_JOIN = re.compile(r"和|与|及|、|以及")


def _field_word(field: str) -> str:
    """A field by the family's own word when it opens with it (安全生产 → 安全), else as written (医务)."""
    family = FIELD_FAMILIES.get(field, "")
    return family if family and field.startswith(family) else field


def _families(portfolio: str) -> set[str]:
    return {FIELD_FAMILIES[f] for f in _JOIN.split(portfolio) if f in FIELD_FAMILIES}


@code_rule(
    "R182",
    "other-portfolio-claimed",
    "residue",
    "warning",
    "“{match}”与本材料写明的作者分工（分管{own}）不符，疑似照搬其他班子成员的材料后未改全",
    "班子成员各有分工：材料里写着“我分管的生产系统”“分管的安全生产工作”，又说“作为分管财务工作的班子成员”，"
    "多半是照抄分管财务的同志的材料留下的。",
    bad=[
        GOOD.replace(_SIGN, "江州盐业集团有限公司副总经理 王建国").replace(
            _IN,
            "一是遇到难题有畏难情绪。我分管的生产系统对改革形势估计不足，"
            "[作为分管财务工作的]班子成员，对仓储环节检查不够。",
        ),
        GOOD.replace(_SIGN, "宁川县第一人民医院副院长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。本人分管医务和护理工作，[作为分管后勤的]副院长，对病区管理有漏洞。"
        ),
    ],
    good=[
        GOOD,
        GOOD.replace(_SIGN, "江州盐业集团有限公司副总经理 王建国").replace(
            _IN,
            "一是遇到难题有畏难情绪。我分管生产和安全，作为分管安全生产工作的班子成员，对隐患排查督促不够。",
        ),
        GOOD.replace(_SIGN, "宁川县第一人民医院副院长 王建国").replace(
            _IN,
            "一是遇到难题有畏难情绪。本人分管医务和护理工作，此前作为分管后勤的副院长，对病区维修盯得较紧。",
        ),
        GOOD.replace(_SIGN, "江州电力有限公司副总经理 王建国").replace(
            _IN,
            "一是遇到难题有畏难情绪。我分管的营销部门对电费回收抓得不紧，作为分管市场营销的副总经理，督导不够。",
        ),
    ],
)
def other_portfolio(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    claims = list(_CLAIM.finditer(text, ctx.outline.title_end))
    if not claims or _declared_fields(ctx):
        return  # the opening declares the fields: R119 reads the claims against them
    own: list[str] = []
    for m in _OWN.finditer(text, ctx.outline.title_end):
        if not _NOT_NOW.search(text, max(0, m.start() - 6), m.start()):
            own.append(m.group("f"))
    families = set().union(*(_families(f) for f in own)) if own else set()
    if not families:
        return
    fields = list(dict.fromkeys(_field_word(f) for p in own for f in _JOIN.split(p)))
    for m in claims:
        claimed = _families(m.group("f"))
        if not claimed or claimed & families or any(f in m.group("f") for f in fields):
            continue
        if _NOT_NOW.search(text, max(0, m.start() - 6), m.start()):
            continue
        right = "和".join(fields[:2])
        fix = text[m.start() : m.start("f")] + right + text[m.end("f") : m.end()]
        yield rule.finding(text, m.start(), m.end(), (fix,), own="、".join(fields[:3]))


# ---- R183: another unit of the own trade where the own one belongs --------------------------------------

# the words that close a name of each trade (longest first where one holds another) → the trade
TRADE_SUFFIXES: dict[str, str] = {
    "财产保险": "保险",
    "人寿保险": "保险",
    "养老保险": "保险",
    "健康保险": "保险",
    "保险": "保险",
    "人寿": "保险",
    "财险": "保险",
    "产险": "保险",
    "寿险": "保险",
    "证券": "证券",
    "信托": "信托",
    "期货": "期货",
    "航空": "航空",
    "租赁": "租赁",
}
# the words before a trade's word that name a line of its business, no company (农业保险, 融资租赁, 股指期货): the
# covers, products and kinds each trade sells or is regulated by
_LINE_STEMS = frozenset(
    # insurance: the covers and the schemes
    "社会 养老 医疗 失业 工伤 生育 商业 农业 责任 财产 人身 健康 意外 车辆 机动车 巨灾 信用 保证 再 政策性 互助 "
    "补充 大病 护理 长期护理 成本 完全成本 收入 价格 指数 天气指数 气象指数 雇主 雇主责任 环境污染 食品安全 "
    "医疗责任 存款 住房 货运 货物运输 船舶 工程 建筑工程 家财 家庭财产 团体 个人 企业财产 综合 出口信用 "
    "科技 首台套 网络安全 旅游 学平 学生 校方 意外伤害 重疾 重大疾病 寿 定期 终身 年金 分红 万能 投连 "
    "企业 普惠 惠民 城市定制型 政策 种植 养殖 森林 渔业 牲畜 能繁母猪 特色农产品 涉农 地方特色 保险 "
    # securities, trusts, futures, leasing, flying: the kinds of business
    "有价 资产 集合 资金 单一 家族 慈善 土地 财产权 服务 商品 股指 国债 金融 农产品 能源 期权 "
    "融资 经营 房屋 设备 汽车 厂房 售后回租 直接 民用 通用 低空 国际 国内 支线 公务".split()
)
_NOT_A_COMPANY = frozenset(
    "中国 全国 本地 当地 我省 我市 全省 全市 各类 各种 其他 相关 新型 传统 现代".split()
)
# the words of a trade in the author's lines that make the author's unit one of that trade
_TRADE_OWN = {
    "保险": re.compile(r"保险|人寿|财险|产险|寿险"),
    "证券": re.compile(r"证券"),
    "信托": re.compile(r"信托"),
    "期货": re.compile(r"期货"),
    "航空": re.compile(r"航空"),
    "租赁": re.compile(r"租赁"),
}
_TRADE_NAME = Prefiltered(
    re.compile(
        r"(?P<suffix>" + "|".join(sorted(TRADE_SUFFIXES, key=len, reverse=True)) + r")"
        r"(?!业|行业|市场|产品|公司的同业)"
    )
)
# a place's group (市城投集团, 省交投集团): another of the author's own place and level
_GROUP = Prefiltered(
    re.compile(
        r"(?P<level>[省市县区])(?P<stem>(?:(?![委和与及的党办局厅府会组部处科在对向为是了把被等省市县区])[\u4e00-\u9fff]){2,6}?)(?:控股)?集团"
    )
)
# the words before the other unit that give it the own unit's role (its orders carried out, its problems
# fed back) and the words after it (its head office, its Party committee, its problems)
_ROLE_BEFORE = re.compile(
    r"(?:执行|落实|贯彻|按照|根据|遵照|依照|服从|反馈|受|代表|作为|是)[^，。；：\n]{0,2}$"
)
_ROLE_AFTER = re.compile(
    r"^的?(?:总公司|总部|总行|分公司|党委|党组|纪委|董事会|经营层|领导班子|班子|问题|要求|部署|安排|规定|"
    r"统一|下达|下发|印发|制定|考核|年度|系统内|内部|员工|职工|所属|下属|本部)"
)
# a unit named as a neighbour, a model, a partner, a rival or one of several
_PARTNER_BEFORE = re.compile(
    r"(?:邻|周边|兄弟|同业|同行|学习|考察|参观|对口|帮扶|结对|交流|借鉴|先进|赴|前往|与|和|同|跟|向|及|、|联合|"
    r"支援|协作|调任|调入|调到|曾|原|挂职|比如|例如|像|如|各|比|较|相较|对比|高于|低于|落后于|超过|委托|"
    r"移交|划转|收购|并购|入股|参股|投资|竞争|对手|抢|挤|关注|转发|转载|参照|对标|借助|通过|引进)"
    r"[^，。；：\n]{0,5}$"
)
_PARTNER_AFTER = re.compile(
    r"^[^，。；：\n]{0,8}?(?:等|和|与|、|及|同|学习|考察|参观|交流|取经|观摩|对接|联合|合作|共建|签订|签约|"
    r"竞争|抢占|挤占|相比|比较|差距|推出|的做法|的经验)"
)
_STEM_TAGS_NOT = ("v", "p", "d", "c", "u", "r", "m", "q", "f", "uj", "ul", "y", "vn", "ad")


def _subsequence(short: str, whole: str) -> bool:
    """Every character of `short` in `whole`, in order (交投 in 交通投资, 住保 in 住房保障)."""
    at = 0
    for ch in short:
        at = whole.find(ch, at) + 1
        if at == 0:
            return False
    return True


def _stem_before(text: str, at: int) -> tuple[int, str] | None:
    """The name written right before the trade's word at `at` (泰和 of 泰和人寿, 太平洋 of 太平洋保险): the
    last word before it by jieba's tags, two to four characters and no verb or function word."""
    from mingjing.rules.postag import tag, words_before

    clause = words_before(text, at, 6)
    if len(clause) < 2:
        return None
    words = tag(clause)
    word, t = words[-1]
    if len(word) == 1 and len(words) >= 2:
        word, t = words[-2][0] + word, words[-2][1]
    if not 2 <= len(word) <= 4 or t in _STEM_TAGS_NOT or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
        return None
    return at - len(word), word


def _own_role(text: str, start: int, end: int) -> bool:
    line_start = max(text.rfind(c, 0, start) for c in "，。；：\n") + 1
    if _PARTNER_BEFORE.search(text, line_start, start) or _PARTNER_AFTER.match(text[end : end + 12]):
        return False
    return bool(_ROLE_BEFORE.search(text, line_start, start) or _ROLE_AFTER.match(text[end : end + 6]))


def _other_trade_names(ctx: ReviewContext, rule: Rule, own: str) -> Iterator[Finding]:
    text = ctx.text
    body = ctx.outline.title_end
    for m in _TRADE_NAME.finditer(text, body):
        trade = TRADE_SUFFIXES[m.group("suffix")]
        if not _TRADE_OWN[trade].search(own):
            continue
        found = _stem_before(text, m.start())
        if found is None:
            continue
        start, stem = found
        head = m.group("suffix").removesuffix("保险")  # 企业 before 财产保险: the line 企业财产
        before = text[max(0, m.start() - 6) : m.start()]
        lines_before = {before[k:] + h for k in range(len(before) - 1) for h in ("", head)}
        if _subsequence(stem, own) or stem in _NOT_A_COMPANY or _LINE_STEMS & lines_before:
            continue
        if text.count(stem + m.group("suffix")) > 1 or not _own_role(text, start, m.end()):
            continue
        yield rule.finding(
            text, start, m.end(), ("",), own=_own_name(own, _TRADE_OWN[trade]), kind="同业的另一家公司"
        )


# the named enterprises of the trades whose members are few and known: name as written → (trade, enterprise);
# the forms of one enterprise share its second field
NAMED_MEMBERS: dict[str, tuple[str, str]] = {
    # banks
    "中国工商银行": ("银行", "工行"),
    "工商银行": ("银行", "工行"),
    "中国农业银行": ("银行", "农行"),
    "农业银行": ("银行", "农行"),
    "中国银行": ("银行", "中行"),
    "中国建设银行": ("银行", "建行"),
    "建设银行": ("银行", "建行"),
    "交通银行": ("银行", "交行"),
    "中国邮政储蓄银行": ("银行", "邮储"),
    "邮政储蓄银行": ("银行", "邮储"),
    "邮储银行": ("银行", "邮储"),
    "招商银行": ("银行", "招行"),
    "浦发银行": ("银行", "浦发"),
    "上海浦东发展银行": ("银行", "浦发"),
    "中信银行": ("银行", "中信"),
    "光大银行": ("银行", "光大"),
    "中国光大银行": ("银行", "光大"),
    "华夏银行": ("银行", "华夏"),
    "民生银行": ("银行", "民生"),
    "中国民生银行": ("银行", "民生"),
    "广发银行": ("银行", "广发"),
    "平安银行": ("银行", "平安"),
    "兴业银行": ("银行", "兴业"),
    "浙商银行": ("银行", "浙商"),
    "渤海银行": ("银行", "渤海"),
    "恒丰银行": ("银行", "恒丰"),
    # telecoms
    "中国移动": ("通信", "移动"),
    "中国联通": ("通信", "联通"),
    "中国电信": ("通信", "电信"),
    "中国广电": ("通信", "广电"),
    "中国铁塔": ("通信", "铁塔"),
    # oil and gas
    "中国石油": ("石油", "中石油"),
    "中石油": ("石油", "中石油"),
    "中国石化": ("石油", "中石化"),
    "中石化": ("石油", "中石化"),
    "中国海油": ("石油", "中海油"),
    "中海油": ("石油", "中海油"),
    "国家管网": ("石油", "管网"),
    "延长石油": ("石油", "延长"),
    # power grids
    "国家电网": ("电网", "国网"),
    "南方电网": ("电网", "南网"),
    "内蒙古电力": ("电网", "蒙电"),
    # airlines
    "中国国际航空": ("航空", "国航"),
    "中国国航": ("航空", "国航"),
    "国航": ("航空", "国航"),
    "东方航空": ("航空", "东航"),
    "东航": ("航空", "东航"),
    "南方航空": ("航空", "南航"),
    "海南航空": ("航空", "海航"),
    "海航": ("航空", "海航"),
    "四川航空": ("航空", "川航"),
    "川航": ("航空", "川航"),
    "厦门航空": ("航空", "厦航"),
    "厦航": ("航空", "厦航"),
    "山东航空": ("航空", "山航"),
    "深圳航空": ("航空", "深航"),
    "春秋航空": ("航空", "春秋"),
    "吉祥航空": ("航空", "吉祥"),
    # insurers
    "中国人寿": ("保险", "国寿"),
    "国寿": ("保险", "国寿"),
    "中国人保": ("保险", "人保"),
    "人保财险": ("保险", "人保"),
    "中国平安": ("保险", "平安"),
    "平安保险": ("保险", "平安"),
    "太平洋保险": ("保险", "太保"),
    "中国太保": ("保险", "太保"),
    "中国太平": ("保险", "太平"),
    "新华保险": ("保险", "新华"),
    "泰康保险": ("保险", "泰康"),
    "阳光保险": ("保险", "阳光"),
    "大地保险": ("保险", "大地"),
    "华泰保险": ("保险", "华泰"),
    "中华联合": ("保险", "中华联合"),
    # express and post
    "中国邮政": ("邮政快递", "邮政"),
    "顺丰": ("邮政快递", "顺丰"),
    "中通快递": ("邮政快递", "中通"),
    "圆通速递": ("邮政快递", "圆通"),
    "申通快递": ("邮政快递", "申通"),
    "韵达": ("邮政快递", "韵达"),
    # coal
    "国家能源集团": ("煤炭", "国家能源"),
    "中煤集团": ("煤炭", "中煤"),
    "中煤能源": ("煤炭", "中煤"),
}
# the words of each trade in the author's lines that make the author's unit one of its members
_MEMBER_TRADE_OWN = {
    "银行": re.compile(r"银行|农商行|信用社|信用联社"),
    "通信": re.compile(r"移动|联通|电信|通信|广电|铁塔"),
    "石油": re.compile(r"石油|石化|海油|油田|炼油|炼化|加油站|管网|油气"),
    "电网": re.compile(r"电网|供电|电力"),
    "航空": re.compile(r"航空|机场"),
    "保险": re.compile(r"保险|人寿|财险|产险|寿险"),
    "邮政快递": re.compile(r"邮政|快递|速递"),
    "煤炭": re.compile(r"煤|矿"),
}
_MEMBER = Prefiltered(
    re.compile(
        "(?:" + "|".join(sorted(NAMED_MEMBERS, key=len, reverse=True)) + ")"
        # 中国银行业协会, 中国银行保险监督管理委员会: a trade's bodies, no bank
        r"(?!业|保险监督|保险监管|行业)"
    )
)


def _named_members(ctx: ReviewContext, rule: Rule, own: str) -> Iterator[Finding]:
    text = ctx.text
    found = list(_MEMBER.finditer(text, ctx.outline.title_end))
    if not found:
        return
    own_ids = {NAMED_MEMBERS[m.group()] for m in _MEMBER.finditer(own)}
    for m in found:
        trade, member = NAMED_MEMBERS[m.group()]
        if not _MEMBER_TRADE_OWN[trade].search(own) or (trade, member) in own_ids:
            continue
        if m.group() in own:
            continue
        if text.count(m.group()) > 1 or not _own_role(text, m.start(), m.end()):
            continue
        mine = [n for n, key in NAMED_MEMBERS.items() if key in own_ids and key[0] == trade and n in own]
        fixes = ([mine[0]] if mine else []) + [""]
        yield rule.finding(
            text,
            m.start(),
            m.end(),
            fixes,
            own=_own_name(own, _MEMBER_TRADE_OWN[trade]),
            kind="同业的另一家企业",
        )


def _other_groups(ctx: ReviewContext, rule: Rule, lines: list[str], own: str) -> Iterator[Finding]:
    text = ctx.text
    own_groups = {(g.group("level"), g.group("stem")) for line in lines for g in _OWN_GROUP.finditer(line)}
    if not own_groups:
        return
    for m in _GROUP.finditer(text, ctx.outline.title_end):
        level, stem = m.group("level"), m.group("stem")
        if not any(level == lv for lv, _ in own_groups):
            continue
        if any(_subsequence(stem, s) for _, s in own_groups) or _subsequence(stem, own):
            continue
        if text.count(m.group()) > 1 or not _own_role(text, m.start(), m.end()):
            continue
        yield rule.finding(
            text, m.start(), m.end(), ("本集团", "集团"), own=_own_name(own, "集团"), kind="同级的另一家集团"
        )


# an account of the unit's own (“石门住保”公众号): a place's short name and the unit's short name
_ACCOUNT = Prefiltered(
    re.compile(
        r"“(?P<place>[\u4e00-\u9fff]{2}[县市区]?)(?P<unit>[\u4e00-\u9fff]{2,3})”"
        r"(?=(?:微信)?(?:公众号|服务号|订阅号|视频号|抖音号|微博|APP|App|app|小程序|客户端|网站|门户))"
    )
)
_OWN_PLACE = re.compile(r"([\u4e00-\u9fff]{2})[县市区](?![委级直属])")
# the provinces' and the nation's words: an account of a higher level, named rightly
_HIGHER = frozenset(
    "中国 全国 国家 北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
    "广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙 广西 西藏 宁夏 新疆 香港 澳门 学习 信用 人民 中央 央视 "
    "新华 浙里 粤省 皖事 苏服 鄂汇 赣服 闽政 渝快 豫事 冀时 晋来 辽事 吉事 黑龙 沪上 津心 鲁通 湘易 桂通 "
    "蒙速 贵人 云上 川渝 天府 陕政 甘快 青松 宁夏 新疆".split()
)


# the own group's name in the author's lines may be long (市国有资本投资运营集团)
_OWN_GROUP = re.compile(_GROUP.regex.pattern.replace("{2,6}?", "{2,12}?"))
# the words before an account that make it another's, named rightly (学习借鉴“临溪住保”的做法); a joining word
# lists the own unit's channels (中心门户网站和“石门住保”公众号)
_ACCOUNT_ELSEWHERE = re.compile(
    r"(?:学习|借鉴|关注|转发|转载|参照|对标|参考|邻|兄弟|周边|外县|外地|外市|上级|比如|例如|像|向|跟|对比|相比|较|"
    r"好于|优于|落后于|不如)[^，。；：\n]{0,6}$"
)


def _other_accounts(ctx: ReviewContext, rule: Rule, lines: list[str], own: str) -> Iterator[Finding]:
    text = ctx.text
    places = [m.group(1) for line in lines for m in _OWN_PLACE.finditer(line)]
    if not places:
        return
    unit_words = own
    for p in places:
        unit_words = unit_words.replace(p, "")
    for m in _ACCOUNT.finditer(text, ctx.outline.title_end):
        place, unit = m.group("place"), m.group("unit")
        short = place[:2]
        if short in own or short in _HIGHER or not _subsequence(unit, unit_words):
            continue
        if text.count(short) > 1:
            continue  # the place is named elsewhere: a neighbour the material speaks of
        line_start = max(text.rfind(c, 0, m.start()) for c in "，。；：\n") + 1
        if _ACCOUNT_ELSEWHERE.search(text, line_start, m.start()):
            continue
        right = places[0] + unit
        yield rule.finding(
            text,
            m.start("place"),
            m.end("unit"),
            (right,),
            own=_own_name(own, places[0]),
            kind="别地同类单位的账号",
        )


_UNIT_END = re.compile(r".*(?:公司|集团|中心|局|院|站|所|行|社|厂)(?!长)")


# the words a unit calls itself by (站里, 全站, 本中心, 所党支部), for each kind of public institution
_SELF_KINDS = ("中心", "站", "所", "馆", "队")
_SELF_WORDS = {
    kind: re.compile(
        rf"(?:(?<![\u4e00-\u9fff])|(?<=[全本我在到向对给从和与了加]))(?:全|本|我)?{kind}"
        r"(?:里|内|党支部|党总支|党委|领导|班子|职工|干部)"
        # 我所在, 我所有: 所 a particle, no unit
        rf"|(?:全|本|我){kind}(?![长点台务内在有以属说做能负分需想学知])"
    )
    for kind in _SELF_KINDS
}
# another institution of the place that hands the own unit its tasks (县农技推广中心布置的 in a 站's material,
# round r22): institutions of one level are siblings under one bureau, which alone hands them tasks
_TASK_GIVER = Prefiltered(
    re.compile(
        r"(?P<level>[县市区])(?P<stem>(?:(?![委和与及的党办局厅府会组部处科在对向为是了把被等县市区])[\u4e00-\u9fff]){2,8}?)"
        r"(?P<kind>中心|站|所|馆|队)(?=(?:统一|年初|今年|去年)?(?:布置|部署|交办|下达)(?:的|了))"
    )
)
# institutions whose work is to hand out or co-ordinate others' tasks
_COORDINATORS = ("政务服务", "指挥", "调度", "便民服务", "党群服务")


def _own_self_kind(text: str, body: int) -> str | None:
    """The kind of institution the material calls itself by, three times or more and no other kind at all."""
    counts = {kind: len(p.findall(text, body)) for kind, p in _SELF_WORDS.items()}
    kinds = [k for k, n in counts.items() if n]
    if len(kinds) == 1 and counts[kinds[0]] >= 3:
        return kinds[0]
    return None


def _sibling_task_givers(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    body = ctx.outline.title_end
    found = list(_TASK_GIVER.finditer(text, body))
    if not found:
        return
    own = _own_self_kind(text, body)
    if own is None:
        return
    for m in found:
        if m.group("kind") == own or m.group("stem").endswith(_COORDINATORS):
            continue
        if text.count(m.group("stem") + m.group("kind")) > 1:
            continue
        line_start = max(text.rfind(c, 0, m.start()) for c in "，。；：\n") + 1
        if _PARTNER_BEFORE.search(text, line_start, m.start()):
            continue
        yield rule.finding(
            text, m.start(), m.end(), (own + "里",), own=f"本{own}", kind="同级的另一家事业单位"
        )


# ---- a named unit of the own unit's kind (r23): 新庄煤矿综采一队 in 北岭煤矿综采一队's material ----------------

# the kinds of unit that carry a proper name before them (the word closing the name → its kind): a mine, a
# reservoir, a plant, a school, a hospital, a station, a post … Names closing in one kind are units of one kind
UNIT_KINDS: dict[str, str] = {
    **dict.fromkeys(("煤矿", "煤业", "矿井", "井矿"), "煤矿"),
    **dict.fromkeys(("铁矿", "金矿", "铜矿", "铝矿", "磷矿", "锰矿", "铅锌矿", "石膏矿", "石灰石矿"), "矿山"),
    **dict.fromkeys(("水库", "水电站", "电站", "水力发电站"), "水库电站"),
    **dict.fromkeys(("发电厂", "电厂", "热电厂", "火电厂", "热电公司", "电厂有限公司"), "电厂"),
    **dict.fromkeys(("变电站", "换流站", "开关站"), "变电站"),
    **dict.fromkeys(("供电所", "供电站", "营业所"), "供电所"),
    **dict.fromkeys(("自来水厂", "水厂", "净水厂"), "水厂"),
    **dict.fromkeys(("污水处理厂", "污水厂", "再生水厂"), "污水处理厂"),
    **dict.fromkeys(
        (
            "化肥厂",
            "化工厂",
            "钢厂",
            "钢铁厂",
            "水泥厂",
            "纺织厂",
            "造纸厂",
            "机械厂",
            "制药厂",
            "卷烟厂",
            "酒厂",
        ),
        "工厂",
    ),
    **dict.fromkeys(("林场", "国有林场", "苗圃"), "林场"),
    **dict.fromkeys(("农场", "牧场", "茶场", "果园场", "良种场", "种畜场", "渔场"), "农场"),
    **dict.fromkeys(("小学", "中心小学", "完全小学", "完小", "中心校"), "小学"),
    **dict.fromkeys(("中学", "初级中学", "高级中学", "初中", "高中", "完全中学"), "中学"),
    **dict.fromkeys(("幼儿园", "中心幼儿园"), "幼儿园"),
    **dict.fromkeys(
        ("职业中学", "职业学校", "职业高中", "职业技术学校", "技工学校", "中等专业学校", "职校", "技校"),
        "职校",
    ),
    **dict.fromkeys(("人民医院", "中医院", "中医医院", "医院", "妇幼保健院", "第一医院", "第二医院"), "医院"),
    **dict.fromkeys(("卫生院", "中心卫生院", "卫生服务中心", "社区卫生服务中心"), "卫生院"),
    **dict.fromkeys(("派出所", "边境派出所"), "派出所"),
    **dict.fromkeys(("司法所",), "司法所"),
    **dict.fromkeys(("财政所",), "财政所"),
    **dict.fromkeys(("税务所", "税务分局"), "税务所"),
    **dict.fromkeys(("市场监管所", "市场监督管理所", "工商所"), "市场监管所"),
    **dict.fromkeys(("自然资源所", "国土所", "规划所"), "国土所"),
    **dict.fromkeys(("客运站", "汽车站", "汽车客运站", "客运中心", "公交站"), "客运站"),
    **dict.fromkeys(("火车站", "高铁站", "车站", "车务段", "机务段", "工务段", "电务段"), "铁路站段"),
    **dict.fromkeys(("收费站", "收费所", "服务区", "治超站", "超限检测站"), "收费站"),
    **dict.fromkeys(("加油站", "加气站", "油库"), "加油站"),
    **dict.fromkeys(("粮库", "粮站", "储备库", "粮食储备库", "直属库"), "粮库"),
    **dict.fromkeys(("监狱", "看守所", "拘留所", "戒毒所", "强制隔离戒毒所"), "监所"),
    **dict.fromkeys(("敬老院", "福利院", "养老院", "光荣院", "救助站", "儿童福利院", "社会福利院"), "福利院"),
    **dict.fromkeys(("公园", "动物园", "植物园", "森林公园", "湿地公园"), "公园"),
    **dict.fromkeys(("图书馆", "博物馆", "文化馆", "纪念馆", "美术馆", "科技馆", "档案馆", "展览馆"), "场馆"),
    **dict.fromkeys(("景区", "风景区", "风景名胜区", "旅游区"), "景区"),
    **dict.fromkeys(("港区", "码头", "港务局", "港口", "作业区"), "港口"),
    **dict.fromkeys(("机场",), "机场"),
    **dict.fromkeys(
        ("灌区", "灌溉站", "泵站", "排灌站", "水闸", "闸管所", "水管所", "水管站", "堤防所"), "水管"
    ),
    **dict.fromkeys(("气象站", "气象台", "水文站", "水文局", "地震台", "监测站", "环境监测站"), "监测站"),
    **dict.fromkeys(("消防站", "消防救援站", "特勤站"), "消防站"),
    **dict.fromkeys(
        ("林业站", "农技站", "畜牧站", "兽医站", "水利站", "农机站", "农经站", "文化站", "广播站"), "乡站"
    ),
    **dict.fromkeys(("检查站", "边检站", "出入境边防检查站", "海关", "关区"), "检查站"),
    **dict.fromkeys(("殡仪馆", "公墓", "陵园"), "殡葬"),
    **dict.fromkeys(("油田", "采油厂", "采气厂", "气田", "作业区"), "油田"),
}
# what follows a unit's name when the sentence speaks of a part of it, as of the own unit's (东坡煤矿掘进二队,
# 石门水库灌区, 金湾电厂2号机组, 西城客运站候车厅): its teams, sections, works and places
_PART_AFTER = re.compile(
    r"^的?(?:[0-9０-９一二三四五六七八九十]{1,2}号|综采|综掘|掘进|采煤|机电|运输|通风|探放水|[^，。；：、\n]{0,4}?"
    r"(?:[一二三四五六七八九十]队|工区|采区|车间|机组|灌区|大坝|坝体|溢洪道|闸门|库区|井下|工作面|巷道|台区|线路|候车|站台|"
    r"病区|门诊|急诊|住院部|科室|年级|班级|课后|校区|教学楼|宿舍|食堂|泵站|渠道|干渠|支渠|斗渠|管网|厂区|生产线|"
    r"锅炉|汽轮|脱硫|输煤|化验|仓房|库房|监区|展厅|园区|码头|航站楼|跑道|值班|职工|干部|党支部|党委|班子|员工|"
    r"安全|生产|运行|设备|隐患|事故|问题|整改|续建|改造|建设))"
)
# a unit visited, learnt from or worked with, named after its name (到城东热电厂观摩, 东坡煤矿的经验)
_VISIT_AFTER = re.compile(
    r"[^，。；：\n]{0,8}?(?:学习|考察|参观|交流|取经|观摩|对接|联合|合作|共建|签订|签约|竞争|相比|比较|差距|的做法|的经验|结对)"
)
# a unit numbered by its place in a series (县第一人民医院, 市第二中学): jieba tags 第一 a numeral
_ORDINAL = re.compile(r"(?:[省市县区]|[\u4e00-\u9fff]{2}[省市县区])?第[一二三四五六七八九十]{1,3}$")


# the words before a kind that name a sort of unit, no unit (数字档案馆, 智慧医院, 公立医院, 示范幼儿园)
_KIND_OF_UNIT = tuple(
    "数字 智慧 智能 智识 平安 绿色 美丽 文明 和谐 现代 新型 示范 标准化 规范化 等级 三甲 二甲 一级 二级 三级 一流 星级 "
    "先进 模范 标杆 品牌 特色 综合 基层 乡村 社区 城市 城区 农村 乡镇 公立 民营 私立 民办 公办 普通 重点 大型 中型 小型 "
    "新建 在建 老旧 周边 附近 辖区 各级 各类 所属 下属 定点 专科 县级 市级 省级 国有 地方 传统 骨干 试点 智慧化 数字化 "
    "信息化 现代化 花园 园林 无烟 平安型 节约型 学习型 服务型 清廉 廉洁 放心 满意 温馨 阳光 开放 共享 互联网 云上 网上".split()
)


_PROPER_TAGS = frozenset({"ns", "nr", "nz", "nt", "s"})
_STEM_OPENS = "，。；：、\n（(“对在向与把将为从由给让使"


def _proper_stem(text: str, start: int, stem: str) -> bool:
    """Whether the characters before a kind's word are a unit's proper name: a place's or a name's word by
    jieba's tags (新庄, 白沙, 东坡), a level and a character (县中 of 县中医院), a numbered one (县第一), or a noun
    of two characters that opens its clause (对石门水库, 桃源中心小学 at a line's start); not 今年, 指导, 暴露出."""
    from mingjing.rules.postag import tag

    if _ORDINAL.fullmatch(stem) or re.fullmatch(r"[省市县区州][\u4e00-\u9fff](?<!级)", stem):
        return True
    words = tag(stem)
    if len(words) != 1:
        return False
    t = words[0][1]
    if t in _PROPER_TAGS:
        return True
    if t != "n" or len(stem) != 2:
        return False
    # a noun of two characters opening its clause or its verb's object (推动石门水库灌区…)
    before = tag(text[max(0, start - 2) : start])
    return start == 0 or text[start - 1] in _STEM_OPENS or (len(before) == 1 and before[0][1] == "v")


@functools.lru_cache(maxsize=64)
def _kind_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(words))


def _plainly_proper(stem: str) -> bool:
    from mingjing.rules.postag import tag

    words = tag(stem)
    return len(words) != 1 or words[0][1] != "n"


def _ordinal_before(text: str, at: int) -> tuple[int, str] | None:
    m = _ORDINAL.search(text, max(0, at - 8), at)
    return (m.start(), m.group()) if m else None


_UNIT_KIND = Prefiltered(re.compile("|".join(sorted(UNIT_KINDS, key=len, reverse=True))))
# a preposition the stem's reach took in (对石门水库, 按照县第一小学党委的部署: 县第一 of the own 宁川县第一小学)
_STEM_PREPOSITION = re.compile(
    r"^(?:按照|根据|依照|遵照|依据|对照|参照|围绕|针对|通过|经过|[对向在与和把为从给被将])"
)


def _own_units(lines: list[str]) -> dict[str, list[tuple[str, str]]]:
    """The own unit's kinds as its lines name them, each with the characters of the name before its word and
    the word (北岭, 煤矿 of 北岭煤矿综采一队; 中共澜州市青峰, 水库 of 中共澜州市青峰水库管理局)."""
    kinds: dict[str, list[tuple[str, str]]] = {}
    for line in lines:
        for m in _UNIT_KIND.finditer(line):
            kinds.setdefault(UNIT_KINDS[m.group()], []).append((line[: m.start()], m.group()))
    return kinds


def _same_kind_units(ctx: ReviewContext, rule: Rule, lines: list[str], own: str) -> Iterator[Finding]:
    text = ctx.text
    kinds = _own_units(lines)
    if not kinds:
        return
    # only the words of the own kinds are looked for (one scan of the text, by their own few literals)
    words = sorted((w for w, k in UNIT_KINDS.items() if k in kinds), key=len, reverse=True)
    found = list(_kind_words(tuple(words)).finditer(text, ctx.outline.title_end))
    if not found:
        return
    named = "\n".join(line for line in lines if _UNIT_KIND.regex.search(line))  # no heading (一、存在的问题)
    for m in found:
        kind = UNIT_KINDS[m.group()]
        stem_at = _stem_before(text, m.start()) or _ordinal_before(text, m.start())
        if stem_at is None:
            continue
        lead = _STEM_PREPOSITION.match(stem_at[1])
        start = stem_at[0] + (len(lead.group()) if lead else 0)
        stem = text[start : m.start()]
        if len(stem) < 2:  # 县中医院: the kind's word 中医院 took the name's character; read it before 医院
            core = min((k for k, v in UNIT_KINDS.items() if v == kind and m.group().endswith(k)), key=len)
            stem = text[start : m.end() - len(core)]
        if not _proper_stem(text, start, stem):
            continue
        if (
            stem in _NOT_A_COMPANY
            or stem.endswith(_KIND_OF_UNIT)
            or any(_subsequence(stem, before + word) for before, word in kinds[kind])
        ):
            continue
        if _subsequence(stem, named) or text.count(stem + m.group()) > 1:
            continue
        line_start = max(text.rfind(c, 0, start) for c in "，。；：\n") + 1
        if _PARTNER_BEFORE.search(text, line_start, start) or _VISIT_AFTER.match(text, m.end()):
            continue
        # a part of it named right after (白沙水库灌区续建…与…): the unit spoken of as the own one
        part = _PART_AFTER.match(text[m.end() : m.end() + 12])
        # a common noun before the kind (指导医院工作) stands for a unit only with a part of it after
        if not (part or (_plainly_proper(stem) and _own_role(text, start, m.end()))):
            continue
        before, word = next((b for b in kinds[kind] if b[0]), ("", ""))
        before = before.removeprefix("中共")
        mine = re.split(r"[省市州县区]", before)[-1][-6:] or before[-6:]
        own_name = mine + word if mine else "本单位"
        yield rule.finding(text, start, m.end(), (own_name,), own=own_name, kind="同类的另一个单位")


def _own_name(own: str, words: re.Pattern[str] | str) -> str:
    """The author's unit as his lines write it: the first line holding `words`, without the name after it."""
    for line in own.split("\n"):
        if re.search(words, line):
            unit = re.split(r"[ \t\u3000]+", line.strip("（）()【】 \u3000"))[0].removeprefix("中共")
            whole = _UNIT_END.match(unit)
            return (whole.group() if whole else unit)[:24]
    return own.split("\n")[0][:24]


@code_rule(
    "R183",
    "other-unit-own-trade",
    "residue",
    "warning",
    "“{match}”不是本材料的单位（{own}）：{kind}出现在本单位的位置上，疑似照搬他人材料后未改全",
    "照抄同行的材料时，标题和落款换成了本单位，正文里“执行某某人寿总公司要求”“反馈市某某集团问题的整改”"
    "“某某住保公众号”、种子站材料里“县农技推广中心布置的”这样的别家名称最容易漏改。",
    bad=[
        GOOD.replace(_SIGN, "华安财产保险股份有限公司临江中心支公司副总经理 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。执行[鼎盛人寿]总公司理赔提速要求时，我只转发了文件。"
        ),
        GOOD.replace(_SIGN, "宁州市交通投资集团有限公司副总经理 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。对巡察组反馈[市水务集团]问题的整改督办不够有力。"
        ),
        GOOD.replace(_SIGN, "石门县住房保障服务中心主任 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。“[临溪住保]”公众号的稿件审核只由一人负责。"
        ),
        GOOD.replace(_SIGN, "宁川县种子管理站 王建国").replace(
            _IN,
            "一是遇到难题有畏难情绪。站里开展种子质量抽检，我参与不多；全站推行追溯系统，我录入滞后；"
            "在站里讨论时我很少发言；[县农业技术推广中心]布置的宣传活动，我只发放了资料。",
        ),
        GOOD.replace(_SIGN, "中国农业银行宁川县支行副行长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。落实[建设银行]总行的普惠贷款考核要求时，我们支行执行走了样。"
        ),
        GOOD.replace(_SIGN, "宁川县红岭煤矿副矿长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。[东坡煤矿]掘进二队的皮带巷积尘，我督促清理不及时。"
        ),
        GOOD.replace(_SIGN, "宁川县青龙水库管理处副主任 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。推动[石门水库]灌区续建配套的前期工作进展缓慢。"
        ),
    ],
    good=[
        GOOD,
        GOOD.replace(_SIGN, "华安财产保险股份有限公司临江中心支公司副总经理 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。与鼎盛人寿等同业相比，我们的理赔时效还有差距。"
        ),
        GOOD.replace(_SIGN, "华安财产保险股份有限公司临江中心支公司副总经理 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。执行华安财险总公司理赔提速要求时，我只转发了文件。"
        ),
        GOOD.replace(_SIGN, "宁州市交通投资集团有限公司副总经理 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。对巡察组反馈市交投集团问题的整改督办不够有力。"
        ),
        GOOD.replace(_SIGN, "石门县住房保障服务中心主任 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。学习借鉴“临溪住保”公众号的做法不够主动。"
        ),
        GOOD.replace(_SIGN, "宁川县种子管理站 王建国").replace(
            _IN,
            "一是遇到难题有畏难情绪。站里开展种子质量抽检，我参与不多；全站推行追溯系统，我录入滞后；"
            "在站里讨论时我很少发言；县农业农村局布置的宣传活动，我只发放了资料。",
        ),
        GOOD.replace(_SIGN, "中国农业银行宁川县支行副行长 王建国").replace(
            _IN,
            "一是遇到难题有畏难情绪。与建设银行等同业相比，我们支行的普惠贷款投放偏慢；落实农业银行总行的考核要求不够。",
        ),
        GOOD.replace(_SIGN, "宁川县红岭煤矿副矿长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。组织到东坡煤矿学习智能化开采经验后，我跟进落实不够。"
        ),
        GOOD.replace(_SIGN, "宁川县青龙水库管理处副主任 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。与下游石门水库建立的联合调度机制，信息共享还不及时。"
        ),
    ],
)
def other_unit_own_trade(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    lines = own_lines(ctx)
    if not lines:
        return
    own = "\n".join(lines)
    taken: list[tuple[int, int]] = []
    for f in (
        *_named_members(ctx, rule, own),
        *_other_trade_names(ctx, rule, own),
        *_other_groups(ctx, rule, lines, own),
        *_other_accounts(ctx, rule, lines, own),
        *_sibling_task_givers(ctx, rule),
        *_same_kind_units(ctx, rule, lines, own),
    ):
        if not any(f.start < b and a < f.end for a, b in taken):
            taken.append((f.start, f.end))
            yield f
