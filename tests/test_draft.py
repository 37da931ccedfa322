"""Drafting from notes: every command form, validation with file and line, placeholders flagged
by the review, a complete notes file passes, nothing overwritten, and the round trip
notes → .docx → extract → the same notes."""

from __future__ import annotations

import shutil

import pytest

from conftest import FIXTURES, run_cli
from mingjing.draft.notes import load_notes

TEAM = sorted((FIXTURES / "draft" / "team").glob("*.yaml"))
NOTES = TEAM[0]


def _flat(text: str) -> str:
    return text.replace("\n", "")


def _text(path) -> str:
    from mingjing.read import read_document

    return read_document(path).text


def test_complete_notes_give_a_passing_draft_in_the_frameworks_order(tmp_path, packs):
    out, md = tmp_path / "材料.docx", tmp_path / "材料.md"
    result = run_cli("draft", NOTES, "--output", out, "--md", md)
    assert result.returncode == 0, result.stderr
    assert f"已写入 {out}、{md}" in result.stderr
    assert "结论 通过（pass）" in _flat(result.stdout)
    text = _text(out)
    assert text.splitlines()[:2] == [
        "周明远2023年度主题教育专题民主生活会个人对照检查材料",
        "清溪镇党委 党委书记 周明远",
    ]
    headings = ["一、对照检视存在的问题", "二、产生问题的原因剖析", "三、今后的努力方向和整改措施"]
    aspects = [
        f"（{n}）在{a}方面。"
        for n, a in zip(
            "一二三四五六", ("理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律")
        )
    ]
    positions = [text.index(h) for h in headings[:1] + aspects + headings[1:]]
    assert positions == sorted(positions)
    assert "比如，2023年6月县委部署学习乡村振兴重要论述后，镇党委中心组隔了5周才安排专题研讨。" in text
    assert "征求意见中，有同志指出“书记讲话引用理论多，结合清溪实际少”。" in text
    assert "完成时限：2024年10月底前。" in text
    assert text.rstrip().endswith("2024年1月12日")
    assert "【待补充" not in text
    assert md.read_text(encoding="utf-8").startswith(
        "# 周明远2023年度主题教育专题民主生活会个人对照检查材料\n"
    )
    assert _text(md) == text  # Markdown and Word say the same


def test_several_problems_are_numbered_inline(tmp_path):
    notes = tmp_path / "n.yaml"
    notes.write_text(
        NOTES.read_text(encoding="utf-8").replace(
            "      - problem: 会议多调研少",
            "      - problem: 调研成果转化慢\n        facts: [2023年写了4篇调研报告，落地的建议只有1条]\n"
            "      - problem: 会议多调研少",
        ),
        encoding="utf-8",
    )
    out = tmp_path / "n.docx"
    assert run_cli("draft", notes, "--output", out).returncode == 0
    assert (
        "（五）在工作作风方面。一是调研成果转化慢。比如，2023年写了4篇调研报告，落地的建议只有1条。二是会议多调研少。"
        in _text(out)
    )


def test_init_template_drafts_with_visible_placeholders_that_the_review_flags(tmp_path, packs):
    notes = tmp_path / "笔记.yaml"
    result = run_cli("draft", "init", "--framework", "zzshh-2023", "--output", notes)
    assert result.returncode == 0, result.stderr
    template = notes.read_text(encoding="utf-8")
    assert "framework: zzshh-2023" in template
    for aspect in (
        "学习贯彻党的创新理论情况",
        "党性修养提高情况",
        "联系服务群众情况",
        "发挥先锋模范作用情况",
    ):
        assert f"  - aspect: {aspect}\n" in template
    assert "# 具体事实，每条一句" in template and "# 完成时限" in template
    out = tmp_path / "初稿.docx"
    result = run_cli("draft", notes, "--output", out)
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "（一）学习贯彻党的创新理论情况。【待补充：本方面查摆出的问题" in text
    assert "结论 通过" not in _flat(result.stdout)
    gaps = text.count("【待补充：")
    # every gap is reported, but the counts of causes and measures only with their empty parts
    assert _flat(result.stdout).count(": R110 ") == gaps - 2 > 5
    assert (
        "剖析原因【待补充：原因条数】条" in text
        and ": R110 起草时留下的待补充内容“【待补充：原因条数】”" not in _flat(result.stdout)
    )
    assert f"初稿中有 {gaps} 处" in result.stderr
    extracted = tmp_path / "再提取.yaml"
    assert run_cli("draft", "extract", out, "--output", extracted).returncode == 0
    assert load_notes(extracted, packs) == load_notes(notes, packs)  # gaps come back as empty fields


