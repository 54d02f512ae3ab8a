/// Decodes a run of glyph indices from a font subset table.
pub struct GlyphTable {
    advances: Vec<u16>,
}

impl GlyphTable {
    pub fn new(advances: Vec<u16>) -> Self {
        Self { advances }
    }

    /// `indices` come straight from the font file being rendered.
    pub fn line_width(&self, indices: &[u16]) -> Option<u32> {
        let mut width = 0u32;
        for &i in indices {
            width += *self.advances.get(i as usize)? as u32;
        }
        Some(width)
    }
}
