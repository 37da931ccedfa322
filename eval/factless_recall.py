"""Generated measure of E104's class (round r20): problem points that hold no fact, built from a class
description rather than from seen sentences, and the same points with one real fact added.

A factless point is an opening's matter (a general judgment head) said with a hedge of frequency or degree
(有时, 偶尔, 不同程度, 还不够, 有待, 有差距), a vague agent (个别班子成员, 有的同志), a quoted slogan or a set of
duties as its only "document" (“一岗双责”, “两个责任”, “三会一课”), a generic occasion as its only "event"
(朋友聚会, 应酬), and a restatement in other general words. Its factful twin is the same point with one
checkable thing added: a date, a place, a number, a named meeting or document, a person's post and name, a
project — in the words of several trades. Drafting notes (二是（此处结合本人实际补充事例）。) are no
factless point of the author's (residue's R106) and must stay quiet too.

Each point is judged as E104 judges a point without a 比如 example (`_point_is_factless`: no fact, no named
formulation); `--review N` also puts N of each kind into the sample material (as probe_reviewer16 does) and
reviews it whole. Prints one line: recall on the factless, false alarms on the factful and the notes.

The round's written probes (tests/fixtures/probes20/specificity20/{first,second}/points.yaml, probe_reviewer16's
form: `factless` points E104 must mark, `factual` ones it must not) are run by `--probe first|second`.

Run: `python eval/factless_recall.py [--review N] [--probe PART] [-v]`.
"""

from __future__ import annotations

import random
import sys
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from mingjing.rules.facts import has_fact  # noqa: E402
from mingjing.rules.specificity import names_formulation  # noqa: E402
from probe_runs import print_keyed  # noqa: E402

SEED = 20
SAMPLE = 600

# who: none (the author implied), the author, and the agents no one could name
WHO = (
    "",
    "我",
    "本人",
    "个别班子成员",
    "有的班子成员",
    "班子个别成员",
    "少数班子成员",
    "个别党员干部",
    "有的同志",
)
HEDGES = ("有时", "偶尔", "有时候", "个别时候", "不同程度", "一定程度上", "")
# the general matters: a judgment head and its hedged statement, slogans and sets of duties as the only names
MATTERS = (
    "落实“一岗双责”不够到位",
    "“两个责任”落实有差距",
    "执行“三会一课”制度不够严格",
    "落实“第一议题”制度还有差距",
    "执行“三重一大”决策制度不够规范",
    "对“四风”问题的隐形变异警惕性不高",
    "践行“两个维护”还有差距",
    "对“三个务必”的践行还不够自觉",
    "存在“老好人”思想",
    "存在“差不多就行”的想法",
    "满足于按部就班",
    "工作标准不够高",
    "政治理论学习的自觉性不够高",
    "参加朋友聚会",
    "参加同学聚会",
    "参加老乡聚会",
    "和战友聚餐",
    "出入一些应酬场合",
    "对分管领域的廉政风险防控抓得不够紧",
    "调查研究不够深入",
    "主动担当的意识不强",
    "落实意识形态工作责任制不够到位",
    "推动全面从严治党向基层延伸还有差距",
    "贯彻新发展理念不够到位",
    "执行民主集中制不够严格",
    "批评与自我批评辣味不足",
    "服务基层的主动性不够",
    "学习贯彻党的创新理论不够系统",
)
# the restatement: the failing said again in general words
TAILS = (
    "作风还不够扎实",
    "与组织的要求还有差距",
    "自我要求有所放松",
    "精益求精的劲头不足",
    "有待进一步提高",
    "还需要持续加强",
    "效果还不够明显",
    "廉洁自律的警惕性有所降低",
)
# one checkable thing, by kind, in several trades
FACTS = {
    "date": (
        "今年3月的安全生产大检查我没有参加",
        "去年汛期前的水库隐患排查只派人去了",
        "2023年下半年只参加了1次支部学习",
        "春节前后这段时间放松了对自己的要求",
    ),
    "place": (
        "城东污水处理厂的整改我只听了汇报",
        "对北山乡卫生院的医疗废物问题没有去现场看",
        "第二实验小学的校舍改造一直没有去过",
        "对青石镇的征地矛盾没有上门做工作",
    ),
    "number": (
        "全年审批的17个项目中有5个超期",
        "分管的3个科室去年报送的材料退回8次",
        "全年下基层调研只有6次",
        "今年只听取了1次党风廉政工作汇报",
    ),
    "meeting": (
        "在党组会研究年度预算时没有提出不同意见",
        "在今年的民主生活会上只提了一条批评意见",
        "院务会讨论设备采购时我先拿了意见",
        "在支委会研究发展党员时会前没有充分酝酿",
    ),
    "document": (
        "《关于加强干部作风建设的实施意见》印发后没有组织专题学习",
        "对《中国共产党纪律处分条例》的新修订内容没有逐条学习",
        "省委关于耕地保护的部署在我这里落实得慢",
        "《党委（党组）落实全面从严治党主体责任规定》只通读了一遍",
    ),
    "person": (
        "对办公室主任李明报销不规范的问题没有及时批评",
        "对财务科科长张某某的廉政提醒只谈过一回",
        "对分管的副院长王某工作拖沓的问题没有严肃指出",
        "对驻村第一书记刘某反映的困难没有及时回应",
    ),
    "project": (
        "老旧小区改造项目开工后我只去过工地一次",
        "智慧医院信息平台建设滞后计划两个月",
        "乡村振兴示范片区的道路工程验收时没有到场",
        "高标准农田建设项目的资金拨付拖了一个季度",
    ),
}
# drafting notes left in a point: residue's (R106), no point of the author's for E104
NOTES = (
    "（此处结合本人实际补充事例）。",
    "（此处补充具体事例）。",
    "（结合个人实际填写）。",
    "（此处根据实际情况补充）。",
)


