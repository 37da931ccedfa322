"""Tables a rule builds on first use (an index of phrases, a character's neighbours), kept ready to load.

A builder marked `@stored` (a function of no arguments, in place of `@lru_cache(maxsize=1)`) runs once a
process as before, but its result is also written to `data/stored/<module>.<name>.pickle` and a later
process loads that file instead of building again (a pickle's load is C code; the builders are Python
loops over word lists). The file is trusted only while the package is as it was when it was written: its
first bytes are a digest of every source file of the package (path, size, time of change; the generated
`*.table` files and this store left out), of Python's version and of the files of the third-party data
the builders read (pypinyin, rjieba, numpy). Any edit of the package, a checkout or an upgrade changes the
digest and the table is built again and written again. A file that cannot be read or written (a
read-only installation) only means the table is built in memory, as before: the findings never depend on
the store.

Built at `make install` and by `python -m mingjing.rules.tables` (after the memory-mapped tables), and by
any process that finds one missing or stale. A builder must read nothing but the package's files and
those libraries' data, and its result must be picklable. The digest is taken once a process: a script that
rewrites a source and then asks for a table built from it calls `package_digest.cache_clear()` between.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import sys
from collections.abc import Callable
from functools import cache, lru_cache, update_wrapper
from pathlib import Path
from typing import Any, TypeVar

PACKAGE = Path(__file__).resolve().parent.parent
STORE = Path(__file__).resolve().parent / "data" / "stored"
FORMAT = 1
_LIBRARIES = ("pypinyin", "rjieba", "numpy")  # third-party data the builders read

T = TypeVar("T")
BUILDERS: dict[str, Callable[[], Any]] = {}


@cache
def package_digest() -> bytes:
    """The digest a stored table must carry: every source file of the package and the libraries' files."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{FORMAT}\0{sys.version}\0{pickle.HIGHEST_PROTOCOL}\n".encode())
    for path, stat in _sources(PACKAGE):
        h.update(f"{path}\0{stat[0]}\0{stat[1]}\n".encode())
    for name in _LIBRARIES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin:
            st = os.stat(origin)
            h.update(f"{name}\0{origin}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.digest()


def _sources(root: Path) -> list[tuple[str, tuple[int, int]]]:
    """(path relative to `root`, (size, time of change)) of the files below it, without bytecode, the
    generated tables and the store."""
    found: list[tuple[str, tuple[int, int]]] = []
    folders = [root]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.name.startswith(".") or entry.name == "__pycache__":
                    continue
                if entry.is_dir():
                    if Path(entry.path) != STORE:
                        folders.append(Path(entry.path))
                elif not entry.name.endswith((".table", ".pyc", ".tmp")):
                    st = entry.stat()
                    found.append((os.path.relpath(entry.path, root), (st.st_size, st.st_mtime_ns)))
    return sorted(found)


def stored_path(name: str) -> Path:
    return STORE / f"{name}.pickle"


def _load(name: str) -> tuple[bool, Any]:
    try:
        data = stored_path(name).read_bytes()
    except OSError:
        return False, None
    digest = package_digest()
    if data[: len(digest)] != digest:
        return False, None
    try:
        return True, pickle.loads(data[len(digest) :])  # noqa: S301 - the package's own file, digest checked
    except Exception:  # a damaged file: build again
        return False, None


def write(name: str, value: Any) -> bool:
    """Write `value` as the stored table `name` (atomically); False when the store cannot be written."""
    path = stored_path(name)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        STORE.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(package_digest() + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    return True


def stored(builder: Callable[[], T]) -> Callable[[], T]:
    """`builder`'s result once a process, loaded from the store when it is current, else built and stored."""
    name = f"{builder.__module__.rpartition('.')[2]}.{builder.__name__}"
    BUILDERS[name] = builder

    def load() -> T:
        found, value = _load(name)
        if found:
            return value  # type: ignore[no-any-return]
        built = builder()
        write(name, built)
        return built

    update_wrapper(load, builder)
    return lru_cache(maxsize=1)(load)


def build_all() -> list[str]:
    """Build and write every stored table whose file is missing or stale (the rule modules imported
    first, so that every builder is known); the names written."""
    from mingjing.rules.registry import review_rules

    review_rules()
    written = []
    for name, builder in sorted(BUILDERS.items()):
        found, _ = _load(name)
        if not found and write(name, builder()):
            written.append(name)
    return written
