#!/usr/bin/env bash
# 明镜 mingjing 离线安装：在没有网络的机器上，从本安装包安装全部内容。
#   sudo ./install.sh                      安装到 /opt/mingjing，设置在 /etc/mingjing，数据在 /var/lib/mingjing
# 选项：
#   --prefix 文件夹    程序位置（默认 /opt/mingjing；其中 venv/ 为 Python 虚拟环境）
#   --etc 文件夹       设置文件夹（默认 /etc/mingjing；已有的 mingjing.toml 不会被覆盖）
#   --data 文件夹      数据文件夹（默认 /var/lib/mingjing）
#   --bin 文件夹       mingjing 命令链接的位置（默认 /usr/local/bin）
#   --user 名称        运行服务的系统用户（默认 mingjing；空字符串表示不创建）
#   --no-apt           不安装 Debian 软件包（已装好 LibreOffice、poppler、Tesseract 等时）
#   --apt-simulate     只检查 Debian 软件包能否离线安装，不改动系统（测试用）
#   --no-service       不安装 systemd 服务
#   --units-dir 文件夹 systemd 单元写到哪里（默认 /etc/systemd/system）
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=/opt/mingjing ETC=/etc/mingjing DATA=/var/lib/mingjing BIN=/usr/local/bin USER_NAME=mingjing
APT=install SERVICE=1 UNITS=/etc/systemd/system
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --etc) ETC=$2; shift 2 ;;
    --data) DATA=$2; shift 2 ;;
    --bin) BIN=$2; shift 2 ;;
    --user) USER_NAME=$2; shift 2 ;;
    --no-apt) APT=none; shift ;;
    --apt-simulate) APT=simulate; shift ;;
    --no-service) SERVICE=0; shift ;;
    --units-dir) UNITS=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "错误：未知选项 $1（./install.sh --help 查看用法）" >&2; exit 2 ;;
  esac
done
fail() { echo "错误：$*" >&2; exit 1; }
step() { echo "==> $*"; }
. "$HERE/BUNDLE-INFO"

step "校验安装包（SHA256SUMS）"
(cd "$HERE" && sha256sum --quiet -c SHA256SUMS) || fail "安装包文件不完整或已损坏，请重新拷贝"

if [ "$APT" != none ] && [ -s "$HERE/debs/TOP-LEVEL" ] && [ -f "$HERE/debs/Packages" ]; then
  step "安装系统软件包（本地软件源，不联网）：$(cat "$HERE/debs/TOP-LEVEL")"
  [ "$APT" = simulate ] || [ "$(id -u)" = 0 ] || fail "安装系统软件包需要 root 权限，请用 sudo 运行"
  LISTS=$(mktemp -d)
  trap 'rm -rf "$LISTS"' EXIT
  mkdir -p "$LISTS/lists/partial"
  echo "deb [trusted=yes] file:$HERE/debs ./" > "$LISTS/sources.list"
  APTOPTS=(-o "Dir::Etc::SourceList=$LISTS/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
           -o "Dir::State::Lists=$LISTS/lists" -o "APT::Get::List-Cleanup=0" -o "Acquire::Languages=none"
           -o "APT::Sandbox::User=root")
  apt-get "${APTOPTS[@]}" -q update >/dev/null || fail "无法读取安装包中的本地软件源"
  if [ "$APT" = simulate ]; then
    # as on a bare machine (nothing installed): the bundle alone must satisfy every dependency
    : > "$LISTS/status"
    apt-get "${APTOPTS[@]}" -o "Dir::State::status=$LISTS/status" -o Debug::NoLocking=1 -s install -y \
      --no-install-recommends $(cat "$HERE/debs/TOP-LEVEL") > "$LISTS/simulate.txt" 2>&1 \
      || { cat "$LISTS/simulate.txt" >&2; fail "系统软件包无法离线安装（依赖不全）"; }
    echo "    （模拟，按空白系统计）$(grep -c '^Inst ' "$LISTS/simulate.txt" || true) 个软件包可全部从安装包安装"
  else
    DEBIAN_FRONTEND=noninteractive apt-get "${APTOPTS[@]}" install -y -q --no-install-recommends \
      $(cat "$HERE/debs/TOP-LEVEL") || fail "系统软件包安装失败（见上方 apt-get 的说明）"
  fi
