"""Similarity in the review: one D101 finding on each member of a cluster of materials that share
text (clusters.py), one D102 finding per library source a material copies from, each listing its
passages; the score and verdict are recomputed with them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mingjing.model import Finding, Report
from mingjing.rules.base import Rule, RuleExample
from mingjing.rules.review import settle
from mingjing.similarity.batch import STOCK_PASSAGE, percent, short_name
from mingjing.similarity.clusters import LINK, Member, Team, analyse_team

if TYPE_CHECKING:
    from mingjing.similarity.index import Library, Match

WARN_SCORE = LINK  # a share this large is worth a reviewer's look
ERROR_SCORE = 0.5  # and this large is copying
MIN_CHARS = 20  # library passages shorter than this are not listed
NAMED = 3  # partners named in a D101 message (then 等)

_A = (
    "王建国2023年度主题教育专题民主生活会个人对照检查材料\n一、存在的问题\n"
    "（一）在理论学习方面。一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文，"
    "结合全县交通运输实际谈体会不多，学用结合不紧。\n二是调查研究不深入。全年到基层调研21次，多数安排在交通便利的乡镇。"
)
_B_COPY = _A.replace("王建国", "李卫东").replace("交通运输", "住房建设").replace("21次", "18次")
_B_OWN = (
    "李卫东2023年度主题教育专题民主生活会个人对照检查材料\n一、存在的问题\n"
    "（一）在理论学习方面。一是自学时间少。去年下半年我参加集中学习4次，个人自学笔记只有2篇，"
    "对住房保障政策的新要求掌握滞后。\n二是走访群众少。城中村改造涉及的5个社区，我只去过其中2个。"
)

PEER_RULE = Rule(
    code="D101",
    rule="similar-to-peer",
    category="similarity",
    severity="warning",
    message="与本班子另外 {n} 份材料雷同，共同文字 {chars} 字，占本材料 {share}（{names}）",
    why="同一批材料之间大段相同或只改了个别字词，是照抄同事材料或传抄同一模板（雷同）的直接证据；"
    "共用同一段文字的材料归为一组，每份报一条并列出全部共同片段。占比 = 本材料自己的文字中"
    "也出现在同组其他材料里的比例（去掉以通用提法为主的片段），≥ 50% 记为错误，≥ 20% 记为警告。",
    engine="batch",
    examples=[RuleExample("bad", _A + "\n===\n" + _B_COPY), RuleExample("good", _A + "\n===\n" + _B_OWN)],
    origin=__name__,
)


LIBRARY_RULE = Rule(
    code="D102",
    rule="similar-to-library",
    category="similarity",
    severity="warning",
    message="与模板库中的“{source}”雷同，共同文字 {chars} 字，占本材料 {share}（{n} 处）",
    why="与模板网站下载的范文或往年材料大段相同，是照搬照抄的直接证据；每个来源报一条并列出全部共同片段，"
    "占比 = 本材料自己的文字中也出现在该来源里的比例，≥ 50% 记为错误，≥ 20% 记为警告。",
    engine="library",
    examples=[RuleExample("bad", _A + "\n===\n" + _B_COPY), RuleExample("good", _A + "\n===\n" + _B_OWN)],
    origin=__name__,
)


def batch_rules() -> list[Rule]:
    return [PEER_RULE, LIBRARY_RULE]


def anchor(text: str, passages: list[dict[str, Any]]) -> tuple[int, int]:
    """Where a finding standing for many passages points: the longest single-paragraph piece of
    its passages (a finding's span stays within one line, as every other finding's does)."""
    best = (0, 0)
    for p in passages:
        start = p["start"]
        for piece in text[p["start"] : p["end"]].split("\n"):
            if len(piece.strip()) > best[1] - best[0]:
                lead = len(piece) - len(piece.lstrip())
                best = (start + lead, start + len(piece.rstrip()))
            start += len(piece) + 1
    return best


def _severity(share: float) -> str:
    return "error" if share >= ERROR_SCORE else "warning"


def library_findings(match: Match, text: str) -> list[Finding]:
    """One finding for a library source the material copies from, anchored in its longest passage
    and listing every passage (with its place in the source)."""
    if match.share < WARN_SCORE:
        return []
    listed = [p for p in match.passages if p["chars"] >= MIN_CHARS and p["stock"] < STOCK_PASSAGE]
    if not listed:
        return []
    start, end = anchor(text, listed)
    f = LIBRARY_RULE.finding(
        text,
        start,
        end,
        source=match.source.title or match.source.path,
        chars=match.chars,
        share=percent(match.share),
        n=len(listed),
    )
    f.severity = _severity(match.share)
    f.passages = [
        {
            "start": p["start"],
            "end": p["end"],
            "source_start": p["source_start"],
            "source_end": p["source_end"],
        }
        for p in listed
    ]
    return [f]


def add_library_matches(
    named: list[tuple[str, Report]], library: Library, enabled: bool = True
) -> list[dict[str, Any]]:
    """Query the library for each report; add D102 findings; return the JSON `matches` entries."""
    entries = []
    for name, report in named:
        for match in library.query(report.document):
            entry = match.to_dict()
            entry["file"] = name
            entries.append(entry)
            if enabled:
                report.findings.extend(library_findings(match, report.document.text))
        settle(report)
    return entries


def member_finding(m: Member, text: str) -> list[Finding]:
    """The one D101 finding of a cluster member: anchored in its longest shared passage, listing all."""
    if not m.passages:
        return []
    start, end = anchor(text, m.passages)
    names = [short_name(o) for o in m.others[:NAMED]]
    shown = "、".join(names) + ("等" if len(m.others) > NAMED else "")
    f = PEER_RULE.finding(
        text, start, end, n=len(m.others), chars=m.chars, share=percent(m.share), names=shown
    )
    f.severity = _severity(m.share)
    f.passages = [dict(p) for p in m.passages]
    return [f]


def add_peer_similarity(
    named: list[tuple[str, Report]], enabled: bool = True, library: Library | None = None
) -> Team:
    """Compare every two reports' documents and group those that share text; add one D101 finding
    to each member of a cluster; return the team (pairs and clusters)."""
    if len(named) < 2:
        return Team([], [])
    team = analyse_team([(name, report.document) for name, report in named], library)
    if not enabled:
        return team
    for cluster in team.clusters:
        for m in cluster.members:
            report = named[m.index][1]
            report.findings.extend(member_finding(m, report.document.text))
    for _, report in named:
        settle(report)
    return team
