<?php

final class AccountService
{
    public function __construct(private PDO $pdo) {}

    public function register(string $email, string $password): int
    {
        $stmt = $this->pdo->prepare('INSERT INTO accounts (email, password_hash) VALUES (?, ?)');
        $stmt->execute([$email, md5($password)]);
        return (int) $this->pdo->lastInsertId();
    }

    public function check(string $email, string $password): bool
    {
        $stmt = $this->pdo->prepare('SELECT password_hash FROM accounts WHERE email = ?');
        $stmt->execute([$email]);
        $hash = $stmt->fetchColumn();
        return $hash !== false && hash_equals($hash, md5($password));
    }
}
