//! The [`Extractor`]: runs every text stage over one document.
//!
//! normalize → sentences → segment → detect → resolve → relate / figures / dates.
//! Stages work in the normalised text; this module maps every span back to the
//! source text at the end, so the offsets written to RDF are exact.

use crate::dates::{self, FoundDate};
use crate::detect::{DocView, Detector};
use crate::figures::{self, Anchor};
use crate::gazetteer::{Gazetteer, Level};
use crate::lexicon;
use crate::model::*;
use crate::normalize::{normalize, Normalized};
use crate::relate::relate;
use crate::resolve::{resolve, Resolution};
use crate::segment::Segmenter;
use crate::sentences;

/// A document could not be extracted.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("the document is empty")]
    Empty,
    #[error("the document has no text once page boilerplate is removed")]
    OnlyBoilerplate,
}

/// Holds what is expensive to build (the segmenter with its lexicons, the gazetteer,
/// the matchers): build it once and share it read-only across threads.
pub struct Extractor {
    segmenter: Segmenter,
    gazetteer: Gazetteer,
    detector: Detector,
}

impl Extractor {
    pub fn new() -> Self {
        let gazetteer = Gazetteer::load();
        let mut words: Vec<(&str, &str)> = Vec::new();
        words.extend(lexicon::SUFFIXES.iter().filter(|s| s.text.chars().count() >= 2).map(|s| (s.text, "n")));
        // posts that start with an organisation word (党总支书记) stay out: the word
        // 党总支 must end where the organisation's name ends
        words.extend(lexicon::POSTS.iter().filter(|p| !p.0.starts_with('党')).map(|p| (p.0, "n")));
        // (words for what a person is, before a name: 绣/娘|李阿英 is 绣娘|李阿英)
        words.extend(lexicon::PERSON_DESCRIPTORS.iter().filter(|d| d.chars().count() >= 2).map(|d| (*d, "n")));
        // (townships named …村镇, which jieba cuts before its dictionary's 村镇: 段/q|村镇/n|人民政府;
        // of three characters, only those a surname starts that ends no common word before
        // 村镇: not 小村镇, 新村镇, 文|明村镇, 提|高村镇, 美|丽村镇)
        let plain_town = |n: &str| {
            let first = n.chars().next().unwrap_or(' ');
            n.chars().count() >= 4 || lexicon::is_surname(first) && !"高明兴华和安富常时景金黄田江沙方文成向连龙良马新中大小上下东西南北双后元光正满里青".contains(first)
        };
        let towns_of_villages: Vec<&str> = gazetteer.divisions.iter().filter(|d| d.level == Level::Township && d.name.ends_with("村镇") && d.name.chars().count() >= 3 && plain_town(&d.name)).map(|d| d.name.as_str()).collect();
        words.extend(towns_of_villages.iter().map(|t| (*t, "ns")));
        // (the cities whose short names jieba's dictionary tags as other words: 合肥/n)
        let cities = gazetteer
            .divisions
            .iter()
            .filter_map(|d| d.short.as_deref().filter(|_| matches!(d.level, Level::Province | Level::City)))
            .filter(|s| gazetteer.by_short(s).iter().filter(|&&o| matches!(gazetteer.get(o).level, Level::Province | Level::City)).count() == 1)
            .filter(|s| !lexicon::CITY_NAMES_ALSO_WORDS.contains(s))
            .collect::<Vec<&str>>();
        // (and autonomous prefectures by their everyday names, which jieba often tags as
        // people's: 楚雄州/nr|农业农村局, 凉山州)
        let prefectures: Vec<String> = gazetteer
            .divisions
            .iter()
            .filter(|d| d.level == Level::City)
            .filter_map(|d| crate::gazetteer::autonomous_forms(&d.name).map(|(everyday, _)| everyday))
            .collect();
        // (and counties by their full names, which jieba tags as people's too: 郎溪县/nr|农业农村局)
        // (and cities by their full names, which jieba's dictionary holds as common nouns:
        // 周口市/n|供销合作社)
        let full_names = gazetteer.divisions.iter().filter(|d| matches!(d.level, Level::County | Level::City) && d.name.chars().count() >= 3).map(|d| d.name.as_str());
        let segmenter = Segmenter::new(words).with_places(cities.into_iter().chain(prefectures.iter().map(String::as_str)).chain(full_names));
        let detector = Detector::new(&gazetteer);
        Extractor { segmenter, gazetteer, detector }
    }

