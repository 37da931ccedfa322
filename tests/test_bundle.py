"""The offline bundle: `scripts/build-bundle.sh` builds it, `install.sh` installs it inside a network
namespace with no route out (`unshare -n`), then the installed `mingjing review` reads an example and
`mingjing serve` answers /healthz.

Reduced bundle (decided for `make test`'s time): every Python wheel as in `make bundle`, but of the
Debian packages only poppler-utils and Tesseract with its Chinese data (with their whole dependency
closure); their installation is simulated by apt against an empty package database — the bundle's
local repository alone must satisfy every dependency, as on a bare machine — without changing this
machine. The full bundle (LibreOffice, fonts) is built the same way by `make bundle`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CAN = os.geteuid() == 0 and shutil.which("unshare") and shutil.which("apt-get") and shutil.which("ip")
needs_root_netns = pytest.mark.skipif(
    not CAN and os.environ.get("CI") != "true", reason="needs root, unshare, ip and apt-get (present in CI)"
)

INSIDE = r"""
import json, os, socket, subprocess, sys, time, urllib.request
prefix, etc, example = sys.argv[1:4]
routes = subprocess.run(["ip", "route"], capture_output=True, text=True).stdout
result = {"routes": routes.strip()}
review = subprocess.run([prefix + "/venv/bin/mingjing", "review", example, "--format", "json", "--exit-zero"],
                        capture_output=True, text=True, timeout=300)
result["review_rc"] = review.returncode
result["review"] = json.loads(review.stdout) if review.returncode == 0 else review.stderr
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
env = dict(os.environ, MINGJING_PORT=str(port), MINGJING_SETTINGS=etc + "/mingjing.toml")
server = subprocess.Popen([prefix + "/venv/bin/mingjing", "serve"], env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
try:
    for _ in range(600):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                result["health"] = json.loads(r.read())
                break
        except OSError:
            time.sleep(0.1)
finally:
    server.terminate()
    result["serve_output"] = server.communicate(timeout=30)[0][-2000:]
print(json.dumps(result, ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    env = dict(os.environ, PYTHON=sys.executable)
    built = subprocess.run(
        [
            "bash",
            str(ROOT / "scripts" / "build-bundle.sh"),
            "--debs",
            "poppler-utils tesseract-ocr tesseract-ocr-chi-sim",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        env=env,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    [archive] = out.glob("mingjing-offline-*.tar.gz")
    return archive


@needs_root_netns
def test_bundle_holds_every_locked_wheel_and_the_debian_closure(bundle):
    with tarfile.open(bundle) as tar:
        names = tar.getnames()
    top = names[0].split("/")[0]
    assert top == bundle.name.removesuffix(".tar.gz")
    wheels = {n.split("/")[-1].split("-")[0].lower().replace("_", "-") for n in names if n.endswith(".whl")}
    locked = {
        line.split("==")[0].replace("_", "-")
        for line in (ROOT / "requirements.lock").read_text().splitlines()
        if "==" in line
    }
    assert locked | {"mingjing"} <= wheels
    debs = [n for n in names if n.endswith(".deb")]
    assert any("/tesseract-ocr-chi-sim_" in n for n in debs) and any("/libc6_" in n for n in debs)
    for needed in (
        "install.sh",
        "安装说明.txt",
        "SHA256SUMS",
        "debs/Packages",
        "packaging/mingjing.service",
        "packaging/mingjing.toml",
    ):
        assert f"{top}/{needed}" in names


@needs_root_netns
def test_install_with_no_network_then_review_and_serve(bundle, tmp_path):
    with tarfile.open(bundle) as tar:
        tar.extractall(tmp_path / "usb")
    [folder] = (tmp_path / "usb").iterdir()
    prefix, etc, data = tmp_path / "opt", tmp_path / "etc", tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "MINGJING_"))}
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"
    installed = subprocess.run(
        [
            "unshare",
            "-n",
            "bash",
            str(folder / "install.sh"),
            "--prefix",
            str(prefix),
            "--etc",
            str(etc),
            "--data",
            str(data),
            "--bin",
            str(tmp_path / "bin"),
            "--user",
            "root",
            "--units-dir",
            str(tmp_path / "units"),
            "--apt-simulate",
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        env=env,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert "安装完成" in installed.stdout and "可全部从安装包安装" in installed.stdout
    assert (tmp_path / "bin" / "mingjing").resolve() == (prefix / "venv" / "bin" / "mingjing").resolve()
    assert f'data_dir = "{data}"' in (etc / "mingjing.toml").read_text("utf-8")
    unit = (tmp_path / "units" / "mingjing.service").read_text("utf-8")
    assert (
        f"ExecStart={prefix}/venv/bin/mingjing serve" in unit
        and f"MINGJING_SETTINGS={etc}/mingjing.toml" in unit
    )
    assert "@" not in unit.replace("root@", "")
    if shutil.which("systemd-analyze"):  # the units as systemd reads them (their commands exist now)
        verify = subprocess.run(
            ["systemd-analyze", "verify", *map(str, sorted((tmp_path / "units").iterdir()))],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "mingjing" not in verify.stderr, verify.stderr
    script = tmp_path / "inside.py"
    script.write_text(INSIDE, encoding="utf-8")
    example = folder / "examples" / "张三-对照检查材料.docx"
    ran = subprocess.run(
        [
            "unshare",
            "-n",
            "sh",
            "-c",
            'ip link set lo up && exec "$0" "$@"',
            str(prefix / "venv" / "bin" / "python"),
            str(script),
            str(prefix),
            str(etc),
            str(example),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
    )
    assert ran.returncode == 0, ran.stderr
    result = json.loads(ran.stdout.strip().splitlines()[-1])
    assert "default" not in result["routes"], "the namespace has no route out"
    assert result["review_rc"] == 0, result["review"]
    first = result["review"]["reports"][0]
    assert first["verdict"] == "pass" and first["framework"]["id"] == "zhuti-2023"
    assert result.get("health", {}).get("status") == "ok", result["serve_output"]
    assert (data / "web.db").exists()


@needs_root_netns
def test_install_refuses_a_tampered_bundle(bundle, tmp_path):
    with tarfile.open(bundle) as tar:
        tar.extractall(tmp_path / "usb")
    [folder] = (tmp_path / "usb").iterdir()
    wheel = next((folder / "wheels").glob("mingjing-*.whl"))
    wheel.write_bytes(wheel.read_bytes()[:-10])
    result = subprocess.run(
        [
            "bash",
            str(folder / "install.sh"),
            "--prefix",
            str(tmp_path / "opt"),
            "--no-apt",
            "--user",
            "",
            "--no-service",
            "--etc",
            str(tmp_path / "etc"),
            "--data",
            str(tmp_path / "d"),
            "--bin",
            str(tmp_path / "bin"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0 and "已损坏" in result.stderr
    assert not (tmp_path / "opt").exists()
