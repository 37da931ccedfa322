"""Ranks of labels that Word's automatic numbering wrote, from how its lists nest.

Two lists of a .docx can show the same label (`1.` for the parts in `List Number`, `1.` again for the
items in `List Number 2`, or one multi-level list whose levels both read `%N.`); the text alone then
cannot tell a part from an item. The reader records which list and level each label counts in
(`Paragraph.list_key`); a list whose first label stands between two labels of another list is nested
in it, one level deeper, so its labels rank under that list's, whatever they look like.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mingjing.parse.outline import Para


def rank_word_lists(paras: list[Para], keys: dict[int, str]) -> None:
    """Re-rank in place the labels of paragraphs `keys` names (Para.index -> list key): a nested
    list's labels rank one deeper than the list it is nested in when they would rank no deeper."""
    positions: dict[str, list[int]] = {}
    ranks: dict[str, Counter[int]] = {}
    for k, p in enumerate(paras):
        key = keys.get(p.index)
        if key is None or p.label is None or p.label.rank < 0:
            continue
        positions.setdefault(key, []).append(k)
        ranks.setdefault(key, Counter())[p.label.rank] += 1
    if len(positions) < 2:
        return
    order = sorted(positions, key=lambda key: positions[key][0])
    depth: dict[str, int] = {}
    parent: dict[str, str | None] = {}
    for key in order:
        first = positions[key][0]
        outer = [j for j in depth if positions[j][0] < first < positions[j][-1]]
        best = max(outer, key=lambda j: depth[j], default=None)
        parent[key] = best
        depth[key] = 0 if best is None else depth[best] + 1
    rank = {key: ranks[key].most_common(1)[0][0] for key in order}
    changed: dict[str, int] = {}
    for key in sorted(order, key=lambda key: depth[key]):
        outer_key = parent[key]
        if outer_key is not None and rank[key] <= rank[outer_key]:
            rank[key] = changed[key] = rank[outer_key] + 1
    if not changed:
        return
    for k, p in enumerate(paras):
        key = keys.get(p.index)
        if key in changed and p.label is not None and p.label.rank >= 0:
            paras[k] = replace(p, label=replace(p.label, rank=changed[key]))
