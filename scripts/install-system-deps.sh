#!/usr/bin/env bash
# Install the Debian packages mingjing uses: LibreOffice Writer (reads .doc/.wps, renders Word
# output) and Calc (opens exported ledgers in tests), poppler-utils (PDF text), CJK fonts, Chromium
# (the web app's browser tests), Tesseract OCR with Chinese data (scans). Installs with apt-get when run as root; otherwise says what to
# install. Never fails the build: readers give a clear message when a tool is absent.
set -u
missing=()
command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 \
  || missing+=(libreoffice-writer-nogui libreoffice-calc-nogui)
# LibreOffice Calc: the ledger tests open the exported 整改台账.xlsx in a real spreadsheet program
if [ -d /usr/lib/libreoffice/program ] && ! ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1; then
  missing+=(libreoffice-calc-nogui)
fi
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v pdfimages >/dev/null 2>&1 || missing+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Tesseract with simplified-Chinese data: scanned PDFs and photos of materials (read/ocr.py)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
[ -f /usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata ] || [ -f /usr/share/tesseract-ocr/4.00/tessdata/chi_sim.traineddata ] \
  || missing+=(tesseract-ocr-chi-sim)
if ! (command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .); then
  missing+=(fonts-noto-cjk)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
pkgs=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "正在安装系统软件包：$pkgs"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $pkgs >/dev/null \
    && exit 0
  echo "警告：apt-get 安装失败，请手动安装：$pkgs" >&2
  exit 0
fi
echo "提示：缺少系统软件包，请安装：sudo apt-get install $pkgs" >&2
echo "（没有它们也能读取 .docx/.txt；读取 .doc/.wps 需要 LibreOffice，读取 PDF 需要 poppler-utils 或自动改用 pypdf）" >&2
exit 0
