#!/usr/bin/env bash
# Runs a lunarviz command that must succeed (exit 0) and warn: a "lunarviz: warning:" line
# on stderr matching the regular expression given first (with --note first, a
# "lunarviz: note:" line instead).
#   expect_warning.sh [--note] REGEX COMMAND...
set -u
kind=warning
if [ "$1" = "--note" ]; then kind=note; shift; fi
regex=$1
shift
stderr=$("$@" 2>&1 >/dev/null)
status=$?
if [ "$status" -ne 0 ]; then
  echo "expected exit 0, got $status; stderr: $stderr"; exit 1
fi
if ! printf '%s\n' "$stderr" | grep -E -- "^lunarviz: $kind: " | grep -Eq -- "$regex"; then
  echo "no $kind matches /$regex/; stderr: $stderr"; exit 1
fi
echo "ok (exit 0): $(printf '%s\n' "$stderr" | grep -E -- "^lunarviz: $kind: " | grep -E -- "$regex")"
