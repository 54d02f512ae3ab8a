<?php
require __DIR__ . '/db.php';

function h(string $s): string
{
    return htmlspecialchars($s, ENT_QUOTES | ENT_HTML5, 'UTF-8');
}

$entries = $pdo->query('SELECT name, message, created FROM guestbook ORDER BY created DESC LIMIT 50')->fetchAll();
?>
<!doctype html>
<html>
<body>
<h1>Guestbook</h1>
<?php foreach ($entries as $entry): ?>
  <div class="entry">
    <h2><?= h($entry['name']) ?></h2>
    <p><?= nl2br(h($entry['message'])) ?></p>
    <small><?= h($entry['created']) ?></small>
  </div>
<?php endforeach; ?>
</body>
</html>
