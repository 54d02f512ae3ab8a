function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = {};
      merge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

// Applies the JSON body of PATCH /settings on top of the user's stored settings.
function applySettingsPatch(stored, patchJson) {
  return merge(stored, JSON.parse(patchJson));
}

module.exports = { merge, applySettingsPatch };
