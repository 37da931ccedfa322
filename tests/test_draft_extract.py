"""A faithful extract: the signature split into unit, post and name; every fact, example and time
limit kept; and redrafting the extracted notes reviews at least as well as the material did."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from mingjing.draft.extract import extract_file
from mingjing.draft.signature import Signature, signature_in_title, split_signature
from mingjing.draft.template import dump_notes
from mingjing.errors import InputError
from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document

# materials written as finished (clean) ones: a redraft keeps their score and has no gap
FINISHED = (
    sorted(FIXTURES.glob("materials/*"))
    + sorted(FIXTURES.glob("review/clean/*.txt"))
    + sorted(FIXTURES.glob("review/*_clean/*.txt"))
    + [ROOT / "examples" / "张三-对照检查材料.docx"]
)
# materials with planted or real flaws (missing aspects, empty parts): a redraft keeps their score too
# (every held-out set, review/heldout*, the clean ones being FINISHED)
FLAWED = (
    sorted(p for p in FIXTURES.glob("review/heldout*/*.txt") if not p.parent.name.endswith("_clean"))
    + sorted(FIXTURES.glob("review/planted/*.txt"))
    + [ROOT / "examples" / "陈立华-对照检查材料-初稿.docx"]
)
# materials in the shapes real ones take (the parser's fixtures) and of every kind
# (realforms and every blind set, realforms*: text and Word files)
SHAPES = (
    sorted(p for p in FIXTURES.glob("realforms*/materials/*") if p.suffix in (".txt", ".docx"))
    + sorted(FIXTURES.glob("heldout/materials/*"))
    + sorted(FIXTURES.glob("kinds/*.txt"))
)
# the redraft of these loses points (the README's drafting section says why); they must stay known
_NEWS = (
    "a news report of a meeting, not a material (a web-page form of blind sets 12 and 13): its problems run in"
    " one paragraph with no aspect, so the notes hold no aspect and the redraft is a skeleton with 待补充 gaps"
)
SHAPES_LOSE: dict[str, str] = {
    # r22's sealed parse set 43's b08, a news report quoting an excerpt `（有删节）`: since parse28 (r28) its lead-in
    # `以下为…部分内容（有删节）：` is the report's text, not the part's, and the excerpt's structure is said uncertain
    # (missing aspects and causes warnings: original 60 → 80); the redraft is a whole material whose missing parts
    # are errors (65), b05's class
    "b08_mzshh-basic-2016_zhijianzhan_geren.txt": "an excerpt's redraft states its missing parts as errors",
    # r27's sealed parse sets (registered at r28's start): 53's b07, a forum question whose post is a 六项纪律 material
    # (redraft 60 against 85: the thread's question line is read as the title), and 54's b05, an excerpt `（节选）`
    # under a portal's header (54 against 62: the excerpt's missing parts become the redraft's errors, b05's class)
    "b07_zzshh-2025_qichexiaoshou-luntan_geren.txt": "a forum question's redraft scores below the original",
    "b05_zhuti-2023-b2_xian-fazhanyanjiu_geren.txt": "an excerpt's redraft states its missing parts as errors",
    # (r21's sealed parse set 42's b09, an excerpt of problems only, keeps its score since r23's merge)
    "b05_zzshh-2025_shequ_news.txt": _NEWS,
    "b06_mzshh-2025_banzi_wenlvju_news.txt": _NEWS,
    # parse14 (r14) maps more aspects, so these originals lost their coverage findings and rose more than their
    # redrafts did: blind 16 b08's `党性修养方面` item maps now (original 75 → 91, redraft 78 → 86: the redraft
    # still writes a placeholder for the causes part a speech outline leaves out, R110); realforms14 q04, a copy
    # cut below its problems heading (60 → 84, redraft 76 → 82: the redraft drops its preamble, S102); r02,
    # whose measures are one `一是…` paragraph of slogans under a fused heading, read as measures now (62 → 70,
    # redraft 74 → 64: each slogan an A103 and A101 in the redraft)
    "b08_mzshh-2025_nanmen-jiedao_geren.txt": "the original rose more than the redraft (causes placeholder)",
    "q04_mzshh-2024_kaifa-cut-below-heading_banzi.txt": "the redraft drops the preamble of a cut copy",
    # r24's sealed parse set 47's b09 (registered at r25's start): a one-paragraph excerpt under a portal's 编者按,
    # lost whole by the parser at registration (redraft 71 → 48); parse25 reads it as one problems item since, and
    # its redraft still scores below the original (not yet read why: an excerpt of one item has no other parts)
    "b09_mzshh-2022_jiuchang_geren.txt": "a one-item excerpt's redraft scores below the original",
    # parse set 48's b09 (r24's sealed pair): an item quoted with no part or title, read as one problems item by parse25
    # (r25); the redraft of an excerpt is a whole material whose missing parts are placeholders (S102/S104/S105, R110),
    # so it scores below the excerpt (76 → 54), as 47's b09 does
    "b09_zhuti-2023-b2_zhifadui_geren.txt": "a one-item excerpt's redraft scores below the original",
    # r25's sealed parse set 49's b05 (registered at r26's start): an excerpt of the problems part only, marked
    # `（节选…）`; the original's missing parts are warnings (an excerpt says it is one), the redraft is a whole
    # material whose missing parts are errors (S102/S104), so it scores below the excerpt (86 → 70)
    "b05_zzshh-2023_baozhangfang-yunying_geren.txt": "an excerpt's redraft states its missing parts as errors",
    # r25's sealed parse set 50 (registered at r26's start), read by parse26: b04, a forum thread whose post is one
    # problems part, kept the thread's title and counters line in the redraft's text (77 → 72); the thread's title
    # over its counters is the page's now (draft/site_text.py), 77 → 75, and what is left is b05's class: the post
    # is a part of a material, whose redraft states the missing parts as errors (S104/S105), by design.
    # (b06, a merged 原因剖析及整改措施 part whose items are headed by their causes: its redraft's first measure, named by
    # the cause, was an A103 that the original escaped, its item judged whole; A103 judges a merged item's measure half
    # now, the original gets the same finding: both 91)
    "b04_zhuti-2023_haiyangju_geren.txt": "a forum post of one part redrafts with its missing parts as errors",
    # (r02, whose measures are one paragraph of slogans, keeps its score since r23's merge)
    # r15's fresh parse set 29, registered at r16's end: a 支委会's outline the secretary speaks for the committee
    # (its title on two lines, the speaker in brackets under it); the redraft's title reads as one member's, so
    # E103 takes its `部分党员` for writing about others
    "b06_zzshh-2025_changning-jiedao-tigang_banzi.txt": "the redraft of a committee's outline reads as one member's",
    # r19's sealed parse set 38, registered at r20's end: a Word export whose table of contents (dotted leaders and
    # page numbers) stands before the body; the redraft reads the contents' lines as empty aspect items (C103)
    "b06_dangji-2024_wordmulu_geren.txt": "the redraft reads a table of contents as empty items",
    # r17's fresh parse set 32, registered at r17's end: a speech outline whose preamble is a `会前准备情况` part
    # and whose causes are one paragraph; the redraft drops the preamble (S102) and writes placeholders for the
    # causes it cannot split (R110), so it scores below the original
    "b07_mzshh-2025_shenggaoyuan_geren.txt": "the redraft of an outline with a 会前准备 part drops its preamble",
    # answers17 (r17): A101 now marks, on the original and the redraft alike, the 决策部署 aspect whose 意识形态
    # checks no measure takes up (its one tie, 重大 of 重大舆情, is in the measure on 斗争精神); the redraft's A102
    # (info), older, then rounds the two apart (91 → 90.5 → 90; before, 94 and 93.5 → 94)
    "b06_mzshh-2022_fayantigang_xuanchuanbu.txt": "the redraft's older A102 (info) rounds it half a point below",
    # r23's sealed parse set 45, registered at r24's start: b09's items are half lost by the parse (items 3/6 on its
    # first run), so the notes hold three aspects and the redraft writes 待补充 placeholders for the rest (67 → 61)
    "b09_mzshh-2022_shuidianzhan_geren.txt": "the parse loses half its items, the redraft fills placeholders",
    # (r26's sealed parse set 52's b09, registered at r27's start: its redraft scored below (78 → 72) while the parse
    # read its `【】` causes part's lead-in as a second part; parse27 reads it as the part's text: no longer lower)
    # (blind 31's newsletter excerpt, a skeleton redraft since r18, reads whole since parse22: 91 → 94, removed)
}
ASPECT_MAJOR = FIXTURES / "realforms_blind4" / "materials" / "b04_zzshh-2023_fenmian.txt"


@pytest.mark.parametrize(
    "line, author, expected",
    [
        ("宁川县交通运输局党组书记、局长　张三", None, ("宁川县交通运输局", "党组书记、局长", "张三")),
        ("宁川县交通运输局 党组书记、局长 张三", None, ("宁川县交通运输局", "党组书记、局长", "张三")),
        ("张三 宁川县交通运输局党组书记、局长", None, ("宁川县交通运输局", "党组书记、局长", "张三")),
        ("郁连山（清源县自然资源局党组书记、局长）", None, ("清源县自然资源局", "党组书记、局长", "郁连山")),
        ("（市生态环境局党组成员、副局长）", "陈立群", ("市生态环境局", "党组成员、副局长", None)),
        (
            "柳塘镇机关党支部党员、镇农业农村办公室主任　韦建平",
            None,
            ("柳塘镇机关党支部", "党员、镇农业农村办公室主任", "韦建平"),
        ),
        (
            "白沙县农业农村局机关第二党支部党员　何雪梅",
            None,
            ("白沙县农业农村局机关第二党支部", "党员", "何雪梅"),
        ),
        ("市住建局办公室党支部　陈思远", None, ("市住建局办公室党支部", None, "陈思远")),
        ("清溪镇党委 党委书记 周明远", None, ("清溪镇党委", "党委书记", "周明远")),
        (
            "滨江港务集团有限公司党委委员、副总经理　丁海川",
            None,
            ("滨江港务集团有限公司", "党委委员、副总经理", "丁海川"),
        ),
        ("江州财经大学党委常委、副校长　林远航", None, ("江州财经大学", "党委常委、副校长", "林远航")),
        ("对照检查人：赵国庆", None, (None, None, "赵国庆")),
        ("党员：陶思源", "无", (None, None, "陶思源")),
        ("（县水务局党组成员、副局长 陈立新）", None, ("县水务局", "党组成员、副局长", "陈立新")),
        ("(城关第二小学党支部 党员 周晓岚)", "无", ("城关第二小学党支部", "党员", "周晓岚")),
        ("（省水利厅党组成员、副厅长 宋明辉 2023年10月）", None, ("省水利厅", "党组成员、副厅长", "宋明辉")),
        # a slip in the post (付 for 副) stays in the post, where the review finds it (F134)
        (
            "（城西街道党工委付书记、办事处主任 潘志刚）",
            None,
            ("城西街道", "党工委付书记、办事处主任", "潘志刚"),
        ),
        ("支部书记：韦建平", None, (None, None, "韦建平")),
        # forms seen less often: other brackets, 同志, a date on the line, a label, unit and post: name
        ("【青石县林业局党组书记、局长　刘海峰】", None, ("青石县林业局", "党组书记、局长", "刘海峰")),
        ("许静同志", "许静", (None, None, "许静")),
        ("发言人：许静同志", None, (None, None, "许静")),
        ("许静　2024年1月10日", None, (None, None, "许静")),
        ("签名：许静", None, (None, None, "许静")),
        ("许静（签名）", None, (None, None, "许静")),
        ("青石县林业局党组书记、局长：刘海峰", None, ("青石县林业局", "党组书记、局长", "刘海峰")),
        ("欧阳晓峰　青石县林业局副局长", None, ("青石县林业局", "副局长", "欧阳晓峰")),
        # a team's material signed by two people: a signature, but of nobody in particular
        ("党委书记：刘海峰　镇长：孟凡", None, (None, None, None)),
        ("党支部书记　刘海峰　村委会主任　孟凡", None, (None, None, None)),
    ],
)
def test_signature_lines_split_into_unit_post_and_name(line, author, expected):
    assert split_signature(line, author) == Signature(*expected)


@pytest.mark.parametrize(
    "line",
    [
        "按照县委的部署，我认真学习了党的二十大精神。",
        "一、对照检视存在的问题",
        "",
        "【存在问题】",
        "中共青石县林业局党组",
    ],
)
def test_prose_is_not_a_signature(line):
    assert split_signature(line) is None


def test_a_title_that_begins_with_who_wrote_it():
    sig, rest = signature_in_title(
        "青溪县卫生健康局党组成员、副局长邱文博主题教育专题民主生活会个人对照检查材料"
    )
    assert sig == Signature("青溪县卫生健康局", "党组成员、副局长", "邱文博")
    assert rest == "主题教育专题民主生活会个人对照检查材料"
    assert signature_in_title("张三2023年度主题教育专题民主生活会个人对照检查材料") is None


def test_a_title_that_begins_with_unit_and_post_and_a_name_below(packs):
    """国家税务总局某分局党员 / 2024年…个人对照检视剖析材料 / 周佳宁: the unit and post are not
    part of the meeting's name (the redraft's title used to repeat them, and 个人对照 twice)."""
    sig, rest = signature_in_title(
        "临水县税务局第二税务分局党员2024年党纪学习教育专题组织生活会个人对照检视剖析材料"
    )
    assert sig == Signature("临水县税务局第二税务分局", "党员", None)
    assert rest.startswith("2024年党纪学习教育")
    assert signature_in_title("学习贯彻党的创新理论2024年度组织生活会材料") is None
    material = FIXTURES / "review" / "heldout4" / "h07_dangji-2024_shuiwufenju.txt"
    notes, _ = extract_file(material, packs)
    assert (notes.unit, notes.role, notes.author) == (
        "国家税务总局临水县税务局第二税务分局",
        "党员",
        "周佳宁",
    )
    assert notes.meeting is None  # the framework's own name: 2024年党纪学习教育专题组织生活会


def test_the_bundled_example_extracts_unit_post_and_every_fact(packs):
    material = ROOT / "examples" / "张三-对照检查材料.docx"
    notes, _hints = extract_file(material, packs)
    assert (notes.unit, notes.role, notes.author) == ("宁川县交通运输局", "党组书记、局长", "张三")
    text = dump_notes(notes)
    for fact in (
        "2023年9月局党组开展“加快建设交通强国”专题研讨时",
        "直到相关视频转发量超过2000次",
        "城区出租车经营权到期续期问题",
        "前后3次调整方案",
        "全年争取上级补助资金1.2亿元",
        "2023年局机关印发文件186件",
        "2024年3月底前牵头拿出工作方案",
        "每季度至少在中心组作1次重点发言",
        "每半年与分管领导和股室负责人开展1次廉政谈话",
    ):
        assert fact in text, fact
    theory = notes.aspects[0]
    assert (
        theory.summary.startswith("虽然能够按计划参加各类学习")
        and theory.problems[0].problem == "学习不够系统"
    )
    assert notes.date == "无" and notes.preamble.talks.startswith("与班子成员")


def test_parts_besides_problems_causes_and_measures_are_kept(packs):
    from mingjing.draft.assemble import assemble

    material = FIXTURES / "materials" / "mzshh_with_other_sections.txt"
    notes, _ = extract_file(material, packs)
    assert [(e.heading, e.before_problems) for e in notes.extras] == [
        ("上年度民主生活会整改措施落实情况", True),
        ("个人有关事项说明", False),
    ]
    text = assemble(notes, packs[notes.framework]).text
    # each part under its own heading, as the material had it
    assert "一、上年度民主生活会整改措施落实情况\n" in text and "二、存在的问题\n" in text
    assert "三、原因剖析\n" in text and "四、整改措施\n" in text
    assert "五、个人有关事项说明\n本人严格执行领导干部报告个人有关事项制度" in text
    assert "11项整改措施已完成9项" in text


def _review_score(path, packs, framework_id=None, ignore=()):
    from mingjing.rules.context import ReviewOptions
    from mingjing.rules.review import review_file

    return review_file(path, packs, ReviewOptions(ignore=list(ignore)), framework_id)


def _redraft(material, packs, tmp_path):
    """The original's review and the redraft of its notes. The redraft is a whole material, held to
    every check; the original is held to the same ones: on a visibly cut copy (a web page's excerpt)
    S112 would excuse what the cut hides (a missing part, the coverage, the preamble), and the bar
    would stand on checks the original never ran."""
    from mingjing.draft.produce import draft_team, jobs_for

    original = _review_score(material, packs, ignore=["S112"])
    notes, _ = extract_file(material, packs, original.outline.framework.id)
    path = tmp_path / "笔记.yaml"
    path.write_text(dump_notes(notes, material.name), encoding="utf-8")
    return original, draft_team(jobs_for([path], tmp_path / "新稿.docx", None, None), packs).drafts[0]


# materials of a year or campaign no pack covers (2019 不忘初心, 2021 党史学习教育)


def _has_framework(path: Path) -> bool:
    """Whether the parser finds a framework for the material (for a year or campaign no pack covers,
    2019 不忘初心 or 2021 党史学习教育, there is nothing to redraft: `draft` says so, exit 2)."""
    return parse_document(read_document(path), load_frameworks()).framework is not None


# finished materials whose redraft loses points (known, kept visible)
FINISHED_LOSE: dict[str, str] = {}


@pytest.mark.parametrize(
    "material",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=FINISHED_LOSE[p.name]))
        if p.name in FINISHED_LOSE
        else p
        for p in FINISHED
        if _has_framework(
            p
        )  # a finished material of a meeting no pack covers (巡察整改专题) has nothing to redraft
    ],
    ids=lambda p: p.name,
)
def test_extract_then_redraft_reviews_at_least_as_well(tmp_path, packs, material):
    original, drafted = _redraft(material, packs, tmp_path)
    assert drafted.material.placeholders == 0, drafted.material.text
    assert drafted.report.score >= original.score, [(f.code, f.message) for f in drafted.report.findings]
    assert drafted.report.verdict == original.verdict or drafted.report.score > original.score


# a held-out material of a meeting no pack covers (巡察整改专题, sets 35/36 since r18) has nothing to redraft
@pytest.mark.parametrize("material", [p for p in FLAWED if _has_framework(p)], ids=lambda p: p.name)
def test_extract_then_redraft_keeps_the_score_of_flawed_materials(tmp_path, packs, material):
    original, drafted = _redraft(material, packs, tmp_path)
    assert drafted.report.score >= original.score, [(f.code, f.message) for f in drafted.report.findings]


@pytest.mark.parametrize(
    "material",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=SHAPES_LOSE[p.name]))
        if p.name in SHAPES_LOSE
        else p
        for p in SHAPES
        if _has_framework(p)
    ],
    ids=lambda p: p.name,
)
def test_extract_then_redraft_keeps_the_score_of_materials_of_every_shape(tmp_path, packs, material):
    original, drafted = _redraft(material, packs, tmp_path)
    assert drafted.report.score >= original.score, [(f.code, f.message) for f in drafted.report.findings]


def test_measures_written_as_inline_points_are_kept(packs):
    """A part written without （一） items (一是…二是… in one paragraph) is taken point by point,
    with the frequencies it gives; it used to come back as an empty part, a gap in the redraft."""
    material = FIXTURES / "realforms" / "materials" / "member_no_heading_no_causes.txt"
    notes, _ = extract_file(material, packs)
    assert [m.measure for m in notes.measures] == [
        "每周抽出固定时间读原著、学原文",
        "严格遵守作息纪律，从小事做起",
        "实行一次性告知，不让群众多跑",
        "每季度至少参加一次志愿服务",
    ]
    shi = FIXTURES / "realforms" / "materials" / "part_headings_shi_items.txt"
    notes, _ = extract_file(shi, packs)
    assert [c.cause for c in notes.causes] == ["理论学习没有常抓不懈", "宗旨意识有所淡化", "担当精神有所减弱"]
    assert len(notes.measures) == 3


def test_a_point_that_goes_on_after_its_aspect_with_a_comma_keeps_no_comma(packs):
    """一是带头……方面，对党的二十大精神学得还不够深: the problem starts at 对, not at the comma."""
    notes, _ = extract_file(FIXTURES / "realforms" / "materials" / "part_headings_shi_items.txt", packs)
    names = [p.problem for a in notes.aspects for p in a.problems]
    assert names and not any(n.startswith(("，", ",")) for n in names), names


def test_a_heading_in_brackets_leaves_no_closing_bracket(packs):
    """【政治纪律方面】支委会…: the item's text starts after the 】, which the heading closed."""
    material = FIXTURES / "realforms" / "materials" / "bracket_items_six_disciplines.txt"
    notes, _ = extract_file(material, packs)
    text = dump_notes(notes)
    assert "】" not in text and "支委会对网络意识形态阵地管得不严" in text


def test_causes_written_as_points_in_one_paragraph_are_taken_point_by_point(packs):
    """究其原因，一是…；二是…；三是…: three causes, each with all its words and no 】 or ； left over
    (a point's separator used to stay behind as its text, a gap in the redraft)."""
    material = FIXTURES / "realforms" / "materials" / "shi_causes_one_paragraph.txt"
    notes, _ = extract_file(material, packs)
    words = ["".join(v for v in (c.cause, c.text) if v and v != "无") for c in notes.causes]
    assert len(words) == 3 and not any(w.endswith(("；", ";")) or w.startswith("；") for w in words)
    assert words[0].startswith("理想信念的“总开关”拧得不够紧") and words[0].endswith("指导实践。")
    assert words[1].startswith("宗旨意识有所淡化") and words[2].endswith("廉政风险离自己很远")


def test_a_part_the_material_lacks_is_left_out_not_drafted_as_a_gap(tmp_path, packs):
    """No causes part at all: the notes say 无 (in YAML and in both forms), the redraft has no causes
    part either, and the review says S104 as for the original, not R110 (a gap the user must fill)."""
    from mingjing.draft.assemble import assemble

    material = FIXTURES / "realforms" / "materials" / "member_no_heading_no_causes.txt"
    notes, hints = extract_file(material, packs)
    assert notes.parts_left_out == ["causes"] and not notes.causes
    assert any("原因剖析" in h for h in hints)
    fw = packs[notes.framework]
    for name, again in _in_every_format(notes, packs, tmp_path):
        assert again.parts_left_out == ["causes"] and len(again.measures) == 4, name
        assert again.closing == "无", name  # the material has no closing: the redraft adds none
    assert "causes: 无" in dump_notes(notes)
    text = assemble(notes, fw).text
    assert "原因" not in text and "【待补充" not in text and "批评指正" not in text
    notes.closing = None  # the notes ask for the usual closing: it counts what they give
    assert "我查摆问题4个、提出整改措施4条，请同志们批评指正。" in assemble(notes, fw).text
    _, drafted = _redraft(material, packs, tmp_path)
    codes = [f.code for f in drafted.report.findings]
    assert "S104" in codes and "R110" not in codes


def test_notes_with_empty_causes_still_draft_a_gap(tmp_path, packs):
    """Drafting from scratch: causes not written yet is a gap to fill, not a part left out."""
    from mingjing.draft.assemble import assemble
    from mingjing.draft.notes import load_notes

    path = tmp_path / "笔记.yaml"
    path.write_text("framework: zzshh-2023\nauthor: 王芳\ncauses:\nmeasures: 无\n", encoding="utf-8")
    notes = load_notes(path, packs)
    assert notes.parts_left_out == ["measures"]
    text = assemble(notes, packs["zzshh-2023"]).text
    assert "【待补充：产生问题的原因" in text and "整改措施" not in text


def test_a_last_measure_about_oversight_is_not_taken_for_the_closing(packs):
    """每半年…开展1次监督检查 is a measure, not a closing line such as 欢迎同志们监督."""
    material = FIXTURES / "realforms_blind" / "materials" / "b06_banzi_last_year_first.txt"
    notes, _ = extract_file(material, packs)
    assert notes.measures[-1].text == "每半年对基层劳动保障所开展1次监督检查，每年开展重点岗位警示教育2次。"


def test_sub_items_of_a_problem_and_a_signature_with_a_department(packs):
    """（1）（2） under an aspect are its problems (as 一是、二是 are), and 单位 部门 职务 姓名 is a
    signature: the parts are not left in the text of the redraft."""
    material = FIXTURES / "realforms_blind2" / "materials" / "b03_short_member_nocauses_zzshh2023.txt"
    notes, _ = extract_file(material, packs)
    assert (notes.unit, notes.role, notes.author) == ("县第二中学党支部\u3000语文教研组", "党员", "田雨")
    assert [len(a.problems) for a in notes.aspects] == [2, 2, 1, 2]
    text = dump_notes(notes)
    assert "（1）" not in text and "（2）" not in text
    assert (
        notes.aspects[1].problems[0].problem
        == "对自己要求有所放松，10月支部主题党日因为监考请假，没有按规定补学"
    )


def test_the_material_s_own_closing_is_kept_and_none_is_added(tmp_path, packs):
    """以上是我的对照检视剖析，请支部同志们批评指正。我将以… closes the material: it is its closing, not
    the last measure's text, and the redraft ends with it instead of the count sentence; a material
    without a closing (member_no_heading_no_causes, a very short one) gets none in its redraft, so
    problems + causes keep their share (no S151: 83 → 83 instead of 80)."""
    from mingjing.draft.assemble import assemble
    from mingjing.draft.form_docx import docx_form
    from mingjing.draft.form_xlsx import xlsx_form
    from mingjing.draft.notes import load_notes

    material = FIXTURES / "review" / "heldout4" / "h07_dangji-2024_shuiwufenju.txt"
    notes, _ = extract_file(material, packs)
    assert notes.closing and notes.closing.startswith("以上是我的对照检视剖析，请支部同志们批评指正。我将以")
    assert (
        notes.measures[-1].text == "减少不必要的聚餐应酬，工作日前一天不饮酒；每季度和家属开展1次家风谈心。"
    )
    fw = packs[notes.framework]
    text = assemble(notes, fw).text
    assert text.endswith(notes.closing + "\n2025年1月6日") and "我查摆问题" not in text
    for name, data in (("笔记.docx", docx_form(fw, notes)), ("笔记.xlsx", xlsx_form(fw, notes))):
        path = tmp_path / name
        path.write_bytes(data)
        assert load_notes(path, packs).closing == notes.closing, name
    short = FIXTURES / "realforms" / "materials" / "member_no_heading_no_causes.txt"
    original, drafted = _redraft(short, packs, tmp_path)
    assert "批评指正" not in drafted.material.text
    assert drafted.report.score == original.score and "S151" not in [f.code for f in drafted.report.findings]


def test_a_drafted_material_gets_its_count_sentence_again(tmp_path, packs):
    """A material drafted by mingjing closes its preamble with the count sentence: extract leaves
    closing empty (the usual closing), and the redraft counts again."""
    from mingjing.draft.assemble import assemble
    from mingjing.draft.notes import load_notes

    notes = load_notes(ROOT / "examples" / "李敏-笔记.yaml", packs)
    fw = packs[notes.framework]
    path = tmp_path / "初稿.txt"
    path.write_text(assemble(notes, fw).text, encoding="utf-8")
    again, _ = extract_file(path, packs)
    assert again.closing is None and "请同志们批评指正。" in assemble(again, fw).text


def test_a_merged_part_headed_by_its_problems_is_judged_as_causes_and_keeps_the_tie(tmp_path, packs):
    """原因分析及整改措施 items headed 关于…的问题: A104 judges the sentence that states the cause
    (原因在于…), as it judges a causes part; here it names an attitude (没有把理论学习摆在首位，学习存在实用
    主义倾向: a root since r14's precision14, no longer an echo of the problem); a heading 关于政治纪律方面
    is no cause. The extract keeps each cause under its 关于…的问题, so the redraft's causes still name
    the problems they answer (A102 finds nothing the original did not)."""
    b04 = FIXTURES / "realforms_blind2" / "materials" / "b04_inline_items_merged_zhuti2023.txt"
    original = _review_score(b04, packs)
    assert "A104" not in [f.code for f in original.findings]
    b05 = FIXTURES / "realforms_blind3" / "materials" / "b05_dangji-2024_chengtou_pdfbreak_merged.txt"
    assert "A104" not in [f.code for f in _review_score(b05, packs).findings]
    notes, _ = extract_file(b04, packs)
    assert (notes.causes[3].cause, notes.causes[3].text) == (
        "关于担当作为不够的问题",
        "原因在于怕担风险、怕出问题。",
    )
    assert notes.author == "张立明"  # the name under the text (the title begins with unit and post)
    _, drafted = _redraft(b04, packs, tmp_path)
    assert "A102" not in [f.code for f in drafted.report.findings]
    assert "A104" not in [f.code for f in drafted.report.findings]


def test_an_aspect_major_materials_measures_keep_the_aspect_they_answer(packs, tmp_path):
    """Each aspect a round with its own 【整改措施】 (blind-4 b04): each measure keeps the aspect of its
    round, the redraft names it (针对…方面的问题，), so its one measures part still answers every
    aspect (it lost A101 on three: 91 → 82), and extract of the draft gives the aspects back."""
    from mingjing.draft.assemble import assemble
    from mingjing.draft.produce import draft_team, jobs_for

    notes, hints = extract_file(ASPECT_MAJOR, packs)
    assert any("每条整改措施记下了对应方面" in h for h in hints)
    assert notes.author == "陶思源"  # signed 党员：陶思源 under the text
    assert [m.aspect for m in notes.measures] == [
        "学习贯彻党的创新理论情况",
        "党性修养提高情况",
        "党性修养提高情况",
        "联系服务群众情况",
        "发挥先锋模范作用情况",
    ]
    text = assemble(notes, packs[notes.framework]).text
    assert "（二）针对党性修养提高方面的问题，在工作牌上佩戴党员徽章，主动接受患者监督。" in text
    path = tmp_path / "笔记.yaml"
    path.write_text(dump_notes(notes), encoding="utf-8")
    draft = draft_team(jobs_for([path], tmp_path / "新稿.docx", None, None), packs).drafts[0]
    assert not [f for f in draft.report.findings if f.code == "A101"]
    again, _ = extract_file(tmp_path / "新稿.docx", packs)
    assert again.measures == notes.measures


def test_a_measure_whose_words_name_its_aspect_gets_no_second_lead_in(packs):
    from mingjing.draft.assemble import answers_aspect
    from mingjing.draft.notes import Measure

    assert answers_aspect(Measure("每周读原著", aspect="理论学习")) == "针对理论学习方面的问题，"
    assert answers_aspect(Measure("理论学习每周不少于3小时", aspect="理论学习")) == ""
    assert answers_aspect(Measure("每周读原著")) == ""


@pytest.mark.parametrize(
    "material, who",
    [
        # the unit opens the title, post and name are the line below it
        (
            "review/heldout3_clean/c01_dangji-2024_gongdiangongsi.txt",
            ("郭明辉", "青阳县供电公司营销部党支部", "营销部副主任", None),
        ),
        # …and the line below is all post (村党支部委员、村妇联主席), 党员 in the title is no meeting's word
        (
            "review/heldout4_clean/c03_zzshh-2025_liushucun.txt",
            ("孙桂芳", "沙河镇柳树湾村党支部", "村党支部委员、村妇联主席", "2025年度组织生活会"),
        ),
        # （单位职务 姓名） under the title, with a month after the name
        (
            "heldout/materials/zhuti2023_subparagraph_points_null_aspect.txt",
            ("宋明辉", "省水利厅", "党组成员、副厅长", "主题教育专题民主生活会"),
        ),
        # a name that opens the title before the campaign (no year)
        (
            "heldout/materials/dangji2024_tax_colon_diyi.txt",
            ("方志刚", "无", "无", "党纪学习教育专题组织生活会"),
        ),
        # a team's title the parser cannot place keeps its unit in the meeting (no 个人 unit made of it)
        (
            "realforms_blind/materials/b06_banzi_last_year_first.txt",
            ("无", "无", "无", "中共县人力资源和社会保障局党组2024年度民主生活会"),
        ),
    ],
)
def test_who_wrote_it_from_title_and_the_line_below(packs, material, who):
    path = FIXTURES / material
    notes, _ = extract_file(path, packs)
    assert (notes.author, notes.unit, notes.role, notes.meeting) == who


def test_an_item_headed_by_the_problem_it_states_keeps_that_statement(packs):
    """（一）理论学习抓得不够紧，学习形式比较单一。… : the heading is the author's words about the
    problem, not its aspect's name; it opens the aspect in the redraft (it used to be dropped, and an
    item that was only such a heading became a 【待补充】 gap, losing 停车难 and its 2次)."""
    from mingjing.draft.assemble import assemble

    notes, _ = extract_file(FIXTURES / "realforms" / "materials" / "branch_problem_statements.txt", packs)
    text = assemble(notes, packs[notes.framework]).text
    assert "（一）学习贯彻党的创新理论情况。理论学习抓得不够紧，学习形式比较单一。我们支部" in text
    assert "支部结对的社区共建活动全年只开展了2次，群众反映的停车难问题还没有回音" in text
    assert "党员发挥先锋模范作用不够明显" in text and "【待补充" not in text
    # a heading that names its aspect (with a lead-in) is no statement
    notes, _ = extract_file(FIXTURES / "materials" / "zzshh_2023_member.txt", packs)
    assert not any((a.summary or "").startswith("在提高党性修养方面") for a in notes.aspects)


def test_an_item_that_joins_two_aspects_is_kept_under_the_first(packs):
    """（一）在理论学习、政治素质方面。… maps to no one aspect (the review says so); its words are kept
    under the first, with a hint, instead of being left out."""
    material = FIXTURES / "realforms" / "materials" / "status_section_joined_aspects.txt"
    notes, hints = extract_file(material, packs)
    assert [a.aspect for a in notes.aspects][:1] == ["理论学习"]
    assert any("写了几个方面，提取在“理论学习”下" in h for h in hints)
    assert notes.aspect("政治素质") is None


def test_a_date_in_brackets_under_the_name_is_no_part_of_the_preamble(packs):
    """（2025 年 1 月） under the name (blind-5 b06): not the preamble's first words, where the review
    read 2025 as an old year for the 2024 pack (R203, 97 → 89)."""
    material = FIXTURES / "realforms_blind5" / "materials" / "b06_geren_mzshh-2024_quwei_literary_pdf.txt"
    notes, _ = extract_file(material, packs)
    assert not any("2025 年 1 月" in (v or "") for v in vars(notes.preamble).values())


def test_a_parts_opening_words_are_kept_in_every_format(tmp_path, packs):
    """对照上述问题，班子进行了认真反思，主要有以下原因： under the causes heading (blind-5 b01): extract
    keeps it (openings), YAML and both forms carry it, and the redraft writes it under the heading,
    before the first cause, as the material had it (the redraft lost it, and S151 on it: 100 → 97)."""
    from mingjing.draft.assemble import assemble
    from mingjing.draft.notes import Openings

    material = FIXTURES / "realforms_blind5" / "materials" / "b01_banzi_mzshh-2025_shuiliju.txt"
    notes, _ = extract_file(material, packs)
    assert notes.openings == Openings(causes="对照上述问题，班子进行了认真反思，主要有以下原因：")
    fw = packs[notes.framework]
    for name, again in _in_every_format(notes, packs, tmp_path):
        assert again.openings == notes.openings, name
    text = assemble(notes, fw).text
    assert "问题产生的原因\n对照上述问题，班子进行了认真反思，主要有以下原因：\n（一）主观方面。" in text
    again, _ = extract_file(_written(tmp_path / "初稿.txt", text), packs)
    assert again.openings == notes.openings  # a draft gives its openings back
    # a material without such words has none, and its draft none either
    plain, _ = extract_file(ROOT / "examples" / "张三-对照检查材料.docx", packs)
    assert plain.openings == Openings()


def test_an_opening_written_in_the_notes_is_drafted_and_none_is_invented(tmp_path, packs):
    from mingjing.draft.assemble import assemble
    from mingjing.draft.notes import load_notes

    path = tmp_path / "笔记.yaml"
    path.write_text(
        "framework: zzshh-2023\nauthor: 王芳\nopenings:\n  problems: 对照检视，我主要存在以下问题\n"
        "  measures: 无\n",
        encoding="utf-8",
    )
    notes = load_notes(path, packs)
    assert (notes.openings.problems, notes.openings.causes, notes.openings.measures) == (
        "对照检视，我主要存在以下问题。",
        None,
        None,
    )
    text = assemble(notes, packs["zzshh-2023"]).text
    assert "对照检视存在的问题\n对照检视，我主要存在以下问题。\n（一）" in text
    path.write_text("framework: zzshh-2023\nopenings:\n  reasons: 原因如下\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"笔记\.yaml:3.*未知字段 reasons"):
        load_notes(path, packs)


def _in_every_format(notes, packs, tmp_path: Path) -> list:
    """(file name, the notes read back) for the notes written as YAML, as the Word and the Excel form."""
    from mingjing.draft.form_docx import docx_form
    from mingjing.draft.form_xlsx import xlsx_form
    from mingjing.draft.notes import load_notes

    fw = packs[notes.framework]
    out = []
    for name, data in (
        ("笔记.yaml", dump_notes(notes).encode("utf-8")),
        ("笔记.docx", docx_form(fw, notes)),
        ("笔记.xlsx", xlsx_form(fw, notes)),
    ):
        (tmp_path / name).write_bytes(data)
        out.append((name, load_notes(tmp_path / name, packs)))
    return out


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


MEMBER = FIXTURES / "materials" / "zzshh_2023_member.txt"  # title 陈思远…, signature line under it
_UNIT, _POST = "市住建局办公室党支部", "党员、办公室副主任"


@pytest.mark.parametrize(
    "top, bottom, who",
    [
        (f"{_UNIT}{_POST}　陈思远", "", ("陈思远", _UNIT, _POST, "无")),
        (f"{_UNIT}　党员　陈思远", "", ("陈思远", _UNIT, "党员", "无")),
        (f"陈思远　{_UNIT}{_POST}", "", ("陈思远", _UNIT, _POST, "无")),
        (f"（{_UNIT}{_POST}　陈思远）", "", ("陈思远", _UNIT, _POST, "无")),
        (f"【{_UNIT}{_POST}　陈思远】", "", ("陈思远", _UNIT, _POST, "无")),
        (f"陈思远（{_UNIT}{_POST}）", "", ("陈思远", _UNIT, _POST, "无")),
        ("党员：陈思远", "", ("陈思远", "无", "无", "无")),
        ("", "陈思远\n2024年1月10日", ("陈思远", "无", "无", "2024年1月10日")),
        ("", "陈思远　2024年1月10日", ("陈思远", "无", "无", "2024年1月10日")),
        ("", "党员：陈思远\n2024年1月10日", ("陈思远", "无", "无", "2024年1月10日")),
        ("", "签名：陈思远", ("陈思远", "无", "无", "无")),
        ("", f"{_UNIT}{_POST}　陈思远\n2024年1月10日", ("陈思远", _UNIT, _POST, "2024年1月10日")),
        ("", f"（{_UNIT}{_POST}　陈思远）\n2024年1月10日", ("陈思远", _UNIT, _POST, "2024年1月10日")),
    ],
)
def test_who_signed_a_personal_material_above_or_below_the_text(tmp_path, packs, top, bottom, who):
    """The same material signed in the common ways, under the title or under the text (a date line
    below it): unit, post, name and date are taken, and nothing of the signature is left in the
    preamble, the last measure or the closing."""
    lines = MEMBER.read_text(encoding="utf-8").split("\n")
    lines[0] = lines[0].removeprefix("陈思远")  # the title names nobody
    del lines[1]  # the fixture's own signature line
    if top:
        lines.insert(1, top)
    text = "\n".join(lines).rstrip("\n") + ("\n" + bottom if bottom else "") + "\n"
    notes, _ = extract_file(_written(tmp_path / "材料.txt", text), packs)
    assert (notes.author, notes.unit, notes.role, notes.date) == who
    assert notes.closing == "我将以这次组织生活会为新的起点，认真抓好整改落实，请组织和同志们监督。"
    written = dump_notes(notes)
    assert written.count("陈思远") == 1 and "2024年1月10日" not in written.replace("date: 2024年1月10日", "")
    assert notes.preamble.study and notes.preamble.study.startswith("根据局机关党委")


def test_a_measure_that_names_who_is_responsible_keeps_that_line(tmp_path, packs):
    """责任领导：支部书记　王强 under the last measure names who answers for it, not who wrote the
    material: it stays the measure's text."""
    lines = MEMBER.read_text(encoding="utf-8").rstrip("\n").split("\n")
    lines.insert(len(lines) - 1, "责任领导：支部书记　王强")
    notes, _ = extract_file(_written(tmp_path / "材料.txt", "\n".join(lines) + "\n"), packs)
    assert notes.author == "陈思远" and (notes.measures[-1].text or "").endswith("责任领导：支部书记 王强")


B01 = FIXTURES / "realforms_blind5" / "materials" / "b01_banzi_mzshh-2025_shuiliju.txt"


@pytest.mark.parametrize(
    "bottom, date",
    [
        ("中共青溪县水利局党组\n2026年1月8日", "2026年1月8日"),
        ("中共青溪县水利局党组　2026年1月8日", "2026年1月8日"),
        ("青溪县水利局领导班子", "无"),
        ("党组书记：刘海峰　局长：孟凡\n2026年1月8日", "2026年1月8日"),
        ("党组书记　刘海峰\n局长　孟凡\n2026年1月8日", "2026年1月8日"),
    ],
)
def test_a_team_material_signed_by_the_team_or_by_two_people_names_nobody(tmp_path, packs, bottom, date):
    """A 班子 material signed by its unit (中共…党组) or by 书记 and 局长: no author, the date taken,
    and the last measure keeps only its own words."""
    plain, _ = extract_file(B01, packs)
    text = B01.read_text(encoding="utf-8").rstrip("\n") + "\n" + bottom + "\n"
    notes, _ = extract_file(_written(tmp_path / "材料.txt", text), packs)
    assert (notes.author, notes.role, notes.date) == ("无", "无", date)
    assert notes.measures == plain.measures and notes.closing == plain.closing
    assert "刘海峰" not in dump_notes(notes) and "水利局党组\n" not in dump_notes(notes)


def test_each_aspect_is_headed_as_the_material_headed_it(tmp_path, packs):
    """（一）带头强化政治忠诚、提高政治能力方面 (blind-5 b01): the pack names the aspect without 方面; extract
    keeps the material's heading, every format carries it, the redraft heads the aspect so, and a
    draft gives it back. A heading that does not name its aspect is a mistake with its place."""
    from mingjing.draft.assemble import assemble
    from mingjing.draft.notes import load_notes

    notes, _ = extract_file(B01, packs)
    assert [a.heading for a in notes.aspects][:2] == [
        "带头强化政治忠诚、提高政治能力方面",
        "带头固本培元、增强党性方面",
    ]
    fw = packs[notes.framework]
    for name, again in _in_every_format(notes, packs, tmp_path):
        assert [a.heading for a in again.aspects] == [a.heading for a in notes.aspects], name
    text = assemble(notes, fw).text
    assert "\n（一）带头强化政治忠诚、提高政治能力方面。一是学习贯彻党的创新理论还不够系统。" in text
    again, _ = extract_file(_written(tmp_path / "初稿.txt", text), packs)
    assert [a.heading for a in again.aspects] == [a.heading for a in notes.aspects]
    # the pack's own wording is no heading of the author's: a drafted material has none
    plain, _ = extract_file(MEMBER, packs)
    drafted, _ = extract_file(
        _written(tmp_path / "稿.txt", assemble(plain, packs[plain.framework]).text), packs
    )
    assert plain.aspects[0].heading == "在学习贯彻党的创新理论方面"
    assert [a.heading for a in drafted.aspects] == [a.heading for a in plain.aspects]
    path = tmp_path / "错.yaml"
    path.write_text(
        "framework: zzshh-2023\naspects:\n  - aspect: 学习贯彻党的创新理论情况\n    heading: 工作作风\n"
        "    problems:\n      - problem: 学习不够系统\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"错\.yaml:4.*“工作作风”看不出是方面“学习贯彻党的创新理论情况”"):
        load_notes(path, packs)


def test_a_share_that_the_review_reports_as_half_is_half(tmp_path, packs):
    """S151 judges the share in whole percents, as the review reports it: blind-5 b01 redrafted
    without its causes' opening words and its own aspect headings has 49.6 % — reported as 50 %, it
    was warned as “50 % 少于要求的 50 %”. One sentence fewer in the problems (under 49.5 %) still is."""
    from mingjing.draft.assemble import assemble
    from mingjing.rules.context import ReviewOptions
    from mingjing.rules.proportions import share
    from mingjing.rules.review import review_file

    notes, _ = extract_file(B01, packs)
    notes.openings.causes = None
    for a in notes.aspects:
        a.heading = None
    fw = packs[notes.framework]
    path = _written(tmp_path / "稿.txt", assemble(notes, fw).text)
    report = review_file(path, packs, ReviewOptions(), None)
    assert 0.495 <= share(report.outline) < 0.5 and "S151" not in [f.code for f in report.findings]
    notes.aspects[-1].problems.pop()
    path = _written(tmp_path / "短.txt", assemble(notes, fw).text)
    report = review_file(path, packs, ReviewOptions(), None)
    s151 = [f.message for f in report.findings if f.code == "S151"]
    assert (
        share(report.outline) < 0.495
        and s151
        and "少于要求的 50%" in s151[0]
        and "占材料的 50%" not in s151[0]
    )


# a member's material in our own words: a causes part written as a lead-in paragraph, then one
# paragraph of 第一，…第二、…第三，… whose first point runs on with commas well past a name's length
_LEAD_IN_MATERIAL = """2023年度主题教育专题组织生活会个人对照检查材料
县农机服务中心党支部党员　吴春燕

按照支部安排，我先后参加集中学习3次，向同事和服务对象征求意见6条，并与支部书记谈心谈话1次。现将个人对照检查情况报告如下。

一、存在的问题

（一）学习贯彻党的创新理论方面。一是学习不够系统。平时多在手机上看摘要，今年读完的原著篇目只有4篇。二是学用结合不紧。学了农机补贴政策解读后，没有主动对照窗口办理流程查漏洞，比如，今年5月有2户农户因材料退回跑了3趟。

（二）党性修养提高方面。第一、批评意见讲得少。支部会上对同事的问题多是点到为止，今年支部组织生活会上只提了1条意见。第二、纪律意识有所放松。有一次上班时间处理私事迟到了20分钟，被科室提醒。

（三）联系服务群众方面。一是下乡次数不多。今年到村服务只有5次，比计划少3次。二是解答问题不够耐心。有农户电话咨询报废补贴时，我只让他看通知，没有逐项讲清楚。

（四）发挥先锋模范作用方面。一是带头攻坚不够。中心推行线上申报时，我担心出错，没有主动承担试点任务。二是钻研业务不深。新型播种机的检测标准更新后，我学了2个月才能独立开展检测。

二、问题产生的原因

对照上面查找的问题，我静下心来反复对照思考，原因主要有以下几个方面。

第一，学习抓得不够紧，总是把学习排在业务工作后面，觉得会用政策就够了，读原著原文没有定下硬性的时间和篇目，学用两张皮的情况一直没有改过来。第二、服务意识有所弱化，把窗口工作当成按规矩办手续，没有站在农户的角度想他们跑一趟要花多少时间和路费。第三，纪律要求放得松，认为迟到早退是小节，对照党章党规检查自己不经常。

三、整改措施

（一）定时读原著。每周二、周四晚上各读原著原文1小时，年底前写读书笔记1万字。
（二）改进窗口服务。12月底前把补贴申报材料清单印成一张明白纸，实行一次性告知。
（三）严守工作纪律。严格执行考勤制度，每月对照党章党规自查一次，请支部委员监督。
"""


@pytest.fixture
def lead_in_material(tmp_path):
    path = tmp_path / "吴春燕-对照检查材料.txt"
    path.write_text(_LEAD_IN_MATERIAL, encoding="utf-8")
    return path


def test_a_lead_in_paragraph_above_the_points_is_the_parts_opening(packs, lead_in_material):
    """原因主要有以下几个方面。 standing alone above a paragraph of points (the parser finds the part's
    items by position): the causes part's opening words, not a first cause (the redraft used to
    number it （一） among the causes)."""
    notes, _ = extract_file(lead_in_material, packs)
    assert notes.openings.causes == "对照上面查找的问题，我静下心来反复对照思考，原因主要有以下几个方面。"
    assert len(notes.causes) == 3
    assert not any("以下几个方面" in "".join(v or "" for v in (c.cause, c.text)) for c in notes.causes)


def test_a_pause_mark_after_an_inline_label_is_no_part_of_the_point(packs, lead_in_material):
    """第二、服务意识有所弱化: the 、 belongs to the label (the redraft used to write （二）、…, P138),
    in a causes paragraph and in an aspect's points alike."""
    notes, _ = extract_file(lead_in_material, packs)
    names = [c.cause or "" for c in notes.causes] + [
        p.problem or "" for a in notes.aspects for p in a.problems
    ]
    assert "服务意识有所弱化" in names and "纪律意识有所放松" in names
    assert not any(n.startswith(("、", "，", "：")) for n in names), names


def test_an_inline_cause_too_long_for_a_name_is_named_by_its_first_clause(packs, lead_in_material):
    """第一，学习抓得不够紧，总是…，…没有改过来。 (one sentence past a name's length): the clause that
    states the shortcoming is the cause's name and the rest its text, every word kept; the whole
    sentence as the redraft's heading was judged as a list of shortcomings (A104) the material never
    headed anything with. A short first sentence stays the name, as before."""
    notes, _ = extract_file(lead_in_material, packs)
    first, _, third = notes.causes
    assert first.cause == "学习抓得不够紧"
    assert first.text == (
        "总是把学习排在业务工作后面，觉得会用政策就够了，读原著原文没有定下硬性的时间和篇目，学用两张皮的情况一直没有改过来。"
    )
    assert third.cause == "纪律要求放得松，认为迟到早退是小节，对照党章党规检查自己不经常"


def test_a_material_with_a_lead_in_and_inline_causes_keeps_its_score(tmp_path, packs, lead_in_material):
    original, drafted = _redraft(lead_in_material, packs, tmp_path)
    assert drafted.report.score >= original.score, [(f.code, f.message) for f in drafted.report.findings]
    assert "（一）对照上面查找的问题" not in drafted.material.text
    assert "、服务意识" not in drafted.material.text


def test_a_merged_part_whose_opening_states_the_causes_keeps_them(tmp_path, packs):
    """原因分析及整改措施 whose opening states the roots (反思这些问题，根子在于…) and then looks forward
    (针对上述问题，…), its items all headed by what will be done: the opening's first sentence is the
    cause and the rest opens the measures; no measure is taken for a cause (one without a time
    limit used to be, leaving the measure empty, A103, and the causes without the roots, A102)."""
    text = _LEAD_IN_MATERIAL[: _LEAD_IN_MATERIAL.index("二、问题产生的原因")] + (
        "二、原因分析及整改措施\n\n"
        "反思这些问题，根子在于学习抓得不够紧、党性锻炼有所放松、服务意识有所弱化、带头攻坚的劲头不足。"
        "针对上述问题，我将从以下三个方面抓好整改。\n\n"
        "（一）坚持定时读原著\n每周二、周四晚上各读原著原文1小时，年底前写读书笔记1万字。\n"
        "（二）加强党性锻炼\n在支部会上每次至少给同事提1条具体意见，严格执行考勤制度，遵守上下班时间。\n"
        "（三）改进窗口服务\n12月底前把补贴申报材料清单印成一张明白纸，实行一次性告知，每月到村服务不少于1次。\n"
        "（四）带头攻坚克难\n主动承担线上申报试点任务，钻研新型播种机检测标准，做到独立开展检测。\n"
    )
    material = tmp_path / "吴春燕-合并部分.txt"
    material.write_text(text, encoding="utf-8")
    notes, _ = extract_file(material, packs)
    assert [(c.cause, c.text) for c in notes.causes] == [
        (
            "无",
            "反思这些问题，根子在于学习抓得不够紧、党性锻炼有所放松、服务意识有所弱化、带头攻坚的劲头不足。",
        )
    ]
    assert notes.openings.measures == "针对上述问题，我将从以下三个方面抓好整改。"
    assert [m.measure for m in notes.measures] == [
        "坚持定时读原著",
        "加强党性锻炼",
        "改进窗口服务",
        "带头攻坚克难",
    ]
    assert notes.measures[-1].text == "主动承担线上申报试点任务，钻研新型播种机检测标准，做到独立开展检测。"
    original, drafted = _redraft(material, packs, tmp_path)
    assert drafted.report.score >= original.score, [(f.code, f.message) for f in drafted.report.findings]


def test_each_part_is_drafted_under_its_own_heading_and_one_naming_another_part_is_refused(tmp_path, packs):
    """headings: the material's own part headings (思想根源剖析 rather than the draft's longer
    产生问题的原因剖析), which the redraft uses: a longer stock heading shifted the share of problems and
    causes below half (S151). A heading the review would not take for that part is refused."""
    from mingjing.draft.assemble import assemble
    from mingjing.draft.notes import load_notes

    path = tmp_path / "笔记.yaml"
    path.write_text(
        "framework: zzshh-2023\nauthor: 周岚\nheadings:\n  causes: 思想根源剖析\n  measures: 下一步改进打算\n",
        encoding="utf-8",
    )
    notes = load_notes(path, packs)
    text = assemble(notes, packs["zzshh-2023"]).text
    assert "一、对照检视存在的问题\n" in text  # none given: the draft's own
    assert "二、思想根源剖析\n" in text and "三、下一步改进打算\n" in text
    assert "产生问题的原因剖析" not in text and "今后的努力方向和整改措施" not in text
    again, _ = extract_file(_written(tmp_path / "初稿.txt", text), packs)
    assert again.headings == notes.headings  # a draft gives its headings back
    path.write_text("framework: zzshh-2023\nheadings:\n  causes: 学习体会\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"笔记\.yaml:3.*学习体会"):
        load_notes(path, packs)


def test_a_part_written_as_one_paragraph_of_points_is_redrafted_so_with_its_lead_words(tmp_path, packs):
    """为此，一是…；二是…: a part written without （一） items, its points run in one paragraph after a
    few lead words. Extract keeps the lead words (openings) and the shape (inline); the redraft
    writes the paragraph again instead of （一）（二） items, which the review weighs otherwise (a
    measure split off lost the words it shared with its problem: A101)."""
    from mingjing.draft.assemble import assemble
    from mingjing.draft.notes import LEFT_OUT, Cause, Measure, Notes, Openings

    notes = Notes(
        framework="zzshh-2023",
        author="周岚",
        causes=[Cause("理论学习抓得不紧", LEFT_OUT), Cause("服务意识有所弱化", "把窗口当成办事的地方。")],
        measures=[Measure("每周读原著不少于2小时", LEFT_OUT), Measure("每月到社区走访一次", LEFT_OUT)],
        openings=Openings(causes="反思起来，", measures="为此，"),
        inline=["causes", "measures"],
    )
    text = assemble(notes, packs["zzshh-2023"]).text
    assert "\n反思起来，一是理论学习抓得不紧；二是服务意识有所弱化，把窗口当成办事的地方。\n" in text
    assert "\n为此，一是每周读原著不少于2小时；二是每月到社区走访一次。\n" in text
    again, _ = extract_file(_written(tmp_path / "初稿.txt", text), packs)
    assert again.inline == ["causes", "measures"] and again.openings == notes.openings
    assert assemble(again, packs["zzshh-2023"]).text == text  # and drafts the same paragraphs again
    # without inline the same notes give items, the lead words leading into them
    notes.inline = []
    text = assemble(notes, packs["zzshh-2023"]).text
    assert "\n为此：\n（一）每周读原著不少于2小时。\n" in text


BULLETED = """滨湖区园林绿化中心党支部委员会党纪学习教育专题组织生活会对照检查材料

按照区直机关工委的通知要求，支委会广泛征求了党员群众意见，支委之间开展了谈心谈话。

一、存在的问题
1.1	政治纪律方面
●	一是学习党的创新理论浮在面上，全年支部集中学习只有5次。二是对行业新知识钻研不够。
1.2	廉洁纪律方面
■	一是对绿化养护外包中的苗头问题警觉不够。二是落实“三会一课”有时流于形式。

一、原因分析
1.1	理论学习不够扎实
●	支委会重业务轻学习，学习计划常被养护任务挤掉。

一、整改措施
1.1	抓好理论学习
●	每月组织一次集体学习，2024年6月底前完成支委轮流讲党课。
"""


def test_word_bullets_under_numbered_items_are_no_text_of_the_notes(tmp_path, packs):
    """Word numbering written out (1.1 items, ● ■ bullets before each paragraph): the bullet numbers
    nothing, so no point, cause or measure keeps it, and the 一是…二是… after it are points again."""
    material = tmp_path / "材料.txt"
    material.write_text(BULLETED, encoding="utf-8")
    notes, _ = extract_file(material, packs)
    text = dump_notes(notes)
    assert "●" not in text and "■" not in text, text
    problems = [p for a in notes.aspects for p in a.problems]
    assert len(problems) == 4, text
    assert notes.causes[0].text.startswith("支委会重业务轻学习")
    assert notes.measures[0].text.startswith("每月组织一次集体学习")


TRADITIONAL = """青崗鎮農業服務中心黨支部委員會黨紀學習教育專題組織生活會對照檢查材料

按照鎮黨委的通知要求，支委會廣泛徵求了黨員群眾意見，支委之間開展了談心談話。

一、存在的問題

（一）政治紀律方面。一是隨著農技推廣任務加重，支部學習時間被擠佔，全年集中學習只有4次。二是對群眾來信的答覆不夠及時。

（二）廉潔紀律方面。一是對農資採購的監督不夠經常。二是沿著老辦法報銷差旅費，票據審核不嚴。

二、原因分析

（一）理論學習不夠紮實。支委會把精力用在業務上，學習計劃隨著季節農忙一再推遲。

三、整改措施

（一）抓好理論學習。每月組織一次集體學習，2024年9月底前完成支委輪流講黨課。
"""


def test_a_traditional_material_is_taken_in_the_simplified_words_a_draft_writes(tmp_path, packs):
    """A material in traditional characters is read one character for one (隨著 → 随著), which the
    review of that material forgives but the redraft's (a simplified text) would not: the notes take
    the reading the word wants (随着, 答复), and a character of a word that needs no other (著作) stays."""
    from mingjing.draft.script import simplified_words

    material = tmp_path / "材料.txt"
    material.write_text(TRADITIONAL, encoding="utf-8")
    notes, _ = extract_file(material, packs)
    text = dump_notes(notes)
    assert "随着农技推广" in text and "随着季节" in text and "沿着老办法" in text, text
    assert "答复不够及时" in text and "著" not in text and "覆" not in text, text
    assert simplified_words("显著，著作，覆盖") == "显著，著作，覆盖"


def test_a_phrase_the_character_table_keeps_is_read_by_the_phrase_table():
    """瞭 also stands alone (瞭望), so the one-to-one reading keeps it; OpenCC's same-length phrases give
    了解 and 了若指掌, and the length of the text never changes."""
    from mingjing.draft.script import simplified_words

    text = "深入瞭解群众诉求，对情况瞭若指掌，登上瞭望塔"
    out = simplified_words(text)
    assert out == "深入了解群众诉求，对情况了若指掌，登上瞭望塔"
    assert len(out) == len(text)


def test_a_merged_part_whose_headings_turn_to_the_measure_keeps_each_cause(packs, tmp_path):
    """`原因分析及整改措施` whose items are headed `…是主要原因，必须…` (a measures part): each heading's
    clause before the turn is kept as a cause, so the redraft has a causes part."""
    material = tmp_path / "m.txt"
    material.write_text(
        "某区文化馆领导班子2024年度民主生活会对照检查材料\n"
        "一、存在的问题\n"
        "（一）学习方面。专题研讨流于形式，发言多是念稿。\n"
        "（二）服务方面。送戏下乡场次少，村里群众看不到演出。\n"
        "二、原因剖析及整改措施\n"
        "（一）学风不实是主要原因，必须把研讨做实。研讨前列出问题清单，每人发言不少于十分钟。\n"
        "（二）宗旨意识淡化是根本原因，要把群众需要摆在前面。每年送戏下乡不少于四十场。\n",
        encoding="utf-8",
    )
    notes, _ = extract_file(material, packs)
    causes = ["".join(v for v in (c.cause, c.text) if v and v != "无") for c in notes.causes]
    assert [c[:4] for c in causes] == ["学风不实", "宗旨意识"]
    assert len(notes.measures) == 2


BULLETED_SERIES = """河西街道综合执法队党支部2024年度组织生活会对照检查材料

按照街道党工委的通知要求，支部广泛征求了党员群众意见，党员之间开展了谈心谈话。

一、存在的问题
（一）服务群众方面
●	夜间执法巡查次数偏少，商户反映的占道问题有的拖了半个月。
●	对流动摊贩劝导多、疏导少，没有帮他们找到合适的摆摊地点。
二、问题产生的原因
◆	宗旨意识有所淡化，习惯按老办法处理，站在商户角度想得少。
三、整改措施
◆	每周安排两次夜间巡查，商户反映的问题三个工作日内回复。
"""


def test_bullets_that_run_a_series_or_mark_a_part_are_no_text_of_the_notes(tmp_path, packs):
    """Bullets the parser keeps as points (two under one item) are cut as the lone list marks above
    are (the extract now cuts a bullet opening any line of an item's body, whatever the parser made
    of it): no bullet reaches the notes, the sentences after them do."""
    material = tmp_path / "材料.txt"
    material.write_text(BULLETED_SERIES, encoding="utf-8")
    notes, _ = extract_file(material, packs, "zzshh-2023")
    text = dump_notes(notes)
    assert "●" not in text and "◆" not in text, text
    assert "夜间执法巡查次数偏少" in text and "对流动摊贩劝导多" in text
    assert notes.causes[0].cause.startswith("宗旨意识有所淡化")
    assert notes.measures[0].measure.startswith("每周安排两次夜间巡查")
