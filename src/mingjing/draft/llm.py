"""Optional LLM phrasing: an OpenAI-compatible chat-completions endpoint turns one problem's notes
into fluent prose. Nothing is sent anywhere unless an endpoint is configured (--llm-url or
MINGJING_LLM_URL).

The LLM may not add facts: every number, quoted phrase, document title (《》), place or unit name
and person named as 同志 in its answer must come from the notes, otherwise the point keeps the
plain assembly and a finding says why. The first failure of the endpoint itself (timeout, HTTP
error, an answer that is not the expected JSON) stops LLM use for the rest of the draft.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from mingjing.draft.notes import Notes, Problem, is_collective, left_out
from mingjing.errors import InputError
from mingjing.numerals import parse_chinese_number

DEFAULT_TIMEOUT = 60.0
MAX_PROSE = 600  # characters: a point, not an essay
SYSTEM_PROMPT = (
    "你是对照检查材料的写作助手。请把作者关于一个问题的笔记改写成一段连贯、朴实的第一人称文字（用“{voice}”），"
    "接在问题概括之后。要求：只用笔记里的事实，不得增加任何数字、日期、人名、地名、单位名称、文件名称或引语；"
    "具体事例用“比如”引出；不要写标题、编号、“一是”“二是”，不要分段，不要空话套话；只输出这一段文字。"
)


def system_prompt(notes: Notes) -> str:
    """The instructions for one point: in the author's voice (我), or the team's (班子、我们)."""
    return SYSTEM_PROMPT.format(voice="班子”“我们" if is_collective(notes.kind) else "我")


@dataclass
class LlmConfig:
    url: str
    model: str
    key: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    @property
    def endpoint(self) -> str:
        url = self.url.rstrip("/")
        return url if url.endswith("/chat/completions") else url + "/chat/completions"


def llm_config(
    url: str | None, model: str | None, timeout: float | None = None, environ: dict | None = None
) -> LlmConfig | None:
    """The endpoint from the options, else from MINGJING_LLM_URL/_MODEL/_KEY; None: no LLM."""
    env = os.environ if environ is None else environ
    url = url or env.get("MINGJING_LLM_URL") or None
    model = model or env.get("MINGJING_LLM_MODEL") or None
    if not url:
        if model:
            raise InputError("给了 LLM 模型名称但没有地址：请同时指定 --llm-url（或 MINGJING_LLM_URL）")
        return None
    if not re.match(r"^https?://[^\s/]+", url):
        raise InputError(f"LLM 地址“{url}”无效：应以 http:// 或 https:// 开头，如 http://127.0.0.1:11434/v1")
    if not model:
        raise InputError("已指定 LLM 地址但没有模型名称：请加 --llm-model（或设置 MINGJING_LLM_MODEL）")
    return LlmConfig(url, model, env.get("MINGJING_LLM_KEY") or None, timeout or DEFAULT_TIMEOUT)


class LlmError(Exception):
    """The endpoint failed; str() is a Chinese line for the user."""


def chat(config: LlmConfig, system: str, user: str) -> str:
    """One chat completion over HTTP; LlmError with a Chinese message on any failure."""
    body = json.dumps(
        {
            "model": config.model,
            "temperature": 0.3,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
        },
        ensure_ascii=False,
    ).encode("utf-8")
    headers = {"Content-Type": "application/json"}
    if config.key:
        headers["Authorization"] = f"Bearer {config.key}"
    request = urllib.request.Request(config.endpoint, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=config.timeout) as response:
            raw = response.read(4 << 20)
    except urllib.error.HTTPError as exc:
        raise LlmError(f"LLM 服务返回错误 HTTP {exc.code}（{config.endpoint}）") from None
    except TimeoutError:
        raise LlmError(f"LLM 服务超时（{config.timeout:g} 秒内没有回答，{config.endpoint}）") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise LlmError(f"LLM 服务超时（{config.timeout:g} 秒内没有回答，{config.endpoint}）") from None
        raise LlmError(f"无法连接 LLM 服务（{reason}，{config.endpoint}）") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise LlmError(f"与 LLM 服务通信失败（{type(exc).__name__}: {exc}，{config.endpoint}）") from None
    try:
        data = json.loads(raw.decode("utf-8"))
        content = data["choices"][0]["message"]["content"]
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise LlmError(f"LLM 服务的回答不是有效的 JSON（{config.endpoint}）") from None
    except (KeyError, IndexError, TypeError):
        raise LlmError(
            f"LLM 服务的回答不是 chat-completions 格式（缺少 choices[0].message.content，{config.endpoint}）"
        ) from None
    if not isinstance(content, str):
        raise LlmError(f"LLM 服务的回答内容不是文字（{config.endpoint}）")
    return content


# -- the fact guard ---------------------------------------------------------------------------
_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_CN_NUMBER = re.compile(
    r"([零〇一二两三四五六七八九十百千万]+)(?=[次个人名条项篇场份户元天批期件周年月日岁届轮]|万|亿)"
)
_QUOTED = re.compile(r"“([^”]{2,40})”|《([^》]{1,40})》")
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|镇|乡|村|街道|社区)")
_COMRADE = re.compile(r"([\u4e00-\u9fff]{2,3})同志")
_STRUCTURE = re.compile(r"(?:^|[。；;，,：:])[一二三四五六七八九十]是|\n")


def _numbers(text: str) -> set[float]:
    values = {float(n) for n in _ARABIC.findall(text)}
    for m in _CN_NUMBER.finditer(text):
        v = parse_chinese_number(m.group(1))
        if v is not None:
            values.add(float(v))
    return values


def invented(prose: str, source: str) -> str | None:
    """Why the prose cannot be used (a fact not in the source), or None when it keeps to the notes."""
    known = _numbers(source)
    for m in _ARABIC.finditer(prose):
        if float(m.group()) not in known:
            return f"数字“{m.group()}”不在笔记中"
    for m in _CN_NUMBER.finditer(prose):
        v = parse_chinese_number(m.group(1))
        if v is not None and v > 1 and float(v) not in known:
            return f"数字“{m.group(1)}”不在笔记中"
    for m in _QUOTED.finditer(prose):
        inner = m.group(1) or m.group(2)
        if inner not in source:
            return f"引语或文件名“{m.group()}”不在笔记中"
    for m in _PLACE.finditer(prose):  # the match may start with a word before the name: try its tails
        tails = [m.group()[k:] for k in range(len(m.group()) - 2)]
        if not any(t in source for t in tails):
            return f"地名或单位“{tails[-1]}”不在笔记中"
    for m in _COMRADE.finditer(prose):
        if m.group(1) not in source and m.group(1) not in (
            "有的",
            "一些",
            "个别",
            "部分",
            "身边",
            "广大",
            "基层",
            "年轻",
        ):
            return f"人名“{m.group(1)}”不在笔记中"
    return None


def point_source(notes: Notes, aspect: str, problem: Problem) -> str:
    """Everything the LLM may draw facts from for this point."""
    parts = [
        notes.author,
        notes.role,
        notes.unit,
        notes.meeting,
        notes.date,
        aspect,
        problem.problem,
        problem.own_words,
        *problem.facts,
        *problem.opinions,
    ]
    return "\n".join(p for p in parts if p)


def point_prompt(notes: Notes, aspect: str, problem: Problem) -> str:
    lines = [f"方面：{aspect}", f"问题概括：{'' if left_out(problem.problem) else problem.problem or ''}"]
    if notes.role and not left_out(notes.role):
        lines.append(f"作者职务：{notes.role}")
    if problem.own_words:
        lines.append(f"作者自己的话：{problem.own_words}")
    for fact in problem.facts:
        if not left_out(fact):  # 无: the author has none to give
            lines.append(f"事实：{fact}")
    for opinion in problem.opinions:
        lines.append(f"征求到的意见：{opinion}")
    return "\n".join(lines)


@dataclass
class Fallback:
    """A point that kept the plain assembly, and why."""

    aspect: str
    index: int
    reason: str

    def message(self) -> str:
        return f"“{self.aspect}”第 {self.index} 个问题：LLM 的改写未采用（{self.reason}），已用笔记原文拼接"


@dataclass
class Phraser:
    """Calls the LLM per point (assemble.Phrase) and keeps what happened."""

    config: LlmConfig
    notes: Notes
    fallbacks: list[Fallback] = field(default_factory=list)
    error: str | None = None  # the endpoint failed: the rest of the draft is assembled plainly
    used: int = 0

    def __call__(self, aspect: str, index: int, problem: Problem) -> str | None:
        if self.error or not (problem.problem and (problem.facts or problem.own_words)):
            return None
        try:
            prose = chat(
                self.config, system_prompt(self.notes), point_prompt(self.notes, aspect, problem)
            ).strip()
        except LlmError as exc:
            self.error = str(exc)
            return None
        prose = prose.strip().strip("“”\"'")
        reason = None
        if not prose:
            reason = "回答是空的"
        elif len(prose) > MAX_PROSE:
            reason = f"回答太长（{len(prose)} 字）"
        elif _STRUCTURE.search(prose):
            reason = "回答带有分段或“一是、二是”编号，会打乱材料结构"
        else:
            reason = invented(prose, point_source(self.notes, aspect, problem))
        if reason:
            self.fallbacks.append(Fallback(aspect, index, reason))
            return None
        self.used += 1
        return prose if prose.endswith(("。", "！", "？")) else prose + "。"
