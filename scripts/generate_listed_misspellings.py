"""Generate T318's table (rules/data/listed_misspellings.tsv): misspellings that jieba's dictionary lists
as words, so that every near-word rule (T116, T316) skips them: 脉膊 for 脉搏, 较正 for 校正, 编缉 for 编辑.

jieba's dictionary was counted from a corpus that holds misspellings, and it lists many at its noise
frequency (2 to NOISE) beside real but rare words (客服, 禁行). A listed entry is taken as a misspelling
when the evidence of both eye and ear points to a common word: one of its characters replaced by a
look-alike of the same syllable (any tone; data/similar_shapes.yaml and generate_misspellings' look-alikes,
a derived family's members only when they share a final) gives a word RATIO times as frequent and at
least RIGHT_MIN; it is no phrase of pypinyin (a curated lexicon knows 原宥, 气忿), no name, numeral,
pronoun, conjunction or time word by its tag, holds no free character (一, 不, 在 …), its characters would not meet by chance
often enough to explain it (generate_misspellings' TWO_CHANCE_RATIO), the pair is no interchangeable one
(作/做, 象/像), the characters are a confusion the hand lists know (the pair, or the written
character for another of the look-alike family), it was not read on review as a real word (REAL_WORDS),
no hand list holds it, and T318 stays silent on every clean fixture.

Run from the repository root: python scripts/generate_listed_misspellings.py (needs the `lexicon` extra).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml
from pypinyin.constants import PHRASES_DICT

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import generate_misspellings as gm  # noqa: E402

OUT = ROOT / "src/mingjing/rules/data/listed_misspellings.tsv"
NOISE = 5  # an entry this rare is a candidate (脉膊 3, 较正 3)
RIGHT_MIN = 100  # the right word at least this frequent (脉搏 260, 校正 191)
RATIO = 30  # and this many times as frequent as the listed form (脉搏 87 times 脉膊)
# entries of the candidate list read on review as real words, not slips (a rare word of its own: 审订,
# 按例, 观影, 填海, 敬告; a variant form T117 would own: 座骑, 源委; a regional word: 男仔, 政战)
REAL_WORDS = frozenset(
    "主症 举错 附款 保户 保正 暇日 兔仔 福业 动撼 单立 源委 原订 双壁 发见 拔起 故迹 "
    "格位 乎呼 商订 故态 座骑 复壁 子样 订位 订期 实症 审订 小税 掘起 奸尸 开彩 强拍 "
    "档儿 采色 政战 唤取 防假 症变 松解 注子 校政 按例 政德 武工 主视 深憾 青幽 清结 "
    "特订 忧疑 生仔 男仔 男蓝 拍花 消烟 神工 富临 秀拔 算题 青神 细帐 绝径 老版 胖仔 "
    "表章 观影 敬告 论政 征实 正明 平议 职别 姿质 络线 传化 轻功 轻揉 偶见 辟开 彩花 "
    "填海 阴劲 面疱 豫先 漂动 漂荡 漂落 牙片".split()
)
TAGS_OUT = ("nr", "nrt", "nrfg", "ns", "nt", "nz", "eng", "m", "mq", "r", "c", "t", "p", "u", "e", "y", "o")


def _confused_characters(pairs: dict[str, str]) -> set[tuple[str, str]]:
    """(written, meant) character pairs of the hand lists of 常见错别字 (T111, T118): a wrong form and its
    right one of the same length that differ in one place (脉博 → 脉搏 gives 博/搏)."""
    out: set[tuple[str, str]] = set()
    for wrong, right in pairs.items():
        if len(wrong) == len(right):
            changed = [(a, b) for a, b in zip(wrong, right) if a != b]
            if len(changed) == 1:
                out.add(changed[0])
    return out


def _known(c: str, t: str, confused: set[tuple[str, str]], shapes: dict[str, set[str]]) -> bool:
    """Whether writing c for t is a confusion the hand lists know: the pair either way, or c written for
    another member of t's family of look-alikes (膊 for 博 is listed, so 膊 for 搏 is known)."""
    family = shapes.get(t, set()) | {t}
    return (c, t) in confused or (t, c) in confused or any((c, x) in confused for x in family)


