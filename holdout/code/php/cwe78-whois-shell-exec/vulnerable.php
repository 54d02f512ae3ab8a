<?php
header('Content-Type: text/plain; charset=utf-8');

$domain = trim($_POST['domain'] ?? '');
if ($domain === '') {
    http_response_code(400);
    exit('domain required');
}

$output = shell_exec('whois ' . $domain . ' 2>&1');
echo $output ?? 'lookup failed';
