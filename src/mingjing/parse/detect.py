"""Framework detection: title (year, meeting type, theme words) plus how well the items match."""

from __future__ import annotations

import re
from collections.abc import Callable

from mingjing.frameworks import Framework
from mingjing.model import FrameworkRef

_YEAR = re.compile(r"(20\d{2})\s*年")
MEETING_WORDS = {"民主生活会": ("民主生活会",), "组织生活会": ("组织生活会", "组织生活")}


def title_years(text: str) -> set[int]:
    return {int(y) for y in _YEAR.findall(text)}


def score_framework(fw: Framework, head: str, mapped: int, total: int) -> float:
    """Evidence for `fw`: head is the title plus the start of the preamble."""
    score = 0.0
    years = title_years(head)
    if fw.year is not None and years:
        score += 2.0 if fw.year in years else -2.0
    meetings = {m for m, words in MEETING_WORDS.items() if any(w in head for w in words)}
    if meetings:
        score += 1.0 if fw.meeting in meetings else -2.0
    score += min(3.0, 1.5 * sum(1 for k in fw.title_keywords if k in head))
    if total:
        score += 5.0 * mapped / total
    if fw.year is None:
        score -= 0.5  # a standing pack yields to a year's pack on equal evidence
    return score


FAR_YEARS = 2  # a title this many years off a pack is another era, not a copied old title


DATE_CHARS = 40  # the title's date or signature line right after it


def _other_era(fw: Framework, years: set[int]) -> bool:
    """A material dated years away from the pack is never checked against it (a 2019 material
    against 2023's aspects); a title a year or two off is a copied old title, which R203 reports."""
    if fw.year is None or not years or fw.year in years:
        return False
    return min(abs(y - fw.year) for y in years) > FAR_YEARS


# campaigns a title names; a theme no pack covers (in its name, title keywords or theme) has no framework
THEMES = (
    "党史学习教育",
    "不忘初心、牢记使命",
    "不忘初心牢记使命",
    "两学一做",
    "三严三实",
    "群众路线教育实践",
    "党纪学习教育",
    "中央八项规定精神学习教育",
    "主题教育",
    "作风集中整顿",
    "作风整顿",
)


# a special meeting called for one purpose (`巡视整改专题民主生活会`, `以案促改专题民主生活会`), not the
# year's meeting: it takes no annual pack, though it names the year and the meeting. The purposes such
# meetings are called for (round r21: the purpose and 专题 may stand apart, `县委第三巡察组反馈意见整改专题
# 民主生活会`, `中央生态环境保护督察反馈问题整改专题民主生活会`, `原局长严重违纪违法案件以案促改专题…`)
SPECIAL_PURPOSES = tuple(
    (
        "巡视整改 巡察整改 巡视反馈 巡察反馈 巡视 巡察 巡视巡察 审计整改 审计反馈 "
        "审计 经济责任审计 督察整改 督察反馈 督察 督查 环保督察 生态环境保护督察 "
        "以案促改 以案为鉴 以案明纪 以案说法 以案示警 以案释纪 以案促治 以案促建 "
        "警示教育 案件 典型案例 违纪违法 严重违纪 职务犯罪 专项整治 集中整治 "
        "问题整改 整改落实 反馈问题 反馈意见 问责 追责 事故 安全生产 信访 舆情 "
        "换届 选人用人 考核反馈 形式主义 官僚主义 违反中央八项规定精神 四风 "
        "为基层减负 群众身边不正之风 腐败问题"
    ).split()
)
_PURPOSE_GAP = 12  # characters between the purpose and 专题 (`巡察` … `反馈意见整改专题`)
_SPECIAL_MEETING = re.compile(
    "(" + "|".join(sorted(SPECIAL_PURPOSES, key=len, reverse=True)) + ")"
    rf"[^，,。；;：:\s]{{0,{_PURPOSE_GAP}}}专题(?:民主|组织)生活会"
)


def special_meeting(title: str) -> str | None:
    """The special meeting a title names (`巡察整改专题民主生活会`, `以案促改专题组织生活会`), or None: a meeting
    called for one purpose, whose matters are that purpose's own (the feedback, the case), not a pack's."""
    m = _SPECIAL_MEETING.search(title)
    return m.group(0) if m else None


def _covers(fw: Framework, words: str) -> bool:
    return words in fw.name or words in fw.theme or any(words in k for k in fw.title_keywords)


def _named_years(title: str) -> set[int]:
    """The years a title names as such (`2025年度`, `2025年民主生活会`), not a date's (`（2026年1月）` after the
    title: when it was written, round r25), so that the date's year is no year that no pack covers."""
    return {int(m.group(0)[:4]) for m in _NAMED_YEAR.finditer(title)}


