"""Material kinds: detected from title, preamble and voice (or --kind), shown in outline and report;
kind-dependent findings (S150 rectification part, E150 voice) and the problems+causes share (S151)."""

import json
from pathlib import Path

import pytest

from conftest import MATERIALS, run_cli
from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.parse.kind import detect_kind, voice
from mingjing.read import read_document

FIXTURES = Path(__file__).parent / "fixtures"
KINDS = FIXTURES / "kinds"
CLEAN = sorted((FIXTURES / "review").glob("*clean*/*.txt")) + sorted(MATERIALS.glob("*.txt"))


def _kind(path):
    return parse_document(read_document(path), load_frameworks()).kind


def test_every_clean_fixture_is_of_its_kind_and_speaks_as_one():
    """Clean fixtures are personal materials, except the 班子 ones (`*banzi*`, e.g. blind set 4's) and the
    branch committees' (`*zhibu*`, 党支部委员会…对照检查材料: 支部, e.g. blind set 5's); a member of a
    branch (`*zhibu_member*`, blind set 15's; `*zhibu_geren*`, set 25's) is personal."""
    for path in CLEAN:
        kind = _kind(path)
        if "banzi" in path.name and "支部委员会" in path.read_text(encoding="utf-8")[:60]:
            # a branch committee's material filed as a team's (set 37's c02, r19): 支部 is its kind
            assert kind.who == "支部" and kind.voice in (None, "支部"), path.name
            continue
        if "banzi" in path.name:
            assert (kind.who, kind.voice) in (("班子", None), ("班子", "班子")), path.name
            continue
        if "zhibu" in path.name and "member" not in path.name and "geren" not in path.name:
            assert kind.who == "支部" and kind.voice in (None, "支部"), path.name
            continue
        if kind.who is None:  # unknown is allowed; a wrong kind is not
            continue
        assert kind.who in ("个人", "党员"), path.name
        assert kind.voice in (None, kind.who), path.name


@pytest.mark.parametrize(
    "name,who,evidence",
    [
        ("班子_有整改.txt", "班子", "标题"),
        ("支部_组织生活会.txt", "支部", "标题"),
        ("个人_班子口吻.txt", "个人", "标题"),
    ],
)
def test_kind_from_title(name, who, evidence):
    kind = _kind(KINDS / name)
    assert (kind.who, kind.evidence, kind.scope) == (who, evidence, "年度")


def test_kind_from_preamble_and_voice_and_scope():
    assert detect_kind("2025年度民主生活会对照检查材料", "现将个人对照检查情况报告如下。", "").who == "个人"
    assert (
        detect_kind("2025年度民主生活会对照检查材料", "局党组紧扣会议主题，认真查摆问题。", "").who == "班子"
    )
    team = detect_kind("对照检查材料", "", "班子学习不够。班子调研不深。我们对群众诉求掌握不及时。")
    assert (team.who, team.evidence) == ("班子", "语气")
    assert detect_kind("对照检查材料", "", "学习不够。").who is None  # no evidence: unknown, never a guess
    assert detect_kind("以案促改专题民主生活会个人对照检查材料", "", "").scope == "专题"
    assert detect_kind("2023年度组织生活会对照检查材料", "本人", "").who == "党员"
    assert voice("我局我镇我们") is None and voice("我学习不够，我调研少，我不深入") == "个人"


def test_kind_in_outline_json_and_override():
    result = run_cli("parse", KINDS / "班子_有整改.txt", "--format", "json")
    assert json.loads(result.stdout)["kind"] == {
        "who": "班子",
        "scope": "年度",
        "evidence": "标题",
        "voice": "班子",
    }
    result = run_cli("parse", KINDS / "班子_有整改.txt", "--format", "json", "--kind", "个人")
    assert (
        json.loads(result.stdout)["kind"]["who"] == "个人"
        and json.loads(result.stdout)["kind"]["evidence"] == "指定"
    )
    tree = run_cli("parse", KINDS / "支部_组织生活会.txt")
    assert "类别：支部材料，年度（据标题）" in tree.stdout
    bad = run_cli("parse", KINDS / "班子_有整改.txt", "--kind", "领导")
    assert bad.returncode == 2 and "材料类别应为" in bad.stderr and "Traceback" not in bad.stderr


