"""Another unit of the author's own kind named once in the body (R124, round r11,
docs/review-copy-traces.md): the title and the signature name one 海关, 农商行, 税务分局 or 县, one
sentence names a sibling (`北塘海关` in 青港海关's material, `第三税务分局` in 第二税务分局's) — the
material it was copied from. R117 compares towns, streets and villages; this rule compares the other
kinds of unit that have siblings of the same name pattern, by the suffix that says the kind."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.sample import GOOD
from mingjing.rules.unit_short_forms import short_forms

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# the suffix that says a unit's kind, as written → the kind (longest first where one holds another)
_KINDS: dict[str, str] = {
    "农村商业银行": "农商行",
    "农商银行": "农商行",
    "农商行": "农商行",
    "农村信用合作联社": "农信社",
    "农村信用社": "农信社",
    "农信社": "农信社",
    "村镇银行": "村镇银行",
    "海关": "海关",
    "税务分局": "税务分局",
    "税务所": "税务所",
    "派出所": "派出所",
    "供电所": "供电所",
    "供电公司": "供电公司",
    "供电局": "供电局",
    "支行": "支行",
    "分行": "分行",
    "卫生院": "卫生院",
    "边检站": "边检站",
    "海事局": "海事局",
    "人民法院": "法院",
    "人民检察院": "检察院",
    "中学": "中学",
    "小学": "小学",
    "人民法庭": "法庭",
    "营业部": "营业部",
    "管理站": "管理站",
    "管理所": "管理所",
    "消防救援大队": "消防救援大队",
    "党支部": "党支部",
    # a branch's own line names its committee (第二支部委员会), its text the branch (第一党支部)
    "支部委员会": "党支部",
    "支部": "党支部",
    "县": "县",
    "市": "市",
    "区": "区",
}
_SUFFIX = re.compile(
    "(?:" + "|".join(sorted(_KINDS, key=len, reverse=True)) + ")"
    # 市场, 区域, 县域 … are words, not a unit's suffix
    # and 县长, 市长, 区长 a post (科技副县长 names no county)
    r"(?!场|民|值|面|容|级|域|间|别|分|块|情|属|直|辖|内|外|长)"
)
# a place's kind and what it is counted by after its name (县14个乡镇, 市所辖3个区, 区内)
_PLACE_KINDS = ("县", "市", "区")
_COUNTED_PARTS = tuple("0123456789一二三四五六七八九十") + ("各", "所辖", "下辖", "共有", "现有", "有")
# kinds whose siblings go by number (第二税务分局, 第三党支部): compared only by that number
_ORDINAL = re.compile(r"第[一二三四五六七八九十0-9]{1,3}$")
# kinds compared by number only: a 党支部 has honours for names (明星党支部, 先进党支部)
_ORDINAL_ONLY = ("党支部",)
_TWO_HAN = re.compile(r"(?![的之和与及在是了对把被为])[\u4e00-\u9fff]{2}")
_PLACE_TAGS = ("ns", "nr", "nz", "nt")
# a unit named as a neighbour, a model, a partner or one of several, before or after its name
_PARTNER_BEFORE = re.compile(
    r"(?:邻|周边|兄弟|学习|考察|参观|对口|帮扶|结对|交流|借鉴|先进|赴|前往|与|和|同|跟|向|及|、|联合|支援|"
    r"协作|调任|调入|调到|曾|原|挂职|毗邻|相邻|交界|接壤|比如|例如|像|如|各|等|"
    r"比|较|相较|对比|高于|低于|落后于|超过)[^，。；：\n]{0,4}$"  # a comparison (比东关支行多1笔, round r14)
)
_PARTNER_AFTER = re.compile(
    r"^(?:等|和|与|、|及|同)|^[^，。；：\n]{0,6}?(?:学习|考察|参观|交流|取经|观摩|对接|联合|合作|共建)"
)


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
# a place's body after its level word (县医保局, 市文旅局, 县人民医院)
_LEVEL_BODY = re.compile(
    r"[\u4e00-\u9fff]{1,6}?(?:局|委员会|委|人民政府|政府|人民法院|人民检察院|医院|中学|小学|大队|中心|办公室)"
)
# a date or a figure before a name is no part of it (11月桐安县: the name is 桐安)
_DATE_HEAD = re.compile(r"^.*[0-9０-９年月日号]")
# verbs of aim and action before the level word of the unit they take as object (力争市第二人民医院…, 会同县
# 农业农村局…): jieba tags some of them as names (力争 nz, 力求 n), none is a place (round r24)
_VERBS_BEFORE_LEVEL = frozenset(
    "力争 力求 争取 确保 推动 推进 促进 协调 督促 配合 会同 联合 组织 邀请 指导 协助 帮助 支持 提请 报请 请示 "
    "对接 联系 依托 服务 保障 助力 带动 全力".split()
)


# function characters that open or close no place name
_NO_NAME_FIRST = frozenset(
    "后经被由将把对向在从为以与及并且等也都就还又已未再才要需应可能会让使给按据依至到时每各该本我其此"
)
_NO_NAME_LAST = frozenset("经被由将把对向在从为以与和及并等的了到给让使按据依至是")
_RARE = 100  # jieba's count under which a noun before a level word is taken for a place name it does not know


def _place_noun(clause: str, rare: bool) -> bool:
    """One word of the noun tags, counted rarely or not at all by jieba's dictionary when `rare` (秀水 n 21; 根据 p,
    人口 n 23244, 老区 n 226 are no place names); right after a date any noun (7月梧桐县人社局)."""
    import rjieba

    from mingjing.rules.postag import tag

    if clause[0] in _NO_NAME_FIRST or clause[-1] in _NO_NAME_LAST:
        return False  # 后经市: an adverb and a preposition jieba's model reads as one noun
    words = tag(clause)
    if len(words) != 1 or words[0][1] not in ("n", "nz", "ns", "nr", "nt"):
        return False
    return not rare or rjieba.suggest_freq(clause) < _RARE


def _name_before(text: str, at: int) -> str | None:
    """The name written before the suffix at `at`: a number (第三) or a place name of two or three
    characters by jieba's tags (北塘 海关, 桐溪县), None when the words before are no name."""
    m = _ORDINAL.search(text, max(0, at - 5), at)
    if m:
        return m.group()
    from mingjing.rules.postag import tag, words_before

    written = words_before(text, at, 4)
    clause = _DATE_HEAD.sub("", written)
    if len(clause) < 2 or clause[-2:] in _VERBS_BEFORE_LEVEL:
        return None
    # a clause that opens with the name (after a date or a mark) and a county's body after the level word: a
    # place name jieba does not know (2025年秀水县医保局: 秀水 n), round r24
    dated, opens = clause != written, len(written) < 4
    if (
        (dated or opens)
        and _HAN_NAME.fullmatch(clause)
        and _LEVEL_BODY.match(text, at + 1)
        and _place_noun(clause, rare=not dated)
    ):
        return clause
    words = tag(clause + text[at : at + 2])
    # the name is the last word before the suffix (or the word that holds both); a name jieba splits into
    # place words (桐|安县) is read from the first of them
    at_clause, name, run = 0, None, None
    for word, t in words:
        end = at_clause + len(word)
        if t in _PLACE_TAGS:
            run = at_clause if run is None else run
        else:
            run = None
        if end >= len(clause) and at_clause < len(clause):
            for begin in (run, at_clause) if run is not None and run < at_clause else (at_clause,):
                if t in _PLACE_TAGS and 2 <= len(clause) - begin <= 3:
                    name = clause[begin:]
                    break
            break
        at_clause = end
    return name


