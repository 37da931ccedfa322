"""The author's own seat, portfolio and trade against the rest of the material (R180, R181; round r21,
residue21b).

A material copied from a colleague's keeps, where the author speaks of his own place, the colleague's:
`作为支部宣传委员` in the material of a branch's 组织委员 who says so twice elsewhere (R180: one seat of a
branch committee per member, read from every claim of the whole material); `分管政法工作` in an 编办主任's
material, a portfolio only a place's leaders (a county's 副书记, 副县长 …) or the family's own bodies hold
(R181, the table `_PLACE_PORTFOLIOS`); `作为一名教师` in a 风电场's material that writes no word of a teacher's
work anywhere else (R181, the table `_TRADE_WORK`: the work each family's members speak of). R169 judges a
trade claimed against the kind of unit the author's lines name; R181's trade reading speaks only where
those lines name no kind it knows (a company, a power station, a research station)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines, sentence_span
from mingjing.rules.identity_profile import own_kinds
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD
from mingjing.rules.unit_kinds import BY_NAME, FAMILY_POSTS

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_IN = "一是遇到难题有畏难情绪。"

# ---- R180: another seat of the branch committee claimed ------------------------------------------------

# the seats of a Party branch's committee besides its 书记 and 副书记 (the 组织, 宣传, 纪检 委员 of every
# branch; 青年, 统战, 保密, 群众工作, 妇女 and 文体 委员 of larger ones)
_SEAT = r"(?P<seat>组织|宣传|纪检|青年|统战|保密|群工|群众工作|妇女|文体)委员"
_BRANCH = r"(?:党支部|支部|党总支|总支|支委会?|支委班子)?(?:的)?"
# a seat said of oneself: 作为支部组织委员, 我担任支部宣传委员, 履行好组织委员职责, 身为纪检委员
_SEAT_CLAIM = Prefiltered(
    re.compile(
        r"(?<![曾原前])(?:作为|身为|担任|兼任|我是|本人是|本人系|本人任|我任)(?:一名)?"
        + _BRANCH
        + _SEAT
        + r"|履行(?:好)?(?:自己|本人)?(?:作为)?"
        + _BRANCH
        + _SEAT.replace("?P<seat>", "?P<seat2>")
        + r"(?:的)?(?:职责|责任)"
    )
)
_LINE_SEAT = re.compile(_SEAT)
# two seats held together: 组织委员兼宣传委员, 组织委员和宣传委员
_TWO_SEATS = re.compile(r"(?:组织|宣传|纪检|青年|统战|保密|群工|群众工作|妇女|文体)委员[兼和、及与]")


def _opening(ctx: ReviewContext) -> tuple[int, int]:
    """The preamble, else the first paragraph after the title that is no short line."""
    o = ctx.outline
    if o.preamble_start is not None and o.preamble_end is not None:
        return o.preamble_start, o.preamble_end
    after = [p for p in o.document.paragraphs if p.start >= o.title_end and p.end - p.start > _OPENING_MIN]
    return (after[0].start, after[0].end) if after else (0, 0)


_OPENING_MIN = 60


def _seat(m: re.Match[str]) -> str:
    return m.group("seat") or m.group("seat2")


@code_rule(
    "R180",
    "other-seat-claimed",
    "residue",
    "warning",
    "“{match}”与材料其他地方写的本人职务或分工“{own}”不一致，疑似照搬同事的材料后未改全",
    "支部委员会的委员各有分工（组织委员、宣传委员、纪检委员……），一人一职；材料多处写本人是组织委员，"
    "一处却写“作为支部宣传委员”；写明分管检验所和编辑部，一处却写“作为分管财务的副院长”："
    "多半是拿同事的材料改的。",
    bad=[
        GOOD.replace(_SIGN, "宁川县交通运输局建设科 支部组织委员 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为支部[宣传委员]，宣传栏只更新了3次。"
        ),
        GOOD.replace("按照县委要求，", "按照县委要求，结合我担任支部组织委员的实际，")
        .replace(_IN, "一是遇到难题有畏难情绪。作为支部组织委员，发展党员台账更新不及时。")
        .replace("对原文原著学习没有常抓不懈，", "对原文原著学习没有常抓不懈，作为支部[纪检委员]带头不够，"),
        GOOD.replace("按照县委要求，", "按照县委要求，我作为支部宣传委员，").replace(
            _IN, "一是遇到难题有畏难情绪。作为支部[组织委员]，发展党员台账更新不及时。"
        ),
        GOOD.replace(_SIGN, "宁川县交通运输局副局长 王建国")
        .replace(_IN, "一是遇到难题有畏难情绪。对分管的建设科和运输科指导不够。")
        .replace("对原文原著学习没有常抓不懈，", "对原文原著学习没有常抓不懈，作为分管[财务]的副局长，"),
    ],
    good=[
        GOOD,
        GOOD.replace(_SIGN, "宁川县交通运输局建设科 支部组织委员 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为支部组织委员，对宣传委员的工作支持不够。"
        ),
        GOOD.replace("按照县委要求，", "按照县委要求，结合我担任支部组织委员兼宣传委员的实际，").replace(
            _IN, "一是遇到难题有畏难情绪。作为支部宣传委员，宣传栏只更新了3次。"
        ),
        GOOD.replace("按照县委要求，", "按照县委要求，结合我担任支部组织委员的实际，").replace(
            _IN, "一是遇到难题有畏难情绪。我曾作为支部宣传委员，宣传栏更新不及时。"
        ),
        GOOD.replace(_SIGN, "宁川县交通运输局副局长 王建国")
        .replace(_IN, "一是遇到难题有畏难情绪。对分管的建设科和计划财务科指导不够。")
        .replace("对原文原著学习没有常抓不懈，", "对原文原著学习没有常抓不懈，作为分管财务的副局长，"),
    ],
)
def other_seat_claimed(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from _other_function(ctx, rule)
    text = ctx.text
    claims = list(_SEAT_CLAIM.finditer(text, ctx.outline.title_end))
    if not claims:
        return
    if _TWO_SEATS.search(text):
        return  # one member holds two seats: each claim is his
    votes: Counter[str] = Counter()  # in halves: a line 4, the opening's claim 3, another claim 2
    for line in own_lines(ctx):
        for m in _LINE_SEAT.finditer(line):
            votes[m.group("seat")] += 4  # the author's line names his seat
    start, end = _opening(ctx)
    for m in claims:
        # the opening, where the author introduces himself, outweighs one claim of the body copied in
        # (round r21: 我作为支部宣传委员 in the opening, 作为支部组织委员 once in a point)
        votes[_seat(m)] += 3 if start <= m.start() < end else 2
    if len(votes) < 2:
        return
    (own, n), (_, second) = votes.most_common(2)
    if n < 3 or n == second:
        return  # no seat said more than the others
    for m in claims:
        group = "seat" if m.group("seat") else "seat2"
        if m.group(group) != own:
            start = m.start(group)
            yield rule.finding(
                text, start, start + len(m.group(group)) + 2, (own + "委员",), own=own + "委员"
            )


# an office's administrative function, each kept by a department of its own (财务科, 计划财务处, 人事科,
# 后勤服务中心 …): a deputy who says he oversees departments none of which keeps it does not oversee it
_FUNCTIONS = ("财务", "人事", "后勤", "基建", "审计", "采购", "资产")
_FUNCTION_CLAIM = Prefiltered(
    re.compile(
        r"(?<![曾原前])作为(?:一名)?(?:[\u4e00-\u9fff]{0,4}?)分管(?P<f>"
        + "|".join(_FUNCTIONS)
        + r")(?:工作)?的"
        r"(?:常务)?副(?:院长|校长|园长|局长|所长|主任|总经理|站长|馆长|行长|厂长|处长|部长|总|社长|场长)"
    )
)
# the departments the author says he oversees: 分管的检验所和技术期刊编辑部, 我分管的财务科、办公室
_UNIT_NAME = r"(?:(?![和及与的、])[\u4e00-\u9fff]){1,8}?(?:所|部|科|处|室|股|办|中心|站|队|馆|组)"
_OVERSEEN = re.compile(r"分管的(?P<units>" + _UNIT_NAME + r"(?:[、和及与]" + _UNIT_NAME + r")*)")
# the word for a department or a unit, no name (分管的科室, 分管的处室和单位)
_NO_UNIT = re.compile(r"^(?:科室|处室|股室|部室|部门|单位|站所|所队|中心组|领域)$")


def _overseen_units(text: str) -> list[str]:
    return [
        u
        for m in _OVERSEEN.finditer(text)
        for u in re.split(r"[、和及与]", m.group("units"))
        if not _NO_UNIT.match(u)
    ]


def _other_function(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    """作为分管财务的副院长 where the author names the departments he oversees (分管的检验所和技术期刊编辑部)
    and none keeps the finances: the colleague's portfolio kept from his material."""
    text = ctx.text
    claims = list(_FUNCTION_CLAIM.finditer(text, ctx.outline.title_end))
    if not claims:
        return
    units = _overseen_units(text)
    if not units:
        return
    for m in claims:
        if any(m.group("f") in u for u in units):
            continue
        yield rule.finding(text, m.start("f"), m.end("f"), own="分管" + "、".join(dict.fromkeys(units)))


