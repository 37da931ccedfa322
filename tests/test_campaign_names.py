"""F214 (rules/campaign_names.py): every catalogued campaign walked — silent as written, heard after its
theme with each other kind and with a word of its theme changed — and short themes silent."""

from __future__ import annotations

import pytest

from mingjing.rules.campaign_names import MIN_CHANGED, campaign_slips, campaigns

KINDS = ("主题教育", "专题教育", "学习教育", "教育实践活动", "教育活动")
CAMPAIGNS = [(theme, kinds[0]) for theme, kinds in campaigns().items()]


def test_every_campaign_of_the_record_is_catalogued():
    assert len(CAMPAIGNS) >= 7
    assert ("三严三实", "专题教育") in CAMPAIGNS and ("两学一做", "学习教育") in CAMPAIGNS


@pytest.mark.parametrize("theme, kind", CAMPAIGNS)
def test_every_campaign_is_silent_as_written(theme, kind):
    assert list(campaign_slips(f"在{theme}{kind}中，我们查摆问题不够具体。")) == []


@pytest.mark.parametrize("theme, kind", CAMPAIGNS)
def test_every_campaign_is_heard_with_another_kind(theme, kind):
    for other in KINDS:
        if other in campaigns()[theme]:
            continue
        text = f"在{theme}{other}中，我们查摆问题不够具体。"
        found = list(campaign_slips(text))
        assert [(text[s:e], right) for s, e, right in found] == [(other, kind)], text


@pytest.mark.parametrize("theme, kind", [c for c in CAMPAIGNS if len(c[0]) >= MIN_CHANGED])
def test_every_long_campaign_is_heard_with_a_word_changed(theme, kind):
    k = len(theme) // 2
    written = theme[:k] + "鑫鑫" + theme[k + 2 :]
    text = f"在{written}{kind}中，我们查摆问题不够具体。"
    # since r17 the 2025 campaign is listed without its verb too (深入贯彻中央八项规定精神学习教育): either span
    # reads the changed word, with the right name as its suggestion
    found = [(text[s:e], right) for s, e, right in campaign_slips(text)]
    assert len(found) == 1
    (got, right) = found[0]
    assert (
        (written + kind).endswith(got)
        and (theme + kind).endswith(right)
        and len(got) >= len(written + kind) - 2
    )
    assert theme[k : k + 2] in right and "鑫鑫" in got


@pytest.mark.parametrize("text", ["学校开展了党史专题教育。", "开展党纪专题教育。", "开展警示教育活动。"])
def test_short_themes_and_other_lessons_are_silent(text):
    assert list(campaign_slips(text)) == []
