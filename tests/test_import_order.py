"""Imports go one way: every module of src/mingjing imports only its own stage or a stage below it
(docs/architecture.md, “Stage order”). Imports inside functions count too: a lazy import is still a
dependency."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
ARCHITECTURE = ROOT / "docs" / "architecture.md"

# Bottom first. A stage is a set of module prefixes (the longest prefix decides); stages on one
# line are peers and may not import each other. Written once here and once in docs/architecture.md.
ORDER: list[dict[str, tuple[str, ...]]] = [
    {
        "base": (
            "mingjing",
            "mingjing.errors",
            "mingjing.model",
            "mingjing.numerals",
            "mingjing.traditional",
            "mingjing.control_chars",
            "mingjing.yaml_messages",
            "mingjing.yamlnodes",
            "mingjing.localtime",
            "mingjing.external",
            "mingjing.storage",
            "mingjing.config",
            "mingjing.settings",
            "mingjing.service_log",
        )
    },
    {"read": ("mingjing.read",)},
    {"frameworks": ("mingjing.frameworks",)},
    {"parse": ("mingjing.parse",)},
    {"notice": ("mingjing.frameworks.notice", "mingjing.frameworks.importer")},
    {"rules": ("mingjing.rules",)},
    {"similarity": ("mingjing.similarity",)},
    {"criticism": ("mingjing.criticism",), "ledger": ("mingjing.ledger",)},
    {"catalogue": ("mingjing.catalogue",)},
    {"workbench": ("mingjing.workbench",)},
    {"draft": ("mingjing.draft",)},
    {"render": ("mingjing.render",)},
    {"web": ("mingjing.web",)},
    {"backup": ("mingjing.backup",)},
    {"cli": ("mingjing.cli", "mingjing.__main__")},
]

LEVEL = {stage: k for k, level in enumerate(ORDER) for stage in level}
PREFIXES = sorted(
    ((p, s) for level in ORDER for s, ps in level.items() for p in ps), key=lambda t: -len(t[0])
)


def stage_of(module: str) -> str | None:
    for prefix, stage in PREFIXES:
        if module == prefix or module.startswith(prefix + "."):
            return stage
    return None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(path: Path, name: str) -> list[tuple[int, str]]:
    """(line, module) of every import of the file of module `name`, at any depth; relative imports
    resolved. `from a import b` counts as a.b, so that `from mingjing import web` names the stage."""
    own = name.split(".")
    package = own if path.name == "__init__.py" else own[:-1]
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            out.extend((node.lineno, f"{module}.{a.name}") for a in node.names)
    return out


def modules() -> list[Path]:
    return sorted((SRC / "mingjing").rglob("*.py"))


def against_order(path: Path, name: str) -> list[str]:
    """One line per import of the file against the order: file, line and the two stages."""
    found = []
    here = stage_of(name)
    for line, target in imported(path, name):
        there = stage_of(target)
        if here is None or there is None or here == there:
            continue
        if LEVEL[there] >= LEVEL[here]:
            how = "a peer" if LEVEL[there] == LEVEL[here] else "downstream of it"
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
            found.append(f"{shown}:{line}: stage {here} imports {target} (stage {there}, {how})")
    return found


def violations() -> list[str]:
    return [v for path in modules() for v in against_order(path, module_name(path))]


def test_every_module_has_a_stage() -> None:
    assert [str(p.relative_to(ROOT)) for p in modules() if stage_of(module_name(p)) is None] == []


def test_imports_go_one_way() -> None:
    found = violations()
    assert not found, "imports against the stage order (docs/architecture.md):\n" + "\n".join(found)


def test_the_check_sees_lazy_relative_and_peer_imports(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from ..similarity import findings\nfrom mingjing.errors import InputError\n\n"
        "def f():\n    import mingjing.cli.app\n    from mingjing import ledger\n",
        encoding="utf-8",
    )
    assert imported(probe, "mingjing.rules.probe") == [
        (1, "mingjing.similarity.findings"),
        (2, "mingjing.errors.InputError"),
        (5, "mingjing.cli.app"),
        (6, "mingjing.ledger"),
    ]
    assert against_order(probe, "mingjing.rules.probe") == [
        "probe.py:1: stage rules imports mingjing.similarity.findings (stage similarity, downstream of it)",
        "probe.py:5: stage rules imports mingjing.cli.app (stage cli, downstream of it)",
        "probe.py:6: stage rules imports mingjing.ledger (stage ledger, downstream of it)",
    ]
    assert against_order(probe, "mingjing.criticism.probe") == [
        "probe.py:5: stage criticism imports mingjing.cli.app (stage cli, downstream of it)",
        "probe.py:6: stage criticism imports mingjing.ledger (stage ledger, a peer)",
    ]


def documented_order() -> list[list[str]]:
    """The stage order as docs/architecture.md writes it: the numbered lines under “Stage order”,
    each `N. stage[, stage…]: prefixes`."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("## Stage order", 1)[1].split("\n## ", 1)[0]
    levels = []
    for line in section.splitlines():
        m = re.match(r"(\d+)\. \*\*(.+?)\*\*", line)
        if m:
            levels.append([s.strip() for s in m.group(2).split(",")])
    return levels


def documented_prefixes() -> dict[str, set[str]]:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("## Stage order", 1)[1].split("\n## ", 1)[0]
    out: dict[str, set[str]] = {}
    for line in section.splitlines():
        m = re.match(r"\d+\. \*\*(.+?)\*\* — (.+)", line)
        if m:
            for stage, mods in re.findall(r"(\w+): ([^;]+)", m.group(2)):
                out[stage] = set(re.findall(r"`([\w.]+)`", mods))
    return out


def test_docs_state_the_same_order() -> None:
    assert documented_order() == [list(level) for level in ORDER]
    assert documented_prefixes() == {s: set(p) for level in ORDER for s, p in level.items()}
