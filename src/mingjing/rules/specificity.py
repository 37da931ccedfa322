"""Specificity: problems must show concrete facts (见人见事), not stock phrases, in the first person."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mingjing.model import Finding, Item
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.context import ReviewContext
from mingjing.rules.gaps import GAP
from mingjing.rules.literals import Alternatives, longest_first
from mingjing.rules.sample import GOOD, variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

DATA = Path(__file__).parent / "data"
_CONCRETE = re.compile(
    r"\d|比如|例如|譬如|又如|再如|(?:[二三四五六七八九十两几半百千万]|一[十百千万])[一二三四五六七八九十百千万]*"
    r"(?:次|个|项|名|篇|场|批|件|人|户|天|年|月|周|元|份|条|家|处|起|期|本|届|轮)|"
    r"“[^”]{2,}”|《[^》]{2,}》|[\u4e00-\u9fff]{2,}(?:县|市|镇|乡|村|区|街道|社区|厂|园区|线|路|桥|站|中心|医院|学校)|"
    r"去年|今年|上半年|下半年|年初|年底|春节|汛期|"
    # the occasions of private life a 生活纪律 item tells of (下班后和同事聚餐): checkable, no 表态
    r"下班后|周末|节假日|聚餐|宴请|饭局|酒局"
)
# numbers inside fixed formulas and page furniture are not facts about the author
_NOT_FACT_BRANCHES = (
    r"第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|[两三四五六七八九十]个(?:确立|维护|意识|自信|全面|务必|必须|带头|坚持|结合|维护)|"
    r"[一二三四五六七八九十]+项(?:规定|纪律|禁令)|八条规定|三会一课|一岗双责|三重一大|四风|五位一体|四下基层|一把手|"
    r"[一二三四五六七八九十]是|第[一二三四五六七八九十]|"
    # one's identity (作为一名党员, 离一名合格共产党员的标准): no count of anything
    r"一名(?:合格的?|优秀的?|普通的?)?(?:共产党员|党员|领导干部|干部)|"
    # a point's label at the start of a line or run in after a sentence or a colon (1. （2）, …：（1）…。（2）…):
    # its number is no fact about the author
    r"(?:^|(?<=[\n。；;：:]))[ \t\u3000]*(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])|"
    # abstract words ending like a place (…站, …线, …路, …区, …中心): not a place
    r"站位|一线|底线|红线|高压线|生命线|思路|老路|新路|弯路|误区|盲区|禁区|为中心|中心任务|中心工作"
)
# the branches behind a lookahead of the characters they can begin with: a place none of them can
# begin at fails on one class test instead of on each of the twenty-odd branches (same matches)
_NOT_FACTS = re.compile(
    r"(?=[第两三四五六七八九十一二站底红高生思老新弯误盲禁为中 \t\u3000\d（(])(?:" + _NOT_FACT_BRANCHES + ")"
)
FIRST_PERSON = re.compile(r"我|本人|自己|自身")
THIRD_PERSON = re.compile(
    r"有的同志|个别同志|少数同志|部分同志|有的党员|个别党员|少数党员|部分党员|一些党员|"
    r"有的干部|个别干部|少数干部|部分干部|一些干部|有些同志|有些党员"
)


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    data: dict[str, Any] = load_data((DATA / "specificity.yaml").read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def stock_phrases() -> tuple[str, ...]:
    path = DATA / "stock_phrases.yaml"
    if not path.exists():
        return ()
    return tuple(p for p in (load_data(path.read_text(encoding="utf-8")) or {}).get("phrases", []) if p)


# "X不够Y" and its kin: the shape of an empty self-criticism, whatever X is
STOCK_SHAPE = (
    r"[\u4e00-\u9fff]{2,4}(?:(?:还不够|不够|有待|有所)[\u4e00-\u9fff]{0,2}|不[强高足深严实牢细硬]|欠缺)"
    r"(?=[，。；、]|$)"
)


@lru_cache(maxsize=1)
def stock_regex() -> Alternatives:
    """The listed stock phrases (the longest at each place), else the shape: the alternation
    `listed|shape` scanned as its two parts (much quicker than the one regex, same matches)."""
    shape = re.compile(STOCK_SHAPE)
    if not stock_phrases():
        return Alternatives([shape])
    return Alternatives([re.compile(longest_first(stock_phrases())), shape])


_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")


def has_concrete_fact(text: str) -> bool:
    """A time, number, event, quotation, place or 比如 (fixed formulas and page furniture do not count)."""
    return bool(_CONCRETE.search(_NOT_FACTS.sub("", text)))


@code_rule(
    "E101",
    "no-concrete-fact",
    "specificity",
    "warning",
    "“{match}”下的问题没有具体事例：没有时间、数字、事件或“比如”，看不出是哪件事",
    "对照检查要见人见事，只写抽象表述的问题让人无法判断是否真正查摆到位。",
    bad=[
        variant(
            "（三）在能力本领方面。一是数字化本领不足。全县“智慧交通”平台建设滞后计划2个月，我对关键技术问题心中无数。",
            "（三）[在能力本领方面]。一是本领不足。对新知识新技能学习不够，解决复杂问题的能力还有欠缺。",
        ),
        variant(  # 一名党员 is who one is, no count of anything
            "（三）在能力本领方面。一是数字化本领不足。全县“智慧交通”平台建设滞后计划2个月，我对关键技术问题心中无数。",
            "（三）[在能力本领方面]。作为一名党员，带头作用发挥得还不够充分，离一名合格党员的标准还有距离。",
        ),
        variant(  # the goal of a slogan (推动改革发展) is no event
            "（三）在能力本领方面。一是数字化本领不足。全县“智慧交通”平台建设滞后计划2个月，我对关键技术问题心中无数。",
            "（三）[在能力本领方面]。知识结构不够合理，驾驭复杂局面的能力还有欠缺，推动改革发展的办法还不多。",
        ),
        variant(  # points run in after the heading: （2）'s number is a label, no count of anything
            "（三）在能力本领方面。一是数字化本领不足。全县“智慧交通”平台建设滞后计划2个月，我对关键技术问题心中无数。",
            "（三）[在能力本领方面]：（1）本领不足，对新知识新技能学习不够。（2）解决复杂问题的能力还有欠缺。",
        ),
    ],
    good=[
        GOOD,
        variant(  # a room of one's day and the people of one's private life are facts, with no number
            "（三）在能力本领方面。一是数字化本领不足。全县“智慧交通”平台建设滞后计划2个月，我对关键技术问题心中无数。",
            "（三）在能力本领方面。在项目食堂就餐时存在浪费饭菜的现象，对孩子的教育主要依靠爱人。",
        ),
        variant(  # a fact a point's test sees (一次, 学生的课堂照片) is a fact of its aspect too
            "（三）在能力本领方面。一是数字化本领不足。全县“智慧交通”平台建设滞后计划2个月，我对关键技术问题心中无数。",
            "（三）在能力本领方面。有一次在私下场合向外方代理人谈及了尚未公开的报价思路，保密意识不强。",
        ),
    ],
)
def no_concrete_fact(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if _mostly_factless(ctx):
        return  # E105 says it once for the whole material
    for item in ctx.items("problems"):
        body = GAP.sub("", ctx.body(item))  # a draft's gap is reported once, by R110
        kept = _NOT_FACTS.sub("", body)  # what has_concrete_fact(body) searches
        if len(kept.strip()) >= 8 and not _CONCRETE.search(kept) and not _has_fact(body):
            yield rule.finding(ctx.text, item.heading_start, item.heading_end)


def _has_fact(text: str) -> bool:
    """A fact the short list above does not know: the people of one's private life (孩子, 家属), the
    rooms of a day's work (项目食堂), a body's meeting, a document named by its subject."""
    from mingjing.rules.facts import PRIVATE_FACT, has_fact

    # what E104 counts as a fact of a point (一次, 学生的课堂照片, 项目经理) is a fact of its aspect too
    return bool(PRIVATE_FACT.search(_NOT_FACTS.sub("", text))) or has_fact(text)


@code_rule(
    "E102",
    "stock-phrase-density",
    "specificity",
    "warning",
    "“{item}”下这句话堆砌套话（{count} 处：{phrases}），没有说出具体问题",
    "空话套话堆砌说明问题没有找准，审阅者会要求改写为具体问题。",
    bad=[
        variant(
            "（一）在理论学习方面。一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "（一）在理论学习方面。一是[学习不够深入系统，学用结合不够紧密，理论联系实际不够，思想认识不到位，"
            "满足于一般化要求，学习效果还有差距。]",
        )
    ],
    good=[GOOD],
)
def stock_phrase_density(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    regex = stock_regex()
    conf = settings()
    text = ctx.text
    for item in ctx.items("problems"):
        hits = [(m.start(), m.group()) for m in regex.finditer(text, item.heading_end, item.end)]
        if len(hits) < conf["stock_min_count"]:
            continue
        for m in _SENTENCE.finditer(text, item.heading_end, item.end):
            found = [g for at, g in hits if m.start() <= at < m.end()]
            sentence = m.group()
            share = sum(map(len, found)) / max(1, len(sentence))
            if len(found) >= conf["stock_min_count"] and share >= conf["stock_min_share"]:
                start = m.start() + len(sentence) - len(sentence.lstrip("，。；：、 一二三四五六是"))
                shown = "、".join(list(dict.fromkeys(found))[:5])
                yield rule.finding(text, start, m.end(), count=len(found), phrases=shown, item=item.heading)


@code_rule(
    "E103",
    "third-person",
    "specificity",
    "warning",
    "“{match}”是在写别人：个人对照检查材料应以第一人称（我）查摆自身问题",
    "把问题写成“有的同志”，是回避自身问题的典型表现。",
    bad=[
        variant(
            "一是调查研究不够深入。全年到基层调研21次，", "一是调查研究不够深入。[有的同志]到基层调研21次，"
        )
    ],
    good=[
        GOOD,
        GOOD.replace(
            "我对关键技术问题心中无数。", "我对关键技术问题心中无数，对有的同志的不当言论也没有及时批评。"
        ),
        variant(  # others' reaction to the author's own act
            "一是调查研究不够深入。全年到基层调研21次，",
            "一是调查研究不够深入。排班时我与护理组商量不够，个别同志有意见。全年到基层调研21次，",
        ),
        variant(  # the people the author leads, told as the proof of his own failing
            "一是调查研究不够深入。全年到基层调研21次，",
            "一是带队伍用力不够，对年轻干部传帮带不够，有的同志到岗三年还不能独立起草文件。全年到基层调研21次，",
        ),
        variant(  # the same, his oversight named after them
            "一是调查研究不够深入。全年到基层调研21次，",
            "一是调查研究不够深入。个别同志对疑难投诉能推则推，我作为所长，督促和指导不够。全年到基层调研21次，",
        ),
        variant(  # the members' reaction to the author's act, the moment after it told first
            "一是调查研究不够深入。全年到基层调研21次，",
            "一是调查研究不够深入。我讲了2次党课，有的党员听后反映“听不懂”。全年到基层调研21次，",
        ),
        # a branch secretary speaks of his branch's members
        GOOD.replace("宁川县交通运输局局长 王建国", "石门镇桃园村党支部书记 王建国").replace(
            "一是调查研究不够深入。全年到基层调研21次，",
            "一是调查研究不够深入。有的党员参加学习不积极，全年到基层调研21次，",
        ),
    ],
)
def third_person(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    problems = ctx.sections("problems")
    kind = ctx.outline.kind
    team = kind is not None and kind.who in ("班子", "支部")  # a 支部委员会's material too
    if not problems or team or ("班子" in ctx.outline.title and "个人" not in ctx.outline.title):
        return  # a leadership team's material speaks of its members in the third person
    secretary = _branch_secretary(ctx)
    hits = [
        m
        for s in problems
        for m in _THIRD_SUBJECT.finditer(ctx.text, s.start, s.end)
        if not _led_by_author(ctx.text, m.start("who"))
        and not _REACTION.match(ctx.text, m.end("who"))
        and not (secretary and "党员" in m.group("who"))
    ]
    if hits and (_personal(ctx) or len(hits) >= 2):
        for m in hits:
            yield rule.finding(ctx.text, m.start("who"), m.end("who"), ("我",))


# the author's oversight of the people he leads (队伍建设, 传帮带, 教育管理, 提醒): who then fall short is the
# proof of his own failing, no problem of his written as someone else's
_OVERSIGHT = re.compile(
    r"管理|教育|带队伍|队伍建设|传帮带|压担子|培养|把关|督促|提醒|关心|监督|引导|要求不严|压力传导|批评"
)
_SENTENCE_MARK = re.compile(r"[。！？!?\n]")
_OWN_OVERSIGHT = re.compile(r"我[^。；;，,]{0,8}[，,]?[^。；;]{0,6}?(?:" + _OVERSIGHT.pattern + ")")


def _led_by_author(text: str, at: int) -> bool:
    """ "有的同志" told as the people the author leads: his sentence speaks of his oversight of them before
    it (对年轻干部传帮带不够，有的同志到岗两年还不能……). A 我 after it is no such thing: 有的同志……应付，
    我自己也是这样 still writes his problem as someone else's first."""
    start = max(
        (m.end() for m in _SENTENCE_MARK.finditer(text, max(0, at - 120), at)), default=max(0, at - 120)
    )
    if _OVERSIGHT.search(text, start, at):
        return True
    # 个别同志存在“能推则推”的心态，我作为所长，督促和指导不够: the author names his oversight of them after
    end = next((m.start() for m in _SENTENCE_MARK.finditer(text, at, at + 120)), min(len(text), at + 120))
    return bool(_OWN_OVERSIGHT.search(text, at, end))


