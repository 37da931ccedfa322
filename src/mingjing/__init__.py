"""mingjing (明镜): read, parse and review 对照检查材料 offline."""

# The one place the version is written (pyproject.toml reads it). Bump it with a CHANGELOG.md entry
# whenever a public contract changes (docs/contributing.md).
__version__ = "0.2.0"

# every regex the stages compile lays out its character classes once a process (regex_charsets.py)
from mingjing import regex_charsets as _regex_charsets

_regex_charsets.install()
