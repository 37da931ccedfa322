"""的/地/得 by grammar: the words around a 的 (tagged by rjieba, see postag.py) decide whether it
should be 得 (verb or adjective + 的 + degree complement closing the clause: 开展的不够扎实) or 地
(adverbial + 的 + verb carrying an aspect particle, a complement, a preposition or an object:
认真的反思了). The curated patterns of packs/typo_dedi.yaml (T301–T303) run first and keep their
findings; these rules look only at the 的 they leave. Each condition was measured on the clean
fixtures (83,469 characters: 0 hits) before it was enabled; see docs/review-real-text.md."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule, data_guard
from mingjing.rules.postag import Token, tagged_clauses
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

CURATED = ("T301", "T302", "T303")

# degree words that open a complement: 做得[很]好, 推进得[比较]慢, 落实得[不够]扎实
DEGREE = {
    "不够",
    "很",
    "十分",
    "比较",
    "更加",
    "更",
    "较",
    "较为",
    "非常",
    "特别",
    "过于",
    "太",
    "相当",
    "不太",
    "不大",
    "极其",
    "越来越",
    "还不够",
}
# adverbs that may stand between 的 and the complement: 整改的[还]不彻底
LEAD = {"还", "也", "都", "仍", "仍然", "依然", "总是", "始终", "一直", "还是", "并", "却", "算", "还算"}
# after 不 these make no complement (损害的不只是…, 见效的不多, 要求的不同)
NOT_COMPLEMENT = {
    "是",
    "一定",
    "只是",
    "仅",
    "仅是",
    "仅仅",
    "光",
    "同",
    "一样",
    "少",
    "多",
    "要",
    "能",
    "会",
    "再",
    "可",
    "止",
    "在",
    "得",
    "了",
    "好意思",
}
# a word starting with 不 that is a noun or a fixed adjective, never a complement (存在的不足)
NOT_BU_WORDS = {
    "不足",
    "不满",
    "不良",
    "不当",
    "不利",
    "不同",
    "不便",
    "不适",
    "不少",
    "不多",
    "不得",
    "不宜",
    "不法",
    "不断",
    "不仅",
    "不管",
    "不住",
    "不了",
    "不力",
    "不止",
    "不一",
    "不再",
    "不要",
    "不能",
    "不会",
    "不可",
    "不必",
    "不是",
    "不如",
    "不过",
    "不然",
    "不但",
    "不论",
    "不用",
    "不曾",
    "不禁",
    "不对",
    "不行",
    "不已",
    "不堪",
    "不安",
    "不幸",
    "不容",
    "不畅",
    "不善",
    "不实之词",
    # modal verbs: 正确的不敢坚持 (the right things are not dared to be upheld), never a complement
    "不敢",
    "不愿",
    "不肯",
    "不想",
    "不准",
}
# quantities read as "what was done is little/much": 要做的还很多
QUANTITY = {
    "多",
    "少",
    "很多",
    "很少",
    "较多",
    "较少",
    "不多",
    "不少",
    "更多",
    "更少",
    "众多",
    "极少",
    "太多",
    "太少",
}
# words before a verb that make "V的" a noun phrase: 我所做的…, 要做的…, 需要改进的…
NOMINALISERS = {
    "所",
    "要",
    "需要",
    "应",
    "应该",
    "应当",
    "能",
    "能够",
    "可以",
    "可",
    "值得",
    "该",
    "待",
    "需",
}
RESULTATIVE = set("到见掉住给过")
NO_COMPLEMENT_VERBS = {"存在", "出现", "发生", "产生", "具有", "属于", "包括", "涉及", "面临", "获得", "带来"}
# verbs of having (r20): 应有的井井有条, 原有的一团和气 are attributes, never 应有得…
NO_COMPLEMENT_VERBS |= {"应有", "拥有", "享有", "具备", "固有", "原有", "现有", "特有"}
SINGLE_VERBS = set("学悟干做抓盯管守想看听改查核审问讲写读谈说练控防跟扛吃拿用办结")
SPOKEN_VERBS_N = {"领会", "学"}  # tagged as nouns by jieba's dictionary, verbs before 的 + complement
# verbs of office work that jieba's dictionary tags as nouns: verbs before 的 + a degree word, as the
# verbal nouns are (资料整理的不够规范, 总结的比较粗; 工作部署的… without a degree word stays a noun)
OFFICE_VERBS_N = {"整理", "总结", "部署", "记录", "谋划", "汇报"}

# adverbials that take 地 before a verb (strong): ad, d, i, z tags and AABB reduplication
STRONG_TAGS = {"ad", "i", "z"}
NOT_ADVERBIAL = {
    "一定",
    "真正",
    "更多",
    "最大",
    # superlatives that only qualify a noun (最佳的观察时机, 最新的研究进展)
    "最佳",
    "最优",
    "最新",
    "一起",
    "更好",
    "最好",
    "一般",
    "其他",
    "所有",
    "共同",
    "一些",
    "基本",
    "根本",
    "相应",
    "相关",
    "必要",
    "应有",
    "特别",
    "主要",
    "一致",
    "直接",
    "大量",
    "充分",
    "必然",
    "唯一",
    "唯有",
    "仅有",
    "原有",
    "固有",
    "专门",
    "同样",
    # words of sameness jieba tags d or v: with 的 they qualify a noun (与上次相同的缺陷, 类似的问题), round r20
    "相同",
    "相似",
    "类似",
    "相近",
    "一贯",
    "一向",
    "自然",
    "长远",
    "长期",
    "短期",
    "一时",
    # words of a former time that jieba tags d where its 本来, 当初, 最初 are t: with 的 they are attributes
    # (原来的做法, 从原来的不到600人增加到…), never adverbials of manner
    "原来",
    "原先",
    "起初",
    "往常",
    # nouns that jieba's dictionary tags d (整改进度的督促, 工作的进步)
    "进度",
    "进步",
    "差别",
    "好处",
    "首都",
    "正门",
    "立法",
    "到来",
    "日常",
}
VERBAL_VN = {"研究", "学习", "思考", "调研", "分析"}  # tagged vn, verbs before another verb
ASPECT = {"了", "着", "过"}
RESULT = {"到", "起", "起来", "出", "出来", "好", "完", "上", "下去", "下来", "透", "住", "清"}
WEAK_WORDS = {"全面", "彻底", "深入", "系统", "高度"}  # adjectives that jieba's dictionary tags otherwise
REDUP = re.compile(r"(.)\1(.)\2")
# manner words that people write before a verb with 的 instead of 地 (主动的对接群众, 机械的套用表格); jieba
# tags several of them as nouns (机械, 盲目, 片面), so they are listed, not read from the tag
MANNER = {
    "主动",
    "被动",
    "耐心",
    "简单",
    "机械",
    "盲目",
    "片面",
    "草率",
    "随意",
    "生硬",
    "粗暴",
    "笼统",
    "消极",
    "积极",
    "认真",
    "细致",
    "深入",
    "扎实",
    "切实",
    "及时",
    "严格",
    "自觉",
    "坚决",
    "简单化",
    "习惯性",
    "选择性",
    "一味",
    "刻意",
    "轻易",
    "匆忙",
    "粗略",
    "大致",
    "反复",
    "单纯",
    "过多",
    "过分",
}
# verbs that jieba's dictionary tags as nouns: 机械的套用上级检查表
VERBS_TAGGED_N = {"套用", "照抄", "照转", "套搬"}
# nouns of official prose that jieba tags as verbs: after 的 they are heads, never predicates (更务实的举措)
NOUNS_TAGGED_V = {"举措", "抓手", "实效", "担当", "启示", "位置", "使命", "作用"}
# words before the manner word that take a noun phrase, so that "X的V+N" is their object: 有主动的担当精神
NP_TAKERS_OK = {
    "没有",
    "没",
    "不能",
    "不会",
    "不要",
    "不再",
    "不敢",
    "要",
    "能",
    "会",
    "应",
    "应当",
    "应该",
    "只",
    "只是",
    "就",
    "都",
    "还",
    "也",
    "又",
    "才",
    "总",
    "总是",
    "往往",
    "常常",
    "经常",
    "习惯于",
    "善于",
    "敢于",
}
# nouns that head an attributive phrase after V: 主动的担当精神, 系统的改进建议
# negated adjectives that only stand before a noun, never as a complement (不实说法, 不良风气, 不当言论)
ATTRIBUTIVE_NEGATIVES = {"不实", "不良", "不法", "不当", "不端", "不轨", "不正当"}
HEAD_NOUNS = {
    "精神",
    "意识",
    "建议",
    "意见",
    "能力",
    "机制",
    "措施",
    "办法",
    "举措",
    "思路",
    "方案",
    "态度",
    "作风",
    "氛围",
    "习惯",
    "劲头",
    "效果",
    "成效",
    "水平",
    "体系",
    "方式",
    "方法",
    "心态",
    "作用",
    "责任",
    "行为",
    "过程",
    "环境",
    "制度",
    "理念",
    "观念",
    "热情",
    "品质",
    "本领",
    "情怀",
    "效能",
    "质量",
    "格局",
    "程序",
    "流程",
    "平台",
    "政策",
    "标准",
    "要求",
    "模式",
    "渠道",
    "体制",
    "路径",
    "途径",
    "手段",
    "目标",
    "意愿",
    "空间",
    "局面",
    "现象",
    "做法",
    "力度",
    "范围",
    "对象",
    "队伍",
    "主体",
    # heads of the noun phrases official prose builds on a verb (整改监督链条, 前行足迹, 工作合力)
    "链条",
    "足迹",
    "合力",
    "闭环",
    # the time and pace of an action (观察时机, 推进速度, 整改进度): a verb's noun phrase, no predicate
    "时机",
    "速度",
    "进度",
    "节奏",
    "时限",
    "日期",  # 填写日期, 签订日期: the date of an act (r28)
    # one-character heads that close a compound noun on the verb before them (没有具体的扣分项, 统一的检查点,
    # 专门的登记表): the verb and its head are a noun, not a verb and its object (r25)
    "项",
    "点",
    "表",
    "单",
    "册",
    "栏",
    "卡",
    "簿",
    "榜",
}
# nouns ending like this are no verbs, whatever the tag (敢为人先的闯劲)
NOUN_ENDINGS = tuple("劲性感心气头力法")  # 法: 想法, 做法, 看法
# verbs before the adverbial that take "X的Y" as their object: 缺少敢为人先的闯劲
OBJECT_VERBS = {
    "存在",  # 存在求稳怕乱的想法
    "存有",
    "抱有",
    "怀有",
    "产生",
    "滋生",
    "缺少",
    "缺乏",
    "具有",
    "具备",
    "有",
    "保持",
    "增强",
    "发扬",
    "弘扬",
    "树立",
    "拿出",
    "鼓起",
    "激发",
    "形成",
    "是",
    "成为",
    "提出",
    "作出",
    "做出",
    "进行",
    "开展",
    "给予",
    "予以",
    "加以",  # 加以深刻的整改: the phrase is 加以's object
    "加强",
    "展现",
    "体现",
    "提供",  # 提供完整及时的统计信息服务
    "营造",
    "创造",
}


# prepositions whose object the word before 的 begins (对推广应用的督促: an attribute, not an adverbial)
OBJECT_PREPOSITIONS = {"对", "对于", "关于", "围绕"}
# prepositions of a standard (对照人民至上的要求, 按照上级部署的安排): the phrase up to the clause's end is
# their object, a noun phrase, and 的 an attribute's (r25)
STANDARD_PREPOSITIONS = {"对照", "按照", "依照", "遵照", "参照", "比照", "根据", "依据", "按", "依"}


# the characters T301's pattern takes alone for a complement (抓的紧, 落实的不实)
ONE_CHARACTER_COMPLEMENTS = frozenset("紧实深透细牢好严准")


@data_guard("T301")
def complement_begins_word(text: str, start: int, end: int) -> bool:
    """T301's 的 at text[start:end] stands before a word that its complement's character only begins: a noun or
    a number (我分管的实训处, 的好几个科室), no adjective (管的严格 stays a slip). The pattern reads characters;
    the dictionary's word after 的 says what it is (r25)."""
    from mingjing.rules.postag import tag

    after = text[end : end + 8]
    if not after or after[0] not in ONE_CHARACTER_COMPLEMENTS:
        return False
    for words in (
        tag(after),
        tag(after[:2]),
    ):  # the clause's first word, or the two characters alone (好|几项)
        if not words:
            continue
        word, t = words[0]
        if (
            len(word) > 1
            and (t[:1] in "nmq" or t == "vn")
            and not (t == "m" and after[len(word) :][:1] == "了")
        ):
            return True  # 做的好多了 keeps its complement: 好多 + 了 is "much better"
    return False


