use rand::distributions::Alphanumeric;
use rand::rngs::OsRng;
use rand::Rng;

/// Creates the token embedded in e-mail confirmation links.
pub fn confirmation_token() -> String {
    let mut rng = OsRng;
    (0..32).map(|_| rng.sample(Alphanumeric) as char).collect()
}
