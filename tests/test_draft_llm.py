"""Optional LLM phrasing against a local OpenAI-compatible stub over real HTTP: good answers are
used, invented facts fall back with a finding, endpoint failures give a plain draft, never a crash."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, run_cli
from llm_stub import GOOD_OPENING, StubServer
from mingjing.draft.llm import invented

NOTES = FIXTURES / "draft" / "team" / "01-书记-周明远.yaml"
PROBLEMS = 6  # the notes have one problem in each of six aspects


@pytest.fixture
def stub():
    with StubServer() as server:
        yield server


def _draft(tmp_path, stub, model, *extra, env=None):
    out = tmp_path / "材料.docx"
    result = run_cli(
        "draft", NOTES, "--output", out, "--llm-url", stub.url, "--llm-model", model, *extra, env=env
    )
    return result, out


def _text(path) -> str:
    from mingjing.read import read_document

    return read_document(path).text


def test_good_answers_become_the_points_prose(tmp_path, stub):
    result, out = _draft(tmp_path, stub, "good", env={"MINGJING_LLM_KEY": "secret-key"})
    assert result.returncode == 0, result.stderr
    assert f"LLM 改写了 {PROBLEMS} 个问题" in result.stderr
    text = _text(out)
    assert text.count(GOOD_OPENING) == PROBLEMS
    assert "结论 通过（pass）" in result.stdout.replace("\n", "")
    assert len(stub.requests) == PROBLEMS
    first = stub.requests[0]
    assert first["path"] == "/v1/chat/completions"
    assert first["auth"] == "Bearer secret-key"
    assert "事实：2023年6月县委部署学习乡村振兴重要论述后" in first["body"]["messages"][-1]["content"]


def test_invented_number_falls_back_with_a_finding(tmp_path, stub):
    result, out = _draft(tmp_path, stub, "invent")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("LLM 的改写未采用（数字“99”不在笔记中）") == PROBLEMS
    text = _text(out)
    assert GOOD_OPENING not in text and "99" not in text
    assert "比如，2023年6月县委部署学习乡村振兴重要论述后" in text  # the plain assembly


@pytest.mark.parametrize(
    "model, message",
    [
        ("slow", "LLM 服务超时（1 秒内没有回答"),
        ("error", "LLM 服务返回错误 HTTP 500"),
        ("garbage", "LLM 服务的回答不是有效的 JSON"),
        ("shapeless", "LLM 服务的回答不是 chat-completions 格式"),
    ],
)
def test_endpoint_failures_give_a_plain_draft(tmp_path, stub, model, message):
    result, out = _draft(tmp_path, stub, model, "--llm-timeout", "1")
    assert result.returncode == 0, result.stderr
    assert message in result.stderr
    assert "本稿未使用 LLM，按笔记原文拼接" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(stub.requests) == 1  # the first failure stops LLM use for the rest of the draft
    assert GOOD_OPENING not in _text(out)
    assert "结论 通过（pass）" in result.stdout.replace("\n", "")


def test_unreachable_endpoint(tmp_path):
    out = tmp_path / "材料.docx"
    result = run_cli(
        "draft", NOTES, "--output", out, "--llm-url", "http://127.0.0.1:9/v1", "--llm-model", "m"
    )
    assert result.returncode == 0
    assert "无法连接 LLM 服务" in result.stderr
    assert out.exists()


def test_nothing_is_sent_unless_configured(tmp_path, stub):
    result = run_cli(
        "draft",
        NOTES,
        "--output",
        tmp_path / "a.docx",
        env={"MINGJING_LLM_URL": "", "MINGJING_LLM_MODEL": ""},
    )
    assert result.returncode == 0
    assert stub.requests == [] and "LLM" not in result.stderr


def test_environment_configures_the_endpoint(tmp_path, stub):
    result = run_cli(
        "draft",
        NOTES,
        "--output",
        tmp_path / "a.docx",
        env={"MINGJING_LLM_URL": stub.url, "MINGJING_LLM_MODEL": "good"},
    )
    assert result.returncode == 0, result.stderr
    assert len(stub.requests) == PROBLEMS


@pytest.mark.parametrize(
    "args, env, message",
    [
        (["--llm-url", "http://127.0.0.1:1/v1"], {"MINGJING_LLM_MODEL": ""}, "没有模型名称"),
        (["--llm-model", "m"], {"MINGJING_LLM_URL": ""}, "没有地址"),
        (["--llm-url", "ftp://x", "--llm-model", "m"], {}, "应以 http:// 或 https:// 开头"),
    ],
)
def test_incomplete_configuration_is_a_usage_error(tmp_path, args, env, message):
    result = run_cli("draft", NOTES, "--output", tmp_path / "a.docx", *args, env=env)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "a.docx").exists()


@pytest.mark.parametrize(
    "prose, reason",
    [
        ("比如，2023年6月的研讨推迟了5周。", None),
        ("比如，2023年7月的研讨推迟了5周。", "数字“7”不在笔记中"),
        ("我组织了十二次研讨。", "数字“十二”不在笔记中"),
        ("我在《乡村振兴促进法》学习上不够。", "引语或文件名“《乡村振兴促进法》”不在笔记中"),
        ("我在白沙镇调研时发现了问题。", "地名或单位“白沙镇”不在笔记中"),
        ("张建华同志提醒过我。", "人名“张建华”不在笔记中"),
        ("有的同志提醒过我，清溪镇的事要多上心。", None),
    ],
)
def test_fact_guard(prose, reason):
    source = "清溪镇党委\n2023年6月县委部署学习后，镇党委中心组隔了5周才安排专题研讨"
    assert invented(prose, source) == reason


def test_failure_midway_keeps_the_rewritten_points(tmp_path, stub):
    result, out = _draft(tmp_path, stub, "flaky")
    assert result.returncode == 0, result.stderr
    assert "LLM 服务返回错误 HTTP 500" in result.stderr
    assert "LLM 改写了 2 个问题，其余按笔记原文拼接" in result.stderr
    assert _text(out).count(GOOD_OPENING) == 2 and len(stub.requests) == 3
