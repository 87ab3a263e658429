//! `tupu link`: link the store's entities to an external RDF graph (Wikidata or any
//! other), by division code and by label. The work is [`tupu::link`]; this prints it.

use super::{Status, StoreArg};
use anyhow::Result;
use clap::{Args, ValueEnum};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use tupu::link::{self, LinkBy, LinkReport};
use tupu::store;

#[derive(Debug, Args)]
pub struct LinkArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// The external RDF file (all its graphs are read)
    #[arg(long = "with", value_name = "FILE")]
    pub with: PathBuf,
    /// Link by division code (wdt:P442, tp:adminCode), by label, or codes first then labels
    #[arg(long, value_enum, default_value_t = ByArg::Both)]
    pub by: ByArg,
    /// Format of FILE [default: from its extension: .ttl .nt .nq .trig .n3 .rdf .xml .owl .jsonld .json]
    #[arg(long, value_enum)]
    pub format: Option<InputFormat>,
    /// Also list every link
    #[arg(long)]
    pub list: bool,
    /// Report what would be linked without writing to the store
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ByArg {
    /// Division codes only (owl:sameAs + skos:exactMatch)
    Code,
    /// Labels only (skos:exactMatch)
    Label,
    /// Codes first, then labels for the entities the codes did not settle
    Both,
}

/// RDF formats the external graph may come in (named graphs are merged).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    N3,
    Rdfxml,
    Jsonld,
}

impl InputFormat {
    fn format(self) -> RdfFormat {
        match self {
            InputFormat::Turtle => RdfFormat::Turtle,
            InputFormat::Ntriples => RdfFormat::NTriples,
            InputFormat::Nquads => RdfFormat::NQuads,
            InputFormat::Trig => RdfFormat::TriG,
            InputFormat::N3 => RdfFormat::N3,
            InputFormat::Rdfxml => RdfFormat::RdfXml,
            InputFormat::Jsonld => RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() },
        }
    }
}

pub fn run(args: LinkArgs) -> Result<Status> {
    let by = match args.by {
        ByArg::Code => LinkBy::Code,
        ByArg::Label => LinkBy::Label,
        ByArg::Both => LinkBy::Both,
    };
    let store = store::open_existing(&args.store.store)?;
    let external = link::load_external(&args.with, args.format.map(InputFormat::format))?;
    let report = link::link(&store, &external, by)?;
    if !args.dry_run {
        link::write_links(&store, &report)?;
    }
    let mut out = BufWriter::new(io::stdout().lock());
    print_report(&mut out, &report, &args)?;
    out.flush()?;
    Ok(Status::Ok)
}

fn print_report(out: &mut impl Write, report: &LinkReport, args: &LinkArgs) -> Result<()> {
    writeln!(
        out,
        "{} entities in {}, {} subjects in {}{}",
        report.entities,
        args.store.store.display(),
        report.external_subjects,
        args.with.display(),
        if args.dry_run { " (dry run: nothing written)" } else { "" },
    )?;
    let rows = [
        ("matched by code", report.by_code()),
        ("matched by label", report.by_label()),
        ("ambiguous", report.ambiguous.len()),
        ("unmatched", report.unmatched()),
    ];
    for (name, n) in rows {
        writeln!(out, "  {name:<17} {n:>6}")?;
    }
    if !report.ambiguous.is_empty() {
        writeln!(out, "ambiguous (not linked):")?;
        for a in &report.ambiguous {
            let candidates: Vec<String> = a.candidates.iter().map(|c| c.to_string()).collect();
            writeln!(out, "  {} {} ({}) → {}", a.label, a.entity, a.basis, candidates.join(", "))?;
        }
    }
    if args.list && !report.links.is_empty() {
        writeln!(out, "links:")?;
        for l in &report.links {
            writeln!(out, "  {} {} → {} ({})", l.label, l.entity, l.external, l.basis)?;
        }
    }
    if !args.dry_run {
        writeln!(out, "links are in graph <{}>", link::LINKS_GRAPH)?;
    }
    Ok(())
}
