"""What a fill-in template leaves when it is not filled in (round r22, docs/review-real-errors.md):

- **A field of the template left in brackets, undecided or named as a template** (R184): `执飞【航班号】航班时`,
  `在［会议名称］上` — a template names the value to be written in its bracket (【姓名】【单位】【车次】【具体事例】:
  data/template_fields.tsv, several hundred field names of persons, units, places, times, counts, trades'
  numbers and documents, each also after 具体/实际/本人/所在/填写); `完成时限：（待定）`, `责任人：待定` — the value
  is left undecided where a plan's field asks for it; `对照检查材料（参考模板）`, `（范本）` — the template's own
  word in brackets. A bracket that opens its line and is followed by text is a label with its value
  (【时间】2024年3月), one before 栏目/专栏/平台… or inside 《》 is a name (【政策解读】栏目), and a bracketed word
  that is no field (【案例】, 【学习强国】) stays quiet.
- **A sentence pasted again right after itself** (R185): `二是对下属单位监督偏松，…问题5个。对下属单位监督偏松，
  …问题5个。` — the second copy repeats the first after the first's list marker or opening words (a whole
  sentence said twice within a line is T113's); a paragraph repeated whole on the next line; a sentence kept
  before its own longer rewrite (`…监督偏松。…监督偏松，县中心被指出问题5个。`). Ten characters at least.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "template_fields.tsv"
# what a field's name may open with (【具体事例】, 【实际人数】, 【本人职务】, 【填写航班号】)
_FIELD_HEADS = ("具体", "实际", "本人", "所在", "填写", "填入", "输入", "请填写", "请输入", "某")


@lru_cache(maxsize=1)
def fields() -> dict[str, str]:
    """Field name → its kind (person, unit, place, time, number, trade, doc, example)."""
    out: dict[str, str] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, kind = line.split("\t")
            out[name] = kind
    return out


def field_name(inner: str) -> str | None:
    """The field the bracket's content names (航班号 for 航班号, 具体事例 for 具体事例, 村名 for 填写村名), or None."""
    inner = inner.strip(" \t　")
    table = fields()
    if inner in table:
        return inner
    for head in _FIELD_HEADS:
        if inner.startswith(head) and inner[len(head) :] in table:
            return inner[len(head) :]
    if _NAMED_FIELD.fullmatch(inner):
        return inner  # whose name or number is wanted (来访人姓名, 合作社名称, 检测报告编号)
    return None


# brackets a template's field stands in; round brackets only for a field that is a name or number of record
_FIELD_BRACKET = re.compile(
    r"【([^【】\n]{1,12})】|［([^［］\n]{1,12})］|\[([^\[\]\n]{1,12})\]|〖([^〖〗\n]{1,12})〗|｛([^｛｝\n]{1,12})｝|\{([^{}\n]{1,12})\}"
)
_ROUND_FIELD = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")
_RECORD_FIELD = re.compile(r"(?:号|号码|编号|姓名|车次|航班号)$")
# a name, not a slot: a column, program or platform named in brackets
_NAME_AFTER = re.compile(
    r"\s*(?:栏目|专栏|平台|板块|版块|频道|小程序|公众号|[Aa][Pp][Pp]|客户端|专题|模块|系列|品牌|活动|行动)"
)
_LABEL_START = re.compile(r"(?<![^\n])[ \t　]*$")
_NAMED_FIELD = re.compile(r"[\u4e00-\u9fff]{1,6}(?:姓名|名称|全称|编号|号码)")
_VALUE_AFTER = re.compile(r"[ \t　:：]*[0-9０-９]")
_SENTENCE_GOES_ON = re.compile(r"[ \t　]*[\u4e00-\u9fff0-9０-９A-Za-z“《]")
# a slot that opens its line goes on with the sentence (【时间】，我带队检查…)
_SLOT_AFTER = re.compile(r"[，,、]")
# the value left undecided where a plan's field asks for it (完成时限：（待定）, 责任人：待定)
_UNDECIDED = re.compile(
    r"[（(【\[［]\s*(?:待定|未定|另定|待商定|待明确|待研究确定|[Tt][Bb][Dd])\s*[）)】\]］]"
    r"|[：:]\s*(?P<bare>待定|未定|另定|待商定|待明确|待填|待补|暂定|[Tt][Bb][Dd])(?=\s*(?:$|[\n。；;，,）)】\]］]))"
)
_PLAN_FIELD = re.compile(
    r"(?:时限|时间|期限|日期|责任人|负责人|领导|单位|部门|科室|股室|处室|责任|措施|目标|成效)\s*[：:]\s*[（(【\[［]?\s*$"
)
# the template's own word in brackets (（参考模板）, （范本）, 【样稿】), or opening a line (参考模板：)
_TEMPLATE_WORD = re.compile(
    r"[（(【\[［]\s*(?:(?:参考|通用|标准|示范|套用|推荐|空白)?(?:模板|模版|范本|样稿|样例|范例|例文|示例|参考稿|参考文本|参考格式|参考样式)"
    r"(?:参考|文本|格式|稿)?|参考|供参考|仅作参考|参考用|参考范文|范文参考|格式参考|写法参考)\s*[）)】\]］]"
    r"|(?m:^)[ \t　]*(?:参考模板|参考范本|模板|模版|范本|样稿)[一二三四五六七八九十0-9]?\s*[：:]"
)


