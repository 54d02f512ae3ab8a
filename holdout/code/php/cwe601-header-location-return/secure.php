<?php
session_start();
require __DIR__ . '/auth.php';

if (login($_POST['user'] ?? '', $_POST['pass'] ?? '')) {
    $return = $_GET['return'] ?? '/account';
    if (!preg_match('#^/(?![/\\\\])[^\r\n]*$#', $return)) {
        $return = '/account';
    }
    header('Location: ' . $return);
    exit;
}
header('Location: /login?error=1');
