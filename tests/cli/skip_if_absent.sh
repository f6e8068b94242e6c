#!/usr/bin/env bash
# Runs the command unless FILE is absent; then says which file and exits 77, which CTest
# reports as skipped (SKIP_RETURN_CODE). For tests on the real DEMs of ../shared/data.
#   skip_if_absent.sh FILE COMMAND...
set -u
file=$1
shift
if [ ! -e "$file" ]; then
  echo "skipped: $file is not present (real lunar DEMs live in ../shared/data; see its SOURCES.md)"
  exit 77
fi
exec "$@"
