const express = require('express');
const passport = require('passport');

const router = express.Router();

function localPath(value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\');
}

router.post('/login', passport.authenticate('local', { failureRedirect: '/login?failed=1' }), (req, res) => {
  const returnTo = localPath(req.query.returnTo) ? req.query.returnTo : '/';
  res.redirect(returnTo);
});

module.exports = router;