def _curated_spans(ctx: ReviewContext) -> set[int]:
    key = "curated-de-spans"
    if key not in ctx.cache:
        from mingjing.rules.registry import review_rules

        spans: set[int] = set()
        for rule in review_rules():
            if rule.code in CURATED and rule.matcher is not None:
                spans.update(h.start for h in ctx.data_hits(rule))
        ctx.cache[key] = spans
    found: set[int] = ctx.cache[key]
    return found


def _de_positions(ctx: ReviewContext) -> list[tuple[int, list[Token]]]:
    """Each 的 outside the curated findings: (index of 的 in tokens, tokens); tagged once per review."""
    key = "de-positions"
    if key not in ctx.cache:
        skip = _curated_spans(ctx)
        ctx.cache[key] = [
            (k, tokens)
            for _, tokens in tagged_clauses(ctx.text, 0, len(ctx.text), "的")
            for k, (word, _tag, at) in enumerate(tokens)
            if word == "的" and at not in skip
        ]
    positions: list[tuple[int, list[Token]]] = ctx.cache[key]
    return positions


def _degree_next(tokens: list[Token], k: int) -> bool:
    """A degree word (过于, 比较, 十分 …) follows 的, after any leading adverb."""
    rest = [w for w, _, _ in tokens[k + 1 :]]
    while rest and rest[0] in LEAD:
        rest = rest[1:]
    return bool(rest) and rest[0] in DEGREE