def main() -> int:
    from mingjing.rules.classic_slips import entries as classic_entries
    from mingjing.rules.listed_misspellings import listed_misspellings
    from mingjing.rules.misspellings import entries

    freq, pos = gm.load_dictionary()
    cjk, _weight, _ranked = gm.character_weights(freq)
    total = sum(cjk.values())
    data = yaml.safe_load(gm.SHAPES.read_text(encoding="utf-8"))
    shapes: dict[str, set[str]] = {}
    for group in [*data["groups"], *gm.LOOK_ALIKES]:
        for a in group:
            shapes.setdefault(a, set()).update(b for b in group if b != a)
    for group in data.get("families", []):
        for a in group:
            shapes.setdefault(a, set()).update(b for b in group if b != a and gm.finals(a) & gm.finals(b))

    def toneless(c: str) -> set[str]:
        return {r.translate(gm._TONE) for r in gm.readings(c)}

    hand_pairs = {**{w: e.right for w, e in entries(include_generated=False).items()}}
    hand_pairs.update({w: e.right for w, e in classic_entries().items()})
    hand = set(hand_pairs)
    confused = _confused_characters(hand_pairs)
    stats: Counter[str] = Counter()
    found: dict[str, str] = {}
    for wrong, f in sorted(cjk.items()):
        if len(wrong) != 2 or f > NOISE:
            continue
        stats["listed two-character entries this rare"] += 1
        for i, c in enumerate(wrong):
            for t in sorted(shapes.get(c, ())):
                right = wrong[:i] + t + wrong[i + 1 :]
                fr = cjk.get(right, 0)
                if fr < RIGHT_MIN or fr < RATIO * f or not (toneless(c) & toneless(t)):
                    continue
                stats["one sound-alike look-alike off a common word"] += 1
                chance = max(1, cjk.get(wrong[0], 0)) * max(1, cjk.get(wrong[1], 0)) / total
                if wrong in PHRASES_DICT:
                    stats["a phrase of pypinyin"] += 1
                elif pos.get(wrong, "") in TAGS_OUT:
                    stats["a name, numeral, pronoun, conjunction or time word"] += 1
                elif gm.FREE_CHARS.intersection(wrong):
                    stats["holds a free character"] += 1
                elif fr < gm.TWO_CHANCE_RATIO * chance:
                    stats["its characters meet by chance"] += 1
                elif any(c in s and t in s for s in gm.INTERCHANGEABLE):
                    stats["an interchangeable pair"] += 1
                elif not _known(c, t, confused, shapes):
                    stats["the characters are no known confusion"] += 1
                elif wrong in REAL_WORDS:
                    stats["read on review as a real word"] += 1
                elif wrong in hand:
                    stats["a hand list holds it"] += 1
                elif wrong not in found or cjk[found[wrong]] < fr:
                    found[wrong] = right
    texts = gm.clean_texts()
    loud = {t[s:e] for t in texts for s, e, _ in listed_misspellings(t, table=found)}
    stats["reported on a clean fixture"] = len(loud)
    print("reported on clean fixtures:", " ".join(sorted(loud)), file=sys.stderr)
    kept = {w: r for w, r in found.items() if w not in loud}
    stats["kept"] = len(kept)
    gm.write(
        OUT,
        "Generated by scripts/generate_listed_misspellings.py (do not edit by hand; rerun it): entries of\n"
        "jieba's dictionary at its noise frequency that are a sound-alike look-alike off a common word.\n"
        f"wrong<TAB>right, {len(kept)} entries; T318 reads them.",
        kept,
    )
    gm.print_stats(stats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
