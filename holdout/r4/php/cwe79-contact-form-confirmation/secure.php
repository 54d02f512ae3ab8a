<?php
// Contact form: on submit, store the message and show a confirmation page.
require __DIR__ . '/lib/messages.php';

function e(string $text): string
{
    return htmlspecialchars($text, ENT_QUOTES | ENT_HTML5, 'UTF-8');
}

$errors = [];
$name = trim($_POST['name'] ?? '');
$email = trim($_POST['email'] ?? '');
$message = trim($_POST['message'] ?? '');

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if ($name === '') {
        $errors[] = 'Please enter your name.';
    }
    if (!filter_var($email, FILTER_VALIDATE_EMAIL)) {
        $errors[] = 'Please enter a valid e-mail address.';
    }
    if ($message === '') {
        $errors[] = 'Please write a message.';
    }
    if (!$errors) {
        save_message($name, $email, $message);
    }
}
?>
<!DOCTYPE html>
<html>
<head><title>Contact us</title></head>
<body>
<?php if ($_SERVER['REQUEST_METHOD'] === 'POST' && !$errors): ?>
  <h1>Thank you, <?= e($name) ?>!</h1>
  <p>We received your message and will reply to <?= e($email) ?> soon.</p>
  <blockquote><?= nl2br(e($message)) ?></blockquote>
<?php else: ?>
  <?php foreach ($errors as $error): ?>
    <p class="error"><?= $error ?></p>
  <?php endforeach; ?>
  <form method="post">
    <input name="name" placeholder="Name">
    <input name="email" placeholder="E-mail">
    <textarea name="message"></textarea>
    <button>Send</button>
  </form>
<?php endif; ?>
</body>
</html>
