//! Every IRI tupu writes, as constants.
//!
//! The ontology in `ontology/tupu.ttl` declares each `tp:` term used here; the test
//! `every_emitted_term_is_declared` (tests/ontology.rs) reads that file and checks it,
//! so a term cannot be emitted without being defined.

/// Namespace of the project's ontology.
pub const TP: &str = "https://w3id.org/tupu/ontology#";
/// Default base for instance IRIs (entities, documents, mentions).
pub const DEFAULT_BASE: &str = "https://w3id.org/tupu/id/";
/// Named graph holding the ontology itself.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/tupu/ontology";
/// Named graph holding background knowledge that does not come from a document's text
/// (for instance facts taken from the administrative-division table).
pub const BACKGROUND_GRAPH: &str = "https://w3id.org/tupu/graph/background";

/// Wikidata's property for the official division code (P442), in its `wdt:` form.
pub const WIKIDATA_P442: &str = "http://www.wikidata.org/prop/direct/P442";

pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const ORG: &str = "http://www.w3.org/ns/org#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const QUDT: &str = "http://qudt.org/schema/qudt/";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const ITSRDF: &str = "http://www.w3.org/2005/11/its/rdf#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
pub const SCHEMA: &str = "https://schema.org/";

/// Prefixes used when writing Turtle / TriG, in a stable order.
pub const PREFIXES: &[(&str, &str)] = &[
    ("tp", TP),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("xsd", XSD),
    ("owl", OWL),
    ("org", ORG),
    ("skos", SKOS),
    ("qudt", QUDT),
    ("nif", NIF),
    ("itsrdf", ITSRDF),
    ("prov", PROV),
    ("dcterms", DCTERMS),
    ("schema", SCHEMA),
    ("wdt", "http://www.wikidata.org/prop/direct/"),
];

macro_rules! terms {
    ($ns:ident: $($name:ident = $local:literal),* $(,)?) => {
        $(pub const $name: &str = concat!($local);)*
        /// Every local name above.
        pub const ALL: &[&str] = &[$($local),*];
    };
}

/// Local names of the `tp:` terms (prepend [`TP`]).
pub mod tp {
    terms!(TP:
        // classes: entities
        ORGANIZATION = "Organization",
        GOVERNMENT_BODY = "GovernmentBody",
        PARTY_ORGANIZATION = "PartyOrganization",
        COMPANY = "Company",
        INSTITUTION = "Institution",
        SOCIAL_ORGANIZATION = "SocialOrganization",
        ADMINISTRATIVE_DIVISION = "AdministrativeDivision",
        COMMUNITY = "Community",
        PROJECT = "Project",
        INITIATIVE = "Initiative",
        PERSON = "Person",
        EVENT = "Event",
        // classes: provenance and figures
        DOCUMENT = "Document",
        MEASUREMENT = "Measurement",
        BOUND = "Bound",
        // relations between entities
        LOCATED_IN = "locatedIn",
        PART_OF = "partOf",
        IMPLEMENTS = "implements",
        UNDERTAKES = "undertakes",
        PARTICIPANT = "participant",
        // figures
        MEASURE = "measure",
        QUANTITY = "quantity",
        UNIT_TEXT = "unitText",
        PER_UNIT = "perUnit",
        QUALIFIER = "qualifier",
        BOUND_PROP = "bound",
        ESTIMATED = "estimated",
        CHANGE_OF = "changeOf",
        SHARE_OF = "shareOf",
        VALID_AT = "validAt",
        VALID_AT_TEXT = "validAtText",
        // bounds (individuals of tp:Bound)
        MORE_THAN = "moreThan",
        AT_LEAST = "atLeast",
        APPROXIMATELY = "approximately",
        LESS_THAN = "lessThan",
        AT_MOST = "atMost",
        // dates and provenance
        DATE = "date",
        DATE_TEXT = "dateText",
        EVIDENCE = "evidence",
        SUBJECT_PLACE = "subjectPlace",
        ROLE_TEXT = "roleText",
        EXTRACTOR = "extractor",
        // linking (administrative divisions)
        ADMIN_CODE = "adminCode",
        ADMIN_LEVEL = "adminLevel",
        PROVINCE_LEVEL = "ProvinceLevel",
        CITY_LEVEL = "CityLevel",
        COUNTY_LEVEL = "CountyLevel",
        TOWNSHIP_LEVEL = "TownshipLevel",
        ADMIN_LEVEL_CLASS = "AdministrativeLevel",
    );
}
