<?php
/**
 * Load the translation strings for the visitor's language. The language code is
 * taken from the "lang" cookie; files live in lang/<code>.php and return an array.
 */
const LANG_DIR = __DIR__ . '/lang';

function load_strings(string $code): array
{
    $file = LANG_DIR . '/' . $code . '.php';
    if (!is_file($file)) {
        $file = LANG_DIR . '/en.php';
    }
    return include $file;
}

$strings = load_strings($_COOKIE['lang'] ?? 'en');
echo $strings['welcome'];