def test_usage_errors_are_one_chinese_line(tmp_path):
    result = run_cli("draft", NOTES, "--bogus")
    assert result.returncode == 2 and "用法错误" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("draft")
    assert result.returncode == 0 and "draft init" in result.stdout
    result = run_cli("draft", NOTES, "--output-dir", tmp_path, "--output", tmp_path / "a.docx")
    assert result.returncode == 2 and "不能与" in result.stderr


def test_init_prints_without_output_and_refuses_unknown_framework():
    result = run_cli("draft", "init")
    assert result.returncode == 0 and "framework: zhuti-2023" in result.stdout
    result = run_cli("draft", "init", "--framework", "nope")
    assert result.returncode == 2 and "未知的框架 nope" in result.stderr


def test_missing_facts_become_a_placeholder(tmp_path):
    notes = tmp_path / "n.yaml"
    notes.write_text(
        NOTES.read_text(encoding="utf-8").replace(
            "          - 2023年镇党委召开各类会议74次，我到村组蹲点调研只有9天\n", ""
        ),
        encoding="utf-8",
    )
    out = tmp_path / "n.docx"
    result = run_cli("draft", notes, "--output", out)
    assert (
        "会议多调研少。镇里的事我习惯开会部署，坐下来听群众讲的时候不多。比如，【待补充：具体事实：什么事、什么时间、涉及多少】。"
        in _text(out)
    )
    assert "R110" in result.stdout


@pytest.mark.parametrize(
    "old, new, at, message",
    [
        ("author: 周明远", "autor: 周明远", "autor:", "未知字段 autor"),
        ("framework: zhuti-2023", "framework: zhuti-2099", "framework:", "未知的框架 zhuti-2099"),
        (
            "  - aspect: 能力本领",
            "  - aspect: 业务能力",
            "业务能力",
            "“业务能力”不是框架“2023年主题教育专题民主生活会”的方面",
        ),
        (
            "  - aspect: 担当作为",
            "  - aspect: 理论学习\n",
            "  - aspect: 理论学习\n\n",
            "方面“理论学习”重复（第 {first} 行已写过）",
        ),
        (
            "      - problem: 抓产业的办法不多",
            "      - problem: 抓产业的办法不多。茶叶卖不上价",
            "茶叶卖不上价",
            "problem 应是一句不带句号的简短概括",
        ),
        ("date: 2024年1月12日", "date: 下周一", "下周一", "date “下周一”不是日期"),
        (
            "    deadline: 长期坚持",
            "    deadline: 长期坚持\n    aspect: 业务能力",
            "    aspect: 业务能力",
            "“业务能力”不是框架“2023年主题教育专题民主生活会”的方面",
        ),
        ("  study: 我先后", "  study:\n    - 我先后", "    - 我先后", "study 应为一段文字"),
        (
            "        facts:\n          - 2023年镇党委",
            "        facts: 2023年镇党委",
            "facts: 2023年镇党委",
            "facts 应为列表",
        ),
    ],
)
def test_mistakes_name_file_and_line(tmp_path, old, new, at, message):
    notes = tmp_path / "笔记.yaml"
    text = NOTES.read_text(encoding="utf-8")
    assert old in text
    changed = text.replace(old, new, 1)
    notes.write_text(changed, encoding="utf-8")
    line = changed[: changed.index(at)].count("\n") + 1
    first = changed[: changed.index("  - aspect: 理论学习")].count("\n") + 1
    result = run_cli("draft", notes, "--output", tmp_path / "a.docx")
    assert result.returncode == 2
    assert result.stderr.startswith(f"错误：{notes}:{line}：笔记文件格式错误：")
    assert message.format(first=first) in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "a.docx").exists()


