"""An author's notes (notes.yaml): the model and its validation, every mistake with file and line.

The notes hold facts, not prose: who writes (author, role, unit), for which framework and meeting,
the preparation (study, opinions solicited, talks held), per aspect the problems (each a short
name, the author's own words, concrete facts and opinions received), causes, and measures with a
time limit. Empty fields are allowed (they become visible placeholders in the draft); “无” in
unit, role, date, a preamble part or a deadline leaves that part out of the draft on purpose;
wrong shapes, unknown fields or aspects are not.

The same notes arrive as YAML (any encoding a material may have), as the Word form or as the
Excel form (forms.py, form_docx.py, form_xlsx.py): a form is read into the same node tree a YAML file gives, each node
marked with its table and row (or sheet and cell), and validated by the same code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from mingjing.errors import InputError, PackError
from mingjing.frameworks import Framework
from mingjing.read.assemble import normalise_line
from mingjing.yamlnodes import compose_text, fail, is_null, mapping

WHAT = "笔记文件"
TOP_KEYS = {
    "framework",
    "kind",
    "meeting",
    "author",
    "role",
    "unit",
    "date",
    "preamble",
    "aspects",
    "causes",
    "measures",
    "extras",
    "closing",
    "openings",
    "headings",
    "inline",
}
EXTRA_KEYS = {"heading", "paragraphs", "before_problems"}
PREAMBLE_KEYS = {"study", "opinions", "talks", "rectification"}
# the parts whose heading may be followed by an opening sentence (对照上述问题，…主要有以下原因：)
OPENING_KEYS = ("problems", "causes", "measures")
ASPECT_KEYS = {"aspect", "heading", "summary", "problems"}
PROBLEM_KEYS = {"problem", "own_words", "facts", "opinions"}
CAUSE_KEYS = {"cause", "text"}
MEASURE_KEYS = {"measure", "text", "deadline", "steps", "aspect"}
LEFT_OUT = "无"  # a field the author leaves out of the material on purpose (no gap)
LEAVABLE_PARTS = ("causes", "measures")  # parts notes may leave out as a whole (`causes: 无`)
FORM_SUFFIXES = (".docx", ".xlsx")
MAX_NAME = 40  # characters of a problem's, cause's or measure's short name
# text that would break the draft's own structure when it appears inside a short name
NAME_BREAKS = re.compile(r"[。！？!?\n]")
_DATE = re.compile(r"^(\d{4})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})\s*日?$")
_SENTENCE_END = "。！？!?…”"
LEADS_INTO = ("：", ":", "，", ",")  # how words that lead into a part's items end
# a space between two Chinese characters or marks is a line break of the YAML file, not a space
_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


@dataclass
class Problem:
    problem: str | None = None  # short name: 学习不够系统
    own_words: str | None = None  # what the author says about it, in their own words
    facts: list[str] = field(default_factory=list)  # concrete facts: what, when, numbers
    opinions: list[str] = field(default_factory=list)  # opinions received about it (征求意见)


@dataclass
class AspectNotes:
    aspect: str  # the framework aspect's name exactly as in the pack
    problems: list[Problem] = field(default_factory=list)
    summary: str | None = None  # an overall judgement before 一是 (as many materials open an item)
    # the item's heading as the author writes it (带头强化政治忠诚、提高政治能力方面, 在理论学习方面); None:
    # the framework's wording
    heading: str | None = None


@dataclass
class Cause:
    cause: str | None = None
    text: str | None = None


@dataclass
class Measure:
    measure: str | None = None
    text: str | None = None
    deadline: str | None = None  # 2024年6月底前, 长期坚持
    steps: list[str] = field(default_factory=list)
    # the framework aspect whose problems it answers (对应方面, optional): the draft names it
    # (针对…方面的问题，…), as an aspect-major material answers each aspect in its own round
    aspect: str | None = None


@dataclass
class Extra:
    """A part besides problems, causes and measures (上年度整改落实情况, 个人有关事项说明), kept as written."""

    heading: str
    paragraphs: list[str] = field(default_factory=list)
    before_problems: bool = False  # stands before 对照检视存在的问题 (else after the measures)


@dataclass
class Preamble:
    study: str | None = None
    opinions: str | None = None
    talks: str | None = None
    # how last time's problems were rectified (上年度整改落实情况): a part of its own before the
    # problems, which a team's material must have where the pack says so (S150)
    rectification: str | None = None


@dataclass
class Openings:
    """Each part's opening words, under its heading and before its first item, as the author wrote
    them (对照上述问题，班子进行了认真反思，主要有以下原因：); none by default."""

    problems: str | None = None
    causes: str | None = None
    measures: str | None = None


@dataclass
class Headings:
    """Each part's own heading as the author wrote it (问题产生的原因, 整改措施); None: the draft's."""

    problems: str | None = None
    causes: str | None = None
    measures: str | None = None


@dataclass
class Notes:
    framework: str
    meeting: str | None = None
    kind: str | None = None  # who speaks, as the review names it: 个人 | 班子 | 党员 | 支部 (None: personal)
    author: str | None = None
    role: str | None = None
    unit: str | None = None
    date: str | None = None
    preamble: Preamble = field(default_factory=Preamble)
    aspects: list[AspectNotes] = field(default_factory=list)
    causes: list[Cause] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    extras: list[Extra] = field(default_factory=list)
    # parts the material leaves out on purpose (causes, measures): `causes: 无`, or one row 无 in a
    # form; the draft has no such part (the review says it is missing, as for the material itself)
    parts_left_out: list[str] = field(default_factory=list)
    # how the material ends: None drafts the count sentence (对照…个方面，我查摆问题N个…，请同志们批评
    # 指正。) at the end of the preamble; 无 drafts none; any other text is the author's own closing,
    # a paragraph after the last part (draft extract keeps a material's closing so, and 无 for none)
    closing: str | None = None
    openings: Openings = field(default_factory=Openings)
    headings: Headings = field(default_factory=Headings)
    # parts written as one paragraph of inline points (究其原因，一是…；二是…), not as （一）（二） items:
    # the draft writes them so, after their opening words
    inline: list[str] = field(default_factory=list)
    path: str = field(default="", compare=False)

    def aspect(self, name: str) -> AspectNotes | None:
        return next((a for a in self.aspects if a.aspect == name), None)


def left_out(value: str | None) -> bool:
    return value == LEFT_OUT


# what a user may write for the kind → personal (False) or collective (True); the review's four
# names (parse/kind.py) and the usual longer forms
KIND_WORDS = {
    "个人": False,
    "党员": False,
    "党员个人": False,
    "班子": True,
    "领导班子": True,
    "党组": True,
    "党委": True,
    "支部": True,
    "支委会": True,
    "支部委员会": True,
    "党支部": True,
}


def kind_name(collective: bool, meeting: str) -> str:
    """The review's name of a kind in this meeting: 个人/班子 (民主生活会), 党员/支部 (组织生活会)."""
    from mingjing.parse.kind import MEETING_NAMES, PERSON, TEAM

    names = MEETING_NAMES.get(meeting, MEETING_NAMES["民主生活会"])
    return names[TEAM if collective else PERSON]


