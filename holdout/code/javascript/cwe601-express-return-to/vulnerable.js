const express = require('express');
const passport = require('passport');

const router = express.Router();

router.post('/login', passport.authenticate('local', { failureRedirect: '/login?failed=1' }), (req, res) => {
  const returnTo = req.query.returnTo || '/';
  res.redirect(returnTo);
});

module.exports = router;
