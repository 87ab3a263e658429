//! Linking tupu's entities to an external RDF graph (stage `link`): Wikidata, a
//! registry's export, another tupu store's export — any RDF that names things with
//! labels, division codes, types and containers.
//!
//! Two passes, each optional ([`LinkBy`]):
//!
//! 1. **Codes.** An external subject carrying an official division code —
//!    `wdt:P442` (Wikidata's spaced form, `"32 04 12 100"`) or `tp:adminCode`
//!    (`"320412100000"`) — is the tupu entity carrying the same code. Codes are compared
//!    as 12 digits ([`normalize_code`]). A code match is an identity: it writes
//!    `owl:sameAs` and `skos:exactMatch`. When several external subjects share the code,
//!    the ones that also share a label are kept; more than one left is *ambiguous*.
//! 2. **Labels**, for the entities the codes did not settle. The candidates of an entity
//!    are the external subjects with a label equal to one of its `rdfs:label` /
//!    `skos:altLabel`, compared after [`normalize_label`]. External labels are
//!    `rdfs:label`, `skos:prefLabel`, `skos:altLabel` and `schema:name` in Chinese
//!    (`zh`, `zh-Hans`, `zh-CN`, `zh-SG`, `zh-Hans-*`) or without a language.
//!    A candidate is dropped when
//!    - its type clashes with the entity's family ([`family_of_type`]: a tupu place is
//!      not a `wd:Q5` human; an unrecognised type is compatible with anything), or
//!    - both carry division codes and none is shared, or
//!    - its location contradicts the entity's: a container code of the candidate
//!      (`wdt:P131`, `tp:locatedIn`, `schema:containedInPlace`, followed upwards) and a
//!      container code of the entity (`tp:locatedIn`, followed upwards) lie in different
//!      divisions (3204 常州市 vs 3205 苏州市).
//!
//!    The remaining candidates are ranked by what their location says: *in the
//!    entity's own container* (a container with the same code, a code inside it, or
//!    the same label) beats *agreeing somewhere up the chain* beats *no location*.
//!    Only the best rank is kept. Exactly one candidate is a link, `skos:exactMatch`
//!    only (a shared name is evidence, not identity); more than one is *ambiguous* and
//!    nothing is written.
//!
//! [`write_links`] puts the links in the named graph [`LINKS_GRAPH`], replacing the
//! links that an earlier run wrote to the same external subjects: linking again with
//! an updated file updates the links, linking with another file adds to them.

use crate::model::{Class, Family};
use crate::vocab::{self, tp};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::{
    vocab::rdf, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term,
};
use oxigraph::store::{LoaderError, StorageError, Store};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

/// Named graph holding the links [`write_links`] writes.
pub const LINKS_GRAPH: &str = "https://w3id.org/tupu/graph/links";

/// Wikidata's namespace of items (`wd:`).
pub const WD: &str = "http://www.wikidata.org/entity/";
/// Wikidata's namespace of direct ("truthy") properties (`wdt:`).
pub const WDT: &str = "http://www.wikidata.org/prop/direct/";

const OWL_SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";
const SKOS_EXACT_MATCH: &str = "http://www.w3.org/2004/02/skos/core#exactMatch";

/// Which passes to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LinkBy {
    /// Division codes only.
    Code,
    /// Labels only.
    Label,
    /// Codes first, then labels for the entities the codes did not settle.
    #[default]
    Both,
}

impl LinkBy {
    fn codes(self) -> bool {
        matches!(self, LinkBy::Code | LinkBy::Both)
    }
    fn labels(self) -> bool {
        matches!(self, LinkBy::Label | LinkBy::Both)
    }
}

/// What a link (or an ambiguity) rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Basis {
    /// The same official division code: `owl:sameAs` and `skos:exactMatch`.
    Code,
    /// The same name, no type clash, the best location: `skos:exactMatch`.
    Label,
}

impl fmt::Display for Basis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Basis::Code => "code",
            Basis::Label => "label",
        })
    }
}

/// A tupu entity and the external subject it is linked to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub entity: NamedNode,
    /// The entity's `rdfs:label` (for messages).
    pub label: String,
    pub external: NamedNode,
    pub basis: Basis,
}

impl Link {
    /// The quads that state the link, in [`LINKS_GRAPH`].
    pub fn quads(&self) -> Vec<Quad> {
        let graph = NamedNode::new_unchecked(LINKS_GRAPH);
        let predicates: &[&str] = match self.basis {
            Basis::Code => &[OWL_SAME_AS, SKOS_EXACT_MATCH],
            Basis::Label => &[SKOS_EXACT_MATCH],
        };
        predicates
            .iter()
            .map(|p| {
                Quad::new(
                    self.entity.clone(),
                    NamedNode::new_unchecked(*p),
                    self.external.clone(),
                    graph.clone(),
                )
            })
            .collect()
    }
}

/// A tupu entity with several equally good external candidates: not linked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ambiguous {
    pub entity: NamedNode,
    pub label: String,
    /// Sorted.
    pub candidates: Vec<NamedNode>,
    pub basis: Basis,
}

