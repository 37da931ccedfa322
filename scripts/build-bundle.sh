#!/usr/bin/env bash
# Build dist/mingjing-offline-<version>.tar.gz: everything needed to install mingjing on a machine with
# no network — the project's wheel and every dependency's wheel at the versions of requirements.lock,
# the Debian packages it needs with all their dependencies (as a local apt repository), install.sh,
# the systemd units and the settings file. Run on a machine with registry access whose Debian
# release, architecture and python3 match the target (see README 部署).
#
#   scripts/build-bundle.sh [--debs full|none|"pkg pkg …"] [--out DIR] [--python PYTHON]
#
# --debs full (default): LibreOffice Writer/Calc headless, poppler-utils, CJK fonts, Tesseract with
# simplified-Chinese data, python3 and python3-venv, each with its whole dependency closure.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEBS=full
OUT="$ROOT/dist"
PYTHON=${PYTHON:-python3}
while [ $# -gt 0 ]; do
  case "$1" in
    --debs) DEBS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --python) PYTHON=$2; shift 2 ;;
    *) echo "用法：scripts/build-bundle.sh [--debs full|none|\"包 包…\"] [--out 文件夹] [--python 解释器]" >&2; exit 2 ;;
  esac
done
FULL_DEBS="libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk tesseract-ocr tesseract-ocr-chi-sim python3 python3-venv"
[ "$DEBS" = full ] && DEBS=$FULL_DEBS
[ "$DEBS" = none ] && DEBS=""

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/src/mingjing/__init__.py")
[ -n "$VERSION" ] || { echo "src/mingjing/__init__.py 中没有 __version__" >&2; exit 2; }
PYTAG=$("$PYTHON" -c 'import sys; print(f"{sys.version_info.major}.{sys.version_info.minor}")')
ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)
NAME="mingjing-offline-$VERSION"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mingjing-bundle.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
B="$WORK/$NAME"
mkdir -p "$B/wheels" "$B/debs" "$B/packaging" "$B/examples" "$OUT"

echo "[1/4] Python 包（requirements.lock 的版本，Python $PYTAG，$ARCH）"
[ -f "$ROOT/requirements.lock" ] || "$PYTHON" "$ROOT/scripts/make_lock.py"
# the review's mapped tables (rules/data/*.table) are built from their sources and shipped in the wheel
PYTHONPATH="$ROOT/src" "$PYTHON" -m mingjing.rules.tables > /dev/null
"$PYTHON" -m pip wheel --quiet --disable-pip-version-check --no-deps -w "$B/wheels" "$ROOT"
"$PYTHON" -m pip wheel --quiet --disable-pip-version-check --no-deps -w "$B/wheels" -r "$ROOT/requirements.lock"
cp "$ROOT/requirements.lock" "$B/"

echo "[2/4] Debian 软件包及其全部依赖：${DEBS:-（不含）}"
if [ -n "$DEBS" ]; then
  # the whole closure, whatever this machine has installed already (the target may have less)
  apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
      --no-enhances $DEBS | grep -E '^[a-z0-9]' | sort -u > "$WORK/closure.txt"
  # virtual packages have no file of their own; keep names apt can download
  (cd "$B/debs" && xargs -a "$WORK/closure.txt" -r apt-get download -q=2 2> "$WORK/download.err") || {
    # some names are virtual: retry one by one and keep going
    while read -r pkg; do (cd "$B/debs" && apt-get download -q=2 "$pkg" 2>/dev/null) || true; done < "$WORK/closure.txt"
  }
  # a local apt repository: Packages index written with dpkg-deb (present on every Debian system)
  (cd "$B/debs" && for deb in *.deb; do
     dpkg-deb -f "$deb"
     echo "Filename: ./$deb"
     echo "Size: $(stat -c %s "$deb")"
     echo "SHA256: $(sha256sum "$deb" | cut -d' ' -f1)"
     echo
   done > Packages && gzip -9 -k Packages)
fi
echo "$DEBS" > "$B/debs/TOP-LEVEL"

echo "[3/4] 安装脚本、服务单元、设置文件"
cp "$ROOT/scripts/install.sh" "$B/install.sh"
chmod +x "$B/install.sh"
cp "$ROOT"/packaging/*.service "$ROOT"/packaging/*.timer "$ROOT"/packaging/mingjing.toml "$B/packaging/"
cp "$ROOT/packaging/安装说明.txt" "$B/"
cp "$ROOT/examples/张三-对照检查材料.docx" "$B/examples/"
cat > "$B/BUNDLE-INFO" <<INFO
version=$VERSION
python=$PYTAG
arch=$ARCH
os="$(. /etc/os-release 2>/dev/null && echo "$ID $VERSION_ID")"
built=$(date -u +%Y-%m-%dT%H:%M:%SZ)
INFO
(cd "$B" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)

echo "[4/4] 打包"
tar -C "$WORK" -czf "$OUT/$NAME.tar.gz" "$NAME"
echo "已生成 $OUT/$NAME.tar.gz（$(du -h "$OUT/$NAME.tar.gz" | cut -f1)；Python 包 $(ls "$B/wheels" | wc -l) 个，Debian 包 $(ls "$B/debs" | grep -c '\.deb$' || true) 个）"
