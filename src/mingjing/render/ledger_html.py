"""The ledger's progress report as one self-contained HTML file: counts, a bar chart drawn as inline
SVG (no script, no CDN), overdue and recently closed items. Readable when printed."""

from __future__ import annotations

from pathlib import Path

from mingjing.ledger.report import LedgerReport
from mingjing.ledger.store import local_time

TEMPLATES = Path(__file__).parent / "templates"
STATUS_COLORS = {"未开始": "#d49b00", "进行中": "#1e63b5", "已完成": "#1b7a2a", "长期坚持": "#7b3fa0"}
BAR_HEIGHT = 22
LABEL_WIDTH = 230
CHART_WIDTH = 720


def stacked_bars(rows: dict[str, dict[str, int]], statuses: tuple[str, ...]) -> dict:
    """Geometry of a horizontal stacked bar chart: one bar per row, one segment per status."""
    biggest = max((sum(c.values()) for c in rows.values()), default=0) or 1
    scale = (CHART_WIDTH - LABEL_WIDTH - 40) / biggest
    bars = []
    for k, (name, counts) in enumerate(rows.items()):
        x: float = LABEL_WIDTH
        segments = []
        for s in statuses:
            n = counts.get(s, 0)
            if n:
                segments.append(
                    {
                        "x": round(x, 1),
                        "width": round(n * scale, 1),
                        "color": STATUS_COLORS.get(s, "#888"),
                        "status": s,
                        "n": n,
                    }
                )
                x += n * scale
        label = name if len(name) <= 16 else name[:15] + "…"
        bars.append(
            {
                "y": k * (BAR_HEIGHT + 8) + 4,
                "label": label,
                "name": name,
                "segments": segments,
                "total": sum(counts.values()),
                "end": round(x, 1),
            }
        )
    return {
        "width": CHART_WIDTH,
        "height": len(bars) * (BAR_HEIGHT + 8) + 8,
        "bar": BAR_HEIGHT,
        "label_width": LABEL_WIDTH,
        "bars": bars,
    }


def render_report_html(report: LedgerReport, title: str = "整改台账进展") -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    env.filters["local_time"] = local_time
    return env.get_template("ledger_report.html").render(
        title=title,
        report=report,
        statuses=report.statuses,
        colors=STATUS_COLORS,
        person_chart=stacked_bars(report.by_person, report.statuses),
        aspect_chart=stacked_bars(report.by_aspect, report.statuses),
    )
