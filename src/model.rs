//! The data that flows between the stages: a source document in, an [`Extraction`] out.
//!
//! All offsets are **character (Unicode code point) offsets into the source text**
//! (`SourceDoc::text`), half-open `[begin, end)`, exactly as they are written to
//! `nif:beginIndex` / `nif:endIndex`.

use serde::Serialize;

/// One input document, as read from a file, a JSONL line or stdin.
#[derive(Debug, Clone, Default)]
pub struct SourceDoc {
    /// Stable identifier, used in the document's IRI (`{base}doc/{id}`).
    pub id: String,
    /// Where the document came from (a path, a URL or `-`), written as `dcterms:source`.
    pub source: String,
    /// Title given by the input (JSONL field, HTML `<title>`); when absent it is taken from the text.
    pub title: Option<String>,
    /// Publication date `YYYY-MM-DD` when the input says it; it gives relative dates their year.
    pub date: Option<String>,
    /// Publisher when the input says it.
    pub publisher: Option<String>,
    /// The full text. Offsets of every mention index into this string (in chars).
    pub text: String,
}

/// The family an entity belongs to (the class hierarchy of the ontology, flattened).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Class {
    Organization,
    GovernmentBody,
    PartyOrganization,
    Company,
    Institution,
    SocialOrganization,
    AdministrativeDivision,
    Community,
    Project,
    Initiative,
    Person,
    Event,
}

impl Class {
    /// Local name in the `tp:` namespace.
    pub fn local_name(self) -> &'static str {
        use crate::vocab::tp;
        match self {
            Class::Organization => tp::ORGANIZATION,
            Class::GovernmentBody => tp::GOVERNMENT_BODY,
            Class::PartyOrganization => tp::PARTY_ORGANIZATION,
            Class::Company => tp::COMPANY,
            Class::Institution => tp::INSTITUTION,
            Class::SocialOrganization => tp::SOCIAL_ORGANIZATION,
            Class::AdministrativeDivision => tp::ADMINISTRATIVE_DIVISION,
            Class::Community => tp::COMMUNITY,
            Class::Project => tp::PROJECT,
            Class::Initiative => tp::INITIATIVE,
            Class::Person => tp::PERSON,
            Class::Event => tp::EVENT,
        }
    }

    /// Path segment of the entity's IRI: entities of one family share it, so that the
    /// same name gets the same IRI whatever sub-class a document gives it.
    pub fn iri_segment(self) -> &'static str {
        match self.family() {
            Family::Organization => "org",
            Family::Place => "place",
            Family::Project => "project",
            Family::Initiative => "initiative",
            Family::Person => "person",
            Family::Event => "event",
        }
    }

    pub fn family(self) -> Family {
        match self {
            Class::Organization
            | Class::GovernmentBody
            | Class::PartyOrganization
            | Class::Company
            | Class::Institution
            | Class::SocialOrganization => Family::Organization,
            Class::AdministrativeDivision | Class::Community => Family::Place,
            Class::Project => Family::Project,
            Class::Initiative => Family::Initiative,
            Class::Person => Family::Person,
            Class::Event => Family::Event,
        }
    }

    pub fn is_place(self) -> bool {
        self.family() == Family::Place
    }

    pub const ALL: [Class; 12] = [
        Class::Organization,
        Class::GovernmentBody,
        Class::PartyOrganization,
        Class::Company,
        Class::Institution,
        Class::SocialOrganization,
        Class::AdministrativeDivision,
        Class::Community,
        Class::Project,
        Class::Initiative,
        Class::Person,
        Class::Event,
    ];
}

/// Coarse families: one node per name within a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Family {
    Organization,
    Place,
    Project,
    Initiative,
    Person,
    Event,
}

/// A sentence of the source text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub begin: usize,
    pub end: usize,
}

/// A span of text that names (or refers to) an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub begin: usize,
    pub end: usize,
    /// The source text of the span (what `nif:anchorOf` says).
    pub text: String,
    /// Index into [`Extraction::entities`].
    pub entity: usize,
    /// Index into [`Extraction::sentences`].
    pub sentence: usize,
}

/// One real thing named in the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    pub class: Class,
    /// Preferred name (`rdfs:label`).
    pub label: String,
    /// Other names it goes by in the text (`skos:altLabel`), sorted, without the label.
    pub alt_labels: Vec<String>,
    /// 12-digit official division code when the entity is linked to the gazetteer.
    pub admin_code: Option<String>,
    /// False for places the text does not name but the division table adds (the
    /// province of a town): their facts go to the background graph.
    pub mentioned: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Predicate {
    LocatedIn,
    PartOf,
    Implements,
    Undertakes,
    Participant,
}

