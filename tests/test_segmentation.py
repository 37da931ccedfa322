"""The review's shared segmentation (rules/segmentation.py, ReviewContext.words) gives every span
exactly the words that segmenting the span alone gives."""

from __future__ import annotations

import random
from pathlib import Path

import rjieba

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules.context import ReviewContext
from mingjing.rules.segmentation import Segmentation, two_character_places, whole_token_runs

FIXTURES = Path(__file__).parent / "fixtures"


def test_spans_of_the_materials_read_from_one_segmentation() -> None:
    """Paragraphs, parts, items and points of the review fixtures (the spans rules segment), and
    random spans (mostly cut inside a block: segmented anew), in both modes."""
    packs = load_frameworks()
    rnd = random.Random(12)
    shared = 0
    files = sorted((FIXTURES / "review").rglob("*.txt"))[:40]
    assert len(files) >= 20
    for path in files:
        outline = parse_document(read_document(path), packs)
        ctx = ReviewContext(outline, packs)
        text = ctx.text
        spans = [(p.start, p.end) for p in outline.document.paragraphs]
        spans += [(s.start, s.end) for s in outline.sections]
        spans += [(i.start, i.end) for s in outline.sections for i in s.items]
        spans += [(p.start, p.end) for s in outline.sections for i in s.items for p in i.points]
        spans += [
            tuple(sorted((rnd.randrange(len(text) + 1), rnd.randrange(len(text) + 1)))) for _ in range(20)
        ]
        for hmm in (True, False):
            whole = Segmentation(text, hmm)
            for start, end in spans:
                assert ctx.words(start, end, hmm) == rjieba.cut(text[start:end], hmm), (path.name, start, end)
                shared += whole._clean_edge(start) and whole._clean_edge(end)
    assert shared > 1000  # most of the rules' spans are read from the shared segmentation


def test_edges_inside_a_block_or_between_cr_and_lf_are_cut_anew() -> None:
    text = "我们在2024年学习\r\n党章ab-c。"
    seg = Segmentation(text)
    assert not seg._clean_edge(text.index("2024"))  # 在|2024: one block
    assert not seg._clean_edge(text.index("\n"))  # \r|\n: one token
    assert seg._clean_edge(text.index("。"))
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert seg.words(start, end) == rjieba.cut(text[start:end]), (start, end)


def test_two_character_places_lists_every_two_character_token_in_order() -> None:
    tokens = rjieba.cut("加强学习，坚持学习，认真学锡，纪律是底线，a1，执行纪律。")
    places = two_character_places(tokens)
    expected: dict[str, list[int]] = {}
    for i, t in enumerate(tokens):
        if len(t) == 2:
            expected.setdefault(t, []).append(i)
    assert places == expected
    assert list(places) == list(expected)  # first met first: T143 walks the words in this order
    assert places["学习"] == [i for i, t in enumerate(tokens) if t == "学习"] and len(places["学习"]) == 2


def _joined_runs(tokens: list[str], n: int) -> list[tuple[int, str]]:
    """The plain way: every one to n neighbouring tokens joined, kept when n Chinese characters long."""
    out, at = [], 0
    for j in range(len(tokens)):
        run = ""
        for t in tokens[j : j + n]:
            run += t
            if len(run) >= n:
                break
        if len(run) == n and all("\u4e00" <= c <= "\u9fff" for c in run):
            out.append((at, run))
        at += len(tokens[j])
    return out


def test_whole_token_runs_are_the_neighbouring_tokens_joined() -> None:
    """`whole_token_runs` (T161's spans, read from the n-grams where the tokens cut) against joining
    the tokens one by one, on review fixtures in both modes, and on tokens that do not make up the
    text (offsets into the tokens joined)."""
    files = sorted((FIXTURES / "review").rglob("*.txt"))[:30]
    found = 0
    for path in files:
        text = read_document(path).text
        for hmm in (True, False):
            tokens = rjieba.cut(text, hmm)
            for n in (2, 3):
                starts, runs = whole_token_runs(text, tokens, n)
                assert list(zip(starts, runs)) == _joined_runs(tokens, n)
                found += len(runs)
    assert found > 10_000
    tokens = ["授信", "管理", "a", "受", "信", "额度"]
    assert whole_token_runs("授信管理，受信额度", tokens, 2) == (
        [0, 2, 5, 7],
        ["授信", "管理", "受信", "额度"],
    )
    assert whole_token_runs("", [], 3) == ([], [])
