<?php
session_start();
if (empty($_SESSION['customer_id'])) {
    http_response_code(403);
    exit;
}

$dir = '/var/app/invoices/' . (int) $_SESSION['customer_id'];
$file = $_GET['file'] ?? '';

header('Content-Type: application/pdf');
header('Content-Disposition: attachment; filename="' . basename($file) . '"');
readfile($dir . '/' . $file);
