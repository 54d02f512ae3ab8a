<?php
require __DIR__ . '/bootstrap.php';

$view = $_GET['view'] ?? 'home';
$title = ucfirst($view);

include __DIR__ . '/partials/header.php';
include __DIR__ . '/views/' . $view . '.php';
include __DIR__ . '/partials/footer.php';
