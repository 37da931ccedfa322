"""Slips of editing: an organ's name or a word cut short, a verb said again after its quoted object (F148).

- **A department's name without 部**: 市委组织, 县委宣传, 区委统战 where the sentence needs the body
  (市纪委和市委组织就此赴…). 组织 and 宣传 are verbs too (县委组织开展…, 县委组织的读书班), so the name is
  read as cut short only where nothing a verb takes can follow: a joining word to another body (和, 与,
  及, 、 — not to another department's stem: 县委组织和宣传部门), a clause mark, or 就此/赴.
- **接下 for 接下来** before a span of time (在接下近两个小时的发言中, 在接下的三年里) or alone before a
  comma: a verb 接下 takes a thing (接下任务).
- **A verb said again after its quoted object**: 加快建设“四个贺兰”建设 — the verb was kept when the
  wording was turned into a noun phrase closed by the same word (杂糅). The word is a verb or verbal
  noun by jieba's dictionary, the quotation at most twelve characters and in the same clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_STEMS = "组织|宣传|统战|政法"
# what a body does that a verb 组织/宣传 cannot take right after it: a notice, a document (县委组织关于…)
_BODY_ACTS = "就此|赴|关于|通报|印发|下发|发出"
_DEPARTMENT = re.compile(
    rf"(?<=[省市县区州盟旗]委)(?P<stem>{_STEMS})(?=(?P<after>[和与及、]|[，。；,;]|{_BODY_ACTS}))"
)
_FULL = {"政法": "委"}  # 政法委; the others are departments: 组织部, 宣传部, 统战部
# a post title cut short: 支部书汇报 for 支部书记汇报 — 书 after a body, before what its holder does
_TITLE_BODIES = frozenset("支部 总支 党委 党组 纪委 工委 村委 县委 市委 区委 镇委 乡委".split())
_TITLE_NEXT = re.compile(
    r"汇报|主持|讲话|点评|带头|指出|强调|要求|表示|作了|参加|签字|审签|批示|[和与及、，。；,;]"
)
# discourse phrases that stand before a comma, written without their last character (与此同，有一段时，)
_CONNECTIVES = (
    "与此同时",
    "一段时间",
    "长期以来",
    "一直以来",
    "近年以来",
    "总的来说",
    "总而言之",
    "由此可见",
    "除此之外",
    "不仅如此",
    "在此期间",
    "截至目前",
    "众所周知",
    "毋庸置疑",
    "相比之下",
    "与此相反",
)
_CUTS = {c[:-1]: c for c in _CONNECTIVES}
_CUT_MARKS = frozenset("，,：:")
_NEXT_STEM = re.compile(rf"[和与及、](?:{_STEMS}|人事|政法)")
_NUMBER = "[一二两三四五六七八九十几半0-9０-９]"
_CUT_NEXT = re.compile(
    rf"(?<=在)接下(?=(?:的|近|约|将近)?{_NUMBER}|的(?:时间|日子|阶段|工作中))|(?:(?<=^)|(?<=[，。；！？\n]))接下(?=[，,])",
    re.M,
)
_QUOTED = re.compile(r"“[^”“，。；\n]{1,12}”")
_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")


def _is_verb(word: str) -> bool:
    import rjieba

    return bool(rjieba.has_word(word)) and any(t in ("v", "vn") for w, t in rjieba.tag(word) if w == word)


def edit_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, suggestion) of every slip of editing, left to right."""
    found: list[tuple[int, int, str]] = []
    if "委组织" in text or "委宣传" in text or "委统战" in text or "委政法" in text:
        for m in _DEPARTMENT.finditer(text):
            if not _NEXT_STEM.match(text, m.end()):
                full = text[m.start() - 2 : m.end()] + _FULL.get(m.group("stem"), "部")
                found.append((m.start() - 2, m.end(), full))
    at = text.find("书", 2)
    while at >= 0:  # 支部书汇报: 书 after a body, before what its holder does
        if text[at - 2 : at] in _TITLE_BODIES and _TITLE_NEXT.match(text, at + 1):
            found.append((at - 2, at + 1, text[at - 2 : at + 1] + "记"))
        at = text.find("书", at + 1)
    bigrams = cjk_bigram_set(text)  # the document's, shared by the rules: no scan of our own
    for cut, whole in _CUTS.items():  # 与此同，: a discourse phrase without its last character before a comma
        if cut[:2] in bigrams and cut[1:] in bigrams:
            at = text.find(cut)
            while at >= 0:
                if text[at + 3 : at + 4] in _CUT_MARKS:
                    found.append((at, at + 3, whole))
                at = text.find(cut, at + 1)
    if "接下" in text:
        found += [(m.start(), m.end(), "接下来") for m in _CUT_NEXT.finditer(text)]
    at = text.find("“", 2)
    while at >= 0:  # a verb said again after its quoted object: 建设“…”建设
        verb = text[at - 2 : at]
        quoted = _QUOTED.match(text, at)
        if quoted and text.startswith(verb, quoted.end()) and _CJK2.fullmatch(verb) and _is_verb(verb):
            found.append((at - 2, quoted.end() + 2, quoted.group(0) + verb))
        at = text.find("“", at + 1)
    yield from sorted(found)


@code_rule(
    "F148",
    "edit-slip",
    "formulation",
    "warning",
    "“{match}”疑为“{suggestion}”：修改时漏了字或多留了词",
    "改稿时留下的疏漏：部门名称少了“部”字（市纪委和市委组织就此赴…，应为市委组织部）；“接下来”少了"
    "“来”（在接下近两个小时的发言中）；动词宾语改成名词短语后前面的动词没删（加快建设“四个贺兰”建设）。"
    "“组织”“宣传”也是动词，后面跟着动词、宾语或“的”的（县委组织开展、县委组织的读书班）不提示。",
    bad=[
        variant("按照县委要求", "按照县委要求，县纪委和[县委组织]就此到局里调研"),
        variant("亲自上门做工作只有1次", "亲自上门做工作只有1次，在[接下]的两个月里"),
        variant("一是调查研究不够深入", "一是推动[建设“四好农村路”建设]不力，调查研究不够深入"),
        variant("按照县委要求", "按照县委要求，[区委政法]通报了两起案件"),
        variant("按照县委要求", "按照县委要求，[县委组织]关于换届的通知没有及时传达"),
        variant("按照县委要求", "按照县委要求，[支部书]汇报后我没有表态"),
        variant("按照县委要求", "按照县委要求，[与此同]，我没有跟进"),
        variant("按照县委要求", "按照县委要求，有[一段时]，我没有跟进"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，县纪委和县委组织部就此到局里调研，县委组织开展读书班，参加县委组织的培训，"
            "县委组织和宣传部门联合督导，在接下来的两个月里接下任务，推动“四好农村路”建设，"
            "区委政法委通报了案件，支部书记汇报，党委书面通知，与此同时，有一段时间，一段时期里",
        ),
    ],
)
def edit_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, suggestion in edit_slips(ctx.text):
        yield rule.finding(ctx.text, start, end, (suggestion,))