/// The outcome of [`link`].
#[derive(Debug, Clone, Default)]
pub struct LinkReport {
    /// Sorted by entity label, then IRI.
    pub links: Vec<Link>,
    /// Sorted by entity label, then IRI.
    pub ambiguous: Vec<Ambiguous>,
    /// tupu entities considered (every node typed with a tupu entity class).
    pub entities: usize,
    /// Named subjects of the external graph (the possible targets).
    pub external_subjects: usize,
    /// The external subjects: [`write_links`] replaces earlier links to them.
    scope: Vec<NamedNode>,
}

impl LinkReport {
    pub fn by_code(&self) -> usize {
        self.links.iter().filter(|l| l.basis == Basis::Code).count()
    }
    pub fn by_label(&self) -> usize {
        self.links.iter().filter(|l| l.basis == Basis::Label).count()
    }
    /// Entities neither linked nor ambiguous.
    pub fn unmatched(&self) -> usize {
        self.entities - self.links.len() - self.ambiguous.len()
    }
}

/// Linking failed. Like oxigraph's errors, a wrapped error is the `source()`, not
/// repeated in the message.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("{}: cannot read", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}: unknown RDF format (use a .ttl .nt .nq .trig .n3 .rdf .xml .owl .jsonld .json file, or say --format)", path.display())]
    UnknownFormat { path: PathBuf },
    #[error("{}: invalid RDF", path.display())]
    Parse { path: PathBuf, source: LoaderError },
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// The RDF format a file's extension says, if it says one.
pub fn format_from_path(path: &Path) -> Option<RdfFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "ttl" | "turtle" => RdfFormat::Turtle,
        "nt" => RdfFormat::NTriples,
        "nq" => RdfFormat::NQuads,
        "trig" => RdfFormat::TriG,
        "n3" => RdfFormat::N3,
        "rdf" | "xml" | "owl" => RdfFormat::RdfXml,
        "jsonld" | "json" => RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() },
        _ => return None,
    })
}

/// Loads an RDF file (all its graphs) into a new in-memory store. `format` defaults to
/// what the extension says. Relative IRIs resolve against the file's `file:` URL.
pub fn load_external(path: &Path, format: Option<RdfFormat>) -> Result<Store, LinkError> {
    let format = match format.or_else(|| format_from_path(path)) {
        Some(f) => f,
        None => return Err(LinkError::UnknownFormat { path: path.into() }),
    };
    let file = File::open(path).map_err(|source| LinkError::Read { path: path.into(), source })?;
    let mut parser = RdfParser::from_format(format);
    if let Some(base) = std::fs::canonicalize(path).ok().and_then(|p| file_url(&p)) {
        parser = parser.with_base_iri(base).unwrap_or_else(|_| RdfParser::from_format(format));
    }
    let store = Store::new()?;
    store
        .load_from_reader(parser, BufReader::new(file))
        .map_err(|source| LinkError::Parse { path: path.into(), source })?;
    Ok(store)
}

fn file_url(path: &Path) -> Option<String> {
    let s = path.to_str()?;
    let s = s.replace('\\', "/");
    let s = if s.starts_with('/') { s } else { format!("/{s}") };
    Some(format!("file://{}", crate::map::iri_escape(&s).replace("%2F", "/")))
}

/// The external subjects indexed under any of `keys` (an entity's codes or names),
/// but the entity itself.
fn candidates_by<'a>(
    keys: Option<&BTreeSet<String>>,
    index: &HashMap<&str, BTreeSet<&'a NamedNode>>,
    entity: &NamedNode,
) -> BTreeSet<&'a NamedNode> {
    keys.into_iter()
        .flatten()
        .filter_map(|k| index.get(k.as_str()))
        .flatten()
        .copied()
        .filter(|c| *c != entity)
        .collect()
}

