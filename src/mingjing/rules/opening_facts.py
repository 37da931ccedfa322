"""The opening's facts against later mentions of the same thing (R170, R171; round r19), and the
opening's count of aspects against the meeting's (R173; round r19).

A material's opening says once who fed back and how much (`2025年4月至6月，县委第三巡察组对我局党组开展了常规
巡察，…指出问题4个方面16条`); later the text names that group and that count again (`对第三巡察组指出的问题`,
`这次巡察反馈的16个问题`). A material copied from another unit's, or an edit made in one place only, leaves
another ordinal (`第五巡察组`) or another count (`16个问题` against `18条`) in the later mention.

R170 reads the ordinal of an inspecting group (第N巡察组, 巡视组, 督导组, 督查组, 指导组, 检查组, 审计组): the opening
names one ordinal of the kind; any later mention of the same kind with another ordinal is reported, whatever
the group does there (反馈, 指出 as well as 接受…的监督, 向…报告, 按照…的要求: round r20, from set 38's
`接受市委第五巡察组和同志们的监督`). Quiet: another owner (`市委第四巡察组` against `县委第三巡察组`), a sentence
that looks back (上一轮, 2023年, 去年) or works with the group on others (配合, 协助, 下属单位), an opening of two
ordinals of the kind.

R171 reads the count of one feedback (巡察/巡视, 审计, 督查/督导, and the opinions canvassed: 征求/收集/征集 意见):
the opening's sentence that names one source gives its counts (`反馈问题4个方面18条` gives 18; `收集意见建议42条，
归纳整理为5个方面21条` gives 42 and 21); a later mention of the whole (`对巡察反馈的16个问题`, `对征求到的28条意见
建议`) with a count the opening does not give is reported. Quiet: a part of it (其中, 涉及…的, 中的), a sentence that
looks back (上年度, 2023年, 上一轮), an opening that gives no count of that source. Round r20: "the above" problems
by their count (`确保上述17个问题整改到位`, `以上8个问题`, `针对反馈的16个问题`, `这11个问题`) where the opening
counts a 巡察/审计/督查 feedback, read against every count the text could mean: the opening's, the problems the
text counts before it, the items of its part and the points of its item.

R173 reads the opening's own count of the aspects it examines (`现对照六个方面，检视剖析如下`, `从以下五个方面
查摆`): where the meeting's pack has another number of aspects (four in a 2023 主题教育 组织生活会) and the material's
own problem part does not list that many, the count was kept from a material of another meeting or year. Quiet: a count of what was
fed back or canvassed (反馈的4个方面问题, 征求意见…5个方面), a sentence that looks back, a pack with aspects still
pending, a problem part that lists as many aspects as the count."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.numerals import chinese_count, parse_chinese_number
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_CN = "一二两三四五六七八九十"
_OWNER = r"(?:省委|市委|州委|县委|区委|旗委|盟委|党委|党组)"
_GROUP = Prefiltered(
    re.compile(
        rf"(?P<owner>{_OWNER})?第(?P<n>[{_CN}]{{1,3}}|[0-9]{{1,2}})"
        r"(?P<kind>巡察组|巡视组|督导组|督查组|指导组|检查组|审计组)"
    )
)
# a sentence on the group's work elsewhere (对下属单位的巡察, 其他单位), not on this unit's feedback
_OTHERS = re.compile(
    r"下属|所属|其他单位|兄弟单位|别的单位|系统内|对[^。；，]{0,8}(?:开展|进行)[^。；，]{0,4}巡"
)
_LOOKS_BACK = re.compile(
    r"上一轮|上轮|上次|上一次|去年|上年|往年|以往|此前|曾|20\d{2}\s*年(?!\d{1,2}\s*月)|配合|协助|陪同"
)
_SENTENCE_END = "。；！？\n"

# the sources of one feedback, each a class of words
_SOURCES = (
    ("巡察", re.compile(r"巡察|巡视")),
    ("审计", re.compile(r"审计")),
    ("督查", re.compile(r"督查|督察|督导")),
    ("意见", re.compile(r"(?:征求|收集|征集|听取|梳理)[^。；]{0,12}?(?:意见|建议)")),
)
_COUNT = re.compile(
    rf"([0-9]{{1,4}}|[{_CN}]{{1,3}})\s*([个条项件])"
    r"(?!方面|百分点|月|人|小时|工作日|乡镇|村|社区|部门|单位|支部|党支部|科室|班子|领域|批次)"
)
# a later mention of the whole: the source, the verb, the count, what is counted; before it, from the clause's
# start, only what names the whole (对, 这次, 县委 …)
_WHOLE = Prefiltered(
    re.compile(
        r"(?P<src>巡察|巡视|审计|督查|督察|督导)(?:组|办|机关)?(?:反馈|指出|发现|移交|交办|通报)的"
        rf"(?P<n>[0-9]{{1,4}}|[{_CN}]{{1,3}})\s*(?P<u>[个条项件])(?:具体)?(?:问题|意见)"
        r"|(?P<src2>征求|收集|征集|梳理)(?:到|出)?的"
        rf"(?P<n2>[0-9]{{1,4}}|[{_CN}]{{1,3}})\s*(?P<u2>[个条项件])(?:意见建议|意见和建议|意见|建议)"
    )
)
_NAMER = re.compile(rf"(?:对|针对|对照|围绕)?(?:这次|本次|此次|这轮|本轮|上级|会前)?{_OWNER}?")
_CLAUSE_END = "，。；：！？\n"
_PART_AFTER = re.compile(r"^(?:中的|中有|中涉及|中关于|里的|里有)")
_GOOD_OPEN = "按照县委要求，"
_AT = "一是学得不够深。"


def _opening(ctx: ReviewContext) -> tuple[int, int]:
    """The opening's span: the preamble, else what stands between the title and the first part."""
    o = ctx.outline
    if o.preamble_start is not None and o.preamble_end is not None:
        return o.preamble_start, o.preamble_end
    first = min((s.start for s in o.sections), default=o.title_end)
    return o.title_end, max(first, o.title_end)


