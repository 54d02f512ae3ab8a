<?php

function create_reset_token(PDO $pdo, int $userId): string
{
    $token = '';
    for ($i = 0; $i < 40; $i++) {
        $token .= dechex(mt_rand(0, 15));
    }
    $stmt = $pdo->prepare('INSERT INTO password_resets (user_id, token, expires_at) VALUES (?, ?, NOW() + INTERVAL 1 HOUR)');
    $stmt->execute([$userId, hash('sha256', $token)]);
    return $token;
}
