"""`frameworks import` reads a notice into a pack that validates and maps that year's materials;
`frameworks check` shows how a pack maps the items of a few materials."""

from pathlib import Path

import pytest

from conftest import MATERIALS, run_cli
from mingjing.frameworks import load_frameworks, load_pack
from mingjing.parse import parse_document
from mingjing.read import read_document

FIXTURES = Path(__file__).parent / "fixtures"
NOTICES = FIXTURES / "notices"
CLEAN = FIXTURES / "review" / "clean"

# notice → (the shipped pack of that year, that year's example materials)
CASES = {
    "2022年度民主生活会通知.txt": ("mzshh-2022", [MATERIALS / "mzshh_2022_six_daitou.txt"]),
    "2024年度民主生活会通知.txt": (
        "mzshh-2024",
        [
            CLEAN / "c02_mzshh2024.txt",
            CLEAN / "c08_mzshh2024.txt",
            FIXTURES / "review" / "heldout" / "h05_mzshh2024_chengtou.txt",
        ],
    ),
    "2023年度组织生活会通知.txt": (
        "zzshh-2023",
        [CLEAN / "c03_zzshh2023.txt", CLEAN / "c06_zzshh2023.txt", MATERIALS / "zzshh_2023_short_phone.txt"],
    ),
    "2025年度组织生活会通知.txt": ("zzshh-2025", [MATERIALS / "zzshh_2025_member.txt"]),
}


def _import(notice: Path, out: Path):
    return run_cli("frameworks", "import", notice, "--output", out, env={"COLUMNS": "160"})


def _positions(outline, pack) -> list[int | None]:
    names = [a.name for a in pack.aspects]
    return [names.index(i.aspect) if i.aspect else None for i in outline.items("problems")]


@pytest.mark.parametrize("notice", sorted(CASES))
def test_imported_pack_validates_and_maps_that_years_materials(tmp_path, notice):
    builtin_id, materials = CASES[notice]
    out = tmp_path / "导入.yaml"
    result = _import(NOTICES / notice, out)
    assert result.returncode == 0, result.stderr
    assert "校验通过" in result.stdout
    pack = load_pack(out)
    shipped = load_frameworks()[builtin_id]
    assert pack.year == shipped.year and pack.meeting == shipped.meeting
    assert len(pack.aspects) == len(shipped.aspects)
    assert pack.theme and notice in pack.source
    packs = {**load_frameworks(), pack.id: pack}
    for material in materials:
        document = read_document(material)
        imported = _positions(parse_document(document, packs, pack.id), pack)
        expected = _positions(parse_document(document, load_frameworks(), builtin_id), shipped)
        assert None not in imported, (material.name, imported)
        assert imported == expected, material.name  # each item on the same aspect as the shipped pack says


def test_import_reads_the_notices_own_settings(tmp_path):
    for notice, share, part in (
        ("2024年度民主生活会通知.txt", 0.5, ("班子",)),
        ("2025年度组织生活会通知.txt", 0.67, ("支部",)),
        ("2023年度组织生活会通知.txt", 0.5, ("支部",)),
    ):
        out = tmp_path / (notice + ".yaml")
        assert _import(NOTICES / notice, out).returncode == 0
        pack = load_pack(out)
        assert pack.problems_causes_share == share, notice
        assert (pack.required_parts[0].kinds if pack.required_parts else None) == part, notice
    text = (tmp_path / "2024年度民主生活会通知.txt.yaml").read_text(encoding="utf-8")
    assert "带头严守政治纪律和政治规矩、维护党的团结统一" in text and "四个带头" in text


def test_import_from_docx_notice(tmp_path):
    from docx_factory import plain_docx

    lines = (NOTICES / "2025年度组织生活会通知.txt").read_text(encoding="utf-8").splitlines()
    notice = plain_docx(lines, tmp_path / "通知.docx")
    out = tmp_path / "2025.yaml"
    assert _import(notice, out).returncode == 0
    assert [a.name for a in load_pack(out).aspects] == [
        "政治纪律",
        "组织纪律",
        "廉洁纪律",
        "群众纪律",
        "工作纪律",
        "生活纪律",
    ]


def test_what_the_notice_does_not_say_is_a_marked_placeholder(tmp_path):
    notice = tmp_path / "简短通知.txt"
    notice.write_text(
        "关于召开2026年度民主生活会的通知\n各单位：请于2027年2月底前召开会议，会后报送情况。\n",
        encoding="utf-8",
    )
    out = tmp_path / "2026.yaml"
    result = _import(notice, out)
    assert result.returncode == 1  # written, but not a usable pack until completed
    text = out.read_text(encoding="utf-8")
    assert "theme: null  # 待补充" in text and "placeholder: true" in text and "year: 2026" in text
    assert "待补充：通知中没有找到会议主题" in result.stdout
    assert "待补充：通知中没有找到对照检查的方面" in result.stdout
    assert "校验未通过" in result.stdout and "2026.yaml:" in result.stdout


