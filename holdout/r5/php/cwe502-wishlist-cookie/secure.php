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
