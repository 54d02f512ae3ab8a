pub struct Arena {
    items: Vec<String>,
}

impl Arena {
    pub fn new() -> Self {
        Self { items: Vec::new() }
    }

    /// Adds a name and returns the length of the first name, for the column width.
    pub fn add_and_first_len(&mut self, name: String) -> usize {
        let first: *const String = match self.items.first() {
            Some(s) => s,
            None => {
                self.items.push(name);
                return self.items[0].len();
            }
        };
        self.items.push(name);
        unsafe { (*first).len() }
    }
}
