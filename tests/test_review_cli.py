"""`mingjing review` and `mingjing rules` as a user runs them: outputs, exit codes, options."""

import json
import shutil

from conftest import FIXTURES, run_cli

PLANTED = FIXTURES / "review" / "planted"
CLEAN = FIXTURES / "review" / "clean"


def test_text_report_and_exit_codes():
    result = run_cli("review", PLANTED / "p01_zhuti2023.txt")
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert "p01_zhuti2023.txt:" in out and "T101" in out and "建议改为：“按部就班”" in out
    assert "结论" in out and "得分" in out
    assert run_cli("review", PLANTED / "p01_zhuti2023.txt", "--exit-zero").returncode == 0
    clean = run_cli("review", CLEAN / "c01_zhuti2023.txt")
    assert clean.returncode == 0 and "通过" in clean.stdout


def test_json_contract():
    result = run_cli(
        "review", PLANTED / "p04_mzshh2024.txt", CLEAN / "c02_mzshh2024.txt", "-f", "json", "--exit-zero"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "mingjing.review/1"
    assert data["matches"] == [] and data["clusters"] == []
    [pair] = data["pairs"]  # two independent materials of the same framework: compared, not similar
    assert set(pair) == {"a", "b", "score", "a_in_b", "b_in_a", "passages"} and pair["score"] < 0.2
    assert pair["score"] == max(pair["a_in_b"], pair["b_in_a"])
    for p in pair["passages"]:
        assert {"a_start", "a_end", "b_start", "b_end"} <= set(p)
    assert len(data["reports"]) == 2
    for report in data["reports"]:
        assert {"source", "framework", "verdict", "score", "text", "findings", "stats"} <= set(report)
        assert report["verdict"] in ("pass", "revise", "reject") and 0 <= report["score"] <= 100
        for f in report["findings"]:
            assert set(f) == {
                "code",
                "rule",
                "category",
                "severity",
                "message",
                "start",
                "end",
                "excerpt",
                "suggestions",
            }
            if f["start"] < f["end"] and f["category"] != "residue":
                assert report["text"][f["start"] : f["end"]] == f["excerpt"]
    assert data["reports"][0]["verdict"] != "pass" and data["reports"][1]["verdict"] == "pass"


def test_many_files_with_a_broken_one(tmp_path):
    broken = tmp_path / "坏文件.docx"
    broken.write_bytes(b"not a docx")
    result = run_cli("review", CLEAN / "c01_zhuti2023.txt", broken, CLEAN / "c03_zzshh2023.txt")
    assert result.returncode == 2
    assert "错误：坏文件.docx" in result.stderr and "Traceback" not in result.stderr
    assert (
        "审阅汇总" in result.stdout and "无法读取" in result.stdout and "c03_zzshh2023.txt" in result.stdout
    )


def test_select_ignore_and_bad_selector():
    typo = json.loads(
        run_cli("review", PLANTED / "p01_zhuti2023.txt", "-f", "json", "--select", "typo").stdout
    )
    assert {f["category"] for f in typo["reports"][0]["findings"]} == {"typo"}
    no_t = json.loads(
        run_cli("review", PLANTED / "p01_zhuti2023.txt", "-f", "json", "--ignore", "T,P101").stdout
    )
    codes = {f["code"] for f in no_t["reports"][0]["findings"]}
    assert codes and not any(c.startswith("T") or c == "P101" for c in codes)
    bad = run_cli("review", PLANTED / "p01_zhuti2023.txt", "--select", "Q9")
    assert bad.returncode == 2 and "不对应任何规则" in bad.stderr and bad.stderr.count("\n") == 1


def test_config_ignores_and_allows_words(tmp_path):
    material = tmp_path / "材料.txt"
    shutil.copy(PLANTED / "p01_zhuti2023.txt", material)
    before = json.loads(run_cli("review", material, "-f", "json", cwd=tmp_path).stdout)["reports"][0][
        "findings"
    ]
    assert any(f["code"] == "T101" for f in before) and any(f["code"] == "R202" for f in before)
    (tmp_path / "mingjing.toml").write_text(
        '[review]\nignore = ["T101"]\nallow_words = ["临江区人力资源和社会保障局"]\n', encoding="utf-8"
    )
    after = json.loads(run_cli("review", material, "-f", "json", cwd=tmp_path).stdout)["reports"][0][
        "findings"
    ]
    assert not any(f["code"] in ("T101", "R202") for f in after)
    assert len(after) == len(before) - 2


def test_rules_table():
    result = run_cli("rules")
    assert result.returncode == 0
    for code in ("S103", "C101", "A103", "E101", "R102", "T101", "F101", "P105"):
        assert code in result.stdout
    data = json.loads(run_cli("rules", "--format", "json", "--select", "punctuation").stdout)
    assert data and all(r["category"] == "punctuation" and r["bad"] and r["why"] for r in data)
