"""What the Word and Excel notes forms share: their labels and instructions, and the node tree a
filled form is read into — the same tree a YAML notes file gives, each node marked with its place
(table and row, or sheet and cell), so that notes.py validates all three formats alike."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mingjing.errors import InputError

# (notes key, label in the form, hint)
BASIC = [
    ("framework", "框架", "不要改：mingjing 按这个框架的方面和顺序成稿"),
    ("meeting", "会议名称", "写进标题；不写则用框架名称"),
    ("author", "姓名", "如：王建国"),
    ("role", "职务", "如：党组书记、局长；写“无”则不写"),
    ("unit", "单位", "如：宁川县交通运输局；写“无”则不写"),
    ("date", "日期", "如：2024年1月10日；写“无”则不写"),
    (
        "kind",
        "材料类别",
        "个人 或 班子（组织生活会写 党员 或 支部）；班子材料用“班子”“我们”的口吻，不写姓名、职务",
    ),
    (
        "closing",
        "结尾",
        "可不填：不填则按条数写“对照…个方面，我查摆问题N个……请同志们批评指正”；写“无”则不写；也可写自己的结尾语（放在材料最后）",
    ),
]
PREAMBLE = [
    ("study", "学习情况", "读了哪些原著、参加几次集中学习、写了几篇体会"),
    ("opinions", "征求意见", "用什么方式、向哪些人征求、收到多少条涉及本人的意见"),
    ("talks", "谈心谈话", "和哪些人谈、共多少人次"),
    (
        "rectification",
        "上年度整改落实情况",
        "班子材料必写：上次查摆的问题整改了多少、还有哪些在整改（单列一部分，放在查摆问题之前）；个人材料可不填",
    ),
]
# each part's opening words under its heading, before its first item (optional)
OPENINGS = [
    (
        "problems",
        "查摆问题部分的开头语",
        "可不填：写在“对照检视存在的问题”标题下、第一个方面之前，如：对照……，主要存在以下问题：",
    ),
    (
        "causes",
        "原因剖析部分的开头语",
        "可不填：写在原因剖析标题下、第一条原因之前，如：对照上述问题，主要有以下原因：",
    ),
    ("measures", "整改措施部分的开头语", "可不填：写在整改措施标题下、第一条措施之前"),
]
# each part's own heading, and whether causes or measures are written as one paragraph (optional)
HEADINGS = [
    ("problems", "查摆问题部分的标题", "可不填：材料里这一部分自己的标题；不填则用通用的标题"),
    ("causes", "原因剖析部分的标题", "可不填：如“问题产生的原因”，须看得出是原因剖析；不填则用通用的标题"),
    ("measures", "整改措施部分的标题", "可不填：如“整改措施”，须看得出是整改措施；不填则用通用的标题"),
]
INLINE_YES, INLINE_NO = "是", ("否", "无", "不")
INLINE = [
    (
        "inline_causes",
        "原因剖析一段写成（inline）",
        "可不填：写“是”，初稿把各条原因写成一段（究其原因，一是……；二是……），不分（一）（二）条",
    ),
    (
        "inline_measures",
        "整改措施一段写成（inline）",
        "可不填：写“是”，初稿把各条措施写成一段（下一步，一是……；二是……）；有分步做法时仍分条写",
    ),
]
SUMMARY = ("summary", "总体情况", "可不填：本方面的总体评价，放在“一是”之前")
HEADING = ("heading", "本方面标题", "可不填：本方面在材料里的标题写法，如“在…方面”；不填则用框架的写法")
PROBLEM = [
    ("problem", "问题概括", "一句话、不带句号，如：学习不够系统（每个问题从这一行开始）"),
    ("own_words", "自己的话", "用自己的话说这个问题：表现在哪里、影响是什么"),
    ("facts", "具体事实", "每条一行（格子里按回车换行）：什么事、什么时间、多少数字"),
    ("opinions", "征求到的意见", "别人对这个问题提的意见，每条一行"),
]
CAUSE = [("cause", "原因概括", ""), ("text", "具体剖析", "")]
MEASURE = [
    ("measure", "措施概括", ""),
    ("text", "具体做法", ""),
    ("deadline", "完成时限", ""),
    ("steps", "分步做法（每行一步，可不填）", ""),
    ("aspect", "对应方面（可不填）", ""),
]
# columns a form made before them may lack (read when present)
OPTIONAL_COLUMNS = {"aspect", "heading"}
LISTS = {"facts", "opinions", "steps"}  # one entry per line of the cell
PROBLEMS_PER_ASPECT = 2  # empty problem blocks in a new form
CAUSE_ROWS, MEASURE_ROWS = 4, 5
BASIC_TABLE, PREAMBLE_TABLE, ASPECT_PREFIX = "基本信息", "会前准备", "方面："
OPENINGS_TABLE = "各部分开头语"
HEADINGS_TABLE = "各部分标题"
# the labels of the fields by notes key, for messages about a form
LABELS = {key: label for key, label, _ in BASIC + PREAMBLE + [HEADING, SUMMARY] + PROBLEM + CAUSE + MEASURE}
LABELS |= {
    "aspect": "方面",
    "aspects": "查摆问题",
    "causes": "原因剖析",
    "measures": "整改措施",
    "text": "具体内容",
    "steps": "分步做法",
    "headings": HEADINGS_TABLE,
    "inline": "一段写成",
}

INSTRUCTIONS = [
    (
        "用法：在“填写内容”一栏里填写，保存后运行  mingjing draft 本文件 --output 材料.docx，"
        "或在网页的“起草”页上传本文件。Word、WPS 都可以编辑和保存（请保存为 .docx 格式）。"
    ),
    "只写事实，不写套话：mingjing 按框架的顺序和公文格式成稿，并当场审阅。",
    "没填的格子在初稿里显示为“【待补充：……】”，审阅会标出来；单位、职务、日期、会前准备各项、完成时限写“无”，表示材料里不写这一项。",
    "具体事实、征求到的意见、分步做法：每条占一行（在格子里按回车换行）。",
    "一个方面要写更多问题：复制“问题概括”到“征求到的意见”这四行，粘贴在表格下面；原因、措施不够时在表格末尾添加行。",
    "材料不写原因剖析（或整改措施）这一整个部分时，在那张表第一行的“原因概括”（“措施概括”）里只写“无”。",
    "整改措施的“对应方面”可不填；填上框架的方面名称，初稿里这条措施写作“针对……方面的问题，……”。",
    "表“各部分开头语”可不填：填了，初稿里写在那一部分的标题下、第一条之前。",
    "最后一张表“各部分标题”可不填：标题填了，初稿用它作那一部分的标题；“一段写成”写“是”，那一部分写成一段。",
    "请不要修改第一列的项目名称和各表格的第一行，也不要删除表格。",
]
EXCEL_INSTRUCTIONS = [
    (
        "用法：在各工作表里填写，保存后运行  mingjing draft 本文件 --output 材料.docx，或在网页的“起草”页上传本文件。"
        "Excel、WPS 都可以编辑和保存（请保存为 .xlsx 格式）。"
    ),
    "只写事实，不写套话：mingjing 按框架的顺序和公文格式成稿，并当场审阅。",
    "没填的格子在初稿里显示为“【待补充：……】”，审阅会标出来；单位、职务、日期、会前准备各项、完成时限写“无”，表示材料里不写这一项。",
    "“查摆问题”表每行一个问题，“方面”一栏从下拉列表中选；同一方面可以写多行。",
    "具体事实、征求到的意见、分步做法：每条占一行（在格子里按 Alt+回车 换行）。",
    "材料不写原因剖析（或整改措施）这一整个部分时，在那张表第一行的“原因概括”（“措施概括”）里只写“无”。",
    "整改措施的“对应方面”可不填，从下拉列表中选；选了，初稿里这条措施写作“针对……方面的问题，……”。",
    (
        "“基本信息”表最后八行可不填：各部分的开头语（写在那一部分的标题下、第一条之前）、各部分的标题，"
        "以及原因剖析、整改措施是否一段写成（写“是”）。"
    ),
    "请不要修改各表的第一行（表头）和“基本信息”表的第一列，也不要删除或改名工作表。",
]


class FormMistake(Exception):
    """A mistake at a place of a form (the reader adds the file's name)."""

    def __init__(self, place: str, message: str):
        super().__init__(message)
        self.place, self.message = place, message


def form_message(path: Path | str, place: str, message: str, what: str = "笔记文件") -> str:
    """`笔记.docx（第3个表格“方面：理论学习”第4行“具体事实”）：笔记文件填写有误：…`; a field's YAML
    name at the start of the message is given as the form's label."""
    message = re.sub(r"^([a-z_]+) ", lambda m: LABELS.get(m.group(1), m.group(1)) + " ", message)
    return f"{path}（{place}）：{what}填写有误：{message}"


@dataclass
class Place:
    """Where a value stands in a form; `line` keeps yamlnodes' interface."""

    place: str
    line: int = 0


def _node(cls, tag: str, value, place: str):
    mark = Place(place)
    return cls(tag, value, mark, mark)


def scalar(value: str | None, place: str):
    import yaml

    value = (value or "").strip()
    tag = "tag:yaml.org,2002:str" if value else "tag:yaml.org,2002:null"
    return _node(yaml.ScalarNode, tag, value, place)


_LIST_LABEL = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳]|[-•·]\s)\s*")


