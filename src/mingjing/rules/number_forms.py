"""Number forms against GB/T 15835-2011 (P180–P185, P189): how a figure is written, not what it says.

- P180: Arabic and Chinese numerals mixed in one number (`3千余亩`, `5百多万元`, `百分之65`, `10几次`; r26: `1千2百万元`,
  `3千5百元`, `1万2千元`, two multipliers in one figure, read whole whatever follows):
  a figure with Arabic digits takes 万 and 亿 as its only Chinese parts (3000余亩, 500多万元, 65%), and
  an approximation with 几 is written in Chinese numerals (十几次). 千米, 千克, 百分点 (units) are not
  numbers and are not read: 千 or 百 must be followed by 余, 多, 万 or 亿.
- P181: a range of amounts that drops the % or the 万/亿 of its first figure (`60～70%`, `3～5万元`):
  GB/T 15835 keeps them on both figures (60%～70%, 3万～5万元), since 3～5万 reads as 3 to 50,000.
- P182: a Chinese mark typed inside a figure: a full-width comma grouping thousands (`1，250万元`) or a
  full stop for the decimal point (`2。3%`); only where an amount follows, so lists and sentence ends
  (完成1，2项 / 共3。3项) stay quiet.
- P183: a year cut to two digits (`23年以来`, `24年底`) in a material that writes the same year in full
  elsewhere; read only in a date's place (before 底, 初, 末, 度, 上/下半年, 以来, a month or a quarter (r25), after a mark,
  the line's start or a word such as 是, 自, 从, 于, 在, 到, 至), so durations (工作23年以来) stay quiet;
  before 以来 and 度 (which may follow a span of years) only where the text writes the year in full.
  Also a year joined to its month by a dot before 月 (`2023.10月`): the two forms of a date mixed.
  r27: before a season, a holiday or a term of that year too (`22年主汛期前`, `24年春节前`, `22年暑假期间`), and a span
  of two dotted dates joined by 至 or 到 (`2020.3至2020.5期间`) is written out whole, its year said once where both
  halves share it (2020年3月至5月); joined by a dash only where 期间 follows (a résumé's 2019.03—2021.06任科长 stays).
  r28: a date line written with dots or slashes (a signature's `2024.1.15`, `王建国  2024/1/15`), or with hyphens as the
  material's closing line, is written out (2024年1月15日); a labelled value (日期：2024.1.15) stays.
- P184: full-width digits (`２０２４年`) in a material that writes its other figures with half-width ones.
- P185: 多 and 余 said together after a figure (`300多余人`): either one says "more than".
- P189: a quoted numbered abbreviation written with Arabic digits (`“4个意识”`, `“3会1课”`): a set
  phrase built on a numeral takes Chinese numerals.
"""

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

