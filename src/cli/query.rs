//! `tupu query`: run a SPARQL query and print its results.
//!
//! People read results in a terminal, programs read them from a pipe, so the default
//! follows stdout: an aligned table with prefixed names (`tp:Project`) and plain
//! literals for a terminal, standard SPARQL TSV otherwise. The machine formats are
//! oxigraph's standard serialisers.

use super::{rdf_serializer, Status, StoreArg};
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolutionIter};
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use tupu::{store, vocab};
use unicode_width::UnicodeWidthStr;

/// Cells wider than this (in terminal columns) are cut in the table format.
const MAX_CELL_WIDTH: usize = 60;

#[derive(Debug, Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// SPARQL query. The tp:, rdfs:, skos:, nif:… prefixes are predeclared. The default
    /// graph is the union of all graphs: a triple stated by several documents matches
    /// once per document (use DISTINCT)
    #[arg(value_name = "QUERY", required_unless_present = "file", conflicts_with = "file")]
    pub query: Option<String>,
    /// Read the query from FILE (`-` for standard input)
    #[arg(short, long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Output format [default: table when stdout is a terminal, tsv otherwise].
    /// CONSTRUCT and DESCRIBE results are Turtle (JSON-LD with json, RDF/XML with xml)
    #[arg(long, value_enum)]
    pub format: Option<QueryFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QueryFormat {
    /// Aligned columns, prefixed names, plain literals, long values cut
    Table,
    /// SPARQL 1.1 Query Results JSON
    Json,
    /// SPARQL 1.1 Query Results CSV
    Csv,
    /// SPARQL 1.1 Query Results TSV
    Tsv,
    /// SPARQL Query Results XML
    Xml,
}

pub fn run(args: QueryArgs) -> Result<Status> {
    let text = match (&args.query, &args.file) {
        (Some(query), _) => query.clone(),
        (None, Some(file)) if file.as_os_str() == "-" => {
            let mut text = String::new();
            io::stdin().read_to_string(&mut text).context("<stdin>")?;
            text
        }
        (None, Some(file)) => std::fs::read_to_string(file).with_context(|| file.display().to_string())?,
        (None, None) => unreachable!("clap requires a query or a file"),
    };
    let store = store::open_existing(&args.store.store)?;
    let results = store::query(&store, &text)?;
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        QueryFormat::Table
    } else {
        QueryFormat::Tsv
    });
    let mut out = BufWriter::new(io::stdout().lock());
    match (results, results_format(format)) {
        (QueryResults::Boolean(value), None) => writeln!(out, "{value}")?,
        (QueryResults::Boolean(value), Some(f)) => {
            QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, value)?;
        }
        (QueryResults::Solutions(solutions), None) => write_table(&mut out, solutions)?,
        (QueryResults::Solutions(solutions), Some(f)) => {
            let mut writer = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(&mut out, solutions.variables().to_vec())?;
            for solution in solutions {
                writer.serialize(&solution?)?;
            }
            writer.finish()?;
        }
        (QueryResults::Graph(triples), _) => {
            let rdf = match format {
                QueryFormat::Json => RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() },
                QueryFormat::Xml => RdfFormat::RdfXml,
                _ => RdfFormat::Turtle,
            };
            let mut writer = rdf_serializer(rdf).for_writer(&mut out);
            for triple in triples {
                writer.serialize_triple(&triple?)?;
            }
            writer.finish()?;
        }
    }
    out.flush()?;
    Ok(Status::Ok)
}

/// The standard results format, `None` for the table.
fn results_format(format: QueryFormat) -> Option<QueryResultsFormat> {
    match format {
        QueryFormat::Table => None,
        QueryFormat::Json => Some(QueryResultsFormat::Json),
        QueryFormat::Csv => Some(QueryResultsFormat::Csv),
        QueryFormat::Tsv => Some(QueryResultsFormat::Tsv),
        QueryFormat::Xml => Some(QueryResultsFormat::Xml),
    }
}

fn write_table(out: &mut impl Write, solutions: QuerySolutionIter<'_>) -> Result<()> {
    let variables = solutions.variables().to_vec();
    let header: Vec<String> = variables.iter().map(|v| v.as_str().to_string()).collect();
    let rows = solutions
        .map(|solution| {
            let solution = solution?;
            Ok(variables.iter().map(|v| solution.get(v).map(cell).unwrap_or_default()).collect())
        })
        .collect::<Result<Vec<Vec<String>>>>()?;
    let widths: Vec<usize> = (0..header.len())
        .map(|i| rows.iter().map(|row| row[i].width()).chain([header[i].width()]).max().unwrap_or(0))
        .collect();
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    for row in [&header, &rule].into_iter().chain(&rows) {
        let mut line = String::new();
        for (i, (value, width)) in row.iter().zip(&widths).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            line.push_str(value);
            if i + 1 < row.len() {
                line.push_str(&" ".repeat(width - value.width()));
            }
        }
        writeln!(out, "{line}")?;
    }
    writeln!(out, "({} row{})", rows.len(), if rows.len() == 1 { "" } else { "s" })?;
    Ok(())
}

/// A term as a person reads it: prefixed name, plain literal value, on one line.
fn cell(term: &Term) -> String {
    let text = match term {
        Term::NamedNode(n) => compact_iri(n.as_str()),
        Term::BlankNode(b) => b.to_string(),
        Term::Literal(l) => l.value().to_string(),
    };
    let one_line: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    cut(&one_line, MAX_CELL_WIDTH)
}

/// `tp:Project` for an IRI in a known namespace whose local part is a plain name, else `<iri>`.
fn compact_iri(iri: &str) -> String {
    vocab::PREFIXES
        .iter()
        .find_map(|(prefix, namespace)| {
            let local = iri.strip_prefix(namespace)?;
            let plain = local.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
                && !local.starts_with('-');
            plain.then(|| format!("{prefix}:{local}"))
        })
        .unwrap_or_else(|| format!("<{iri}>"))
}

/// `text` cut to `max` columns, with `…` when cut.
fn cut(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut width = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if width + w >= max {
            break;
        }
        width += w;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_in_known_namespaces_get_prefixed_names() {
        assert_eq!(compact_iri("https://w3id.org/tupu/ontology#Project"), "tp:Project");
        assert_eq!(compact_iri("http://www.w3.org/2000/01/rdf-schema#label"), "rdfs:label");
        assert_eq!(compact_iri("https://w3id.org/tupu/id/place/星澜社区"), "<https://w3id.org/tupu/id/place/星澜社区>");
        assert_eq!(compact_iri("http://www.w3.org/ns/org#a/b"), "<http://www.w3.org/ns/org#a/b>");
    }

    #[test]
    fn long_cells_are_cut_to_the_column_budget() {
        let cut_text = cut(&"星".repeat(40), 10);
        assert_eq!(cut_text, "星星星星…");
        assert!(cut_text.width() <= 10);
        assert_eq!(cut("short", 10), "short");
    }
}
