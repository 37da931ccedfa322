"""HTML and Word (批注) reports: self-contained, next to the material, never overwriting anything;
every Word comment sits on the characters of its finding, and LibreOffice opens the file."""

import json
import shutil

import pytest

from conftest import FIXTURES, libreoffice_convert, run_cli
from docx_comments import comment_anchors
from docx_factory import autonumbered_docx
from mingjing.read.legacy import find_soffice

PLANTED = FIXTURES / "review" / "planted"


def findings_of(path):
    return json.loads(run_cli("review", path, "-f", "json", "--exit-zero").stdout)["reports"][0]


def test_html_report(tmp_path):
    material = tmp_path / "p04.txt"
    shutil.copy(PLANTED / "p04_mzshh2024.txt", material)
    result = run_cli("review", material, "-f", "html", "--exit-zero")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "p04.审阅.html").read_text(encoding="utf-8")
    assert ("审阅报告" in html and "需修改" in html) or "退回重写" in html
    assert html.count("<mark") >= 5 and "框架覆盖" in html and "带头严守政治纪律和政治规矩" in html
    assert "http://" not in html and "https://" not in html and "<script src" not in html
    report = findings_of(material)
    for f in report["findings"][:5]:
        assert f["code"] in html


def test_reports_never_overwrite(tmp_path):
    material = tmp_path / "p04.txt"
    shutil.copy(PLANTED / "p04_mzshh2024.txt", material)
    target = tmp_path / "p04.审阅.html"
    target.write_text("我的笔记", encoding="utf-8")
    result = run_cli("review", material, "-f", "html")
    assert result.returncode == 2 and "已存在" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "我的笔记"
    assert run_cli("review", material, "-f", "html", "--force", "--exit-zero").returncode == 0
    assert "审阅报告" in target.read_text(encoding="utf-8")
    same = run_cli("review", material, "-f", "docx", "-o", material)
    assert same.returncode == 2 and "原材料本身" in same.stderr


def check_anchors(docx_path, report):
    anchors = comment_anchors(docx_path.read_bytes())
    assert len(anchors) == len(report["findings"])
    text = report["text"]
    expected = sorted(report["findings"], key=lambda f: f["start"])
    by_comment = {}
    for anchored, comment in anchors:
        by_comment.setdefault(comment.split("】")[0], []).append(anchored)
    for f in expected:
        anchored = by_comment[
            f"【{f['code']} " + {"error": "错误", "warning": "警告", "info": "提示"}[f["severity"]]
        ]
        inside = text[f["start"] : f["end"]]
        in_furniture = f["message"].startswith(("页眉中", "页脚中", "水印中", "脚注中", "批注中", "文本框中"))
        if f["start"] < f["end"] and "\n" not in inside and not in_furniture:
            assert inside in anchored, (f["code"], inside, anchored)  # equal to one anchored text
    return anchors


def test_word_comments_on_a_text_material(tmp_path):
    material = tmp_path / "p01.txt"
    shutil.copy(PLANTED / "p01_zhuti2023.txt", material)
    assert run_cli("review", material, "-f", "docx", "--exit-zero").returncode == 0
    check_anchors(tmp_path / "p01.审阅.docx", findings_of(material))


def test_word_comments_on_an_autonumbered_docx_keep_the_original(tmp_path):
    lines = (PLANTED / "p05_mzshh2024.txt").read_text(encoding="utf-8").splitlines()
    material = autonumbered_docx(lines, tmp_path / "p05.docx")
    before = material.read_bytes()
    assert run_cli("review", material, "-f", "docx", "--exit-zero").returncode == 0
    out = tmp_path / "p05.审阅.docx"
    report = findings_of(material)
    check_anchors(out, report)
    assert material.read_bytes() == before
    # the reviewed copy reads back as the same material (comments and split runs change no text)
    again = json.loads(run_cli("parse", out, "-f", "json").stdout)
    assert again["text"] == report["text"]


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is installed by make test")
def test_libreoffice_opens_the_commented_docx_and_keeps_the_comments(tmp_path):
    material = tmp_path / "p01.txt"
    shutil.copy(PLANTED / "p01_zhuti2023.txt", material)
    run_cli("review", material, "-f", "docx", "--exit-zero")
    commented = tmp_path / "p01.审阅.docx"
    out = tmp_path / "lo"
    libreoffice_convert(
        str(commented), "docx:MS Word 2007 XML", str(out), profile=tmp_path / "profile", timeout=180
    )
    resaved = next(out.iterdir())
    original = comment_anchors(commented.read_bytes())
    roundtrip = comment_anchors(resaved.read_bytes())
    assert len(roundtrip) == len(original)
    assert sorted(a for a, _ in roundtrip) == sorted(a for a, _ in original)


def test_split_runs_keep_their_formatting(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("王建国2023年度主题教育专题民主生活会个人对照检查材料")
    p = d.add_paragraph()
    run = p.add_run("今后我们要再接再励，争取更大成绩。")
    run.bold = True
    run.font.size = docx.shared.Pt(16)
    material = tmp_path / "bold.docx"
    d.save(material)
    assert run_cli("review", material, "-f", "docx", "--exit-zero", "--select", "T101").returncode == 0
    out = docx.Document(tmp_path / "bold.审阅.docx")
    runs = [r for r in out.paragraphs[1].runs if r.text]
    assert "".join(r.text for r in runs) == "今后我们要再接再励，争取更大成绩。"
    assert [r.text for r in runs] == ["今后我们要", "再接再励", "，争取更大成绩。"]
    assert all(r.bold and r.font.size == docx.shared.Pt(16) for r in runs)
    assert comment_anchors((tmp_path / "bold.审阅.docx").read_bytes())[0][0] == "再接再励"


def test_flood_of_one_kind_is_one_entry_with_count_in_every_report(tmp_path):
    """30 half-width commas: one line with the count and a fix-all suggestion in text, HTML and Word;
    JSON keeps every finding and lists every place of the group."""
    from mingjing.rules.sample import GOOD

    material = tmp_path / "逗号.txt"
    material.write_text(GOOD.replace("，", ","), encoding="utf-8")
    report = findings_of(material)
    p101 = [f for f in report["findings"] if f["code"] == "P101"]
    commas = len(p101)
    assert commas >= 20
    (group,) = [g for g in report["groups"] if g["code"] == "P101"]
    assert group["count"] == commas and group["suggestions"] == ["，"]
    assert [(p["start"], p["end"]) for p in group["places"]] == [(f["start"], f["end"]) for f in p101]
    text = run_cli("review", material, "--exit-zero").stdout
    assert text.count(" P101 ") == 1 and f"同类问题共 {commas} 处，可一并修改：全部“,”改为“，”" in text
    assert run_cli("review", material, "-f", "html", "--exit-zero").returncode == 0
    html = (tmp_path / "逗号.审阅.html").read_text(encoding="utf-8")
    assert html.count('<span class="code">P101</span>') == 1 and f"同类问题共 {commas} 处" in html
    assert html.count('<mark class="warning"') >= commas  # every place still highlighted
    assert run_cli("review", material, "-f", "docx", "--exit-zero").returncode == 0
    comments = [c for _, c in comment_anchors((tmp_path / "逗号.审阅.docx").read_bytes()) if "P101" in c]
    assert len(comments) == 1 and f"同类问题共 {commas} 处" in comments[0]
