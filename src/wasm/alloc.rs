//! The browser build's allocator: blocks in power-of-two sizes, each size with its own list of
//! freed blocks, new blocks cut from the end of memory. The standard library's allocator for
//! this target (dlmalloc) is about 4 KB of the gzipped package and slower at the small
//! allocations a letter's check makes; this one is a few hundred bytes.
//!
//! What it gives up: a freed block is reused only for a request of its own size class, and
//! memory is never handed back to the page, so a page that checks a letter of many megabytes
//! keeps that memory, at most about twice what the largest letter needed, while it is open.
//! The browser build has one thread (no `atomics` target feature), which is what makes the
//! unsynchronised state below sound.
#![cfg(all(target_family = "wasm", not(target_feature = "atomics")))]

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::cell::UnsafeCell;
use core::ptr;

const PAGE: usize = 65_536;
/// Size classes 2^3 (8 bytes, room for the link of a freed block) to 2^31.
const CLASSES: usize = 32;
const SMALLEST: u32 = 3;

struct State {
    /// The first freed block of each class; each freed block holds the address of the next.
    free: [usize; CLASSES],
    /// The unused memory at the end: from `top` to `end`.
    top: usize,
    end: usize,
}

pub struct Blocks(UnsafeCell<State>);

// SAFETY: the browser build runs on one thread (the module is compiled only without the
// `atomics` feature), so the state is never touched from two threads.
unsafe impl Sync for Blocks {}

#[global_allocator]
static ALLOCATOR: Blocks = Blocks(UnsafeCell::new(State {
    free: [0; CLASSES],
    top: 0,
    end: 0,
}));

/// The class of a request: the power of two that holds its size and meets its alignment.
/// Every block of class `k` is aligned to `2^k` (up to a page), so any request of that class
/// can take any of its blocks.
fn class(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(1 << SMALLEST);
    let class = size.checked_next_power_of_two()?.trailing_zeros();
    (layout.align() <= PAGE && class < CLASSES as u32).then_some(class as usize)
}

impl State {
    /// A new block of `2^class` bytes from the end of memory, growing memory when needed.
    fn cut(&mut self, class: usize) -> *mut u8 {
        let size = 1usize << class;
        if self.end == 0 {
            // Start past everything the module's data and stack use.
            self.top = wasm32::memory_size(0) * PAGE;
            self.end = self.top;
        }
        let align = size.min(PAGE);
        let Some(start) = self.top.checked_add(align - 1).map(|t| t & !(align - 1)) else {
            return ptr::null_mut();
        };
        let Some(stop) = start.checked_add(size) else {
            return ptr::null_mut();
        };
        if stop > self.end {
            let pages = (stop - self.end).div_ceil(PAGE);
            if wasm32::memory_grow(0, pages) == usize::MAX {
                return ptr::null_mut();
            }
            self.end += pages * PAGE;
        }
        self.top = stop;
        start as *mut u8
    }
}

unsafe impl GlobalAlloc for Blocks {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class(layout) else {
            return ptr::null_mut();
        };
        // SAFETY: one thread, and no call below re-enters the allocator.
        let state = unsafe { &mut *self.0.get() };
        let head = state.free[class];
        if head == 0 {
            return state.cut(class);
        }
        // SAFETY: `head` is a freed block of this class, which holds the next one's address.
        state.free[class] = unsafe { *(head as *const usize) };
        head as *mut u8
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(class) = class(layout) else { return };
        // SAFETY: one thread; `block` came from `alloc` with this layout, so it is a block of
        // this class, at least a word long and aligned to one.
        let state = unsafe { &mut *self.0.get() };
        unsafe { *(block as *mut usize) = state.free[class] };
        state.free[class] = block as usize;
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return ptr::null_mut();
        };
        // The same class: the block already has the room.
        if class(layout).is_some() && class(layout) == class(new_layout) {
            return block;
        }
        // SAFETY: as `GlobalAlloc::realloc` requires of its default: a new block, the bytes
        // both hold copied, the old block freed.
        unsafe {
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            moved
        }
    }
}
