<?php
header('Content-Type: application/json');

$allowedHosts = ['feeds.example-news.com', 'blog.example.org'];
$url = $_POST['feed'] ?? '';
$parts = parse_url($url);
if (($parts['scheme'] ?? '') !== 'https' || !in_array($parts['host'] ?? '', $allowedHosts, true)) {
    http_response_code(400);
    echo json_encode(['error' => 'feed host not allowed']);
    exit;
}
$context = stream_context_create(['http' => ['follow_location' => 0, 'timeout' => 5]]);
$xml = @file_get_contents($url, false, $context);
if ($xml === false) {
    http_response_code(502);
    echo json_encode(['error' => 'could not fetch feed']);
    exit;
}
echo json_encode(['bytes' => strlen($xml), 'preview' => substr($xml, 0, 500)]);
