"""Who wrote a material: unit, post and name from its signature line or its title.

The common forms: `单位党组书记、局长　张三` (unit and post run together), `单位　职务　姓名`,
`张三（单位党组书记、局长）`, `（单位职务）` under a title that names the author, and a title that
begins with unit, post and name (`某县某局党组成员、副局长李四2024年度民主生活会…`), or with unit
and post alone when the name stands below the title. The post starts
at the first post word (书记, 局长, 党员 …) that follows the end of an organisation's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_POST = (
    r"(?:(?:党组|党委|党工委|党总支|党支部|总支|支部|纪委|纪工委|纪检监察组|监委)?(?:常务)?[副付]?(?:书记|成员|委员|常委|组长)|"
    r"(?:组织|宣传|统战|纪检|武装|政法)委员|(?:预备)?党员|(?:常务|专职)?[副付]?(?:局长|主任|县长|镇长|乡长|市长|区长|部长|厅长|"
    r"处长|科长|所长|院长|校长|馆长|站长|队长|行长|社长|主席|总经理|经理|董事长|总监|总会计师|总工程师|教授|"
    r"主任医师|护士长|调研员|巡视员|秘书长|政委|检察长|庭长|审判员|干事|科员|职员|教师|班主任|会计|主管)|"
    r"[一二三四]级(?:调研员|主任科员|科员)|主任科员|[\u4e00-\u9fff]{2,10}(?:办公室|科|股|室|部|处|中心)(?:副)?(?:主任|科长|股长|部长|处长))"
)
POST = re.compile(_POST)
# a post, possibly several joined by 、 or 兼
POSTS = re.compile(rf"{_POST}(?:[、，,兼]{_POST})*")
_ORG_END = re.compile(
    r"(?:局|委|委员会|办|办公室|部|院|所|中心|镇|乡|街道|社区|村|公司|集团|党委|党组|支部|总支|学院|大学|"
    r"学校|医院|馆|站|队|厅|署|会|行|社|科|室|处|股|团|厂|场|园|机关|法院|检察院|政府|县|市|区|省|分局)$"
)
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_IN_BRACKETS = re.compile(rf"^({_NAME}?)?(?:同志)?\s*[（(【〔［\[]([^（）()【】〔〕［］\[\]]+)[）)】〕］\]]$")
_NAME_ONLY = re.compile(rf"^(?:(?:对照检查人|发言人|检查人|剖析人)[：:]\s*)?({_NAME}?)(?:同志)?$")
_SIGNED = r"(?:对照检查人|发言人|检查人|检视人|剖析人|(?:本人)?(?:签名|签字))"
# a name after a label and a colon (对照检查人：赵国庆, 党员：陶思源, 签名：许静): a signature whoever
# the author is
_LABELLED_NAME = re.compile(rf"^(?:{_SIGNED}|{_POST})[：:]\s*({_NAME}?)(?:同志)?$")
# unit and post before the colon: 某局党组书记、局长：刘海峰
_UNIT_POST_NAME = re.compile(rf"^([^：:\s]{{4,40}})[：:]\s*({_NAME}?)(?:同志)?$")
# a line that names several people by post (a team's material signed by 书记 and 主任): 党委书记：刘海峰
# 镇长：孟凡 — a signature, but of nobody in particular
_POST_AND_NAME = re.compile(rf"(?:{_POST})[：:]?\s*{_NAME}(?=\s|$)")
_NOT_A_NAME = {"签名", "签字", "本人", "同志"}
_CLAUSE_MARK = re.compile(r"[，,；;：:。]")
# a month or a day after the name inside the brackets: （省水利厅党组成员、副厅长 宋明辉 2023年10月）, or on
# the signature line itself (许静　2024年1月10日)
_DATE_AFTER = re.compile(r"\s+\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?$")
# where the meeting's name starts in a title that begins with who wrote it
_MEETING_START = re.compile(r"20\d{2}|主题教育|党纪学习教育|专题|年度|民主生活会|组织生活会")
# a title of the form `who 在 meeting 上的 kind` (…在主题教育专题民主生活会上的发言提纲)
_SPOKEN_AT = re.compile(r"会上的?(?:[\u4e00-\u9fff]{0,8}(?:发言|材料|提纲|稿))?$")


@dataclass
class Signature:
    unit: str | None = None
    post: str | None = None
    name: str | None = None


def is_org(text: str) -> bool:
    """Text that ends as an organisation's name does (局, 党委, 支部 …)."""
    return bool(_ORG_END.search(text))


def is_person_name(text: str) -> bool:
    """Two to four characters that are neither an organisation's name nor a post."""
    return bool(re.fullmatch(_NAME, text)) and not is_org(text) and not POST.search(text)


