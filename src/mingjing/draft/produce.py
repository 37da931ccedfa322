"""Draft one author's notes, or a whole team's, into files and review them on the spot with the
project's own review (workbench.review_files: the same stages as `mingjing review`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mingjing.draft.assemble import assemble
from mingjing.draft.llm import Fallback, LlmConfig, Phraser
from mingjing.draft.material import Material
from mingjing.draft.notes import Notes, load_notes
from mingjing.errors import InputError
from mingjing.frameworks import Framework
from mingjing.model import Report
from mingjing.rules.context import ReviewOptions
from mingjing.rules.gaps import GAP


@dataclass
class Job:
    """One notes file and where its draft goes."""

    notes_path: Path
    docx: Path
    md: Path | None = None


@dataclass
class Drafted:
    job: Job
    notes: Notes
    material: Material
    report: Report | None = None
    fallbacks: list[Fallback] = field(default_factory=list)
    llm_error: str | None = None
    llm_used: int = 0

    @property
    def reviewed(self) -> Report:
        """The review of the draft, which draft_team gives every draft it returns."""
        if self.report is None:
            raise RuntimeError(f"{self.job.docx} has not been reviewed")
        return self.report


@dataclass
class TeamResult:
    drafts: list[Drafted]
    pairs: list = field(default_factory=list)  # similarity.batch.Pair for every two drafts


def check_targets(jobs: list[Job], force: bool) -> None:
    """Refuse before anything is written: an output that is a notes file, exists without --force,
    or is given twice."""
    inputs = {j.notes_path.resolve() for j in jobs}
    seen: set[Path] = set()
    for job in jobs:
        for target in (job.docx, job.md):
            if target is None:
                continue
            resolved = target.resolve()
            if resolved in inputs:
                raise InputError(f"{target}：输出文件不能是笔记文件本身，笔记不会被覆盖")
            if resolved in seen:
                raise InputError(f"{target}：两份初稿会写到同一个文件，请换个文件名")
            if target.is_dir():
                raise InputError(f"{target}：这是一个文件夹，请给出输出文件名")
            if target.exists() and not force:
                raise InputError(f"{target}：文件已存在；如要覆盖请加 --force")
            seen.add(resolved)


def _write(target: Path, data: bytes) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as exc:
        raise InputError(f"{target}：无法写入（{exc.strerror or exc}）") from None


def draft_one(job: Job, frameworks: dict[str, Framework], llm: LlmConfig | None = None) -> Drafted:
    """Notes → material → .docx (and .md) on disk; not yet reviewed."""
    from mingjing.draft.material_docx import draft_docx_bytes
    from mingjing.draft.material_md import draft_markdown

    notes = load_notes(job.notes_path, frameworks)
    fw = frameworks[notes.framework]
    phraser = Phraser(llm, notes) if llm else None
    material = assemble(notes, fw, phraser)
    _write(job.docx, draft_docx_bytes(material))
    if job.md is not None:
        _write(job.md, draft_markdown(material).encode("utf-8"))
    drafted = Drafted(job, notes, material)
    if phraser:
        drafted.fallbacks, drafted.llm_error, drafted.llm_used = (
            phraser.fallbacks,
            phraser.error,
            phraser.used,
        )
    return drafted


def draft_team(
    jobs: list[Job],
    frameworks: dict[str, Framework],
    force: bool = False,
    llm: LlmConfig | None = None,
    options: ReviewOptions | None = None,
    on_file: Callable[[int, Path], None] | None = None,
) -> TeamResult:
    """Draft every notes file, then review all drafts together (each one, and every two for 雷同)."""
    from mingjing.workbench import review_files

    for job in jobs:  # every notes file is valid before anything is written
        load_notes(job.notes_path, frameworks)
    check_targets(jobs, force)
    drafts = []
    for k, job in enumerate(jobs):
        drafts.append(draft_one(job, frameworks, llm))
        if on_file:
            on_file(k, job.notes_path)
    ids = {d.notes.framework for d in drafts}
    framework_id = ids.pop() if len(ids) == 1 else None
    batch = review_files([d.job.docx for d in drafts], frameworks, options or ReviewOptions(), framework_id)
    for d, (_, report, error) in zip(drafts, batch.rows):
        if report is None:
            raise InputError(f"{d.job.docx}：初稿写好后无法读回审阅（{error}）")
        d.report = quiet_inside_gaps(report, d.notes)
    return TeamResult(drafts, batch.pairs)


def draft_hints(d: Drafted) -> list[str]:
    """What the author should know about a draft besides its review: what the LLM did, the gaps left."""
    lines = []
    if d.llm_error:
        rest = f"LLM 改写了 {d.llm_used} 个问题，其余" if d.llm_used else "本稿未使用 LLM，"
        lines.append(f"提示：{d.llm_error}；{rest}按笔记原文拼接")
    elif d.fallbacks or d.llm_used:
        lines.append(f"LLM 改写了 {d.llm_used} 个问题")
    lines += [f"提示：{fb.message()}" for fb in d.fallbacks]
    gaps = d.material.placeholders
    if gaps:
        lines.append(f"提示：初稿中有 {gaps} 处“【待补充：……】”，请补充笔记后重新起草")
    return lines


# a part of the notes left empty, the gap that stands for it in the preamble's count, and the rule
# that would report every aspect for lacking that part (the part's own gap says it once)
_EMPTY_PARTS = (("causes", "count_causes", "A102"), ("measures", "count_measures", "A101"))


def quiet_inside_gaps(report: Report, notes: Notes | None = None) -> Report:
    """A placeholder is reported once (R110); other rules judging its wording would cry wolf, and
    so would rules judging an item that is only a heading and a gap (an aspect with no problems
    yet needs no fact, cause or measure until it has one). When the notes have no causes (or no
    measures) at all, that part's gap is the one report: not its count in the preamble again, nor
    every aspect for lacking a cause (measure)."""
    from mingjing.draft.assemble import GAPS
    from mingjing.draft.material import placeholder
    from mingjing.rules.review import settle

    text = report.document.text
    quiet_codes: set[str] = set()
    quiet_gaps: set[str] = set()
    for part, count_gap, code in _EMPTY_PARTS if notes is not None else ():
        if not getattr(notes, part):
            quiet_codes.add(code)
            quiet_gaps.add(placeholder(GAPS[count_gap]))
    if quiet_codes:
        report.findings = [
            f
            for f in report.findings
            if f.code not in quiet_codes and not (f.code == "R110" and text[f.start : f.end] in quiet_gaps)
        ]
        settle(report)
    gaps = [(m.start(), m.end()) for m in GAP.finditer(text)]
    start = 0
    for line in text.split("\n"):
        rest = GAP.sub("", line).rstrip("。")
        if rest != line.rstrip("。") and "。" not in rest:  # a heading and gaps only
            gaps.append((start, start + len(line)))
        start += len(line) + 1
    if gaps:
        report.findings = [
            f for f in report.findings if f.code == "R110" or not any(s <= f.start < e for s, e in gaps)
        ]
        settle(report)
    return report


def jobs_for(notes: list[Path], output: Path | None, md: Path | None, output_dir: Path | None) -> list[Job]:
    """Where each draft goes: --output/--md for one notes file, --output-dir (or beside each
    notes file) for several."""
    if output is not None and output.suffix.lower() != ".docx":
        raise InputError(f"{output}：初稿输出应为 .docx 文件（Markdown 请用 --md）")
    if len(notes) > 1 and (output is not None or md is not None):
        raise InputError("多份笔记时不能用 --output/--md，请用 --output-dir 指定初稿文件夹")
    if output_dir is not None and (output is not None or md is not None):
        raise InputError("--output-dir 不能与 --output/--md 同时使用")
    if output_dir is not None and output_dir.exists() and not output_dir.is_dir():
        raise InputError(f"{output_dir}：这不是文件夹")
    for path in notes:
        if not path.exists():
            raise InputError(f"{path}：文件不存在")
    if output_dir is not None:
        return [Job(p, output_dir / f"{p.stem}.docx", output_dir / f"{p.stem}.md") for p in notes]
    if len(notes) == 1:
        return [Job(notes[0], output or beside(notes[0]), md)]
    return [Job(p, beside(p), None) for p in notes]


def beside(notes: Path) -> Path:
    """The draft's default name: the notes' name as .docx (笔记-初稿.docx for a Word form)."""
    return (
        notes.with_name(f"{notes.stem}-初稿.docx")
        if notes.suffix.lower() == ".docx"
        else notes.with_suffix(".docx")
    )
