//! Stage `resolve`: from candidate spans to one node per real thing.
//!
//! - Names are merged within a family when they share a name or an alias
//!   (红盟 / “红盟”建设 / 党建红盟; 环太湖艺术城 / 环太湖艺术城项目).
//! - Places are tied to the division table when the document says which entry is
//!   meant (the other places in it agree), and then known by their short name too
//!   (湖塘镇 → 湖塘), but only where that short name is a word of its own.
//! - The document's subject place is the lowest-level place it keeps talking about;
//!   references to it (全镇, 我区) and names relative to it (镇党委, 市党代会) resolve to
//!   it or to its parent of the right level.
//! - Every name found once is then looked for in the whole text again, so later
//!   mentions (在红盟的引领下) are not lost.
//!
//! The preferred label of an entity is a function of its names only (not of their
//! order in the text), so the same thing gets the same IRI in every document.

use crate::detect::{level_of_name, level_of_word, Cand, DocView, Rule};
use crate::gazetteer::{Gazetteer, Level};
use crate::lexicon;
use crate::model::{Class, Entity, Family};
use crate::segment::Tag;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;

/// A resolved mention, in normalised char offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NMention {
    pub begin: usize,
    pub end: usize,
    pub entity: usize,
    pub rule: Rule,
    /// Span begin of the actor written right before this (quoted) name.
    pub actor_before: Option<usize>,
}

#[derive(Debug, Default)]
pub struct Resolution {
    pub entities: Vec<Entity>,
    /// Gazetteer entry of each entity, when it is a linked division.
    pub divisions: Vec<Option<usize>>,
    pub mentions: Vec<NMention>,
    pub subject: Option<usize>,
}

impl Resolution {
    pub fn family(&self, e: usize) -> Family {
        self.entities[e].class.family()
    }
}

struct Group {
    class: Class,
    names: BTreeSet<String>,
    /// names that were the main name of a mention (not only an alias)
    heads: BTreeSet<String>,
    division: Option<usize>,
    cands: Vec<usize>,
    /// keys that join mentions but name nothing (a company's trade name)
    keys: BTreeSet<String>,
}

/// A name without the places it starts with (浙江恒信集团 → 恒信集团), when it starts with one.
fn without_leading_places(gaz: &Gazetteer, name: &str) -> Option<String> {
    let mut rest = name;
    'places: loop {
        for n in (2..=4).rev() {
            let Some((i, _)) = rest.char_indices().nth(n) else { continue };
            let head = &rest[..i];
            // (a short name only of a province or city: 石桥, 龙山 are shorts of townships and
            // counties, and start many a co-operative named after its village)
            let high_short = gaz.by_short(head).iter().any(|&d| matches!(gaz.get(d).level, Level::Province | Level::City));
            if !gaz.by_name(head).is_empty() || high_short {
                rest = &rest[i..];
                continue 'places;
            }
        }
        break;
    }
    (rest.len() < name.len()).then(|| rest.to_string())
}

/// A company's trade name, the key its mentions share (浙江上风集团, 上风集团公司 → 上风):
/// the name without the places it starts with and the kind words it ends with.
/// The kind words a company's name ends with, longest first; those with 有限 are its legal
/// form proper.
pub(crate) const COMPANY_FORMS: [&str; 8] = ["集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司"];

fn company_core(name_without_places: &str) -> Option<String> {
    let mut core = name_without_places;
    for kind in COMPANY_FORMS {
        if let Some(stem) = core.strip_suffix(kind) {
            core = stem;
            break;
        }
    }
    (core.chars().count() >= 2 && !crate::detect::is_generic_prefix(core)).then(|| format!("公司:{core}"))
}

/// Is `alias` the end of `full` said relative to a place, starting with one of the level
/// words `levels` (村委会 of 龙马村村委会, 镇党委 of 青禾镇党委)?
fn said_relative(full: &str, alias: &str, levels: &[char]) -> bool {
    alias.len() < full.len() && full.ends_with(alias) && alias.starts_with(levels)
}

/// Canonical spelling of organisation names (党总支部 → 党总支).
fn canonical_org(name: &str) -> String {
    // (中共达板镇委员会 is 达板镇党委, 中共某街道工作委员会 某街道党工委, and their offices the
    // committees': 中共达板镇委员会办公室 → 达板镇党委办公室)
    if let Some(rest) = name.strip_prefix("中国共产党").or_else(|| name.strip_prefix("中共")) {
        for (long, short) in [("工作委员会", "党工委"), ("委员会", "党委")] {
            let Some(k) = rest.find(long) else { continue };
            let (stem, tail) = (&rest[..k], &rest[k + long.len()..]);
            let placed = stem.chars().count() >= 2 && (stem.ends_with(['省', '市', '区', '县', '镇', '乡', '旗']) || stem.ends_with("街道"));
            if placed && matches!(tail, "" | "办公室") {
                return format!("{stem}{short}{tail}");
            }
        }
    }
    // (中共澄远县委组织部 is 澄远县委组织部, 中共某市委 某市委: a place's party committee and its
    // departments go by their names without 中共, which the text also uses)
    if let Some(rest) = name.strip_prefix("中共") {
        let committee = ["省委", "市委", "县委", "区委", "州委", "旗委", "盟委", "镇委", "乡委"].iter().any(|k| rest.find(k).is_some_and(|i| i >= 3));
        if committee && !rest.contains("委员会") && rest.chars().count() >= 4 {
            return rest.to_string();
        }
    }
    for (long, short) in [("党总支部", "党总支"), ("党支部委员会", "党支部"), ("党委员会", "党委"), ("街道办", "街道办事处")] {
        if let Some(stem) = name.strip_suffix(long) {
            return format!("{stem}{short}");
        }
    }
    // 湖塘镇政府 is 湖塘镇人民政府
    // (镇政府 said alone stays as written: a name it goes by in the text)
    if let Some(stem) = name.strip_suffix("政府").filter(|s| !s.ends_with("人民") && s.chars().count() >= 2 && *s != "街道") {
        if stem.ends_with(['省', '市', '区', '县', '镇', '乡', '旗']) || stem.ends_with("街道") {
            return format!("{stem}人民政府");
        }
    }
    name.to_string()
}

pub fn resolve(doc: &DocView, gaz: &Gazetteer, cands: Vec<Cand>, title: Option<&str>, publisher: Option<&str>) -> Resolution {
    let mut cands = cands;
    restore_village_prefixes(doc, &mut cands);
    drop_glued_words(doc, gaz, &mut cands);
    level_names_after_words(doc, &mut cands);
    definitions(doc, &mut cands);
    coop_short_names(gaz, &mut cands);
    shorten_place_chains(doc, &mut cands);
    prefecture_bodies(&mut cands);
    // 1. places: tie names to table entries that agree with each other
    let place_choice = choose_divisions(gaz, &cands);
    // 2. subject place
    let subject_name = subject_place(gaz, &cands, &place_choice, title, doc.title_end(), publisher);
    let subject_div = subject_name.as_ref().and_then(|n| place_choice.get(n).copied().flatten());
    // 3. names relative to the subject (镇党委, 市党代会, 全镇)
    resolve_relative(doc, gaz, &mut cands, subject_name.as_deref(), subject_div, &place_choice);
    // 4. groups by shared names
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<(Family, String), usize> = HashMap::default();
    let mut cand_group: Vec<Option<usize>> = vec![None; cands.len()];
    // (the places the report names, which a team's name may start with: 青禾镇青年突击队)
    // (divisions, not communities or compounds, whose bodies are theirs alone: 锦园小区业主委员会)
    let place_names: Vec<String> = cands.iter().filter(|c| c.class == Class::AdministrativeDivision && c.rule != Rule::SelfReference && c.name.chars().count() >= 2).map(|c| c.name.clone()).collect();
    // a society's or team's name without the division it starts with (互助土族自治县河湟商会 → 河湟商会)
    let society_rest = |name: &str| {
        let rest = without_leading_places(gaz, name).or_else(|| place_names.iter().find_map(|p| name.strip_prefix(p.as_str())).map(String::from));
        rest.filter(|r| names_a_body(r))
    };
    let mut societies: HashMap<String, BTreeSet<String>> = HashMap::default();
    // (and an institution's: 韩家园镇东山林场 → 东山林场)
    let named_with_place = |c: &Cand| matches!(c.class, Class::SocialOrganization | Class::Institution);
    for c in cands.iter().filter(|c| named_with_place(c)) {
        if let Some(rest) = society_rest(&c.name) {
            societies.entry(rest).or_default().insert(c.name.clone());
        }
    }
    // (出山镇2024年农村生活污水治理项目 and 出山镇农村生活污水治理项目: a project named with its
    // year and without it is one, where the report names it with one year only)
    let mut project_years: HashMap<String, BTreeSet<String>> = HashMap::default();
    for c in cands.iter().filter(|c| c.class.family() == Family::Project) {
        for (bare, year) in std::iter::once(&c.name).chain(&c.alts).filter_map(|n| without_year(n)) {
            project_years.entry(bare).or_default().insert(year);
        }
    }
    for (ci, c) in cands.iter().enumerate() {
        if c.rule == Rule::SelfReference || c.name.is_empty() {
            continue;
        }
        let fam = c.class.family();
        let main = if fam == Family::Organization { canonical_org(&c.name) } else { c.name.clone() };
        let mut names: Vec<String> = vec![main.clone()];
        for a in &c.alts {
            let canonical = if fam == Family::Organization { canonical_org(a) } else { a.clone() };
            // (and each other name as written: 中共某县某镇委员会 of 某镇党委)
            if canonical != *a {
                names.push(a.clone());
            }
            names.push(canonical);
        }
        // the name as written stays one of the names it goes by (湖塘镇政府)
        if main != c.name {
            names.push(c.name.clone());
        }
        // (a company's trade name joins its mentions, and is no name of its own; its name
        // without the places it starts with is one: 浙江恒信集团 → 恒信集团)
        let mut key = None;
        // (not a department's or a co-operative union's, each its place's own: 北兴镇供销合作社
        // and 克山县供销合作社 are two)
        if c.class == Class::Company && lexicon::department_key(&main).is_none() {
            let rest = without_leading_places(gaz, &main);
            key = company_core(rest.as_deref().unwrap_or(&main));
            names.extend(rest.filter(|r| names_a_body(r)));
        }
        // (廖家桥镇青年突击队 and 青年突击队: a team or society named with its place and without)
        if named_with_place(c) {
            // (and no other place's society of that name: 合肥市桥牌协会, 北京市桥牌协会)
            names.extend(society_rest(&main).filter(|r| societies.get(r).is_some_and(|fulls| fulls.len() == 1)));
        }
        // (a village's or community's body said alone, 村委会 of 龙马村村委会, is a name of
        // it but joins it to no other: each village has one)
        let keyed = |n: &String| !said_relative(&main, n, &['村', '社', '居', '嘎']);
        // (a department said in full and by its short form, 县住房和城乡建设局 … 县住建局, is one:
        // both go by the short form, which joins them and is no name of its own)
        let department_keys: Vec<String> = if fam == Family::Organization {
            let bare = |n: &str| n.strip_prefix("中国共产党").or_else(|| n.strip_prefix("中共")).unwrap_or(n).to_string();
            names.iter().filter(|n| keyed(n)).filter_map(|n| lexicon::department_key(&bare(n))).collect()
        } else {
            vec![]
        };
        let year_keys: Vec<String> = if fam == Family::Project {
            names.iter().filter_map(|n| without_year(n)).map(|(bare, _)| bare).filter(|b| project_years.get(b).is_some_and(|y| y.len() == 1)).collect()
        } else {
            vec![]
        };
        let hits: BTreeSet<usize> = names.iter().filter(|n| keyed(n)).chain(&key).chain(&year_keys).chain(&department_keys).filter_map(|n| index.get(&(fam, n.clone())).copied()).collect();
        let g = match hits.iter().next() {
            Some(&g) => {
                // merge every other hit into g
                for &o in hits.iter().skip(1) {
                    let other = std::mem::replace(
                        &mut groups[o],
                        Group { class: c.class, names: BTreeSet::new(), heads: BTreeSet::new(), division: None, cands: vec![], keys: BTreeSet::new() },
                    );
                    for n in other.names.iter().chain(&other.keys) {
                        index.insert((fam, n.clone()), g);
                    }
                    groups[g].keys.extend(other.keys);
                    groups[g].names.extend(other.names);
                    groups[g].heads.extend(other.heads);
                    groups[g].cands.extend(other.cands);
                    groups[g].division = groups[g].division.or(other.division);
                }
                g
            }
            None => {
                groups.push(Group { class: c.class, names: BTreeSet::new(), heads: BTreeSet::new(), division: None, cands: vec![], keys: BTreeSet::new() });
                groups.len() - 1
            }
        };
        let grp = &mut groups[g];
        grp.class = more_specific(grp.class, c.class);
        for n in names {
            if keyed(&n) {
                index.insert((fam, n.clone()), g);
            }
            grp.names.insert(n);
        }
        grp.heads.insert(main);
        for k in key.into_iter().chain(year_keys).chain(department_keys) {
            index.insert((fam, k.clone()), g);
            grp.keys.insert(k);
        }
        if fam == Family::Place {
            grp.division = grp.division.or(place_choice.get(&c.name).copied().flatten());
        }
        grp.cands.push(ci);
        cand_group[ci] = Some(g);
    }
    // 5. entities
    let mut res = Resolution::default();
    let mut group_entity: Vec<Option<usize>> = vec![None; groups.len()];
    for (gi, g) in groups.iter().enumerate() {
        if g.cands.is_empty() {
            continue;
        }
        let label = match g.division {
            Some(d) => gaz.get(d).name.clone(),
            None => preferred_label(g.class, &g.heads, &g.names),
        };
        let mut alts: Vec<String> = g.names.iter().filter(|n| **n != label).cloned().collect();
        if let Some(short) = g.division.and_then(|d| gaz.get(d).short.clone()) {
            // the short name is an alias only where the text uses it: a mention written so
            // (晋城 standing alone), or one [`known_names`] finds below
            let written = g.cands.iter().any(|&ci| cands[ci].alts.contains(&short) && cands[ci].len() == short.chars().count());
            if !written {
                alts.retain(|a| *a != short);
            }
        }
        alts.sort();
        group_entity[gi] = Some(res.entities.len());
        res.entities.push(Entity { class: g.class, label, alt_labels: alts, admin_code: g.division.map(|d| gaz.get(d).code12()), mentioned: true });
        res.divisions.push(g.division);
    }
    village_short_names(&mut res.entities);
    res.subject = subject_name.and_then(|n| {
        index.get(&(Family::Place, n)).and_then(|&g| group_entity[g])
    });
    // 6. mentions of the candidates
    for (ci, c) in cands.iter().enumerate() {
        let entity = match cand_group[ci] {
            Some(g) => group_entity[g],
            None => self_reference_target(&res, gaz, c),
        };
        if let Some(entity) = entity {
            res.mentions.push(NMention { begin: c.begin, end: c.end, entity, rule: c.rule, actor_before: c.actor_before });
        }
    }
    // 7. later mentions of known names, and short place names
    known_names(doc, gaz, &mut res);
    res.mentions.sort_by_key(|m| (m.begin, std::cmp::Reverse(m.end)));
    res
}

