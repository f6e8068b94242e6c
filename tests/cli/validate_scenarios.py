#!/usr/bin/env python3
"""Validates scenario files against data/lunarviz-scenario.schema.json (Debian
python3-jsonschema). Usage: validate_scenarios.py SCHEMA FILE... ; exits 1 naming every
invalid file and why, 77 (skip) without jsonschema."""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed")
    sys.exit(77)

schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    errors = sorted(validator.iter_errors(json.load(open(path))), key=lambda e: list(e.path))
    for error in errors:
        print(f"{path}: {'/'.join(str(p) for p in error.path)}: {error.message}")
    bad += 1 if errors else 0
    if not errors:
        print(f"{path}: valid")
sys.exit(1 if bad else 0)
