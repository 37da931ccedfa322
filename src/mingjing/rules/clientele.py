"""The people another trade serves, written as the own unit's (R167, round r19).

Every trade names the people it serves by its own word: a hospital its 患者, a school its 学生, a tax
office its 纳税人, a bank its 储户, a library its 读者, a station its 旅客, a court its 当事人, a museum its
观众. A material copied from another trade's keeps them in the clauses of service (`对患者反映的问题回应
不及时` in a 税务局's material, `服务辖区群众` in a library's, which has no 辖区). The own trade is read from
the author's lines (`copy_traces.own_lines`: the title, the lines under it, the signature) by the words
that name its units; each client word has the trades that serve such people (学生 are a school's, and a
library's, a museum's and a transport bureau's too: 校车). Quiet: lines naming no trade or two, a word the
material uses three times or more (its own topic), a medium's material (its columns cover
every trade), and a sentence naming a unit of a trade that serves
those people (到县人民医院走访，了解患者…)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_IN = "一是遇到难题有畏难情绪。"

# the trades by the words that name their units (in an author's line or in a sentence)
_TRADES: dict[str, str] = {
    "医院": r"医院|卫生院|卫生服务中心|保健院|急救中心|血站|诊所",
    "卫健": r"卫健|卫生健康|疾控|疾病预防控制|医保|医疗保障",
    "学校": r"(?<!党)学校|校园|[小中大]学|学院|幼儿园|职校|中专|附小|附中|高中|初中|完小|中心校|教育局|教体局|教育和体育局|教育体育局",
    "税务": r"税务",
    "银行": r"银行|[支分]行|信用社|农商行|农信社",
    "图书馆": r"图书馆",
    "博物馆": r"博物馆|纪念馆|美术馆|展览馆|文化馆|科技馆|档案馆",
    "媒体": r"报社|融媒体|广播电视|电视台|广播电台|出版",
    "交通": r"交通|运输|公交|客运|铁路|车站|机场|地铁|轨道交通|港务|航运|高速公路",
    "政法": r"法院|检察院|司法局|公安|派出所|仲裁|法律援助|律师|政法委|信访",
    "文旅": r"文旅|文化和旅游|文化旅游|旅游|景区|风景名胜",
    "人社": r"人社|人力资源和社会保障|社保|社会保险",
    # a research institute of any trade publishes journals and reports with readers, trains students (r26)
    "科研": r"研究院|研究所|研究中心|科学院|社科院|情报所|情报研究",
}
_TRADE_RE = {trade: re.compile(words) for trade, words in _TRADES.items()}
# each client word → the trades that serve such people (any other names them only in copying)
_SERVED_BY: dict[str, frozenset[str]] = {
    "患者": frozenset({"医院", "卫健", "人社"}),
    "病人": frozenset({"医院", "卫健"}),
    "病患": frozenset({"医院", "卫健"}),
    "患儿": frozenset({"医院", "卫健"}),
    "学生": frozenset({"学校", "图书馆", "博物馆", "交通", "卫健", "政法", "文旅", "科研"}),
    "考生": frozenset({"学校", "交通", "政法", "人社"}),
    "幼儿": frozenset({"学校", "卫健", "医院"}),
    "纳税人": frozenset({"税务"}),
    "缴费人": frozenset({"税务", "人社", "卫健"}),
    "储户": frozenset({"银行"}),
    "读者": frozenset({"图书馆", "媒体", "学校", "博物馆", "科研"}),
    # the traffic police and the transport police serve them too (超员, 非法营运: probe 2's false alarm, r19)
    "旅客": frozenset({"交通", "文旅", "政法"}),
    "乘客": frozenset({"交通", "文旅", "政法"}),
    "当事人": frozenset({"政法", "人社", "卫健", "医院", "税务", "交通"}),
    "游客": frozenset({"文旅", "博物馆", "交通", "图书馆"}),
    "参保人": frozenset({"人社", "卫健", "税务"}),
    "参保群众": frozenset({"人社", "卫健", "税务"}),
    # a 辖区 is a territory's; units serving no territory have none (a library's, a school's)
    "辖区群众": frozenset({"医院", "卫健", "税务", "银行", "交通", "政法", "文旅", "人社"}),
    "辖区居民": frozenset({"医院", "卫健", "税务", "银行", "交通", "政法", "文旅", "人社"}),
}
_WORDS = "|".join(sorted(_SERVED_BY, key=len, reverse=True))
# the clauses of service: the people served, heard or answered
_SERVED = Prefiltered(
    re.compile(
        rf"(?:服务好?|为|方便|倾听|回应|关心|关注|对|让|接待|帮助|引导)(?:广大)?(?P<a>{_WORDS})(?!身份|信息|资格|名单|数据|档案)"
        rf"|(?P<b>{_WORDS})(?=反映|投诉|满意|诉求|呼声|意见|急难愁盼|的急难愁盼|办事|等候|排队|评价|举报|来电|来信|来访|"
        r"就医|就诊|借阅|乘车|出行|获得感)"
    )
)
# a hospital's students: its patients among others (就诊, 配镜, 体检) or its trainees (实习, 带教, 规培)
_PATIENTS_TRAINEES = re.compile(
    r"就诊|看病|看牙|配镜|体检|门诊|上班族|儿童|老人|实习|见习|带教|规培|进修|教学"
)
_TERRITORIAL = "有管辖地域的单位（乡镇、街道、派出所、税务所等）"
# trades whose work covers every other's people: a 融媒体中心's 健康栏目 speaks of 患者 (probe 2, r19)
_ALL_TOPICS = frozenset({"媒体"})
_MANY = 3  # a word the material uses this often is its own topic
_SENTENCE = re.compile(r"[^。；！？\n]*")


def own_trade(lines: list[str]) -> str | None:
    """The one trade the author's lines name units of (None when none or two)."""
    trades = {t for t, pattern in _TRADE_RE.items() for line in lines if pattern.search(line)}
    if trades == {"医院", "卫健"}:
        return "医院"  # 卫生健康局 named above its hospital
    return trades.pop() if len(trades) == 1 else None


