"""From materials to ledger items: one item per measure (or measure point), linked to the problems and
aspects it answers, with its time limit; a material without measures is refused."""

from datetime import date

import pytest

from conftest import MATERIALS, ROOT
from ledger_fixtures import MEETING_2023, YEAR_2023, YEAR_2024
from mingjing.errors import InputError
from mingjing.ledger.extract import extract, extract_file
from mingjing.parse import parse_document
from mingjing.read import read_document

MEETING = date(2024, 1, 15)


@pytest.mark.parametrize(
    "path", sorted(MATERIALS.iterdir()) + sorted((ROOT / "examples").glob("*.docx")), ids=lambda p: p.name
)
def test_every_measure_becomes_items(path, packs):
    outline = parse_document(read_document(path), packs)
    measures = outline.items("measures")
    if not measures:
        with pytest.raises(InputError, match="没有找到整改措施"):
            extract(outline, packs, MEETING)
        return
    result = extract(outline, packs, MEETING)
    expected = sum(
        len(i.points) if len(i.points) > 1 and all(p.label for p in i.points) else 1 for i in measures
    )
    assert len(result.measures) == expected
    text = outline.document.text
    for m in result.measures:
        assert m.text and m.text[:8] in text  # the measure as written
        assert all(a in {i.aspect for i in outline.items("problems")} for a in m.aspects)
    assert result.person and result.year


def test_fixture_person_two_years(packs):
    a = extract_file(YEAR_2023, packs, MEETING_2023)
    b = extract_file(YEAR_2024, packs, date(2025, 1, 20))
    assert (a.person, a.unit, a.year, a.framework) == (
        "周海峰",
        "青山县农业农村局党组书记、局长",
        2023,
        "zhuti-2023",
    )
    assert (b.person, b.year, b.framework) == ("周海峰", 2024, "mzshh-2024")
    assert len(a.measures) == 6 and len(b.measures) == 4
    assert len(a.problems) == 12 and a.problems[0].statement == "学习不够系统"
    first = a.measures[0]
    assert first.aspects == ["理论学习"]
    assert first.problem.startswith("在理论学习方面：学习不够系统；学用结合不够紧密")
    assert (first.limit.phrase, first.limit.due) == ("2024年6月底前", date(2024, 6, 30))
    assert a.measures[3].limit.phrase == "本季度内" and a.measures[3].limit.due == date(2024, 3, 31)
    assert a.measures[4].limit.kind == "long-term"
    assert [m.limit.phrase for m in a.unknown_limits] == ["汛期前完成"]
    assert "廉洁自律" in a.measures[5].aspects
    assert b.measures[0].limit.kind == "immediate" and b.measures[0].limit.due == date(2025, 1, 20)
    assert b.measures[3].aspects == ["带头履行全面从严治党政治责任"]


def test_points_of_a_measure_are_items_of_their_own(packs):
    result = extract_file(MATERIALS / "zzshh_2023_semicolon_points.txt", packs, MEETING)
    labels = [m.label for m in result.measures]
    assert labels[:3] == ["（一）一是", "（一）二是", "（一）三是"]
    assert result.measures[1].limit.phrase == "2024年上半年"
    assert result.measures[1].text.startswith("加强理论学习，筑牢思想根基：重点学习")


def test_options_override_what_the_material_says(packs):
    result = extract_file(YEAR_2023, packs, MEETING_2023, person="周局长", unit="青山县农业农村局")
    assert (result.person, result.unit) == ("周局长", "青山县农业农村局")


def test_a_material_without_measures_is_refused(tmp_path, packs):
    text = YEAR_2023.read_text(encoding="utf-8")
    path = tmp_path / "没有措施.txt"
    path.write_text(text[: text.index("三、整改措施")], encoding="utf-8")
    with pytest.raises(InputError, match=r"没有措施\.txt：没有找到整改措施部分"):
        extract_file(path, packs, MEETING)
