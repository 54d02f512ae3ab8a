<?php
/**
 * Order confirmation page. Shows the customer's name and the delivery note they
 * typed at checkout, both loaded from the order row.
 */
require __DIR__ . '/bootstrap.php';

function load_order(PDO $pdo, int $id): ?array
{
    $stmt = $pdo->prepare('SELECT id, customer_name, delivery_note, total FROM orders WHERE id = ?');
    $stmt->execute([$id]);
    $row = $stmt->fetch(PDO::FETCH_ASSOC);
    return $row ?: null;
}

$order = load_order($pdo, (int)($_GET['id'] ?? 0));
if ($order === null) {
    http_response_code(404);
    exit('Order not found');
}
?>
<h1>Thank you, <?= $order['customer_name'] ?>!</h1>
<p>Order #<?= (int)$order['id'] ?> — total <?= number_format((float)$order['total'], 2) ?> EUR</p>
<p>Delivery note: <em><?= $order['delivery_note'] ?></em></p>