_SECRETARY = re.compile(r"(?:支部|总支|党委|党组)(?:书记|副书记)|(?:村|社区)(?:党组织)?书记")


def _branch_secretary(ctx: ReviewContext) -> bool:
    """Whether the author signs as a party body's secretary (桃园村党支部书记): the members of his branch are the
    people he leads, and what 有的党员 do there is his branch's state, no problem of his written as theirs."""
    from mingjing.rules.residue_code import _head_lines

    return any(len(line) <= 60 and _SECRETARY.search(line) for line in _head_lines(ctx))


def _personal(ctx: ReviewContext) -> bool:
    """A personal material (not a leadership team's): says so in the title, or speaks as 我."""
    o = ctx.outline
    problems = " ".join(ctx.text[s.start : s.end] for s in ctx.sections("problems"))
    return "个人" in o.title or len(FIRST_PERSON.findall(problems)) > settings()["third_person_max_first"]


# others' reaction to what the author did (商量不够，个别同志有意见; 有的同志反映我…): witnesses of his
# failing, not his problem written as someone else's
# (有的党员听后反映…, 有的同志会后提出…: the moment after the author's act told first)
_REACTION = re.compile(
    r"(?:也|对此|对我)?(?:听后|看后|听了|看了|会后|课后|事后|得知后|知道后)?(?:有意见|有看法|有想法|有怨言|不满意|不理解|反映|提出|提醒|批评)"
)
# "有的同志" as the subject of a clause (not "对有的同志……批评" about others)
_THIRD_SUBJECT = re.compile(
    r"(?:^|(?<=[。；！？\n，：])|(?<=[一二三四五六七八九十]是)|(?<=\d[.．、]))(?P<who>"
    + THIRD_PERSON.pattern
    + r")(?!的)"
)