@pytest.mark.parametrize(
    "content, message",
    [
        ("framework: [zhuti-2023\n", "不是有效的 YAML"),
        ("", "是空的"),
        ("- 理论学习\n", "笔记文件顶层应为“字段: 内容”的形式"),
        ("author: 周明远\n", "缺少 framework"),
    ],
)
def test_broken_notes_files(tmp_path, content, message):
    notes = tmp_path / "坏.yaml"
    notes.write_text(content, encoding="utf-8")
    result = run_cli("draft", notes, "--output", tmp_path / "a.docx")
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_missing_notes_file_or_a_material_instead(tmp_path):
    result = run_cli("draft", tmp_path / "没有.yaml")
    assert result.returncode == 2 and "文件不存在" in result.stderr
    material = FIXTURES / "materials" / "mzshh_2023_zhuti_standard.txt"
    result = run_cli("draft", material, "--output", tmp_path / "a.docx")
    assert result.returncode == 2 and "请用 mingjing draft extract" in result.stderr


def test_nothing_is_overwritten(tmp_path):
    notes = tmp_path / "笔记.yaml"
    shutil.copy(NOTES, notes)
    original = notes.read_bytes()
    out = tmp_path / "材料.docx"
    out.write_bytes(b"earlier draft")
    result = run_cli("draft", notes, "--output", out)
    assert result.returncode == 2 and "文件已存在；如要覆盖请加 --force" in result.stderr
    assert out.read_bytes() == b"earlier draft"
    result = run_cli("draft", notes, "--output", out, "--md", notes, "--force")
    assert result.returncode == 2 and "不能是笔记文件本身" in result.stderr
    assert out.read_bytes() == b"earlier draft" and notes.read_bytes() == original
    assert run_cli("draft", notes, "--output", tmp_path / "材料.txt").returncode == 2
    result = run_cli("draft", notes, "--output", out, "--force")
    assert result.returncode == 0 and out.read_bytes().startswith(b"PK")
    result = run_cli("draft", "init", "--output", notes)
    assert result.returncode == 2 and notes.read_bytes() == original


def test_default_output_beside_the_notes_and_write_form(tmp_path):
    notes = tmp_path / "周明远.yaml"
    shutil.copy(NOTES, notes)
    result = run_cli("draft", "write", notes)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "周明远.docx").exists()


def test_team_mode_writes_every_draft_and_compares_them(tmp_path):
    out = tmp_path / "初稿"
    result = run_cli("draft", *TEAM, "--output-dir", out)
    assert result.returncode == 0, result.stderr
    for notes in TEAM:
        assert (out / f"{notes.stem}.docx").exists() and (out / f"{notes.stem}.md").exists()
    flat = _flat(result.stdout)
    assert flat.count("结论 通过（pass）") == len(TEAM)
    assert "审阅汇总" in flat and "最相似" in flat
    result = run_cli("draft", *TEAM, "--output", tmp_path / "x.docx")
    assert result.returncode == 2 and "--output-dir" in result.stderr


def test_team_mode_checks_every_notes_file_before_writing(tmp_path):
    bad = tmp_path / "坏.yaml"
    bad.write_text("framework: zhuti-2023\nauthor: [张三]\n", encoding="utf-8")
    out = tmp_path / "初稿"
    result = run_cli("draft", TEAM[0], bad, "--output-dir", out)
    assert result.returncode == 2 and f"{bad}:2" in result.stderr
    assert not out.exists()


def test_round_trip_through_word(tmp_path, packs):
    for notes_path in TEAM:
        out = tmp_path / f"{notes_path.stem}.docx"
        assert run_cli("draft", notes_path, "--output", out).returncode == 0
        extracted = tmp_path / f"{notes_path.stem}.yaml"
        result = run_cli("draft", "extract", out, "--output", extracted)
        assert result.returncode == 0, result.stderr
        assert load_notes(extracted, packs) == load_notes(notes_path, packs)


