//! Extract one article and print what tupu found, readably.
//!
//! ```sh
//! cargo run --release --example inspect -- examples/articles/qinghe-town.txt
//! cargo run --release --example inspect -- article.txt --nquads > article.nq
//! cargo run --release --example inspect -- article.txt --words   # the words the rules see
//! cargo run --release --example inspect -- --timings              # start-up costs
//! ```

use oxigraph::io::{RdfFormat, RdfSerializer};
use tupu::{Extractor, Mapper, SourceDoc};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--timings") {
        // start-up costs: the division table alone, then the whole extractor
        let t = std::time::Instant::now();
        let gaz = tupu::gazetteer::Gazetteer::load();
        let table = t.elapsed();
        let t = std::time::Instant::now();
        let _ = Extractor::new();
        println!(
            "division table: {} entries loaded in {:.1} ms; extractor (jieba + lexicons + table) built in {:.1} ms",
            gaz.divisions.len(),
            table.as_secs_f64() * 1e3,
            t.elapsed().as_secs_f64() * 1e3
        );
        return Ok(());
    }
    let path = args.iter().find(|a| !a.starts_with("--")).ok_or("usage: inspect FILE [--nquads | --words] | --timings")?;
    let text = std::fs::read_to_string(path)?;
    let id = std::path::Path::new(path).file_stem().and_then(|s| s.to_str()).unwrap_or("doc").to_string();
    let doc = SourceDoc { id, source: path.clone(), text, ..Default::default() };
    let extractor = Extractor::new();
    if args.iter().any(|a| a == "--words") {
        for (w, t) in extractor.words(&doc.text) {
            print!("{w}/{t:?} ");
        }
        println!();
        return Ok(());
    }
    let ex = extractor.extract(&doc)?;
    if args.iter().any(|a| a == "--nquads") {
        let mut w = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(std::io::stdout().lock());
        for q in Mapper::default().quads(&ex) {
            w.serialize_quad(&q)?;
        }
        let _ = w.finish()?;
        return Ok(());
    }
    let name = |i: usize| ex.entities[i].label.as_str();
    println!("# {} — subject place: {:?}", ex.title, ex.subject_place.map(name));
    for (i, e) in ex.entities.iter().enumerate() {
        let n = ex.mentions.iter().filter(|m| m.entity == i).count();
        println!("{:<24} {:<22} ×{n} {}", format!("{:?}", e.class), e.label, e.alt_labels.join(" | "));
    }
    println!();
    for r in &ex.relations {
        println!("{} --{:?}--> {}", name(r.subject), r.predicate, name(r.object));
    }
    for p in &ex.posts {
        println!("{} holds {} in {}", name(p.person), p.role, name(p.org));
    }
    for m in &ex.measurements {
        println!("{}: {} = {} {} {:?}", name(m.entity), m.quantity, m.value, m.unit, m.qualifiers);
    }
    for d in &ex.dates {
        println!("{} date {:?}", name(d.entity), d.date.value);
    }
    Ok(())
}
