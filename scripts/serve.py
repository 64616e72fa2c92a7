#!/usr/bin/env python3
"""Serves dist/ on 127.0.0.1 with correct MIME types and the same CSP the
page declares, as a real host would. Usage: serve.py [DIR] [PORT] [--no-csp] [--gzip]
PORT 0 picks a free port; the chosen one is printed as 'serving http://…'.
--no-csp serves without the policy (the benchmark's peer page, which is not ours).
--gzip compresses responses (gzip -9) for clients that accept it, as a real
server does: the benchmark's slow-network timings need it."""
import functools
import gzip
import io
import http.server
import os
import sys

FLAGS = {"--no-csp", "--gzip"}
ARGS = [a for a in sys.argv[1:] if a not in FLAGS]
WITH_CSP = "--no-csp" not in sys.argv[1:]
GZIP = "--gzip" in sys.argv[1:]
DIR = ARGS[0] if len(ARGS) > 0 else "dist"
PORT = int(ARGS[1]) if len(ARGS) > 1 else 8080
CSP = ("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; "
       "form-action 'none'; object-src 'none'")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".html": "text/html; charset=utf-8",
    }

    def end_headers(self):
        if WITH_CSP:
            self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        # The widget's files are public and static; inline mode on a host of
        # another origin loads the module, wasm, worker and fonts with CORS.
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not (GZIP and "gzip" in self.headers.get("Accept-Encoding", "") and os.path.isfile(path)):
            return super().send_head()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), 9, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), functools.partial(Handler, directory=DIR))
print(f"serving http://127.0.0.1:{server.server_address[1]}/", flush=True)
server.serve_forever()
