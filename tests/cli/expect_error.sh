#!/usr/bin/env bash
# Runs a lunarviz command that must fail: exit status non-zero (not a crash), and stderr one
# line that matches the regular expression given first.
set -u
regex=$1
shift
stderr=$("$@" 2>&1 >/dev/null)
status=$?
if [ "$status" -eq 0 ]; then
  echo "expected failure, got exit 0; stderr: $stderr"; exit 1
fi
if [ "$status" -ge 128 ]; then
  echo "crashed with status $status; stderr: $stderr"; exit 1
fi
lines=$(printf '%s\n' "$stderr" | grep -c .)
if [ "$lines" -ne 1 ]; then
  echo "expected one line on stderr, got $lines:"; printf '%s\n' "$stderr"; exit 1
fi
if ! printf '%s\n' "$stderr" | grep -Eq -- "$regex"; then
  echo "stderr does not match /$regex/: $stderr"; exit 1
fi
echo "ok (exit $status): $stderr"
