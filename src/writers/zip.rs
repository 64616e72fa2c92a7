//! The smallest ZIP writer a DOCX needs: stored names in UTF-8, raw DEFLATE,
//! a central directory, fixed timestamps. Same input, same bytes — so the
//! browser's file and the CLI's file can be compared byte for byte.

/// CRC-32 (IEEE) with a 1 KB table built at compile time. crc32fast's
/// slice-by-16 tables cost ~15 KB of wasm for no gain on a 10 KB document.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

pub fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, &b| {
        CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// 1980-01-01 00:00 in MS-DOS format: ZIP's epoch, and deterministic.
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = (1 << 5) | 1;
const UTF8_NAMES: u16 = 1 << 11;

pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
}

fn u16le(v: &mut Vec<u8>, x: u16) {
    v.extend_from_slice(&x.to_le_bytes());
}
fn u32le(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_le_bytes());
}

impl ZipWriter {
    pub fn new() -> ZipWriter {
        ZipWriter {
            out: Vec::new(),
            central: Vec::new(),
            entries: 0,
        }
    }

    pub fn add(&mut self, name: &str, data: &[u8]) {
        let crc = crc32(data);
        let packed = super::deflate::deflate(data);
        let offset = self.out.len() as u32;
        let header = |v: &mut Vec<u8>, central: bool| {
            u32le(v, if central { 0x0201_4b50 } else { 0x0403_4b50 });
            if central {
                u16le(v, 20); // made by: 2.0
            }
            u16le(v, 20); // needed: 2.0
            u16le(v, UTF8_NAMES);
            u16le(v, 8); // deflate
            u16le(v, DOS_TIME);
            u16le(v, DOS_DATE);
            u32le(v, crc);
            u32le(v, packed.len() as u32);
            u32le(v, data.len() as u32);
            u16le(v, name.len() as u16);
            u16le(v, 0); // extra
            if central {
                u16le(v, 0); // comment
                u16le(v, 0); // disk
                u16le(v, 0); // internal attributes
                u32le(v, 0); // external attributes
                u32le(v, offset);
            }
            v.extend_from_slice(name.as_bytes());
        };
        header(&mut self.out, false);
        self.out.extend_from_slice(&packed);
        header(&mut self.central, true);
        self.entries += 1;
    }

    pub fn finish(mut self) -> Vec<u8> {
        let start = self.out.len() as u32;
        let size = self.central.len() as u32;
        self.out.append(&mut self.central);
        u32le(&mut self.out, 0x0605_4b50);
        u16le(&mut self.out, 0);
        u16le(&mut self.out, 0);
        u16le(&mut self.out, self.entries);
        u16le(&mut self.out, self.entries);
        u32le(&mut self.out, size);
        u32le(&mut self.out, start);
        u16le(&mut self.out, 0);
        self.out
    }
}

impl Default for ZipWriter {
    fn default() -> Self {
        ZipWriter::new()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn crc32_check_value() {
        // The standard check value of CRC-32/ISO-HDLC.
        assert_eq!(super::crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(super::crc32(b""), 0);
    }
}