def _unpacked_annual(title: str, year: int, meetings: list[str], of_year: list[Framework]) -> str | None:
    """`2024年度组织生活会` when the text names the year's annual meeting and the only pack of that
    year and meeting is a campaign's special meeting (2024's 党纪学习教育专题组织生活会, held mid-year):
    the annual meeting (held early the next year) is another meeting, whose notices set its aspects
    locally; None when a pack covers it (its name or title words say `2024年度`)."""
    for meeting in meetings:
        if not re.search(rf"{year}\s*年度\s*{meeting}", title):
            continue
        packs = [fw for fw in of_year if fw.meeting == meeting]
        if not any(
            f"{year}年度" in fw.name or any(f"{year}年度" in k for k in fw.title_keywords) for fw in packs
        ):
            return f"{year}年度{meeting}"
    return None


def unpacked_title(frameworks: dict[str, Framework], title: str) -> list[str]:
    """What the title names that no pack covers: a year no pack is for, a meeting of that year no
    pack is for (`2022年度组织生活会`), a campaign no pack is about (`党史学习教育`), a special meeting
    called for one purpose (`巡视整改专题民主生活会`, `以案促改专题民主生活会`). Empty when every
    year, meeting and theme the title names has a pack; then the aspects may choose among them."""
    out: list[str] = []
    years = _named_years(title)
    dated = [fw for fw in frameworks.values() if fw.year is not None]
    for y in sorted(years):
        of_year = [fw for fw in dated if fw.year == y]
        meetings = [m for m, words in MEETING_WORDS.items() if any(w in title for w in words)]
        if not of_year:
            out.append(f"{y}年")
        elif meetings and not any(fw.meeting in meetings for fw in of_year):
            out.append(f"{y}年{meetings[0]}")
        elif annual := _unpacked_annual(title, y, meetings, of_year):
            out.append(annual)
    themes = [t for t in THEMES if t in title]
    if themes and not any(_covers(fw, themes[0]) for fw in frameworks.values()):  # the most specific
        out.append(themes[0])
    special = _SPECIAL_MEETING.search(title)
    # (`主题教育检视整改专题民主生活会`: a campaign a pack covers named with the purpose is that pack's meeting)
    covered = any(t in title and any(_covers(fw, t) for fw in frameworks.values()) for t in THEMES)
    if special and not covered and not any(_covers(fw, special.group(1)) for fw in frameworks.values()):
        out.append(special.group(0))
    return out


UNTITLED_MIN = 2  # distinct aspects (and half the items) a pack must explain when nothing names the meeting


# a year named as such (`2023年度`, `2024年民主生活会`), not the year of a date (`2024年2月28日`: a
# meeting held early in 2024 is 2023's, and a report's date names no meeting)
_NAMED_YEAR = re.compile(r"20\d{2}\s*年(?!\s*\d{1,2}\s*月)")


# a pack's title word that names its year or campaign (`2025年度组织生活会`, `主题教育`, `六项纪律`,
# `五个带头`), not a word every year's meeting uses (`民主评议党员`)
_SPECIFIC_KEYWORD = re.compile(r"\d|主题教育|学习教育|带头|纪律|第[一二]批")


def _names_meeting(fw: Framework, head: str) -> bool:
    """Whether the title and opening name a year together with a meeting (`2024年度民主生活会`), or one
    of the pack's title words that names its year or campaign. The kind of meeting alone
    (`组织生活会对照检查材料`, every year has one), a year alone (`2024年…考核排名落后表态发言`: no
    meeting), a date, or a word every year's meeting uses (`民主评议党员`) does not say which pack."""
    meeting = any(w in head for words in MEETING_WORDS.values() for w in words)
    if meeting and _NAMED_YEAR.search(head):
        return True
    return any(k in head for k in fw.title_keywords if _SPECIFIC_KEYWORD.search(k))


def _title_names(fw: Framework, title: str) -> bool:
    """The title names the pack's year, its meeting and one of its title words
    (`…2023年度主题教育专题组织生活会…`): enough on its own, whatever the items' words (a material
    whose items map to no aspect keeps its pack); `2024年度组织生活会` is not 2024's 党纪学习教育."""
    meetings = {m for m, words in MEETING_WORDS.items() if any(w in title for w in words)}
    return (
        fw.year is not None
        and fw.year in title_years(title)
        and meetings == {fw.meeting}
        and any(k in title for k in fw.title_keywords)
    )


COPIED_MIN = 3  # problem items a copied old title needs mapped, and two thirds of them


def _copied_title(mapped: int, total: int) -> bool:
    """Aspects that match a pack of a nearby year almost item by item: this year's material under
    a copied old title (R203 says so), not a material of a year no pack covers."""
    return mapped >= COPIED_MIN and 3 * mapped >= 2 * total


