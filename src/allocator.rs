//! The memory allocator of the `tupu` binary (and of the benchmark): mimalloc.
//!
//! Extraction allocates and frees many small strings; mimalloc does it faster than
//! glibc's malloc (`tupu extract --jobs 1` on the 新闻联播 corpus: 1.24 s against 1.44 s).
//! A program picks it with
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
//! ```
//!
//! and calls [`give_back_sooner`] before writing a store. The library itself
//! allocates with whatever allocator its user chose.

/// mimalloc's `mi_option_purge_delay` (its position in the `mi_option_t` enum of the
/// mimalloc that libmimalloc-sys builds; the crate names only some options).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Makes mimalloc give freed memory back to the system after 5 ms instead of 10. A
/// build frees every batch it wrote; with the default delay, the freed batches of the
/// loader and extraction threads pile up, by how much depending on timing. Peak RSS and
/// wall time of `tupu build --jobs 2` on the 新闻联播 corpus (runs of one afternoon):
/// 10 ms (the default) 257–299 MB, 2.6 s; 5 ms 208 MB, 2.4–2.6 s; 2 ms 202–204 MB,
/// 2.7–2.9 s; 0 (at once) 197–200 MB, 3.1–3.2 s, the system time of the purges
/// growing as the delay shrinks. `tupu extract` holds little memory and does not call it.
/// `MIMALLOC_PURGE_DELAY` in the environment wins.
pub fn give_back_sooner() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: setting an option is allowed at any time, from any thread.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 5) };
    }
}