# ---- R181: a portfolio the author's post cannot hold; a trade the material shows nowhere ----------------

# a place's whole field of work, overseen (分管) by the place's leaders (a county's 副书记 政法, a 副县长
# 教育) or inside the bodies of its family; a bureau, an office or a company of another family oversees no
# such field. The field → the families whose units may speak of overseeing it.
_PLACE_PORTFOLIOS: dict[str, frozenset[str]] = {
    "政法": frozenset({"公安", "法院", "检察", "司法", "监狱", "政法委"}),
    "统战": frozenset({"统战"}),
    "民族宗教": frozenset({"统战"}),
    "宗教": frozenset({"统战"}),
    "公安": frozenset({"公安", "政法委"}),
    "教育": frozenset({"教育", "卫生"}),  # a hospital's teaching (医学教育) kept quiet
    "教育体育": frozenset({"教育", "体育"}),
    "卫生健康": frozenset({"卫生", "医保"}),
    "医疗卫生": frozenset({"卫生", "医保"}),
    "民政": frozenset({"民政"}),
    "退役军人事务": frozenset({"退役军人"}),
    "农业农村": frozenset({"农业", "林业", "水利", "供销", "金融"}),
    "三农": frozenset({"农业", "林业", "水利", "供销", "金融"}),  # a rural bank's 三农 lending
    "水利": frozenset({"水利"}),
    "交通运输": frozenset({"交通"}),
    "自然资源": frozenset({"自然资源"}),
    "住房城乡建设": frozenset({"住建", "城管", "城投"}),
    "文化旅游": frozenset({"文旅"}),
    # a 文旅 bureau supervises the culture and tourism market itself, a transport bureau its transport market (r25)
    "市场监管": frozenset({"市场监管", "文旅", "交通"}),
    "工业和信息化": frozenset({"工信"}),
    "城市管理": frozenset({"城管", "住建"}),
    "林业": frozenset({"林业", "自然资源", "农业"}),
    "水务": frozenset({"水利"}),
    "人力资源和社会保障": frozenset({"人社"}),
    "医疗保障": frozenset({"医保", "卫生"}),
    "财政": frozenset({"财政"}),
    "税务": frozenset({"税务", "财政"}),
    "金融": frozenset({"金融", "财政"}),
    "体育": frozenset({"体育", "教育"}),
    "司法行政": frozenset({"司法"}),
    "残疾人": frozenset({"残联", "民政"}),
    "粮食": frozenset({"粮食", "发改"}),
    "供销": frozenset({"供销"}),
    "审判": frozenset({"法院"}),
    "检察": frozenset({"检察"}),
    "自然资源和规划": frozenset({"自然资源"}),
    "住房和城乡建设": frozenset({"住建", "城管", "城投"}),
    "文化和旅游": frozenset({"文旅"}),
    "民族": frozenset({"统战"}),
}
# the families whose leaders oversee a place's fields: a town, a zone, a congress, a conference, a
# commission for discipline (their members 分管 or 联系 a field of the place)
_PLACE_FAMILIES = frozenset({"乡镇", "园区", "人大", "政协", "纪检"})
_PORTFOLIO = Prefiltered(
    re.compile(
        r"(?<![不未没非])(?:分管|主管)(?:的)?(?:全[省市州县区旗镇乡])?"
        r"(?P<field>"
        + "|".join(sorted(_PLACE_PORTFOLIOS, key=len, reverse=True))
        + r")(?:工作|领域|口)(?P<comma>，)?"
    )
)
# the clause names the field as another's or in the past: 协助分管, 配合分管政法工作的副书记, 曾分管
_NOT_MINE = re.compile(r"(?:协助|配合|向|请示|曾|原|前|此前|以前|过去|与|和|县委|县政府|市委|市政府)$")

