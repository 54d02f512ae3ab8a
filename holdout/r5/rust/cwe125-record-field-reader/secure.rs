//! Fast reader for the records of the tick archive. Each record is
//! a header (u16 field count) followed by that many u32 little-endian fields.
//! `field(buf, i)` returns field i of the record in `buf` (bytes read from disk).
pub fn field_count(buf: &[u8]) -> usize {
    match buf {
        [a, b, ..] => u16::from_le_bytes([*a, *b]) as usize,
        _ => 0,
    }
}

pub fn field(buf: &[u8], i: usize) -> Option<u32> {
    let start = i.checked_mul(4)?.checked_add(2)?;
    let bytes: [u8; 4] = buf.get(start..start.checked_add(4)?)?.try_into().ok()?;
    Some(u32::from_le_bytes(bytes))
}

pub fn sum_fields(buf: &[u8]) -> Option<u64> {
    (0..field_count(buf)).map(|i| field(buf, i).map(u64::from)).sum()
}
