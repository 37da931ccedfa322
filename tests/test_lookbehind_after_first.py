"""Regexes whose lookbehind stands after their first character (so that the regex engine skips ahead to
that character instead of trying the lookbehind at every place of the text) match exactly what the
lookbehind-first forms they replaced match."""

from __future__ import annotations

import random
import re
from pathlib import Path

from mingjing.rules import (
    copy_traces,
    edit_leftovers,
    mark_forms,
    name_slips,
    negation_gaps,
    number_ranges,
    ocr_signs,
    punctuation_code,
    repeated_words,
    residue_code,
    roman_numerals,
    start_frames,
    verb_de,
)

FIXTURES = Path(__file__).parent / "fixtures"
CAMPAIGN = name_slips._CAMPAIGN

# (the regex now, the lookbehind-first form it replaced)
PAIRS = [
    (copy_traces._DECLARED, r"(?<![曾原先])担任(?P<what>[^，。；\n]{0,16})"),
    (
        copy_traces._ORGAN_MEMBER.regex,
        r"(?<![曾原前])作为(?P<org>[院校局所厂])(?:党委|党组|党总支)(?:成员|委员)",
    ),
    (name_slips._LEVEL, r"(?<=[县区]委)巡视(?!组织|员)"),
    (name_slips._BODY_WORD, r"(?<=[省市县区])纪律(?=[、和与及]|的领导|领导)"),
    (name_slips._BAN, r"(?<=[一二三四五六七八九十])不淮"),
    (name_slips._OPPOSITE[0][1], rf"(?<=森林|林区|山林|草原|野外)放火(?=(?:安全)?(?:{CAMPAIGN}))"),
    (name_slips._OPPOSITE[1][1], rf"(?<=开展|加强|做好|落实|组织)燃放(?=烟花爆竹的?(?:{CAMPAIGN}))"),
    (name_slips._OPPOSITE[2][1], rf"(?<=开展|加强|做好|落实|组织)焚烧(?=秸秆的?(?:{CAMPAIGN}))"),
    (negation_gaps._GAP, r"(?<=[\u4e00-\u9fff])(?<!而)不(?P<c>[\u4e00-\u9fff])(?=[，。；、！？,;!?])"),
    (repeated_words._DE_TWICE, r"(?<![的目])的的(?![确])"),
    (verb_de._BUJIANDE, "(?<![看听找望瞧遇碰闻久])不见的(?=[\u4e00-\u9fff])"),
    (mark_forms._DUNHAO_DENG, r"(?<=[\u4e00-\u9fff”》）])、(等等|等)"),
    (residue_code._LETTER_FOR_PARTY, r"(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])D(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])"),
    (roman_numerals._LATIN_ROMAN, r"(?<=[\u4e00-\u9fff“（])(III|II|IV|I)(?=[级类期])"),
    (ocr_signs._LONE, r"(?<![0-9A-Za-z.,:/%+\-])[017OlITZJ](?![0-9A-Za-z.,:/%+\-])"),
    (
        copy_traces._PLACE_HEAD.regex,
        r"(?<![曾原前])作为(?:(?P<org>[省市州县区旗镇乡])(?:委|党委)(?:常委|副书记|书记)|(?P<gov>[省市州县区旗镇乡])长)",
    ),
    (
        edit_leftovers._TWICE_OPENED,
        r"(?<![存现实正所好自内潜旨意])在(?P<open>[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,10}，在(?P=open)",
    ),
    (
        number_ranges._RANGE,
        # (the units as number_ranges lists them: punct18b widened them in r18)
        r"(?<![A-Za-z0-9_\-－~./:·])(?P<a>\d{1,4})(?P<mark>[-－~‐])(?P<b>\d{1,4})"
        + number_ranges._RANGE.pattern[number_ranges._RANGE.pattern.index("(?P<unit>") :],
    ),
    (
        number_ranges._DATED_RANGE,
        r"(?<![A-Za-z0-9_\-－~./:·])(?P<a>\d{1,4})(?P<unit>[年月日])(?P<mark>[-－~‐])(?P<b>\d{1,4})(?P=unit)",
    ),
    (
        punctuation_code._APPROX_DIGITS,
        # r25: the units after the pair as the regex now reads them (年, 小时 since r23, 月份 since r25)
        (
            r"(?<![0-9０-９.．第])([1-8])、([2-9])(?=[次个件天人项条名家遍回处份篇场批所周步户本台辆棵株头匹只张套根支把种笔起轮趟倍盏袋箱包瓶杯碗盒桶船架艘顿餐夜晚首幅枚颗粒圈载辈番宗例]"
            r"|年(?![级代度])|月份|小时|分钟|公里|公斤|千克)"
        ),
    ),
    (
        start_frames._FRAME,
        (
            rf"(?<![存实现内所])在(?P<place>[^，。；：！？、,;:!?\n]{{1,12}}?)(?:上面|方面|上)(?P<verb>{start_frames._STARTS})"
            r"(?=[，。；：！？、,;:!?\n]|$|了|的)"
        ),
    ),
]

# what the long patterns need whole, beside what blocks them
SAMPLES = [
    "我曾作为局党委委员",
    "他作为所党组成员",
    "开展燃放烟花爆竹宣传",
    "开展焚烧秸秆巡查",
    "森林放火安全宣传",
    "作为县委书记",
    "在学习上面着眼",
    "存在问题上入手",
    "在工作中认真，在工作",
    "5-8年",
    "9月-10月",
    "第1、2次",
    "3、4次",
    "v1.2-3年",
    "，",
]


def _found(
    regex: re.Pattern[str], text: str, pos: int
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in regex.finditer(text, pos)]


def test_the_same_matches_as_the_lookbehind_first_forms() -> None:
    texts = [p.read_bytes().decode("utf-8", "ignore") for p in sorted(FIXTURES.rglob("*.txt"))[::3]]
    rnd = random.Random(9)
    for regex, source in PAIRS:
        plain = re.compile(source)
        # strings of the pattern's own characters (and a few others), so that its pieces meet
        chars = sorted(set(re.sub(r"\\u[0-9a-f]{4}|[\\\[\](){}?<=!:|*+^$]", "", source))) + list(
            "一的。，D0l"
        )
        made = ["".join(rnd.choice(chars) for _ in range(rnd.randrange(20))) for _ in range(3000)]
        # and of its literal pieces and characters (曾作为局党委委员, 开展燃放烟花爆竹宣传)
        pieces = re.findall(r"[^\\\[\](){}?<=!:|*+^$]+", source) + chars
        made += ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(8))) for _ in range(3000)]
        made += [a + b for a in SAMPLES for b in SAMPLES]
        found = 0
        for text in texts + made:
            pos = rnd.randrange(3) if text else 0  # a search from a later place sees the text before it
            expected = _found(plain, text, pos)
            assert _found(regex, text, pos) == expected, (source, text)
            found += len(expected)
        assert found, source  # the strings meet the pattern
