"""的 for 地 read from the frame around it (T312): a word that can stand as an adverbial by what it is
(jieba's dictionary tag of the word alone, not its tag in the clause), 的, and a verb that acts as a
predicate — it has its own object, 了/着/过 or a result after it — in a place where an adverbial
stands (after a subject, an adverb or a modal, never as the object of a verb or preposition before
it). 更多的看重安全生产规章制度, 极大的影响了学习, 只是笼统的布置了任务; 产生了极大的影响,
这种简单的套用是不行的, 得到了不断的提高 stay quiet. T305 and T308 keep their findings.

Round r27 (set 53's 认真的对照检查了自己, 没有耐心的讲解，): 了 after a four-character compound or after two
verbs in a row makes them the predicate after an adverb; after 没有/未, an attitude word (耐心, 认真, 仔细 …)
before a verb by the dictionary that closes its clause or takes an object is the negated predicate's adverbial
(没有充分的准备, 没有明确的规定: no attitude, the object of 没有, quiet)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.de_before_object import COPULAS, NOT_MANNER, object_frame
from mingjing.rules.grammar_de import (
    ASPECT,
    COMPARED_WITH,
    HAVING_OR_BEING,
    HEAD_NOUNS,
    MODALS,
    NOUN_ENDINGS,
    OBJECT_PREPOSITIONS,
    REDUP,
    RESULT,
    SINGLE_VERBS,
    VERBS_TAGGED_N,
    _adverbial,
    _de_positions,
    _noun_compound,
    preposition_and_noun_before,
    verb_after,
)
from mingjing.rules.postag import Token
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# what a word is by jieba's dictionary alone: adverbs and descriptive words say how (不断, 更好, 认真),
# adjectives may (极大, 简单); anything else (笼统 n, 孤立 v) only where nothing but an adverbial can stand
ADVERB_TAGS = {"d", "ad", "z"}
ADJECTIVE_TAGS = {"a", "b"}
# a degree adverb and one character make one adverbial: 更 多 → 更多的看重
DEGREE_HEADS = {"更", "很", "较", "最", "越"}
DEGREE_ADVERBS = {
    "更",
    "更加",
    "更为",
    "很",
    "十分",
    "非常",
    "比较",
    "较为",
    "最",
    "特别",
    "相当",
    "极其",
    "越来越",
    "愈加",
}
# words before the adverbial that open a verb phrase, so that what follows is a predicate
VP_OPENERS = MODALS | {
    "要",
    "就要",
    "更要",
    "还要",
    "都要",
    "应",
    "须",
    "需",
    "去",
    "来",
    "不去",
    "开始",
    "继续",
}
# adverb-like words that jieba tags otherwise (只是 c, 有时 r): before them only a predicate follows
ADVERB_LIKE = {
    "只是",
    "仅仅",
    "有时",
    "时常",
    "往往",
    "总是",
    "一味",
    "仍",
    "仍然",
    "依然",
    "还是",
    "却",
    "又",
}
# after the verb (and its object) these make "X的V" a subject: 这种简单的套用是不行的
SUBJECT_MARKS = {"是", "不", "很", "也", "都", "还", "就", "才", "比较", "十分", "非常", "有", "没有"}
SUBJECT_MARKS |= HAVING_OR_BEING  # 立项的应用对策研究只有9项: the phrase is the subject of 只有 (r24)
OPENING_QUOTES = "“‘《「"
NEGATIONS = {"不", "未", "没", "没有", "无"}


@lru_cache(maxsize=8192)
def dictionary_tag(word: str) -> str:
    """The tag jieba's dictionary gives the word alone ('' when it is not one word there)."""
    from mingjing.rules.postag import tag

    words = tag(word)
    return words[0][1] if len(words) == 1 else ""


_COUNT_OPENERS = frozenset("一两三四五六七八九十几每")
NOISE = 3  # jieba's dictionary lists its noise entries at this frequency


def _noise_count(word: str) -> bool:
    """A numeral (or 每) and one character that jieba's dictionary keeps only at its noise (一栏 3, 每步 3): a count
    of what the character names, whatever tag the entry carries."""
    from mingjing.rules.doubled_chars import dictionary_freq

    return len(word) == 2 and word[0] in _COUNT_OPENERS and dictionary_freq(word) <= NOISE


