//! DEFLATE (RFC 1951) with the fixed Huffman codes and a greedy LZ77 match
//! finder, and its zlib wrapper (RFC 1950) for PDF streams. A general
//! compressor (miniz_oxide) cost the files worker about 16 KB of code for
//! files a few per cent smaller; a letter's DOCX and PDF are tens of KB.

const WINDOW: usize = 32 * 1024;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
/// How many earlier positions with the same three-byte hash are tried.
const MAX_CHAIN: usize = 48;
const HASH_BITS: u32 = 14;

const LENGTH_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const DISTANCE_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];

struct Bits {
    out: Vec<u8>,
    acc: u32,
    count: u32,
}

impl Bits {
    /// `count` bits of `value`, least significant first.
    fn put(&mut self, value: u32, count: u32) {
        self.acc |= value << self.count;
        self.count += count;
        while self.count >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.count -= 8;
        }
    }

    /// A Huffman code: stored most significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        self.put(code.reverse_bits() >> (32 - len), len);
    }

    /// A literal/length symbol in the fixed code (RFC 1951, 3.2.6).
    fn symbol(&mut self, s: u32) {
        match s {
            0..=143 => self.code(0x30 + s, 8),
            144..=255 => self.code(0x190 + s - 144, 9),
            256..=279 => self.code(s - 256, 7),
            _ => self.code(0xC0 + s - 280, 8),
        }
    }

    /// The code and extra bits of a value in one of the base tables.
    fn ranged(&mut self, value: usize, bases: &[u16], first_symbol: u32, distance: bool) {
        let i = bases
            .iter()
            .rposition(|&b| usize::from(b) <= value)
            .unwrap_or(0);
        let extra = if distance {
            (i as u32 / 2).saturating_sub(1)
        } else if i == 28 {
            0
        } else {
            (i as u32 / 4).saturating_sub(1)
        };
        if distance {
            self.code(i as u32, 5);
        } else {
            self.symbol(first_symbol + i as u32);
        }
        self.put((value - usize::from(bases[i])) as u32, extra);
    }
}

fn hash(d: &[u8]) -> usize {
    let v = u32::from(d[0]) << 16 | u32::from(d[1]) << 8 | u32::from(d[2]);
    (v.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
}

/// Raw DEFLATE: one final block with the fixed codes.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut bits = Bits {
        out: Vec::with_capacity(data.len() / 2 + 16),
        acc: 0,
        count: 0,
    };
    bits.put(1, 1); // BFINAL
    bits.put(1, 2); // BTYPE = fixed Huffman
                    // Position + 1 of the latest occurrence of each hash, and of the
                    // previous occurrence of each position's hash (0 = none).
    let mut head = vec![0u32; 1 << HASH_BITS];
    let mut prev = vec![0u32; WINDOW];
    let insert = |head: &mut [u32], prev: &mut [u32], at: usize| {
        if at + MIN_MATCH <= data.len() {
            let h = hash(&data[at..]);
            prev[at % WINDOW] = head[h];
            head[h] = at as u32 + 1;
        }
    };
    let mut i = 0;
    while i < data.len() {
        let (mut best_len, mut best_dist) = (0, 0);
        if i + MIN_MATCH <= data.len() {
            let mut candidate = head[hash(&data[i..])] as usize;
            let limit = (data.len() - i).min(MAX_MATCH);
            for _ in 0..MAX_CHAIN {
                if candidate == 0 || i - (candidate - 1) > WINDOW {
                    break;
                }
                let at = candidate - 1;
                let len = data[at..]
                    .iter()
                    .zip(&data[i..i + limit])
                    .take_while(|(a, b)| a == b)
                    .count();
                if len > best_len {
                    (best_len, best_dist) = (len, i - at);
                    if len == limit {
                        break;
                    }
                }
                candidate = prev[at % WINDOW] as usize;
            }
        }
        if best_len >= MIN_MATCH {
            bits.ranged(best_len, &LENGTH_BASE, 257, false);
            bits.ranged(best_dist, &DISTANCE_BASE, 0, true);
            for at in i..i + best_len {
                insert(&mut head, &mut prev, at);
            }
            i += best_len;
        } else {
            bits.symbol(u32::from(data[i]));
            insert(&mut head, &mut prev, i);
            i += 1;
        }
    }
    bits.symbol(256);
    bits.put(0, 7); // flush the last byte
    bits.out
}

/// A zlib stream (what PDF's FlateDecode reads): header, DEFLATE, Adler-32.
pub fn zlib(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01];
    out.extend(deflate(data));
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &byte in chunk {
            a += u32::from(byte);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    out.extend_from_slice(&(b << 16 | a).to_be_bytes());
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use miniz_oxide::inflate::{decompress_to_vec, decompress_to_vec_zlib};

    /// Deterministic bytes of several kinds: text, runs, noise, a font.
    fn samples() -> Vec<Vec<u8>> {
        let mut noise = Vec::new();
        let mut x = 0x2545_F491_u32;
        for _ in 0..70_000 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            noise.push(x as u8);
        }
        let text =
            "Прошу провести проверку соблюдения сроков ожидания медицинской помощи. ".repeat(500);
        vec![
            Vec::new(),
            b"a".to_vec(),
            b"abc".to_vec(),
            vec![0; 100_000],
            b"abcabcabcabcabcabcabcabcabcd".repeat(1000),
            text.into_bytes(),
            noise,
            include_bytes!("../../assets/fonts/ZhalobaSerif-Regular.ttf").to_vec(),
        ]
    }

    #[test]
    fn an_independent_inflater_reads_back_every_sample() {
        for sample in samples() {
            assert_eq!(
                decompress_to_vec(&deflate(&sample)).expect("raw deflate"),
                sample
            );
            assert_eq!(
                decompress_to_vec_zlib(&zlib(&sample)).expect("zlib"),
                sample
            );
        }
    }

    #[test]
    fn repetitive_input_shrinks() {
        let text = "Прошу провести проверку. ".repeat(400);
        assert!(deflate(text.as_bytes()).len() * 20 < text.len());
        let font = include_bytes!("../../assets/fonts/ZhalobaSerif-Regular.ttf");
        assert!(
            zlib(font).len() * 10 < font.len() * 8,
            "the font packs to < 80 %"
        );
    }
}
