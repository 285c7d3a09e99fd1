//! Time per query over the whole list (issue 4): goal ≤ 2 ms per keystroke.
//!
//! `cargo bench -p rules --bench search`. It also prints the bundled list's raw size and
//! the one-time cost of the first query (parsing the list and building the keys).

use criterion::{criterion_group, criterion_main, Criterion};
use rules::search::search;
use std::hint::black_box;
use std::time::Instant;

fn queries(c: &mut Criterion) {
    let start = Instant::now();
    black_box(search("가", 20));
    eprintln!(
        "bundled list: {} bytes raw, {} entries; first query (parse + keys): {:?}",
        rules::diseases::RAW.len(),
        rules::diseases::list().len(),
        start.elapsed()
    );
    let mut group = c.benchmark_group("search");
    for (name, query) in [
        ("syllable 병", "병"),
        ("initials ㄱㅅ", "ㄱㅅ"),
        ("code prefix E75", "E75"),
        ("english disease", "disease"),
        ("composing 곳", "곳"),
        ("fuzzy 고셰병", "고셰병"),
        ("junk qwxzjk", "qwxzjk"),
    ] {
        group.bench_function(name, |b| b.iter(|| search(black_box(query), 20)));
    }
    group.finish();
}

criterion_group!(benches, queries);
criterion_main!(benches);
