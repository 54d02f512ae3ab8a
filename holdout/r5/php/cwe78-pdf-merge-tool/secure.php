<?php
/**
 * Admin tool: merge the selected invoice PDFs into one file with pdfunite.
 * POST files[]=<stored file name>&output=<name for the merged file>
 */
const STORE = '/var/app/invoices';

function merged_path(string $name): string
{
    return STORE . '/merged/' . $name . '.pdf';
}

$files = $_POST['files'] ?? [];
$output = $_POST['output'] ?? 'merged';
if (!preg_match('/^[A-Za-z0-9_-]{1,64}$/', $output)) {
    http_response_code(400);
    exit('bad output name');
}
$target = merged_path($output);
$args = array_map('escapeshellarg', array_merge(
    array_map(fn ($f) => STORE . '/' . basename($f), $files),
    [$target]
));
exec('pdfunite ' . implode(' ', $args), $lines, $status);
if ($status !== 0) {
    http_response_code(500);
    exit('merge failed');
}
header('Content-Type: application/pdf');
readfile($target);
