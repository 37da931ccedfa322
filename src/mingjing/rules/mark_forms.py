"""Marks of the wrong form (P126, P156, P157, P159, P196): `<…>` typed for 《…》 and a quotation or title inside
another written with the same marks (“做“四有”好老师”, 《关于落实《…》的方案》), a question made by 难道
closed by a full stop, and 第二、 where an ordinal word takes a comma (第二，).

- P156: a pair of angle brackets typed on a Latin keyboard (`<` `>` or the full-width `＜` `＞`,
  doubled or not) around a run holding Chinese and no other bracket or line break: a title whose
  书名号 the keyboard did not give. A comparison (x<5) or a tag (<br>) holds no Chinese.
- P156 too: within one paragraph, a “ opened while another “ is open (or 《 inside 《), where the marks of
  the paragraph pair up exactly (so a lost closing mark is not mistaken for nesting): the inner pair
  takes ‘’ (or 〈〉), GB/T 15834. r19: `<…>` inside an open 《 is the inner title: 〈…〉, not 《…》.
- P126 (a pattern rule until r19): an ellipsis typed as ASCII dots, 。。。, ··· or a single …; its fix read from
  the context: nothing after 等 (等。。。方面), …… or 。 at a paragraph's end, …… or 等 where words go on after a
  list of 顿号.
- P157: a sentence holding 难道 (岂不, 岂能, 岂可) closed by 。: a rhetorical question takes ？ however
  flat its tone, where no quotation or other sentence mark stands between the word and the full stop.
- P159: a 顿号 before the 等 (等等) that closes a list (门面、等资产: 等 follows the last item directly;
  、等级, 、等待 are words; 拖一拖、等一等 and 等政策、等资金 hold 等 the verb), and 第一、 第二、 … used as the label of a
  point (after a sentence end or a colon, or opening a line: r18 reads a line's own 第一、 too, as P188 reads 首先、
  there) and not followed by another ordinal (第二、第三名 is a list of ordinals): an ordinal word is followed by a
  comma; the 顿号 belongs to 一、 二、.
- P196 (r18): 等…… closing a list (招标、采购、工程结算等……环节): 等 already says the list goes on, GB/T 15834 uses
  the ellipsis and 等 not together (P130 reads ……等). Only after a list with a 顿号 in its clause (不能等……
  holds 等 the verb); r25: 等等…… after such a list too, but not 如此等等…… (no list before it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# what follows 等 the verb: its aspect and result marks, and the verbs of 等靠要, 等看 (等 one of a series of verbs)
_VERB_AFTER = frozenset("一着了过待候到靠看")
_VERB_ITEM = re.compile(r"(.)一\1$|着.$")  # the item before is a verb said twice (拖一拖) or 绕着走
_DUNHAO_DENG = re.compile(r"、(?<=[\u4e00-\u9fff”》）]、)(等等|等)")
_RHETORICAL = re.compile(r"难道|岂不|岂能|岂可")
_ANGLED = re.compile(r"(?:<<|＜＜|<|＜)([^<>＜＞\n《》]{2,40}?)(?:>>|＞＞|>|＞)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAIRS = {"“": ("”", "‘", "’"), "《": ("》", "〈", "〉")}
_MARKS = {"“": re.compile("[“”]"), "《": re.compile("[《》]")}
_ORDINAL_DUNHAO = re.compile(r"(第[一二三四五六七八九十]{1,3})(、)(?!第|[一二三四五六七八九十])")
_LABEL_AFTER = frozenset("。；：！？\n")  # where a point's label stands: after these, or at the text's start


def angled_titles(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the title in 书名号) of every title in angle brackets."""
    for m in _ANGLED.finditer(text):
        inner = m.group(1)
        if len(_CJK.findall(inner)) < 2 or re.search(r"[=+*/\\]", inner):
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        if text.count("《", line, m.start()) > text.count("》", line, m.start()):
            yield m.start(), m.end(), f"〈{inner.strip()}〉"  # inside a title: 《关于<…>的提纲》 → 〈…〉
            continue
        yield m.start(), m.end(), f"《{inner.strip()}》"