def _factless_points(ctx: ReviewContext) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each problem point without a fact: the 比如 example that has none
    (kind "example"), or the point itself when it gives no example (kind "point")."""
    from mingjing.rules.facts import EXAMPLE_OPENER, has_fact

    if "factless" not in ctx.cache:
        out: list[tuple[int, int, str]] = []
        for item in _said_items(ctx):
            for p in item.points:
                if p.examples:
                    # (比如（此处补充一个近期事例）。: a drafting note, R106's to report, no 表态 of the author's: r28)
                    out += [
                        (e.start, e.end, "example")
                        for e in p.examples
                        if not has_fact(e.text) and not _only_a_note(EXAMPLE_OPENER.sub("", e.text))
                    ]
                elif (
                    len(p.text) >= 8
                    and not _only_a_note(_without_label(p.label, p.text))
                    and not has_fact(_without_label(p.label, p.text))
                    and not names_formulation(p.text)
                ):
                    end = next(
                        (m.end() for m in re.finditer(r"[。；;！？]", ctx.text[p.start : p.end])),
                        p.end - p.start,
                    )
                    out.append((p.start, p.start + end, "point"))
        ctx.cache["factless"] = out
    factless: list[tuple[int, int, str]] = ctx.cache["factless"]
    return factless


# a point whose matter is a named formulation of the Party (E104 only, r18): one's grasp of it (对“两个确立”的
# 决定性意义领悟不深: the formulation is what one can check the point against), or a named campaign as its time
# (深入贯彻中央八项规定精神学习教育开展后: a date one can look up). Carrying out a formulation (履行“一岗双责”
# 流于形式, 对照…学习教育要求) is no such matter: what was done, and when, is what such a point leaves out.
_GRASP_WORDS = r"(?:领悟|理解|认识|把握|领会|体悟|体会)(?:得|上)?(?:还|仍)?(?:不够|不深|不透|不准|不到位|有差距|存在差距)"
_GRASP = re.compile(r"对[^，。；“”]{0,8}“(?P<name>[^“”]{2,12})”[^，。；]{0,14}?" + _GRASP_WORDS)
# a named campaign's requirements grasped (对深入贯彻中央八项规定精神学习教育的要求把握不准)
_CAMPAIGN_GRASPED = re.compile(r"对[^，。；“”]{2,24}?(?:学习教育|主题教育)的[^，。；]{0,6}?" + _GRASP_WORDS)
_CAMPAIGN_TIME = re.compile(
    r"(?:学习教育|主题教育|专项整治|集中整治)(?:开展|启动|部署)(?:后|以来|期间)|"
    # the campaign as the point's setting (在深入贯彻中央八项规定精神学习教育中, r22): its months one can look up
    r"在[^，。；]{2,24}?(?:学习教育|主题教育|专项整治|集中整治)(?:中|期间|过程中)[，,]"
)


def names_formulation(text: str) -> bool:
    """Whether a point's matter is a named formulation (its grasp) or a named campaign (its time)."""
    from mingjing.rules.punctuation_code import quoted_abbreviations

    if _CAMPAIGN_TIME.search(text) or _CAMPAIGN_GRASPED.search(text):
        return True
    names = quoted_abbreviations()
    return any(m.group("name") in names for m in _GRASP.finditer(text))


