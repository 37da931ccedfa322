"""Framework packs: the year's aspects as data (packs/*.yaml), validated at load with file and line."""

from mingjing.frameworks.loader import Aspect, Framework, load_frameworks, load_pack

__all__ = ["Aspect", "Framework", "load_frameworks", "load_pack"]