/// A co-operative said again by its trade name and 合作社 alone (丰穗合作社 after
/// 富锦市丰穗农机专业合作社): the one co-operative whose name, without the places it starts
/// with, starts with that trade name takes the short name as one of its own.
fn coop_short_names(gaz: &Gazetteer, cands: &mut [Cand]) {
    const KIND: &str = "合作社";
    let is_coop = |c: &Cand| c.class.family() == Family::Organization && c.name.ends_with(KIND);
    if cands.iter().filter(|c| is_coop(c)).nth(1).is_none() {
        return;
    }
    let mut fulls: Vec<(String, String)> = cands
        .iter()
        .filter(|c| is_coop(c) && c.name.chars().count() >= 7)
        .map(|c| (without_leading_places(gaz, &c.name).unwrap_or_else(|| c.name.clone()), c.name.clone()))
        .collect();
    fulls.sort();
    fulls.dedup();
    for c in cands.iter_mut().filter(|c| is_coop(c)) {
        let Some(trade) = c.name.strip_suffix(KIND).filter(|t| (2..=4).contains(&t.chars().count()) && t.chars().all(crate::detect::is_han)) else { continue };
        let mut owners = fulls.iter().filter(|(core, full)| *full != c.name && core.starts_with(trade) && core.len() > trade.len() + KIND.len()).map(|(_, full)| full);
        if let (Some(full), None) = (owners.next(), owners.next()) {
            if !c.alts.contains(full) {
                c.alts.push(full.clone());
            }
        }
    }
}

/// Does a body's name without the places it starts with still name it (河湟商会, 恒信集团), not
/// a kind alone that other places' bodies go by too (集团公司, 业主委员会, 村红白理事会)?
fn names_a_body(rest: &str) -> bool {
    rest.chars().count() >= 4 && !lexicon::SUFFIXES.iter().any(|s| s.text == rest) && !rest.starts_with(['村', '镇', '乡', '县', '区', '市', '社'])
}

/// A project's name without the year it is named with, and the year (出山镇2024年农村生活污水
/// 治理 → 出山镇农村生活污水治理, 2024): four digits and 年, not at the name's end.
fn without_year(name: &str) -> Option<(String, String)> {
    let cs: Vec<char> = name.chars().collect();
    let at = (0..cs.len().saturating_sub(5)).find(|&i| cs[i..i + 4].iter().all(char::is_ascii_digit) && cs[i + 4] == '年' && (i == 0 || !cs[i - 1].is_ascii_digit()))?;
    let bare: String = cs[..at].iter().chain(&cs[at + 5..]).collect();
    (bare.chars().count() >= 4).then(|| (bare, cs[at..at + 4].iter().collect()))
}

/// “131星模式”，即“一核三联一融合”: the name after 即 is another name of the one before.
fn definitions(doc: &DocView, cands: &mut [Cand]) {
    let mut aliases = Vec::new();
    for (i, a) in cands.iter().enumerate() {
        let after = doc.text(a.end, doc.chars.len().min(a.end + 2));
        let gap = if after.starts_with("，即") { 2 } else if after.starts_with('即') { 1 } else { continue };
        if let Some(b) = cands.iter().find(|b| b.begin == a.end + gap && b.class.family() == a.class.family()) {
            if a.class == Class::Initiative && b.rule == Rule::Quoted {
                aliases.push((i, b.name.clone()));
            }
        }
    }
    for (i, name) in aliases {
        cands[i].alts.push(name);
    }
}

/// A body said by its level word (镇执法队) that the text also writes after a word jieba
/// does not end names at (明确/a|镇/执法队): the name starts at the level word there too.
fn level_names_after_words(doc: &DocView, cands: &mut [Cand]) {
    let relative: HashSet<(Family, &str)> = cands.iter().filter(|c| c.relative.is_some()).map(|c| (c.class.family(), doc.str(c.begin, c.end))).collect();
    if relative.is_empty() {
        return;
    }
    for c in cands.iter_mut().filter(|c| c.rule == Rule::Suffix && c.relative.is_none() && c.class.family() == Family::Organization && c.end - c.begin >= 5) {
        let Some(w) = doc.tok_starting_at(c.begin).filter(|w| w.len() == 2 && matches!(w.tag, Tag::Verb | Tag::Adjective)) else { continue };
        let level = doc.chars[w.end];
        if !matches!(level, '镇' | '乡' | '县' | '区' | '市') || !doc.tok_starting_at(w.end).is_some_and(|l| l.len() == 1) {
            continue;
        }
        if relative.contains(&(c.class.family(), doc.str(w.end, c.end))) && doc.segmenter().is_some_and(|s| s.has_word(doc.str(w.begin, w.end))) {
            c.begin = w.end;
            c.name = doc.text(c.begin, c.end);
            c.relative = Some(level);
        }
    }
}

/// A village whose name starts with 小/大/老/新 (小台子村) is found whole where it follows
/// its township; elsewhere (当选|小/台子村) jieba may leave the first character out: a
/// mention that starts right after that character takes it back.
fn restore_village_prefixes(doc: &DocView, cands: &mut [Cand]) {
    let whole: Vec<String> = cands
        .iter()
        // (and any character jieba read elsewhere into the word before, 镇足/v|古川村, or as an
        // adjective, 足/a|古川村: not a word of the sentence glued to it, 和|柳溪村)
        .filter(|c| {
            let first = c.name.chars().next().unwrap_or(' ');
            c.class == Class::Community && c.name.chars().count() >= 4 && c.name == doc.str(c.begin, c.end) && (matches!(first, '小' | '大' | '老' | '新') || !crate::segment::is_glue_char(first) && !"和与及在到从向对给把被由为是等各每全该本这那".contains(first))
        })
        .map(|c| c.name.clone())
        .collect();
    if whole.is_empty() {
        return;
    }
    for c in cands.iter_mut().filter(|c| c.begin > 0 && matches!(c.class.family(), Family::Place | Family::Organization)) {
        let before = doc.chars[c.begin - 1];
        if whole.iter().any(|w| w.starts_with(before) && c.name.starts_with(&w[before.len_utf8()..])) {
            c.begin -= 1;
            c.name.insert(0, before);
        }
    }
}

/// Words with a preposition or verb the tokeniser glued to the front of a name (使|凯乐公司,
/// 车队开至|麦庄村, 学员同|谷文昌干部学院, 回老家|清溪村): a name found by its suffix that
/// is up to six characters more than a name of the same family the document writes on
/// its own elsewhere is that name, when those characters hold such a word (not 中共|中央
/// 政治局), are no place's (湖塘|镇政府 stays) and could not start a village's name
/// (大|涧村, 东|营村).
fn drop_glued_words(doc: &DocView, gaz: &Gazetteer, cands: &mut [Cand]) {
    let named = |c: &Cand| c.rule == Rule::Suffix && c.relative.is_none() && c.name == doc.str(c.begin, c.end);
    let alone: HashSet<(Family, &str)> = cands.iter().filter(|c| named(c)).map(|c| (c.class.family(), c.name.as_str())).collect();
    if alone.is_empty() {
        return;
    }
    let places: Vec<(usize, usize)> = cands.iter().filter(|c| c.class.is_place()).map(|c| (c.begin, c.end)).collect();
    let mut cut: Vec<(usize, usize)> = Vec::new();
    for (i, c) in cands.iter().enumerate().filter(|(_, c)| named(c)) {
        for k in 1..=6 {
            if c.end - c.begin < k + 3 {
                break;
            }
            // (with a preposition or a verb of going or making: not 中共|中央政治局, 二十届|三中全会;
            // asked first, as it is cheaper than the lookup below)
            let glue = |ch: char| crate::segment::is_glue_char(ch) || matches!(ch, '同' | '跟' | '使' | '让' | '令' | '至' | '往' | '自' | '回' | '去' | '来' | '经');
            if !doc.chars[c.begin..c.begin + k].iter().any(|&ch| glue(ch)) {
                continue;
            }
            let rest = doc.str(c.begin + k, c.end);
            // (位|于首阳/nr|镇: or, after one preposition, a division the table holds)
            let listed = k == 1 && crate::segment::is_glue_char(doc.chars[c.begin]) && c.class == Class::AdministrativeDivision && rest.chars().count() >= 3 && !gaz.by_name(rest).is_empty();
            if !alone.contains(&(c.class.family(), rest)) && !listed || rest.starts_with(['省', '市', '县', '区', '镇', '乡', '村']) {
                continue;
            }
            let glued = doc.str(c.begin, c.begin + k);
            let in_place = places.iter().any(|&(b, e)| b < c.begin + k && c.begin < e && (b, e) != (c.begin, c.end));
            let village_start = k == 1 && c.class == Class::Community && glued.starts_with(['大', '小', '老', '新', '上', '下', '东', '西', '南', '北', '前', '后', '中']);
            if !in_place && !village_start && !glued.ends_with(['省', '市', '县', '区', '镇', '乡', '村', '旗', '道']) {
                cut.push((i, k));
                break;
            }
        }
    }
    for (i, k) in cut {
        let c = &mut cands[i];
        c.begin += k;
        c.name = doc.text(c.begin, c.end);
        // (a division the table holds is linked like one the table found)
        if c.class == Class::AdministrativeDivision && c.divisions.is_empty() && !gaz.by_name(&c.name).is_empty() {
            c.divisions = gaz.by_name(&c.name).to_vec();
            c.rule = Rule::Gazetteer;
        }
    }
}

