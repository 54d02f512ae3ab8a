<?php

final class Cart
{
    /** @var array<string, int> */
    public array $items = [];

    public static function fromCookie(): self
    {
        if (!isset($_COOKIE['cart'])) {
            return new self();
        }
        $cart = unserialize(base64_decode($_COOKIE['cart']));
        return $cart instanceof self ? $cart : new self();
    }

    public function save(): void
    {
        setcookie('cart', base64_encode(serialize($this)), time() + 86400 * 7, '/');
    }
}
