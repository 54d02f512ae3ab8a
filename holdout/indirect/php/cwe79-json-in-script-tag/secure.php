<?php
/** @var array{name: string, plan: string, last_search: string} $account */
$boot = [
    'user' => $account['name'],
    'plan' => $account['plan'],
    'lastSearch' => $account['last_search'],
];
?>
<!doctype html>
<html>
<head><title>Dashboard</title></head>
<body>
<div id="app"></div>
<script>
  window.__BOOT__ = <?= json_encode($boot, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT) ?>;
</script>
<script src="/assets/app.js"></script>
</body>
</html>
