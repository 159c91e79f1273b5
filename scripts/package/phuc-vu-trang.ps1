# Máy chủ trang cải cách hành chính cho máy Windows của xã: chỉ dùng PowerShell và .NET có sẵn
# trong Windows 10/11 (không cần Node.js, không cần Internet).
# Cách dùng: bấm đúp chay-trang.bat, hoặc: powershell -ExecutionPolicy Bypass -File phuc-vu-trang.ps1 -Port 8080
param([int]$Port = 8080, [switch]$ChiMayNay)

$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
# Đường dẫn con mà trang được xây dựng cho (ví dụ /cchc/); npm run package điền giá trị này.
$Base = '__BASE_PATH__'
$Root = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot 'www'))
$Types = @{
  '.html' = 'text/html; charset=utf-8'; '.css' = 'text/css; charset=utf-8'; '.js' = 'text/javascript; charset=utf-8'
  '.mjs' = 'text/javascript; charset=utf-8'; '.json' = 'application/json; charset=utf-8'; '.xml' = 'application/xml; charset=utf-8'
  '.txt' = 'text/plain; charset=utf-8'; '.svg' = 'image/svg+xml'; '.png' = 'image/png'; '.jpg' = 'image/jpeg'; '.jpeg' = 'image/jpeg'
  '.webp' = 'image/webp'; '.avif' = 'image/avif'; '.gif' = 'image/gif'; '.ico' = 'image/x-icon'; '.wasm' = 'application/wasm'
  '.vcf' = 'text/vcard; charset=utf-8'; '.pdf' = 'application/pdf'; '.csv' = 'text/csv; charset=utf-8'; '.woff2' = 'font/woff2'
}

function Start-Listener([string]$Prefix) {
  $l = New-Object System.Net.HttpListener
  $l.Prefixes.Add($Prefix)
  $l.Start()
  return $l
}

$lan = -not $ChiMayNay
$listener = $null
if ($lan) {
  try { $listener = Start-Listener "http://+:$Port/" }
  catch {
    # Nghe trên mọi địa chỉ cần quyền quản trị (hoặc một lần "netsh http add urlacl"): nếu không có, chỉ phục vụ máy này.
    $lan = $false
  }
}
if (-not $listener) {
  try { $listener = Start-Listener "http://localhost:$Port/" }
  catch {
    Write-Host "Không mở được cổng $Port (có thể đang được chương trình khác dùng). Hãy chạy lại với cổng khác: chay-trang.bat -Port 8081"
    exit 1
  }
}

Write-Host 'Trang cải cách hành chính đang chạy.'
Write-Host "  Trên máy này:        http://localhost:$Port$Base"
if ($lan) {
  foreach ($ip in [System.Net.Dns]::GetHostAddresses([System.Net.Dns]::GetHostName())) {
    if ($ip.AddressFamily -eq 'InterNetwork' -and -not $ip.ToString().StartsWith('127.')) {
      Write-Host "  Trong mạng nội bộ:   http://$($ip):$Port$Base"
    }
  }
} else {
  Write-Host 'Chỉ máy này mở được trang. Để máy khác trong mạng cùng xem: bấm chuột phải vào chay-trang.bat, chọn "Run as administrator" (xem HUONG-DAN.txt).'
}
Write-Host 'Giữ cửa sổ này mở trong khi dùng trang. Đóng cửa sổ để dừng.'
Start-Process "http://localhost:$Port$Base"

function Send-File($Response, [string]$File, [int]$Status, [bool]$HeadOnly) {
  $ext = [System.IO.Path]::GetExtension($File).ToLowerInvariant()
  $type = $Types[$ext]
  if (-not $type) { $type = 'application/octet-stream' }
  $bytes = [System.IO.File]::ReadAllBytes($File)
  $Response.StatusCode = $Status
  $Response.ContentType = $type
  $Response.Headers.Add('X-Content-Type-Options', 'nosniff')
  $Response.ContentLength64 = $bytes.Length
  if (-not $HeadOnly) { $Response.OutputStream.Write($bytes, 0, $bytes.Length) }
}

function Send-Redirect($Response, [string]$Location) {
  $Response.StatusCode = 301
  $Response.RedirectLocation = $Location
}

$notFound = Join-Path $Root (Join-Path $Base.Trim('/') '404.html')
while ($listener.IsListening) {
  $context = $listener.GetContext()
  $request = $context.Request
  $response = $context.Response
  try {
    $path = [System.Uri]::UnescapeDataString($request.Url.AbsolutePath)
    $headOnly = $request.HttpMethod -eq 'HEAD'
    if ($request.HttpMethod -ne 'GET' -and -not $headOnly) { $response.StatusCode = 405 }
    elseif ($Base -ne '/' -and ($path -eq '/' -or "$path/" -eq $Base)) { Send-Redirect $response $Base }
    else {
      $full = [System.IO.Path]::GetFullPath((Join-Path $Root ($path.TrimStart('/') -replace '/', '\')))
      $inside = $full.StartsWith($Root + '\', [System.StringComparison]::OrdinalIgnoreCase) -or $full -eq $Root
      if ($inside -and $path.StartsWith($Base) -and (Test-Path -LiteralPath $full -PathType Container)) {
        if (-not $path.EndsWith('/')) { Send-Redirect $response ($request.Url.AbsolutePath + '/' + $request.Url.Query); continue }
        $full = Join-Path $full 'index.html'
      }
      if ($inside -and $path.StartsWith($Base) -and (Test-Path -LiteralPath $full -PathType Leaf)) { Send-File $response $full 200 $headOnly }
      elseif (Test-Path -LiteralPath $notFound -PathType Leaf) { Send-File $response $notFound 404 $headOnly }
      else { $response.StatusCode = 404 }
    }
  } catch {
    try { $response.StatusCode = 500 } catch {}
  } finally {
    $response.Close()
  }
}
