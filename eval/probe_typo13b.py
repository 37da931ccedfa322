"""typo13b's probe (round r13b): a word written two ways in one passage, a free character put for its
look-alike, four-character sayings one character off, homophones making real-looking words, and close
clean passages (trade terms such as 测线, verb-object phrases such as 组织群众) that must stay quiet.
Measured as eval/probe_typo13.py measures its own probe. Run: `python eval/probe_typo13b.py` (`-v` lists
misses and false alarms).
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_typo13 import measure

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes13" / "typo13b" / "slips.yaml"


def main(argv: list[str]) -> int:
    r = measure(PROBE)
    print(
        f"typo13b 探针：发现 {len(r.found)}/{r.slips}（{100 * len(r.found) / r.slips:.1f} %），"
        f"干净段落 {r.clean} 字误报 {len(r.alarms)} 处"
    )
    if "-v" in argv:
        for line in r.found:
            print("发现：", line)
        for line in r.missed:
            print("漏报：", line)
        for line in r.alarms:
            print("误报：", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