def split_post(text: str) -> tuple[str | None, str | None]:
    """`单位党组书记、局长` → (单位, 党组书记、局长); a text without a post is all unit."""
    text = text.strip()
    fallback = None
    for m in POST.finditer(text):
        rest = POSTS.match(text, m.start())
        if rest is None or rest.end() != len(text):
            continue
        unit = text[: m.start()].strip()
        if not unit:
            return None, text
        if _ORG_END.search(unit):
            return unit, text[m.start() :]
        fallback = fallback or (unit, text[m.start() :])
    return fallback or (text or None, None)


def split_signature(line: str, author: str | None = None) -> Signature | None:
    """The signature line's parts, or None when the line is not a signature."""
    line = line.strip()
    if not line or len(line) > 60 or re.search(r"[。；;！？]", line):
        return None
    line = _DATE_AFTER.sub("", line).strip()  # 许静　2024年1月10日: the date is no part of the name
    if len(_POST_AND_NAME.findall(line)) > 1:  # 党委书记：刘海峰　镇长：孟凡 — several people
        return Signature()
    m = _IN_BRACKETS.match(line)
    if m:
        inner = _DATE_AFTER.sub("", m.group(2)).strip()
        if inner in _NOT_A_NAME and m.group(1):  # 许静（签名）
            return Signature(name=m.group(1))
        if not m.group(1) and len(inner.split()) > 1:  # （单位职务 姓名）: the line inside the brackets
            inside = split_signature(inner, author)
            if inside is not None and inside.name:
                return inside
        unit, post = split_post(inner)
        if not (post or m.group(1)) and line[len(m.group(1) or "") :].lstrip()[0] not in "（(":
            return None  # 【存在问题】: a heading in brackets, not who wrote the material
        if not (post or m.group(1)) and (not unit or not is_org(unit) or _CLAUSE_MARK.search(unit)):
            return None  # （2023年8月，供会议发言用）: a note under the title, no unit
        return Signature(unit, post, m.group(1) or None)
    parts = line.split()
    if len(parts) == 1:
        labelled = _LABELLED_NAME.match(line)
        if labelled:
            return Signature(name=labelled.group(1))
        with_post = _UNIT_POST_NAME.match(line)
        if with_post:  # 某局党组书记、局长：刘海峰
            unit, post = split_post(with_post.group(1))
            if unit and post and is_org(unit):
                return Signature(unit, post, with_post.group(2))
        only = _NAME_ONLY.match(line)
        if only and (author is None or only.group(1) == author):
            return Signature(name=only.group(1))
        unit, post = split_post(line)
        return Signature(unit, post) if post and author else None
    if len(parts) > 4:
        return None
    if re.fullmatch(_NAME, parts[0]) and (parts[0] == author or not re.fullmatch(_NAME, parts[-1])):
        name, rest = parts[0], parts[1:]  # name first
    elif re.fullmatch(_NAME, parts[-1]):
        name, rest = parts[-1], parts[:-1]
    else:
        return None
    if len(rest) == 3:  # 单位 部门 职务 姓名: the unit keeps its department, as the line wrote it
        return Signature("\u3000".join(rest[:2]), rest[2], name)
    if len(rest) == 2:
        return Signature(rest[0], rest[1], name)
    unit, post = split_post(rest[0])
    return Signature(unit, post, name)


def signature_in_title(title: str) -> tuple[Signature, str] | None:
    """A title that begins with unit, post and name (or unit and post, or the unit alone): those and
    the rest of the title. In a title of a speech (`who 在 whose meeting 上的发言提纲`) the words
    between 在 and the meeting name the body that holds it (副县长吴振华在县政府党组2025年度…): the
    author's unit where the words before 在 name none."""
    m = _MEETING_START.search(title)
    if m is None or m.start() < 6:
        return None
    head, rest = title[: m.start()], title[m.start() :]
    owner = ""
    if _SPOKEN_AT.search(rest) and "在" in head:  # 在 is no part of a name
        head, _, owner = head.rpartition("在")
        owner = owner if is_org(owner) and not re.search(r"[\s，,、（(]", owner) else ""
    head = head.removesuffix("同志")
    for post in POSTS.finditer(head):
        name = head[post.end() :]
        if re.fullmatch(_NAME, name) and not POST.search(name):
            unit = head[: post.start()].strip() or owner or None
            return Signature(unit, post.group(), name), rest
    if owner and is_person_name(head):  # 张三在某局党组2024年度民主生活会上的发言
        return Signature(owner, None, head), rest
    # unit and post only (the name on a line below the title): 某局第二分局党员2024年…材料
    unit, post_only = split_post(head)
    if unit and post_only and _ORG_END.search(unit):
        return Signature(unit, post_only), rest
    # the unit alone (post and name on the line below): 某县供电公司营销部党支部2024年…个人对照检查材料
    if unit and not post_only and _ORG_END.search(unit) and not re.search(r"[\s，,、（(]", unit):
        return Signature(unit), rest
    return None
