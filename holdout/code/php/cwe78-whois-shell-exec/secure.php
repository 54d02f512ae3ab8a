<?php
header('Content-Type: text/plain; charset=utf-8');

$domain = trim($_POST['domain'] ?? '');
if (!preg_match('/^(?=.{1,253}$)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/i', $domain)) {
    http_response_code(400);
    exit('domain required');
}

$output = shell_exec('whois ' . escapeshellarg($domain) . ' 2>&1');
echo $output ?? 'lookup failed';