impl Predicate {
    pub fn local_name(self) -> &'static str {
        use crate::vocab::tp;
        match self {
            Predicate::LocatedIn => tp::LOCATED_IN,
            Predicate::PartOf => tp::PART_OF,
            Predicate::Implements => tp::IMPLEMENTS,
            Predicate::Undertakes => tp::UNDERTAKES,
            Predicate::Participant => tp::PARTICIPANT,
        }
    }
}

/// A relation between two entities, with the sentence that supports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Relation {
    pub subject: usize,
    pub predicate: Predicate,
    pub object: usize,
    /// Index of the supporting sentence; `None` when the relation comes from background
    /// knowledge (the division table) rather than from the text.
    pub sentence: Option<usize>,
}

/// `person org:holds post; post org:postIn org`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Post {
    pub person: usize,
    pub org: usize,
    /// The role, e.g. 书记.
    pub role: String,
    /// The role as written, e.g. 党总支书记.
    pub role_text: String,
    pub sentence: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Bound {
    MoreThan,
    AtLeast,
    Approximately,
    LessThan,
    AtMost,
}

impl Bound {
    pub fn local_name(self) -> &'static str {
        use crate::vocab::tp;
        match self {
            Bound::MoreThan => tp::MORE_THAN,
            Bound::AtLeast => tp::AT_LEAST,
            Bound::Approximately => tp::APPROXIMATELY,
            Bound::LessThan => tp::LESS_THAN,
            Bound::AtMost => tp::AT_MOST,
        }
    }
}

/// A date as precise as the text says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum DateValue {
    /// `xsd:date`
    Date { year: i32, month: u32, day: u32 },
    /// `xsd:gYearMonth`
    YearMonth { year: i32, month: u32 },
    /// `xsd:gMonthDay`
    MonthDay { month: u32, day: u32 },
    /// `xsd:gYear`
    Year { year: i32 },
}

impl DateValue {
    /// Lexical form and XSD datatype local name.
    pub fn lexical(&self) -> (String, &'static str) {
        match *self {
            DateValue::Date { year, month, day } => (format!("{year:04}-{month:02}-{day:02}"), "date"),
            DateValue::YearMonth { year, month } => (format!("{year:04}-{month:02}"), "gYearMonth"),
            DateValue::MonthDay { month, day } => (format!("--{month:02}-{day:02}"), "gMonthDay"),
            DateValue::Year { year } => (format!("{year:04}"), "gYear"),
        }
    }
}

/// A date found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    pub begin: usize,
    pub end: usize,
    pub text: String,
    pub value: DateValue,
    /// True for "截至…" / "…底" style dates that a figure holds for.
    pub as_of: bool,
}

/// A figure stated about an entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measurement {
    pub entity: usize,
    /// What is measured, as the text says it (e.g. 占地面积).
    pub quantity: String,
    /// The value with 万/亿 applied, as a plain decimal string (e.g. "183000").
    pub value: String,
    /// The unit without the multiplier (平方米, 亩, 元, 家, %).
    pub unit: String,
    /// The period of a rate (日 in 万吨/日).
    pub per_unit: Option<String>,
    pub qualifiers: Vec<String>,
    pub bound: Option<Bound>,
    pub estimated: bool,
    /// Index of the measurement this one is the change of (同比增长).
    pub change_of: Option<usize>,
    /// Index of the measurement this one is a share of / relative to (占…).
    pub share_of: Option<usize>,
    pub valid_at: Option<DateMention>,
    pub begin: usize,
    pub end: usize,
    pub sentence: usize,
}

/// A date attached to an entity (an event's date).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityDate {
    pub entity: usize,
    pub date: DateMention,
    pub sentence: usize,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extraction {
    pub doc_id: String,
    pub source: String,
    pub title: String,
    pub date: Option<String>,
    pub publisher: Option<String>,
    /// The source text (`nif:isString`).
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub relations: Vec<Relation>,
    pub posts: Vec<Post>,
    pub measurements: Vec<Measurement>,
    pub dates: Vec<EntityDate>,
    /// The administrative division the document is about, if any.
    pub subject_place: Option<usize>,
}
