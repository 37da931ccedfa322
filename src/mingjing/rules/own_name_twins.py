"""The material's own names written once as a twin of the same sound (round r23): its own body's name
(T321: 县政府督察室 where the material is the 督查室's and writes 督查室 six times) and a person's name
(T322: 局长罗长平同志 where the same 局长 is 罗昌平 earlier).

An input method offers whole words, and 督察 and 督查 are both words, so no table of slips holds the one
for the other; the material itself is the reference. A body's name is a run of two or three characters and
a body's suffix (室, 局, 科, 处, 站, 所, 队, 院, 馆, 委, 办, 部, 厅) the material writes at least twice; a
run of the same length and suffix written once that differs from it in one character of the same
reading (toneless, the commonest reading of each: 省 is no xian), not the first (个科室 and 各科室 are two ways to count,
not a name), is read as a slip of it. Pairs of real bodies that differ so (监察室 of a discipline
office, 检察室 of a procuratorate; 实验室 and 试验室) are left alone.

A person's name is a surname and two characters after a post (局长罗昌平) or before 同志. Two such names
with the same surname that differ in one character of a shared reading (any reading of a polyphone:
a name reads 长 as chang), after the same post where both have one, are one person written two ways: the name written later (or less often) is reported with the
other as the suggestion. Two people of one surname whose given names sound alike and who hold the same
post in one material are rare; different posts keep the rule silent.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.residue_code import _SURNAMES
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_BODY_SUFFIXES = "室局科处站所队院馆委办部厅"
_BODY_END = re.compile(f"[{_BODY_SUFFIXES}]")
OWN_MIN = 2  # the own name is written at least this often
# two real bodies whose names differ by one character of the same sound
_BOTH_REAL = (frozenset({"监察", "检察"}), frozenset({"实验", "试验"}), frozenset({"公安", "攻安"}))
_POSTS = (
    "党组书记|党委书记|书记|副局长|局长|副主任|主任|副院长|院长|副所长|所长|副站长|站长|副队长|队长|副科长|科长|"
    "副部长|部长|副处长|处长|副县长|县长|副市长|市长|副镇长|镇长|副乡长|乡长|副区长|区长|委员|总经理|副经理|经理|"
    "董事长|副主席|主席|副校长|校长|组长|馆长|厂长|矿长|行长|社长|会长"
)
_SURNAME_CLASS = "".join(sorted(_SURNAMES))
# a name after a post (every post ends in one of these) or before 同志; the post is read back from its end
_AFTER_POST = re.compile(f"(?:长|书记|主任|委员|经理|主席)、?(?=[{_SURNAME_CLASS}])")
_NAME_FOLLOW = frozenset("、，。；和与及的（(")
_CJK_RUN = re.compile("[\u4e00-\u9fff]+")
_POST_BEFORE = re.compile(f"(?:{_POSTS})、?$")


def _first_reading(ch: str) -> str:
    """The toneless first (commonest) reading of a character: 省 is sheng, its rare xian left aside."""
    from pypinyin.constants import PINYIN_DICT

    from mingjing.rules.near_twin import _TONE

    raw = PINYIN_DICT.get(ord(ch), "")
    return raw.split(",")[0].translate(_TONE) if raw else ""


def _sound_alike(a: str, b: str) -> bool:
    """Both characters' commonest readings are one syllable (察/查 cha, 昌/长 chang; 省/县 are not)."""
    first = _first_reading(a)
    return bool(first) and first == _first_reading(b)


def _any_reading_alike(a: str, b: str) -> bool:
    """The characters share a reading, any of a polyphone's (a name reads 长 chang as often as zhang)."""
    from mingjing.rules.near_twin import readings

    return bool(readings(a) & readings(b))


def _one_change(own: str, twin: str, first: int) -> int | None:
    """The place of the only character in which the two differ, from `first` on, or None."""
    if len(own) != len(twin) or own[:first] != twin[:first]:
        return None
    diff = [i for i in range(first, len(own)) if own[i] != twin[i]]
    return diff[0] if len(diff) == 1 else None


