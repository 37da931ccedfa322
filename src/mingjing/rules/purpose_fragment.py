"""Sentences that are only half a sentence (P147, F151).

P147: a full stop that cuts a sentence in two. A purpose clause closed by a full stop, its main clause
in the next sentence —
`为了弘扬支部优良风气，保持党组织的凝聚力。11月21日晚，支部召开…` (the 。 should be ，). The sentence opens
with the preposition 为/为了 (jieba's word, so 为人民服务, 为官之道, 为此 are not it), every clause of it
goes on the purpose (opens with a verb or an adverb, never with a subject or a time), it holds no 了 and
no figure, and the next sentence of the same paragraph opens with the time of what was done or with the
writer, the body or the team as its subject (我, 支部, 党组 …), or holds 了 in its first clause: the main
clause the purpose belongs to. And a full stop before a word that only goes on from the clause before
it (`应付差事。而不是从心底里去学习`, `。从而`, `。以便`).

F151: the classic subject-less sentence `通过/经过/随着/由于…，使/使得…` (成分残缺; round r16: and
`由于…，导致/致使/造成…`): the sentence opens with the
preposition and its first comma is followed at once by 使/使得/让, so that the means is left as the
only candidate for a subject; and (round r15) a sentence that opens with 在…下/中，使… (在支部同志的帮助下，
使我认识到…), the circumstance left as the only candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.postag import tag
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_PURPOSE = re.compile(r"(?P<s>为了?[^。！？；;\n]{4,120}。)")
_CLAUSES = re.compile(r"[^，,]+")
_TIME = re.compile(
    r"[ \t\u3000]*(?:\d{2,4}年\d{1,2}月|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号][上下晚]|近日|日前|近期|当天|当日|"
    r"上午|下午|晚上|[今去本]年\d|会上|会议|今后|下一步|此后|随后)"
)
# the subject a material's main clause opens with: the writer, the body or the team
_SUBJECT = re.compile(
    r"[ \t\u3000]*(?:我们?|本人|(?:党|总)?支部|党组|党委|班子|领导班子|全体党员)(?=[\u4e00-\u9fff])"
)
_VERBISH = frozenset(("v", "vn", "vd", "d", "ad", "a", "c", "i", "l"))
_NO_MAIN = re.compile(r"[了\d０-９我]|[要应需须]")


def _is_fragment(sentence: str) -> bool:
    """Whether a sentence opening with 为/为了 holds only its purpose clauses."""
    if _NO_MAIN.search(sentence, 2):
        return False
    clauses = [c.group() for c in _CLAUSES.finditer(sentence.rstrip("。"))]
    if not clauses:
        return False
    first = tag(clauses[0])
    if not first or first[0][0] not in ("为", "为了") or first[0][1] != "p" or len(first) < 2:
        return False
    if first[1][1] in ("r", "m", "t"):  # 为我们, 为三件事: a beneficiary or a count, no purpose
        return False
    if any(w == "是" for w, _ in first):  # 为人民服务是宗旨: the 为-phrase is the subject
        return False
    for clause in clauses[1:]:
        words = tag(clause.strip())
        if not words or words[0][1] not in _VERBISH or any(w == "是" for w, _ in words):
            return False
    return True


def _main_follows(text: str, at: int) -> bool:
    """Whether the sentence at `at` (same paragraph) is a main clause: it opens with a time or holds 了
    in its first clause."""
    if at >= len(text) or text[at] == "\n":
        return False
    if _TIME.match(text, at) or _SUBJECT.match(text, at):
        return True
    m = re.match(r"[^，,。！？；\n]{2,40}", text[at:])
    return m is not None and "了" in m.group()


def purpose_fragments(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every 为/为了 sentence closed by 。 whose main clause is the next sentence."""
    at = text.find("为")
    while at >= 0:
        k = at - 1
        while k >= 0 and text[k] in " \t\u3000":
            k -= 1
        if k < 0 or text[k] in "。！？\n":
            m = _PURPOSE.match(text, at)
            if m is not None and _main_follows(text, m.end()) and _is_fragment(m.group("s")):
                yield m.start("s"), m.end("s")
        at = text.find("为", at + 1)


