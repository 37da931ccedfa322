"""的/地/得 by grammar (T304, T305): sentences outside the curated patterns, and the attributive
uses of 的 that must stay silent. Each sentence is put into the sample material, reviewed whole."""

import pytest

from mingjing.rules.context import ReviewOptions
from mingjing.rules.examples import example_outline
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

ANCHOR = "研讨发言多引用文件原文。"

DE = [
    "这项工作开展[的]不够扎实",
    "对政策吃[的]不透",
    "会议精神传达[的]不及时",
    "把各项工作做[的]更加扎实",
    "工作安排[的]十分紧凑",
    "任务完成[的]比较好",
    "积案结[的]不快",
    "工作开展[的]有声有色",
    "任务完成[的]还算不错",
    "问题讲[的]一清二楚",
]
DI = [
    "我认真[的]反思了",
    "积极[的]参与到其中",
    "严肃[的]批评了他",
    "深刻[的]认识到差距",
    "不断[的]提高",
    "逐步[的]完善制度",
    "没有认真[的]备课",
    "实实在在[的]为群众办事",
    "坚定不移[的]贯彻",
    "默默[的]奉献",
    "耐心细致[的]做好群众工作",
    "主动[的]承担起责任",
    "切实[的]担负起责任",
    "全面[的]检视了自己",
    "清醒[的]看到问题",
    "我主动[的]对接群众需求少",
    "没有耐心[的]倾听家长的想法",
    "我只是简单[的]归结为客观原因",
    "有的基层所机械[的]套用上级检查表",
    "不能盲目[的]追求速度",
    "总是片面[的]强调客观原因",
    "只是大致[的]了解情况",
    "认真[的]对待群众来信",
]
SILENT = [
    "存在的不足",
    "要做的还很多",
    "群众的不满",
    "损害的不只是形象",
    "落地见效的不多",
    "深刻的教训",
    "全面的部署",
    "积极的态度",
    "认真的学习态度",
    "深入的调研",
    "主动的作为",
    "缺乏清醒的认识",
    "有效的防范机制",
    "一定的差距",
    "严格的管理制度",
    "扎实的工作作风",
    "真正的共产党员",
    "明确的目标要求",
    "强烈的责任意识",
    "认真的工作",
    "全面的提升",
    "不断的努力",
    "持续的关注",
    "主要的精力",
    "做的工作不多",
    "干的事情",
    "我分管的很多工作",
    "引起群众心中的不快",
    "看到的不一定真实",
    "听到的不全面",
    "打造的有声有色的品牌",
    "取得的显著成效",
    "按照上级关于召开专题组织生活会的通知精神",
    "对打基础、利长远的工作投入精力不够",
    "缺少敢为人先的闯劲",
    "有主动的担当精神",
    "没有形成系统的改进建议",
    "这是简单的重复劳动",
    "缺乏主动的服务意识",
    "要有耐心的倾听习惯",
    "树立积极的干事劲头",
    "主动的对接是关键",
    "严格的审批程序是关键",
    "积极的参与意识不强",
    "缺乏自觉的学习习惯",
    "积极的支持政策还不多",
]


def review_sentence(packs, sentence: str):
    text = GOOD.replace(ANCHOR, "研讨发言多引用文件原文，" + sentence + "。")
    at = text.index(sentence)
    report = review_outline(example_outline(text, packs), packs, ReviewOptions(select=["T"]))
    return at, [f for f in report.findings if at <= f.start < at + len(sentence)]


@pytest.mark.parametrize("marked,expected", [(s, "得") for s in DE] + [(s, "地") for s in DI])
def test_grammar_flags_de(packs, marked, expected):
    sentence = marked.replace("[", "").replace("]", "")
    at, findings = review_sentence(packs, sentence)
    assert [(f.start - at, f.suggestions[0]) for f in findings] == [(marked.index("["), expected)]
    assert findings[0].code in ("T304", "T305")


@pytest.mark.parametrize("sentence", SILENT)
def test_grammar_silent_on_attributes(packs, sentence):
    assert review_sentence(packs, sentence)[1] == []
