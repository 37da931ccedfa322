"""Teams for the 雷同 tests and `make eval`: one member's material copied by colleagues with light
edits (their own name and unit, numbers changed, a few sentences replaced by their own), mixed
with materials written independently (fixtures by different authors)."""

from __future__ import annotations

import random
import re
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"

NAMES = (
    "周建华",
    "吴晓东",
    "郑丽萍",
    "冯志刚",
    "陈雅琴",
    "褚卫国",
    "卫红梅",
    "蒋文斌",
    "沈玉兰",
    "韩立新",
    "杨春生",
    "朱海燕",
    "秦德明",
    "尤素芬",
    "许光耀",
    "何秀英",
    "吕振华",
    "施国庆",
    "张桂芝",
    "孔令军",
)
UNITS = (
    "县发展和改革局",
    "县财政局",
    "县农业农村局",
    "县自然资源局",
    "县住房和城乡建设局",
    "县卫生健康局",
    "县市场监督管理局",
    "县应急管理局",
    "县审计局",
    "县统计局",
    "县商务局",
    "县文化和旅游局",
    "县退役军人事务局",
    "县医疗保障局",
    "县林业局",
    "县交通运输局",
    "县水利局",
    "县民政局",
    "县司法局",
    "县人力资源和社会保障局",
)

# materials by different authors (checked pairwise: every two score below 0.2 — eval prints the
# largest); materials of one person in two years, the same text in two encodings and reworked
# copies are left out
INDEPENDENT = sorted(
    [
        p
        for d in (
            "review/clean",
            "review/heldout",
            "review/heldout2",
            "review/heldout_clean",
            "review/heldout2_clean",
            "review/planted",
            "heldout/materials",
        )
        for p in (FIXTURES / d).glob("*.txt")
    ]
    + [
        FIXTURES / "similarity" / n
        for n in (
            "ind01_zhuti2023.txt",
            "ind02_zzshh2023.txt",
            "ind03_zhuti2023b2.txt",
            "ind04_dangji2024.txt",
        )
    ]
)

_TITLE_NAME = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:同志)?(?=20\d{2}|党纪|主题|关于|个人|对照)")
_SIGNED = re.compile(r"[\s　]([\u4e00-\u9fff]{2,3})$")
_SENTENCE = re.compile(r"[^。！？\n]{12,}[。！？]")


def author_of(text: str) -> str | None:
    """The author's name: at the end of the signature line, or at the start of the title."""
    lines = text.split("\n")
    signed = _SIGNED.search(lines[1]) if len(lines) > 1 and len(lines[1]) < 40 else None
    found = signed or _TITLE_NAME.match(text)
    return found.group(1) if found else None


def light_copy(text: str, name: str, unit: str, own: str, seed: int, sentences: int = 4) -> str:
    """`text` as a colleague hands it in: their name for the author's, their unit on the second
    line, some counts changed and `sentences` sentences replaced by sentences of their own (`own`)."""
    rng = random.Random(seed)
    author = author_of(text)
    if author:
        text = text.replace(author, name)
    lines = text.split("\n")
    if len(lines) > 1 and len(lines[1]) < 40:  # the signature line: unit and post
        lines[1] = f"{unit}党组书记、局长　{name}"
    text = "\n".join(lines)
    text = re.sub(
        r"\d+",
        lambda m: (
            str(int(m.group()) + rng.randint(1, 3))
            if int(m.group()) < 1000 and rng.random() < 0.5
            else m.group()
        ),
        text,
    )  # counts, not years
    mine = [m.group() for m in _SENTENCE.finditer(own)]
    theirs = list(_SENTENCE.finditer(text))
    for m in sorted(rng.sample(theirs, min(sentences, len(theirs), len(mine))), key=lambda m: -m.start()):
        text = text[: m.start()] + rng.choice(mine) + text[m.end() :]
    return text


def team(size: int, copiers: int, seed: int = 0) -> list[tuple[str, str, str]]:
    """(file name, text, role) for a team of `size`: member 0 wrote the material (role "source"),
    `copiers` members copy it with light edits ("copier"), the others wrote their own
    ("independent")."""
    rng = random.Random(seed)
    pool = list(INDEPENDENT)
    rng.shuffle(pool)
    source = pool.pop().read_text(encoding="utf-8")
    members = [(f"01-{author_of(source) or '原作者'}.txt", source, "source")]
    for k in range(1, size):
        own = pool.pop().read_text(encoding="utf-8")
        if k <= copiers:
            name = NAMES[k % len(NAMES)]
            members.append(
                (
                    f"{k + 1:02d}-{name}.txt",
                    light_copy(source, name, UNITS[k % len(UNITS)], own, seed * 100 + k),
                    "copier",
                )
            )
        else:
            members.append((f"{k + 1:02d}-{author_of(own) or '独立'}.txt", own, "independent"))
    return members
