#!/usr/bin/env bash
# Runs a lunarviz command that must succeed (exit 0) and warn: a "lunarviz: warning:" line
# on stderr matching the regular expression given first.
set -u
regex=$1
shift
stderr=$("$@" 2>&1 >/dev/null)
status=$?
if [ "$status" -ne 0 ]; then
  echo "expected exit 0, got $status; stderr: $stderr"; exit 1
fi
if ! printf '%s\n' "$stderr" | grep -E -- "^lunarviz: warning: " | grep -Eq -- "$regex"; then
  echo "no warning matches /$regex/; stderr: $stderr"; exit 1
fi
echo "ok (exit 0): $(printf '%s\n' "$stderr" | grep -E -- "^lunarviz: warning: " | grep -E -- "$regex")"
