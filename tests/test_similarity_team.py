"""Team copying (雷同 within one batch): text many members share is copying, not stock text; the
members sharing it form a cluster and each gets one D101 finding. Readable scores: a file against
itself is 100 %, shares are directional, one D102 per library source."""

from __future__ import annotations

import json
import re

from conftest import FIXTURES, run_cli
from team_copies import INDEPENDENT, light_copy

CLEAN = FIXTURES / "review" / "clean"
SOURCE = CLEAN / "c01_zhuti2023.txt"


def test_twenty_identical_copies_are_one_cluster_and_every_copy_is_flagged(tmp_path):
    text = SOURCE.read_text(encoding="utf-8")
    files = []
    for k in range(20):
        path = tmp_path / f"成员{k + 1:02d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    data = json.loads(run_cli("review", *files, "-f", "json", "--exit-zero").stdout)
    assert len(data["pairs"]) == 190 and all(p["score"] == 1.0 for p in data["pairs"])
    [cluster] = data["clusters"]
    assert cluster["size"] == 20 and {m["file"] for m in cluster["members"]} == {str(f) for f in files}
    for report in data["reports"]:
        [finding] = [f for f in report["findings"] if f["code"] == "D101"]
        assert finding["severity"] == "error" and report["verdict"] != "pass"
        assert re.match(r"与本班子另外 19 份材料雷同，共同文字 \d+ 字，占本材料 100%", finding["message"])
        assert any(p["start"] <= finding["start"] < finding["end"] <= p["end"] for p in finding["passages"])
        assert "\n" not in finding["excerpt"]  # anchored within one paragraph of the shared text


def test_three_near_copies_cluster_and_the_independent_member_stays_clean(tmp_path):
    source = SOURCE.read_text(encoding="utf-8")
    own = [p.read_text(encoding="utf-8") for p in INDEPENDENT[-3:]]
    members = {
        "张一.txt": source,
        "independent.txt": (CLEAN / "c05_zhuti2023b2.txt").read_text(encoding="utf-8"),
    }
    for k, (name, unit) in enumerate((("王二", "县财政局"), ("李三", "县审计局"))):
        members[f"{name}.txt"] = light_copy(source, name, unit, own[k], seed=k)
    for name, text in members.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    files = [tmp_path / n for n in members]
    data = json.loads(run_cli("review", *files, "-f", "json", "--exit-zero").stdout)
    [cluster] = data["clusters"]
    assert {m["file"].rsplit("/", 1)[-1] for m in cluster["members"]} == {"张一.txt", "王二.txt", "李三.txt"}
    scores = {
        frozenset((p["a"].rsplit("/", 1)[-1], p["b"].rsplit("/", 1)[-1])): p["score"] for p in data["pairs"]
    }
    assert scores[frozenset(("王二.txt", "李三.txt"))] >= 0.6
    by_file = {r["source"]["path"].rsplit("/", 1)[-1]: r for r in data["reports"]}
    for name in ("张一.txt", "王二.txt", "李三.txt"):
        [finding] = [f for f in by_file[name]["findings"] if f["code"] == "D101"]
        assert finding["message"].startswith("与本班子另外 2 份材料雷同") and finding["severity"] == "error"
    assert not [f for f in by_file["independent.txt"]["findings"] if f["category"] == "similarity"]
    table = run_cli("review", *files, "--exit-zero", env={"COLUMNS": "200"}).stdout
    assert "雷同第1组（3份）" in table
    assert run_cli("review", *files, "-f", "html", "--exit-zero").returncode == 0
    page = (tmp_path / "王二.审阅.html").read_text(encoding="utf-8")
    marked = re.findall(r'<mark class="error" title="[^"]*与本班子另外 2 份材料雷同', page)
    [d101] = [f for f in by_file["王二.txt"]["findings"] if f["code"] == "D101"]
    assert len(marked) >= len(d101["passages"]) >= 2  # every shared passage is marked, not only the anchor


def test_a_file_compared_with_itself_is_100_percent():
    data = json.loads(run_cli("compare", SOURCE, SOURCE, "-f", "json").stdout)
    assert data["score"] == data["a_in_b"] == data["b_in_a"] == 1.0
    assert len(data["passages"]) == 1
    text = run_cli("compare", SOURCE, SOURCE).stdout
    assert text.startswith("相似度 100%（高度雷同）")


