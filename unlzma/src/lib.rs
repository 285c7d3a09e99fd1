//! An LZMA decoder, small enough to travel inside the page: it unpacks the app's own
//! WebAssembly, which `scripts/bundle.mjs` packs with `xz --format=lzma`.
//!
//! Why it exists: the page allows no connections (`connect-src 'none'`), so the app's
//! WebAssembly travels inside its script, and browsers can only inflate deflate natively.
//! LZMA makes that script about 39 KB smaller under gzip (docs/performance.md). The npm
//! decoders we measured were slow (LZMA-JS: 1 s for our wasm) or 3-10 KB under gzip; the
//! Rust crates decode `.xz` streams with their own I/O layers. This one is 4.7 KB of
//! WebAssembly (2.2 KB gzip) and decodes the app in 30-40 ms on the machine that
//! measured it.
//!
//! It follows the LZMA specification (Igor Pavlov, `lzma-specification.txt` in the LZMA
//! SDK): a range decoder over adaptive 11-bit probabilities; literals coded in the
//! context of the previous byte; matches with a 12-state machine and the four most
//! recent distances.
#![cfg_attr(target_arch = "wasm32", no_std)]

/// Why a stream could not be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// The header is missing, or asks for more literal context than this decoder keeps.
    Header,
    /// A match reaches back before the start of the output.
    Corrupt,
    /// The input ended, or its end marker came, before the output was full.
    Truncated,
}

/// `lc + lp` above 4 is refused: `xz` never writes it for `.lzma` presets, and the
/// literal probabilities then fit in a fixed table on the stack.
const MAX_LITERAL_CONTEXT: u32 = 4;
const HEADER: usize = 13;
const PROB_INIT: u16 = 1024;

/// Decodes an `.lzma` stream (13-byte header, then the range-coded data) into `out`,
/// which must be exactly as long as the decoded data.
pub fn decode(src: &[u8], out: &mut [u8]) -> Result<(), Error> {
    let props = *src.first().ok_or(Error::Header)? as u32;
    if props >= 9 * 5 * 5 {
        return Err(Error::Header);
    }
    let (lc, lp, pb) = (props % 9, props / 9 % 5, props / 45);
    if lc + lp > MAX_LITERAL_CONTEXT || src.len() < HEADER + 5 {
        return Err(Error::Header);
    }
    let mut rc = RangeDecoder::new(&src[HEADER..]);
    let mut p = Probabilities::new();

    let pb_mask = (1usize << pb) - 1;
    let lp_mask = (1usize << lp) - 1;
    let (mut pos, mut state) = (0usize, 0usize);
    let mut reps = [0usize; 4];
    while pos < out.len() {
        // A whole stream never reads past its end, so doing so means it was cut short.
        if rc.overran() {
            return Err(Error::Truncated);
        }
        let pos_state = pos & pb_mask;
        if rc.bit(&mut p.is_match[state][pos_state]) == 0 {
            let prev = if pos > 0 { out[pos - 1] } else { 0 };
            let context = ((pos & lp_mask) << lc) + (prev as usize >> (8 - lc));
            let probs = &mut p.literal[context];
            let mut sym = 1usize;
            if state >= 7 {
                // After a match, the literal is coded against the byte the match would
                // have continued with, until the first bit that differs.
                let mut match_byte = out[pos - reps[0] - 1] as usize;
                while sym < 0x100 {
                    let match_bit = (match_byte >> 7) & 1;
                    match_byte <<= 1;
                    let b = rc.bit(&mut probs[((1 + match_bit) << 8) + sym]);
                    sym = (sym << 1) | b;
                    if b != match_bit {
                        break;
                    }
                }
            }
            while sym < 0x100 {
                sym = (sym << 1) | rc.bit(&mut probs[sym]);
            }
            out[pos] = sym as u8;
            pos += 1;
            state = match state {
                0..=3 => 0,
                4..=9 => state - 3,
                _ => state - 6,
            };
            continue;
        }

        // How many bytes to copy from `reps[0]` back.
        let len = if rc.bit(&mut p.is_rep[state]) == 1 {
            let short_rep = if rc.bit(&mut p.is_rep_g0[state]) == 0 {
                rc.bit(&mut p.is_rep0_long[state][pos_state]) == 0
            } else {
                // One of the older distances moves to the front.
                let distance = if rc.bit(&mut p.is_rep_g1[state]) == 0 {
                    reps[1]
                } else {
                    let distance = if rc.bit(&mut p.is_rep_g2[state]) == 0 {
                        reps[2]
                    } else {
                        let d = reps[3];
                        reps[3] = reps[2];
                        d
                    };
                    reps[2] = reps[1];
                    distance
                };
                reps[1] = reps[0];
                reps[0] = distance;
                false
            };
            if short_rep {
                // A "short rep": one byte from the most recent distance.
                state = if state < 7 { 9 } else { 11 };
                1
            } else {
                state = if state < 7 { 8 } else { 11 };
                p.rep_len.decode(&mut rc, pos_state) + 2
            }
        } else {
            state = if state < 7 { 7 } else { 10 };
            let len = p.match_len.decode(&mut rc, pos_state);
            match p.distance(&mut rc, len) {
                Some(distance) => reps = [distance, reps[0], reps[1], reps[2]],
                None => break, // the end marker
            }
            len + 2
        };
        if reps[0] >= pos {
            return Err(Error::Corrupt);
        }
        let end = out.len().min(pos + len);
        while pos < end {
            out[pos] = out[pos - reps[0] - 1];
            pos += 1;
        }
    }
    if pos < out.len() || rc.overran() {
        return Err(Error::Truncated);
    }
    Ok(())
}

