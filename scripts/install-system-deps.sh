#!/usr/bin/env bash
# Install the system packages the integration tests run against (Debian/Ubuntu):
#   dovecot-imapd  the IMAP server (tests start their own instance, see tests/servers/)
#   postgresql     initdb/postgres for the PostgreSQL tests
#   chromium       only when INSTALL_BROWSER=1 (browser tests of the review app)
#   tesseract-ocr, tesseract-ocr-tha
#                  Thai OCR of scanned PDFs and phone photos (extractors/ocr.py)
#   poppler-utils  pdftoppm renders scanned PDF pages for OCR
#   fonts-thai-tlwg  Thai TrueType fonts the OCR and PDF tests draw their forms with; OCR
#                  also checks Thai digits against their shapes (extractors/ocr_digits.py)
#
# Idempotent: when everything is present it only checks and exits, without apt-get.
# The tests start private servers on free loopback ports with their own temp dirs, so a
# system-wide Dovecot or PostgreSQL never conflicts with them. Still, services that this
# script's own install would start are kept from starting (policy-rc.d), and stopped and
# disabled if they started anyway. Services that were already installed are left alone.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

log() { printf 'install-system-deps: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo env DEBIAN_FRONTEND=noninteractive "$@"
  else
    log "need root (or sudo) to run: $*"
    exit 1
  fi
}

have_dovecot() {
  command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]
}

have_initdb() {
  command -v initdb >/dev/null 2>&1 && return 0
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

have_thai_ocr() {
  command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx tha
}

have_chromium() {
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1
}

missing=()
command -v make >/dev/null 2>&1 || missing+=(make)
python3 -c "import ensurepip, venv" >/dev/null 2>&1 || missing+=(python3-venv)
have_dovecot || missing+=(dovecot-imapd)
have_initdb || missing+=(postgresql)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
have_thai_ocr || missing+=(tesseract-ocr-tha)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/fonts/truetype/tlwg/Garuda.ttf ] || missing+=(fonts-thai-tlwg)
if [ "${INSTALL_BROWSER:-0}" = "1" ] && ! have_chromium; then
  missing+=(chromium)
fi

if [ "${#missing[@]}" -eq 0 ]; then
  log "dovecot, initdb, Thai tesseract, pdftoppm and Thai fonts present" \
    "(and chromium, if INSTALL_BROWSER=1); nothing to do"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  log "apt-get not found; install by hand: ${missing[*]}"
  exit 1
fi

# policy-rc.d exiting 101 tells package scripts not to start services. Only add one if
# the machine has none (Docker images often ship it already), and remove it afterwards.
policy=/usr/sbin/policy-rc.d
added_policy=0
cleanup() {
  if [ "$added_policy" = "1" ]; then as_root rm -f "$policy"; fi
}
trap cleanup EXIT
if [ ! -e "$policy" ]; then
  as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 0755 $policy"
  added_policy=1
fi

log "installing: ${missing[*]}"
as_root apt-get update -qq
as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"

# If a service started regardless (no policy-rc.d support), stop and disable the ones we
# just installed: the tests never use them.
for package in "${missing[@]}"; do
  case "$package" in
    dovecot-imapd) service=dovecot ;;
    postgresql) service=postgresql ;;
    *) continue ;;
  esac
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    as_root systemctl disable --now "$service" >/dev/null 2>&1 || true
  elif [ -x "/etc/init.d/$service" ]; then
    as_root "/etc/init.d/$service" stop >/dev/null 2>&1 || true
  fi
done

have_dovecot || { log "dovecot still missing after install"; exit 1; }
have_initdb || { log "initdb still missing after install"; exit 1; }
have_thai_ocr || { log "tesseract with Thai (tha) still missing after install"; exit 1; }
log "done"
