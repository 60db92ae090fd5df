//! Percentiles for the benchmarks (`bench` feature).

/// The value at percentile `p` (0–100) of an ascending slice, by the nearest-rank method; NaN when empty.
/// Shared by the benchmarks, which report medians and p99s rather than single runs.
pub(crate) fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[cfg(test)]
mod tests {
    use super::percentile;

    #[test]
    fn nearest_rank_percentiles_of_ten_values() {
        let v: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(percentile(&v, 50.0), 5.0);
        assert_eq!(percentile(&v, 99.0), 10.0);
        assert!(percentile(&[], 50.0).is_nan());
    }
}
