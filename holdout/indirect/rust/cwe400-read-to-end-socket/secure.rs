use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::Duration;

const MAX_REQUEST: u64 = 64 * 1024;

/// A tiny line-protocol server that uppercases whatever the client sends before closing its side.
pub fn serve(addr: &str) -> std::io::Result<()> {
    let listener = TcpListener::bind(addr)?;
    for stream in listener.incoming() {
        let mut stream = stream?;
        stream.set_read_timeout(Some(Duration::from_secs(5)))?;
        let mut request = Vec::new();
        (&mut stream).take(MAX_REQUEST).read_to_end(&mut request)?;
        stream.write_all(&request.to_ascii_uppercase())?;
    }
    Ok(())
}
