"""Framework packs: shipped packs load, users add their own, malformed packs stop with file and line."""

import json

import pytest

from conftest import MATERIALS, run_cli
from mingjing.errors import PackError
from mingjing.frameworks import load_frameworks, load_pack
from mingjing.frameworks.loader import PACKS_DIR

REQUIRED = {
    "zhuti-2023": 6,
    "zhuti-2023-b2": 6,
    "zzshh-2023": 4,
    "dangji-2024": 6,
    "mzshh-basic-2016": 6,
    "mzshh-2022": 6,
    "mzshh-2024": 4,
    "mzshh-2025": 5,
    "zzshh-2025": 6,
}


def test_shipped_packs(packs):
    for pack_id, n in REQUIRED.items():
        assert len(packs[pack_id].aspects) == n, pack_id
        assert packs[pack_id].source, f"{pack_id} must say where its wording comes from"
    assert [a.name for a in packs["zhuti-2023"].aspects] == [
        "理论学习",
        "政治素质",
        "能力本领",
        "担当作为",
        "工作作风",
        "廉洁自律",
    ]
    assert [a.name for a in packs["dangji-2024"].aspects] == [
        "政治纪律",
        "组织纪律",
        "廉洁纪律",
        "群众纪律",
        "工作纪律",
        "生活纪律",
    ]
    assert packs["zzshh-2023"].aspects[0].name == "学习贯彻党的创新理论情况"


def test_2025_packs_say_where_each_part_comes_from(packs):
    mz, zz = packs["mzshh-2025"], packs["zzshh-2025"]
    assert [a.name for a in mz.aspects] == [
        "带头强化政治忠诚、提高政治能力",
        "带头固本培元、增强党性",
        "带头敬畏人民、敬畏组织、敬畏法纪",
        "带头干事创业、担当作为",
        "带头坚决扛起管党治党责任",
    ]
    assert not mz.pending and "四处来源一致" in mz.source and "单一来源" in mz.source
    assert [p.kinds for p in mz.required_parts] == [("班子",)]
    assert "锲而不舍落实中央八项规定精神" in mz.theme and " " not in mz.theme
    assert [a.name for a in zz.aspects] == [
        "政治纪律",
        "组织纪律",
        "廉洁纪律",
        "群众纪律",
        "工作纪律",
        "生活纪律",
    ]
    assert "单一来源" in zz.source and "未采用" in zz.source  # disagreement recorded in the pack
    result = run_cli("frameworks", "list", env={"COLUMNS": "160"})
    assert (
        "mzshh-2025" in result.stdout
        and "主题：某市政协党组" in result.stdout
        and "zzshh-2025" in result.stdout
    )
    shown = run_cli("frameworks", "show", "mzshh-2025")
    assert "带头固本培元、增强党性" in shown.stdout and "必备部分（班子材料）" in shown.stdout


def test_placeholder_aspects_are_listed_never_required_and_the_review_says_so(tmp_path):
    folder = tmp_path / "框架"
    folder.mkdir()
    (folder / "p.yaml").write_text(
        USER_PACK.replace(
            "    aliases: [营商环境方面]\n",
            "    aliases: [营商环境方面]\n  - name: 待补充：第三个方面\n    placeholder: true\n",
        ),
        encoding="utf-8",
    )
    pack = load_frameworks([str(folder)])["danwei-2025"]
    assert [a.name for a in pack.aspects] == ["安全生产", "优化营商环境"] and len(pack.pending) == 1
    listed = run_cli("frameworks", "list", "--frameworks-dir", folder, env={"COLUMNS": "200"})
    assert "2+1待核实" in listed.stdout
    shown = run_cli("frameworks", "show", "danwei-2025", "--frameworks-dir", folder)
    assert "待核实（不检查）：待补充：第三个方面" in shown.stdout
    material = tmp_path / "m.txt"
    material.write_text(
        "某局2025年度民主生活会个人对照检查材料\n一、存在的问题\n（一）在安全生产方面。我对隐患排查不到位，2025年漏查3处。\n"
        "（二）在优化营商环境方面。我服务意识不强，2025年有2家企业投诉。\n",
        encoding="utf-8",
    )
    result = run_cli("review", material, "--frameworks-dir", folder, "--format", "json", "--exit-zero")
    report = json.loads(result.stdout)["reports"][0]
    assert report["stats"]["aspects_pending"] == 1
    assert not [f for f in report["findings"] if "待补充" in f["message"]]  # never required
    text = run_cli("review", material, "--frameworks-dir", folder, "--exit-zero", env={"COLUMNS": "200"})
    assert "框架另有 1 个方面待核实，未检查覆盖" in text.stdout.replace(" \n", " ").replace("\n", "")


def test_every_shipped_pack_file_is_named_by_its_id():
    for path in PACKS_DIR.glob("*.yaml"):
        assert load_pack(path).id == path.stem


