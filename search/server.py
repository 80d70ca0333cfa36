"""``arising serve``: the built site and ``GET /api/search``, on the standard library's threading HTTP server.

Local by default (127.0.0.1). Only GET and HEAD. The API answers what the public site publishes:
confidential documents and exempt items are left out unless ``--internal``. A query is capped at 500 characters and 100 results;
a file is served only if its real path (symlinks resolved) is inside the site folder: ``..``, encoded
``%2e%2e``, absolute paths and symlinks pointing out all answer 404.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import mimetypes
import os
import shutil
import sys
import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from search.index import IndexMissing, SearchError
from search.query import MAX_QUERY_CHARS, Filters, QueryError
from search.searcher import Searcher

API_PATH = "/api/search"
API_MAX_LIMIT = 100
API_DEFAULT_LIMIT = 20
MAX_URL = 4096


class App:
    """What the handlers share: the knowledge base, the site folder, and one open index that is
    reopened when a writer publishes a new one."""

    def __init__(self, kb, site_dir: str, engine: str | None = None, quiet: bool = False, internal: bool = False):
        self.kb = kb
        self.internal = internal
        self.site = os.path.realpath(site_dir)
        self.engine = engine
        self.quiet = quiet
        self._searcher: Searcher | None = None
        self._lock = threading.Lock()

    def searcher(self) -> Searcher:
        with self._lock:
            s = self._searcher
            if s is None or not s.is_current():
                fresh = Searcher(self.kb, self.engine)
                self._searcher = fresh
                if s is not None:
                    s.close()
            return self._searcher

    def api(self, params: dict[str, list[str]]) -> tuple[int, dict]:
        def one(name):
            v = params.get(name)
            return v[0].strip() if v and v[0].strip() else None

        q = one("q") or ""
        if len(q) > MAX_QUERY_CHARS:
            return 400, {"error": f"the query is {len(q)} characters long; the limit is {MAX_QUERY_CHARS}"}
        try:
            limit = int(one("limit") or API_DEFAULT_LIMIT)
        except ValueError:
            return 400, {"error": "limit must be a whole number"}
        limit = max(1, min(limit, API_MAX_LIMIT))
        filters = Filters(kind=one("kind"), status=one("status"), owner=one("owner"), committee=one("committee"),
                          since=one("since"), until=one("until"))
        try:
            return 200, self.searcher().search(q, filters, limit=limit, facets=True, as_of=dt.date.today(),
                                               public=not self.internal)
        except QueryError as e:
            return 400, {"error": str(e)}
        except IndexMissing as e:
            return 503, {"error": str(e)}
        except SearchError as e:
            return 500, {"error": str(e)}

    def resolve(self, url_path: str) -> str | None:
        """The real path of the file a URL names, or None when it is not inside the site folder."""
        path = urllib.parse.unquote(url_path, errors="strict")
        if "\x00" in path or "\\" in path:
            return None
        parts = [p for p in path.split("/") if p not in ("", ".")]
        if any(p == ".." for p in parts):
            return None
        real = os.path.realpath(os.path.join(self.site, *parts))
        if real != self.site and not real.startswith(self.site + os.sep):
            return None
        return real


class Handler(BaseHTTPRequestHandler):
    server_version = "arising"
    sys_version = ""
    app: App  # set on the server's handler subclass

    def log_message(self, fmt, *args):
        if not self.app.quiet:
            sys.stderr.write(f"{self.address_string()} - {fmt % args}\n")

    def do_HEAD(self):
        self.do_GET(head=True)

    def do_GET(self, head: bool = False):
        if len(self.path) > MAX_URL:
            return self._text(HTTPStatus.REQUEST_URI_TOO_LONG, "the address is too long", head)
        try:
            url = urllib.parse.urlsplit(self.path)
        except ValueError:
            return self._text(HTTPStatus.BAD_REQUEST, "bad address", head)
        if url.path.rstrip("/") == API_PATH:
            status, body = self.app.api(urllib.parse.parse_qs(url.query, keep_blank_values=True))
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            return self._send(status, "application/json; charset=utf-8", data, head, {"Cache-Control": "no-store"})
        return self._static(url, head)

    def _static(self, url, head: bool):
        app = self.app
        if not os.path.isdir(app.site):
            return self._text(HTTPStatus.NOT_FOUND, f"The site is not built: run `arising build` (looked in "
                              f"{app.site}). The search API answers at {API_PATH}?q=...", head)
        try:
            real = app.resolve(url.path)
        except UnicodeDecodeError:
            real = None
        if real is None or not os.path.exists(real):
            return self._text(HTTPStatus.NOT_FOUND, "not found", head)
        if os.path.isdir(real):
            if not url.path.endswith("/"):
                target = url.path + "/" + (f"?{url.query}" if url.query else "")
                return self._send(HTTPStatus.MOVED_PERMANENTLY, "text/plain; charset=utf-8", b"", head,
                                  {"Location": target})
            real = os.path.join(real, "index.html")
            if not os.path.isfile(real):
                return self._text(HTTPStatus.NOT_FOUND, "not found", head)
        ctype = mimetypes.guess_type(real)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json", "application/xml"):
            ctype += "; charset=utf-8"
        try:
            f = open(real, "rb")
        except OSError:
            return self._text(HTTPStatus.NOT_FOUND, "not found", head)
        with f:
            size = os.fstat(f.fileno()).st_size
            self.send_response(HTTPStatus.OK)
            self._headers(ctype, size)
            self.end_headers()
            if not head:
                shutil.copyfileobj(f, self.wfile)

    def _headers(self, ctype: str, length: int, extra: dict | None = None):
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(length))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)

    def _send(self, status, ctype: str, data: bytes, head: bool, extra: dict | None = None):
        self.send_response(status)
        self._headers(ctype, len(data), extra)
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _text(self, status, message: str, head: bool):
        body = f"<!doctype html><meta charset=utf-8><title>{int(status)}</title><p>{html.escape(message)}</p>\n"
        self._send(status, "text/html; charset=utf-8", body.encode(), head)

    def do_POST(self):
        self._text(HTTPStatus.METHOD_NOT_ALLOWED, "only GET and HEAD", False)

    do_PUT = do_DELETE = do_PATCH = do_POST


class Server(ThreadingHTTPServer):
    daemon_threads = True


def make_server(kb, host: str, port: int, site_dir: str, engine: str | None = None, quiet: bool = False,
                internal: bool = False) -> Server:
    """Bind (raises OSError when the port is taken); call ``serve_forever()`` on the result.
    The API leaves out what the public site leaves out (confidential and exempt items) unless ``internal``."""
    app = App(kb, site_dir, engine, quiet, internal)
    handler = type("BoundHandler", (Handler,), {"app": app})
    server = Server((host, port), handler)
    server.app = app
    return server
