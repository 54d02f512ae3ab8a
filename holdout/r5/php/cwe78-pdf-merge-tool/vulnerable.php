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
$inputs = '';
foreach ($files as $f) {
    $inputs .= ' ' . STORE . '/' . basename($f);
}
$target = merged_path($output);
exec('pdfunite' . $inputs . ' ' . $target, $lines, $status);
if ($status !== 0) {
    http_response_code(500);
    exit('merge failed');
}
header('Content-Type: application/pdf');
readfile($target);
