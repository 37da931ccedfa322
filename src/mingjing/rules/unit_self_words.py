"""The own unit named as another one: a self-word of another kind, another unit claimed or made the
subject of the own unit's facts (R178, round r21).

A material copied from a unit of another kind keeps the words that unit calls itself by: `在我院长期滞留的
人员` in a 救助管理站's material (a 站 says 我站; 我院 is a 福利院's or a hospital's), `本局` in a 水文站's.
Each unit calls itself by the last character of its kind (院 站 所 局 馆 校 园 队 台 社 行 厂 场 委 办 会 中心
公司 …); the table below holds, for each self-word, the endings of the unit names that use it (a 学院 says
我院 and 我校, a 文联 or a 协会 says 我会). The own unit is read from the author's lines
(`copy_traces.own_lines`: the title, the lines under it, the signature), after the meeting's and the Party
organs' words (生活会, 党委, 支部) are taken out. R117 keeps the 院/校/中心/公司 group it compares. A self-word
of another kind is heard only in a body that speaks of the own unit by its word or name elsewhere (我站, 站里,
站党支部: the usage the copied word breaks; a body that never names itself shows no usage to break), and not in
a sentence naming a unit of that kind (林场…跟本场的实际: the word points back to it).

The same copy keeps the other unit's name where only the own unit can stand: the unit the author belongs to
(`作为县动物疫病预防控制中心的一名党员` in a 畜牧兽医站's material: R135 compares a name with the own unit of its
own kind only; a unit of any kind claimed this way is compared here), and the unit whose staff are the
subject of the own unit's facts (`市社科联机关干部下基层调研人均不足4次` in a 文联's material). A named
partner (联合, 配合, 向…汇报, 与…), a unit the material names twice or more (its own topic), the own unit
abbreviated (its characters in order in the own name) and a bureau of the own family above a unit (作为县农业
农村局的一名党员 in a 站 under it) are quiet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import _own_kinds, own_lines
from mingjing.rules.identity_profile import own_kinds
from mingjing.rules.literals import Prefiltered
from mingjing.rules.own_unit_frames import in_order
from mingjing.rules.sample import GOOD
from mingjing.rules.sample_team import team_variant
from mingjing.rules.unit_kinds import compatible, kinds_named

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_IN = "一是遇到难题有畏难情绪。"
_TEAM_AT = "全镇17个图斑中有6个没有按期整改。"

# each self-word → the endings of the unit names that call themselves by it (space-separated)
_OWNER_WORDS: dict[str, str] = {
    "院": (
        "医院 卫生院 中医院 保健院 法院 检察院 福利院 敬老院 养老院 光荣院 "
        "疗养院 康复院 研究院 设计院 科学院 学院 规划院 勘察院 剧院 画院 "
        "书画院 博物院 地质院 测绘院 检验院 检测院 质检院 监测院 评审院 院"
    ),
    "站": (
        "救助管理站 救助站 兽医站 畜牧兽医站 农技站 农业技术推广站 水文站 气象站 "
        "监测站 环境监测站 收费站 服务站 工作站 检查站 血站 文化站 林业站 "
        "水利站 水保站 植保站 种子站 农机站 经管站 防疫站 动物防疫站 质监站 "
        "安监站 供电站 变电站 客运站 汽车站 火车站 边检站 派出站 养护站 站"
    ),
    "所": (
        "研究所 派出所 司法所 财政所 律师事务所 卫生所 供电所 国土所 自然资源所 "
        "市场监管所 税务所 林业所 畜牧所 农科所 设计所 检验所 测绘所 管理所 "
        "看守所 戒毒所 拘留所 托儿所 邮政所 营业所 信用所 所"
    ),
    "局": "局",
    "馆": (
        "图书馆 博物馆 档案馆 文化馆 纪念馆 美术馆 科技馆 殡仪馆 体育馆 展览馆 "
        "方志馆 宾馆 会馆 艺术馆 规划馆 非遗馆 馆"
    ),
    "校": "学校 中学 小学 大学 学院 党校 职校 技校 中专 完小 附小 附中 校",
    "园": "幼儿园 托育园 园",
    "队": "支队 大队 中队 执法队 勘探队 地质队 救援队 监察队 测量队 队",
    "台": "电视台 广播电台 电台 气象台 地震台 天文台 台",
    "社": "报社 合作社 供销社 出版社 杂志社 信用社 通讯社 社",
    "行": "银行 支行 分行 农商行 行",
    "厂": "工厂 电厂 水厂 自来水厂 厂",
    "场": "林场 农场 牧场 渔场 茶场 园艺场 种畜场 良种场 苗圃场 场",
    "委": (
        "卫健委 发改委 国资委 纪委 编委 政法委 教育工委 管委会 工委 经信委 住建委 农委 民宗委 侨委 委员会 委"
    ),
    "办": "编办 网信办 金融办 外事办 侨办 信访办 政府办 党委办 文明办 扶贫办 办",
    "会": (
        "联合会 协会 学会 商会 红十字会 总工会 工会 管委会 委员会 研究会 "
        "基金会 促进会 文联 侨联 台联 残联 妇联 工商联 社科联 科协 作协 美协 "
        "书协 会"
    ),
    "中心": "中心",
    "公司": "公司 集团 企业",
    "集团": "集团 公司",
    "司": "公司 集团",
    "厅": "厅",
    "段": "公路段 车务段 工务段 机务段 电务段 管理段 养护段 段",
    "庭": "法庭 审判庭 庭",
    "处": "管理处 事务处 处",
}
OWNERS: dict[str, tuple[str, ...]] = {word: tuple(ends.split()) for word, ends in _OWNER_WORDS.items()}
# the words of the author's lines that name no unit: the meeting, the material, the Party organs and the place
_NOT_UNIT = re.compile(
    r"(?:党总支|总支|党)?支部委员会|总支委员会|民主生活会|组织生活会|专题生活会|生活会|专题会|座谈会|会议|大会|对照检查|检视剖析|材料|发言|提纲"
    r"|中共|中国共产党|[省市县区州旗]委|党委|党组|党工委|党总支|党支部|支部|委员会委员|委员(?!会)|班子|党员"
    r"|局长|院长|站长|所长|馆长|校长|园长|队长|台长|社长|行长|厂长|场长|主任|主席|书记|会长|经理|董事长"
)
# the self-word after 我 or 本, with the words it would open instead (我站在, 我所分管, 我会在, 本行业)
_SELF = Prefiltered(
    re.compile(
        r"(?<![基根成资样版剧课账文书读范标副原日脚蓝血老工自忘敌唯超话剧课])(?P<det>[我本])"
        r"(?P<word>中心|公司|集团|院(?![士子落])|站(?![在稳位岗出队起着到立上住满])"
        r"|所(?=党|领导|干部|职工|全体|各|科研|的(?![一是]))"
        r"|局(?![限面部势促外内])|馆(?!藏)|校(?![对正准验核订])|园(?![区林艺地子丁])|队(?!伍|列)"
        r"|台(?![上下阶账前词])|社(?![会区保团交])|行(?![我动为事使驶政走进业文列])|厂(?![家商])"
        r"|场(?![合所景面次地上])|委(?![托屈员派婉])|办(?![事理公实好成结件案法学班会得])"
        r"|会(?=党组|党委|机关|领导班子|全体|干部|工作人员|各部门)|司(?![法机令])|厅(?!堂)|庭(?!院|审)"
        r"|段(?=党委|全体|干部|职工|管内|辖区))"
    )
)
# the own unit as a whole with its self-word (在全处通报, 全站干部职工): a 中心's material says 全中心 (r26)
_WHOLE_SELF = Prefiltered(
    re.compile(
        r"(?<=[在向对于到给])(?P<det>全)(?P<word>处|中心|站|所|馆|队|厂|园|局|院|校|公司|集团)"
        r"(?=通报|范围内?|上下|干部|职工|党员|员工|推广|大会)"
    )
)
# a quotation or a sentence naming a partner: the self-word is another unit's voice quoted or named rightly
_QUOTED = re.compile(r"“[^”\n]*$")


# a company whose name says it works a plant calls itself 本厂 as a plant does (东川发电有限公司, round r23)
_PLANT_TRADE = re.compile(
    r"发电|热电|电厂|火电|水电|核电|化肥|化工|钢铁|炼钢|水泥|制药|药业|纺织|造纸|纸业|机械|机床|卷烟|烟草工业|酿酒|酒业|"
    r"啤酒|乳业|食品|糖业|水务|自来水|污水|玻璃|陶瓷|铸造|冶炼|焦化|炼化|石化"
)


def own_self_words(lines: list[str]) -> frozenset[str]:
    """The self-words the own unit may use, read from the author's lines (empty when they name no unit)."""
    own = _NOT_UNIT.sub("|", "|".join(lines))
    words = {word for word, ends in OWNERS.items() if any(end in own for end in ends)}
    if words & {"公司", "集团", "司"} and _PLANT_TRADE.search(own):
        words.add("厂")
    return frozenset(words)