# (round r16) 由于…，导致/致使/造成… is the same blend: the cause clause is left as the only subject
_SUBJECTLESS = re.compile(
    r"(?:通过|经过|随着|由于)[^。！？；;，,\n]{2,40}[，,](?P<v>使得|使|让|导致|致使|造成(?!了?[^。！？；;，,\n]{0,12}?的))"
)
# 在…的帮助下，使… (round r15): the 在-phrase of circumstance is no subject either
# (not 使用, 使命, 让步; not 让人印象最深的是…, where 让 opens the subject itself)
_CAUSED = frozenset(("导致", "致使", "造成"))
_UNDER = re.compile(
    r"在[^。！？；;，,\n]{2,30}[下中][，,](?P<v>使得|使(?![用命者馆劲出])|让(?![步利位]))(?![^。！？；;，,\n]*的是)"
)
_SENTENCE_START = re.compile(r"(?:^|[。！？；\n])[ \t\u3000]*(?:[一二三四五六七八九十]是)?$")
_MEANS = ("通过", "经过", "随着", "由于")
_ENUMERATOR = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[是、]|\d+[.．、])")


# words that go on from the clause before them and never open a sentence: 而不是, 从而, 以便 …
_GOES_ON = re.compile(r"。(?P<word>而不是|而是|而非|从而|进而|以致|以便|以免)")


