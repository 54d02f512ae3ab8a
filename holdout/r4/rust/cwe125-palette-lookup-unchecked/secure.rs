/// Decode an 8-bit indexed image into RGB using its colour palette.
///
/// `indices` holds one palette index per pixel as read from the file; the
/// palette has `palette.len()` entries (at most 256).
/// Indices past the end of the palette are drawn black.
pub fn expand_indexed(indices: &[u8], palette: &[[u8; 3]]) -> Vec<u8> {
    let mut rgb = Vec::with_capacity(indices.len() * 3);
    for &index in indices {
        let colour = palette.get(index as usize).unwrap_or(&[0, 0, 0]);
        rgb.extend_from_slice(colour);
    }
    rgb
}

fn main() {
    let palette = [[0, 0, 0], [255, 255, 255], [255, 0, 0]];
    let pixels = [0u8, 1, 2, 1, 0];
    let rgb = expand_indexed(&pixels, &palette);
    println!("{:?}", rgb);
}
