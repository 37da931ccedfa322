"""residue21a's probes (tests/fixtures/probes21/residue21a/, eval/probe_residue21a.py): another unit or another
kind of text left in the material — another kind's self-word (我院 in a 站), another unit claimed or made the
subject of the own unit's facts (R178), an appraisal's 该同志, a speech's 同志们，下面, a notice's submission line
(R179).

Probe 1 (16 slips, 20 quiet passages), written before any code: main 3/16 (R117's 本院/我校, R135's 县图书馆),
this branch 16/16 at first, 0 false alarms both. Probe 2 (13 and 14), written after the code, other units and
shapes, run once: **11/13 (main 0/13), 0 false alarms**; its misses: 我所 before a noun (所 is read as a self-word
only before 党, 领导, 干部, 的 …, since 我所 + verb is the particle), 县交警大队 claimed in a 派出所 under the 公安局 (a
unit below the own bureau is let be).

Then the word probes' clean passages (precision18-1, precision20-1/-2, residue19c-2: 我校, 本所, 本厂, 本校, 本场,
本行 put in the 交通运输局 sample) showed that a one-sentence carrier cannot tell a copied self-word from a
passage about another unit: R178 now hears another kind's self-word only in a body that speaks of the own unit by
its word or name elsewhere (the usage the copied word breaks; set 42's 救助管理站 says 我站 and 站里), and not in a
sentence naming a unit of that kind. The probes' carriers never speak of the own unit, so their self-word slips
go quiet: probe 1 12/16, probe 2 6/13 (the same passages, re-run after that change; the first-run figure stays
the one above). The floors hold the figures after the change."""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue19a import measure
from probe_residue21a import FOLDER

FLOORS = {1: (12, 16), 2: (6, 13)}  # found, planted

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
