"""E104 reads the whole point (rules/facts.py): a habit word hides only what follows it in its
sentence, a body's meeting is an occasion, and words that only look like facts (a quoted figure of
work style, 个别 before a noun, 干部, 下乡, people or places as a class, one's organisation's plans)
are none. Sentences written for these tests."""

import pytest

from mingjing.rules.facts import has_fact, style_figures


@pytest.mark.parametrize(
    "text",
    [
        # a general first sentence, then the occasion
        "一是组织生活不够严肃。党员大会有时拖着不开，讲党课我照着文件念。",
        # what is told before "sometimes" is told as it is
        "一是学习抓得不紧。午休多用手机看直播，有时好些天不读理论文章。",
        # a slogan of the framework, then a concrete case
        "三是坚定“四个自信”还有差距。在一次外商座谈中听到贬低国内营商环境的说法，我没有当场回应。",
        # a quoted name is a fact, though a quoted figure is not
        "二是便民措施推得慢。“一窗通办”改革推进半年，窗口仍要求群众重复提交材料。",
    ],
)
def test_a_point_with_a_fact_anywhere_is_specific(text):
    assert has_fact(text), text


@pytest.mark.parametrize(
    "text",
    [
        # activities after a habit word, in the same sentence
        "一是学习抓得不紧，有时用手机看直播，学习平台打开得少。",
        "二是工作中有畏难情绪，经常加班却抓不住重点。",
        # a quoted figure of work style, 个别 and 下乡, a routine visit
        "三是作风不够扎实。个别干部下乡走访“走过场”，深入田间少。",
        "二是对下属管理偏松。对个别干部工作拖拉的问题只是口头提醒。",
        # the practice's own name, colleagues as a class
        "一是民主作风不够好。开展批评和自我批评时辣味不足，对其他同志的问题点得不透。",
        "一是标准不高。满足于过得去，与优秀同志相比还有差距。",
        # people as a class treated more or less, one's organisation's plans, the course of a reform
        "一是带队伍不够用心。对员工表扬少、要求多，谈心谈得少。",
        "二是落实上级要求不够坚决。在贯彻集团重点工作部署时存在观望心态。",
        "三是学习不够深入。对医保支付改革中的新要求研究不够。",
        # places and papers as a class
        "二是指导不够。对区县单位的帮助多停留在发文件层面，解决实际困难少。",
    ],
)
def test_a_point_of_judgements_only_is_not(text):
    assert not has_fact(text), text


def test_the_figures_are_figures_not_names():
    figures = style_figures()
    assert {"走过场", "两张皮", "文山会海", "中梗阻"} <= figures
    assert len(figures) >= 80
    # numbered formulations are _NOT_FACTS' business, named campaigns are facts
    assert not any(
        any(c in f for c in "一二三四五六七八九十") and f[0] in "两三四五六七八九十" for f in figures
    )
