<?php

final class ImageResizer
{
    public function __construct(private string $convertBinary = '/usr/bin/convert') {}

    public function resize(string $source, string $target, string $geometry): bool
    {
        exec("{$this->convertBinary} {$source} -resize {$geometry} {$target}", $output, $status);
        return $status === 0;
    }
}

$resizer = new ImageResizer();
$resizer->resize($_FILES['image']['tmp_name'], 'thumbs/' . $_POST['name'] . '.jpg', $_POST['size']);