# words before 市, 区 or 县 that make a kind of place, not a place's name (大都市, 开发区, 自治县)
_GENERIC = (
    "大都",
    "大湾",
    "自治",
    "开发",
    "高新",
    "经开",
    "示范",
    "试验",
    "保税",
    "风景",
    "自贸",
    "新城",
    "中心",
)


# a place's kind as a word of its own: any word before it makes a title (文明城市, 园林城市) or a kind, no name
_TITLED_PLACES = ("城市", "县城", "城区", "城镇", "乡镇")


def _common_word(written: str) -> bool:
    """超市, 大都市, 开发区: one word of the dictionary that is no place name, or a kind of place."""
    from mingjing.rules.postag import tag

    if written.endswith(("市", "区", "县")) and written[:-1].endswith(_GENERIC):
        return True
    if written.endswith(_TITLED_PLACES):
        return True  # 文明城市, 卫生县城, 森林城市: a title a place wins, never a place's name (r19)
    words = tag(written)
    return len(words) == 1 and words[0][1] not in _PLACE_TAGS


def _own_units(lines: list[str]) -> dict[str, set[str]]:
    """kind → the names the author's lines give it (海关 → {青港}, 税务分局 → {第二}, 县 → {青石})."""
    own: dict[str, set[str]] = {}
    for line in lines:
        for m in _SUFFIX.finditer(line):
            kind = _KINDS[m.group()]
            before = line[: m.start()]
            if before[-1:] + m.group() in _TITLED_PLACES:
                continue  # 汉江市城市停车…: 城市 names no city 市城
            o = _ORDINAL.search(before)
            name = o.group() if o else before[-2:]
            if kind in _ORDINAL_ONLY and not o:
                continue
            if o or _TWO_HAN.fullmatch(name):
                own.setdefault(kind, set()).add(name)
    return own