# R117's group: it compares these self-words with the own unit of its group itself
_R117_GROUP = {"院": "院", "校": "校", "中心": "中心", "公司": "公司", "集团": "公司"}

# ---- the other unit's name where only the own unit can stand --------------------------------------------

_ENDS = sorted({e for ends in OWNERS.values() for e in ends if len(e) > 1}, key=len, reverse=True)
_END = "|".join([*_ENDS, "局", "站", "所", "馆", "院", "队"])
_LEVEL = r"(?:[省市县区州旗]|[\u4e00-\u9fff]{2}[省市县区])"
_NAME = rf"(?P<unit>{_LEVEL}(?:(?![的和与及在对把将要、，。])[\u4e00-\u9fff]){{0,12}}?(?:{_END}))"
# the unit the author belongs to: 作为县动物疫病预防控制中心的一名党员
_BELONG = Prefiltered(
    re.compile(
        rf"(?<![曾原前也])(?:作为|身为|我是|本人是|本人系){_NAME}(?:机关)?的?(?:一名|一位|一员|一分子)"
    )
)
# the own staff as the subject of a clause: 市社科联机关干部下基层调研人均不足4次
_STAFF = Prefiltered(
    re.compile(
        r"(?:(?<=[。；，\n])|(?<=[一二三四五六七八九十]是)|^)"
        + _NAME
        + r"(?:机关)?(?P<staff>干部职工|机关干部|党员干部|干部|职工|全体干部|工作人员|班子成员|领导班子成员|领导班子)"
        r"(?=中|人均|平均|全年|去年|今年|普遍|大多|多数|有的|下基层|参加|对|在|存在|没有|未|只有|仅|不足|虽然|虽|也|都|均|"
        r"事前|事后|事先)"
    )
)
# units that usually stand under another one (a bureau's station, an academy's institute)
_UNDER_ANOTHER = frozenset({"站", "所", "队", "中心", "馆", "办", "段", "庭"})
# the own team under a bare self-word of another kind, as a clause's subject (局班子成员事前均未掌握 in a company's
# material: round r25, residue25)
_BARE_TEAM = Prefiltered(
    re.compile(
        r"(?:(?<=[。；，\n])|(?<=[一二三四五六七八九十]是)|^)(?P<word>局|院|站|所|馆|校|队|厂|场|公司|中心|社|行|厅|委|办)"
        r"(?P<team>班子成员|领导班子成员|领导班子)"
        r"(?=中|人均|全年|今年|普遍|大多|多数|有的|参加|对|在|存在|没有|未|只有|仅|虽然|虽|也|都|均|事前|事后|事先)"
    )
)
# a partner or an addressee named before the unit, in its clause (配合市社科联, 向县疾控中心报告)
_PARTNER = re.compile(
    r"(?:联合|配合|协助|协同|会同|向|与|和|同|跟|及|邀请|指导|帮助|督促|支持|到|赴|去|在|对|从|经|由|给|请|派|"
    r"学习|借鉴|参照|比照|对标|兄弟|上级|下属|所属|直属|原|曾|调入|调到|挂职)[^，。；：\n]{0,4}$"
)
_BUREAU_END = ("局", "委", "厅", "政府", "部")
# the other unit's staff speaking of the own (对我局…有意见, 反映, 评价)
_REACTION = re.compile(r"我|本[局院站所馆校中会委办]|反映|意见|评价|认为|建议|投诉|举报|称赞|表扬")


