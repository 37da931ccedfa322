"""Particular things a text names (参保宣传, 服务大厅, 飞行检查, 工程量, 议事规则 …): what tells a measure that
says what will be done from a slogan (A103), and a point that names its matter from a bare 表态 (E104).

A particular thing is a noun or verbal noun of two or more characters that is neither one of jieba's
everyday words (frequency below MAX_FREQ) nor a word of the genre's own stock wording (the shipped
framework packs, stock phrases and collocations: 党性修养, 理想信念, 宗旨意识 are the genre's common coin,
rare as they are in general text). Measured on every review fixture (docs/review-real-text-j.md)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

MAX_FREQ = 3000
_DATA = Path(__file__).parent / "data"
_PACKS = Path(__file__).parent.parent / "frameworks" / "packs"
_HAN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def genre_words() -> frozenset[str]:
    """Words of two or more characters in the shipped packs' and the stock wording's text."""
    from mingjing.rules.postag import tag

    files = sorted(_PACKS.glob("*.yaml")) + [_DATA / "stock_phrases.yaml", _DATA / "collocations.yaml"]
    return frozenset(
        w
        for path in files
        for run in _HAN.findall(path.read_text(encoding="utf-8"))
        for w, _t in tag(run)
        if len(w) >= 2
    )


def particular_things(text: str) -> int:
    """How many different particular things (see the module's note) the text names."""
    return len(particular_words(text))


def particular_words(text: str) -> set[str]:
    """The different particular things (see the module's note) the text names."""
    import rjieba

    from mingjing.rules.postag import CLAUSE, tag

    genre = genre_words()
    return {
        w
        for clause in CLAUSE.finditer(text)
        for w, t in tag(clause.group())
        if len(w) >= 2
        and (t.startswith("n") or t == "vn")
        and w not in genre
        and rjieba.suggest_freq(w) - 1 < MAX_FREQ
    }
