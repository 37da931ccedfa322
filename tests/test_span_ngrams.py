"""`ReviewContext.span_ngrams` reads a span's n-grams from the document's kept n-grams: the same list as
scanning the slice (A101–A104 read their items' and measures' bigrams this way)."""

from __future__ import annotations

import random
from pathlib import Path

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules.context import ReviewContext
from mingjing.rules.grams import cjk_ngrams, forget

FIXTURES = Path(__file__).parent / "fixtures"


def test_span_ngrams_are_the_slices_ngrams() -> None:
    packs = load_frameworks()
    rnd = random.Random(7)
    files = sorted((FIXTURES / "review").rglob("*.txt"))[:30]
    assert len(files) >= 20
    nonempty = 0
    for path in files:
        forget()
        outline = parse_document(read_document(path), packs)
        ctx = ReviewContext(outline, packs)
        text = ctx.text
        spans = [(i.start, i.end) for s in outline.sections for i in s.items]
        spans += [(p.start, p.end) for s in outline.sections for i in s.items for p in i.points]
        spans += [
            tuple(sorted((rnd.randrange(len(text) + 1), rnd.randrange(len(text) + 1)))) for _ in range(20)
        ]
        spans += [(5, 5), (len(text) - 1, len(text)), (0, len(text))]
        for start, end in spans:
            for n in (2, 3, 4):
                got = ctx.span_ngrams(n, start, end)
                assert got == cjk_ngrams(text[start:end], n), (path.name, start, end, n)
                nonempty += bool(got)
    assert nonempty > 1000
