<?php
require __DIR__ . '/db.php';

$entries = $pdo->query('SELECT name, message, created FROM guestbook ORDER BY created DESC LIMIT 50')->fetchAll();
?>
<!doctype html>
<html>
<body>
<h1>Guestbook</h1>
<?php foreach ($entries as $entry): ?>
  <div class="entry">
    <h2><?= $entry['name'] ?></h2>
    <p><?= nl2br($entry['message']) ?></p>
    <small><?= $entry['created'] ?></small>
  </div>
<?php endforeach; ?>
</body>
</html>
