"""Criticism review as one self-contained HTML page: the matrix, then each list with its findings."""

from __future__ import annotations

from mingjing.criticism.model import TeamReview


def render_team_html(team: TeamReview) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from mingjing.render.review_html import TEMPLATES
    from mingjing.render.rules_table import SEVERITY_NAMES

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    cells = team.matrix()
    flagged = sum(1 for _, c in team.criticisms() if c.findings)
    return env.get_template("criticism.html").render(
        team=team,
        cells=cells,
        severities=SEVERITY_NAMES,
        flagged=flagged,
        total=sum(1 for _ in team.criticisms()),
    )
