"""Python's cyclic garbage collector held off while the rules load and run (docs/review-speed.md,
round r15).

A first review loads the rules' tables and lexicons: some 600,000 Python objects that live as long as the
process. While they are made, the collector's full passes walk every one of them again and again (0.5–0.7 s
of a cold CLI review of 2.5 s); later, a full pass (0.2–0.3 s on this machine) comes every few dozen
reviews. A review itself leaves no cyclic garbage once the tables are loaded (every object it makes is
freed by its reference count: measured 0 unreachable objects after a review; about a thousand after the
first, once), so `paused()` turns the collector off while the rules load (the registry) and run (a review), and turns
it back on after. At the end of a process's first review (`paused(freeze=True)`) everything then alive is
moved out of the collector's reach for good (`gc.freeze`): the loaded tables are never walked again. That
first review's own cyclic garbage (the thousand objects) is frozen with them, once; nothing else is kept.

The collector is left as it was found when it was already off (a caller's own choice), and nested pauses
leave it to the outermost. What the rules find does not depend on it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_frozen = False  # whether the process's loaded objects have been frozen (once, after the first pause)


@contextmanager
def paused(freeze: bool = False) -> Iterator[None]:
    """The collector off inside the block (when it was on), on again after it; with `freeze`, the first
    time, what is then alive is frozen first."""
    global _frozen
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if freeze and not _frozen:
            _frozen = True
            gc.freeze()
        gc.enable()
