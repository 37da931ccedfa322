"""Correspondence: each problem aspect answered by a cause and a measure; measures that are only
slogans; causes that only restate a problem.

"Answered" is measured by shared content bigrams (two-character pieces), leaving out bigrams that
say nothing (stock words of the genre, words common to half the items): one bigram of the aspect's
own words (name, aliases, keywords) in the causes or measures text, or three of the item's words
(heading, point openings).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import chain, compress
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.model import Finding, Item
from mingjing.parse.merged_items import FREQUENCY, TIME, measure_turn
from mingjing.parse.sections import aspect_rounds, is_measure_heading, is_merged
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.grams import cjk_ngrams
from mingjing.rules.measure_rarity import common_in_measures, rare_answer
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.specificity import STOCK_SHAPE
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.frameworks import Aspect
    from mingjing.rules.context import ReviewContext

_CJK = re.compile(r"[\u4e00-\u9fff]+")
# words every material uses, which tie nothing to one aspect (深刻: 通过深刻反思 opens many a causes part);
# the next line: manner words, which say how, not what (回应不及时 is not answered by 问题及时谈话); the next:
# the framing verbs of an aspect's name (增强 of 增强党性, 强化 of 强化政治忠诚), like 加强 and 提高 above, which
# every kind of measure uses (增强服务的便民性, 强化品牌培育); the last: the Party's name, which opens the title of
# every Party regulation (《中国共产党章程》 in a measure does not take up a problem that cited 《中国共产党廉洁自律准则》)
STOP_BIGRAMS = set(
    """不够 方面 问题 存在 进一 一步 加强 工作 没有 有的 还不 不到 到位 深入 切实 认真 坚持 全面 进行 开展
推进 落实 提高 提升 能力 意识 建设 要求 情况 一是 二是 三是 四是 比如 例如 自己 我们 同志 党员 干部 领导 作为 通过 对于
以及 更加 不断 持续 做到 成为 对照 检查 整改 措施 原因 根源 有所 不足 差距 不强 不高 不深 不严 不实 还有 一些 个别 主要
进行 认识 识不 思想 深刻 时候 有时 往往 满足 习惯 上级 部署 相关 方式 方法 重要 同时 今后 年底 月底 底前 每月 每季 季度 以上 以下
及时 严格 积极 扎实 有效 规范 经常 按时 坚决
增强 强化
中国 国共 共产 产党
""".split()
)
_QUANTITY = re.compile(r"\d+|[一二三四五六七八九十两]+[个项名篇场本条件人户家天批期轮遍]")
MIN_SHARED_TERMS = (
    2  # long words or quoted terms that only this item's text has, enough to tie a measure to it
)
MIN_SHARED_BODY = 6  # bigrams that only this item's text has, taken up by one measure item
MIN_SHARED_SAID = 3  # bigrams of an item's own words the answer must share when the aspect's words are absent


def bigrams(text: str) -> set[str]:
    return set(cjk_ngrams(text, 2)) - STOP_BIGRAMS


@lru_cache(maxsize=4096)
def word_bigrams(word: str) -> frozenset[str]:
    """`bigrams` of an aspect's name or keyword (the frameworks' words: the same few hundred in every
    review), worked out once per process."""
    return frozenset(bigrams(word))


def _keyword_markers(ctx: ReviewContext) -> tuple[tuple[str, str], ...]:
    """(keyword, its `kw:` marker) for every keyword of the framework's aspects, once per review."""
    if "keyword-markers" not in ctx.cache:
        aspects = ctx.framework.aspects if ctx.framework else []
        keywords = dict.fromkeys(k for a in aspects for k in a.keywords)
        ctx.cache["keyword-markers"] = tuple((k, f"kw:{k}") for k in keywords)
    markers: tuple[tuple[str, str], ...] = ctx.cache["keyword-markers"]
    return markers


_QUOTED_TERM = re.compile(r"“([^”]{2,12})”")


def terms(text: str, words: list[str] | None = None) -> set[str]:
    """Words of three or more characters (jieba's dictionary: 不动产, 网格化) and quoted terms
    (“登记难”), marked `3:` so that they never meet a bigram: what ties a measure to one problem.
    `words`: the text's words when the review has them already (ReviewContext.words)."""
    import rjieba

    cut = rjieba.cut(text) if words is None else words
    # the words of three characters or more picked at C speed, then the Chinese ones among them
    found = {w for w in compress(cut, map((3).__le__, map(len, cut))) if _CJK.fullmatch(w)}
    return {"3:" + w for w in found | set(_QUOTED_TERM.findall(text))}


def _point_openings(ctx: ReviewContext, item: Item) -> str:
    return " ".join(re.split(r"[。；;：:！？]", p.text, maxsplit=1)[0] for p in item.points)


def _aspect_words(ctx: ReviewContext, item: Item, kind: str = "measures") -> tuple[set[str], set[str]]:
    """(bigrams of the aspect's own words, bigrams of what the item says). For measures the
    aspect's words leave out what it shares with the framework's other aspects (纪律 in the six
    disciplines): a measure for 廉洁纪律 must say 廉洁 or one of its keywords, not only 纪律.
    Causes speak of roots (思想, 党性), so they are measured with all the aspect's words."""
    aspect = ctx.framework.aspect(item.aspect) if ctx.framework and item.aspect else None
    words = [item.aspect or ""] + ([aspect.full or "", *aspect.aliases, *aspect.keywords] if aspect else [])
    if aspect is None and kind == "measures" and _names_aspect(item.heading):
        # an aspect this year's framework does not list (生活纪律 in a 主题教育 material): the shipped packs
        # that do list it give its paraphrases (家风, 八小时以外), which a measure may answer it by
        borrowed = _aspects_by_name(ctx).get(_core(item.heading.strip().rstrip("。：:")))
        if borrowed is not None:
            # its two-character keywords only: a longer one's pieces (作风 of 生活作风) and the wording of its
            # name (人民 of 站稳人民立场) are other aspects' words too
            words += [k for k in borrowed.keywords if len(k) == 2]
    # for measures the framing (在…方面, …情况) is left out: 作用情况 has no 用情 to meet 用心用情
    framed = kind != "measures"
    own = set(word_bigrams(" ".join(words if framed else map(_core, words))))
    if kind == "measures":
        own = own - _shared_aspect_bigrams(ctx, item.aspect)
        if aspect:  # (the verbs that open its wordings, not those of its name and keywords: r25)
            own -= _leading_verbs([aspect.full or "", *aspect.aliases]) - set(
                word_bigrams(" ".join([item.aspect or "", aspect.name, *aspect.keywords]))
            )
            own |= {f"kw:{k}" for k in aspect.keywords}
    return own, bigrams((item.heading if framed else _core(item.heading)) + " " + _point_openings(ctx, item))


def _leading_verbs(wordings: list[str]) -> set[str]:
    """The verbs that open the aspect's wordings (改进 of 改进领导作风, 站稳 of 站稳人民立场), words every kind of
    measure uses (改进…的组织方式) and written nowhere else in them: the verb frames the matter, the object names
    it, as 加强 and 增强 do (STOP_BIGRAMS) (r25)."""
    import rjieba

    phrases = [p for w in wordings for p in re.split(r"[，,、；;。]", w) if len(p) >= 4]
    leading = {p[:2] for p in phrases if common_in_measures(p[:2]) and rjieba.tag(p)[0] == (p[:2], "v")}
    return {v for v in leading if not any(v in p[1:] for p in phrases)}


def _aspects_by_name(ctx: ReviewContext) -> dict[str, Aspect]:
    """Every shipped aspect by its name and aliases (framed words left out), once per review."""
    if "aspects-by-name" not in ctx.cache:
        named: dict[str, Aspect] = {}
        for fw in ctx.frameworks.values():
            for a in fw.aspects:
                for n in (a.name, *a.aliases):
                    named.setdefault(_core(n), a)
        ctx.cache["aspects-by-name"] = named
    found: dict[str, Aspect] = ctx.cache["aspects-by-name"]
    return found