/// 青禾镇星澜社区党委 is known as 星澜社区党委: an organisation named after a chain of
/// places goes by the name from its nearest place on, and keeps the full one as an alias.
fn shorten_place_chains(doc: &DocView, cands: &mut [Cand]) {
    // (sorted, so each name asks only the places that begin inside it: a long document
    // names thousands of both)
    let mut sorted: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.class.is_place() && c.rule != Rule::SelfReference)
        .map(|c| (c.begin, c.end))
        .collect();
    sorted.sort_unstable();
    for c in cands.iter_mut().filter(|c| c.class.family() == Family::Organization && c.relative.is_none()) {
        // the last place inside the name, and what stands before it: a chain of places
        // (青禾镇|星澜社区党委, 枫泽市岚桥区|鹤汀街道党工委) whether or not each was found
        let inside = &sorted[sorted.partition_point(|p| p.0 <= c.begin)..sorted.partition_point(|p| p.0 < c.end)];
        let Some(last) = inside.iter().filter(|p| p.1 < c.end).map(|p| p.0).max() else { continue };
        let head = doc.str(c.begin, last);
        if !(head.ends_with(['省', '市', '区', '县', '镇', '乡', '旗']) || head.ends_with("街道") || head.ends_with("自治州")) {
            continue;
        }
        let short = doc.text(last, c.end);
        // (中共某县|某镇委员会: the township's party committee, 某镇党委, not a committee of
        // no kind)
        let short = if head.starts_with("中共") || head.starts_with("中国共产党") { canonical_org(&format!("中共{short}")) } else { short };
        c.alts.push(std::mem::replace(&mut c.name, short));
    }
    events_without_places(doc, cands, &sorted);
    // a project goes by its name without the chain of places it starts with (甘肃省天水市
    // 麦积区|禾塬苹果基地, 渭源县|禾溪供水工程), when what is left is a name of its own
    let short_of = |c: &Cand| {
        let (_, at) = place_chain(&sorted, c.begin, c.end);
        // (the chain ends in a division's suffix: 南京|北站枢纽工程 keeps its city)
        let suffixed = at > c.begin && matches!(doc.chars[at - 1], '省' | '市' | '区' | '县' | '镇' | '乡' | '旗' | '州');
        // (眉县|至太白高速公路…隧道: not a road's name from its first end on)
        let route = doc.chars.get(at) == Some(&'至');
        (c.class == Class::Project && c.relative.is_none() && suffixed && !route && c.end - at >= 4 && doc.looks_like_name(at, c.end)).then(|| doc.text(at, c.end))
    };
    // (岗南镇…综合体项目 and 温塘镇…综合体项目: not where two places' projects share the rest)
    let shorts: Vec<Option<String>> = cands.iter().map(short_of).collect();
    let renames: Vec<(usize, String)> = {
        // each short name and the one full name it stands for (None: two or more)
        let mut full_of: HashMap<&str, Option<&str>> = HashMap::default();
        for (c, s) in cands.iter().zip(&shorts) {
            if let Some(s) = s {
                full_of.entry(s.as_str()).and_modify(|f| *f = f.filter(|f| *f == c.name)).or_insert(Some(c.name.as_str()));
            }
        }
        shorts.iter().enumerate().filter_map(|(i, s)| s.clone().filter(|s| full_of[s.as_str()].is_some()).map(|s| (i, s))).collect()
    };
    for (i, short) in renames {
        let c = &mut cands[i];
        c.alts.push(std::mem::replace(&mut c.name, short));
    }
}

/// The chain of places a name `[from, end)` starts with, in the places' sorted spans: where
/// its last place begins and where the chain ends (both `from` when there is none).
fn place_chain(sorted: &[(usize, usize)], from: usize, end: usize) -> (usize, usize) {
    let (mut last, mut at) = (from, from);
    while let Some(p) = sorted[sorted.partition_point(|p| p.0 < at)..].iter().take_while(|p| p.0 == at).filter(|p| p.1 < end).max_by_key(|p| p.1) {
        (last, at) = (at, p.1);
    }
    (last, at)
}

/// An event goes by its name from the last place of the chain it starts with, too (德州市|
/// 平原县春季…签约仪式 and 平原县春季…签约仪式 in the title are one ceremony), and without
/// the year it starts with; its name as written stays its name.
fn events_without_places(doc: &DocView, cands: &mut [Cand], sorted: &[(usize, usize)]) {
    // (青禾镇举行|招商引资项目集中签约仪式 in the title: the names of the title's events)
    let title_end = doc.title_end();
    let title: Vec<String> = cands.iter().filter(|c| c.class == Class::Event && title_end.is_some_and(|te| c.end <= te)).map(|c| c.name.clone()).collect();
    for c in cands.iter_mut().filter(|c| c.class == Class::Event && c.relative.is_none()) {
        // (“春风送岗·就业暖心”|2024年下江乡…招聘会: a theme in quotes before the name; the
        // name goes without it too)
        // (not a quoted title of the name's own: “接诉即办”工作推进会)
        let starts_year = |b: usize| c.end - b > 5 && doc.chars[b..b + 4].iter().all(char::is_ascii_digit) && doc.chars[b + 4] == '年';
        let base = match (c.begin + 1..c.end).find(|&k| doc.chars[k] == '”').filter(|_| doc.chars[c.begin] == '“') {
            Some(k) if starts_year(k + 1) || place_chain(sorted, k + 1, c.end).1 > k + 1 => {
                c.alts.push(doc.str(k + 1, c.end).replace(['“', '”'], ""));
                k + 1
            }
            _ => c.begin,
        };
        // (and the year it starts with: 2024年|中宁县|…开园节)
        let year = starts_year(base);
        let from = if year { base + 5 } else { base };
        let (last, at) = place_chain(sorted, from, c.end);
        // (互助土族自治县东和乡|柳树湾村|村民代表大会: a village ends a chain too)
        let suffixed = at > from && matches!(doc.chars[at - 1], '省' | '市' | '区' | '县' | '镇' | '乡' | '旗' | '州' | '道' | '村');
        // (only the last place of a chain is dropped from the name: 云南省|第九届人民代表大会
        // and 四川省|第九届… stay two congresses)
        // (names are said without their quotes)
        let unquoted = |b: usize| doc.str(b, c.end).replace(['“', '”'], "");
        if suffixed && last > from || year {
            c.alts.push(unquoted(if suffixed { last } else { from }));
        }
        let core = unquoted(if suffixed { at } else { from });
        // (青禾镇|招商引资项目集中签约仪式: one place dropped, when the title names the event so)
        if suffixed && last == from && !year && title.contains(&core) {
            c.alts.push(core.clone());
        }
        // (重庆市璧山区|2024年|第三季度…签约仪式: a year after the places, too; the title says
        // 第三季度…签约仪式)
        if suffixed && !year {
            if let Some(rest) = core.get(4..).filter(|_| core.chars().take(4).all(|c| c.is_ascii_digit())).and_then(|r| r.strip_prefix('年')).filter(|r| r.chars().count() >= 6) {
                c.alts.push(rest.to_string());
            }
        }
        // (…成立103周年暨“两优一先”表彰大会, 枸杞开园节暨产销对接会: each event a 暨 joins
        // goes by its own name too, the one before it when it ends with an event's kind)
        if let Some(i) = core.rfind('暨') {
            let (before, after) = (&core[..i], &core[i + '暨'.len_utf8()..]);
            if after.chars().count() >= 4 {
                c.alts.push(after.to_string());
            }
            if before.chars().count() >= 4 && lexicon::SUFFIXES.iter().any(|s| s.class == Class::Event && before.ends_with(s.text)) {
                c.alts.push(before.to_string());
            }
        }
    }
}

/// 地委, 地委组织部, 行署 said alone are the prefecture's the text names in full
/// (运城地委组织部 → 地委 is 运城地委): the one full name they share, else nothing.
fn prefecture_bodies(cands: &mut [Cand]) {
    const KEYS: [&str; 2] = ["地委", "行署"];
    let org = |c: &Cand| c.class.family() == Family::Organization;
    // (the name, the byte where its key starts)
    let full: Vec<(String, usize)> =
        cands.iter().filter(|c| org(c)).filter_map(|c| KEYS.iter().find_map(|k| c.name.find(k).filter(|&i| i > 0)).map(|i| (c.name.clone(), i))).collect();
    if full.is_empty() && !cands.iter().any(|c| org(c) && KEYS.iter().any(|k| c.name.starts_with(k))) {
        return;
    }
    for c in cands.iter_mut().filter(|c| org(c) && KEYS.iter().any(|k| c.name.starts_with(k))) {
        let named: BTreeSet<String> = full.iter().filter(|(f, i)| f[*i..].starts_with(&c.name[..6])).map(|(f, i)| format!("{}{}", &f[..*i], c.name)).collect();
        if named.len() == 1 {
            let name = named.into_iter().next().expect("one");
            c.alts.push(std::mem::replace(&mut c.name, name));
        } else {
            c.name.clear();
        }
    }
}

fn more_specific(a: Class, b: Class) -> Class {
    if a == Class::Organization {
        b
    } else {
        a
    }
}

/// The label an entity goes by: a function of its names only.
fn preferred_label(class: Class, heads: &BTreeSet<String>, names: &BTreeSet<String>) -> String {
    let pool = if heads.is_empty() { names } else { heads };
    match class.family() {
        // the full name: 常州市第十三次党代会 over 市党代会; 星河社区党总支
        Family::Event | Family::Organization | Family::Place | Family::Person => {
            pool.iter().max_by(|a, b| a.chars().count().cmp(&b.chars().count()).then(b.cmp(a))).cloned().unwrap_or_default()
        }
        // the name without 项目 when it still says something
        Family::Project => {
            // (not a name with the places before it, 江苏龙潭长江大桥, when the text's own
            // name for it is one of the heads)
            let with_places = |n: &String| !heads.contains(n) && heads.iter().any(|h| n.len() > h.len() && n.ends_with(h.as_str()));
            let stems: Vec<&String> = names.iter().filter(|n| !n.ends_with("项目") && n.chars().count() >= 3 && !with_places(n)).collect();
            let pick = if stems.is_empty() { pool.iter().collect::<Vec<_>>() } else { stems };
            pick.into_iter().max_by(|a, b| a.chars().count().cmp(&b.chars().count()).then(b.cmp(a))).cloned().unwrap_or_default()
        }
        // the core name: 红盟 over 红盟建设 and 党建红盟
        Family::Initiative => pool
            .iter()
            .filter(|n| n.chars().count() >= 2)
            .min_by(|a, b| a.chars().count().cmp(&b.chars().count()).then(a.cmp(b)))
            .or(pool.iter().next())
            .cloned()
            .unwrap_or_default(),
    }
}

