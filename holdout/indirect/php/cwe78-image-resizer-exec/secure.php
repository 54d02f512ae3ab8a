<?php

final class ImageResizer
{
    public function __construct(private string $convertBinary = '/usr/bin/convert') {}

    public function resize(string $source, string $target, string $geometry): bool
    {
        if (!preg_match('/^\d{1,4}x\d{1,4}$/', $geometry)) {
            return false;
        }
        $cmd = escapeshellcmd($this->convertBinary) . ' ' . escapeshellarg($source)
            . ' -resize ' . escapeshellarg($geometry) . ' ' . escapeshellarg($target);
        exec($cmd, $output, $status);
        return $status === 0;
    }
}

$name = preg_replace('/[^a-z0-9_-]/i', '', $_POST['name']);
$resizer = new ImageResizer();
$resizer->resize($_FILES['image']['tmp_name'], 'thumbs/' . $name . '.jpg', $_POST['size']);