def _sentence(text: str, at: int, lo: int = 0) -> tuple[int, int]:
    start = max(lo, max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1)
    ends = [k for c in _SENTENCE_END if (k := text.find(c, at)) >= 0]
    return start, min(ends) if ends else len(text)


def _number(written: str) -> int | None:
    return int(written) if written.isdigit() else parse_chinese_number(written.replace("两", "二"))


def _written(n: int, like: str) -> str:
    return str(n) if like.isdigit() else chinese_count(n)


@code_rule(
    "R170",
    "group-ordinal-against-opening",
    "residue",
    "warning",
    "“{match}”与开头写的“{opening}”不一致，疑似借用其他单位材料或修改时只改了一处",
    "开头写明了哪个巡察组（巡视组、督导组）来反馈，后文再提到同一次反馈时组别写成另一个，多半是照搬了别的单位"
    "或往年的材料。",
    bad=[
        variant(_GOOD_OPEN, "县委第三巡察组对局党组开展了常规巡察。按照县委要求，").replace(
            _AT, "一是学得不够深。对[县委第五巡察组]指出的问题存在等一等的心态。"
        ),
        variant(_GOOD_OPEN, "市委第二巡察组反馈问题12条。按照县委要求，").replace(
            _AT, "一是学得不够深。对照[第四巡察组]反馈意见，我逐条认领。"
        ),
    ],
    good=[
        variant(_GOOD_OPEN, "县委第三巡察组对局党组开展了常规巡察。按照县委要求，").replace(
            _AT, "一是学得不够深。对县委第三巡察组指出的问题存在等一等的心态。"
        ),
        variant(_GOOD_OPEN, "县委第三巡察组对局党组开展了常规巡察。按照县委要求，").replace(
            _AT, "一是学得不够深。2023年县委第五巡察组指出的问题有1个未销号。"
        ),
        variant(_GOOD_OPEN, "县委第三巡察组对局党组开展了常规巡察。按照县委要求，").replace(
            _AT, "一是学得不够深。配合市委第四巡察组对下属单位的巡察不主动。"
        ),
    ],
)
def group_ordinal_against_opening(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    lo, hi = _opening(ctx)
    if hi <= lo:
        return
    opened: dict[str, set[tuple[str, int]]] = {}
    for m in _GROUP.finditer(text, lo, hi):
        n = _number(m.group("n"))
        if n is not None:
            opened.setdefault(m.group("kind"), set()).add((m.group("owner") or "", n))
    if not opened:
        return
    for m in _GROUP.finditer(text, hi):
        kind = m.group("kind")
        ordinals = {n for _, n in opened.get(kind, ())}
        n = _number(m.group("n"))
        if len(ordinals) != 1 or n is None or n in ordinals:
            continue
        owners = {o for o, _ in opened[kind] if o}
        if m.group("owner") and owners and m.group("owner") not in owners:
            continue  # another body's group
        start, end = _sentence(text, m.start())
        # any later mention of the kind is the same group (接受…监督, 向…报告, 按照…的要求 as well as 反馈): a
        # material names one inspection; only one that looks back or works with the group on others is another
        if _LOOKS_BACK.search(text, start, end) or _OTHERS.search(text, start, end):
            continue
        (own,) = ordinals
        fixed = text[m.start() : m.start("n")] + _written(own, m.group("n")) + text[m.end("n") : m.end()]
        yield rule.finding(
            text,
            m.start(),
            m.end(),
            (fixed,),
            opening=fixed if m.group("owner") else f"第{_written(own, m.group('n'))}{kind}",
        )


def _opening_counts(text: str, lo: int, hi: int) -> dict[str, set[int]]:
    """Each source's counts in the opening's sentences that name that source alone."""
    counts: dict[str, set[int]] = {}
    at = lo
    while at < hi:
        end = min((k for c in _SENTENCE_END if (k := text.find(c, at, hi)) >= 0), default=hi)
        sentence = text[at:end]
        named = [name for name, words in _SOURCES if words.search(sentence)]
        if len(named) == 1:
            for c in _COUNT.finditer(sentence):
                n = _number(c.group(1))
                if n is not None:
                    counts.setdefault(named[0], set()).add(n)
        at = end + 1
    return counts


def _source(word: str) -> str:
    return next(name for name, words in _SOURCES if words.search(word + "意见"))


@code_rule(
    "R171",
    "feedback-count-against-opening",
    "residue",
    "warning",
    "“{match}”与开头写的数目（{opening}）不一致，疑似修改时只改了一处或沿用其他材料",
    "开头写明了巡察（审计、督查）反馈或征求到的问题、意见数目，后文再提到这些问题的总数时，数目应当一致。",
    bad=[
        variant(_GOOD_OPEN, "县委巡察组反馈了4个方面18条问题。按照县委要求，").replace(
            _AT, "一是学得不够深。对县委巡察反馈的[16个问题]，我没有逐一过问。"
        ),
        variant(_GOOD_OPEN, "审计局反馈审计发现问题9个。按照县委要求，").replace(
            _AT, "一是学得不够深。对审计反馈的[7个问题]，整改进度不一。"
        ),
    ],
    good=[
        variant(_GOOD_OPEN, "县委巡察组反馈了4个方面18条问题。按照县委要求，").replace(
            _AT, "一是学得不够深。对县委巡察反馈的18个问题，我没有逐一过问。"
        ),
        variant(_GOOD_OPEN, "县委巡察组反馈了4个方面18条问题。按照县委要求，").replace(
            _AT, "一是学得不够深。巡察反馈问题中涉及我分管领域的6个问题，已整改4个。"
        ),
        variant(_GOOD_OPEN, "县委巡察组反馈了4个方面18条问题。按照县委要求，").replace(
            _AT, "一是学得不够深。2023年巡察反馈的12条问题已全部整改。"
        ),
    ],
)
def feedback_count_against_opening(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    lo, hi = _opening(ctx)
    if hi <= lo:
        return
    matches = list(_WHOLE.finditer(text, hi))
    above = list(_ABOVE.finditer(text, hi))
    if not matches and not above:
        return
    opened = _opening_counts(text, lo, hi)
    yield from _above_counts(ctx, rule, above, opened, (lo, hi), [(m.start(), m.end()) for m in matches])
    for m in matches:
        g = "" if m.group("src") else "2"
        source = _source(m.group("src" + g))
        counts = opened.get(source)
        n = _number(m.group("n" + g))
        if not counts or n is None or n in counts:
            continue
        if _PART_AFTER.search(text[m.end() : m.end() + 4]):
            continue
        clause = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
        if not _NAMER.fullmatch(text, clause, m.start()):
            continue  # a part or another whole (涉及我的6个问题, 2023年巡察反馈的…)
        start, end = _sentence(text, m.start("src" + g))
        if _LOOKS_BACK.search(text, start, end) or "其中" in text[start : m.start("src" + g)]:
            continue
        written = m.group("n" + g)
        s, e = m.start("n" + g), m.end()
        suggestion: tuple[str, ...] = ()
        # the opening's count of that very thing when it gives several (收集到意见建议14条，其中涉及本人的6条,
        # 围绕“五个带头”: 14, r25)
        tied = counts if len(counts) == 1 else _tied_counts(text, lo, hi, source) & counts
        if len(tied) == 1:
            (own,) = tied
            suggestion = (_written(own, written) + text[m.end("n" + g) : e],)
        yield rule.finding(text, s, e, suggestion, opening="、".join(str(c) for c in sorted(counts)))


_NUM = rf"[0-9]{{1,4}}|[{_CN}]{{1,3}}"
# a count tied to what a source gives: right after its noun (意见建议14条, 问题共18个) or right before it (14条意见)
_TIED = {
    name: re.compile(
        rf"(?:{noun})(?:共计|合计|总计|共|计)?\s*(?P<a>{_NUM})\s*[个条项件](?!方面)"
        rf"|(?P<b>{_NUM})\s*[个条项件](?:具体|突出)?(?:{noun})"
    )
    for name, noun in (
        ("意见", "意见建议|意见和建议|意见|建议"),
        ("巡察", "问题"),
        ("审计", "问题"),
        ("督查", "问题"),
    )
}


def _tied_counts(text: str, lo: int, hi: int, source: str) -> set[int]:
    """The counts the opening ties to the noun of `source` (not a part after 其中 or 涉及, nor a count in quotes)."""
    out: set[int] = set()
    for c in _TIED[source].finditer(text, lo, hi):
        clause = max(text.rfind(x, lo, c.start()) for x in _CLAUSE_END) + 1
        before = text[max(clause, lo) : c.start()]
        if "其中" in before or "涉及" in before or before.count("“") > before.count("”"):
            continue
        if (n := _number(c.group("a") or c.group("b"))) is not None:
            out.add(n)
    return out


# a later mention of "the above" problems by their count (确保上述17个问题整改到位, 以上8个问题, 针对反馈的16个问题)
_ABOVE = Prefiltered(
    re.compile(
        r"(?:上述|以上|前述|前面的|这些|这|反馈的|指出的|交办的|移交的)"
        rf"(?P<n>[0-9]{{1,4}}|[{_CN}]{{1,3}})\s*(?P<u>[个条项])(?:具体|突出)?问题"
    )
)
# a count of problems the text itself states (查摆出3个问题, 梳理问题12条)
_PROBLEM_COUNT = re.compile(
    rf"([0-9]{{1,4}}|[{_CN}]{{1,3}})\s*[个条项](?:具体|突出|主要)?问题|问题(?:共计|共|有)?([0-9]{{1,4}}|[{_CN}]{{1,3}})\s*[个条项]"
)
_FEEDBACK_SOURCES = ("巡察", "审计", "督查")


def _known_counts(ctx: ReviewContext, at: int, lo: int, hi: int) -> set[int]:
    """Every count the text could mean by "the above N problems" at `at`: the opening's counts, the problems
    the text counts before it, the items of its part and the points of its item."""
    text = ctx.text
    known: set[int] = set()
    for c in _COUNT.finditer(text, lo, hi):
        if (n := _number(c.group(1))) is not None:
            known.add(n)
    for c in _PROBLEM_COUNT.finditer(text, hi, at):
        if (n := _number(c.group(1) or c.group(2))) is not None:
            known.add(n)
    problems = 0
    for section in ctx.outline.sections:
        if section.kind == "problems":
            problems += len(section.items)
            known.add(sum(len(i.points) for i in section.items))
        if section.start <= at < section.end:
            known.add(len(section.items))
            for item in section.items:
                if item.start <= at < item.end:
                    known.add(len(item.points))
    known.add(problems)
    return known


def _above_counts(
    ctx: ReviewContext,
    rule: Rule,
    above: list[re.Match[str]],
    opened: dict[str, set[int]],
    opening: tuple[int, int],
    taken: list[tuple[int, int]],
) -> Iterator[Finding]:
    """R171's mentions of "the above" problems: where the opening counts one feedback's problems, a later
    "上述N个问题" with a count the text never gives of problems was kept from another draft."""
    fed = [name for name in _FEEDBACK_SOURCES if opened.get(name)]
    if not above or not fed:
        return
    text = ctx.text
    lo, hi = opening
    for m in above:
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        n = _number(m.group("n"))
        if n is None or n in _known_counts(ctx, m.start(), lo, hi):
            continue
        if _PART_AFTER.search(text[m.end() : m.end() + 4]):
            continue
        start, end = _sentence(text, m.start())
        if _LOOKS_BACK.search(text, start, end) or "其中" in text[start : m.start()]:
            continue
        counts = set().union(*(opened[name] for name in fed))
        suggestion: tuple[str, ...] = ()
        if len(fed) == 1 and len(opened[fed[0]]) == 1:
            (own,) = opened[fed[0]]
            suggestion = (_written(own, m.group("n")) + text[m.end("n") : m.end()],)
        yield rule.finding(
            text, m.start("n"), m.end(), suggestion, opening="、".join(str(c) for c in sorted(counts))
        )


# the opening's count of the aspects examined: a verb of examining before it, nothing counted of another thing after it
_ASPECTS_EXAMINED = Prefiltered(
    re.compile(
        r"(?:对照|围绕|紧扣|聚焦|按照|从|结合)(?:以下|下面|这|上级要求的|会议要求的|通知要求的|规定的|明确的)?"
        rf"(?P<n>[{_CN}]|[2-9])个方面(?!的?(?:问题|意见|建议|整改|任务|反馈|内容[0-9]))"
    )
)
_NOT_OWN = re.compile(r"反馈|征求|收集|征集|梳理|归纳|查摆出|指出|巡察|巡视|审计|督查|去年|上年|上一")


@code_rule(
    "R173",
    "aspect-count-against-meeting",
    "residue",
    "warning",
    "开头说对照“{match}”，而本次会议规定的是{own}个方面，疑似沿用了其他会议或年度的材料",
    "开头交代对照几个方面检视，应与本次会议规定的方面数、材料正文实际列出的方面数一致；写成别的数目，多半是"
    "照搬了别的会议（如民主生活会与组织生活会）或往年的材料。",
    bad=[
        variant(_GOOD_OPEN, "现对照[四个方面]，把自己摆进去，检视剖析如下。按照县委要求，"),
        variant(_GOOD_OPEN, "我从以下[5个方面]进行对照检查。按照县委要求，"),
    ],
    good=[
        variant(_GOOD_OPEN, "现对照六个方面，把自己摆进去，检视剖析如下。按照县委要求，"),
        variant(_GOOD_OPEN, "针对巡察反馈的4个方面问题，逐项认领。按照县委要求，"),
        variant(_GOOD_OPEN, "2022年度我对照五个方面查摆了问题。按照县委要求，"),
    ],
)
def aspect_count_against_meeting(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    lo, hi = _opening(ctx)
    if hi <= lo:
        return
    matches = list(_ASPECTS_EXAMINED.finditer(text, lo, hi))
    if not matches:
        return
    fw = ctx.framework
    if fw is None or fw.pending or not fw.aspects:
        return
    own = len(fw.aspects)
    problems = [s for s in ctx.outline.sections if s.kind == "problems"]
    if len(problems) != 1:
        return
    for m in matches:
        n = _number(m.group("n"))
        if n is None or n == own or n == len(problems[0].items):
            continue  # the meeting's count, or the count the material itself lists
        start, end = _sentence(text, m.start(), lo)
        if _NOT_OWN.search(text, start, end) or _LOOKS_BACK.search(text, start, end):
            continue
        at = m.start("n")
        yield rule.finding(
            text, at, m.end(), (_written(own, m.group("n")) + "个方面",), own=_written(own, "一")
        )
