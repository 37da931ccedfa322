"""edits16's rules (round r16), in sentences of their own; the probes (tests/fixtures/probes16/edits16/) are
measured by eval/word_probes.py and held to their floors by tests/test_word_probes.py, whose docstring
gives their figures (probe 1 2/40 on main, 38/40 after; probe 2 first run 24/26 with one false alarm).
"""

from __future__ import annotations


def test_one_verb_with_two_objects_that_share_no_character() -> None:
    from mingjing.rules.edit_traces import verb_with_two_objects

    found = list(verb_with_two_objects("对重点项目跟踪督促跟踪落实不到位。"))
    assert [(later, earlier) for _s, _e, later, earlier in found] == [("跟踪落实", "跟踪督促")]
    assert [k for _s, _e, k, _o in verb_with_two_objects("学院党委指导督促指导推动二级党组织建设。")] == [
        "指导推动"
    ]
    assert [k for _s, _e, k, _o in verb_with_two_objects("要认真贯彻落实部署贯彻落实安排的任务。")] == [
        "贯彻落实安排"
    ]


def test_parallels_and_longer_words_stay_quiet() -> None:
    from mingjing.rules.edit_traces import verb_with_two_objects

    for quiet in (
        "要不断学习不断实践，早发现早处置。",  # adverbs repeated
        "全面排查全面整改，统一部署统一安排。",  # the genre's adverbials of manner
        "现场检查现场督办，动态监测动态管理，层层传导层层落实。",  # adverbials rjieba tags n
        "严守政治纪律政治规矩。",  # a noun with two nouns
        "县审计局审计出具审计报告，审计发现审计问题12个。",  # a verb and the noun phrase W V2
        "召开基层组织村党组织书记座谈会。",  # the second copy inside 党组织
        "要加强学习、加强管理。",  # a mark between
    ):
        assert list(verb_with_two_objects(quiet)) == [], quiet


def test_half_a_clause_left_before_its_rewrite() -> None:
    from mingjing.rules.edit_traces import half_clauses

    text = "。在联系群众方面，在密切联系群众方面做得不够。从制度层面，从制度执行层面看，还有漏洞。"
    assert [text[s:e] for s, e in half_clauses(text)] == ["在联系群众方面，", "从制度层面，"]
    quiet = "。在学习方面，在工作方面，我都走在前面。在政治上，在思想上，坚决做到两个维护。"
    assert list(half_clauses(quiet)) == []


def test_a_connective_kept_twice() -> None:
    from mingjing.rules.edit_traces import connectives_twice

    text = "，但是但推进较慢，因此因而拖了后腿，然而但是执行打了折扣。"
    assert [text[s:e] for s, e, _f, _s in connectives_twice(text)] == ["但是但", "因此因而", "然而但是"]
    quiet = "，但是却没有人指出，而且还有问题，但凡有反映都回应，并且并不推诿，因此而导致的损失。"
    assert list(connectives_twice(quiet)) == []


def test_a_word_doubled_across_a_broken_line() -> None:
    from mingjing.rules.edit_traces import doubled_across_lines

    text = "在推进基层治理的过程中，对网格员队伍\n队伍建设重视不够。"
    assert [w for _s, _e, w in doubled_across_lines(text)] == ["队伍"]
    for heading in (
        "二是学习培训\n学习培训的针对性不强。",
        "（二）加强队伍建设，提升履职能力\n提升履职能力是重点。",
    ):
        assert list(doubled_across_lines(heading)) == [], heading


def test_a_doubled_word_outside_the_reduplicating_verbs() -> None:
    from mingjing.rules.repeated_words import repeated_run

    def doubled(text: str, run: str) -> bool:
        return repeated_run(text, text.index(run + run), run)

    assert doubled("持续深化“放管服”改革改革，压缩审批时限。", "改革")
    assert doubled("抓好巡察反馈问题的整改整改，逐项销号。", "整改")
    assert not doubled("遇到难题多和同志们商量商量。", "商量")
    assert not doubled("自己参加参加就行了。", "参加")
    assert not doubled("负责管理管理人员的考勤。", "管理")
    assert not doubled("大唐热电中节能节能环保产业园开工。", "节能")


def test_a_clause_begun_again() -> None:
    from mingjing.rules.edit_traces import clauses_begun_again

    text = "。我对分管领域，我对分管领域的意识形态工作重视不够。坚持学习，坚持实践，坚持，坚持，再坚持。"
    assert [text[s:e] for s, e in clauses_begun_again(text)] == ["我对分管领域，"]
