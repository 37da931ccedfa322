"""The garbage collector held off while rules load and run (rules/collector.py)."""

from __future__ import annotations

import gc

import pytest

from mingjing.rules import collector


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_turns_the_collector_off_and_back_on(collector_on):
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_leaves_a_collector_that_was_off_off(collector_on):
    gc.disable()
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_nested_pauses_leave_it_to_the_outermost(collector_on):
    with collector.paused():
        with collector.paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_on_after_an_exception(collector_on):
    with pytest.raises(ValueError, match="inside"), collector.paused():
        raise ValueError("inside")
    assert gc.isenabled()


def test_freeze_happens_once_after_a_review(collector_on, monkeypatch):
    monkeypatch.setattr(collector, "_frozen", False)
    gc.unfreeze()
    with collector.paused():
        pass
    assert gc.get_freeze_count() == 0  # a pause without freeze never freezes
    with collector.paused(freeze=True):
        pass
    frozen = gc.get_freeze_count()
    assert frozen > 0
    kept = [[k] for k in range(1000)]  # new tracked objects, not frozen by a later pause
    with collector.paused(freeze=True):
        pass
    assert gc.get_freeze_count() == frozen
    assert kept and gc.isenabled()
    gc.unfreeze()


def test_a_review_is_freed_before_the_collector_comes_back_on(collector_on):
    """The collector is turned on again only once what a review made is freed: turned on while the
    review's context was alive, its first pass walked every token and n-gram (about 1.5 ms a review)."""
    from pathlib import Path

    from mingjing.frameworks import load_frameworks
    from mingjing.parse import parse_document
    from mingjing.read import read_document
    from mingjing.rules.review import review_outline

    path = sorted((Path(__file__).parent / "fixtures" / "review" / "clean").glob("*.txt"))[0]
    frameworks = load_frameworks()
    outline = parse_document(read_document(path), frameworks)
    for _ in range(2):  # the first review loads the tables, the second fills the caches it keeps
        review_outline(outline, frameworks)
    walked: list[int] = []  # the young objects each pass of the collector walks

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            walked.append(len(gc.get_objects(info["generation"])))

    gc.collect()
    gc.callbacks.append(seen)
    try:
        report = review_outline(outline, frameworks)
    finally:
        gc.callbacks.remove(seen)
    assert report.stats["characters"] > 1000
    assert all(n < 200 for n in walked), walked  # with the context alive: over a thousand
