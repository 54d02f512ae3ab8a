/**
 * Recursively merge `source` into `target` and return `target`.
 * Nested plain objects are merged key by key; everything else is overwritten.
 *
 * Used to apply the settings a user saves (JSON from the client) on top of
 * the defaults.
 */
function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key] || typeof target[key] !== 'object') {
        target[key] = {};
      }
      deepMerge(target[key], value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

function applyUserSettings(defaults, userJson) {
  return deepMerge(structuredClone(defaults), JSON.parse(userJson));
}

module.exports = { deepMerge, applyUserSettings };
