"""First runs of the blind review sets: what the review found on each set before anyone had read it.

The sets in eval/review_quality.py are seen once their first run is recorded: their misses are then fixed by
kind, so their present figures say how well the review does on text it was tuned on. The first run is the
honest figure for text nobody had seen, and `make eval` prints it beside the present one. Each entry is the
run on the newest code before anyone looked (the comments in review_quality.py's SETS give the history).
"""

from __future__ import annotations

# set label -> (found, planted) at the first run, and the round that wrote the set
FIRST_RUNS: dict[str, tuple[int, int, str]] = {
    "留出集五十六": (84, 91, "r27"),
    "留出集五十五": (76, 90, "r27"),
    "留出集五十四": (78, 91, "r26"),
    "留出集五十三": (74, 93, "r26"),
    "留出集五十二": (83, 92, "r25"),
    "留出集五十一": (85, 94, "r25"),
    "留出集五十": (73, 92, "r24"),
    "留出集四十九": (79, 93, "r24"),
    "留出集四十八": (78, 92, "r23"),
    "留出集四十七": (70, 91, "r23"),
    "留出集四十六": (78, 96, "r22"),
    "留出集四十五": (70, 89, "r22"),
    "留出集四十四": (76, 91, "r21"),
    "留出集四十三": (69, 89, "r21"),
    "留出集四十二": (83, 94, "r20"),
    "留出集四十一": (82, 96, "r20"),
    "留出集四十": (81, 95, "r19"),  # 81/96 as planted; one planted item withdrawn at registration (a miss)
    "留出集三十九": (79, 96, "r19"),
    "留出集三十八": (67, 91, "r18"),
    "留出集三十七": (79, 98, "r18"),
    "留出集三十六": (77, 93, "r17"),
    "留出集三十五": (68, 89, "r17"),
    "留出集三十四": (68, 92, "r17"),
    "留出集三十三": (70, 95, "r17"),
    "留出集三十二": (66, 94, "r15"),
    "留出集三十一": (71, 95, "r15"),
    "留出集三十": (66, 92, "r14"),
    "留出集二十九": (69, 90, "r14"),
    "留出集二十八": (63, 93, "r13"),
    "留出集二十七": (71, 95, "r13"),
    "留出集二十六": (56, 94, "r12"),
    "留出集二十五": (57, 95, "r12"),
    "留出集二十四": (64, 89, "r12"),
    "留出集二十三": (59, 97, "r12"),
    "留出集二十二": (61, 92, "r12"),
    "留出集二十一": (35, 95, "r11"),
    "留出集二十": (49, 95, "r11"),
    "留出集十九": (51, 95, "r10"),
    "留出集十八": (46, 93, "r10"),
    "留出集十七": (63, 89, "r9"),
    "留出集十六": (64, 85, "r9"),
    "留出集十五": (67, 85, "r8"),
    "留出集十四": (69, 88, "r8"),
    "留出集十三": (70, 85, "r7"),
    "留出集十二": (65, 85, "r7"),
    "留出集十一": (76, 88, "r6"),
    "留出集十": (74, 87, "r6"),
    "留出集九": (63, 85, "r5"),
    "留出集八": (61, 85, "r5"),
    "留出集七": (60, 85, "r4"),
    "留出集六": (58, 85, "r3"),
    "留出集五": (70, 85, "r2"),
    "留出集四": (60, 85, "r1"),
    "留出集三": (38, 88, "r0"),
}


def print_first_runs(now: dict[str, tuple[int, int]]) -> None:
    """Print each blind set's first run beside its present figure, and the pooled first runs of the newest sets."""
    print("\n== 盲写审阅集：首次运行（无人看过时）与现在 ==")
    print(f"{'集':<12}{'首次运行':>16}{'现在':>16}")
    for label, (found, planted, _) in FIRST_RUNS.items():
        if label not in now:
            continue
        f_now, p_now = now[label]
        print(
            f"{label:<12}{found:>6}/{planted:<4}{found / planted:>6.1%}{f_now:>6}/{p_now:<4}{f_now / max(1, p_now):>6.1%}"
        )
    newest = list(FIRST_RUNS.items())[:4]
    found = sum(f for _, (f, _, _) in newest)
    planted = sum(p for _, (_, p, _) in newest)
    names = "、".join(label.removeprefix("留出集") for label, _ in newest)
    print(
        f"最新四套（{names}）首次运行合计 {found}/{planted}（{found / planted:.1%}）：这是未见文本上的诚实数字"
        "（目标 ≥ 80%）；看过之后的数字只说明对已见文本的调校。"
    )
