"""Sub-headings inside the items of one numbered series (a material that gives each problem its own
cause and measure, or its own case): `（一）…` then `原因分析：…` and `整改措施：…` (or `典型案例：…`), then
`（二）…` with the same lines again.
Those lines name causes and measures, but they stand inside a series whose numbering goes on across
them: they are the items' own text, never parts (`readings._unlabelled_reading` does not offer them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mingjing.parse.sections import section_kind

if TYPE_CHECKING:
    from mingjing.parse.outline import Para

# what a problem item's own sub-headings name: its cause, its measure, its case (`典型案例：`)
_SUB_KINDS = ("causes", "measures", "other")


def _series(labelled: list[Para]) -> list[list[Para]]:
    """Runs of labels at one rank numbered one after another (`（一）` `（二）` `（三）`), no label of an
    outer rank between them."""
    runs: list[list[Para]] = []
    open_runs: dict[int, list[Para]] = {}
    for p in labelled:
        if p.label is None:
            continue
        rank, value = p.label.rank, p.label.value
        for r in [r for r in open_runs if r > rank]:
            del open_runs[r]  # an outer label closes the deeper runs under it
        run = open_runs.get(rank)
        last = run[-1].label if run else None
        if run is not None and last is not None and value == last.value + 1:
            run.append(p)
        else:
            run = [p]
            runs.append(run)
            open_runs[rank] = run
    return [r for r in runs if len(r) >= 2]


def item_subheadings(paras: list[Para], candidate: Callable[[Para], str | None]) -> set[int]:
    """Indices of the unlabelled lines that would head a part (`candidate`) but are sub-headings of
    the items of one series: every gap between two items of the series holds such lines naming the
    same kinds in the same order (causes, measures; never problems — an aspect-major material's
    `存在问题：` rounds are parts), and the last item holds them too."""
    labelled = [p for p in paras if p.label is not None]
    at = {p.index: k for k, p in enumerate(paras)}  # (`paras` may be the text past its title)
    found: set[int] = set()
    for run in _series(labelled):
        rank = run[0].label.rank if run[0].label is not None else 0
        gaps: list[list[Para]] = []
        for k, item in enumerate(run):
            stop = at[run[k + 1].index] if k + 1 < len(run) else _tail_end(paras, at[item.index], rank)
            gaps.append(
                [p for p in paras[at[item.index] + 1 : stop] if p.label is None and candidate(p) is not None]
            )
        named = [[(p, section_kind(p.heading)) for p in gap] for gap in gaps]
        pattern = [kind for _, kind in named[0] if kind is not None]
        if not pattern or any(k not in _SUB_KINDS for k in pattern):
            continue
        interior = named[:-1]
        if any([k for _, k in gap if k is not None] != pattern for gap in interior):
            continue
        tail = [(p, k) for p, k in named[-1] if k is not None][: len(pattern)]
        if [k for _, k in tail] != pattern:
            continue
        found.update(p.index for gap in interior for p, k in gap if k is not None)
        found.update(p.index for p, _ in tail)
    return found


def _tail_end(paras: list[Para], k: int, rank: int) -> int:
    """Where the last item of a series (at position `k`) ends: the next label at its rank or an outer one,
    or the text's end (positions in `paras`)."""
    return next(
        (j for j in range(k + 1, len(paras)) if (lb := paras[j].label) is not None and lb.rank <= rank),
        len(paras),
    )