/// Links the entities of `store` (a tupu graph) to the subjects of `external`.
/// Nothing is written: see [`write_links`].
pub fn link(store: &Store, external: &Store, by: LinkBy) -> Result<LinkReport, LinkError> {
    let ours = View::read(store)?;
    let theirs = View::read(external)?;

    // the tupu entities and their families
    let entity_classes: HashMap<String, Family> = Class::ALL
        .iter()
        .map(|c| (format!("{}{}", vocab::TP, c.local_name()), c.family()))
        .collect();
    let mut entities: BTreeMap<NamedNode, BTreeSet<Family>> = BTreeMap::new();
    for (node, types) in &ours.types {
        let NamedOrBlankNode::NamedNode(iri) = node else { continue };
        for t in types {
            if let Some(f) = entity_classes.get(t.as_str()) {
                entities.entry(iri.clone()).or_default().insert(*f);
            }
        }
    }

    // external indexes
    let mut by_code: HashMap<&str, BTreeSet<&NamedNode>> = HashMap::new();
    let mut by_label: HashMap<&str, BTreeSet<&NamedNode>> = HashMap::new();
    let mut subjects: BTreeSet<NamedNode> = BTreeSet::new();
    for node in theirs.subjects() {
        let NamedOrBlankNode::NamedNode(iri) = node else { continue };
        subjects.insert(iri.clone());
    }
    for iri in &subjects {
        let node = NamedOrBlankNode::NamedNode(iri.clone());
        for c in theirs.codes.get(&node).into_iter().flatten() {
            by_code.entry(c).or_default().insert(iri);
        }
        for l in theirs.labels.get(&node).into_iter().flatten() {
            by_label.entry(l).or_default().insert(iri);
        }
    }

    let mut report = LinkReport {
        entities: entities.len(),
        external_subjects: subjects.len(),
        ..LinkReport::default()
    };
    let display = |e: &NamedNode| ours.display_label(&NamedOrBlankNode::NamedNode(e.clone()));
    let mut settled: HashSet<&NamedNode> = HashSet::new();

    if by.codes() {
        for entity in entities.keys() {
            let node = NamedOrBlankNode::NamedNode(entity.clone());
            let mut candidates = candidates_by(ours.codes.get(&node), &by_code, entity);
            if candidates.is_empty() {
                continue;
            }
            if candidates.len() > 1 {
                // several subjects with the code (a former and a current item…): the name decides
                let names = ours.labels.get(&node);
                let named: BTreeSet<&NamedNode> = candidates
                    .iter()
                    .copied()
                    .filter(|c| intersects(names, theirs.labels.get(&NamedOrBlankNode::NamedNode((*c).clone()))))
                    .collect();
                if !named.is_empty() {
                    candidates = named;
                }
            }
            settled.insert(entity);
            decide(&mut report, entity, display(entity), candidates, Basis::Code);
        }
    }

    if by.labels() {
        for (entity, families) in &entities {
            if settled.contains(entity) {
                continue;
            }
            let node = NamedOrBlankNode::NamedNode(entity.clone());
            let candidates = candidates_by(ours.labels.get(&node), &by_label, entity);
            if candidates.is_empty() {
                continue;
            }
            let our_codes = ours.codes.get(&node);
            let our_place = ours.context(&node);
            let mut ranked: BTreeMap<u8, BTreeSet<&NamedNode>> = BTreeMap::new();
            for c in candidates {
                let their = NamedOrBlankNode::NamedNode(c.clone());
                if !compatible(families, &theirs.families(&their)) {
                    continue;
                }
                if let (Some(a), Some(b)) = (our_codes, theirs.codes.get(&their)) {
                    if a.is_disjoint(b) {
                        continue;
                    }
                }
                let rank = match our_place.compare(&theirs.context(&their)) {
                    Placement::Contradicts => continue,
                    Placement::SameContainer => 3,
                    Placement::Agrees => 2,
                    Placement::Unknown => 1,
                };
                ranked.entry(rank).or_default().insert(c);
            }
            if let Some((_, best)) = ranked.pop_last() {
                decide(&mut report, entity, display(entity), best, Basis::Label);
            }
        }
    }

    let key = |label: &str, iri: &NamedNode| (label.to_string(), iri.as_str().to_string());
    report.links.sort_by_key(|l| (key(&l.label, &l.entity), l.external.as_str().to_string()));
    report.ambiguous.sort_by_key(|a| key(&a.label, &a.entity));
    report.scope = subjects.into_iter().collect();
    Ok(report)
}

fn decide(report: &mut LinkReport, entity: &NamedNode, label: String, candidates: BTreeSet<&NamedNode>, basis: Basis) {
    let mut candidates: Vec<NamedNode> = candidates.into_iter().cloned().collect();
    match candidates.len() {
        0 => {}
        1 => report.links.push(Link {
            entity: entity.clone(),
            label,
            external: candidates.pop().expect("one candidate"),
            basis,
        }),
        _ => report.ambiguous.push(Ambiguous { entity: entity.clone(), label, candidates, basis }),
    }
}

/// Writes the links of `report` into [`LINKS_GRAPH`], in one transaction, after
/// removing the links an earlier run wrote to the same external subjects. Returns the
/// number of link quads written.
pub fn write_links(store: &Store, report: &LinkReport) -> Result<usize, LinkError> {
    let graph = NamedNodeRef::new_unchecked(LINKS_GRAPH);
    let scope: HashSet<&str> = report.scope.iter().map(|n| n.as_str()).collect();
    let mut stale = Vec::new();
    for p in [OWL_SAME_AS, SKOS_EXACT_MATCH] {
        for quad in store.quads_for_pattern(None, Some(NamedNodeRef::new_unchecked(p)), None, Some(graph.into())) {
            let quad = quad?;
            if matches!(&quad.object, Term::NamedNode(o) if scope.contains(o.as_str())) {
                stale.push(quad);
            }
        }
    }
    let fresh: Vec<Quad> = report.links.iter().flat_map(Link::quads).collect();
    let mut tx = store.start_transaction()?;
    for quad in &stale {
        tx.remove(quad);
    }
    tx.extend(&fresh);
    tx.commit()?;
    Ok(fresh.len())
}

// ---------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------

/// A 12-digit division code from any written form: `"32 04 12 100"` (Wikidata's P442),
/// `"320412100"`, `"320412100000"`. Spaces and other separators are dropped, the
/// digits padded with zeros to 12; Wikidata's 15-digit village form (code plus the
/// 3-digit urban-rural class) keeps its first 12. `None` when no digit is left or the
/// value holds anything but digits and separators.
pub fn normalize_code(code: &str) -> Option<String> {
    let mut digits = String::with_capacity(12);
    for c in code.trim().chars() {
        match c {
            '0'..='9' => digits.push(c),
            '０'..='９' => digits.push(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)),
            ' ' | '\u{3000}' | '-' | '.' | '_' | '\t' => {}
            _ => return None,
        }
    }
    match digits.len() {
        0 => None,
        1..=12 => Some(format!("{digits:0<12}")),
        15 => Some(digits[..12].to_string()),
        _ => None,
    }
}