# a title that ends on the template's word (个人对照检查材料模板, 发言提纲范文): none ends so but a template's
_TITLE_TEMPLATE = re.compile(r"(?:参考)?(?:模板|模版|范本|样稿|范文|参考稿)\s*$")
_UNDECIDED_SAYS = "是没有定下来的内容，整改时限、责任人等应写明"


def _in_book_title(text: str, at: int) -> bool:
    opened = text.rfind("《", max(0, at - 40), at)
    return opened >= 0 and text.find("》", opened, at) < 0


def _prompt(name: str) -> str:
    return f"（写明{name}）"


def template_leftovers(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, what, suggestion) of each field left in brackets, value left undecided and template
    word; what says which of the three it is."""
    for m in _FIELD_BRACKET.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        name = field_name(inner)
        if name is None or _in_book_title(text, m.start()) or _NAME_AFTER.match(text, m.end()):
            continue
        if _LABEL_START.search(text, max(0, m.start() - 4), m.start()) and not _SLOT_AFTER.match(
            text, m.end()
        ):
            continue  # a heading, or a label that opens its line with its value after it (【时间】2024年3月)
        if _VALUE_AFTER.match(text, m.end()):
            continue  # a label with its value after it, wherever it stands (【时间】2024年12月20日)
        if fields().get(name) == "example" and _SENTENCE_GOES_ON.match(text, m.end()):
            continue  # an example stands for a sentence: text after it makes the bracket a heading (【典型案例】去年…)
        yield m.start(), m.end(), f"是模板里待填写的栏目（{name}），没有换成实际内容", _prompt(name)
    for m in _ROUND_FIELD.finditer(text):
        name = field_name(m.group(1))
        if name is None or not _RECORD_FIELD.search(name) or _in_book_title(text, m.start()):
            continue
        if re.search(r"[0-9A-Za-z]", text[max(0, m.start() - 1) : m.start()]):
            continue  # the kind of a number written before it (CA1234（航班号）)
        yield m.start(), m.end(), f"是模板里待填写的栏目（{name}），没有换成实际内容", _prompt(name)
    for m in _UNDECIDED.finditer(text):
        if m.group("bare") is None:
            yield m.start(), m.end(), _UNDECIDED_SAYS, ""
        elif _PLAN_FIELD.search(text, max(0, m.start() - 12), m.start() + 1):
            yield m.start("bare"), m.end("bare"), _UNDECIDED_SAYS, ""
    for m in _TEMPLATE_WORD.finditer(text):
        if _in_book_title(text, m.start()):
            continue
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t　"))
        yield start, m.end(), "是所套用模板的说明文字，应删去", ""


@code_rule(
    "R184",
    "template-field-left",
    "residue",
    "error",
    "“{match}”{what}（材料没有改完）",
    "套用模板写材料时，模板用方括号标出要填的栏目（【姓名】【单位】【航班号】【具体事例】），整改清单里的"
    "“完成时限：（待定）”等着定下来再填，标题后的“（参考模板）”是模板自己的说明；留到提交的稿子里，说明材料"
    "没有改完。独占一行后面跟着内容的方括号是小标题（【时间】2024年3月），栏目、平台的名称（【政策解读】栏目）"
    "和不是栏目名的方括号（【案例】）不提示。",
    bad=[
        variant("我两天后才安排核查。", "我在[【乡镇名称】]调研时才安排核查。"),
        variant("亲自上门做工作只有1次。", "亲自上门做工作只有1次，驾驶[【车牌号】]外出时未填写派车单。"),
        GOOD.replace(
            "王建国2023年度主题教育专题民主生活会个人对照检查材料\n",
            "王建国2023年度主题教育专题民主生活会个人对照检查材料[范文]\n",
        ),
        GOOD.replace(
            "王建国2023年度主题教育专题民主生活会个人对照检查材料",
            "王建国2023年度主题教育专题民主生活会个人对照检查材料[（参考模板）]",
        ),
        variant("2024年6月底前精读原著全部篇目，", "精读原著全部篇目（完成时限：[（待定）]），"),
        variant(
            "建立道路安全隐患台账并逐项销号。",
            "建立道路安全隐患台账并逐项销号。责任人：王建国；完成时限：[待定]。",
        ),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，并在【政策解读】栏目作了回应。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。【案例】某镇干部违规收受礼金被处分。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对待定事项没有及时跟踪。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，参照省里的模板制定了应急预案。"),
        GOOD + "\n【时间】2024年1月15日",
    ],
)
def template_field_left(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, what, suggestion in template_leftovers(ctx.text):
        yield rule.finding(ctx.text, start, end, (suggestion,), what=what)
    o = ctx.outline
    m = _TITLE_TEMPLATE.search(ctx.text, o.title_start, o.title_end)
    if m and m.start() > o.title_start:
        yield rule.finding(ctx.text, m.start(), m.end(), ("",), what="是所套用模板的说明文字，应删去")


_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_REPEAT_MIN = 10  # Chinese characters the repeated copy holds
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _han(s: str) -> int:
    return len(_HAN.findall(s))


def pasted_repeats(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each copy to delete: a sentence that repeats the tail of the one before it (after
    its list marker or opening words), a line repeated whole on the next line, a sentence kept before its
    own longer rewrite."""
    previous: tuple[int, int, str] | None = None
    for m in _SENTENCE.finditer(text):
        body = m.group()
        start, end = m.start(), m.end()
        if body[0] in " \t　" or body[-1] in " \t　":
            stripped = body.strip(" \t　")
            if not stripped:
                continue
            start += body.index(stripped[0])
            end = start + len(stripped)
            body = stripped
        if previous is not None:
            p_start, p_end, p_body = previous
            if p_end == start or not text[p_end:start].strip():
                newline = p_end != start and "\n" in text[p_end:start]
                if p_body.endswith(body) and (p_body != body or newline):
                    if _han(body) >= _REPEAT_MIN:
                        yield start, end
                elif (
                    not newline
                    and p_body[-1] in "。！？!?"
                    and body.startswith(p_body[:-1] + "，")
                    and _han(p_body) >= _REPEAT_MIN
                ):
                    yield p_start, start
        previous = (start, end, body)
    yield from _paragraphs_pasted_twice(text)


