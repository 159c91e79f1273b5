#!/bin/sh
# Chạy trang cải cách hành chính trên máy Linux của xã, không cần Internet và không cần Node.js.
# Cách dùng: sh chay-trang.sh           (cổng 8080)
#            PORT=8081 sh chay-trang.sh
cd "$(dirname "$0")" || exit 1
PORT="${PORT:-8080}"
if command -v python3 >/dev/null 2>&1; then
  exec python3 phuc-vu-trang.py --port "$PORT"
elif command -v busybox >/dev/null 2>&1; then
  echo "Không có python3: dùng busybox httpd (không có trang báo lỗi riêng)."
  # Đường dẫn con đọc từ cau-hinh.json như dữ liệu (chỉ để in ra), không ghi vào tệp này.
  BASE=$(sed -n 's/^ *"basePath": *"\([a-z0-9/-]*\)",*$/\1/p' cau-hinh.json)
  echo "Mở trình duyệt tại: http://localhost:$PORT$BASE"
  exec busybox httpd -f -p "$PORT" -h www
else
  echo "Cần cài python3 (ví dụ: sudo apt install python3) hoặc busybox rồi chạy lại."
  exit 1
fi
