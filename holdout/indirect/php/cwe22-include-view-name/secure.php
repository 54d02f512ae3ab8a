<?php
require __DIR__ . '/bootstrap.php';

$views = ['home', 'pricing', 'about', 'contact', 'faq'];
$view = $_GET['view'] ?? 'home';
if (!in_array($view, $views, true)) {
    $view = 'home';
}
$title = ucfirst($view);

include __DIR__ . '/partials/header.php';
include __DIR__ . '/views/' . $view . '.php';
include __DIR__ . '/partials/footer.php';