def is_collective(kind: str | None) -> bool:
    """A team's material (班子, 支部): it speaks as 班子/我们 and names no author."""
    return bool(kind) and KIND_WORDS.get(kind or "", False)


def sentence(text: str) -> str:
    """Text as a sentence: ends with 。 unless it already ends a sentence, also inside a closing bracket
    or quote (（问题出在行动上，根子在思想上。）: a note in brackets that is a sentence of its own)."""
    text = text.strip().rstrip("，,；;、：:")
    if len(text) >= 2 and text[-1] in "）)”’】" and text[-2] in _SENTENCE_END:
        return text
    return text if not text or text[-1] in _SENTENCE_END else text + "。"


def opening(text: str) -> str:
    """A part's opening words as a paragraph: a sentence, or words that lead into the items (…如下：,
    or 究其原因， before the 一是 of a part written inline)."""
    text = text.strip()
    return text if text.endswith(LEADS_INTO) else sentence(text)


def clean_name(text: str) -> str:
    """A short name as it stands in a heading: no closing punctuation."""
    return text.strip().rstrip("。；;，,、：: ")


def strip_marker(text: str, markers: tuple[str, ...] = ("比如", "例如", "譬如", "又如")) -> str:
    """A fact without the 比如 the draft puts in front of it."""
    for m in markers:
        if text.startswith(m):
            return text[len(m) :].lstrip("，,：: ")
    return text


def normalise_date(text: str) -> str | None:
    m = _DATE.match(text.strip())
    if not m:
        return None
    year, month, day = map(int, m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year}年{month}月{day}日"


