<?php
// Domain tools: show the WHOIS record of a domain.
$domain = $_GET['domain'] ?? '';
$output = '';

if ($domain !== '') {
    if (preg_match('/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i', $domain)) {
        $output = shell_exec('whois ' . escapeshellarg($domain) . ' 2>&1');
    } else {
        $output = 'Please enter a valid domain name.';
    }
}
?>
<form>
  <input name="domain" value="<?= htmlspecialchars($domain) ?>" placeholder="example.com">
  <button>Look up</button>
</form>
<?php if ($output): ?>
<pre><?= htmlspecialchars($output) ?></pre>
<?php endif; ?>