    /// The words and tags of a text as the rules see them (normalised), one
    /// `word⇥tag` per word: for debugging rules and for snapshot tests.
    pub fn words(&self, text: &str) -> Vec<(String, crate::segment::Tag)> {
        let norm = normalize(text);
        sentences::split(&norm.chars)
            .iter()
            .flat_map(|s| self.segmenter.tag(&norm.slice(s.begin, s.end), s.begin))
            .map(|t| (norm.slice(t.begin, t.end), t.tag))
            .collect()
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    pub fn extract(&self, doc: &SourceDoc) -> Result<Extraction, ExtractError> {
        if doc.text.trim().is_empty() {
            return Err(ExtractError::Empty);
        }
        let mut norm = normalize(&doc.text);
        if norm.chars.iter().all(|c| c.is_whitespace()) {
            return Err(ExtractError::OnlyBoilerplate);
        }
        let spans = sentences::split(&norm.chars);
        // (words have one char or more: the vector never grows)
        let mut toks = Vec::with_capacity(norm.len() + 4);
        let text = norm.take_index();
        for s in &spans {
            self.segmenter.tag_into(text.str(s.begin, s.end), s.begin, &mut toks);
        }
        let view = DocView::with_text(&norm.chars, text, &spans, &toks).with_segmenter(&self.segmenter);
        let meta = page_metadata(&norm, &spans);
        let title = doc.title.clone().or_else(|| title_of(&norm, &spans, &doc.text));
        let doc_date = doc.date.clone().or(meta.date);
        let publisher = doc.publisher.clone().or(meta.publisher);
        let tables: Vec<crate::table::Table> = crate::table::find(norm.source()).iter().filter_map(|t| t.mapped(|b, e| norm.from_source(b, e))).collect();
        let (cands, posts) = self.detector.detect(&view, &self.gazetteer, &tables);
        let mut res = resolve(&view, &self.gazetteer, cands, title.as_deref(), publisher.as_deref());
        let doc_year = doc_date.as_deref().and_then(dates::year_of);
        let found_dates = dates::find(view.index(), doc_year);
        let mut rels = relate(&view, &self.gazetteer, &res, &posts, &found_dates, &tables);
        let date_spans: Vec<(usize, usize)> = found_dates.iter().map(|d| (d.begin, d.end)).collect();
        let name_spans: Vec<(usize, usize)> = res.mentions.iter().map(|m| (m.begin, m.end)).collect();
        let figs = figures::find(&view, &date_spans, &name_spans);
        let anchors: Vec<Anchor> = res
            .mentions
            .iter()
            // (a leading group counts nothing of its own: the figures of the work it steers are
            // its level's)
            .filter(|m| !lexicon::is_leading_group(&res.entities[m.entity].label))
            .map(|m| Anchor { begin: m.begin, end: m.end, entity: m.entity, family: res.family(m.entity) })
            .collect();
        let targets = figures::attach(&view, &figs, &anchors, res.subject);
        let mut targets = figures::field_figures(&view, &figs, &anchors, targets);
        // (a table's cells are its rows' figures: what the sentence stage found in a row's
        // cells gives way to them)
        let mut figs = figs;
        let table_figs = figures::table_figures(&view, &tables, &anchors);
        if !table_figs.is_empty() {
            for (f, t) in figs.iter().zip(targets.iter_mut()) {
                if table_figs.iter().any(|(g, _)| g.begin < f.end && f.begin < g.end) {
                    *t = None;
                }
            }
            for (f, e) in table_figs {
                figs.push(f);
                targets.push(Some(e));
            }
        }

        // back to source offsets
        let src = norm.source();
        let source_text = |b: usize, e: usize| -> String { src[b..e].iter().collect() };
        let sentences: Vec<Sentence> = spans
            .iter()
            .map(|s| {
                let (b, e) = norm.to_source(s.begin, s.end);
                Sentence { begin: b, end: e }
            })
            .collect();
        let mut mentions: Vec<Mention> = res
            .mentions
            .iter()
            .filter_map(|m| {
                let sentence = view.sentence_of(m.begin)?;
                let (b, e) = norm.to_source(m.begin, m.end);
                Some(Mention { begin: b, end: e, text: source_text(b, e), entity: m.entity, sentence })
            })
            .collect();
        mentions.dedup_by(|a, b| a.begin == b.begin && a.end == b.end);
        let to_date = |d: &FoundDate| {
            let (b, e) = norm.to_source(d.begin, d.end);
            DateMention { begin: b, end: e, text: source_text(b, e), value: d.value.clone(), as_of: d.as_of }
        };
        // a figure holds for the 截至 date of its sentence, written before it
        let mut index_map = vec![None; figs.len()];
        let mut measurements = Vec::new();
        // a place's leadership's figures are its place's (社区党委 → 社区); a department's
        // (区公安分局50多名民警) are its own
        let place_of_body = |e: usize| {
            let body = matches!(res.entities[e].class, Class::PartyOrganization | Class::GovernmentBody);
            rels.relations
                .iter()
                .filter(|r| body && r.subject == e && r.predicate == Predicate::LocatedIn)
                .find(|r| crate::relate::is_leadership_of(&res.entities[e].label, &res.entities[r.object].label))
                .map_or(e, |r| r.object)
        };
        for (i, (f, t)) in figs.iter().zip(&targets).enumerate() {
            let Some(entity) = t.map(place_of_body) else { continue };
            let span = &spans[f.sentence];
            let valid_at = found_dates
                .iter()
                .filter(|d| d.as_of && d.begin >= span.begin && d.end <= f.begin)
                .last()
                .map(to_date);
            let (b, e) = norm.to_source(f.begin, f.end);
            index_map[i] = Some(measurements.len());
            measurements.push(Measurement {
                entity,
                quantity: f.quantity.clone(),
                value: f.value.clone(),
                unit: f.unit.clone(),
                per_unit: f.per_unit.clone(),
                qualifiers: f.qualifiers.clone(),
                bound: f.bound,
                estimated: f.estimated,
                change_of: f.change_of.and_then(|c| index_map[c]),
                share_of: f.share_of.and_then(|c| index_map[c]),
                valid_at,
                begin: b,
                end: e,
                sentence: f.sentence,
            });
        }
        // (甘肃|陇润服饰有限公司: a place written only as the short name a body's name starts
        // with is part of that name: no entity of the text, only the table's area)
        let name_part_only = name_part_places(&res);
        if name_part_only.iter().any(|&p| p) {
            mentions.retain(|m| !name_part_only[m.entity]);
            for (e, part) in res.entities.iter_mut().zip(&name_part_only) {
                e.mentioned &= !part;
            }
        }
        // the table's chain above the linked places, to their province
        // (moved out: nothing below reads them where they were)
        let mut entities = std::mem::take(&mut res.entities);
        let mut relations = std::mem::take(&mut rels.relations);
        // (nor what the text would say of such a place: 郑州煤炭学院 → 郑州市)
        // (a page's header line, 来源：惠水县融媒体中心 发布时间：…, says who published the
        // page, nothing of the report: no relation has it for evidence)
        let header: Vec<usize> = header_lines(&norm, &spans).collect();
        // (but what is named after its place, 信息来源：京东镇人民政府, lies there whatever line
        // names it first — the name is the fact: the evidence is its first mention outside
        // the header)
        // (and when only the header names it, the header is the evidence: 信息来源：宋桂镇人民政府
        // is a body of 宋桂镇 all the same; a township's or village's, as the report's own
        // government writes itself; a county's publisher, 来源：松滋市融媒体中心, says who
        // published the page)
        let named_after = |r: &crate::relate::Rel| {
            let (subject, object) = (&entities[r.subject], &entities[r.object]);
            r.predicate == Predicate::LocatedIn && subject.label.len() > object.label.len() && subject.label.starts_with(object.label.as_str())
        };
        let local = |r: &crate::relate::Rel| {
            let o = &entities[r.object];
            o.class == Class::Community || crate::detect::level_of_name(&o.label) == Some(crate::gazetteer::Level::Township)
        };
        let mut kept = vec![false; relations.len()];
        for (k, r) in relations.iter_mut().enumerate().filter(|(_, r)| r.sentence.is_some_and(|s| header.contains(&s))) {
            if named_after(r) {
                let later = mentions.iter().find(|m| m.entity == r.subject && !header.contains(&m.sentence)).map(|m| m.sentence);
                kept[k] = later.is_some() || local(r);
                r.sentence = later.or(r.sentence);
            }
        }
        let mut relations: Vec<_> = relations
            .into_iter()
            .zip(kept)
            .filter(|(r, kept)| !(name_part_only[r.subject] || name_part_only[r.object]) && (*kept || r.sentence.is_none_or(|s| !header.contains(&s))))
            .map(|(r, _)| r)
            .collect();
        let (ancestors, chain) = crate::relate::admin_chain(&self.gazetteer, &res.divisions, entities.len(), &relations);
        entities.extend(ancestors);
        relations.extend(chain);
        Ok(Extraction {
            doc_id: doc.id.clone(),
            source: doc.source.clone(),
            title: title.unwrap_or_else(|| doc.id.clone()),
            date: doc_date,
            publisher,
            text: doc.text.clone(),
            sentences,
            entities,
            mentions,
            relations: relations
                .iter()
                .map(|r| Relation { subject: r.subject, predicate: r.predicate, object: r.object, sentence: r.sentence })
                .collect(),
            posts: rels
                .posts
                .iter()
                .map(|p| Post { person: p.person, org: p.org, role: p.role.clone(), role_text: p.role_text.clone(), sentence: p.sentence })
                .collect(),
            measurements,
            dates: rels
                .dates
                .iter()
                .map(|d| EntityDate { entity: d.entity, date: to_date(&found_dates[d.date]), sentence: d.sentence })
                .collect(),
            subject_place: res.subject,
        })
    }
}

/// What a page's header lines say of it (发布时间：2024-06-12 来源：岷江区融媒体中心).
#[derive(Debug, Default, PartialEq)]
struct PageMetadata {
    date: Option<String>,
    publisher: Option<String>,
}

static META_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:发布时间|发布日期|日期|时间|发表时间)[：:]\s*((?:19|20)[0-9]{2})[-年/.]([0-9]{1,2})[-月/.]([0-9]{1,2})").unwrap()
});
/// (2024-10-10　来源：沧州日报: a header line's date written without its key)
static META_BARE_DATE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"((?:19|20)[0-9]{2})(?:-|年)([0-9]{1,2})(?:-|月)([0-9]{1,2})").unwrap());
static META_SOURCE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"(?:来源|稿源|发布机构)[：:]\s*([^\s　|｜]{2,30})").unwrap());

