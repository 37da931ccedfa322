"""What a new password must be: at least 10 characters and not easy to guess. The strength is
zxcvbn's estimate (common passwords, words, names, dates, repeats, sequences, keyboard patterns,
the user's own name); a phrase of several words passes easily, `12345678` or `password` never."""

from __future__ import annotations

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0–4: 3 is "safely unguessable" for an online attack with a rate limit


def password_problem(password: str, name: str) -> str | None:
    """Why a new password is refused (one Chinese sentence), or None."""
    from zxcvbn import zxcvbn

    if len(password) < MIN_LENGTH or not password.strip():
        return f"密码至少 {MIN_LENGTH} 个字符；建议用几个词组成的短语，例如“春天-读书-三杯热茶-窗外”"
    if password.strip() == name.strip() or (
        name.strip() and name.strip() in password and len(password) < 2 * MIN_LENGTH
    ):
        return "密码不能包含自己的姓名"
    if zxcvbn(password[:100], user_inputs=[name])["score"] < MIN_SCORE:
        return (
            "密码太容易被猜到（常见密码、重复或连续的字符、键盘顺序、年份等），"
            "请换一个；建议用几个词组成的短语，例如“春天-读书-三杯热茶-窗外”"
        )
    return None
