#!/usr/bin/env bash
# Runs the app on http://localhost:5080 with SQLite and the demo county. Installs the CJK
# fonts PDF printing needs when it can (root or sudo on Debian/Ubuntu), else says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

fonts=(/usr/share/fonts/truetype/arphic/uming.ttc /usr/share/fonts/truetype/arphic/ukai.ttc /usr/share/fonts/truetype/wqy/wqy-microhei.ttc)
missing=0; for f in "${fonts[@]}"; do [ -e "$f" ] || missing=1; done
if [ $missing -eq 1 ]; then
  if command -v apt-get >/dev/null && { [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; }; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "== installing CJK fonts for PDF printing"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      fonts-arphic-uming fonts-arphic-ukai fonts-wqy-microhei >/dev/null
  else
    echo "!! PDF printing needs CJK fonts: apt-get install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-microhei"
    echo "!! (or put simsun.ttc / simhei.ttf / simkai.ttf / simfang.ttf into src/Township.Congress.Web/fonts/)"
  fi
fi
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
exec dotnet run --project src/Township.Congress.Web --launch-profile http
