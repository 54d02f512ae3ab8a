const EMAIL = /^[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/;

function validateSignup(form) {
  const errors = {};
  const email = String(form.email || '');
  if (email.length > 254 || !EMAIL.test(email)) errors.email = 'Please enter a valid e-mail address';
  if (!form.password || form.password.length < 12) errors.password = 'At least 12 characters';
  return errors;
}

module.exports = { validateSignup };
