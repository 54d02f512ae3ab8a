const EMAIL = /^([a-zA-Z0-9_.-])+@(([a-zA-Z0-9-])+\.)+([a-zA-Z0-9]{2,4})+$/;

function validateSignup(form) {
  const errors = {};
  if (!EMAIL.test(form.email)) errors.email = 'Please enter a valid e-mail address';
  if (!form.password || form.password.length < 12) errors.password = 'At least 12 characters';
  return errors;
}

module.exports = { validateSignup };