/// What page header lines hold.
const METADATA_KEYS: [&str; 10] = ["发布时间", "发布日期", "来源：", "来源:", "作者：", "作者:", "日期：", "日期:", "稿源", "发表时间"];

/// Is a line a page header line (dates, source, author), not text?
fn is_metadata_line(line: &[char]) -> bool {
    // the keys as chars, each tried where its own first char is
    static KEYS: std::sync::LazyLock<Vec<Vec<char>>> =
        std::sync::LazyLock::new(|| METADATA_KEYS.iter().map(|k| k.chars().collect()).collect());
    // (one pass over the chars, the keys tried where one of their first chars is; one
    // bit of each char tested first)
    const FIRSTS: u64 = crate::detect::char_bits(&['发', '来', '作', '日', '稿']);
    let has_key = (0..line.len()).any(|i| {
        FIRSTS & 1 << (line[i] as u32 % 64) != 0
            && matches!(line[i], '发' | '来' | '作' | '日' | '稿')
            && KEYS.iter().any(|k| k[0] == line[i] && line[i..].starts_with(k))
    });
    has_key && !line.contains(&'。')
}

/// The page's header lines (dates, source, author) among its first lines, by index.
fn header_lines<'a>(norm: &'a Normalized, spans: &'a [sentences::Span]) -> impl Iterator<Item = usize> + 'a {
    spans.iter().take(6).enumerate().filter(|(_, s)| (s.heading || s.end - s.begin < 60) && is_metadata_line(&norm.chars[s.begin..s.end])).map(|(i, _)| i)
}

