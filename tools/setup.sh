#!/usr/bin/env bash
# Set-up on a fresh Debian machine: TeX Live, latexmk and poppler from apt-get where missing,
# then the Python dependencies into .venv (re-installed only when pyproject.toml changes).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v latexmk >/dev/null || missing+=(latexmk)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
for style in siunitx.sty fancyhdr.sty lmodern.sty bm.sty; do
  if ! command -v kpsewhich >/dev/null || [ -z "$(kpsewhich "$style")" ]; then
    missing+=(texlive-latex-extra texlive-science texlive-fonts-recommended)
    break
  fi
done
python3 -c 'import ensurepip' 2>/dev/null || missing+=(python3-venv)
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "setup: installing ${missing[*]} with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: installing the Python dependencies into .venv"
  python3 -m venv .venv
  if ! .venv/bin/pip install -e '.[test]' >.venv/pip.log 2>&1; then
    cat .venv/pip.log; exit 1
  fi
  rm -f .venv/.installed-*
  touch "$stamp"
fi
