<?php

function find_orders(mysqli $db, string $customerRef, string $status): array
{
    $stmt = $db->prepare(
        'SELECT id, total, placed_at FROM orders WHERE customer_ref = ? AND status = ? ORDER BY placed_at DESC'
    );
    $stmt->bind_param('ss', $customerRef, $status);
    $stmt->execute();
    return $stmt->get_result()->fetch_all(MYSQLI_ASSOC);
}

$orders = find_orders($db, $_GET['customer'] ?? '', $_GET['status'] ?? 'open');