def cut_off_clauses(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of every 。 followed by a word that only goes on from the clause before it."""
    if "。而" not in text and "。从" not in text and "。进" not in text and "。以" not in text:
        return
    for m in _GOES_ON.finditer(text):
        yield m.start(), m.end(), m.group("word")


@code_rule(
    "P147",
    "half-sentence-closed-by-full-stop",
    "punctuation",
    "warning",
    "句号把一句话断成了两半：{why}，应为“{suggestion}”",
    "“为了……，……。11月21日，支部召开了……”中，“为了……”说的是目的，主干（谁做了什么）在下一句；"
    "中间用句号，前一句就只剩半句（GB/T 15834-2011：句号用于句子末尾）。“……应付差事。而不是……”"
    "“……。从而……”也一样：“而不是、从而、以便”接着前一句说，不能单独成句。只在以“为/为了”开头、"
    "各分句都接着说目的（没有主语、时间、数字和“了”），而同一段里下一句以时间或“我、支部、党组”等主语开头、"
    "或带“了”时提示。",
    bad=[
        variant(
            "按照县委要求，我认真学习",
            "[为了提高理论水平，推动学习走深走实。]2023年3月，我按照县委要求，认真学习",
        ),
        variant("按照县委要求，我认真学习", "[为切实提高理论水平。]我按照县委要求，认真学习"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，只为应付检查[。而不是]真正学懂弄通。"),
    ],
    good=[
        GOOD,
        variant(
            "按照县委要求，我认真学习",
            "为了提高理论水平，推动学习走深走实，2023年3月，我按照县委要求，认真学习",
        ),
        variant(
            "按照县委要求，我认真学习",
            "为人民服务是宗旨。2023年3月，我按照县委要求，认真学习",
        ),
    ],
)
def purpose_clause_alone(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end in purpose_fragments(text):
        why = "“为……”只是目的状语，主干在下一句"
        yield rule.finding(text, start, end, (text[start : end - 1] + "，",), why=why)
    for start, end, word in cut_off_clauses(text):
        why = f"“{word}”接着前一句说，不能单独成句"
        yield rule.finding(text, start, end, ("，" + word,), why=why)


CLAUSE_REACH = 40  # characters after 使 read for the end of its clause
# a verb that only holds an event, before the event named as a thing (开展这次学习研讨, 参加此次培训)
_HELD_EVENT = re.compile(
    r"(?P<v>开展|进行|组织|参加|参与|举办|召开|经历)(?=这次|此次|本次|这场|此轮|这轮|本轮|这一)"
)
_CLAUSE_MARK = re.compile(r"[，,。！？；;：:\n]")


def _clause_end(text: str, at: int) -> int:
    """The end of the clause that goes on at `at` (its next comma or stop), or `at` if none is near."""
    m = _CLAUSE_MARK.search(text, at, at + CLAUSE_REACH)
    return m.start() if m is not None else at


def _no_subject_before(text: str, at: int) -> bool:
    """Whether the 通过/经过 at `at` follows a comma inside a sentence that names no subject before it:
    the sentence opens with a preposition or a verb (针对…的问题，增设…，通过…，使…)."""
    if at == 0 or text[at - 1] not in "，,":
        return False
    start = max(text.rfind(c, 0, at) for c in "。！？；;\n") + 1
    head = _ENUMERATOR.sub("", text[start:at].lstrip(" \t\u3000"))
    first = _CLAUSES.match(head)
    if first is None:
        return False
    words = tag(first.group())
    return bool(words) and words[0][1] in ("p", "v") and words[0][0] not in ("是", "有", "在")


@code_rule(
    "F151",
    "subjectless-means-clause",
    "formulation",
    "warning",
    "“{match}”句子缺主语：“通过/经过/随着/由于……”是状语，后面紧接“{verb}”，句子就没有了主语（成分残缺）；"
    "可删去“{verb}”，或删去“{lead}”让后面的名词作主语",
    "“通过学习，使我认识到……”是常见病句：“通过……”是介词短语，不能作主语，“使”又没有主语，全句缺主干。"
    "删去“使”（通过学习，我认识到……）或删去“通过”（学习使我认识到……）都可以，两者都删（开展演练改革，全市演练……）也可以。只在句首的“通过/经过/随着/由于……，”、或前面没有主语的句中“通过/经过……，”"
    "后面紧接“使/使得/让”时提示；句首的“在……下（中），使……”同样缺主语。",
    bad=[
        variant(
            "与班子成员谈心谈话12人次。",
            "与班子成员谈心谈话12人次。[通过这次学习，使我认识到自身的差距]。",
        ),
        variant(
            "与班子成员谈心谈话12人次。",
            "与班子成员谈心谈话12人次。[由于工作任务重，使得调研时间被压缩]。",
        ),
        variant(
            "与班子成员谈心谈话12人次。",
            "与班子成员谈心谈话12人次。[由于前期论证不充分，导致项目两次调整选址]。",
        ),
        # mid-sentence, in a sentence that names no subject before it
        variant(
            "与班子成员谈心谈话12人次。",
            "与班子成员谈心谈话12人次。针对群众反映的排队问题，增开窗口2个，[通过推行预约办理，使等候时间缩短一半]。",
        ),
        variant(
            "与班子成员谈心谈话12人次。",
            "与班子成员谈心谈话12人次。[在支部同志的帮助下，使]我认识到自身的差距。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "与班子成员谈心谈话12人次。",
            "与班子成员谈心谈话12人次。通过这次学习，我认识到自身的差距。这次学习使我认识到差距。",
        ),
        variant(
            "与班子成员谈心谈话12人次。",
            "与班子成员谈心谈话12人次。我们增开窗口2个，通过推行预约办理，使等候时间缩短一半。",
        ),
        variant(
            "与班子成员谈心谈话12人次。",
            "与班子成员谈心谈话12人次。在支部同志的帮助下，我认识到自身的差距；支部在大家的帮助下，使台账更完整。",
        ),
    ],
)
def subjectless_means_clause(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for word in _MEANS:
        at = text.find(word)
        while at >= 0:
            m = _SUBJECTLESS.match(text, at)
            if m is not None and m.group("v") in _CAUSED and word not in ("由于", "随着"):
                m = None  # 通过…，导致…: a means does not cause; only a cause clause reads so
            if m is not None and (
                _SENTENCE_START.search(text[max(0, at - 6) : at] if at >= 6 else "\n" + text[:at])
                or (word in ("通过", "经过") and _no_subject_before(text, at))
            ):
                verb = m.group("v")
                # both fixes the message names: drop 使 (what most writers do), or drop 通过 (开展…活动，使…);
                # and both dropped (开展…改革，全市…实行…: r19, the correction set 36's writer gave); 通过 dropped
                # with the comma (这次对照检查使我…: sets 27 and 30's writers)
                # each offered as the whole clause mended (r22: fragments read as a garbled list), up to the
                # clause's end: 通过开展整治，违规用血问题得到纠正 / 开展整治使违规用血问题得到纠正
                end = _clause_end(text, m.end())
                tail = text[m.end() : end]
                fixes = [text[at : m.end() - len(verb)] + tail]
                if text[m.end() - len(verb) - 1] in "，,":
                    means = text[at + len(word) : m.end() - len(verb) - 1]
                    # 开展这次会前学习研讨 (round r26, set 51): the event itself, the verb that held it dropped,
                    # is the subject a writer gives (这次会前学习研讨使班子成员…) in place of the verb phrase
                    event = _HELD_EVENT.match(means)
                    fixes.append((means[event.end("v") :] if event is not None else means) + verb + tail)
                fixes += [
                    text[at + len(word) : m.end()] + tail,
                    text[at + len(word) : m.end() - len(verb)] + tail,
                ]
                yield rule.finding(text, at, end, fixes, verb=verb, lead=word)
            at = text.find(word, at + 2)
    if "下，" in text or "中，" in text:
        for m in _UNDER.finditer(text):
            at = m.start()
            if _SENTENCE_START.search(text[max(0, at - 6) : at] if at >= 6 else "\n" + text[:at]):
                verb = m.group("v")
                yield rule.finding(
                    text, at, m.end(), [text[at : m.end() - len(verb)]], verb=verb, lead="在……下"
                )
