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
//! and calls [`give_back_at_once`] before writing a store. The library itself
//! allocates with whatever allocator its user chose.

/// mimalloc's `mi_option_purge_delay` (its position in the `mi_option_t` enum of the
/// mimalloc that libmimalloc-sys builds; the crate names only some options).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Makes mimalloc give freed memory back to the system at once instead of after 10 ms:
/// a build frees every batch it wrote, and with the delay the freed batches of several
/// threads pile up (peak RSS building the 新闻联播 corpus ×10 in one run: 342 MB with
/// it, 264 MB without). It costs system time (about 4% of `tupu extract`, which holds
/// little memory and does not call it). `MIMALLOC_PURGE_DELAY` in the environment wins.
pub fn give_back_at_once() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: setting an option is allowed at any time, from any thread.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    }
}