def _verb_like(tokens: list[Token], k: int) -> bool:
    """The word before 的 is a verb or adjective and the phrase is not nominal (所做的, 要做的)."""
    if k == 0:
        return False
    word, t, _ = tokens[k - 1]
    if word in OFFICE_VERBS_N:
        return _degree_next(tokens, k) and not (k >= 2 and tokens[k - 2][0] in NOMINALISERS)
    if not (t[:1] in "va" or word in SINGLE_VERBS or word in SPOKEN_VERBS_N):
        return False
    if t == "vn" and len(word) > 1 and not _degree_next(tokens, k):
        return False  # 工作的, 服务的: verbal nouns before 的 are attributes (管理的过于宽松 is a complement)
    if word in NO_COMPLEMENT_VERBS:
        return False  # 存在的不平衡, 出现的不良倾向: verbs of existing or happening take no degree complement
    if len(word) > 1 and word[-1] in RESULTATIVE:
        return False  # 看到的不全面: a verb with its result takes no degree complement, so V的 is a noun
    if k >= 2 and tokens[k - 2][0] in COMPARED_WITH:
        return False  # 与设计的较好吻合: after 与/比 the phrase is the standard of a comparison
    if k >= 2 and tokens[k - 2][0] in NEGATED:
        return False  # 整改不到位的不予验收, 不该减的不减: a negated verb phrase + 的 names the cases, a noun
    return not (k >= 2 and tokens[k - 2][0] in NOMINALISERS)


# what opens a phrase that names cases (能用文件解决的不开会, 凡…的, 对…及时改正的不予处罚)
CASE_OPENERS = {"能", "能够", "可以", "可", "凡", "凡是", "应当"}
CASE_RULINGS = {"不予", "一律", "不再", "暂不"}  # what is ruled for the cases named before 的
CASE_NEGATIONS = {
    "未",
    "没",
    "没有",
    "尚未",
    "未能",
    "不",
}  # a phrase naming the cases not done (未整改到位的)


def _names_cases(tokens: list[Token], k: int) -> bool:
    """The phrase before 的 (index k) names cases and the words after it rule on them, as a list of rules
    does: a modal or 凡 opens the clause's phrase (能合并的合并，能用文件解决的不开会), or a ruling follows
    (对…并及时改正的不予处罚). A degree complement (完成的不够及时) has neither."""
    if k + 1 < len(tokens) and tokens[k + 1][0] in CASE_RULINGS:
        return True
    if k >= 1 and tokens[k - 1][0] == "有":
        return True  # 建议有的比较笼统: 有的 "some of them", the subject of what follows (r19)
    negated = False
    for word, _, _ in reversed(tokens[:k]):
        if word in "，,、；;：:。！？":
            break
        if word in CASE_OPENERS:
            return True
        negated = negated or word in CASE_NEGATIONS
    # 问题未整改到位的不销号: a negated phrase + 的 names the cases left undone and a negated verb rules on
    # them; a degree complement never follows a negated verb (r19)
    return negated and k + 1 < len(tokens) and tokens[k + 1][0] in ("不", "没", "未")


COMPARED_WITH = {"与", "和", "同", "跟", "比"}
# a negation or a modal right before the verb: a verb so bounded takes no degree complement of its own
NEGATED = {"不", "没", "没有", "未", "尚未", "不够", "不该", "不予", "不要", "该", "应", "应该"}


