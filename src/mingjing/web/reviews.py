"""The web app's calls into the pipeline: review an upload (workbench.review_files), the HTML
report and the Word copy with comments of a stored draft, similarity among a team's latest
drafts (similarity.clusters), two drafts side by side. No rule, parsing or scoring logic here."""

from __future__ import annotations

import json
import threading
from collections import Counter, OrderedDict
from pathlib import Path

from mingjing.errors import InputError
from mingjing.model import CATEGORIES, Report
from mingjing.render.review_json import render_review_json
from mingjing.rules.context import ReviewOptions
from mingjing.web.uploads import FileKeeper


class Reviews:
    def __init__(
        self,
        keeper: FileKeeper,
        frameworks: dict,
        options: ReviewOptions | None = None,
        library: str | Path | None = None,
    ):
        self.keeper = keeper
        self.frameworks = frameworks
        self.options = options or ReviewOptions()
        self.library = (
            Path(library) if library else None
        )  # the organisation's template library (web.library.db)
        self.rendered = keeper.folder / "rendered"
        self.rendered.mkdir(exist_ok=True)
        self._pairs: OrderedDict[tuple, dict] = OrderedDict()
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Load the rules, word lists and models once, so the first upload does not pay for it."""
        from mingjing.parse import parse_document
        from mingjing.read import read_bytes
        from mingjing.rules.review import review_outline

        text = "关于2023年度民主生活会的对照检查材料\n一、存在的问题\n（一）在理论学习方面。学习不够深入。\n二、原因分析\n（一）理论学习不够。\n三、整改措施\n（一）加强学习。"
        review_outline(
            parse_document(read_bytes(text.encode("utf-8"), "warm.txt", ".txt"), self.frameworks),
            self.frameworks,
            self.options,
        )

    def library_path(self) -> str | None:
        """The library's file when there is one (it is made by the first addition on the admin page)."""
        return str(self.library) if self.library and self.library.exists() else None

    def _report(
        self, stored_name: str, original_name: str, framework_id: str | None, matches: list | None = None
    ) -> Report:
        from mingjing.workbench import review_files

        corpus = self.library_path()
        result = review_files(
            [self.keeper.path(stored_name)],
            self.frameworks,
            self.options,
            framework_id,
            corpus=Path(corpus) if corpus else None,
        )
        _, report, error = result.rows[0]
        if report is None:
            raise InputError(
                error.replace(stored_name, original_name) if error else f"{original_name}：无法审阅"
            )
        report.document.source.path = original_name  # never show the server's file name
        if matches is not None:
            matches.extend(result.matches)
        return report

    def review(self, stored_name: str, original_name: str, framework_id: str | None) -> dict:
        """Review a stored upload: the columns a draft keeps (verdict, score, text, review JSON). The
        review JSON also keeps the library sources it copies from (`library_matches`), each passage
        with the source's own text, for the side-by-side view."""
        matches: list[dict] = []
        report = self._report(stored_name, original_name, framework_id, matches)
        self._write_html(stored_name, original_name, report)
        review = json.loads(render_review_json([report]))
        review["library_matches"] = self._with_source_text(matches)
        return {
            "verdict": report.verdict,
            "score": report.score,
            "text": report.document.text,
            "review_json": json.dumps(review, ensure_ascii=False),
        }

    def _with_source_text(self, matches: list[dict]) -> list[dict]:
        if not matches:
            return []
        from mingjing.similarity.index import Library

        assert self.library is not None  # matches come from the library
        library = Library(self.library)
        try:
            out = []
            for m in matches:
                m = {k: v for k, v in m.items() if k != "file"}
                m["passages"] = [
                    {
                        **p,
                        "source_text": library.source_excerpt(
                            m["source_id"], p["source_start"], p["source_end"]
                        ),
                    }
                    for p in m["passages"]
                ]
                out.append(m)
            return out
        finally:
            library.close()

    def _write_html(self, stored_name: str, original_name: str, report: Report) -> bytes:
        from mingjing.render.review_html import render_review_html

        data = render_review_html(report, original_name, self.frameworks).encode("utf-8")
        (self.rendered / f"{stored_name}.html").write_bytes(data)
        return data

    def report_html(self, draft: dict, framework_id: str | None) -> bytes:
        """The same HTML report as `mingjing review --format html` (kept from the upload)."""
        cached = self.rendered / f"{draft['stored_name']}.html"
        if cached.exists():
            return cached.read_bytes()
        report = self._report(draft["stored_name"], draft["original_name"], framework_id)
        return self._write_html(draft["stored_name"], draft["original_name"], report)

    def report_docx(self, draft: dict, framework_id: str | None) -> bytes:
        """The material as Word with one comment (批注) per finding (render.review_docx)."""
        cached = self.rendered / f"{draft['stored_name']}.docx"
        if cached.exists():
            return cached.read_bytes()
        from mingjing.render.review_docx import review_docx_bytes

        report = self._report(draft["stored_name"], draft["original_name"], framework_id)
        original = (
            self.keeper.path(draft["stored_name"]).read_bytes()
            if report.document.source.format == "docx"
            else None
        )
        data = review_docx_bytes(report, original)
        cached.write_bytes(data)
        return data

    def team(self, drafts: dict[int, dict]) -> dict:
        """Similarity among a team's latest drafts {material id: draft}, through the same function as
        `mingjing review` of several files (similarity.clusters.analyse_team): {"pairs": {(id a, id b):
        Pair, both orders}, "clusters": [[(material id, similarity.clusters.Member), …], …]}.
        Pages call `warm_team` first, so that this is computed in a worker process, not here."""
        key = tuple(sorted(d["id"] for d in drafts.values()))
        with self._lock:
            if key in self._pairs:
                self._pairs.move_to_end(key)
                return self._pairs[key]
        return self._keep(key, team_similarity(drafts))

    async def warm_team(self, workers, drafts: dict[int, dict]) -> None:
        """Compute the team's similarity in the bounded worker pool unless it is known already."""
        if len(drafts) < 2:
            return
        key = tuple(sorted(d["id"] for d in drafts.values()))
        with self._lock:
            if key in self._pairs:
                return
        self._keep(key, await workers.run(team_similarity, drafts, what="雷同比对"))

    def _keep(self, key: tuple, out: dict) -> dict:
        with self._lock:
            self._pairs[key] = out
            while len(self._pairs) > 256:  # a county's rounds (50+) stay warm for the summaries
                self._pairs.popitem(last=False)
        return out