@lru_cache(maxsize=1)
def _draft_note() -> re.Pattern[str]:
    """R106's fill-in hints (rules/packs/residue.yaml): a template's notes to whoever fills the draft in."""
    data = load_data((Path(__file__).parent / "packs" / "residue.yaml").read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["code"] == "R106")
    return re.compile("|".join(f"(?:{p})" for p in rule["patterns"]))


def _only_a_note(text: str) -> bool:
    """A point that is only a drafting note (二是（此处结合本人实际补充事例）。): residue's (R106), no
    表态 of the author's for E104 to mark (r20)."""
    if not _BRACKET.search(text):
        return False  # every note R106 reads stands in brackets or braces, or says 此处
    return len(_draft_note().sub("", text).strip(" 　。；;，,：:\n")) < 4


_BRACKET = re.compile(r"[（(【\[{]|此处")


def _without_label(label: str, text: str) -> str:
    """The point's text without its label: the 2 of "2." is no number about the author."""
    return text[len(label) :] if label and text.startswith(label) else text


def _said_items(ctx: ReviewContext) -> list[Item]:
    """The problem items that say something besides a draft's gaps (a gap item has no facts to miss)."""
    return ctx.said_items()


def _problem_points(ctx: ReviewContext) -> int:
    return sum(len(item.points) for item in _said_items(ctx))


