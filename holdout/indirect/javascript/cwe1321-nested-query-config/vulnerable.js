// Reads ?set.section.key=value pairs from the admin console URL into a config overlay.
function overlayFromQuery(search) {
  const overlay = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (!name.startsWith('set.')) continue;
    const [section, key] = name.slice(4).split('.');
    overlay[section] = overlay[section] || {};
    overlay[section][key] = value;
  }
  return overlay;
}

module.exports = { overlayFromQuery };
