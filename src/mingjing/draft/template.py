"""Notes files as text: the commented template for a framework (`draft init`) and notes written
out again (`draft extract`)."""

from __future__ import annotations

from mingjing.draft.notes import LEFT_OUT, Notes
from mingjing.frameworks import Framework

_HEAD = """\
# 对照检查材料笔记（mingjing draft 用）。只写事实，不写套话：mingjing 按框架的顺序和公文格式成稿。
# 用法：填好后运行  mingjing draft 本文件.yaml --output 材料.docx
# 没填的地方在初稿里显示为“【待补充：……】”，审阅会标出来；“#”后面是说明，可以删掉。
# 单位、职务、日期、前言各项、完成时限写“无”，表示材料里不写这一项（不留待补充）。
framework: {fw_id}          # 框架包 ID：{fw_name}（mingjing frameworks list 查看全部）
kind: {kind}                # 材料类别：个人 或 班子（组织生活会写 党员 或 支部）；班子材料不写姓名、职务
meeting: {meeting}          # 会议名称，写进标题；不写则用框架名称
author:                     # 姓名，如：王建国
role:                       # 职务，如：党组书记、局长
unit:                       # 单位，如：宁川县交通运输局
date:                       # 日期，如：2024年1月10日
closing:                    # 结尾：不填则按条数写“对照…个方面，我查摆问题N个……请同志们批评指正”；写“无”则不写；也可写自己的结尾语

preamble:                   # 前言：会前准备，每项一两句，写清做了什么、多少
  study:                    # 学习情况：读了哪些原著、参加几次集中学习、写了几篇体会
  opinions:                 # 征求意见：用什么方式、向哪些人征求、收到多少条涉及本人的意见
  talks:                    # 谈心谈话：和哪些人谈、共多少人次
  rectification:            # 上年度整改落实情况（班子材料必写）：上次查摆的问题整改了多少、还有哪些在整改；个人材料可不填

# 查摆的问题，按方面写；每个方面可以写几个问题（初稿里用“一是、二是”排列）。
aspects:
"""

_ASPECT = """\
  - aspect: {name}
    heading:                # 可不填：本方面的标题写法（如“在…方面”）；不填则用框架的写法
    summary:                # 可不填：本方面的总体评价，放在“一是”之前
    problems:
      - problem:            # 问题概括，一句话、不带句号，如：学习不够系统
        own_words:          # 用自己的话说这个问题：表现在哪里、影响是什么
        facts:              # 具体事实，每条一句：什么事、什么时间、多少数字（初稿里用“比如”“又如”引出）
          -
        opinions:           # 征求意见中别人对这个问题提的意见（原话或大意）
          -
"""

_TAIL = """\

causes:                     # 产生问题的原因：从理想信念、党性修养、宗旨意识、纪律规矩等方面剖析（整个部分不写：causes: 无）
  - cause:                  # 原因概括，一句话、不带句号，如：理论武装有所放松
    text:                   # 具体剖析：为什么会这样

measures:                   # 整改措施：和上面的问题对应，每条都要能检验（整个部分不写：measures: 无）
  - measure:                # 措施概括，一句话、不带句号，如：持续加强理论武装
    text:                   # 具体做法：做什么、做到什么程度、多长时间一次
    deadline:               # 完成时限，如：2024年6月底前、长期坚持
    steps: []               # 可选：分步骤的做法，每步一句（初稿里编为 1. 2. 3.）
    aspect:                 # 可选：对应方面，这条措施针对哪个方面的问题（框架中的方面名称；初稿里写“针对…方面的问题，”）

# 可选：各部分标题下、第一条之前的开头语（不写则没有），如 causes: 对照上述问题，我认真反思，主要有以下原因：
# openings:
#   problems:
#   causes:
#   measures:

# 可选：各部分的标题（不写则用“对照检视存在的问题”“产生问题的原因剖析”“今后的努力方向和整改措施”）
# headings:
#   causes: 问题产生的原因
# 可选：写成一段“一是…；二是…”的部分（不写则按（一）（二）分条），开头语写在 openings 里，如“究其原因，”
# inline: [causes]

# 可选：其他部分（如上年度整改落实情况、个人有关事项说明），按原样写在整改措施之后
# （before_problems: true 则写在查摆问题之前）：
# extras:
#   - heading: 个人有关事项说明
#     paragraphs:
#       - 本人严格执行领导干部报告个人有关事项制度……
"""


def _yaml_text(value: str) -> str:
    """A scalar as YAML writes it (quoted when it needs to be)."""
    import yaml

    return yaml.safe_dump(value, allow_unicode=True, width=10_000).removesuffix("\n...\n").strip()


def notes_template(fw: Framework, kind: str | None = None) -> str:
    """A notes file for this framework and kind (personal unless a team's): every aspect in order,
    every field explained."""
    from mingjing.draft.notes import is_collective, kind_name

    text = _HEAD.format(
        fw_id=fw.id,
        fw_name=fw.name,
        kind=kind_name(is_collective(kind), fw.meeting),
        meeting=_yaml_text(fw.name),
    )
    text += "".join(_ASPECT.format(name=_yaml_text(a.name)) for a in fw.aspects)
    return text + _TAIL


def notes_as_dict(notes: Notes) -> dict:
    """The notes as plain data, empty fields left out."""

    def pick(obj, keys) -> dict:
        out = {}
        for k in keys:
            v = getattr(obj, k)
            if v not in (None, [], ""):
                out[k] = v
        return out

    data = pick(notes, ("framework", "kind", "meeting", "author", "role", "unit", "date", "closing"))
    preamble = pick(notes.preamble, ("study", "opinions", "talks", "rectification"))
    if preamble:
        data["preamble"] = preamble
    data["aspects"] = [
        {
            "aspect": a.aspect,
            **pick(a, ("heading", "summary")),
            "problems": [pick(p, ("problem", "own_words", "facts", "opinions")) for p in a.problems],
        }
        for a in notes.aspects
    ]
    openings = pick(notes.openings, ("problems", "causes", "measures"))
    if openings:
        data["openings"] = openings
    headings = pick(notes.headings, ("problems", "causes", "measures"))
    if headings:
        data["headings"] = headings
    if notes.inline:
        data["inline"] = notes.inline
    data["causes"] = [pick(c, ("cause", "text")) for c in notes.causes]
    data["measures"] = [pick(m, ("measure", "text", "deadline", "steps", "aspect")) for m in notes.measures]
    for part in notes.parts_left_out:  # the material has no such part: 无, not an empty list (a gap)
        data[part] = LEFT_OUT
    if notes.extras:
        data["extras"] = [pick(e, ("heading", "paragraphs", "before_problems")) for e in notes.extras]
    return data


def dump_notes(notes: Notes, source: str = "", hints: list[str] | None = None) -> str:
    """Notes as a YAML file that `load_notes` reads back to the same notes (hints: comment lines on top)."""
    import yaml

    head = (
        "# 对照检查材料笔记（mingjing draft 用）"
        + (f"，由 {source} 提取" if source else "")
        + "；请核对、补充后再起草。\n"
    )
    head += "".join(f"# 提示：{' '.join(h.splitlines())}\n" for h in hints or [])
    return head + yaml.safe_dump(notes_as_dict(notes), allow_unicode=True, sort_keys=False, width=10_000)
