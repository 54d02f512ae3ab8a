<?php

function create_reset_token(PDO $pdo, int $userId): string
{
    $token = bin2hex(random_bytes(20));
    $stmt = $pdo->prepare('INSERT INTO password_resets (user_id, token, expires_at) VALUES (?, ?, NOW() + INTERVAL 1 HOUR)');
    $stmt->execute([$userId, hash('sha256', $token)]);
    return $token;
}