class _Reader:
    """Walks the YAML nodes of one notes file; every complaint names file and line."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, node, message: str) -> InputError:
        place = getattr(getattr(node, "start_mark", None), "place", None)
        if place:  # a cell of the Word or Excel form
            from mingjing.draft.forms import form_message

            return InputError(form_message(self.path, place, message, WHAT))
        return InputError(str(fail(self.path, node, message, WHAT)))

    def mapping(self, node, allowed: set[str], where: str) -> dict:
        import yaml

        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{where}应为“字段: 内容”的形式")
        try:
            return mapping(self.path, node, allowed, WHAT)
        except PackError as exc:
            raise InputError(str(exc)) from None

    def text(self, node, name: str) -> str | None:
        """A text field; empty is allowed (a placeholder in the draft)."""
        import yaml

        if is_null(node):
            return None
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"{name} 应为一段文字，不是列表或字段")
        value = _CJK_GAP.sub("", normalise_line(str(node.value).replace("\n", " ")))
        return value or None

    def name(self, node, name: str) -> str | None:
        value = self.text(node, name)
        if value is None:
            return None
        if value.rstrip("。.") == LEFT_OUT:
            return LEFT_OUT
        if NAME_BREAKS.search(value.rstrip("。")):
            raise self.fail(node, f"{name} 应是一句不带句号的简短概括（详细内容写在别的字段里）")
        value = clean_name(value)
        if len(value) > MAX_NAME:
            raise self.fail(node, f"{name} 太长（{len(value)} 字），请概括在 {MAX_NAME} 字以内")
        return value or None

    def items(self, node, name: str) -> list:
        import yaml

        if is_null(node):
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{name} 应为列表（每项以“- ”开头）")
        return list(node.value)

    def texts(self, node, name: str, shape=None) -> list[str]:
        out = []
        for child in self.items(node, name):
            value = self.text(child, name)
            if value:
                out.append(shape(value) if shape else value)
        return [v for v in out if v]

    def sentence(self, node, name: str) -> str | None:
        value = self.text(node, name)
        if value is not None and value.rstrip("。.") == LEFT_OUT:
            return LEFT_OUT
        return sentence(value) if value else None


def _aspect_name(reader: _Reader, node, fw: Framework) -> str:
    from mingjing.parse.aspects import strong_aspect

    value = reader.text(node, "aspect")
    if value is None:
        raise reader.fail(node, "aspect 不能为空：写框架中的方面名称")
    if fw.aspect(value):
        return value
    for a in fw.aspects:
        if value in a.aliases or value == a.full:
            return a.name
    guess = strong_aspect(fw, value)
    if guess:
        return guess
    names = "、".join(a.name for a in fw.aspects)
    raise reader.fail(node, f"“{value}”不是框架“{fw.name}”的方面（可用：{names}）")


def _answered_aspect(reader: _Reader, node, fw: Framework) -> str | None:
    """A measure's 对应方面: a framework aspect (its name, an alias or a clear short form); 无 is none."""
    value = reader.text(node, "aspect")
    if value is None or value.rstrip("。.") == LEFT_OUT:
        return None
    return _aspect_name(reader, node, fw)


def _aspect_heading(reader: _Reader, node, name: str, fw: Framework) -> str | None:
    """An aspect's own heading: it must still name the aspect (the review finds the aspect by it)."""
    from mingjing.parse.aspects import strong_aspect
    from mingjing.rules.gaps import names_only_its_aspect

    value = reader.name(node, "heading")
    if value is None or value == LEFT_OUT:
        return None
    if names_only_its_aspect(value, name, fw) or strong_aspect(fw, value) == name:
        return value
    raise reader.fail(
        node, f"heading “{value}”看不出是方面“{name}”：写这个方面的名称（可加“在…方面”），或者不填"
    )


def _problem(reader: _Reader, node) -> Problem | None:
    fields = reader.mapping(node, PROBLEM_KEYS, "每个问题")
    problem = Problem(
        problem=reader.name(fields.get("problem"), "problem"),
        own_words=reader.sentence(fields.get("own_words"), "own_words"),
        facts=reader.texts(fields.get("facts"), "facts", lambda t: clean_name(strip_marker(t))),
        opinions=reader.texts(fields.get("opinions"), "opinions", clean_name),
    )
    if problem == Problem():
        return None  # an untouched template entry
    return problem


def _framework(reader: _Reader, top: dict, root, frameworks: dict[str, Framework]) -> Framework:
    if "framework" not in top:
        raise reader.fail(root, "缺少 framework（框架包 ID，如 zhuti-2023；mingjing frameworks list 可查）")
    fw_id = reader.text(top["framework"], "framework")
    if fw_id is None or fw_id not in frameworks:
        raise reader.fail(
            top["framework"], f"未知的框架 {fw_id or '（空）'}（可用：{'、'.join(sorted(frameworks))}）"
        )
    return frameworks[fw_id]


