"""Rules: what every rule has (code, category, severity, message, why, examples) and the registry.

A rule is data where it can be (packs/*.yaml, see engines.py) and code only where it must be
(structure, coverage, correspondence, specificity …, registered with `@code_rule`). Codes are
stable: a category letter and three digits, never reused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mingjing.model import CATEGORIES, SEVERITIES, Finding

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext
    from mingjing.rules.engines import Engine

CATEGORY_LETTERS = {
    "structure": "S",
    "coverage": "C",
    "correspondence": "A",
    "specificity": "E",
    "residue": "R",
    "typo": "T",
    "formulation": "F",
    "punctuation": "P",
    "similarity": "D",
    "criticism": "K",
}
CODE_RE = re.compile(r"^[SCAERTFPDK]\d{3}$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_SPAN = re.compile(r"\[(.*?)\]")


@dataclass(frozen=True)
class RuleExample:
    """`bad` holds the error span in [ ]; `text` is the example without the brackets."""

    kind: str  # bad | good
    raw: str
    fix: str | None = None

    @property
    def text(self) -> str:
        return _SPAN.sub(r"\1", self.raw) if self.kind == "bad" else self.raw

    @property
    def span(self) -> tuple[int, int] | None:
        """The marked span in `text`, or None when the bad example marks none (e.g. a missing part)."""
        if self.kind != "bad":
            return None
        m = _SPAN.search(self.raw)
        if not m:
            return None
        start = m.start()
        return start, start + len(m.group(1))


@dataclass
class Rule:
    code: str
    rule: str
    category: str
    severity: str
    message: str  # template: {match}, {suggestion} and rule-specific fields
    why: str
    engine: str  # code | existence | substitution | pattern | formula
    examples: list[RuleExample] = field(default_factory=list)
    origin: str = ""  # the pack file or module that defines it
    check: Check | None = None
    matcher: Engine | None = None  # data rules: the engine (tests walk a substitution's swap list)

    def finding(
        self,
        text: str,
        start: int,
        end: int,
        suggestions: Iterable[str] = (),
        excerpt: str | None = None,
        **fields: object,
    ) -> Finding:
        suggestions = list(suggestions)
        match = text[start:end]
        values = {"match": match, "suggestion": suggestions[0] if suggestions else "", **fields}
        try:
            message = self.message.format(**values)
        except (KeyError, IndexError):
            message = self.message
        return Finding(
            code=self.code,
            rule=self.rule,
            category=self.category,
            severity=self.severity,
            message=message,
            start=start,
            end=end,
            excerpt=match if excerpt is None else excerpt,
            suggestions=suggestions,
        )


def validate_rule_fields(code: str, rule: str, category: str, severity: str) -> str | None:
    """What is wrong with these fields, or None."""
    if category not in CATEGORIES:
        return f"未知类别 {category}"
    if not CODE_RE.match(code) or code[0] != CATEGORY_LETTERS[category]:
        return f"规则代码 {code} 应为类别字母 {CATEGORY_LETTERS[category]} 加三位数字"
    if not SLUG_RE.match(rule):
        return f"规则名 {rule} 应为小写英文短横线形式（如 set-phrase-homophone）"
    if severity not in SEVERITIES:
        return f"严重程度 {severity} 应为 {'、'.join(SEVERITIES)} 之一"
    return None


_CODE_RULES: list[Rule] = []
Check = Callable[["ReviewContext", Rule], Iterable[Finding]]  # what a rule written in code is


def code_rule(
    code: str,
    rule: str,
    category: str,
    severity: str,
    message: str,
    why: str,
    bad: list[str],
    good: list[str],
) -> Callable[[Check], Check]:
    """Register a rule written in code; `bad` materials must trigger it, `good` ones must not."""
    problem = validate_rule_fields(code, rule, category, severity)
    if problem:
        raise ValueError(f"{code}: {problem}")
    if not bad or not good:
        raise ValueError(f"{code}: a rule needs bad and good examples")

    def register(fn: Check) -> Check:
        _CODE_RULES.append(
            Rule(
                code=code,
                rule=rule,
                category=category,
                severity=severity,
                message=message,
                why=why,
                engine="code",
                examples=[RuleExample("bad", b) for b in bad] + [RuleExample("good", g) for g in good],
                origin=fn.__module__,
                check=fn,
            )
        )
        return fn

    return register


# guards of data rules written in code (r25): a data rule's hit at text[start:end] that its guard calls no slip is
# dropped where its hits are read (ReviewContext.data_hits), so its check and the rules built on it agree; a guard
# reads what a pattern cannot (the word a hit's characters begin, by the dictionary's word classes)
DataGuard = Callable[[str, int, int], bool]
_DATA_GUARDS: dict[str, DataGuard] = {}
_GUARDS_READ: list[bool] = []  # filled once the code rules' modules are imported


def data_guard(code: str) -> Callable[[DataGuard], DataGuard]:
    """Register `fn(text, start, end)`, true when the data rule `code`'s hit there is no slip."""

    def register(fn: DataGuard) -> DataGuard:
        _DATA_GUARDS[code] = fn
        return fn

    return register


