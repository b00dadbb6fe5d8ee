//! Pages of tiles. Screens never scroll: when there are more tiles than fit, big Before and
//! More buttons turn the page, and every tile keeps its place on its page.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pager {
    pub page: usize,
    pub columns: usize,
    pub rows: usize,
    pub total: usize,
}

impl Pager {
    pub fn new(total: usize) -> Pager {
        Pager {
            page: 0,
            columns: 1,
            rows: 1,
            total,
        }
    }

    /// How many fit; the page stays valid.
    pub fn fit(&mut self, columns: usize, rows: usize) {
        self.columns = columns.max(1);
        self.rows = rows.max(1);
        self.page = self.page.min(self.pages() - 1);
    }

    pub fn per_page(&self) -> usize {
        self.columns * self.rows
    }

    pub fn pages(&self) -> usize {
        self.total.div_ceil(self.per_page()).max(1)
    }

    /// The indexes on show.
    pub fn on_page(&self) -> Range<usize> {
        let start = self.page * self.per_page();
        start.min(self.total)..(start + self.per_page()).min(self.total)
    }

    /// The indexes on show, row by row.
    pub fn rows_on_page(&self) -> Vec<Vec<usize>> {
        let indexes: Vec<usize> = self.on_page().collect();
        indexes
            .chunks(self.columns)
            .map(<[usize]>::to_vec)
            .collect()
    }

    pub fn before(&mut self) {
        self.page = self.page.saturating_sub(1);
    }

    pub fn more(&mut self) {
        self.page = (self.page + 1).min(self.pages() - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn twenty_five_tiles_in_rows_of_five_make_three_pages_of_ten() {
        let mut pager = Pager::new(25);
        pager.fit(5, 2);
        assert_eq!(pager.pages(), 3);
        pager.more();
        pager.more();
        pager.more();
        assert_eq!(pager.on_page(), 20..25);
        assert_eq!(pager.rows_on_page(), vec![vec![20, 21, 22, 23, 24]]);
        pager.fit(10, 3);
        assert_eq!(pager.page, 0, "a bigger window keeps the page valid");
    }

    proptest! {
        #[test]
        fn every_tile_is_on_exactly_one_page(total in 0usize..200, columns in 1usize..9, rows in 1usize..4) {
            let mut pager = Pager::new(total);
            pager.fit(columns, rows);
            let mut seen = Vec::new();
            for page in 0..pager.pages() {
                pager.page = page;
                seen.extend(pager.on_page());
            }
            prop_assert_eq!(seen, (0..total).collect::<Vec<_>>());
        }
    }
}
