#!/usr/bin/env bash
# Install everything the tests need (system packages for PDFs, the package with
# its test extras) and run the whole test suite. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh
python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
python3 -m pytest "$@"