def _is_adjectival(token: Token) -> bool:
    word, t, _ = token
    return (
        t[:1] in "av"
        or t in ("ad", "d", "c", "l", "z", "i")
        or word in ("好", "紧", "实", "细", "准", "透", "深")
        or (
            t == "nr" and len(word) == 2
        )  # 不周全: jieba's dictionary tags 周全 as a name; no name follows 不
    )


def _idiom(word: str) -> bool:
    """A 成语 of pypinyin's phrase lexicon (通知精神 is tagged as one by jieba's dictionary, but is not)."""
    from pypinyin.constants import PHRASES_DICT

    return word in PHRASES_DICT


def complement_after(tokens: list[Token], k: int) -> bool:
    """The words after 的 (index k) are a degree complement that closes the clause."""
    rest = tokens[k + 1 :]
    while rest and rest[0][0] in LEAD:
        rest = rest[1:]
    if not rest or sum(len(w) for w, _, _ in rest) > 7:
        return False
    head, tail = rest[0][0], rest[1:]
    if head in ATTRIBUTIVE_NEGATIVES and tail:
        return False  # 分红的不实说法: 不实, 不良 only modify a noun (jieba tags 说法 as a verb)
    if head in DEGREE or head == "不":
        if not tail or tail[0][0] in NOT_COMPLEMENT:
            return False
        body = tail
        if len(body) == 1 and len(body[0][0]) == 2 and body[0][1][:1] == "n":
            # 完成的不理想, 制定的过于笼统: a noun-tagged word closing the clause right after 不 or a degree
            # word is used as an adjective (jieba's dictionary tags 理想, 笼统, 规范, 科学 as nouns)
            return body[0][0] not in QUANTITY
    elif (
        head.startswith("不") and 2 <= len(head) <= 3 and head not in NOT_BU_WORDS and rest[0][1][:1] in "avd"
    ) or (rest[0][1] == "l" and any(head.startswith(d) for d in ("比较", "十分", "非常", "很", "更加"))):
        body = tail
        if not body:
            return True
    elif rest[0][1] in ("i", "l") and len(head) == 4 and not tail and tokens[k - 1][1][:1] == "v":
        return _idiom(head)  # a four-character idiom closing the clause: 开展得有声有色 (not 通知精神)
    else:
        return False
    if not body or any(w in QUANTITY for w, _, _ in body) or body[-1][0] in HEAD_NOUNS:
        return False  # 提出的更高要求: a degree word and an adjective before a noun are its attribute
    return all(_is_adjectival(tok) or tok[0] == "不" for tok in body) and body[-1][0] not in NOT_COMPLEMENT