def nested_same_marks(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, str]]:
    """(opening offset, closing offset, inner opening, inner closing) of every pair written inside a
    pair of the same marks within text[start:end]."""
    for opening, (_closing, inner_open, inner_close) in _PAIRS.items():
        marks = [(m.start(), m.group()) for m in _MARKS[opening].finditer(text, start, end)]
        depth, stack, nested = 0, [], []
        for k, c in marks:
            if c == opening:
                depth += 1
                stack.append(k)
                if depth > 2:
                    break
            else:
                if depth == 0:
                    break
                at = stack.pop()
                if depth == 2:
                    nested.append((at, k))
                depth -= 1
        else:
            if depth == 0:
                for at, k in nested:
                    yield at, k, inner_open, inner_close


def rhetorical_full_stops(text: str) -> Iterator[int]:
    """Offsets of the full stop closing a sentence that 难道 (岂不, 岂能) makes a question."""
    for m in _RHETORICAL.finditer(text):
        between = text[m.end() : text.find("。", m.end())] if "。" in text[m.end() :] else ""
        end = m.end() + len(between)
        if end >= len(text) or text[end] != "。" or any(c in between for c in '“”‘’「」"?？!！'):
            continue
        yield end


def dunhao_before_deng(text: str) -> Iterator[int]:
    """Offsets of the 顿号 right before the 等 (等等) closing a list."""
    from mingjing.rules.doubled_chars import dictionary_freq

    for m in _DUNHAO_DENG.finditer(text):
        if m.group(1) != "等等" and dictionary_freq(text[m.start() + 1 : m.start() + 3]):
            continue  # 等级, 等待: a word of its own
        after = text[m.end() : m.end() + 1]
        item = re.split(r"[，、。；：,;:\n]", text[max(0, m.start() - 12) : m.start()])[-1]
        if m.group(1) == "等" and (after in _VERB_AFTER or "等" in item or _VERB_ITEM.search(item)):
            continue  # 等 the verb: 拖一拖、等一等, 等政策、等资金, 绕着走、等着办
        yield m.start()


def ordinal_dunhao(text: str) -> Iterator[int]:
    """Offsets of the 顿号 after 第一 … used as a point's label."""
    for m in _ORDINAL_DUNHAO.finditer(text):
        before = text[max(0, m.start() - 8) : m.start()].rstrip(" \t\u3000")
        if (before[-1:] or "\n") in _LABEL_AFTER and (before or m.start() <= 8):
            yield m.start(2)


_TITLE = re.compile(r"《([^《》〈〉“”\n]{2,30})》")


def quoted_titles(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the title in 书名号) of each title written in quotation marks where the same text
    writes it in 书名号 elsewhere (“习近平著作选读” … 《习近平著作选读》): the document's own usage."""
    if "《" not in text or "“" not in text:
        return
    for name in {m.group(1) for m in _TITLE.finditer(text)}:
        quoted = f"“{name}”"
        at = text.find(quoted)
        while at >= 0:
            yield at, at + len(quoted), f"《{name}》"
            at = text.find(quoted, at + len(quoted))