def _other_name(unit: str, own_names: list[str], own: frozenset[str] | None) -> bool:
    """Whether `unit` names a unit other than the author's: not the own one abbreviated, not a bureau of the
    own family above the own unit or below it (县农业农村局 above its 站; a 站 whose staff are in the 局's
    branch: 作为县农业技术推广站的一名农艺师 signed by 农业农村局机关第二党支部)."""
    core = re.sub(rf"^{_LEVEL}", "", unit)
    if any(in_order(core, name) or name in unit for name in own_names):
        return False
    named = kinds_named(unit)
    if own and unit.endswith(_BUREAU_END) and named and compatible(named, own):
        return False
    if any(name.endswith(_BUREAU_END) for name in own_names) and (
        not named or (own and compatible(named, own))
    ):
        return False  # a unit below the own bureau, or of a kind the table does not know
    return True


_STOPS = "。；！？\n"


def _speaks_of_itself(
    text: str, begin: int, allowed: frozenset[str], names: list[str], own_lines: list[str]
) -> bool:
    """Whether the body calls the own unit by its word (我站, 本站, 全站, 站里, 站党支部) or by its name: the
    usage a copied self-word of another kind breaks (a text that never names itself shows none)."""
    words = "|".join(sorted(allowed, key=len, reverse=True))
    usage = re.compile(
        rf"[我本全](?:{words})|(?:{words})(?:里|内|党|领导|机关|干部|职工|班子|全体)"
        # a word of two characters as a clause's subject (中心现有排水泵站9座, 中心修订了…: r26)
        + "".join(
            f"|(?:^|(?<=[，。；：\n]))(?:{w})(?=现有|共有|年初|全年|今年|已|还|没有|未|修订|制定|出台)"
            for w in allowed
            if len(w) >= 2
        )
        + "".join(f"|{re.escape(n)}" for n in names if len(n) >= 3)
    )
    body = text[begin:]
    for line in own_lines:
        body = body.replace(line, "")  # the signature names the unit without speaking of it
    return usage.search(body) is not None


