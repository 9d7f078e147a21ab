//! Room shards: a few threads, each running the connections of its share of the rooms, so that every
//! connection of a room lives on one thread.
//!
//! A change in a room is read on the thread of its sender and delivered to the room's other connections. When
//! those are spread over threads, each delivery wakes another thread (a syscall on both sides, and a thread
//! that was asleep). With a room's connections on one thread, the fan-out only queues frames on tasks of the
//! thread it runs on, which writes them before it sleeps again: the perf profile of 50 rooms x 4 showed about
//! a fifth of the server's time in those cross-thread wake-ups. A room is assigned by a hash of its id; the
//! HTTP server accepts the connection and answers the handshake on whatever thread it likes, then hands the
//! socket over (see `session::RoomSocket::serve_upgrade`).
//!
//! Correctness never depends on the sharding: the collaboration service is shared and locked as before, so
//! a connection run elsewhere (say, if a shard thread is gone) is only slower.

use std::{
    future::Future,
    hash::{Hash, Hasher},
    pin::Pin,
    sync::{Arc, Mutex, PoisonError},
    thread,
    time::Duration,
};

use tokio::sync::{Notify, mpsc};

/// Work for a shard: builds, on the shard's thread, the future it then runs there.
type Job = Box<dyn FnOnce() -> Pin<Box<dyn Future<Output = ()>>> + Send>;

/// The shard threads.
pub struct Shards {
    queues: Vec<mpsc::UnboundedSender<Job>>,
    threads: Mutex<Vec<thread::JoinHandle<()>>>,
    live: Arc<LiveCount>,
}

/// How many jobs are running, to wait for them at shutdown.
#[derive(Default)]
struct LiveCount {
    count: Mutex<usize>,
    idle: Notify,
}

/// Decrements the live count when the job ends, however it ends.
struct LiveGuard(Arc<LiveCount>);

impl Drop for LiveGuard {
    fn drop(&mut self) {
        let mut count = self.0.count.lock().unwrap_or_else(PoisonError::into_inner);
        *count -= 1;
        if *count == 0 {
            self.0.idle.notify_waiters();
        }
    }
}

impl Shards {
    /// Starts `count` shard threads (at least one), each a single-threaded tokio runtime.
    ///
    /// # Errors
    /// A thread or its runtime could not be created.
    pub fn start(count: usize) -> std::io::Result<Self> {
        let mut queues = Vec::new();
        let mut threads = Vec::new();
        for index in 0..count.max(1) {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            let (queue, mut jobs) = mpsc::unbounded_channel::<Job>();
            let thread = thread::Builder::new()
                .name(format!("room-shard-{index}"))
                .spawn(move || {
                    let local = tokio::task::LocalSet::new();
                    local.block_on(&runtime, async move {
                        while let Some(job) = jobs.recv().await {
                            tokio::task::spawn_local(job());
                        }
                    });
                })?;
            queues.push(queue);
            threads.push(thread);
        }
        Ok(Self {
            queues,
            threads: Mutex::new(threads),
            live: Arc::default(),
        })
    }

    /// How many shards there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.queues.len()
    }

    /// Whether there are none (never: `start` makes at least one).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.queues.is_empty()
    }

    /// The shard of a room, by its id as the client named it.
    #[must_use]
    pub fn shard_of(&self, room: &str) -> usize {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        room.hash(&mut hasher);
        // The remainder is below the shard count, which is a usize.
        usize::try_from(hasher.finish() % self.queues.len() as u64).unwrap_or(0)
    }

    /// Runs the future `make` builds on shard `index`'s thread. Returns `make` back when that shard is gone,
    /// for the caller to run it where it is.
    ///
    /// # Errors
    /// The shard's thread has stopped.
    pub fn run_on<F, Fut>(&self, index: usize, make: F) -> Result<(), F>
    where
        F: FnOnce() -> Fut + Send + 'static,
        Fut: Future<Output = ()> + 'static,
    {
        let Some(queue) = self.queues.get(index) else {
            return Err(make);
        };
        // A shard's queue closes only if its thread is gone; the work then runs where the caller is.
        if queue.is_closed() {
            return Err(make);
        }
        *self
            .live
            .count
            .lock()
            .unwrap_or_else(PoisonError::into_inner) += 1;
        let guard = LiveGuard(Arc::clone(&self.live));
        let job: Job = Box::new(move || {
            Box::pin(async move {
                let _guard = guard;
                make().await;
            })
        });
        // Should the thread stop right now, the job is dropped with its guard: that connection just closes.
        let _ = queue.send(job);
        Ok(())
    }

    /// Waits until every job has ended, or `timeout` has passed. Returns whether they all ended.
    pub async fn wait_idle(&self, timeout: Duration) -> bool {
        let wait = async {
            loop {
                let idle = self.live.idle.notified();
                if *self
                    .live
                    .count
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    == 0
                {
                    return;
                }
                idle.await;
            }
        };
        tokio::time::timeout(timeout, wait).await.is_ok()
    }
}

impl Drop for Shards {
    fn drop(&mut self) {
        self.queues.clear();
        let threads =
            std::mem::take(&mut *self.threads.lock().unwrap_or_else(PoisonError::into_inner));
        for thread in threads {
            // A shard stops once its queue is closed; jobs still running are dropped with its runtime.
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[test]
    fn a_room_always_maps_to_the_same_shard_and_rooms_spread_over_all() {
        let shards = Shards::start(3).expect("start");
        assert_eq!(shards.shard_of("abc12345"), shards.shard_of("abc12345"));
        let mut used = [false; 3];
        for room in 0..100 {
            used[shards.shard_of(&format!("room{room}"))] = true;
        }
        assert_eq!(used, [true; 3]);
    }

    #[tokio::test]
    async fn jobs_run_on_the_shard_thread_and_are_waited_for() {
        let shards = Shards::start(2).expect("start");
        let ran = Arc::new(AtomicUsize::new(0));
        for index in 0..2 {
            let ran = Arc::clone(&ran);
            let result = shards.run_on(index, move || async move {
                let name = thread::current().name().map(str::to_owned);
                assert_eq!(name, Some(format!("room-shard-{index}")));
                // Not Send: the future stays on its thread.
                let local = std::rc::Rc::new(());
                tokio::time::sleep(Duration::from_millis(50)).await;
                drop(local);
                ran.fetch_add(1, Ordering::SeqCst);
            });
            assert!(result.is_ok());
        }
        assert!(shards.wait_idle(Duration::from_secs(5)).await);
        assert_eq!(ran.load(Ordering::SeqCst), 2);
        assert!(
            shards.wait_idle(Duration::from_millis(1)).await,
            "already idle"
        );
    }

    #[test]
    fn an_unknown_shard_hands_the_work_back() {
        let shards = Shards::start(1).expect("start");
        assert!(shards.run_on(5, || async {}).is_err());
    }
}
