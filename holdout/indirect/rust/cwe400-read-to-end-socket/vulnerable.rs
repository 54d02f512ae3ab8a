use std::io::{Read, Write};
use std::net::TcpListener;

/// A tiny line-protocol server that uppercases whatever the client sends before closing its side.
pub fn serve(addr: &str) -> std::io::Result<()> {
    let listener = TcpListener::bind(addr)?;
    for stream in listener.incoming() {
        let mut stream = stream?;
        let mut request = Vec::new();
        stream.read_to_end(&mut request)?;
        stream.write_all(&request.to_ascii_uppercase())?;
    }
    Ok(())
}