def _self_word_of(name: str) -> str | None:
    """The self-word a unit's name calls it by (站 for 救助管理站), by the longest ending it has."""
    best = max(
        ((end, word) for word, ends in OWNERS.items() for end in ends if name.endswith(end)),
        key=lambda pair: len(pair[0]),
        default=None,
    )
    return best[1] if best else None


def _renamed(unit: str, own: str) -> str:
    """The other unit's name with the own one put in, keeping its level (县动物…中心 → 县畜牧兽医站)."""
    level = re.match(_LEVEL, unit)
    return (level.group() if level else "") + own


# an ending that opens a longer word is no unit's end (民警队伍, 局面, 所有, 站位: r27)
_OWN_NAME = re.compile(
    rf"[\u4e00-\u9fff]{{0,14}}?(?:{_END})"
    r"(?!(?<=队)[伍员列])(?!(?<=局)[面势限部])(?!(?<=所)[以有属在])(?!(?<=站)[位稳在])"
)


def _own_unit_names(lines: list[str]) -> list[str]:
    """The own unit's names in the author's lines, without the level, the post and the organ (畜牧兽医站)."""
    names = []
    for line in lines:
        for part in _NOT_UNIT.split(line):
            for m in _OWN_NAME.finditer(part):
                name = re.sub(rf"^(?:中共|中国共产党)?{_LEVEL}?", "", m.group())
                if len(name) >= 2:
                    names.append(name)
    return names


