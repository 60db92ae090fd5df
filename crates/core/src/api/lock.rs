//! When the case store locks by itself: after the idle time, wherever the user is in the app, and when the
//! computer wakes from sleep. The shell only ticks ([`Api::lock_check`] about once a second) and shows the lock.
//!
//! Sleep is seen without any platform service: the monotonic clock the process measures time with stops while
//! the computer sleeps (Linux's `CLOCK_MONOTONIC`, macOS's `mach_absolute_time`), and the wall clock does not. A
//! tick that finds the wall clock far ahead of the monotonic one means the machine slept (or its clock was set
//! forward, where locking is harmless): the store locks before anyone can use the app again. Where the monotonic
//! clock keeps counting through sleep, the idle lock, which counts in wall-clock time, still locks at the first
//! tick after a sleep longer than the idle time.

use std::time::Instant;

use super::Api;
use crate::Result;

/// A wall clock that ran ahead of the monotonic one by more than this between two ticks: the machine slept.
pub const SLEEP_GAP_MS: i64 = 5_000;

/// Why the store locked by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AutoLock {
    /// Nobody did anything for the idle time.
    Idle,
    /// The computer slept (suspend, hibernate, lid closed) since the last tick.
    Woke,
}

impl AutoLock {
    /// The name the shell sends to the page with its `vault-locked` event.
    pub fn as_str(self) -> &'static str {
        match self {
            AutoLock::Idle => "idle",
            AutoLock::Woke => "suspend",
        }
    }
}

/// The clocks at the last tick.
#[derive(Debug, Clone, Copy)]
pub struct WakeWatch {
    wall_ms: i64,
    mono: Instant,
}

impl WakeWatch {
    pub fn new(wall_ms: i64, mono: Instant) -> WakeWatch {
        WakeWatch { wall_ms, mono }
    }

    /// Whether the machine slept since the last tick; moves the watch to now.
    pub fn slept(&mut self, wall_ms: i64, mono: Instant) -> bool {
        let wall = wall_ms - self.wall_ms;
        let steady = i64::try_from(mono.saturating_duration_since(self.mono).as_millis()).unwrap_or(i64::MAX);
        *self = WakeWatch { wall_ms, mono };
        wall - steady > SLEEP_GAP_MS
    }
}

impl Api {
    /// One tick of the shell's timer: lock the store if the machine slept since the last tick or nobody did
    /// anything for the idle time. Returns why it locked now, if it did.
    pub fn lock_check(&self, watch: &mut WakeWatch, wall_ms: i64, mono: Instant) -> Result<Option<AutoLock>> {
        if watch.slept(wall_ms, mono) && super::lock(&self.vault).is_some() {
            self.vault_lock()?;
            return Ok(Some(AutoLock::Woke));
        }
        Ok(self.lock_if_idle(wall_ms)?.then_some(AutoLock::Idle))
    }
}

impl Api {
    /// The desktop locked the screen or is about to put the computer to sleep: lock the store now. Returns
    /// whether it was unlocked (and so locked now).
    pub fn lock_now(&self) -> Result<bool> {
        if super::lock(&self.vault).is_none() {
            return Ok(false);
        }
        self.vault_lock()?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_wall_clock_far_ahead_of_the_steady_one_means_the_machine_slept() {
        let t0 = Instant::now();
        let mut w = WakeWatch::new(1_000_000, t0);
        assert!(
            !w.slept(1_001_000, t0 + Duration::from_secs(1)),
            "one second on both clocks: awake"
        );
        // Lid closed for two minutes: the wall clock moved 120 s, the steady clock one tick.
        assert!(
            w.slept(1_122_000, t0 + Duration::from_secs(2)),
            "the wall clock ran 2 minutes ahead: asleep"
        );
        assert!(
            !w.slept(1_123_500, t0 + Duration::from_millis(3_400)),
            "a tick late by a moment under load is not sleep"
        );
    }

    #[test]
    fn a_wall_clock_set_back_is_not_sleep() {
        let t0 = Instant::now();
        let mut w = WakeWatch::new(5_000_000, t0);
        assert!(
            !w.slept(4_000_000, t0 + Duration::from_secs(1)),
            "only a jump forward locks"
        );
    }
}