def test_shares_say_which_way(tmp_path):
    """One paragraph pasted into one's own material: most of the short material is found in the long
    one, little of the long one in the short one; the score is the larger share."""
    source = SOURCE.read_text(encoding="utf-8")
    pasted = max(source.split("\n")[3:], key=len)  # a paragraph of its own (not the formulaic preamble)
    short = tmp_path / "短.txt"
    short.write_text(
        "赵六对照检查材料\n我的发言提纲。\n" + pasted + "\n以上发言请批评指正。", encoding="utf-8"
    )
    data = json.loads(run_cli("compare", short, SOURCE, "-f", "json").stdout)
    assert data["a_in_b"] >= 0.8 and data["b_in_a"] <= 0.35 and data["score"] == data["a_in_b"]
    text = run_cli("compare", short, SOURCE).stdout
    assert f"短.txt 的 {round(data['a_in_b'] * 100)}% 文字见于 c01_zhuti2023.txt" in text


def test_library_gives_one_finding_per_source_with_its_passages(tmp_path):
    db = tmp_path / "library.db"
    assert run_cli("corpus", "add", CLEAN, "--db", db).returncode == 0
    data = json.loads(run_cli("review", SOURCE, "--corpus", db, "-f", "json", "--exit-zero").stdout)
    [d102] = [f for f in data["reports"][0]["findings"] if f["code"] == "D102"]
    assert "c01_zhuti2023" in d102["message"] or "林国强" in d102["message"]
    share = int(re.search(r"占本材料 (\d+)%", d102["message"]).group(1))
    assert share >= 95 and d102["severity"] == "error"  # all but the short heading lines
    assert len(d102["passages"]) >= 5 and all("source_start" in p for p in d102["passages"])
    assert round(data["matches"][0]["share"] * 100) == share and data["matches"][0]["chars"] > 1500


def test_stock_is_what_the_library_holds_in_many_sources_not_what_the_team_shares(tmp_path):
    """Four independent materials that all open with the same long official passage: alone they
    form a cluster (the team shares that text); with a library in which many independent sources
    hold the passage it is stock text and nobody is flagged."""
    official = OFFICIAL * 2
    team = []
    for k, path in enumerate(INDEPENDENT[:4]):
        member = tmp_path / f"成员{k}.txt"
        lines = path.read_text(encoding="utf-8").split("\n")
        member.write_text(
            "\n".join(lines[:2] + [official] + lines[2:7]), encoding="utf-8"
        )  # a short material
        team.append(member)
    alone = json.loads(run_cli("review", *team, "-f", "json", "--exit-zero").stdout)
    assert alone["clusters"] and alone["clusters"][0]["size"] == 4
    library = tmp_path / "sources"
    library.mkdir()
    for k, path in enumerate(INDEPENDENT[10:17]):
        (library / f"来源{k}.txt").write_text(
            path.read_text(encoding="utf-8") + "\n" + official, encoding="utf-8"
        )
    db = tmp_path / "library.db"
    assert run_cli("corpus", "add", library, "--db", db).returncode == 0
    known = json.loads(run_cli("review", *team, "--corpus", db, "-f", "json", "--exit-zero").stdout)
    assert known["clusters"] == []
    assert not [f for r in known["reports"] for f in r["findings"] if f["code"] == "D101"]


# a passage in the manner of a year's official wording, written for this test
OFFICIAL = (
    "今年的专题民主生活会以深入学习贯彻新时代党的创新理论为主题，围绕加强党性修养、提升履职能力、"
    "改进工作作风、严守纪律规矩四个方面，对照上级党组织的部署要求，联系思想和工作实际，"
    "认真查找差距和不足，深刻剖析产生问题的根源，明确今后努力的方向和整改的具体措施，"
    "切实把会议开成统一思想、凝聚共识、增进团结、推动工作的大会。"
)


def test_a_team_of_four_with_three_identical_copies():
    from mingjing.read import read_document
    from mingjing.similarity.clusters import analyse_team

    copy, own = read_document(SOURCE), read_document(CLEAN / "c03_zzshh2023.txt")
    team = analyse_team([("甲", copy), ("乙", copy), ("丙", copy), ("丁", own)])
    scores = {(p.a, p.b): p.score for p in team.pairs}
    assert scores[("甲", "乙")] == scores[("甲", "丙")] == scores[("乙", "丙")] == 1.0
    assert all(scores[(x, "丁")] < 0.05 for x in ("甲", "乙", "丙"))
    [cluster] = team.clusters
    assert sorted(cluster.names) == ["丙", "乙", "甲"] and all(m.share == 1.0 for m in cluster.members)
    assert team.cluster_of("丁") is None


def test_overlapping_passages_count_once_at_their_highest_weight():
    from mingjing.similarity.passages import covered_length

    assert covered_length([(0, 10, 0.5), (5, 20, 1.0)]) == 15 + 2.5
    assert covered_length([(5, 20, 1.0), (0, 10, 0.5)]) == 17.5
    assert covered_length([(0, 100, 1.0), (10, 20, 1.0), (90, 120, 0.0)]) == 100
    assert covered_length([(0, 10, 1.0), (20, 30, 1.0), (5, 25, 0.5)]) == 25