@code_rule(
    "R178",
    "other-unit-self-word",
    "residue",
    "warning",
    "“{match}”不是本单位（{own}）的说法：{why}，疑似照搬其他单位的材料后未改",
    "单位在材料里自称“我站”“我院”“我局”“我馆”，称谓随单位的类别走；救助管理站的材料写“我院”，畜牧兽医站的"
    "材料写“作为县动物疫病预防控制中心的一名党员”，文联的材料写“市社科联机关干部……”，都是拿别的单位的材料改的。"
    "配合、协助、向其汇报的单位照常可以写出名称。",
    bad=[
        # the whole unit by another kind's word (在全处通报 in a 中心's, r26)
        GOOD.replace(_SIGN, "宁川县公路事业发展中心主任 王建国").replace(
            _IN, _IN + "中心修订了考勤办法，抽查结果在[全处]通报。"
        ),
        GOOD.replace(_SIGN, "宁川县救助管理站站长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。对在[我院]长期滞留的受助人员，我站甄别安置不及时。"
        ),
        GOOD.replace(_SIGN, "宁川县水文站站长 孙涛").replace(
            _IN, "一是遇到难题有畏难情绪。[本局]汛期值班记录有2天缺失，站里的交接班制度我检查不细。"
        ),
        GOOD.replace(_SIGN, "宁川县畜牧兽医站站长 何军").replace(
            _IN, "一是遇到难题有畏难情绪。[作为县动物疫病预防控制中心的一名]党员，我带头不够。"
        ),
        team_variant("桐溪镇党委领导班子", "临澜市文学艺术界联合会党组领导班子").replace(
            _TEAM_AT, _TEAM_AT + "[市社科联]机关干部下基层调研人均不足4次。"
        ),
        GOOD.replace(_SIGN, "中共东岭机械制造有限公司委员会 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。公司党委对车间支部的检查不细，[局班子成员]事前均未掌握。"
        ),
        GOOD.replace(_SIGN, "南屏市眼科医院领导班子").replace(
            _IN,
            "一是遇到难题有畏难情绪。医院审计发现问题5个，[市中医院]领导班子虽然督促整改，但没有举一反三。",
        ),
    ],
    good=[
        GOOD.replace(_SIGN, "宁川县公路事业发展中心主任 王建国").replace(
            _IN, _IN + "中心修订了考勤办法，抽查结果在全中心通报。"
        ),
        GOOD.replace(_SIGN, "东川发电有限公司运行部 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。本厂2号机组检修时，我到现场检查只有1次。"
        ),
        GOOD,
        GOOD.replace(_SIGN, "宁川县救助管理站站长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。我站与县人民医院签订了救治协议，我站在受助人员角度考虑不够。"
        ),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。我所分管的运输市场科有2项任务滞后，我会认真整改。"),
        GOOD.replace(_SIGN, "宁川县畜牧兽医站站长 何军").replace(
            _IN,
            "一是遇到难题有畏难情绪。作为县畜牧兽医站的一名党员，配合县动物疫病预防控制中心采样时我不够主动。",
        ),
        team_variant("桐溪镇党委领导班子", "临澜市文学艺术界联合会党组领导班子").replace(
            _TEAM_AT, _TEAM_AT + "与市社科联机关干部联合下基层调研只有2次。"
        ),
        GOOD.replace(_SIGN, "宁川县第一中学校长 郑芳").replace(
            _IN, "一是遇到难题有畏难情绪。我校与县实验小学结对帮扶，我联系不够。"
        ),
        GOOD.replace(_SIGN, "宁川县水文站站长 孙涛").replace(
            _IN, "一是遇到难题有畏难情绪。站里的汛期值班我检查不细，局班子成员对站里的工作也提过意见。"
        ),
        GOOD.replace(_SIGN, "南屏市眼科医院领导班子").replace(
            _IN, "一是遇到难题有畏难情绪。与市中医院组建医联体，市中医院领导班子对转诊的意见我们回应不及时。"
        ),
        # 队伍 is no 队: the title names no unit of its kind (r27)
        GOOD.replace(_SIGN, "交警民警队伍思想状况分析").replace(
            _IN, "一是遇到难题有畏难情绪。我局民警加班多，我局谈心谈话流于形式。"
        ),
    ],
)
def other_unit_self_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    begin = ctx.outline.title_end
    selves = sorted(
        [*_SELF.finditer(text, begin), *_WHOLE_SELF.finditer(text, begin)], key=lambda m: m.start()
    )
    belongs = list(_BELONG.finditer(text, begin))
    staff = list(_STAFF.finditer(text, begin))
    bare = list(_BARE_TEAM.finditer(text, begin))
    if not (selves or belongs or staff or bare):
        return
    lines = own_lines(ctx)
    allowed = own_self_words(lines)
    if not allowed:
        return
    names = _own_unit_names(lines)
    own_text = "、".join(dict.fromkeys(names)) or "、".join(sorted(allowed))
    # the own unit's name the text uses most (文联 over 文学艺术界联合会), for the suggestions
    main = max(names, key=lambda n: (n != "委员会", text.count(n), len(n)), default="")
    r117 = _own_kinds(lines)
    speaks = _speaks_of_itself(text, begin, allowed, names, lines) if selves or bare else False
    for m in bare:
        word = m.group("word")
        if not speaks or word in allowed or (word == "公司" and "集团" in allowed):
            continue
        if allowed & _UNDER_ANOTHER:
            continue  # a station's or an institute's material may speak of its superior's team (局班子成员到站调研)
        fix = _self_word_of(main) if main else None
        if fix and fix in allowed:
            yield rule.finding(
                text,
                m.start(),
                m.end(),
                (fix + m.group("team"),),
                own=own_text,
                why=f"本单位的班子不称“{word}{m.group('team')}”",
            )
    for m in selves:
        if not speaks:
            break  # the body never calls the own unit by its word: no usage for the other word to break
        word = m.group("word")
        if word in allowed or (word == "司" and {"公司", "集团"} & allowed):
            continue
        if m.group("det") == "全" and word in ("院", "校") and "中心" in allowed:
            continue  # a 中心 may be a hospital or a school (精神卫生中心 says 全院): its kind is not known (r26)
        if word in _R117_GROUP and r117 & set(_R117_GROUP.values()):
            continue  # R117 compares 全院, 我校 … within its group
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _QUOTED.search(text, line_start, m.start()):
            continue
        lo = max(text.rfind(c, 0, m.start()) for c in _STOPS) + 1
        hi = min((i for c in _STOPS if (i := text.find(c, m.end())) >= 0), default=len(text))
        sentence = text[lo : m.start()] + text[m.end() : hi]
        if any(end in sentence for end in OWNERS[word] if len(end) > 1):
            continue  # 林场护林…跟本场的实际: the sentence names the unit the word points back to
        why = f"单位自称随单位的类别走，本单位不称“{m.group()}”"
        fix = _self_word_of(main) if main else None
        fixes = (m.group("det") + fix,) if fix and fix in allowed else ()
        yield rule.finding(text, m.start(), m.end(), fixes, own=own_text, why=why)
    if not names:
        return
    own = own_kinds(ctx)
    for m in belongs:
        unit = m.group("unit")
        if not _other_name(unit, names, own):
            continue
        fixed = text[m.start() : m.start("unit")] + _renamed(unit, main) + text[m.end("unit") : m.end()]
        yield rule.finding(
            text, m.start(), m.end(), (fixed,), own=own_text, why=f"“{unit}”不是作者所在的单位"
        )
    for m in staff:
        unit = m.group("unit")
        if text.count(unit) > 1 or not _other_name(unit, names, own):
            continue
        clause = max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1
        if _PARTNER.search(text, clause, m.start()) or _QUOTED.search(text, clause, m.start()):
            continue
        stop = min((i for c in "。；，\n" if (i := text.find(c, m.end())) >= 0), default=len(text))
        if _REACTION.search(text, m.end(), stop):
            continue  # 县公路管理段干部职工对我局的考核办法有意见: the other unit speaks of the own
        ending = max(
            (e for e in OWNERS.get(_self_word_of(main) or "", ()) if main.endswith(e)), key=len, default=""
        )
        team = m.group("staff").endswith(("班子", "班子成员"))
        yield rule.finding(
            text,
            m.start("unit"),
            m.end("unit"),
            tuple(dict.fromkeys((_renamed(unit, main), *((ending,) if team and ending else ())))),
            own=own_text,
            why=f"“{unit}”的{'班子' if team else '干部'}不是本单位的{'班子' if team else '干部'}",
        )
