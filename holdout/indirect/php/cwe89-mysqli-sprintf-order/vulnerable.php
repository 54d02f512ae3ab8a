<?php

function find_orders(mysqli $db, string $customerRef, string $status): array
{
    $sql = sprintf(
        "SELECT id, total, placed_at FROM orders WHERE customer_ref = '%s' AND status = '%s' ORDER BY placed_at DESC",
        $customerRef,
        $status
    );
    $result = $db->query($sql);
    return $result ? $result->fetch_all(MYSQLI_ASSOC) : [];
}

$orders = find_orders($db, $_GET['customer'] ?? '', $_GET['status'] ?? 'open');
