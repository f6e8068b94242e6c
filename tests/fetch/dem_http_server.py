#!/usr/bin/env python3
"""A small HTTP server on 127.0.0.1 for the `lunarviz dem fetch` tests: it serves the files
of one folder with Range support and misbehaves on purpose by path prefix:

  /files/NAME    the file (206 for a Range request)
  /cut/NAME      the first request for NAME sends half of the body, then closes the connection
  /stall/NAME    sends the headers and 4 kB, then nothing more (until the server is stopped)
  /html/NAME     answers 200 with a web page, as some archives do for a moved file
  /missing/NAME  404

It prints its port on the first line of stdout and logs each request, with its Range
header, one line each to the log file given as the second argument."""
import http.server
import os
import sys
import threading
import time

ROOT = sys.argv[1]
LOG = sys.argv[2]
log_lock = threading.Lock()
cut_done = set()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # the request log below is the one the tests read
        pass

    def do_GET(self):
        with log_lock, open(LOG, "a") as log:
            log.write(f"{self.path} range={self.headers.get('Range', '-')}\n")
        parts = self.path.strip("/").split("/", 1)
        if len(parts) != 2 or not parts[1] or "/" in parts[1] or parts[1].startswith("."):
            return self.send_error(400)
        mode, name = parts
        path = os.path.join(ROOT, name)
        if mode == "missing" or not os.path.isfile(path):
            return self.send_error(404)
        if mode == "html":
            page = b"<!DOCTYPE html><html><body>This file has moved.</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)
            return
        with open(path, "rb") as f:
            data = f.read()
        start = 0
        ranged = self.headers.get("Range")
        if ranged and ranged.startswith("bytes=") and ranged.endswith("-"):
            start = int(ranged[6:-1])
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(data)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if mode == "cut" and name not in cut_done:
            cut_done.add(name)
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        if mode == "stall":
            self.wfile.write(body[:4096])
            self.wfile.flush()
            time.sleep(3600)
            return
        self.wfile.write(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