def test_import_never_overwrites(tmp_path):
    notice = tmp_path / "通知.txt"
    notice.write_bytes((NOTICES / "2024年度民主生活会通知.txt").read_bytes())
    out = tmp_path / "已有.yaml"
    out.write_text("别动我\n", encoding="utf-8")
    result = _import(notice, out)
    assert result.returncode == 2 and "文件已存在" in result.stderr and "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "别动我\n"
    result = run_cli("frameworks", "import", notice, "--output", tmp_path / "x.txt")
    assert result.returncode == 2 and ".yaml" in result.stderr


def test_check_shows_each_item_and_what_the_aliases_miss(tmp_path):
    out = tmp_path / "2023.yaml"
    assert _import(NOTICES / "2023年度组织生活会通知.txt", out).returncode == 0
    result = run_cli(
        "frameworks",
        "check",
        out,
        MATERIALS / "zzshh_2023_member.txt",
        CLEAN / "c03_zzshh2023.txt",
        env={"COLUMNS": "200"},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # the member writes 提高党性修养 where the notice says 党性修养提高情况: since r14 (parse14) an aspect's own
    # terms match in any order, so the staff sees it mapped, not missed
    assert any("在提高党性修养方面" in line and "党性修养提高情况" in line for line in lines)
    assert any("在学习贯彻党的创新理论方面" in line and "学习贯彻党的创新理论情况" in line for line in lines)
    assert "未对应 0 项" in result.stdout
    # a heading no aspect's terms reach (业务钻研) is shown as missed
    own = tmp_path / "业务.txt"
    own.write_text(
        "某局党员张三2023年度组织生活会对照检查材料\n\n一、存在的问题\n\n（一）在学习贯彻党的创新理论方面\n\n"
        "学习不够深入，今年只读了1本书。\n\n（二）在业务钻研方面\n\n业务学习不够，今年只参加1次培训。\n\n"
        "二、原因分析\n\n理想信念有所松懈。\n\n三、整改措施\n\n每月读书1本。\n",
        encoding="utf-8",
    )
    missed = run_cli("frameworks", "check", out, own, env={"COLUMNS": "200"})
    assert any("在业务钻研方面" in line and "未对应" in line for line in missed.stdout.splitlines())
    assert "未对应 1 项" in missed.stdout and "党性修养提高情况：0 项" in missed.stdout
    bad = run_cli("frameworks", "check", tmp_path / "没有.yaml", MATERIALS / "zzshh_2023_member.txt")
    assert bad.returncode == 2 and "不存在" in bad.stderr


def test_inline_enumeration_in_a_checking_paragraph(tmp_path):
    notice = tmp_path / "通知.txt"
    notice.write_text(
        "关于开好2024年度民主生活会的通知\n"
        "会议主题为：深入学习贯彻习近平新时代中国特色社会主义思想，巩固深化党纪学习教育成果。\n"
        "各领导班子要重点对照以下方面进行对照检查：一是带头严守政治纪律和政治规矩，维护党的团结统一，着重检查请示报告执行情况；"
        "二是带头增强党性、严守纪律、砥砺作风；三是带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新；"
        "四是带头履行全面从严治党政治责任，重点看“一岗双责”落实情况。\n",
        encoding="utf-8",
    )
    out = tmp_path / "2024.yaml"
    assert _import(notice, out).returncode == 0
    pack = load_pack(out)
    assert [a.full or a.name for a in pack.aspects] == [
        "带头严守政治纪律和政治规矩，维护党的团结统一",
        "带头增强党性、严守纪律、砥砺作风",
        "带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新",
        "带头履行全面从严治党政治责任",
    ]
    packs = {**load_frameworks(), pack.id: pack}
    outline = parse_document(read_document(CLEAN / "c02_mzshh2024.txt"), packs, pack.id)
    assert _positions(outline, pack) == [0, 1, 2, 3]


def test_numbered_list_from_word_automatic_numbering(tmp_path):
    from docx_factory import autonumbered_docx

    lines = (NOTICES / "2022年度民主生活会通知.txt").read_text(encoding="utf-8").splitlines()
    notice = autonumbered_docx(lines, tmp_path / "通知.docx")  # （一）… exist only as Word numbering
    out = tmp_path / "2022.yaml"
    assert _import(notice, out).returncode == 0
    assert [a.name for a in load_pack(out).aspects] == [
        a.name for a in load_frameworks()["mzshh-2022"].aspects
    ]
