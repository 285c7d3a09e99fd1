//! Signals that belong to one row of a list that grows and shrinks (a child of the
//! family, an obligor household), kept by the row's key.
//!
//! Rows are made in event handlers and in memos, whose reactive owners come and go and
//! would take the row's signals with them. So each row's signals are made under an
//! owner of their own, a child of the state's, and that owner is disposed, signals and
//! all, when the row goes for good ([`Keyed::dispose`]). A row that may come back (a
//! household the family answers no longer make) simply stays until then.

use leptos::prelude::*;

/// Rows of signals by key, each under its own reactive owner.
pub struct Keyed<K: Send + Sync + 'static, T: Send + Sync + 'static> {
    parent: StoredValue<Option<Owner>>,
    rows: StoredValue<Vec<(K, T, Owner)>>,
}

impl<K: Send + Sync, T: Send + Sync> Clone for Keyed<K, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K: Send + Sync, T: Send + Sync> Copy for Keyed<K, T> {}

impl<K: PartialEq + Send + Sync, T: Copy + Send + Sync> Keyed<K, T> {
    /// An empty store, whose rows live under the current owner (the state's).
    pub fn new() -> Self {
        Keyed {
            parent: StoredValue::new(Owner::current()),
            rows: StoredValue::new(Vec::new()),
        }
    }

    /// The row with this key, if it is kept.
    pub fn get(&self, key: &K) -> Option<T> {
        self.rows
            .with_value(|rows| rows.iter().find(|(k, ..)| k == key).map(|(_, t, _)| *t))
    }

    /// The row with this key, made by `make` (under the row's own owner) if there is
    /// none yet.
    pub fn get_or_make(&self, key: K, make: impl FnOnce() -> T) -> T {
        if let Some(row) = self.get(&key) {
            return row;
        }
        let owner = self
            .parent
            .with_value(|p| p.as_ref().map(Owner::child))
            .unwrap_or_else(Owner::new);
        let row = owner.with(make);
        self.rows.update_value(|rows| rows.push((key, row, owner)));
        row
    }

    /// Forgets the row with this key and disposes of its signals.
    pub fn dispose(&self, key: &K) {
        let gone = self.rows.try_update_value(|rows| {
            let at = rows.iter().position(|(k, ..)| k == key)?;
            Some(rows.remove(at).2)
        });
        // Outside the store's lock: disposing runs the row's cleanups.
        if let Some(Some(owner)) = gone {
            owner.cleanup();
        }
    }
}

impl<K: PartialEq + Send + Sync, T: Copy + Send + Sync> Default for Keyed<K, T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_disposed_rows_signals_are_gone_and_the_others_stay() {
        let owner = Owner::new();
        owner.set();
        let rows: Keyed<u32, RwSignal<String>> = Keyed::new();
        let one = rows.get_or_make(1, || RwSignal::new("one".into()));
        let two = rows.get_or_make(2, || RwSignal::new("two".into()));
        assert_eq!(rows.get_or_make(1, || RwSignal::new("again".into())), one);
        rows.dispose(&1);
        assert_eq!(one.try_get(), None);
        assert_eq!(rows.get(&1), None);
        assert_eq!(two.try_get().as_deref(), Some("two"));
    }

    #[test]
    fn rows_made_inside_a_memo_outlive_its_next_run() {
        let owner = Owner::new();
        owner.set();
        let rows: Keyed<u32, RwSignal<String>> = Keyed::new();
        let trigger = RwSignal::new(0);
        let made = Memo::new(move |_| {
            trigger.track();
            rows.get_or_make(7, || RwSignal::new(String::new()))
        });
        let signal = made.get_untracked();
        signal.set("typed".into());
        trigger.set(1);
        assert_eq!(made.get_untracked(), signal);
        assert_eq!(signal.try_get().as_deref(), Some("typed"));
    }
}
