"""A completion rate against the counts it is drawn from, in the same sentence (R172; round r19).

A progress sentence gives a whole, the part done and the rate (`18个问题已完成整改16个，整改完成率88.9%`);
an edit that changes one number and not the others leaves a rate the counts deny (`18个问题已完成整改16个，
整改完成率100%`; `交办信访件40件，已办结38件，办结率100%`). The part is the first count right after a verb
of completion (完成, 整改, 办结, 销号, 解决, 化解), the whole the count just before it (项, 个, 条, 件, 处 one
unit, as R161 reads them); the rate is one of those verbs' (完成率, 办结率, 销号率, 落实率 …) or, round r20, a bare
share right after the part (`已整改13个，占95%`; not `占全县的30%`, a share of another whole). Quiet: a rate of another measure
(按时完成率, 满意率), a part larger than the whole, a rate that rounds from the counts either way."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_RATE = re.compile(r"率(?:已)?(?:达到了|达到|达|为|是)?\s*(?P<p>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s*[%％]")
# the rate's name, read backwards from 率: one of the verbs of completion, not a rate of time (按时完成率)
_RATE_NAME = re.compile(r"(?<!按时)(?<!按期)(?<!及时)(?:整改)?(?:完成|办结|销号|结案|化解|解决|整改|落实)$")
# the part's share written without a rate's name, right after the part (已整改13个，占95%; 占总数的80%)
_SHARE = re.compile(
    r"[，、]\s*(?P<name>占(?:总数|全部|问题总数|整改总数)?(?:的)?(?:比例)?(?:为)?)\s*(?P<p>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s*[%％]"
)
_COUNT = re.compile(r"(?P<n>[0-9]{1,5})\s*(?P<u>[个项件条处])(?!方面|领域|月|小时|工作日|百分点|批次)")
_DONE_BEFORE = re.compile(r"(?:完成|整改|办结|销号|结案|化解|解决|到位|落实)(?:整改)?(?:了)?\s*$")
_SENTENCE_END = "。；！？\n"
_PART = re.compile(r"阶段性|其中|分管|牵头")
_GOOD_AT = "一是学得不够深。"


def _rates(text: str) -> Iterator[tuple[re.Match[str], int, bool]]:
    """Each rate of completion with where its name starts: a rate named by a verb of completion, or a share."""
    for m in _RATE.finditer(text):
        name = _RATE_NAME.search(text, max(0, m.start() - 6), m.start())
        if name is not None:
            yield m, name.start(), False
    if "占" in text:
        for m in _SHARE.finditer(text):
            yield m, m.start("name"), True


@code_rule(
    "R172",
    "rate-against-counts",
    "residue",
    "warning",
    "“{match}”与前面的数目（{done}/{whole}）算不出来，疑似修改时只改了一处",
    "同一句里先写了总数和已完成数，又写了完成率（办结率、销号率），三个数要能互相算得出；只改了其中一个数，"
    "就会出现“18个问题已完成整改16个，整改完成率100%”这样自相矛盾的说法。",
    bad=[
        variant(_GOOD_AT, "一是学得不够深。去年查摆的18个问题已完成整改16个，[整改完成率100%]。"),
        variant(_GOOD_AT, "一是学得不够深。交办的信访件40件已办结38件，[办结率100%]。"),
        variant(_GOOD_AT, "一是学得不够深。去年查摆的18个问题已整改12个，[占90%]。"),
        variant(_GOOD_AT, "一是学得不够深。制定的24条措施已落实20条，[落实率100%]。"),
    ],
    good=[
        variant(_GOOD_AT, "一是学得不够深。去年查摆的18个问题已完成整改16个，整改完成率88.9%。"),
        variant(_GOOD_AT, "一是学得不够深。去年查摆的18个问题已完成整改18个，整改完成率100%。"),
        variant(_GOOD_AT, "一是学得不够深。交办的信访件40件已办结38件，按时办结率100%。"),
        variant(_GOOD_AT, "一是学得不够深。去年查摆的18个问题已整改12个，占66.7%。"),
        variant(_GOOD_AT, "一是学得不够深。去年查摆的18个问题已整改12个，占全县的30%。"),
    ],
)
def rate_against_counts(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m, at_name, share in _rates(text):
        start = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_END) + 1
        before = text[start:at_name]
        if _PART.search(before):
            continue
        counts = list(_COUNT.finditer(before))
        if len(counts) < 2:
            continue
        at = next((k for k in range(1, len(counts)) if _DONE_BEFORE.search(before, 0, counts[k].start())), 0)
        if not at or (share and (at != len(counts) - 1 or before[counts[at].end() :].strip("，、 "))):
            continue  # a share only of the part written just before it
        whole, done = counts[at - 1], counts[at]
        w, d = int(whole.group("n")), int(done.group("n"))
        if w == 0 or d > w:
            continue
        exact = d * 100 / w
        p = float(m.group("p"))
        if abs(exact - p) < 1.0:
            continue
        yield rule.finding(
            text,
            at_name,
            m.end(),
            (),
            done=f"{d}{done.group('u')}",
            whole=f"{w}{whole.group('u')}",
        )