/// The significant digits of a 12-digit code, by the table's levels (2 province,
/// 4 city, 6 county, 9 township, 12 village): `320412100000` → `320412100`.
fn significant(code12: &str) -> &str {
    for len in [2, 4, 6, 9] {
        if code12[len..].bytes().all(|b| b == b'0') {
            return &code12[..len];
        }
    }
    code12
}

/// A label as it is compared: full-width ASCII forms made half-width, white space and
/// quotation marks dropped, Latin letters in lower case. `“湖塘镇” `, `湖塘镇` and
/// `湖 塘 镇` compare equal; `ＡＢＣ科技` equals `abc科技`.
pub fn normalize_label(label: &str) -> String {
    label
        .chars()
        .filter_map(|c| {
            let c = match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                _ => c,
            };
            let quote = matches!(
                c,
                '"' | '\'' | '“' | '”' | '‘' | '’' | '「' | '」' | '『' | '』' | '〝' | '〞' | '«' | '»' | '`'
            );
            (!(c.is_whitespace() || quote || c.is_control())).then(|| c.to_ascii_lowercase())
        })
        .collect()
}

/// Is the language tag one of simplified Chinese (or none)?
fn is_chinese_or_none(lang: Option<&str>) -> bool {
    match lang.map(str::to_ascii_lowercase) {
        None => true,
        Some(l) => matches!(l.as_str(), "zh" | "zh-hans" | "zh-cn" | "zh-sg") || l.starts_with("zh-hans-"),
    }
}

// ---------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------

/// Wikidata classes recognised as a tupu family (the `wdt:P31` value). Only direct
/// `P31` values are read: an item typed with an unlisted class (a subclass of one of
/// these, say) is of unknown family, so compatible with anything.
pub const WIKIDATA_CLASSES: &[(&str, Family)] = &[
    // people
    ("Q5", Family::Person), // human
    // organisations
    ("Q43229", Family::Organization),   // organization
    ("Q4830453", Family::Organization), // business
    ("Q783794", Family::Organization),  // company
    ("Q6881511", Family::Organization), // enterprise
    ("Q891723", Family::Organization),  // public company
    ("Q327333", Family::Organization),  // government agency
    ("Q2659904", Family::Organization), // government organization
    ("Q7278", Family::Organization),    // political party
    ("Q163740", Family::Organization),  // nonprofit organization
    ("Q48204", Family::Organization),   // voluntary association
    ("Q3918", Family::Organization),    // university
    ("Q3914", Family::Organization),    // school
    ("Q16917", Family::Organization),   // hospital
    ("Q31855", Family::Organization),   // research institute
    // places: administrative divisions of China and generic ones
    ("Q1615742", Family::Place), // province of China
    ("Q1208802", Family::Place), // direct-administered municipality of China
    ("Q57362", Family::Place),   // autonomous region of China
    ("Q779415", Family::Place),  // special administrative region of China
    ("Q748149", Family::Place),  // prefecture-level city
    ("Q250811", Family::Place),  // sub-provincial division
    ("Q1070990", Family::Place), // county-level city of China
    ("Q1065118", Family::Place), // district of China
    ("Q1289426", Family::Place), // county of China
    ("Q735428", Family::Place),  // town of China
    ("Q1500350", Family::Place), // township of China
    ("Q986065", Family::Place),  // subdistrict of China (街道)
    ("Q2365159", Family::Place), // sumu
    ("Q50231", Family::Place),   // administrative territorial entity of the PRC
    ("Q56061", Family::Place),   // administrative territorial entity
    ("Q10864048", Family::Place), // first-level administrative country subdivision
    ("Q13220204", Family::Place), // second-level administrative country subdivision
    ("Q13221722", Family::Place), // third-level administrative country subdivision
    ("Q486972", Family::Place),  // human settlement
    ("Q515", Family::Place),     // city
    ("Q3957", Family::Place),    // town
    ("Q532", Family::Place),     // village
    ("Q6256", Family::Place),    // country
    // events
    ("Q1656682", Family::Event), // event
];

/// schema.org classes recognised as a tupu family.
pub const SCHEMA_CLASSES: &[(&str, Family)] = &[
    ("Person", Family::Person),
    ("Organization", Family::Organization),
    ("GovernmentOrganization", Family::Organization),
    ("Corporation", Family::Organization),
    ("NGO", Family::Organization),
    ("EducationalOrganization", Family::Organization),
    ("CollegeOrUniversity", Family::Organization),
    ("MedicalOrganization", Family::Organization),
    ("Hospital", Family::Organization),
    ("ResearchOrganization", Family::Organization),
    ("PoliticalParty", Family::Organization),
    ("Place", Family::Place),
    ("AdministrativeArea", Family::Place),
    ("City", Family::Place),
    ("State", Family::Place),
    ("Country", Family::Place),
    ("Project", Family::Project),
    ("Event", Family::Event),
];

