"""他们 for things (T122): 对上级指示精神……把他们具体化 — 它们. Only where the verb itself says the object
is a thing (把他们具体化, 落实他们: one makes concrete, carries out, conveys a document, not people), the
sentence names a thing it can stand for (精神, 文件, 要求, 制度 …) and no person after it (群众, 干部,
同志, a name …: the nearest candidate is the thing): 他们 for people who carry things out stays silent. Measured on all clean text first
(docs/review-real-errors.md)."""

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

THING_VERBS = (
    "具体化|细化|落实|落到实处|贯彻|贯彻落实|传达|转化|吃透|领会|执行|用好|付诸实践|学深悟透|结合起来"
)
_BEFORE = re.compile(f"(?:把|(?:{THING_VERBS})好?)$")
# after 把他们: the verbs above, or those of handling a list of matters (一一记录, 逐条梳理, 登记), an adverb
# of one by one or of all allowed between
MATTER_VERBS = "记录|登记|梳理|汇总|归纳|整改|解决|销号|列入|归档"
_AFTER = re.compile(f"(?:一一|逐一|逐条|逐项|全部|都)?(?:{THING_VERBS}|{MATTER_VERBS})")
THINGS = (
    "精神",
    "文件",
    "指示",
    "要求",
    "制度",
    "规定",
    "部署",
    "措施",
    "政策",
    "决策",
    "讲话",
    "意见",
    "理论",
    "方针",
    "原则",
    "条例",
    "准则",
    "任务",
    "问题",
    "事项",
    "诉求",
)
# a person the pronoun could stand for: a word ending in one of these, or a name (rjieba's nr)
PERSON_ENDINGS = tuple("员众部者生师长属民人友们家事")
PERSON_WORDS = {
    "同志",
    "领导",
    "班子",
    "群众",
    "大家",
    "对象",
    "职工",
    "老师",
    "同事",
    "下属",
    "企业",
    "单位",
}
_SENTENCE_START = re.compile(r"[。；;！？!?\n][^。；;！？!?\n]*$")


def pronoun_for_things(text: str) -> Iterator[tuple[int, str]]:
    """(offset of 他们, the thing it stands for) in each sentence that says it is a thing."""
    at = text.find("他们")
    while at >= 0:
        thing = _thing_for(text, at)
        if thing:
            yield at, thing
        at = text.find("他们", at + 2)


def _thing_for(text: str, at: int) -> str | None:
    """The thing the 他们 at `at` stands for, when a thing-verb frames it (把他们具体化, 落实他们) and
    the nearest candidate before it is a thing: no person named after the thing."""
    import rjieba

    before = _BEFORE.search(text, max(0, at - 6), at)
    if before is None or (before.group() == "把" and not _AFTER.match(text, at + 2)):
        return None
    head = _SENTENCE_START.search(text, max(0, at - 120), at)
    sentence = text[head.start() + 1 if head else max(0, at - 120) : at]
    thing = max(THINGS, key=sentence.rfind)
    last_thing = sentence.rfind(thing)
    if last_thing < 0:
        return None
    for w, t in rjieba.tag(sentence[last_thing:]):
        if t.startswith("nr") or w in PERSON_WORDS or (len(w) > 1 and w.endswith(PERSON_ENDINGS)):
            return None
    return thing


@code_rule(
    "T122",
    "pronoun-for-things",
    "typo",
    "warning",
    "“{match}”指代的是事物（前面说的是“{thing}”这类事物），不是人：应为“它们”",
    "“他们”只指人。句中前面说的是精神、文件、要求这类事物，动词又是“具体化”“落实”“贯彻”这类只能对事物的，"
    "“他们”就是“它们”之误。句中提到人时不提示。",
    bad=[
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，对上级的指示精神，只满足于文件传达了，没有结合实际把[他们]具体化。",
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，对来电反映的问题，没有把[他们]一一登记下来。"),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，对科室干部，只满足于把文件交给他们，没有督促他们落实。",
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，对反映问题的群众，没有把他们一一登记下来。"),
    ],
)
def pronoun_for_things_rule(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if "他们" not in ctx.text:
        return
    for at, thing in pronoun_for_things(ctx.text):
        yield rule.finding(ctx.text, at, at + 2, ("它们",), thing=thing)


# 他 for 它 (T319): a sentence opening on a thing named with a demonstrative (这起事故, 这个问题) that says
# the thing has its own cause or nature with 他 (这起事故的发生有他的必然因素 — 它的): 他 stands for a
# person, and no person is named between the thing and the pronoun.
_THING_HEAD = "事故|事件|事情|问题|现象|错误|失误|案件|工作|情况|决策|制度|政策|做法|变化"
_OWN = "必然|偶然|原因|根源|道理|规律|特点|特殊性|作用|意义|背景|根本|客观|主观|深层"
_HE_FOR_IT = re.compile(
    rf"(?:这|那)(?:起|件|个|次|项|种|场|些)?(?:{_THING_HEAD})[^。！？；\n他她人们员长者]{{0,12}}?"
    rf"(?:有|是|自有)(?P<he>他)的?(?:{_OWN})"
)


# 他的 before what only a thing has (a system's 功能, a rule's 细则 or 条款), a thing named earlier in the
# sentence (系统, 办法, 制度 …): 办法和他的执行细则, 系统……他的预警功能 — 它的
_THING_NOUN = "系统|平台|设备|软件|办法|制度|方案|规定|文件|条例|机制|装置|程序|设施|网站|模型|标准|规划|细则"
_THING_PART = "功能|细则|条款|性能|参数|配置|模块|版本|容量|精度|运行状态|操作流程|适用范围|实施细则|执行细则"
_HIS_PART = re.compile(rf"(?P<he>他)的[\u4e00-\u9fff]{{0,4}}?(?:{_THING_PART})")
_THING_BEFORE = re.compile(rf"(?:{_THING_NOUN})[^。！？\n]*$")


def he_for_it(text: str) -> Iterator[int]:
    """Offsets of every 他 that stands for a thing named just before it."""
    found = {m.start("he") for m in _HE_FOR_IT.finditer(text)}
    if "他的" in text:
        for m in _HIS_PART.finditer(text):
            sentence = text[max(0, m.start() - 60) : m.start()]
            if _THING_BEFORE.search(sentence):
                found.add(m.start("he"))
    yield from sorted(found)


@code_rule(
    "T319",
    "he-for-it",
    "typo",
    "warning",
    "“他”指的是前面的事物，应为“它”",
    "“他”指人，指代事物用“它”。句子以“这起事故”“这个问题”这类事物开头、中间没有提到人，"
    "后面说它“有他的必然因素”“有他的原因”，这个“他”应为“它”；句子前面说到系统、办法、制度这类事物，"
    "后面“他的”跟着只有事物才有的“功能”“细则”“条款”“参数”，也应为“它的”。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查。这起事故的发生有[他]的必然因素。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。新修订的分配办法和[他]的执行细则开了4次会。"),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。抢修系统上线后，班组使用不熟练，[他]的预警功能没有发挥。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。这起事故的发生有它的必然因素，这个问题的责任人有他的原因。"
            "系统上线后，老张熟悉他的岗位职责。",
        ),
    ],
)
def he_for_it_rule(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at in he_for_it(ctx.text):
        yield rule.finding(ctx.text, at, at + 1, ("它",))
