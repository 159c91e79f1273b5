@echo off
rem Double-click: starts the content editor (Sveltia CMS) and the preview on this PC.
rem chcp 65001 first, so that the Vietnamese lines below are read as UTF-8.
chcp 65001 >nul
cd /d "%~dp0"
if not exist node_modules (
  echo Đang cài đặt lần đầu, vui lòng chờ vài phút...
  call npm install
)
echo Đang mở trình soạn thảo. Giữ cửa sổ này mở trong khi làm việc; đóng cửa sổ để dừng.
call npm run cms -- --mo
pause
