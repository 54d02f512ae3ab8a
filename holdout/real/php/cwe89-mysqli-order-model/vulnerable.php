<?php
declare(strict_types=1);

namespace Shop\Model;

use mysqli;
use RuntimeException;

/**
 * Orders as seen from the customer account pages.
 */
final class OrderModel
{
    private const PAGE_SIZE = 20;

    public function __construct(private mysqli $db)
    {
    }

    public function find(int $orderId, int $customerId): ?array
    {
        $stmt = $this->db->prepare('SELECT id, reference, status, total FROM orders WHERE id = ? AND customer_id = ?');
        $stmt->bind_param('ii', $orderId, $customerId);
        $stmt->execute();
        $row = $stmt->get_result()->fetch_assoc();
        return $row ?: null;
    }

    /**
     * Orders of a customer, optionally only those whose reference starts with $ref (account search box).
     */
    public function listForCustomer(int $customerId, string $ref = '', int $page = 1): array
    {
        $offset = max(0, $page - 1) * self::PAGE_SIZE;
        $sql = 'SELECT id, reference, status, total, created_at FROM orders WHERE customer_id = ' . $customerId;
        if ($ref !== '') {
            $sql .= " AND reference LIKE '" . $ref . "%'";
        }
        $sql .= ' ORDER BY created_at DESC LIMIT ' . self::PAGE_SIZE . ' OFFSET ' . $offset;
        $result = $this->db->query($sql);
        if ($result === false) {
            throw new RuntimeException('order listing failed: ' . $this->db->error);
        }
        return $result->fetch_all(MYSQLI_ASSOC);
    }

    public function cancel(int $orderId, int $customerId): bool
    {
        $stmt = $this->db->prepare("UPDATE orders SET status = 'cancelled' WHERE id = ? AND customer_id = ? AND status = 'new'");
        $stmt->bind_param('ii', $orderId, $customerId);
        $stmt->execute();
        return $stmt->affected_rows === 1;
    }
}
