"""Forms a material takes when it is a speech outline or a copy of a web page, and how extract carries
them into the notes: the title's words that name the document are no part of the meeting (the redraft
names it once), who spoke is read from `…在…会上的发言提纲`, a note in brackets under the title is
neither a unit nor the preamble, a web page's own lines are left behind, a merged part's paragraph
of causes stays causes, and points under labels keep what is numbered inside them."""

from __future__ import annotations

import pytest

from mingjing.draft.assemble import assemble, title_of
from mingjing.draft.extract import extract_file
from mingjing.draft.notes import Notes
from mingjing.draft.signature import Signature, signature_in_title, split_signature
from mingjing.draft.template import dump_notes

PREAMBLE = (
    "按照局党组的安排，我参加了3次集中学习，向股室负责人征求意见6条，与班子成员逐一谈心谈话。"
    "现将个人对照检查情况报告如下。"
)
PROBLEMS_2024 = """一、存在的问题
（一）在带头严守政治纪律和政治规矩方面
一是学习不够深入。今年3月局党组专题学习后，我没有结合防汛工作写出体会。二是落实部署有温差。汛前检查中有2座水库的整改拖了20天。
（二）在带头增强党性、严守纪律、砥砺作风方面
一是组织生活参加不经常。今年有2次支部主题党日因下乡没有参加。二是批评有顾虑。在党组会上很少对分管同事提意见。
（三）在带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面
一是创新办法少。灌区改造只在1个乡试点。二是遇难题绕着走。城南排涝站选址争议拖了半年。
（四）在带头履行全面从严治党政治责任方面
一是一岗双责落实不够。今年只和分管股室谈话2次。二是监督偏软。有1个工程变更没有上会研究。
"""
CAUSES_MEASURES = """二、产生问题的原因
（一）理论武装有所放松。把学习当成软任务，学用脱节。
（二）担当精神有所减弱。怕担责任，求稳心态重。
三、整改措施
（一）加强学习。每月自学不少于8小时，2025年6月底前写出1篇防汛调研报告。
（二）严格监督。每季度与分管股室负责人谈话1次，工程变更一律上会研究。
"""


def _preamble(notes: Notes) -> str:
    pre = notes.preamble
    return "".join(v for v in (pre.study, pre.opinions, pre.talks) if v and v != "无")


def _material(tmp_path, text: str, name: str = "材料.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "title, expected, rest",
    [
        (
            "青川县水利局党组成员、副局长孟庆林在局党组2024年度民主生活会上的发言提纲",
            ("青川县水利局", "党组成员、副局长", "孟庆林"),
            "2024年度民主生活会上的发言提纲",
        ),
        # the body after 在 is the unit when the words before it name none
        (
            "副镇长宋秋云在清河镇党委2024年度民主生活会上的发言",
            ("清河镇党委", "副镇长", "宋秋云"),
            "2024年度民主生活会上的发言",
        ),
        (
            "宋秋云在清河镇党委2024年度民主生活会上的发言",
            ("清河镇党委", None, "宋秋云"),
            "2024年度民主生活会上的发言",
        ),
        (
            "清河镇党委书记宋秋云在主题教育专题民主生活会上的个人发言提纲",
            ("清河镇", "党委书记", "宋秋云"),
            "主题教育专题民主生活会上的个人发言提纲",
        ),
    ],
)
def test_who_spoke_at_a_meeting_is_read_from_the_title(title, expected, rest):
    assert signature_in_title(title) == (Signature(*expected), rest)


def test_a_note_in_brackets_under_the_title_is_no_unit():
    assert split_signature("（2025年1月，会上发言用，不印发）") is None
    assert split_signature("（发言稿，内部参考）", "孟庆林") is None
    # a unit alone in brackets is still one
    assert split_signature("（青川县水利局党组）", "孟庆林") == Signature("青川县水利局党组", None, None)


@pytest.mark.parametrize(
    "meeting",
    [
        "2024年度民主生活会个人对照检查",
        "2024年度民主生活会个人对照检查发言提纲",
        "2024年度民主生活会检视剖析材料",
        "2024年度民主生活会",
    ],
)
def test_the_title_names_the_document_once(packs, meeting):
    """A meeting written with the words that name the document (as a title had them) is not
    followed by them again: 个人对照检查个人对照检查材料 was the redraft's title."""
    notes = Notes(framework="mzshh-2024", author="孟庆林", meeting=meeting)
    assert title_of(notes, packs["mzshh-2024"]) == "孟庆林2024年度民主生活会个人对照检查材料"


def test_a_speech_outline_comes_apart_into_who_meeting_and_date(tmp_path, packs):
    text = (
        "青川县水利局党组成员、副局长孟庆林在局党组2024年度民主生活会上的个人对照检查发言提纲\n"
        "（2025年1月，会上发言用，不印发）\n" + PREAMBLE + "\n" + PROBLEMS_2024 + CAUSES_MEASURES
    )
    notes, hints = extract_file(_material(tmp_path, text), packs)
    assert (notes.unit, notes.role, notes.author) == ("青川县水利局", "党组成员、副局长", "孟庆林")
    assert notes.meeting == "2024年度民主生活会"  # not 在, 上的, 个人对照检查发言提纲
    assert _preamble(notes).startswith("按照局党组的安排")
    assert any("会上发言用" in h for h in hints)  # the note is left out, and the user told so
    drafted = assemble(notes, packs[notes.framework]).text
    assert drafted.startswith(
        "孟庆林2024年度民主生活会个人对照检查材料\n青川县水利局\u3000党组成员、副局长\u3000孟庆林\n"
    )
    assert "发言用" not in drafted and "个人对照检查个人" not in drafted


