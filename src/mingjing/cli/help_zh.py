"""Chinese for the strings the command-line layer (Click, Typer) writes itself: section titles,
the help option, [required]/[default], usage errors, and the type labels of options (<str> …).

Click and Typer look their strings up through `gettext` at run time; `install()` points those
look-ups at this table, so every `--help` and usage error is Chinese throughout.
"""

from __future__ import annotations

import re

ZH = {
    "Usage:": "用法：",
    "Options": "选项",
    "Arguments": "参数",
    "Commands": "命令",
    "Show this message and exit.": "显示本帮助并退出。",
    "required": "必填",
    "[required]": "[必填]",
    "default: {default}": "默认：{default}",
    "env var: {var}": "环境变量：{var}",
    "(dynamic)": "（动态）",
    "Aborted!": "已中止",
    "Missing command.": "缺少命令。",
    "No such command {name!r}.": "没有这个命令：{name!r}",
    "Try {command!r} for help.": "用 {command!r} 查看帮助。",
    "Error": "错误",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "argument": "参数",
    "option": "选项",
    "parameter": "参数",
    "Invalid value": "取值无效",
    "Invalid value for {param_hint}": "{param_hint} 的取值无效",
    "Got unexpected extra argument ({args})": "多余的参数（{args}）",
    "Got unexpected extra arguments ({args})": "多余的参数（{args}）",
    "No such option: {name}": "没有这个选项：{name}",
    "Did you mean {possibility}?": "是不是想用 {possibility}？",
    "(Possible options: {possibilities})": "（可用的选项：{possibilities}）",
    "Option {name!r} requires an argument.": "选项 {name!r} 需要一个取值。",
    "Option {name!r} requires {nargs} arguments.": "选项 {name!r} 需要 {nargs} 个取值。",
    "{value!r} is not one of {choices}.": "{value!r} 不是可选值 {choices} 之一。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的{number_type}。",
    "integer": "整数",
    "float": "数字",
    "{value!r} is not a valid boolean.": "{value!r} 不是有效的是/否取值。",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "File": "文件",
    "Directory": "文件夹",
    "Path": "路径",
}
# the type labels Typer shows after an option: <str>, <path>, <list[str]>, <text|json>
TYPE_LABELS = {
    "str": "文本",
    "path": "路径",
    "int": "整数",
    "float": "数字",
    "bool": "是/否",
    "datetime": "日期",
    "list[str]": "文本，可多次给出",
    "list[path]": "路径…",
    "file": "文件",
}


def translate(message: str) -> str:
    return ZH.get(message, message)


def translate_plural(singular: str, plural: str, n: int) -> str:
    return ZH.get(singular if n == 1 else plural, singular if n == 1 else plural)


# what the vendored Click layer writes itself, in help text and usage lines
HELP_TEXT = (
    ("Usage: ", "用法："),
    ("[OPTIONS]", "[选项]"),
    ("COMMAND [ARGS]...", "命令 [参数]..."),
    ("Show this message and exit.", "显示本帮助并退出。"),
    ("[required]", "[必填]"),
)
# usage errors, most specific first
ERRORS = (
    (r"No such option: (\S+)", r"没有这个选项：\1"),
    (r"\s*\(Possible options: (.+)\)", r"（可用的选项：\1）"),
    (r"\.? ?Did you mean (.+?)\?", r"，是不是想用 \1？"),
    (r"Missing argument '?([^'.]+)'?\.?", r"缺少参数 \1"),
    (r"Missing option '?([^'.]+)'?\.?", r"缺少选项 \1"),
    (r"Missing parameter:? '?([^'.]+)'?\.?", r"缺少参数 \1"),
    (r"Invalid value for (.+?): (?:Value error, )?", r"\1 的取值无效："),
    (r"Invalid value: ", r"取值无效："),
    (r"'([^']*)' is not one of (.+?)\.", r"“\1”不是可选值 \2 之一"),
    (r"'([^']*)' is not a valid integer( range)?\.?", r"“\1”不是有效的整数"),
    (r"'([^']*)' is not a valid float( range)?\.?", r"“\1”不是有效的数字"),
    (r"Got unexpected extra arguments? \((.+)\)", r"多余的参数：\1"),
    (r"Option '(.+?)' requires an argument\.", r"选项 \1 需要一个取值"),
    (r"Option '(.+?)' requires (\d+) arguments\.", r"选项 \1 需要 \2 个取值"),
    (r"(?:File|Path|Directory) '(.+?)' does not exist\.", r"“\1”不存在"),
)


def translate_help(text: str) -> str:
    for en, zh in HELP_TEXT:
        text = text.replace(en, zh)
    return re.sub(
        r"^(Options|Arguments|Commands|选项|参数|命令):$",
        lambda m: translate(m.group(1)) + "：",
        text,
        flags=re.M,
    )


def translate_error(message: str) -> str:
    """A usage error of the Click layer in Chinese (what is not in the table stays as it is)."""
    for en, zh in ERRORS:
        message = re.sub(en, zh, message)
    return re.sub(r"'([^'\s]+)'", r"“\1”", message.strip().rstrip("。."))


def _label(text: str) -> str:
    m = re.fullmatch(r"<(.+)>", text or "")
    if not m:
        return text
    inner = m.group(1)
    key = inner.lower()
    if key in TYPE_LABELS:
        return f"<{TYPE_LABELS[key]}>"
    if key.startswith("list[") and key[5:-1] in TYPE_LABELS:
        return f"<{TYPE_LABELS[key[5:-1]]}…>"
    return text  # choices (text|json) stay as they are typed


_installed = False


def install() -> None:
    """Point Click's and Typer's message look-ups at the Chinese table (once)."""
    global _installed
    if _installed:
        return
    import typer.core
    import typer.rich_utils
    from typer._click import parser

    for module in (typer.core, typer.rich_utils, parser):
        if hasattr(module, "_"):
            module._ = translate  # type: ignore[attr-defined]  # Click's gettext alias, where hasattr finds it
        if hasattr(module, "ngettext"):
            module.ngettext = translate_plural  # type: ignore[attr-defined]  # as above
    original = typer.core._TyperParameter.display_type

    def display_type(self, ctx):
        return _label(original(self, ctx))

    typer.core._TyperParameter.display_type = display_type  # type: ignore[method-assign]  # the patch itself
    from typer._click import core as vendored

    for cls, name in (
        (vendored.Context, "get_help"),
        (vendored.Context, "get_usage"),
        (vendored.Command, "get_help"),
        (vendored.Command, "get_usage"),
    ):
        _wrap(cls, name)
    _installed = True


def _wrap(cls, name: str) -> None:
    original = getattr(cls, name)

    def translated(self, *args, **kwargs):
        return translate_help(original(self, *args, **kwargs))

    setattr(cls, name, translated)