@code_rule(
    "R167",
    "other-trade-clientele",
    "residue",
    "warning",
    "“{match}”是{served}服务的对象，本单位属于{own}行业，疑似照搬其他行业单位的材料后未改",
    "医院说患者，学校说学生，税务说纳税人，银行说储户，图书馆说读者，车站说旅客：材料里本单位服务的人"
    "写成了别的行业的服务对象，多半是拿别的行业的材料改的。",
    bad=[
        GOOD.replace(_SIGN, "宁川县税务局副局长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。去年有3名[患者]投诉窗口等候时间过长。"
        ),
        GOOD.replace(_SIGN, "宁川县图书馆馆长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。服务[辖区群众]的方式单一。"
        ),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。对[纳税人]反映的候车环境问题重视不够。"),
    ],
    good=[
        # a research institute publishes journals with readers (r26)
        GOOD.replace(_SIGN, "省交通科学研究院副院长 王建国").replace(
            _IN, _IN + "对读者反映的期刊审稿周期长的问题回应不及时。"
        ),
        GOOD,
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。对旅客反映的候车环境问题重视不够。"),
        GOOD.replace(_SIGN, "宁川县税务局副局长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。去年有3名纳税人投诉窗口等候时间过长。"
        ),
        GOOD.replace(_SIGN, "宁川县农商银行行长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。到县人民医院走访，了解患者就医结算的需要不够。"
        ),
        GOOD.replace(_SIGN, "宁川县人民政府办公室主任 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。对患者反映的看病难问题督办不够。"
        ),
        GOOD.replace(_SIGN, "宁川县眼科医院院长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。暑期学生配镜高峰时门诊排队过长，我协调不够。"
        ),
    ],
)
def other_trade_clientele(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    begin = ctx.outline.title_end
    if not _SERVED.present(text, begin):
        return
    own = own_trade(own_lines(ctx))
    if own is None or own in _ALL_TOPICS:
        return
    for m in _SERVED.finditer(text, begin):
        group = "a" if m.group("a") else "b"
        word = m.group(group)
        served = _SERVED_BY[word]
        if own in served or text.count(word) >= _MANY:
            continue
        lo = max(text.rfind(c, 0, m.start()) for c in "。；！？\n") + 1
        sentence = _SENTENCE.match(text, lo)
        assert sentence is not None
        if any(_TRADE_RE[t].search(sentence.group()) for t in served):
            continue  # the sentence names a unit that serves them: a visit, a partner, a duty
        if own == "医院" and word == "学生" and _PATIENTS_TRAINEES.search(sentence.group()):
            continue  # students as a hospital's patients or trainees (方便上班族和学生就诊: r25, residue25)
        label = (
            _TERRITORIAL
            if word.startswith("辖区")
            else "、".join([t for t in _TRADES if t in served][:3]) + "等单位"
        )
        yield rule.finding(text, m.start(group), m.end(group), own=own, served=label)