_LINE = re.compile(r"[^\n]+")
_ENDS = re.compile(r"[。！？!?](?!$)")


def _paragraphs_pasted_twice(text: str) -> Iterator[tuple[int, int]]:
    """A paragraph of two sentences or more repeated whole as the next paragraph (one of one sentence is
    the sentences' case)."""
    if len(text) < 2 * _REPEAT_MIN:
        return
    previous = ""
    for m in _LINE.finditer(text):
        line = m.group().strip(" \t　")
        if not line:
            continue
        if line == previous and _ENDS.search(line) and _han(line) >= _REPEAT_MIN:
            yield m.start() + m.group().index(line[0]), m.start() + m.group().index(line[0]) + len(line)
        previous = line


@code_rule(
    "R185",
    "sentence-pasted-twice",
    "residue",
    "error",
    "“{match}”与前一句重复，疑为编辑时粘贴了两遍，应删去一份",
    "改稿时复制粘贴，同一句话连着出现两次（前一句带着“二是”等序号或开头几个字，后一句只是它的重复），或者新写的"
    "长句前还留着旧的短句，都是没有清理的编辑痕迹。十个字以上才提示；同一行内完全相同的两句由 T113 提示。",
    bad=[
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。二是对下属单位监督偏松，两家单位被指出报销手续不全。[对下属单位监督偏松，两家单位被指出报销手续不全。]",
        ),
        variant(
            "我对关键技术问题心中无数。",
            "我对关键技术问题心中无数。[对平台建设进度督促不够有力。]对平台建设进度督促不够有力，建设滞后计划2个月。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。", "我两天后才安排核查。学习不够深入。学习不够深入的原因在于思想上重视不够。"
        ),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。要把群众满意作为标准，把群众满意作为检验工作的尺子。",
        ),
    ],
)
def sentence_pasted_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end in pasted_repeats(ctx.text):
        yield rule.finding(ctx.text, start, end, ("",))