@code_rule(
    "P156",
    "title-and-quote-mark-forms",
    "punctuation",
    "warning",
    "“{match}”的标点形式不对：应为“{suggestion}”",
    "英文键盘打不出书名号，有人用小于号、大于号（< >）代替，排版后是数学符号：书名、文件名用《》，"
    "只在尖括号里有汉字时提示（x<5、<br> 不提示）。引文里再有引文、书名里再有书名时，外层用双引号“”"
    "（书名号《》），里面一层用单引号‘’（单书名号〈〉）；两层都用同样的标点，读者分不清哪个和哪个配对。"
    "只在一段里的引号或书名号能完整配对时提示，漏掉的引号不当作嵌套。同一篇材料里一处用书名号、一处用引号写同一个书名"
    "（“习近平著作选读”……《习近平著作选读》）时，按材料自己的用法提示引号处。",
    bad=[
        variant("《习近平著作选读》", "[<习近平著作选读>]"),
        variant("《习近平著作选读》", "[＜＜习近平著作选读＞＞]"),
        variant("全县“智慧交通”平台", "全县“推进[“智慧交通”]平台建设”的要求"),
        variant("《习近平著作选读》", "《关于学习[《习近平著作选读》]的安排》"),
        variant("《习近平著作选读》", "[“习近平著作选读”]第一卷，《习近平著作选读》"),
    ],
    good=[
        variant("按照县委要求", "按照县委要求，当x<5且y>3时，参照<br>标记，《党章》"),
        variant("全县“智慧交通”平台", "全县“推进‘智慧交通’平台建设”的要求"),
        variant("《习近平著作选读》", "《关于学习〈习近平著作选读〉的安排》"),
    ],
)
def title_and_quote_mark_forms(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, title in angled_titles(text):
        yield rule.finding(text, start, end, (title,))
    for start, end, title in quoted_titles(text):
        yield rule.finding(text, start, end, (title,))
    for p in ctx.outline.document.paragraphs:
        for at, k, inner_open, inner_close in nested_same_marks(text, p.start, p.end):
            # the inner pair whole, both marks put right (r15: a fix of the opening alone left 》 as it was)
            yield rule.finding(text, at, k + 1, (inner_open + text[at + 1 : k] + inner_close,))


@code_rule(
    "P157",
    "rhetorical-question-full-stop",
    "punctuation",
    "warning",
    "“难道……”是反问句，句末的“{match}”应为“{suggestion}”",
    "“难道”“岂不”“岂能”引出的是反问句，不论语气多平，句末都用问号。只在这个词和句末句号之间"
    "没有别的句末标点、也不在引号里时提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，难道群众的事可以等两天吗[。]"),
    ],
    good=[
        variant("我两天后才安排核查。", "我两天后才安排核查，难道群众的事可以等两天吗？"),
        variant("我两天后才安排核查。", "我两天后才安排核查，有人问“难道不能快一点”。"),
    ],
)
def rhetorical_question_full_stop(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at in rhetorical_full_stops(ctx.text):
        yield rule.finding(ctx.text, at, at + 1, ("？",))


@code_rule(
    "P159",
    "misplaced-dunhao",
    "punctuation",
    "warning",
    "这里不用顿号“{match}”：{how}",
    "顿号只用在并列的词语之间和“一、”“二、”这样的序号后面（GB/T 15834）。“第一”“第二”这类序数词后面用逗号；"
    "列举末尾的“等”“等等”直接跟在最后一项后面，前面不加顿号。只在“第一、”作为一点开头"
    "（句末、冒号后或一行开头）时提示，“第二、第三名”是并列的序数；“、等级”“、等待”中的“等”是词的一部分，不提示。",
    bad=[
        variant("一是学得不够深。比如，", "第一，学得不够深。第二[、]读得不够多。比如，"),
        variant("通过座谈会、个别访谈征求意见建议", "通过座谈会、个别访谈[、]等方式征求意见建议"),
        variant("一是学得不够深。比如，", "一是学得不够深。比如，\n第一[、]理论学习有所放松。"),
    ],
    good=[
        variant("一是学得不够深。比如，", "第一，学得不够深。第二，读得不够多。比如，"),
        variant(
            "按照县委要求",
            "按照县委要求，获得第二、第三名，核定职称、等级，不能拖一拖、等一等，等政策、等资金，习惯向上推、等靠要",
        ),
    ],
)
def misplaced_dunhao(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at in ordinal_dunhao(text):
        yield rule.finding(text, at, at + 1, ("，",), how="“第一”“第二”这类序数词后应用逗号")
    for at in dunhao_before_deng(text):
        yield rule.finding(text, at, at + 1, ("",), how="列举末尾的“等”前不加顿号")


_DENG_DOTS = re.compile(r"等(?:……|…)")
_CLAUSE_MARKS = frozenset("，。；：！？\n")
LIST_REACH = 30  # the list's last 顿号 this close before 等


def deng_then_ellipsis(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every 等…… closing a list with a 顿号 in its clause (r19: or items joined by 和, 及, 与, or
    quoted items side by side: 第一卷和第二卷等……, “四风”“四气”等……)."""
    for m in _DENG_DOTS.finditer(text):
        at = m.start()
        if at and text[at - 1] == "等":
            # r25: 等等…… after a list (测试、部署等等……环节) says it twice as 等…… does; 如此等等…… sums up no list
            at -= 1
            if at and text[at - 1] in "此等":
                continue
        for k in range(at - 1, max(-1, at - LIST_REACH - 1), -1):
            if text[k] in _CLAUSE_MARKS:
                break
            if text[k] in "、和及与" or text[k : k + 2] == "”“":
                yield at, m.end()
                break


@code_rule(
    "P196",
    "deng-then-ellipsis",
    "punctuation",
    "warning",
    "列举末尾的“等”后又加了省略号（“{match}”），两者不同时使用，删去省略号",
    "GB/T 15834-2011：标示列举的省略时，省略号与“等”“等等”不同时使用；“采购、结算等……环节”里“等”已经表示"
    "列举未尽，后面的省略号多余（“等等……”同样，“……等”倒过来写也一样，见 P130）。只在“等”前有顿号隔开的列举（或“和、及、与”连接、引号并列的词语）时提示。",
    bad=[
        variant("一是学得不够深。", "一是学得不够深。对招标、采购、工程结算[等……]环节监督不够。"),
        variant("一是学得不够深。", "一是学得不够深。只读了第一卷和第二卷[等……]"),
        variant("一是学得不够深。", "一是学得不够深。对招标、采购、工程结算[等等……]环节监督不够。"),
    ],
    good=[
        variant("一是学得不够深。", "一是学得不够深。对招标、采购、工程结算等环节监督不够，不能坐等……"),
        variant("一是学得不够深。", "一是学得不够深。招标、采购、工程结算，如此等等……"),
    ],
)
def deng_ellipsis(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if "等…" not in ctx.text:
        return
    for start, end in deng_then_ellipsis(ctx.text):
        yield rule.finding(ctx.text, start, end, ("等", "等等") if ctx.text[start + 1] == "等" else ("等",))


_WRONG_ELLIPSIS = re.compile(
    r"(?<=[\u4e00-\u9fff”）])(?:\.{4,}|\.{3}(?!\s*\Z)|\.{3}(?<![的一和与及在对把被将从向为是进并而]\.{3})|。{3,}|·{3,}|…(?!…))"
)
_CLAUSE_START = "，。；：！？\n"


@code_rule(
    "P126",
    "ascii-dots-ellipsis",
    "punctuation",
    "warning",
    "省略号“{match}”写错了，{advice}",
    "GB/T 15834-2011：省略号是占两个字位置的“……”。用英文句点“......”“...”、中圆点或只写一个“…”，是输入法未切换或从网页复制的"
    "痕迹；材料中一条问题以省略号收尾，往往还说明这句没有写完，应补全后用句号（r19：段末的省略号也给出句号）；列举之后"
    "接着说下去的，也可用“等”收住列举（r19）；已有“等”的，省略号删去（GB/T 15834 不同时使用）。全文最后停在半个词或"
    "虚词上的三个英文句点是网站截断预览的标记（进一...、加强党的...），不是作者的省略号，不提示。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。日常的明察暗访少[......]"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，如学习、调研、走访[...]都流于形式。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，如学习、调研、走访[…]都流于形式。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对种业、农机等[。。。]方面关注少。"),
        # r24: dots where a sentence ends and the next opens are its full stop mistyped
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，部分会议时间过长[...]比如，例会开了3个小时。"
        ),
        GOOD + "\n推动全县经济社会高质量发展[...]",
        # r26: full stops pressed again where the sentence is done: the full stop, not an ellipsis
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文[。。。]我将把意见纳入整改清单。"),
    ],
    good=[
        GOOD,
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，如学习、调研、走访……都流于形式。"),
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，全年完成投资3.5亿元，增长了2.3个百分点。"
        ),
        GOOD + "\n把握好“督”与“导”的关系，进一...",
    ],
)
def ascii_dots_ellipsis(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "..." not in text and "。。。" not in text and "…" not in text and "···" not in text:
        return
    for m in _WRONG_ELLIPSIS.finditer(text):
        fixes = _ellipsis_fixes(text, m.start(), m.end())
        advice = "前面已有“等”，省略号应删去" if fixes == ("",) else "应为六个点的“……”"
        if fixes[0] == "。":
            advice = "这里句子已经说完，下一句接着开始，应为句号“。”（若是省略，应为六个点的“……”）"
        these = next((w for w in _THESE if text.startswith(w, m.end())), None)
        if these and "等" in fixes:  # r21: 科研诚信...这些方面 → 科研诚信等方面
            end = m.end() + len(these)
            yield rule.finding(text, m.start(), end, ("等", "……" + these), advice="列举后应以“等”收住")
            continue
        yield rule.finding(text, m.start(), m.end(), fixes, advice=advice)


# what sums up a list after its ellipsis, which 等 says alone (调研、走访...这些工作 → 调研、走访等工作)
_THESE = ("这些", "这几项", "这几个", "这几类", "这类", "之类的", "之类")


def _ellipsis_fixes(text: str, start: int, end: int) -> tuple[str, ...]:
    """What a mistyped ellipsis should read, the likelier first: nothing after 等 (等。。。方面: the two are
    not used together); …… and, where a paragraph ends, a full stop (a problem left unfinished: 沟通...⏎);
    …… and 等 where the words go on after a list (电梯、加装电梯。。。这些)."""
    if text[start - 1] == "等" and text[start - 2 : start] != "等等":
        return ("",)
    after = text[end : end + 1]
    clause = max(text.rfind(c, 0, start) for c in _CLAUSE_START)
    listed = "、" in text[clause + 1 : start]
    if set(text[start:end]) == {"。"} and not listed and after not in "”’":
        # r26: full stops typed again and again (受益非浅。。。我将把, 应酬。。。⏎) are a key pressed more than once
        # where the sentence is done, not an omission: the full stop first; an ellipsis only after a list it cuts
        # short (电梯、加装电梯。。。这些) or inside a quotation (“要件不齐、流程不清。。。”)
        return ("。", "……")
    if not after.strip() or after == "\n" or text[end : end + 2] in ("”\n", "）\n"):
        return ("……", "。")
    if "\u4e00" <= after <= "\u9fff" and listed:
        return ("……", "等")
    if _NEXT_SENTENCE.match(text, end) and "、" not in text[clause + 1 : start]:
        # 会议时间过长...比如，: the sentence ends there and the next one opens; three dots are a full stop typed
        # (the writer's 。), six an ellipsis in the wrong dots (……): both read right, the likelier first (r24)
        return ("。", "……") if end - start == 3 else ("……", "。")
    return ("……",)


# what opens a sentence of its own after a finished one: an example, the next point, a turn or a consequence
_NEXT_SENTENCE = re.compile(
    r"(?:比如|例如|譬如|[一二三四五六七八九十]是|其次|再次|此外|另外|同时|但是|然而|因此|所以|特别是|尤其是)"
)
