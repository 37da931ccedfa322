"""mingjing (明镜): read, parse and review 对照检查材料 offline."""

# The one place the version is written (pyproject.toml reads it). Bump it with a CHANGELOG.md entry
# whenever a public contract changes (docs/contributing.md).
__version__ = "0.2.0"
