"""The catalogue of each sector's standing formulations (data/sector_formulas.yaml), in the shapes the
existing formulation mechanisms read, so that an entry is a line of data and never code of its own:

- `sayings()`: every wording (and its `also` wordings) for F169 (rules/formulation_sayings.py): one
  character changed, two words swapped, an inner character dropped;
- `series()`: every wording of two or more parts joined by 、 or ， for F155 (rules/formulation_series.py):
  parts out of order, a part missing from a list of four or more, a part one character off;
- `counted()`: every entry with a `name` for F198 (rules/counted_members.py) and F160 (the name, then
  中的 and a member); `numbered()`: the names that carry a count for F169's wrong counts (三个最严);
- `near_words()` and `near_forms()` (round r18): the near words a trade's writer puts in place of a member
  of its formulation (绝对领导 → 全面领导, 主体责任 → 主要责任, 总基调 → 总方针, 高质效 → 高质量, 中央金融
  工作会议 → 第六次全国金融工作会议), for F169's generated forms: a near word is read only inside the whole
  formulation (the rest of the saying written around it), so the word alone stays quiet.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from mingjing.yamlnodes import load_data

TABLE = Path(__file__).parent / "data" / "sector_formulas.yaml"
_QUOTES = re.compile('[“”‘’"「」『』]')
_PARTS = re.compile("[、，]")
_NUMERALS = "一二两三四五六七八九十"
# a list of four parts or more is checked with one part missing; a shorter one only when complete
_MISSING_FROM = 4
# a list whose every part is shorter than this is of words the genre lists in many series (创新、协调)
_MIN_PART = 3


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_data(TABLE.read_text(encoding="utf-8"))
    return data


def _entries() -> list[dict[str, Any]]:
    out = []
    for sector in _data()["sectors"]:
        for f in sector["formulas"]:
            entry = dict(f) if isinstance(f, dict) else {"wording": f}
            entry["wording"] = _QUOTES.sub("", str(entry["wording"]))
            entry["also"] = [_QUOTES.sub("", str(a)) for a in entry.get("also", [])]
            entry["sector"] = str(sector["sector"])
            out.append(entry)
    return out


@lru_cache(maxsize=1)
def entries() -> tuple[dict[str, Any], ...]:
    """Every entry of the catalogue, read once per process."""
    return tuple(_entries())


@lru_cache(maxsize=1)
def sayings() -> tuple[str, ...]:
    """Every wording, every other right wording and every name of an entry, once (F169 reads those of
    five characters or more: 两不愁三保障)."""
    out: dict[str, None] = {}
    for e in entries():
        if e.get("series_only") or e.get("near_only"):  # a long list, read member by member (F155, F215);
            continue  # a name read only with its near words (全国组织工作会议: 全省组织工作会议 is a province's)
        for w in (e["wording"], *e["also"], *([str(e["name"])] if e.get("name") else [])):
            out[w] = None
    return tuple(out)


@lru_cache(maxsize=1)
def series() -> tuple[tuple[str, tuple[str, ...], int], ...]:
    """(name, parts, how many distinct parts a run must hold before it is checked) of every wording of
    two parts or more, its parts split at 、 and ，."""
    out = []
    for e in entries():
        if e.get("near_only"):
            continue
        parts = tuple(p for p in _PARTS.split(e["wording"]) if p)
        if len(parts) < 2 or len(set(parts)) < len(parts) or max(map(len, parts)) < _MIN_PART:
            continue  # lists of single words (创新、协调、绿色) are F169's: the whole wording is a saying
        if any(sorted(p for p in _PARTS.split(a) if p) == sorted(parts) for a in e["also"]):
            continue  # 红脸出汗、咬耳扯袖 is written as often as 咬耳扯袖、红脸出汗: no order to keep (r22)
        need = len(parts) - 1 if len(parts) >= _MISSING_FROM else len(parts)
        out.append((str(e.get("name") or e["wording"]), parts, need))
    return tuple(out)


@lru_cache(maxsize=1)
def counted() -> tuple[tuple[str, str], ...]:
    """(name, wording) of every entry with a name."""
    return tuple((str(e["name"]), e["wording"]) for e in entries() if e.get("name"))


@lru_cache(maxsize=1)
def numbered() -> tuple[str, ...]:
    """The names that carry a count (四个最严, 两不愁三保障, 四大检察)."""
    return tuple(n for n, _ in counted() if re.search(f"[{_NUMERALS}]", n))


def _near_map(raw: Any) -> dict[str, tuple[str, ...]]:
    """{the right word: its near words} of a `near` mapping (one near word or a list of them)."""
    out: dict[str, tuple[str, ...]] = {}
    for right, wrongs in (raw or {}).items():
        items = wrongs if isinstance(wrongs, list) else [wrongs]
        out[str(right)] = tuple("" if w is None else str(w) for w in items)
    return out


@lru_cache(maxsize=1)
def near_words() -> dict[str, tuple[str, ...]]:
    """The catalogue's `near_words`: a right word and the near words written for it inside any listed
    formulation that holds it (主体责任 → 主要责任 in 全面从严治党主体责任, 管党治党主体责任 …)."""
    return _near_map(_data().get("near_words"))


@lru_cache(maxsize=1)
def near_forms() -> tuple[tuple[str, str, int, int], ...]:
    """(wrong form, the wording, where the near word stands in the wrong form, where it ends) of every
    entry's own `near` words (党对政法工作的绝对领导: 全面): the wording with its word written as the near
    word, the rest kept. A near word may be empty (the word left out: 全国生态环境保护大会 → 全国生态环境大会)."""
    out: dict[tuple[str, str, int, int], None] = {}
    for e in entries():
        if e.get("series_only"):
            continue
        near = _near_map(e.get("near"))
        if e.get("near_only"):  # the catalogue's near words inside it too
            near = {**near_words(), **near}
        for right, wrongs in near.items():
            for w in (e["wording"], *e["also"]):
                at = w.find(right)
                if at < 0:
                    continue
                for x in wrongs:
                    out[(w[:at] + x + w[at + len(right) :], w, at, at + len(x))] = None
    return tuple(out)