/// For each place name found through the table, the entry it means, or `None` when
/// the document does not say which one.
fn choose_divisions(gaz: &Gazetteer, cands: &[Cand]) -> HashMap<String, Option<usize>> {
    let places: Vec<&Cand> = cands.iter().filter(|c| c.rule == Rule::Gazetteer && !c.divisions.is_empty()).collect();
    // provinces named only inside other names (江苏|恒力精工集团): no sign of the region
    // (the spans of the other names, by begin: a lookup per province mention, not a scan)
    let mut names: Vec<(usize, usize)> = cands.iter().filter(|o| o.class.family() != Family::Place).map(|o| (o.begin, o.end)).collect();
    names.sort_unstable();
    let longest = names.iter().map(|&(b, e)| e - b).max().unwrap_or(0);
    let inside_names = |c: &Cand| {
        let from = names.partition_point(|&(b, _)| b + longest < c.end);
        names[from..names.partition_point(|&(b, _)| b <= c.begin)].iter().any(|&(b, e)| c.end <= e && (b, e) != (c.begin, c.end))
    };
    let free_provinces: HashSet<&str> = places
        .iter()
        .filter(|c| c.divisions.iter().any(|&d| gaz.get(d).level == Level::Province))
        .filter(|c| !inside_names(c))
        .map(|c| c.name.as_str())
        .collect();
    // each name with the entries it may mean, once (a name is mentioned many times)
    let mut seen = HashSet::default();
    let distinct: Vec<&Cand> = places.iter().copied().filter(|c| seen.insert((c.name.as_str(), c.divisions.as_slice()))).collect();
    // how many other place names of the document an entry is related to (ancestor or descendant)
    // (a township is not supported by its province alone: 江苏恒力精工集团 in a report on a
    // county of Shandong says nothing of which 柳泉镇 is meant)
    let support = |name: &str, d: usize| {
        let township = gaz.get(d).level == Level::Township;
        distinct
            .iter()
            .filter(|o| o.name != name)
            .filter(|o| o.divisions.iter().any(|&od| (gaz.is_within(d, od) && !(township && gaz.get(od).level == Level::Province && !free_provinces.contains(o.name.as_str()))) || gaz.is_within(od, d)))
            .map(|o| o.name.as_str())
            .collect::<BTreeSet<_>>()
            .len()
    };
    let province = |d: usize| gaz.get(d).code[..2].to_string();
    let mut out = HashMap::default();
    let mut unsupported = Vec::new();
    for c in &places {
        if out.contains_key(&c.name) || unsupported.iter().any(|(n, _)| *n == c.name) {
            continue;
        }
        let scored: Vec<(usize, usize)> = c.divisions.iter().map(|&d| (support(&c.name, d), d)).collect();
        let best = scored.iter().map(|s| s.0).max().unwrap_or(0);
        let top: Vec<usize> = scored.iter().filter(|s| s.0 == best).map(|s| s.1).collect();
        match (best, top.len()) {
            (b, 1) if b > 0 => {
                out.insert(c.name.clone(), Some(top[0]));
            }
            (0, 1) => unsupported.push((c.name.clone(), top[0])),
            _ => {
                out.insert(c.name.clone(), None);
            }
        }
    }
    // a name only one entry of the table has, that nothing else in the document supports:
    // kept when it lies in the region the supported places point to (or there is none),
    // or when it is a province or a city, which documents name from afar too
    let supported: Vec<usize> = out.values().flatten().copied().collect();
    let all_unique: Vec<(String, usize)> = unsupported.clone();
    for (name, d) in unsupported {
        // the other places the document ties to one entry, supported or unique
        let others: Vec<usize> = supported.iter().copied().chain(all_unique.iter().filter(|(n, _)| *n != name).map(|(_, o)| *o)).collect();
        let region: BTreeSet<String> = others.iter().map(|&o| province(o)).collect();
        let cities: BTreeSet<String> = others.iter().filter_map(|&o| gaz.get(o).code.get(..4).map(String::from)).collect();
        // a township must lie in a city the document names places in; a county in its province
        let far = match gaz.get(d).level {
            Level::Township => !cities.is_empty() && !cities.contains(&gaz.get(d).code[..4]),
            _ => !region.is_empty() && !region.contains(&province(d)),
        };
        let small = matches!(gaz.get(d).level, Level::County | Level::Township);
        out.insert(name, (!(far && small)).then_some(d));
    }
    out
}

fn level_of_cand(gaz: &Gazetteer, c: &Cand, choice: &HashMap<String, Option<usize>>) -> Option<Level> {
    if let Some(Some(d)) = choice.get(&c.name) {
        return Some(gaz.get(*d).level);
    }
    if let Some(&d) = c.divisions.first() {
        return Some(gaz.get(d).level);
    }
    level_of_name(&c.name)
}

/// The place the document keeps talking about: named most often, in the title (which
/// counts triple) and through references such as 全镇 to its level.
fn subject_place(gaz: &Gazetteer, cands: &[Cand], choice: &HashMap<String, Option<usize>>, title: Option<&str>, title_end: Option<usize>, publisher: Option<&str>) -> Option<String> {
    // (count, level, is a village or community)
    let mut score: HashMap<&str, (usize, Option<Level>, bool)> = HashMap::default();
    // a village or community can be what a report is about too (石门村：小香菇撑起大产业);
    // a place inside another name (河南 in 河南财经学院) is not spoken of
    // (sorted by begin: only those that begin at most the longest before a place are asked)
    let mut others: Vec<(usize, usize)> = cands.iter().filter(|o| !o.class.is_place()).map(|o| (o.begin, o.end)).collect();
    others.sort_unstable();
    let longest = others.iter().map(|&(b, e)| e - b).max().unwrap_or(0);
    let inside_other = |c: &Cand| {
        let near = &others[others.partition_point(|&(b, _)| b < c.begin.saturating_sub(longest))..others.partition_point(|&(b, _)| b <= c.begin)];
        near.iter().any(|&(b, e)| b <= c.begin && c.end <= e && e - b > c.len())
    };
    // (when every place is inside another name, as in a report about 三明市委 alone, the
    // places of party and government bodies are what it speaks of)
    let spoken = cands.iter().any(|c| c.class.is_place() && matches!(c.rule, Rule::Gazetteer | Rule::Suffix) && !inside_other(c));
    let leadership: Vec<(usize, usize)> =
        if spoken { vec![] } else { cands.iter().filter(|o| matches!(o.class, Class::PartyOrganization | Class::GovernmentBody)).map(|o| (o.begin, o.end)).collect() };
    let in_leadership = |c: &Cand| leadership.iter().any(|&(b, e)| b <= c.begin && c.end <= e && e - b > c.len());
    // (长顺县代化镇卫生院：…: or a place inside the name the title gives, what the report is about)
    let in_title = |c: &Cand| title_end.is_some_and(|te| c.end <= te);
    for c in cands.iter().filter(|c| c.class.is_place() && matches!(c.rule, Rule::Gazetteer | Rule::Suffix) && (!inside_other(c) || in_leadership(c) || in_title(c))) {
        let e = score.entry(c.name.as_str()).or_insert((0, level_of_cand(gaz, c, choice), c.class == Class::Community));
        e.0 += 1;
    }
    // (whether the title writes a place's full name: asked below)
    let mut title_names = false;
    if let Some(t) = title {
        for (name, s) in score.iter_mut() {
            let full = t.contains(name);
            title_names |= full;
            if full || gaz.by_name(name).first().and_then(|&d| gaz.get(d).short.as_deref()).is_some_and(|sh| t.contains(sh)) {
                s.0 += 3;
            }
        }
    }
    // (河上镇与龙凤镇续签…协议, 来源：旺苍县龙凤镇人民政府: of two townships the title names, the
    // one whose page it is)
    let township = |s: &(usize, Option<Level>, bool)| s.1 == Some(Level::Township);
    if let (Some(p), Some(t)) = (publisher, title) {
        if score.iter().filter(|(n, s)| township(s) && t.contains(**n)).count() >= 2 {
            for (_, s) in score.iter_mut().filter(|(n, s)| township(s) && t.contains(**n) && p.contains(**n)) {
                s.0 += 3;
            }
        }
    }
    // (政府工作报告, 来源：海东市乐都区高店镇人民政府: a township's own page whose title names no
    // place speaks of the township, more than of the townships around it the text names in a
    // list, 周边寿乐、雨润等乡镇, however often its name stands inside its bodies' names only; a
    // title that writes a place's full name says what the page is about: a village's or a
    // visitor's report on a township's page, 寮塘乡南岸村…, 耀州区考察团来我镇; a province's
    // short name inside a company's, 会见陕西秦川…集团董事长, does not)
    if let Some(p) = publisher.filter(|_| !title_names) {
        for c in cands.iter().filter(|c| c.class == Class::AdministrativeDivision && matches!(c.rule, Rule::Gazetteer | Rule::Suffix) && p.contains(c.name.as_str())) {
            let level = level_of_cand(gaz, c, choice);
            if level == Some(Level::Township) {
                score.entry(c.name.as_str()).or_insert((0, level, false));
            }
        }
        for (_, s) in score.iter_mut().filter(|(n, s)| township(s) && p.contains(**n)) {
            s.0 += 2;
        }
    }
    // references to the document's own place (全镇, 该区) speak for the places of their level
    // (全村, 本社区: for the villages or communities named)
    for c in cands.iter().filter(|c| c.rule == Rule::SelfReference) {
        let level = c.relative.and_then(level_of_word);
        let community = matches!(c.relative, Some('村' | '社' | '嘎'));
        for s in score.values_mut().filter(|s| level.is_some() && s.1 == level || community && s.2) {
            s.0 += 1;
        }
    }
    // the place named most often (the title counts triple); on a tie, the lower level (a
    // village or community, which has no level in the table, loses a tie: a report about a
    // township names its villages, and 全村 has counted for them above)
    let depth = |s: &(usize, Option<Level>, bool)| s.1.map_or(0, |l| l as u8 + 1);
    score
        .iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(depth(a.1).cmp(&depth(b.1))).then(b.0.cmp(a.0)))
        .map(|(n, _)| n.to_string())
}

/// Rewrites names relative to the document's place: 镇党委 → 湖塘镇党委 (alias 镇党委),
/// 市党代会 → the document's 党代会 of a city, when there is one.
fn resolve_relative(
    doc: &DocView,
    gaz: &Gazetteer,
    cands: &mut [Cand],
    subject: Option<&str>,
    subject_div: Option<usize>,
    choice: &HashMap<String, Option<usize>>,
) {
    // the document's place for each level: the subject and its ancestors in the table,
    // else a place of that level named in the document
    let mut by_level: HashMap<Level, String> = HashMap::default();
    if let Some(mut d) = subject_div {
        by_level.insert(gaz.get(d).level, gaz.get(d).name.clone());
        while let Some(p) = gaz.parent(d) {
            by_level.insert(gaz.get(p).level, gaz.get(p).name.clone());
            d = p;
        }
    } else if let Some(s) = subject {
        if let Some(l) = level_of_name(s) {
            by_level.insert(l, s.to_string());
        }
    }
    for c in cands.iter().filter(|c| c.class == Class::AdministrativeDivision && matches!(c.rule, Rule::Gazetteer | Rule::Suffix)) {
        if let Some(l) = level_of_cand(gaz, c, choice) {
            by_level.entry(l).or_insert_with(|| c.name.clone());
        }
    }
    let full_events: Vec<(String, usize)> =
        cands.iter().filter(|c| c.class == Class::Event && c.relative.is_none()).map(|c| (c.name.clone(), c.begin)).collect();
    let communities: Vec<(usize, String)> =
        cands.iter().filter(|c| c.class == Class::Community && c.relative.is_none()).map(|c| (c.begin, c.name.clone())).collect();
    // 启动仪式由…主持 after …志愿服务月活动启动仪式在这里举行: a ceremony said by its kind
    // alone (with the act it marks) is the one named before whose name ends so
    // (named in this paragraph or the two before: a newspaper's page holds many)
    let paragraph = |i: usize| doc.sentence_of(i).map_or(0, |s| doc.sentences[s].paragraph);
    for c in cands.iter_mut().filter(|c| c.class == Class::Event && c.relative.is_none()) {
        let kind = ["启动", "签约", "开工", "揭牌", "开幕", "颁奖", "授牌", "奠基", "竣工"].iter().find_map(|v| c.name.strip_prefix(v)).unwrap_or(&c.name);
        if !lexicon::SUFFIXES.iter().any(|s| s.class == Class::Event && s.text == kind) {
            continue;
        }
        if let Some(full) = event_ending(&full_events, c, |b| paragraph(b) + 2 >= paragraph(c.begin)) {
            c.alts.push(std::mem::replace(&mut c.name, full));
        }
    }
    // (核桃开杆节 after 北斗彝族乡首届核桃开杆节: an event said again by the end of its name, of
    // four characters or more, is that event, where one event the text names ends so)
    // (not where the text names many events of its kind, a newspaper's 告别仪式 and 新闻发布会:
    // counted once a kind)
    // (the names of each kind and how many events they are, gathered once a kind)
    let mut events_of_kind: HashMap<&'static str, (Vec<&str>, usize)> = HashMap::default();
    for c in cands.iter_mut().filter(|c| c.class == Class::Event && c.relative.is_none() && c.name.chars().count() >= 4) {
        let Some(kind) = lexicon::event_kind(&c.name, 1) else { continue };
        let (of_kind, many) = events_of_kind.entry(kind).or_insert_with(|| {
            let names: Vec<&str> = full_events.iter().map(|(n, _)| n.as_str()).filter(|n| n.ends_with(kind)).collect::<BTreeSet<_>>().into_iter().collect();
            let many = lexicon::distinct_events(&names);
            (names, many)
        });
        if *many > 2 {
            continue;
        }
        let longer: Vec<&str> = of_kind.iter().copied().filter(|n| n.len() > c.name.len() && n.ends_with(c.name.as_str())).collect();
        let Some(&longest) = longer.iter().max_by_key(|n| n.len()) else { continue };
        if longer.iter().all(|n| longest.ends_with(n)) {
            c.alts.push(std::mem::replace(&mut c.name, longest.to_string()));
        }
    }
    for c in cands.iter_mut() {
        let Some(w) = c.relative else { continue };
        if c.rule == Rule::SelfReference {
            continue;
        }
        // 社区党委: the party committee of the community last named
        if matches!(w, '社' | '村' | '嘎') {
            // 村党支部 → 柳溪村党支部; 村委会 → 柳溪村村委会, 居委会 → 星河社区居委会
            let whole = lexicon::BARE_LOCAL_BODIES.iter().any(|(body, _)| *body == c.name);
            let rest: String = if whole { c.name.clone() } else { c.name.chars().skip(if w == '村' { 1 } else { 2 }).collect() };
            // the one named in this sentence or the one before, else the one the report is
            // about (a branch a paragraph after its village was named is another's)
            let sentence = |i: usize| doc.sentence_of(i).unwrap_or(0);
            // (社区党委 is a 社区's: not a residential compound's named in between)
            let near = communities.iter().filter(|(b, n)| *b < c.begin && sentence(*b) + 1 >= sentence(c.begin) && !n.ends_with("小区")).last();
            let about = communities.iter().find(|(_, n)| Some(n.as_str()) == subject);
            match near.or(about) {
                Some((_, community)) => {
                    c.alts.push(c.name.clone());
                    c.name = format!("{community}{rest}");
                }
                None => c.name.clear(), // no community to name it after: dropped
            }
            c.relative = None;
            continue;
        }
        // 本届美食文化节 → 青禾镇稻香美食文化节: the event named before whose name ends so
        if w == '届' {
            if let Some(full) = event_ending(&full_events, c, |_| true) {
                c.alts.push(std::mem::replace(&mut c.name, full));
            }
            c.relative = None;
            continue;
        }
        // (州委 said alone: an autonomous prefecture's, which the table's levels do not name)
        let Some(level) = level_of_word(w) else {
            c.name.clear();
            continue;
        };
        let rest: String = c.name.chars().skip(if c.name.starts_with("街道") || c.name.starts_with("苏木") { 2 } else { 1 }).collect();
        if c.class == Class::Event {
            // 市党代会 → 常州市第十三次党代会: an event of the same kind at a place of that level
            let same = full_events.iter().find(|(n, _)| {
                n.ends_with(&rest) && by_level.get(&level).is_some_and(|p| n.starts_with(p.as_str()))
            });
            match same {
                Some((full, _)) => {
                    c.alts.push(c.name.clone());
                    c.name = full.clone();
                    c.relative = None;
                }
                None => c.relative = None,
            }
            continue;
        }
        // (市委, 市商务局 in a county-level city's news are that city's, not its prefecture's:
        // 龙井市委副书记、市长 … 市商务局)
        let county_city = by_level.get(&Level::County).filter(|p| level == Level::City && p.ends_with('市'));
        match county_city.or_else(|| by_level.get(&level)) {
            Some(place) => {
                // (县委 of 邱县 is 邱县委 and 邱县县委: a one-character stem repeats the level)
                if place.chars().count() == 2 && !c.name.starts_with("街道") {
                    c.alts.push(format!("{place}{}", c.name));
                }
                c.alts.push(c.name.clone());
                c.name = format!("{place}{rest}");
                c.relative = None;
            }
            None => c.name.clear(), // 镇党委 with no town to name it after: dropped
        }
    }
}