def _adverbial_word(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """(index where the adverbial starts, its class: 'adverb', 'adjective', 'noun' or 'verb') for the words
    before 的 at k, or None when they are no possible adverbial (一定, 相关: determiners)."""
    word, _, _ = tokens[k - 1]
    if k >= 2 and tokens[k - 2][0] in DEGREE_HEADS and len(word) == 1 and tokens[k - 1][1][:1] in "am":
        return k - 2, "adverb"  # 更 多, 较 少: a degree adverb and one character
    if len(word) < 2 or word in NOT_MANNER or word in COPULAS or word[0] == "所":
        return None
    tag = dictionary_tag(word)
    if tag in ADVERB_TAGS and _noise_count(word):
        return None  # 意见一栏的填写日期: a numeral and a noun the dictionary keeps at its noise as an adverb (r28)
    if tag == "i" and _noun_compound(word):
        return None  # 群众反映的报销慢问题, 根本宗旨的理解: jieba's "idiom" is a noun's phrase, no 成语 (r24)
    if tag in ADVERB_TAGS or (len(word) == 4 and (tag == "i" or (tag == "l" and REDUP.fullmatch(word)))):
        return k - 1, "adverb"
    if tag in ADJECTIVE_TAGS:
        return k - 1, "adjective"
    if tag == "n" and len(word) == 2:
        # 笼统, 片面: only where nothing else can stand; 有力, 细心 (ending like 能力, 信心) only after
        # a subject and before a verb with 了
        return k - 1, "noun-like" if word.endswith(NOUN_ENDINGS) else "noun"
    if tag == "v" and len(word) == 2 and not word.endswith(NOUN_ENDINGS):
        return k - 1, "verb"  # 习惯于孤立的看待, 他深入的分析了: only where the frame leaves no other reading
    return None


def _strong_frame(tokens: list[Token], j: int, k: int, kind: str, place: str) -> bool:
    """A word that is a noun or a verb by the dictionary (笼统, 孤立, 深入) is an adverbial only where
    nothing else can stand: a noun after an adverb or a modal (只是笼统的布置了); a verb after a verb
    of habit (习惯于孤立的看待); either after its subject when the verb after 的 is a verb by the
    dictionary with 了/着/过 and, after a noun, an object (他深入的分析了问题, 这一制度有力的推动了工作)."""
    if kind == "verb" and j > 0 and _takes_verb_phrase(tokens[j - 1][0], tokens[j - 1][1]):
        return True
    if kind == "noun" and place in ("adverb", "opener"):
        return True
    if kind == "noun-like" and k + 3 >= len(tokens):
        return False  # 有力的推动了工作: a noun-like adverbial needs an object after 了 too
    if place != "subject" or k + 2 >= len(tokens) or tokens[k + 2][0] not in ASPECT:
        return False
    if dictionary_tag(tokens[k + 1][0]) not in ("v", "vn"):
        return False
    if tokens[j - 1][1] == "r":
        return True  # 我们热情的接待了
    return k + 3 < len(tokens) and tokens[k + 3][1][:1] in "nrv"


# adjectives of size, amount and weight: graded (较大, 很多, 较 高) after a noun they are that noun's predicate,
# and the two an attribute of what follows 的 (难度较大的改革事项, 问题较多的整改任务), no manner of a verb
SIZE_ADJECTIVES = frozenset(
    {
        "大",
        "多",
        "高",
        "重",
        "强",
        "低",
        "少",
        "小",
        "长",
        "短",
        "深",
        "广",
        "难",
        "宽",
        "远",
        "快",
        "慢",
        "严重",
        "突出",
        "集中",
        "复杂",
        "薄弱",
        "落后",
        "频繁",
        "明显",
        "密集",
        "困难",
        "繁重",
        "艰巨",
    }
)
GRADING = frozenset("较很极")


def _graded_size(tokens: list[Token], j: int, k: int) -> bool:
    """The words j..k-1 before 的 are a degree word and an adjective of size (较大, 很 多, 较为复杂) after
    something that is no adverb, modal or verb: the pair is that word's predicate (难度较大, 任务很重)."""
    words = "".join(w for w, _, _ in tokens[j:k])
    graded = words[:1] in GRADING and words[1:] in SIZE_ADJECTIVES
    graded = graded or (words[:2] in ("较为", "极为") and words[2:] in SIZE_ADJECTIVES)
    if not graded or j == 0:
        return False
    before, t, _ = tokens[j - 1]
    return (
        len(before) >= 2
        and before not in DEGREE_ADVERBS
        and before not in ADVERB_LIKE
        and before not in MODALS
        and before not in VP_OPENERS
        and t[:1] not in "vp"
    )


def _takes_verb_phrase(word: str, tag: str) -> bool:
    """A verb ending in 于 that takes a verb phrase (习惯于, 满足于, 善于, 急于)."""
    return len(word) == 3 and word.endswith("于") and tag[:1] == "v"


def _left_place(tokens: list[Token], j: int) -> str:
    """What stands before the adverbial at j: 'start', 'opener' (a modal, 要, 去, a verb ending in 于
    that takes a verb phrase), 'adverb', 'subject' (a noun), or 'object' (a verb, preposition, 的,
    numeral or particle before it: the phrase is their object)."""
    while j > 0 and tokens[j - 1][0] in DEGREE_ADVERBS:
        j -= 1  # 提供更加优质的…, 要更加主动的…: a degree adverb belongs to the word it grades
    if j == 0:
        return "start"
    word, t, _ = tokens[j - 1]
    if word in VP_OPENERS or _takes_verb_phrase(word, t):
        return "opener"
    if word in NEGATIONS:
        return "object"  # 不符合的问题, 未完成的项目: a negated verb phrase is an attribute
    if word in ADVERB_LIKE or t in ("d", "zg") or (t == "t" and len(word) >= 2):
        return "adverb"
    if t == "f" and any(tag == "p" for _, tag, _ in tokens[: j - 1]):
        return "adverb"  # 从源头上有效的预防: a prepositional phrase closed by its localizer
    if t[:1] in "vpmqu" or t in ("mq", "c", "f"):
        return "object"
    if t[:1] in "nrlk":  # 同志们: a noun, a pronoun or a noun's suffix
        return "subject"
    return "object"


def _object_after(tokens: list[Token], i: int, text: str) -> bool:
    """The verb's own object begins at tokens[i]: a noun, pronoun, time word, set phrase, or an
    adjective before a noun; or, with the clause over, a quotation or title (片面的理解“移动优先”)."""
    if i >= len(tokens):
        end = tokens[-1][2] + len(tokens[-1][0])
        return end < len(text) and text[end] in OPENING_QUOTES
    word, t, _ = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if t == "vn":  # 看待考核指标: a verbal noun heading a noun that closes the clause
        return after is not None and after[1] == "n" and after[0] not in HEAD_NOUNS and i + 2 == len(tokens)
    if word in HEAD_NOUNS or word.endswith(NOUN_ENDINGS + ("感",)) or (t == "nr" and len(word) < 2):
        return False  # 严格的审批程序, 主动的担当精神: V + noun is a compound, the phrase a noun phrase
    if t[:1] in "nrlt":
        return True
    if t == "an" and i + 1 == len(tokens):
        return True  # 预防腐败: a noun of quality closing the clause
    if t[:1] in "ab" or t == "an":  # 适应新形势, 看重安全生产…
        return after is not None and (after[1][:1] == "n" or after[1] == "vn") and after[0] not in HEAD_NOUNS
    return False


def _verb_shape(tokens: list[Token], i: int) -> bool:
    """tokens[i] may be the verb of the frame by its shape and tag in the clause (a quick test before
    the dictionary is asked: a dictionary word's tag in the clause is its dictionary tag)."""
    word, t, _ = tokens[i]
    if len(word) == 1:
        return word in SINGLE_VERBS
    if len(word) == 4:
        return True
    if len(word) != 2 or word in COPULAS or word in HEAD_NOUNS:
        return False
    aspect = i + 1 < len(tokens) and tokens[i + 1][0] in ASPECT
    return t in ("v", "vn") or word in VERBS_TAGGED_N or (t == "n" and aspect)


def _verb_object_word(tokens: list[Token], i: int) -> bool:
    """tokens[i] is four characters, a verb and what it takes, tagged as one word (建立健全 + 各项制度):
    its first two characters are a verb by the dictionary, its last two no head noun, and the clause
    ends after it or goes on with its object."""
    word = tokens[i][0]
    if dictionary_tag(word[:2]) != "v" or word[2:] in HEAD_NOUNS or word.endswith(NOUN_ENDINGS):
        return False
    if dictionary_tag(word) not in ("", "v", "nr", "l", "i"):
        return False  # 学习计划 n: a compound noun
    rest = tokens[i + 1 :]
    return not rest or (rest[0][1][:1] in "nr" and _rest_is_predicate(tokens, i + 2))


def _rest_is_predicate(tokens: list[Token], i: int) -> bool:
    """No subject mark follows the verb phrase that ends before tokens[i] (…的套用是不行的)."""
    return not any(w in SUBJECT_MARKS for w, _, _ in tokens[i : i + 3])


# a speaker's attitude in doing a thing (r27): after 没有/没/未 they say how the act was (not) done, 没有耐心的讲解
# being 没有耐心地讲解 in the genre (every such passage of the sets was a planted slip), while 没有充分的准备,
# 没有明确的规定, 没有系统的学习 (no attitude) read as a noun phrase, the object of 没有, and stay quiet
ATTITUDES = frozenset(
    {
        "耐心",
        "认真",
        "仔细",
        "细心",
        "细致",
        "热情",
        "虚心",
        "诚恳",
        "用心",
        "耐心细致",
        "认真细致",
        "仔细认真",
    }
)
NEGATED = frozenset({"没有", "没", "未", "未能", "没能"})


def _negated_attitude(tokens: list[Token], j: int, k: int, text: str) -> bool:
    """没有 + an attitude word + 的 + a verb by the dictionary that closes the clause, takes its object or
    了/过 (没有耐心的讲解，, 未认真的核对报销凭证): the negation is the adverb of a predicate."""
    if j == 0 or tokens[j - 1][0] not in NEGATED or j != k - 1 or tokens[j][0] not in ATTITUDES:
        return False
    verb = tokens[k + 1][0]
    if len(verb) != 2 or dictionary_tag(verb) != "v" or verb in COPULAS or verb in HEAD_NOUNS:
        return False
    rest = tokens[k + 2 :]
    return not rest or rest[0][0] in ASPECT or _object_after(tokens, k + 2, text)


def _serial_verbs(tokens: list[Token], k: int, kind: str, dtag: str) -> bool:
    """An adverb + 的 + a verb by the dictionary + another two-character verb + 了/着/过."""
    if kind != "adverb" or dtag != "v" or k + 3 >= len(tokens) or tokens[k + 3][0] not in ASPECT:
        return False
    nxt = tokens[k + 2][0]
    return len(nxt) == 2 and dictionary_tag(nxt) in ("v", "vn") and nxt not in HEAD_NOUNS


def _noun_like_four(word: str) -> bool:
    """A four-character word that heads a noun phrase (工作作风, 学习态度): a head noun or a noun's ending last."""
    return word[2:] in HEAD_NOUNS or word.endswith(NOUN_ENDINGS) or dictionary_tag(word[2:]) == "n"


def adverbial_frame(tokens: list[Token], k: int, text: str) -> bool:
    """X 的 V …: X can be an adverbial by what it is, stands where one stands, V is a predicate."""
    if k < 1 or k + 1 >= len(tokens) or not _verb_shape(tokens, k + 1):
        return False
    found = _adverbial_word(tokens, k)
    if found is None:
        return False
    if preposition_and_noun_before(tokens, k - 1, OBJECT_PREPOSITIONS | COMPARED_WITH):
        return False  # 对个别批次的抽检数量, 对定位异常的做到…: the preposition's object, a noun phrase
    j, kind = found
    place = _left_place(tokens, j)
    nxt = tokens[k + 2][0] if k + 2 < len(tokens) else ""
    if _graded_size(tokens, j, k) and nxt not in ASPECT:
        return False  # 难度较大的改革事项: a noun's graded size or amount, an attribute, unless 了 makes a predicate
    if place == "object":
        return _negated_attitude(tokens, j, k, text)
    if kind in ("noun", "noun-like", "verb") and not _strong_frame(tokens, j, k, kind, place):
        return False
    if kind != "adverb" and place == "start":
        return False  # 简单的套用…: an adjective first in its clause may head a subject
    verb = tokens[k + 1][0]
    dtag = dictionary_tag(verb)
    if verb in COPULAS or verb.endswith(NOUN_ENDINGS) or verb in HEAD_NOUNS:
        return False
    if len(verb) == 1:
        # 抓落实: a one-character verb of work with its object
        return verb in SINGLE_VERBS and kind == "adverb" and _object_after(tokens, k + 2, text)
    if len(verb) == 4 and kind == "adverb":
        if nxt in ASPECT and dtag in ("n", "v", "vn", "l", "") and not _noun_like_four(verb):
            return True  # 认真的对照检查了自己: 了 makes a four-character compound a predicate (r27)
        return _verb_object_word(tokens, k + 1)
    if len(verb) != 2 or verb[0] in "不没未无":
        return False
    if _serial_verbs(tokens, k, kind, dtag):
        return True  # 认真的梳理排查了台账: two verbs in a row and 了 after the second (round r27)
    if nxt in ASPECT:  # 极大的影响了, 笼统的布置了: 了/着/过 make any verb a predicate
        return (
            dtag in ("v", "vn") or verb in VERBS_TAGGED_N or (dtag == "n" and place in ("adverb", "opener"))
        )
    if kind == "noun":  # 有时片面的理解“移动优先”的要求: a noun-tagged adverbial needs more than an object
        return dtag == "v" and k + 2 == len(tokens) and _object_after(tokens, k + 2, text)
    if dtag == "vn" and place in ("adverb", "opener"):
        # 要更加主动的服务群众: after an adverb or a modal, a verbal noun with one noun closing the clause
        return k + 3 == len(tokens) and tokens[k + 2][1] in ("n", "r") and tokens[k + 2][0] not in HEAD_NOUNS
    if dtag != "v" and verb not in VERBS_TAGGED_N:
        return False  # 工作的安排, 建设的目标: a verbal noun without 了 is read as a noun
    if verb[1] in RESULT or nxt in RESULT:
        return _rest_is_predicate(tokens, k + 2 + (nxt in RESULT))
    return _object_after(tokens, k + 2, text) and _rest_is_predicate(tokens, k + 3)


@code_rule(
    "T312",
    "di-adverbial-frame",
    "typo",
    "warning",
    "“{match}”可能用错了：状语修饰谓语动词（{context}）时用“地”",
    "状语后用“地”。按词本身的词性（词典里的词性，不看上下文）判断能作状语的词（不断、更好、更多、极大、一丝不苟……），"
    "它站在状语的位置（主语、副词、能愿动词、介词短语之后，不作前面动词或介词的宾语），后面的动词带宾语、"
    "“了/着/过”或结果补语，是谓语，这里的“的”应为“地”；词典里是名词或动词的词（笼统、片面、孤立、深入）"
    "只在别无他解的位置上提示（副词或“习惯于”之后，或主语之后而动词带“了”）。"
    "“没有”后面是“耐心、认真、仔细”这类态度词、再接动词的（没有耐心的讲解），也是状语。“产生了极大的影响”“得到了不断的提高”“这种简单的套用是不行的”“没有充分的准备”不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，检查时更多[的]看重安全生产规章制度。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，拖延的毛病极大[的]影响了工作进度。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，要帮助同志们不断[的]提高自我认识。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，只是笼统[的]布置了任务。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，就是要更好[的]适应新形势新任务。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，习惯于孤立[的]看待考核指标。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，事后他深入[的]分析了问题的根源。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，没有从源头上有效[的]预防腐败。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。今后逐步[的]建立健全各项制度。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，今后要更加主动[的]服务群众。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，事后我们热情[的]接待了来访群众。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，这一制度有力[的]推动了工作。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，会前，我认真[的]对照检查了自己。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，群众来问，我没有耐心[的]讲解，群众跑了三趟。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，事后认真[的]梳理排查了台账。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，对工作产生了极大的影响，学习得到了不断的提高。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，这种简单的套用是不行的，要加以深刻的整改。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，提高学习的深入性，推动理想的实践。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，正确的不敢坚持，缺乏严格的审批程序。"),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，制定系统的学习计划，取得扎实的学习成果，学校良好的教学环境得到巩固。",
        ),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，坚定的维护者，对未完成的为民办实事项目挂图作战。"
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，他反映的问题解决了，在工作中形成的经验推广了。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，社会各界的关注让我们警醒，要加强的管理制度。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，今后要形成上下联动、协调一致的整改监督链条。"),
        # a noun's graded size (难度较大, 问题较多) is an attribute of what follows (r22)
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，对乡镇财政体制调整等难度较大的改革事项、问题较多的整改任务协调不够。",
        ),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，对个别批次的抽检数量有所减少，对定位异常的做到当日核查。",
        ),
        # jieba's "idiom" 群众反映 is a subject and its verb: 的 an attribute's (r24)
        variant("我两天后才安排核查。", "我两天后才安排核查，对沿线群众反映的施工扰民问题回应慢。"),
        # no attitude after 没有: a noun phrase, its object (r27)
        variant("我两天后才安排核查。", "我两天后才安排核查，事前没有充分的准备，也没有明确的规定。"),
    ],
)
def di_adverbial_frame(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for k, tokens in _de_positions(ctx):
        if k < 1 or k + 1 >= len(tokens):
            continue
        if not adverbial_frame(tokens, k, ctx.text):
            continue
        strength = _adverbial(tokens, k)
        if not (strength and verb_after(tokens, k, strength)) and not object_frame(
            tokens, k
        ):  # T305's, T308's
            at = tokens[k][2]
            found = _adverbial_word(tokens, k)
            start = tokens[found[0] if found else k - 1][2]
            verb = tokens[k + 1]
            yield rule.finding(
                ctx.text, at, at + 1, ("地",), context=ctx.text[start : verb[2] + len(verb[0])]
            )
