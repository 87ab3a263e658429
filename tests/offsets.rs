//! Offsets are exact: every span tupu reports slices the source text back to what it
//! says it found, in the extraction and in the RDF.
//!
//! The idea of huggingface/tokenizers' `tests/offsets.rs`: slice the *original* input
//! with each offset and compare. Offsets are Unicode code points into
//! `SourceDoc::text` (= `nif:isString`), half-open. The normalize stage rewrites
//! full-width characters, drops white space and boilerplate lines, so input that
//! exercises those is where a slip would show.

use oxigraph::model::{Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::path::{Path, PathBuf};
use tupu::input::{expand_inputs, Documents};
use tupu::model::Extraction;
use tupu::{Extractor, Mapper, SourceDoc};

fn manifest(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Every document of the example articles and the test fixtures (text, JSONL, HTML),
/// read the way `tupu build` reads them.
fn corpus() -> Vec<SourceDoc> {
    let inputs = [manifest("examples/articles"), manifest("tests/fixtures")];
    let docs: Vec<SourceDoc> = Documents::new(expand_inputs(&inputs))
        .map(|d| d.unwrap_or_else(|e| panic!("fixture unreadable: {e}")).doc)
        .collect();
    assert!(docs.len() >= 9, "expected the 4 example articles and 5 fixture documents, got {}", docs.len());
    docs
}

/// `text[begin..end]` in code points.
fn slice(text: &str, begin: usize, end: usize) -> String {
    text.chars().skip(begin).take(end - begin).collect()
}

/// The spans of the extraction slice back to their text and nest properly.
fn check_extraction(ex: &Extraction) {
    let len = ex.text.chars().count();
    let id = &ex.doc_id;
    for (i, s) in ex.sentences.iter().enumerate() {
        assert!(s.begin < s.end && s.end <= len, "{id}: sentence {i} [{}, {}) out of bounds (len {len})", s.begin, s.end);
    }
    for m in &ex.mentions {
        assert!(
            m.begin < m.end && m.end <= len,
            "{id}: mention {:?} [{}, {}) out of bounds (len {len})",
            m.text,
            m.begin,
            m.end
        );
        assert_eq!(slice(&ex.text, m.begin, m.end), m.text, "{id}: mention [{}, {}) does not slice back", m.begin, m.end);
        let s = &ex.sentences[m.sentence];
        assert!(
            s.begin <= m.begin && m.end <= s.end,
            "{id}: mention {:?} [{}, {}) lies outside its sentence [{}, {})",
            m.text,
            m.begin,
            m.end,
            s.begin,
            s.end
        );
        assert!(m.entity < ex.entities.len(), "{id}: mention {:?} points at no entity", m.text);
    }
    for m in &ex.measurements {
        assert!(m.begin < m.end && m.end <= len, "{id}: figure [{}, {}) out of bounds", m.begin, m.end);
        let s = &ex.sentences[m.sentence];
        assert!(s.begin <= m.begin && m.end <= s.end, "{id}: figure [{}, {}) outside its sentence", m.begin, m.end);
        if let Some(d) = &m.valid_at {
            assert_eq!(slice(&ex.text, d.begin, d.end), d.text, "{id}: date of a figure does not slice back");
        }
    }
    for d in &ex.dates {
        assert!(d.date.begin < d.date.end && d.date.end <= len, "{id}: date [{}, {}) out of bounds", d.date.begin, d.date.end);
        assert_eq!(slice(&ex.text, d.date.begin, d.date.end), d.date.text, "{id}: date does not slice back");
    }
}

fn run_select(store: &Store, query: &str) -> Vec<Vec<String>> {
    let results = SparqlEvaluator::new().parse_query(query).unwrap().on_store(store).execute().unwrap();
    let QueryResults::Solutions(solutions) = results else { panic!("not a SELECT") };
    let vars = solutions.variables().to_vec();
    solutions
        .map(|s| {
            let s = s.unwrap();
            vars.iter()
                .map(|v| match s.get(v) {
                    Some(Term::Literal(l)) => l.value().to_string(),
                    Some(t) => t.to_string(),
                    None => String::new(),
                })
                .collect()
        })
        .collect()
}

/// In the RDF: every NIF string (phrase or sentence) of the document's graph is the
/// substring of its context's `nif:isString` that its offsets say.
fn check_rdf(ex: &Extraction, quads: &[Quad]) {
    let store = Store::new().unwrap();
    store.extend(quads.iter().cloned()).unwrap();
    let id = &ex.doc_id;

    // ?ok is false (not an error, which a FILTER would silently drop) for a bad string
    let offsets = r#"
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?s ?begin ?end ?anchor ?ok WHERE { GRAPH ?g {
          { ?s a nif:Phrase } UNION { ?s a nif:Sentence }
          OPTIONAL { ?s nif:beginIndex ?begin }
          OPTIONAL { ?s nif:endIndex ?end }
          OPTIONAL { ?s nif:anchorOf ?anchor }
          OPTIONAL { ?s nif:referenceContext/nif:isString ?text }
          BIND (COALESCE(
            ?begin < ?end && ?end <= STRLEN(?text) && SUBSTR(?text, ?begin + 1, ?end - ?begin) = ?anchor,
            false) AS ?ok)
        } }"#;
    let rows = run_select(&store, offsets);
    let distinct_spans: std::collections::HashSet<(usize, usize)> = ex.mentions.iter().map(|m| (m.begin, m.end)).collect();
    assert!(rows.len() > distinct_spans.len(), "{id}: expected a NIF string per mention and per sentence used");
    let bad: Vec<&Vec<String>> = rows.iter().filter(|r| r[4] != "true").collect();
    assert!(bad.is_empty(), "{id}: NIF strings whose offsets do not slice back to nif:anchorOf: {bad:#?}");

    // every mention is a phrase, inside its sentence
    let phrases = r#"
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?p ?b ?e ?sb ?se WHERE { GRAPH ?g {
          ?p a nif:Phrase ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:sentence ?s .
          ?s a nif:Sentence ; nif:beginIndex ?sb ; nif:endIndex ?se .
        } }"#;
    let rows = run_select(&store, phrases);
    assert_eq!(rows.len(), distinct_spans.len(), "{id}: one nif:Phrase (with its sentence) per mention span");
    let number = |v: &str| -> usize { v.parse().unwrap() };
    for row in &rows {
        let (b, e, sb, se) = (number(&row[1]), number(&row[2]), number(&row[3]), number(&row[4]));
        assert!(sb <= b && e <= se, "{id}: phrase {} [{b}, {e}) outside its sentence [{sb}, {se})", row[0]);
    }
}

fn check(extractor: &Extractor, mapper: &Mapper, doc: &SourceDoc) -> Extraction {
    let ex = extractor.extract(doc).unwrap_or_else(|e| panic!("{}: {e}", doc.id));
    assert_eq!(ex.text, doc.text, "{}: the extraction keeps the source text", doc.id);
    check_extraction(&ex);
    check_rdf(&ex, &mapper.quads(&ex));
    ex
}

#[test]
fn offsets_slice_back_on_every_bundled_document() {
    let extractor = Extractor::new();
    let mapper = Mapper::default();
    let mut mentions = 0;
    for doc in corpus() {
        mentions += check(&extractor, &mapper, &doc).mentions.len();
    }
    assert!(mentions > 100, "the bundled documents should yield many mentions, got {mentions}");
}

/// Full-width letters and digits (Ｄ区, １２６．４亩), ideographic and ASCII white
/// space inside lines, a leading blank line, CRLF line ends and a boilerplate footer:
/// all of it changes the normalised text, none of it may shift a source offset.
#[test]
fn offsets_slice_back_on_full_width_text_with_extra_white_space() {
    let text = concat!(
        "\r\n",
        "　　溪桥镇：科技产业园Ｄ区项目开工\r\n",
        "\r\n",
        "　　本报讯　１０月９日上午，澄江市  溪桥镇举行科技产业园Ｄ区项目开工仪式。\r\n",
        "　　该项目由溪桥镇人民政府实施，占地面积１２６．４亩，总投资约３．５亿元，",
        "预计建成后年产值超１０亿元。镇党委书记　李明华　出席仪式。\r\n",
        "　　溪桥镇 柳湾社区 党总支推行“ＡＢ岗”工作法，已服务居民２０００余人次。\r\n",
        "\r\n",
        "版权所有：溪桥镇人民政府　　技术支持：某某网络\r\n",
        "ICP备12345678号\r\n",
    );
    let doc = SourceDoc { id: "full-width".into(), source: "-".into(), text: text.into(), ..Default::default() };
    let extractor = Extractor::new();
    let ex = check(&extractor, &Mapper::default(), &doc);

    // the test means something only if mentions were found across the rewritten parts
    assert!(ex.mentions.len() >= 5, "too few mentions to test: {:#?}", ex.mentions);
    let anchors: Vec<&str> = ex.mentions.iter().map(|m| m.text.as_str()).collect();
    assert!(anchors.iter().any(|a| a.contains("溪桥")), "no mention of 溪桥镇: {anchors:?}");
    // spans that cover rewritten (full-width) characters keep them as written
    assert!(anchors.iter().any(|a| a.contains('Ｄ') || a.contains('Ａ')), "no mention across full-width letters: {anchors:?}");
    let figures: Vec<String> = ex.measurements.iter().map(|m| slice(text, m.begin, m.end)).collect();
    assert!(figures.iter().any(|f| f.contains("１２６．４")), "no figure span over １２６．４亩: {figures:?}");
    assert!(
        ex.mentions.iter().all(|m| !m.text.contains("版权所有") && !m.text.contains("技术支持")),
        "the footer is boilerplate, not article text: {anchors:?}"
    );
    // nothing is found in the footer lines
    let footer = text.chars().count() - "版权所有：溪桥镇人民政府　　技术支持：某某网络\r\nICP备12345678号\r\n".chars().count();
    assert!(ex.mentions.iter().all(|m| m.end <= footer), "a mention in the footer: {anchors:?}");
}

/// A table written as text lines, with full-width digits, ideographic spaces between cells
/// and CRLF line ends: its cells are found in the source and mapped to normalised offsets;
/// every mention and figure of its rows must slice back to the cell it came from.
#[test]
fn offsets_slice_back_on_a_table_of_text_lines() {
    let text = concat!(
        "青禾街道老旧小区改造情况\r\n",
        "今年改造的小区情况如下：\r\n",
        "小区名称　　所属社区　　户数　　改造投资（万元）\r\n",
        "秀水家园　　秀水社区　　３１６　　７４\r\n",
        "机车厂宿舍　牡丹社区　　268　　112.5\r\n",
        "合计　　　　—　　　　　584　　186.5\r\n",
    );
    let doc = SourceDoc { id: "table".into(), source: "-".into(), text: text.into(), ..Default::default() };
    let ex = check(&Extractor::new(), &Mapper::default(), &doc);
    let anchors: Vec<&str> = ex.mentions.iter().map(|m| m.text.as_str()).collect();
    for name in ["秀水家园", "机车厂宿舍", "秀水社区", "牡丹社区"] {
        assert!(anchors.contains(&name), "{name}: {anchors:?}");
    }
    let figures: Vec<(String, String)> = ex.measurements.iter().map(|m| (slice(text, m.begin, m.end), m.value.clone())).collect();
    for (cell, value) in [("３１６", "316"), ("７４", "740000"), ("112.5", "1125000")] {
        assert!(figures.iter().any(|(c, v)| c == cell && v == value), "{cell}: {figures:?}");
    }
}
