"""mingjing (明镜): read, parse and review 对照检查材料 offline."""

__version__ = "0.1.0"