def team_similarity(drafts: dict[int, dict]) -> dict:
    """What `Reviews.team` returns, computed from the drafts' texts (runs in a worker process)."""
    from mingjing.similarity.clusters import analyse_team

    items = [(str(mid), document_of(d)) for mid, d in sorted(drafts.items())]
    team = analyse_team(items)
    pairs: dict[tuple[int, int], object] = {}
    for pair in team.pairs:
        a, b = int(pair.a), int(pair.b)
        pairs[(a, b)] = pair
        pairs[(b, a)] = pair
    return {"pairs": pairs, "clusters": [[(int(m.name), m) for m in c.members] for c in team.clusters]}


def compare_html(draft_a: dict, name_a: str, draft_b: dict, name_b: str) -> str:
    """Two drafts side by side with their shared passages (render.compare_html; runs in a worker)."""
    from mingjing.render.compare_html import render_compare_html
    from mingjing.similarity.batch import Pair, compare_batch

    a, b = document_of(draft_a), document_of(draft_b)
    pairs = compare_batch([(name_a, a), (name_b, b)]) or [Pair(name_a, name_b, 0.0, [])]
    return render_compare_html(pairs[0], a, b)


def document_of(draft: dict):
    """The Document of a stored draft, from the text its review read (same offsets)."""
    from mingjing.read import read_bytes

    return read_bytes(draft["text"].encode("utf-8"), draft["original_name"], ".txt")


def review_of(draft: dict) -> dict:
    """The stored `mingjing.review/1` report of a draft."""
    return json.loads(draft["review_json"])["reports"][0]


def category_counts(draft: dict) -> dict[str, int]:
    """Findings per category (errors and warnings; hints are left out of the matrix)."""
    counts = Counter(f["category"] for f in review_of(draft)["findings"] if f["severity"] != "info")
    return {c: counts.get(c, 0) for c in CATEGORIES}


def findings_delta(old: dict, new: dict) -> dict[str, list[dict]]:
    """Findings of the previous draft that are gone, and those that are new (by code and excerpt)."""

    def key(f: dict) -> tuple:
        return f["code"], f["excerpt"]

    before = {key(f): f for f in review_of(old)["findings"]}
    after = {key(f): f for f in review_of(new)["findings"]}
    return {
        "fixed": [f for k, f in before.items() if k not in after],
        "new": [f for k, f in after.items() if k not in before],
    }
