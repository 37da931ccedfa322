"""相互批评意见: the three forms are read (who criticises whom, exact offsets), each labelled kind is
flagged by its rule and good criticisms are not, the team matrix and the CLI in text, JSON and HTML."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mingjing.criticism.parse import parse_criticisms
from mingjing.criticism.review import review_team
from mingjing.read import read_document
from mingjing.rules.examples import example_document

TUNED = Path(__file__).parent / "fixtures" / "criticism" / "tuned"
FILES = sorted(p for p in TUNED.iterdir() if p.suffix in (".txt", ".docx"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))


def mingjing(*args):
    return subprocess.run([sys.executable, "-m", "mingjing", *map(str, args)], capture_output=True, text=True)


@pytest.mark.parametrize(
    "name,giver,form,receivers,count",
    [
        ("刘志强-相互批评意见.txt", "刘志强", "member", ["陈素梅", "赵海军", "孙伟", "周晓兰"], 8),
        ("陈素梅-相互批评意见.txt", "陈素梅", "member", ["刘志强", "赵海军", "孙伟", "周晓兰"], 8),
        ("赵海军-批评意见表.docx", "赵海军", "table", ["刘志强", "陈素梅", "孙伟", "周晓兰"], 5),
        ("班子成员相互批评意见汇总.txt", None, "team", ["刘志强", "陈素梅", "赵海军", "周晓兰", "孙伟"], 8),
    ],
)
def test_each_form_is_read_with_giver_receiver_and_offsets(name, giver, form, receivers, count):
    lst = parse_criticisms(read_document(TUNED / name))
    assert (lst.giver, lst.form, lst.receivers, len(lst.criticisms)) == (giver, form, receivers, count)
    for c in lst.criticisms:
        assert lst.document.text[c.start : c.end] == c.text
        assert not c.text[0].isdigit() and not c.text.startswith(
            ("一是", "二是", "1.", "（")
        )  # labels are not text
        assert c.giver is not None


def test_team_file_names_the_giver_of_each_pair():
    lst = parse_criticisms(read_document(TUNED / "班子成员相互批评意见汇总.txt"))
    assert [(c.giver, c.receiver) for c in lst.criticisms][:2] == [("孙伟", "刘志强"), ("孙伟", "陈素梅")]
    assert lst.criticisms[4].giver == "周晓兰"


def test_giver_from_signature_wins_over_file_name(tmp_path):
    path = tmp_path / "批评意见-草稿.txt"
    path.write_text(
        "对王芳同志的批评意见\n1.王芳同志分管的招商工作，今年引进的3个项目有2个没有开工。\n批评人：李强\n",
        encoding="utf-8",
    )
    lst = parse_criticisms(read_document(path))
    assert lst.giver == "李强" and lst.criticisms[0].giver == "李强"


def test_inline_points_in_one_paragraph_are_separate_criticisms():
    doc = example_document(
        "张明同志的批评意见\n对王芳同志：一是分管的招商工作今年引进的3个项目有2个没有开工。"
        "二是建议多到企业走一走。"
    )
    lst = parse_criticisms(doc)
    assert [c.text for c in lst.criticisms] == [
        "分管的招商工作今年引进的3个项目有2个没有开工。",
        "建议多到企业走一走。",
    ]


def test_labelled_kinds_are_flagged_and_good_ones_are_not():
    from criticism_quality import evaluate

    t = evaluate(TUNED)
    assert t.unmatched == []
    assert t.good_flagged == []
    assert sum(t.fn.values()) == 0 and sum(t.fp.values()) == 0, (t.fn, t.fp)


def test_matrix_counts_every_pair():
    team = review_team([read_document(p) for p in FILES])
    assert team.members == ["刘志强", "孙伟", "周晓兰", "赵海军", "陈素梅"]
    cells = team.matrix()
    assert len(cells[("刘志强", "陈素梅")]) == 2
    assert len(cells[("赵海军", "孙伟")]) == 2
    assert ("刘志强", "刘志强") not in cells


def test_cli_text_json_html(tmp_path):
    out = mingjing("criticism", *FILES)
    assert out.returncode == 1, out.stderr  # praise-as-criticism is an error
    assert "K101" in out.stdout and "相互批评矩阵" in out.stdout
    data = json.loads(mingjing("criticism", *FILES, "--format", "json", "--exit-zero").stdout)
    assert data["schema"] == "mingjing.criticism/1"
    assert {"giver": "刘志强", "receiver": "陈素梅", "count": 2, "findings": 1} in data["matrix"]
    first = data["files"][0]
    for c in first["criticisms"]:
        assert first["text"][c["start"] : c["end"]] == c["text"]
    html = tmp_path / "批评.html"
    done = mingjing("criticism", *FILES, "--format", "html", "--output", html, "--exit-zero")
    assert done.returncode == 0, done.stderr
    page = html.read_text(encoding="utf-8")
    assert "相互批评矩阵" in page and "表扬式批评" in page and "<script" not in page
    again = mingjing("criticism", *FILES, "--format", "html", "--output", html)
    assert again.returncode == 2 and "--force" in again.stderr


def test_cli_bad_input_is_one_line():
    out = mingjing("criticism", "不存在的文件.docx")
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "不存在" in out.stderr


def test_a_file_without_criticisms_says_so(tmp_path):
    path = tmp_path / "王军-心得体会.txt"
    path.write_text("学习心得体会\n通过学习，我深刻认识到理论武装的重要性。\n", encoding="utf-8")
    out = mingjing("criticism", path)
    assert out.returncode == 0 and "没有找到批评意见" in out.stdout


def test_blind_set_stays_above_the_targets():
    """The blind set's first run met the targets (precision 93 %, recall 83 %); keep it there."""
    from criticism_quality import evaluate

    t = evaluate(TUNED.parent / "blind")
    tp, fp, fn = sum(t.tp.values()), sum(t.fp.values()), sum(t.fn.values())
    assert t.unmatched == [] and t.good_flagged == []
    assert tp / (tp + fp) >= 0.85 and tp / (tp + fn) >= 0.75, (tp, fp, fn)
