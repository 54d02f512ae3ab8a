<?php
/**
 * unsubscribe.php?email=...&list=...
 * Removes an address from one newsletter list and shows a confirmation.
 */
require __DIR__ . '/db.php'; // provides $pdo (PDO, MySQL)

function unsubscribe(PDO $pdo, string $email, string $list): int
{
    $sql = "DELETE FROM subscriptions WHERE email = '$email' AND list_slug = '$list'";
    return $pdo->exec($sql);
}

$email = trim($_GET['email'] ?? '');
$list = $_GET['list'] ?? 'weekly';
$removed = unsubscribe($pdo, $email, $list);
echo $removed > 0 ? 'You have been unsubscribed.' : 'That address was not on the list.';
