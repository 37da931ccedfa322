"""The review stage: Outline → Report. One ordered pipeline: run → suppress → de-duplicate → sort."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from mingjing.frameworks import Framework
from mingjing.model import Finding, Outline, Report
from mingjing.parse.readings import LOW_CONFIDENCE
from mingjing.rules import collector
from mingjing.rules.context import ReviewContext, ReviewOptions
from mingjing.rules.cut_copy import quiet_on_cut
from mingjing.rules.deletions import quiet_in_deletions
from mingjing.rules.failclosed import proofread_only
from mingjing.rules.gaps import quiet_in_gaps
from mingjing.rules.placeholder_fills import fill_placeholders
from mingjing.rules.registry import selected
from mingjing.rules.verdict import score, verdict
from mingjing.rules.viewer_chunks import quiet_on_chunks
from mingjing.rules.word_slips import quiet_in_waiting_rooms


def suppress(findings: list[Finding], text: str, allow_words: list[str]) -> list[Finding]:
    """Drop findings that lie inside a word the user allows (a unit's own names and terms)."""
    if not allow_words:
        return findings
    allowed: list[tuple[int, int]] = []
    for word in allow_words:
        if not word:
            continue
        at = text.find(word)
        while at >= 0:
            allowed.append((at, at + len(word)))
            at = text.find(word, at + 1)
    return [
        f for f in findings if not (f.end > f.start and any(a <= f.start and f.end <= b for a, b in allowed))
    ]


OCR_DOUBT = "识别可能有误"


def mark_ocr_doubt(findings: list[Finding], low_confidence: list[tuple[int, int]]) -> list[Finding]:
    """A finding on characters OCR read with low confidence may be the scanner's error, not the
    author's: it becomes `info` and says so (typos there are never charged to the author)."""
    if not low_confidence:
        return findings
    out = []
    for f in findings:
        if f.end > f.start and any(a < f.end and f.start < b for a, b in low_confidence):
            why = (
                "扫描件此处文字识别可能有误，可能不是原文的错别字"
                if f.category == "typo"
                else "扫描件此处文字识别可能有误，请对照原件核实"
            )
            f = replace(f, severity="info", message=f"{OCR_DOUBT}：{f.message}（{why}）")
        out.append(f)
    return out


def deduplicate(findings: list[Finding], text: str = "") -> list[Finding]:
    seen = set()
    out = []
    for f in findings:
        key = (f.code, f.start, f.end, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    out = _copied_aspect_once(_inside_notes(_dashes_no_mask(_one_template_slot(out), text)))
    return _one_fix_one_finding(out, text) if text else out


def _one_template_slot(findings: list[Finding]) -> list[Finding]:
    """A template's field in brackets that R106's list names too (【时间】, 【项目名称】) is reported once, by
    R106: R184's finding on the same span is dropped (round r22)."""
    notes = {(f.start, f.end) for f in findings if f.code == "R106"}
    if not notes:
        return findings
    return [f for f in findings if not (f.code == "R184" and (f.start, f.end) in notes)]


def _dashes_no_mask(findings: list[Finding], text: str = "") -> list[Finding]:
    """Two hyphens that P195 reads as one half of a dash pair (`--尤其是选调生--`) set a phrase off; they mask
    nothing: R111's finding on them is dropped (round r17). So do hyphens typed for a dash (P163) between
    two words (核查机制--对拖欠社保的单位: 机制 | 对), where a mask breaks a word (邓--小平: 邓小平) (r22)."""
    pairs = [(f.start, f.end) for f in findings if f.code == "P195"]
    typed = {(f.start, f.end) for f in findings if f.code == "P163"}
    if not pairs and not typed:
        return findings
    return [
        f
        for f in findings
        if not (
            f.code == "R111"
            and (
                any(s <= f.start and f.end <= e for s, e in pairs)
                or ((f.start, f.end) in typed and text and _between_words(text, f.start, f.end))
            )
        )
    ]


def _inside_notes(findings: list[Finding]) -> list[Finding]:
    """A template's drafting note (R106: （此处结合本人实际补充1-2个事例）) is deleted whole: the marks and
    words inside it are no text of the author's, and their findings are dropped (r22: P149 on its 1-2)."""
    notes = [(f.start, f.end) for f in findings if f.code == "R106"]
    if not notes:
        return findings
    return [
        f
        for f in findings
        if f.code == "R106"
        or f.category not in ("punctuation", "typo")
        or not any(s <= f.start and f.end <= e for s, e in notes)
    ]


SEAM_REACH = 4  # characters read on either side of a run of hyphens


def _between_words(text: str, start: int, end: int) -> bool:
    """Whether the hyphens at text[start:end] stand where the segmentation of the text without them has a
    word boundary (机制 | 对): a dash between words, no mask inside one."""
    import rjieba

    left, right = text[max(0, start - SEAM_REACH) : start], text[end : end + SEAM_REACH]
    at = 0
    for word in rjieba.cut(left + right, False):
        if at < len(left) < at + len(word):
            return False  # 邓小平 runs across the seam: a word masked
        at += len(word)
    return True


_ONE_FIX = ("typo", "formulation", "punctuation")  # punctuation since r15: P149 and P176 on one hyphen


def _one_fix_one_finding(findings: list[Finding], text: str) -> list[Finding]:
    """One slip, one finding: a wording or punctuation finding inside another one's span whose fix gives the
    same text (奢糜 → 奢靡 inside 奢糜之风 → 奢靡之风; a range's hyphen → — twice) is dropped; the one that names
    the longer phrase stays."""
    fixes = [f for f in findings if f.category in _ONE_FIX and f.suggestions and f.end > f.start]
    drop: set[int] = set()
    for i, inner in enumerate(fixes):
        for j, outer in enumerate(fixes):
            if outer is inner or not (outer.start <= inner.start and inner.end <= outer.end):
                continue
            if (outer.start, outer.end) == (inner.start, inner.end) and (outer.code, j) > (inner.code, i):
                continue  # the same span twice: keep the first code (of one code, the first found: r26)
            fixed_inner = text[outer.start : inner.start] + inner.suggestions[0] + text[inner.end : outer.end]
            if fixed_inner == outer.suggestions[0] or _part_of_fix(inner, outer, text):
                drop.add(id(inner))
                break
    for outer in fixes:
        # several findings inside one whose fix they make together (a dash pair's two halves, P195)
        parts = sorted(
            (
                f
                for f in fixes
                if f is not outer and id(f) not in drop and outer.start <= f.start and f.end <= outer.end
            ),
            key=lambda f: f.start,
        )
        if len(parts) < 2 or any(a.end > b.start for a, b in zip(parts, parts[1:])):
            continue
        pieces, at = [], outer.start
        for f in parts:
            pieces += [text[at : f.start], f.suggestions[0]]
            at = f.end
        if "".join(pieces) + text[at : outer.end] == outer.suggestions[0]:
            drop.update(id(f) for f in parts)
    return [f for f in findings if id(f) not in drop]


def _part_of_fix(inner: Finding, outer: Finding, text: str) -> bool:
    """Whether the outer finding's fix swaps two terms of its span back (round r22: 坚决拥护“两个维护”、坚决
    做到“两个确立”, one slip mended as a whole) and the inner finding mends one of them the same way: the inner
    finding is half of the outer one. A fix that changes anything else (a series reordered and a word of it
    corrected) keeps the findings inside it: they may be other slips."""
    fix, own = outer.suggestions[0], inner.suggestions[0]
    written = text[outer.start : outer.end]
    if len(fix) != len(written) or len(own) != inner.end - inner.start or inner.category != outer.category:
        return False
    diffs = [k for k, (a, b) in enumerate(zip(written, fix, strict=True)) if a != b]
    runs = [k for k in diffs if k - 1 not in diffs]
    if len(runs) != 2:
        return False
    (a1, b1), (a2, b2) = ((r, next(k for k in range(r, len(fix) + 1) if k not in diffs)) for r in runs)
    if written[a1:b1] != fix[a2:b2] or written[a2:b2] != fix[a1:b1]:
        return False
    at = inner.start - outer.start
    return fix[at : at + len(own)] == own


_COPIED_ASPECT = ("R121", "R150")


def _copied_aspect_once(findings: list[Finding]) -> list[Finding]:
    """A heading of another year's aspect is one residue finding (R150 or R121, round r14): C104's
    coverage finding on the same heading is dropped."""
    residue = [(f.start, f.end) for f in findings if f.code in _COPIED_ASPECT]
    if not residue:
        return findings
    return [
        f for f in findings if not (f.code == "C104" and any(s < f.end and f.start < e for s, e in residue))
    ]


def order(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.start, f.end, f.code))


def problems_causes_share(outline: Outline) -> float | None:
    from mingjing.rules.proportions import share

    value = share(outline)
    return None if value is None else round(value, 3)


STRUCTURE_PREFIXES = ("S1", "C1", "A1")  # findings that rest on the parsed outline
MISSING_PART = {"S103": "problems", "S104": "causes", "S105": "measures"}
UNCERTAIN = "（结构识别不确定，请人工核对）"


PROOFREADING = frozenset({"typo", "formulation", "punctuation", "residue"})


def refuse_or_soften(findings: list[Finding], outline: Outline) -> list[Finding]:
    """Fail closed and stay honest: a text that is not a material keeps only its refusal (S100), and
    a text of another genre (a 主持词, a 述职报告) its refusal and its wording and punctuation; when the parse is unsure of the parts (low confidence), or another reading of the document has
    the part said to be missing, outline-based errors become warnings that say so, and outline-based
    warnings say so too."""
    refusal = [f for f in findings if f.code == "S100"]
    if refusal:
        if proofread_only(outline):
            return refusal + [f for f in findings if f.category in PROOFREADING]
        return refusal
    low = outline.confidence < LOW_CONFIDENCE
    out = []
    for f in findings:
        unsure = MISSING_PART.get(f.code) in outline.kinds_elsewhere or (
            low and f.code.startswith(STRUCTURE_PREFIXES) and f.code not in ("S100", "C100", "S112")
        )
        if unsure and f.severity == "error":
            f = replace(f, severity="warning", message=UNCERTAIN + f.message)
        elif unsure and f.severity == "warning" and not f.message.startswith(UNCERTAIN):
            f = replace(
                f, message=UNCERTAIN + f.message
            )  # (a missing title or preamble read on a shaky parse)
        out.append(f)
    return out


def review_outline(
    outline: Outline, frameworks: dict[str, Framework], options: ReviewOptions | None = None
) -> Report:
    # the tables a first review loads are not walked by the collector; it is turned on again only after
    # `_review` has returned, when what the review made (its context's segmentations, n-grams and
    # tables) is freed: turned on while they were alive, its first (young) pass walked them all
    with collector.paused(freeze=True):
        return _review(outline, frameworks, options or ReviewOptions())


def _review(outline: Outline, frameworks: dict[str, Framework], options: ReviewOptions) -> Report:
    ctx = ReviewContext(outline.reading(), frameworks, options)
    findings: list[Finding] = []
    for rule in selected(options.select, options.ignore):
        if rule.check is not None:  # batch rules (similarity) run over several materials at once
            findings.extend(rule.check(ctx, rule))
    findings = quiet_in_gaps(suppress(findings, ctx.text, options.allow_words), ctx.text)
    findings = quiet_on_chunks(findings, ctx.text)
    findings = quiet_in_deletions(findings)
    findings = quiet_in_waiting_rooms(findings, ctx.text)
    findings = quiet_on_cut(findings, ctx)
    findings = fill_placeholders(findings, ctx)
    findings = refuse_or_soften(deduplicate(findings, outline.document.text), outline)
    findings = mark_ocr_doubt(findings, outline.document.low_confidence)
    said = ctx.said_items()
    stats = {
        "characters": len(ctx.text),
        "sections": len(outline.sections),
        "problem_items": len(said),  # an item that is only a gap (a draft's) is no problem found
        "aspects_covered": len({i.aspect for i in said if i.aspect}),
        "aspects_required": len(ctx.framework.aspects) if ctx.framework else None,
        "problems_causes_share": problems_causes_share(outline),  # issue 14
        "aspects_pending": len(ctx.framework.pending) if ctx.framework else None,  # placeholders: not checked
        "parse_confidence": outline.confidence,
    }
    report = Report(outline=outline, findings=findings, verdict="pass", score=100, stats=stats)
    settle(report)
    return report


def settle(report: Report) -> None:
    """Order the findings and (re)compute score, verdict and counts — also after findings are
    added later (similarity within a batch or against the library)."""
    report.findings = order(report.findings)
    report.score = score(report.findings)
    report.verdict = verdict(report.findings, report.score)
    by_severity = Counter(f.severity for f in report.findings)
    report.stats["findings"] = len(report.findings)
    report.stats["by_severity"] = {k: by_severity.get(k, 0) for k in ("error", "warning", "info")}
    report.stats["by_category"] = dict(sorted(Counter(f.category for f in report.findings).items()))


def review_file(
    path: str | Path,
    frameworks: dict[str, Framework],
    options: ReviewOptions | None = None,
    framework_id: str | None = None,
) -> Report:
    """Read, parse and review one file (InputError for a bad file)."""
    from mingjing.parse import parse_document
    from mingjing.read import read_document

    kind = options.kind if options else None
    return review_outline(
        parse_document(read_document(path), frameworks, framework_id, kind), frameworks, options
    )
