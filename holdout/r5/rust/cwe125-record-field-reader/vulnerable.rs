//! Fast reader for the records of the tick archive. Each record is
//! a header (u16 field count) followed by that many u32 little-endian fields.
//! `field(buf, i)` returns field i of the record in `buf` (bytes read from disk).
pub fn field_count(buf: &[u8]) -> usize {
    u16::from_le_bytes([buf[0], buf[1]]) as usize
}

pub fn field(buf: &[u8], i: usize) -> u32 {
    let start = 2 + i * 4;
    unsafe {
        let p = buf.as_ptr().add(start) as *const [u8; 4];
        u32::from_le_bytes(p.read_unaligned())
    }
}

pub fn sum_fields(buf: &[u8]) -> u64 {
    (0..field_count(buf)).map(|i| field(buf, i) as u64).sum()
}
