"""edits17's rules (round r17, rules/both_versions.py), in sentences of their own; the probes
(tests/fixtures/probes17/edits17/) are measured by eval/word_probes.py and held to their floors by
tests/test_word_probes.py, whose docstring gives their figures.
"""

from __future__ import annotations


def test_a_topic_opened_twice() -> None:
    from mingjing.rules.both_versions import topics_opened_twice

    text = "。对于出口退税审核，对此，建立告知机制。针对账目不清问题，对这些问题，已逐项整改。在学习方面，在这方面，我做得不够。"
    assert [text[s:e] for s, e in topics_opened_twice(text)] == ["对此，", "对这些问题，", "在这方面，"]
    quiet = "。对于这个问题，我们的认识逐步深化。针对这些问题，班子制定了措施。对党忠诚，对此次检查高度重视。"
    assert list(topics_opened_twice(quiet)) == []


def test_a_frame_word_written_again_in_its_list() -> None:
    from mingjing.rules.both_versions import frames_in_lists

    text = "，通过召开居民议事会、通过逐户走访等方式化解矛盾，利用微信群、利用村广播等渠道通知。"
    assert [w for _s, _e, w in frames_in_lists(text)] == ["通过", "利用"]
    quiet = (
        "，通过学习提高认识、通过实践增长才干，通过座谈、走访等方式征求意见，审议通过、通过率等，"
        "党组会议专题研究并审议通过了工作方案、通过了考核办法等文件。"
    )
    assert list(frames_in_lists(quiet)) == []


def test_a_clause_end_written_again() -> None:
    from mingjing.rules.both_versions import tails_again

    text = "，主动上门服务的次数少了，少了，与企业的感情有所疏远，对一线情况掌握不准，对一线情况掌握不准。"
    assert [text[s:e] for s, e in tails_again(text)] == ["，少了", "，对一线情况掌握不准"]
    quiet = "，坚持，坚持，再坚持。群众说：“修好了，好了，路通了。”问题多，多，就是做得不够。"
    assert list(tails_again(quiet)) == []


def test_an_item_listed_twice() -> None:
    from mingjing.rules.both_versions import items_twice

    text = "，坐在办公室听汇报、看材料、听汇报的时候多了，对安全生产、环境保护、安全生产等工作抓得不细。"
    assert [w for _s, _e, w in items_twice(text)] == ["听汇报", "安全生产"]
    quiet = (
        "，看材料、听汇报、开座谈会，抓党建、抓业务、抓队伍，“查验等企业、企业等查验”，党员、干部、党员干部，"
        "三年分别为1人、2人、1人、3人。"
    )
    assert list(items_twice(quiet)) == []


def test_a_clause_written_twice_with_one_word_changed() -> None:
    from mingjing.rules.both_versions import clauses_one_word_apart

    text = "，对群众反映的问题回应不及时，对群众反映的问题回应不够及时，年度目标任务完成得不够理想，年度目标任务完成得不太理想。"
    found = [text[s:e] for s, e in clauses_one_word_apart(text)]
    assert found == ["对群众反映的问题回应不及时，", "年度目标任务完成得不够理想，"]
    quiet = (
        "，有的问题已经解决了，有的问题基本解决了，在思想上严格要求，在工作上严格要求，"
        "能解决的问题马上解决，不能解决的问题马上解决，解决了一批问题，解决了一批难题，"
        "对上级交办的事项及时办理，对下级交办的事项及时办理。"
    )
    assert list(clauses_one_word_apart(quiet)) == []


def test_the_subject_written_twice() -> None:
    from mingjing.rules.both_versions import subjects_twice

    text = "，本人我在学习上浅尝辄止，作为班子成员我们我负有责任，我我们都要反思。"
    assert [kept for _s, _e, kept in subjects_twice(text)] == ["本人", "我", "我们"]
    quiet = "，我本人也有责任，我们党历来重视调研，他们是我们我县最早的驻村干部，日本人我们也接待过，加强自我我们要做到。"
    assert list(subjects_twice(quiet)) == []


def test_a_connective_half_deleted() -> None:
    from mingjing.rules.both_versions import connectives_half_deleted

    text = "。同时时，对苗头性问题警惕不够。首先先，要强化理论武装。"
    assert [w for _s, _e, w in connectives_half_deleted(text)] == ["同时", "首先"]
    quiet = "。同时，时时保持警惕。同时时刻保持清醒头脑。因此此项工作必须一把手亲自抓。"
    assert list(connectives_half_deleted(quiet)) == []


def test_le_typed_twice() -> None:
    from mingjing.rules.doubled_singles import lone_doubles

    assert list(lone_doubles("全年共组织开展了了12次集中学习。")) == [7]
    assert list(lone_doubles("在一个月内完成了了调解。")) == [7]
    for quiet in (
        "为了了解情况。",
        "有的问题不了了之。",
        "实在解决不了了。",
        "说了了之的现象。",
        "小时了了。",
    ):
        assert list(lone_doubles(quiet)) == [], quiet