def body_twins(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, own name) of each body's name written once as a same-sounding twin of a name the
    text writes OWN_MIN times or more."""
    runs: dict[str, list[int]] = {}
    for m in _BODY_END.finditer(text):
        end = m.end()
        for n in (3, 4):
            if end >= n:
                run = text[end - n : end]
                if _CJK_RUN.fullmatch(run):
                    runs.setdefault(run, []).append(end - n)
    # the own names by length, first and last character: a twin shares all three
    owned: dict[tuple[int, str, str], list[str]] = {}
    for w, at in runs.items():
        if len(at) >= OWN_MIN:
            owned.setdefault((len(w), w[0], w[-1]), []).append(w)
    if not owned:
        return
    seen: set[int] = set()
    for twin, at in sorted(runs.items(), key=lambda kv: (kv[1][0], len(kv[0]))):
        if len(at) != 1:
            continue
        for own in owned.get((len(twin), twin[0], twin[-1]), ()):
            i = _one_change(own, twin, 1)
            if i is None or i == len(own) - 1 or not _sound_alike(own[i], twin[i]):
                continue
            pair = {own[i - 1 : i + 1], twin[i - 1 : i + 1]}
            if any(pair <= both for both in _BOTH_REAL):
                continue
            start = at[0]
            if start + i in seen:
                break
            seen.add(start + i)
            yield start, start + len(twin), own
            break


def _names(text: str) -> list[tuple[int, str, str]]:
    """(start, name, post) of each three-character name after a post or before 同志."""
    out: list[tuple[int, str, str]] = []
    for m in _AFTER_POST.finditer(text):
        at = m.end()
        name = text[at : at + 3]
        follows = text[at + 3 : at + 5] == "同志" or text[at + 3 : at + 4] in _NAME_FOLLOW
        if len(name) == 3 and follows and _CJK_RUN.fullmatch(name):
            post = _POST_BEFORE.search(text, max(0, m.start() - 4), m.end())
            out.append((at, name, post.group().rstrip("、") if post else ""))
    taken = {at for at, _, _ in out}
    at = text.find("同志")
    while at >= 0:
        start = at - 3
        if (
            start >= 0
            and start not in taken
            and text[start] in _SURNAMES
            and _CJK_RUN.fullmatch(text[start:at])
        ):
            out.append((start, text[start:at], ""))
        at = text.find("同志", at + 2)
    return sorted(out)


def name_twins(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the other spelling) of a person's name written two ways in one material."""
    names = _names(text)
    count = Counter(n for _, n, _ in names)
    if len(count) < 2:
        return
    posts: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for at, n, post in names:
        first.setdefault(n, at)
        if post:
            posts.setdefault(n, set()).add(post.removeprefix("副"))
    reported: set[int] = set()
    for at, n, _post in names:
        for other in count:
            if other == n or other[0] != n[0]:
                continue
            i = _one_change(other, n, 1)
            if i is None or not _any_reading_alike(other[i], n[i]):
                continue
            if posts.get(n) and posts.get(other) and not (posts[n] & posts[other]):
                continue  # 局长罗昌平 and 科员罗长平: two people
            # the slip is the rarer spelling, or the later one when both are written as often
            if (count[n], -first[n]) > (count[other], -first[other]):
                continue
            if at not in reported:
                reported.add(at)
                yield at, at + len(n), other
            break


_AT = "我两天后才安排核查。"


@code_rule(
    "T321",
    "own-body-name-twin",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：本材料多处写作“{suggestion}”，这里换了一个同音字",
    "本单位（或文中反复出现的机构）的名称只写错一次时，错的往往是同音的另一个词（督查室写成督察室），"
    "错别字表查不出来。文中同一名称至少写了两次，另一处只出现一次、只差一个读音相同的字（不是第一个字）时提示；"
    "监察室与检察室、实验室与试验室这类两个都是真实机构的不提示。",
    bad=[
        variant(
            _AT,
            _AT + "督查室全年开展专项督查14项，督查室干部7人。对县政府[督察室]牵头建立的机制执行不严。",
        )
    ],
    good=[
        GOOD,
        variant(
            _AT, _AT + "督查室全年开展专项督查14项，督查室干部7人，对县政府督查室牵头建立的机制执行不严。"
        ),
        variant(_AT, _AT + "对各科室的考核偏松，两个科室没有按时报送，个科室负责人未参加。"),
    ],
)
def own_body_name_twin(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, own in body_twins(ctx.text):
        yield rule.finding(ctx.text, start, end, (own,))


@code_rule(
    "T322",
    "person-name-two-ways",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：同一个人的名字前后写法不一致（文中另有“{suggestion}”）",
    "同一材料里同姓、同一职务的人名一处写成另一个同音字（局长罗昌平、局长罗长平），多半是打错了名字。"
    "只比较职务后面或“同志”前面的三字人名，姓相同、只差一个读音相同的字、职务相同（或没写职务）时提示，"
    "把后出现（或出现次数少）的一处当作错写；职务不同的两个人不提示。",
    bad=[
        variant(
            _AT,
            _AT + "我与局长罗昌平同志谈心谈话2次。恳请局长[罗长平]同志继续监督。",
        )
    ],
    good=[
        GOOD,
        variant(_AT, _AT + "我与局长罗昌平同志谈心谈话2次。恳请局长罗昌平同志继续监督。"),
        variant(_AT, _AT + "我与局长罗昌平同志谈心谈话2次，办公室主任罗长平同志列席。"),
    ],
)
def person_name_two_ways(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, other in name_twins(ctx.text):
        yield rule.finding(ctx.text, start, end, (other,))