/// The full name of the event named last before `c` (at a place `near` accepts) whose name
/// ends with `c`'s (本届美食文化节, 启动仪式 → the full name said before).
fn event_ending(full_events: &[(String, usize)], c: &Cand, near: impl Fn(usize) -> bool) -> Option<String> {
    // (…专场招聘会暨…结业仪式 for 专场招聘会: the first of two events a 暨 joins, too)
    let names = |n: &str| n.ends_with(&c.name) || n.find(&c.name).is_some_and(|i| n[i + c.name.len()..].starts_with('暨'));
    full_events.iter().filter(|(n, b)| n.len() > c.name.len() && names(n) && *b < c.begin && near(*b)).last().map(|(n, _)| n.clone())
}

/// The place a self reference (全镇, 我区) points to.
fn self_reference_target(res: &Resolution, gaz: &Gazetteer, c: &Cand) -> Option<usize> {
    if c.rule != Rule::SelfReference {
        return None;
    }
    let word = c.relative?;
    // 全区 in a report that names a prefecture as 地区 (滨州地区, 1998-era) is that prefecture
    if word == '区' {
        let prefecture: Vec<usize> = (0..res.entities.len())
            .filter(|&e| res.entities[e].class == Class::AdministrativeDivision && res.entities[e].alt_labels.iter().any(|a| a.chars().count() > 2 && a.ends_with("地区")))
            .collect();
        if prefecture.len() == 1 {
            return Some(prefecture[0]);
        }
    }
    let subject = res.subject?;
    // the entity of a kind named last before the reference
    let named_last = |kind: &dyn Fn(usize) -> bool| res.mentions.iter().filter(|m| m.end <= c.begin && kind(m.entity)).max_by_key(|m| m.begin).map(|m| m.entity);
    // 全村, 该社区: the village or community the report is about, else the one named last
    // before the reference
    if matches!(word, '村' | '社' | '嘎') {
        if res.entities[subject].class == Class::Community {
            return Some(subject);
        }
        return named_last(&|e| res.entities[e].class == Class::Community);
    }
    let level = level_of_word(word)?;
    let mut d = res.divisions[subject];
    let level_of = |e: usize| match res.divisions[e] {
        Some(d) => Some(gaz.get(d).level),
        None => level_of_name(&res.entities[e].label),
    };
    // failing all else, the place of that level named last before the reference
    let named_before = || named_last(&|e| res.entities[e].class == Class::AdministrativeDivision && level_of(e) == Some(level));
    // a report about a village: 全镇 is the one township the document names, or the one
    // named last
    let Some(subject_level) = level_of(subject) else {
        let same: Vec<usize> =
            (0..res.entities.len()).filter(|&e| res.entities[e].class == Class::AdministrativeDivision && level_of(e) == Some(level)).collect();
        return if same.len() == 1 { Some(same[0]) } else { named_before() };
    };
    if subject_level == level {
        return Some(subject);
    }
    // an ancestor of the subject named in the document
    while let Some(cur) = d {
        let Some(p) = gaz.parent(cur) else { break };
        if gaz.get(p).level == level {
            if let Some(e) = res.divisions.iter().position(|&x| x == Some(p)) {
                return Some(e);
            }
            break;
        }
        d = Some(p);
    }
    named_before()
}

/// What a company is called for short after its full name (天津锐拓新材料有限公司 →
/// 锐拓新材料; 内蒙古草原恒泰乳业有限公司 → 恒泰乳业): its name without the places it starts
/// with and its legal form, also without a common word before the trade name, when four
/// or more characters are left and no word the dictionary knows starts them (they start
/// with the trade name).
fn company_short_name(doc: &DocView, gaz: &Gazetteer, label: &str) -> Option<String> {
    let seg = doc.segmenter()?;
    let known = |w: &str| seg.has_word(w);
    let base = without_leading_places(gaz, label).unwrap_or_else(|| label.to_string());
    let core = COMPANY_FORMS.iter().filter(|k| k.contains("有限")).find_map(|k| base.strip_suffix(k))?;
    // (no word of two to four characters starts it: 锐拓|新材料, not 新能源|开发)
    let trade = |s: &str| {
        let heads = (2..=4).filter_map(|n| s.char_indices().nth(n).map(|(i, _)| &s[..i]));
        s.chars().count() >= 4 && !heads.into_iter().any(|h| known(h)) && !crate::detect::is_generic_prefix(s) && !lexicon::is_common_noun(s)
    };
    if trade(core) {
        return Some(core.to_string());
    }
    core.char_indices().nth(2).map(|(i, _)| &core[i..]).filter(|r| known(&core[..core.len() - r.len()]) && trade(r)).map(str::to_string)
}

/// The words of a capacity or output that start a project's name (年产30万套|精密减速机).
const CAPACITY_LEADS: [&str; 8] = ["年产", "年加工", "年处理", "日处理", "年出栏", "年屠宰", "年存栏", "日产"];

/// The units a capacity that starts a project's name counts in, longest first.
const CAPACITY_UNITS: [&str; 14] = ["平方米", "立方米", "千瓦", "万吨", "万套", "万台", "万件", "万头", "吨", "套", "台", "件", "头", "只"];

/// The name a project goes by again after its full name said it with a capacity or its
/// builder before (年产30万套精密减速机项目 … 精密减速机项目达产后; …牧业有限公司肉牛养殖
/// 项目 … 肉牛养殖项目): its core with 项目, when the text wrote the full name with 项目.
fn project_short_name(label: &str, alt_labels: &[String]) -> Option<String> {
    if !alt_labels.iter().any(|a| a.strip_suffix("项目") == Some(label)) {
        return None;
    }
    let core = if let Some(rest) = CAPACITY_LEADS.iter().find_map(|l| label.strip_prefix(l)) {
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || "一二三四五六七八九十百千万亿两".contains(c));
        CAPACITY_UNITS.iter().find_map(|u| rest.strip_prefix(u))?
    } else {
        let (at, kind) = COMPANY_FORMS.iter().chain(&["合作社"]).filter_map(|k| label.rfind(k).map(|i| (i, k))).max_by_key(|&(i, k)| i + k.len())?;
        &label[at + kind.len()..]
    };
    (core.chars().count() >= 3 && !crate::detect::is_generic_prefix(core) && !lexicon::is_common_noun(core)).then(|| format!("{core}项目"))
}

