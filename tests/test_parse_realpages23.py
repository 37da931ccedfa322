"""Forms of real public pages read in round r23 (docs/real-materials.md, "Round r23 (realpages23)"): a
forum's anti-copy jammer, a title run into the preamble with no space, masked words.
Every text is this project's own words (tests/fixtures/probes23/realpages23)."""

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.parse.aspects import map_aspect, unmasked
from mingjing.parse.embedded import title_run_in
from mingjing.read import read_bytes
from mingjing.read.insertions import carries_jammer, jammer_free


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _pack(packs, pack_id):
    return packs[pack_id]


JAMMED = (
    '2023年度主题教育专题组织生活会个人检视剖析材料 ; K2 r" d! h* u\n'
    ". ?1 E7 I( w: Y- p\n"
    "按照支部安排，本人对照检视了自身存在的不足，现汇报如下。 4 B5 ?$ m8 F\n"
    '一、检视出的问题 ( z% R: w6 q" j\n'
    "（一）学习贯彻党的创新理论方面 w$ B# o! Q\n"
    "一是学得不够系统，读原著少。二是用得不够灵活，结合窗口服务思考不多。\n"
    "（二）党性修养提高方面\n"
    "一是批评和自我批评不够大胆。二是对自身要求有所放松。\n"
    "7 O: \\( A! _+ Q二、原因剖析\n"
    "一是理论学习的主动性不够；二是党性锻炼有所放松。\n"
    "三、整改方向\n"
    "坚持每天学习不少于30分钟，严格执行考勤制度。\n"
)


def test_a_forums_jammer_runs_are_read_as_no_part_of_the_post(packs):
    o = _parse(JAMMED, packs)
    assert o.title == "2023年度主题教育专题组织生活会个人检视剖析材料"
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "检视出的问题"),
        ("causes", "原因剖析"),
        ("measures", "整改方向"),
    ]
    assert [i.heading for i in o.sections[0].items] == ["学习贯彻党的创新理论方面", "党性修养提高方面"]
    assert "K2" not in o.document.text and "A!" not in o.document.text
    # every character kept remembers its column in the user's file
    assert jammer_free("7 O: \\( A! _+ Q二、原因剖析")[0] == ("二", 15)


def test_ascii_in_a_material_is_no_jammer():
    for line in (
        "全年完成 1. 2. 3. 4. 号地块的征收",
        "A B C D 四个等级",
        "分为 a. b. c. d. 四档",
        "推进 5G 基站和 GDP 核算",
        "对照 GB/T 1.1 标准修订",
    ):
        assert jammer_free(line) == [(c, k) for k, c in enumerate(line)]
    assert not carries_jammer('理论学习 ; K2 r" d! h* u 方面\n其余都是正常的句子。')


def test_a_title_run_into_its_preamble_with_no_space_between():
    text = "2024年度民主生活会个人对照检查材料（四个带头）根据市委关于开好2024年度民主生活会的通知精神，我围绕会议主题认真学习，深刻查摆问题。现将有关情况报告如下。"
    assert text[: title_run_in(text)] == "2024年度民主生活会个人对照检查材料（四个带头）"
    # a sentence that names a material is no title
    assert title_run_in("我按照要求撰写了对照检查材料根据大家的意见作了修改，现报告如下。" + "现" * 40) == 0


def test_masked_words_name_their_aspect():
    packs = load_frameworks()
    zhuti = _pack(packs, "zhuti-2023")
    assert map_aspect(zhuti, "ZZ素质方面") == "政治素质"
    mz22 = _pack(packs, "mzshh-2022")
    assert map_aspect(mz22, "在带头贯彻落实X中央决策部署方面") == "带头贯彻落实党中央决策部署"
    # a template's blanks are no mask
    assert unmasked("XX镇X月X日XYZ") == "XX镇X月X日XYZ"
    assert unmasked("全面从严治X责任、X性修养") == "全面从严治党责任、党性修养"