def test_extract_an_earlier_material_not_drafted_by_mingjing(tmp_path, packs):
    material = FIXTURES / "materials" / "mzshh_2023_zhuti_standard.txt"
    extracted = tmp_path / "笔记.yaml"
    result = run_cli("draft", "extract", material, "--output", extracted)
    assert result.returncode == 0, result.stderr
    notes = load_notes(extracted, packs)
    assert (notes.framework, notes.author, notes.unit, notes.role) == (
        "zhuti-2023",
        "王建国",
        "宁川县交通运输局",
        "党组书记、局长",
    )
    assert [a.aspect for a in notes.aspects] == [
        "理论学习",
        "政治素质",
        "能力本领",
        "担当作为",
        "工作作风",
        "廉洁自律",
    ]
    first = notes.aspects[0].problems[0]
    assert first.problem == "学习不够系统"
    assert first.facts[0].startswith("2023年9月局党组开展“加快建设交通强国”专题研讨时")
    assert "征求" in notes.preamble.opinions and "谈心谈话" in notes.preamble.talks
    # the time limit stays where the material wrote it; the draft does not repeat it as 完成时限
    assert notes.measures[0].deadline is None and "2024年6月底前" in notes.measures[0].text
    redraft = tmp_path / "新稿.docx"
    result = run_cli("draft", extracted, "--output", redraft)
    assert result.returncode == 0, result.stderr


def test_extract_refuses_what_it_cannot_read(tmp_path):
    result = run_cli("draft", "extract", tmp_path / "无.docx")
    assert result.returncode == 2 and "文件不存在" in result.stderr
    note = tmp_path / "随笔.txt"
    note.write_text("今天天气很好。\n我去公园散步。\n", encoding="utf-8")
    result = run_cli("draft", "extract", note)
    assert result.returncode == 2 and "--framework" in result.stderr


def test_help_shows_examples():
    result = run_cli("draft", "--help")
    assert result.returncode == 0
    for form in ("draft init", "draft 笔记.yaml --output 材料.docx", "--output-dir", "draft extract"):
        assert form in result.stdout
    for sub in ("init", "extract", "write"):
        result = run_cli("draft", sub, "--help")
        assert result.returncode == 0 and "示例：" in result.stdout


def test_drafts_of_one_team_do_not_look_alike(tmp_path, packs):
    from itertools import combinations

    from mingjing.draft.produce import Job, draft_team
    from mingjing.read import read_document
    from mingjing.similarity.batch import compare_batch

    result = draft_team([Job(p, tmp_path / f"{p.stem}.docx") for p in TEAM], packs)
    assert [d.report.verdict for d in result.drafts] == ["pass"] * len(TEAM)
    assert len(result.pairs) == 10 and max(p.score for p in result.pairs) <= 0.1
    docs = [(d.job.docx.stem, read_document(d.job.docx)) for d in result.drafts]
    for a, b in combinations(docs, 2):  # also as lone pairs, where nothing counts as the team's stock
        assert compare_batch([a, b])[0].score <= 0.1, (a[0], b[0])


def test_example_notes_with_steps(tmp_path, packs):
    example = FIXTURES.parent.parent / "examples" / "李敏-笔记.yaml"
    out = tmp_path / "李敏.docx"
    result = run_cli("draft", example, "--output", out)
    assert result.returncode == 0, result.stderr
    assert "结论 通过（pass）" in _flat(result.stdout)
    lines = _text(out).splitlines()
    assert lines[-3:] == [
        "1.在3月底前把新政策的办理流程整理成一页纸清单。",
        "2.每周向科室业务骨干请教1个疑难案例。",
        "2024年1月18日",
    ]
    extracted = tmp_path / "李敏.yaml"
    assert run_cli("draft", "extract", out, "--output", extracted).returncode == 0
    assert load_notes(extracted, packs) == load_notes(example, packs)
    bad = tmp_path / "bad.yaml"
    bad.write_text(example.read_text(encoding="utf-8").replace("在3月底前", "3月底前"), encoding="utf-8")
    result = run_cli("draft", bad, "--output", tmp_path / "b.docx")
    assert result.returncode == 2 and "步骤不要以数字开头" in result.stderr


def test_extract_keeps_steps_that_notes_cannot_number_in_the_text(tmp_path, packs):
    material = FIXTURES / "materials" / "mzshh_markdown.md"
    extracted = tmp_path / "笔记.yaml"
    assert run_cli("draft", "extract", material, "--output", extracted).returncode == 0
    measure = load_notes(extracted, packs).measures[1]
    assert measure.measure == "聚焦群众关切，着力解决看病就医难题" and measure.steps == []
    assert measure.text.startswith("2024年3月底前牵头制定冬春季呼吸道疾病就诊高峰应对预案")
    assert "2024年9月底前推动市第一人民医院新增停车位300个以上" in measure.text
    assert run_cli("draft", extracted, "--output", tmp_path / "新稿.docx").returncode == 0
