#!/usr/bin/env python3
"""Máy chủ trang cải cách hành chính cho máy của xã (Linux, macOS hoặc Windows có Python 3.7+).

Chỉ dùng thư viện chuẩn của Python: không cần Node.js, không cần Internet.
Cách dùng:  python3 phuc-vu-trang.py [--port 8080] [--host 0.0.0.0] [--idle-timeout 20]
"""
# Cả mạng nội bộ mở được máy chủ này, nên nó chỉ trả tệp thật nằm trong thư mục www: không trả tệp
# ẩn (tên bắt đầu bằng dấu chấm), không theo liên kết tượng trưng ra ngoài, đóng kết nối bỏ không,
# và gửi cùng các tiêu đề bảo mật như máy chủ của "npm run serve".
import argparse
import email.utils
import http.server
import json
import os
import re
import socket
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "www")
# npm run package ghi đường dẫn con (ví dụ /cchc/) vào cau-hinh.json; tệp này chỉ được đọc như dữ liệu.
SETTINGS = os.path.join(HERE, "cau-hinh.json")
SAFE_BASE = re.compile(r"^/([a-z0-9-]+/)*$")

SECURITY_HEADERS = {
    "Content-Security-Policy": "; ".join([
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "worker-src 'self' blob:",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "form-action 'self'",
    ]),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".webmanifest": "application/manifest+json; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".xsl": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
    ".wasm": "application/wasm",
    ".vcf": "text/vcard; charset=utf-8",
    ".ics": "text/calendar; charset=utf-8",
    ".pdf": "application/pdf",
    ".csv": "text/csv; charset=utf-8",
    ".woff2": "font/woff2",
}


def read_base():
    """Đường dẫn con đọc từ cau-hinh.json; giá trị lạ thì dừng, không đoán."""
    try:
        with open(SETTINGS, encoding="utf-8-sig") as handle:
            base = json.load(handle).get("basePath")
    except (OSError, ValueError, AttributeError):
        base = None
    if not isinstance(base, str) or not SAFE_BASE.match(base):
        print("Tệp cau-hinh.json thiếu hoặc có đường dẫn con không hợp lệ. Hãy giải nén lại bản đóng gói.")
        sys.exit(1)
    return base


BASE = "/"


def inside(folder, path):
    """Đường dẫn nằm trong thư mục (có dấu phân cách: www2 không nằm trong www)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def hidden(folder, path):
    """Tệp ẩn (tên bắt đầu bằng dấu chấm) ở bất kỳ cấp nào dưới thư mục; ".." là việc của inside()."""
    return any(part.startswith(".") for part in os.path.relpath(path, folder).split(os.sep) if part not in (".", ".."))


class SiteServer(http.server.ThreadingHTTPServer):
    # Mười máy mở trang cùng lúc gửi hàng chục yêu cầu: hàng đợi 5 của mặc định làm rớt kết nối.
    request_queue_size = 128
    daemon_threads = True

    def handle_error(self, request, client_address):
        # Người xem đóng thẻ giữa chừng hay kết nối bỏ không quá hạn: chuyện thường, không in lỗi.
        if isinstance(sys.exc_info()[1], (ConnectionError, socket.timeout)):
            return
        super().handle_error(request, client_address)


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    # Kết nối không gửi gì sau chừng này giây thì đóng (mặc định: giữ mãi, mỗi kết nối giữ một luồng).
    timeout = 20

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=ROOT, **kwargs)

    def end_headers(self):
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        super().end_headers()

    def _site_path(self):
        """(tệp, cần chuyển hướng) cho địa chỉ được hỏi, hoặc (None, False) nếu không có."""
        raw = self.path.split("?", 1)[0].split("#", 1)[0]
        path = urllib.parse.unquote(raw)
        if "\0" in path or "\\" in path or not path.startswith(BASE):
            return None, False
        parts = [part for part in path.split("/") if part]
        # Tên ẩn (.env, .git, cả "..") và tên có ":" (ổ đĩa, luồng phụ trên Windows) không phải trang.
        if any(part.startswith(".") or ":" in part for part in parts):
            return None, False
        root = os.path.realpath(ROOT)
        full = os.path.join(root, *parts)
        directory = os.path.isdir(full)
        if directory:
            if not path.endswith("/"):
                return full, True
            full = os.path.join(full, "index.html")
        real = os.path.realpath(full)
        if not inside(root, real) or hidden(root, real) or not os.path.isfile(real):
            return None, False
        return real, False

    def send_head(self):
        if BASE != "/" and self.path.split("?", 1)[0] in ("/", BASE.rstrip("/")):
            return self._redirect(BASE)
        target, redirect = self._site_path()
        if redirect:
            parsed = urllib.parse.urlsplit(self.path)
            return self._redirect(parsed.path + "/" + ("?" + parsed.query if parsed.query else ""))
        if target is None:
            self.send_error(404)
            return None
        try:
            handle = open(target, "rb")
        except OSError:
            self.send_error(404)
            return None
        stats = os.fstat(handle.fileno())
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(os.path.splitext(target)[1].lower(), "application/octet-stream"))
        self.send_header("Content-Length", str(stats.st_size))
        self.send_header("Last-Modified", email.utils.formatdate(stats.st_mtime, usegmt=True))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        return handle

    def _redirect(self, location):
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()
        return None

    def send_error(self, code, message=None, explain=None):
        page = os.path.join(ROOT, BASE.strip("/"), "404.html")
        if code == 404 and os.path.isfile(page):
            with open(page, "rb") as handle:
                body = handle.read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format, *args):
        pass


def lan_addresses():
    try:
        names = socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        names = []
    return [name for name in names if not name.startswith("127.")]


def main():
    global BASE
    parser = argparse.ArgumentParser(description="Phục vụ trang cải cách hành chính trong mạng nội bộ.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    parser.add_argument("--host", default=os.environ.get("HOST", "0.0.0.0"))
    parser.add_argument("--idle-timeout", type=float, default=float(os.environ.get("IDLE_TIMEOUT", "20")),
                        help="số giây chờ một kết nối không gửi gì trước khi đóng nó (mặc định 20)")
    args = parser.parse_args()
    BASE = read_base()
    SiteHandler.timeout = args.idle_timeout
    try:
        server = SiteServer((args.host, args.port), SiteHandler)
    except OSError:
        print(f"Không mở được cổng {args.port}: cổng đang được chương trình khác dùng. Hãy chạy lại với cổng khác, ví dụ: --port 8081")
        sys.exit(1)
    print("Trang cải cách hành chính đang chạy.")
    print(f"  Trên máy này:        http://localhost:{args.port}{BASE}")
    if args.host in ("0.0.0.0", ""):
        for address in lan_addresses():
            print(f"  Trong mạng nội bộ:   http://{address}:{args.port}{BASE}")
    print("Giữ cửa sổ này mở trong khi dùng trang. Nhấn Ctrl+C để dừng.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nĐã dừng máy chủ trang.")


if __name__ == "__main__":
    main()
