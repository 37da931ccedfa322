"""Write a review next to its material (HTML or Word with comments) without overwriting anything."""

from __future__ import annotations

from pathlib import Path

from mingjing.errors import InputError
from mingjing.model import Report


def default_target(source: Path, fmt: str, what: str = "审阅") -> Path:
    return source.with_name(f"{source.stem}.{what}.{fmt}")


def output_target(target: Path, inputs: list[Path], force: bool) -> Path:
    """The file to write, refused when it is one of the inputs or exists without --force."""
    if any(target.resolve() == Path(p).resolve() for p in inputs):
        raise InputError(f"{target}：输出文件不能是原材料本身，原文件不会被覆盖")
    if target.exists() and not force:
        raise InputError(f"{target}：文件已存在；如要覆盖请加 --force")
    return target


def write_review_file(
    report: Report, source: Path, fmt: str, output: Path | None, force: bool, frameworks=None
) -> Path:
    target = output_target(output or default_target(Path(source), fmt), [source], force)
    if fmt == "html":
        from mingjing.render.review_html import render_review_html

        data = render_review_html(report, Path(source).name, frameworks).encode("utf-8")
    else:
        from mingjing.render.review_docx import review_docx_bytes

        original = Path(source).read_bytes() if report.document.source.format == "docx" else None
        data = review_docx_bytes(report, original)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as exc:
        raise InputError(f"{target}：无法写入（{exc.strerror or exc}）") from None
    return target