# branches whose siblings share the whole tail of the own name (北岭高速公路运营分公司 / 南岭运营分公司)
_BRANCH = re.compile(r"[\u4e00-\u9fff]{4,24}?(?:分公司|项目部|收费站|管理处|分中心|分院|分局)")
_TAIL_MIN = 2  # characters of the own name kept before the kind's word


def _branch_siblings(text: str, body: int, lines: list[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, own) of a place name (jieba's tags) written before a tail of the own branch's
    name, that the author's lines do not hold: 南岭运营分公司 in 北岭高速公路运营分公司's material."""
    from mingjing.rules.postag import tag

    own_text = "\n".join(lines)
    units = [m.group() for line in lines for m in _BRANCH.finditer(line)]
    seen: set[int] = set()
    for unit in units:
        kind = next(
            k for k in ("分公司", "项目部", "收费站", "管理处", "分中心", "分院", "分局") if unit.endswith(k)
        )
        for cut in range(len(unit) - len(kind) - _TAIL_MIN, 0, -1):
            tail = unit[cut:]
            at = text.find(tail, body)
            while at >= 0:
                if at not in seen:
                    seen.add(at)
                    words = tag(text[max(body, at - 3) : at])
                    name, t = words[-1] if words else ("", "")
                    if t in _PLACE_TAGS and 2 <= len(name) <= 3 and name not in own_text:
                        yield at - len(name), at + len(tail), unit
                at = text.find(tail, at + 1)


_QUALIFIER_TAGS = ("n", "j")  # jieba's tags of a word that qualifies a numbered unit (外科, 本科生, 机关)
_UNIT_ENDS = "局院委厅部办所站司校"


def _qualified(
    text: str, start: int, lines: list[str], ordinal: str, own_name: str, fixes: tuple[str, ...]
) -> tuple[int, tuple[str, ...]]:
    """The span's start and the fixes of a numbered sibling whose qualifier is written before its number
    (按照[本科生第二党支部] in 研究生第三党支部's material, r24): a qualifier of the own line's is kept (its tail after
    it offered), another one goes with the number and the own qualifier comes back with the own number."""
    from mingjing.rules.postag import tag, words_before

    clause = words_before(text, start, 8)
    words = tag(clause) if clause else ()
    if not words or not words[-1][1].startswith(_QUALIFIER_TAGS) or len(words[-1][0]) < 2:
        return start, fixes
    word = words[-1][0]
    line = next((x for x in lines if ordinal in x), "")
    at = line.find(ordinal)
    if at < 0:
        return start, fixes
    head = line[:at]
    if head.endswith(word):
        return start, fixes  # the own qualifier: only the number differs
    if word in head:  # a word of the own unit's name before it (医院第一党支部 of 人民医院内科第二党支部)
        tail = head[head.rindex(word) + len(word) :]
        return start, (tail + own_name,) if tail else fixes
    own_words = tag(head) if head else ()
    mine = own_words[-1][0] if own_words and own_words[-1][1].startswith(_QUALIFIER_TAGS) else ""
    if len(mine) == 3 and mine[0] in _UNIT_ENDS:
        mine = mine[1:]  # 局机关: jieba glues the unit's last character to the qualifier (…运输局机关)
    return start - len(word), (mine + own_name,)


# the rest of the own unit's name after its place (殡葬服务中心 of 柏溪县殡葬服务中心领导班子)
_UNIT_TAIL = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:中心|局|院|所|站|馆|校|公司|集团|委员会|办公室|队|场|厂)")
# the word a unit of the kind is called by inside its own material (中心, 局)
_KIND_WORD = re.compile(r"(?:中心|委员会|办公室|公司|集团|[局院所站馆校队场厂])$")
# a case named by a unit (…中心案件发生后): the material's own case needs no unit's name
_CASE_AFTER = re.compile(r"案件|案(?![例卷头])|事件")


def _own_unit_tail(lines: list[str], own_name: str, text: str, at: int) -> str:
    """The own unit's name after its place (`own_name`) as the author's lines write it, when the text at `at`
    goes on with it."""
    for line in lines:
        k = line.find(own_name)
        if k < 0:
            continue
        m = _UNIT_TAIL.match(line, k + len(own_name))
        if m is not None and text.startswith(m.group(), at):
            return m.group()
    return ""


@code_rule(
    "R124",
    "other-unit-same-kind",
    "residue",
    "error",
    "“{match}”与本材料的单位（{own}）不符：同类的别的单位只在这里出现一次，疑似照搬兄弟单位材料后未改全",
    "照抄兄弟单位（别的海关、分局、支行、农商行、县）的材料时，标题和落款改了，正文里偶尔提到的单位名称最容易漏改。",
    bad=[
        GOOD.replace("宁川县交通运输局局长 王建国", "青港海关查验一科科长 王建国").replace(
            "我两天后才安排核查。", "[北塘海关]转来线索后，我两天后才安排核查。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县税务局第一税务分局局长 王建国").replace(
            "我两天后才安排核查。", "我两天后才安排核查，没有对照[第四税务分局]的岗位查找风险。"
        ),
        GOOD.replace("我两天后才安排核查。", "我两天后才安排核查，[丰林县]班线整治也没有跟进。"),
        GOOD.replace("宁川县交通运输局局长 王建国", "中共宁川县交通运输局机关第二支部委员会").replace(
            "我两天后才安排核查。", "我两天后才安排核查，[第三党支部]要建立舆情台账。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "省路桥集团东岗高速公路养护分公司经理 王建国").replace(
            "我两天后才安排核查。", "我两天后才安排核查，[西岗养护分公司]的隐患台账也没有调阅。"
        ),
        # the own unit's whole name under another place, before the case it names (r26)
        GOOD.replace(
            "我两天后才安排核查。",
            "我两天后才安排核查。[丰林县交通运输局]案件发生后，班子只组织了1次集中学习。",
        ),
    ],
    good=[
        GOOD,
        GOOD.replace("宁川县交通运输局局长 王建国", "青港海关查验一科科长 王建国").replace(
            "我两天后才安排核查。", "我两天后才安排核查，也没有到北塘海关学习他们的做法。"
        ),
        GOOD.replace("我两天后才安排核查。", "我两天后才安排核查，与丰林县交界路段的整治也没有跟进。"),
        GOOD.replace("我两天后才安排核查。", "我两天后才安排核查，宁川县城区路段的整治也没有跟进。"),
        GOOD.replace("宁川县交通运输局局长 王建国", "省路桥集团东岗高速公路养护分公司经理 王建国").replace(
            "我两天后才安排核查。", "我两天后才安排核查，也没有向西岗养护分公司学习隐患台账的做法。"
        ),
        # a title a place wins (文明城市) is no sibling city (r19)
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川市交通运输局局长 王建国").replace(
            "我两天后才安排核查。", "我两天后才安排核查，市委部署的“文明城市创建”宣传专栏晚了两个月上线。"
        ),
    ],
)
def other_unit_same_kind(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    lines = own_lines(ctx)
    text = ctx.text
    body = ctx.outline.title_end
    for start, end, unit in _branch_siblings(text, body, lines):
        line_start = text.rfind("\n", 0, start) + 1
        if text.count(text[start:end]) > 1 or _PARTNER_BEFORE.search(text, line_start, start):
            continue
        if _PARTNER_AFTER.match(text[end : end + 12]):
            continue
        yield rule.finding(text, start, end, short_forms(text[start:end], text[end : end + 8]), own=unit)
    own = _own_units(lines)
    if not own:
        return
    own_text = "\n".join(lines)
    for m in _SUFFIX.finditer(text, body):
        kind = _KINDS[m.group()]
        names = own.get(kind)
        if not names:
            continue
        name = _name_before(text, m.start())
        if (
            name is None
            or _common_word(name + m.group())
            or name in own_text
            or any(n.endswith(name) or name.endswith(n) for n in names)
        ):
            continue
        if _ORDINAL.fullmatch(name) and not any(_ORDINAL.fullmatch(n) for n in names):
            continue  # numbered siblings are compared with a numbered own unit only
        if kind in _ORDINAL_ONLY and not _ORDINAL.fullmatch(name):
            continue
        if text.count(name + m.group() if _ORDINAL.fullmatch(name) else name) > 1:
            continue  # named again: a unit the material speaks of, not a leftover
        start = m.start() - len(name)
        line_start = text.rfind("\n", 0, start) + 1
        if _PARTNER_BEFORE.search(text, line_start, start) or _PARTNER_AFTER.match(
            text[m.end() : m.end() + 12]
        ):
            continue
        if text[line_start : text.find("\n", start) if "\n" in text[start:] else len(text)].strip() in lines:
            continue
        own_name = sorted(names)[0] + m.group()
        fixes = ((own_name,) if len(names) == 1 else ()) + short_forms(
            text[start : m.end()], text[m.end() : m.end() + 8]
        )
        if m.group() in _PLACE_KINDS and text.startswith(_COUNTED_PARTS, m.end()):
            # another county counted by its parts (云岚县14个乡镇, round r27): the writer's own 我县 reads as the
            # material does, whatever the own county's name
            fixes = (*fixes, "我" + m.group())
        if _ORDINAL.fullmatch(name) and len(names) == 1:
            start, fixes = _qualified(text, start, lines, sorted(names)[0], own_name, fixes)
        end = m.end()
        if len(names) == 1 and (tail := _own_unit_tail(lines, own_name, text, end)):
            # the own unit's whole name under another place (宁阳县殡葬服务中心 in 柏溪县殡葬服务中心's material,
            # r26): the whole name goes, the own one offered, or its kind's word alone (中心对…), or none before
            # the case it names (…案件发生后)
            end += len(tail)
            kind_word = _KIND_WORD.search(tail)
            fixes = (
                own_name + tail,
                *((kind_word.group(),) if kind_word else ()),
                *(("",) if _CASE_AFTER.match(text, end) else ()),
            )
            own_name += tail
        if kind == "党支部" and text.startswith("委员会", end):
            # another branch's committee where the own one's belongs (第二党支部委员会 in 第三党支部's material,
            # round r22): the whole name, or the committee as its members call it
            end += 3
            fixes = tuple(f + "委员会" for f in fixes[:1]) + ("支委会",)
        yield rule.finding(text, start, end, fixes, own=own_name)
