//! The decoder against the real encoder: data packed by `xz --format=lzma` (xz-utils,
//! which scripts/setup installs) must come back byte for byte.
use std::io::Write;
use std::process::{Command, Stdio};

use proptest::prelude::*;
use unlzma::{decode, Error};

fn xz(data: &[u8], options: &str) -> Vec<u8> {
    let mut child = Command::new("xz")
        .args(["--format=lzma", &format!("--lzma1={options}"), "--stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("xz (xz-utils) is installed by scripts/setup");
    let mut stdin = child.stdin.take().unwrap();
    let input = data.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(output.status.success(), "xz failed");
    output.stdout
}

fn unpacked(packed: &[u8], len: usize) -> Result<Vec<u8>, Error> {
    let mut out = vec![0; len];
    decode(packed, &mut out).map(|()| out)
}

fn round_trip(data: &[u8], options: &str) {
    let packed = xz(data, options);
    assert_eq!(
        unpacked(&packed, data.len()).as_deref(),
        Ok(data),
        "options {options}"
    );
}

/// Bytes from a fixed-seed generator: the same every run, and incompressible.
fn noise(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

const DISEASES: &[u8] = include_bytes!("../../data/diseases.tsv");

#[test]
fn the_bundled_disease_list_packed_at_the_strongest_preset_comes_back_unchanged() {
    round_trip(DISEASES, "preset=9e");
}

#[test]
fn every_literal_and_position_setting_the_decoder_accepts_round_trips() {
    for (lc, lp, pb) in [
        (0, 0, 0),
        (3, 0, 2),
        // What scripts/bundle.mjs packs the app with.
        (3, 0, 0),
        (4, 0, 4),
        (0, 4, 0),
        (1, 3, 1),
        (2, 2, 3),
    ] {
        round_trip(DISEASES, &format!("preset=6,lc={lc},lp={lp},pb={pb}"));
    }
}

#[test]
fn incompressible_bytes_come_back_unchanged() {
    round_trip(&noise(300_000), "preset=9e");
}

#[test]
fn long_runs_and_repeats_at_far_distances_come_back_unchanged() {
    // Runs of one byte (short reps and the longest lengths), then the same noise block
    // three times (matches far back, and the older distances reused).
    let block = noise(70_000);
    let mut data = vec![0u8; 100_000];
    data.extend(std::iter::repeat_n(b'x', 5000));
    for _ in 0..3 {
        data.extend_from_slice(&block);
        data.extend_from_slice(&DISEASES[..2000]);
    }
    round_trip(&data, "preset=9e");
}

#[test]
fn an_empty_input_and_a_single_byte_round_trip() {
    round_trip(b"", "preset=9e");
    round_trip(b"a", "preset=9e");
}

#[test]
fn a_stream_cut_short_is_reported_as_truncated() {
    let packed = xz(DISEASES, "preset=9e");
    let cut = &packed[..packed.len() / 2];
    assert_eq!(unpacked(cut, DISEASES.len()), Err(Error::Truncated));
}

#[test]
fn asking_for_more_output_than_the_stream_holds_is_reported_as_truncated() {
    let packed = xz(b"hello, hello, hello", "preset=9e");
    assert_eq!(unpacked(&packed, 100), Err(Error::Truncated));
}

#[test]
fn too_much_literal_context_and_impossible_properties_are_refused() {
    // xz itself never writes lc + lp > 4; the first byte is lc + 9 lp + 45 pb.
    let mut packed = xz(DISEASES, "preset=6");
    packed[0] = 4 + 9;
    assert_eq!(unpacked(&packed, DISEASES.len()), Err(Error::Header));
    packed[0] = 225;
    assert_eq!(unpacked(&packed, DISEASES.len()), Err(Error::Header));
    assert_eq!(unpacked(&[], 10), Err(Error::Header));
}

proptest! {
    #[test]
    fn any_damage_to_a_stream_gives_an_error_or_bytes_never_a_panic(
        at in 13usize..2000, byte: u8, len in 0usize..5000,
    ) {
        let mut packed = xz(&DISEASES[..4000], "preset=9e");
        let at = at % packed.len();
        packed[at] = byte;
        let _ = unpacked(&packed, len);
    }

    #[test]
    fn arbitrary_bytes_never_panic(src in proptest::collection::vec(any::<u8>(), 0..300), len in 0usize..3000) {
        let _ = unpacked(&src, len);
    }
}
