<?php

final class Cart
{
    /** @var array<string, int> */
    public array $items = [];

    public static function fromCookie(): self
    {
        $cart = new self();
        if (!isset($_COOKIE['cart'])) {
            return $cart;
        }
        $data = json_decode(base64_decode($_COOKIE['cart']), true);
        foreach (is_array($data) ? $data : [] as $sku => $qty) {
            if (is_string($sku) && is_int($qty) && $qty > 0) {
                $cart->items[$sku] = $qty;
            }
        }
        return $cart;
    }

    public function save(): void
    {
        setcookie('cart', base64_encode(json_encode($this->items)), time() + 86400 * 7, '/');
    }
}
