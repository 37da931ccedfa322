"""PyYAML's complaints in Chinese, with line and column: the people who write notes and packs
should not have to read a parser's English (nor see it in an audit log)."""

from __future__ import annotations

import re

# (pattern on PyYAML's `problem`, what to tell the writer); the first that matches wins
_PROBLEMS: list[tuple[re.Pattern, str]] = [
    (re.compile(p), m)
    for p, m in (
        (r"found character '\\t'", "这里用了 Tab 键缩进，请改用空格"),
        (
            r"^mapping values are not allowed",
            "这里多了一个冒号“:”，或者缩进不对；文字里有冒号时请在整段文字两边加引号",
        ),
        (
            r"could not find expected ':'",
            "这一行缺少冒号“:”（字段名后面要有英文冒号和一个空格），或者上一行的缩进不对",
        ),
        (r"^expected <block end>, but found '-'", "列表项“- ”的缩进和上面的字段不一致"),
        (r"^expected <block end>, but found '<block mapping start>'", "这一行的缩进和同一组的其他行不一致"),
        (r"^expected <block end>, but found '\?'", "这一行的缩进和同一组的其他行不一致"),
        (r"^expected <block end>, but found '<scalar>'", "引号后面还有文字：整段文字要放在一对引号里面"),
        (r"^expected <block end>", "缩进不对：同一组的字段要对齐"),
        (r"^did not find expected key", "缩进不对：同一组的字段要对齐"),
        (r"did not find expected '-' indicator", "列表项应以“- ”开头并和同组的其他项对齐"),
        (r"^expected ',' or '\]'", "方括号“[”没有配对的“]”"),
        (r"^expected ',' or '\}'", "花括号“{”没有配对的“}”"),
        (r"found unexpected end of stream", "引号没有配对：开头有引号，结尾缺少同样的引号"),
        (r"found unknown escape character", "双引号里的反斜杠“\\”不能这样用，请改用单引号或去掉反斜杠"),
        (r"found undefined alias", "“*”开头的文字会被当作引用，请在整段文字两边加引号"),
        (r"found duplicate anchor|second occurrence", "“&”开头的文字会被当作锚点，请在整段文字两边加引号"),
        (
            r"found character '([@`%|>!&*])' that cannot start any token",
            "文字不能以“{0}”开头，请在整段文字两边加引号",
        ),
        (r"cannot start any token", "这里的字符不能出现在开头，请在整段文字两边加引号"),
        (
            r"expected chomping or indentation indicators",
            "“|”或“>”后面不能直接跟文字，请在整段文字两边加引号",
        ),
        (r"expected '<document start>'", "这里多了一个括号或引号，请检查这一行"),
        (r"found unexpected ':'", "冒号用法不对：文字里有冒号时请在整段文字两边加引号"),
        (r"^expected a comment or a line break", "这一行结尾多了文字，请检查引号和冒号"),
    )
]
GENERIC = "格式不对（请检查这一行的缩进、冒号和引号）"


def yaml_problem(exc: Exception) -> tuple[int, int, str]:
    """(line, column, Chinese explanation) of a yaml.YAMLError; lines and columns count from 1."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = str(getattr(exc, "problem", "") or "")
    if hasattr(exc, "character") and hasattr(exc, "position"):  # a ReaderError: a character YAML refuses
        return line, column, "文件里有不能出现的控制字符，请删掉后重新保存"
    context = str(getattr(exc, "context", "") or "")
    if "alias" in context or "anchor" in context:
        return line, column, "“*”或“&”开头的文字会被当作引用，请在整段文字两边加引号"
    for pattern, message in _PROBLEMS:
        found = pattern.search(problem)
        if found:
            return line, column, message.format(*found.groups())
    return line, column, GENERIC