def _codes(*args):
    result = run_cli("review", *args, "--format", "json", "--exit-zero")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _file_codes(data):
    return [{f["code"] for f in r["findings"]} for r in data["reports"]]


def test_team_material_without_rectification_part_and_personal_written_as_team():
    data = _codes(KINDS / "班子_无整改.txt")
    assert "S150" in _file_codes(data)[0]
    ok = _file_codes(_codes(KINDS / "班子_有整改.txt"))[0]
    assert "S150" not in ok and "E150" not in ok
    assert "E150" in _file_codes(_codes(KINDS / "个人_班子口吻.txt"))[0]
    # a 班子 material written as 我: forcing the team kind on a personal material
    assert "E150" in _file_codes(_codes(MATERIALS / "zzshh_2025_member.txt", "--kind", "支部"))[0]


def test_required_part_comes_from_the_notice_for_branch_materials(tmp_path):
    folder = tmp_path / "我的框架"
    folder.mkdir()
    notice = (
        FIXTURES / "notices" / "2025年度组织生活会通知.txt"
    )  # asks the 支委会 for last year's rectification
    assert run_cli("frameworks", "import", notice, "--output", folder / "zzshh-2025.yaml").returncode == 0
    branch = KINDS / "支部_组织生活会.txt"
    assert "S150" not in _file_codes(_codes(branch))[0]  # the shipped pack does not require it
    assert "S150" not in _file_codes(_codes(branch, "--frameworks-dir", folder))[0]  # it reports it
    without = tmp_path / "支部_无整改.txt"
    text = branch.read_text(encoding="utf-8")
    cut = "2024年度组织生活会查摆的3个问题，支委会已整改完成2个，读者服务制度修订正在推进。"
    assert cut in text
    without.write_text(text.replace(cut, ""), encoding="utf-8")
    assert "S150" in _file_codes(_codes(without, "--frameworks-dir", folder))[0]
    member = _file_codes(_codes(MATERIALS / "zzshh_2025_member.txt", "--frameworks-dir", folder))[0]
    assert "S150" not in member  # the part is required of the 支部 kind only


def test_kind_in_html_report(tmp_path):
    material = tmp_path / "班子.txt"
    material.write_bytes((KINDS / "班子_有整改.txt").read_bytes())
    assert run_cli("review", material, "--format", "html", "--exit-zero").returncode == 0
    html = (tmp_path / "班子.审阅.html").read_text(encoding="utf-8")
    assert "类别：班子材料（年度）" in html and "问题+原因 占" in html


def test_share_in_summary_and_json_and_pack_setting(tmp_path):
    text = run_cli("review", MATERIALS / "zzshh_2025_member.txt", "--exit-zero", env={"COLUMNS": "200"})
    assert "问题+原因 占 66%" in text.stdout and "类别：党员" in text.stdout
    data = _codes(MATERIALS / "zzshh_2025_member.txt")
    report = data["reports"][0]
    assert report["stats"]["problems_causes_share"] == pytest.approx(0.66, abs=0.01)
    assert "S151" not in _file_codes(data)[0]
    strict = (Path(__file__).parent.parent / "src/mingjing/frameworks/packs/zzshh-2025.yaml").read_text(
        encoding="utf-8"
    )
    folder = tmp_path / "框架"
    folder.mkdir()
    (folder / "zzshh-2025.yaml").write_text(
        strict.replace("problems_causes_share: 0.5", "problems_causes_share: 0.8"), encoding="utf-8"
    )
    data = _codes(MATERIALS / "zzshh_2025_member.txt", "--frameworks-dir", folder)
    assert "S151" in _file_codes(data)[0]


def test_kind_rules_quiet_on_clean_fixtures():
    packs = load_frameworks()
    from mingjing.rules.review import review_outline

    for path in CLEAN:
        report = review_outline(parse_document(read_document(path), packs), packs)
        assert not [f for f in report.findings if f.code in ("S150", "S151", "E150")], path.name


def test_a_study_group_or_a_superior_body_is_not_the_teams_voice():
    """r14 (precision14's report): a person who studies in 镇党委理论学习中心组 or reports to 上级党委 still speaks
    as one person; the body itself speaking is the team's voice."""
    assert voice("我参加镇党委理论学习中心组集中学习，向上级党委报告思想。" * 3) == "个人"
    assert voice("镇党委认真学习。党委班子研究部署。党委对照检查。") == "班子"
