<?php
declare(strict_types=1);

namespace Shop\Cart;

/**
 * Guest carts live in a cookie so they survive until the visitor logs in.
 */
final class CookieCartStore
{
    private const COOKIE = 'guest_cart';
    private const MAX_LINES = 50;

    public function load(): Cart
    {
        $raw = $_COOKIE[self::COOKIE] ?? '';
        if ($raw === '') {
            return new Cart();
        }
        $data = unserialize(base64_decode($raw));
        if (!is_array($data)) {
            return new Cart();
        }
        $cart = new Cart();
        foreach (array_slice($data, 0, self::MAX_LINES) as $line) {
            if (isset($line['sku'], $line['qty']) && is_string($line['sku'])) {
                $cart->add($line['sku'], max(1, (int) $line['qty']));
            }
        }
        return $cart;
    }

    public function save(Cart $cart): void
    {
        $lines = [];
        foreach ($cart->lines() as $sku => $qty) {
            $lines[] = ['sku' => $sku, 'qty' => $qty];
        }
        setcookie(self::COOKIE, base64_encode(serialize($lines)), [
            'expires' => time() + 30 * 86400,
            'path' => '/',
            'httponly' => true,
            'samesite' => 'Lax',
        ]);
    }

    public function clear(): void
    {
        setcookie(self::COOKIE, '', ['expires' => time() - 3600, 'path' => '/']);
    }
}