/// Later occurrences of names already found, and short names of linked places.
fn known_names(doc: &DocView, gaz: &Gazetteer, res: &mut Resolution) {
    // name, entity, is a short name (of a place, or a company's trade name and trade)
    let mut names: Vec<(String, usize, bool)> = Vec::new();
    // (百育镇电商直播基地 … 电商直播基地由…建设: a project named with its division is said again
    // without it, where no other project of the report goes by the rest; a word of its own
    // there)
    let divisions: Vec<&str> = res.entities.iter().filter(|e| e.class == Class::AdministrativeDivision && e.label.chars().count() >= 2).map(|e| e.label.as_str()).collect();
    let mut placeless_names: HashMap<&str, Vec<usize>> = HashMap::default();
    for (ei, e) in res.entities.iter().enumerate().filter(|(_, e)| e.class.family() == Family::Project) {
        let rest = divisions.iter().find_map(|d| e.label.strip_prefix(d)).filter(|r| r.chars().count() >= 4 && !r.starts_with(|c: char| c.is_ascii_digit()));
        if let Some(rest) = rest {
            placeless_names.entry(rest).or_default().push(ei);
        }
    }
    let taken_by_others = |rest: &str| res.entities.iter().any(|o| o.label == rest || o.alt_labels.iter().any(|a| a == rest));
    let placeless_names: HashMap<String, usize> = placeless_names.into_iter().filter(|(r, es)| es.len() == 1 && !taken_by_others(r)).map(|(r, es)| (r.to_string(), es[0])).collect();
    for (rest, &ei) in &placeless_names {
        names.push((rest.clone(), ei, false));
    }
    for (ei, e) in res.entities.iter().enumerate() {
        if e.class == Class::Person && e.label.chars().count() < 2 {
            continue;
        }
        if e.class == Class::Company {
            if let Some(short) = company_short_name(doc, gaz, &e.label) {
                // (锦丰新材料科技 → 锦丰新材料: also without the generic word of business it ends
                // with, when four characters are left)
                let plain = ["科技", "实业", "发展", "贸易", "控股", "股份"].iter().find_map(|w| short.strip_suffix(w)).filter(|r| r.chars().count() >= 4).map(str::to_string);
                names.extend(plain.map(|p| (p, ei, true)));
                names.push((short, ei, true));
            }
        }
        if e.class == Class::Project {
            names.extend(project_short_name(&e.label, &e.alt_labels).map(|s| (s, ei, false)));
        }
        names.push((e.label.clone(), ei, false));
        // (not a name said relative to a place, 村党支部 of 东坪村党支部: written again it
        // may be another village's, or every village's: 18个村党支部; the detector resolves
        // such names where they stand)
        let relative = |a: &str| said_relative(&e.label, a, &['村', '镇', '乡', '县', '区', '市', '省', '社', '街', '嘎', '苏', '旗']);
        // (nor an event's kind said alone, 招聘会 or 专场招聘会 of …专场招聘会: the detector found
        // where it speaks of the event; elsewhere it may count others, 举办专场招聘会26场)
        let kind_alone = |a: &str| e.class.family() == Family::Event && a.len() < e.label.len() && a.chars().count() <= 5 && e.label.ends_with(a) && lexicon::event_kind(a, 3).is_some();
        for a in e.alt_labels.iter().filter(|a| !relative(a) && !kind_alone(a)) {
            names.push((a.clone(), ei, false));
        }
        if let Some(short) = res.divisions[ei].and_then(|d| gaz.get(d).short.clone()) {
            names.push((short, ei, true));
        }
    }
    // longest first, so 湖塘镇 is found before 湖塘
    names.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then(a.0.cmp(&b.0)));
    names.dedup_by(|a, b| a.0 == b.0);
    let text = doc.full_text();
    // the characters mentions already hold (a test per character, not per mention: a
    // long document has tens of thousands of both)
    let mut taken = vec![false; doc.chars.len()];
    let overlaps_taken = |taken: &[bool], b: usize, e: usize| taken[b..e].iter().any(|&t| t);
    for m in &res.mentions {
        taken[m.begin..m.end].fill(true);
    }
    // where projects' mentions start: a company's short name right before one names the
    // project after it (华漕新材料|年产30万立方米…砌块项目), no mention of the company
    let project_starts: HashSet<usize> = res.mentions.iter().filter(|m| res.entities[m.entity].class == Class::Project).map(|m| m.begin).collect();
    let mut added_alts: Vec<(usize, String)> = Vec::new();
    names.retain(|(name, _, _)| name.chars().nth(1).is_some());
    let found = occurrences(text, names.iter().map(|(name, _, _)| name.as_str()));
    for ((name, ei, short), found) in names.into_iter().zip(found) {
        let n = name.chars().count();
        for byte in found {
            let b = doc.char_at_byte(byte);
            let e = b + n;
            if overlaps_taken(&taken, b, e) {
                continue;
            }
            // a name must be a word of its own here: 磐石 in 坚如磐石 is not
            let aligned = doc.is_tok_start(b) && doc.is_tok_end(e);
            let placeless = placeless_names.get(&name) == Some(&ei);
            if (n <= 3 || short || placeless) && !aligned {
                continue;
            }
            // (a project's name without its division, not a longer noun it starts: 电商直播基地|群)
            if placeless && doc.tok_starting_at(e).is_some_and(|t| t.len() == 1 && t.tag == Tag::Noun) {
                continue;
            }
            let company = res.entities[ei].class == Class::Company;
            // (恒铂电气|年产50万台…项目: the project's name as written begins with its
            // builder's trade name, and the project goes by that name too; the company is
            // found as its builder by that name, not as a mention of a sentence that may list
            // other projects after it)
            if short && company && project_starts.contains(&e) {
                if let Some(p) = res.mentions.iter().find(|m| m.begin == e && res.entities[m.entity].class == Class::Project) {
                    added_alts.push((p.entity, doc.text(b, p.end)));
                }
                continue;
            }
            if short && !company && !doc.tok_starting_at(b).is_some_and(|t| matches!(t.tag, Tag::PlaceName | Tag::PersonName | Tag::Noun)) {
                continue;
            }
            // (大兴安岭南麓: the mountains, not the prefecture named after them)
            if short && (lexicon::LANDFORM_PARTS.contains(&doc.str(e, (e + 2).min(doc.chars.len()))) || lexicon::starts_road(doc.str(e, (e + 5).min(doc.chars.len())))) {
                continue;
            }
            let mut begin = b;
            // 党建红盟: a domain word glued before an initiative's name is part of its name there
            if res.entities[ei].class == Class::Initiative {
                if let Some(t) = doc.tok_ending_at(b) {
                    let w = doc.text(t.begin, t.end);
                    if matches!(w.as_str(), "党建" | "社区" | "基层" | "红色") && !overlaps_taken(&taken, t.begin, b) {
                        begin = t.begin;
                        added_alts.push((ei, doc.text(begin, e)));
                    }
                }
            }
            // (a short name, or a project's core: the label and names already held are
            // left as they are below)
            added_alts.push((ei, name.clone()));
            taken[begin..e].fill(true);
            res.mentions.push(NMention { begin, end: e, entity: ei, rule: Rule::Known, actor_before: None });
        }
    }
    for (ei, alt) in added_alts {
        let e = &mut res.entities[ei];
        if alt != e.label && !e.alt_labels.contains(&alt) {
            e.alt_labels.push(alt);
            e.alt_labels.sort();
        }
    }
}

/// The byte offsets where each of `names` occurs in `text`, as `str::match_indices`
/// finds them (non-overlapping, from the left), one list per name.
///
/// A short document (most) is searched once per name with memchr's finder; a long one
/// with many names (a whole newspaper as one file: thousands of names over megabytes)
/// in one pass of an Aho-Corasick automaton over all of them, whose overlapping matches
/// are thinned as the finder would.
fn occurrences<'n>(text: &str, names: impl ExactSizeIterator<Item = &'n str> + Clone) -> Vec<Vec<usize>> {
    const LONG_TEXT: usize = 1 << 16;
    const MANY_NAMES: usize = 32;
    if text.len() < LONG_TEXT || names.len() < MANY_NAMES {
        return occurrences_one_by_one(text, names);
    }
    occurrences_in_one_pass(text, names)
}

/// [`occurrences`] with memchr's finder, one search of the text per name.
fn occurrences_one_by_one<'n>(text: &str, names: impl Iterator<Item = &'n str>) -> Vec<Vec<usize>> {
    names.map(|name| memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).collect()).collect()
}

fn occurrences_in_one_pass<'n>(text: &str, names: impl ExactSizeIterator<Item = &'n str> + Clone) -> Vec<Vec<usize>> {
    let mut found = vec![Vec::new(); names.len()];
    let Ok(ac) = aho_corasick::AhoCorasick::new(names.clone()) else {
        return occurrences_one_by_one(text, names);
    };
    let mut next_free = vec![0usize; names.len()];
    // (matches come by their end; those of one name, all of one length, by their start)
    for m in ac.find_overlapping_iter(text) {
        let p = m.pattern().as_usize();
        if m.start() >= next_free[p] {
            found[p].push(m.start());
            next_free[p] = m.end();
        }
    }
    found
}

