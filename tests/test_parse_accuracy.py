"""Parse accuracy on annotated fixtures stays high (the figures themselves are printed by make eval)."""

import sys
from collections import Counter

import pytest
import yaml

from conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "eval"))
from parse_accuracy import KINDS, evaluate

SETS = {
    "tuned": FIXTURES,
    "heldout": FIXTURES / "heldout",
    "realforms": FIXTURES / "realforms",
    "realforms13": FIXTURES / "realforms13",
    "realforms14": FIXTURES / "realforms14",
    **{
        name: FIXTURES / name
        for name in (
            "realforms_blind",
            "realforms_blind2",
            "realforms_blind3",
            "realforms_blind4",
            "realforms_blind5",
            "realforms_blind6",
            "realforms_blind7",
            "realforms_blind8",
            "realforms_blind9",
            "realforms_blind10",
            "realforms_blind11",
            "realforms_blind12",
            "realforms_blind13",
            "realforms_blind14",
            "realforms_blind15",
            "realforms_blind16",
            "realforms_blind17",
            "realforms_blind18",
            "realforms_blind19",
            "realforms_blind20",
            "realforms_blind21",
            "realforms_blind22",
            "realforms_blind23",
            "realforms_blind24",
            "realforms_blind25",
            "realforms_blind26",
            "realforms_blind27",
            "realforms_blind28",
            "realforms_blind29",
            "realforms_blind30",
            "realforms_blind31",
            "realforms_blind32",
            "realforms_blind33",
            "realforms_blind34",
            "realforms_blind35",
            "realforms_blind36",
            "realforms_blind37",
            "realforms_blind38",
            "realforms_blind39",
            "realforms_blind40",
            "realforms_blind41",
            "realforms_blind42",
            "realforms_blind43",
            "realforms_blind44",
            "realforms_blind45",
            "realforms_blind46",
            "realforms_blind47",
            "realforms_blind48",
            "realforms_blind49",
            "realforms_blind50",
            "realforms_blind51",
            "realforms_blind52",
            "realforms_blind53",
            "realforms_blind54",
        )
        if (FIXTURES / name).is_dir()
    },
    "probe17_realparse17": FIXTURES / "probes17" / "realparse17",
    "probe17_realparse17b": FIXTURES / "probes17" / "realparse17b",
    "probe18_parse18": FIXTURES / "probes18" / "parse18",
    "probe18_parse18b": FIXTURES / "probes18" / "parse18b",
    "probe18_realparse18": FIXTURES / "probes18" / "realparse18",
    "probe18_realparse18b": FIXTURES / "probes18" / "realparse18b",
    "probe19_parse19": FIXTURES / "probes19" / "parse19" / "probe1",
    "probe19_parse19b": FIXTURES / "probes19" / "parse19" / "probe2",
    "probe20_parse20": FIXTURES / "probes20" / "parse20" / "probe1",
    "probe20_parse20b": FIXTURES / "probes20" / "parse20" / "probe2",
    "probe20_parse20b_1": FIXTURES / "probes20" / "parse20b" / "probe1",
    "probe20_parse20b_2": FIXTURES / "probes20" / "parse20b" / "probe2",
    "probe21_parse21b": FIXTURES / "probes21" / "parse21" / "probe2",
    "probe22_parse22": FIXTURES / "probes22" / "parse22" / "probe1",
    "probe22_parse22b": FIXTURES / "probes22" / "parse22" / "probe2",
    "probe22_parse22b_3": FIXTURES / "probes22" / "parse22b" / "probe3",
    "probe23_realpages23": FIXTURES / "probes23" / "realpages23" / "probe1",
    "probe23_realpages23b": FIXTURES / "probes23" / "realpages23" / "probe2",
    "probe23_parse23": FIXTURES / "probes23" / "parse23" / "probe1",
    "probe23_parse23b": FIXTURES / "probes23" / "parse23" / "probe2",
    "probe24_parse24": FIXTURES / "probes24" / "parse24" / "probe1",
    "probe24_parse24b": FIXTURES / "probes24" / "parse24" / "probe2",
    "probe24_realpages24": FIXTURES / "probes24" / "realpages24" / "probe1",
    "probe24_realpages24b": FIXTURES / "probes24" / "realpages24" / "probe2",
    "probe25_parse25": FIXTURES / "probes25" / "parse25" / "probe1",
    "probe25_parse25b": FIXTURES / "probes25" / "parse25" / "probe2",
    "probe25_realpages25": FIXTURES / "probes25" / "realpages25" / "probe1",
    "probe25_realpages25b": FIXTURES / "probes25" / "realpages25" / "probe2",
    "probe25_realpages25c": FIXTURES / "probes25" / "realpages25" / "probe3",
    "probe26_parse26": FIXTURES / "probes26" / "parse26" / "probe1",
    "probe26_parse26b": FIXTURES / "probes26" / "parse26" / "probe2",
    "probe27_parse27": FIXTURES / "probes27" / "parse27" / "probe1",
    "probe27_parse27b": FIXTURES / "probes27" / "parse27" / "probe2",
    "probe27_realparse27": FIXTURES / "probes27" / "realparse27" / "probe1",
    "probe27_realparse27b": FIXTURES / "probes27" / "realparse27" / "probe2",
    "probe28_parse28": FIXTURES / "probes28" / "parse28" / "probe1",
    "probe28_parse28b": FIXTURES / "probes28" / "parse28" / "probe2",
}
TARGET = {
    "realforms": 0.98,  # one fixture per form of real materials: the target
    # written blind; its three misses (b07 lead-in as heading, b08 merged part, b10 year and
    # theme without a pack and a title over two lines) were fixed by their general causes, so
    # it is now looked at and held to the same target
    "realforms_blind": 0.98,
    # written blind too; its misses (a lead-in under a part's heading read as a second part, a
    # forward-looking lead-in read as problems, `关于…的问题` items read as causes) were fixed by
    # their general causes: 100 % on every kind, held to the same target
    "realforms_blind2": 0.98,
    # written blind; first run: items 90.4 % (inline headings cut at 方面, a part's run-in points
    # read as an item), titles 8/10, framework 9/10; fixed by their general causes, held alike
    "realforms_blind3": 0.98,
    # written blind; first run: sections 83.9 %, items 76.2 %, aspects 68–70 %, titles 7–8/10 (a table
    # of contents under page furniture, an aspect-major material, a unit's line before the title's
    # year line, 记事本 `.` and `(1)(2)` in one paragraph); fixed by their general causes, held alike
    "realforms_blind4": 0.98,
    # written blind; first run on main: sections 67.4 %, items 60.0 %, framework 8/10 (labels the parser
    # did not know, numbered aspect-major sub-parts, special meetings given the annual pack); on parse11d's
    # label forms, before its files were looked at: sections 97.8 %, items 96.2 %, points 94.8 %,
    # framework 8/10, title 9/10; the rest fixed by their general causes, held alike
    "realforms_blind5": 0.98,
    # written blind as realistic mixes of forms; first runs on main 89.7–90.0 % sections, 96.2–96.3 %
    # items (numbered aspect-major sub-parts), and 100 % on every kind on parse11d's code before anyone
    # looked at them (eval/parse_accuracy.py's comments give each figure)
    "realforms_blind6": 0.98,
    "realforms_blind7": 0.98,
    # written blind as realistic mixes (2026-12-05); first runs 87.1 % / 96.8 % sections (a first
    # 【学习收获】 part read as preamble; 问题根源及整改措施 not read as merged), fixed, held alike
    "realforms_blind8": 0.98,
    "realforms_blind9": 0.98,
    # written blind (2026-12-05, second session) with three web-page forms each; first runs on main
    # 85.7 % / 89.7 % sections (pages opening inside their problems part), and on parse11f's parser before
    # anyone looked at them: 100 % sections and items (set 11: items precision 95/98, titles 8/10; 98/98
    # once r15 relabelled b07's `一是` cause paragraphs as items, the convention of the other sets)
    "realforms_blind10": 0.98,
    "realforms_blind11": 0.98,
    # written blind (2026-12-05, r8); first runs on the merged code: set 12 sections 24/29, items 94/111,
    # titles 5/10; set 13 sections 29/29, items 94/95, titles 9/10 (a viewer's chunk numbers before
    # labels, 【一、…】, 第一， items over restarting points, titles); fixed by their general causes, held
    # alike (each set's news page relabelled to the convention: its headline is the title)
    "realforms_blind12": 0.98,
    "realforms_blind13": 0.98,
    # written blind (2026-12-05, r9) with five page forms each (salutation and preamble, HTML left in the
    # text, a 检讨书, traditional script, a one-paragraph part and a page cut after `三、整`); first runs on
    # main 79.3 % sections and 78.4 / 73.7 % items, on the first helpers' merged code 89.7 % sections and
    # 90.2 / 87.9 % items (traditional pages and cut pages left); fixed by their causes, held alike
    "realforms_blind14": 0.98,
    "realforms_blind15": 0.98,
    # written blind (2026-12-05, r10) with no list of error kinds; first runs on main and integ10:
    # sections 87.9 % / 80.6 %, items 100 % / 81.0 %, titles 7/10 each (Word list styles `1.` over `1.`,
    # `1 2023年度…` decimal parts, `▍` headings, BBCode, page titles over the material's own, heading
    # lines over paragraphs); fixed by their general causes (parse10b), held alike
    "realforms_blind16": 0.98,
    "realforms_blind17": 0.98,
    # written blind (2026-12-05, r11) with no list of error kinds; first run on main and integ11: sections
    # 31/32, items 114/114 (precision 114/116), titles 9/10 (a merged part whose items turn from the cause
    # to the measure, a 一是 series carried on into the next paragraph, a title's line spaced out letter by
    # letter); fixed by their general causes (parse11b), held alike.
    "realforms_blind19": 0.98,
    # written blind (r11) beside blind19; first run on main: sections 33/33, items 119/119 (precision
    # 119/127), points 131/140, titles 8/10. Its b05 first read `（1）` lines right under a part with no
    # `（一）` items as no items; the lead settled the convention in r12 (they are the part's items, as
    # blind4 b07 and blind16 b06 annotate) and amended b05's annotation, then added the set.
    "realforms_blind18": 0.98,
    # written blind (r12) by three writers with no list of error kinds; first runs on main: blind 20 100 %
    # on every kind; blind 21 sections 33/33 (precision 33/34), items 106/111, points 128/131 (precision
    # 128/137), titles 9/10; blind 22 sections 34/34 (precision 34/35), items 115/116, aspects 50/51, points
    # 108/110, titles 9/10 (a lead-in under a merged 原因剖析及整改措施 part read as a second part, `在…上，
    # 首先是…` run into its heading, a compilation's running header over the title, a unit's short line
    # over a three-line title, a Word `Heading 2` item naming 整改 read as a part); fixed by their general
    # causes (parse12b), held alike
    "realforms_blind20": 0.98,
    "realforms_blind21": 0.98,
    "realforms_blind22": 0.98,
    # written blind (r12, writer blindS); first run on the round's merged code: sections 33/33, items
    # 116/116, titles 8/10 (a forum copy's counters and a PDF copy's dateline over the title); fixed by
    # their general causes (parse13), held alike
    "realforms_blind23": 0.98,
    # its twin (r12, writer blindT), kept unseen until parse13 was merged: on main sections 34/34, items
    # 118/118 (precision 118/131), points 122/133, titles 7/10; on parse13, which never read it, items
    # precision 100 %, points 133/133, titles 8/10
    "realforms_blind24": 0.98,
    # r13's fresh pair (writers blindU, blindV), unseen through r13: first run set 25 items 116/120, set 26
    # items 109/115, aspects 45/51, titles 8/10; registered at the start of r14 below the 0.98 floor where
    # they stood, then read by parse14 (symbol-font bullets that lost their font; a long aspect with commas
    # before its 一是 series): 100 % on every kind, held to the target
    "realforms_blind25": 0.98,
    "realforms_blind26": 0.98,
    # r14's fresh pair (writers blindW, blindX), unseen through r14 and r15: sections, items, aspects and points
    # 100 % at first sight, titles 8/10 and section precision 32/35 on 27, point precision 119/122 on 28
    # read by parse16 (r16): a forum poster's counters over the title, a scan's title at the page's width run into
    # the preamble, a Word contents whose page numbers are field errors (`错误！未定义书签。`): 100 % since
    "realforms_blind27": 0.98,
    "realforms_blind28": 0.98,
    # r15's fresh pair (writers blindY, blindZ), unseen through r15 and r16: 29 all 100 % but point precision
    # 101/104 at first sight; 30 titles 7/10 and examples 23/26; read by parse17 (r17: a post and its name over
    # the meeting's line, `——比如` outline bullets, a WeChat page's `▶` links after the text): 100 % since
    "realforms_blind29": 0.98,
    "realforms_blind30": 0.98,
    # r17's fresh pair (writers blindAC, blindAD), unseen through r17 and registered at its end: first run on main
    # f81a5be9 31: framework 9/10, titles 7/10, sections 24/31 (precision 24/28), items 95/105, aspects 41/51,
    # points 100/123, examples 21/23; 32: titles 9/10, sections 28/31, items 93/104 (precision 93/104), the rest
    # 100 %; at r17's end 31's sections 25/31. Held at their first figures' floor until read. Read by parse18
    # (r18: a thread's form field over the title, a 简报's masthead over a 发言 title, `【…方面】` over `（1）`
    # points): 31 titles 8/10 (b02/b04 join a bracketed byline line that thirty other sets leave out), sections
    # 25/31, items 101/105, points 114/123; 32 titles 10/10, sections 28/31, items 93/104
    "realforms_blind31": 0.8,
    "realforms_blind32": 0.89,
    # r17's sealed pair (writers blindAE, blindAF), unseen through r18 and registered at its end: first run on main
    # f17c8098 33: titles 4/10, sections 24/26, items 87/97, aspects 42/51, points 98/121; 34: titles 9/10,
    # points 90/102, the rest 100 % or near. Held at their first figures' floor until read. Read by parse19 (r19:
    # problem-statement items take the aspect of their place, `①②` run in a paragraph): 34 aspects 54/54, points
    # 101/102, titles 9/10
    "realforms_blind33": 0.4,
    "realforms_blind34": 0.9,
    # r18's sealed pair (writers blindAG, blindAH), unseen through r19 and registered at its end: first run on main
    # d11b7a4b 35: framework 8/10, titles 10/10, sections 29/29, items 97/114 (precision 97/129), aspects 34/52,
    # points 92/115, examples 17/19; 36: titles 9/10, items 96/100 (precision 96/100), points 87/89, the rest
    # 100 %. Held at their first figures' floor until read.
    # read in part by parse20 (r20: two or more `【…】` lines in a part head its items): b01 items 9/9, points 12/12;
    # the set at items 102/114 (precision 102/129), aspects 42/52, points 104/115, framework 8/10; with parse22 (r22)
    # framework 9/10, aspects 46/52, items' precision 102/102
    "realforms_blind35": 0.88,
    "realforms_blind36": 0.9,
    # r19's sealed pair (writers blindAI, blindAJ), unseen through r20 and registered at its end: first run on main
    # d459403d 37: titles 8/10, sections 27/29, aspects 45/49, points 108/109, the rest 100 %; 38: titles 8/10,
    # items 121/127, points 127/129, the rest 100 %. Held at their first figures' floor until read.
    # raised by parse20b (r20: a column's headline over the title or over an excerpt with none, red-header
    # furniture, letter-spaced part headings, `（一）…方面：…` item lines): blind37 every kind's recall 1.0 but
    # points 108/109, sections' precision 29/33; blind38 points 127/129
    "realforms_blind37": 0.87,
    "realforms_blind38": 0.98,
    # r20's sealed pair (writers blindAK, blindAL), unseen until r21's start and registered during r21: first run on
    # main 186041be 39: framework 9/10, aspects 50/53 (precision 49/52), the rest 100 %; 40: titles 8/10, sections
    # 26/29 (precision 26/28), items 91/95, aspects 49/51, points 111/116, examples 18/20, framework 10/10. Held at
    # their first figures' floor until read.
    "realforms_blind39": 0.9,
    "realforms_blind40": 0.8,
    # r21's sealed pair (writers blindAM, blindAN), unseen until r22's start and registered during r22: first run on
    # main 0288da42 41: framework 9/10, titles 8/10, items' precision 107/109, the rest 100 %; 42: framework 9/10,
    # sections 25/27, items 78/108 (precision 78/98), aspects 41/53, points 85/122, examples 11/17. Held at their
    # first figures' floor until read. Read by parse22 (r22: aspect lines with no problems heading, run-in `在…方面，
    # 一是` aspects of an excerpt, `1.` parts over `（一）` items, an outline's comma summaries, OCR comma lines, a unit
    # line the signature repeats, a bracketed meeting line, an excerpt's pack named by its aspects): both every kind
    # 100 %
    "realforms_blind41": 0.98,
    "realforms_blind42": 0.98,
    # r22's sealed pair (writers blindAO, blindAP), unseen until r23's start and registered during r23: first run on
    # main 415017da 43: framework 9/10, titles 8/10, sections 25/30 (precision 25/26), items 92/99 (precision 92/99),
    # points' precision 112/113, the rest 100 %; 44: titles 8/10, the rest 100 %. Held at their first figures' floor
    # until read. Read by parse23 (r23: `第一，…` part lines, a page header over the title, a title run into its first
    # sentence under a copy's source and file lines, a report quoting an excerpt, a library's price line, bracketed
    # aspects with no 方面 under a cut heading): both every kind 100 %
    "realforms_blind43": 0.98,
    "realforms_blind44": 0.98,
    # r23's sealed pair (writers blindAQ, blindAR), unseen until r24's start and registered at once: first run on main
    # b82d9740 45: titles 9/10, sections 28/30 (b10's two parts lost), items 82/97, aspects 39/48, points 99/115,
    # examples 16/20 (b09, b10); 46: sections' precision 29/32, items 100/106 (b06's headings-only 提纲), the rest
    # 100 %. Held at their first figures' floor until read. Read by parse24 (r24: `1.` parts over `（1）` items run into
    # one paragraph, `（接上页）` over an excerpt's first aspect line, a contents' page numbers after a space): 45 every
    # kind 100 %; 46 every kind 100 % but items 100/106 — b06's `（一）…方面：…` lines over `——` sub-lines are annotated
    # whole there, while set 30's b05 and probe 17's p02 (the same form) hold the aspect alone, the parser's reading
    # since r20: a conflict of conventions the lead settled at
    # registration: b06 relabelled to the aspect alone (the set's own inline-heading convention), 100 %
    "realforms_blind45": 0.98,
    "realforms_blind46": 0.98,
    # r24's sealed pair (writers blindAS, blindAT), unseen until r25's start and registered at once: first run on main
    # 0580fa8b 47: titles 9/10, sections 25/27 (b05's merged part, b09's one-paragraph excerpt), items 106/108,
    # aspects 44/45, points 90/94, examples 0/1 (b09, lost whole); 48: framework 9/10, sections 23/27 (precision
    # 23/26), items 82/91 (precision 82/89), aspects 42/44, points 100/131, examples 1/1 (b02/b06 points under
    # `1.` lines, b07's merged part, b08's null-framework 班子, b09's lone item). The writers counted examples as
    # fact-bearing points; relabelled at registration to the 比如/例如 count (their READMEs say so; by their own
    # counting the first run was 0/66 and 1/74). Held at their first figures' floor until read. Read by parse25 (r25:
    # an item quoted alone with no part or title, a column's `丨` headline, a site's `相关阅读：` links, `学习和检视情况`,
    # a case's `…存在的漏洞` and `以案促改的措施` parts; the eval reads set 48's `heading: null` item as the part's
    # unheaded run): 47 every kind 100 % but items 107/108 (b05's sixth measure is annotated cut at a comma, against
    # the set's own `up to the first 。` convention); 48 framework 10/10, sections 26/27, items 89/91 (precision
    # 89/96), aspects 45/45, points 131/138 — two conflicts of conventions left to the lead: b07's merged part (each
    # item turns to `整改措施：`) is `causes` here and `measures` in ~40 earlier files of that form (set 10's b07
    # the same form); b02's bare `一是` lines under causes and measures are one null item here and items headed by
    # each line in earlier sets (probe 15's q02/q05/q06, set 32's b07, set 37's b07/b09/b10). The lead settled all
    # three at the merge by relabelling to the earlier sets' conventions (the sets' READMEs say so): both every kind
    # 100 %
    "realforms_blind47": 0.98,
    "realforms_blind48": 0.98,
    # r25's sealed pair (writers blindAU, blindAV), unseen until r26's start and registered at once: first run on main
    # dcf8ac96 49: titles 9/10 (b10), items 113/114 (precision 113/114, b07), every other kind 100 %; 50: 100 %
    # every kind. The writers counted examples as fact-bearing points (0/40 by their counting); relabelled to the
    # 比如/例如 count (none in either set). Read by parse26 (r26): b07's `主要有三个方面：第一，…` counted the aspects to
    # come (a lead-in, read as an aspect line), b10's `2016 年度` title kept its page's space (compared as headings are):
    # both every kind 100 %.
    "realforms_blind49": 0.98,
    "realforms_blind50": 0.98,
    # r26's sealed pair (writers blindAW, blindAX), unseen until r27's start and registered at once: first run on main
    # 608153a0 51: titles 8/10 (b07, b08: the floor), items 100/107 (b02 6/13), sections' precision 31/32,
    # examples' precision 21/22, every other kind 100 %; 52: items 93/103 (precision 93/99; b07 8/12, b08 10/16),
    # sections' precision 28/29, every other kind 100 %. Both writers counted examples as 比如/例如 passages this
    # time (21 and 15). Read by parse27 (r27): b08's rule line over the title (51), a row of bracketed page controls read as a part
    # (51 b01), an outline's aspect-and-colon line over `（1）` points with no sentence (52 b08), a lead-in with no
    # comma under a `【】` causes heading read as a second part (52 b09); four labels relabelled to the earlier sets'
    # conventions (the sets' READMEs say which): both every kind 100 %.
    "realforms_blind51": 0.98,
    "realforms_blind52": 0.98,
    # r27's sealed pair (writers blindAY, blindAZ), unseen until r28's start and registered at once: first run on main
    # f8bdc911 53: titles 9/10, sections 26/27 (precision 26/27), every other kind 100 %; 54: titles 9/10, items
    # 93/95 (precision 93/97), points 108/112, every other kind 100 %. Floors at the lowest kind, the title's. Read by
    # parse28 (r28): a thread's plea over a quoted item titled it (53 b07), a merged part's cause-headed items that
    # say what will be done (53 b04), a title split before a long bracketed unit (54 b06), a page set by a character
    # count whose lines of half-width digits were not joined (54 b10); 54 b02's fourth measure relabelled to its first
    # `。` (and 47 b08's merged part to `measures`, as ~50 sets): both every kind 100 %.
    "realforms_blind53": 0.98,
    "realforms_blind54": 0.98,
    # forms the r13 parse helper wrote before changing code (forum, WeChat and PDF titles, `（1）` points
    # under `1.1` items, fused part headings, `【】` parts, a few long lines); first run titles 6/8,
    # sections 22/25, items precision 76/102, points 34/69; held at the target
    "realforms13": 0.98,
    # forms the r14 parse helper wrote (probe 1 before its code, probe 2 after it, run once): paraphrased
    # aspects, fused part and item headings, `其一` numbering, copies cut above or below the problems
    # heading; the figures are in eval/parse_accuracy.py; held at the default floor (one sector's wording,
    # `在廉洁从医方面`, stays unmapped by design)
    "realforms14": 0.95,
    # the forms of real public copies the r17 realparse helper wrote (probe 1 before its code, probe 2 after it,
    # run once; figures in eval/parse_accuracy.py): probe 1 framework 7/8 (r01's pack, written null), probe 2
    # points 6/7 (a `三是` the cut leaves bare); every other kind 100 %
    "probe17_realparse17": 0.875,
    "probe17_realparse17b": 0.85,
    # the r18 parse helper's title forms and cut problems headings (probe 1 before its code, probe 2 after it, run
    # once; figures in eval/parse_accuracy.py): every kind 100 % on both
    "probe18_parse18": 0.98,
    "probe18_parse18b": 0.98,
    # the real forms the r18 realparse helper wrote (probe 1 before its code, probe 2 after it, first run recorded
    # in eval/parse_accuracy.py; r02/r04 and s02/s03 relabelled to the project's conventions for a topic line over
    # `一、存在的问题` and an aspect's line counting its entries): every kind 100 % on both
    "probe18_realparse18": 0.98,
    "probe18_realparse18b": 0.98,
    # the r19 parse helper's forms of aspects and points (probe 1 before its code, probe 2 after it, run once;
    # figures in eval/parse_accuracy.py): probe 1 framework 9/10 (p04 names no year: 组织生活会 read as 党纪学习
    # 教育's), sections 29/30 (p06's merged part read as causes); probe 2 items 48/50 (q02's causes and measures
    # run in one paragraph each)
    "probe19_parse19": 0.9,
    "probe19_parse19b": 0.95,
    # the r20 parse helper's pages of less common part wordings, title forms and `【】` items (probe 1 written after
    # the first code step, probe 2 after the code, run once; tests/fixtures/probes20/parse20/README.md): framework
    # and aspects not annotated (null placeholders: framework 6/10 and 2/4 is the parser's reading against null);
    # probe 1 titles 10/10 (main 9/10), sections 30/30, items 40/40; probe 2 titles 4/4, sections 11/12 (main 10/12)
    "probe20_parse20": 0.6,
    "probe20_parse20b": 0.5,
    # the r20 second-wave parse helper's pages of headlines over titles (tests/fixtures/probes20/parse20b/README.md):
    # probe 1 (before the code) titles 5/5 (main 3/5); probe 2 (after, run once) titles 4/4 (main 1/4), sections
    # 11/11 (main 7/11), items 20/22 (main 18/22)
    "probe20_parse20b_1": 0.98,
    "probe20_parse20b_2": 0.9,
    # the r21 parse helper's pages of the forms sets 39/40 lost (a Q&A page's excerpt, a shared file's buttons over a
    # two-line title, a special meeting's purpose apart from 专题), written after the code and run once
    # (tests/fixtures/probes21/parse21/README.md): every kind 100 % (main titles 3/4, sections 9/12, items 17/21,
    # points 8/13)
    "probe21_parse21b": 0.98,
    # the r22 parse helper's pages of parse set 42's forms in other words (tests/fixtures/probes22/parse22/README.md):
    # probe 1 (written after the first code step) every kind 100 %, items' precision 50/52 (main titles 5/6,
    # sections 12/17, items 25/50); probe 2 (after the code, run once) framework 5/5, titles 3/5, sections 9/15,
    # items 24/35, aspects 10/17, points 22/38, examples 2/4 (main 4/5, 3/5, 10/15, 14/35, 10/17, 16/38, 1/4)
    "probe22_parse22": 0.98,
    # raised by parse22b (r22, second wave): q01's bare and bracketed `…情况` aspect lines, q02's bulletin masthead and
    # its announcing lead-in, q05's page number under the title: every kind 100 %
    "probe22_parse22b": 0.98,
    # parse22b's probe 3 (tests/fixtures/probes22/parse22b/README.md), 5 pages written after its first code step and
    # run once: framework 4/5, titles 5/5, sections 15/15, items 27/32, aspects 13/17, points 27/36, examples 5/5
    # (integ22: 5/5, 3/5, 12/15, 23/32, 13/17, 27/36, 4/5); after the second step every kind 100 %
    "probe22_parse22b_3": 0.98,
    # the r23 realpages helper's pages of forms read on real public pages (tests/fixtures/probes23/realpages23/README.md):
    # probe 1 (before the code) main titles 6/8, sections 22/25, items 60/65, aspects 34/35; probe 2 (after the code,
    # first run) titles 4/6, sections 14/19, items 37/45 (main 4/6, 13/19, 33/45); after both read by class every
    # kind 100 %
    "probe23_realpages23": 0.98,
    "probe23_realpages23b": 0.98,
    # the r23 parse helper's pages of parse sets 43/44's forms in other words (tests/fixtures/probes23/parse23/README.md):
    # probe 1 (before the code) main framework 5/5, titles 1/5, sections 6/16, items 8/20, parse23 every kind 100 %;
    # probe 2 (after the code, run once) main 5/5, 3/5, 9/15, 14/21 (precision 14/22), parse23 5/5, 5/5, 12/15
    # (precision 12/14), 21/21 (precision 21/23), aspects 17/17, points 29/29, examples 4/4
    "probe23_parse23": 0.98,
    "probe23_parse23b": 0.8,
    # the r24 parse helper's pages of parse sets 45/46's forms in other words (tests/fixtures/probes24/parse24/README.md):
    # probe 1 (before the code) main framework 7/9, titles 7/9, sections 14/27 (precision 14/32), items 31/70, aspects
    # 21/39, points 30/67, examples 4/11, parse24 every kind 100 %; probe 2 (after the code, run once) main and parse24's
    # first run framework 6/6, titles 6/6, sections 13/16 (precision 13/14), items 25/31, aspects 14/17, points 28/34,
    # examples 4/5 (q02's first `1、` part after the lead's colon); after that read by class every kind 100 %
    "probe24_parse24": 0.98,
    "probe24_parse24b": 0.98,
    # the r24 realpages helper's pages of forms read on real public pages (tests/fixtures/probes24/realpages24/README.md):
    # probe 1 (before the code) main sections 25/30, items 40/61, aspects 22/32, points 12/22 (a lost `???` indent, a
    # dotted indent, a page of two pieces, footnotes); realpages24 every kind 100 %; probe 2 (after the code, first
    # run) titles 5/6, the rest 100 % (base 5/6, sections 18/21, items 25/40, points 4/10); after the open-information
    # card was read as furniture every kind 100 %
    "probe24_realpages24": 0.98,
    "probe24_realpages24b": 0.98,
    # the r25 parse helper's pages of parse sets 47/48's forms in other words (tests/fixtures/probes25/parse25/README.md):
    # probe 1 (before the code) main framework 5/5, titles 4/5, sections 10/13 (precision 10/11), items 10/18, aspects
    # 6/8, points 6/25, examples 1/1; parse25 every kind 100 %. Probe 2 (after the code, run once) main 4/5, 4/5, 7/11,
    # 8/14, 4/7, 4/19, 1/1; parse25 framework 4/5, titles 4/5, sections 11/11, items 14/14, aspects 7/8, points 22/22,
    # examples 2/2 (q02's column headline naming the excerpt `（摘编）`, read by class after the run; q05's lone item
    # names one aspect and no meeting: no pack is chosen on one aspect, a guard kept)
    "probe25_parse25": 0.98,
    "probe25_parse25b": 0.8,
    # the r25 realpages helper's pages of forms read on real public pages (tests/fixtures/probes25/realpages25/README.md):
    # probe 1 (before the code) main titles 5/10, every other kind 100 % (a piece's number with its title, a library's
    # counters over it); realpages25 every kind 100 %; probe 2 (after the code, first run) titles 5/7, the rest 100 %
    # (main the same); after a genre tag and a viewer's page header run into the title were read by class, 100 %
    "probe25_realpages25": 0.98,
    "probe25_realpages25b": 0.98,
    # probe 3 (after the second step, run once): base titles 1/4, realpages25 3/4 (a collection's headline over its
    # first piece's title), every other kind 100 %; after that was read by class, 100 %
    "probe25_realpages25c": 0.98,
    # the r26 parse helper's pages of forms read on real public pages (tests/fixtures/probes26/parse26/README.md):
    # probe 1 (before the code) main framework 9/9, titles 9/9, sections 17/27, items 66/81 (banners before the part
    # headings, a site's stamp after a heading, `〔一〕` labels), the rest 100 %; parse26 every kind 100 %. Probe 2 (after
    # the code, run once) sections 12/18, items 41/50 (main 7/18, 41/50): `➀` and `NO.1` banners, `【一】` items; after
    # those were read by class, 100 %
    "probe26_parse26": 0.98,
    "probe26_parse26b": 0.98,
    # the r27 parse helper's pages of sets 51/52's forms and their neighbours (tests/fixtures/probes27/parse27/README.md):
    # probe 1 (before the code) main titles 6/7, sections 21/21 (precision 21/23), items 36/39, the rest 100 %;
    # parse27 every kind 100 %
    "probe27_parse27": 0.98,
    "probe27_parse27b": 0.98,
    # the r27 realparse helper's forms of real public pages read with the `pages` search
    # (tests/fixtures/probes27/realparse27/README.md): probe 1 (8 pages before the code) main titles 7/8, sections 19/21,
    # items precision 28/30 (a site's byline with empty fields, `网友 分享 时间:`, took the title's place: the piece's
    # title became a problems heading), the rest 100 %; realparse27 every kind 100 %. Probe 2 (5 pages after the code,
    # run once) titles 5/5, sections 11/11, items 17/17 (main 4/5, 9/11, 17/17), framework 4/5 and aspects 6/9 on both: a
    # cut page of `三是…` points that names no year nor meeting gets zhuti-2023 from its aspects' words (a reader writes
    # none); left to the lead, floor at the first run
    "probe27_realparse27": 0.98,
    "probe27_realparse27b": 0.55,  # aspects precision 4/7 at the first run
    # the r28 parse helper's pages of sets 53/54's forms and their neighbours (tests/fixtures/probes28/parse28/README.md):
    # probe 1 (before the code) main framework 6/7, titles 5/7, sections 15/17 (precision 15/17), the rest 100 %;
    # parse28 every kind 100 %. Probe 2 (after the code, run once) parse28 sections 11/12, aspects 8/9, the rest 100 %
    # (a reply's lead `…只能发一部分，你看看思路：` read as a last year's part); read by class, then 100 %. Floor of
    # probe 2 at its first run's lowest kind
    "probe28_parse28": 0.98,
    "probe28_parse28b": 0.88,
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_accuracy_on_annotated_fixtures(packs, name):
    folder = SETS[name]
    total: Counter = Counter()
    for exp_path in sorted((folder / "expected").glob("*.yaml")):
        material = next((folder / "materials").glob(exp_path.stem + ".*"))
        total.update(evaluate(material, yaml.safe_load(exp_path.read_text(encoding="utf-8")), packs))
    assert total["sections_expected"] >= 20 or (
        (name == "realforms" or name.startswith("probe")) and total["sections_expected"] >= 3
    )
    for kind in KINDS:
        if not total[kind + "_expected"]:
            continue  # (a probe of titles and parts may hold no example)
        recall = total[kind + "_correct"] / total[kind + "_expected"]
        assert recall >= TARGET.get(name, 0.95), f"{name} {kind} recall {recall:.1%}"
        found = total.get(kind + "_found")
        if found:
            right = total["aspects_correct_nonnull"] if kind == "aspects" else total[kind + "_correct"]
            assert right / found >= min(0.95, TARGET.get(name, 0.95)), (
                f"{name} {kind} precision {right / found:.1%}"
            )
