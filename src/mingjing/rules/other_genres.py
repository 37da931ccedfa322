"""Texts of another genre that say so themselves: a meeting's 主持词, a speech, a 述职报告, a report
on how a meeting or a campaign went (…情况的报告), a work report, summary or plan, a 心得体会, a
notice. They come near the material (the same meetings, the same words) but have none of its parts
by design, so "缺少查摆问题部分" said of them is no finding anyone can act on: the review says once
that the text is of another kind (S100) and proofreads it, and runs no structure check.

Only the text's own naming counts: its title ends with the genre's name (after a page's decoration
such as `（7950字）`, `范文`, `篇1`), or an untitled text opens by announcing a 述职. A title that also
names a material (对照检查, 检视剖析, 发言提纲, 党性分析, 查摆) is a material's, whatever its last
word (…民主生活会对照检查情况报告). 自查报告 is no other genre: members write their material under
that name too (关于…问题的自查报告 with problems, causes and measures).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mingjing.model import Outline

# the genre's name at the end of the title (or of one of its segments), and the noun the review says
_GENRES = (
    (r"主持词|主持稿|主持辞", "主持词"),
    (r"讲话稿?|讲稿|致辞|讲党课|党课讲稿|党课", "讲话稿"),
    (r"述(?:职|责|廉){1,3}(?:评议)?报告", "述职报告"),
    (r"情况的?报告", "情况报告"),
    (r"工作报告|调研报告", "工作报告"),
    (r"工作总结|工作计划|工作要点|工作思路", "工作总结或计划"),
    (r"心得体会|学习体会", "心得体会"),
    (r"通知|通报", "通知"),
)
_GENRE_END = re.compile("|".join(f"(?P<g{k}>(?:{p}))$" for k, (p, _) in enumerate(_GENRES)))
# a page's decoration after the title: （7950字） 【精编5篇】 范文 篇1 五篇 精选 (通用版)
_DECORATION = re.compile(
    r"(?:[（(【\[][^（()）【】\[\]]{0,12}[）)】\]]|范文|精选|通用版|大全|全文|模板"
    r"|篇\s*\d+|第?[一二三四五六七八九十\d]+篇|\s)+$"
)
_SEGMENTS = re.compile(r"[:：|｜—\s]+")
_MATERIAL = re.compile(
    r"对照检查|对照检视|检视剖析|剖析材料|检查材料|发言提纲|党性分析|个人检视|问题检视|查摆"
)
# an untitled 述职报告 announces itself in its first sentences (…现将…述职如下, 做述职报告如下)
_DEBRIEF = re.compile(r"述(?:职|责|廉)[^。！？!?\n]{0,6}如下")
_OPENING = 400  # characters of the opening read for that announcement


def title_genre(title: str) -> str | None:
    """The other genre a title names (述职报告, 主持词 …), or None for a material's title or none."""
    if not title or _MATERIAL.search(title):
        return None
    for segment in _SEGMENTS.split(title):
        m = _GENRE_END.search(_DECORATION.sub("", segment))
        if m is not None:
            return _GENRES[int(next(k for k, v in m.groupdict().items() if v)[1:])][1]
    return None


def other_genre(outline: Outline) -> str | None:
    """Why the text is of another genre, in words for the user, or None when it names none."""
    title = outline.reading().title.strip()
    genre = title_genre(title)
    if genre is not None:
        shown = title if len(title) <= 30 else title[:28] + "……"
        return f"标题“{shown}”表明这是一篇{genre}"
    if title:
        return None
    opening = outline.document.text[:_OPENING]
    if _DEBRIEF.search(opening) and not _MATERIAL.search(opening):
        return "开头写明这是一篇述职报告"
    return None
