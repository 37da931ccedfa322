"""Run the README's tour and compare what each command prints with what the README shows.

    python scripts/readme_tour.py            # check: exit 1 with a diff per command that differs
    python scripts/readme_tour.py --write    # rewrite the README's tour blocks from the real output

The tour is every ```console block of README.md. In it a line starting with `$ ` is a command
(run by bash, so globs, `&&` and `# comments` work; `mingjing` is this checkout's CLI, run with the
Python running this script) and the lines up to the next command are its output, stdout and stderr
together in the order written. A line that is only `…` stands for any number of lines (0 or more), so
the README can show the part of an output that matters; `--write` keeps those cuts where they were
(each shown run of lines is re-taken from the real output at the place it matches best) — read the
diff before committing it.

Every command runs in one temporary folder holding copies of `examples/` and `tests/fixtures/` (so
paths in the README are the repository's, and nothing is written into the checkout), in the order of
the README, so a later block sees what an earlier one wrote. A file written anywhere but under `out/`
(the folder .gitignore ignores) is reported as a difference too: run by hand from the repository's
root, the tour leaves nothing beside the examples. The environment is fixed: COLUMNS=100
(a command may set its own, `$ COLUMNS=140 mingjing …`), TZ=Asia/Shanghai, no colour, unbuffered.

What is not deterministic is normalised on both sides before comparing (the README keeps the real
text): date-times (`2026-11-26 17:04` → `<时间>`), one-time passwords (`一次性密码：…`), durations
after 用时/耗时, the temporary folder's path, and trailing blanks of a line. Nothing else is.

A block that shows commands which cannot run here (a server, a browser) is not a console block and
carries the visible marker line `# (not run by the tour: <reason>)`; `--list` prints them.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
COPIED = ("examples", "tests/fixtures")
NOT_RUN = "# (not run by the tour:"
ELLIPSIS = "…"
REFRESH = "python scripts/readme_tour.py --write"
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.S | re.M)
NORMALISE = (
    (re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"), "<时间>"),
    (re.compile(r"一次性密码：\S+"), "一次性密码：<密码>"),
    (re.compile(r"((?:用时|耗时)\s*)[\d.]+\s*(?:ms|s|秒|毫秒)"), r"\1<用时>"),
)


@dataclass
class Command:
    line: str  # as written after "$ "
    expected: list[str] = field(default_factory=list)
    actual: list[str] | None = None


@dataclass
class Block:
    start: int  # character offsets of the block's body in the README
    end: int
    commands: list[Command]


def tour_blocks(text: str) -> list[Block]:
    """The console blocks of the README, each split into its commands and their shown output."""
    blocks = []
    for m in FENCE.finditer(text):
        if m.group(1) != "console":
            continue
        commands: list[Command] = []
        for line in m.group(2).split("\n")[:-1]:
            if line.startswith("$ "):
                commands.append(Command(line[2:]))
            elif commands:
                commands[-1].expected.append(line)
            else:
                raise SystemExit(f"README.md：console 块的第一行应是命令（$ …）：{line}")
        blocks.append(Block(m.start(2), m.end(2), commands))
    return blocks


def marked_blocks(text: str) -> list[tuple[int, str]]:
    """Other blocks that show `$ mingjing` commands: (line number, marker or '') for each."""
    found = []
    for m in FENCE.finditer(text):
        body = m.group(2)
        if m.group(1) == "console" or not re.search(r"^\$ mingjing", body, re.M):
            continue
        first = body.split("\n", 1)[0]
        found.append((text.count("\n", 0, m.start()) + 1, first if first.startswith(NOT_RUN) else ""))
    return found


def normalise(lines: list[str], folder: str = "") -> list[str]:
    out = []
    for line in lines:
        if folder:
            line = line.replace(folder + os.sep, "").replace(folder, ".")
        for pattern, replacement in NORMALISE:
            line = pattern.sub(replacement, line)
        out.append(line.rstrip())
    while out and not out[-1]:
        out.pop()
    return out


def _pattern(expected: list[str]) -> re.Pattern[str]:
    parts = []
    for line in expected:
        parts.append(r"(?:[^\n]*\n)*?" if line.strip() == ELLIPSIS else re.escape(line) + r"\n")
    return re.compile("".join(parts))


def matches(expected: list[str], actual: list[str]) -> bool:
    """Does the shown output (with `…` cuts) match the real one? Both already normalised."""
    return _pattern(expected).fullmatch("".join(line + "\n" for line in actual)) is not None


def refreshed(expected: list[str], actual: list[str], shown_actual: list[str]) -> list[str]:
    """The README's lines for a command from its real output, keeping the README's `…` cuts.

    `expected` and `actual` are normalised (for aligning); the lines written are `shown_actual`'s.
    Each run of shown lines is replaced by the real lines it aligns with (difflib).
    """
    if not any(line.strip() == ELLIPSIS for line in expected):
        return shown_actual
    literal = [k for k, line in enumerate(expected) if line.strip() != ELLIPSIS]
    mapped: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, [expected[k] for k in literal], actual, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i in range(i1, i2):
                mapped[literal[i]] = j1 + i - i1
        elif tag == "replace":  # each changed line goes with the most similar real line after the last one
            cursor = j1
            for i in range(i1, i2):
                if cursor >= j2:
                    break
                line = expected[literal[i]]
                best = max(
                    range(cursor, j2),
                    key=lambda j: difflib.SequenceMatcher(None, line, actual[j], autojunk=False).ratio(),
                )
                mapped[literal[i]] = best
                cursor = best + 1
    runs: list[list[int]] = [[]]
    for k, line in enumerate(expected):
        if line.strip() == ELLIPSIS:
            runs.append([])
        else:
            runs[-1].append(k)
    out: list[str] = []
    done = 0  # real lines used so far
    for r, run in enumerate(runs):
        if r:
            out.append(ELLIPSIS)
        places = [mapped[k] for k in run if k in mapped and mapped[k] >= done]
        if not places:
            continue
        first = 0 if r == 0 else min(places)
        last = len(actual) - 1 if r == len(runs) - 1 else max(places)
        out += shown_actual[first : last + 1]
        done = last + 1
    collapsed: list[str] = []
    for line in out:
        if not (line == ELLIPSIS and collapsed and collapsed[-1] == ELLIPSIS):
            collapsed.append(line)
    return collapsed


def _launcher(folder: Path) -> Path:
    bin_dir = folder / ".bin"
    bin_dir.mkdir()
    launcher = bin_dir / "mingjing"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m mingjing "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)
    return bin_dir


def run_tour(blocks: list[Block], only: str | None = None) -> str:
    """Run every command (in order, in one temporary folder); fills `actual`. Returns the folder."""
    folder = Path(tempfile.mkdtemp(prefix="mingjing-tour-"))
    for name in COPIED:
        shutil.copytree(ROOT / name, folder / name)
    env = {
        **os.environ,
        "COLUMNS": "100",
        "TZ": "Asia/Shanghai",
        "NO_COLOR": "1",
        "TERM": "dumb",
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": os.pathsep.join(p for p in [str(ROOT / "src"), os.environ.get("PYTHONPATH", "")] if p),
    }
    env["PATH"] = f"{_launcher(folder)}{os.pathsep}{env.get('PATH', '')}"
    env.pop("LINES", None)
    for block in blocks:
        for command in block.commands:
            if only and only not in command.line:
                continue
            done = subprocess.run(
                ["bash", "-c", command.line],
                cwd=folder,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=600,
            )
            command.actual = done.stdout.split("\n")
    return str(folder)


def stray_files(folder: str) -> list[str]:
    """Files the tour wrote outside `out/` (the tour's outputs belong in the ignored folder)."""
    base = Path(folder)
    copied = {p.relative_to(ROOT) for name in COPIED for p in (ROOT / name).rglob("*")}
    return sorted(
        str(rel)
        for p in base.rglob("*")
        if not p.is_dir()
        and (rel := p.relative_to(base)).parts[0] not in ("out", ".bin")
        and rel not in copied
    )


def check(text: str, only: str | None = None) -> tuple[list[str], list[Block], str]:
    """Differences between the README and the real output (empty when the tour is current)."""
    blocks = tour_blocks(text)
    folder = run_tour(blocks, only)
    problems = [f"written outside out/: {name}" for name in stray_files(folder)]
    for block in blocks:
        for command in block.commands:
            if command.actual is None:
                continue
            expected, actual = normalise(command.expected), normalise(command.actual, folder)
            if not matches(expected, actual):
                proposed = refreshed(expected, actual, actual)
                diff = difflib.unified_diff(
                    command.expected, proposed, "README.md", "real output", lineterm="", n=2
                )
                problems.append(f"$ {command.line}\n" + "\n".join(diff))
    return problems, blocks, folder


def write(text: str, blocks: list[Block], folder: str) -> str:
    """The README with every tour block rewritten from the real output."""
    pieces, at = [], 0
    for block in blocks:
        body = []
        for command in block.commands:
            body.append(f"$ {command.line}")
            if command.actual is None:
                body += command.expected
                continue
            shown = [line.rstrip() for line in command.actual]
            shown = [line.replace(folder + os.sep, "").replace(folder, ".") for line in shown]
            while shown and not shown[-1]:
                shown.pop()
            body += refreshed(normalise(command.expected), normalise(command.actual, folder), shown)
        pieces += [text[at : block.start], "\n".join(body) + "\n"]
        at = block.end
    return "".join(pieces) + text[at:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--write", action="store_true", help="rewrite the README's tour blocks from the real output"
    )
    parser.add_argument(
        "--only", help="run only the commands containing this text (the others are not checked)"
    )
    parser.add_argument(
        "--list", action="store_true", help="list the commands of the tour and the blocks not run"
    )
    parser.add_argument("--readme", type=Path, default=README)
    args = parser.parse_args(argv)
    if args.write and args.only:
        parser.error("--write runs the whole tour (later commands depend on earlier ones); leave out --only")
    text = args.readme.read_text(encoding="utf-8")
    if args.list:
        for block in tour_blocks(text):
            for command in block.commands:
                print(f"$ {command.line}")
        for line, marker in marked_blocks(text):
            print(
                f"README.md:{line}: {marker or 'NOT MARKED (neither a console block nor marked as not run)'}"
            )
        return 0
    problems, blocks, folder = check(text, args.only)
    try:
        if args.write:
            args.readme.write_text(write(text, blocks, folder), encoding="utf-8")
            print(f"{args.readme}: {len(problems)} command(s) rewritten from the real output")
            return 0
        for problem in problems:
            print(problem + "\n")
        count = sum(len(b.commands) for b in blocks)
        if problems:
            print(f"{len(problems)} of {count} tour commands differ from README.md; refresh with: {REFRESH}")
            return 1
        print(f"README tour: {count} commands, output as shown")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