def data_guard_of(code: str) -> DataGuard | None:
    """The guard registered for a data rule (the code rules' modules are imported by `code_rules`)."""
    if not _GUARDS_READ:
        code_rules()
        _GUARDS_READ.append(True)
    return _DATA_GUARDS.get(code)


def code_rules() -> list[Rule]:
    from mingjing.rules import (  # noqa: F401  # noqa: F401  (issue 14)  # noqa: F401  (issue 12)
        action_order,
        adverb_look_alikes,
        announced_counts,
        author_claims,
        author_posts,
        bare_you,
        bixu_verbal,
        body_fit,
        both_versions,
        campaign_names,
        campaign_typos,
        campaign_wordings,
        campaign_years,
        channel_slips,
        classic_slips,
        clientele,
        comma_lists,
        company_organs,
        context_twins,
        copy_traces,
        correspondence,
        counted_lists,
        counted_members,
        coverage,
        cut_copy,
        dated_facts,
        de_adverbial,
        de_before_object,
        de_complement,
        deadlines,
        decimal_marks,
        di_before_noun,
        doubled_chars,
        doubled_singles,
        edit_doubles,
        edit_leftovers,
        edit_repeats,
        edit_slips,
        edit_traces,
        event_dates,
        failclosed,
        formulation_code,
        formulation_insert,
        formulation_order,
        formulation_sayings,
        formulation_series,
        formulation_slip,
        formulation_word,
        forum_noise,
        four_character_slips,
        four_forms,
        free_char_twins,
        genre_word_slips,
        glyph_slips,
        grammar_de,
        heading_endings,
        headless_objects,
        hexagonal_brackets,
        homophone_pairs,
        identity_profile,
        idiom_blends,
        idiom_one_off,
        idiom_senses,
        idiom_slips,
        idiom_sound_slips,
        junk_symbols,
        kept_adverbials,
        kept_versions,
        list_marks,
        listed_misspellings,
        lone_traditional,
        long_term_slips,
        long_word_slips,
        mark_forms,
        mark_misuse,
        marks_by_standard,
        masks_in_words,
        mate_variants,
        material_kind,
        measure_adjectives,
        meeting_years,
        missing_marks,
        misspellings,
        name_slips,
        named_series,
        near_twin,
        near_words,
        negation_gaps,
        number_forms,
        number_ranges,
        number_signs,
        number_spaces,
        ocr_signs,
        old_names,
        opening_facts,
        organ_kinds,
        other_year_aspects,
        own_facts,
        own_history,
        own_name_twins,
        own_phrases,
        own_place,
        own_trade_names,
        own_twins,
        own_unit_frames,
        own_word_slips,
        own_words,
        own_words_once,
        pack_wording,
        paragraph_breaks,
        parent_body,
        part_sums,
        party_life_names,
        phrase_gaps,
        phrase_homophones,
        phrase_slips,
        plan_periods,
        point_numbers,
        post_holders,
        post_ranks,
        preposition_slips,
        pronouns,
        proportions,
        punctuation_code,
        purpose_fragment,
        quote_levels,
        quote_note_marks,
        rare_glyphs,
        rare_near_words,
        rate_counts,
        real_word,
        real_word_twins,
        repeated_figures,
        repeated_words,
        residue_code,
        roman_numerals,
        run_in_heading,
        saying_tails,
        saying_zuo_swaps,
        scan_lookalikes,
        scan_slips,
        scope_words,
        sector_terms,
        sentence_marks,
        series_marks,
        series_member_length,
        series_member_slip,
        session_dates,
        sibling_units,
        slogan_joins,
        sound_slips,
        specificity,
        split_marks,
        spun_synonyms,
        start_frames,
        status_dates,
        stop_and_number_marks,
        stray_dunhao,
        stray_space,
        stripped_dates,
        structure,
        student_claims,
        superior_organs,
        swapped_words,
        team_as_one,
        template_fields,
        textbook_pairs,
        title_gaps,
        title_near,
        trade_term_slips,
        typo_code,
        unit_gaps,
        unit_identity,
        unit_self_words,
        verb_de,
        verb_objects,
        voice_lines,
        voice_traces,
        word_slips,
        year_facts,
        zone_kinds,
    )

    return list(_CODE_RULES)
