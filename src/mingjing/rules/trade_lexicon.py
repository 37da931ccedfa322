"""The trades' everyday working terms (round r16, data/trade_lexicon.yaml): 标段, 盗伐, 病历书写, 欠薪,
迎峰度夏, 对象复核 — the objects, procedures and set pairs of 95 sectors' and trades' own work (eleven added in
r23: coal mining, reservoirs, road and bridge building, surveying …; six in r24: an oil field, ore dressing, a
bookstore's distribution, pumped storage, an arbitration court and a publisher, with a courier's and a supervision
body's everyday words; two in r25: a local chronicle office and the digital trades, with a discipline body's,
a court's and an editor's words of review and supervision), written for mingjing from the public remits of the
departments (no fixture's words). Since r24
T116's guard (word_slips.reportable) and T404's counter-evidence read them too: a trade's right word is no slip of
another word (寄件 of 计件, 调裁 of 调查, 监察建议 of 检察建议).

jieba and the genre's lexicon (rules/genre_lexicon.py) lack many of them or hold them too rarely for the
generated tables to offer a slip of them; the generators of T168 (scripts/generate_long_word_slips.py:
sound slips of a term of three characters or more) and T178 (scripts/generate_trade_slips.py: every term,
its characters and its two-character members typed by their readings) read them here, and T168 counts a
term as a word of the genre's frequency. Loaded on first use, once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "trade_lexicon.yaml"
_CJK = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def trade_sectors() -> dict[str, tuple[str, ...]]:
    """Each sector's terms as written (Chinese characters only, two or more)."""
    from mingjing.yamlnodes import load_data

    data = load_data(DATA.read_text(encoding="utf-8"))
    return {
        sector: tuple(str(w) for w in terms if _CJK.fullmatch(str(w)) and len(str(w)) >= 2)
        for sector, terms in data["sectors"].items()
    }


@lru_cache(maxsize=1)
def trade_terms() -> tuple[str, ...]:
    """Every term of every sector, each once, sorted."""
    return tuple(sorted({w for terms in trade_sectors().values() for w in terms}))


@lru_cache(maxsize=1)
def trade_term_set() -> frozenset[str]:
    """The same terms as a set (membership)."""
    return frozenset(trade_terms())