/// A body or project named by its township and then its village (凤屯镇腊湾村长者食堂, 革东镇
/// 展留村党支部) is also called by the village's name and its own (腊湾村长者食堂): the
/// short name is an alias where the township's name is a division's and the village's a
/// community's of the document.
fn village_short_names(entities: &mut [Entity]) {
    let divisions: Vec<&str> = entities.iter().filter(|e| e.class == Class::AdministrativeDivision).map(|e| e.label.as_str()).collect();
    let villages: Vec<&str> = entities.iter().filter(|e| e.class == Class::Community).map(|e| e.label.as_str()).collect();
    let mut short: Vec<(usize, String)> = Vec::new();
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| matches!(e.class.family(), Family::Organization | Family::Project)) {
        let rest = divisions.iter().filter(|d| d.chars().count() >= 2).find_map(|d| e.label.strip_prefix(d));
        if let Some(rest) = rest.filter(|r| villages.iter().any(|v| r.len() > v.len() && r.starts_with(v))) {
            // (not where another entity is named by the village's thing alone: 桃源溪黄桃基地
            // beside 秩堂镇彭家祠村桃源溪黄桃基地, which the reader takes for one)
            let named_apart = entities.iter().any(|o| o.class.family() == e.class.family() && o.label != e.label && o.label.chars().count() >= 4 && rest.ends_with(o.label.as_str()));
            if !named_apart && !e.alt_labels.iter().any(|a| a == rest) {
                short.push((i, rest.to_string()));
            }
        }
    }
    for (i, rest) in short {
        entities[i].alt_labels.push(rest);
        entities[i].alt_labels.sort();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_report_about_a_body_its_title_names_is_about_the_body_s_place() {
        // (the town only inside names, the village once alone: the title's town; a hospital's
        // grade is no name)
        let ex = extract("郎溪县梅渚镇卫生院：小小卫生院撑起健康伞\n近日，记者走进梅渚镇卫生院。在中医馆，医师正在为柳溪村的老人治疗。梅渚镇卫生院是一所一级甲等乡镇卫生院，梅渚镇中心敬老院也在附近。");
        assert_eq!(ex.subject_place.map(|e| ex.entities[e].label.as_str()), Some("梅渚镇"), "{:?}", ex.entities);
        assert!(!ex.entities.iter().any(|e| e.label.contains("甲等")), "{:?}", ex.entities);
    }

    #[test]
    fn a_project_named_with_its_town_is_said_again_without_it() {
        let ex = extract("青禾镇：电商助农\n青禾镇电商直播基地去年投用。电商直播基地由青禾镇人民政府建设，总投资860万元。");
        let base = ex.entities.iter().position(|e| e.label == "青禾镇电商直播基地").expect("the project");
        assert!(ex.mentions.iter().filter(|m| m.entity == base).count() == 2, "{:?}", ex.mentions);
        assert!(ex.measurements.iter().any(|m| m.entity == base && m.value == "8600000"), "{:?}", ex.measurements);
        // (a word of its own only: not inside 县电商直播基地群)
        let ex = extract("青禾镇：电商助农\n青禾镇电商直播基地去年投用。全县电商直播基地群初具规模。");
        let base = ex.entities.iter().position(|e| e.label == "青禾镇电商直播基地").expect("the project");
        assert!(ex.mentions.iter().filter(|m| m.entity == base).count() == 1, "{:?}", ex.mentions);
    }

    #[test]
    fn two_villages_committees_said_alone_are_two() {
        let ex = extract("青禾镇简讯\n龙马村党支部书记、村委会主任王家兴介绍了情况。枫林村党支部书记、村委会主任曾德华说，村里变化大。");
        for (person, org) in [("王家兴", "龙马村村委会"), ("曾德华", "枫林村村委会")] {
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label == org), "{person}: {:?}", ex.entities);
        }
    }

    #[test]
    fn a_name_said_relative_to_a_village_is_not_found_again_elsewhere() {
        let ex = extract("标题\n周庄镇党委组织全镇18个村党支部开展“三会一课”专题培训。在柳溪村，村党支部书记罗春华说，村里变化大。");
        let branch = ex.entities.iter().position(|e| e.label == "柳溪村党支部").expect("the village's branch");
        assert_eq!(ex.mentions.iter().filter(|m| m.entity == branch).count(), 1, "{:?}", ex.mentions);
        assert!(!ex.relations.iter().any(|r| ex.entities[r.object].label == "三会一课" && ex.entities[r.subject].label.starts_with("柳溪村")), "{:?}", ex.relations);
    }

    #[test]
    fn bodies_named_by_inner_mongolia_s_level_words_belong_to_the_banner_township_or_village() {
        let ex = extract("正蓝旗奶业\n正蓝旗宝格达苏木青格勒嘎查新建牛舍，嘎查党支部领办合作社。旗委常委、副旗长乌力吉，苏木党委书记张明出席。旗农牧局局长李强主持。");
        for (label, alt) in [("正蓝旗委", "旗委"), ("宝格达苏木党委", "苏木党委"), ("正蓝旗农牧局", "旗农牧局"), ("青格勒嘎查党支部", "嘎查党支部")] {
            assert!(ex.entities.iter().any(|e| e.label == label && e.alt_labels.iter().any(|a| a == alt)), "{label}: {:?}", ex.entities);
        }
        // 全苏木: the township the report speaks of
        let ex = extract("宝格达苏木奶业\n宝格达苏木位于正蓝旗。全苏木奶牛存栏2.1万头。");
        assert!(ex.measurements.iter().any(|m| ex.entities[m.entity].label == "宝格达苏木" && m.value == "21000"), "{:?}", ex.measurements);
    }

    #[test]
    fn bodies_of_the_city_in_a_county_level_city_s_news_are_that_city_s() {
        // (武穴市 is a county-level city of 黄冈市: its 市商务局 is 武穴市's)
        let ex = extract("武穴市梅川镇招商\n武穴市委常委、副市长王强到梅川镇调研，市商务局、市发改局负责同志陪同。");
        for (label, alt) in [("武穴市商务局", "市商务局"), ("武穴市发改局", "市发改局")] {
            assert!(ex.entities.iter().any(|e| e.label == label && e.alt_labels.iter().any(|a| a == alt)), "{label}: {:?}", ex.entities);
        }
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("黄冈市") && e.label != "黄冈市"), "{:?}", ex.entities);
        // (a county's news: 市 is the prefecture's)
        let ex = extract("嘉鱼县陆溪镇招商\n嘉鱼县委常委王强到陆溪镇调研，市商务局负责同志陪同。");
        assert!(ex.entities.iter().any(|e| e.label == "咸宁市商务局"), "{:?}", ex.entities);
    }

    #[test]
    fn a_community_s_committee_said_alone_is_no_residential_compound_s() {
        let ex = extract("松涛街道改造\n东兴社区光明巷小区共有住户318户，社区党委组织党员入户。");
        assert!(ex.entities.iter().any(|e| e.label == "东兴社区党委"), "{:?}", ex.entities);
        assert!(!ex.entities.iter().any(|e| e.label == "光明巷小区党委"), "{:?}", ex.entities);
    }

    #[test]
    fn a_listed_township_jieba_glued_to_a_preposition_is_the_township() {
        // (位/于首阳/nr/镇: jieba's cut; 首阳镇 is a township of 陇西县 in the table)
        let ex = extract("陇西县营商\n陇西县位于甘肃中部。位于首阳镇的陇源本草药业有限公司计划投资。");
        assert!(ex.entities.iter().any(|e| e.label == "首阳镇" && e.admin_code.is_some()), "{:?}", ex.entities);
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("于")), "{:?}", ex.entities);
    }

    #[test]
    fn a_company_is_known_by_its_trade_name_and_trade_after_its_full_name() {
        let ex = extract("云岫区开工\n云岫区引进天津锐拓新材料有限公司和内蒙古草原恒泰乳业有限公司。锐拓新材料董事长林海峰说，恒泰乳业也来了。");
        let mentions = |label: &str| ex.entities.iter().position(|e| e.label == label).map_or(0, |i| ex.mentions.iter().filter(|m| m.entity == i).count());
        assert_eq!(mentions("天津锐拓新材料有限公司"), 2, "{:?}", ex.mentions);
        assert_eq!(mentions("内蒙古草原恒泰乳业有限公司"), 2, "{:?}", ex.mentions);
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "林海峰" && ex.entities[p.org].label == "天津锐拓新材料有限公司"), "{:?}", ex.posts);
        // (a company named by common words has no short name: 新能源开发 is any company's work)
        let ex = extract("云岫区开工\n云岫区引进天津新能源开发有限公司。新能源开发前景好。");
        let company = ex.entities.iter().position(|e| e.class == crate::model::Class::Company);
        assert!(company.is_none_or(|c| ex.mentions.iter().filter(|m| m.entity == c).count() == 1), "{:?}", ex.mentions);
    }

    #[test]
    fn a_body_said_by_its_level_word_after_an_adjective_jieba_keeps_is_the_same_body() {
        let ex = extract("庞各庄镇执法改革\n庞各庄镇综合行政执法队（以下简称“镇执法队”）承接执法事项。现在打个电话，镇执法队半小时就能到。镇里建立三张清单，明确镇执法队与区派驻执法力量的衔接方式。");
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("明确")), "{:?}", ex.entities);
    }

    #[test]
    fn a_co_operative_said_again_by_its_trade_name_and_kind_is_one_entity() {
        let ex = extract("青禾镇\n富锦市丰穗农机专业合作社有社员30户。丰穗合作社成立于2013年。石桥果蔬专业合作社和石桥养殖专业合作社都在发展，石桥合作社负责人说。");
        let coop = ex.entities.iter().find(|e| e.label == "富锦市丰穗农机专业合作社").expect("the co-operative");
        assert!(coop.alt_labels.iter().any(|a| a == "丰穗合作社"), "{:?}", ex.entities);
        assert!(!ex.entities.iter().any(|e| e.label == "丰穗合作社"), "{:?}", ex.entities);
        // (two co-operatives share the trade name: the short one is neither)
        assert!(ex.entities.iter().any(|e| e.label == "石桥合作社"), "{:?}", ex.entities);
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("石桥") && e.label.len() > "石桥合作社".len() && e.alt_labels.iter().any(|a| a == "石桥合作社")), "{:?}", ex.entities);
    }

    #[test]
    fn co_operatives_named_after_two_villages_are_two() {
        let ex = extract("标题\n石桥村成立了石桥果蔬专业合作社。龙山村成立了龙山果蔬专业合作社。浙江恒信集团发展很快，恒信集团员工很多。");
        let coops: Vec<&str> = ex.entities.iter().filter(|e| e.label.ends_with("合作社")).map(|e| e.label.as_str()).collect();
        assert_eq!(coops, ["石桥果蔬专业合作社", "龙山果蔬专业合作社"], "{:?}", ex.entities);
        // a province's short name still drops off a company's (浙江恒信集团 is 恒信集团)
        assert!(ex.entities.iter().any(|e| e.label == "浙江恒信集团" && e.alt_labels.iter().any(|a| a == "恒信集团")), "{:?}", ex.entities);
    }

    #[test]
    fn a_name_with_a_preposition_or_verb_glued_before_it_is_the_name_the_text_writes_alone() {
        let ex = extract("标题\n车队开至麦岭村。麦岭村变了样。学员同谷明华干部学院的老师交流。谷明华干部学院成立多年。中共中央政治局召开会议，中央政治局委员出席。");
        let anchors: Vec<&str> = ex.mentions.iter().map(|m| m.text.as_str()).collect();
        assert!(anchors.iter().filter(|&&a| a == "麦岭村").count() == 2, "{anchors:?}");
        assert!(anchors.iter().filter(|&&a| a == "谷明华干部学院").count() == 2, "{anchors:?}");
        // a name's own first words stay (中共 is no glued word)
        assert!(anchors.contains(&"中共中央政治局"), "{anchors:?}");
    }

    #[test]
    fn names_are_found_in_one_pass_as_the_finder_finds_them_one_by_one() {
        // overlapping occurrences of one name (星星 in 星星星星星), names inside names,
        // a name that occurs nowhere, and the same name twice
        let text = "星星星星星，湖塘镇湖塘村。湖塘镇党委和湖塘村党总支；星星湖塘镇".repeat(3);
        let names = ["星星", "湖塘镇", "湖塘", "湖塘村党总支", "塘镇湖", "镇党委和湖", "青禾镇", "湖塘", "星星星"];
        let one_by_one: Vec<Vec<usize>> = names.iter().map(|n| text.match_indices(n).map(|(b, _)| b).collect()).collect();
        assert_eq!(super::occurrences_in_one_pass(&text, names.iter().copied()), one_by_one);
        assert_eq!(super::occurrences(&text, names.iter().copied()), one_by_one);
        assert_eq!(one_by_one[0].len(), 3 * 3, "星星星星星 holds 星星 twice (not four times), 星星湖塘镇 once");
        assert!(one_by_one[6].is_empty());
    }

    use crate::model::Class::*;
    use crate::pipeline::test_support::{entities, extract, has, labelled};

    #[test]
    fn a_company_s_mentions_by_its_trade_name_are_one_entity() {
        let ex = extract("浙江恒信集团有限公司扩大生产。恒信集团公司新建厂房。青禾镇引进华锐新材料有限公司。");
        let companies: Vec<_> = ex.entities.iter().filter(|e| e.class == Company).collect();
        assert_eq!(companies.len(), 2, "{companies:?}");
        assert!(companies.iter().any(|e| e.label == "浙江恒信集团有限公司" && e.alt_labels.contains(&"恒信集团公司".to_string())), "{companies:?}");
        // the trade name is a key, not a name; the name without its place is one
        assert!(!companies.iter().any(|e| e.alt_labels.iter().any(|a| a == "恒信")), "{companies:?}");
        let ex = extract("浙江恒信集团扩大生产。恒信集团1996年实现销售收入5亿多元。");
        assert!(ex.measurements.iter().any(|m| ex.entities[m.entity].label == "浙江恒信集团" && m.value == "500000000"), "{:?}", ex.measurements);
    }

    #[test]
    fn a_city_s_short_name_the_text_uses_is_an_alias() {
        let ex = extract("晋城市召开会议。晋城是革命老区。");
        assert!(ex.entities.iter().any(|e| e.label == "晋城市" && e.alt_labels.contains(&"晋城".to_string())), "{:?}", ex.entities);
    }

    #[test]
    fn a_department_named_in_full_and_by_its_short_form_is_one_entity() {
        let ex = extract("云岫县召开会议\n云岫县文化体育和旅游局、县住房和城乡建设局负责同志参加。县文旅局局长严立新讲话，县住建局要加强指导。");
        let of = |short: &str| ex.entities.iter().filter(|e| e.label == short || e.alt_labels.iter().any(|a| a == short)).map(|e| e.label.as_str()).collect::<Vec<_>>();
        assert_eq!(of("县文旅局"), ["云岫县文化体育和旅游局"], "{:?}", entities(&ex));
        assert_eq!(of("县住建局"), ["云岫县住房和城乡建设局"], "{:?}", entities(&ex));
        // (the short form joins them and is no name the text does not write)
        assert!(!labelled(&ex, "云岫县文旅局") || ex.entities.iter().any(|e| e.alt_labels.iter().any(|a| a == "云岫县文旅局")));
        // (a county's and a city's department of the same kind are two)
        let ex = extract("云岫县召开会议\n永州市人力资源和社会保障局、县人社局有关负责同志参加。市人社局局长讲话。");
        let mut labels: Vec<_> = ex.entities.iter().filter(|e| e.label.ends_with("人社局") || e.label.ends_with("人力资源和社会保障局")).map(|e| e.label.as_str()).collect();
        labels.sort();
        assert_eq!(labels, ["云岫县人社局", "永州市人力资源和社会保障局"], "{:?}", entities(&ex));
        // (two places' co-operative unions, however written, are two)
        let ex = extract("北兴镇供销社工作\n北兴镇供销合作社在克山县供销合作社指导下工作。北兴的做法是县供销社推行模式的缩影。");
        let mut labels: Vec<_> = ex.entities.iter().filter(|e| e.label.contains("供销")).map(|e| e.label.as_str()).collect();
        labels.sort();
        assert_eq!(labels, ["克山县供销合作社", "北兴镇供销合作社"], "{:?}", entities(&ex));
    }

    #[test]
    fn names_sharing_an_alias_are_one_entity() {
        let ex = extract("青禾镇全力推进“禾盟”建设。在禾盟的引领下，党建禾盟持续发力。");
        let n = ex.entities.iter().filter(|e| e.class == Initiative).count();
        assert_eq!(n, 1, "{:?}", entities(&ex));
        assert!(labelled(&ex, "禾盟建设") && labelled(&ex, "党建禾盟"));
        let e = ex.entities.iter().position(|e| e.label == "禾盟").unwrap();
        assert_eq!(ex.mentions.iter().filter(|m| m.entity == e).count(), 3);
    }

    #[test]
    fn short_and_full_names_of_a_body_are_one_entity() {
        let ex = extract("青禾镇人民政府召开会议。会上，青禾镇政府部署了工作。");
        let bodies: Vec<_> = ex.entities.iter().filter(|e| e.class == GovernmentBody).collect();
        assert_eq!(bodies.len(), 1, "{:?}", entities(&ex));
        assert_eq!(bodies[0].label, "青禾镇人民政府");
        assert!(labelled(&ex, "青禾镇政府"));
        // (镇政府 said alone goes by that name too, as written)
        let ex = extract("青禾镇召开会议\n青禾镇召开会议。签约仪式在镇政府举行。");
        assert!(ex.entities.iter().any(|e| e.class == GovernmentBody && e.label == "青禾镇人民政府" && e.alt_labels.iter().any(|a| a == "镇政府")), "{:?}", ex.entities);
    }

    #[test]
    fn a_county_committee_s_department_with_zhonggong_and_without_is_one_entity() {
        let ex = extract("澄远县新闻\n中共澄远县委组织部召开会议。会上，县委组织部部长讲话。");
        let bodies: Vec<_> = ex.entities.iter().filter(|e| e.label.contains("组织部")).collect();
        assert_eq!(bodies.len(), 1, "{:?}", entities(&ex));
        assert!(bodies[0].alt_labels.iter().any(|a| a == "中共澄远县委组织部"), "{:?}", bodies);
    }

    #[test]
    fn a_definition_after_ji_is_another_name() {
        let ex = extract("星澜社区探索形成“141模式”，即“一核四联一融合”。");
        assert!(has(&ex, Initiative, "141模式"), "{:?}", entities(&ex));
        assert!(labelled(&ex, "一核四联一融合"));
        assert_eq!(ex.entities.iter().filter(|e| e.class == Initiative).count(), 1);
    }

    #[test]
    fn a_township_s_party_committee_by_its_full_name_is_the_same_committee() {
        // (the full name as written stays a name of it; the office is the committee's)
        let ex = extract("湾岭镇简报\n中共琼中黎族苗族自治县湾岭镇委员会召开会议。湾岭镇党委书记符明出席。中共达板镇委员会办公室编印。达板镇党委召开会议。");
        let committee = |label: &str, full: &str| ex.entities.iter().filter(|e| e.class == PartyOrganization && e.label == label && e.alt_labels.iter().any(|a| a == full)).count();
        assert_eq!(committee("湾岭镇党委", "中共琼中黎族苗族自治县湾岭镇委员会"), 1, "{:?}", entities(&ex));
        assert!(ex.entities.iter().filter(|e| e.label.contains("湾岭镇") && e.class == PartyOrganization).count() == 1, "{:?}", entities(&ex));
        let office = ex.entities.iter().position(|e| e.alt_labels.iter().any(|a| a == "中共达板镇委员会办公室")).expect("the office");
        let party = ex.entities.iter().position(|e| e.label == "达板镇党委").expect("the committee");
        assert!(ex.relations.iter().any(|r| r.subject == office && r.object == party && r.predicate == crate::model::Predicate::PartOf), "{:?}", ex.relations);
    }

    #[test]
    fn references_to_the_document_place_resolve_to_it() {
        let ex = extract("湖塘镇地处武进区。湖塘镇今年新增企业。截至9月底，全镇现有规上企业169家。镇党委书记张明表示将继续努力。");
        let subject = ex.subject_place.map(|s| ex.entities[s].label.clone());
        assert_eq!(subject.as_deref(), Some("湖塘镇"));
        assert!(has(&ex, PartyOrganization, "湖塘镇党委"), "{:?}", entities(&ex));
        assert!(labelled(&ex, "镇党委"));
        let m = ex.measurements.iter().find(|m| m.value == "169").unwrap();
        assert_eq!(ex.entities[m.entity].label, "湖塘镇");
    }

    #[test]
    fn whole_village_in_a_county_s_report_is_the_village_named_last() {
        let ex = extract("威县扶贫见闻\n威县全力扶贫。威县柳溪村的党员带头养羊。如今全村30户都养了羊。");
        let m = ex.measurements.iter().find(|m| m.value == "30").expect("the figure");
        assert_eq!(ex.entities[m.entity].label, "柳溪村");
    }

    #[test]
    fn the_committee_of_a_county_with_a_one_character_stem_is_one_body() {
        let ex = extract("标题\n河北省威县县委书记王振华到村里调研。县委决定加快发展。");
        let committees: Vec<_> = ex.entities.iter().filter(|e| e.class == PartyOrganization).collect();
        assert_eq!(committees.len(), 1, "{:?}", entities(&ex));
        assert_eq!(committees[0].label, "威县县委");
    }

    #[test]
    fn a_project_goes_by_its_name_without_the_places_before_it() {
        let ex = extract("标题\n甘肃省天水市麦积区禾塬苹果基地迎来丰收。渭源县禾溪供水工程开工，禾溪供水工程将惠及全县。");
        assert!(has(&ex, Project, "禾塬苹果基地") && labelled(&ex, "甘肃省天水市麦积区禾塬苹果基地"), "{:?}", entities(&ex));
        assert_eq!(ex.entities.iter().filter(|e| e.label.ends_with("供水工程")).count(), 1, "{:?}", entities(&ex));
        assert!(crate::pipeline::test_support::related(&ex, "禾塬苹果基地", crate::model::Predicate::LocatedIn, "麦积区"), "{:?}", crate::pipeline::test_support::relations(&ex));
    }

    #[test]
    fn an_event_named_after_a_chain_of_places_ending_at_a_village_goes_by_the_village_s_name() {
        let ex = extract("标题\n4月17日上午，互助土族自治县东和乡柳溪村村民代表大会在村党群服务中心召开。");
        assert!(labelled(&ex, "柳溪村村民代表大会"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_report_about_a_place_s_committee_alone_is_about_that_place() {
        // the city is named only inside its committee's name (福建省三明|市委: jieba glued the
        // suffix to 委), and its full and short names are one body
        let ex = extract("三明市委“强基工程”见成效\n本报讯福建省三明市委按照“强基工程”的要求开展工作。据统计，全市12.7万名党员参加了轮训。");
        let subject = ex.subject_place.map(|s| ex.entities[s].label.clone());
        assert_eq!(subject.as_deref(), Some("三明市"));
        assert_eq!(ex.entities.iter().filter(|e| e.class == PartyOrganization).count(), 1, "{:?}", entities(&ex));
        let m = ex.measurements.iter().find(|m| m.value == "127000").expect("the figure");
        assert_eq!(ex.entities[m.entity].label, "三明市");
    }

    #[test]
    fn linked_places_are_known_by_their_short_name_where_it_is_a_word() {
        let ex = extract("武进区湖塘镇坚持项目为王。湖塘的发展坚如磐石，为武进现代化建设提供支撑。");
        let town = ex.entities.iter().find(|e| e.label == "湖塘镇").unwrap();
        assert_eq!(town.admin_code.as_deref(), Some("320412100000"));
        assert!(town.alt_labels.contains(&"湖塘".to_string()));
        assert!(ex.entities.iter().any(|e| e.label == "武进区" && e.alt_labels.contains(&"武进".to_string())));
        assert!(!ex.mentions.iter().any(|m| m.text == "磐石"));
    }

    #[test]
    fn ambiguous_places_link_by_the_other_places_of_the_document() {
        // 西湖区 is in 杭州 and in 南昌; 南站街道 lies in 南昌's
        let ex = extract("南昌市西湖区南站街道召开居民议事会。西湖区南站街道今年新建了一批口袋公园。");
        let code = |n: &str| ex.entities.iter().find(|e| e.label == n).and_then(|e| e.admin_code.clone());
        assert_eq!(code("西湖区").as_deref().map(|c| &c[..4]), Some("3601"), "{:?}", entities(&ex));
        assert!(code("南站街道").is_some_and(|c| c.starts_with("360103")));
    }

    #[test]
    fn a_document_whose_places_are_all_ambiguous_links_nothing() {
        let ex = extract("城关镇和新华镇今年各新建了一座公园。城关镇的公园更大。");
        assert!(ex.entities.iter().all(|e| e.admin_code.is_none()), "{:?}", ex.entities);
    }

    #[test]
    fn a_county_report_naming_its_towns_is_about_the_county() {
        let ex = extract("云岫县召开项目推进会\n云岫县今年新开工项目21个。桐溪镇、柳岸镇各有两个项目，桐溪镇和柳岸镇进度较快。全县将继续推进项目建设，云岫县将再接再厉。");
        let subject = ex.subject_place.map(|s| ex.entities[s].label.clone());
        assert_eq!(subject.as_deref(), Some("云岫县"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_report_is_about_the_village() {
        let ex = extract("柳岸村：小香菇撑起大产业\n柳岸村位于青禾镇。柳岸村今年发展香菇产业，全村种植面积达320亩。柳岸村还开设了直播间。");
        let subject = ex.subject_place.map(|s| ex.entities[s].label.clone());
        assert_eq!(subject.as_deref(), Some("柳岸村"), "{:?}", entities(&ex));
        let m = ex.measurements.iter().find(|m| m.value == "320").expect("area");
        assert_eq!(ex.entities[m.entity].label, "柳岸村");
    }

    #[test]
    fn a_unique_township_from_another_city_than_the_other_places_is_not_linked() {
        // 白鹭乡 is in 赣州; 永丰县 in 吉安: the text does not say which 白鹭乡 it means
        let ex = extract("白鹭乡石门村与永丰县供销社合作。白鹭乡将继续推广。");
        let code = |n: &str| ex.entities.iter().find(|e| e.label == n).and_then(|e| e.admin_code.clone());
        assert!(code("永丰县").is_some());
        assert_eq!(code("白鹭乡"), None);
    }

    #[test]
    fn two_places_projects_that_share_the_rest_of_their_names_are_two() {
        let ex = extract("标题\n绿源公司投资的岗南镇文旅康养综合体项目投资1亿元。禾丰公司投资的温塘镇文旅康养综合体项目投资2亿元。");
        let projects: Vec<&str> = ex.entities.iter().filter(|e| e.class == crate::model::Class::Project).map(|e| e.label.as_str()).collect();
        assert_eq!(projects.len(), 2, "{projects:?}");
    }

    #[test]
    fn a_village_s_first_character_jieba_read_elsewhere_into_another_word_is_kept() {
        // (镇足/v|古川村, ，足/a|古川村: the village the report names whole)
        let ex = extract("莲麓镇足古川村积分制\n3月18日，莲麓镇足古川村党群服务中心前排起了队。足古川村是全镇第一个建成积分超市的村。今年，足古川村386户全部参与。");
        assert!(!ex.entities.iter().any(|e| e.label == "古川村"), "{:?}", entities(&ex));
        // (not a word of the sentence glued to a village named elsewhere: 和|柳溪村)
        let ex = extract("青禾镇\n石门村和柳溪村结对。柳溪村发展茶叶。");
        assert!(has(&ex, Community, "柳溪村") && has(&ex, Community, "石门村"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_company_s_kind_alone_is_no_name_of_the_company_named_with_its_place() {
        let ex = extract("青禾镇企业\n内蒙古鄂尔多斯集团公司投资建厂。内蒙古鄂尔多斯集团公司和青禾集团公司签约。");
        assert!(!ex.entities.iter().any(|e| e.alt_labels.iter().any(|a| a == "集团公司")), "{:?}", ex.entities);
    }

    #[test]
    fn societies_of_two_places_sharing_the_rest_of_their_names_are_two() {
        let ex = extract("青禾镇桥牌\n合肥市桥牌协会和北京市桥牌协会举行友谊赛。桥牌协会会员参加。");
        let n = ex.entities.iter().filter(|e| e.label.ends_with("桥牌协会")).count();
        assert_eq!(n, 2, "{:?}", entities(&ex));
    }

    #[test]
    fn a_project_named_with_its_year_and_without_it_is_one_unless_two_years_are_named() {
        let ex = extract("青禾镇环境整治\n青禾镇2024年农村污水治理项目完工。青禾镇农村污水治理项目总投资2860万元。");
        let n = ex.entities.iter().filter(|e| e.class == Project).count();
        assert_eq!(n, 1, "{:?}", entities(&ex));
        let ex = extract("青禾镇环境整治\n青禾镇2023年农村污水治理项目完工，青禾镇2024年农村污水治理项目开工。青禾镇农村污水治理项目总投资2860万元。");
        let n = ex.entities.iter().filter(|e| e.class == Project).count();
        assert_eq!(n, 3, "{:?}", entities(&ex));
    }

    #[test]
    fn the_same_name_gets_the_same_label_in_any_order() {
        let a = extract("青禾镇签约芯程封装测试项目。芯程封装测试项目占地50亩。");
        let b = extract("芯程封装测试项目占地50亩。青禾镇签约芯程封装测试项目。");
        let la: Vec<_> = a.entities.iter().map(|e| e.label.clone()).collect();
        let lb: Vec<_> = b.entities.iter().map(|e| e.label.clone()).collect();
        assert!(la.contains(&"芯程封装测试".to_string()), "{la:?}");
        let mut la2 = la.clone();
        la2.sort();
        let mut lb2 = lb;
        lb2.sort();
        assert_eq!(la2, lb2);
    }
}
