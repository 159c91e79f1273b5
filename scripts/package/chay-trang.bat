@echo off
rem Trang cai cach hanh chinh: bam dup tep nay de chay trang tren may Windows cua xa.
rem Khong can Internet, khong can cai them phan mem: dung PowerShell co san trong Windows.
cd /d "%~dp0"
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0phuc-vu-trang.ps1" %*
pause
