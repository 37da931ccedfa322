"""Correspondence: each problem aspect answered by a cause and a measure; measures that are only
slogans; causes that only restate a problem.

"Answered" is measured by shared content bigrams (two-character pieces) between the aspect's
words (name, aliases, keywords, the item's heading and point openings) and the causes or measures
text, leaving out bigrams that say nothing (stock words of the genre, words common to all items).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

_CJK = re.compile(r"[\u4e00-\u9fff]+")
STOP_BIGRAMS = set("""不够 方面 问题 存在 进一 一步 加强 工作 没有 有的 还不 不到 到位 深入 切实 认真 坚持 全面 进行 开展
推进 落实 提高 提升 能力 意识 建设 要求 情况 一是 二是 三是 四是 比如 例如 自己 我们 同志 党员 干部 领导 作为 通过 对于
以及 更加 不断 持续 做到 成为 对照 检查 整改 措施 原因 根源 有所 不足 差距 不强 不高 不深 不严 不实 还有 一些 个别 主要
进行 认识 思想 时候 有时 往往 满足 习惯 上级 部署 相关 方式 方法 重要 同时 今后 年底 月底 底前 每月 每季 季度 以上 以下
""".split())
_TIME = re.compile(r"\d{4}年|\d{1,2}月|年底|年内|年前|月底|季度|上半年|下半年|立行立改|长期坚持|即日起|前完成|之前|以内|之内|"
                   r"限期|本年度|今年|明年|[一二三四五六七八九十两\d]+个月")
_FREQUENCY = re.compile(r"每[天日周月季年半]|定期|至少|不少于|不低于|\d+次|[一二三四五六七八九十两]+次|常态化|全覆盖|逐[项条个一]")
_QUANTITY = re.compile(r"\d+|[一二三四五六七八九十两]+[个项名篇场本条件人户家天批期]")
SIMILAR = 0.8  # a cause heading this similar to a problem heading only restates it
MIN_SHARED = 1  # content bigrams an aspect must share with the causes / measures text


def bigrams(text: str) -> set[str]:
    out = set()
    for run in _CJK.findall(text):
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out - STOP_BIGRAMS


def _point_openings(ctx, item) -> str:
    return " ".join(re.split(r"[。；;：:！？]", p.text, maxsplit=1)[0] for p in item.points)


def _aspect_words(ctx, item) -> set[str]:
    words = [item.aspect or "", item.heading, _point_openings(ctx, item)]
    aspect = ctx.framework.aspect(item.aspect) if ctx.framework and item.aspect else None
    if aspect:
        words += [aspect.full or "", *aspect.aliases, *aspect.keywords]
    return bigrams(" ".join(words))


def _generic(ctx, items) -> set[str]:
    """Bigrams found in at least half of the problem items say nothing about any one of them."""
    if len(items) < 4:
        return set()
    counts: dict[str, int] = {}
    for item in items:
        for b in bigrams(ctx.text[item.start:item.end]):
            counts[b] = counts.get(b, 0) + 1
    return {b for b, n in counts.items() if n * 2 >= len(items)}


def _unanswered(ctx, kind: str):
    sections = ctx.sections(kind)
    items = [i for i in ctx.items("problems") if i.aspect]
    if not sections or not items:
        return
    answer = bigrams(" ".join(ctx.text[s.start:s.end] for s in sections))
    generic = _generic(ctx, ctx.items("problems"))
    for item in items:
        if len((_aspect_words(ctx, item) - generic) & answer) < MIN_SHARED:
            yield item


@code_rule("A101", "aspect-without-measure", "correspondence", "warning",
           "“{match}”查摆的问题在整改措施中没有对应的措施",
           "每个方面的问题都要有针对性的整改措施，否则问题无从整改、台账无从跟踪。",
           bad=[variant("（五）严守廉洁自律。每半年听取1次工程项目廉政风险防控汇报，2024年3月底前修订项目招投标内控制度。",
                        "（五）加强学习交流。每月参加1次读书会。")
                .replace("（六）在廉洁自律方面。", "（六）[在廉洁自律方面]。")],
           good=[GOOD])
def aspect_without_measure(ctx, rule):
    for item in _unanswered(ctx, "measures"):
        yield rule.finding(ctx.text, item.heading_start, item.heading_end)


@code_rule("A102", "aspect-without-cause", "correspondence", "info",
           "“{match}”查摆的问题在原因剖析中没有涉及",
           "原因剖析要覆盖查摆出的问题，才能找准病根、对症下药。",
           bad=[GOOD[:GOOD.index("（一）理论武装不够自觉")] + "（一）理论武装不够自觉。对原文原著学习没有常抓不懈。\n"
                + GOOD[GOOD.index("三、整改措施"):]]
           + [GOOD[:GOOD.index("（一）理论武装不够自觉")].replace("（六）在廉洁自律方面。", "（六）[在廉洁自律方面]。")
              + "（一）理论武装不够自觉。对原文原著学习没有常抓不懈。\n" + GOOD[GOOD.index("三、整改措施"):]],
           good=[GOOD])
def aspect_without_cause(ctx, rule):
    for item in _unanswered(ctx, "causes"):
        yield rule.finding(ctx.text, item.heading_start, item.heading_end)


def is_slogan(text: str) -> bool:
    """A measure with no time limit, no frequency and no quantity is a slogan."""
    return not (_TIME.search(text) or _FREQUENCY.search(text) or _QUANTITY.search(text))


@code_rule("A103", "slogan-measure", "correspondence", "warning",
           "整改措施“{match}”只是口号：没有时限、频次或数量，无法检验是否落实",
           "整改措施要可检查：写明做什么、做到什么程度、什么时候完成。",
           bad=[variant("（四）改进工作作风。2024年到偏远村组调研不少于10次，建立道路安全隐患台账并逐项销号。",
                        "（四）[改进工作作风]。进一步转变作风，切实深入基层，真正做到心系群众。")],
           good=[GOOD])
def slogan_measure(ctx, rule):
    for item in ctx.items("measures"):
        if is_slogan(ctx.text[item.start:item.end]):
            yield rule.finding(ctx.text, item.heading_start, item.heading_end)


def _similar(a: str, b: str) -> bool:
    a, b = re.sub(r"^在|方面$", "", a), re.sub(r"^在|方面$", "", b)
    if len(a) < 4 or len(b) < 4:
        return False
    return a == b or SequenceMatcher(None, a, b).ratio() >= SIMILAR


@code_rule("A104", "cause-restates-problem", "correspondence", "warning",
           "原因“{match}”只是重复了查摆的问题（“{problem}”），没有说明问题产生的根源",
           "原因剖析要从理想信念、党性修养、宗旨意识、纪律规矩等方面找根源，而不是把问题换个说法再写一遍。",
           bad=[variant("（一）理论武装不够自觉。", "（一）[学得不够深]。")], good=[GOOD])
def cause_restates_problem(ctx, rule):
    problems = []
    for item in ctx.items("problems"):
        problems.append(item.heading)
        problems += [re.split(r"[。；;：:！？，,]", p.text[len(p.label):].lstrip("，,、：: "), maxsplit=1)[0]
                     for p in item.points]
    for cause in ctx.items("causes"):
        for problem in problems:
            if _similar(cause.heading, problem):
                yield rule.finding(ctx.text, cause.heading_start, cause.heading_end, problem=problem)
                break
