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

/**
 * Pick the visitor's language: explicit ?lang= choice first (stored in a cookie
 * for a year), then the cookie, then the browser's Accept-Language header.
 */
function preferred_language(): string
{
    if (isset($_GET['lang'])) {
        setcookie('lang', $_GET['lang'], time() + 365 * 86400, '/', '', false, true);
        return $_GET['lang'];
    }
    if (isset($_COOKIE['lang'])) {
        return $_COOKIE['lang'];
    }
    $header = $_SERVER['HTTP_ACCEPT_LANGUAGE'] ?? '';
    foreach (explode(',', $header) as $part) {
        $code = strtolower(substr(trim($part), 0, 2));
        if ($code !== '') {
            return $code;
        }
    }
    return 'en';
}

/** Replace {name} placeholders with escaped values. */
function t(array $strings, string $key, array $vars = []): string
{
    $text = $strings[$key] ?? $key;
    foreach ($vars as $name => $value) {
        $text = str_replace('{' . $name . '}', htmlspecialchars((string)$value, ENT_QUOTES, 'UTF-8'), $text);
    }
    return $text;
}

function language_menu(string $current): string
{
    $html = '<ul class="lang-menu">';
    foreach (['en' => 'English', 'de' => 'Deutsch', 'fr' => 'Français'] as $code => $label) {
        $active = $code === $current ? ' class="active"' : '';
        $html .= "<li$active><a href=\"?lang=$code\">$label</a></li>";
    }
    return $html . '</ul>';
}

$strings = load_strings($_COOKIE['lang'] ?? 'en');
echo $strings['welcome'];
$lang = preferred_language();
$page = load_strings($lang);
echo language_menu($lang);
echo '<p>' . t($page, 'cart_count', ['n' => (int)($_SESSION['cart_count'] ?? 0)]) . '</p>';
