"""Two materials side by side, the passages they share highlighted and numbered alike."""

from __future__ import annotations

from html import escape

from mingjing.model import Document
from mingjing.similarity.batch import Pair, percent, short_name


def _marked(text: str, spans: list[tuple[int, int, int]]) -> list[str]:
    """Paragraph HTML with spans (start, end, number) wrapped in <mark>."""
    cuts = (
        {0, len(text)}
        | {k for k, ch in enumerate(text) if ch == "\n"}
        | {k + 1 for k, ch in enumerate(text) if ch == "\n"}
    )
    for s, e, _ in spans:
        cuts.update((s, e))
    points = sorted(cuts)
    paragraphs: list[str] = []
    current: list[str] = []
    for a, b in zip(points, points[1:]):
        piece = text[a:b]
        if piece == "\n":
            paragraphs.append("".join(current))
            current = []
            continue
        hit = next((n for s, e, n in spans if s <= a and b <= e), None)
        current.append(
            f'<mark class="p{hit % 6}" title="共享片段 {hit}">{escape(piece)}</mark>'
            if hit
            else escape(piece)
        )
    paragraphs.append("".join(current))
    return paragraphs


def render_compare_html(pair: Pair, a: Document, b: Document) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from mingjing.render.review_html import TEMPLATES

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    spans_a = [(p.a_start, p.a_end, n) for n, p in enumerate(pair.passages, 1)]
    spans_b = [(p.b_start, p.b_end, n) for n, p in enumerate(pair.passages, 1)]
    return env.get_template("compare.html").render(
        pair=pair,
        percent=percent,
        name_a=short_name(pair.a),
        name_b=short_name(pair.b),
        a_paragraphs=_marked(a.text, spans_a),
        b_paragraphs=_marked(b.text, spans_b),
        shared=sum(p.chars for p in pair.passages),
    )
