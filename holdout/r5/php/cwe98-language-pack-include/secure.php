<?php
/**
 * Load the translation strings for the visitor's language. The language code is
 * taken from the "lang" cookie; files live in lang/<code>.php and return an array.
 */
const LANG_DIR = __DIR__ . '/lang';
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl'];

function load_strings(string $code): array
{
    if (!in_array($code, LANGUAGES, true)) {
        $code = 'en';
    }
    $file = LANG_DIR . '/' . $code . '.php';
    return include $file;
}

$strings = load_strings($_COOKIE['lang'] ?? 'en');
echo $strings['welcome'];
