"""F129's quick paths give what the plain comparisons give: the formulations one edit from a quoted
phrase (`_one_edit_candidates` keeps every one `_edit_kind` accepts) and the places an inserted run can
stand (`_insert_places`)."""

from __future__ import annotations

import random

from mingjing.rules.formulation_slip import (
    _edit_kind,
    _formulations_by_length,
    _insert_places,
    _one_edit_candidates,
)
from mingjing.rules.near_twin import formulations


def _plain_hits(core: str) -> set[tuple[str, str]]:
    by_length = _formulations_by_length()
    n = len(core)
    near = by_length.get(n - 1, ()) + by_length.get(n, ()) + by_length.get(n + 1, ())
    return {(f, kind) for f in near if (kind := _edit_kind(core, f))}


def test_one_edit_candidates_keep_every_formulation_one_edit_away() -> None:
    rnd = random.Random(3)
    forms = list(formulations())
    chars = "".join(sorted({c for f in forms for c in f})) + "、，"
    cores: set[str] = set()
    for f in rnd.sample(forms, min(300, len(forms))):
        for i in range(len(f)):
            cores.add(f[:i] + f[i + 1 :])  # dropped
            cores.add(f[:i] + rnd.choice(chars) + f[i + 1 :])  # changed
            cores.add(f[:i] + rnd.choice(chars) + f[i:])  # added
            cores.add(f[:i] + f[i + 1 : i + 2] + f[i : i + 1] + f[i + 2 :])  # neighbours swapped
    cores |= {"".join(rnd.choice(chars) for _ in range(rnd.randint(0, 8))) for _ in range(2000)}
    found = 0
    for core in cores:
        hits = {(f, kind) for f in _one_edit_candidates(core) if (kind := _edit_kind(core, f))}
        assert hits == _plain_hits(core), core
        found += bool(hits)
    assert found > 500


def test_insert_places_are_where_the_window_less_the_run_is_the_formulation() -> None:
    rnd = random.Random(5)
    with_places = 0
    for _ in range(20000):
        f = "".join(rnd.choice("ab") for _ in range(rnd.randint(1, 8)))
        k = rnd.randint(1, 2)
        j = rnd.randint(0, len(f))
        window = f[:j] + "".join(rnd.choice("ab") for _ in range(k)) + f[j:]
        plain = [i for i in range(1, len(f)) if window[:i] + window[i + k :] == f]
        assert list(_insert_places(window, f)) == plain, (window, f)
        with_places += bool(plain)
    assert with_places > 1000
