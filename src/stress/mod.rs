//! Robustness tooling shared by the regression tests, the fuzzer and the
//! time-complexity check: the hostile cases of `tests/hostile/cases.txt`,
//! generators of risky constructions, and the invariants every annotation
//! must keep.

pub mod cases;
pub mod generators;
pub mod invariants;
