use std::time::{SystemTime, UNIX_EPOCH};

use rand::distributions::Alphanumeric;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

/// Creates the token embedded in e-mail confirmation links.
pub fn confirmation_token() -> String {
    let seed = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64;
    let mut rng = SmallRng::seed_from_u64(seed);
    (0..32).map(|_| rng.sample(Alphanumeric) as char).collect()
}
