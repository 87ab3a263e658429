//! tupu (图谱): Chinese local-government news → an RDF knowledge graph.
//!
//! The pipeline is a chain of stages, each a module:
//! [`normalize`] → [`sentences`] → [`segment`] → [`detect`] → [`resolve`] →
//! [`relate`] / [`figures`] / [`dates`] → [`map`] (to RDF) → [`store`].
//! [`Extractor`] runs the text stages; [`map::Mapper`] turns the result into quads.

pub mod dates;
pub mod detect;
pub mod figures;
pub mod gazetteer;
pub mod input;
pub mod lexicon;
pub mod map;
pub mod model;
pub mod normalize;
pub mod pipeline;
pub mod relate;
pub mod resolve;
pub mod segment;
pub mod sentences;
pub mod store;
pub mod vocab;

pub use map::Mapper;
pub use model::{Extraction, SourceDoc};
pub use pipeline::{ExtractError, Extractor};