# the words of each family's work its members write of in any material of theirs (a teacher of 学生 and
# 课堂, a doctor of 患者 and 诊疗 …): a trade claimed in a material that writes none of them is another's
_TRADE_WORK: dict[str, str] = {
    "教育": r"学生|教学|课堂|学校|班级|备课|授课|家长|课程|听课|校园|学科|教研|学期|幼儿|年级|批改作业|布置作业|作业量",
    "卫生": r"患者|病人|病房|门诊|诊疗|诊断|手术|就医|医院|卫生院|病历|科室|医疗|护理|临床|药品|接诊|疾控|急救",
    "法院": r"案件|审判|庭审|当事人|判决|裁判|诉讼|开庭|审理|执行案件|强制执行",
    "检察": r"案件|起诉|检察|办案|公诉|诉讼|审查",
    "公安": r"警情|案件|辖区|治安|执法|派出所|出警|巡逻|110|嫌疑人|警务|交警",
    "司法": r"调解|矫正|公证|法律援助|普法|司法所",
    "监狱": r"罪犯|服刑|监区|改造|监管",
    "纪检": r"监督|执纪|问责|审查调查|线索|信访举报",
    "税务": r"税收|纳税|征管|税款|办税|发票|税费",
    "审计": r"审计",
    "统计": r"统计|普查|抽样调查",
    "金融": r"信贷|贷款|存款|客户|网点|柜面|储户|授信",
    "烟草": r"卷烟|烟草|专卖|零售户|烟农",
    "邮政": r"邮件|投递|快递|揽收|网点|邮政",
    "电力": r"供电|电网|线路|变电|停电|用电|电力",
    "交通": r"道路|公路|运输|车辆|交通|路段|桥梁",
    "水利": r"水利|水库|河道|防汛|灌溉|堤防|水资源",
    "林业": r"林地|森林|林木|护林|造林|防火|林业",
    "农业": r"农户|种植|养殖|农技|耕地|农业|农民|畜牧|病虫害",
    "气象": r"气象|预报|预警|天气|降水",
    "应急": r"安全生产|应急|救援|火灾|隐患|消防",
    "民政": r"低保|救助|养老|殡葬|婚姻登记|社会组织|困难群众|民政",
    "文旅": r"景区|游客|旅游|文物|演出|图书|展览|文化",
    "档案": r"档案|馆藏|查档",
    "媒体": r"新闻|稿件|报道|节目|采访|版面|播出|舆论|宣传",
    "乡镇": r"村民|群众|村|社区|居民|网格",
    "铁路": r"列车|铁路|车站|线路|行车",
}
_TRADE_PATTERNS = {family: re.compile(words) for family, words in _TRADE_WORK.items()}
_POST_PATTERNS = {family: re.compile(words) for family, words in FAMILY_POSTS.items()}
# 作为一名教师， 身为一名医生， : the trade word alone, the claim's whole subject
_TRADE_CLAIM = Prefiltered(
    re.compile(
        r"(?<![曾原也])(?:作为|身为|我是|本人是|本人系)(?:一名|一位|一个)"
        r"(?P<x>(?:人民|基层|一线|普通|年轻|专业)?[\u4e00-\u9fff]{2,7}?)(?=[，,]|的我|应当|应该|理应|本应)"
        # the trade word alone after 作为 and before the comma (作为教师，)
        r"|(?<![曾原也])作为(?P<x2>[\u4e00-\u9fff]{2,7}?)(?=[，,])"
    )
)


