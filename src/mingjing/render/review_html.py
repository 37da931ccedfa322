"""A review as one self-contained HTML file: the material with highlighted spans, the findings
beside them, the outline and coverage table, the verdict. No CDN, readable when printed."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from mingjing.model import Finding, Report
from mingjing.render.finding_groups import group_findings
from mingjing.render.review_text import VERDICTS, line_col
from mingjing.render.rules_table import CATEGORY_NAMES, SEVERITY_NAMES

TEMPLATES = Path(__file__).parent / "templates"
KIND_NAMES = {"problems": "存在的问题", "causes": "原因剖析", "measures": "整改措施", "other": "其他"}


@dataclass
class Numbered:
    n: int
    finding: Finding
    line: int
    col: int
    first: bool = True  # the first place of its group: it carries the number in the text
    count: int = 1  # places of the same kind (flood control: listed once, every place highlighted)
    note: str = ""


def highlighted_paragraphs(text: str, findings: list[Numbered]) -> list[str]:
    """HTML of each paragraph, every finding's span wrapped in <mark> with its number (and every
    passage a finding stands for — the shared passages of a 雷同 finding — marked with it)."""
    cuts = {0, len(text)}
    spans = [
        (nf, s, e)
        for nf in findings
        for s, e in [(nf.finding.start, nf.finding.end)]
        + [(p["start"], p["end"]) for p in nf.finding.passages]
        if e > s
    ]
    for _, s, e in spans:
        cuts.update((s, e))
    for k, ch in enumerate(text):
        if ch == "\n":
            cuts.update((k, k + 1))
    points = sorted(cuts)
    paragraphs: list[str] = []
    current: list[str] = []
    anchors: dict[int, list[Numbered]] = {}
    for nf in findings:
        if nf.first:
            anchors.setdefault(nf.finding.start, []).append(nf)
    for a, b in zip(points, points[1:]):
        for nf in anchors.get(a, []):
            current.append(
                f'<sup class="ref {nf.finding.severity}" id="at{nf.n}"><a href="#f{nf.n}">{nf.n}</a></sup>'
            )
        piece = text[a:b]
        if piece == "\n":
            paragraphs.append("".join(current))
            current = []
            continue
        covering = list({id(nf): nf for nf, s, e in spans if s <= a and b <= e}.values())
        if covering:
            worst = min(covering, key=lambda nf: ("error", "warning", "info").index(nf.finding.severity))
            tip = escape("；".join(f"{nf.n}. {nf.finding.message}" for nf in covering), quote=True)
            current.append(f'<mark class="{worst.finding.severity}" title="{tip}">{escape(piece)}</mark>')
        else:
            current.append(escape(piece))
    paragraphs.append("".join(current))
    return paragraphs


def coverage_rows(report: Report, frameworks) -> list[dict]:
    fw_ref = report.outline.framework
    fw = frameworks.get(fw_ref.id) if fw_ref and frameworks else None
    if fw is None:
        return []
    items = [i for s in report.outline.sections if s.kind == "problems" for i in s.items]
    rows = []
    for aspect in fw.aspects:
        mine = [i for i in items if i.aspect == aspect.name]
        rows.append(
            {
                "aspect": aspect.name,
                "present": bool(mine),
                "headings": [i.heading for i in mine],
                "points": sum(len([p for p in i.points if p.label]) for i in mine),
                "examples": sum(len(p.examples) for i in mine for p in i.points),
            }
        )
    return rows


def render_review_html(report: Report, name: str, frameworks=None) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    text = report.document.text
    numbered, places = [], []
    for k, group in enumerate(group_findings(report.findings)):
        note = group.note() if group.collapsed else ""
        for j, f in enumerate(group.findings):
            nf = Numbered(
                k + 1,
                f,
                *line_col(text, f.start, report.document),
                first=j == 0,
                count=group.count,
                note=note,
            )
            places.append(nf)
            if j == 0:
                numbered.append(nf)
    label, _ = VERDICTS[report.verdict]
    return env.get_template("review.html").render(
        name=name,
        report=report,
        verdict_label=label,
        paragraphs=highlighted_paragraphs(text, places),
        findings=numbered,
        categories=CATEGORY_NAMES,
        severities=SEVERITY_NAMES,
        kinds=KIND_NAMES,
        coverage=coverage_rows(report, frameworks),
        outline=report.outline,
    )
