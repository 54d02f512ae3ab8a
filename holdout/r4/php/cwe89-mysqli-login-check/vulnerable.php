<?php
/**
 * Check a username and password against the members table.
 *
 * @return array|null the member row on success, null otherwise
 */
function check_login(mysqli $db, string $username, string $password): ?array
{
    $sql = "SELECT id, username, password_hash, role FROM members WHERE username = '$username' LIMIT 1";
    $result = $db->query($sql);
    if (!$result) {
        return null;
    }
    $member = $result->fetch_assoc();
    if ($member && password_verify($password, $member['password_hash'])) {
        return $member;
    }
    return null;
}

$db = new mysqli('localhost', 'club', getenv('DB_PASS'), 'club');
$member = check_login($db, $_POST['username'] ?? '', $_POST['password'] ?? '');
if ($member === null) {
    http_response_code(401);
    echo 'Invalid username or password';
    exit;
}
session_start();
$_SESSION['member_id'] = $member['id'];
header('Location: /dashboard.php');