struct RangeDecoder<'a> {
    src: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
}

impl<'a> RangeDecoder<'a> {
    fn new(src: &'a [u8]) -> Self {
        // The first byte is always 0; the next four start the code.
        let mut rc = RangeDecoder {
            src,
            at: 1,
            range: u32::MAX,
            code: 0,
        };
        for _ in 0..4 {
            rc.code = (rc.code << 8) | rc.next_byte();
        }
        rc
    }

    /// Past the end, the input reads as zeros; `overran` reports it afterwards.
    fn next_byte(&mut self) -> u32 {
        let byte = self.src.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        byte as u32
    }

    fn overran(&self) -> bool {
        self.at > self.src.len()
    }

    fn normalize(&mut self) {
        if self.range < 1 << 24 {
            self.range <<= 8;
            self.code = (self.code << 8) | self.next_byte();
        }
    }

    fn bit(&mut self, prob: &mut u16) -> usize {
        let bound = (self.range >> 11) * *prob as u32;
        let b = if self.code < bound {
            self.range = bound;
            *prob += (2048 - *prob) >> 5;
            0
        } else {
            self.range -= bound;
            self.code -= bound;
            *prob -= *prob >> 5;
            1
        };
        self.normalize();
        b
    }

    /// Bits with a fixed probability of one half, most significant first.
    fn direct_bits(&mut self, count: u32) -> usize {
        let mut r = 0usize;
        for _ in 0..count {
            self.range >>= 1;
            let b = (self.code >= self.range) as u32;
            self.code -= self.range & 0u32.wrapping_sub(b);
            r = (r << 1) | b as usize;
            self.normalize();
        }
        r
    }

    /// A symbol of `bits` bits, most significant first, through a binary tree of
    /// probabilities (`probs[1..1 << bits]`).
    fn tree(&mut self, probs: &mut [u16], bits: u32) -> usize {
        let mut m = 1;
        for _ in 0..bits {
            m = (m << 1) | self.bit(&mut probs[m]);
        }
        m - (1 << bits)
    }

    /// The same, least significant bit first.
    fn reverse_tree(&mut self, probs: &mut [u16], bits: u32) -> usize {
        let (mut m, mut sym) = (1, 0);
        for i in 0..bits {
            let b = self.bit(&mut probs[m]);
            m = (m << 1) | b;
            sym |= b << i;
        }
        sym
    }
}

