#!/usr/bin/env python3
"""`lunarviz dem fetch` against dem_http_server.py on 127.0.0.1 (nothing leaves the machine).

  dem_fetch_test.py LUNARVIZ CASE

CASE is one of: whole, resume, cut-retried, checksum, not-found, stall, web-page,
unknown-name. Each run has its own data folder ($XDG_DATA_HOME) and catalogue
($LUNARVIZ_DEM_CATALOGUE) naming the local server."""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
lunarviz, case = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="lunarviz-fetch-")
served = os.path.join(work, "served")
os.makedirs(served)
data_home = os.path.join(work, "data")
dem_folder = os.path.join(data_home, "lunarviz", "dem")
log = os.path.join(work, "requests.log")
env = dict(os.environ, XDG_DATA_HOME=data_home, DISPLAY="",
           LUNARVIZ_DEM_CATALOGUE=os.path.join(work, "catalogue.json"))


def run(*args, timeout=120):
    started = time.monotonic()
    p = subprocess.run([lunarviz, *args], env=env, capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr, time.monotonic() - started


def check(condition, what, *details):
    if not condition:
        print("FAILED:", what)
        for d in details:
            print(d)
        sys.exit(1)


# A real small DEM to serve: made by lunarviz itself (512 x 512 px, about 1 MB).
dem = os.path.join(served, "site.tif")
code, out, err, _ = run("make-dem", "--size", "512", "--resolution", "50", "--seed", "3", "--out", dem)
check(code == 0, "make-dem for the served DEM", err)
with open(dem, "rb") as f:
    dem_bytes = f.read()
sha = hashlib.sha256(dem_bytes).hexdigest()

server = subprocess.Popen([sys.executable, os.path.join(here, "dem_http_server.py"), served, log],
                          stdout=subprocess.PIPE, text=True)
try:
    port = int(server.stdout.readline())
    base = f"http://127.0.0.1:{port}"

    def product(name, mode, digest=sha, size=len(dem_bytes)):
        return {"name": name, "title": f"test DEM served {mode}", "source_page": base,
                "resolution_m": 50, "open": "site.tif", "licence": "test data",
                "files": [{"url": f"{base}/{mode}/site.tif", "name": "site.tif",
                           "size_bytes": size, "sha256": digest, "source": "made by the test"}]}

    with open(env["LUNARVIZ_DEM_CATALOGUE"], "w") as f:
        json.dump({"products": [product("GOOD", "files"), product("CUT", "cut"),
                                product("BADSUM", "files", digest="0" * 64),
                                product("MISSING", "missing"), product("STALL", "stall"),
                                product("WEBPAGE", "html", digest=None, size=None)]}, f)
    final = os.path.join(dem_folder, "site.tif")
    part = final + ".part"

    def requests():
        with open(log) as f:
            return f.read().splitlines() if os.path.exists(log) else []

    def nothing_kept():
        return not os.path.exists(final) and not os.path.exists(part)

    def same_bytes():
        with open(final, "rb") as f:
            return f.read() == dem_bytes

    if case == "whole":
        code, out, err, _ = run("dem", "fetch", "good")
        check(code == 0, "a whole download", out, err)
        check(same_bytes() and not os.path.exists(part), "the file in place, whole, no .part left")
        check("downloaded and checked: " + final in out, "says where it put it", out)
        code, out, err, _ = run("info", "GOOD")  # a catalogue name now opens the file
        check(code == 0 and "size:" in out and "512 x 512" in out, "info by catalogue name", out, err)
        code, out, err, _ = run("dem", "list")
        check(code == 0 and any(l.startswith("GOOD") and "downloaded" in l and "not downloaded" not in l
                                for l in out.splitlines()), "list shows it downloaded", out)
        code, out, err, _ = run("dem", "fetch", "GOOD")
        check(code == 0 and "already there" in out and len(requests()) == 1,
              "a second fetch downloads nothing", out, requests())
    elif case == "resume":
        code, out, err, _ = run("dem", "fetch", "CUT", "--retries", "0")
        check(code == 1 and "the transfer was cut off" in err and "run the same command to resume" in err,
              "a cut transfer fails with a line saying how to resume", err)
        # In a log the bar writes a line per 10 % reached, so how many come before the cut
        # depends on how the bytes arrived; the error itself is one line.
        lines = err.strip().splitlines()
        progress = [l for l in lines if re.fullmatch(r"\S+: \d+%(, \d+:\d\d left)?", l)]
        errors = [l for l in lines if l not in progress]
        check(len(errors) == 1 and errors[0].startswith("lunarviz: "),
              "one error line (after the progress lines)", err)
        check(not os.path.exists(final) and os.path.exists(part), "only the .part is there")
        half = os.path.getsize(part)
        check(0 < half < len(dem_bytes), "the .part holds what arrived", half)
        code, out, err, _ = run("info", "CUT")
        check(code == 1 and "only partly downloaded" in err, "a partial download is never opened as a DEM", err)
        code, out, err, _ = run("info", part)
        check(code == 1 and "is an unfinished download, not a DEM" in err, "nor by its own name", err)
        code, out, err, _ = run("dem", "fetch", "CUT")
        check(code == 0 and same_bytes() and not os.path.exists(part), "resumed to the whole file", out, err)
        check(requests()[-1].endswith(f"range=bytes={half}-"), "the second request resumed at the cut",
              requests())
    elif case == "cut-retried":
        code, out, err, _ = run("dem", "fetch", "CUT")
        check(code == 0 and same_bytes(), "a cut transfer is resumed within the same command", out, err)
        check(len(requests()) == 2 and "range=bytes=" in requests()[1], "by a Range request", requests())
    elif case == "checksum":
        code, out, err, _ = run("dem", "fetch", "BADSUM")
        check(code == 1 and "differs from the catalogue's 0000" in err and "the download was deleted" in err,
              "a wrong checksum is refused", err)
        check(nothing_kept(), "and nothing is kept")
    elif case == "not-found":
        code, out, err, _ = run("dem", "fetch", "MISSING")
        check(code == 1 and f"{base}/missing/site.tif: the server answered HTTP 404 Not Found" in err,
              "a 404 is named with its URL", err)
        check(nothing_kept(), "and nothing is kept")
    elif case == "stall":
        code, out, err, took = run("dem", "fetch", "STALL", "--timeout", "2", timeout=60)
        check(code == 1 and "the server stopped answering: nothing received for 2 s (timed out)" in err,
              "a silent server times out with a clear line", err)
        check(took < 20, "in seconds, not minutes", took)
        check(not os.path.exists(final) and os.path.getsize(part) == 4096,
              "nothing under the real name; what arrived kept for a resume", os.listdir(dem_folder))
        check("4 kB kept, run the same command to resume" in err, "says what was kept", err)
    elif case == "web-page":
        code, out, err, _ = run("dem", "fetch", "WEBPAGE")
        check(code == 1 and "the server sent a web page instead of the file" in err, "an HTML answer is refused", err)
        check(nothing_kept(), "and nothing is kept")
    elif case == "unknown-name":
        code, out, err, _ = run("dem", "fetch", "GOD")
        check(code == 1 and "\"GOD\" is not in the DEM catalogue" in err and "(closest: GOOD" in err,
              "an unknown name lists the closest", err)
    else:
        check(False, "unknown case " + case)
    print("ok:", case)
    if os.environ.get("LUNARVIZ_FETCH_TEST_VERBOSE"):
        print(out, err, requests())
finally:
    server.kill()
    server.wait()