def lines_of(value: str | None) -> list[str]:
    """A cell with one entry per line: the entries, without numbering a user may type (1. 2.)."""
    out = []
    for line in (value or "").splitlines():
        line = _LIST_LABEL.sub("", line).strip()
        if line:
            out.append(line)
    return out


def sequence(values: list[str], place: str):
    import yaml

    return _node(yaml.SequenceNode, "tag:yaml.org,2002:seq", [scalar(v, place) for v in values], place)


def mapping(pairs: list[tuple[str, object]], place: str):
    import yaml

    return _node(yaml.MappingNode, "tag:yaml.org,2002:map", [(scalar(k, place), v) for k, v in pairs], place)


def field_node(key: str, value: str | None, place: str):
    return sequence(lines_of(value), place) if key in LISTS else scalar(value, place)


def framework_id(text: str | None) -> str | None:
    """`zhuti-2023（2023年主题教育专题民主生活会）` → zhuti-2023."""
    return re.split(r"[（(\s]", (text or "").strip(), maxsplit=1)[0] or None


def framework_cell(fw) -> str:
    return f"{fw.id}（{fw.name}）"


def basic_value(notes, fw, key: str) -> str:
    """What a new or extracted form shows in a 基本信息 row."""
    if key == "framework":
        return framework_cell(fw)
    if key == "meeting":
        return notes.meeting or fw.name
    if key == "kind":
        from mingjing.draft.notes import is_collective, kind_name

        return kind_name(is_collective(notes.kind), fw.meeting)
    return getattr(notes, key) or ""