_MULTIPLIER = re.compile(r"(\d{1,4})([千百])(?=[余多万亿])")
# r26: a figure built of two or more Arabic digits each with its own 千, 百 or 十 (1千2百万元, 3千5百元, 2百5十人): a number
# whatever follows it (a unit such as 千米 takes one 千 alone), its last digit bare or not (3千5百 → 3500, 1千零5 → 1005)
_COMPOUND = re.compile(
    r"[千百](?<=\d[千百])"
)  # where to look: a digit's 千 or 百 (a scan from every character was slower)
_WAN_THEN_QIAN = re.compile(r"万\d千")  # where to look (a scan from every digit was slower)
_WAN_QIAN = re.compile(r"(\d{1,4})万(\d)千(?:零?(\d)百)?(?![\d十])")
_COMPOUND_AT = re.compile(r"(\d)千(?:零?(\d)百)?(?:零?(\d)十)?(?:零?(\d)(?![\d千百十]))?|(\d)百(\d)十(\d?)")
_PERCENT_WORDS = re.compile(r"百分之(\d+(?:\.\d+)?)")
_TENS_JI = re.compile(r"([1-9])0几(?=[十百千万亿]?[\u4e00-\u9fff])")
_TENS = "一二三四五六七八九"
_RANGE_UNIT = re.compile(r"(\d+(?:\.\d+)?)([～~—－\-])(\d+(?:\.\d+)?)(%|％|万|亿)")
_DIGIT_DASH_DIGIT = re.compile(r"[～~—－\-](?<=\d[～~—－\-])\d")
_GROUPED = re.compile(r"(\d{1,3})((?:，\d{3})+)(?=[万亿元个人户亩吨家名项件次株头台套辆平方千公米]|\.\d)")
_DIGIT_MARK_DIGIT = re.compile(r"[，。](?<=\d[，。])\d")
_FULL_STOP_POINT = re.compile(r"(\d{1,3})。(\d{1,2})(?=%|％|‰|万|亿|倍|个百分点)")
_SHORT_YEAR = re.compile(
    r"([12]\d)年(?=底|初|末|度|上半年|下半年|以来|[1-9]月|1[0-2]月|[一二三四五六七八九十]{1,2}月|第?[一二三四1-4]季度"
    # r27: a season, a holiday or a term of that year (22年主汛期前, 24年春节前, 22年暑假期间): a date, never a span
    r"|主?汛期|汛前|汛后|春节|元旦|国庆|中秋|清明|端午|五一|暑假|寒假|暑期|春季|夏季|秋季|冬季|春耕|秋收|三夏|三秋"
    r"|[春秋]季学期|全年|(?:防汛|抗旱|春运|中考|高考|开学|招生|疫情|换届)期间)"
)
_DOTTED_MONTH = re.compile(r"(20\d\d)[.．](\d{1,2})月")
_YEAR_LEAD = frozenset("是自从于在到至和与及、，。；：（")
_WIDE_DIGITS = re.compile(r"[０-９]+(?:[．.][０-９]+)?")
_NARROW_DIGITS = re.compile(r"[0-9]")
_TO_NARROW = str.maketrans("０１２３４５６７８９．", "0123456789.")
_MORE_MORE = re.compile(r"(\d+)多余(?=[人个名次户家元万亿亩项件条天吨篇场])")