/// The tupu family an external class stands for, when it is recognised: the tupu
/// classes themselves, [`SCHEMA_CLASSES`], [`WIKIDATA_CLASSES`], W3C ORG's
/// organisations, `prov:Plan` (an initiative), `foaf:Person` and `foaf:Organization`.
pub fn family_of_type(iri: &str) -> Option<Family> {
    if let Some(local) = iri.strip_prefix(vocab::TP) {
        return Class::ALL.iter().find(|c| c.local_name() == local).map(|c| c.family());
    }
    if let Some(local) = iri.strip_prefix(vocab::SCHEMA).or_else(|| iri.strip_prefix("http://schema.org/")) {
        return SCHEMA_CLASSES.iter().find(|(l, _)| *l == local).map(|(_, f)| *f);
    }
    if let Some(q) = iri.strip_prefix(WD) {
        return WIKIDATA_CLASSES.iter().find(|(l, _)| *l == q).map(|(_, f)| *f);
    }
    if let Some(local) = iri.strip_prefix(vocab::ORG) {
        return matches!(local, "Organization" | "FormalOrganization" | "OrganizationalUnit")
            .then_some(Family::Organization);
    }
    match iri {
        "http://www.w3.org/ns/prov#Plan" => Some(Family::Initiative),
        "http://xmlns.com/foaf/0.1/Person" => Some(Family::Person),
        "http://xmlns.com/foaf/0.1/Organization" => Some(Family::Organization),
        _ => None,
    }
}

/// Unknown on either side is compatible; known families must share one.
fn compatible(ours: &BTreeSet<Family>, theirs: &BTreeSet<Family>) -> bool {
    ours.is_empty() || theirs.is_empty() || !ours.is_disjoint(theirs)
}

fn intersects(a: Option<&BTreeSet<String>>, b: Option<&BTreeSet<String>>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if !a.is_disjoint(b))
}

// ---------------------------------------------------------------------------------------
// Reading a graph
// ---------------------------------------------------------------------------------------

/// What linking reads of a graph (all named graphs merged), per subject.
#[derive(Default)]
struct View {
    /// Normalised labels.
    labels: HashMap<NamedOrBlankNode, BTreeSet<String>>,
    /// The `rdfs:label` as written, for messages.
    display: HashMap<NamedOrBlankNode, String>,
    /// 12-digit codes.
    codes: HashMap<NamedOrBlankNode, BTreeSet<String>>,
    /// Type IRIs (`rdf:type` and `wdt:P31`) that [`family_of_type`] recognises.
    types: HashMap<NamedOrBlankNode, BTreeSet<String>>,
    /// Direct containers.
    containers: HashMap<NamedOrBlankNode, HashSet<NamedOrBlankNode>>,
}

const LABELS: &[&str] = &[
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "https://schema.org/name",
    "http://schema.org/name",
];
const CODES: &[&str] = &[vocab::WIKIDATA_P442, concat!("https://w3id.org/tupu/ontology#", "adminCode")];
const CONTAINERS: &[&str] = &[
    "http://www.wikidata.org/prop/direct/P131",
    concat!("https://w3id.org/tupu/ontology#", "locatedIn"),
    "https://schema.org/containedInPlace",
    "http://schema.org/containedInPlace",
];
const TYPES: &[&str] = &["http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.wikidata.org/prop/direct/P31"];

/// How far up `locatedIn` / `P131` chains are followed (village → province is 4 steps).
const MAX_DEPTH: usize = 8;