MAX_NOTES_BYTES = 5 * 1024 * 1024


def _yaml_root(path: Path):
    """The node tree of a YAML notes file in any encoding a text material may have."""
    from mingjing.read.encoding import decode_text

    try:
        data = path.read_bytes()
    except OSError:
        raise InputError(f"{path}：无法读取笔记文件（没有权限或文件正被占用）") from None
    text, _ = decode_text(data, str(path))
    try:
        return compose_text(text.replace("\r\n", "\n").replace("\r", "\n"), path, WHAT, columns=True)
    except PackError as exc:
        raise InputError(str(exc)) from None


def notes_root(path: Path):
    """The node tree of a notes file: YAML, or the Word or Excel form (its nodes carry places)."""
    suffix = path.suffix.lower()
    if suffix in FORM_SUFFIXES:
        from mingjing.draft.forms import form_root

        root = form_root(path)
        if root is not None:
            return root
    if suffix in (".docx", ".doc", ".wps", ".pdf", ".txt", ".md", ".rtf", ".xlsx"):
        raise InputError(
            f"{path}：这是一份材料，不是笔记文件（笔记表 .docx/.xlsx 或 .yaml）；"
            f"要从材料提取笔记，请用 mingjing draft extract {path}"
        )
    return _yaml_root(path)


def _part_shape(reader: _Reader, top: dict, notes: Notes) -> None:
    """The parts' own headings (each must still name its part: the review finds the part by it) and
    the parts written inline."""
    from mingjing.parse.sections import is_merged, section_kind

    if not is_null(top.get("headings")):
        given = reader.mapping(top["headings"], set(OPENING_KEYS), "headings")
        for key in OPENING_KEYS:
            value = reader.name(given.get(key), key)
            if value is None or value == LEFT_OUT:
                continue
            if section_kind(value) != key or is_merged(value):
                raise reader.fail(given[key], f"{key} 的标题“{value}”看不出是这一部分，请改写或者不填")
            setattr(notes.headings, key, value)
    for node in reader.items(top.get("inline"), "inline"):
        value = reader.text(node, "inline")
        if value not in LEAVABLE_PARTS:
            raise reader.fail(node, f"inline 只能列 {'、'.join(LEAVABLE_PARTS)}（不是“{value}”）")
        if value not in notes.inline:
            notes.inline.append(value)
    notes.inline.sort(key=LEAVABLE_PARTS.index)  # in the parts' order, as a form lists them


def _part_items(reader: _Reader, top: dict, key: str, notes: Notes) -> list:
    """The items of causes or measures; none when the part is written as 无 (left out on purpose)."""
    import yaml

    node = top.get(key)
    if isinstance(node, yaml.ScalarNode) and str(node.value).strip().rstrip("。.") == LEFT_OUT:
        notes.parts_left_out.append(key)
        return []
    return reader.items(node, key)


