#![doc = include_str!("../README.md")]

pub mod allocator;
pub mod dates;
pub mod detect;
pub mod figures;
pub mod gazetteer;
pub mod input;
pub mod lexicon;
pub mod link;
pub mod map;
pub mod model;
pub mod normalize;
pub mod nquads;
pub mod parallel;
pub mod pipeline;
pub mod push;
pub mod relate;
pub mod resolve;
pub mod segment;
pub mod sentences;
pub mod serve;
pub mod store;
pub mod table;
pub mod vocab;

pub use map::Mapper;
pub use model::{Extraction, SourceDoc};
pub use pipeline::{ExtractError, Extractor};
