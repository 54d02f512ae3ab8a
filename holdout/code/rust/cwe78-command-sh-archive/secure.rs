use std::env;
use std::process::{exit, Command};

fn main() {
    let args: Vec<String> = env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: {} ARCHIVE DIR", args[0]);
        exit(2);
    }
    let status = Command::new("tar")
        .arg("-czf")
        .arg(&args[1])
        .arg("--")
        .arg(&args[2])
        .status()
        .expect("failed to run tar");
    exit(status.code().unwrap_or(1));
}