def _name_bigrams(ctx: ReviewContext, item: Item) -> frozenset[str]:
    """Bigrams of the aspect's name, full wording and aliases (not of its keywords), once per aspect
    and review."""
    key = ("name-bigrams", item.aspect)
    if key not in ctx.cache:
        aspect = ctx.framework.aspect(item.aspect) if ctx.framework and item.aspect else None
        words = [item.aspect or ""] + ([aspect.full or "", *aspect.aliases] if aspect else [])
        ctx.cache[key] = word_bigrams(" ".join(map(_core, words)))
    names: frozenset[str] = ctx.cache[key]
    return names


def _claims(ctx: ReviewContext) -> tuple[list[tuple[set[str], set[str]]], Counter[str], Counter[str]]:
    """Per problem item: (what its heading and point openings say, as bigrams and `kw:` markers;
    the words of its whole text, with long words and quoted terms), and in how many items each of
    them occurs. An answer word that another item says in its openings and this item never uses
    belongs to the other item: a measure on 志愿服务 answers the item that confessed 参加志愿服务不多,
    not 联系服务群众 because 志愿服务 is one of its keywords."""
    if "claims" not in ctx.cache:
        out = []
        for item in ctx.items("problems"):
            said = item.heading + " " + _point_openings(ctx, item)
            body = ctx.text[item.start : item.end]
            words = ctx.words(item.start, item.end)
            told = answer_words(body, ctx, words=words, grams=ctx.span_ngrams(2, item.start, item.end))
            out.append((answer_words(said, ctx, with_terms=False), told | _near_keywords(ctx, told)))
        said_count: Counter[str] = Counter(chain.from_iterable(said for said, _ in out))
        body_count: Counter[str] = Counter(chain.from_iterable(body for _, body in out))
        ctx.cache["claims"] = (out, said_count, body_count)
    claims: tuple[list[tuple[set[str], set[str]]], Counter[str], Counter[str]] = ctx.cache["claims"]
    return claims


NEAR_KEYWORD = 5  # a keyword this long, written with one character changed, is still told (中央八条规定)


def _near_keywords(ctx: ReviewContext, told: set[str]) -> set[str]:
    """The markers and bigrams of the aspect keywords of NEAR_KEYWORD or more characters that a text
    with bigrams `told` writes with one character changed (中央八条规定 for 中央八项规定: all their
    bigrams but the two around that character): a slip in the name leaves the item telling of it, so
    a measure on 中央八项规定 answers that item, not another whose keyword it also is."""
    if not ctx.framework:
        return set()
    out: set[str] = set()
    for k, grams in _long_keywords(tuple(k for a in ctx.framework.aspects for k in a.keywords)):
        if grams[0] not in told or grams[-1] not in told or f"kw:{k}" in told:
            continue  # the ends are kept: a slip inside the name
        missing = [i for i, g in enumerate(grams) if g not in told]
        if missing and len(missing) <= 2 and missing[-1] - missing[0] <= 1:
            out |= {f"kw:{k}"} | word_bigrams(k)
    return out