/// Match lengths 2-9, 10-17 and 18-273, each range with its own tree.
struct Lengths {
    choice: u16,
    choice2: u16,
    low: [[u16; 8]; 16],
    mid: [[u16; 8]; 16],
    high: [u16; 256],
}

impl Lengths {
    const NEW: Lengths = Lengths {
        choice: PROB_INIT,
        choice2: PROB_INIT,
        low: [[PROB_INIT; 8]; 16],
        mid: [[PROB_INIT; 8]; 16],
        high: [PROB_INIT; 256],
    };

    /// The length minus 2.
    fn decode(&mut self, rc: &mut RangeDecoder, pos_state: usize) -> usize {
        if rc.bit(&mut self.choice) == 0 {
            rc.tree(&mut self.low[pos_state], 3)
        } else if rc.bit(&mut self.choice2) == 0 {
            8 + rc.tree(&mut self.mid[pos_state], 3)
        } else {
            16 + rc.tree(&mut self.high, 8)
        }
    }
}

struct Probabilities {
    is_match: [[u16; 16]; 12],
    is_rep: [u16; 12],
    is_rep_g0: [u16; 12],
    is_rep_g1: [u16; 12],
    is_rep_g2: [u16; 12],
    is_rep0_long: [[u16; 16]; 12],
    literal: [[u16; 0x300]; 1 << MAX_LITERAL_CONTEXT],
    pos_slot: [[u16; 64]; 4],
    pos_special: [u16; 115],
    align: [u16; 16],
    match_len: Lengths,
    rep_len: Lengths,
}

impl Probabilities {
    fn new() -> Self {
        Probabilities {
            is_match: [[PROB_INIT; 16]; 12],
            is_rep: [PROB_INIT; 12],
            is_rep_g0: [PROB_INIT; 12],
            is_rep_g1: [PROB_INIT; 12],
            is_rep_g2: [PROB_INIT; 12],
            is_rep0_long: [[PROB_INIT; 16]; 12],
            literal: [[PROB_INIT; 0x300]; 1 << MAX_LITERAL_CONTEXT],
            pos_slot: [[PROB_INIT; 64]; 4],
            pos_special: [PROB_INIT; 115],
            align: [PROB_INIT; 16],
            match_len: Lengths::NEW,
            rep_len: Lengths::NEW,
        }
    }

    /// The distance of a new match (`len` is its length minus 2), or `None` for the end
    /// marker.
    fn distance(&mut self, rc: &mut RangeDecoder, len: usize) -> Option<usize> {
        let slot = rc.tree(&mut self.pos_slot[len.min(3)], 6);
        if slot < 4 {
            return Some(slot);
        }
        let bits = (slot as u32 >> 1) - 1;
        let base = (2 | (slot & 1)) << bits;
        let distance = if slot < 14 {
            base + rc.reverse_tree(&mut self.pos_special[base - slot..], bits)
        } else {
            base + (rc.direct_bits(bits - 4) << 4) + rc.reverse_tree(&mut self.align, 4)
        };
        (distance != u32::MAX as usize).then_some(distance)
    }
}

/// The WebAssembly entry point. The page writes the packed bytes into this module's
/// memory, past everything the module itself uses, and reads the output back from it.
/// Returns 0 on success, or 1 + the `Error` variant's index.
///
/// # Safety
/// `src..src + src_len` and `out..out + out_len` must be distinct, valid memory.
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub unsafe extern "C" fn unlzma(
    src: *const u8,
    src_len: usize,
    out: *mut u8,
    out_len: usize,
) -> u32 {
    let src = core::slice::from_raw_parts(src, src_len);
    let out = core::slice::from_raw_parts_mut(out, out_len);
    match decode(src, out) {
        Ok(()) => 0,
        Err(e) => 1 + e as u32,
    }
}

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