def test_a_web_page_s_own_lines_are_left_behind(tmp_path, packs):
    """A copy from a document library: the path, the file's facts, the share bar, the title again,
    and after the text the page's tail (展开阅读全文, other pieces, a disclaimer)."""
    title = "青川县水利局副局长孟庆林2024年度民主生活会个人对照检查材料"
    text = (
        "首页 > 文档中心 > 党建材料\n" + title + "\n"
        "贡献者：abc123　　上传时间：2025-01-20　　浏览：512次\n"
        "文档格式：DOCX　　页数：3页　　字数：约2000字\n"
        "收藏　　分享　　举报\n"
        + title
        + "\n"
        + PREAMBLE
        + "\n"
        + PROBLEMS_2024
        + CAUSES_MEASURES
        + "展开阅读全文\n下载本文档　　第 1 页 / 共 3 页\n相关推荐\n"
        "乡镇干部2024年度民主生活会发言材料　　5页\n"
        "免责声明：本站资料由网友上传，仅供参考，如有侵权请联系删除。\n"
    )
    notes, _ = extract_file(_material(tmp_path, text), packs)
    dumped = dump_notes(notes)
    for site in ("上传时间", "文档格式", "收藏", "展开阅读全文", "第 1 页", "相关推荐", "免责声明", "5页"):
        assert site not in dumped, site
    assert _preamble(notes).startswith("按照局党组的安排")
    assert notes.measures[-1].text.endswith("工程变更一律上会研究。")


def test_the_writer_s_text_after_a_page_marker_is_kept(tmp_path, packs):
    """继续阅读 between the material's paragraphs: the page hides nothing after it, the text goes on."""
    lines = PROBLEMS_2024.splitlines()
    at = lines.index("（三）在带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面")
    problems = "\n".join([*lines[:at], "继续阅读", *lines[at:]]) + "\n"
    title = "孟庆林2024年度民主生活会个人对照检查材料"
    notes, _ = extract_file(
        _material(tmp_path, title + "\n" + PREAMBLE + "\n" + problems + CAUSES_MEASURES), packs
    )
    assert len(notes.aspects) == 4 and len(notes.measures) == 2
    assert "继续阅读" not in dump_notes(notes)


def test_causes_run_in_a_merged_part_stay_causes(tmp_path, packs):
    """原因剖析及整改措施 holding a paragraph 究其原因，一是…；二是… and then measures under （一）（二）:
    the paragraph gives the causes (the redraft used to make each of them a measure and draft a gap
    for the causes)."""
    text = (
        "孟庆林2024年度民主生活会个人对照检查材料\n"
        + PREAMBLE
        + "\n"
        + PROBLEMS_2024
        + "二、原因剖析及整改措施\n"
        "究其原因，一是理论武装有所放松，把学习当成软任务；二是担当精神有所减弱，求稳心态重。"
        "这些问题根子在思想上，需要我认真反思、切实整改。\n"
        "针对上述问题，我将从以下方面整改：\n"
        "（一）加强学习。每月自学不少于8小时，2025年6月底前写出1篇防汛调研报告。\n"
        "（二）严格监督。每季度与分管股室负责人谈话1次，工程变更一律上会研究。\n"
    )
    notes, _ = extract_file(_material(tmp_path, text), packs)
    assert [c.cause for c in notes.causes] == [
        "理论武装有所放松，把学习当成软任务",
        "担当精神有所减弱，求稳心态重",
    ]
    assert [m.measure for m in notes.measures] == ["加强学习", "严格监督"]
    drafted = assemble(notes, packs[notes.framework]).text
    assert "【待补充" not in drafted and "究其原因，一是理论武装有所放松" in drafted
    assert "\n针对上述问题，我将从以下方面整改：\n（一）加强学习。" in drafted  # the measures' opening too


def test_points_under_labels_keep_what_is_numbered_inside_them(tmp_path, packs):
    """1.学习不够系统。（1）…（2）… 2.…: one problem per 1. 2., its （1）（2） its own words (the
    （1）（2） used to be taken as the problems and 1. as a summary, the second point's words lost
    into the first)."""
    problems = PROBLEMS_2024.replace(
        "一是学习不够深入。今年3月局党组专题学习后，我没有结合防汛工作写出体会。二是落实部署有温差。汛前检查中有2座水库的整改拖了20天。",
        "1.学习不够深入。\n（1）专题学习后没有写出体会。\n（2）研讨发言准备仓促。\n2.落实部署有温差。\n"
        "（1）汛前检查中有2座水库的整改拖了20天。\n（2）对下游乡镇的预案没有逐一过问。",
    )
    title = "孟庆林2024年度民主生活会个人对照检查材料"
    notes, _ = extract_file(
        _material(tmp_path, title + "\n" + PREAMBLE + "\n" + problems + CAUSES_MEASURES), packs
    )
    first = notes.aspects[0]
    assert [p.problem for p in first.problems] == ["学习不够深入", "落实部署有温差"]
    assert first.problems[1].own_words and "预案没有逐一过问" in first.problems[1].own_words
    assert not first.summary