def factless_points(rng: random.Random, n: int = SAMPLE) -> list[str]:
    """n distinct factless points: who, hedge, matter, and the matter restated."""
    combos = list(product(WHO, HEDGES, MATTERS, TAILS))
    rng.shuffle(combos)
    out: list[str] = []
    for who, hedge, matter, tail in combos[:n]:
        if hedge and who == "":
            out.append(f"{hedge}{matter}，{tail}。")
        elif hedge.startswith(("不同", "一定")):
            out.append(f"{who}{hedge}{_existing(matter)}，{tail}。")
        else:
            out.append(f"{who}{hedge}{matter}，{tail}。")
    return out


def _existing(matter: str) -> str:
    """不同程度 and 一定程度上 hedge what exists: 存在…的问题."""
    return matter if matter.startswith("存在") else f"存在{matter}的问题"


def factful_twin(point: str, rng: random.Random) -> tuple[str, str]:
    """The point with one fact of a random kind added after its first clause: (kind, point)."""
    kind = rng.choice(sorted(FACTS))
    fact = rng.choice(FACTS[kind])
    head, _, rest = point.partition("，")
    return kind, f"{head}，{fact}，{rest}"


def _point_is_factless(point: str) -> bool:
    """E104's judgment of a point with no 比如 example (rules/specificity.py: _factless_points)."""
    return len(point) >= 8 and not has_fact(point) and not names_formulation(point)


def measure(n: int = SAMPLE) -> dict[str, list[str]]:
    rng = random.Random(SEED)
    points = factless_points(rng, n)
    out: dict[str, list[str]] = {"heard": [], "missed": [], "quiet": [], "alarms": []}
    for p in points:
        out["heard" if _point_is_factless(p) else "missed"].append(p)
        kind, twin = factful_twin(p, rng)
        out["alarms" if _point_is_factless(twin) else "quiet"].append(f"{kind}: {twin}")
    return out


def review_sample(n: int) -> dict[str, list[str]]:
    """n factless points, their twins and the notes reviewed whole (each as the second point of an item)."""
    from probe_reviewer16 import point_findings

    rng = random.Random(SEED)
    points = factless_points(rng, n)
    out: dict[str, list[str]] = {"heard": [], "missed": [], "quiet": [], "alarms": []}
    for p in points:
        out["heard" if point_findings(p) else "missed"].append(p)
        _, twin = factful_twin(p, rng)
        out["alarms" if point_findings(twin) else "quiet"].append(twin)
    for note in NOTES:
        out["alarms" if point_findings(note) else "quiet"].append(note)
    return out


PROBE = ROOT / "tests" / "fixtures" / "probes20" / "specificity20"


def probe_results(part: str) -> dict[str, list[str]]:
    """The written probe's points ({"heard", "missed", "quiet", "alarms"}), reviewed whole."""
    from probe_reviewer16 import point_results

    return point_results(part, PROBE)


def main(argv: list[str]) -> int:
    if "--probe" in argv:
        p = probe_results(argv[argv.index("--probe") + 1])
        print(
            f"probe: factless marked {len(p['heard'])}/{len(p['heard']) + len(p['missed'])}, factual marked {len(p['alarms'])}/{len(p['alarms']) + len(p['quiet'])}"
        )
        if "-v" in argv:
            print_keyed(p)
        return 0
    m = measure()
    heard, alarms = len(m["heard"]), len(m["alarms"])
    total = heard + len(m["missed"])
    print(
        f"factless_recall: factless marked {heard}/{total} ({100 * heard / total:.1f} %), "
        f"factful marked {alarms}/{alarms + len(m['quiet'])}"
    )
    if "-v" in argv:
        print_keyed(m)
    if "--review" in argv:
        n = int(argv[argv.index("--review") + 1])
        r = review_sample(n)
        print(
            f"reviewed whole: factless marked {len(r['heard'])}/{len(r['heard']) + len(r['missed'])}, "
            f"factful and notes marked {len(r['alarms'])}/{len(r['alarms']) + len(r['quiet'])}"
        )
        if "-v" in argv:
            print_keyed(r, "review ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