def mixed_numerals(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the figure written in one system) of every number mixing the two systems."""
    taken: list[tuple[int, int]] = []
    if "万" in text:
        for hit in _WAN_THEN_QIAN.finditer(text):  # 1万2千元 → 12000元 (r26)
            start = hit.start()
            while start > 0 and text[start - 1].isdigit() and hit.start() - start < 4:
                start -= 1
            w = _WAN_QIAN.match(text, start) if start < hit.start() else None
            if w is None or (start and text[start - 1] in "0123456789."):
                continue
            value = int(w.group(1)) * 10000 + int(w.group(2)) * 1000 + int(w.group(3) or 0) * 100
            taken.append(w.span())
            yield w.start(), w.end(), str(value)
    for hit in _COMPOUND.finditer(text):
        at = hit.start() - 1
        if (at and (text[at - 1].isdigit() or text[at - 1] == ".")) or any(a <= at < b for a, b in taken):
            continue
        m = _COMPOUND_AT.match(text, at)
        if m is None:
            continue
        if m.group(5) is not None:  # 2百5十: hundreds and tens
            value = int(m.group(5)) * 100 + int(m.group(6)) * 10 + int(m.group(7) or 0)
        elif m.group(2) is None and m.group(3) is None:
            continue  # 3千 alone or 3千5: one multiplier, read below where 余, 多, 万 or 亿 follows
        else:
            digits = [int(g or 0) for g in m.group(1, 2, 3, 4)]
            value = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        taken.append(m.span())
        yield m.start(), m.end(), str(value)
    for m in _MULTIPLIER.finditer(text):
        if m.start() and (text[m.start() - 1].isdigit() or text[m.start() - 1] == "."):
            continue
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = int(m.group(1)) * (1000 if m.group(2) == "千" else 100)
        yield m.start(), m.end(), str(value)
    for m in _PERCENT_WORDS.finditer(text):
        yield m.start(), m.end(), m.group(1) + "%"
    for m in _TENS_JI.finditer(text):
        if m.start() and text[m.start() - 1].isdigit():
            continue
        digit = int(m.group(1))
        yield m.start(), m.end(), ("" if digit == 1 else _TENS[digit - 1]) + "十几"


@code_rule(
    "P180",
    "mixed-numerals-in-a-number",
    "punctuation",
    "warning",
    "“{match}”在同一个数里混用了阿拉伯数字和汉字数字，应写作“{suggestion}”",
    "GB/T 15835-2011：用阿拉伯数字书写的数值，除“万”“亿”外不夹用汉字数字（3000余亩，不写3千余亩；"
    "500多万元，不写5百多万元）；百分数写作65%，不写百分之65；带“几”的概数用汉字数字（十几次，不写10几次）。"
    "“千米”“千克”“百分点”是单位，不提示。",
    bad=[
        variant("征求意见建议23条", "征求意见建议[2百]多条"),
        variant("滞后计划2个月", "滞后计划[百分之15]"),
        variant("全年到基层调研21次", "全年到基层调研[10几]次"),
        # r26: a figure of two multipliers, whatever follows (3千5百元 → 3500元, 1千2百万元 → 1200万元)
        variant("征求意见建议23条", "征求意见建议23条，挤占经费[3千5百]元"),
        variant("征求意见建议23条", "征求意见建议23条，合同金额[1千2百]万元"),
        variant("征求意见建议23条", "征求意见建议23条，票据金额[1万2千]元"),
    ],
    good=[
        GOOD,
        variant("全年到基层调研21次", "全年到基层调研二十几次，行程3千米以上的有十几次，提高2个百分点"),
    ],
)
def mixed_numerals_in_a_number(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "千" not in text and "百" not in text and "几" not in text:
        return
    for start, end, figure in mixed_numerals(text):
        yield rule.finding(text, start, end, (figure,))


def ranges_dropping_unit(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the range with the sign on both figures) of every range of amounts whose first
    figure lacks the %, 万 or 亿 of the second."""
    if not _DIGIT_DASH_DIGIT.search(text):
        return
    for m in _RANGE_UNIT.finditer(text):
        if m.start() and text[m.start() - 1] in "0123456789.%％万亿":
            continue
        a, b = float(m.group(1)), float(m.group(3))
        if a >= b:
            continue
        mark = "～" if m.group(2) in "~－-" else m.group(2)
        sign = m.group(4)
        yield m.start(), m.end(), f"{m.group(1)}{sign}{mark}{m.group(3)}{sign}"