impl View {
    fn read(store: &Store) -> Result<View, StorageError> {
        debug_assert_eq!(CODES[1], format!("{}{}", vocab::TP, tp::ADMIN_CODE));
        debug_assert_eq!(CONTAINERS[1], format!("{}{}", vocab::TP, tp::LOCATED_IN));
        debug_assert_eq!(TYPES[0], rdf::TYPE.as_str());
        let mut view = View::default();
        let each = |p: &str, f: &mut dyn FnMut(NamedOrBlankNode, Term)| -> Result<(), StorageError> {
            for quad in store.quads_for_pattern(None, Some(NamedNodeRef::new_unchecked(p)), None, None::<GraphNameRef<'_>>) {
                let quad = quad?;
                f(quad.subject, quad.object);
            }
            Ok(())
        };
        for (i, p) in LABELS.iter().enumerate() {
            each(p, &mut |s, o| {
                let Term::Literal(l) = o else { return };
                if !is_chinese_or_none(l.language()) {
                    return;
                }
                let norm = normalize_label(l.value());
                if norm.is_empty() {
                    return;
                }
                if i == 0 {
                    // the smallest rdfs:label, so that messages are stable
                    let shown = view.display.entry(s.clone()).or_insert_with(|| l.value().to_string());
                    if l.value() < shown.as_str() {
                        *shown = l.value().to_string();
                    }
                }
                view.labels.entry(s).or_default().insert(norm);
            })?;
        }
        for p in CODES {
            each(p, &mut |s, o| {
                if let Term::Literal(l) = o {
                    if let Some(code) = normalize_code(l.value()) {
                        view.codes.entry(s).or_default().insert(code);
                    }
                }
            })?;
        }
        for p in TYPES {
            each(p, &mut |s, o| {
                // only the types that say a family (not nif:Phrase, rdf:Statement…)
                if let Term::NamedNode(t) = o {
                    if family_of_type(t.as_str()).is_some() {
                        view.types.entry(s).or_default().insert(t.into_string());
                    }
                }
            })?;
        }
        for p in CONTAINERS {
            each(p, &mut |s, o| {
                let container = match o {
                    Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n),
                    Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b),
                    Term::Literal(_) => return,
                };
                if container != s {
                    view.containers.entry(s).or_default().insert(container);
                }
            })?;
        }
        Ok(view)
    }

    /// Every subject with a label, code, type or container.
    fn subjects(&self) -> HashSet<&NamedOrBlankNode> {
        self.labels
            .keys()
            .chain(self.codes.keys())
            .chain(self.types.keys())
            .chain(self.containers.keys())
            .collect()
    }

    fn display_label(&self, node: &NamedOrBlankNode) -> String {
        match (self.display.get(node), node) {
            (Some(l), _) => l.clone(),
            (None, NamedOrBlankNode::NamedNode(n)) => n.as_str().to_string(),
            (None, NamedOrBlankNode::BlankNode(b)) => b.to_string(),
        }
    }

    /// The families the subject's types say; a subject with a division code is a place.
    fn families(&self, node: &NamedOrBlankNode) -> BTreeSet<Family> {
        let mut families: BTreeSet<Family> =
            self.types.get(node).into_iter().flatten().filter_map(|t| family_of_type(t)).collect();
        if self.codes.contains_key(node) {
            families.insert(Family::Place);
        }
        families
    }

    /// Where the subject is, by its containers: the direct ones, and all of them up
    /// the chain.
    fn context(&self, node: &NamedOrBlankNode) -> Context {
        let mut context = Context::default();
        let mut seen: HashSet<&NamedOrBlankNode> = HashSet::from([node]);
        let mut level: Vec<&NamedOrBlankNode> = self.containers.get(node).into_iter().flatten().collect();
        for depth in 0..MAX_DEPTH {
            let mut next = Vec::new();
            for c in level {
                if !seen.insert(c) {
                    continue;
                }
                let place = Place {
                    codes: self.codes.get(c).into_iter().flatten().map(|s| significant(s).to_string()).collect(),
                    labels: self.labels.get(c).cloned().unwrap_or_default(),
                };
                if depth == 0 {
                    context.direct.push(place.clone());
                }
                context.all.push(place);
                next.extend(self.containers.get(c).into_iter().flatten());
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        context
    }
}

/// A container: its codes (significant digits) and normalised labels.
#[derive(Debug, Clone, Default)]
struct Place {
    codes: BTreeSet<String>,
    labels: BTreeSet<String>,
}

#[derive(Debug, Default)]
struct Context {
    direct: Vec<Place>,
    all: Vec<Place>,
}

/// What two locations say of each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// Two container codes lie in different divisions.
    Contradicts,
    /// The candidate is in the entity's own container (same code, a code inside it, or
    /// the same name).
    SameContainer,
    /// They agree on some container up the chain.
    Agrees,
    /// One side says nothing, or nothing comparable.
    Unknown,
}

