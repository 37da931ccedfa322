"""Round r12 (draft12b): a verb inside an aspect's name is no verb of the head after it (F178)."""

from __future__ import annotations

import pytest

from mingjing.rules import verb_objects


@pytest.mark.parametrize(
    "text",
    [
        "针对党性修养提高方面的问题，每月读一本原著。",
        "针对增强服务意识方面存在的问题，每季度到社区走访一次。",
        "对照能力提升情况的问题，逐项列出清单。",
    ],
)
def test_a_verb_naming_an_aspect_has_no_object(text):
    assert list(verb_objects.find(text)) == []


def test_the_mismatch_outside_an_aspect_is_still_found():
    found = list(verb_objects.find("下一步要着力提高群众反映强烈的问题。"))
    assert [(m.verb, m.head) for m in found] == [("提高", "问题")]
    assert verb_objects._names_an_aspect("方面的")
    assert not verb_objects._names_an_aspect("群众反映强烈的")
