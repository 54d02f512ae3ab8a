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

function log_unsubscribe(PDO $pdo, string $email, string $list): void
{
    $stmt = $pdo->prepare('INSERT INTO unsubscribe_log (email, list_slug, at) VALUES (?, ?, NOW())');
    $stmt->execute([$email, $list]);
}

$email = trim($_GET['email'] ?? '');
if (!filter_var($email, FILTER_VALIDATE_EMAIL)) {
    http_response_code(400);
    exit('Please use the link from your newsletter.');
}
$list = $_GET['list'] ?? 'weekly';
$removed = unsubscribe($pdo, $email, $list);
if ($removed > 0) {
    log_unsubscribe($pdo, $email, $list);
}
echo $removed > 0 ? 'You have been unsubscribed.' : 'That address was not on the list.';
