<?php
$uploadDir = __DIR__ . '/uploads/';

if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_FILES['document'])) {
    $doc = $_FILES['document'];
    if ($doc['error'] !== UPLOAD_ERR_OK) {
        exit('upload failed');
    }
    $target = $uploadDir . basename($doc['name']);
    move_uploaded_file($doc['tmp_name'], $target);
    echo 'Stored as uploads/' . htmlspecialchars(basename($doc['name']));
}
