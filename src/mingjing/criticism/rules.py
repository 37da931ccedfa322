"""The criticism rules (K1xx): each criticism judged on its own, then the team as a whole.

Examples are criticism lists (a member's .txt); the criticism a bad example must flag is marked
with [ ]; team rules take several lists separated by a line `===` (tests/test_rule_examples.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from mingjing.criticism.model import Criticism, TeamReview
from mingjing.model import Finding
from mingjing.rules.base import Rule, RuleExample

DATA = Path(__file__).parent / "data" / "criticism.yaml"


@lru_cache(maxsize=1)
def words() -> dict[str, re.Pattern]:
    import yaml

    raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return {
        key: re.compile("|".join(re.escape(w) for w in sorted(raw[key], key=len, reverse=True)))
        for key in raw
    }


_GOOD = (
    "陈素梅同志分管的水毁工程修复项目共12处，到6月底还有4处没有完工，她只在局务会上听取汇报，"
    "没有到现场督促过一次。"
)


def _list(*criticisms: str, giver: str = "刘志强", receiver: str = "陈素梅") -> str:
    head = f"{giver}同志的相互批评意见\n一、对{receiver}同志的批评意见\n"
    return head + "\n".join(f"{k}.{c}" for k, c in enumerate(criticisms, 1))


CriticismCheck = Callable[[TeamReview, Criticism, Rule], Iterable[Finding]]
TeamCheck = Callable[[TeamReview, Rule], Iterable[Finding]]
_RULES: list[Rule] = []
# the checks live here, not on Rule.check: the material review runs every Rule.check it is given
CHECKS: dict[str, Callable] = {}


def criticism_rule(
    code: str,
    rule: str,
    severity: str,
    message: str,
    why: str,
    bad: list[str],
    good: list[str],
    team: bool = False,
):
    def register(fn):
        _RULES.append(
            Rule(
                code=code,
                rule=rule,
                category="criticism",
                severity=severity,
                message=message,
                why=why,
                engine="criticism-team" if team else "criticism",
                examples=[RuleExample("bad", b) for b in bad] + [RuleExample("good", g) for g in good],
                origin=__name__,
            )
        )
        CHECKS[code] = fn
        return fn

    return register


def criticism_rules() -> list[Rule]:
    return list(_RULES)


def _finding(rule: Rule, c: Criticism, text: str, **fields) -> Finding:
    return rule.finding(text, c.start, c.end, **fields)


def _names_a_problem(text: str) -> bool:
    return bool(words()["problem_signals"].search(text))


def _praise(text: str) -> list[str]:
    return [m.group() for m in words()["praise"].finditer(text)]


@criticism_rule(
    "K101",
    "praise-as-criticism",
    "error",
    "这是表扬式批评（{words}）：把优点当缺点说，没有指出真正的问题",
    "表扬式批评是督导组最常指出的问题：“工作太拼、要注意身体”之类的话不是批评，"
    "批评要点名道姓、直截了当，指出具体问题。",
    bad=[
        _list("[工作太拼，经常加班到深夜，希望今后注意身体，劳逸结合。]"),
        _list("[对自己要求太严，工作标准太高，有时让身边同志压力较大。]"),
    ],
    good=[
        _list(_GOOD),
        _list("工作中常常事事亲力亲为，对分管科室放手不够，3个股室负责人反映自己的意见得不到采纳。"),
    ],
)
def praise_as_criticism(team: TeamReview, c: Criticism, rule: Rule):
    found = _praise(c.text)
    # "出了问题…总是自己担责" is still praise: the bare words 问题/存在 do not name a fault of the receiver
    faults = [
        m.group() for m in words()["problem_signals"].finditer(c.text) if m.group() not in ("问题", "存在")
    ]
    if found and not faults:
        yield _finding(rule, c, team.text_of(c), words="、".join(dict.fromkeys(found)))


_OPENER = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}同志)?[，,]?\s*")


@criticism_rule(
    "K102",
    "suggestion-not-criticism",
    "warning",
    "这是建议式批评：只提了工作建议（“{opener}…”），没有指出对方存在什么问题",
    "“建议今后多……”“希望进一步……”是工作建议，不是批评；批评应先指出问题、再提希望。",
    bad=[
        _list("[建议今后进一步加强理论学习，提高政治站位。]"),
        _list("[希望陈素梅同志今后多到项目现场走一走，多与施工单位沟通。]"),
    ],
    good=[_list(_GOOD), _list("调研走访偏少，今年只去过2个项目现场。建议今后多到现场走一走。")],
)
def suggestion_not_criticism(team: TeamReview, c: Criticism, rule: Rule):
    rest = _OPENER.sub("", c.text, count=1)
    m = words()["suggestion_openers"].match(rest)
    if m and not _names_a_problem(c.text) and not _praise(c.text):
        yield _finding(rule, c, team.text_of(c), opener=m.group())


def _specific(text: str) -> bool:
    """A fact (the same test as a problem's, rules.specificity) or a post, task or event of this person."""
    from mingjing.rules.specificity import has_concrete_fact

    return has_concrete_fact(text) or bool(words()["specific_markers"].search(text))


@criticism_rule(
    "K103",
    "too-general",
    "warning",
    "批评太笼统（隔靴搔痒）：没有岗位、事件、时间或数字，换一个人也能照用",
    "批评要见人见事：说清是在哪项分管工作、哪件事上的问题，才能让对方知道改什么。",
    bad=[
        _list("[工作作风不够扎实，抓落实的力度还需加大。]"),
        _list("[理论学习还不够深入，学用结合不够紧密，政治站位有待进一步提高。]"),
    ],
    good=[_list(_GOOD), _list("分管的河长制办公室上半年巡河记录有补写现象，督导流于形式。")],
)
def too_general(team: TeamReview, c: Criticism, rule: Rule):
    if (
        len(c.text) >= 6
        and not _specific(c.text)
        and not _self_subject(team, c)
        and not (_praise(c.text) and not _names_a_problem(c.text))
    ):
        yield _finding(rule, c, team.text_of(c))


_SELF = re.compile(
    r"^(?:我们班子|我们|我|本人|自己)(?!认为|觉得|感到|感觉|建议|希望|发现|注意到|看到|提醒|想|给|向|同|"
    r"对(?:你|您|他|她|[\u4e00-\u9fff]{1,3}同志|[\u4e00-\u9fff]{1,3}(?:书记|局长|主任|组长)))"
)
_OTHER = re.compile(r"你|您|该同志|他|她|其")


def _self_subject(team: TeamReview, c: Criticism) -> bool:
    return bool(_SELF.match(c.text)) and c.receiver not in c.text and not _OTHER.search(c.text)


@criticism_rule(
    "K104",
    "self-as-subject",
    "error",
    "这条批评的主语是“{who}”：说的是自己（或班子）的问题，不是对{receiver}同志的批评",
    "把自我批评的内容写进对他人的批评意见，是回避批评的常见做法。",
    bad=[
        _list("[我在落实“第一议题”制度时，学习传达多、研究落实少，对分管领域的贯彻措施抓得还不够实。]"),
        _list("[我对综合保障工作的配合不够主动，我们之间的沟通也不多。]"),
        _list("[我们班子在落实意识形态工作责任制方面还有差距。]"),
    ],
    good=[
        _list(_GOOD),
        _list("我认为陈素梅同志对水毁工程的进度盯得不紧，6月底还有4处没有完工。"),
        _list("我对陈素梅同志提一条意见：水毁工程的进度盯得不紧，6月底还有4处没有完工。"),
    ],
)
def self_as_subject(team: TeamReview, c: Criticism, rule: Rule):
    who = _SELF.match(c.text)
    if who and _self_subject(team, c):
        yield _finding(rule, c, team.text_of(c), who=who.group(), receiver=c.receiver)


@criticism_rule(
    "K105",
    "softened",
    "warning",
    "批评被层层弱化（{words}），听不出问题有多严重",
    "“有时候”“可能”“稍微”“有点”叠在一起，批评就失去了辣味，对方也不会当回事。",
    bad=[_list("[日常监督有时候可能稍微有点偏软。]"), _list("[对分管工作似乎偶尔有点放松。]")],
    good=[_list(_GOOD), _list("监督执纪还不够大胆，有时碍于情面，2025年10月发现违规报销后只作了内部提醒。")],
)
def softened(team: TeamReview, c: Criticism, rule: Rule):
    found = list(dict.fromkeys(m.group() for m in words()["softeners"].finditer(c.text)))
    if len(found) >= 2:
        yield _finding(rule, c, team.text_of(c), words="、".join(found))


def similar(a: str, b: str) -> bool:
    """Two criticisms that are the same text (names and punctuation aside)."""
    from rapidfuzz import fuzz

    def norm(s: str) -> str:
        return re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", re.sub(r"[\u4e00-\u9fff]{2,4}同志", "", s))

    na, nb = norm(a), norm(b)
    if min(len(na), len(nb)) < 12:
        return na == nb and bool(na)
    return fuzz.ratio(na, nb) >= 80 or (
        min(len(na), len(nb)) / max(len(na), len(nb)) >= 0.6 and fuzz.partial_ratio(na, nb) >= 90
    )


_COPY_A = _list("[" + _GOOD + "]")
_COPY_B = _list(_GOOD.replace("她只", "只"), giver="孙伟")


@criticism_rule(
    "K106",
    "copied-between-givers",
    "warning",
    "与{other}同志给{receiver}同志的批评意见雷同：两位同志提了同一条意见",
    "批评意见应由每人独立准备；不同的人给同一位同志提同一段话，说明是照抄或统一口径。",
    bad=[_COPY_A + "\n===\n" + _COPY_B],
    good=[
        _COPY_A
        + "\n===\n"
        + _list("陈素梅同志抓安全生产检查不够严，9月份对2家砂场的整改复查只看了材料。", giver="孙伟")
    ],
)
def copied_between_givers(team: TeamReview, c: Criticism, rule: Rule):
    others = [
        o
        for _, o in team.criticisms()
        if o is not c
        and o.receiver == c.receiver
        and o.giver
        and c.giver
        and o.giver != c.giver
        and similar(o.text, c.text)
    ]
    if others:
        yield _finding(
            rule,
            c,
            team.text_of(c),
            other="、".join(dict.fromkeys(o.giver or "" for o in others)),
            receiver=c.receiver,
        )


@criticism_rule(
    "K107",
    "same-text-to-several",
    "warning",
    "同一条意见也给了{others}同志：不是针对{receiver}同志本人的批评",
    "一条意见原样给几位同志，说明没有针对每个人的具体问题。",
    bad=[
        _list("[希望进一步加强理论学习，提高政治站位，增强担当意识。]", receiver="陈素梅")
        + "\n二、对赵海军同志的批评意见\n"
        "1.希望进一步加强理论学习，提高政治站位，增强担当意识。"
    ],
    good=[
        _list(_GOOD)
        + "\n二、对赵海军同志的批评意见\n1.赵海军同志在防汛值班检查中，7月两次夜查都由办公室代为签到。"
    ],
)
def same_text_to_several(team: TeamReview, c: Criticism, rule: Rule):
    others = [
        o
        for _, o in team.criticisms()
        if o is not c and o.giver == c.giver and o.receiver != c.receiver and similar(o.text, c.text)
    ]
    if others:
        yield _finding(
            rule,
            c,
            team.text_of(c),
            others="、".join(dict.fromkeys(o.receiver for o in others)),
            receiver=c.receiver,
        )


_TEAM_A = _list(_GOOD, receiver="陈素梅", giver="刘志强")
_TEAM_B = _list(
    "刘志强同志在党组会上先定调子，其他同志不好再发表不同意见。", receiver="刘志强", giver="陈素梅"
)
_TEAM_C = _list("刘志强同志对分管领导放手不够，今年3次直接给股室布置任务。", receiver="刘志强", giver="孙伟")
_TEAM_C2 = (
    _TEAM_C
    + "\n二、对陈素梅同志的批评意见\n1.陈素梅同志对施工单位要求不严，6月份检查发现2处护坡砌石砂浆不饱满。"
)
_TEAM_D = _list("孙伟同志对违规报销只作内部提醒，2025年10月的线索没有按程序处理。", receiver="孙伟")
_SEP = "\n===\n"


@criticism_rule(
    "K108",
    "receives-none",
    "warning",
    "{member}同志没有收到任何批评意见（本班子共 {n} 人）",
    "相互批评要人人都批评、人人被批评；有人一条意见也没收到，说明批评有回避。",
    bad=[_SEP.join([_TEAM_A, _TEAM_B, _TEAM_C])],
    good=[_SEP.join([_TEAM_A, _TEAM_B, _TEAM_C, _TEAM_D])],
    team=True,
)
def receives_none(team: TeamReview, rule: Rule):
    received = {c.receiver for _, c in team.criticisms()}
    for m in team.members:
        if m not in received:
            yield rule.finding("", 0, 0, member=m, n=len(team.members))


@criticism_rule(
    "K109",
    "receives-from-one",
    "info",
    "{member}同志只收到 {giver} 一人的批评意见（本班子共 {n} 人）",
    "班子成员之间应相互批评；只有一个人给某位同志提意见，其他人可能在回避。",
    bad=[_SEP.join([_TEAM_A, _TEAM_B, _TEAM_C])],
    good=[_SEP.join([_TEAM_A, _TEAM_B, _TEAM_C2])],
    team=True,
)
def receives_from_one(team: TeamReview, rule: Rule):
    if len(team.members) < 3:
        return
    givers: dict[str, set[str]] = {}
    for _, c in team.criticisms():
        if c.giver:
            givers.setdefault(c.receiver, set()).add(c.giver)
    for m in team.members:
        if len(givers.get(m, ())) == 1:
            yield rule.finding("", 0, 0, member=m, giver=next(iter(givers[m])), n=len(team.members))
