"""Framework packs: the year's aspects as data (packs/*.yaml), validated at load with file and line."""

from mingjing.frameworks.loader import KINDS, Aspect, Framework, Part, load_frameworks, load_pack

__all__ = ["KINDS", "Aspect", "Framework", "Part", "load_frameworks", "load_pack"]
