"""The genre's own terms (round r14): organs and their bodies at each level, posts, Party bodies, policy and
campaign terms by sector and the working terms of offices, composed from data/genre_terms.yaml (written
for mingjing from public facts; no fixture's words).

A body's name is composed from its parts: every head of a `bodies` line (the sector's full name and its
usual short names: 市场监督管理, 市场监管) with every tail of the line (总局, 局, 分局, 所), and the
bodies of the groups marked `+` with every `attached` tail (市场监管局党组, 应急管理局机关党委). The
lists of `units`, `posts`, `terms` and `office` are taken as written. Only names of Chinese characters
are kept (12345热线 and 村“两委” stay out).

jieba's dictionary lacks most of them (网格员, 市场监督管理局, 乡村振兴, 纪检监察组, 对账销号), so the
tables generated from it (T168's slips inside longer words, T176's compounds, T166's near-words) do not
see slips inside them; scripts/generate_long_word_slips.py, scripts/generate_context_twins.py and
scripts/generate_rare_near_words.py read them from here. Loaded on first use, once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "genre_terms.yaml"
_CJK = re.compile(r"[\u4e00-\u9fff]+")


def _split(line: str) -> list[str]:
    return [w.strip() for w in line.split(",") if w.strip()]


def _bodies(groups: dict[str, list[str]], attached: list[str]) -> list[str]:
    out = []
    for name, lines in groups.items():
        for line in lines:
            heads, tails = line.split("|")
            names = [h + t for h in _split(heads) for t in _split(tails)]
            out += names
            if name.startswith("+"):
                out += [n + a for n in names for a in attached]
    return out


@lru_cache(maxsize=1)
def genre_terms() -> tuple[str, ...]:
    """Every term of the genre's lexicon, Chinese characters only, each once, sorted."""
    from mingjing.yamlnodes import load_data

    data = load_data(DATA.read_text(encoding="utf-8"))
    attached = [t for line in data["attached"] for t in _split(line)]
    words = _bodies(data["bodies"], attached)
    for key in ("offices", "posts", "office"):
        words += [w for line in data[key] for w in _split(line)]
    for section in ("units", "terms"):
        for lines in data[section].values():
            words += [w for line in lines for w in _split(line)]
    return tuple(sorted({w for w in words if _CJK.fullmatch(w) and len(w) >= 2}))


def genre_term_set() -> frozenset[str]:
    """The same terms as a set (membership)."""
    return _genre_set()


@lru_cache(maxsize=1)
def _genre_set() -> frozenset[str]:
    return frozenset(genre_terms())


@lru_cache(maxsize=1)
def shared_terms() -> frozenset[str]:
    """The terms every material of the genre writes, whatever its unit's trade: Party work (`terms: party`)
    and the offices' working terms (`office`: 问题清单, 整改台账, 督办). Such a term shows no trade (r22: a
    体彩中心's 问题清单 is no sign of an auditor's 进点)."""
    from mingjing.yamlnodes import load_data

    data = load_data(DATA.read_text(encoding="utf-8"))
    words = [w for line in data["terms"]["party"] for w in _split(line)]
    words += [w for line in data["office"] for w in _split(line)]
    return frozenset(w for w in words if _CJK.fullmatch(w) and len(w) >= 2)
