# Máy chủ trang cải cách hành chính cho máy Windows của xã: chỉ dùng PowerShell và .NET có sẵn
# trong Windows 10/11 (không cần Node.js, không cần Internet).
# Cách dùng: bấm đúp chay-trang.bat, hoặc: powershell -ExecutionPolicy Bypass -File phuc-vu-trang.ps1 -Port 8080
#
# Tệp này được chép vào gói nguyên như vậy: không giá trị nào của nội dung được ghi vào mã. Đường dẫn
# con (ví dụ /cchc/) được đọc lúc chạy từ cau-hinh.json, như dữ liệu, và phải đúng dạng /chu-thuong/.
param([int]$Port = 8080, [switch]$ChiMayNay)

$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8

$Settings = $null
try { $Settings = Get-Content -LiteralPath (Join-Path $PSScriptRoot 'cau-hinh.json') -Raw -Encoding UTF8 | ConvertFrom-Json } catch { }
$Base = if ($Settings -and $Settings.basePath -is [string]) { $Settings.basePath } else { '' }
if ($Base -cnotmatch '^/([a-z0-9-]+/)*$') {
  Write-Host 'Tệp cau-hinh.json thiếu hoặc có đường dẫn con không hợp lệ. Hãy giải nén lại bản đóng gói.'
  exit 1
}

$Root = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot 'www'))
$Types = @{
  '.html' = 'text/html; charset=utf-8'; '.css' = 'text/css; charset=utf-8'; '.js' = 'text/javascript; charset=utf-8'
  '.mjs' = 'text/javascript; charset=utf-8'; '.json' = 'application/json; charset=utf-8'; '.xml' = 'application/xml; charset=utf-8'
  '.txt' = 'text/plain; charset=utf-8'; '.svg' = 'image/svg+xml'; '.png' = 'image/png'; '.jpg' = 'image/jpeg'; '.jpeg' = 'image/jpeg'
  '.webp' = 'image/webp'; '.avif' = 'image/avif'; '.gif' = 'image/gif'; '.ico' = 'image/x-icon'; '.wasm' = 'application/wasm'
  '.vcf' = 'text/vcard; charset=utf-8'; '.pdf' = 'application/pdf'; '.csv' = 'text/csv; charset=utf-8'; '.woff2' = 'font/woff2'
  '.webmanifest' = 'application/manifest+json; charset=utf-8'; '.ics' = 'text/calendar; charset=utf-8'
}
# Cùng các tiêu đề bảo mật như máy chủ của "npm run serve" và phuc-vu-trang.py.
$SecurityHeaders = [ordered]@{
  'Content-Security-Policy' = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'self'; form-action 'self'"
  'X-Content-Type-Options' = 'nosniff'
  'Referrer-Policy' = 'strict-origin-when-cross-origin'
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
Start-Process -FilePath ('http://localhost:{0}{1}' -f $Port, $Base)

function Add-SecurityHeaders($Response) {
  foreach ($name in $SecurityHeaders.Keys) { $Response.Headers[$name] = $SecurityHeaders[$name] }
}

# Chỉ tệp thật nằm trong www: không tên ẩn (bắt đầu bằng dấu chấm), không liên kết tượng trưng hay
# junction ở bất kỳ cấp thư mục nào (chúng có thể dẫn ra ngoài thư mục trang).
function Test-Servable([string]$Full) {
  if ($Full -eq $Root) { return $true }
  if (-not $Full.StartsWith($Root + '\', [System.StringComparison]::OrdinalIgnoreCase)) { return $false }
  $current = $Root
  foreach ($part in $Full.Substring($Root.Length + 1).Split([char[]]@('\'), [System.StringSplitOptions]::RemoveEmptyEntries)) {
    if ($part.StartsWith('.')) { return $false }
    $current = Join-Path $current $part
    $item = Get-Item -LiteralPath $current -Force -ErrorAction SilentlyContinue
    if (-not $item) { return $false }
    if ($item.Attributes.HasFlag([System.IO.FileAttributes]::ReparsePoint)) { return $false }
  }
  return $true
}

function Send-File($Response, [string]$File, [int]$Status, [bool]$HeadOnly) {
  $ext = [System.IO.Path]::GetExtension($File).ToLowerInvariant()
  $type = $Types[$ext]
  if (-not $type) { $type = 'application/octet-stream' }
  $bytes = [System.IO.File]::ReadAllBytes($File)
  $Response.StatusCode = $Status
  $Response.ContentType = $type
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
    Add-SecurityHeaders $response
    $path = [System.Uri]::UnescapeDataString($request.Url.AbsolutePath)
    $headOnly = $request.HttpMethod -eq 'HEAD'
    if ($request.HttpMethod -ne 'GET' -and -not $headOnly) { $response.StatusCode = 405 }
    elseif ($path.IndexOf([char]0) -ge 0) { $response.StatusCode = 400 }
    elseif ($Base -ne '/' -and ($path -eq '/' -or "$path/" -eq $Base)) { Send-Redirect $response $Base }
    else {
      # "\" và ":" (ổ đĩa, luồng phụ NTFS như tep.html::$DATA) không có trong địa chỉ của trang.
      $plain = $path.StartsWith($Base) -and $path.IndexOfAny([char[]]@('\', ':')) -lt 0
      $full = $null
      if ($plain) { $full = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($Root, ($path.TrimStart('/') -replace '/', '\'))) }
      $ok = $plain -and (Test-Servable $full)
      if ($ok -and (Test-Path -LiteralPath $full -PathType Container)) {
        if (-not $path.EndsWith('/')) { Send-Redirect $response ($request.Url.AbsolutePath + '/' + $request.Url.Query); continue }
        $full = Join-Path $full 'index.html'
        $ok = Test-Servable $full
      }
      if ($ok -and (Test-Path -LiteralPath $full -PathType Leaf)) { Send-File $response $full 200 $headOnly }
      elseif (Test-Path -LiteralPath $notFound -PathType Leaf) { Send-File $response $notFound 404 $headOnly }
      else { $response.StatusCode = 404 }
    }
  } catch {
    try { $response.StatusCode = 500 } catch {}
  } finally {
    $response.Close()
  }
}