/// Is one code inside (or equal to) the other?
fn nested(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

impl Context {
    /// `self` is the tupu entity's location, `theirs` the candidate's.
    fn compare(&self, theirs: &Context) -> Placement {
        let codes = |c: &Context| -> Vec<String> { c.all.iter().flat_map(|p| p.codes.iter().cloned()).collect() };
        let (ours_codes, their_codes) = (codes(self), codes(theirs));
        if ours_codes.iter().any(|a| their_codes.iter().any(|b| !nested(a, b))) {
            return Placement::Contradicts;
        }
        let inside = |d: &Place| {
            theirs.all.iter().any(|t| {
                !d.labels.is_disjoint(&t.labels)
                    || d.codes.iter().any(|dc| t.codes.iter().any(|tc| tc.starts_with(dc.as_str())))
            })
        };
        if self.direct.iter().any(inside) {
            return Placement::SameContainer;
        }
        let agree = !ours_codes.is_empty() && !their_codes.is_empty()
            || self.all.iter().any(|a| theirs.all.iter().any(|t| !a.labels.is_disjoint(&t.labels)));
        if agree {
            Placement::Agrees
        } else {
            Placement::Unknown
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::RdfFormat;

    const PREFIXES: &str = "
        @prefix tp: <https://w3id.org/tupu/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix schema: <https://schema.org/> .
        @prefix wd: <http://www.wikidata.org/entity/> .
        @prefix wdt: <http://www.wikidata.org/prop/direct/> .
        @prefix p: <https://w3id.org/tupu/id/place/> .
        @prefix o: <https://w3id.org/tupu/id/org/> .
        @prefix x: <http://example.org/x/> .
    ";

    fn store(ttl: &str) -> Store {
        let store = Store::new().unwrap();
        store
            .load_from_slice(RdfParser::from_format(RdfFormat::Turtle), format!("{PREFIXES}{ttl}").as_bytes())
            .unwrap();
        store
    }

    /// A small tupu graph: 湖塘镇 (coded) in 武进区 (coded), 星河社区 in 湖塘镇, a company.
    fn ours() -> Store {
        store(
            r#"
            p:320412000000 a tp:AdministrativeDivision ; rdfs:label "武进区"@zh ; tp:adminCode "320412000000" .
            p:320412100000 a tp:AdministrativeDivision ; rdfs:label "湖塘镇"@zh ; skos:altLabel "湖塘"@zh ;
                tp:adminCode "320412100000" ; tp:locatedIn p:320412000000 .
            p:星河社区 a tp:Community ; rdfs:label "星河社区"@zh ; tp:locatedIn p:320412100000 .
            o:翠岭公司 a tp:Company ; rdfs:label "常州翠岭精密机械有限公司"@zh ; skos:altLabel "翠岭公司"@zh .
            "#,
        )
    }

    fn iris(links: &[Link]) -> Vec<(String, String, Basis)> {
        links.iter().map(|l| (l.label.clone(), l.external.as_str().to_string(), l.basis)).collect()
    }

    #[test]
    fn codes_are_normalised_to_twelve_digits() {
        assert_eq!(normalize_code("32").as_deref(), Some("320000000000"));
        assert_eq!(normalize_code("32 04").as_deref(), Some("320400000000"));
        assert_eq!(normalize_code("32 04 12 100").as_deref(), Some("320412100000"));
        assert_eq!(normalize_code("320412100000").as_deref(), Some("320412100000"));
        assert_eq!(normalize_code("32 04 12 100 201 111").as_deref(), Some("320412100201"));
        assert_eq!(normalize_code("３２ ０４").as_deref(), Some("320400000000"));
        assert_eq!(normalize_code("Q16963"), None);
        assert_eq!(normalize_code(" "), None);
        assert_eq!(significant("320412100000"), "320412100");
        assert_eq!(significant("320400000000"), "3204");
        assert_eq!(significant("320412100201"), "320412100201");
    }

    #[test]
    fn labels_compare_without_width_space_or_quotes() {
        assert_eq!(normalize_label("“湖塘镇” "), "湖塘镇");
        assert_eq!(normalize_label("湖 塘\u{3000}镇"), "湖塘镇");
        assert_eq!(normalize_label("ＡＢＣ科技（常州）"), "abc科技(常州)");
        assert_eq!(normalize_label("「131星」模式"), "131星模式");
    }

    #[test]
    fn types_map_to_families() {
        assert_eq!(family_of_type("http://www.wikidata.org/entity/Q5"), Some(Family::Person));
        assert_eq!(family_of_type("http://www.wikidata.org/entity/Q735428"), Some(Family::Place));
        assert_eq!(family_of_type("https://schema.org/Corporation"), Some(Family::Organization));
        assert_eq!(family_of_type("https://w3id.org/tupu/ontology#Community"), Some(Family::Place));
        assert_eq!(family_of_type("http://www.w3.org/ns/org#Organization"), Some(Family::Organization));
        assert_eq!(family_of_type("http://www.wikidata.org/entity/Q1"), None);
        assert!(WIKIDATA_CLASSES.iter().all(|(q, _)| q.starts_with('Q')));
    }

    #[test]
    fn a_code_links_by_identity_whatever_its_spacing() {
        let external = store(
            r#"
            x:wujin rdfs:label "武进区"@zh ; wdt:P442 "32 04 12" .
            x:hutang rdfs:label "Hutang"@en ; tp:adminCode "320412100" .
            "#,
        );
        let report = link(&ours(), &external, LinkBy::Code).unwrap();
        assert_eq!(
            iris(&report.links),
            vec![
                ("武进区".into(), "http://example.org/x/wujin".into(), Basis::Code),
                ("湖塘镇".into(), "http://example.org/x/hutang".into(), Basis::Code),
            ]
        );
        assert_eq!((report.entities, report.unmatched()), (4, 2));
        let quads = report.links[0].quads();
        assert_eq!(quads.len(), 2);
        assert!(quads.iter().all(|q| q.graph_name.to_string() == format!("<{LINKS_GRAPH}>")));
    }

    #[test]
    fn two_subjects_with_one_code_are_told_apart_by_name_or_left_ambiguous() {
        let named = store(
            r#"
            x:old rdfs:label "武进县"@zh ; wdt:P442 "32 04 12" .
            x:new rdfs:label "武进区"@zh ; wdt:P442 "32 04 12" .
            "#,
        );
        let report = link(&ours(), &named, LinkBy::Both).unwrap();
        assert_eq!(iris(&report.links), vec![("武进区".into(), "http://example.org/x/new".into(), Basis::Code)]);
        let unnamed = store(r#" x:a wdt:P442 "32 04 12" . x:b wdt:P442 "320412" . "#);
        let report = link(&ours(), &unnamed, LinkBy::Both).unwrap();
        assert!(report.links.is_empty());
        assert_eq!(report.ambiguous.len(), 1);
        assert_eq!(report.ambiguous[0].candidates.len(), 2);
    }

    #[test]
    fn labels_link_with_exact_match_only_and_respect_types() {
        let external = store(
            r#"
            x:company rdfs:label "常州翠岭精密机械有限公司"@zh-Hans ; wdt:P31 wd:Q4830453 .
            x:person schema:name "武进区" ; wdt:P31 wd:Q5 .
            x:english rdfs:label "湖塘镇"@en .
            "#,
        );
        let report = link(&ours(), &external, LinkBy::Label).unwrap();
        assert_eq!(
            iris(&report.links),
            vec![("常州翠岭精密机械有限公司".into(), "http://example.org/x/company".into(), Basis::Label)]
        );
        assert_eq!(report.links[0].quads().len(), 1);
        assert!(report.links[0].quads()[0].predicate.as_str().ends_with("exactMatch"));
    }

    #[test]
    fn an_alt_label_is_a_name_too_and_a_different_code_is_a_clash() {
        let external = store(
            r#"
            x:short rdfs:label "翠岭公司"@zh .
            x:elsewhere rdfs:label "湖塘镇"@zh ; wdt:P442 "33 01 02 100" .
            "#,
        );
        let report = link(&ours(), &external, LinkBy::Label).unwrap();
        assert_eq!(iris(&report.links), vec![("常州翠岭精密机械有限公司".into(), "http://example.org/x/short".into(), Basis::Label)]);
    }

    #[test]
    fn location_breaks_ties_and_a_contradicting_location_excludes() {
        let external = store(
            r#"
            x:hutang wdt:P442 "32 04 12 100" ; rdfs:label "湖塘镇"@zh .
            x:yuexi wdt:P442 "32 05 06 003" ; rdfs:label "越溪街道"@zh .
            x:here rdfs:label "星河社区"@zh ; wdt:P131 x:hutang .
            x:there rdfs:label "星河社区"@zh ; wdt:P131 x:yuexi .
            x:nowhere rdfs:label "星河社区"@zh .
            "#,
        );
        let report = link(&ours(), &external, LinkBy::Both).unwrap();
        assert!(iris(&report.links).contains(&("星河社区".into(), "http://example.org/x/here".into(), Basis::Label)));
        assert!(report.ambiguous.is_empty());

        // without the right one: the located candidate contradicts, the other is alone
        let external = store(
            r#"
            x:yuexi wdt:P442 "32 05 06 003" .
            x:there rdfs:label "星河社区"@zh ; wdt:P131 x:yuexi .
            x:nowhere rdfs:label "星河社区"@zh .
            "#,
        );
        let report = link(&ours(), &external, LinkBy::Label).unwrap();
        assert_eq!(iris(&report.links), vec![("星河社区".into(), "http://example.org/x/nowhere".into(), Basis::Label)]);

        // a container named like ours counts as the same container
        let external = store(
            r#"
            x:town rdfs:label "湖塘镇"@zh .
            x:here rdfs:label "星河社区"@zh ; schema:containedInPlace x:town .
            x:nowhere rdfs:label "星河社区"@zh .
            "#,
        );
        let report = link(&ours(), &external, LinkBy::Label).unwrap();
        assert!(iris(&report.links).contains(&("星河社区".into(), "http://example.org/x/here".into(), Basis::Label)));
    }

    #[test]
    fn equal_candidates_are_ambiguous() {
        let external = store(r#" x:a rdfs:label "星河社区"@zh . x:b skos:altLabel "星河社区" . "#);
        let report = link(&ours(), &external, LinkBy::Label).unwrap();
        assert!(report.links.is_empty());
        assert_eq!(report.ambiguous.len(), 1);
        assert_eq!(report.ambiguous[0].label, "星河社区");
        assert_eq!(report.unmatched(), 3);
    }

    #[test]
    fn writing_twice_replaces_the_links_to_the_same_subjects() {
        let tupu = ours();
        let external = store(r#" x:w wdt:P442 "32 04 12" . x:c rdfs:label "翠岭公司"@zh . "#);
        let report = link(&tupu, &external, LinkBy::Both).unwrap();
        assert_eq!(write_links(&tupu, &report).unwrap(), 3);
        let before = tupu.len().unwrap();
        write_links(&tupu, &report).unwrap();
        assert_eq!(tupu.len().unwrap(), before);

        // the company's item changed its name: its stale link goes
        let external = store(r#" x:w wdt:P442 "32 04 12" . x:c rdfs:label "翠岭集团"@zh . "#);
        let report = link(&tupu, &external, LinkBy::Both).unwrap();
        write_links(&tupu, &report).unwrap();
        assert_eq!(tupu.len().unwrap(), before - 1);
        // links to another dataset stay
        let other = store(r#" x:other rdfs:label "星河社区"@zh . "#);
        write_links(&tupu, &link(&tupu, &other, LinkBy::Both).unwrap()).unwrap();
        let report = link(&tupu, &external, LinkBy::Both).unwrap();
        write_links(&tupu, &report).unwrap();
        assert_eq!(tupu.len().unwrap(), before);
    }

    #[test]
    fn formats_follow_the_extension() {
        assert_eq!(format_from_path(Path::new("a/wd.ttl")), Some(RdfFormat::Turtle));
        assert_eq!(format_from_path(Path::new("wd.NQ")), Some(RdfFormat::NQuads));
        assert_eq!(format_from_path(Path::new("wd.xml")), Some(RdfFormat::RdfXml));
        assert!(matches!(format_from_path(Path::new("wd.jsonld")), Some(RdfFormat::JsonLd { .. })));
        assert_eq!(format_from_path(Path::new("wd.txt")), None);
    }
}
