<?php
header('Content-Type: application/json');

$url = $_POST['feed'] ?? '';
$xml = @file_get_contents($url);
if ($xml === false) {
    http_response_code(502);
    echo json_encode(['error' => 'could not fetch feed']);
    exit;
}
echo json_encode(['bytes' => strlen($xml), 'preview' => substr($xml, 0, 500)]);
