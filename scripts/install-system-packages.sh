#!/bin/sh
# Installs what PDF copies need that pip cannot: LibreOffice Writer, its Python
# bridge, poppler's tools, fonts for every script recordgen translates into and
# the allocator the converters run on; and OmegaT, a translators' tool the tests drive.
# Idempotent: installs only what is missing, and nothing when all is there.
# Debian/Ubuntu only; runs apt-get as root (CI) or through sudo.
set -eu

PACKAGES="
libreoffice-writer-nogui
python3-uno
poppler-utils
fontconfig
fonts-noto-core
fonts-crosextra-carlito
fonts-liberation2
fonts-dejavu-core
fonts-symbola
libjemalloc2
chromium
omegat
wordnet-base
wbritish-huge
"
# What each font package carries (checked with fc-list on Debian 12):
#   fonts-noto-core   Noto Sans/Serif (Latin), Noto Naskh Arabic, Noto Nastaliq Urdu,
#                     Noto Sans Bengali, Noto Sans Ethiopic (Tigrinya, Amharic)
#   (not fonts-noto-extra: its 1,500 extra weights only slow LibreOffice down)
#   fonts-crosextra-carlito   metric twin of Calibri, so Word's page breaks hold
#   fonts-liberation2   metric twin of Arial, the templates' font
#   fonts-symbola     the emoji and pictographs a child writes (🐶 ⚽ 😀), as outlines that
#                     LibreOffice embeds in a PDF like any other font (printed in black);
#                     without it they vanish from PDF copies
# libjemalloc2: the converters run LibreOffice on it, 8 to 15% less CPU per PDF.
# chromium: the tests of `recordgen serve` drive the page in a real browser (Playwright).
# omegat: Debian's OmegaT 3.6, which tests/test_translation_omegat.py drives in console
#   mode on the XLIFF export (82 MB, 81 packages, 35 s to install on Debian 12; it runs
#   on the Java 17 already there).
# wordnet-base: WordNet 3.0, from which tools/build_child_words.py makes the shipped list of
#   a child's words; recordgen never reads it, a test checks the list is what it builds.
# wbritish-huge: SCOWL's British English word list, from which tools/build_british_words.py
#   makes the shipped list of words named after an everyday word ('waltzers', 'wormery');
#   the same: only to rebuild it and check it.

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    echo "install-system-packages: LibreOffice, fonts, PDF tools, chromium, OmegaT and WordNet already installed"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-packages: no apt-get here; install these by hand:$missing" >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "install-system-packages: need root to install:$missing" >&2
    exit 1
fi

echo "install-system-packages: installing$missing"
# No recommends: they would pull in a desktop's worth of LibreOffice and X11.
$as_root apt-get update -qq
# shellcheck disable=SC2086 # the package list is meant to split into words
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing >/dev/null
$as_root fc-cache -f >/dev/null 2>&1 || true
echo "install-system-packages: done"
