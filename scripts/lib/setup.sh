#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh: installs what is missing, quickly
# when everything is already there. Sourced, not run.

EHYA_DEBS=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev
  catch2 libfmt-dev libxlsxwriter-dev libminizip-dev python3-openpyxl python3
  fonts-noto-core xauth xvfb sqlite3 libsqlite3-dev poppler-utils
  postgresql-15 postgresql-client-15
)

ehya_sudo() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

ehya_install_debs() {
  local missing=() p
  for p in "${EHYA_DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  # Node.js may come from elsewhere (NodeSource ships npm inside nodejs): only ask Debian when absent.
  command -v npm >/dev/null || missing+=(nodejs npm)
  ((${#missing[@]})) || return 0
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  ehya_sudo apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null
  ehya_sudo apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
}

# The Vazirmatn font from the npm package, copied into resources/fonts (not committed).
ehya_fetch_font() {
  local root=$1 dest=$1/resources/fonts
  [[ -f $dest/Vazirmatn-Regular.ttf && -f $dest/Vazirmatn-Bold.ttf ]] && return 0
  mkdir -p "$dest"
  local tmp
  tmp=$(mktemp -d)
  if (cd "$tmp" && npm pack --silent vazirmatn >/dev/null 2>&1 && tar xzf vazirmatn-*.tgz); then
    local f
    for w in Regular Bold; do
      f=$(find "$tmp/package" -name "Vazirmatn-$w.ttf" -path '*ttf*' | grep -v -i 'ui\|FD\|Round' | head -n1)
      [[ -n $f ]] && cp "$f" "$dest/"
    done
  fi
  rm -rf "$tmp"
  [[ -f $dest/Vazirmatn-Regular.ttf ]] || echo "setup: Vazirmatn not fetched; the app falls back to Noto Sans Arabic" >&2
  return 0
}

ehya_setup() {
  ehya_install_debs
  ehya_fetch_font "$1"
}
