"""Chinese and other numeral systems: format counters (Word numbering) and parse labels."""

from __future__ import annotations

DIGITS = "〇一二三四五六七八九"
LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
CIRCLED_21_50 = "㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
FULLWIDTH_DIGITS = "０１２３４５６７８９"

_CN_VALUES = {c: i for i, c in enumerate(DIGITS)}
_CN_VALUES.update({"零": 0, "两": 2, "〇": 0})
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_count(n: int, legal: bool = False) -> str:
    """Spell n (0 < n < 10000) the way Chinese counts: 十一, 二十, 一百零五."""
    digits = LEGAL_DIGITS if legal else "零一二三四五六七八九"
    units = ("", "拾", "佰", "仟") if legal else ("", "十", "百", "千")
    if n <= 0 or n >= 10000:
        return str(n)
    parts: list[str] = []
    s = str(n)
    zero_pending = False
    for pos, ch in enumerate(s):
        d = int(ch)
        unit = units[len(s) - pos - 1]
        if d == 0:
            zero_pending = bool(parts)
            continue
        if zero_pending:
            parts.append(digits[0])
            zero_pending = False
        parts.append(digits[d] + unit)
    text = "".join(parts)
    if not legal and 10 <= n < 20:
        text = text[1:]  # 十一, not 一十一
    return text


def chinese_digitwise(n: int) -> str:
    """Digit by digit with 〇: 101 → 一〇一."""
    return "".join(DIGITS[int(c)] for c in str(n))


def letters(n: int, upper: bool) -> str:
    """A, B, … Z, AA, BB … (Word repeats the letter)."""
    base = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if upper else "abcdefghijklmnopqrstuvwxyz"
    if n <= 0:
        return str(n)
    return base[(n - 1) % 26] * ((n - 1) // 26 + 1)


def roman(n: int, upper: bool) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    out = []
    for value, sym in table:
        while n >= value:
            out.append(sym)
            n -= value
    text = "".join(out)
    return text if upper else text.lower()


def format_number(n: int, fmt: str) -> str:
    """Render counter n in Word's ST_NumberFormat `fmt` (unknown formats fall back to decimal)."""
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "japaneseCounting",
        "koreanCounting",
        "ideographDigital",
        "taiwaneseDigital",
        "japaneseDigitalTenThousand",
    ):
        if fmt in ("ideographDigital", "taiwaneseDigital"):
            return chinese_digitwise(n)
        return chinese_count(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        return chinese_count(n, legal=True)
    # Past the end of a fixed sequence, Word-compatible renderers (LibreOffice, our reference
    # here) fall back to decimal digits.
    if fmt in ("ideographTraditional", "ideographEnclosedCircle"):
        return HEAVENLY_STEMS[n - 1] if 1 <= n <= 10 else str(n)
    if fmt == "ideographZodiac":
        return EARTHLY_BRANCHES[n - 1] if 1 <= n <= 12 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        if 1 <= n <= 20:
            return CIRCLED[n - 1]
        return CIRCLED_21_50[n - 21] if 21 <= n <= 50 else str(n)
    if fmt == "decimalEnclosedParen":
        return PAREN_DIGITS[n - 1] if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(FULLWIDTH_DIGITS[int(c)] for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return letters(n, True)
    if fmt == "lowerLetter":
        return letters(n, False)
    if fmt == "upperRoman":
        return roman(n, True)
    if fmt == "lowerRoman":
        return roman(n, False)
    if fmt == "none":
        return ""
    return str(n)


def parse_chinese_number(text: str) -> int | None:
    """Value of a Chinese numeral such as 十二, 二十, 一百零五, 壹拾; None if it is not one."""
    if not text:
        return None
    legal = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
    text = text.translate(legal)
    if all(c in _CN_VALUES for c in text) and len(text) > 1 and "十" not in text:
        return int("".join(str(_CN_VALUES[c]) for c in text))
    total = 0
    current = 0
    seen = False
    for c in text:
        if c in _CN_VALUES:
            current = _CN_VALUES[c]
            seen = True
        elif c in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[c]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None