@code_rule(
    "T304",
    "de-complement-grammar",
    "typo",
    "warning",
    "“{match}”可能用错了：动词、形容词后面跟程度补语（{context}）时用“得”",
    "补语前用“得”。按词性判断：动词或形容词 + 的 + 程度补语（不够、很、不深、更加、十分、比较……）并且补语收尾，"
    "这里的“的”应为“得”；清单（T301）之外的搭配由它发现。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，读书笔记完成[的]不够及时。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，舆情处置推进[的]十分缓慢。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对复工方案想[的]不周全。"),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，整改任务完成[的]不理想，对下属管理[的]过于宽松。"
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，会议记录整理[的]不够规范。"),
        # the object put before its verb by 对: 的不够 closing the clause is the verb's complement (r26)
        variant("我两天后才安排核查。", "我两天后才安排核查，对医保基金安全重视[的]不够。"),
    ],
    good=[
        # a fault noun after a verb of knowing: the object (r25)
        variant("我两天后才安排核查。", "我两天后才安排核查。事后我才认识到这样安排的不妥。"),
        GOOD,
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，我所做的还不够，存在的不足还很多。"),
        # the 对-phrase in another clause: what was done, a noun's phrase (r26)
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对这些问题，我们做的还不够。"),
        # what a person has done, judged not enough: a noun's phrase (r26)
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，我们做的还很不够。"),
        variant(  # a negated verb + 的 names the cases: no complement follows it
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，隐患整改不到位的不予验收，不该报的不报。"
        ),
        variant(  # a modal opens the phrase, or a ruling follows: 的 names the cases
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，能用文件解决的不开会，及时改正的不予处罚。"
        ),
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，对群众工作的不重视和存在的不平衡都要改。"
        ),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，年初的工作部署的重点不突出。"),
        variant(  # the cases not done, ruled on (r19); 有的 "some of them"
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，问题未整改到位的不销号，报告有的比较笼统。",
        ),
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，对个别人议论集体经济分红的不实说法一笑了之。"
        ),
        variant(  # a verb of having before 的 and a closing idiom: an attribute (r20)
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，会场缺少应有的井井有条。"
        ),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，没有落实上级提出的更高要求，新系统与设计的较好吻合。"
        ),
    ],
)
def de_complement_grammar(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for k, tokens in _de_positions(ctx):
        if (
            ((_verb_like(tokens, k) and complement_after(tokens, k)) or _fronted_object_short(tokens, k))
            and not _names_cases(tokens, k)
            and not _fault_known(tokens, k)
            and not _deeds_short(tokens, k)
        ):
            at = tokens[k][2]
            end = tokens[-1][2] + len(tokens[-1][0])
            yield rule.finding(ctx.text, at, at + 1, ("得",), context=ctx.text[tokens[k - 1][2] : end])


def _deeds_short(tokens: list[Token], k: int) -> bool:
    """A person's doing + 的 judged not enough (我们做的还很不够, 自己干的不够): "what we have done", a noun's
    phrase whose predicate is 不够, no complement of 做 (r26, typo26's probe 2)."""
    if k < 2 or tokens[k - 1][0] not in ("做", "干") or tokens[k - 2][1] != "r":
        return False
    return tokens[-1][0] in SHORT or (tokens[-1][0] in ("。", "，", "；") and tokens[-2][0] in SHORT)


# verbs of regard that jieba's dictionary tags as nouns (关心 n): after 对 + their object they are verbs still
REGARD_VERBS = {"关心", "关注", "关爱", "重视", "在意", "留意", "珍视", "爱护"}
SHORT = {"不够", "还不够"}  # a bare degree of "not enough" closing the clause


def _fronted_object_short(tokens: list[Token], k: int) -> bool:
    """对/对于 + an object + a verb + 的 + (还)不够 closing the clause: the object is put before the verb, so
    the verb's 的不够 is its complement (对医保基金安全重视的不够 → 重视得不够). Without the 对-phrase the verb + 的
    is a noun's phrase (我所做的还不够, 我们做的还不够), which `complement_after` leaves alone (r26)."""
    if k < 3:
        return False
    rest = [w for w, _, _ in tokens[k + 1 :]]
    while rest and rest[0] in LEAD:
        rest = rest[1:]
    if len(rest) != 1 or rest[0] not in SHORT:
        return False
    word, t, _ = tokens[k - 1]
    if len(word) < 2 or not (t[:1] in "v" or word in REGARD_VERBS):
        return False
    if word in NO_COMPLEMENT_VERBS or word[-1] in RESULTATIVE or tokens[k - 2][0] in NOMINALISERS:
        return False
    if tokens[k - 2][0] in ("的", "地") or tokens[k - 2][1] in ("p", "r", "d"):
        return False  # 对职工的关心的不够: the verb is a noun after 的; 对他们做的: a pronoun's doing
    return any(w in OBJECT_PREPOSITIONS - {"围绕", "关于"} for w, _, _ in tokens[: k - 2])


# faults named by 不 + a character that stand as nouns too (不妥之处, 自身的不足): after a verb of knowing, the
# phrase "这样做的不妥" is what is known, a noun phrase (r25)
FAULT_NOUNS = {"不妥", "不当", "不足", "不周", "不是"}
_KNOWING = re.compile(r"(?:意识|认识|察觉|觉察|感觉|体会|看|想|感)到|认清|看清|反思|明白|知道|发现")


def _fault_known(tokens: list[Token], k: int) -> bool:
    """The word after 的 (index k) is a fault noun closing the clause, and a verb of knowing stands before the
    phrase (没有意识到这样做的不妥): the phrase is that verb's object, 的 an attribute's."""
    if k + 2 != len(tokens) or tokens[k + 1][0] not in FAULT_NOUNS:
        return False
    return bool(_KNOWING.search("".join(w for w, _, _ in tokens[: k - 1])))


# modal verbs: what follows them is a predicate, never a noun phrase (不能主动的完成…, 只能匆匆的交流)
MODALS = {
    "能",
    "不能",
    "能够",
    "不能够",
    "只能",
    "会",
    "不会",
    "应",
    "应当",
    "应该",
    "必须",
    "可以",
    "不可",
    "敢于",
    "善于",
}
_MODIFIER_TAGS = ("a", "ad", "b", "z", "d", "zg")


def _after_modal(tokens: list[Token], k: int) -> bool:
    """The one or two words before 的 are modifiers (主动, 很 好, 全面 细致) standing right after a modal
    verb: they modify the verb that follows 的."""
    j = k - 1
    if j < 1 or tokens[j][1] not in _MODIFIER_TAGS or tokens[j][0] in NOT_ADVERBIAL:
        return False
    if tokens[j - 1][0] in MODALS:
        return True
    return j >= 2 and tokens[j - 1][1] in _MODIFIER_TAGS + ("n",) and tokens[j - 2][0] in MODALS


# words that open a noun phrase: what follows them up to 的 is a noun, not an adverbial
DETERMINERS = {
    "各种",
    "各类",
    "各项",
    "这种",
    "那种",
    "这类",
    "那类",
    "这些",
    "那些",
    "某些",
    "某种",
    "种种",
    "诸多",
    "一切",
}


def _noun_compound(word: str) -> bool:
    """Whether a four-character word jieba calls an idiom is no 成语 but two words of the dictionary that
    make a noun's phrase: an attribute and a noun (错误思想, 腐朽思想), or a noun and its verb (群众反映:
    群众反映的诉求): no adverbial of manner."""
    from mingjing.rules.de_adverbial import dictionary_tag
    from mingjing.rules.idiom_blends import idioms

    if len(word) != 4 or word in idioms():
        return False  # 雷厉风行 is a 成语 whatever its halves
    head, tail = dictionary_tag(word[:2]), dictionary_tag(word[2:])
    return (head[:1] in ("a", "n", "b") and tail == "n") or (head == "n" and tail == "v")


def _adverbial(tokens: list[Token], k: int) -> str | None:
    """'modal' (after a modal verb: 不能主动的), 'strong' (认真, 扎扎实实, 坚定不移), 'weak' (an adjective:
    严肃, 清醒) or None."""
    if k == 0:
        return None
    if _after_modal(tokens, k):
        return "modal"
    word, t, _ = tokens[k - 1]
    if word in NOT_ADVERBIAL:
        return None
    if k == 1 and len(word) == 2 and word[0] == "最":
        return None  # ……，最长的延迟了两个月: a superlative first in its clause names the case (the longest one) (r24)
    if k >= 2 and tokens[k - 2][0] in OBJECT_PREPOSITIONS:
        return None  # 对推广应用的督促指导还不够: the phrase is the preposition's object, 的 an attribute's
    if preposition_and_noun_before(tokens, k - 1, STANDARD_PREPOSITIONS) and k + 2 == len(tokens):
        return None  # 对照人民至上的要求，…: the standard's words close the clause, the preposition's object (r25)
    if preposition_and_noun_before(tokens, k - 1, OBJECT_PREPOSITIONS):
        return None  # 对定位异常的做到当日核查: 对 + a noun + its state + 的 names the cases, a noun phrase
    if k >= 2 and tokens[k - 2][1] in ("m", "q", "mq"):
        return None  # 有2个批次的约定采购量: a word counted by a numeral or measure is a noun
    if k >= 2 and tokens[k - 2][0] in DETERMINERS:
        return None  # 抵挡不住各种错误思想的侵袭: after a determiner stands a noun phrase, 的 an attribute's
    if t == "i" and _noun_compound(word):
        return None  # 错误思想的侵袭: jieba's "idiom" is an attribute and a noun, the possessor of the verb
    if word[:1] in NEGATIONS and len(word) >= 3:
        return None  # 未公开的停电计划, 没落实的事项: a negated verb before 的 is an attribute
    if len(word) == 2 and word[-1] in LOCALIZERS and not rjieba_word(word):
        return None  # 派单后的处置率: jieba cut 派|单后 and tags 单后 an adverb; X后的 is "after X", an attribute
    if word not in MANNER and _object_verb_before(tokens, k - 2):
        return (
            None  # 有了更深刻的理解, 进行认真的研究: the phrase is the object of 有/进行, 的 an attribute's
        )
    if t == "a" and _clause_before(tokens, k - 2):
        return None  # 职工反映强烈的突出问题: a clause (who, a verb, how) is the attribute, 的 an attribute's
    if word in MANNER and _predicate_position(tokens, k - 1) and _manner_verb_object(tokens, k):
        return "manner"
    if t in STRONG_TAGS or REDUP.fullmatch(word) or (t == "d" and len(word) == 2):
        return "strong"
    if (t in ("a", "b") and len(word) == 2) or word in WEAK_WORDS:
        return "weak"
    return None


NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz"})
LOCALIZERS = frozenset("后前时中内外间")  # the localizer that closes a phrase of place or time


def rjieba_word(word: str) -> bool:
    """A word of the dictionary (随后, 此前), as against two characters jieba's model glued (单后)."""
    import rjieba

    return bool(rjieba.has_word(word))


def preposition_and_noun_before(tokens: list[Token], j: int, prepositions: set[str]) -> bool:
    """tokens[j] follows a preposition and one or two words that are no verb (对 定位 异常, 对 个别 批次,
    与 数字 孪生): the phrase up to 的 is the preposition's object, a noun phrase, whatever word class
    jieba gives the word before 的 — but an adjective of manner (对新问题简单的套用过去的办法) opens the
    predicate after the object, and stays an adverbial."""
    if j < 0 or tokens[j][1] in ("a", "ad", "z"):
        return False
    for i in range(j - 1, max(j - 4, -1), -1):
        word, t, _ = tokens[i]
        if word in prepositions:
            return i < j - 1 and any(tokens[h][1] in NOUN_TAGS for h in range(i + 1, j + 1))
        if t[:1] in "vpcu" or not word.strip("，,、 "):
            return False
    return False


def _clause_before(tokens: list[Token], j: int) -> bool:
    """The words up to j are a subject and its verb (职工 反映, 社会 关注) or jieba's set phrase of both
    (群众反映): an adjective after them is that clause's predicate, no adverbial of what follows 的."""
    if j < 0:
        return False
    if tokens[j][1] == "i":
        return True
    return j >= 1 and tokens[j][1] == "v" and tokens[j - 1][1] in NOUN_TAGS


NEGATIONS = ("未", "没")
# words that may stand between an object-taking verb and the attribute: 有了更深刻的理解
DEGREE_OR_ASPECT = DEGREE | {"了", "最", "更为", "一种", "一个", "一次"}


_LIST_BEFORE = re.compile(r"[^，,。；;：:！？\s]{1,30}、$")


def _listed_quality_of_object(text: str, tokens: list[Token], k: int) -> bool:
    """The modifier before 的 (index k) is the last of qualities listed with 、 after a verb that takes the
    whole phrase as its object (提供更加真实准确、完整及时的统计信息服务): an attribute, 的 an attribute's."""
    from mingjing.rules.postag import tag

    if any(t[1] not in ("a", "ad", "d", "c") for t in tokens[:k]):
        return False
    before = _LIST_BEFORE.search(text, 0, tokens[0][2])
    if before is None:
        return False
    words = list(tag(before.group()))
    i = len(words) - 1
    while i >= 0 and (words[i][0] == "、" or words[i][1] in ("a", "ad", "d", "c")):
        i -= 1
    return i >= 0 and _object_verb_before([(w, t, 0) for w, t in words], i)


def _object_verb_before(tokens: list[Token], j: int) -> bool:
    """The word at j, or the first before it that is no degree word or aspect particle, is a verb that
    takes a noun phrase as its object (有, 存在, 进行 …). Up to three more qualities may stand between,
    listed or not (进行了认真深入细致的整改, 进行了全面、彻底的整改: the whole is 进行's object, r27)."""
    qualities = 0
    while j >= 0:
        word, t, _ = tokens[j]
        if word in DEGREE_OR_ASPECT or word in "、，,":
            j -= 1
        elif qualities < 3 and j >= 1 and t in ("a", "ad", "z", "d", "i", "n") and 2 <= len(word) <= 4:
            qualities += 1
            j -= 1
        else:
            break
    return j >= 0 and tokens[j][0] in OBJECT_VERBS


def _predicate_position(tokens: list[tuple[str, str, int]], j: int) -> bool:
    """The word at j stands where an adverbial stands: first in the clause, or after a subject,
    an adverb, a negation or a modal, not after a verb that takes a noun phrase (有主动的担当精神)."""
    if j == 0:
        return True
    word, t, _ = tokens[j - 1]
    if word in NP_TAKERS_OK:
        return True
    return not t.startswith("v") and t not in ("uj", "p", "m", "q", "mq")


# verbs of stance that take their object and do not make a compound with a head noun: 片面的强调程序规范
# is 强调 + its object, not a 强调程序 (unlike 审批程序, 督导机制)
STANCE_VERBS = {"强调", "注重", "追求", "偏重", "看重", "依赖", "迷信", "夸大", "回避", "忽视"}


def _manner_verb_object(tokens: list[tuple[str, str, int]], k: int) -> bool:
    """After 的 (index k) come a verb and its object: 对接群众, 归结为患者增加, 套用上级检查表."""
    if k + 2 >= len(tokens):
        return False
    word, t, _ = tokens[k + 1]
    if not (t == "v" or word in VERBS_TAGGED_N) or word in ("是", "有", "为", "在", "成为", "作为"):
        return False
    obj, ot, _ = tokens[k + 2]
    if (obj in HEAD_NOUNS and word not in STANCE_VERBS) or obj.endswith(("性", "感", "劲")):
        return False
    return ot[:1] in "nrb" and ot != "vn"


COPULA_AFTER = {"是", "就是", "也是", "都是", "还是", "才是"}


def _verb_with_aspect_before(tokens: list[Token], j: int) -> bool:
    """A verb carrying 着/了 stands before the modifier (面对着形形色色的诱惑, 经历了反反复复的考验): the
    phrase closing the clause is its object, a noun phrase, and 的 an attribute's."""
    return j >= 1 and tokens[j][0] in ("着", "了") and tokens[j - 1][1] == "v" and len(tokens[j - 1][0]) >= 2


def topic_of_predicate(tokens: list[Token], i: int) -> bool:
    """Whether a negated predicate starts at tokens[i], directly or after one verb (不深; 回应不快): the verb and
    noun before it are then a noun phrase, its subject or topic (艰苦朴素的要求体会不深, 反映强烈的出行难题回应
    不快), and 的 before them an attribute's (r19); or, past the nouns that head the phrase, a predicate of being or
    having (立项的应用对策研究只有9项, 艰苦奋斗的要求还有距离: r24)."""
    j = i
    while j < len(tokens) and j - i < 2 and (tokens[j][1][:1] == "n" or tokens[j][1] == "vn"):
        j += 1
    if j < len(tokens) and tokens[j][0] in HAVING_OR_BEING:
        return True
    if i >= len(tokens):
        return False
    if tokens[i][0][:1] in NEGATION_OPENERS:
        return True
    return tokens[i][1] == "v" and i + 1 < len(tokens) and tokens[i + 1][0][:1] in NEGATION_OPENERS


NEGATION_OPENERS = frozenset("不没未")
# predicates of having or being, whose subject is the noun phrase before them: 要求有差距, 课题只有6项 (r24)
HAVING_OR_BEING = frozenset(
    {
        "有",
        "还有",
        "也有",
        "都有",
        "只有",
        "仅有",
        "尚有",
        "没有",
        "是",
        "就是",
        "也是",
        "都是",
        "还是",
        "才是",
    }
)


def _compound_head(nxt: Token | None) -> bool:
    """The word after the verb heads a compound noun on it: a head noun or a noun of quality (居住安全, 填写日期:
    千家万户的居住安全 is the households' safety of living, no 住 of a result, r28)."""
    return nxt is not None and (nxt[0] in HEAD_NOUNS or nxt[1] == "an")


def verb_after(tokens: list[Token], k: int, strength: str) -> bool:
    """The words after 的 are a verb used as a predicate: it carries 了/着/过 or a result
    complement, or (after a strong adverbial) an object or a preposition, or closes the clause."""
    if strength == "manner":
        return True
    rest = tokens[k + 1 :]
    if not rest:
        return False
    word, t, _ = rest[0]
    if strength == "modal":  # after a modal only a predicate follows: any verb, with or without object
        verbal = t in ("v", "l", "i") or word in VERBS_TAGGED_N or word in VERBAL_VN or word in SPOKEN_VERBS_N
        return verbal and word not in ("是", "有", "为", "在", "成为", "作为") and len(word) >= 2
    nxt = rest[1] if len(rest) > 1 else None
    if t == "p" and strength == "strong" and nxt is not None:
        return True
    if t == "vn" and word in VERBAL_VN and nxt is not None and nxt[1] == "v" and strength == "strong":
        return True  # 认真的研究解决…
    if t == "i" and len(word) == 3 and word[-1] in RESULT:
        return True  # 担负起, 承担起: a verb with its result, tagged as a set phrase
    if t != "v" or word in ("是", "有", "为", "在", "成为", "作为") or word in NOUNS_TAGGED_V:
        return False
    if len(word) == 2 and word[1] in RESULT and word not in ("看好", "上好") and not _compound_head(nxt):
        return True  # 做好, 看到, 抓住: the verb carries its result
    if nxt is None:
        object_verb = (
            _object_verb_before(tokens, k - 2)
            or _verb_with_aspect_before(tokens, k - 2)
            # 观看了他们声泪俱下的忏悔: a possessor between the verb with 了 and the modifier
            or (k >= 3 and tokens[k - 2][1] == "r" and _verb_with_aspect_before(tokens, k - 3))
        )
        return strength == "strong" and len(word) == 2 and not object_verb and not word.endswith(NOUN_ENDINGS)
    if nxt[0] in COPULA_AFTER or nxt[0] in HAVING_OR_BEING:
        return False  # 正确的选择是坚持, 艰苦朴素的要求有差距: the phrase before 是/有 is the subject (r24)
    if nxt[0] in ASPECT or nxt[0] in RESULT:
        return True
    if strength == "strong" and nxt[0] in ("和", "并", "与") and len(rest) > 2 and rest[2][1] == "v":
        return True  # 认真的梳理和公示清单: two verbs joined, the first one a predicate
    if nxt[1][:1] == "n" and topic_of_predicate(tokens, k + 3):
        return False
    if strength == "strong" and nxt[1][:1] in "nrvbi" and nxt[1] != "vn":
        # 耐心的解释政策, 积极的参与推动, 逐步的完善制度; a word that also modifies nouns before an
        # attributive head is an attribute (积极的参与意识, 严格的审批程序), a pure adverb (逐步) never is
        before, before_tag, _ = tokens[k - 1]
        return nxt[0] not in HEAD_NOUNS or (before_tag == "d" and before not in MANNER)
    return False


# the lookbehind after the first character matched: the engine skips ahead to that character (a
# pattern opening with a lookbehind is tried at every place); the same matches
_DE_AFTER_TWO = re.compile(r"得(?<=[\u4e00-\u9fff]{2}得)(?=[\u4e00-\u9fff]{2})")
# adverbs before which 得 is the modal děi (must): 一定得去, 还是得学
MODAL_ADVERBS = {
    "一定",
    "必须",
    "还是",
    "恐怕",
    "可能",
    "肯定",
    "就是",
    "总是",
    "非要",
    "怕是",
    "也许",
    "大概",
    "只能",
}


def _de_after_adverb(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    """得 between an adverb (jieba: d) and a verb: an adverb takes no 得-complement, so the 得 is 地
    (深刻得认识到, 扎实得推进); 得 the modal after 一定/必须 is left alone."""
    from mingjing.rules.postag import tag

    text = ctx.text
    for m in _DE_AFTER_TWO.finditer(text):
        at = m.start()
        if at in _curated_spans(ctx):
            continue
        words = tag(text[at - 2 : at + 4])
        if len(words) < 3 or words[1] != ("得", "ud") or words[0][1] != "d" or len(words[0][0]) != 2:
            continue
        clause, k = [], 0  # confirm on the whole clause
        for _, tokens in tagged_clauses(text, max(0, at - 60), min(len(text), at + 60), "得"):
            k = next((i for i, (_, _, pos) in enumerate(tokens) if pos == at), 0)
            if k:
                clause = tokens
                break
        if k == 0 or k + 1 >= len(clause) or clause[k - 1][1] != "d" or clause[k + 1][1] != "v":
            continue
        if words[0][0] in MODAL_ADVERBS or words[0][0] in NOT_ADVERBIAL or words[2][1] != "v":
            continue
        if words[2][0][0] in "不没未":
            continue  # 更新得不够细, 执行得不到位: a negated degree is a 得-complement; no manner is 不够 done
        yield rule.finding(text, at, at + 1, ("地",), context=text[at - 2 : at + 1 + len(words[2][0])])


@code_rule(
    "T305",
    "di-adverbial-grammar",
    "typo",
    "warning",
    "“{match}”可能用错了：修饰动作的状语（{context}）后用“地”",
    "状语后用“地”。按词性判断：副词性修饰语（认真、扎扎实实、坚定不移……）+ 的 + 带“了/着/过”、补语或宾语的动词，"
    "这里的“的”应为“地”；“清醒的认识”“认真的态度”之类的定语不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才认真[的]反思了这件事。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，没有坚定不移[的]贯彻上级要求。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，有的基层所机械[的]套用上级检查表。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，没有认真[的]梳理和公示清单。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，在工作中片面[的]强调程序规范。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。通过反思，我深刻[得]认识到差距。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，不能主动[的]完成工作任务。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，不能很好[的]统筹兼顾。"),
    ],
    good=[
        # a preposition of standard's object closing the clause (r25)
        variant("我两天后才安排核查。", "我两天后才安排核查。对照人民至上的要求，服务还有短板。"),
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，对整改进度的督促不够持续。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，有9艘船舶被查出与上次检查相同的缺陷。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，缺乏清醒的认识和认真的学习态度。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，缺少敢为人先的闯劲和主动的担当精神。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对推广应用的督促指导还不够。"),
        variant(  # a word of a former time that jieba tags d: with 的 an attribute
            "我两天后才安排核查。", "我两天后才安排核查，参加的学生从原来的不到600人增加到1180人。"
        ),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，存在求稳怕乱的想法，有2个批次的约定采购量未完成。"
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，把未公开的检修计划发到了群里。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。通过这次学习，对初心使命有了更深刻的理解。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，身边缺少会主动的人，要加以深刻的整改。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。在这种情况下正确的选择是坚持。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，面对着形形色色的诱惑，没有守住底线。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，今后要拿出更有力的行动、更务实的举措。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。回望这些年，前辈们留下了闪亮的前行足迹。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，这件事给了我有益的借鉴和深刻的启示。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。会上大家观看了他们声泪俱下的忏悔。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，错过了最佳的观察时机，也拖慢了全面的推进速度。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，没有把安全生产放在举足轻重的位置来抓。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，有时顶不住错误思想的侵扰，随大流。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，挡不住各种错误思想的侵蚀，随大流。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对办事群众反映的诉求回应不及时。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，没能解决职工反映强烈的突出问题。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对社会关注强烈的突出问题回应慢。"),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，没能给群众提供真实准确、完整及时的统计信息服务。"
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，没有为企业提供及时的审批服务。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对定位异常的做到当日核查。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对艰苦朴素的要求体会不深。"),  # r19: a topic
        # qualities between 进行了 and 的 are the object's (r27)
        variant("我两天后才安排核查。", "我两天后才安排核查，对巡察反馈的问题进行了认真深入细致的整改。"),
        # the phrase before 有 is its subject (r24)
        variant("我两天后才安排核查。", "我两天后才安排核查，与党员干部艰苦奋斗的要求还有不小的距离。"),
        # a superlative first in its clause is the case it names, the subject (r24)
        variant("我两天后才安排核查。", "我两天后才安排核查，补助发放多次晚于规定时间，最长的拖延了两个月。"),
    ],
)
def di_adverbial_grammar(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from _de_after_adverb(ctx, rule)
    for k, tokens in _de_positions(ctx):
        strength = _adverbial(tokens, k)
        if (
            strength
            and verb_after(tokens, k, strength)
            and not _listed_quality_of_object(ctx.text, tokens, k)
        ):
            at = tokens[k][2]
            nxt = tokens[k + 1]
            yield rule.finding(
                ctx.text, at, at + 1, ("地",), context=ctx.text[tokens[k - 1][2] : nxt[2] + len(nxt[0])]
            )
