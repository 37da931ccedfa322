"""Fail closed: no material passes a check that did not run (CLI and web alike)."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, run_cli
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import UNCERTAIN, review_outline

RECIPE = (
    "番茄炒蛋的做法\n准备两个番茄、三个鸡蛋，番茄洗净切块，鸡蛋打散加少许盐。锅里放油烧热，先倒入蛋液炒到凝固盛出，"
    "再放番茄翻炒出汁，加糖和盐调味，最后倒回鸡蛋翻匀即可出锅。这道菜酸甜可口，老少皆宜，是很多家庭餐桌上的常见菜。"
    "做的时候火不要太大，番茄要炒出沙，汤汁浓稠时再放鸡蛋。喜欢吃甜的可以多放一点糖，喜欢酸的可以加一点番茄酱。"
    "蛋要嫩，炒到七八成熟就盛出，回锅时再翻几下就好。配一碗米饭，简单又下饭，十分钟就能上桌。\n"
)
ENGLISH = (
    "Why foxes thrive in cities\nUrban foxes have learned to live alongside people. They eat what we throw "
    "away, sleep under sheds and raise their cubs in quiet gardens. Researchers tracked forty animals for a "
    "year and found that most never left a few streets.\n"
)
NOT_MATERIALS = {
    "recipe.txt": RECIPE,
    "english.txt": ENGLISH,
    "hello.txt": "hello",
    "title_only.txt": "关于对照检查材料",
    "title_and_empty_lines.txt": "张三2023年度主题教育专题民主生活会对照检查材料" + "\n" * 100_000,
}
# a real member's material: its parts are headed 存在的问题：… without 一、
COLON_PARTS = (FIXTURES / "realforms" / "materials" / "colon_parts_no_labels.txt").read_text(encoding="utf-8")
# one long prose paragraph that names no part at all
PROSE = (
    "李平2023年度主题教育专题组织生活会个人发言\n"
    "今年以来我按照支部要求参加了集中学习，也自学了一些篇目。回头看，我在理论学习上不够系统，平时看手机上的文章多，"
    "读原著少；在服务群众上不够主动，窗口群众反映排队时间长，我向科里提过一次，没有跟进。这些不足说明我对自己的"
    "要求放松了，宗旨意识淡了。今后我要把学习当成每天的功课，每周读两篇原著，写一篇体会；对群众反映的问题，"
    "当天登记、一周内答复，年底前把窗口分时预约推行起来，让群众少跑腿、少排队，也请同志们监督。\n"
)


def review_text(text, packs, name="m.txt", framework=None):
    return review_outline(
        parse_document(read_bytes(text.encode("utf-8"), name, ".txt"), packs, framework), packs
    )


@pytest.mark.parametrize("name", sorted(NOT_MATERIALS))
def test_a_text_that_is_not_a_material_is_refused(packs, name):
    report = review_text(NOT_MATERIALS[name], packs, name)
    assert report.verdict == "reject" and report.score == 0
    assert [f.code for f in report.findings] == ["S100"]
    assert report.findings[0].message.startswith("不像对照检查材料")


def test_the_cli_refuses_texts_that_are_not_materials(tmp_path):
    for name, text in NOT_MATERIALS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = run_cli("review", *sorted(str(p) for p in tmp_path.iterdir()), "--format", "json")
    assert out.returncode == 1, out.stderr
    reports = json.loads(out.stdout)["reports"]
    assert len(reports) == len(NOT_MATERIALS)
    assert {r["verdict"] for r in reports} == {"reject"}
    assert all(r["findings"][0]["message"].startswith("不像对照检查材料") for r in reports)
    text = run_cli("review", str(tmp_path / "recipe.txt"), "--exit-zero")
    assert "S100 不像对照检查材料" in text.stdout and "通过" not in text.stdout


def test_a_material_with_colon_headed_parts_is_checked(packs):
    report = review_text(COLON_PARTS, packs)
    assert report.stats["sections"] == 3
    assert [s.kind for s in report.outline.sections] == ["problems", "causes", "measures"]
    assert report.outline.framework is not None
    assert not [f for f in report.findings if f.code in ("S103", "S104", "S105", "S100")]


def test_when_no_part_is_found_the_review_says_which(packs):
    report = review_text(PROSE, packs)
    assert report.outline.sections == []
    missing = {f.code: f for f in report.findings if f.code in ("S103", "S104", "S105")}
    assert sorted(missing) == ["S103", "S104", "S105"]
    assert missing["S103"].severity == "error" and report.verdict == "reject"


def test_an_unrecognised_framework_says_coverage_was_not_checked(packs):
    text = (
        COLON_PARTS.replace("2023年度主题教育专题组织生活会个人检视剖析材料", "个人检视剖析材料")
        .replace("在学习贯彻党的创新理论上", "在看书上")
        .replace("在发挥先锋模范作用上", "在窗口服务上")
        .replace("学思想、强党性、重实践、建新功", "要求")
    )
    report = review_text(text, packs)
    assert report.outline.framework is None
    c100 = [f for f in report.findings if f.code == "C100"]
    assert len(c100) == 1 and c100[0].severity == "warning"
    assert "没有检查各方面是否齐全、顺序是否正确" in c100[0].message and "--framework" in c100[0].message
    assert report.verdict != "pass"
    assert not [f for f in review_text(text, packs, framework="zzshh-2023").findings if f.code == "C100"]


def test_a_part_another_reading_finds_is_not_asserted_missing(packs):
    """The chosen reading has no causes part, but an unlabelled line names one: the review says the
    structure is uncertain (a warning), never that the part is missing (an error)."""
    text = (
        COLON_PARTS.replace("产生问题的原因：", "一、")
        .replace("整改措施：", "二、整改措施：")
        .replace("存在的问题：", "三、存在的问题：")
        + "\n原因分析\n"
    )
    outline = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    assert "causes" not in [s.kind for s in outline.sections]
    assert "causes" in outline.kinds_elsewhere
    report = review_outline(outline, packs)
    s104 = [f for f in report.findings if f.code == "S104"]
    assert s104 and s104[0].severity == "warning" and s104[0].message.startswith(UNCERTAIN)


def test_low_confidence_downgrades_structure_errors(packs):
    text = COLON_PARTS
    outline = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    sure = review_outline(outline, packs)
    outline.confidence = 0.3
    outline.sections = [s for s in outline.sections if s.kind != "measures"]
    unsure = review_outline(outline, packs)
    s105 = [f for f in unsure.findings if f.code == "S105"]
    assert s105 and s105[0].severity == "warning" and s105[0].message.startswith(UNCERTAIN)
    assert not [f for f in unsure.findings if f.code.startswith(("S1", "C1", "A1")) and f.severity == "error"]
    assert not [f for f in sure.findings if f.code == "S105"]


def test_the_web_app_refuses_texts_that_are_not_materials(tmp_path):
    from web_server import Browser, live_server
    from web_team import PASSWORD, make_people, upload

    with live_server(tmp_path) as (base, app):
        team = make_people(app.state.store)
        author = Browser(base)
        assert author.login("陈立华", PASSWORD).status_code == 303
        names = ("recipe.txt", "hello.txt", "title_and_empty_lines.txt")
        for name in names:
            r = upload(author, team.rounds["a"], name=name, data=NOT_MATERIALS[name].encode("utf-8"))
            assert r.status_code == 303, r.text[:300]
        material = int(r.headers["location"].rsplit("/", 1)[1])
        drafts = app.state.store.drafts(material)
        assert [d["verdict"] for d in drafts] == ["reject"] * len(names)
        report = author.get(f"/drafts/{drafts[0]['id']}/report").text
        assert "不像对照检查材料" in report
        author.close()


def test_a_lead_in_that_ends_a_short_preamble_counts_as_its_sentence(packs):
    from test_parse_whole import NO_HEADINGS

    report = review_text(NO_HEADINGS.format(lead="针对以上问题，今后我将做到以下几点："), packs)
    assert not [f for f in report.findings if f.code in ("S102", "S103", "S105")]


def test_low_confidence_says_so_on_structure_warnings(packs):
    """A missing title or preamble read on a parse it is unsure of says the structure is uncertain."""
    text = "\n".join(COLON_PARTS.split("\n")[1:])  # no title line
    outline = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    outline.confidence = 0.3
    warnings = [f for f in review_outline(outline, packs).findings if f.code in ("S101", "S102")]
    assert warnings and all(f.message.startswith(UNCERTAIN) for f in warnings)
    outline.confidence = 1.0
    sure = [f for f in review_outline(outline, packs).findings if f.code in ("S101", "S102")]
    assert sure and not any(f.message.startswith(UNCERTAIN) for f in sure)


def test_a_special_meetings_c100_is_a_hint_that_lets_a_material_pass(packs):
    """A 巡察整改专题民主生活会 has no pack and can have none (its matters are the feedback's): C100 says what was
    left unchecked as a hint, without the import advice, and a material that is otherwise clean passes (r21)."""
    from mingjing.model import Finding
    from mingjing.rules.verdict import verdict

    text = COLON_PARTS.replace(
        "2023年度主题教育专题组织生活会个人检视剖析材料", "巡察整改专题民主生活会个人对照检查材料"
    )
    report = review_text(text, packs)
    c100 = [f for f in report.findings if f.code == "C100"]
    assert len(c100) == 1 and c100[0].severity == "info"
    assert "“巡察整改专题民主生活会”是为专门事项召开的会议" in c100[0].message
    hint = Finding("C100", "framework-unknown", "coverage", "info", "", 0, 1, "")
    assert verdict([hint], 100) == "pass"
    assert (
        verdict([Finding("C100", "framework-unknown", "coverage", "warning", "", 0, 1, "")], 100) == "revise"
    )