@code_rule(
    "P181",
    "range-drops-first-sign",
    "punctuation",
    "warning",
    "数值范围“{match}”省略了前一个数的“{sign}”，应写作“{suggestion}”",
    "GB/T 15835-2011：表示数值范围时，百分数的“%”和“万”“亿”不能省略，前后两个数都要写（60%～70%，"
    "不写60～70%；3万～5万元，不写3～5万元，否则“3～5万”会被读成3到5万）。",
    bad=[
        variant("征求意见建议23条", "征求意见建议23条，满意率只有[60～70%]"),
        variant("滞后计划2个月", "滞后计划2个月，缺口[3～5万]元"),
    ],
    good=[
        GOOD,
        variant("征求意见建议23条", "征求意见建议23条，满意率只有60%～70%，缺口3万～5万元，每月1～2次"),
    ],
)
def range_drops_first_sign(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, fixed in ranges_dropping_unit(text):
        yield rule.finding(text, start, end, (fixed,), sign=fixed[-1])


def marks_in_figures(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the figure without the Chinese mark) of every figure holding a full-width comma
    as a thousands separator or a full stop as its decimal point."""
    if not _DIGIT_MARK_DIGIT.search(text):  # one quick pass: most texts hold no digit，digit at all
        return
    for m in _GROUPED.finditer(text):
        if m.start() and (text[m.start() - 1].isdigit() or text[m.start() - 1] in ".，"):
            continue
        yield m.start(), m.end(), m.group(1) + m.group(2).replace("，", "")
    for m in _FULL_STOP_POINT.finditer(text):
        if m.start() and text[m.start() - 1].isdigit():
            continue
        yield m.start(), m.end(), f"{m.group(1)}.{m.group(2)}"


@code_rule(
    "P182",
    "chinese-mark-inside-figure",
    "punctuation",
    "warning",
    "数字“{match}”中间用了中文标点，应写作“{suggestion}”",
    "数字中的分节号不用中文逗号（1250万元，或1,250万元），小数点不用句号（2.3%）；中文标点夹在数字中间，"
    "是输入法未切换造成的。只在后面跟着金额、单位或百分号时提示。",
    bad=[
        variant("征求意见建议23条", "征求意见建议23条，节余资金[1，250]万元"),
        variant("滞后计划2个月", "滞后计划2个月，完成率下降[2。3]%"),
    ],
    good=[
        GOOD,
        variant("征求意见建议23条", "征求意见建议23条，节余资金1250万元，完成率下降2.3%，完成3，4项"),
    ],
)
def chinese_mark_inside_figure(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, fixed in marks_in_figures(text):
        yield rule.finding(text, start, end, (fixed,))


def short_years(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the date written out, why) of every year cut to two digits in a date's place, where
    the material writes that year in full elsewhere, and of every year joined to its month by a dot."""
    for m in _SHORT_YEAR.finditer(text):
        at = m.start()
        if at and (text[at - 1].isdigit() or (text[at - 1] not in _YEAR_LEAD and text[at - 1] != "\n")):
            continue
        full = "20" + m.group(1)
        # 22年底, 22年12月 are dates whatever else the text says; 以来 and 度 may follow a span of years
        if full + "年" in text or not text.startswith(("以来", "度"), m.end()):
            yield at, at + 3, full + "年", "年份省写了，应写全"
    yield from _dated_lines(text)
    if "." not in text and "．" not in text:
        return
    for m in _DOTTED_MONTH.finditer(text):
        at = m.start()
        if (at and (text[at - 1].isdigit() or text[at - 1] in ".．")) or not 1 <= int(m.group(2)) <= 12:
            continue
        yield (
            at,
            m.end(),
            f"{m.group(1)}年{m.group(2)}月",
            "年和月之间用了点号，又写了“月”，两种日期写法混在一起",
        )
    yield from _dotted_dates(text)
    for m in _DOTTED_SPAN.finditer(text):
        # r27: a span of two dotted dates joined by a dash, told as a period (2023.3—2023.5期间); a career's span
        # before a post (2019.03—2021.06任科长) is a résumé's form and is not read
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        if 1 <= m1 <= 12 and 1 <= m2 <= 12:
            year2 = "" if m.group("y2") == m.group("y1") else f"{m.group('y2')}年"
            mark = "～" if m.group("dash") in "~-－" else m.group("dash")
            written = f"{m.group('y1')}年{m1}月{mark}{year2}{m2}月"
            yield m.start(), m.end(), written, "在正文中用点号省写，句子里的日期应写明年、月、日"


# a date written with dots (2023.10, 2023.10.15) inside a sentence (r24): a Chinese word or a clause mark after
# it, not an amount's unit (2023.10万元 is a figure), not a label's value (时间：2023.10.15) nor a career's span
# (2019.03—2021.06 任…), not a version or a code (V2023.10, 2023.10.1.2)
_DOTTED_DATE = re.compile(
    r"(?<![0-9０-９.．A-Za-z_/\-])(?P<y>(?:19|20)\d\d)[.．](?P<m>\d{1,2})(?:[.．](?P<d>\d{1,2}))?"
    r"(?![0-9０-９.．%％‰])(?=[\u4e00-\u9fff，、；])"
)
_AMOUNT_AFTER = re.compile(
    r"[万亿元角米吨亩倍个人次件户家项千百斤升度秒台辆套张本册条份篇场期批座栋间所株头只笔单趟节层级号版届天周年月日]"
    r"|小时|公里|公斤|千克|平方|立方"
)
_DOTTED_SPAN = re.compile(
    r"(?<![0-9０-９.．A-Za-z_/\-])(?P<y1>(?:19|20)\d\d)[.．](?P<m1>\d{1,2})(?P<dash>[—～~\-－])"
    r"(?P<y2>(?:19|20)\d\d)[.．](?P<m2>\d{1,2})(?=期间)"
)
_RANGE_END = re.compile(
    r"(?P<y>(?:19|20)\d\d)[.．](?P<m>\d{1,2})(?:[.．](?P<d>\d{1,2}))?(?![0-9０-９.．%％‰万亿元])"
)
_LABEL_BEFORE = re.compile(r"[：:][ \t　]*$|\d[.．]\d{1,2}[ \t　]*[—\-－～~至到][ \t　]*$")


# r28: a date line written with dots or slashes (a signature's 2024.1.15 under the name, 王建国  2024.1.9, 2023/12/26): a
# material's date line is written out (2024年1月15日, GB/T 9704's 成文日期 and GB/T 15835). The date alone on its line, or
# after a name set off by spaces (发言人：王建国  2024.1.9); not a labelled value (时间：2024.1.15, a label on the line above), not a hyphen's
# ISO date (2026-01-20: a page's furniture), not a year and month after a name (a résumé's line)
_DATE_AT = re.compile(r"(?:19|20)\d\d[.．/\-－]\d")
_DATE_LINE = re.compile(
    r"(?m)^(?P<lead>[ \t\u3000]*|[^\n。；;，,！？!?\t\d]{1,30}?[\u4e00-\u9fff][ \u3000]+)"
    r"(?P<y>(?:19|20)\d\d)(?P<sep>[.．/\-－])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?"
    r"(?P<end>[ \t\u3000]*[。.]?[ \t\u3000]*)$"
)


def _dated_lines(text: str) -> Iterator[tuple[int, int, str, str]]:
    lines = {
        text.rfind("\n", 0, d.start()) + 1 for d in _DATE_AT.finditer(text)
    }  # only the lines holding a date
    for at in sorted(lines):
        if (m := _DATE_LINE.match(text, at)) is None:
            continue
        month, day = int(m.group("m")), int(m.group("d") or 1)
        if not (1 <= month <= 12 and 1 <= day <= 31) or (m.group("d") is None and m.group("lead").strip()):
            continue
        above = text[: m.start()].rstrip(" \t\u3000\n")
        if above.endswith(("：", ":")):
            continue  # a label's value on the next line (日期：)
        if m.group("sep") in "-－" and (
            m.group("d") is None or m.group("lead").strip() or text[m.end() :].strip()
        ):
            continue  # a hyphen's date (2026-01-20) only as the closing line of the material: elsewhere a page's furniture
        start = m.start("y")
        end = m.end("d") if m.group("d") else m.end("m")
        written = f"{m.group('y')}年{month}月" + (f"{day}日" if m.group("d") else "")
        kind = {"/": "斜线", "-": "连字符", "－": "连字符"}.get(m.group("sep"), "点号")
        why = f"落款日期用{kind}省写了，应写明年、月、日"
        yield start, end, written, why


def _dotted_dates(text: str) -> Iterator[tuple[int, int, str, str]]:
    if "." not in text and "．" not in text:
        return
    for m in _DOTTED_DATE.finditer(text):
        month, day = int(m.group("m")), int(m.group("d") or 1)
        if not (1 <= month <= 12 and 1 <= day <= 31) or _AMOUNT_AFTER.match(text, m.end()):
            continue
        if _LABEL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        written = f"{m.group('y')}年{month}月" + (f"{day}日" if m.group("d") else "")
        end = m.end()
        if text[end : end + 1] in ("至", "到") and (n := _RANGE_END.match(text, end + 1)) is not None:
            # r27: a span of two dotted dates (2020.3至2020.5期间) is written out as one: the year said once
            # where both halves share it (2020年3月至5月), the second half checked as a date, not as an amount
            month2, day2 = int(n.group("m")), int(n.group("d") or 1)
            if 1 <= month2 <= 12 and 1 <= day2 <= 31 and bool(n.group("d")) == bool(m.group("d")):
                year2 = "" if n.group("y") == m.group("y") else f"{n.group('y')}年"
                second = f"{year2}{month2}月" + (f"{day2}日" if n.group("d") else "")
                written, end = f"{written}{text[m.end()]}{second}", n.end()
        yield m.start(), end, written, "在正文中用点号省写，句子里的日期应写明年、月、日"


@code_rule(
    "P183",
    "year-written-short-or-dotted",
    "punctuation",
    "warning",
    "日期“{match}”{why}：应为“{suggestion}”",
    "GB/T 15835-2011：年份不能简写，2023年不写作“23年”；日期或者全用汉字单位（2023年10月），或者全用"
    "数字加点号（2023.10），不写“2023.10月”；点号省写只用于表格、简历、注释，句子里作状语或定语的日期写明年、月、日"
    "（2023.10县里召开推进会 → 2023年10月县里召开推进会，r24）；落款的日期行也写明年、月、日（2024.1.15、2024/1/15 → 2024年1月15日，r28）。简写的年份只在日期的位置（年底、年初、年末、年度、上半年、一季度、以来、"
    "几月之前）提示，“以来”“度”之前只在材料别处写出了同一年的全称时提示；“工作23年以来”这类年数不提示。",
    bad=[
        variant("全年到基层调研21次", "[23年]以来到基层调研21次"),
        variant("我两天后才安排核查", "我直到[23年]8月才安排核查"),
        # r25: a quarter or 年末 follows a date as 底 does (24年一季度, 23年末)
        variant("我两天后才安排核查", "我直到[24年]一季度才安排核查"),
        variant("我两天后才安排核查", "我直到[2023.8月]才安排核查"),
        variant("2023年7月网民反映", "[2023.7]网民反映"),
        # r27: a season or a holiday of the year (22年主汛期前), and a span of two dotted dates read whole
        variant("我两天后才安排核查", "我直到[23年]主汛期前才安排核查"),
        variant("2023年7月网民反映", "[2023.6至2023.7]期间网民反映"),
        variant("2023年7月网民反映", "[2023.6—2023.7]期间网民反映"),
        # r28: a signature's date line written with dots, slashes or (closing the material) hyphens
        variant("修订项目招投标内控制度。", "修订项目招投标内控制度。\n王建国\n[2024.1.15]"),
        variant(
            "修订项目招投标内控制度。", "修订项目招投标内控制度。\n宁川县交通运输局　王建国　[2024/1/15]"
        ),
        variant("修订项目招投标内控制度。", "修订项目招投标内控制度。\n王建国\n[2024-01-15]"),
    ],
    good=[
        GOOD,
        variant("全年到基层调研21次", "参加工作23年以来，全年到基层调研21次"),
        variant(
            "全年到基层调研21次",
            "全年到基层调研21次，投入2023.6万元，时间：2023.10.15，2019.03—2021.06任科长",
        ),
        variant("全年到基层调研21次", "连续23年汛期坚守一线，全年到基层调研21次"),
        variant("修订项目招投标内控制度。", "修订项目招投标内控制度。\n王建国\n2024年1月15日"),
        variant("修订项目招投标内控制度。", "修订项目招投标内控制度。\n日期：\n2024.1.15"),
        variant("王建国2023年度", "发布时间：2024-01-16\n2024-01-16\n王建国2023年度"),
    ],
)
def year_written_short_or_dotted(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, full, why in short_years(text):
        yield rule.finding(text, start, end, (full,), why=why)


def wide_digits(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the figure in half-width digits) of every figure in full-width digits, where the
    material writes more of its digits half-width."""
    found = list(_WIDE_DIGITS.finditer(text))
    if not found:
        return
    wide = sum(len(m.group()) for m in found)
    if len(_NARROW_DIGITS.findall(text)) <= wide:
        return
    for m in found:
        yield m.start(), m.end(), m.group().translate(_TO_NARROW)


@code_rule(
    "P184",
    "full-width-digits",
    "punctuation",
    "warning",
    "“{match}”用了全角数字，材料中其他数字是半角的，应写作“{suggestion}”",
    "GB/T 15835-2011：阿拉伯数字用半角形式。材料中其他数字都是半角，只有个别数字是全角（２０２４年），"
    "是输入法切换了全角状态；通篇统一用全角数字的材料不提示。",
    bad=[variant("全年到基层调研21次", "全年到基层调研[２１]次")],
    good=[GOOD],
)
def full_width_digits(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, fixed in wide_digits(text):
        yield rule.finding(text, start, end, (fixed,))


@code_rule(
    "P185",
    "duo-and-yu-together",
    "punctuation",
    "warning",
    "“{match}”中“多”和“余”都表示概数，只用一个，应为“{suggestion}”",
    "“多”和“余”都表示比前面的数略多，叠在一起（300多余人）是重复；写作“300余人”或“300多人”。",
    bad=[variant("征求意见建议23条", "征求意见建议[20多余]条")],
    good=[GOOD, variant("征求意见建议23条", "征求意见建议20余条，多余的表格已删除")],
)
def duo_and_yu_together(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "多余" not in text:
        return
    for m in _MORE_MORE.finditer(text):
        yield rule.finding(text, m.start(), m.end(), (m.group(1) + "余", m.group(1) + "多"))


_CN_DIGITS = "一二三四五六七八九"
_QUOTED_COUNT = re.compile(r"“([1-9])个([\u4e00-\u9fff]{2,4})”")
_QUOTED_PAIRS = re.compile(r"“([1-9])([\u4e00-\u9fff]{1,2})([1-9])([\u4e00-\u9fff]{1,2})”")


def digits_in_set_phrases(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, the phrase in Chinese numerals) of every quoted numbered abbreviation written with
    Arabic digits (“4个意识”, “3会1课”)."""
    for m in _QUOTED_COUNT.finditer(text):
        digit = int(m.group(1))
        head = "两" if digit == 2 else _CN_DIGITS[digit - 1]
        yield m.start(1), m.end(2), [f"{head}个{m.group(2)}"]
    for m in _QUOTED_PAIRS.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        plain = f"{_CN_DIGITS[a - 1]}{m.group(2)}{_CN_DIGITS[b - 1]}{m.group(4)}"
        yield m.start(1), m.end(4), [plain] + ([plain.replace("二", "两", 1)] if a == 2 else [])


@code_rule(
    "P189",
    "arabic-digits-in-set-phrase",
    "punctuation",
    "warning",
    "“{match}”是用数字概括的固定提法，数字应写作汉字：“{suggestion}”",
    "GB/T 15835-2011：数字作为语素构成的定型词语、缩略语，用汉字数字（“四个意识”“两个维护”“三会一课”），"
    "不用阿拉伯数字。只在引号里整个提法是“数字＋个＋词语”或“数字＋字＋数字＋字”时提示。",
    bad=[variant("全县“智慧交通”平台", "全县落实“[3会1课]”制度不严，“智慧交通”平台")],
    good=[GOOD, variant("全县“智慧交通”平台", "全县落实“三会一课”制度不严，建成5G基站12个，“智慧交通”平台")],
)
def arabic_digits_in_set_phrase(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "“" not in text:
        return
    for start, end, plain in digits_in_set_phrases(text):
        yield rule.finding(text, start, end, plain)