fn page_metadata(norm: &Normalized, spans: &[sentences::Span]) -> PageMetadata {
    let mut meta = PageMetadata::default();
    for s in header_lines(norm, spans).map(|i| &spans[i]) {
        let line = norm.slice(s.begin, s.end);
        if let Some(c) = META_DATE.captures(&line).or_else(|| META_BARE_DATE.captures(&line)) {
            let (m, d): (u32, u32) = (c[2].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                meta.date.get_or_insert(format!("{}-{m:02}-{d:02}", &c[1]));
            }
        }
        if let Some(c) = META_SOURCE.captures(&line) {
            meta.publisher.get_or_insert(c[1].to_string());
        }
    }
    meta
}

/// The first line that reads as a title (short, no sentence punctuation inside), past
/// page header lines.
fn title_of(norm: &Normalized, spans: &[sentences::Span], source: &str) -> Option<String> {
    let first = spans.iter().take(4).find(|s| !is_metadata_line(&norm.chars[s.begin..s.end]))?;
    if !first.heading {
        return None;
    }
    let (b, e) = norm.to_source(first.begin, first.end);
    let t: String = source.chars().skip(b).take(e - b).collect();
    Some(t.split_whitespace().collect::<Vec<_>>().join(" "))
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

/// The places each of whose mentions is the short name (written without its suffix: 甘肃,
/// 成都) that an organisation's mention starts with, and that the table links.
fn name_part_places(res: &Resolution) -> Vec<bool> {
    let mut part = vec![true; res.entities.len()];
    let mut seen = vec![false; res.entities.len()];
    // where each organisation's mention begins, the furthest it ends
    let mut body_end: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for o in res.mentions.iter().filter(|o| res.family(o.entity) == Family::Organization) {
        let end = body_end.entry(o.begin).or_default();
        *end = (*end).max(o.end);
    }
    for m in &res.mentions {
        let e = m.entity;
        seen[e] = true;
        let short = m.end - m.begin < res.entities[e].label.chars().count();
        let in_body = body_end.get(&m.begin).is_some_and(|&end| end > m.end);
        part[e] &= res.family(e) == Family::Place && res.entities[e].admin_code.is_some() && short && in_body;
    }
    part.iter().zip(&seen).map(|(p, s)| *p && *s).collect()
}

/// A shared extractor for the stage tests (building one takes a few hundred ms).
#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use std::sync::LazyLock;

    static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

    pub fn extract(text: &str) -> Extraction {
        let doc = SourceDoc { id: "t".into(), source: "test".into(), text: text.into(), ..Default::default() };
        EXTRACTOR.extract(&doc).expect("extraction")
    }

    /// `(class, label)` of every entity.
    pub fn entities(ex: &Extraction) -> Vec<(Class, String)> {
        ex.entities.iter().map(|e| (e.class, e.label.clone())).collect()
    }

    pub fn has(ex: &Extraction, class: Class, label: &str) -> bool {
        ex.entities.iter().any(|e| e.class == class && e.label == label)
    }

    pub fn labelled(ex: &Extraction, label: &str) -> bool {
        ex.entities.iter().any(|e| e.label == label || e.alt_labels.iter().any(|a| a == label))
    }

    /// `(subject label, predicate, object label)` of every relation.
    pub fn relations(ex: &Extraction) -> Vec<(String, Predicate, String)> {
        ex.relations
            .iter()
            .map(|r| (ex.entities[r.subject].label.clone(), r.predicate, ex.entities[r.object].label.clone()))
            .collect()
    }

    pub fn related(ex: &Extraction, s: &str, p: Predicate, o: &str) -> bool {
        relations(ex).iter().any(|(a, q, b)| a == s && *q == p && b == o)
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::extract;

    #[test]
    fn a_place_only_written_as_the_short_name_a_body_starts_with_is_no_entity_of_the_text() {
        use crate::model::Family;
        let ex = extract("会宁县帮扶车间\n甘肃陇润服饰有限公司在会宁县建起帮扶车间。成都蜀康生物医药有限公司来到四川省考察。");
        let text_places: Vec<&str> = ex.entities.iter().filter(|e| e.mentioned && e.class.family() == Family::Place).map(|e| e.label.as_str()).collect();
        assert!(text_places.contains(&"会宁县") && text_places.contains(&"四川省"), "{text_places:?}");
        assert!(!text_places.contains(&"甘肃省") && !text_places.contains(&"成都市"), "{text_places:?}");
        // (every mention still slices back to its text, and names a mentioned entity)
        for m in &ex.mentions {
            assert!(ex.entities[m.entity].mentioned, "{m:?}");
            assert_eq!(ex.text.chars().skip(m.begin).take(m.end - m.begin).collect::<String>(), m.text);
        }
    }

    #[test]
    fn a_page_s_header_line_is_no_relation_s_evidence() {
        let ex = extract("青禾镇召开推进会\n来源：青禾县融媒体中心 发布时间：2024-05-21 09:30\n5月20日，青禾镇召开乡村振兴推进会。");
        assert!(ex.entities.iter().any(|e| e.label.contains("融媒体中心")), "{:?}", ex.entities);
        let header = 1;
        assert!(ex.relations.iter().all(|r| r.sentence != Some(header)), "{:?}", ex.relations);
        assert!(ex.relations.iter().any(|r| r.sentence.is_some()), "{:?}", ex.relations);
    }

    #[test]
    fn metadata_keys_start_with_the_chars_looked_for() {
        for key in super::METADATA_KEYS {
            assert!(super::is_metadata_line(&key.chars().collect::<Vec<_>>()), "{key}");
        }
        assert!(!super::is_metadata_line(&"发布时间：今天。".chars().collect::<Vec<_>>()));
    }

    #[test]
    fn of_two_townships_a_title_names_the_report_is_about_the_one_whose_page_it_is() {
        // (the other is named as often; the page's publisher settles it)
        let text = "柳溪乡与梅渚镇续签结对帮扶协议\n来源：郎溪县梅渚镇人民政府　发布时间：2025-04-18\n4月16日，柳溪乡考察团来到梅渚镇，柳溪乡与梅渚镇签订协议。";
        let ex = super::test_support::extract(text);
        let subject = ex.subject_place.map(|e| ex.entities[e].label.as_str());
        assert_eq!(subject, Some("梅渚镇"), "{:?}", super::test_support::entities(&ex));
    }

    #[test]
    fn page_header_lines_give_date_and_publisher_not_the_title() {
        let ex = extract("发布时间：2024-06-12 来源：岷江区融媒体中心\n岷江区召开重大项目推进会\n6月11日，岷江区召开2024年项目推进会。");
        assert_eq!(ex.title, "岷江区召开重大项目推进会");
        assert_eq!(ex.date.as_deref(), Some("2024-06-12"));
        assert_eq!(ex.publisher.as_deref(), Some("岷江区融媒体中心"));
        // the header's year dates the event
        let d = ex.dates.first().expect("event date");
        assert_eq!(d.date.value.lexical().0, "2024-06-11");
        // (a date written without its key on the source line: 2024-10-10　来源：…)
        let ex = extract("青禾镇召开推进会\n2024-10-10　来源：云岫日报·县域新闻\n9月26日，青禾镇召开秋收秋种工作推进会。");
        assert_eq!(ex.date.as_deref(), Some("2024-10-10"));
        let d = ex.dates.first().expect("event date");
        assert_eq!(d.date.value.lexical().0, "2024-09-26");
    }

    #[test]
    fn a_township_body_only_the_header_names_lies_in_its_township_and_a_county_publisher_in_nothing() {
        let ex = extract("梅渚镇开展汛前大排查\n信息来源：郎溪县梅渚镇人民政府　发布日期：2024-04-12\n4月上旬，郎溪县梅渚镇组织开展汛前安全隐患大排查。");
        let gov = ex.entities.iter().position(|e| e.label == "梅渚镇人民政府").expect("the government");
        assert!(ex.relations.iter().any(|r| r.subject == gov && ex.entities[r.object].label == "梅渚镇"), "{:?}", ex.relations);
        let ex = extract("梅渚镇开展汛前大排查\n来源：郎溪县融媒体中心　发布日期：2024-04-12\n4月上旬，郎溪县梅渚镇组织开展汛前安全隐患大排查。");
        assert!(!ex.relations.iter().any(|r| ex.entities[r.subject].label.ends_with("融媒体中心")), "{:?}", ex.relations);
    }

    #[test]
    fn a_township_s_own_page_speaks_of_it_before_the_townships_its_text_lists() {
        let ex = extract("政府工作报告\n来源：乐都区高店镇人民政府　发布时间：2025-01-14\n高店镇人民政府建成育苗中心，种苗还供应周边寿乐、雨润等乡镇。镇人大加强监督。");
        assert!(ex.entities.iter().any(|e| e.label == "高店镇人大"), "{:?}", ex.entities.iter().map(|e| &e.label).collect::<Vec<_>>());
    }

    #[test]
    fn a_body_named_first_in_the_header_still_lies_in_its_place_on_later_evidence() {
        let ex = extract("青禾镇签约\n发布时间：2025-03-28　信息来源：青禾镇人民政府\n青禾镇举行签约仪式。青禾镇人民政府与澜州恒远有限公司签订协议。");
        let gov = ex.entities.iter().position(|e| e.label == "青禾镇人民政府").expect("the government");
        let town = ex.entities.iter().position(|e| e.label == "青禾镇").expect("the town");
        let r = ex.relations.iter().find(|r| r.subject == gov && r.object == town && r.predicate == crate::model::Predicate::LocatedIn).expect("located in");
        let evidence = &ex.sentences[r.sentence.expect("evidence")];
        assert!(ex.text[..].chars().skip(evidence.begin).take(evidence.end - evidence.begin).collect::<String>().contains("签订协议"));
    }
}
