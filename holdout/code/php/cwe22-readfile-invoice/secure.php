<?php
session_start();
if (empty($_SESSION['customer_id'])) {
    http_response_code(403);
    exit;
}

$dir = realpath('/var/app/invoices/' . (int) $_SESSION['customer_id']);
$path = realpath($dir . '/' . ($_GET['file'] ?? ''));
if ($dir === false || $path === false || strpos($path, $dir . DIRECTORY_SEPARATOR) !== 0) {
    http_response_code(404);
    exit;
}

header('Content-Type: application/pdf');
header('Content-Disposition: attachment; filename="' . basename($path) . '"');
readfile($path);
