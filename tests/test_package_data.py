"""Every data file under src/mingjing is named by pyproject's package-data, so an installed mingjing
(a wheel, the offline bundle) holds it: a lexicon added without its pattern used to break only the
installed copy (misspellings_generated.tsv, criticism.yaml)."""

from __future__ import annotations

import fnmatch
import tomllib

from conftest import ROOT


def test_every_data_file_of_the_package_is_packaged() -> None:
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["mingjing"]
    package = ROOT / "src" / "mingjing"
    data = [
        str(p.relative_to(package))
        for p in package.rglob("*")
        if p.is_file()
        and p.suffix not in {".py", ".pyc"}
        and "__pycache__" not in p.parts
        # the rules' stored tables (rules/stored.py) are made where the package is installed, behind a
        # digest of its installed files: a wheel's copies would never be read
        and not p.is_relative_to(package / "rules" / "data" / "stored")
    ]
    assert data, "no data files found: the walk itself is broken"
    missing = [d for d in data if not any(fnmatch.fnmatch(d, pat) for pat in patterns)]
    assert not missing, f"add these to [tool.setuptools.package-data] in pyproject.toml: {missing}"