def load_notes(path: str | Path, frameworks: dict[str, Framework]) -> Notes:
    """Read and validate a notes file (InputError naming file and line, or table and row, for
    every mistake)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}：文件不存在")
    if path.is_dir():
        raise InputError(f"{path}：这是一个文件夹，不是笔记文件")
    if not path.is_file():  # a FIFO or device would block or never end (is_file does not open it)
        raise InputError(f"{path}：不是普通文件（管道、设备或套接字），拒绝读取")
    if path.stat().st_size > MAX_NOTES_BYTES:
        raise InputError(f"{path}：笔记文件超过 {MAX_NOTES_BYTES // 1024 // 1024} MB，不像是笔记")
    root = notes_root(path)
    reader = _Reader(path)
    top = reader.mapping(root, TOP_KEYS, "笔记文件顶层")
    fw = _framework(reader, top, root, frameworks)
    notes = Notes(framework=fw.id, path=str(path))
    kind = reader.text(top.get("kind"), "kind")
    if kind is not None and kind not in KIND_WORDS:
        raise reader.fail(
            top["kind"], f"kind “{kind}”不是材料类别（可用：个人、班子；组织生活会写 党员、支部）"
        )
    notes.kind = kind_name(kind is not None and KIND_WORDS[kind], fw.meeting)
    for key in ("meeting", "author", "role", "unit"):
        setattr(notes, key, reader.text(top.get(key), key))
    if notes.meeting == fw.name:
        notes.meeting = None  # the framework's own name is the default
    notes.closing = reader.sentence(top.get("closing"), "closing")
    date = reader.text(top.get("date"), "date")
    if date is not None and date.rstrip("。.") == LEFT_OUT:
        notes.date = LEFT_OUT
    elif date is not None:
        notes.date = normalise_date(date)
        if notes.date is None:
            raise reader.fail(top["date"], f"date “{date}”不是日期，请写成 2024年1月10日 或 2024-01-10")
    if not is_null(top.get("preamble")):
        pre = reader.mapping(top["preamble"], PREAMBLE_KEYS, "preamble")
        notes.preamble = Preamble(**{k: reader.sentence(pre.get(k), k) for k in PREAMBLE_KEYS})
    if not is_null(top.get("openings")):
        given = reader.mapping(top["openings"], set(OPENING_KEYS), "openings")
        for key in OPENING_KEYS:
            value = reader.text(given.get(key), key)
            if value and value.rstrip("。.") != LEFT_OUT:  # 无: no opening, as when empty
                setattr(notes.openings, key, opening(value))
    _part_shape(reader, top, notes)
    seen: dict[str, str] = {}
    for node in reader.items(top.get("aspects"), "aspects"):
        fields = reader.mapping(node, ASPECT_KEYS, "aspects 的每一项")
        if "aspect" not in fields:
            raise reader.fail(node, "缺少 aspect（框架中的方面名称）")
        name = _aspect_name(reader, fields["aspect"], fw)
        if name in seen:
            raise reader.fail(fields["aspect"], f"方面“{name}”重复（{seen[name]}已写过），请合并到一处")
        mark = fields["aspect"].start_mark
        seen[name] = getattr(mark, "place", None) or f"第 {mark.line + 1} 行"
        problems = [
            p for p in (_problem(reader, n) for n in reader.items(fields.get("problems"), "problems")) if p
        ]
        if problems:  # an aspect without problems is a gap in the draft, as if it were not written
            notes.aspects.append(
                AspectNotes(
                    name,
                    problems,
                    reader.sentence(fields.get("summary"), "summary"),
                    _aspect_heading(reader, fields.get("heading"), name, fw),
                )
            )
    for node in _part_items(reader, top, "causes", notes):
        fields = reader.mapping(node, CAUSE_KEYS, "causes 的每一项")
        cause = Cause(reader.name(fields.get("cause"), "cause"), reader.sentence(fields.get("text"), "text"))
        if cause != Cause():
            notes.causes.append(cause)
    for node in _part_items(reader, top, "measures", notes):
        fields = reader.mapping(node, MEASURE_KEYS, "measures 的每一项")
        for step in reader.items(fields.get("steps"), "steps"):
            if re.match(r"\s*[0-9０-９]", str(getattr(step, "value", ""))):
                raise reader.fail(step, "步骤不要以数字开头（会和编号“1.”连在一起），可写成“在3月底前……”")
        measure = Measure(
            reader.name(fields.get("measure"), "measure"),
            reader.sentence(fields.get("text"), "text"),
            reader.name(fields.get("deadline"), "deadline"),
            reader.texts(fields.get("steps"), "steps", sentence),
        )
        if not is_null(fields.get("aspect")) and measure != Measure():
            measure.aspect = _answered_aspect(reader, fields["aspect"], fw)
        if measure != Measure():
            notes.measures.append(measure)
    # one item that is only 无 (a form's row 无): the part is left out, as `causes: 无`
    if [(c.cause, c.text) for c in notes.causes] == [(LEFT_OUT, None)]:
        notes.causes, notes.parts_left_out = [], [*notes.parts_left_out, "causes"]
    if [(m.measure, m.text, m.steps) for m in notes.measures] == [(LEFT_OUT, None, [])]:
        notes.measures, notes.parts_left_out = [], [*notes.parts_left_out, "measures"]
    for node in reader.items(top.get("extras"), "extras"):
        fields = reader.mapping(node, EXTRA_KEYS, "extras 的每一项")
        heading = reader.text(fields.get("heading"), "heading")
        if heading is None:
            raise reader.fail(
                node, "heading 不能为空：写这一部分的标题，如：上年度民主生活会整改措施落实情况"
            )
        before = fields.get("before_problems")
        if before is not None and not is_null(before) and str(before.value).lower() not in ("true", "false"):
            raise reader.fail(before, "before_problems 只能是 true 或 false")
        notes.extras.append(
            Extra(
                clean_name(heading),
                reader.texts(fields.get("paragraphs"), "paragraphs", sentence),
                before is not None and str(before.value).lower() == "true",
            )
        )
    return notes
