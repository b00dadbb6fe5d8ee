//! Reading a progress file: any bytes are refused with a reason or merged whole; never a panic.
//! The first byte chooses: odd, the rest is the file as it is; even, the rest is the text
//! inside and is packed first, so the fuzzer can reach the records past the checksum.
//! The store is made once and reused (each import is one transaction that rolls back on a
//! problem), so the fuzzer spends its time in the reader, not in creating databases.
#![no_main]

use std::io::Write;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use flate2::Compression;
use flate2::write::GzEncoder;
use libfuzzer_sys::fuzz_target;
use stepwise::domain::exchange;
use stepwise::domain::store::Store;

struct Place {
    _dir: tempfile::TempDir,
    store: Store,
}

fn place() -> &'static Mutex<Place> {
    static PLACE: OnceLock<Mutex<Place>> = OnceLock::new();
    PLACE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let store = Store::open(dir.path()).expect("a new store");
        Mutex::new(Place { _dir: dir, store })
    })
}

fn file(data: &[u8]) -> Option<Vec<u8>> {
    let (&mode, rest) = data.split_first()?;
    if mode % 2 == 1 {
        return Some(rest.to_vec());
    }
    let mut packed = GzEncoder::new(Vec::new(), Compression::fast());
    packed.write_all(rest).ok()?;
    packed.finish().ok()
}

fuzz_target!(|data: &[u8]| {
    let Some(data) = file(data) else {
        return;
    };
    let data = data.as_slice();
    let mut place = place()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let before = exchange::canonical(&place.store).expect("the store reads");
    match exchange::import_from(
        &mut place.store,
        data,
        Path::new("fuzz.stepwise"),
        None,
        false,
    ) {
        // A refused file leaves the database exactly as it was.
        Err(_) => assert_eq!(exchange::canonical(&place.store).expect("reads"), before),
        Ok(report) => {
            // Whatever it added, reading the same bytes again adds nothing.
            let again = exchange::import_from(
                &mut place.store,
                data,
                Path::new("fuzz.stepwise"),
                None,
                false,
            )
            .expect("a file read once reads again");
            assert_eq!(again.new_attempts(), 0, "{report:?}");
        }
    }
});
