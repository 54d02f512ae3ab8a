pub struct Arena {
    items: Vec<String>,
}

impl Arena {
    pub fn new() -> Self {
        Self { items: Vec::new() }
    }

    /// Adds a name and returns the length of the first name, for the column width.
    pub fn add_and_first_len(&mut self, name: String) -> usize {
        self.items.push(name);
        self.items[0].len()
    }
}