USER_PACK = """\
id: danwei-2025
name: 某局2025年度自定义框架
meeting: 民主生活会
year: 2025
source: 本单位党组通知
aspects:
  - name: 安全生产
    aliases: [安全生产方面]
    keywords: [隐患排查]
  - name: 优化营商环境
    aliases: [营商环境方面]
"""


def test_user_pack_from_folder_and_config(tmp_path):
    folder = tmp_path / "我的框架"
    folder.mkdir()
    (folder / "danwei.yaml").write_text(USER_PACK, encoding="utf-8")
    packs = load_frameworks([str(folder)])
    assert "danwei-2025" in packs and not packs["danwei-2025"].builtin
    assert "zhuti-2023" in packs
    result = run_cli("frameworks", "show", "danwei-2025", "--frameworks-dir", folder)
    assert result.returncode == 0 and "安全生产" in result.stdout
    (tmp_path / "mingjing.toml").write_text('[frameworks]\ndirs = ["我的框架"]\n', encoding="utf-8")
    result = run_cli("frameworks", "list", cwd=tmp_path)
    assert result.returncode == 0 and "danwei-2025" in result.stdout
    material = tmp_path / "m.txt"
    material.write_text(
        "某局2025年度民主生活会对照检查材料\n一、存在的问题\n（一）在安全生产方面。隐患排查不到位。\n"
        "（二）在优化营商环境方面。服务意识不强。\n",
        encoding="utf-8",
    )
    result = run_cli("parse", material, "--format", "json", cwd=tmp_path)
    assert '"id": "danwei-2025"' in result.stdout and '"aspect": "安全生产"' in result.stdout


@pytest.mark.parametrize(
    "body,line,message",
    [
        ("id: x\nname: y\nmeeting: 民主生活会\n", 1, "缺少字段 aspects"),
        ("id: x\nname: y\nmeeting: 茶话会\naspects: [{name: a}]\n", 3, "meeting"),
        ("id: x\nname: y\nmeeting: 民主生活会\nyear: 二〇二三\naspects: [{name: a}]\n", 4, "year"),
        ("id: x\nname: y\nmeeting: 民主生活会\naspects:\n  - name: a\n    alias: [b]\n", 5, "未知字段 alias"),
        (
            "id: x\nname: y\nmeeting: 民主生活会\naspects:\n  - name: a\n  - name: b\n    aliases: [a]\n",
            6,
            "同时属于两个方面",
        ),
        ("id: x\nname: y\nmeeting: 民主生活会\naspects: [{name: a}\n", 5, "不是有效的 YAML"),
        ("id: x\nname: y\nmeeting: 民主生活会\nid: z\naspects: [{name: a}]\n", 4, "重复"),
        (
            "id: x\nname: y\nmeeting: 民主生活会\naspects:\n  - name: a\n    placeholder: yes\n",
            6,
            "true 或 false",
        ),
        (
            "id: x\nname: y\nmeeting: 民主生活会\naspects:\n  - {name: a, placeholder: true}\n",
            5,
            "至少要有一个已确认",
        ),
        (
            "id: x\nname: y\nmeeting: 民主生活会\nproblems_causes_share: 50\naspects: [{name: a}]\n",
            4,
            "0 到 1",
        ),
        (
            "id: x\nname: y\nmeeting: 民主生活会\nrequired_parts:\n  - name: p\n    kinds: [领导]\naspects: [{name: a}]\n",
            6,
            "不是材料类别",
        ),
        (
            "id: x\nname: y\nmeeting: 民主生活会\nrequired_parts:\n  - name: p\naspects: [{name: a}]\n",
            5,
            "name 和 kinds",
        ),
    ],
)
def test_malformed_packs_name_file_and_line(tmp_path, body, line, message):
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(path)
    assert f"bad.yaml:{line}：" in str(err.value)
    assert message in str(err.value)


def test_malformed_user_pack_stops_the_cli(tmp_path):
    (tmp_path / "bad.yaml").write_text("id: x\nname: y\nmeeting: 民主生活会\n", encoding="utf-8")
    result = run_cli("parse", MATERIALS / "zzshh_2023_member.txt", "--frameworks-dir", tmp_path)
    assert result.returncode == 2
    assert "bad.yaml:1" in result.stderr and result.stderr.count("\n") == 1


def test_bad_config_is_reported(tmp_path):
    (tmp_path / "mingjing.toml").write_text("[frameworks\n", encoding="utf-8")
    result = run_cli("frameworks", "list", cwd=tmp_path)
    assert result.returncode == 2 and "mingjing.toml" in result.stderr and "配置文件格式错误" in result.stderr


def test_frameworks_cli():
    result = run_cli("frameworks", "list")
    assert result.returncode == 0
    for pack_id in REQUIRED:
        assert pack_id in result.stdout
    result = run_cli("frameworks", "show", "zzshh-2023")
    assert result.returncode == 0 and "联系服务群众情况" in result.stdout and "出处" in result.stdout
    result = run_cli("frameworks", "show", "nope")
    assert result.returncode == 2 and "未知的框架" in result.stderr