def test_a_layout_tables_bars_are_no_part_of_the_text(packs):
    text = (
        "|\n"
        "市交通投资集团党委领导班子2025年度民主生活会对照检查材料 |\n"
        "| 二、存在的问题 |\n"
        "| （一）在带头强化政治忠诚、提高政治能力方面。一是落实部署有时慢半拍。二是阵地管理不严。 |\n"
        "| 三、问题产生的原因 |\n"
        "| 一是理论武装不够深入；二是党性锻炼有所放松。 |\n"
        "| 四、整改措施 |\n"
        "| （一）强化政治引领。每季度专题研究意识形态工作。 |\n"
    )
    o = _parse(text, packs)
    assert o.title == "市交通投资集团党委领导班子2025年度民主生活会对照检查材料"
    assert [s.heading for s in o.sections] == ["存在的问题", "问题产生的原因", "整改措施"]
    assert "|" not in o.document.text
    # a material's own table (bars inside its lines) keeps them
    table = "| 问题 | 措施 | 时限 |\n| 学习不深 | 每周学习 | 长期 |\n| 作风不实 | 蹲点调研 | 6月 |\n"
    assert "|" in _parse(table, packs).document.text


def test_a_wechat_layouts_part_numbers_are_no_items(packs):
    text = (
        "主题教育专题组织生活会个人检视剖析材料\n按照支部安排，我进行了检视，现报告如下。\n"
        "01\n检视出的问题\n"
        "学习贯彻党的创新理论情况。一是学习不够系统。二是学用结合不够。\n"
        "党性修养提高情况。一是批评不够大胆。二是要求有所放松。\n"
        "02\n问题产生的原因\n一是理论学习的自觉性不够；二是党员意识有所淡化。\n"
        "03\n整改措施\n1.坚持每周学习理论。\n2.每周安排课后辅导。\n"
    )
    o = _parse(text, packs)
    assert [s.heading for s in o.sections] == ["检视出的问题", "问题产生的原因", "整改措施"]
    assert [i.heading for i in o.sections[0].items] == ["学习贯彻党的创新理论情况", "党性修养提高情况"]
    # numbers that do not rise from 01 are the text's own
    assert "05" in _parse("全年完成\n05\n号地块征收。\n07\n", packs).document.text


def test_a_heading_run_straight_into_its_series(packs):
    text = (
        "2025年度组织生活会个人对照检查材料\n按照支部安排，我对照六项纪律查摆了问题，现汇报如下。"
        "一、存在的问题（一）政治纪律方面。一是学习不够主动。二是辨别能力不强。"
        "二、问题产生的原因一是理论学习不够自觉；二是纪律意识有所淡化；三是本领不够强。"
        "三、整改措施（一）加强学习。每月参加支部集中学习。"
    )
    o = _parse(text, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "存在的问题"),
        ("causes", "问题产生的原因"),
        ("measures", "整改措施"),
    ]
    # `统一是…` is a word, not a series, when no 二是 follows
    assert (
        _parse("一、思想统一是前提。大家认识一致。\n", packs).sections[0].heading.startswith("思想统一是前提")
    )


def test_a_title_glued_to_its_preamble_under_a_librarys_file_facts(packs):
    text = (
        "- 格式:pdf\n- 大小:186.20 KB\n- 文档页数:3\n"
        "1、村党支部党员2025年度组织生活会个人对照检查材料为开好本年度组织生活会，我认真学习了上级文件，结合分管工作"
        "对照六项纪律查摆了问题。现汇报如下。一、存在的问题（一）政治纪律方面。一是学习不够主动。二是辨别能力不强。"
        "（二）组织纪律方面。一是参加三会一课不够准时，其中\n"
        "2、有一次迟到。二、问题产生的原因一是理论学习不够自觉；二是纪律意识有所淡化。三、整改措施（一）加强学习。每月参加"
        "支部集中学习，自学不少于4次，做好笔记，写出体会，结合村务工作抓好落实。\n"
    )
    o = _parse(text, packs)
    assert o.title == "村党支部党员2025年度组织生活会个人对照检查材料"
