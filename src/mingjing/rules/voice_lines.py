"""Another kind of text's voice left in the material (R179, round r21).

A 对照检查材料 is written in the first person for the meeting's record; it is often put together from texts of
other kinds, and one line keeps their voice:
- an appraisal's third person (`该同志在工作中与部分养殖大户接触较多`, from a 考察材料 or a 鉴定): `该同志`
  opening a clause with no person named just before it for it to point back to;
- a speech's spoken address (`同志们，下面我代表党组班子作对照检查。`) inside a paragraph or turning to the
  speech (同志们，下面…), left when the speech was turned into the written material (a 发言 or 讲话 by its
  title is quiet: it speaks; a salutation on its own line, 尊敬的各位领导、同志们：, heads many written ones);
- a notice's instruction line (`以上材料请于1月5日前报县委组织部干部监督室。`, `报送要求：`, `字数控制在3000字
  以内`, `联系人：`), pasted with the notice that asked for the material. Only a sentence that opens with the
  instruction is read: the author's own demand on others (我要求各科室于每月5日前报送) opens with its subject."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD
from mingjing.rules.sample_team import team_variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_IN = "一是遇到难题有畏难情绪。"
_TEAM_AT = "全镇17个图斑中有6个没有按期整改。"
_END = "2024年3月底前修订项目招投标内控制度。"

# where a sentence or a clause opens
_CLAUSE = r"(?:(?<=[。；！？\n，：])|(?<=[一二三四五六七八九十]是)|(?<=\d[.、．])|^)"
_APPRAISAL = Prefiltered(re.compile(_CLAUSE + r"(?P<hit>该同志)(?!们)"))
# a person the clause may point back to, named in the text just before it (一名干部…该同志)
_ANTECEDENT = re.compile(
    r"同志(?!们)|[一两\d]名|一位|某|[科股站所队组馆院校局处]长|主任|书记|负责人|干部|职工|员工|老师|医生|护士|人员|党员|学员|学生|群众|村民|居民|对象"
)
_BACK = 60  # characters read back for a person named before 该同志
_ADDRESS = Prefiltered(
    re.compile(
        r"(?P<hit>(?:尊敬的[\u4e00-\u9fff、]{1,14}[，：！]|各位领导、?同志们[，：！]|同志们[，：！]|大家好[，。！])"
        r"(?:下面|现在)?)"
    )
)
_STOPS = "。；！？\n"
_TRANSITION = re.compile(r"(?:下面|现在)$")
_SPOKEN_TITLE = re.compile(r"发言|讲话|致辞|主持词|提纲|讲稿|交流")
# the instruction, found by its words; the sentence must open with it (after 以上材料 at most): read back
_DATE_KEYS = ("请于", "请在", "须于", "须在", "务必于", "务必在", "务请于")
_NOTICE_DATE = re.compile(
    r"(?:请|须|务必|务请)(?:于|在)\s*\d{1,2}月\d{1,2}日(?:\d{1,2}[时点])?(?:前|之前|下班前)"
    r"[^。\n]{0,40}?(?:报送|上报|提交|报|发送|交|送)[^。\n]{0,30}[。]?"
)
_NOTICE_LINE = Prefiltered(
    re.compile(
        r"(?:报送|上报|提交)(?:时间|要求|方式|邮箱|地址)[：:][^\n]*"
        r"|(?:字数|篇幅)(?:一般|原则上)?(?:控制在|不超过|不少于|不宜超过)\s*\d+字?(?:以内|左右)?[。；]?"
        r"|联系人[：:][^\n]*|联系电话[：:][^\n]*"
    )
)
_LEAD = re.compile(r"[ \t\u3000]*(?:以上|上述|本|此)?(?:材料|对照检查材料|发言材料|发言提纲|检视剖析材料)?")


def _quoted(text: str, start: int, at: int) -> bool:
    return text.count("“", start, at) > text.count("”", start, at)


@code_rule(
    "R179",
    "other-text-voice",
    "residue",
    "warning",
    "“{match}”是{kind}的口吻，不是对照检查材料的：疑似由{kind}改写或拼接时留下的，应删去或改为本人的口吻",
    "对照检查材料用第一人称写给会议存档：考察材料里的“该同志”、讲话稿里的“同志们，”、转发通知里的"
    "“请于某月某日前报送”，都是改写或拼接其他文稿时留下的。",
    bad=[
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。[该同志]在征地工作中与部分拆迁户接触较多。"),
        team_variant(_TEAM_AT, _TEAM_AT + "\n[同志们，下面]我代表党委班子作对照检查。"),
        GOOD.replace(_END, _END + "\n[以上材料请于1月5日前报县委组织部干部监督室。]"),
    ],
    good=[
        GOOD,
        GOOD.replace(_END, _END + "\n以上是我的对照检查，请同志们批评指正。"),
        GOOD.replace(
            _IN, "一是遇到难题有畏难情绪。科里一名干部多次迟到，该同志的问题我提醒过，但没有严肃批评。"
        ),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。对统计报表，我要求各科室于每月5日前报送，但督促不够。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。同志们反映我开会讲话时间过长，我虚心接受。"),
        GOOD.replace(
            _IN, "一是遇到难题有畏难情绪。组织在考察中写道“该同志政治立场坚定”，对照起来我还有差距。"
        ),
    ],
)
def other_text_voice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    begin = ctx.outline.title_end
    for m in _APPRAISAL.finditer(text, begin):
        para = text.rfind("\n", 0, m.start()) + 1
        if _quoted(text, para, m.start()) or _ANTECEDENT.search(
            text, max(para, m.start() - _BACK), m.start()
        ):
            continue
        kind = ctx.outline.kind
        fix = "班子" if kind is not None and kind.who in ("班子", "支部") else "我"
        yield rule.finding(text, m.start("hit"), m.end("hit"), (fix,), kind="考察或鉴定材料")
    if not _SPOKEN_TITLE.search(ctx.outline.title):
        for m in _ADDRESS.finditer(text, begin):
            if not re.fullmatch(
                r"[ \t\u3000]*", text[max(text.rfind(c, 0, m.start()) for c in _STOPS) + 1 : m.start()]
            ):
                continue  # 请各位领导、同志们批评: the address opens no sentence
            para = text.rfind("\n", 0, m.start()) + 1
            if _quoted(text, para, m.start()):
                continue
            if not text[para : m.start("hit")].strip() and not _TRANSITION.search(m.group("hit")):
                continue  # a salutation opening its line (尊敬的各位领导、同志们：) heads many written materials
            turn = _TRANSITION.search(m.group("hit"))
            fix = turn.group() + "，" if turn else ""
            yield rule.finding(text, m.start("hit"), m.end("hit"), (fix,), kind="讲话稿")
    notices = list(_NOTICE_LINE.finditer(text, begin))
    for key in _DATE_KEYS:
        at = text.find(key, begin)
        while at >= 0:
            if dated := _NOTICE_DATE.match(text, at):
                notices.append(dated)
            at = text.find(key, at + 1)
    for m in notices:
        start = max(text.rfind(c, 0, m.start()) for c in "。；！？\n") + 1
        lead = _LEAD.match(text, start, m.start())
        if lead is None or lead.end() != m.start():
            continue  # the author's own demand (我要求各科室于每月5日前报送) opens with its subject
        at = start + len(lead.group()) - len(lead.group().lstrip(" \t\u3000"))
        para = text.rfind("\n", 0, m.start()) + 1
        if _quoted(text, para, m.start()) or text[at - 1 : at] in "（(":
            continue  # a note in brackets is R106's
        yield rule.finding(text, at, m.end(), ("",), kind="通知")