fi

step "检查 Python（安装包为 Python $python 制作）"
PY=$(command -v python3 || true)
[ -n "$PY" ] || fail "没有 python3；请不要使用 --no-apt，或先安装 python3 和 python3-venv"
HAVE=$("$PY" -c 'import sys; print(f"{sys.version_info.major}.{sys.version_info.minor}")')
[ "$HAVE" = "$python" ] || fail "本机 python3 是 $HAVE，安装包需要 $python；请在与本机相同的系统版本上制作安装包"
"$PY" -c 'import venv, ensurepip' 2>/dev/null || fail "python3 缺少 venv 模块，请安装 python3-venv（安装包 debs/ 中已包含）"

step "创建 Python 虚拟环境 $PREFIX/venv 并离线安装 mingjing $version"
mkdir -p "$PREFIX"
[ -x "$PREFIX/venv/bin/python" ] || "$PY" -m venv "$PREFIX/venv"
# the dependencies exactly as locked (versions and hashes), then mingjing itself without dependencies
"$PREFIX/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-index --find-links "$HERE/wheels" \
  --require-hashes -r "$HERE/requirements.lock" || fail "Python 包离线安装失败（依赖包）"
"$PREFIX/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-index --find-links "$HERE/wheels" \
  --no-deps --upgrade "mingjing==$version" || fail "Python 包离线安装失败"
"$PREFIX/venv/bin/python" -m pip check >/dev/null || fail "Python 包依赖不全（requirements.lock 与 mingjing 不符）"
mkdir -p "$BIN"
ln -sf "$PREFIX/venv/bin/mingjing" "$BIN/mingjing"

if [ -n "$USER_NAME" ]; then
  step "系统用户 $USER_NAME"
  id "$USER_NAME" >/dev/null 2>&1 || useradd --system --home-dir "$DATA" --shell /usr/sbin/nologin "$USER_NAME"
fi
step "数据文件夹 $DATA，设置文件 $ETC/mingjing.toml"
mkdir -p "$DATA" "$ETC"
if [ -n "$USER_NAME" ]; then chown "$USER_NAME:$USER_NAME" "$DATA"; chmod 750 "$DATA"; fi
if [ ! -f "$ETC/mingjing.toml" ]; then
  sed "s|@DATA@|$DATA|g" "$HERE/packaging/mingjing.toml" > "$ETC/mingjing.toml"
else
  echo "    已有设置文件，保持不变"
fi

if [ "$SERVICE" = 1 ]; then
  step "systemd 服务 mingjing.service 与每日备份 mingjing-backup.timer"
  [ -n "$USER_NAME" ] || fail "安装服务需要系统用户（不要用 --user \"\"）"
  mkdir -p "$UNITS"
  for unit in mingjing.service mingjing-backup.service mingjing-backup.timer; do
    sed -e "s|@PREFIX@|$PREFIX|g" -e "s|@ETC@|$ETC|g" -e "s|@DATA@|$DATA|g" -e "s|@USER@|$USER_NAME|g" \
      "$HERE/packaging/$unit" > "$UNITS/$unit"
  done
  if [ "$UNITS" = /etc/systemd/system ] && [ -d /run/systemd/system ]; then
    systemctl daemon-reload
    systemctl enable --now mingjing.service mingjing-backup.timer
    echo "    服务已启动：systemctl status mingjing；日志：journalctl -u mingjing"
  else
    echo "    服务单元已写到 $UNITS（本机没有运行 systemd 时需手动启动，见 README 部署一节）"
  fi
fi

step "自检"
"$PREFIX/venv/bin/mingjing" --help >/dev/null || fail "mingjing 无法运行"
echo "安装完成：mingjing $version（$PREFIX）。首次启动服务时会在日志中打印管理员的一次性密码："
echo "  journalctl -u mingjing | grep 一次性密码"
