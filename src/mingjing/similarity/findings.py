"""Similarity in the review: pairs of the batch (and library matches) become findings D1xx on the
copied passages, and the score and verdict are recomputed with them."""

from __future__ import annotations

from mingjing.model import Finding, Report
from mingjing.rules.base import Rule, RuleExample
from mingjing.rules.review import settle
from mingjing.similarity.batch import Pair, compare_batch

WARN_SCORE = 0.2  # a pair scoring this much is worth a reviewer's look
ERROR_SCORE = 0.5  # and this much is copying
MIN_CHARS = 20  # passages shorter than this are not reported as findings
MAX_STOCK = 0.5  # passages mostly made of stock text are not reported

_A = ("王建国2023年度主题教育专题民主生活会个人对照检查材料\n一、存在的问题\n"
      "（一）在理论学习方面。一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文，"
      "结合全县交通运输实际谈体会不多，学用结合不紧。\n二是调查研究不深入。全年到基层调研21次，多数安排在交通便利的乡镇。")
_B_COPY = _A.replace("王建国", "李卫东").replace("交通运输", "住房建设").replace("21次", "18次")
_B_OWN = ("李卫东2023年度主题教育专题民主生活会个人对照检查材料\n一、存在的问题\n"
          "（一）在理论学习方面。一是自学时间少。去年下半年我参加集中学习4次，个人自学笔记只有2篇，"
          "对住房保障政策的新要求掌握滞后。\n二是走访群众少。城中村改造涉及的5个社区，我只去过其中2个。")

PEER_RULE = Rule(
    code="D101", rule="similar-to-peer", category="similarity", severity="warning",
    message="这段与“{other}”雷同（两份材料整体相似度 {score:.0%}）",
    why="同一批材料之间大段相同或只改了个别字词，是照抄同事材料（雷同）的直接证据；"
        "相似度按去掉通用提法后共享文字占较短材料的比例计算，≥ 50% 记为错误，≥ 20% 记为警告。",
    engine="batch",
    examples=[RuleExample("bad", _A + "\n===\n" + _B_COPY), RuleExample("good", _A + "\n===\n" + _B_OWN)],
    origin=__name__)


LIBRARY_RULE = Rule(
    code="D102", rule="similar-to-library", category="similarity", severity="warning",
    message="这段与模板库中的“{source}”雷同（占本材料 {share:.0%}）",
    why="与模板网站下载的范文或往年材料大段相同，是照搬照抄的直接证据；占比 ≥ 50% 记为错误，≥ 20% 记为警告。",
    engine="library",
    examples=[RuleExample("bad", _A + "\n===\n" + _B_COPY), RuleExample("good", _A + "\n===\n" + _B_OWN)],
    origin=__name__)


def batch_rules() -> list[Rule]:
    return [PEER_RULE, LIBRARY_RULE]


def library_findings(match, text: str) -> list[Finding]:
    if match.share < WARN_SCORE:
        return []
    severity = "error" if match.share >= ERROR_SCORE else "warning"
    out = []
    for p in match.passages:
        if p["chars"] < MIN_CHARS or p["stock"] > MAX_STOCK:
            continue
        f = LIBRARY_RULE.finding(text, p["start"], p["end"], source=match.source.title or match.source.path,
                                 share=match.share)
        f.severity = severity
        out.append(f)
    return out


def add_library_matches(named: list[tuple[str, Report]], library, enabled: bool = True) -> list[dict]:
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


def pair_findings(pair: Pair, side: str, text: str, other: str) -> list[Finding]:
    if pair.score < WARN_SCORE:
        return []
    severity = "error" if pair.score >= ERROR_SCORE else "warning"
    out = []
    for p in pair.passages:
        start, end = (p.a_start, p.a_end) if side == "a" else (p.b_start, p.b_end)
        if p.chars < MIN_CHARS or p.stock > MAX_STOCK:
            continue
        f = PEER_RULE.finding(text, start, end, other=other, score=pair.score)
        f.severity = severity
        out.append(f)
    return out


def add_peer_similarity(named: list[tuple[str, Report]], enabled: bool = True) -> list[Pair]:
    """Compare every two reports' documents; add D101 findings to both sides; return the pairs."""
    if len(named) < 2:
        return []
    pairs = compare_batch([(name, report.document) for name, report in named])
    if not enabled:
        return pairs
    reports = dict(named)
    for pair in pairs:
        for side, me, other in (("a", pair.a, pair.b), ("b", pair.b, pair.a)):
            report = reports[me]
            report.findings.extend(pair_findings(pair, side, report.document.text, other))
    for _, report in named:
        settle(report)
    return pairs
