"""The server as a service: settings file with environment overrides, /healthz, request ids in the
logs and in the answer, several worker processes, times in the unit's local zone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from mingjing.errors import InputError
from mingjing.localtime import local_time
from mingjing.settings import load_settings
from web_server import free_port

SETTINGS = """
[server]
host = "127.0.0.1"
port = {port}
workers = 2
data_dir = "{data}"
timezone = "Asia/Shanghai"
trusted_proxies = ["127.0.0.1"]

[uploads]
max_mb = 5

[log]
level = "info"
format = "{fmt}"
"""


def write_settings(tmp: Path, port: int, fmt: str = "text") -> Path:
    path = tmp / "mingjing.toml"
    path.write_text(SETTINGS.format(port=port, data=tmp / "data", fmt=fmt), encoding="utf-8")
    return path


def test_settings_file_then_environment_override(tmp_path):
    path = write_settings(tmp_path, 8123)
    s = load_settings(path, environ={})
    assert (s.host, s.port, s.workers, s.max_upload_mb, s.trusted_proxies) == (
        "127.0.0.1",
        8123,
        2,
        5,
        ["127.0.0.1"],
    )
    assert s.data_dir == str(tmp_path / "data") and s.source == str(path)
    s = load_settings(
        path,
        environ={
            "MINGJING_PORT": "9000",
            "MINGJING_WORKERS": "4",
            "MINGJING_TRUSTED_PROXIES": "10.0.0.1, 10.0.0.2",
            "MINGJING_TIMEZONE": "UTC",
        },
    )
    assert (s.port, s.workers, s.trusted_proxies, s.timezone) == (9000, 4, ["10.0.0.1", "10.0.0.2"], "UTC")
    # MINGJING_SETTINGS names the file when no option does
    assert load_settings(None, environ={"MINGJING_SETTINGS": str(path)}).port == 8123


@pytest.mark.parametrize(
    "body, message",
    [
        ('[server]\nport = "eighty"\n', "server.port 应为整数"),
        ("[server]\nworkers = 0\n", "工作进程数 0 无效"),
        ('[server]\ntimezone = "Mars/Olympus"\n', "时区“Mars/Olympus”无效"),
        ("[server]\nprot = 80\n", "未知设置 prot"),
        ("[serve]\nport = 80\n", "未知的设置表 [serve]"),
        ("[server\n", "设置文件格式错误"),
    ],
)
def test_bad_settings_are_one_chinese_line(tmp_path, body, message):
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_settings(path, environ={})


def test_serve_with_a_missing_settings_file_exits_2(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mingjing", "serve", "--settings", str(tmp_path / "无.toml")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "设置文件不存在" in result.stderr and "Traceback" not in result.stderr


def test_times_are_shown_in_the_units_zone(monkeypatch):
    stamp = "2024-01-01T16:30:00+00:00"
    monkeypatch.delenv("MINGJING_TIMEZONE", raising=False)
    assert local_time(stamp) == "2024-01-02 00:30"  # Asia/Shanghai by default, whatever the machine's zone
    assert local_time("2024-01-01T16:30:00") == "2024-01-02 00:30"  # stored stamps without a zone are UTC
    monkeypatch.setenv("MINGJING_TIMEZONE", "Europe/Berlin")
    assert local_time(stamp) == "2024-01-01 17:30"


def test_ledger_and_web_pages_use_the_units_zone(monkeypatch):
    from mingjing.ledger.store import local_time as ledger_time
    from mingjing.web.pages import templates

    monkeypatch.setenv("MINGJING_TIMEZONE", "Asia/Shanghai")
    assert ledger_time("2024-06-30T23:59:00+00:00") == "2024-07-01 07:59"
    assert templates.env.filters["when"]("2024-06-30T23:59:00+00:00") == "2024-07-01 07:59"


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("svc")
    port = free_port()
    settings = write_settings(tmp, port, fmt="json")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINGJING_")}
    log = open(tmp / "server.log", "wb")  # noqa: SIM115 -- the server writes to it until the finally below
    server = subprocess.Popen(
        [sys.executable, "-m", "mingjing", "serve", "--settings", str(settings)],
        stdout=subprocess.DEVNULL,
        stderr=log,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        yield base, tmp
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def test_health_endpoint_answers_from_every_worker(running):
    base, tmp = running
    pids = set()
    for _ in range(200):
        if len(pids) == 2:
            break
        r = httpx.get(base + "/healthz", timeout=10)
        assert r.status_code == 200
        body = r.json()
        assert body["status"] == "ok" and body["database"] == "ok"
        pids.add(body["pid"])
    assert (tmp / "data" / "web.db").exists()
    print("worker pids answering:", pids)
    assert len(pids) == 2, "both worker processes of workers = 2 answer"


def test_requests_carry_an_id_into_the_answer_and_the_log(running):
    base, tmp = running
    r = httpx.get(base + "/", headers={"X-Request-ID": "nginx-req-0001"}, timeout=10)
    assert r.headers["x-request-id"] == "nginx-req-0001"
    fresh = httpx.get(base + "/", timeout=10).headers["x-request-id"]
    assert len(fresh) == 16 and fresh != "nginx-req-0001"
    junk = httpx.get(base + "/", headers={"X-Request-ID": "bad id\twith spaces"}, timeout=10).headers[
        "x-request-id"
    ]
    assert junk != "bad id\twith spaces"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        lines = [
            json.loads(x) for x in (tmp / "server.log").read_text("utf-8").splitlines() if x.startswith("{")
        ]
        mine = [x for x in lines if x["request_id"] == "nginx-req-0001"]
        if mine:
            break
        time.sleep(0.2)
    assert mine and mine[0]["logger"] == "mingjing.access" and '"GET /"' in mine[0]["message"]
    assert mine[0]["time"].endswith("+08:00")  # local time of the unit, with its offset