def form_root(path: Path):
    """The node tree of a filled Word or Excel form; None for a .docx that is not a form (a material)."""
    from mingjing.read.docx import check_archive, check_zip
    from mingjing.read.limits import Limits

    try:
        data = path.read_bytes()
    except OSError:
        raise InputError(f"{path}：无法读取笔记表（没有权限或文件正被占用）") from None
    if path.suffix.lower() == ".xlsx":
        names = {i.filename for i in check_archive(data, str(path), Limits(), ".xlsx")}
        if "xl/workbook.xml" not in names:
            raise InputError(f"{path}：这不是 Excel 工作簿（.xlsx），请用 Excel 或 WPS 另存为 .xlsx 后重试")
    else:
        check_zip(data, str(path), Limits())
    if path.suffix.lower() == ".xlsx":
        from mingjing.draft.form_xlsx import xlsx_form_root as read
    else:
        from mingjing.draft.form_docx import docx_form_root as read
    try:
        return read(data, path)
    except FormMistake as exc:
        raise InputError(form_message(path, exc.place, exc.message)) from None


def shape_value(notes, key: str) -> str:
    """What a form shows in a 各部分标题 row: the part's own heading, or 是 for a part written inline."""
    if key.startswith("inline_"):
        return INLINE_YES if key.removeprefix("inline_") in notes.inline else ""
    return getattr(notes.headings, key) or ""


def shape_nodes(rows: list[tuple[str, str, str]], where: str) -> list[tuple[str, object]]:
    """The `headings` and `inline` nodes of the 各部分标题 rows, given as (key, value, place)."""
    import yaml

    headings, inline = [], []
    for key, value, place in rows:
        if not key.startswith("inline_"):
            headings.append((key, scalar(value, place)))
        elif value.strip().rstrip("。.") == INLINE_YES:
            inline.append(scalar(key.removeprefix("inline_"), place))
        elif value.strip() and value.strip().rstrip("。.") not in INLINE_NO:
            raise FormMistake(place, f"“{value.strip()}”：这一项写“{INLINE_YES}”或者不填")
    seq = _node(yaml.SequenceNode, "tag:yaml.org,2002:seq", inline, where)
    return [("headings", mapping(headings, where)), ("inline", seq)]


def part_rows(notes, key: str) -> list:
    """The causes or measures a form shows: a part left out is one row 无 (read back as left out)."""
    from mingjing.draft.notes import LEFT_OUT, Cause, Measure

    if key in notes.parts_left_out:
        return [Cause(LEFT_OUT) if key == "causes" else Measure(LEFT_OUT)]
    return list(getattr(notes, key))
