"""Round r13b's formulation and punctuation frames (formulas13b), measured first on a probe of our own
(tests/fixtures/probes13/formulas13b/probe.yaml): passages of the kinds set 26's misses showed, in words
other than sets 25's and 26's, each put into a clean sample material and reviewed with every rule."""

from pathlib import Path

import pytest
import yaml

from passage_probe import passage_findings, run_probe

PROBE = Path(__file__).parent / "fixtures" / "probes13" / "formulas13b" / "probe.yaml"
CODES = ("F169", "F178", "F180", "F197", "F198", "P156", "P163", "P167")


def test_the_probe_is_big_enough():
    data = yaml.safe_load(PROBE.read_text(encoding="utf-8"))
    assert len(data["bad"]) >= 30 and len(data["good"]) >= 30


def test_the_probe_is_heard_and_its_clean_side_quiet():
    out = run_probe(PROBE)
    # before this round's changes: 18/35 found; after: 30/35
    assert len(out["missed"]) <= 5, out["missed"]
    # the two known alarms are other categories' (E104 on a short verdict, P139 on a spaced range)
    assert [t for t, f in out["alarms"] if any(x[2] in CODES for x in f)] == []


@pytest.mark.parametrize(
    "passage, code, excerpt",
    [
        ("切实解决和提高群众反映强烈的难题。", "F178", "解决和提高"),  # two verbs, one object
        ("统筹推进和增强各村的发展环境。", "F178", "增强"),
        ("增强纪律规矩的水平还不高，", "F178", "增强"),  # the verb phrase as a subject
        ("发挥了带头的作用和贡献还不够。", "F178", "和贡献"),  # one verb, two objects
        ("做到本色不退色。", "F197", "退色"),
        (
            "学习“三个务必”，即务必不忘初心、牢记使命，务必谦虚谨慎、艰苦朴素，务必敢于斗争、善于斗争。",
            "F198",
            "艰苦朴素",
        ),
        ("树牢“四个意识”，即政治意识、大局意识、核心意识、服务意识。", "F198", "服务意识"),
        ("被评为“双强四好”党组织。", "F169", "双强四好"),
        ("之所以学得不深，是因为存在“学不学一个样，干不干一个样”的想法的原因，导致被动。", "F180", "的原因"),
        ("落实不够—去年5月一名员工违规操作。", "P163", "—"),
        ("怎样把学习成果用到工作中？思考得还不够。", "P167", "？"),
        ("对分管科室的廉政风险点排查不细？防控措施针对性不强。", "P167", "？"),
        ("通读“中国共产党章程”，对照《中国共产党章程》逐条检视。", "P156", "“中国共产党章程”"),
    ],
)
def test_frames_are_heard(passage, code, excerpt):
    found = [(c, passage[s:e]) for s, e, c, _ in passage_findings(passage)]
    # F167 (r19) reads a member of the 三个务必 slipped wherever it stands; where F198 reads the same span, the
    # review keeps one of the two (same category, same fix); P109 (r26, punct26) takes a known document name's
    # quotation marks into its span, the span P156 reads, and the review keeps P109 (both give 《…》)
    assert (
        (code, excerpt) in found
        or (code == "F198" and ("F167", excerpt) in found)
        or (code == "P156" and ("P109", excerpt) in found)
    ), found


@pytest.mark.parametrize(
    "passage",
    [
        "切实研究和解决群众反映强烈的难题。",
        "进一步健全和完善干部考核评价机制。",
        "提高窗口服务的效率还有空间。",
        "发挥了带头作用，作出了一定贡献。",
        "旧党旗洗多了有些退色。",
        "学习“三个务必”，即务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。",
        "增强看齐意识、服务意识，做到政治意识、大局意识、核心意识、看齐意识。",  # no formula named
        "之所以学得不深，是因为存在“学不学一个样”的想法，导致被动。",
        "2023—2025年规划，北京—上海线路。",
        "我常常问自己：这项工作群众满意不满意？答案并不乐观。",
        "对分管科室的廉政风险点排查是不是不细？防控措施针对性不强。",
        "通读“中国共产党章程”，对照《党章》逐条检视。",
    ],
)
def test_frames_stay_quiet(passage):
    assert [c for _, _, c, _ in passage_findings(passage) if c in CODES] == []


if __name__ == "__main__":
    out = run_probe(PROBE)
    found = out["bad"] - len(out["missed"])
    print(
        f"probe: found {found}/{out['bad']}, false alarms {len(out['alarms'])} on {out['good']} good passages"
    )
    for t in out["missed"]:
        print("  missed:", t)
    for t, f in out["alarms"]:
        print("  alarm:", t, f)
