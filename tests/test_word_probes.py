"""The word probes of the typo family (eval/word_probes.py runs them) keep being heard, and their close clean
passages stay quiet. Each probe was written by the helper of its round in words other than the review sets';
a probe 2 was written after its helper's code was settled and run once — its first run is the honest figure.

- typo13 (r13; open-ended typos): 23/41 before T166, 26/41 after.
- typo13b (r13b; a word written two ways, look-alikes, sayings one character off, homophones): 17/33 before,
  19/33 after; 3 known alarms on its clean side (测线 in a two-sentence passage has too little of the text's
  own 测 to go by), none from T403, T167 or T136.
- typo14 (r14; slips inside longer words and names): probe 1 27/42 on main, 29/42 after T168. Probe 2 first
  run 9/27 (main 4/27), 0 false alarms; a relaxed gate tried after it found 11/27 with two false alarms in
  planted texts (干几年, 重生产) and was not kept.
- lexicon14 (r14; slips inside the genre's own terms): probe 1 17/45 before, 20/45 after the genre lexicon fed
  T168, T176 and T166. Probe 2 first run 22/30 (integ14 20/30), 0 false alarms; its misses were glyph pairs
  neither glyph table held (杏/查, 功/动, 凤/风, 朋/明, 入/人), a slip to a rarer character (矫证, 便力化) and a
  real word (老旧官网); nothing was changed after it.
- context14 (r14; real words a near twin's context makes wrong): probe 1 11/42 on main, 30/42 after T176.
  Probe 2 first run 3/27 (1/27 without T176), 0 false alarms.
- formulas14 (r14; sector formulations and grammar frames): probe 1 25/46 on main with 2 false alarms, 43/46
  and 1 (T305 on 最严厉的处罚) after. Probe 2 first run 24/28 (one item held no slip and was taken out:
  24/27), 1 false alarm (T305 on 重于泰山的警示); after it F178 took 调动 and F199 was added: 26/27.
- edits14 (r14; editing leftovers, residue findings counted too): probe 1 5/42 on main, 38/42 after
  T184–T186 and the widened T112. Probe 2 first run 17/27, 0 false alarms; then T186 fixed once: 19/27.
- sound15 (r15; slips inside long terms: bodies' full names, posts, documents, campaigns): probe 1 29/45 on
  main, 45/45 after T177, 1 false alarm (F129's 纪检监察组长) before and after. Probe 2 first run 28/29 (main
  18/29), 0 false alarms; its miss (城市管理综和执法局, a gate on 和) fixed after the first run: 29/29.
- grammar15 (r15; 病句: verb–object mismatches, mixed frames, one-sided halves, double negatives): probe 1 16/45
  on main with 1 false alarm (F147), 39/45 and 0 after. Probe 2 first run 21/27, 0 false alarms; 25/27 after
  one round of fixes.
- glyph15 (r15; whole characters read or typed as their shape neighbours): probe 1 27/52 on main, 32/52 after
  T157 read the frame table (集虫, 灾客; T151 消防通适), 0 false alarms. Probe 2 first run 16/28, the same as main
  (gate misses: 巡杳, 抽杳, 清杳 mean words below the 500 asked of a frame-only pair), 0 false alarms; after it a
  rare written character was let through with a meant word of 100: 19/28.
- formulas15 (r15; titles of regulations and documents in 《》, campaign names, counted slogans, the Thought's
  names): probe 1 27/48 on main with 1 false alarm (T308), 44/48 and the same 1 after. Probe 2 first run 26/32
  (main 8/32), 0 false alarms; its misses (two characters changed in a saying, 实施细则 for 实施条例, two
  characters added to a title) left as they were.
- grammar16 (r16; sentence grammar by class: the object's head against its verb, one side against two,
  blended frames, quantities said against themselves): probe 1 13/42 on main, 41/42 after, 0 false alarms
  before and after. Probe 2 first run 24/27 (main 7/27), 0 false alarms; its misses were F158's closed list
  of one-sided predicates (基本要求, 重要方面, 最后一道关口): after it 能否/能不能 read any one-sided 是…的
  predicate but a question's (问题, 考验, 大事 …): 26/27 (是否…重要方面 left: 是否 with 重点/方面 is often right).
- glyph16 (r16; look-alike slips the segmenter reads as a word plus a free character, rare characters for everyday
  ones inside and outside GB 2312, a common second character beside which its look-alike makes a common word):
  probe 1 25/44 on main, 41/44 after T169, the widened T167 and T157's common second character, 0 false alarms.
  Probe 2 first run 22/26 (main 14/26), 1 false alarm (T167's 打叉为主, on main too: a known alarm of the clean
  review sets); after it T157's common second character was read wherever no rare one fits (广杨): 23/26.
- edits16 (r16; editing traces read as classes: one verb with two versions of its object, a word doubled that
  written Chinese never reduplicates, a word doubled across a broken line, half a clause left, a connective
  kept twice): probe 1 2/40 on main with 2 false alarms (T112 on 商量商量 and on a title in 《》), 38/40 and 0
  after T188–T191 and the widened T112. Probe 2 first run 24/26 (main 5/26), 1 false alarm (T188 on
  审计发现审计问题); after it T188 left a verb whose object is W V2 alone and T189 kept only the frame's first
  word (26/26), then T188 left the genre's adverbials of manner alone (全面排查全面整改 in edits14's clean
  passages; 专题研究专题审议 is lost with them) and from any head rjieba tags n but T112's verbs of lasting
  acts (现场检查现场督办 is a parallel; probe 1's 清点登记清点核查 is lost): 25/26, 0 false alarms.
- trade16 (r16; a trade's working terms typed as sound-alikes: 标断, 歉薪, 特种设被, and a member typed as another
  word of its reading: 婚姻等级, 病例书写): probe 1 24/50 on main, 47/50 after T178 (0 false alarms on 42 quiet
  passages). Probe 2 first run 25/35 (main 14/35), 0 false alarms on 38 quiet passages; its misses were terms
  the lexicon lacks (旁站记录, 项目经理, 树障清理, 柜面业务, 卫片图斑: not added), variant pairs left out on
  purpose (作/做, 其/期), a reading that is not the character's first (藏 for 葬) and a word across the form's end
  (矿山企业, 财务管理); after it a word across an end made of the term's own characters was let through: 26/35.
- formulas17 (r17; fixed formulations with two members crossed or reversed, two sayings blended, the issuing
  body left out, one word written as its near-twin, a count one off): probe 1 13/25 on main, 24/25 after F169's
  shapes (rules/formulation_variants.py) and its word change; 1 false alarm (T305, on main too). Probe 2 first
  run 22/25 (main 8/25), 2 false alarms (F155 and T305, both on main too); after it F169's word change was
  gated for precision (a saying's first word, families with a slot, members of three or four): 20/25.
- frames17 (r17; blended cause frames with a word or comma between, a verb against its object's head,
  approximations said twice with percents, ranges and 百分之, one side against two in …关键在于能否 and
  …是能否…的重要保证, 避免…不再 over a longer stretch): probe 1 17/40 on main, 37/40 after F221, F223 and the
  widened F186, F159, F171, F211 and F178 (two of its misses are marked on the verb where F178 now marks the
  head it mends), 0 false alarms before and after. Probe 2 first run 24/25 (main 6/25), 0 false alarms; its
  miss (满足…诉求期待) was left; after it F223 was narrowed to a subject that is a goal (提高…, 做好…, 确保…:
  整改的关键在于能否… stays quiet), a guard for precision that changed neither figure.
- edits17 (r17; both versions of a passage kept: a topic opened twice, a frame word again inside its 等 list, a
  clause's end written again, a list's item twice, a clause twice with one word changed, the subject twice, a
  connective half deleted, 了了): probe 1 5/26 on main, 26/26 after T193–T199 and the widened T137, 0 false
  alarms before and after. Probe 2 first run 21/25 (main 4/25), 0 false alarms; its misses were a list item
  in quotation marks (T194 cut the clause there), two tails the segmenter joined to the character before
  (抓得松|了一些, 中签|文件) and 了了 before “: after it quotation marks stay inside a list, a tail of three
  characters is read without the cut, and an opening mark may follow T137's pair: 25/25, 0 false alarms.
- typos17 (r17; T178 widened: a trade's term typed with a near reading, 控错保学, 土地流传; with a look-alike,
  土地出让全, 裁植; a system's 制 as 治, 林长治): probe 1 6/25 on main, 23/25 after, 2 false alarms before and
  after (T316's 深林, T404's 检测点: neither T178). Probe 2 first run 23/25 (main 20/25), 0 false alarms; its
  misses were 作/做 (a variant pair left out on purpose) and 湖长治 in a passage naming no other 水利 term.
- punct17 (r17; punctuation, not words) has its own runner and floors: eval/probe_punct17.py,
  tests/test_probe_punct17.py.
- residue19a (r19; another writer's identity: voice, clientele, superior, sister body, level) has its own runner and
  floors: eval/probe_residue19a.py, tests/test_probe_residue19a.py.
- punct18b (r18; punctuation, not words: P197–P200, P149 widened) has its own runner and floors:
  eval/probe_punct18b.py, tests/test_probe_punct18b.py.
- punct19 (r19; punctuation by class: P201 widened, P202, P104/P126/P150/P161/P164/P167 widened) has its own
  runner and floors: eval/probe_punct19.py, tests/test_probe_punct19.py (probe 1: main 24/28 found, 17/28 fixed →
  26/28, 26/28; probe 2, first run: main 21/26, 10/26 → 25/26, 25/26; 0 false alarms).
- punct21 (r21; punctuation by knowledge: P205 noun families, P206 hyphen for a dash, P172's event heads, P126/P124/P167
  fixes by context) has its own runner and floors: eval/probe_punct21.py, tests/test_probe_punct21.py (probe 1: main
  3/16 found, 0/16 fixed → 16/16, 16/16; probe 2, first run: main 2/13, 0/13 → 13/13, 13/13; 0 false alarms).
- punct23 (r23; punctuation by class from sets 45/46: P209 an implementing act outside its 书名号, P210 a colon after a
  time phrase, P211 a standard's name in quotes, P212 a comma between listed ordinals, P115/P121 before years and hours,
  P205 mixed-script lists) has its own runner and floors: eval/probe_punct23.py, tests/test_probe_punct23.py (probe 1:
  main 3/19 found, 2/19 fixed → 19/19, 19/19; probe 2, first run: main 2/15, 2/15 → 12/15, 12/15; 0 false alarms).
- punct25 (r25; punctuation and number forms by class from sets 49/50: P214 a law's short name cited bare, P215 a run-in
  heading closed by ；, P216 a comma before a 顿号 list's last item of one family, P110/P121/P124/P183/P196 widened)
  has its own runner and floors: eval/probe_punct25.py, tests/test_probe_punct25.py (probe 1: main 1/23 found, 1/23
  fixed, 3 false alarms → 23/23, 23/23, 0; probe 2, first run: main 2/20, 2/20 → 19/20, 19/20; 0 false alarms).
- punct26 (r26; punctuation and number forms by class from sets 51/52: P126 。。。 after a finished sentence → 。, P201 a
  doubled closer and a quotation closed before 的, P109 a listed name in quotation marks, P180 two multipliers in one
  figure, P164 and P104 widened, P116/P175 alarms quieted) has its own runner and floors: eval/probe_punct26.py,
  tests/test_probe_punct26.py (probe 1: main 22/25 found, 19/25 fixed, 1 false alarm → 25/25, 25/25, 0; probe 2, first
  run: main 16/20, 9/20, 4 → 20/20, 19/20, 0).
- punct27 (r27; punctuation and number forms by class from sets 53/54: P144 an implementing regulation named bare, P183
  a short year before a season or holiday and a dotted date span written whole, P201 a quotation closed after a name's
  head word; and E104 points) has its own runners and floors: eval/probe_punct27.py, eval/probe_punct27_outline.py,
  tests/test_probe_punct27.py (probe 1: main 6/15 found, 0/15 fixed → 15/15, 15/15; probe 2, first run: main 7/18,
  1/18 → 15/18, 15/18; 0 false alarms).
- residue19c (r19; a draft's notes to its writer in brackets — from the writer's own facts, its length, what each
  part holds, 详见附件（略） in the body —, a one-character × mask of a date or count, a completion rate its counts
  deny: R106 and R111 widened, R172): probe 1 1/16 on main, 16/16 after, 0 false alarms before and after. Probe 2
  first run 12/12 (main 2/12), 1 false alarm on both (R106 on `附表3：…（略）`: the exception's 附表 lies outside
  the engine's 10-character window; not this round's change).
  Probe 3 (R173, the opening's count of aspects; whole materials) has its own runner: eval/probe_residue19c.py,
  tests/test_probe_residue19c.py.
- counts20 (r20; whole materials: counts, names and labels against the document itself, R170/R171/R172/R106
  widened, R177) has its own runner and floors: eval/probe_counts20.py, tests/test_probe_counts20.py; the generated
  measure of the class: eval/counts_recall.py, tests/test_counts_recall.py.
- residue19b (r19; whole materials: time and counts read against the title and opening, R170/R171, R134, R150,
  R125 widened) has its own runner and floors: eval/probe_residue19b.py, tests/test_probe_residue19b.py.
- identity20 (r20; a later self-reference against the material's identity profile: R169 a claimed identity of
  another kind of unit, R174 another unit's 党组 deployment, R175 the other voice's closing) has its own runner and
  floors: eval/probe_identity20.py, tests/test_probe_identity20.py (probe 1: main 5/25 → 25/25; probe 2, first run:
  main 0/25 with 1 false alarm → 22/25 with 0), and a generated measurement of the class from the unit-kind table:
  eval/identity_recall.py, tests/test_identity_recall.py.
- residue21a (r21; another unit or another kind of text left in the material: R178 another kind's self-word, another
  unit claimed or its staff as the own unit's subject; R179 an appraisal's 该同志, a speech's address, a notice's
  submission line) has its own runner and floors: eval/probe_residue21a.py, tests/test_probe_residue21a.py (probe 1:
  main 3/16 → 16/16, 12/16 once a self-word needs the body's own usage; probe 2, first run: main 0/13 → 11/13,
  0 false alarms, 6/13 after that guard), and the table walked:
  tests/test_unit_self_words.py.
- precision17 (r17; the false alarms of new public text, fixed by class: 截止到 + a time, a chain of 一字线 links,
  a turned opening quote and its right closer, a run-in heading's flattened line break, 能力 高/强 and 增强觉悟, a
  measure before 形势, a slogan's shortened verb (防返贫), a relation “总-分”, a page's truncating dots, a local
  body's own numbered formulation; punctuation and residue counted too): probe 1 25/25 on main with 19 false
  alarms, 25/25 and 1 after (T404 及时/实时 left). Probe 2 first run 16/20 (main 16/20), 2 false alarms (main
  17): R111 on 邓--理论 (a site's mask: residue, so a right finding placed among the clean) and P116 on 四风;
  its misses were main's too (a dash before a four-character clause, 经济运行形式, two cut terms).
- sayings18 (r18; F169's list grown by 263 sayings checked against public sources: the 二十大 report, the 党章,
  the 纪律处分条例, 总书记's quoted lines, classical lines in a shipped phrase dictionary; one character changed,
  two words crossed, a character wrong): probe 1 6/25 on main, 23/25 after, 0 false alarms on main and 1
  after, which came from one entry (党的政治领导力… read into 党组织的…), removed: 23/25, 0. Probe 2 first run
  22/25 (main 3/25), 1 false alarm (F155's four 服从 on a passage quoting three, main's too); its misses were
  a saying's last word changed (相结合 → 相联系, 政策 → 方针) and a longer word put in (人民解放军).
- formulas18 (r18; a trade's or a body's standing formulation with one member written as its near word: 全面领导
  for 绝对领导, 主要责任 for 主体责任, 总方针 for 总基调, 高质量 for 高质效, 审批 for 研究讨论, 全国 for 中央 in a
  meeting's name, 根本 for 基本 and 战斗堡垒 for 先锋模范): probe 1 4/25 on main, 24/25 after F169's near words
  (data/sector_formulas.yaml `near`, `near_words`), 0 false alarms before and after; its miss (第一责任人责任) is
  arguable and left. Probe 2 first run 25/25 (main 3/25), 0 false alarms.
- formulas18b (r18; dated facts and short names in formulations: a plan's 开局/收官 year, the plenum that adopted
  a document, a congress's year, a Party regulation cited as 《…条例》 without 中国共产党, a law's inner word
  changed, a listed saying with a member changed or 念 added): probe 1 0/20 on main, 19/20 after F224–F226, F213's
  law word and the sayings data, 0 false alarms before and after; its miss is 乡村振兴法 (促进 dropped before the
  law's last character, left). Probe 2 first run 15/15 (main 3/15), 0 false alarms.
  At the merge (lead, r18) F226 was narrowed to a document that also cites Party regulations in full (formulas15's
  clean probe holds 《纪律处分条例》 alone as right): the probes' lone short titles (5 + 3) are quiet now, 14/20 and
  12/15.
- residue18 (r18; what a draft leaves in: a drafting note in brackets, a draft's version mark, a number left
  blank, a point that is only its number, parts that no longer make their whole, another year's campaign
  called this year's; residue counted): probe 1 3/25 on main, 25/25 after R106 widened, R158–R161 and R125's
  present-tense words, 1 false alarm before and after (R151: a medical passage in the transport sample).
  Probe 2 first run 21/25 (main 2/25), 1 false alarm (R151 again, on main too); its misses were a note with
  no verb of the list (这里最好举…), a part counted by 未完工 against 已完工, and a campaign after 在今年开展的
  or before 开展以来.
- residue18b (r18; a body named by its name from before the 2018 reform (安监局, 环保局, 国土局, 卫计委, 工商局,
  农业局, 国税局, 扶贫办 after 2021) as a present body, R163; another year's campaign in frames R125 did not read
  (在今年开展的…中, 按照…要求开展的); 巡视 in a material of a county's 巡察, R164; a template's alternatives
  left in (党委（党总支）), R165; ○○ placeholders, R105; residue counted): probe 1 0/22 on main, 22/22 after,
  0 false alarms before and after. Probe 2 first run 15/15 (main 0/15), 1 false alarm (R165 on 各党总支（党支部）:
  the lookbehind let 总支 inside 党总支 start a match; fixed by its cause, 0 after).
- typos18 (r18; a paragraph's own word written once as a twin that is no word, T170; 帐 in money words behind a
  suffixed word; legal terms one character off, T178/T404; 等……, 一是：, a line's own 第一、; punctuation and
  residue counted): probe 1 10/30 on main, 27/30 after, 0 false alarms before and after. Probe 2 first run 20/22
  (main 14/22), 2 false alarms before and after (T106 on 群众反应, R151 on a 民政 term in the sample's 交通
  material: neither this round's); its misses were 巡方 (巡访 below T170's word frequency) and 营业听 (a slip of
  three characters).
- precision18 (r18; the unplanted findings of sets 33/34 and public pages, fixed by class: 全市/全县 + a body after
  作为 the noun, 即时 inside a quoted mechanism, a trade's own 质量监测, 和 the adjective after a one-character
  noun, others' reaction after the author's act and a branch secretary's members, 第一议题 unquoted, a case's
  charge in a notice's words, a point about the grasp of a quoted formulation or timed by a named campaign, a
  page closing every point of sentences by ；; specificity counted too): probe 1 22/25 on main with 18 false
  alarms, 22/25 and 2 after (R147 on 全区 in a county's material, F169 on 两个区分开来: both arguably right).
  Probe 2 first run 19/20 (main 19/20), 5 false alarms (main 17): R147 on 全区 again, P192 on a two-item list
  (a right finding placed among the clean), two E104 on factless points of the P194 passage (right), and T404
  on 会后反映时间 (反映/反应 twins, not this round's class).
- formulas19 (r19; a central session beside a date it did not meet on, a plan's years in brackets, the four
  forms named against their deeds, the State's laws and rules' kinds near the catalogue, a counted formula of four
  members without its name, 意识/观 written 观念, a saying with a character added at its end): probe 1 5/25 on
  main, 21/25 after F163–F166 and the widened F213, F198, F224 and F169 classes, 0 false alarms before and after.
  Probe 2 first run 19/25 (main 6/25), 0 false alarms; its misses: 观念 after a saying not listed whole (践行社会
  主义核心价值观念 after 弘扬和, 忧患观念, 宗旨观念), a form named against one deed in a later clause, 全人类共同价值观
  (值观 a word), a law's name without book marks.
- typos19 (r19; a word the passage writes right elsewhere, here with a character dropped or typed as a twin):
  probe 1 6/25 on main, 10/25 after T171 (a changed character in the same frame of characters), 0 false alarms
  before and after; the dropped character was tried and left (abbreviations on clean materials). Probe 2 first
  run 6/16 (main 6/16), 0 false alarms: its T171 cases were 接钟 and 运轮, neither caught (运/轮 in no table).
- typos19b (r19; textbook pairs in blind spots: 干/曰/末 after a number, 防讯, 摸低, 这根玄, 技术知道, post names,
  中国特色现代化, 三大一重, 国之大事): probe 1 3/15 on main, 14/15 after T172–T174, F167, 0 false alarms before and
  after. Probe 2 first run 12/12 (main 1/12), 0 false alarms.
- precision19b (r19; sets 37/38's clean false alarms as classes: 形式 among a list of new things or means (等新形式,
  新技术、新形式) read as 形势 by T404, a body's side with 方 (馆方) read as a slip by T316, two phrases of an object
  and its verbal noun joined (测站建设和设备采购) read as two versions by R139, another verb before a campaign's
  name (巩固拓展深入贯彻…学习教育成果) read as a slip of 开展… by F169): probe 1 13/15 with 13 false alarms on
  main, 13/15 with 0 after; probe 2 first run 11/12 with 0 false alarms (main 11/12 with 11); its miss (防汛形式
  after 当前) is main's too.
- tablerecall20 (r20; pairs the typo tables already hold, written beside a number: after a count, before its
  measure word, after a date, with percentages and sums): probe 1 (written after the first fix, before it was
  run on the probe) 15/25 on main, 23/25 after stands_apart read a pair beside a digit, 0 false alarms before and
  after. Probe 2 first run 24/25 (main 16/25), 0 false alarms; its miss (唑谈会5场: 谈会) is a segmentation's.
- formrecall20 (r20; the formulation tables' own entries slipped, measured first by the generator
  eval/formulation_recall.py: a character dropped where a saying's opening is broken or before its closing mark, a
  title in book marks with a character doubled or swapped, its issuer slipped, or a gap two titles give): probe 1
  (written after the generator's measure, during F169's change) 12/25 on main, 24/25 after, 0 false alarms before
  and after. Probe 2 first run 16/18 (main 16/18), 0 false alarms (main 2: T138 on 洗洗澡、治治病, T168 on 降成本
  of 三去一降一补); five of its lines held a right form marked as a slip and were unmarked before the figure was
  read (13/18 on both with them).
- precision20 (r20; clean text of trades the repository hardly speaks, from eval/clean_variants.py's classes: 跟本所,
  更新得不够及时, 开展法律服务时, 社区警务是, 在在线监测, 问题在所里, 两周内补上, 在县人民医院): probe 1 5/5 with 9 false
  alarms on main, 5/5 with 3 after (two R151 where the probe's frame is a transport bureau's, 监室 by T316); probe 2
  first run 3/4 with 0 false alarms (main 3/4 with 1); its miss (深刻得体会到) is main's too.
- typo20b (r20 wave 2; T175 年未 after a time word, T179 即/及/继 for 既 before 又, T180 a …性/化/率 word one sound
  off, T181 two single characters sounding as one common word): probe 1 6/15 on main, 15/15 after, 0 false alarms
  before and after; probe 2 first run 10/12 (main 3/12), 0 false alarms; its misses (严肃姓: 严肃性 is below the
  table's floor; 复砸) are main's too.
- formulas20b (r20 wave 2; a named formulation given another's companion — “两个确立”的重大意义, 贯彻新发展格局,
  监督责任第一责任人 —, a series member replaced by another wording, a parallel pair crossed, a plenum given another
  plenum's plan, two sets' verbs crossed): probe 1 5/15 on integ20, 15/15 after F168, F222, F225's and F170's
  changes and the new pairs of F155, 1 false alarm on both (F169 on a clean line of mine written out of the
  documents' order, 坚定四个自信、增强四个意识: arguably right). Probe 2 first run 12/12 (integ20 3/12), 0 false alarms.
- typo21 (r21; a real word written for its confusable twin where the neighbours decide — T110's table of pairs grown
  from 37 to 115, 权利 of a post's power, T107's 必需 before a verb): probe 1 8/16 on main, 16/16 after, 0 false alarms
  on main, 1 after (溶入 at a clause's end after 热水, fixed by its cause). Probe 2 first run 9/12 (main 3/12), 2 false
  alarms (T146 监督权利, main's too; 溶入温水, fixed by its cause after the run); its misses (设备配置标准, 必需张榜,
  代领工人) are contexts the table does not hold.
- residue21b (r21; whole materials: another year's N个带头, another branch-committee seat, an office's function
  against the departments overseen, a place's field in a bureau's material, a trade shown nowhere — R121, R180,
  R181) has its own runner and floors: eval/probe_residue21b.py, tests/test_probe_residue21b.py.
- residue22a (r22; whole materials: another person in the signature, another portfolio claimed, another company, group,
  account or sibling institution of the own trade — R205, R182, R183) has its own runner and floors:
  eval/probe_residue22a.py, tests/test_probe_residue22a.py (probe 1: main 1/15, after 15/15; probe 2 first run 11/12,
  main 0/12; 0 false alarms).
- residue23 (r23; whole materials: another unit of the own kind — a mine, a reservoir, a plant, a school, a hospital, a
  station —, one post held by two names, a revision note, a writing hint and a blank date left in, this year named as
  another year of a plan period — R183, R188, R186, R106, R187, R189) has its own runner and floors:
  eval/probe_residue23.py, tests/test_probe_residue23.py (probe 1: main 2/20, after 19/20; probe 2 first run 9/12,
  main 0/12, 1 false alarm; 0 false alarms on probe 1).
- residue24 (r24; whole materials: leftovers that contradict the material's own identity — the own unit's name with
  another ordinal or seat city, another county named once, another person's case, another university than the sending
  one, the own members counted twice, the own organ under its sibling body's name — R190–R195, R124) has its own
  runner and floors: eval/probe_residue24.py, tests/test_probe_residue24.py (probe 1: main 2/15 with 1 false alarm,
  after 15/15, 0; probe 2 first run 11/12, main 1/12, 0 false alarms).
- formulas21 (r21; a named enumeration quoted with a member changed for an old or near wording or any word after its
  name, a member dropped, 全面从严治党监督责任 given to a 党委, 维护党中央的核心 without 习近平): probe 1 7/16 on main
  (1 false alarm, F155 on 三重一大 with 大额度资金使用), 15/16 after F227, F228, F229, 0 false alarms. Probe 2 first run
  10/12 (main 8/12), 0 false alarms; its misses: 县委常委会 not among the bodies, 作风优良 for 纪律严明 unnamed.
- doctitles21 (r21; a Party regulation's, law's or central document's title in book marks a character or a word off —
  F213 widened: a kind's last character slipped, a 中国共产党… regulation read whole with its issuer, 58 more titles):
  probe 1 16/16 on integ21 already (F126, F129, F213), 16/16 after, 0 false alarms. Probe 2 first run 12/12 (integ21
  6/12), 0 false alarms; 3 of the 12 suggestions name another document (党内巡视条例 → 党内监督条例, 党政工作条例 →
  党组工作条例, 加强党的政治建设的决定 → …的意见).
- confusions21 (r21; T110's table of confusable real words grown from 115 to 263 pairs: fixed formulations given a real
  word for a member — 亲清政商关系, 党风廉政建设, 历史周期率, 以学正风 —, the pinyin twins of the genre's words — 政治/整治/正直,
  职责/指责, 职能/智能, 实施/实时, 事业/失业, 发言/发炎 —, 巡视/巡察 by the level of the Party committee, the 易混词 of the
  common lists with the neighbours that decide): probe 1 8/21 on typo21 (and main), 17/21 after; 1 false alarm on both
  (T110 交待了违纪事实 in a clean line of mine: 交待 is the variant the norms replace, arguably right). Probe 2 first run
  11/15 (typo21 7/15), 0 false alarms; its misses (收费检察, 截流低保金, 镇党委巡察组, 我的发炎) are contexts the
  table does not hold.
- residue22b (r22; what a fill-in template leaves: a field in brackets — 【车次】, ［会议名称］, 【来访人姓名】 —, a plan's
  value left undecided — 完成时限：（待定）, 整改时限：待定 —, the template's own word — （参考模板）, （范本） —, and a
  sentence pasted again after its own list marker; R184, R185): probe 1 3/16 on main, 16/16 after, 0 false alarms on
  both. Probe 2 first run 10/12 (main 0/12), 5 false alarms: main's 3 (T116 登塔, R106 and R129 on a label 【时间】 with
  its date) and 2 of R184 (a heading 【典型案例】 before its text, the label 【时间】 with its date), fixed by their cause
  after the run (a label with its value, an example that heads text), and 【X姓名】 read as a field by its suffix: 11/12,
  3 false alarms (main's). Its miss: 样稿： opening a line, written mid-text.
- formulas22 (r22; a named formulation's member written otherwise — 20 more series with members in order (四种危险,
  四大考验, 政治三力, 四个自我, 三项机制, 五个重大原则, 伟大建党精神, 五篇大文章, 民主集中制's four principles, 三大规律 …)
  and 四个不摘 in its short wording (…不摘帮扶、不摘项目), the initial mission and 巩固拓展 as their near
  wordings (谋发展, 巩固脱贫攻坚成果同乡村振兴有效衔接), a verb's object closed as the subject of its result: F230
  增强…得到有效提升, F231 提高…有了明显提升): probe 1 (written after the first code of the round) 7/15 on main, 15/15
  after, 1 false alarm on both (F178 on 自我完善…能力). Probe 2 first run 12/12 (main 3/12), 0 false alarms.
- precision22 (r22; sets 43/44's false alarms fixed by their class: a genre-wide word is no trade's sign (T178 进店), a
  word's own place elsewhere (T404 督察), a noun's graded size before 的 (T312), parts counting their own noun (R161), a
  campaign as a point's setting (E104), 以X代Y and a unit's short name before its organ (T166), a transposition's right
  form straddling words (T201), place suffixes 港岛 (T169), governance's compact words 提效降费 (T130, T170), a verb and
  its result (T165 用好), 和 before a real word (T123), both orders of 咬耳扯袖/红脸出汗 (F155), 自我X…的能力 (F178), one
  adverb opening both items (P150), the meeting's own notice (P114), a second 一是 series (P140)): probe 1 (written
  after the code, the round's order broken) 15/15 found on main with 14 false alarms, 15/15 with 2 after (R125 and
  E104 on two passages of mine that are true findings in the 2023 sample: my probe's fault). Probe 2 first run 12/12,
  2 false alarms (main 12/12, 6): T404 on 专项督察 where the text's own 督察 stands in 生态环境保护督察 and 督察组, and
  F169 asking 中央 before a provincial 生态环境保护督察.
- typo22 (r22; 成语 with a dialect-merged sound (T182: 不择不扣), sayings of five characters or more one character off
  (T182: 防患于未燃), the genre's two-character words typed with a same-reading or shared-part character (T183: 出抬,
  轮侯, 冷连, 较准), and T110's new pairs 公示/公式, 核酸/核算, 审定/审订, 精简/精减, 链/连): probe 1 (written after the
  first code, not before) 6/21 on the base commit, 19/21 after, 0 false alarms; its misses 眉毛胡子一把捉 (a meaning
  slip) and 核时 (a pair the clean materials write in 审核时). Probe 2 first run 11/14 (base 6/14), 0 false alarms;
  misses 雷声大雨点少, 处制, 的精减.
- formspec23 (r23; names of counted parts with their parts in each other's place (F169: 两新三企 for 两企三新, 三课一会),
  以A引领B sayings with A and B swapped (swapped_pairs: 以社会革命引领党的自我革命), a trade's short name one word off
  (两个坚持、三个转化), 政治纪律和组织规矩; a campaign's short name after a verb of carrying out and 作为首要任务 quiet):
  probe 1 (written before the code) 4/14 on main with 2 false alarms (F169 on 作为首要任务 and 深入开展…学习教育),
  11/14 with 0 after; misses 以发展引领党建 (no such saying listed), 三不放过 (a count of a series name), 两个至高.
  Probe 2 first run 11/12 (main 0/12, 1 false alarm: F169 on 深入推进…学习教育), 0 false alarms; miss 以城促工.
- typo23 (r23; trade terms of eleven more trades typed with a sound-alike (T178's lexicon: 瓦斯超线, 探防水, 起闭机,
  沥青滩铺), 常见错别字 the dictionary lists as words (T111: 疏理, 座标, 输导, 厂所), a body's own name and a person's
  name written once as a same-sounding twin (T321 督察室, T322 罗长平), 原因是因为以下 (T320), and the false alarms of
  sets 45/46 by cause (本值的, 1部仅, 歇一歇, 谈心不足2次, 迟交, 争取取得, 不优)): probe 1 (before code) 1/15 on main
  with 4 false alarms, 13/15 after, 0 false alarms; misses 渗流检测 (a right word in a wrong place) and 管往. Probe 2
  first run 12/12, 0 false alarms (main 5/12, 1).
- precision23 (r23; sets 45/46's structure and cross-kind alarms fixed by their class: a point label after a draft's
  bracket note 【…】［…］〔…〕 or an ellipsis (…… ...... …) holds its place in the series (S111/S110), a measure word
  after a count (T316 1部仅), 值 as a shift (T119 本值的), a timing morpheme before a verb of handing in (T183 迟交,
  代报), a step reported beforehand (A103 提前报…审核); S112's signing date and R178's plant companies are tested in
  their own files): probe 1 (written after the first code of the round) 7/15 on the base commit with 6 false alarms,
  15/15 with 0 after. Probe 2 first run 11/12 (base 7/12), 2 false alarms on both, my probe's fault (a single … is a
  true P126 slip and 社区矫正 a true R151 in the transport sample); its miss 维宝 (no table holds 维保).
- formspec24 (r24; standard formulations garbled and grammar faults filed as formulation: a saying the table lacked
  (以案为鉴、以案促改), a wording changed at the 19th congress (F232 打铁还需自身硬, the old principal contradiction),
  a word changed in the shared part of a family of sayings (F169 在思想上组织上行动上), a formulation cut short before
  its 精神 (F129 中央八项规定及其细则), a slogan after its own or another slogan's own word (F170 维护“两个维护”),
  有…组成/构成 (F233), a verb pair over one object that the first verb cannot take (F178 增强和改进工作作风) and
  首当其冲 for "first to act" (F234)): probe 1 (before code) 5/15 on main, 15/15 after, 0 false alarms on both.
  Probe 2 first run 9/12 (main 3/12), 0 false alarms; misses 维护“两个确立”, 有…构成, 提升和转变 (a second verb
  outside the table's verbs), then fixed by class (12/12).
- typo24 (r24; real words wrong in their context, sets 47/48's misses by class: a state by a time after 截止到
  (T324), 渡过 with a span of time and a measure's twin before a figure (T404's frames: 度过了十二年, 精矿品位由22%,
  定位精度误差超过2米; 发行 after a trade's noun), four trades' terms (T178's lexicon: an oil field's 含水率 and 井场, an
  ore-dressing plant's 品位, a bookstore's 教辅发行, a pumped-storage station's 削峰填谷), 即/既 and 并/井 typed for each
  other inside a word (T325: 即定目标, 并盖), a like-headed saying's member beside its mate (T326: 以案为镜、以案促改)):
  probe 1 (before code) 2/15 on main, 0 false alarms → 15/15, 0. Probe 2 first run 12/12, 0 false alarms (main 3/12, 0).
- typoquiet24 (r24; the typo rules' false alarms of sets 47/48 fixed by their class: a trade's right word no slip of
  another (the trades' lexicon read by T116's guard and as T404's counter-evidence: 寄件, 调裁, 监察建议), 严重 no
  collocate of 损坏 alone, 原 + 由 + who (T117), 的 before the subject of 有/只有 (T305, T308, T312), 自认为 + 是 and its
  object (T144), 逐 before any noun (T178, T170), jieba's "idiom" 群众反映 before 的 (T312), a localizer or a unit's 台
  before a word it begins (T134), 有问必录): probe 1 (written before the code) 9/10 on main with 10 false alarms, 9/10
  with 0 after (its miss 积极的争取有关部门, missed on main too). Probe 2 first run 4/5 with 1 false alarm (main 5/5
  with 6): 原由办公室统一办理 (a verbal noun after the agent) and 设备严重损坏 lost with 严重; both fixed by class after.
- typoquiet25 (r25; the typo and formulation rules' false alarms of sets 49/50 fixed by their class: 的 before a noun
  or number that a complement's character begins (T301's guard, read by the dictionary: 分管的实训处), a standard's
  object after 对照/按照 (T305), a fault noun after a verb of knowing (T304: 意识到这样做的不妥), a verb + a
  one-character head (T305/T308: 扣分项), 来 after a numeral and 零 of a noun (T116's guard: 三百来字, 实训零违规), a
  discipline body's, a court's or editor's, a chronicle office's and the digital trades' words (the trades' lexicon:
  同级监督, 私车公养, 终审, 存史, 志书, 数智), a digit before its measure (T135: 1出), a law of the closed list of titles
  (F129: 监狱法), another member of a family of short members (F169/F222: 看病烦)): probe 1 (written before the
  code) 10/10 with 17 false alarms on main, 10/10 with 0 after. Probe 2 first run 5/6 with 1 false alarm (main 5/6
  with 4): 抓的好几项 (jieba's 好|几项) and 1丝不苟 (missed on main too); both fixed by class after (6/6, 0).
- form26 (r26; formulation and grammar slips sets 51/52 missed, by class: double negations that turn the sense
  (F235: 不得不否认; 不能/不可/无法/难以/不容否认 + the writer's own side + 没有/不存在 + a fault), an estimate said
  twice around a verb or 半 (F186: 大约拖了半年左右, 大致…上下, 约耗时…左右), the Thought's name with a word moved or
  three words reordered (F169), 差强人意 and 不孚众望 used for their opposite where the context shows it (F236) and
  首当其冲 as the speaker's habit of going first (F234: 我总是首当其冲，…)): probe 1 (before code) 1/15 on main,
  15/15 after, 0 false alarms on both. Probe 2 first run 10/14 with 1 false alarm (main 2/14 with 1); misses 我不能否认
  (the side named before 不能否认), 约耗时, three words reordered, a fault owned past ten characters, and the alarm
  我作为窗口负责人…首当其冲 after 群众投诉 (a trouble before it), then fixed by class (14/14, 0).
- typo26 (r26; the typos sets 51/52 missed and the typo rules' false alarms on their texts, by class: 作/做 swapped
  inside a 成语 or fixed phrase (T328: 默不做声, 做茧自缚, 当家做主), 的 before 不够 closing the clause after a verb
  whose object 对 puts first (T304: 对…重视的不够), 反映 after the people who tell an office something (T404: 客户,
  业主, 游客 …), a home-service or sanitation trade's two-character word typed by its sound (T178 and the trades'
  lexicon: 保结, 家正, 分检); quiet: 缴纳 beside the lexicon's 交纳 (T178, T143, T176), a place after 在 before 公开
  (T168), a round count's programme (T157: 千企), the material's own body in its head (T157: 东岚), coming to a
  shop or a hall (T183: 来店), a home-service trade's words (T130: 辅食)): probe 1 (written before the code) 7/11
  with 3 false alarms on main, 11/11 with 0 after. Probe 2 first run 9/10 with 1 false alarm (main 1/10 with 3):
  我们做的还很不够 (a person's doing judged, a noun's phrase; on main too), fixed by class after (9/10, 0); its
  miss 酒水 for 洒水 (a real word, a look-alike) left.
- form27 (r27; formulation and grammar slips sets 53/54 missed, by class: 首当其冲的是 + an act with no trouble before
  it (F234 → 首要), a derogatory set phrase praised (F238: 上行下效的良好风气, 为…推波助澜), 差强人意 before a count
  left undone (F236: 6个站中仍有3个未达标), 是由于…造成的 (F237), a 带头 aspect quoted with its words swapped or
  replaced (F240), 中央八项规定精神及其实施细则 (F239), 的 for 地 after 没有 + an attitude word before a verb closing
  its clause, before a four-character verb or two verbs with 了 (T312)): probe 1 (written before the code) 5/15
  with 1 false alarm on main (T303's 认真的同志), 15/15 with 0 after. Probe 2 first run 10/13 with 0 false alarms
  (main 6/13 with 0); misses 还有9户未开工 (any act left undone after 还有 + a count) and 认真的梳理排查了 (two verbs
  with 了), fixed by class after (12/13, 0); 没有细心的指点 (the dictionary's noun 指点) left, for precision.
- form28 (r28; formulation and grammar slips sets 55/56 missed, by class: 差强人意 in a sentence that tells a
  shortfall before or after it (F236: a small count, a complaint, a low rank, a thing not done or left idle),
  a 四风 member's near wording beside one neighbour with the name left out (F227: 享乐主义和奢靡主义), 是因为…
  造成的 in a sentence analysing a cause, over a comma too (F237), 主要原因是…造成的 (F241); quiet: a verb inside
  a standard's or a plan's name before 补短板 (F178), 坚定维护 for 坚决维护 (F169)): probe 1 (written before the
  code) 3/14 with 4 false alarms on main, 14/14 with 0 after. Probe 2 first run 11/12 with 0 false alarms (main
  3/12 with 2); its miss 3个合作社有2个处于停产状态 (a thing left idle) fixed by class after (12/12, 0).
- typo27 (r27; the typos sets 53/54 missed and the typo rules' false alarms on their texts, by class: a trade's
  real word for the trade's own term (T110's pairs, with `speaks`, the material's own trade: 免役 → 免疫 where it
  writes 疫苗, 寻河 → 巡河 where it writes 河长, 囤船 → 趸船 at a 码头; 依存性 after 服药, 零活 before 用工, 结合 after 肺
  or before 杆菌), 带 for 戴 before what is worn, OCR 千 for 干 before 部/警/群关系, 再此 for the opener 在此, 粱 for
  梁 after 桥/栋/横; quiet: a waiting room of three characters (候考室: every two-character table's findings), 撞期
  and 账物 (trade_terms words), 末级渠系 (trade_terms), a measure word after a numeral ending a sentence (T185:
  结对8对。), an adverbial verb before its verb (T145: 提前提醒), a numbered unit before its post (T112: 第3网格网格长),
  a verb of handing before its receiver (T168: 交部门)): probe 1 (written before the code) 4/11 with 7 false alarms
  on main, 8/11 with 0 after (misses: 带 before 执法记录仪, left as 带 may be right there; a passage whose first
  slip 困难千群 is no phrase of the class; 趸舶, a look-alike no table holds). Probe 2 first run 10/10 with 0.
- typo28 (r28; the typos sets 55/56 missed and the typo rules' false alarms on their texts, by class: a whole
  homophone of a genre compound's member where the material writes the member elsewhere (T176's h rows: 时间活动 →
  实践活动, 烈士史记 → 事迹), OCR 人 for 入 in the Party's rites (T178 with 入党誓词, 入党介绍人 in the trades'
  lexicon), 必需 before a verb phrase by the dictionary (T329: 必需一查到底, 必需第一时间); quiet: 平急 (trade_terms),
  an adverb before a far commoner word of its own (T167: 太专业), 经 + a body's short name + its department (T116:
  经馆财务科), 的 before a verb heading a compound noun (T305: 居住安全) or after a numeral's noise entry (T312: 一栏的
  填写日期)): probe 1 (written before the code) 1/10 with 3 false alarms on main, 4/10 with 0 after (the homophones
  missed by design: the sample material writes no 实践 or 事迹; 人脑人心, both halves words; 必需限时, a noun by
  jieba). Probe 2 first run 4/6 with 0 (misses: 担任人党介绍人, cut 任人; 必需两人以上, a noun by jieba).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from word_probes import PROBES, run

# probe: (slips at least, found at least — a little below the measured figure, clean characters at least,
# false alarms at most)
FLOORS = {
    "typo13": (40, 26, 500, 0),
    "typo13b": (30, 19, 600, 3),
    "typo14-1": (40, 28, 500, 0),
    "typo14-2": (25, 8, 500, 0),
    "lexicon14-1": (40, 19, 500, 0),
    "lexicon14-2": (25, 21, 500, 0),
    "context14-1": (40, 29, 500, 0),
    "context14-2": (25, 3, 500, 0),
    "formulas14-1": (40, 41, 1000, 1),
    "formulas14-2": (25, 24, 600, 1),
    "edits14-1": (40, 36, 500, 0),
    "edits14-2": (25, 18, 400, 0),
    "sound15-1": (40, 42, 500, 1),
    "sound15-2": (25, 26, 500, 0),
    "grammar15-1": (40, 37, 300, 0),
    "grammar15-2": (25, 20, 300, 0),
    "glyph15-1": (40, 30, 400, 0),
    "glyph15-2": (25, 17, 400, 0),
    "formulas15-1": (40, 42, 1000, 1),
    "formulas15-2": (25, 25, 600, 0),
    "grammar16-1": (40, 39, 1000, 0),
    "grammar16-2": (25, 23, 600, 0),
    "glyph16-1": (40, 39, 600, 0),
    "glyph16-2": (25, 21, 400, 1),
    "edits16-1": (40, 36, 800, 0),
    "edits16-2": (25, 22, 450, 0),
    "trade16-1": (50, 45, 600, 0),
    "trade16-2": (35, 24, 500, 0),
    "formulas17-1": (25, 23, 600, 1),
    "formulas17-2": (25, 19, 500, 2),
    "frames17-1": (40, 36, 600, 0),
    "frames17-2": (25, 23, 500, 0),
    "edits17-1": (26, 25, 500, 0),
    "edits17-2": (25, 20, 500, 0),
    "typos17-1": (25, 23, 600, 2),
    "typos17-2": (25, 23, 500, 0),
    "precision17-1": (25, 25, 600, 1),
    # precision17-2's third alarm came at the merge with formulas17: F169 asks a material for the full
    # formulation (`八项规定精神` → 中央八项规定精神), which precision17 had written as a clean passage
    "precision17-2": (20, 16, 500, 3),
    "sayings18-1": (25, 22, 600, 0),
    "sayings18-2": (25, 21, 600, 1),
    "formulas18-1": (25, 24, 600, 0),
    "formulas18-2": (25, 25, 600, 0),
    "formulas18b-1": (20, 14, 600, 0),
    "formulas18b-2": (15, 12, 400, 0),
    "residue18-1": (25, 24, 700, 1),
    "residue18-2": (25, 20, 650, 1),
    "residue18b-1": (22, 22, 450, 0),
    "residue18b-2": (15, 15, 330, 0),
    "typos18-1": (30, 27, 550, 0),
    "typos18-2": (22, 20, 450, 2),
    "precision18-1": (25, 22, 700, 2),
    "precision18-2": (20, 19, 500, 5),
    "formulas19-1": (25, 21, 800, 0),
    "formulas19-2": (25, 19, 650, 0),
    "typos19-1": (25, 10, 500, 0),
    "typos19-2": (16, 6, 250, 0),
    "typos19b-1": (15, 14, 250, 0),
    "typos19b-2": (12, 12, 160, 0),
    "residue19c-1": (16, 15, 380, 0),
    "residue19c-2": (12, 11, 250, 1),
    "precision19b-1": (15, 13, 450, 0),
    "precision19b-2": (12, 11, 330, 0),
    "tablerecall20-1": (25, 23, 450, 0),
    "tablerecall20-2": (25, 24, 450, 0),
    "formrecall20-1": (25, 24, 600, 0),
    "formrecall20-2": (18, 16, 480, 0),
    "precision20-1": (5, 5, 800, 3),
    "precision20-2": (4, 3, 590, 0),
    "typo20b-1": (15, 15, 300, 0),
    "typo20b-2": (12, 10, 200, 0),
    "formulas20b-1": (15, 15, 350, 1),
    "formulas20b-2": (12, 12, 250, 0),
    "typo21-1": (16, 16, 270, 0),
    "typo21-2": (12, 9, 210, 1),
    "formulas21-1": (16, 15, 600, 0),
    "formulas21-2": (12, 10, 470, 0),
    "doctitles21-1": (16, 16, 450, 0),
    "doctitles21-2": (12, 12, 370, 0),
    "confusions21-1": (21, 17, 580, 1),
    "confusions21-2": (15, 11, 290, 0),
    "residue22b-1": (16, 16, 420, 0),
    "residue22b-2": (12, 11, 310, 3),
    "formulas22-1": (15, 15, 500, 1),
    "formulas22-2": (12, 12, 400, 0),
    "precision22-1": (15, 15, 630, 2),
    "precision22-2": (12, 12, 350, 2),
    "typo22-1": (21, 19, 400, 0),
    "typo22-2": (14, 11, 290, 0),
    "formspec23-1": (14, 11, 400, 0),
    "formspec23-2": (12, 11, 300, 0),
    "typo23-1": (15, 13, 290, 0),
    "typo23-2": (12, 12, 210, 0),
    "precision23-1": (15, 15, 1000, 0),
    "precision23-2": (12, 11, 330, 2),
    "formspec24-1": (15, 15, 340, 0),
    "formspec24-2": (12, 9, 240, 0),
    "typo24-1": (15, 15, 300, 0),
    "typo24-2": (12, 12, 160, 0),
    "typoquiet24-1": (10, 9, 430, 0),
    "typoquiet24-2": (5, 4, 300, 1),
    "typoquiet25-1": (10, 10, 330, 0),
    "typoquiet25-2": (6, 5, 290, 1),
    "form26-1": (15, 15, 290, 0),
    "form26-2": (14, 10, 210, 1),
    "typo26-1": (11, 11, 220, 0),
    "typo26-2": (10, 9, 190, 0),
    "form27-1": (15, 15, 280, 0),
    "form27-2": (13, 10, 220, 0),
    "form28-1": (14, 14, 300, 0),
    "form28-2": (12, 11, 210, 0),
    "typo27-1": (11, 8, 200, 0),
    "typo27-2": (10, 10, 200, 0),
    "typo28-1": (10, 4, 200, 0),
    "typo28-2": (6, 4, 130, 0),
}

# the rules a probe's round built may raise none of its known alarms
NEVER = {
    "typo13b": ("T403", "T167", "T136"),
    "formulas14-1": (" F1",),
    "formulas14-2": (" F1",),
    "sound15-1": ("T177",),
    "sound15-2": ("T177",),
    "formulas15-1": (" F213", " F214", " F215"),
    "grammar16-1": (" F208", " F209", " F210", " F211", " F212", " F216", " F217", " F218", " F219"),
    "grammar16-2": (" F208", " F209", " F210", " F211", " F212", " F216", " F217", " F218", " F219"),
    "glyph16-1": ("T169", "T157"),
    "glyph16-2": ("T169", "T157"),
    "edits14-1": ("T188", "T189", "T190", "T191", "T193", "T194", "T195", "T196", "T197", "T198", "T199"),
    "edits14-2": ("T188", "T189", "T190", "T191", "T193", "T194", "T195", "T196", "T197", "T198", "T199"),
    "trade16-1": ("T178",),
    "trade16-2": ("T178",),
    "frames17-1": (" F221", " F223"),
    "frames17-2": (" F221", " F223"),
    "edits16-1": ("T193", "T194", "T195", "T196", "T197", "T198", "T199"),
    "edits16-2": ("T193", "T194", "T195", "T196", "T197", "T198", "T199"),
    "typos17-1": ("T178",),
    "typos17-2": ("T178",),
    "typos18-1": ("T170", "T178", "P196"),
    "typos18-2": ("T170", "T178", "P196"),
    "typos19-1": ("T171",),
    "typos19-2": ("T171",),
    "typos19b-1": ("T172", "T173", "T174", "F167"),
    "typos19b-2": ("T172", "T173", "T174", "F167"),
    "residue19c-1": ("R172",),
    "residue19c-2": ("R172",),
    "formrecall20-1": (" F169", " F213", "T163", "T138", "T168"),
    "formrecall20-2": (" F169", " F213", "T163", "T138", "T168"),
    "formulas20b-1": (" F168", " F222"),
    "formulas20b-2": (" F168", " F222"),
    "formulas21-1": (" F227", " F228", " F229"),
    "formulas21-2": (" F227", " F228", " F229"),
    "formulas22-1": (" F227", " F230", " F231"),
    "formulas22-2": (" F227", " F230", " F231"),
    "formspec23-1": (" F169", " F214", " F178"),
    "formspec23-2": (" F169", " F214", " F178"),
    "formspec24-1": (" F232", " F233", " F234", " F170", " F178"),
    "formspec24-2": (" F232", " F233", " F234", " F170", " F178"),
    "typo24-1": ("T324", "T325", "T326"),
    "typo24-2": ("T324", "T325", "T326"),
    "form26-1": (" F235", " F236", " F186"),
    "form26-2": (" F235", " F236", " F186"),
    "form27-1": (" F237", " F238", " F239", " F240"),
    "form27-2": (" F237", " F238", " F239", " F240"),
    "form28-1": (" F236", " F227", " F237", " F241", " F178", " F169"),
    "form28-2": (" F236", " F227", " F237", " F241", " F178", " F169"),
}


def test_every_probe_has_its_floors() -> None:
    assert sorted(FLOORS) == sorted(PROBES)


@pytest.fixture(scope="module", params=sorted(FLOORS))
def probe(request):
    return request.param, run(request.param)


def test_probe_slips_are_found(probe) -> None:
    name, result = probe
    slips, found, _clean, _alarms = FLOORS[name]
    assert result.slips >= slips
    assert len(result.found) >= found, "\n".join(result.missed)


def test_probe_clean_passages_stay_quiet(probe) -> None:
    name, result = probe
    _slips, _found, clean, alarms = FLOORS[name]
    assert result.clean >= clean
    assert len(result.alarms) <= alarms, "\n".join(result.alarms)
    assert not any(code in a for a in result.alarms for code in NEVER.get(name, ())), result.alarms
