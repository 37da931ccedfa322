"""主题教育 typed as 主要教育 or 主体教育 where only the campaign fits (T344, round r28, real pages): 推进主要教育
成果转化, 贯彻落实主要教育“守初心、担使命，找差距、抓落实”总体要求. An input method offers the everyday word
主要 (主体) for zhu-; the slip is a word of its own, so no dictionary check sees it. 主要教育 is read as the
campaign only in a slot the campaign fills: before what a campaign has (成果, 总体要求, 期间, 领导小组,
专题民主生活会, 开展以来 …), or after a verb or word that names one campaign (开展, 深入推进, 这次, 第二批 …)
and before no noun that 主要 qualifies (主要教育对象, 主要教育内容, 主要教育方式).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_HAS = (
    r"成果|总体要求|目标要求|根本任务|开展以来|以来|期间|领导小组|办公室|专题民主生活会|专题组织生活会|巡回指导|"
    r"指导组|检视问题|动员部署|部署会|工作会议|取得|“[^”\n]{2,24}”(?:的)?总体要求"
)
_NAMES = r"开展|推进|深化|巩固|参加|深入|扎实|这次|本次|此次|第一批|第二批|学习贯彻习近平新时代中国特色社会主义思想"
_QUALIFIED = r"对象|内容|方式|形式|手段|方法|阵地|基地|途径|载体|任务是"
_SLIP = re.compile(
    rf"(?P<slot>主[要体]教育)(?=(?:的)?(?:{_HAS}))|(?:{_NAMES})(?P<named>主[要体]教育)(?!(?:的)?(?:{_QUALIFIED}))"
)


@code_rule(
    "T344",
    "campaign-typed-as-word",
    "typo",
    "warning",
    "“{match}”疑为“主题教育”：输入时选成了常用词",
    "用拼音输入“主题教育”时容易选成“主要教育”“主体教育”，这两个写法本身是词，查字典查不出来。"
    "只在只能是主题教育的地方提示：后面是“成果”“总体要求”“期间”“专题民主生活会”这类主题教育才有的东西，"
    "或前面是“开展”“深入推进”“这次”“第二批”这类说一次教育活动的词，而后面不是“对象”“内容”“方式”。",
    bad=[
        variant("按照县委要求，", "按照县委要求，推进[主要教育]成果转化，"),
        variant(
            "按照县委要求，", "按照县委要求，贯彻落实[主要教育]“守初心、担使命，找差距、抓落实”总体要求，"
        ),
    ],
    good=[
        variant("按照县委要求，", "按照县委要求，这批培训的主要教育对象是新入职干部，"),
        variant("按照县委要求，", "按照县委要求，开展主要教育内容的梳理，"),
    ],
)
def campaign_typed_as_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for m in _SLIP.finditer(ctx.text):
        group = "slot" if m.group("slot") else "named"
        yield rule.finding(ctx.text, m.start(group), m.end(group), ("主题教育",))
