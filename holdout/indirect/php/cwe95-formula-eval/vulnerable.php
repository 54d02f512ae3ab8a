<?php

/** Shipping rules store a price formula such as "4.95 + 0.5 * 3" after the weight is filled in. */
function shipping_cost(string $formula, float $weightKg): float
{
    $expr = str_replace('{weight}', (string) $weightKg, $formula);
    return (float) eval('return ' . $expr . ';');
}

echo shipping_cost($_POST['formula'], (float) $_POST['weight']);
