"""What a rule sees: the outline, the framework packs and the user's options — and what several
rules share, worked out once per review: the document's segmentation (`words`), its n-grams of
Chinese characters (`ngrams`), a data rule's hits (`data_hits`) and the `cache`."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from mingjing.frameworks import Framework
from mingjing.model import Item, Outline, Section
from mingjing.parse.merged_items import measure_turn
from mingjing.parse.sections import ANSWERS, answers, headings_kind, is_merged, is_problem_ref
from mingjing.rules.gaps import has_own_text
from mingjing.rules.grams import document_ngram_starts, document_ngrams
from mingjing.rules.segmentation import Segmentation, two_character_places, whole_token_runs

if TYPE_CHECKING:
    from mingjing.rules.base import Rule
    from mingjing.rules.engines import Hit
    from mingjing.rules.library_model import LibraryModel


@dataclass
class ReviewOptions:
    select: list[str] = field(default_factory=list)  # code prefixes or category names; empty: all
    ignore: list[str] = field(default_factory=list)
    allow_words: list[str] = field(default_factory=list)  # a unit's own names and terms: never flagged
    kind: str | None = None  # --kind: the material's kind (个人/班子/支部/党员) instead of detection
    language_model: LibraryModel | None = None  # the --corpus library's n-grams (T110's extra evidence)


@dataclass
class ReviewContext:
    """One review's view of the material. A rule that needs words calls `ctx.words(start, end)`
    (rjieba's segmentation of that span, with `hmm=False` for the dictionary's words only) instead of
    cutting the text itself: the whole document is segmented once per mode and every span is read
    from it (docs/architecture.md, Review speed). Part-of-speech tags of a clause come from
    `rules.postag.tag`, which keeps each clause's tags."""

    outline: Outline
    frameworks: dict[str, Framework]
    options: ReviewOptions = field(default_factory=ReviewOptions)
    cache: dict[object, Any] = field(
        default_factory=dict
    )  # results several rules share (computed once per review)

    @cached_property
    def text(self) -> str:
        # asked some 2,000 times a review: read once, then from the instance (the outline is not replaced)
        return self.outline.document.text

    @cached_property
    def framework(self) -> Framework | None:
        ref = self.outline.framework
        return self.frameworks.get(ref.id) if ref else None

    def words(self, start: int = 0, end: int | None = None, hmm: bool = True) -> list[str]:
        """rjieba's words of text[start:end], exactly as `rjieba.cut(text[start:end], hmm)` gives
        them, read from one segmentation of the whole document (rules/segmentation.py)."""
        return self._segmentation(hmm).words(start, end)

    def word_starts(self, hmm: bool = True) -> list[int]:
        """The offset of each word of `words(hmm=hmm)` (the whole document's), read from the same
        segmentation: rules that place its words need not add up their lengths again."""
        segmentation = self._segmentation(hmm)
        if segmentation.starts or not self.text:
            return segmentation.starts
        return list(accumulate(map(len, self.words(hmm=hmm)), initial=0))[:-1]

    def _segmentation(self, hmm: bool) -> Segmentation:
        key = ("segmentation", hmm)
        if key not in self.cache:
            self.cache[key] = Segmentation(self.text, hmm)
            other = ("segmentation", not hmm)
            if not self.options.select and other not in self.cache:
                # every rule runs, and T139 reads the dictionary's words as A101 reads both: the other
                # mode cut right after, with the segmenter's tables still in the CPU's caches, costs a
                # third less than when its first reader asks for it
                self.cache[other] = Segmentation(self.text, not hmm)
        segmentation: Segmentation = self.cache[key]
        return segmentation

    def two_character_words(self) -> dict[str, list[int]]:
        """Each two-character word of the document's segmentation (`words()`) → its token indices,
        in the order first met (`segmentation.two_character_places`), worked out once per review."""
        key = "two-character words"
        if key not in self.cache:
            self.cache[key] = two_character_places(self.words())
        places: dict[str, list[int]] = self.cache[key]
        return places

    def word_counts(self) -> Counter[str]:
        """How often the document's segmentation (`words()`) writes each word, in the order first met,
        counted once per review (T136 and T161 read their vocabularies from the distinct words)."""
        key = "word counts"
        if key not in self.cache:
            self.cache[key] = Counter(self.words())
        counts: Counter[str] = self.cache[key]
        return counts

    def whole_token_runs(self, n: int) -> tuple[list[int], list[str]]:
        """Where the runs of n Chinese characters made of whole words of `words()` begin, and the runs
        (`segmentation.whole_token_runs`: the document's n-grams whose both edges are cuts), once per
        review."""
        key = ("whole-token runs", n)
        if key not in self.cache:
            self.cache[key] = whole_token_runs(self.text, self.words(), n)
        runs: tuple[list[int], list[str]] = self.cache[key]
        return runs

    def ngrams(self, n: int) -> list[str]:
        """The document's overlapping runs of n Chinese characters, left to right (rules/grams.py)."""
        key = ("ngrams", n)
        if key not in self.cache:
            self.cache[key] = document_ngrams(self.text, n)
        grams: list[str] = self.cache[key]
        return grams

    def span_ngrams(self, n: int, start: int, end: int) -> list[str]:
        """`cjk_ngrams(text[start:end], n)` read from the document's n-grams, no scan: those that begin
        at `start` or later and end by `end` (every run of n Chinese characters in the span is one of
        the document's, at the same place)."""
        starts = document_ngram_starts(self.text, n)
        return self.ngrams(n)[bisect_left(starts, start) : bisect_left(starts, end - n + 1)]

    def data_hits(self, rule: Rule) -> list[Hit]:
        """Where a data rule's engine matches the document's text, found once per review: the rule's
        own check and rules that build on it (T304 leaves the curated 的/得 patterns' places alone)
        share them."""
        key = ("data-hits", rule.code)
        if key not in self.cache:
            from mingjing.rules.base import data_guard_of

            guard = data_guard_of(rule.code)
            found = [] if rule.matcher is None else list(rule.matcher.find(self.text))
            if guard is not None:
                found = [h for h in found if not guard(self.text, h.start, h.end)]
            self.cache[key] = found
        hits: list[Hit] = self.cache[key]
        return hits

    def sections(self, kind: str) -> list[Section]:
        return [s for s in self.outline.sections if s.kind == kind]

    def answering(self, kind: str) -> list[Section]:
        """The parts that answer for `kind`: its own, and a merged `原因及整改措施` part for causes
        and measures alike (it is there, S104; which of its words answer: `answer_spans`)."""
        return [s for s in self.outline.sections if answers(kind, s.kind, s.heading)]

    def answer_spans(self, kind: str, headings: bool = True) -> list[tuple[int, int]]:
        """Where the text that answers for `kind` (causes or measures) is: a part that answers for it
        (`answering`) whole, but a merged `原因及整改措施` part by halves (`_merged_pieces`). With
        `headings` False a part's own heading is left out."""
        spans: list[tuple[int, int]] = []
        for s in self.answering(kind):
            start = s.start if headings else s.heading_end
            if _is_merged(s):
                spans += [span for piece in self._merged_pieces(s, kind, start) for span in piece]
            else:
                spans.append((start, s.end))
        return spans

    def item_spans(self, kind: str) -> list[list[tuple[int, int]]]:
        """Each item that answers for `kind`, as the spans of its text that do: an item of a part of
        that kind whole, an item of a merged part by its half (`_merged_pieces`)."""
        out: list[list[tuple[int, int]]] = []
        for s in self.outline.sections:
            if _is_merged(s):
                out += [piece for piece in self._merged_pieces(s, kind, s.start)[1:] if piece]
            elif s.kind == kind:
                out += [[(i.start, i.end)] for i in s.items]
        return out

    def _merged_pieces(self, s: Section, kind: str, start: int) -> list[list[tuple[int, int]]]:
        """A merged part's text before its first item (from `start`), then each item, as the spans
        that answer for `kind`: each is cut where it turns from the cause it states to what will be
        done (parse/merged_items.py), the cause half answering for causes, the measure half for
        measures; an item's heading, and a text that cannot be cut, count for the kind the parser
        gave the part — by its items' headings (`headings_kind`: a cause heading over a measure ties to
        the causes, though the part is measures) — but a heading that names the problem answered
        (关于…的问题) for both."""
        own = (self._headings_kind(s) if s.items else s.kind) == kind
        pieces: list[list[tuple[int, int]]] = []
        texts: list[tuple[int, int, Item | None]] = [
            (start, s.items[0].heading_start if s.items else s.end, None)
        ]
        texts += [(i.heading_end, i.end, i) for i in s.items]
        for a, b, item in texts:
            ties = item is not None and (own or is_problem_ref(item.heading))  # 关于…的问题: both answer it
            piece = [(item.heading_start, item.heading_end)] if item and ties else []
            turn = measure_turn(self.text[a:b])
            if turn is None:
                piece += [(a, b)] if own else []
            else:
                piece.append((a + turn, b) if kind == "measures" else (a, a + turn))
            pieces.append([(x, y) for x, y in piece if y > x])
        return pieces

    def _headings_kind(self, s: Section) -> str:
        """The kind a merged part's item headings name (parse/sections.py `headings_kind`)."""
        key = ("merged-headings-kind", s.start)
        if key not in self.cache:
            bodies = [self.text[i.heading_end : i.end] for i in s.items]
            self.cache[key] = headings_kind([i.heading for i in s.items], bodies)
        kind: str = self.cache[key]
        return kind

    def items(self, kind: str) -> list[Item]:
        return [i for s in self.sections(kind) for i in s.items]

    def said_items(self) -> list[Item]:
        """The problem items that say something besides a draft's gaps and their aspect's name
        (`gaps.has_own_text`: a gap item is no problem found), found once per review for the rules
        and the counts that weigh items. Callers must not change the list."""
        if "said-items" not in self.cache:
            problems = self.items("problems")
            self.cache["said-items"] = [i for i in problems if has_own_text(self.text, i, self.framework)]
        said: list[Item] = self.cache["said-items"]
        return said

    def body(self, item: Item) -> str:
        """An item's text after its heading."""
        return self.text[item.heading_end : item.end]

    def heading_anchor(self, kind: str | None = None) -> tuple[int, int]:
        """Where a finding about something missing points: the heading of the place it belongs,
        else the title, else the first paragraph."""
        if kind:
            for s in self.sections(kind):
                return s.heading_start, s.heading_end
        o = self.outline
        if o.title:
            return o.title_start, o.title_end
        paragraphs = o.document.paragraphs
        return (paragraphs[0].start, paragraphs[0].end) if paragraphs else (0, 0)


def _is_merged(s: Section) -> bool:
    """A part of causes or measures whose heading names both (原因剖析及整改措施)."""
    return s.kind in ANSWERS and is_merged(s.heading)
