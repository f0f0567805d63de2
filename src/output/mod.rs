//! What leaves the core: the contract's JSON document (UTF-16 offsets) and
//! a self-contained HTML page.

pub mod contract;
pub mod html;
pub mod utf16;

pub use contract::{to_contract, ContractDocument, SCHEMA};
