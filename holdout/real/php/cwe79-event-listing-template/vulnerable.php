<?php
// templates/events/list.php - rendered by EventController::index()
/** @var array $events */
/** @var string $city */
/** @var int $page */
/** @var int $pages */

function e(string $s): string
{
    return htmlspecialchars($s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

$city = $_GET['city'] ?? '';
$title = $city !== '' ? 'Events in ' . $city : 'All events';
?>
<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title><?= e($title) ?></title>
    <link rel="stylesheet" href="/css/events.css">
</head>
<body>
<form method="get" action="/events">
    <input type="text" name="city" value="<?= e($city) ?>" placeholder="City">
    <button>Filter</button>
</form>

<h1><?= $title ?></h1>

<?php if (!$events): ?>
    <p class="empty">No events found.</p>
<?php else: ?>
    <ul class="events">
    <?php foreach ($events as $ev): ?>
        <li>
            <a href="/events/<?= (int) $ev['id'] ?>"><?= e($ev['name']) ?></a>
            <span class="when"><?= e(date('D j M, H:i', strtotime($ev['starts_at']))) ?></span>
            <span class="venue"><?= e($ev['venue']) ?></span>
        </li>
    <?php endforeach; ?>
    </ul>
<?php endif; ?>

<nav class="pager">
<?php for ($i = 1; $i <= $pages; $i++): ?>
    <a href="?city=<?= urlencode($city) ?>&amp;page=<?= $i ?>"<?= $i === $page ? ' class="current"' : '' ?>><?= $i ?></a>
<?php endfor; ?>
</nav>
</body>
</html>
