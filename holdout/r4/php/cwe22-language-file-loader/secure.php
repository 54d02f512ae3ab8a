<?php
/**
 * Load the translation strings for the language the visitor picked.
 * Language files live in lang/<code>.json, e.g. lang/de.json.
 */
function load_translations(string $lang): array
{
    $file = __DIR__ . '/lang/' . $lang . '.json';
    // Language codes look like "en" or "pt-BR"
    if (!preg_match('/^[a-z]{2}(-[A-Z]{2})?$/', $lang) || !is_file($file)) {
        $file = __DIR__ . '/lang/en.json';
    }
    $data = json_decode(file_get_contents($file), true);
    return is_array($data) ? $data : [];
}

$lang = $_COOKIE['lang'] ?? ($_GET['lang'] ?? 'en');
$t = load_translations($lang);
echo json_encode($t);