def _trade_family(x: str) -> str | None:
    """The one family whose members call themselves `x` (教师 → 教育), else None."""
    found = [
        f
        for f, p in _POST_PATTERNS.items()
        if p.fullmatch(re.sub(r"^(?:人民|基层|一线|普通|年轻|专业)", "", x))
    ]
    return found[0] if len(found) == 1 else None


@code_rule(
    "R181",
    "post-cannot-hold",
    "residue",
    "warning",
    "“{match}”不是本材料作者（{own}）的{what}，疑似照搬他人材料后未改全",
    "“分管政法工作”是县委副书记等地方领导的分工，编办、发改局这样的部门负责人不会分管；"
    "风电场的材料写“作为一名教师”，全文却没有一句教学的事：身份、分工与作者对不上，多半是照搬他人材料留下的。",
    bad=[
        GOOD.replace(_SIGN, "宁川县委机构编制委员会办公室主任 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。[分管政法工作，]对事业单位改革后续问题跟踪不够。"
        ),
        GOOD.replace(_SIGN, "宁川县发展和改革局副局长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。对[分管的教育工作]调研不够。"
        ),
        GOOD.replace(_SIGN, "宁川风电有限公司北坡风电场 周志强").replace(
            _IN, "一是遇到难题有畏难情绪。[作为一名教师]，对新技术学习不够。"
        ),
    ],
    good=[
        GOOD,
        GOOD.replace(_SIGN, "宁川县公安局副局长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。分管政法工作，对基层所队指导不够。"
        ),
        GOOD.replace(_SIGN, "宁川县发展和改革局副局长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。向分管政法工作的县领导汇报不及时。"
        ),
        GOOD.replace(_SIGN, "宁川县第一中学 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为一名教师，对学生的心理关注不够。"
        ),
        GOOD.replace(_SIGN, "宁川风电有限公司北坡风电场 周志强").replace(
            _IN, "一是遇到难题有畏难情绪。作为一名党员，对新技术学习不够。"
        ),
        GOOD.replace(_SIGN, "宁川县文化和旅游局副局长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。黄金周景区投诉增多，暴露出我分管的市场监管工作事前排查不细。"
        ),
    ],
)
def post_cannot_hold(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from _place_portfolio(ctx, rule)
    yield from _trade_without_work(ctx, rule)


def _place_portfolio(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    found = list(_PORTFOLIO.finditer(text, ctx.outline.title_end))
    if not found:
        return
    own = own_kinds(ctx)
    if not own:
        return  # the lines name no kind of unit (a county's committee, a government: its leaders oversee fields)
    families = {BY_NAME[k].family for k in own}
    if families & _PLACE_FAMILIES:
        return
    for m in found:
        if families & _PLACE_PORTFOLIOS[m.group("field")]:
            continue
        if _NOT_MINE.search(text, max(0, m.start() - 4), m.start()):
            continue
        after = text[m.end() : m.end() + 6]
        if re.match(r"的?(?:县|市|区|省|州|镇|乡)?(?:领导|委|长|副|同志|负责)", after) or "分管" in text[
            sentence_span(text, m.start())[0] : m.start()
        ].replace("，", ""):
            continue  # 分管政法工作的县领导: another's portfolio, named rightly
        standalone = m.group("comma") is not None and (
            m.start() == 0
            or text[m.start() - 1] in "。；：\n，"
            or text[m.start() - 2 : m.start()].endswith("是")
        )
        fixes = ("",) if standalone else ()
        yield rule.finding(
            text,
            m.start(),
            m.end(),
            fixes,
            own="、".join(sorted(own)),
            what=f"分工：{m.group('field')}工作由地方党委、政府领导分管",
        )


def _trade_without_work(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    claims = list(_TRADE_CLAIM.finditer(text, ctx.outline.title_end))
    if not claims:
        return
    lines = own_lines(ctx)
    if not lines or own_kinds(ctx):
        return  # R169 reads a claim against a known kind of unit
    for m in claims:
        group = "x" if m.group("x") else "x2"
        family = _trade_family(m.group(group))
        if family is None or family not in _TRADE_PATTERNS:
            continue
        work = _TRADE_PATTERNS[family]
        if any(_POST_PATTERNS[family].search(line) or work.search(line) for line in lines):
            continue
        rest = text[: m.start()] + text[m.end() :]
        if work.search(rest) or _POST_PATTERNS[family].search(rest):
            continue
        own = next((line for line in lines[1:] if len(line) >= 4), lines[0])
        yield rule.finding(text, m.start(), m.end(group), _own_claims(text, m), own=own[:24], what="身份")


# the author's identity as the material writes it elsewhere (我作为场站负责人，…): what R181 offers
_OWN_CLAIM = re.compile(r"作为(?:一名)?(?P<x>[\u4e00-\u9fff]{2,8}?)(?=[，,])")


def _own_claims(text: str, m: re.Match[str]) -> tuple[str, ...]:
    """`作为` with the identity the material claims most often elsewhere (one that is no trade of a family)."""
    seen: Counter[str] = Counter()
    for c in _OWN_CLAIM.finditer(text):
        x = c.group("x")
        if c.start() == m.start() or re.search(r"[和、与及]|一名|一位|党员$", x) or _trade_family(x):
            continue
        seen[x] += 1
    return tuple("作为" + x for x, _ in seen.most_common(1))