def _mostly_factless(ctx: ReviewContext) -> bool:
    factless = _factless_points(ctx)
    return len(factless) >= SUMMARY_MIN and len(factless) * 2 >= _problem_points(ctx)


SUMMARY_MIN = 4  # factless points from which, when they are at least half, one summary replaces them


@code_rule(
    "E104",
    "point-without-fact",
    "specificity",
    "warning",
    "“{lead}”只有表态，没有具体事例：看不出时间、地点、数字、事件、文件或人",
    "审阅者要见人见事：一个问题要点（一是……）或“比如”后面，至少要有一件能核实的事（什么时间、在哪里、"
    "多少、哪次会议或哪份文件、涉及谁）。",
    bad=[
        variant(
            "比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "[比如，在一些工作中存在标准不高、要求不严的情况，效果不够理想。]",
        ),
        variant(
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是遇到难题有畏难情绪。面对困难时担当精神不足，攻坚克难的劲头有所减弱。]",
        ),
        variant(
            "比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "[比如，有时调研走马观花，发现问题不够深入。]",
        ),
        variant(  # the people as a class in a set phrase name no one
            "比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "[比如，服务群众的意识不够强，解决实际问题的办法不多。]",
        ),
        variant(  # a quoted figure of work style, 个别 and 下乡 look like facts and are none
            "比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "[比如，个别干部下乡走访“走过场”，对基层的难处了解不深。]",
        ),
        variant(  # a quoted saying one thinks by is an attitude, no document
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是执纪问责偏软。对苗头性问题存在“多栽花、少栽刺”的心态。]",
        ),
        variant(  # an agent no one could name: what such people do is a habit of a kind
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是作风不够扎实。有的同志满足于完成上级布置的活动任务，对实际效果关注不够。]",
        ),
        variant(  # what a superior hands down (下达的指标) is a kind of task, its giver no place
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是进取心不强。满足于完成科室下达的指标，争先进位的意识不够。]",
        ),
        variant(  # a body's meeting in what an unnamed agent does: the meeting as a kind
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是民主氛围不浓。有的同志怕伤和气，在党组会上对别人分管工作的问题提得少。]",
        ),
        variant(  # one's portfolio as a class (分管科室) is no place one went to
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是主体责任压得不实。对分管科室的廉政建设抓得不够经常，存在重业务轻党建的现象。]",
        ),
        variant(  # what one thinks, in quotation marks, is no words of a document
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是廉洁意识不强。认为“吃点喝点没什么”，对小节不够重视。]",
        ),
        variant(  # people as a class in set phrases, a quoted figure told as a habit: no one, nothing named
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是宗旨意识不强。有时“重部署轻落实”，对群众关切回应不够主动，与人民群众的期待还有差距。]",
        ),
        variant(  # the team as a whole, an activity as the setting of "sometimes": kinds, no one and no occasion
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是作风不够扎实。班子成员在工作中有时满足于听汇报，调研时有时走马观花。]",
        ),
        variant(  # routine activities told by their verbs (发通知、开会议), the extent of a habit (多停留在)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是指导基层不够有力。对基层的指导多停留在发通知、开会议层面，跟踪问效不够。]",
        ),
        variant(  # one's manner towards people as a class, now and then: no one served named
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是服务意识不强。对来办事的群众有时不够耐心，解释政策不够细致。]",
        ),
        variant(  # some members of whom only a state is told: no one (r20)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是学习不够自觉。个别班子成员政治理论学习的自觉性不够高，学习的系统性还需加强。]",
        ),
        variant(  # a quoted set of duties judged by degree is no document (r20)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是管党治党不够严。“两个责任”落实有差距，压力传导层层递减。]",
        ),
        variant(  # a gathering as a kind is no occasion (r20)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是自我要求有所放松。有时参加朋友聚会，对自身要求有所放松。]",
        ),
        variant(  # a kind of activity counted as less, a unit named as whose work one thinks it is (r27)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是服务意识不强。面向群众的政策宣讲活动参与得少，总觉得那是宣传部的事。]",
        ),
        variant(  # a quoted figure of speech (“小节”, “压舱石”) and the year under review (一年来) are no facts (r22)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是廉洁自律的警惕性不高。一年来对“小节”重视不够，理想信念的“压舱石”作用发挥不够。]",
        ),
        variant(  # the people as a class in set phrases and the comparison with superiors' demands (r22)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是宗旨意识不强。为群众着想不够，群众观念有待树牢，与市委市政府的要求和群众的期盼还有差距。]",
        ),
        variant(  # an activity judged by degree, the courage it takes: kinds, no occasion (r23)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是作风不够扎实。一些工作部署了，但检查督促跟不上，批评和监督的勇气不足。]",
        ),
        variant(  # a member's 党性修养 and one's care of one's family judged by degree (r23)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是自我要求不严。个别班子成员党性修养有所松懈，我对家人关心不够。]",
        ),
        variant(  # a named system kept by degree, the practice of reporting by its name, rules unnamed (r24)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是纪律意识不强。落实请示报告制度不够严格，遇事请示报告不够及时，部分制度执行走样。]",
        ),
        variant(  # what one takes a task for, in quotation marks, is one's view, no name (r24)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是组织观念有待加强。有时把支部安排的任务当成“额外负担”，主动性不强。]",
        ),
        variant(  # the rooms and mates of a student's day as the setting of a role (r24)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是在宿舍、实验室中发挥作用不够，与同学交流多停留在学术层面，关心同学的行动不多。]",
        ),
        variant(  # people as a class by their lot or rank, or framed by 对待 (r25)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是宗旨意识不强。对待办事群众的态度有时生硬，对困难职工家庭关心不够，有时把自己混同于普通员工。]",
        ),
        variant(  # the practice of criticism by its name, one's rank as a student cadre (r25)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是履行学生干部职责不够主动。相互批评时顾虑多，给同学提意见多谈优点、少谈缺点。]",
        ),
        variant(  # a quoted view of a thing after 认为 and the thing, the genre's figures of pressure (r25)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是“一岗双责”落实不平衡。有的认为后勤部门“风险不大”，抓业务用力多，压力传导层层递减。]",
        ),
        variant(  # people as a compound class (职工群众, 人民群众) after the verbs of service, clause after clause (r28)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "[一是作风建设还需加强。服务职工群众的意识不强，联系人民群众不够紧密，有时存在应付了事的现象。]",
        ),
    ],
    good=[
        GOOD,
        variant(
            "比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "比如，遇到学生反复问同一个问题，我有时表现出急于结束答疑的情绪。",
        ),
        variant(  # a document named by its maker and subject
            "比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "比如，对全会关于推进全面依法治国的部署，我在分管工作中还没有形成系统的落实思路。",
        ),
        variant(  # a body's own meeting is an occasion, even in a habit
            "比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "比如，院务会研究设备采购时，我对分管事项有时先拿意见再上会。",
        ),
        variant(  # a general first sentence, the occasion in the next one, told before "sometimes"
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深。午休多用手机刷短视频，有时好些天不读原著。",
        ),
        variant(  # the year's own occasion in the next sentence
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是自我革命精神不强。在年度考核中，对分管股室的问题谈成绩多、谈不足少。",
        ),
        variant(  # one's grasp of a named formulation: the formulation is the matter
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是对“两个确立”的决定性意义领悟还不够深刻，对“两个维护”的要求体现到具体工作中还有差距。",
        ),
        variant(  # a named campaign as the time
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是深入贯彻中央八项规定精神学习教育开展后，自我查摆的深度还不够，问题多集中在文风会风。",
        ),
        variant(  # a named campaign as the setting, a named policy of the trade changed (r22)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是在深入贯彻中央八项规定精神学习教育中，查摆问题多停留在文风会风层面。"
            "二是政治敏锐性不强。对行业的产能置换、错峰生产政策调整，我更多从经营角度算账。",
        ),
        variant(  # a name in half-width quotation marks is named as much (the marks are P-rules' slip, r22)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            '一是创新意识不强。部门开展"真情服务"金点子征集，我没有提交建议。',
        ),
        variant(  # the middle of a working day and what was done then are an occasion
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是对干部管理偏松。对个别干部工作日中午饮酒的苗头，只作了口头提醒。",
        ),
        variant(  # a body deciding the matters of its year is an occasion one can look up (r19)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是民主集中制执行不够到位。支部在研究年度评先推优、党员发展对象确定等事项时，会前酝酿不充分。",
        ),
        variant(  # the team's make-up is a fact about it, no habit of the whole
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是党性锻炼不够。班子成员大多长期从事业务工作，对党性修养重视不够。",
        ),
        variant(  # a works named, someone named by surname (r20)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是督促整改不力。城东污水处理厂的整改我只听了汇报，对分管的副局长王某拖延的问题没有指出。",
        ),
        variant(  # one's own occasion of Party life and what one did there (r21)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是批评与自我批评不够大胆。在支部组织生活中，我给其他同志提意见时，往往只提小问题，对违规操作没有指出。",
        ),
        variant(  # the same classes with a number, a time and someone named: facts (r25)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是对困难职工关心不够。春节前走访的9户困难职工家庭中，有2户是工会提醒后才去的；普通员工刘某某住院，我过了一周才去看望。",
        ),
        variant(  # a drafting note as a point is residue's (R106), no 表态 (r20)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。"
            "二是（此处结合本人实际补充事例）。",
        ),
        variant(  # acts of conduct one could look up in a register, named (r23)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是对干部的教育管理偏松。对干部上班迟到早退的问题，批评教育多、严肃处理少。",
        ),
        variant(  # a named campaign as the setting, a contest one skipped (r22)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是在深入贯彻中央八项规定精神学习教育中，班子查摆问题多停留在文风会风层面。"
            "二是创新意识不强，部门开展服务金点子征集，我没有提交一条建议。",
        ),
        variant(  # the fact after a general first sentence: a gift in kind taken on a named round (r24)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是对“小节”把关不严。下乡指导时，有的农户硬塞给自家种的蔬菜，我推辞不过就收下了。",
        ),
        variant(  # someone named, the name a draft's blank (R105's to report): the talk is told (r28)
            "一是遇到难题有畏难情绪。S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "一是批评不够大胆。在与×××同志交心时，我只谈了他的长处，对他分管路段养护拖沓的问题避而不谈。",
        ),
        variant(  # a 比如 that is only a drafting note is residue's (R106), the point has its fact (r28)
            "比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。比如（此处补充一个近期事例）。",
        ),
    ],
)
def point_without_fact(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if _mostly_factless(ctx):
        return  # E105 says it once for the whole material
    # a point is judged whole, and marked whole (its first sentence shown): its facts may stand anywhere in
    # it, and so may the sentence a reader finds empty
    ends = {p.start: p.end for item in _said_items(ctx) for p in item.points}
    for start, end, kind in _factless_points(ctx):
        whole = end
        if kind == "point":
            point = ctx.text[start : ends.get(start, end)]
            whole = start + len(point.rstrip())
        lead = ctx.text[start:end]
        yield rule.finding(ctx.text, start, whole, lead=lead)


@code_rule(
    "E105",
    "mostly-without-facts",
    "specificity",
    "warning",
    "{match}：查摆的 {total} 个问题要点中有 {count} 个只有表态，没有具体事例（{where}）；请逐条补上时间、地点、数字、事件或人",
    "多数问题都是空泛表态时，逐条提示只会淹没审阅意见；一条汇总意见说清楚有多少、在哪里，由撰写人整体重写。",
    bad=[
        GOOD.replace("一、存在的问题", "一、[存在的问题]", 1)
        .replace("比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。", "学用结合不够紧密。")
        .replace("例如，2023年7月网民反映班线车辆超载，我两天后才安排核查。", "斗争精神有所减弱。")
        .replace("全县“智慧交通”平台建设滞后计划2个月，我对关键技术问题心中无数。", "新知识掌握不够。")
        .replace(
            "S218线改扩建征地受阻后，我更多依靠指挥部协调，亲自上门做工作只有1次。", "攻坚克难劲头不足。"
        )
    ],
    good=[GOOD],
)
def mostly_without_facts(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if not _mostly_factless(ctx):
        return
    factless = _factless_points(ctx)
    start, end = ctx.heading_anchor("problems")
    where = "、".join(_short(ctx.text[s:e]) for s, e, _ in factless[:3]) + ("等" if len(factless) > 3 else "")
    yield rule.finding(ctx.text, start, end, total=_problem_points(ctx), count=len(factless), where=where)


def _short(text: str) -> str:
    text = text.strip()
    return f"“{text[:12]}…”" if len(text) > 13 else f"“{text}”"
