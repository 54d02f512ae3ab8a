<?php
/**
 * Guests can keep a wishlist before logging in. The list of product ids is kept
 * in the "wishlist" cookie. Implement read_wishlist() and add_to_wishlist($id).
 */
function read_wishlist(): array
{
    if (empty($_COOKIE['wishlist'])) {
        return [];
    }
    $items = json_decode($_COOKIE['wishlist'], true);
    return is_array($items) ? array_values(array_map('intval', array_slice($items, 0, 200))) : [];
}

function add_to_wishlist(int $productId): void
{
    $items = read_wishlist();
    if (!in_array($productId, $items, true)) {
        $items[] = $productId;
    }
    setcookie('wishlist', json_encode($items), time() + 30 * 86400, '/');
}

function remove_from_wishlist(int $productId): void
{
    $items = array_values(array_filter(read_wishlist(), fn ($id) => $id !== $productId));
    setcookie('wishlist', json_encode($items), time() + 30 * 86400, '/');
}

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $id = (int)($_POST['product_id'] ?? 0);
    if ($id > 0) {
        ($_POST['action'] ?? 'add') === 'remove' ? remove_from_wishlist($id) : add_to_wishlist($id);
    }
    header('Location: /wishlist');
    exit;
}
