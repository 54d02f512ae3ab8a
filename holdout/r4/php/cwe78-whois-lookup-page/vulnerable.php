<?php
// Domain tools: show the WHOIS record of a domain.
$domain = $_GET['domain'] ?? '';
$output = '';

if ($domain !== '') {
    $output = shell_exec('whois ' . $domain . ' 2>&1');
}
?>
<form>
  <input name="domain" value="<?= htmlspecialchars($domain) ?>" placeholder="example.com">
  <button>Look up</button>
</form>
<?php if ($output): ?>
<pre><?= htmlspecialchars($output) ?></pre>
<?php endif; ?>