def detect_framework(
    frameworks: dict[str, Framework],
    head: str,
    count_mapped: Callable[[Framework], tuple[int, int]],
    count_strong: Callable[[Framework], int],
    title: str = "",
) -> FrameworkRef | None:
    """Best-scoring pack, or None when the evidence is weak (no mapped item, no title signal).
    A title's year weighs twice: a pack of the year the title names beats another year's pack
    whose aspects read alike (a copied old title still maps to this year's pack, for R203).
    A title that names a year, meeting or campaign no pack covers gets none (C100 says so), never
    the nearest pack — unless only the year is unknown (for the meeting) and the items match a pack
    almost one by one: a copied old title, which R203 reports. `count_mapped` gives the distinct
    aspects the problem items map to and the number of items; `count_strong` the distinct aspects
    they name outright (asked only when nothing names the meeting)."""
    unpacked = unpacked_title(frameworks, title)
    years_only = all(u[:4].isdigit() for u in unpacked)  # only a year (of a meeting) no pack is for
    best: tuple[float, Framework] | None = None
    named = title_years(title)
    dated = title_years(head[: len(title) + DATE_CHARS])
    for fw in frameworks.values():
        if _other_era(fw, dated):
            continue
        mapped, total = count_mapped(fw)
        s = score_framework(fw, head, mapped, total)
        if named and fw.year is not None:
            s += 1.0 if fw.year in named else -1.0
        enough = mapped >= max(1, total // 3) if total else s >= 3.0
        enough = enough or _title_names(fw, title)  # the title names this pack's year and meeting
        needed = max(UNTITLED_MIN, (total + 1) // 2)
        if not _names_meeting(fw, head) and (mapped < needed or count_strong(fw) < needed):
            # nothing in the title or opening says which meeting: only several aspects named in the
            # pack's own wording speak for it (`理论学习`, `工作作风` in any year's problems are chance)
            continue
        if unpacked and not (years_only and _copied_title(mapped, total)):
            continue  # never the nearest pack of another year, meeting or campaign
        if enough and (best is None or s > best[0]):
            best = (s, fw)
    if best is None or best[0] < 2.0:
        return None
    return FrameworkRef(id=best[1].id, name=best[1].name, score=round(best[0], 2))


NAMED_ASPECT_CHARS = 6  # an aspect's name this long is the pack's own wording, not a word any year uses
NAMED_ASPECTS = 3  # distinct aspects of one pack the text names outright that speak for it


def _text_names(fw: Framework, text: str) -> int:
    """Distinct aspects of `fw` whose name or an alias of its own wording the text writes out
    (`维护党中央权威和集中统一领导`, `践行宗旨、服务人民`), wherever they stand."""
    return sum(
        1 for a in fw.aspects if any(len(w) >= NAMED_ASPECT_CHARS and w in text for w in (a.name, *a.aliases))
    )


def pack_by_named_aspects(
    frameworks: dict[str, Framework], head: str, naming: str, text: str
) -> FrameworkRef | None:
    """When the items decide nothing (an excerpt that runs its problems in one paragraph): the one pack
    whose aspects the text names outright, three or more, more than any other pack's, and whose meeting
    and campaign the title and opening name (`主题教育专题民主生活会` with the six aspects of the second
    batch written inline). None when the title (or with none the opening sentence, `naming`) names a
    meeting or campaign no pack covers."""
    if unpacked_title(frameworks, naming):
        return None
    counts = sorted(((_text_names(fw, text), fw) for fw in frameworks.values()), key=lambda c: -c[0])
    if not counts or counts[0][0] < NAMED_ASPECTS or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    fw = counts[0][1]
    score = score_framework(fw, head, 0, 0)
    if (not _names_meeting(fw, head) or score < 2.0) and not _standing_written_out(fw, head, counts[0][0]):
        return None
    return FrameworkRef(id=fw.id, name=fw.name, score=round(score, 2))


STANDING_NAMED = 4  # aspects of a standing pack the text writes out that name it with no year's words


def _standing_written_out(fw: Framework, head: str, named: int) -> bool:
    """A standing pack (no year: the basic content of every year's meeting) whose aspects the text writes
    out, four or more (a report's excerpt `在遵守党章和政治纪律政治规矩方面，…；在领导班子建设和民主集中制
    方面，…`), where the title and opening name its meeting and no other: that pack, though no year speaks for
    it."""
    meetings = {m for m, words in MEETING_WORDS.items() if any(w in head for w in words)}
    return fw.year is None and named >= STANDING_NAMED and meetings == {fw.meeting}
