"""A figure that contradicts an earlier figure of the same thing (R196; round r25, residue25).

A material states a count once where it introduces a thing (`我家承包草场3200亩`, `全县12家A级景区`, `其中科研人员
56名`, `全年接待来访台胞87人次`) and names the same thing again further on as a whole: with the own unit's total
(`全县9家A级景区`, `全所48名科研人员`), the own household (`我家2800亩草场`) or looking back at what was counted
(`在接待的78人次中`). A copy from another material or an edit made in one place leaves the two figures apart.

The same thing is the same counter word and the same head noun (the noun right after the counter, or the noun the
earlier clause counts after 有/其中/承包/种植 …), or, for the looking-back frame (在…的N<unit>中), the same verb and
counter word. Quiet: a later mention with no mark of the whole (a part: 其中, 对11个), an earlier fact counted
twice with two figures, a sentence of another time, a change or a plan (去年, 2023年, 新增, 计划, 力争 …).

Round r26 (residue26): the own team spoken of as a whole (`我们队38名环卫工人` after `环卫工人42名`: the noun after the
counter is read as the earlier noun where the text goes on with it), an earlier longer noun that names the whole
(`入园企业136家` … `全园146家企业`), a looking-back frame over another noun of the same verb (`全年完成检测样品4200批次` …
`在全年完成的3800批次检测任务中`), one case's sum told twice (`收受财物共计36万元` … `收受财物32万元`, the same deed
and object, of the same person), and the material's own year (`2024年全市…` in a 2024年度 material) read as no other
time. Quiet too: an earlier figure told as few (`仅在1个街道`, `只有59家`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.campaign_years import title_campaign_year
from mingjing.rules.copy_traces import material_year
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_UNITS = r"万亩|亩|人次|批次|户|名|家|个|所|座|处|件|起|项|头|台|辆|套|间|张|份|公里|万元|吨|场|人"
_NOUN_CHARS = r"A-Za-z0-9\u4e00-\u9fff"
# a counted figure: the number, its counter word
_FIGURE = re.compile(rf"(?<![0-9.．,，%])(?P<n>[1-9][0-9]{{0,5}})(?P<u>{_UNITS})")
# the own unit's or place's total (全县, 全所, 全台): the scope's character (not 全部, 全科)
_SCOPES = "县市区镇乡村所院校厂局站台馆园队场矿社司处"
# the own team or post spoken of as a whole (我们队, 我们班组, 我站): the whole of it, as 全队 is
_OWN_GROUP = r"(?:我们|我)(?:班组|中队|大队|车间|门店|中心|支部|队|站|所|科|室|组|班|店|厂)(?![长员])"
# one case's deed with its sum (收受财物36万元): the same deed and object stand for the same sum
_CASE_DEEDS = r"收受|索取|索要|贪污|挪用|侵占|骗取|套取|截留|违规发放|违规收取"
# the later mention's mark of the whole: the own unit's total (全县, 全所), the own household, looking back
_WHOLE_MARK = Prefiltered(
    re.compile(
        r"(?:全(?P<scope>[" + _SCOPES + r"])|(?P<home>我家|我们家|自家)|(?P<own>" + _OWN_GROUP + r"))"
        rf"(?:共有|现有|共|的)?(?P<n>[1-9][0-9]{{0,5}})(?P<about>余|多)?(?P<u>{_UNITS})"
        r"|在(?:我|我们|全年)?(?P<verb>[\u4e00-\u9fff]{2})(?:过)?的"
        rf"(?P<n2>[1-9][0-9]{{0,5}})(?P<u2>{_UNITS})(?P<tail>[\u4e00-\u9fff]{{0,6}}?)(?:中|之中|里)"
        r"|(?P<deed>" + _CASE_DEEDS + r")(?P<obj>[\u4e00-\u9fff]{1,8}?)(?P<total>共计|累计|合计|共)?"
        r"(?P<n3>[1-9][0-9]{0,3}(?:\.[0-9]{1,2})?)(?P<u3>万元)(?![0-9])"
        # a measure built on the year's total (在2021年完成112场惠民演出的基础上, round r27): the own year's whole
        r"|在(?:20[0-9]{2}年|今年|全年)?(?P<verb4>[\u4e00-\u9fff]{2})了?"
        rf"(?P<n4>[1-9][0-9]{{0,5}})(?P<u4>{_UNITS})(?P<noun4>[\u4e00-\u9fff]{{2,6}}?)的基础上"
    )
)
# where a head noun ends: a mark, a function word or a verb that follows it
_NOUN_END = re.compile(
    r"[^"
    + _NOUN_CHARS
    + r"]|的|中|里|内|都|均|只|仅|已|还|也|有(?=[0-9一二三四五六七八九十几])|没|未|周边|周围|全部|和|与|及|等|在|是|为|被|要|"
    r"进行|开展|存在|实现|达到|占|共|合计|累计|反映|发展"
)
# what may stand right before the noun an earlier clause counts (承包草场3200亩, 其中科研人员56名, 现有国有林场14个)
_NOUN_LEAD = re.compile(
    r"[^"
    + _NOUN_CHARS
    + r"]|现有|共有|拥有|其中|承包|种植|养殖|管护|管理|联系|接待|办理|服务|帮扶|包联|负责|"
    r"受理|收到|走访|入驻|有|达|计"
    # a qualified noun's head (登记在册的家庭农场318家, round r27)
    r"|(?<=在册|在岗|在职|在编|注册|登记|辖区|入驻|入园)的"
)
# a clause of another time, a change or a plan: its figure is not the whole now
_OTHER_TIME = re.compile(
    r"20[0-9]{2}\s*年(?!度)|去年|上年|往年|前年|同期|同比|以前|以往|原来|原有|当时|新增|增加|减少|增至|降至|增长|下降|"
    r"上升|扩大|缩减|计划|目标|力争|预计|争取|拟|确保|不少于|不低于|上半年|下半年|季度|[0-9]{1,2}月|个月|新(?:入|引|签|注|招|建|开|落|进|登|批)"
)


def _other_time(text: str, lo: int, hi: int, year: int | None) -> bool:
    """A mark of another time, a change or a plan from `lo` to `hi`; the material's own year (2024年 in a
    2024年度 material) is the time the material speaks of, no other one."""
    return any(m.group(0).replace(" ", "") != f"{year}年" for m in _OTHER_TIME.finditer(text, lo, hi))


# the time or scope an earlier clause puts before its noun (全年惠民演出86场, 全市在册社区矫正对象412人): not the noun
_SCOPE_LEAD = re.compile(r"^(?:全年|今年|年内|本年度|全[" + _SCOPES + r"])")
# an earlier figure that counts the places it names (到城南、江湾2个司法所): those named, not the whole
# (not a list of counted things: 机扫车辆11台、环卫工人42名 counts the workers)
_NAMED_LIST = re.compile(r"(?<![0-9])[\u4e00-\u9fff]{1,6}、[\u4e00-\u9fff]{1,6}$")
# 人 and 名 count people alike (在册社区矫正对象412人 … 全市460余名社区矫正对象)
_SAME_COUNTER = {"人": "名"}


def _counter(u: str) -> str:
    return _SAME_COUNTER.get(u, u)


def _agrees(own: str, n: str, about: bool) -> bool:
    """Whether the earlier figure `own` is the later `n` (an approximate 460余 holds 460 to 469, 400余 400 to 499)."""
    if not about:
        return own == n
    if "." in own:
        return False
    zeros: int = max(1, len(n) - len(n.rstrip("0")))
    return int(n) <= int(own) < int(n) + int(10**zeros)


# a later mention of a part or of each: not the whole
_PART = re.compile(r"其中|分别|平均|另|每")
# an earlier figure told as few (仅在1个街道, 只有59家): a part, not the whole
_FEW = re.compile(r"(?:仅|只|才|不到|不足)(?:在|有|是|对)?$")
# what makes an earlier, longer noun the whole of a later short one (入园企业136家 … 全园146家企业)
_WHOLE_QUALIFIER = re.compile(r"入园|入驻|在园|在册|在岗|在职|在编|注册|登记|辖区|现有|共有")
# who a case's deed is told of (原主任, 韩某某): a later sum of another person is no contradiction
_PERSON = re.compile(r"原[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]某某?")
# a figure read: its start, number and counter word, the nouns it counts, its clause's text before it
_Fact = tuple[int, str, set[str], str]
_CLAUSE_END = "，,。；：:！？\n"
_SENTENCE_END = "。；！？\n"


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1
    ends = [k for c in _SENTENCE_END if (k := text.find(c, at)) >= 0]
    return start, min(ends) if ends else len(text)


def _noun_after(text: str, at: int) -> str:
    """The head noun right after a counter word (A级景区 of 12家A级景区、), empty when none ends within 8 chars."""
    window = text[at : at + 9]
    m = _NOUN_END.search(window)
    end = m.start() if m else len(window)
    return window[:end] if 2 <= end <= 8 else ""


def _nouns_before(text: str, at: int) -> set[str]:
    """The nouns an earlier clause may count at `at` (草场 and 承包草场 of 我家承包草场3200亩)."""
    clause = max(text.rfind(c, 0, at) for c in "，,。；：:！？、\n（(") + 1
    before = text[max(clause, at - 10) : at]
    nouns = set()
    for m in _NOUN_LEAD.finditer(before):
        noun = before[m.end() :]
        if 2 <= len(noun) <= 8 and re.fullmatch(f"[{_NOUN_CHARS}]+", noun):
            nouns.add(noun)
    if at - 10 <= clause and re.fullmatch(f"[{_NOUN_CHARS}]+", before):
        # the noun without the time or scope before it (全年惠民演出 → 惠民演出: round r27)
        for noun in (before, _SCOPE_LEAD.sub("", before)):
            if 2 <= len(noun) <= 8:
                nouns.add(noun)
    return nouns


def _earlier_facts(text: str, lo: int, hi: int, year: int | None) -> list[tuple[int, str, set[str], str]]:
    """Each figure from `lo` to `hi` outside a sentence of another time: its start, number, nouns and the text
    before it in its clause (for the looking-back frame's verb)."""
    facts = []
    for m in _FIGURE.finditer(text, lo, hi):
        clause = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
        start, _end = _sentence(text, m.start())
        if _other_time(text, start, m.start(), year) or _other_time(text, m.end(), m.end() + 2, year):
            continue
        nouns = _nouns_before(text, m.start())
        after = _noun_after(text, m.end())
        if after:
            nouns.add(after)
        lead = text[max(clause, m.start() - 12) : m.start()]
        if after and _NAMED_LIST.search(lead):
            continue  # the places named and counted (城南、江湾2个司法所): a part (round r27)
        facts.append((m.start(), m["n"] + "\t" + _counter(m["u"]), nouns, lead))
    return facts


def _named(text: str, fact: tuple[int, str, set[str], str]) -> str:
    """The earlier figure with the noun it counts (承包草场3200亩, 12家A级景区), for the message."""
    at = fact[0]
    figure = _FIGURE.match(text, at)
    key = figure.group(0) if figure else fact[1].replace("\t", "")
    before = max((n for n in fact[2] if text.endswith(n, 0, at)), key=len, default="")
    if before:
        return before + key
    return key + _noun_after(text, at + len(key))


def _case_sums(text: str, lo: int, hi: int) -> list[tuple[int, str, set[str], str]]:
    """Each sum in 万元 from `lo` to `hi` that a case's deed counts (收受财物共计36万元), its clause's text before
    it: a case told with its years (于2019年至2023年) is still the case's whole, so no time is read here."""
    sums = []
    for m in _FIGURE.finditer(text, lo, hi):
        if m["u"] != "万元":
            continue
        clause = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
        before = text[clause : m.start()]
        if re.search(_CASE_DEEDS, before) and not _PART.search(before):
            sums.append((m.start(), m["n"] + "\t" + m["u"], {before[-10:]}, before))
    return sums


def _same_case(text: str, m: re.Match[str], sums: list[_Fact]) -> list[_Fact]:
    """The earlier sums of the same deed and object as the mark's (收受财物 … 收受财物), of the same person."""
    clause = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
    persons = [p[:3] for p in _PERSON.findall(text, clause, m.start())]
    same = []
    for f in sums:
        if f[0] >= m.start() or m["deed"] not in f[3] or m["obj"] not in f[3]:
            continue
        sentence = text[_sentence(text, f[0])[0] : f[0]]
        if all(p in sentence for p in persons):
            same.append(f)
    return same


def _same_thing(text: str, m: re.Match[str], g: str, before: list[_Fact]) -> list[_Fact]:
    """The earlier figures of the thing a whole mark counts: the same verb and noun looking back, the same head
    noun (or a longer one that names the whole: 入园企业 for 企业) after a total."""
    if g == "4":
        # the year's total a measure builds on: the same noun, or an earlier one that ends with it (组织义诊 … 义诊)
        noun = m["noun4"]
        return [f for f in before if any(x == noun or x.endswith(noun) for x in f[2])]
    if g:
        verb, tail = m["verb"], m["tail"]
        return [
            f
            for f in before
            if verb in f[3]
            and (not tail or tail[:2] in f[3] or any(x.endswith(tail) or tail[:2] in x for x in f[2]))
        ]
    at, noun = m.end(), _noun_after(text, m.end())
    scope = m["scope"]
    before = [
        f
        for f in before
        if not (scope and re.search("全[" + _SCOPES.replace(scope, "") + "]", f[3])) and not _FEW.search(f[3])
    ]
    same = [f for f in before if noun in f[2] or any(text.startswith(x, at) for x in f[2])]
    if same:
        return same
    return [
        f
        for f in before
        if not _PART.search(f[3])
        and any(
            text.startswith(x[k:], at) and _WHOLE_QUALIFIER.search(x[:k])
            for x in f[2]
            for k in range(1, len(x) - 1)
        )
    ]


# a figure looked back on (上述12次调研中, 以上9次走访): the count the text gave before of the same act or thing
# (全年下乡调研9次, 走访企业14次), round r28; the noun right after the counter, ended by a clause's mark or 中/里
_LOOKED_BACK = Prefiltered(
    re.compile(
        r"(?:上述|前述|以上)(?:的)?(?P<n>[1-9][0-9]{0,4})(?P<u>次|场|家|户|个|名|人次|项|件|起)"
        r"(?P<noun>[\u4e00-\u9fff]{2})(?=中|里|当中|之中|[，。；、：])"
    )
)


# the same number written before as a count of the same noun by another counter or with words between (反馈问题5个方面
# 12条 … 以上12个问题; 共指出3个方面24个具体问题 … 以上24个问题): the look-back agrees with it
_ANY_COUNTER = "条|个|项|次|场|家|户|名|人次|件|起|批"


def _counted_before(text: str, lo: int, hi: int, n: str, noun: str) -> bool:
    count = rf"(?<![0-9.．]){n}(?:{_ANY_COUNTER})"
    near = rf"{noun}[^。；\n]{{0,8}}?{count}|{count}[\u4e00-\u9fff]{{0,3}}{noun}"
    return re.search(near, text[lo:hi]) is not None


def _looked_back(text: str, lo: int) -> Iterator[tuple[int, int, str, str]]:
    """Each figure looked back on with 上述 against the one count given before of its noun with its counter
    (调研9次, 9次调研): start, end, the earlier figure as written and its number."""
    for m in _LOOKED_BACK.finditer(text, lo):
        noun, u, n = m["noun"], m["u"], m["n"]
        earlier = re.compile(
            rf"(?<![0-9.．%])(?P<a>[1-9][0-9]{{0,4}}){u}{noun}|{noun}(?:了)?(?P<b>[1-9][0-9]{{0,4}}){u}(?![0-9])"
        )
        seen = [(e, e["a"] or e["b"]) for e in earlier.finditer(text, lo, m.start())]
        values = {v for _, v in seen}
        if len(values) == 1 and n not in values and not _counted_before(text, lo, m.start(), n, noun):
            e, own = seen[0]
            yield m.start("n"), m.end("n"), e.group(0), own


@code_rule(
    "R196",
    "figure-against-earlier",
    "residue",
    "warning",
    "“{match}”与前文写的“{first}”不一致：同一个数前后写了两个数，疑似修改时只改了一处或沿用其他材料的数字",
    "前文写“我家承包草场3200亩”“全县12家A级景区”，后文再说起同样的东西（我家的草场、全县的A级景区、接待的人次）"
    "就应当是同一个数；前后不一，多半是改稿时只改了一处，或照搬了别人的材料。",
    bad=[
        # a figure looked back on with 上述 (round r28)
        GOOD + "\n上述[12]次调研中，真正解决问题的只有3次。",
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，全县现有农村公路养护站12个，")
        + "\n对全县[9]个农村公路养护站的经费管理，2024年6月前完成专项检查。",
        GOOD.replace("全年到基层调研21次，", "全年接待群众来访63人次，")
        + "\n在接待的[36]人次中，有5件诉求办理超过了1个月。",
        # a longer earlier noun that names the whole (注册物流企业 … 全县N家企业), the own team before the noun
        # (我们队N名协管员 after 协管员30名), one case's sum told twice (r26, residue26)
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，辖区注册物流企业64家，")
        + "\n对全县[46]家企业的安全检查只完成一半。",
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，我们队现有协管员30名，")
        + "\n我们队[26]名协管员大多是劳务派遣人员。",
        GOOD.replace(
            "全年到基层调研21次，", "全年到基层调研21次，原副局长2019年至2022年收受他人财物共计28万元，"
        )
        + "\n对原副局长收受财物[25]万元的问题，班子长期没有察觉。",
        # a rough figure, 人 against 名, a measure built on the year's total (r27, residue27)
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，全县在册低保对象612人，")
        + "\n对全县[680]余名低保对象的动态复核，我只抽查了两个乡镇。",
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，全年开展法治讲座18场，")
        + "\n在今年开展[28]场法治讲座的基础上，明年向村社区延伸。",
    ],
    good=[
        GOOD + "\n上述21次调研中，真正解决问题的只有3次。",
        # the same number counted before by another counter (round r28, the clean-clone run)
        GOOD + "\n巡察反馈问题4个方面13条。以上13个问题，班子逐条认领。",
        GOOD.replace(
            "全年到基层调研21次，", "全年到基层调研21次，原副局长2019年至2022年收受他人财物共计28万元，"
        )
        + "\n对原副局长收受财物28万元的问题，班子长期没有察觉；原科长收受财物5万元的问题也是事后才知道。",
        GOOD.replace(
            "全年到基层调研21次，", "全年到基层调研21次，辖区注册物流企业64家，其中规模以上企业9家，"
        )
        + "\n对全县9家规模以上企业的安全检查只完成一半。",
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，今年新注册物流企业12家，")
        + "\n对全县46家企业的安全检查只完成一半。",
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，婚姻登记周末服务仅在1个街道试点，")
        + "\n下一步在全县5个街道推广。",
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，全县现有农村公路养护站12个，")
        + "\n对全县12个农村公路养护站的经费管理，2024年6月前完成专项检查。",
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，全县现有农村公路养护站12个，")
        + "\n对其中9个农村公路养护站的经费管理开展了专项检查。",
        GOOD.replace("全年到基层调研21次，", "全年接待群众来访63人次，")
        + "\n去年在接待的36人次中，有5件诉求办理超过了1个月。",
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，全县在册低保对象612人，")
        + "\n对全县610余名低保对象的动态复核，我只抽查了两个乡镇。",
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，到东河、西河2个乡镇调研低保工作，")
        + "\n对全县14个乡镇的低保工作，我只听取了汇报。",
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，全年开展法治讲座18场，")
        + "\n在2022年开展12场法治讲座的基础上，今年向村社区延伸。",
    ],
)
def figure_against_earlier(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    lo = ctx.outline.title_end
    for start, end, first, own in _looked_back(text, lo):
        yield rule.finding(text, start, end, (own,), first=first)
    marks = list(_WHOLE_MARK.finditer(text, lo))
    if not marks:
        return
    # a 专题 meeting's title without a year names its campaign's (党史学习教育专题民主生活会: 2021, round r27)
    year = material_year(ctx) or title_campaign_year(ctx.outline.title)
    facts = _earlier_facts(text, lo, marks[-1].start(), year)
    deeds = _case_sums(text, lo, marks[-1].start())
    for m in marks:
        g = "" if m["n"] else "2" if m["n2"] else "3" if m["n3"] else "4"
        n, u = m["n" + g], _counter(m["u" + g])
        about = bool(g == "" and m["about"])
        start, _end = _sentence(text, m.start())
        clause_end = min((k for c in _CLAUSE_END if (k := text.find(c, m.end())) >= 0), default=len(text))
        if _other_time(text, start, clause_end, year) or _PART.search(text, start, m.start()):
            continue
        if g == "3":
            if m["total"]:
                continue  # a sum told as a whole of its own: a first statement
            same = _same_case(text, m, deeds)
            if any(f[1] == n + "\t" + u for f in same):
                continue
        else:
            same = _same_thing(text, m, g, [f for f in facts if f[0] < m.start() and f[1].endswith("\t" + u)])
            if any(_agrees(f[1].split("\t")[0], n, about) for f in same if f[1].endswith("\t" + u)) or any(
                f[1] == n + "\t" + u for f in facts if f[0] < m.start()
            ):
                continue  # the figure was given before, of this thing or another one
        values = {f[1].split("\t")[0] for f in same}
        if len(values) != 1:
            continue
        (own,) = values
        if about and int(own) > int(n):
            continue  # fewer than the earlier figure said roughly (400余 after 460): a round guess, no other count
        yield rule.finding(text, m.start("n" + g), m.end("n" + g), (own,), first=_named(text, same[0]))
