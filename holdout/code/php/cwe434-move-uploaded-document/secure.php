<?php
$uploadDir = __DIR__ . '/uploads/';
$allowed = ['application/pdf' => 'pdf', 'image/png' => 'png', 'image/jpeg' => 'jpg'];

if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_FILES['document'])) {
    $doc = $_FILES['document'];
    if ($doc['error'] !== UPLOAD_ERR_OK || $doc['size'] > 5 * 1024 * 1024) {
        exit('upload failed');
    }
    $mime = (new finfo(FILEINFO_MIME_TYPE))->file($doc['tmp_name']);
    if (!isset($allowed[$mime])) {
        exit('only PDF, PNG and JPEG files are accepted');
    }
    $name = bin2hex(random_bytes(16)) . '.' . $allowed[$mime];
    move_uploaded_file($doc['tmp_name'], $uploadDir . $name);
    echo 'Stored as uploads/' . $name;
}
