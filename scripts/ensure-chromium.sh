#!/bin/sh
# The report's browser tests need Debian's chromium; install it when missing.
set -eu
if command -v chromium >/dev/null 2>&1; then
    echo "chromium: $(command -v chromium)"
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "chromium is missing and this user cannot install it (no root, no sudo);" >&2
    echo "install Debian's chromium package to run the browser tests" >&2
    exit 1
fi
echo "installing Debian's chromium (for the report's browser tests)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "chromium: $(command -v chromium)"
