"""Review quality on fixtures with planted errors and on clean materials.

tests/fixtures/review/planted/NAME.txt has NAME.yaml listing its planted errors (category, the
exact wrong text or the missing thing, the expected suggestion). A planted error is found when a
finding of the same category overlaps its text (or, for something missing, names it); "right fix"
when applying the finding's suggestion gives the annotated correction. Every other finding is a
false alarm, and so is every finding on tests/fixtures/review/clean/*.txt. Run: `make eval`.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from first_runs import print_first_runs
from mingjing.frameworks import load_frameworks
from mingjing.model import CATEGORIES, Finding
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules.review import review_outline

ROOT = Path(__file__).resolve().parent.parent
REVIEW = ROOT / "tests" / "fixtures" / "review"
NAMED = [c for c in CATEGORIES if c not in ("similarity", "criticism")]


@dataclass
class Tally:
    planted: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    with_fix: Counter = field(default_factory=Counter)
    fix_expected: Counter = field(default_factory=Counter)
    false_planted: Counter = field(default_factory=Counter)
    false_clean: Counter = field(default_factory=Counter)
    false_clean_info: Counter = field(default_factory=Counter)
    clean_chars: int = 0
    clean_verdicts: list = field(default_factory=list)
    misses: list = field(default_factory=list)
    wrong_fixes: list = field(default_factory=list)  # found, but no suggestion gives the annotated correction
    alarms: list = field(default_factory=list)


# a structure entry `missing: causes` (an English part name) is named by the part's Chinese word
PART_NAMES: dict[str, str] = {"causes": "原因", "problems": "问题", "measures": "措施"}


def locate(text: str, wrong: str, occurrence: int) -> tuple[int, int] | None:
    import re

    if wrong not in text:
        # the reader folds a run of spaces into one (`2024年  月  日` of a blank date line is read `2024年 月 日`)
        wrong = re.sub(r" {2,}", " ", wrong)
    at = -1
    for _ in range(occurrence):
        at = text.find(wrong, at + 1)
        if at < 0:
            return None
    return at, at + len(wrong)


def core(name: str) -> str:
    import re

    return re.sub(r"^在|方面$|情况$", "", name.strip("“”"))


WORD_ERRORS = frozenset({"typo", "formulation"})
EDIT_ERRORS = frozenset({"typo", "residue"})
# a heading of another year's aspect is a coverage slip to one writer and a copy leftover to another
# (settled in round r14, when R150 took C104's headings as residue): the kindred finding with the fix finds it
ASPECT_ERRORS = frozenset({"coverage", "residue"})
# a number in the wrong written form (`二0一六` with an Arabic zero, a two-digit year) is a punctuation slip of GB/T
# 15835 to one writer and a typo to another (settled in round r23: T141 mends `二0一六` to `二〇一六`)
NUMBER_FORM_ERRORS = frozenset({"typo", "punctuation"})


def right_fix(text: str, span: tuple[int, int], expected: str, f: Finding) -> bool:
    """The annotated correction is among the finding's suggestions (a user is offered them all, as in
    LanguageTool's list of replacements: `通过…，使` may be mended by dropping 通过 or 使, and writers differ;
    until round r12 only the first suggestion counted)."""
    s, e = span
    lo, hi = min(s, f.start), max(e, f.end)
    # a writer's fix that starts with 删除 (`删除`, `删除或改为…`, `删除批注，补入…`) is met by deleting the span
    # (settled in round r24: notes and hints left in, offered deletion, counted wrong as literal text)
    wanted = {expected, ""} if expected.startswith("删除") else {expected}
    theirs = {text[lo:s] + one + text[e:hi] for one in wanted}
    return any(text[lo : f.start] + one + text[f.end : hi] in theirs for one in f.suggestions)


def evaluate_planted(path: Path, notes: dict, packs, tally: Tally) -> None:
    outline = parse_document(read_document(path), packs)
    report = review_outline(outline, packs)
    text = outline.document.text
    used: set[int] = set()
    missed: set = set()
    for entry in notes.get("planted", []):
        cat = entry["category"]
        tally.planted[cat] += 1
        hit = None
        fix_ok = False
        if "text" in entry:
            span = locate(text, entry["text"], entry.get("occurrence", 1))
            if span is None:
                print(f"  标注错误：{path.name} 中找不到“{entry['text']}”", file=sys.stderr)
                continue
            candidates = [
                k
                for k, f in enumerate(report.findings)
                if f.category == cat and f.start < span[1] and f.end > span[0]
            ]
            if "suggestion" in entry:
                tally.fix_expected[cat] += 1
                fixed = [
                    k for k in candidates if right_fix(text, span, entry["suggestion"], report.findings[k])
                ]
                if fixed:
                    tally.with_fix[cat] += 1
                    fix_ok = True
                    candidates = fixed + [k for k in candidates if k not in fixed]
            # a wrong word is a typo to one reader and a slip in a formulation to another (法制思维 → 法治思维);
            # a word written twice or two versions kept is an editing leftover (residue) to one writer and a
            # typo to another (`进一步进一步`, settled in round r13), another year's aspect a coverage slip or
            # a leftover (round r14), a number's written form another (r23): the kindred category's finding at the
            # place, with the right fix, finds it
            for kin in (WORD_ERRORS, EDIT_ERRORS, ASPECT_ERRORS, NUMBER_FORM_ERRORS):
                if candidates or cat not in kin or "suggestion" not in entry:
                    continue
                candidates = [
                    k
                    for k, f in enumerate(report.findings)
                    if f.category in kin
                    and f.start < span[1]
                    and f.end > span[0]
                    and right_fix(text, span, entry["suggestion"], f)
                ]
                if candidates:
                    tally.with_fix[cat] += 1
                    fix_ok = True
            if not candidates and cat in WORD_ERRORS and "suggestion" not in entry:
                # a sentence fault with no one-span fix (成分残缺, 搭配不当, 句式杂糅) is filed as a typo by
                # one writer and a formulation by another (no writer had a grammar category): either
                # category's finding at the place finds it (settled in round r12)
                candidates = [
                    k
                    for k, f in enumerate(report.findings)
                    if f.category in WORD_ERRORS and f.start < span[1] and f.end > span[0]
                ]
            hit = candidates[0] if candidates else None
            used.update(candidates)
        else:
            missing = str(entry.get("missing", ""))
            part = PART_NAMES.get(missing)  # `missing: causes` is named 缺少…原因… in a message
            candidates = [
                k
                for k, f in enumerate(report.findings)
                if f.category == cat
                and (missing in f.message or (part is not None and "缺少" in f.message and part in f.message))
            ]
            hit = candidates[0] if candidates else None
            used.update(candidates)
        if hit is None:
            tally.misses.append(
                (path.name, cat, entry.get("text") or entry.get("missing"), entry.get("note", ""))
            )
            missed.add((cat, entry.get("text") or entry.get("missing")))
        else:
            tally.found[cat] += 1
            if "suggestion" in entry and not fix_ok:
                f = report.findings[hit]
                got = "、".join(f.suggestions) or "（无建议）"
                tally.wrong_fixes.append(
                    (path.name, cat, entry["text"], f"应为 {entry['suggestion']}", f.code, got)
                )
    # a finding of the same category that names a planted error (its text, suggestion or missing
    # thing, without 在…方面/情况) finds it, wherever it is anchored
    for entry in notes.get("planted", []):
        names = [core(str(entry[key])) for key in ("text", "suggestion", "missing") if entry.get(key)]
        naming = [
            k
            for k, f in enumerate(report.findings)
            if f.category == entry["category"]
            and (
                any(len(n) >= 2 and n in f.message for n in names)
                or any(
                    len(q) >= 2 and any(q in n for n in names) for q in re.findall(r"“([^”]+)”", f.message)
                )
            )
        ]
        used.update(naming)
        key = (entry["category"], entry.get("text") or entry.get("missing"))
        if naming and key in missed:
            missed.discard(key)
            tally.found[entry["category"]] += 1
            tally.misses = [m for m in tally.misses if (m[0], m[1], m[2]) != (path.name, *key)]
    for k, f in enumerate(report.findings):
        if k not in used:
            tally.false_planted[f.category] += 1
            tally.alarms.append((path.name, f.code, f.excerpt[:20], f.message[:50]))


def evaluate_clean(path: Path, packs, tally: Tally) -> None:
    outline = parse_document(read_document(path), packs)
    report = review_outline(outline, packs)
    tally.clean_chars += len(outline.document.text)
    tally.clean_verdicts.append((path.name, report.verdict, report.score))
    for f in report.findings:
        (tally.false_clean_info if f.severity == "info" else tally.false_clean)[f.category] += 1
        tally.alarms.append((path.name, f.code, f.excerpt[:20], f.message[:50]))


SETS = {
    # the newest blind sets first.
    # Sets 55 and 56 were written blind at the start of r27 (2026-12-07, writers blindAY and blindAZ, no list of
    # error kinds), sealed packed in the repository and kept unseen until r28's start: first run on r28's start
    # (main f8bdc911, eval/unseen_run.py) 55: 76/90 (84.4 %), 56: 84/91 (92.3 %), pooled 160/181 (88.4 %),
    # suggestions right 48/64 and 54/63, 0 + 1 false alarms on their clean texts (16,702 characters: 0.24 per
    # 4,000). Registered at once.
    "留出集五十六": ("heldout56", "heldout56_clean"),
    "留出集五十五": ("heldout55", "heldout55_clean"),
    # Sets 53 and 54 were written blind at the start of r26 (2026-12-07, writers blindAW and blindAX, no list of
    # error kinds), sealed packed in the repository and kept unseen until r27's start: first run on r27's start
    # (main 608153a0, eval/unseen_run.py) 53: 74/93 (79.6 %), 54: 78/91 (85.7 %), pooled 152/184 (82.6 %),
    # suggestions right 43/63 and 49/60, 3 + 1 false alarms on their clean texts (16,834 characters: 0.95 per
    # 4,000). Registered at once.
    "留出集五十四": ("heldout54", "heldout54_clean"),
    "留出集五十三": ("heldout53", "heldout53_clean"),
    # Sets 51 and 52 were written blind at the start of r25 (2026-12-07, writers blindAU and blindAV, no list of
    # error kinds), sealed packed in the repository and kept unseen until r26's start: first run on r26's start
    # (main dcf8ac96, eval/unseen_run.py) 51: 85/94 (90.4 %), 52: 83/92 (90.2 %), pooled 168/186 (90.3 %),
    # suggestions right 51/65 and 51/65, 3 + 0 false alarms on their clean texts (16,755 characters: 0.72 per
    # 4,000). Registered at once.
    "留出集五十二": ("heldout52", "heldout52_clean"),
    "留出集五十一": ("heldout51", "heldout51_clean"),
    # Sets 49 and 50 were written blind at the start of r24 (2026-12-07, writers blindAS and blindAT, no list of
    # error kinds), sealed packed in the repository and kept unseen until r25's start: first run on r25's start
    # (main 0580fa8b, eval/unseen_run.py) 49: 79/93 (84.9 %), 50: 73/92 (79.3 %), pooled 152/185 (82.2 %),
    # suggestions right 47/60 and 48/65, 1 + 2 false alarms on their clean texts (16,751 characters: 0.72 per
    # 4,000). Registered at once.
    "留出集五十": ("heldout50", "heldout50_clean"),
    "留出集四十九": ("heldout49", "heldout49_clean"),
    # Sets 47 and 48 were written blind at the start of r23 (2026-12-07, writers blindAQ and blindAR, no list of
    # error kinds), sealed packed in the repository and kept unseen until r24's start: first run on r24's start
    # (main b82d9740, eval/unseen_run.py) 47: 70/91 (76.9 %), 48: 78/92 (84.8 %), pooled 148/183 (80.9 %),
    # suggestions right 48/70 and 46/71, 1 + 3 false alarms on their clean texts (16,692 characters: 0.96 per
    # 4,000). Registered at once. Set 48's h02 holds one slip its writer did not list (`不即时处置`, T110's true find):
    # added at registration as a typo (93 planted now; the first run is kept as measured, 78/92).
    "留出集四十八": ("heldout48", "heldout48_clean"),
    "留出集四十七": ("heldout47", "heldout47_clean"),
    # Sets 45 and 46 were written blind at the start of r22 (2026-12-07, writers blindAO and blindAP, no list of
    # error kinds), sealed packed in the repository and kept unseen until r23's start: first run on r23's start
    # (main 415017da) 45: 70/89 (78.7 %), 46: 78/96 (81.2 %), suggestions right 48/68 and 58/73, 3 + 3 false
    # alarms on their clean texts (16,690 characters: 1.44 per 4,000). Registered during r23.
    "留出集四十六": ("heldout46", "heldout46_clean"),
    "留出集四十五": ("heldout45", "heldout45_clean"),
    # Sets 43 and 44 were written blind at the start of r21 (2026-12-07, writers blindAM and blindAN, no list of
    # error kinds), sealed packed in the repository and kept unseen until r22's start: first run on r22's start
    # (main 0288da42) 43: 69/89 (77.5 %), 44: 76/91 (83.5 %), suggestions right 45/73 and 48/74, 2 + 5 false
    # alarms on their clean texts (16,706 characters: 1.68 per 4,000). Registered during r22.
    "留出集四十四": ("heldout44", "heldout44_clean"),
    "留出集四十三": ("heldout43", "heldout43_clean"),
    # Sets 41 and 42 were written blind at the start of r20 (2026-12-06, writers blindAK and blindAL, no list of
    # error kinds), sealed packed in the repository and kept unseen until r21's start: first run on r21's start
    # (main 186041be) 41: 82/96 (85.4 %), 42: 83/94 (88.3 %), suggestions right 56/71 and 58/79, 4 + 0 false
    # alarms on their clean texts (16,741 characters: 0.96 per 4,000). Registered during r21.
    "留出集四十二": ("heldout42", "heldout42_clean"),
    "留出集四十一": ("heldout41", "heldout41_clean"),
    # Sets 39 and 40 were written blind at the start of r19 (2026-12-06, writers blindAI and blindAJ, no list of
    # error kinds), sealed packed in the repository and kept unseen through r20 as its measure: first run on r20's
    # start (main d459403d) 39: 79/96 (82.3 %), 40: 81/96 (84.4 %; 81/95 once h06's planted 两个维护 wording, which is the
    # official one, was withdrawn at registration), suggestions right 58/81 and 57/75, 2 + 3 false
    # alarms on their clean texts (16,699 characters). Registered at the end of r20.
    "留出集四十": ("heldout40", "heldout40_clean"),
    "留出集三十九": ("heldout39", "heldout39_clean"),
    # Sets 37 and 38 were written blind at the start of r18 (2026-12-06, writers blindAG and blindAH, no list of
    # error kinds), sealed packed in the repository and kept unseen through r19 as its measure: first run on r19's
    # start (main d11b7a4b) 37: 79/98 (80.6 %), 38: 67/91 (73.6 %), suggestions right 55/82 and 50/74, 2 + 4 false
    # alarms on their clean texts. Registered at the end of r19.
    "留出集三十八": ("heldout38", "heldout38_clean"),
    "留出集三十七": ("heldout37", "heldout37_clean"),
    # Sets 35 and 36 were written blind at the end of r17 (2026-12-06, writers blindAE and blindAF, no list of
    # error kinds), sealed packed in the repository and kept unseen through r18 as its measure: first run on r18's
    # start (main f17c8098) 35: 68/89 (76.4 %), 36: 77/93 (82.8 %), suggestions right 38/65 and 51/71, 1 + 2 false
    # alarms on their clean texts. Registered at the end of r18.
    "留出集三十六": ("heldout36", "heldout36_clean"),
    "留出集三十五": ("heldout35", "heldout35_clean"),
    # Sets 33 and 34 were written blind at the start of r17 (2026-12-06, writers blindAC and blindAD, no list of
    # error kinds; r16's sets of the same numbers were lost with that machine before anyone ran them) and kept
    # unseen through r17 as its measure: first run on r17's start (main f81a5be9) 33: 70/95 (73.7 %), 34: 68/92
    # (73.9 %), suggestions right 49/78 and 46/65, 0 + 1 findings on their clean texts (the one, S111, a true slip of
    # the writer's: `四是` before `三是`, relabelled at registration); on the round's merged helpers 72/95 and
    # 70/92. Registered at the end of r17.
    "留出集三十四": ("heldout34", "heldout34_clean"),
    "留出集三十三": ("heldout33", "heldout33_clean"),
    # Sets 31 and 32 were written blind at the start of r15 (2026-12-06, writers blindY and blindZ, no list of
    # error kinds) and kept unseen through r15 and r16 as the measure: first run on r16's start (main fe806b85)
    # 31: 71/95 (74.7 %), 32: 66/94 (70.2 %), suggestions right 50/77 and 47/77, 6 + 1 false alarms on their
    # clean texts (2.76 and 0.47 per 4,000); at r16's end 72/95 and 68/94, suggestions right 52/77 and 49/77,
    # clean 5 + 1. Registered at the end of r16 (blindAA/blindAB's sets 33/34 measure the next round).
    "留出集三十二": ("heldout32", "heldout32_clean"),
    "留出集三十一": ("heldout31", "heldout31_clean"),
    # Sets 29 and 30 were written blind at the start of r14 (2026-12-06, writers blindW and blindX, no list of
    # error kinds) and kept unseen through r14 and r15 as the rounds' measure: first run on r14's start (sets14)
    # 29: 69/90 (76.7 %), 30: 66/92 (71.7 %), 4 + 2 false alarms on their clean texts (1.94 and 0.94 per
    # 4,000); at r14's end 72/90 and 68/92; at r15's end the same found, suggestions right 49/74 and 48/76, clean
    # 3 + 2. Registered at the end of r15 (blindY/blindZ's sets 31/32 measure the next round).
    "留出集三十": ("heldout30", "heldout30_clean"),
    "留出集二十九": ("heldout29", "heldout29_clean"),
    # Sets 27 and 28 were written blind at the start of r13 (2026-12-05, writers blindU and blindV, no list of
    # error kinds) and kept unseen through r13 as the round's measure: first run on main 5292226f (r12's end)
    # 27: 71/95 (74.7 %), 28: 63/93 (67.7 %), 4 + 4 false alarms on their clean texts (1.91 and 1.88 per
    # 4,000); on r13's first helpers 76/95 and 65/93; at r13's end (9132d571) 76/95 (80.0 %) and 66/93 (71.0 %),
    # clean unchanged. Registered at the start of r14 (the lead had read their misses).
    "留出集二十八": ("heldout28", "heldout28_clean"),
    "留出集二十七": ("heldout27", "heldout27_clean"),
    # Set 26, the twin of set 25 (same writer pair and brief, written blind in r12), was kept unseen through
    # r12 and the first half of r13 and run on each r13 helper's branch before anyone read it: on main
    # (5292226f) 56/94 (59.6 %), clean 1 false alarm (0.48 per 4,000); on r13's first merged helpers (integ13:
    # residue13, formulas13, typo13, speed13, precision13, punct13) 63/94 (67.0 %), clean the same, while set
    # 25, which they tuned on, went 60.0 % -> 88.4 %: residue 3 -> 6 of 14, typos 18 -> 20 of 28, formulations
    # 16 -> 17 of 24, punctuation 8 -> 9 of 12. Registered mid-r13 for the second helpers. With r13's eval
    # rule for edit leftovers (a doubled word filed as residue found by a typo finding with the right fix):
    # main 57/94 (60.6 %), integ13 65/94 (69.1 %); no other set moved by that rule.
    "留出集二十六": ("heldout26", "heldout26_clean"),
    # Set 25 was written blind on 2026-12-05 (seventh session, round r12) by the second pair of writers while
    # the round's fixes were being made, and first run on the round's merged code (integ12, = main 5292226f):
    # 57/95 (60.0 %), 3 false alarms on its clean materials (1.47 per 4,000); on main before r12 (2cfe342)
    # 53/95 (55.8 %), clean 4. Residue 6 of 16, typos 15 of 26, formulations 12 of 23. Registered (seen) at
    # the start of r13; its twin set 26 (59.6 % on the same code) stays unseen on the branch blindT so that
    # r13's fixes can be measured on text nobody tuned on.
    "留出集二十五": ("heldout25", "heldout25_clean"),
    # Sets 22–24 were written blind on 2026-12-05 (seventh session, round r12) by three writers (grassroots
    # units; schools, hospitals and institutes; state firms, courts and organs), again with no list of
    # error kinds. First runs on main (2cfe342): set 22 61/92 (66.3 %), 2 false alarms on its clean
    # materials (1.12 per 4,000); set 23 59/97 (60.8 %), 3 (1.76); set 24 64/89 (71.9 %), 3 (1.61). All
    # three: 184/278 (66.2 %; r11's first runs 50.5 % and 36.8 %). Residue 17 of 42 found (another unit's
    # or person's name and post, a stale year, another campaign's wording), typos 60/88 (grammar filed as
    # typo, near-sound words that are real words), formulations 32/48, punctuation 35/46, specificity 15/24,
    # correspondence 11/16.
    "留出集二十四": ("heldout24", "heldout24_clean"),
    "留出集二十三": ("heldout23", "heldout23_clean"),
    "留出集二十二": ("heldout22", "heldout22_clean"),
    # Sets 20 and 21 were written blind on 2026-12-05 (sixth session, round r11), again with no list of
    # error kinds. First runs on main (1e3ab93): set 20 48/95 (50.5 %), 2 false alarms on its clean
    # materials (0.98 per 4,000); set 21 35/95 (36.8 %), 4 false alarms (1.75 per 4,000: F129 四个方面,
    # P113/P144 on a 准则 named without 书名号, E104). Residue 4 of 29 found (stale deadlines, another
    # unit's name, an earlier year's framework or campaign), correspondence 0 of 5, look-alike non-words
    # outside the shape table (疔, 菅, 灸, 譬, 汕) missed. On the merged first helpers (integ11) set 20 49/95
    # (51.6 %), set 21 the same; after the second helpers (seen: R123–R130, single-measure correspondence,
    # F169–F176, T157, T161–T163) set 20 87.4 %, set 21 86.3 %, one clean false alarm each.
    "留出集二十一": ("heldout21", "heldout21_clean"),
    "留出集二十": ("heldout20", "heldout20_clean"),
    # Sets 18 and 19 were written blind on 2026-12-05 (fifth session, round r10) with no list of error
    # kinds: each writer planted the errors they know real people make (pinyin and stroke IME slips, OCR
    # shapes and digit/letter swaps, text copied from last year's or another unit's material, editing
    # leftovers, grammar, fixed formulations, GB/T 15834 punctuation, reviewers' objections). First runs
    # on main (746e518): set 18 46/93 (49.5 %), 2 false alarms on its clean materials (1.25 per 4,000);
    # set 19 51/95 (53.7 %), no false alarm. Residue by copying (a wrong year, another unit's name, an
    # outdated congress) 4 of 26 found in the two sets. The same on the merged first helpers (integ10:
    # random-slip detectors, edited-text fixes); after the second helpers (seen: copy traces R117–R122,
    # formulas F154–F160, mechanisms T140–T147 and P156–P159) set 18 84.9 %, set 19 90.5 %, their clean 0.
    "留出集十九": ("heldout19", "heldout19_clean"),
    "留出集十八": ("heldout18", "heldout18_clean"),
    # Sets 16 and 17 were written blind on 2026-12-05 (fourth session), with the kinds the r8 judge's
    # unseen pages held that lists miss: collocation slips (a measure noun with an adjective it does not
    # take), blended 成语, a dropped last character of an organ name or common word, doubled words, real
    # words wrong in context (他 for 它, an action opposite to the sentence), variant or traditional
    # characters in simplified text, misspellings dictionaries list as words, subject-less 通过…使,
    # headings ending unlike their siblings, stray 、, outer ‘…’, a 为了 clause closed by 。, hyphen
    # ranges, junk symbols, a missing colon before 一是. First runs on main (68782cc): set 16 64/85
    # (75.3 %), 2 false alarms on its clean materials (0.89 per 4,000: E104, E101); set 17 63/89
    # (70.8 %), 1 false alarm (0.43 per 4,000: A104).
    "留出集十七": ("heldout17", "heldout17_clean"),
    "留出集十六": ("heldout16", "heldout16_clean"),
    # Sets 14 and 15 were written blind on 2026-12-05 (third session), with the kinds real pages carry:
    # a character of the same syllable in another tone, a character holding the right one, a 成语 with a
    # character of related meaning, slips inside standard formulations, 的 for 地 before a verb with its
    # object, 再 for 在, 与 for 于, a numbering jump, masks of underscores, hyphens inside words, a point
    # ending on 。 among ；, a heading word run into its text. First runs on main (87fd9a5): set 14 65/88
    # (73.9 %), 0 false alarms on its clean materials; set 15 66/85 (77.6 %), 6 false alarms (2.63 per
    # 4,000: A103 ×3, E104 ×2, P114). On the merged code of the session's first helper branches (b230ed7),
    # before anyone looked: set 14 69/88 (78.4 %, 0), set 15 67/85 (78.8 %, 2.63).
    "留出集十五": ("heldout15", "heldout15_clean"),
    "留出集十四": ("heldout14", "heldout14_clean"),
    # Sets 12 and 13 were written blind on 2026-12-05 (second session), with the kinds real pages carry
    # that lists miss (X的 for 觉得/懂得…, 成语 slips of shape, swapped 成语, three-character set phrases,
    # 他们 for 它们, punctuation that needs the sentence). First runs on main (816f87a): set 12 62/85
    # (72.9 %), 1 false alarm on its clean materials (0.43 per 4,000); set 13 62/85 (72.9 %), 4 false
    # alarms (1.70 per 4,000). With the matcher's typo/formulation rule (dcc311e) both are 63/85 (74.1 %).
    # On the day's merged code (0f54fa2: parse11f, review12k, review12l), before anyone looked: set 12 65/85
    # (76.5 %, 0.43), set 13 70/85 (82.4 %, 1.70). Their misses were then fixed by kind.
    "留出集十三": ("heldout13", "heldout13_clean"),
    "留出集十二": ("heldout12", "heldout12_clean"),
    # Sets 10 and 11 were written blind on 2026-12-05 by two writers and never tuned on before their first
    # runs. Set 10 on main's code (c5fe4aa): 69/87 (79.3 %), 0 false alarms on its clean materials; on the
    # merged code of the day's branches (a805112): 74/87 (85.1 %), 1 false alarm (0.43 per 4,000; T404 on
    # 工作精力). Set 11 on main: 73/88 (83.0 %), 0; on the merged code: 76/88 (86.4 %), 0. After the runs: set
    # 10's 两个确立 entry was removed (the text had the official wording), T404's false alarm and set 11's
    # unanswered 践行宗旨、服务人民 (A101) were fixed.
    "留出集十一": ("heldout11", "heldout11_clean"),
    "留出集十": ("heldout10", "heldout10_clean"),
    # Set 9 was written blind on 2026-12-04 and never tuned on; its first run on main's code (4309fa3):
    # 61/85 (71.8 %), 0 false alarms on its clean materials; on the merged code of issue 12's sixth pass
    # and lexicon (8aa4326): 63/85 (74.1 %), 0 false alarms. 弛而不息 was then relabelled formulation;
    # on 2026-12-05 the 两个确立 entry was removed (the text had the official wording, without 为).
    "留出集九": ("heldout9", "heldout9_clean"),
    # Set 8 was written blind on 2026-12-04; its first run on main's code (4309fa3): 61/85 found (71.8 %),
    # 0.43 false alarms per 4,000 clean characters. Issue 12's lexicon pass (docs/review-lexicon.md) followed.
    "留出集八": ("heldout8", "heldout8_clean"),
    # Set 7 was written blind on 2026-12-04 (issue 12's sixth pass); its first
    # run on main's code before that pass (4309fa3): 60/85 found (70.6 %), 2 false alarms on its clean
    # materials (1.05 per 4,000 characters). Fixes followed, so it is no longer blind.
    "留出集七": ("heldout7", "heldout7_clean"),
    # Set 6 was written blind on 2026-12-04 (issue 12's fifth pass); its first
    # run on main's code before that pass (a40bea7): 58/85 found (68.2 %), 1 false alarm on its clean
    # materials (0.52 per 4,000 characters). Fixes followed, so it is no longer blind.
    "留出集六": ("heldout6", "heldout6_clean"),
    # Set 5 was written blind on 2026-12-04 (issue 12's fourth pass); its first
    # run on main's code before that pass (22de867): 70/85 found (82.4 %), 3 false alarms on its clean
    # materials (1.58 per 4,000 characters). Fixes followed, so it is no longer blind.
    "留出集五": ("heldout5", "heldout5_clean"),
    # Set 4 was written blind on 2026-12-04; its first runs: 49/85 (57.6 %)
    # on the code before that day's changes, 60/85 (70.6 %, 0.52 false alarms per 4,000 clean
    # characters) on the day's merged code, before anyone looked at it (one more counts since the
    # matcher connects `missing: causes` with S104). Fixes followed, so it is no longer blind.
    "留出集四": ("heldout4", "heldout4_clean"),
    # set 3: written blind for issue 12 in the previous session; first run 38/88 (43.2 %), no longer blind
    "留出集三": ("heldout3", "heldout3_clean"),
    "调校集": ("planted", "clean"),  # the rules were tuned on these
    "留出集": ("heldout", "heldout_clean"),  # written afterwards by someone who never saw the rules
    # (its misses then prompted generic fixes, so it is no longer blind)
    "留出集二": ("heldout2", "heldout2_clean"),  # written blind on 2026-11-26, first run recorded in README
}


def run(planted: str = "planted", clean: str = "clean", packs=None) -> Tally:
    packs = packs or load_frameworks()
    tally = Tally()
    for notes_path in sorted((REVIEW / planted).glob("*.yaml")):
        material = notes_path.with_suffix(".txt")
        evaluate_planted(material, yaml.safe_load(notes_path.read_text(encoding="utf-8")), packs, tally)
    for path in sorted((REVIEW / clean).glob("*.txt")):
        evaluate_clean(path, packs, tally)
    return tally


def print_tally(label: str, planted: str, clean: str, t: Tally) -> None:
    print(f"\n== 审阅质量：{label}（{planted}/ 埋设错误的材料 + {clean}/ 干净材料）==")
    print(
        f"{'类别':<16}{'埋设':>6}{'发现':>6}{'漏报':>6}{'建议正确':>10}{'误报(埋设材料)':>16}{'误报(干净材料)':>16}"
    )
    for c in NAMED:
        fix = f"{t.with_fix[c]}/{t.fix_expected[c]}" if t.fix_expected[c] else "—"
        print(
            f"{c:<16}{t.planted[c]:>6}{t.found[c]:>6}{t.planted[c] - t.found[c]:>6}{fix:>10}"
            f"{t.false_planted[c]:>16}{t.false_clean[c]:>16}"
        )
    planted_n, found = sum(t.planted.values()), sum(t.found.values())
    fixes, fix_expected = sum(t.with_fix.values()), sum(t.fix_expected.values())
    clean_false = sum(t.false_clean.values())
    per_4000 = clean_false / max(1, t.clean_chars) * 4000
    print(
        f"{'合计':<16}{planted_n:>6}{found:>6}{planted_n - found:>6}{f'{fixes}/{fix_expected}':>10}"
        f"{sum(t.false_planted.values()):>16}{clean_false:>16}"
    )
    if planted_n:
        print(
            f"发现率 {found / planted_n:.1%}（目标 ≥ 80%）；有建议的错误中建议正确 {fixes}/{fix_expected}；"
            f"埋设材料中的其他提示 {sum(t.false_planted.values())} 处（含由埋设错误引起的连带提示）"
        )
    print(
        f"干净材料 {len(t.clean_verdicts)} 份共 {t.clean_chars} 字：误报（错误+警告）{clean_false} 处，"
        f"每 4,000 字 {per_4000:.2f} 处（目标 ≤ 1）；另有提示级 {sum(t.false_clean_info.values())} 处"
    )
    for name, verdict, points in t.clean_verdicts:
        print(f"  {name}：{verdict}，{points} 分")
    if "-v" in sys.argv:
        print("\n漏报：")
        for m in t.misses:
            print("  ", *m)
        print("\n发现但建议不对：")
        for w in t.wrong_fixes:
            print("  ", *w)
        print("\n误报：")
        for a in t.alarms:
            print("  ", *a)


def main() -> int:
    packs = load_frameworks()
    chars = alarms = 0
    now: dict[str, tuple[int, int]] = {}
    for label, (planted, clean) in SETS.items():
        if (REVIEW / planted).is_dir():
            tally = run(planted, clean, packs)
            print_tally(label, planted, clean, tally)
            chars += tally.clean_chars
            alarms += sum(tally.false_clean.values())
            now[label] = (sum(tally.found.values()), sum(tally.planted.values()))
    print_first_runs(now)
    print(
        f"\n全部干净材料共 {chars} 字：误报（错误+警告）{alarms} 处，每 4,000 字 {alarms / max(1, chars) * 4000:.2f} 处（目标 ≤ 1）"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
