//! Latency statistics: percentiles over every sample of a run.
//!
//! Runs are short and bounded (tens of thousands of deliveries), so the samples are kept whole and sorted once:
//! exact percentiles, no histogram resolution to explain, and no extra dependency.

use serde::Serialize;

/// Percentiles of a set of latencies, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LatencySummary {
    /// How many samples.
    pub count: usize,
    /// Median.
    pub p50_ms: f64,
    /// 95th percentile.
    pub p95_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// The slowest sample.
    pub max_ms: f64,
    /// Arithmetic mean.
    pub mean_ms: f64,
}

impl LatencySummary {
    /// Summarises samples given in microseconds; `None` when there are none.
    #[must_use]
    pub fn from_micros(mut samples: Vec<u64>) -> Option<Self> {
        if samples.is_empty() {
            return None;
        }
        samples.sort_unstable();
        let sum: u128 = samples.iter().map(|&sample| u128::from(sample)).sum();
        // Casts: a mean of latencies needs no more than f64's 52 bits.
        let mean_micros = sum as f64 / samples.len() as f64;
        Some(Self {
            count: samples.len(),
            p50_ms: millis(percentile(&samples, 50.0)),
            p95_ms: millis(percentile(&samples, 95.0)),
            p99_ms: millis(percentile(&samples, 99.0)),
            max_ms: millis(samples[samples.len() - 1]),
            mean_ms: mean_micros / 1000.0,
        })
    }
}

/// The nearest-rank percentile of sorted, non-empty samples: the smallest sample with at least `percent`% of
/// the samples at or below it. It is always a sample that was measured, never an interpolation.
fn percentile(sorted: &[u64], percent: f64) -> u64 {
    // Casts: sample counts are far below 2^52, and the rank is positive and at most the count.
    let rank = ((percent / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn millis(micros: u64) -> f64 {
    // Casts: latencies in microseconds are far below 2^52.
    let micros = micros as f64;
    micros / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_samples_have_no_summary() {
        assert_eq!(LatencySummary::from_micros(Vec::new()), None);
    }

    #[test]
    fn one_sample_is_every_percentile() {
        let summary = LatencySummary::from_micros(vec![1500]).expect("a sample");
        assert_eq!(summary.count, 1);
        assert!((summary.p50_ms - 1.5).abs() < f64::EPSILON);
        assert!((summary.p99_ms - 1.5).abs() < f64::EPSILON);
        assert!((summary.max_ms - 1.5).abs() < f64::EPSILON);
        assert!((summary.mean_ms - 1.5).abs() < f64::EPSILON);
    }

    #[test]
    fn percentiles_use_the_nearest_rank_whatever_the_order() {
        // 1..=100 ms, shuffled: the p-th percentile is exactly p ms.
        let mut samples: Vec<u64> = (1..=100).map(|ms| ms * 1000).collect();
        samples.reverse();
        samples.swap(3, 70);
        let summary = LatencySummary::from_micros(samples).expect("samples");
        assert_eq!(summary.count, 100);
        assert!((summary.p50_ms - 50.0).abs() < f64::EPSILON);
        assert!((summary.p95_ms - 95.0).abs() < f64::EPSILON);
        assert!((summary.p99_ms - 99.0).abs() < f64::EPSILON);
        assert!((summary.max_ms - 100.0).abs() < f64::EPSILON);
        assert!((summary.mean_ms - 50.5).abs() < 1e-9);
    }

    #[test]
    fn a_single_outlier_shows_in_the_max_and_not_the_median() {
        let mut samples = vec![1000; 999];
        samples.push(250_000);
        let summary = LatencySummary::from_micros(samples).expect("samples");
        assert!((summary.p50_ms - 1.0).abs() < f64::EPSILON);
        assert!((summary.p99_ms - 1.0).abs() < f64::EPSILON);
        assert!((summary.max_ms - 250.0).abs() < f64::EPSILON);
    }

    #[test]
    fn small_sets_round_the_rank_up() {
        // Four samples: p50 is the 2nd, p95 and p99 the 4th.
        let summary = LatencySummary::from_micros(vec![4000, 1000, 3000, 2000]).expect("samples");
        assert!((summary.p50_ms - 2.0).abs() < f64::EPSILON);
        assert!((summary.p95_ms - 4.0).abs() < f64::EPSILON);
        assert!((summary.p99_ms - 4.0).abs() < f64::EPSILON);
    }
}
