"""The CLI as a user runs it: parse to a tree or to the mingjing.outline/1 JSON contract."""

import json

from conftest import MATERIALS, ROOT, run_cli


def test_parse_json_contract():
    result = run_cli("parse", MATERIALS / "mzshh_2023_zhuti_standard.txt", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "mingjing.outline/1"
    assert set(data) >= {"schema", "source", "title", "framework", "text", "sections"}
    assert data["framework"] == {"id": "zhuti-2023", "name": "2023年主题教育专题民主生活会"}
    text = data["text"]
    for section in data["sections"]:
        assert set(section) >= {"kind", "label", "heading", "start", "end", "items"}
        assert text[section["heading_start"] : section["heading_end"]] == section["heading"]
        for item in section["items"]:
            assert set(item) >= {"label", "heading", "aspect", "start", "end", "points"}
            for point in item["points"]:
                assert text[point["start"] : point["end"]] == point["text"]
                for example in point["examples"]:
                    assert text[example["start"] : example["end"]] == example["text"]
    aspects = [i["aspect"] for i in data["sections"][0]["items"]]
    assert aspects == ["理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律"]


def test_parse_tree_of_the_bundled_example():
    result = run_cli("parse", ROOT / "examples" / "张三-对照检查材料.docx")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "张三2023年度主题教育专题民主生活会个人对照检查材料" in out
    assert "一、对照检视存在的问题" in out and "[问题]" in out
    assert "（一）在理论学习方面" in out and "→ 理论学习" in out
    assert "例：比如" in out


def test_output_file(tmp_path):
    out = tmp_path / "sub" / "提纲.json"
    result = run_cli("parse", MATERIALS / "zzshh_2023_member.txt", "-f", "json", "-o", out)
    assert result.returncode == 0 and "已写入" in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["framework"]["id"] == "zzshh-2023"


def test_help_has_examples():
    result = run_cli("--help")
    assert result.returncode == 0 and "mingjing parse" in result.stdout
    result = run_cli("parse", "--help")
    assert result.returncode == 0 and "--framework" in result.stdout
