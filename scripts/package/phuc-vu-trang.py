#!/usr/bin/env python3
"""Máy chủ trang cải cách hành chính cho máy của xã (Linux, macOS hoặc Windows có Python 3.7+).

Chỉ dùng thư viện chuẩn của Python: không cần Node.js, không cần Internet.
Cách dùng:  python3 phuc-vu-trang.py [--port 8080] [--host 0.0.0.0]
"""
import argparse
import http.server
import os
import socket
import sys

# Đường dẫn con mà trang được xây dựng cho (ví dụ /cchc/); npm run package điền giá trị này.
BASE = "__BASE_PATH__"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "www")

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
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
    ".pdf": "application/pdf",
    ".csv": "text/csv; charset=utf-8",
    ".woff2": "font/woff2",
    ".pagefind": "application/octet-stream",
    ".pf_meta": "application/octet-stream",
    ".pf_index": "application/octet-stream",
    ".pf_fragment": "application/octet-stream",
    "": "application/octet-stream",
}


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = TYPES

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=ROOT, **kwargs)

    def _redirect_to_base(self):
        path = self.path.split("?", 1)[0]
        if BASE != "/" and path in ("/", BASE.rstrip("/")):
            self.send_response(301)
            self.send_header("Location", BASE)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return True
        return False

    def do_GET(self):
        if not self._redirect_to_base():
            super().do_GET()

    def do_HEAD(self):
        if not self._redirect_to_base():
            super().do_HEAD()

    def end_headers(self):
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    # Một thư mục không có index.html thì báo không tìm thấy, không liệt kê tệp.
    def list_directory(self, path):
        self.send_error(404)
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
    parser = argparse.ArgumentParser(description="Phục vụ trang cải cách hành chính trong mạng nội bộ.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    parser.add_argument("--host", default=os.environ.get("HOST", "0.0.0.0"))
    args = parser.parse_args()
    try:
        server = http.server.ThreadingHTTPServer((args.host, args.port), SiteHandler)
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
