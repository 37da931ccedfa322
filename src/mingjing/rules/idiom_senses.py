"""Set phrases written in a sense they do not have (F234): 首当其冲 (the first to be hit) for "the first to act".

F184 (packs/formulation.yaml) reads 首当其冲的位置 (for 首要位置). Here the phrase stands as the speaker's own
act: after 我 or 我作为…, after a word of will (应当, 必须, 要, 带头), or before one (首当其冲要, 首当其冲地) or before a
comma and an act of the speaker's own (我作为分管领导首当其冲，主动认领…). The phrase in its own sense is
followed by what hits (首当其冲受到影响, 首当其冲面临质疑) or stands after what is hit (沿河村组首当其冲，…): quiet.
The fix follows the shape: 首当其冲要 → 理应带头, 应当首当其冲 → 带头, 我作为…首当其冲， → 责无旁贷.
Round r26 (set 52's 我总是首当其冲，但…): adverbs of habit between 我 and the phrase (总是, 都, 一向, 每次都) are the
speaker's habit of going first (冲在前面), unless the clause before it names a trouble that hits (出了问题, 群众有怨气:
then the phrase is in its own sense).

F236: set phrases whose context shows them used for their opposite (round r26, set 51's 完成情况差强人意，我负有一定
责任): 差强人意 (barely satisfactory) written for "unsatisfactory" — a degree word before it (很、十分、实在) or the next
clause owning a fault with no turn (我负有责任, 暴露出…不足; but 差强人意，但与先进相比还有差距 is its own sense);
不孚众望 (failing the people's trust) written for 不负众望 before a task done well (圆满完成, 取得). Round r27
(set 54's 整改成效差强人意，6个站中仍有3个未达标): the sentence going on with a count left undone is the misuse
too, unless a contrast (但…) opens the next clause. Round r28 (set 55's 支部全年只组织了1次，参加的党员只有5人，活动
效果差强人意，群众反映…): a shortfall anywhere in the sentence — a small count (只…1次, 仅六成, 不到一百), a
complaint (反映, 听不懂), a low rank, a thing not done — shows the misuse too, unless the phrase's own sense is
marked before it (还算, 只能说, 总体) or a turn to a better level follows it (但…, 离…, 与…相比).

Round r27 (set 53's 学习十九大精神首当其冲的是联系本职工作): F234 reads 首当其冲的是 + an act (a verb, a preposition,
or jieba's noun before another noun: 联系 本职工作) as 首要的是, unless the sentence names before it what hits
(物价上涨, 一旦发生管涌: then the people or places after 是 are the ones hit, its own sense).

F238 (round r27, set 53's 形成上行下效的良好风气): a set phrase of blame used as praise — 上行下效 before a good
style or an example's role (良好风气, 示范作用), 推波助澜 for a good cause (为乡村振兴推波助澜) — with the phrase
that praises as the fix (以上率下, 助力).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_PHRASE = "首当其冲"
_WILL_AFTER = re.compile(r"要|应当|应该|应|必须|更要|就要|理应|地")
_WILL_BEFORE = ("应当", "应该", "理应", "必须", "就要", "更要", "要", "带头", "率先")
# its own sense: what hits follows (受到影响, 面临质疑, 成为重点)
_HIT = re.compile(r"[^，。；！？\n]{0,3}?(?:受|遭|承受|面临|面对|成为|被|吃|挨|压力|冲击|影响)")
_SELF = re.compile(r"我(?:作为[^，。；！？\n]{1,12})?$")
# 我总是首当其冲, 我每次都首当其冲 (round r26): the speaker's habit of going first
_HABIT = re.compile(r"我(?:总是|一向|一直|向来|历来|往往|常常|经常|每次|每回|每每|次次|总|都|也|还)+$")
# the clause before names a trouble that hits: 出了问题，我总是首当其冲 is the phrase's own sense (for 我作为…
# too: 遇到群众投诉，我作为窗口负责人首当其冲)
_TROUBLE = re.compile(r"问题|矛盾|投诉|怨气|不满|风险|冲击|指责|批评|压力|事故|灾|危机|追责|问责|曝光")
# what hits told in the next clause (我首当其冲，被批评也是常事)
_HIT_NEXT = re.compile(r"[，,](?:被|受到|遭到|遭受|挨)")


# 首当其冲的是 + what is done first (round r27, set 53's 学习十九大精神首当其冲的是联系本职工作): the phrase as 首要的
_FIRST_THING = re.compile(
    r"的(?:就|便|还|也)?是(?:要)?|的(?:任务|工作|一条|一点|一步|一环|要求)(?:就|便)?是(?:要)?"
)
# what hits, said before in the sentence (物价上涨，首当其冲的是低收入群众): the phrase's own sense
_HITTING = re.compile(
    r"上涨|下跌|下滑|泄漏|泄露|爆发|暴发|发生|来临|来袭|到来|冲击|波及|影响|蔓延|裁员|减产|停产|关停|收紧|削减|"
    r"汛期|洪水|洪涝|内涝|干旱|旱情|灾害|受灾|成灾|疫情|险情|危机|动乱|风暴|寒潮|台风|地震|火灾|事故|污染|不景气|"
    r"一旦|如果|假如|万一"
)


def _first_thing(text: str, start: int, end: int) -> tuple[int, int, tuple[str, ...]] | None:
    """首当其冲的是 + an act (联系本职工作, 把…, 压实责任), no trouble named before it in the sentence."""
    m = _FIRST_THING.match(text, end)
    if m is None:
        return None
    sentence = text[max(0, start - 40) : start]
    sentence = sentence[max(sentence.rfind(c) for c in "。；！？\n") + 1 :]
    if _HITTING.search(sentence):
        return None
    from mingjing.rules.de_adverbial import dictionary_tag
    from mingjing.rules.postag import tag

    words = tag(text[m.end() : m.end() + 12])
    if not words:
        return None
    first, t = words[0]
    if _HIT.match(text, m.end()) or first in ("受", "受到", "遭受", "面临", "承受"):
        return None
    second = words[1][1] if len(words) > 1 else ""
    act = t[:1] in "vpd" or dictionary_tag(first) in ("v", "vn")
    # jieba's noun for a verb before its object (联系 本职工作, 压实 责任): two nouns in a row, the first no
    # noun of people or place (低收入 群众 is who is hit)
    act = act or (len(first) == 2 and t == "n" and second[:1] == "n" and not first.endswith(("收入", "人员")))
    if not act:
        return None
    return start, end, ("首要",)


def _fix(text: str, start: int, end: int) -> tuple[int, int, tuple[str, ...]] | None:
    """(start, end, suggestions) of a misused 首当其冲 at `start`, or None."""
    if (first := _first_thing(text, start, end)) is not None:
        return first
    after = text[end : end + 8]
    if _HIT.match(after):
        return None
    before = text[max(0, start - 16) : start]
    if before.endswith(_WILL_BEFORE):
        return start, end + after.startswith("地"), ("带头", "责无旁贷")
    m = _WILL_AFTER.match(after)
    if m is not None and not after.startswith("应对"):
        return start, end + m.end(), ("理应带头", "带头", "责无旁贷")
    if not (after[:1] in "，,。；" or not after) or _HIT_NEXT.match(after):
        return None
    clause = text[max(0, start - 40) : start]
    if _TROUBLE.search(clause[max(clause.rfind(c) for c in "。；！？\n") + 1 :]):
        return None  # 遇到群众投诉，我总是首当其冲: the trouble hits the speaker first, its own sense
    if _SELF.search(before):
        return start, end, ("责无旁贷", "带头")
    if _HABIT.search(before):
        return start, end, ("冲在前面", "带头")
    return None


@code_rule(
    "F234",
    "first-to-be-hit-as-first-to-act",
    "formulation",
    "warning",
    "成语误用：“首当其冲”是最先受到冲击、遭受灾难，不是“带头”“首要”，“{match}”应为“{suggestion}”",
    "“首当其冲”说的是处在冲要位置、最先受到攻击或灾难（汛期来临，沿河村组首当其冲）；写成“我首当其冲要抓好……”"
    "“应当首当其冲”“首当其冲地深入一线”“我作为分管领导首当其冲，主动……”“组织活动时我总是首当其冲”，是把它当成“带头”“冲在前面”“责无旁贷”用了；“抓好安全生产，首当其冲的是压实责任”是把它当成“首要”用了。"
    "后面是“受到”“遭受”“面临”之类、或前面说的是出了问题、有了压力（一出问题，我总是首当其冲；物价上涨，首当其冲的是低收入群众）时是本义，不提示（“首当其冲的位置”见 F184）。",
    bad=[
        variant("一是调查研究不够深入。", "一是作为局长，我[首当其冲要]抓好安全生产，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是班子成员应当[首当其冲]深入一线，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是班子成员要[首当其冲地]深入一线，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是我作为分管领导[首当其冲]，主动认领问题，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是单位组织义务献血，我每次都[首当其冲]，但调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是抓好安全生产，[首当其冲]的是压实班组责任，调查研究不够深入。"),
    ],
    good=[
        variant("一是调查研究不够深入。", "一是汛期来临，沿河村组首当其冲，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是窗口一出问题，我总是首当其冲，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。",
            "一是窗口岗位首当其冲受到影响，我首当其冲面临群众质疑，调查研究不够深入。",
        ),
        variant("一是调查研究不够深入。", "一是物价上涨时，首当其冲的是低收入群众，调查研究不够深入。"),
    ],
)
def first_to_be_hit_as_first_to_act(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    at = text.find(_PHRASE)
    while at >= 0:
        hit = _fix(text, at, at + len(_PHRASE))
        if hit is not None:
            yield rule.finding(text, hit[0], hit[1], hit[2])
        at = text.find(_PHRASE, at + len(_PHRASE))


@dataclass(frozen=True)
class _Reversed:
    """A set phrase, what its misuse means, the fix, and the contexts that show the misuse."""

    phrase: str
    sense: str
    fix: str
    before: re.Pattern[str] | None  # what stands right before the phrase in its misuse
    after: re.Pattern[str]  # what the next clause opens with (or holds) in its misuse
    turn: re.Pattern[str] | None  # the next clause turning back (但…): the phrase's own sense
    failed: re.Pattern[str] | None = None  # the sentence goes on with a count left undone (r27)
    short: re.Pattern[str] | None = None  # a shortfall told anywhere in the sentence (r28)


_CONTRAST = re.compile(r"[，,]?(?:但|但是|不过|然而|可是|只是)")
_NUMBER = r"[0-9０-９一二三四五六七八九十两几半百]"
# a shortfall told in the sentence (round r28): what makes 差强人意 beside it read "poor"
_SHORTFALL = re.compile(
    rf"(?:只|仅|仅仅|才)[^，。；！？\n]{{0,6}}?{_NUMBER}|(?:不足|不到|不够|低于|少于){_NUMBER}"
    r"|反映|意见|不满|抱怨|投诉|吐槽|[听看]不[懂清]|不感兴趣"
    r"|没有|没能|未能|不高|不强|不佳|不好|不理想|偏低|偏少|较低|较少|较差|最低|最差|靠后|排在后面|倒数|末位"
    r"|下降|下滑|滑坡|流于形式|走过场|落空|打折扣"
    # a thing left idle or failing (probe 2's 3个合作社有2个处于停产状态)
    r"|停产|停工|停摆|闲置|空置|亏损|烂尾|搁置|搁浅|不了了之|半途而废"
)
# the phrase's own sense marked right before it (还算差强人意, 只能说差强人意, 总体差强人意)
_OWN_SENSE = re.compile(
    r"(?:还算|尚算|总算|算是|也算|倒也|尚能|尚可|还能|基本|大体|总体上?|整体上?|勉强|只能说|只能算|只算|可以说|还|尚|倒)$"
)
# a turn to a better level after the phrase (差强人意，离一流还有距离; 与先进相比): its own sense
_BETTER_AFTER = re.compile(r"[，,]?(?:但|但是|不过|然而|可是|可|只是|离|与|距离|比起|同|和)")
_TURN_WORDS = ("但", "不过", "然而", "可是")


_REVERSED = (
    _Reversed(
        "差强人意",
        "大体还能使人满意",
        "不尽如人意",
        re.compile(r"(?:很|十分|非常|极其|极为|实在|相当|太|更加|越来越)$"),
        re.compile(
            r"[，,]?(?:我|本人|自己|班子|作为)?[^，。；！？\n]{0,14}?"
            r"(?:负有|有责任|责任在|难辞其咎|深感|愧疚|自责|惭愧|检讨|暴露出|暴露了|反映出|反映了|说明我|原因在于|问题在于|不满意|被通报|被约谈|被批评|排名靠后|倒数)"
        ),
        re.compile(r"[，,]?(?:但|但是|不过|然而|可是|可|只是|仍|还|离|与|距离|比起|同)"),
        # round r27 (set 54's 整改成效差强人意，6个站中仍有3个未达标): a count and what of it is left undone
        re.compile(
            r"[0-9０-９一二三四五六七八九十两几半]+[^，。；！？\n]{0,8}?(?:仍|还|尚|依然|仍然)?(?:有)?[0-9０-９一二三四五六七八九十两几]*"
            r"[^，。；！？\n]{0,3}?(?:未|没有|没|不)(?:能)?(?:达标|完成|合格|到位|整改|落实|验收|通过|办结|销号|达到)"
            r"|(?:只|仅|才)(?:完成|办结|整改|落实|达到)了?[^，。；！？\n]{0,3}?[0-9０-９一二三四五六七八九十两几半]"
            # 24户中还有9户未开工: still so many left, whatever the act not done
            r"|(?:仍|还|尚|依然|仍然)有[0-9０-９一二三四五六七八九十两几]+[^，。；！？\n]{0,3}?(?:未|没有|没)(?:能)?[\u4e00-\u9fff]"
        ),
        # round r28 (set 55's 支部全年只组织了1次，参加的党员只有5人，活动效果差强人意，群众反映…): a small count,
        # a figure short of one, a complaint, a low rank or a thing not done, before or after the phrase
        _SHORTFALL,
    ),
    _Reversed(
        "不孚众望",
        "不能使大家信服",
        "不负众望",
        re.compile(r"(?:终于|果然|最终|最后)$"),
        re.compile(
            r"[，,]?[^，。；！？\n没未不]{0,6}?(?:圆满|顺利|出色|成功|如期|按期|高质量|漂亮|一举)?(?:地)?(?:完成|取得|获得|夺得|荣获|实现|通过)"
        ),
        None,
    ),
)


def _short(r: _Reversed, text: str, at: int, end: int) -> bool:
    """The sentence around the phrase tells a shortfall (只组织了1次，参加的党员只有5人，活动效果差强人意;
    效果差强人意，不少党员反映听不懂): the phrase stands for "poor" (round r28), unless its own sense is marked
    right before it (还算, 只能说, 总体), a turn to a better level follows it (但…, 离…, 与…相比), or the
    shortfall stands before a turn that leads to the phrase (虽然只完成了九成，但总体差强人意)."""
    if r.short is None:
        return False
    start = max(text.rfind(c, max(0, at - 60), at) for c in "。；！？\n") + 1
    before = text[start:at]
    if _OWN_SENSE.search(before) or _BETTER_AFTER.match(text, end):
        return False
    turn = max(before.rfind(w) for w in _TURN_WORDS)
    if turn >= 0:
        if r.short.search(before, 0, turn):
            return False  # 只完成了九成，但差强人意: the turn leads up to the phrase, its own sense
        before = before[turn:]
    stop = min((i for i in (text.find(c, end, end + 60) for c in "。；！？\n") if i >= 0), default=end + 60)
    return r.short.search(before) is not None or r.short.search(text, end, stop) is not None


def _failed(r: _Reversed, after: str) -> bool:
    """The sentence after the phrase tells a count left undone (6个站中仍有3个未达标, 计划8公里只完成了3公里):
    the phrase stands for "unsatisfactory", unless a contrast opens the next clause (但仍有3个未达标: barely
    satisfactory, but …)."""
    if r.failed is None or _CONTRAST.match(after):
        return False
    sentence = after[: min((after.find(c) for c in "。；！？\n" if c in after), default=len(after))]
    return r.failed.search(sentence) is not None


@code_rule(
    "F236",
    "set-phrase-sense-reversed",
    "formulation",
    "warning",
    "成语误用：“{match}”的意思是{sense}，这里说的是相反的意思，应为“{suggestion}”",
    "有的成语常被当成反义用：“差强人意”是大体还能使人满意（差：稍微），不是“不能令人满意”；"
    "“不孚众望”是不能使大家信服，不是“不辜负大家的期望”（不负众望）。从上下文能看出用反了才提示："
    "“差强人意”前面有“很、十分、实在”，或紧接着说自己负有责任、暴露出不足（完成情况差强人意，我负有一定责任），或同一句里说的是数量少、没做到、群众有意见（只组织了1次，效果差强人意，群众反映听不懂）；"
    "“不孚众望”后面说的是圆满完成、取得成绩。“成绩差强人意，但与先进相比还有差距”“结果还算差强人意”是本义，不提示。",
    bad=[
        variant(
            "一是调查研究不够深入。", "一是全年信访积案化解[差强人意]，我负有直接责任，调查研究不够深入。"
        ),
        variant("一是调查研究不够深入。", "一是民主测评结果十分[差强人意]，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。",
            "一是全年只组织了1次宣讲，到场群众不足20人，效果[差强人意]，调查研究不够深入。",
        ),
        variant("一是调查研究不够深入。", "一是去年我们[不孚众望]，圆满完成了安保任务，调查研究不够深入。"),
    ],
    good=[
        GOOD,
        variant(
            "一是调查研究不够深入。", "一是今年考核成绩差强人意，但与先进单位相比还有差距，调查研究不够深入。"
        ),
        variant("一是调查研究不够深入。", "一是我们不负众望，按期完成了改造任务，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是检测效率提高了近一倍，结果还算差强人意，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是虽然只完成了九成，但总的看差强人意，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。", "一是群众说我们的工作不孚众望，这个评价值得深思，调查研究不够深入。"
        ),
    ],
)
def set_phrase_sense_reversed(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for r in _REVERSED:
        at = text.find(r.phrase)
        while at >= 0:
            end = at + len(r.phrase)
            after = text[end : end + 30]
            degree = r.before is not None and r.before.search(text[max(0, at - 4) : at]) is not None
            owned = (r.turn is None or not r.turn.match(after)) and r.after.match(after) is not None
            if degree or owned or _failed(r, text[end : end + 40]) or _short(r, text, at, end):
                yield rule.finding(text, at, end, (r.fix,), sense=r.sense)
            at = text.find(r.phrase, end)


@dataclass(frozen=True)
class _Derogatory:
    """A set phrase of blame (上行下效: the lower ranks copy what is wrong above), the fixes that praise, and
    the praise around it that shows it used as a compliment."""

    phrase: str
    sense: str
    fixes: tuple[str, ...]
    praise: re.Pattern[str]  # read from right after the phrase, inside its clause


_PRAISE_AFTER = r"[^，。；！？\n]{0,3}?(?:良好|优良|浓厚|清朗|积极|健康|正能量|新|好)[^，。；！？\n]{0,4}?(?:风气|氛围|作风|局面|风尚|态势|风貌|效应|环境)"
_DEROGATORY = (
    _Derogatory(
        "上行下效",
        "上面怎么做，下面就跟着怎么做，多指跟着学坏",
        ("以上率下",),
        re.compile(_PRAISE_AFTER + r"|[^，。；！？\n]{0,3}?(?:示范|带动|表率|榜样|引领)(?:作用|效应)"),
    ),
    _Derogatory(
        "推波助澜",
        "助长坏事、使事态扩大",
        ("助力", "添砖加瓦"),
        re.compile(r"[^，。；！？\n]{0,2}?(?:贡献|力量|作用)"),
    ),
)
_BLAME = re.compile(r"[不坏歪恶邪]|消极|低俗|庸俗")
_GOOD_CAUSE = re.compile(r"为[^，。；！？\n]{0,14}?(?:发展|振兴|建设|改革|创新|事业|高质量|现代化)$")


@code_rule(
    "F238",
    "derogatory-phrase-as-praise",
    "formulation",
    "warning",
    "成语误用：“{match}”的意思是{sense}，是贬义，这里用来称赞，应为“{suggestion}”",
    "有的成语带贬义，不能用来称赞：“上行下效”是上面怎么做、下面就跟着怎么做，多指跟着学坏（上梁不正下梁歪），"
    "写成“形成上行下效的良好风气”“发挥上行下效的示范作用”是把贬义用成了褒义，应为“以上率下”；"
    "“推波助澜”是助长坏事，“为乡村振兴推波助澜”“贡献推波助澜的力量”应为“助力”“添砖加瓦”。"
    "后面说的是不良风气、前面不是好事（容易形成上行下效的不良风气）时是本义，不提示。",
    bad=[
        variant(
            "一是调查研究不够深入。", "一是班子成员以身作则，形成[上行下效]的良好风气，调查研究不够深入。"
        ),
        variant("一是调查研究不够深入。", "一是要为乡村振兴[推波助澜]，调查研究不够深入。"),
    ],
    good=[
        GOOD,
        variant(
            "一是调查研究不够深入。",
            "一是上梁不正下梁歪，上行下效，容易形成上行下效的不良风气、上行下效的不好风气，调查研究不够深入。",
        ),
        variant("一是调查研究不够深入。", "一是有人在网上推波助澜，调查研究不够深入。"),
    ],
)
def derogatory_phrase_as_praise(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for d in _DEROGATORY:
        at = text.find(d.phrase)
        while at >= 0:
            end = at + len(d.phrase)
            m = d.praise.match(text, end)
            praised = m is not None and _BLAME.search(m.group()) is None  # 上行下效的不好风气: its own sense
            if d.phrase == "推波助澜":  # 为乡村振兴推波助澜: a good cause before it is praise enough
                praised = praised or _GOOD_CAUSE.search(text, max(0, at - 16), at) is not None
            if praised:
                yield rule.finding(text, at, end, d.fixes, sense=d.sense)
            at = text.find(d.phrase, end)