@lru_cache(maxsize=8)
def _long_keywords(keywords: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The keywords of NEAR_KEYWORD or more characters, each with its bigrams in order."""
    return tuple(
        (k, tuple(k[i : i + 2] for i in range(len(k) - 1)))
        for k in dict.fromkeys(keywords)
        if len(k) >= NEAR_KEYWORD
    )


def _shared_aspect_bigrams(ctx: ReviewContext, name: str | None) -> set[str]:
    """Bigrams of `name`'s framework aspect that another aspect of the framework also has."""
    if not ctx.framework or not name:
        return set()
    if "aspect-bigrams" not in ctx.cache:  # once per review: each aspect's bigrams
        ctx.cache["aspect-bigrams"] = [
            (a.name, set(word_bigrams(" ".join([a.name, a.full or "", *a.aliases, *a.keywords]))))
            for a in ctx.framework.aspects
        ]
    mine: set[str] = set()
    others: set[str] = set()
    for aspect_name, words in ctx.cache["aspect-bigrams"]:
        if aspect_name == name:
            mine = words
        else:
            others |= words
    return mine & others


def answer_words(
    text: str,
    ctx: ReviewContext | None = None,
    with_terms: bool = True,
    words: list[str] | None = None,
    grams: list[str] | None = None,
) -> set[str]:
    """The bigrams of an answer (causes or measures text), plus `kw:` markers for each aspect
    keyword it contains whole (`words`: the text's segmentation, `grams`: its two-character runs
    of Chinese characters, when the review has them)."""
    pairs = bigrams(text) if grams is None else set(grams) - STOP_BIGRAMS
    found = pairs | terms(text, words) if with_terms else pairs
    if ctx is not None and ctx.framework:
        found |= {marker for k, marker in _keyword_markers(ctx) if k in text}
    return found


_PERSON = frozenset("人员者")


def _buried(text: str, words: list[str] | None = None) -> set[str]:
    """Bigrams that occur in `text` only inside a longer word of four or more characters: 组织 in
    双重组织生活 is the word 组织生活, not 敬畏组织's 组织; or inside a word for a person (责任人,
    负责人, 联系人): 明确责任人 names who, not the 责任 a problem confessed. `words`: the text's
    dictionary words (no HMM), when the review has them."""
    import rjieba

    free: set[str] = set()
    inside: set[str] = set()
    at = 0
    for word in rjieba.cut(text, False) if words is None else words:
        n = len(word)
        if n == 2:
            free.add(word)
        elif n > 2:
            held = n >= 4 or word[-1] in _PERSON
            (inside if held else free).update([word[k : k + 2] for k in range(n - 1)])
        if at and n >= 1:  # a bigram across two words is free
            free.add(text[at - 1 : at + 1])
        at += n
    return inside - free


_CAMPAIGN_AFTER = re.compile(r"[\u4e00-\u9fff”]{0,4}?(?:学习教育|主题教育|专题教育|教育实践活动)")


def _in_campaign_names(ctx: ReviewContext, text: str) -> set[str]:
    """The aspect keywords that `text` writes only as the opening of a campaign's name: each place it
    stands is followed within a few characters by the campaign's kind (中央八项规定 + 精神 + 学习教育)."""
    return {
        k
        for k, _ in _keyword_markers(ctx)
        if len(k) >= 4
        and k in text
        and all(_CAMPAIGN_AFTER.match(text, at + len(k)) for at in _places(text, k))
    }


def _names_written_whole(ctx: ReviewContext, text: str) -> set[str]:
    """Bigrams of the aspect names that `text` writes whole (转变工作作风: 作风 is 工作作风's, not buried
    in a longer word)."""
    if not ctx.framework:
        return set()
    names = {n for a in ctx.framework.aspects for n in (a.name, *a.aliases) if len(n) >= 4}
    return {b for n in names if n in text for b in word_bigrams(n)}


def _inside_keywords(ctx: ReviewContext, text: str) -> set[str]:
    """Bigrams that occur in `text` only inside an aspect keyword of four or more characters: 服务 in
    参加志愿服务活动 is the keyword 志愿服务 (its own marker answers the item that told it), not 联系服务群众's
    服务 (jieba cuts 志愿服务 in two, so _buried does not see it)."""
    if not ctx.framework:
        return set()
    covered = [False] * len(text)
    spans: list[tuple[int, int]] = []
    for word in {k for a in ctx.framework.aspects for k in a.keywords if len(k) >= 4}:
        at = text.find(word)
        while at >= 0:
            covered[at : at + len(word)] = [True] * len(word)
            spans.append((at, at + len(word)))
            at = text.find(word, at + 1)
    # a bigram is inside when both its characters are covered; it stays only when every place the text
    # writes it is (found by str.find: the few bigrams inside keywords, not every place of the text)
    last = len(text) - 1
    inside = {text[at : at + 2] for a, b in spans for at in range(a, min(b, last)) if covered[at + 1]}
    return {b for b in inside if all(covered[at] and covered[at + 1] for at in _places(text, b))}


def _places(text: str, piece: str) -> Iterator[int]:
    """Every place `piece` begins in text, overlapping ones too."""
    at = text.find(piece)
    while at >= 0:
        yield at
        at = text.find(piece, at + 1)


def _generic(ctx: ReviewContext, items: list[Item]) -> set[str]:
    """Bigrams found in at least half of the problem items say nothing about any one of them."""
    if len(items) < 4:
        return set()
    body_count = _claims(ctx)[2]
    size = len(items)
    return {b for b, n in body_count.items() if n * 2 >= size and ":" not in b}


# the closing paragraph that the last part often absorbs (以上是我的个人对照检查……接受组织和群众监督)
# promises nothing to any one problem
_CLOSING = re.compile(r"(?m)^[ \t\u3000]*(?:以上|上述|恳请|敬请|请各位|请同志们)[^\n]*$")


# a measure's promise to accept supervision (接受组织和群众的监督, 接受辖区党员群众监督) names who watches,
# not what is answered: its 组织 and 群众 tie the measure to no aspect (blind sets 7 and 9)
_SUPERVISION = re.compile(r"接受[^。；;，,\n]{0,12}?监督")
# 组织 as the verb of arranging an activity (每月组织一次检查, 组织开展培训) is not 敬畏组织's or 组织观念's 组织
_ARRANGING = re.compile(
    r"组织(?=开展|召开|实施|一次|[一二两三四五六七八九十\d]+[次场期批轮]|党员|干部|人员|力量)"
)


# the closing pledge after the last measure, a paragraph of its own that speaks of the meeting as a whole
# (通过这次组织生活会，我将…让群众满意; 村党支部将以这次组织生活会为新起点…; 今后，班子将以此次民主生活会为
# 契机，发扬斗争精神): its 群众, 斗争精神 or 敬畏人民 are the pledge's words, no measure for one problem
_PLEDGE = re.compile(
    r"(?m)^[ \t\u3000]*(?:今后|下一步|总之)?[，,]?[^，,。；;：:\n]{0,12}?(?:通过|以|借|借助|利用)(?:这次|此次|本次)"
    r"[^，,。；;\n]{0,14}?(?:会|检查|教育|活动)[^\n]*$"
)
# what makes such a paragraph a measure part of its own (以这次民主生活会为契机，抓好三件事：一是…): points,
# a number, a time
_PLEDGE_DOES = re.compile(
    r"\d|[一二三四五六七八九十]是|第[一二三四五六七八九十]|[（(][一二三四五六七八九十][）)]"
)


# the meeting (or campaign) the material is written for, named in a measure (对本次组织生活会查摆的问题建立台账,
# 把这次“三严三实”专题民主生活会查摆的问题纳入整改台账, 巩固这次主题教育成果): the ledger of every problem, no
# matter of one; its 民主生活 or 组织生活 ties it to the problem that told of last year's meeting (在2016年度民主
# 生活会上…) by nothing but the name (r28)
_THIS_MEETING = re.compile(
    r"(?:本次|这次|此次)[^，,。；;：:\n]{0,12}?(?:民主生活会|组织生活会|生活会|主题教育|学习教育|专题教育)"
)


def _drop_pledge(found: re.Match[str]) -> str:
    line = found.group()
    return line if _PLEDGE_DOES.search(line) or TIME.search(line) else ""


def _without_closing(text: str) -> str:
    """The measures text without what answers no problem: the closing paragraph and pledge, the meeting the
    material is written for, the promise to accept supervision, 组织 as the verb of arranging."""
    text = _PLEDGE.sub(_drop_pledge, _CLOSING.sub("", text))
    if "次" in text:
        text = _THIS_MEETING.sub(" ", text)
    return _ARRANGING.sub(" ", _SUPERVISION.sub(" ", text))


# an item headed by the aspect it reviews (执行群众路线和调查研究方面) that the framework does not list (an
# older year's, a local one): its own words are what a measure must answer
_ASPECT_HEADING = re.compile(r"^[^，,。；;：:]{4,24}方面[。：:]?$")


def _names_aspect(heading: str) -> bool:
    return bool(_ASPECT_HEADING.match(heading.strip()))


def _unanswered(ctx: ReviewContext, kind: str) -> Iterator[Item]:
    """Problem items (with an aspect) that the causes or measures part does not answer: for
    measures, the part as a whole, and one measure by itself (`measure_units`). (Linking each
    measure item to its best problems, as the ledger does, was measured: 22 false alarms on 83,000
    clean characters; asking only whether some measure answers the item is the weaker test.)"""
    import rjieba

    from mingjing.rules.coverage import answered_without_problem
    from mingjing.rules.measure_order import answered_in_order
    from mingjing.rules.measure_owners import claimed_elsewhere
    from mingjing.rules.measure_units import headed_by_its_matter, some_measure_answers

    spans = ctx.answer_spans(kind)  # a merged part by halves: a stated cause is no measure
    items = [
        i
        for i in ctx.said_items()
        if (i.aspect or (kind == "measures" and _names_aspect(i.heading)))
        and not answered_without_problem(ctx, i)
    ]  # r21: an aspect that says it holds no problem has nothing to answer (C106 reads it)
    if not spans or not items:
        return
    pieces = [_without_closing(ctx.text[a:b]) for a, b in spans]
    text = " ".join(pieces)
    # the words of the pieces joined by spaces are the words of each piece (a space ends a block)
    words = [
        w
        for (a, b), piece in zip(spans, pieces)
        for w in (ctx.words(a, b) if piece == ctx.text[a:b] else rjieba.cut(piece))
    ]
    # likewise its bigrams (a space ends a run of Chinese characters)
    grams = [
        g
        for (a, b), piece in zip(spans, pieces)
        for g in (ctx.span_ngrams(2, a, b) if piece == ctx.text[a:b] else cjk_ngrams(piece, 2))
    ]
    answer = answer_words(text, ctx, words=words, grams=grams)
    if kind == "measures":  # a measure's word inside a longer word (组织 in 组织生活) is another word
        plain: list[str] = []  # the dictionary words of the pieces joined by spaces
        for k, ((a, b), piece) in enumerate(zip(spans, pieces)):
            plain += ([" "] if k else []) + (
                ctx.words(a, b, hmm=False) if piece == ctx.text[a:b] else rjieba.cut(piece, False)
            )
        buried = (_buried(text, plain) | _inside_keywords(ctx, text)) - _names_written_whole(ctx, text)
        answer |= {f"buried:{b}" for b in buried}
        # a keyword written only inside a campaign's name (中央八项规定 of 中央八项规定精神学习教育成果巩固) names
        # the campaign, no matter of the aspect's problems (r23)
        for keyword in _in_campaign_names(ctx, text):
            answer.discard(f"kw:{keyword}")
            answer |= {f"buried:{b}" for b in word_bigrams(keyword)}
    in_round = _answered_in_round(ctx, kind)
    for item in items:
        if item.start in in_round:
            continue
        if kind == "measures" and (headed_by_its_matter(ctx, item) or answered_in_order(ctx, item)):
            continue
        if not answered_by(ctx, item, answer, kind) and not (
            kind == "measures" and _one_measure_takes_up(ctx, item)
        ):
            missing = True
        else:  # the part's words may be scattered over measures written for other problems
            missing = kind == "measures" and not some_measure_answers(ctx, item)
        if missing and kind == "causes" and _repeats_own_words(ctx, item, text):
            missing = False  # r27: a cause that tells again what only this item told (没有及时向局党组报告)
        # the last reading, the costliest: one measure takes up rare words of the problem's own
        if missing and not (kind == "measures" and rare_answer(ctx, item)):
            yield item
        elif kind == "measures" and claimed_elsewhere(ctx, item):
            yield item  # its only ties are thin ones in measures written for other problems


OWN_RUN = 8  # characters of a problem's own words a cause repeats: a clause, not a stock phrase's pieces
MIN_RUN_WORDS = 4  # bigrams of the run that say something (STOP_BIGRAMS left out)


def _repeats_own_words(ctx: ReviewContext, item: Item, answer: str) -> bool:
    """Whether the causes text repeats a run of OWN_RUN characters of the item's text that no other problem
    item has (对工作站建设滞后等问题没有及时向局党组报告 after 没有及时向局党组报告 in the item): the cause
    names its problem in the problem's own words, whatever the aspect's words (r27)."""
    body = ctx.text[item.start : item.end]
    others = [ctx.text[i.start : i.end] for i in ctx.items("problems") if i.start != item.start]
    for run in _CJK.findall(answer):
        for k in range(len(run) - OWN_RUN + 1):
            piece = run[k : k + OWN_RUN]
            if piece in body and len(bigrams(piece)) >= MIN_RUN_WORDS and not any(piece in o for o in others):
                return True
    return False


def _answered_in_round(ctx: ReviewContext, kind: str) -> set[int]:
    """Starts of the problem items an aspect-major material answers by position: the causes or
    measures part of their own round (`一、…情况` 【存在问题】【原因剖析】【整改措施】) that has text."""
    answered: set[int] = set()
    for r in aspect_rounds(ctx.outline.sections):
        if any(s.kind == kind and _CJK.search(ctx.text[s.heading_end : s.end]) for s in r[1:]):
            answered.update(i.start for i in r[0].items)
    return answered


def answer_strength(
    ctx: ReviewContext, item: Item, answer: set[str], kind: str = "measures"
) -> tuple[int, int]:
    """(bigrams of the aspect's words, bigrams of the item's own words) that text with bigrams
    `answer` shares with the problem item, generic ones left out."""
    if "generic-bigrams" not in ctx.cache:
        said = ctx.said_items()
        ctx.cache["generic-bigrams"] = _generic(ctx, said)  # a gap item has no words to share
    generic: set[str] = ctx.cache["generic-bigrams"]
    key = ("aspect-words", item.start, kind)
    if key not in ctx.cache:
        ctx.cache[key] = _aspect_words(ctx, item, kind)
    own: set[str]
    own_said: set[str]
    own, own_said = ctx.cache[key]
    own_hits = {b for b in (own - generic) & answer if f"buried:{b}" not in answer}
    # a pair across a particle (的意 of 的意识) is no word of the item's
    said_hits = (own_said - generic) & answer
    if kind == "measures":
        said_hits = _said_words({b for b in said_hits if not _PARTICLES.intersection(b)})
    sets = _item_sets(ctx, item) if kind == "measures" else None
    if sets is not None:
        mine_said, body = sets
        _, said_count, body_count = _claims(ctx)
        # a word another item says in its openings, and this item never uses, belongs to that item
        own_hits = {b for b in own_hits if b in body or said_count[b] == (b in mine_said)}
        # a keyword's word that another item's text uses and this item's never does belongs to that item:
        # 中央八项规定 in the measure for the item that told of it does not answer 敬畏人民、敬畏组织、敬畏法纪
        # problems about bus lines and reporting (the aspect's name still would)
        names = _name_bigrams(ctx, item)
        own_hits = {b for b in own_hits if b in body or b in names or body_count[b] == 0}
        # one bigram of a keyword alone ties nothing: 中心 of 以人民为中心 in 蔬菜分拣中心
        own_hits = {
            b for b in own_hits if b in names or b.startswith("kw:") or _keyword_held(ctx, item, b, answer)
        }
        # a piece of a fixed term of the aspect (集中 of 民主集中制) that the measure writes only in another word
        # (开展集中整治) and the term nowhere whole: another matter's word, unless the name says it outside the
        # term (r24)
        own_hits -= _pieces_of_unwritten_terms(item, own, own_hits, answer)
        # what other items also say does not tie the answer to this one
        said_hits = {b for b in said_hits if body_count[b] == (b in body) and not b.startswith("3:")}
        # long words and quoted terms that only this item's whole text has: the measure takes up what
        # only this item tells (不动产“登记难” → 对剩余不动产“登记难”问题逐宗化解)
        # (not a time word, 上半年, 每半年, 下半年: every measure part names its times, and a problem that told its
        # half-year is no more answered by a measure on another matter held each half-year, r27)
        distinctive = {
            b
            for b in body & answer
            if b.startswith("3:") and body_count[b] == 1 and not _TIME_CHARS.issuperset(b[2:])
        }
        if own_hits and not said_hits and not _strong(ctx, item, own_hits) and not distinctive:
            own_hits = set()  # one stray word of one keyword (管理, 组织, 监督) ties nothing by itself
        if len(own_hits) == 1 and not distinctive and all(_common_head(ctx, item, b) for b in own_hits):
            # the head of the aspect's name alone, a word every measure uses (责任 of 落实安全生产责任 for
            # 管党治党责任), ties nothing, whatever else it shares: another matter's 责任
            own_hits = set()
        if len(distinctive) >= MIN_SHARED_TERMS:
            return len(own_hits), max(len(said_hits), MIN_SHARED_SAID)
    return len(own_hits), len(said_hits)


_PARTICLES = frozenset("的地得了着之")


FIXED_TERM = 5  # a keyword this long is a fixed term (民主集中制, 组织生活制度; not 政治规矩, whose 规矩 is every discipline's): a measure answers it by writing it


def _pieces_of_unwritten_terms(item: Item, own: set[str], hits: set[str], answer: set[str]) -> set[str]:
    """The hits that are only pieces of the aspect's fixed terms which the answer never writes whole, and
    which the aspect's name does not hold outside those terms."""
    terms = [k[3:] for k in own if k.startswith("kw:") and len(k) - 3 >= FIXED_TERM and k not in answer]
    if not terms:
        return set()
    rest = item.aspect or ""
    for term in terms:
        rest = rest.replace(term, "　")
    # the verb that frames such a term in the aspect's wording (实行民主集中制) is every measure's verb
    # (一律实行联签): no tie while the term is not written
    return {
        b
        for b in hits
        if ":" not in b and ((any(b in t for t in terms) and b not in rest) or b in _FRAMING_VERBS)
    }


_FRAMING_VERBS = frozenset({"实行", "执行"})


def _said_words(hits: set[str]) -> set[str]:
    """The shared bigrams of what an item says that are no pair across a preposition and the next word
    (对干 of 对干部, 在支 of 在支部, 把学 of 把学习): a measure that writes 对干部 has shared 干部, a stop word,
    with the item, no word of its own (a long word's marker, 3:…, is kept)."""
    import rjieba

    return {b for b in hits if ":" in b or b[0] not in _FUNCTION_CHARS or rjieba.has_word(b)}


LONG_NAME = 8  # a name this long (its framing left out) says its matter before its head


def _generic_heads(ctx: ReviewContext) -> frozenset[str]:
    """The heads (last two characters) that long aspect names of two or more shipped packs end with, each
    after a matter of its own (责任 of 管党治党责任 and of 全面从严治党政治责任): a head many duties share.
    A short name's head is its matter (作风 of 工作作风, 学习 of 理论学习)."""
    if "generic-heads" not in ctx.cache:
        packs: dict[str, set[str]] = {}
        for fw in ctx.frameworks.values():
            for a in fw.aspects:
                core = _core(a.name)
                if len(core) >= LONG_NAME:
                    packs.setdefault(core[-2:], set()).add(fw.id)
        ctx.cache["generic-heads"] = frozenset(h for h, ids in packs.items() if len(ids) >= 2)
    heads: frozenset[str] = ctx.cache["generic-heads"]
    return heads


def _common_head(ctx: ReviewContext, item: Item, bigram: str) -> bool:
    """Whether the bigram is the head of the aspect's name (its last two characters: 责任 of 管党治党责任,
    of 全面从严治党政治责任), a head many duties share (`_generic_heads`) and a word every measure uses
    (measure_rarity): what the name says of its matter is in its other words."""
    if not common_in_measures(bigram) or bigram not in _generic_heads(ctx):
        return False
    aspect = ctx.framework.aspect(item.aspect) if ctx.framework and item.aspect else None
    names = [item.aspect or ""] + ([aspect.name] if aspect else [])  # its wording may join two (…和政治规矩)
    return any(_core(n).endswith(bigram) for n in names if n)


def _keyword_held(ctx: ReviewContext, item: Item, bigram: str, answer: set[str]) -> bool:
    """Whether a keyword of the item's aspect that has `bigram` has another of its bigrams in
    `answer` too (联系 and 群众 of 密切联系群众), not that one bigram alone."""
    aspect = ctx.framework.aspect(item.aspect) if ctx.framework and item.aspect else None
    if aspect is None:
        return True
    for k in aspect.keywords:
        held = word_bigrams(k)
        if bigram in held and len(held & answer) >= 2:
            return True
    return False


def _told_only_here(ctx: ReviewContext, item: Item) -> set[str]:
    """Bigrams of the item's whole text that no other problem item has and that are not generic."""
    key = ("told-only-here", item.start)
    if key not in ctx.cache:
        sets = _item_sets(ctx, item)
        body_count = _claims(ctx)[2]
        if "generic-bigrams" not in ctx.cache:  # as answer_strength computes it
            ctx.cache["generic-bigrams"] = _generic(ctx, ctx.said_items())
        generic = ctx.cache["generic-bigrams"]
        ctx.cache[key] = (
            set()
            if sets is None
            else {b for b in sets[1] if body_count[b] == 1 and b not in generic and ":" not in b}
        )
    told: set[str] = ctx.cache[key]
    return told


_FUNCTION_CHARS = frozenset("到的地得在对把被和与及了是为从向于将给让以就也都")
# a unit's posts held by one person (总工程师, 分管副厂长, 纪委书记): someone a problem tells of in passing (会前与
# 总工程师沟通不充分) whom a measure on another matter names too (成立由总工程师牵头的专家组), no tie (r24)
_POST = re.compile(
    r"(?:总|副总)(?:工程|会计|经济|农艺|畜牧)师|副?总经理|(?:分管)?(?:常务)?副?[厂局所院校站队科处部县镇乡区市]长|"
    r"(?:纪委|党委|党组|支部|总支|工会)副?书记|(?:工会)?副?主席|(?:办公室)?副?主任"
)
_TIME_CHARS = frozenset("年月日周上下半季度底初末前后今明去本每期间内")


def _one_measure_takes_up(ctx: ReviewContext, item: Item) -> bool:
    """One measure item takes up at least MIN_SHARED_BODY bigrams that only this problem item tells
    (茶园、茶企、保底收购协议 → 每季度到茶园、茶企实地调研，推动签订保底收购协议): the words are
    concentrated in one measure, not scattered over the part by chance."""
    told = _told_only_here(ctx, item)
    if "measure-texts" not in ctx.cache:
        # a merged part's items by their measures (下一步，…), not the causes they state first
        texts, pairs = [], []
        for m in ctx.item_spans("measures"):
            raw = " ".join(ctx.text[a:b] for a, b in m)
            texts.append(_without_closing(raw))
            # the bigrams of a text as written: the document's (a space ends a run of Chinese characters)
            written = texts[-1] == raw
            pairs.append(
                set(chain.from_iterable(ctx.span_ngrams(2, a, b) for a, b in m)) - STOP_BIGRAMS
                if written
                else bigrams(texts[-1])
            )
        ctx.cache["measure-texts"] = texts
        ctx.cache["measure-bigrams"] = pairs
    if any(len(told & words) >= MIN_SHARED_BODY for words in ctx.cache["measure-bigrams"]):
        return True
    # or one measure repeats a phrase of four characters that only this item tells (3个开工滞后的项目 →
    # 对3个开工滞后的项目实行周调度)
    if not told:
        return False
    body = ctx.text[item.start : item.end]
    measures: list[str] = ctx.cache["measure-texts"]
    told_at = [body[k : k + 2] in told for k in range(len(body) - 1)]
    posts = [m.span() for m in _POST.finditer(body)]
    for k in range(len(body) - 3):
        if told_at[k + 1] and told_at[k + 2] and (told_at[k] or _word_of_two(body[k : k + 4])):
            if any(a <= k and k + 4 <= b for a, b in posts):
                continue  # 总工程师: someone the problem tells of, no matter of its own (r24)
            run = body[k : k + 4]
            if run[0] in _FUNCTION_CHARS or run[-1] in _FUNCTION_CHARS or set(run) <= _TIME_CHARS:
                continue  # 到联系村: a preposition and a place name; 年上半年: a time; no phrase of the problem's own
            if any(run in m for m in measures):
                return True
    return False


SHARED_WITH_NAME = 2  # bigrams only the item tells that one measure takes up, beside a bigram of its name


def _one_measure_shares(ctx: ReviewContext, item: Item) -> int:
    """The most bigrams that only this problem item tells which one measure item takes up (not a pair with a
    function word, 在村, or of time alone, 周内: no words of the problem's own)."""
    told = {
        b
        for b in _told_only_here(ctx, item)
        if not _FUNCTION_CHARS.intersection(b) and not set(b) <= _TIME_CHARS
    }
    if not told:
        return 0
    if "measure-bigrams" not in ctx.cache:
        _one_measure_takes_up(ctx, item)  # fills the measures' bigrams
    return max((len(told & words) for words in ctx.cache.get("measure-bigrams", [])), default=0)


def _word_of_two(run: str) -> bool:
    """A four-character phrase made of two dictionary words (学习笔记 = 学习 + 笔记): its first word may be
    common to many items while the whole is told by one only."""
    import rjieba

    return rjieba.has_word(run[:2]) and rjieba.has_word(run[2:])


def _item_sets(ctx: ReviewContext, item: Item) -> tuple[set[str], set[str]] | None:
    """(what the item says in its openings, its whole-text words); None for an item that is not a
    problem item."""
    claims = _claims(ctx)[0]
    mine = next((k for k, i in enumerate(ctx.items("problems")) if i.start == item.start), None)
    return None if mine is None else claims[mine]


def _strong(ctx: ReviewContext, item: Item, hits: set[str]) -> bool:
    """Hits that name the aspect: a bigram of its name or wording, two or more bigrams, or a keyword
    of four or more characters written whole."""
    words = {b for b in hits if not b.startswith("kw:")}
    # one bigram of the name that other items tell too (责任 of 管党治党责任, told by 政治责任 as well, in
    # 扛牢粮食安全责任) ties the measure to no one item, unless one measure also takes up some words only
    # this item tells (服务 of 服务人民 and 配齐帮办人员 for 过了两个月才配备帮办人员)
    body_count = _claims(ctx)[2]
    named = words & _name_bigrams(ctx, item)
    return (
        any(body_count[b] <= 1 for b in named)
        or len(words) >= 2
        # a keyword written whole: a long one, or a short one few measures use (宴请, 家风, 保密)
        or any(b.startswith("kw:") and (len(b) >= 7 or not common_in_measures(b[3:])) for b in hits)
        or (bool(named) and _one_measure_shares(ctx, item) >= SHARED_WITH_NAME)  # the costly test last
    )


def answered_by(ctx: ReviewContext, item: Item, answer: set[str], kind: str = "measures") -> bool:
    """Whether text with bigrams `answer` answers the problem item (one of its aspect's words, or
    three of its own); the ledger links each measure to the problems it answers with this same test."""
    own, said = answer_strength(ctx, item, answer, kind)
    return own > 0 or said >= MIN_SHARED_SAID


@code_rule(
    "A101",
    "aspect-without-measure",
    "correspondence",
    "warning",
    "“{match}”{aspect}查摆的问题在整改措施中没有对应的措施",
    "每个方面的问题都要有针对性的整改措施，否则问题无从整改、台账无从跟踪。",
    bad=[
        variant(
            "（五）严守廉洁自律。每半年听取1次工程项目廉政风险防控汇报，2024年3月底前修订项目招投标内控制度。",
            "（五）加强学习交流。每月参加1次读书会。",
        ).replace("（六）在廉洁自律方面。", "（六）[在廉洁自律方面]。"),
        # 本领 of 业务本领 is another matter's word: the heading names no 能力本领 and no 数字化本领
        variant(
            "（二）提升政治素质和能力本领。建立行业舆情日报制度，接报后24小时内核查；2024年底前完成“智慧交通”平台建设，"
            "每月专题学习数字化知识1次。",
            "（二）提升政治素质和业务本领。建立行业舆情日报制度，接报后24小时内核查；每月到路政执法一线跟班学习1次。",
        ).replace("（三）在能力本领方面。", "（三）[在能力本领方面]。"),
        # the 担当作为 measure cut: the road project named in passing in the measure on 调研 (whose own problem
        # owns it) answers nothing (measure_owners)
        variant(
            "（三）敢于担当作为。对S218线征地难点实行包保，每月至少上门协调2次，2024年9月底前完成征地。\n", ""
        )
        .replace(
            "2024年到偏远村组调研不少于10次，",
            "2024年到偏远村组调研不少于10次，顺路察看S218线改扩建进度，",
        )
        .replace("（四）在担当作为方面。", "（四）[在担当作为方面]。"),
        # the closing pledge after the last measure names the aspect (严守廉洁自律) and answers no problem of it
        variant(
            "（五）严守廉洁自律。每半年听取1次工程项目廉政风险防控汇报，2024年3月底前修订项目招投标内控制度。",
            "通过这次民主生活会，我将严守廉洁自律，以实际行动取信于民。",
        ).replace("（六）在廉洁自律方面。", "（六）[在廉洁自律方面]。"),
        # the Party's name that opens every Party regulation's title ties a measure on the 章程 to no problem
        # that cited another regulation
        variant(
            "（五）严守廉洁自律。每半年听取1次工程项目廉政风险防控汇报，2024年3月底前修订项目招投标内控制度。",
            "（五）加强党章学习。2024年3月底前通读《中国共产党章程》1遍。",
        )
        .replace("一是对工程领域廉洁风险盯得不紧。", "一是对照《中国共产党廉洁自律准则》自查不够。")
        .replace("（六）在廉洁自律方面。", "（六）[在廉洁自律方面]。"),
        # a keyword written only inside a campaign's name (中央八项规定精神学习教育) names the campaign (r23)
        variant(
            "（五）严守廉洁自律。每半年听取1次工程项目廉政风险防控汇报，2024年3月底前修订项目招投标内控制度。",
            "（五）巩固学习成果。深入开展中央八项规定精神学习教育成果巩固工作。",
        ).replace("（六）在廉洁自律方面。", "（六）[在廉洁自律方面]。"),
        # the meeting the material is written for, named in a measure, answers no problem that told of an earlier
        # one (r28)
        variant(
            "（五）严守廉洁自律。每半年听取1次工程项目廉政风险防控汇报，2024年3月底前修订项目招投标内控制度。",
            "（五）抓好整改落实。对这次专题民主生活会查摆的问题逐项建立台账，年底前销号。",
        )
        .replace(
            "我听取廉政风险防控专题汇报只有1次。",
            "我听取廉政风险防控专题汇报只有1次；在上年度专题民主生活会上，对分管副局长插手工程分包的苗头没有提出批评。",
        )
        .replace("（六）在廉洁自律方面。", "（六）[在廉洁自律方面]。"),
    ],
    good=[
        GOOD,
        # a paragraph opened as a pledge that gives a measure's number and time is a measure
        variant(
            "（五）严守廉洁自律。每半年听取1次工程项目廉政风险防控汇报，2024年3月底前修订项目招投标内控制度。",
            "以这次民主生活会为契机，每半年听取1次工程项目廉政风险防控汇报，2024年3月底前修订项目招投标内控制度。",
        ),
        # an aspect this year's framework does not list, answered by a keyword the packs give it (家风)
        variant(
            "二、产生问题的原因",
            "（七）在生活纪律方面。一是家风建设抓得不够紧。对妻子经营的门店过问不多，对儿子婚礼的规模没有严格把关。"
            "\n二、产生问题的原因",
        )
        + "\n（六）严管家教家风。每季度与家属谈心1次，配偶经营门店的情况每年向党组报告。",
    ],
)
def aspect_without_measure(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for item in _unanswered(ctx, "measures"):
        yield rule.finding(ctx.text, item.heading_start, item.heading_end, aspect=_aspect_note(item))


@code_rule(
    "A102",
    "aspect-without-cause",
    "correspondence",
    "info",
    "“{match}”{aspect}查摆的问题在原因剖析中没有涉及",
    "原因剖析要覆盖查摆出的问题，才能找准病根、对症下药。",
    bad=[
        GOOD[: GOOD.index("（一）理论武装不够自觉")]
        + "（一）理论武装不够自觉。对原文原著学习没有常抓不懈。\n"
        + GOOD[GOOD.index("三、整改措施") :]
    ]
    + [
        GOOD[: GOOD.index("（一）理论武装不够自觉")].replace(
            "（六）在廉洁自律方面。", "（六）[在廉洁自律方面]。"
        )
        + "（一）理论武装不够自觉。对原文原著学习没有常抓不懈。\n"
        + GOOD[GOOD.index("三、整改措施") :]
    ],
    good=[GOOD],
)
def aspect_without_cause(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    causes = " ".join(ctx.text[a:b] for a, b in ctx.answer_spans("causes", headings=False))
    if len(_CJK.findall(causes)) == 0:
        return  # an empty causes part is S107's finding, not one per aspect
    for item in _unanswered(ctx, "causes"):
        if _theme_root_named(ctx, item, causes):
            continue
        yield rule.finding(ctx.text, item.heading_start, item.heading_end, aspect=_aspect_note(item))


@lru_cache(maxsize=1)
def cause_themes() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(aspect words, cause words) of each theme in data/cause_themes.yaml."""

    data = load_data((Path(__file__).parent / "data" / "cause_themes.yaml").read_text(encoding="utf-8"))
    return tuple((tuple(t["aspect"]), tuple(t["cause"])) for t in data["themes"])


def _theme_root_named(ctx: ReviewContext, item: Item, causes: str) -> bool:
    """The causes part names a root of the item's aspect theme (廉洁自律 ← 纪律规矩意识有所松懈, 廉政风险)."""
    aspect = ctx.framework.aspect(item.aspect) if ctx.framework and item.aspect else None
    names = " ".join(
        [item.aspect or "", item.heading] + ([aspect.full or "", *aspect.aliases] if aspect else [])
    )
    return any(
        any(w in names for w in words) and any(c in causes for c in roots) for words, roots in cause_themes()
    )


def _aspect_note(item: Item) -> str:
    """（廉洁自律方面） when the heading does not name the aspect itself (a problem-statement heading)."""
    return "" if not item.aspect or item.aspect in item.heading else f"（{item.aspect}方面）"


# commitments one can check afterwards, though they give no date: 一周内补学, 当天报告, 当月补学, 按时参加,
# 一律拒收, 逐份审核,
# 建立台账、销号管理 (an item heading followed by points like these is no bare slogan)
_CHECKABLE = re.compile(
    r"[一二三四五六七八九十两\d]+个?(?:天|日|周|工作日|小时)内|当天|当日|当月|按时|第一时间|一律|逐[份件笔家户人张]|"
    # a recurring occasion that sets the time (在节假日前开展廉洁提醒): one can check each holiday
    r"(?:节假日|重要节日|节日|春节|元旦|中秋|国庆)(?:前|期间)|"
    r"件件|事事|台账|销号|清单|"
    # a named rule or procedure one sets up (修订医院新媒体平台内容审核办法, 建立医疗纠纷依法处置机制), never a
    # bare one (建立长效机制, 健全相关制度: the slogans), a named campaign, or a concrete behaviour given up
    r"(?:修订|制定|建立|出台|实行|推行)(?!健全|完善|长效|相关|有关|各项|一套)[^，。；、]{3,18}?"
    r"(?:办法|制度|机制|规程|细则|流程|审核|复核|台账|责任制|行为规范|守则)|立即(?:停止|清退|纠正)|即日起|专项(?:治理|整治|检查|行动|巡察|巡查|审计|督查)|"
    # a step one asks leave or reports before, an order of steps one can check afterwards (离村事先请假,
    # 先由分管副所长发表意见，我最后表态; 方案公示后实施)
    # (提前书面请假, 事先向支部报告, 发言材料提前报支部审核: r23)
    r"(?:事先|提前|事前)(?:[^，。；]{0,6}(?:请假|报告|报备)|报[^，。；]{1,6}(?:审核|审批|审定|备案|批准))|先由[^，。；]{2,16}(?:再|最后|后)|公示后|"
    r"(?:不|拒绝|拒收|控制)(?:参加|参与|出入|收受|接受)?[^，。；]{0,20}?(?:宴请|礼品|礼金|红包|消费卡|聚会|场所|饮酒)|"
    r"不看手机|不玩手机|不闲聊|"
    # attending a whole activity, or a behaviour given up in a named setting (全程参加主题党日活动,
    # 不在非正式场合议论单位工作): one can check both afterwards
    r"全程(?:参加|参与)|(?:不|不再|决不)在[^，。；]{0,8}(?:场合|群里|朋友圈|网上)[^，。；]{0,6}(?:议论|发表|转发|传播)|"
    # a named rule carried out or a named campaign run (严格执行“三重一大”决策制度, 开展“回头看”)
    r"(?:执行|落实|开展|实行|改成|改为|采用|推行)[^，。；]{0,4}[“\"][^”\"]{2,10}[”\"]"
)


def is_slogan(text: str) -> bool:
    """A measure with no time limit, no frequency, no quantity and no checkable commitment is a slogan."""
    return not (
        TIME.search(text) or FREQUENCY.search(text) or _QUANTITY.search(text) or _CHECKABLE.search(text)
    )


# A measure that names many particular things (rules/particulars.py) says what will be done, though it
# gives no date or number; a slogan is made of the genre's common words (转变作风, 党性修养). Measured on
# every review fixture: planted slogan measures name at most 2, measures their writers held concrete 5 or more.
PARTICULAR_MIN = 4


def _bare_measure(text: str, body: str) -> bool:
    """A slogan (is_slogan) whose body (the text after its heading) names few particular things."""
    from mingjing.rules.particulars import particular_things

    return is_slogan(text) and particular_things(body) < PARTICULAR_MIN


# a part that sets targets (整改目标, 努力目标): its items state what is to be reached, not how
_TARGETS = re.compile(r"目标")
_HOW = re.compile(r"措施|举措|办法|任务|方向")


@code_rule(
    "A103",
    "slogan-measure",
    "correspondence",
    "warning",
    "整改措施“{match}”只是口号：没有时限、频次或数量，无法检验是否落实",
    "整改措施要可检查：写明做什么、做到什么程度、什么时候完成。",
    bad=[
        variant(
            "（四）改进工作作风。2024年到偏远村组调研不少于10次，建立道路安全隐患台账并逐项销号。",
            "（四）[改进工作作风]。进一步转变作风，切实深入基层，真正做到心系群众。",
        ),
        variant(
            "（四）改进工作作风。2024年到偏远村组调研不少于10次，建立道路安全隐患台账并逐项销号。",
            "（四）[改进工作作风]。建立长效机制，健全相关制度，切实转变作风。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "（四）改进工作作风。2024年到偏远村组调研不少于10次，建立道路安全隐患台账并逐项销号。",
            "（四）严守廉洁纪律。修订科室耗材采购审核办法，不参加可能影响公正执行公务的宴请。",
        ),
        variant(
            "（四）改进工作作风。2024年到偏远村组调研不少于10次，建立道路安全隐患台账并逐项销号。",
            "（四）严守组织纪律。按时参加支部组织生活，因公缺席的提前请假，并在一周内完成补学。",
        ),
        variant(
            "（四）改进工作作风。2024年到偏远村组调研不少于10次，建立道路安全隐患台账并逐项销号。",
            "（四）守牢廉洁底线。拒绝服务对象的宴请和礼品，严格执行“三重一大”决策制度。",
        ),
        variant(
            "（四）改进工作作风。2024年到偏远村组调研不少于10次，建立道路安全隐患台账并逐项销号。",
            "（四）锤炼党性修养。在支部组织生活中带头开展批评和自我批评，不在非正式场合随意议论单位工作。",
        ),
        variant(  # no date or number, but it names what will be done, where and for whom
            "（四）改进工作作风。2024年到偏远村组调研不少于10次，建立道路安全隐患台账并逐项销号。",
            "（四）改进窗口服务。在政务大厅增设帮办代办窗口，对老年人和残疾人开通绿色通道，"
            "把不动产登记、社保查询等高频事项纳入自助终端办理。",
        ),
        variant(  # a count of rounds, a step taken beforehand, a named format adopted: each can be checked
            "（四）改进工作作风。2024年到偏远村组调研不少于10次，建立道路安全隐患台账并逐项销号。",
            "（四）严守工作纪律。对所属企业开展一轮专项巡察，离村事先请假，把政策宣讲改成“院坝会”，"
            "立即停止与经销商的私人往来，制定执法人员行为规范。",
        ),
        variant(  # an occasion that sets the time, each one checked
            "（四）改进工作作风。2024年到偏远村组调研不少于10次，建立道路安全隐患台账并逐项销号。",
            "（四）守牢廉洁底线。在节假日前对分管科室开展廉洁提醒，报销前逐张核对票据。",
        ),
        GOOD.replace("三、整改措施", "三、整改目标").replace(  # targets say what is to be reached
            "（四）改进工作作风。2024年到偏远村组调研不少于10次，建立道路安全隐患台账并逐项销号。",
            "（四）作风明显改进。干部作风进一步转变，群众满意度进一步提升。",
        ),
    ],
)
def slogan_measure(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    measures = [
        i
        for s in ctx.sections("measures")
        if not (_TARGETS.search(s.heading) and not _HOW.search(s.heading))
        for i in s.items
    ]
    merged = {id(i) for s in ctx.sections("measures") if is_merged(s.heading) for i in s.items}
    for item in measures:
        if id(item) in merged and not is_measure_heading(item.heading):
            # an item of a merged 原因剖析及整改措施 part headed by the cause it states (`理论学习不深不透。…根源…。
            # 今后坚持…`): its measure is the half after the turn, judged as a measure item is (round r26)
            body = ctx.text[item.heading_end : item.end]
            turn = measure_turn(body)
            if turn is not None and turn > 0:
                start = item.heading_end + turn + len(body[turn:]) - len(body[turn:].lstrip())
                half = ctx.text[start : item.end]
                if _bare_measure(half, half):
                    first = re.match(r"[^。；;！？\n]*", half)
                    yield rule.finding(ctx.text, start, start + (first.end() if first else len(half)))
                continue
        if _CLOSING.fullmatch(ctx.text[item.heading_start : item.end].strip()):
            continue  # the closing line a last item absorbed (请同志们批评): no measure
        if not item.heading.strip() and len(item.points) >= 2:
            # a part written as 一是…二是… in one paragraph (an item found by position): each
            # point is a measure of its own, judged as an item with a heading would be
            for p in item.points:
                text = p.text[len(p.label) :]
                if is_slogan(text):
                    start = p.start + len(p.label)
                    first = re.match(r"[^。；;！？\n]*", text)
                    yield rule.finding(ctx.text, start, start + (first.end() if first else len(text)))
        elif _bare_measure(  # not the label: the 2 of 2. is no quantity
            ctx.text[item.heading_start : item.end], ctx.text[item.heading_end : item.end]
        ):
            yield rule.finding(ctx.text, item.heading_start, item.heading_end)


# words that name a root cause: a cause heading without any of them only describes a problem
ROOT_WORDS = re.compile(
    r"思想|理想|信念|党性|宗旨|根源|根子|认识|观念|放松|弱化|淡化|减弱|松懈|懈怠|主观|"
    r"世界观|人生观|价值观|政绩观|权力观|修养|锤炼|改造|初心|使命|自觉|敬畏|警醒|精神|动力|"
    r"定力|站位|立场|本领恐慌|惰性|惯性|习惯于|满足于|自我要求|要求不严|纪律规矩|责任|"
    # a cause told as one (随着年龄增长, 由于…, 说到底…) and the attitudes that are roots (图省事、怕麻烦)
    r"随着|由于|因为|源于|归根|说到底|图省事|怕麻烦|怕担责|怕出错|怕得罪人|"
    # what one put first or took a task for (没有把学习摆在首位, 把学习当作软任务) is an attitude, a root
    r"把[^，,。；]{1,16}(?:摆在|放在|当作|当成|看作|看成|视为|作为)"
)
# a state of mind told in the text under a cause heading is the root of the problem the heading echoes,
# however the heading echoes it (an aspect's name, stock shapes): 我存在畏难情绪, 侥幸心理, 认为…,
# 思想上存在…, 把学习当作软任务
MIND = re.compile(
    r"畏难|情绪|心态|心理|想法|认为|觉得|担心|顾虑|思想上|满足于|习惯于|把[^，,。；]{1,16}(?:摆在|放在|当作|当成|看作|看成|视为|作为)"
)
SIMILAR = 0.8


_FRAMING = re.compile(r"^在|方面$|方面存在的问题$|存在的问题$|情况$")


def _core(name: str) -> str:
    return _FRAMING.sub("", name)


# the words that open a cause's sentence (原因在于…, 究其原因，是…): not part of the cause
_CAUSE_LEAD = re.compile(r"^(?:究其原因|根源|根子|原因)(?:主要)?(?:是|在于|有)?[，,：:]?(?:是|在于)?")
_NOT_A_CAUSE = re.compile(r"^(?:(?:整改|改进)?措施|今后|下一步|我将)")


def _stated_causes(ctx: ReviewContext) -> list[Item]:
    """The causes A104 judges, as items whose heading is the cause: the causes part's items, and the
    items of a merged 原因分析及整改措施 part; an item headed by the problem it answers (关于…的问题)
    is judged by the sentence that states its cause (原因在于…, without those words), an item of a
    merged part headed by its measure not at all (it states no cause of its own)."""
    from mingjing.parse.sections import is_measure_heading, is_problem_ref

    out = []
    for section in ctx.answering("causes"):
        if section.kind == "problems":
            continue  # 存在的问题及原因剖析: problem items, each with its cause in its text
        merged = section.kind != "causes"
        for item in section.items:
            if not is_problem_ref(item.heading):
                if not merged or not is_measure_heading(item.heading):
                    out.append(item)
                continue
            body = ctx.body(item)
            start = item.heading_end + len(body) - len(body.lstrip("。：:，, \n"))
            sentence = re.match(r"[^。；;！？\n]*", ctx.text[start : item.end])
            if sentence is None or _NOT_A_CAUSE.match(sentence.group()):
                continue  # 关于…的问题。整改措施：… states no cause
            lead = _CAUSE_LEAD.match(sentence.group())
            at, end = start + (lead.end() if lead else 0), start + sentence.end()
            if end > at:
                out.append(replace(item, heading=ctx.text[at:end], heading_start=at, heading_end=end))
    return out


def _problem_names(ctx: ReviewContext) -> list[str]:
    names = []
    for item in ctx.items("problems"):
        names.append(item.heading)
        names += [
            re.split(r"[。；;：:！？，,]", p.text[len(p.label) :].lstrip("，,、：: "), maxsplit=1)[0]
            for p in item.points
        ]
        if item.aspect:
            names.append(item.aspect)
    return [_core(n) for n in names if n]


@code_rule(
    "A104",
    "cause-restates-problem",
    "correspondence",
    "warning",
    "原因“{match}”只是重复了查摆的问题（“{problem}”），没有说明问题产生的根源",
    "原因剖析要从理想信念、党性修养、宗旨意识、纪律规矩等方面找根源，而不是把问题换个说法再写一遍。",
    bad=[
        variant("（一）理论武装不够自觉。", "（一）[学得不够深]。"),
        variant("（四）纪律规矩弦绷得不紧。", "（四）[廉洁自律做得不够，工作作风不够扎实]。"),
    ],
    good=[
        GOOD,
        # stock shapes alike (有待提升, 有待提高) but no matter shared with any problem
        variant("（一）理论武装不够自觉。", "（一）请示报告不够及时，沟通协调有待提升。"),
        variant(  # the study of theory is a root the Party names first, the aspect's name or not (r21)
            "（一）理论武装不够自觉。对原文原著学习没有常抓不懈，学用结合不紧。",
            "（一）理论学习不够深入。对党的创新理论的学习停留在“知其然”的层面，学用结合不紧。",
        ),
        # the heading echoes the problem, the text under it names the root
        variant(
            "（一）理论武装不够自觉。对原文原著学习没有常抓不懈，学用结合不紧。",
            "（一）学得不够深。把理论学习当作软任务，没有认识到学习对履职的指导作用。",
        ),
        variant(  # the root told as a cause (随着…), with the attitudes behind it
            "（一）理论武装不够自觉。对原文原著学习没有常抓不懈，学用结合不紧。",
            "（一）学得不够深。随着工作年限增加，钻研的劲头有所下降，有时图省事、怕麻烦。",
        ),
        variant(  # an aspect's name in the heading, a state of mind under it: the root is told
            "（四）纪律规矩弦绷得不紧。对工程领域廉洁风险的严重性认识不足。",
            "（四）廉洁自律做得不够。遇到熟人请托时，我存在抹不开面子的心态。",
        ),
    ],
)
def cause_restates_problem(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    problems = _problem_names(ctx)
    causes = _stated_causes(ctx)
    similar: dict[int, str] = {}
    matcher = SequenceMatcher(None)
    cores = [_core(cause.heading) for cause in causes]
    for problem in problems:  # the expensive side of SequenceMatcher is b: set it once per problem
        b = _core(problem)
        if len(b) < 4:
            continue
        matcher.set_seq2(b)
        in_b = set(b).__contains__
        for k, a in enumerate(cores):
            if k in similar:
                continue
            if len(a) < 4:
                continue
            # a bound above quick_ratio, counted in C: only a's characters that b has can match
            # (computed as difflib computes its ratios, so a bound equal to SIMILAR is kept)
            if a != b and 2.0 * sum(map(in_b, a)) / (len(a) + len(b)) < SIMILAR:
                continue
            matcher.set_seq1(a)
            if a == b or (
                matcher.real_quick_ratio() >= SIMILAR
                and matcher.quick_ratio() >= SIMILAR
                and matcher.ratio() >= SIMILAR
            ):
                similar[k] = problem
    for k, cause in enumerate(causes):
        heading = cause.heading
        match = similar.get(k)
        body = _cause_body(ctx, cause)
        if match is not None and ROOT_WORDS.search(body):
            match = None  # the heading echoes the problem, the text under it names the root (没有认识到…)
        elif match is None and not ROOT_WORDS.search(heading):
            # no root word: it restates a problem when it names one of the problems' aspects
            match = next(
                (p for p in problems if len(p) >= 4 and p in heading and p not in ROOT_ASPECTS), None
            )
            shapes = len(re.findall(STOCK_SHAPE, heading))
            if match is None and shapes >= 2:
                # a heading of stock shapes restates the problem that shares its matter (学习, 作风), not
                # one that shares only the shapes' tails (有待提升 and 有待提高); a heading of three or more
                # is a list of shortcomings, and restates the problems it shares matter with together
                mine = bigrams(_STOCK_TAIL.sub(" ", heading))
                shared = [len(bigrams(_STOCK_TAIL.sub(" ", p)) & mine) for p in problems]
                best = max(range(len(problems)), key=shared.__getitem__, default=None)
                if best is not None and (
                    shared[best] >= MIN_MATTER or (shapes >= 3 and sum(map(bool, shared)) >= MIN_MATTER)
                ):
                    match = problems[best]
        if match is not None and MIND.search(body):
            match = None
        if match is not None:
            yield rule.finding(ctx.text, cause.heading_start, cause.heading_end, problem=match)


# the aspects whose names are a root the Party itself names first for every shortfall (理论学习不够深入,
# 放松了理论学习 heads the causes of most materials, the 理论学习 aspect among the problems or not): a cause
# headed by one restates a problem only when its wording echoes that problem (the similarity above) (r21)
ROOT_ASPECTS = frozenset({"理论学习", "理论武装", "政治理论学习"})
MIN_MATTER = 2  # bigrams of matter (not of the stock tails) a stock-shaped cause shares with a problem
_STOCK_TAIL = re.compile(r"(?:还不够|不够|有待|有所)[\u4e00-\u9fff]{0,2}|不[强高足深严实牢细硬]|欠缺")


def _cause_body(ctx: ReviewContext, cause: Item) -> str:
    """The first sentence of the cause's own text after its heading (empty for a cause stated in a
    sentence of a problem item, whose heading is that sentence)."""
    body = ctx.text[cause.heading_end : cause.end].lstrip("。：:，, \n")
    first = re.match(r"[^。；;！？\n]*", body)
    return first.group() if first else ""
