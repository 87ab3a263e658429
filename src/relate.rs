//! Stage `relate`: relations between entities, posts, and the dates of events.
//!
//! Each rule reads one kind of evidence and records the sentence it read:
//! - the division table: a place lies in the nearest of its ancestors that the
//!   document names (湖塘镇 → 武进区);
//! - adjacency: a place written right before another entity's name (云溪区青禾镇,
//!   青禾镇污水处理厂) contains it;
//! - the name: an organisation named after a place belongs to it (星河社区党总支);
//!   a project whose name begins with another project's or organisation's name is
//!   part of it (湖塘科技产业园D区项目 → 湖塘科技产业园);
//! - the document's structure: a report about a place lists its communities,
//!   projects and companies, so those lie in it unless the text puts them elsewhere;
//! - the actor of a clause: who implements an initiative is the actor written right
//!   before it (星河社区“七点钟议事厅”), else the nearest actor of the sentence (a bare
//!   社区 standing for the community last named), else of the paragraph, else the
//!   document's place; an initiative that is a component of a numbered programme
//!   (“一核” of “一核三联一融合”) is part of it instead;
//! - verbs: 招引/签约/携 … tie an actor to a project (undertakes); 参加/出席/召开 … tie
//!   an event to those taking part.

use crate::dates::FoundDate;
use crate::detect::{DocView, PostCand, Rule};
use crate::gazetteer::{Gazetteer, Level};
use crate::lexicon;
use crate::model::{Class, Entity, Family, Predicate};
use crate::resolve::{NMention, Resolution};
use crate::segment::{Tag, BULLETS};
use crate::table::Table;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;
use std::sync::LazyLock;
use regex::Regex;

/// A relation with its evidence sentence (`None`: from the division table only).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rel {
    pub subject: usize,
    pub predicate: Predicate,
    pub object: usize,
    pub sentence: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostRel {
    pub person: usize,
    pub org: usize,
    pub role: String,
    pub role_text: String,
    pub sentence: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDate {
    pub entity: usize,
    pub date: usize,
    pub sentence: usize,
}

pub struct Relations {
    pub relations: Vec<Rel>,
    pub posts: Vec<PostRel>,
    pub dates: Vec<EventDate>,
}

/// Words after a bare 社区/村 that show it is the subject of its clause (社区还打造了).
const SUBJECT_FOLLOWERS: &[&str] = &[
    "还", "也", "将", "已", "已经", "先后", "又", "都", "积极", "不断", "持续", "坚持", "通过", "把", "在",
    "以", "共", "累计", "打造", "推出", "建立", "开展", "实施", "探索", "创新", "推行", "围绕", "始终",
];

struct Ctx<'a> {
    doc: &'a DocView<'a>,
    res: &'a Resolution,
    /// Mentions that are not nested inside another mention.
    top: Vec<&'a NMention>,
    out: BTreeSet<Rel>,
}

impl<'a> Ctx<'a> {
    fn sentence(&self, i: usize) -> Option<usize> {
        self.doc.sentence_of(i)
    }

    /// The sentence of an entity's first mention, the evidence of a fact said of it as a whole.
    /// Where the paragraph of sentence `si` ends.
    fn paragraph_end(&self, si: usize) -> usize {
        let para = self.doc.sentences[si].paragraph;
        self.doc.sentences[si..].iter().take_while(|s| s.paragraph == para).last().map_or(self.doc.sentences[si].end, |s| s.end)
    }

    fn first_sentence(&self, e: usize) -> Option<usize> {
        self.res.mentions.iter().find(|m| m.entity == e).and_then(|m| self.sentence(m.begin))
    }

    fn class(&self, e: usize) -> Class {
        self.res.entities[e].class
    }

    fn add(&mut self, s: usize, p: Predicate, o: usize, sentence: Option<usize>) {
        if s == o {
            return;
        }
        // keep one evidence per fact: the first sentence (relations are ordered by
        // subject, predicate, object: the fact's first, if any, is the first from there)
        let first = Rel { subject: s, predicate: p, object: o, sentence: None };
        if self.out.range(&first..).next().is_some_and(|r| (r.subject, r.predicate, r.object) == (s, p, o)) {
            return;
        }
        self.out.insert(Rel { sentence, ..first });
    }

    fn has(&self, s: usize, p: Predicate) -> bool {
        let first = Rel { subject: s, predicate: p, object: 0, sentence: None };
        self.out.range(&first..).next().is_some_and(|r| (r.subject, r.predicate) == (s, p))
    }

    /// The top mentions (sorted by begin) that begin in `[from, to]`.
    fn top_beginning_in(&self, from: usize, to: usize) -> &[&'a NMention] {
        &self.top[self.top.partition_point(|m| m.begin < from)..self.top.partition_point(|m| m.begin <= to)]
    }
}

pub fn relate(doc: &DocView, gaz: &Gazetteer, res: &Resolution, posts: &[PostCand], dates: &[FoundDate], tables: &[Table]) -> Relations {
    // mentions not nested in a longer one (mentions are sorted by begin, longest first)
    debug_assert!(res.mentions.windows(2).all(|w| w[0].begin <= w[1].begin));
    let mut top: Vec<&NMention> = Vec::with_capacity(res.mentions.len());
    let mut reach = 0;
    for m in &res.mentions {
        let nested = m.end <= reach && top.last().is_some_and(|t: &&NMention| (t.begin, t.end) != (m.begin, m.end));
        if !nested {
            top.push(m);
            reach = reach.max(m.end);
        }
    }
    let mut cx = Ctx { doc, res, top, out: BTreeSet::new() };
    table_chain(&mut cx, gaz);
    settled(&mut cx);
    adjacency(&mut cx);
    named_after(&mut cx);
    initiatives(&mut cx);
    verbs(&mut cx);
    attendance(&mut cx);
    event_scenes(&mut cx);
    hosts_before_titles(&mut cx);
    livelihood_items(&mut cx);
    structure(&mut cx, gaz);
    own_builders(&mut cx);
    notice_units(&mut cx);
    alliance_members(&mut cx);
    teams_formed(&mut cx);
    awarded_at_the_ceremony(&mut cx);
    teams_at_games(&mut cx);
    drill_actors(&mut cx);
    paired_places(&mut cx);
    park_companies(&mut cx);
    operators(&mut cx);
    table_rows(&mut cx, tables);
    let posts = post_relations(&cx, posts);
    let dates = event_dates(&cx, dates);
    Relations { relations: cx.out.into_iter().collect(), posts, dates }
}

/// Columns whose cells name who carries a row's project or programme out (实施单位, 运营主体).
const TABLE_ACTOR_COLUMNS: &[&str] = &["实施单位", "建设单位", "承建单位", "施工单位", "责任单位", "牵头单位", "实施主体", "运营主体", "运营单位", "承办单位", "建设主体"];

/// The facts a table's rows give ([`crate::table`]): the entity a row names (in its
/// [`crate::table::key_column`]) lies in the place another of its cells names (所属社区,
/// 所在村, 村名 before a 子项目名称), and is carried out by the body a column of actors names
/// (实施单位, 运营主体) — undertaken if a project or a body, implemented if a programme. The
/// place or body must fill its cell.
fn table_rows(cx: &mut Ctx, tables: &[Table]) {
    let doc = cx.doc;
    // the entity of the longest mention lying wholly in a cell
    let named = |c: &crate::table::Cell| {
        let from = cx.res.mentions.partition_point(|m| m.begin < c.begin);
        cx.res.mentions[from..].iter().take_while(|m| m.begin < c.end).filter(|m| m.end <= c.end).max_by_key(|m| m.end - m.begin).map(|m| m.entity)
    };
    for t in tables {
        let header: Vec<&str> = t.header.iter().map(|c| doc.str(c.begin, c.end)).collect();
        let Some(key) = crate::table::key_column(&header) else { continue };
        for row in &t.rows {
            let Some(subject) = named(&row[key]) else { continue };
            let si = cx.sentence(row[key].begin);
            for (j, c) in row.iter().enumerate().filter(|&(j, _)| j != key) {
                // (the place or body a cell names whole: not 重庆 of 重庆阿依…有限公司)
                let Some(o) = named(c).filter(|&o| cx.res.mentions.iter().any(|m| m.entity == o && (m.begin, m.end) == (c.begin, c.end))) else { continue };
                if cx.res.family(o) == Family::Place {
                    cx.add(subject, Predicate::LocatedIn, o, si);
                } else if cx.res.family(o) == Family::Organization && TABLE_ACTOR_COLUMNS.iter().any(|a| header[j].contains(a)) {
                    let p = if cx.res.family(subject) == Family::Initiative { Predicate::Implements } else { Predicate::Undertakes };
                    cx.add(o, p, subject, si);
                }
            }
        }
    }
}

/// The kind words by which a sentence opens on a facility named before (该站…, 这个收储点由…运营).
const FACILITY_REFERENCES: &[&str] = &["该站", "该基地", "该中心", "该点", "这个收储点", "收储点", "基地", "该工坊", "该食堂"];

/// A body entrusted to run a facility undertakes it: 委托|由 X（以下简称“…”）承接运营|负责运营|运营
/// (…社会工作服务站于2022年挂牌，委托某社会工作服务中心（以下简称“某社工”）承接运营; …孵化基地，
/// 委托某公司运营; 由某公司运营的…收储中心; 这个收储点由某公司负责运营). The facility is the one
/// the verb's 的 describes, else the last project or run facility named before the body in the
/// sentence, else the one the sentence opens on by its kind word.
fn operators(cx: &mut Ctx) {
    let doc = cx.doc;
    let text = doc.full_text();
    // (most texts run nothing: one vectorised search rules them out)
    if !text.contains("运营") {
        return;
    }
    let facility = |e: usize| cx.class(e) == Class::Project || cx.class(e) == Class::Institution && RUN_FACILITIES.iter().any(|k| cx.res.entities[e].label.ends_with(k));
    let mut found = Vec::new();
    for (k, _) in text.match_indices("运营") {
        let v = doc.char_at_byte(k);
        let Some(si) = cx.sentence(v) else { continue };
        let sent = &doc.sentences[si];
        // (承接运营, 负责运营, 具体负责运营: the words of taking it on before the verb)
        let mut at = v;
        for w in ["承接", "负责", "具体", "以政府购买服务方式", "共同"] {
            let n = w.chars().count();
            if at >= sent.begin + n && doc.str(at - n, at) == w {
                at -= n;
            }
        }
        // (…服务中心（以下简称“彝心社工”）: a short name given in brackets after the body)
        if at > sent.begin && matches!(doc.chars[at - 1], '）' | ')') {
            let Some(open) = (sent.begin..at - 1).rev().take(24).find(|&i| matches!(doc.chars[i], '（' | '(')) else { continue };
            at = open;
        }
        let from = cx.top.partition_point(|m| m.begin < sent.begin);
        let in_sent: Vec<&NMention> = cx.top[from..].iter().copied().take_while(|m| m.begin < sent.end).collect();
        let Some(agent) = in_sent.iter().find(|m| m.end == at && m.begin > sent.begin && matches!(cx.res.family(m.entity), Family::Organization)) else { continue };
        let before = doc.str(agent.begin.saturating_sub(2), agent.begin);
        if !(before.ends_with('由') || before == "委托") {
            continue;
        }
        // (由X运营的Y: the one the verb describes)
        let end = doc.tok_starting_at(v).map_or(v + 2, |t| t.end);
        let described = (doc.chars.get(end) == Some(&'的')).then(|| in_sent.iter().find(|m| m.begin == end + 1 && facility(m.entity)).map(|m| m.entity)).flatten();
        let named = || in_sent.iter().filter(|m| m.end <= agent.begin && m.entity != agent.entity && facility(m.entity) && !is_venue(cx, m)).last().map(|m| m.entity);
        let opened = || {
            let kind = FACILITY_REFERENCES.iter().find(|k| doc.str(sent.begin, sent.end).starts_with(**k))?;
            let kind = kind.trim_start_matches('该').trim_start_matches("这个");
            cx.res.mentions.iter().filter(|m| m.end <= sent.begin && facility(m.entity) && cx.res.entities[m.entity].label.ends_with(kind)).last().map(|m| m.entity)
        };
        if let Some(f) = described.or_else(named).or_else(opened) {
            found.push((agent.entity, f, si));
        }
    }
    for (a, f, si) in found {
        if a != f {
            cx.add(a, Predicate::Undertakes, f, Some(si));
        }
    }
}

/// The companies a sentence places in a township's park (位于…镇的运河智造产业园内…：天津鑫运
/// …有限公司的生产线…, 园区内的“链主”企业…公司, 位于园区东片的…公司): they lie in the township the
/// park lies in (said of the park named in the sentence, or of the report's one park).
fn park_companies(cx: &mut Ctx) {
    let doc = cx.doc;
    let parks: Vec<(usize, usize)> = cx
        .out
        .iter()
        .filter(|r| r.predicate == Predicate::LocatedIn && cx.res.family(r.subject) == Family::Project && lexicon::is_park(&cx.res.entities[r.subject].label))
        .filter(|r| cx.class(r.object) == Class::AdministrativeDivision && crate::detect::level_of_name(&cx.res.entities[r.object].label) == Some(Level::Township))
        .map(|r| (r.subject, r.object))
        .collect();
    let only = match parks.as_slice() {
        [(_, t)] => Some(*t),
        _ => None,
    };
    let mut found = Vec::new();
    for (si, sent) in doc.sentences.iter().enumerate() {
        let ms = cx.top_beginning_in(sent.begin, sent.end);
        for (k, m) in ms.iter().enumerate().filter(|(_, m)| cx.class(m.entity) == Class::Company) {
            // (the park as a place: 产业园内, 园区的, 园区东片的; not a project named with its kind:
            // 恒步智能制鞋产业园项目)
            let inside = |at: usize| matches!(doc.chars.get(at), Some('内' | '里' | '的')) || ["东片", "西片", "南片", "北片", "东区", "西区", "南区", "北区"].iter().any(|w| doc.str(at, (at + 2).min(doc.chars.len())) == *w);
            let named = ms[..k].iter().rev().filter(|p| inside(p.end)).find_map(|p| parks.iter().find(|(park, _)| *park == p.entity).map(|(_, t)| *t));
            let said = || {
                let words = doc.str(sent.begin, m.begin);
                ["园区", "功能区", "集中区", "产业园"].iter().any(|w| words.match_indices(w).any(|(i, _)| inside(sent.begin + words[..i + w.len()].chars().count()))).then_some(only).flatten()
            };
            if let Some(t) = named.or_else(said) {
                found.push((m.entity, t, si));
            }
        }
    }
    for (c, t, si) in found {
        if !cx.has(c, Predicate::LocatedIn) {
            cx.add(c, Predicate::LocatedIn, t, Some(si));
        }
    }
}

/// A meeting named by the two places it pairs (岳塘区·罗布沙镇结对共建工作座谈会, 东园镇—城阳乡
/// …座谈会): both places take part in it.
fn paired_places(cx: &mut Ctx) {
    let doc = cx.doc;
    let mut found = Vec::new();
    for m in cx.top.iter().filter(|m| cx.class(m.entity) == Class::Event) {
        let Some(k) = (m.begin + 2..m.end).find(|&k| matches!(doc.chars[k], '·' | '—' | '－')) else { continue };
        let place_at = |at: &dyn Fn(&NMention) -> bool| cx.res.mentions.iter().find(|p| p.begin >= m.begin && p.end <= m.end && cx.res.family(p.entity) == Family::Place && at(p)).map(|p| p.entity);
        let after = k + 1 + usize::from(doc.chars.get(k + 1) == Some(&'—'));
        if let (Some(a), Some(b)) = (place_at(&|p| p.end == k), place_at(&|p| p.begin == after)) {
            found.push((m.entity, a, b, cx.sentence(m.begin)));
        }
    }
    // (青禾镇人民政府与湖南农业大学校地合作签约仪式: an event named by the two bodies that sign,
    // joined by 与 or 和, the first opening the name)
    for m in cx.top.iter().filter(|m| cx.class(m.entity) == Class::Event) {
        let inside = beginning_in(&cx.res.mentions, m.begin, m.end);
        let first = inside.iter().filter(|p| p.begin == m.begin && p.end < m.end && cx.res.family(p.entity) == Family::Organization);
        let Some(a) = first.filter(|p| matches!(doc.chars[p.end], '与' | '和')).max_by_key(|p| p.end) else { continue };
        // (the second body's name inside the event's is no mention of its own: the body the text
        // names elsewhere whose name is written there)
        let rest = doc.str(a.end + 1, m.end);
        let b = (0..cx.res.entities.len())
            .filter(|&e| cx.res.family(e) == Family::Organization && e != m.entity)
            .filter(|&e| rest.starts_with(cx.res.entities[e].label.as_str()) && rest.len() > cx.res.entities[e].label.len())
            .max_by_key(|&e| cx.res.entities[e].label.len());
        if let Some(b) = b {
            found.push((m.entity, a.entity, b, cx.sentence(m.begin)));
        }
    }
    for (event, a, b, si) in found {
        cx.add(event, Predicate::Participant, a, si);
        cx.add(event, Predicate::Participant, b, si);
    }
}

/// A drill is told by what each of its units does (…应急演练在柳溪村举行。演练模拟…；镇防汛抗旱
/// 指挥部随即启动应急响应，柳溪村防汛抢险队…组织转移；镇卫生院在安置点开展救治): the bodies that open a
/// clause of the paragraph after the drill is named take part in it.
fn drill_actors(cx: &mut Ctx) {
    let doc = cx.doc;
    let mut found = Vec::new();
    for m in cx.top.iter().filter(|m| cx.class(m.entity) == Class::Event && cx.res.entities[m.entity].label.ends_with("演练")) {
        let Some(si) = cx.sentence(m.begin) else { continue };
        let end = cx.paragraph_end(si);
        let in_para: Vec<&NMention> = cx.top.iter().copied().filter(|a| a.begin > m.end && a.end <= end).collect();
        for a in in_para.iter().filter(|a| cx.class(a.entity).family() == Family::Organization) {
            // (a clause's first words; not a body written as a person's title: 县应急管理局副局长
            // 包文杰到场观摩, who takes part for it)
            let opens = a.begin > 0 && matches!(doc.chars[a.begin - 1], '，' | '；' | '。' | '：');
            if opens && !written_as_title(cx, &in_para, a, doc.clause_end(a.end, end)) {
                found.push((m.entity, a.entity, cx.sentence(a.begin)));
            }
        }
    }
    for (event, who, si) in found {
        cx.add(event, Predicate::Participant, who, si);
    }
}

/// The members of an alliance (党建联盟, 产业联合体, 共同体), listed in a sentence that
/// says they are its members (成员单位包括A、B和C; A、B等12家成员单位): each is part of the
/// alliance that sentence or one before it named last.
fn alliance_members(cx: &mut Ctx) {
    // (县域医共体由县人民医院牵头，成员单位包括…卫生院: a county's medical community, whose
    // hospitals and clinics are its members)
    const KINDS: [&str; 5] = ["联盟", "联合体", "共同体", "医共体", "医联体"];
    let doc = cx.doc;
    // (a medical community said by its kind alone is a programme's name, and still has members)
    let alliance = |cx: &Ctx, e: usize| {
        let label = &cx.res.entities[e].label;
        KINDS.iter().any(|k| label.ends_with(k)) && (cx.res.family(e) == Family::Organization || label.ends_with("医共体") || label.ends_with("医联体"))
    };
    let mut found = Vec::new();
    for (si, sent) in doc.sentences.iter().enumerate() {
        let text = doc.str(sent.begin, sent.end);
        if !["成员单位", "成员包括", "成员有"].iter().any(|k| text.contains(k)) {
            continue;
        }
        // (the alliance named in the sentence, or said there by its kind word and named in
        // one of the five sentences before: 联盟由A牵头，成员单位包括…)
        let from = doc.sentences[si.saturating_sub(5)].begin;
        let said = KINDS.iter().any(|k| text.contains(k));
        let named = cx.top_beginning_in(if said { from } else { sent.begin }, sent.end).iter().rev().find(|m| m.end <= sent.end && alliance(cx, m.entity)).map(|m| m.entity);
        let Some(whole) = named else { continue };
        for m in cx.top_beginning_in(sent.begin, sent.end).iter().filter(|m| m.end <= sent.end && m.entity != whole && cx.res.family(m.entity) == Family::Organization) {
            found.push((m.entity, whole, si));
        }
    }
    for (member, whole, si) in found {
        cx.add(member, Predicate::PartOf, whole, Some(si));
    }
}

/// The collectives and people a commendation lists (先进集体：柳溪村、青禾派出所；先进个人：…,
/// …获评先进集体): where the report tells of a commendation or award ceremony (an event
/// named with 表彰 or 颁奖; the first named), each of them takes part in it.
fn awarded_at_the_ceremony(cx: &mut Ctx) {
    const AWARDS: [&str; 6] = ["先进集体", "先进个人", "先进单位", "先进工作者", "优秀共产党员", "优秀党务工作者"];
    let doc = cx.doc;
    // (the one the report names first, where it names it in more than one way)
    let ceremony = |e: usize| cx.class(e) == Class::Event && (cx.res.entities[e].label.contains("表彰") || cx.res.entities[e].label.contains("颁奖"));
    let Some(ceremony) = cx.top.iter().find(|m| ceremony(m.entity)).map(|m| m.entity) else { return };
    let mut found = Vec::new();
    for (si, sent) in doc.sentences.iter().enumerate() {
        // (each clause up to ；, a roll after its heading's colon, or a list before 获评/被评为)
        let mut from = sent.begin;
        while from < sent.end {
            let to = (from..sent.end).find(|&k| matches!(doc.chars[k], '；' | ';' | '\n')).map_or(sent.end, |k| k + 1);
            let clause = doc.str(from, to);
            // (先进集体（4个）：…: the heading, perhaps a bracket, then a colon before any pause)
            let roll = AWARDS.iter().any(|a| clause.strip_prefix(a).and_then(|rest| rest.find(['：', '，', '。']).map(|i| rest[i..].starts_with('：'))).unwrap_or(false));
            let won = lexicon::WINNING_VERBS.iter().any(|v| clause.match_indices(v).any(|(i, _)| AWARDS.iter().any(|a| clause[i + v.len()..].starts_with(a))));
            if roll || won {
                for m in cx.top_beginning_in(from, to).iter().filter(|m| m.end <= to && m.entity != ceremony) {
                    let family = cx.res.family(m.entity);
                    if matches!(family, Family::Person | Family::Organization | Family::Place) && cx.class(m.entity) != Class::AdministrativeDivision {
                        found.push((m.entity, si));
                    }
                }
            }
            from = to;
        }
    }
    for (who, si) in found {
        cx.add(ceremony, Predicate::Participant, who, Some(si));
    }
}

/// The villages' teams at a township's games (大利村队, 团山子村代表队): where the report tells
/// of games (an event named with 赛 or 运动会, not a final: the one named last before the team,
/// else the first named), each team takes part in them, and in a final (…总决赛) named in a sentence with the team.
fn teams_at_games(cx: &mut Ctx) {
    let label = |e: usize| cx.res.entities[e].label.as_str();
    let games = |e: usize| cx.class(e) == Class::Event && (label(e).contains('赛') || label(e).contains("运动会"));
    let final_game = |e: usize| label(e).ends_with("决赛");
    let named: Vec<(usize, usize)> = cx.top.iter().filter(|m| games(m.entity) && !final_game(m.entity)).map(|m| (m.begin, m.entity)).collect();
    let Some(&(_, first)) = named.first() else { return };
    let team = |e: usize| {
        let l = label(e);
        cx.class(e) == Class::SocialOrganization && ["村队", "社区队", "代表队", "篮球队"].iter().any(|t| l.ends_with(t)) && l.contains(['村', '区'])
    };
    let mut found = Vec::new();
    for m in cx.top.iter().filter(|m| team(m.entity)) {
        let si = cx.sentence(m.begin);
        // (the games named last before the team, else the first named)
        let whole = named.iter().rev().find(|&&(b, _)| b < m.begin).map_or(first, |&(_, e)| e);
        found.push((whole, m.entity, si));
        let Some(si) = si else { continue };
        let sent = &cx.doc.sentences[si];
        for f in cx.top_beginning_in(sent.begin, sent.end).iter().filter(|f| games(f.entity) && final_game(f.entity)) {
            found.push((f.entity, m.entity, Some(si)));
        }
    }
    for (game, team, si) in found {
        cx.add(game, Predicate::Participant, team, si);
    }
}

/// The teams a body forms (镇妇联组建了…巾帼志愿服务队, 镇团委组建了5支青年突击队, 成立…服务队):
/// a team named in the clause whose subject is the body, after a verb of forming, is part of
/// the body; and a company's union said by its kind (公司工会) is part of the company named
/// last before it in the paragraph.
fn teams_formed(cx: &mut Ctx) {
    const TEAMS: [&str; 5] = ["队", "团", "分队", "小组", "专班"];
    let doc = cx.doc;
    let mut found = Vec::new();
    for (si, sent) in doc.sentences.iter().enumerate() {
        let text = doc.str(sent.begin, sent.end);
        if !["组建", "成立"].iter().any(|v| text.contains(v)) {
            continue;
        }
        let top = cx.top_beginning_in(sent.begin, sent.end);
        for team in top.iter().filter(|m| m.end <= sent.end && cx.res.family(m.entity) == Family::Organization && TEAMS.iter().any(|t| cx.res.entities[m.entity].label.ends_with(t))) {
            // (a verb of forming before the team, in its clause or the one before:
            // 组建了一支由…组成的…服务队, 组织返乡青年…组建3支青年突击队)
            let before = doc.str(sent.begin.max(team.begin.saturating_sub(24)), team.begin);
            if !["组建", "成立"].iter().any(|v| before.contains(v)) {
                continue;
            }
            // (the body that opens the sentence or a clause before it: 镇妇联…，组建…)
            let opens = |m: &&&NMention| doc.clause_start(sent.begin, m.begin, &[]) == m.begin;
            // (not past a semicolon, nor where the verb is not the body's: …；依托王团中学组建的…服务队)
            let body = top.iter().filter(|m| m.end <= team.begin && opens(m)).last().filter(|m| {
                let between = doc.str(m.end, team.begin);
                cx.res.family(m.entity) == Family::Organization && m.entity != team.entity && !between.contains(['；', ';']) && ["组建", "成立"].iter().any(|v| between.contains(v))
            });
            if let Some(body) = body {
                found.push((team.entity, body.entity, si));
            }
        }
    }
    // (公司工会主席班丽萍说: the union of the company the paragraph is about)
    for m in cx.top.iter().filter(|m| cx.res.entities[m.entity].label == "公司工会") {
        let Some(si) = cx.sentence(m.begin) else { continue };
        let para = doc.sentences[si].paragraph;
        let para_begin = doc.sentences.iter().find(|s| s.paragraph == para).map_or(0, |s| s.begin);
        if let Some(c) = cx.top.iter().rev().find(|c| c.end <= m.begin && c.begin >= para_begin && cx.class(c.entity) == Class::Company) {
            found.push((m.entity, c.entity, si));
        }
    }
    for (part, whole, si) in found {
        cx.add(part, Predicate::PartOf, whole, Some(si));
    }
}

/// The units a project notice (公示) lists, each on its own line or clause (建设单位：青禾镇
/// 人民政府；施工单位：澄远建设工程有限公司，项目经理…): every one of them undertakes the
/// project the notice last named before (its 项目名称 line or its heading). The same for
/// a design or supervising unit, which annotators mark as required or optional. Its
/// 建设地点 line says where the project lies.
fn notice_units(cx: &mut Ctx) {
    let doc = cx.doc;
    let mut found = Vec::new();
    for (si, sent) in doc.sentences.iter().enumerate() {
        let text = doc.str(sent.begin, sent.end);
        // (a unit's label can follow an item's number: （二）建设单位：, 三、施工单位：)
        if !text.contains("单位") && !text.contains("实施主体") && !text.contains("地点") {
            continue;
        }
        let mut at = sent.begin;
        while at < sent.end {
            // each label of a unit, its colon, and the organisations up to the next ；or 。
            let rest = doc.str(at, sent.end);
            let Some((i, label)) = lexicon::NOTICE_UNITS.iter().chain(lexicon::NOTICE_SITES).filter_map(|l| rest.find(l).map(|i| (i, *l))).min_by_key(|&(i, _)| i) else { break };
            let label_end = at + rest[..i].chars().count() + label.chars().count();
            at = label_end;
            if !matches!(doc.chars.get(label_end), Some('：' | ':')) {
                // (项目建设单位|湾岭镇人民政府、施工单位|海南…有限公司的代表参加会议: a unit's
                // label written right before its name, the project named last before, even
                // inside an event's name)
                let named = cx.top_beginning_in(label_end, label_end).iter().find(|m| cx.res.family(m.entity) == Family::Organization).map(|m| m.entity);
                let project = || cx.res.mentions[..cx.res.mentions.partition_point(|m| m.begin < label_end)].iter().rev().find(|m| cx.class(m.entity) == Class::Project && m.end <= label_end).map(|m| m.entity);
                if let Some((unit, project)) = named.filter(|_| lexicon::NOTICE_UNITS.contains(&label)).zip(project()) {
                    found.push((unit, project, si));
                }
                continue;
            }
            let until = (label_end..sent.end).find(|&k| matches!(doc.chars[k], '；' | ';' | '。')).unwrap_or(sent.end);
            let Some(project) = cx.top[..cx.top.partition_point(|m| m.begin < sent.begin)].iter().rev().find(|m| cx.class(m.entity) == Class::Project).map(|m| m.entity) else { continue };
            let listed = cx.top_beginning_in(label_end + 1, until);
            // (建设地点：青禾镇柳溪村、石门村: where the project lies, the last place of each
            // chain written)
            if lexicon::NOTICE_SITES.contains(&label) {
                for m in listed.iter().filter(|m| m.end <= until && cx.res.family(m.entity) == Family::Place) {
                    if !listed.iter().any(|n| n.begin == m.end && cx.res.family(n.entity) == Family::Place) {
                        found.push((project, m.entity, si));
                    }
                }
                at = until;
                continue;
            }
            for m in listed.iter().filter(|m| m.end <= until && cx.res.family(m.entity) == Family::Organization) {
                found.push((m.entity, project, si));
            }
            at = until;
        }
    }
    for (s, o, si) in found {
        let p = if cx.res.family(o) == Family::Place { Predicate::LocatedIn } else { Predicate::Undertakes };
        cx.add(s, p, o, Some(si));
    }
}

/// A project written with its own company right before it (or starting its name:
/// 保定润禾食品有限公司|年产5万吨速冻食品项目) is undertaken by that company, not by the other
/// companies its sentence names (签约的4个项目分别是：A公司X项目，…；B公司Y项目…).
fn own_builders(cx: &mut Ctx) {
    let ms = &cx.res.mentions;
    let mut own: Vec<(usize, usize)> = Vec::new(); // (project, company)
    for p in ms.iter().filter(|m| cx.class(m.entity) == Class::Project) {
        let before = beginning_in(ms, p.begin.saturating_sub(40), p.begin + 1).iter().filter(|c| c.end == p.begin || c.begin == p.begin && c.end < p.end);
        for c in before.filter(|c| cx.class(c.entity) == Class::Company) {
            own.push((p.entity, c.entity));
        }
    }
    if own.is_empty() {
        return;
    }
    let other = |r: &Rel| {
        r.predicate == Predicate::Undertakes
            && cx.class(r.subject) == Class::Company
            && own.iter().any(|&(p, _)| p == r.object)
            && !own.iter().any(|&(p, c)| p == r.object && c == r.subject)
    };
    let drop: Vec<Rel> = cx.out.iter().filter(|r| other(r)).cloned().collect();
    for r in drop {
        cx.out.remove(&r);
    }
}

/// A year's set of livelihood projects (2024年度6件民生实事项目，…分别是：A工程…；B项目…) holds the
/// projects its paragraph names after it.
fn livelihood_items(cx: &mut Ctx) {
    let is_set = |cx: &Ctx, e: usize| cx.class(e) == Class::Initiative && cx.res.entities[e].label.contains("民生实事") && !cx.res.entities[e].label.contains("票决");
    let mut found = Vec::new();
    for m in cx.res.mentions.iter().filter(|m| is_set(cx, m.entity)) {
        let Some(si) = cx.sentence(m.begin) else { continue };
        let end = cx.paragraph_end(si);
        for p in beginning_in(&cx.res.mentions, m.end, end).iter().filter(|p| cx.class(p.entity) == Class::Project) {
            found.push((p.entity, m.entity, cx.sentence(p.begin)));
        }
    }
    for (item, set, sent) in found {
        cx.add(item, Predicate::PartOf, set, sent);
    }
    // (十件民生实事完成情况如下：|（一）通村公路提档升级。由镇规划建设办公室负责，…: the items of
    // the numbered list it opens, each undertaken by the body in charge of it)
    let mut found = Vec::new();
    for list in crate::detect::livelihood_lists(cx.doc) {
        let (ob, oe) = list.opening;
        let Some(set) = cx.res.mentions.iter().filter(|m| m.end <= oe && is_set(cx, m.entity)).max_by_key(|m| (m.begin >= ob, m.begin)).map(|m| m.entity) else { continue };
        for (k, &(si, heading)) in list.items.iter().enumerate() {
            let sent = &cx.doc.sentences[si];
            let Some(item) = cx.top.iter().find(|m| m.begin == heading && cx.class(m.entity) == Class::Project).map(|m| m.entity) else { continue };
            found.push((item, Predicate::PartOf, set, si));
            // (…。责任单位：镇民政办、镇残联。: the bodies a field of the item names, up to the
            // next item, or two paragraphs on for the last)
            let sents = cx.doc.sentences;
            let bound = list.items.get(k + 1).map_or_else(|| (si..sents.len()).filter(|&x| sents[x].paragraph <= sent.paragraph + 2).last().map_or(si + 1, |x| x + 1), |n| n.0);
            for x in si..bound {
                let (b, e) = (sents[x].begin, sents[x].end);
                let text = cx.doc.str(b, e);
                let Some(at) = ["责任单位", "牵头单位", "责任部门", "实施单位"].iter().find_map(|f| text.find(f).map(|i| b + text[..i].chars().count() + f.chars().count())) else { continue };
                if !matches!(cx.doc.chars.get(at), Some('：' | ':')) {
                    continue;
                }
                for m in cx.top.iter().filter(|m| m.begin > at && m.end <= e && cx.class(m.entity).family() == Family::Organization) {
                    found.push((m.entity, Predicate::Undertakes, item, x));
                }
            }
            // (…。由镇农业综合服务站负责|牵头实施|组织实施, 由镇城乡建设办公室（城建办）负责: the
            // next sentence of its paragraph; 乡妇联在王湾村…: or the body it opens with)
            let Some(next) = cx.doc.sentences.get(si + 1).filter(|n| n.paragraph == sent.paragraph) else { continue };
            let by = cx.doc.chars.get(next.begin) == Some(&'由');
            let Some(body) = cx.top.iter().find(|m| m.begin == next.begin + usize::from(by) && cx.class(m.entity).family() == Family::Organization) else { continue };
            let mut after = body.end;
            if matches!(cx.doc.chars.get(after), Some('（' | '(')) {
                after = (after..next.end.min(after + 12)).find(|&i| matches!(cx.doc.chars[i], '）' | ')')).map_or(after, |i| i + 1);
            }
            let in_charge = ["负责", "牵头", "组织实施", "具体实施", "实施", "承担", "承建"].iter().any(|v| cx.doc.str(after, (after + 4).min(next.end)).starts_with(v));
            if in_charge || !by {
                found.push((body.entity, Predicate::Undertakes, item, si + 1));
            }
        }
    }
    for (s, p, o, si) in found {
        cx.add(s, p, o, Some(si));
    }
    // (2024年什运乡民生实事项目, 十件民生实事 票决 by the congress: the township carries out its
    // year's set, the one its name holds, else the report's place; not the congress or its
    // presidium that votes on it)
    let sets: Vec<usize> = (0..cx.res.entities.len()).filter(|&e| is_set(cx, e)).collect();
    for set in sets {
        let named = cx.res.mentions.iter().filter(|m| m.entity == set).find_map(|m| {
            cx.res.mentions.iter().find(|p| p.begin >= m.begin && p.end <= m.end && p.entity != set && cx.class(p.entity) == Class::AdministrativeDivision).map(|p| p.entity)
        });
        let Some(place) = named.or(cx.res.subject).filter(|&p| cx.class(p) == Class::AdministrativeDivision) else { continue };
        let others: Vec<Rel> = cx.out.iter().filter(|r| r.predicate == Predicate::Implements && r.object == set && r.subject != place).cloned().collect();
        for r in others {
            cx.out.remove(&r);
        }
        let sent = cx.first_sentence(set);
        cx.add(place, Predicate::Implements, set, sent);
    }
}

/// 湖塘镇 → 武进区 → 常州市: each linked place lies in the nearest ancestor the document names.
fn table_chain(cx: &mut Ctx, gaz: &Gazetteer) {
    let linked: Vec<(usize, usize)> = cx.res.divisions.iter().enumerate().filter_map(|(e, d)| d.map(|d| (e, d))).collect();
    // the first entity linked to each division, and each entity's mentions (by begin)
    let mut entity_of: HashMap<usize, usize> = HashMap::default();
    for &(e, d) in &linked {
        entity_of.entry(d).or_insert(e);
    }
    let mut mentions_of: Vec<Vec<&NMention>> = vec![Vec::new(); cx.res.entities.len()];
    for m in &cx.res.mentions {
        mentions_of[m.entity].push(m);
    }
    for &(e, d) in &linked {
        let mut cur = d;
        while let Some(p) = gaz.parent(cur) {
            if let Some(&pe) = entity_of.get(&p) {
                // evidence: a sentence naming both, when there is one
                let sent = mentions_of[e].iter().find_map(|m| {
                    let s = cx.sentence(m.begin)?;
                    let span = &cx.doc.sentences[s];
                    let of_parent = &mentions_of[pe];
                    of_parent[of_parent.partition_point(|o| o.begin < span.begin)..]
                        .iter()
                        .take_while(|o| o.begin <= span.end)
                        .any(|o| o.end <= span.end)
                        .then_some(s)
                });
                cx.add(e, Predicate::LocatedIn, pe, sent);
                break;
            }
            cur = p;
        }
    }
}

/// The division table's chain above each linked place, up to its province: the places
/// the text does not name are added (not mentioned), and every link without a
/// sentence of its own is background knowledge. Returns the added places and links;
/// the added places take the entity indices from `first_index` on.
pub fn admin_chain(gaz: &Gazetteer, divisions: &[Option<usize>], first_index: usize, existing: &[Rel]) -> (Vec<Entity>, Vec<Rel>) {
    let mut entity_of: Vec<(usize, usize)> = divisions.iter().enumerate().filter_map(|(e, d)| d.map(|d| (d, e))).collect();
    let mut added = Vec::new();
    let mut links = Vec::new();
    let mut queue: Vec<(usize, usize)> = entity_of.clone();
    while let Some((d, e)) = queue.pop() {
        let Some(p) = gaz.parent(d) else { continue };
        let pe = match entity_of.iter().find(|(x, _)| *x == p) {
            Some(&(_, pe)) => pe,
            None => {
                let pe = first_index + added.len();
                let div = gaz.get(p);
                added.push(Entity {
                    class: Class::AdministrativeDivision,
                    label: div.name.clone(),
                    alt_labels: vec![],
                    admin_code: Some(div.code12()),
                    mentioned: false,
                });
                entity_of.push((p, pe));
                queue.push((p, pe));
                pe
            }
        };
        let known = existing.iter().chain(&links).any(|r: &Rel| r.subject == e && r.predicate == Predicate::LocatedIn && r.object == pe);
        if !known {
            links.push(Rel { subject: e, predicate: Predicate::LocatedIn, object: pe, sentence: None });
        }
    }
    links.sort();
    (added, links)
}

/// The mentions (sorted by begin) that begin in `[from, to)`: nested loops over the
/// mentions ask for these only (a long document has tens of thousands).
fn beginning_in(ms: &[NMention], from: usize, to: usize) -> &[NMention] {
    &ms[ms.partition_point(|m| m.begin < from)..ms.partition_point(|m| m.begin < to)]
}

/// 云溪区青禾镇, 青禾镇污水处理厂: a place right before another name contains it.
fn adjacency(cx: &mut Ctx) {
    let ms = &cx.res.mentions;
    let mut found = Vec::new();
    for a in ms.iter().filter(|m| cx.res.family(m.entity) == Family::Place && m.rule != Rule::SelfReference) {
        for b in beginning_in(ms, a.end, a.end + 1).iter().filter(|m| m.rule != Rule::SelfReference) {
            let (ca, cb) = (cx.class(a.entity), cx.class(b.entity));
            let ok = match cb.family() {
                // (东湖社区|丽景湾小区: a residential compound lies in the community before it)
                Family::Place => matches!(ca, Class::AdministrativeDivision | Class::Community) && rank(cx, b.entity) > rank(cx, a.entity),
                // (重庆市|北碚区…清溪社区养老服务中心: a name that starts with places of its own lies
                // in the last of them, below)
                Family::Project | Family::Organization => {
                    !beginning_in(ms, b.begin, b.begin + 1).iter().any(|m| m.end < b.end && cx.res.family(m.entity) == Family::Place && m.rule != Rule::SelfReference)
                }
                // (孝老爱亲：庆阳坝村|彭玉兰、水田坝村|冉启明, 第一名龙车村|车者斗，: a person a list
                // item names after a village or community lives there)
                Family::Person => ca == Class::Community && listed_item(cx.doc, a.begin, b.end),
                _ => false,
            };
            if ok {
                found.push((b.entity, a.entity, cx.sentence(a.begin)));
            }
        }
        // (运河湾社区的|枫林雅苑小区: a compound said to be a community's; 坡望村的|…农业发展有限公司,
        // 石桥村的|板栗专业合作社: a company, co-operative or works said to be a village's, not
        // a body of government or of the party above it)
        if cx.doc.chars.get(a.end) == Some(&'的') && rank(cx, a.entity) == 5 {
            let village_s = |m: &NMention| {
                rank(cx, m.entity) == 6
                    || matches!(cx.class(m.entity), Class::Company | Class::SocialOrganization | Class::Project) && !cx.has(m.entity, Predicate::LocatedIn)
            };
            for b in beginning_in(ms, a.end + 1, a.end + 2).iter().filter(|m| m.rule != Rule::SelfReference && village_s(m)) {
                found.push((b.entity, a.entity, cx.sentence(a.begin)));
            }
        }
    }
    // places inside a name: 枫泽市岚桥区鹤汀街道党工委, 青禾镇污水处理厂 lie in the last one
    // (not a company in the county, city or province it is named after: 天津锐拓新材料有限公司
    // was registered there, which says nothing of where it works, and the reports do not say
    // it lies there; a co-operative named after its village or town does lie there)
    for b in ms.iter().filter(|m| matches!(cx.res.family(m.entity), Family::Project | Family::Organization)) {
        let inner = beginning_in(ms, b.begin, b.end)
            .iter()
            .filter(|a| a.end < b.end && (a.begin, a.end) != (b.begin, b.end))
            .filter(|a| cx.res.family(a.entity) == Family::Place && a.rule != Rule::SelfReference)
            .max_by_key(|a| a.end);
        // (nor where the text says it settled: 郎溪县…物流中心项目选址鸿岭经济开发区)
        let settled_elsewhere = cx.has(b.entity, Predicate::LocatedIn);
        // (北京中科晶能科技有限公司|分布式光伏发电项目: nor, in a report about a township, a
        // project in the place its builder's name holds, a county or larger)
        let local_report = cx.res.subject.is_some_and(|s| rank(cx, s) >= 4);
        let builders = |a: &NMention| {
            local_report
                && (1..=3).contains(&rank(cx, a.entity))
                && beginning_in(ms, b.begin, a.begin + 1).iter().any(|c| c.begin <= a.begin && a.end <= c.end && c.end < b.end && cx.class(c.entity) == Class::Company)
        };
        if let Some(a) = inner.filter(|a| !settled_elsewhere && !(cx.class(b.entity) == Class::Company && (1..=3).contains(&rank(cx, a.entity))) && !(cx.class(b.entity) == Class::Project && builders(a))) {
            found.push((b.entity, a.entity, cx.sentence(b.begin)));
        }
    }
    // 柳溪村是青禾镇的贫困村, 柳溪村是青禾镇的一个行政村: a village said to be one of a
    // division's lies in it
    for a in ms.iter().filter(|m| cx.class(m.entity) == Class::Community && m.rule != Rule::SelfReference) {
        if cx.doc.chars.get(a.end) != Some(&'是') {
            continue;
        }
        let Some(b) = beginning_in(ms, a.end + 1, a.end + 2).iter().find(|m| cx.class(m.entity) == Class::AdministrativeDivision && m.rule != Rule::SelfReference) else { continue };
        // (the village kind word after 的, within the clause: …的特困村, …的一个村)
        let rest = &cx.doc.chars[b.end..(b.end + 9).min(cx.doc.chars.len())];
        let village = rest.first() == Some(&'的') && rest.iter().take_while(|c| !matches!(c, '，' | '。' | '；' | '、')).any(|&c| c == '村');
        if village {
            found.push((a.entity, b.entity, cx.sentence(a.begin)));
        }
    }
    for (s, o, sent) in found {
        cx.add(s, Predicate::LocatedIn, o, sent);
    }
    // (县市场监管局|坪滩市场监督管理所, 县公安局|城关派出所: a bureau's office named right
    // after it is part of it)
    let ms = &cx.res.mentions;
    let body = |m: &NMention, end: char| cx.class(m.entity) == Class::GovernmentBody && cx.res.entities[m.entity].label.ends_with(end);
    let mut offices = Vec::new();
    for a in ms.iter().filter(|m| body(m, '局')) {
        for b in beginning_in(ms, a.end, a.end + 1).iter().filter(|m| body(m, '所')) {
            offices.push((b.entity, a.entity, cx.sentence(a.begin)));
        }
    }
    // (舒洪市场监督管理所, 县税务局第二税务分局: a township office or branch of a kind of
    // bureau, where the report names one bureau of that kind)
    const OFFICES: [(&str, &[&str]); 5] = [
        ("市场监督管理所", &["市场监督管理局", "市场监管局"]),
        ("市场监管所", &["市场监督管理局", "市场监管局"]),
        ("税务分局", &["税务局"]),
        ("税务所", &["税务局"]),
        ("司法所", &["司法局"]),
    ];
    for (e, ent) in cx.res.entities.iter().enumerate().filter(|(_, x)| x.class == Class::GovernmentBody) {
        let Some((_, bureaus)) = OFFICES.iter().find(|(o, _)| ent.label.ends_with(o)) else { continue };
        let of_kind: Vec<usize> = (0..cx.res.entities.len()).filter(|&b| b != e && cx.class(b) == Class::GovernmentBody && bureaus.iter().any(|k| cx.res.entities[b].label.ends_with(k))).collect();
        if let [b] = of_kind[..] {
            if !offices.iter().any(|&(s, _, _)| s == e) {
                let sent = cx.first_sentence(e);
                offices.push((e, b, sent));
            }
        }
    }
    // (若水镇卫生院组建的|“白衣天使”医疗志愿服务队: a team a body set up is part of it)
    for a in ms.iter().filter(|m| matches!(cx.res.family(m.entity), Family::Organization) && cx.class(m.entity) != Class::SocialOrganization) {
        let gap = ["组建的", "成立的", "牵头组建的", "牵头成立的"].iter().find(|w| cx.doc.str(a.end, (a.end + w.chars().count()).min(cx.doc.chars.len())) == **w);
        let Some(gap) = gap else { continue };
        let at = a.end + gap.chars().count();
        for b in beginning_in(ms, at, at + 2).iter().filter(|m| cx.class(m.entity) == Class::SocialOrganization && m.begin <= at + 1) {
            offices.push((b.entity, a.entity, cx.sentence(a.begin)));
        }
    }
    for (s, o, sent) in offices {
        cx.add(s, Predicate::PartOf, o, sent);
    }
    // 澄远新材料科技有限公司|年产5万吨新材料项目: a company right before a project undertakes it
    let ms = &cx.res.mentions;
    let mut undertaken = Vec::new();
    for a in ms.iter().filter(|m| cx.class(m.entity) == Class::Company) {
        for b in beginning_in(ms, a.end, a.end + 1).iter().filter(|m| cx.class(m.entity) == Class::Project) {
            undertaken.push((a.entity, b.entity, cx.sentence(a.begin)));
        }
    }
    for (s, o, sent) in undertaken {
        cx.add(s, Predicate::Undertakes, o, sent);
    }
}

/// Does `[b, e)` stand as an item of a list on its own: after a pause, a colon, a line's start
/// or a rank (第一名), and before a pause, a bracket, the line's end or a figure
/// (…村李凤芝5000元、)?
fn listed_item(doc: &DocView, b: usize, e: usize) -> bool {
    let before = |k: usize| k == 0 || matches!(doc.chars[k - 1], '、' | '，' | '；' | '：' | '\n' | ':' | ';');
    let ranked = b >= 3 && doc.chars[b - 1] == '名' && (2..=4).any(|l| b > l && doc.chars[b - l - 1..b - 1].first() == Some(&'第') && before(b - l - 1));
    let after = doc.chars.get(e).is_none_or(|&c| matches!(c, '、' | '，' | '；' | '。' | '（' | '\n' | ';') || c.is_ascii_digit());
    (before(b) || ranked) && after
}

/// Words that say where a thing settled or lies, before the place (落户|清泉镇, 位于首阳镇,
/// 选址在巴河镇).
const SETTLED_AT: &[&str] = &["落户", "位于", "选址", "坐落于", "坐落在", "落地", "地处", "落户在", "落户于", "选址在", "选址于", "建在"];

/// locatedIn where the text says where a project or body settled: 落户清泉镇的|商贸综合体项目,
/// 位于首阳镇的|…公司 (the name after 的), 纺织服装产业园项目|落户兰溪镇, …项目选址巴河镇 (the
/// name the clause starts with).
fn settled(cx: &mut Ctx) {
    let doc = cx.doc;
    let mut found = Vec::new();
    for (i, p) in cx.top.iter().enumerate() {
        if !matches!(cx.class(p.entity), Class::AdministrativeDivision | Class::Community) || p.rule == Rule::SelfReference {
            continue;
        }
        let before = doc.str(p.begin.saturating_sub(3), p.begin);
        if !SETTLED_AT.iter().any(|w| before.ends_with(w)) {
            continue;
        }
        // (位于南华镇和凯江镇之间: between or among places, in none of them)
        if doc.chars.get(p.end).is_some_and(|c| matches!(c, '和' | '与' | '、' | '及' | '至' | '到')) {
            continue;
        }
        // (位于青禾镇|柳溪村的: the last place of a chain)
        if cx.top.get(i + 1).is_some_and(|n| n.begin == p.end && matches!(cx.class(n.entity), Class::AdministrativeDivision | Class::Community)) {
            continue;
        }
        let settles = |e: usize| matches!(cx.res.family(e), Family::Project | Family::Organization) && !matches!(cx.class(e), Class::GovernmentBody | Class::PartyOrganization);
        let subject = if doc.chars.get(p.end) == Some(&'的') {
            cx.top.get(i + 1).filter(|n| n.begin == p.end + 1 && settles(n.entity)).map(|n| n.entity)
        } else {
            let Some(sent) = cx.sentence(p.begin) else { continue };
            let clause = doc.clause_start(doc.sentences[sent].begin, p.begin, &[]);
            cx.top[..i].iter().rev().take_while(|m| m.begin >= clause).find(|m| settles(m.entity)).map(|m| m.entity)
        };
        if let Some(e) = subject {
            found.push((e, p.entity, cx.sentence(p.begin)));
        }
    }
    for (s, o, sent) in found {
        if !cx.has(s, Predicate::LocatedIn) {
            cx.add(s, Predicate::LocatedIn, o, sent);
        }
    }
}

/// Depth of a place: a residential compound is below a community, a community below a
/// township, a township below a county …
fn rank(cx: &Ctx, e: usize) -> u8 {
    let label = &cx.res.entities[e].label;
    if cx.class(e) == Class::Community {
        return if label.ends_with("小区") { 6 } else { 5 };
    }
    if let Some(code) = &cx.res.entities[e].admin_code {
        return match crate::gazetteer::level_of_code12(code) {
            Level::Province => 1,
            Level::City => 2,
            Level::County => 3,
            Level::Township => 4,
        };
    }
    if lexicon::zone_suffix(label).is_some() {
        return 4;
    }
    match label.chars().last() {
        Some('省') => 1,
        Some('市') => 2,
        Some('区' | '县' | '旗') => 3,
        Some('镇' | '乡' | '道') => 4,
        _ => 0,
    }
}

/// Does the entity go by `name` though its label is another: one of its other names, or
/// another form of a department's (平山县人社局 of 平山县人力资源和社会保障局)?
fn goes_by(e: &Entity, name: &str) -> bool {
    e.alt_labels.iter().any(|a| a == name) || lexicon::department_key(name).is_some_and(|k| lexicon::department_key(&e.label).as_ref() == Some(&k))
}

/// Organisations named after a place; projects named after a larger project.
fn named_after(cx: &mut Ctx) {
    // a party or government body whose name begins with a place's (湖塘镇党委, also when the
    // text only said 镇党委) belongs to that place; so does one that begins with the name a
    // prefecture went by (运城地委, also when the text only said 地委)
    let places: Vec<(usize, String)> = cx
        .res
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.class.is_place())
        .flat_map(|(i, e)| std::iter::once((i, e.label.clone())).chain(e.alt_labels.iter().filter(|a| a.ends_with("地区")).map(move |a| (i, a.trim_end_matches("地区").to_string()))))
        .collect();
    // the organisations by their labels (of three characters or more), for the bodies named by
    // another's whole name below
    // (and by their other names after all labels: 县检察院党组 of 安溪县人民检察院, which the
    // text also calls 县检察院)
    let mut bodies: HashMap<&str, usize> = HashMap::default();
    for (o, other) in cx.res.entities.iter().enumerate() {
        if other.class.family() == Family::Organization && other.label.chars().count() >= 3 {
            bodies.entry(other.label.as_str()).or_insert(o);
        }
    }
    for (o, other) in cx.res.entities.iter().enumerate() {
        if other.class.family() == Family::Organization {
            for alt in other.alt_labels.iter().filter(|a| a.chars().count() >= 3) {
                bodies.entry(alt.as_str()).or_insert(o);
            }
        }
    }
    // (and an institution or team the text names by its level word: 镇新时代文明实践所 of
    // 博鳌镇, resolved to its full name)
    for (e, ent) in cx.res.entities.iter().enumerate() {
        // (…有限公司铁西站点, …有限公司古美营业部: a company's outlet, by the company's whole name)
        let outlet = ent.class == Class::Company && crate::detect::OUTLETS.iter().any(|k| ent.label.ends_with(k));
        if !matches!(ent.class, Class::PartyOrganization | Class::GovernmentBody | Class::Institution | Class::SocialOrganization) && !outlet {
            continue;
        }
        let sent = || cx.first_sentence(e);
        // (县民政局党组, …公司党支部: the party group or branch of a body the text names is a
        // part of that body, not of the place; so is a congress's presidium: 镇人大主席团)
        let party = ent.class == Class::PartyOrganization;
        let part_of = ["党组", "党委", "党支部", "党总支", "主席团"].iter().find_map(|k| ent.label.strip_suffix(k).filter(|_| party || *k == "主席团")).and_then(|body| {
            let body_named = |o: &Entity| o.class.family() == Family::Organization && o.class != Class::PartyOrganization;
            cx.res.entities.iter().position(|o| o.label == body && body_named(o)).or_else(|| cx.res.entities.iter().position(|o| goes_by(o, body) && body_named(o)))
        });
        if let Some(body) = part_of {
            cx.add(e, Predicate::PartOf, body, sent());
            continue;
        }
        // (晋州市委|组织部, 思旺镇卫生院|医疗健康志愿服务队, 县委组织部|组织科: a body named by another
        // body's whole name and words of its own is a part of that body)
        // (the longest such name, looked up by the label's prefixes: no scan of every entity)
        let whole = ent
            .label
            .char_indices()
            .skip(3)
            .map(|(i, _)| &ent.label[..i])
            .filter(|prefix| ent.label.len() > prefix.len() + 3)
            .filter_map(|prefix| bodies.get(prefix).copied())
            .last()
            .map(|o| (o, sent()));
        let owner = places.iter().filter(|(_, l)| !outlet && ent.label.starts_with(l.as_str()) && ent.label.len() > l.len()).max_by_key(|(_, l)| l.len());
        let owned = owner.map(|&(p, _)| (p, sent()));
        if let Some((o, si)) = whole {
            cx.add(e, Predicate::PartOf, o, si);
        }
        if let Some((p, si)) = owned {
            cx.add(e, Predicate::LocatedIn, p, si);
        }
    }
    // a school, clinic, company or project named after a village without its 村 (西辛庄村:
    // 西辛庄小学) lies in it
    // (also a co-operative, institution or project named after its township, after the
    // county it starts with: 通江县|陈河|银耳专业合作社 → 陈河镇)
    // (a township's stem that is a word of its own, 发展乡, 河北镇, names no company or project
    // after it; a station, office or school of the report's own township it still names:
    // 樟木派出所, 堰口供电所)
    let word = |s: &str| cx.doc.segmenter().is_some_and(|g| g.has_word(s)) || lexicon::PROVINCE_SHORT_NAMES.contains(&s);
    let villages: Vec<(usize, &str, bool, bool)> = cx
        .res
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.class, Class::Community | Class::AdministrativeDivision))
        .filter_map(|(i, e)| {
            let village = e.class == Class::Community;
            let stem = if village { e.label.strip_suffix('村') } else { e.label.strip_suffix('镇').or_else(|| e.label.strip_suffix('乡')) };
            stem.filter(|s| s.chars().count() >= 2 && !lexicon::PROVINCE_SHORT_NAMES.contains(s)).map(|s| (i, s, village, !village && word(s)))
        })
        // (a word's stem only for the report's own township: 治安镇, 发展乡 of a newspaper's day)
        .filter(|&(i, _, _, word)| !word || cx.res.subject == Some(i))
        .collect();
    // each entity's first mention, found in one pass (a long document has thousands of both)
    let mut first_mention: Vec<Option<&NMention>> = vec![None; cx.res.entities.len()];
    if !villages.is_empty() {
        for m in &cx.res.mentions {
            first_mention[m.entity].get_or_insert(m);
        }
    }
    for (e, ent) in cx.res.entities.iter().enumerate() {
        // (a station or office named after its township: 王团派出所, 步古沟自然资源所)
        if !matches!(ent.class, Class::Institution | Class::Company | Class::SocialOrganization | Class::Project | Class::GovernmentBody) {
            continue;
        }
        // the stem is a word of the name as written (not 太平|洋保险公司, 北海|道拓殖银行) and
        // no other place's (单晶河|乡中学, 柳林|县…工程), nor an ordinal (第一|劝业银行)
        let Some(m) = first_mention[e] else { continue }; // (none when no village has a stem)
        // (past the county or city the name starts with: 通江县|陈河银耳专业合作社)
        let from = beginning_in(&cx.res.mentions, m.begin, m.begin + 1)
            .iter()
            .filter(|p| p.end < m.end && cx.class(p.entity) == Class::AdministrativeDivision && matches!(cx.doc.chars[p.end - 1], '县' | '市' | '区' | '旗'))
            .map(|p| p.end)
            .max()
            .unwrap_or(m.begin);
        let written = cx.doc.str(from, m.end);
        let named = villages
            .iter()
            // (a co-operative may start with the county, then the village it farms in: 安福县|
            // 塘边|兴农葡萄种植专业合作社 → 塘边村)
            .filter(|(_, stem, village, word)| {
                let coop = ent.label.ends_with("合作社");
                let body = ent.class == Class::GovernmentBody;
                let station = matches!(ent.class, Class::GovernmentBody | Class::Institution);
                written.starts_with(stem) && !stem.starts_with('第') && (!*word || station) && (*village && !body && (from == m.begin || coop) || !*village && (ent.class != Class::Company || coop))
            })
            .filter(|(_, stem, _, _)| {
                let at = from + stem.chars().count();
                cx.doc.is_tok_end(at) && !cx.doc.chars.get(at).is_some_and(|&c| matches!(c, '村' | '乡' | '镇' | '县' | '区' | '市' | '省' | '州' | '旗'))
            })
            .max_by_key(|(_, stem, _, _)| stem.len());
        if let Some(&(v, _, _, _)) = named {
            let sent = cx.doc.sentence_of(m.begin);
            cx.add(e, Predicate::LocatedIn, v, sent);
        }
    }
    // (恒铂电气扩建项目: a project named with a company's trade name is the company's own)
    let companies: Vec<(usize, &str)> = cx
        .res
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.class == Class::Company)
        .flat_map(|(i, e)| std::iter::once(e.label.as_str()).chain(e.alt_labels.iter().map(String::as_str)).map(move |l| (i, l)))
        // (锦程新材料有限公司 → 锦程新材料|高性能复合材料项目: the name without its legal form)
        .flat_map(|(i, l)| std::iter::once((i, l)).chain(crate::resolve::COMPANY_FORMS.iter().find_map(|k| l.strip_suffix(k)).map(|stem| (i, stem))))
        .filter(|(_, l)| l.chars().count() >= 4 && !crate::detect::is_generic_prefix(l))
        .collect();
    // (河南恒钜新材料科技有限公司 → 恒钜|年产20万吨…项目, 顺兴|废旧动力电池回收利用项目: or with
    // its trade name alone, the first characters of its name without its places, when no
    // other company of the text has them)
    // (not a place's name the company is named after: 鸿兴|牧业… and 鸿兴镇…项目)
    // (the places' first two characters gathered once: a newspaper's day names thousands)
    let place_heads: std::collections::HashSet<String> = cx.res.entities.iter().filter(|e| e.class.family() == Family::Place).flat_map(|e| std::iter::once(&e.label).chain(&e.alt_labels)).map(|l| l.chars().take(2).collect()).collect();
    let place_named = |h: &str| place_heads.contains(h);
    let heads: Vec<(usize, String)> = cx
        .res
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.class == Class::Company && e.label.ends_with("公司"))
        .filter_map(|(i, e)| {
            let bare = e.alt_labels.iter().filter(|a| a.len() < e.label.len() && e.label.ends_with(a.as_str())).min_by_key(|a| a.len()).unwrap_or(&e.label);
            crate::detect::trade_head(cx.doc, bare, 0).filter(|h| !place_named(h)).map(|h| (i, h))
        })
        .collect();
    let stems = std::cell::OnceCell::new();
    let head_of = |n: &String| {
        let mut found = heads.iter().filter(|(_, h)| n.starts_with(h.as_str()) && n.len() > h.len());
        found.next().filter(|_| found.next().is_none()).filter(|(_, h)| !stems.get_or_init(|| crate::detect::place_stems(cx.doc)).contains(h))
    };
    let own: Vec<(usize, usize)> = cx
        .res
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.class == Class::Project)
        .filter_map(|(p, e)| {
            let named = |n: &String| companies.iter().find(|(_, l)| n.starts_with(l) && n.len() > l.len()).map(|&(c, _)| c).or_else(|| head_of(n).map(|&(c, _)| c));
            std::iter::once(&e.label).chain(&e.alt_labels).find_map(named).map(|c| (c, p))
        })
        .collect();
    for (c, p) in own {
        let sent = cx.first_sentence(p);
        cx.add(c, Predicate::Undertakes, p, sent);
    }
    let ms = cx.res.mentions.clone();
    for outer in &ms {
        for inner in beginning_in(&ms, outer.begin, outer.begin + 1).iter().filter(|m| m.end < outer.end) {
            let (co, ci) = (cx.class(outer.entity), cx.class(inner.entity));
            let sent = cx.sentence(outer.begin);
            match (co.family(), ci.family()) {
                // (恒远新能源科技有限公司储能电池项目: the company's own project, which it
                // undertakes; 人民医院南院扩建项目: a part of the hospital)
                (Family::Project, Family::Organization) if ci == Class::Company && co == Class::Project => {
                    cx.add(inner.entity, Predicate::Undertakes, outer.entity, sent)
                }
                (Family::Project, Family::Project) | (Family::Project, Family::Organization) => {
                    cx.add(outer.entity, Predicate::PartOf, inner.entity, sent)
                }
                (Family::Organization, Family::Organization) if co != Class::Institution => {
                    cx.add(outer.entity, Predicate::PartOf, inner.entity, sent)
                }
                _ => {}
            }
        }
    }
}

/// The body a sentence's subject stands for when it is a kind word (中心, 合作社, 公司,
/// 社区 …, with 该/这个 or not) before `at`: the last entity named before the sentence whose
/// name ends with that kind.
fn kind_subject(cx: &Ctx, sent_begin: usize, at: usize) -> Option<usize> {
    let (kind, _) = cx.doc.leading_word(sent_begin, at)?;
    // (园区推行“项目秘书”制度: the park last named, whatever its name ends with; 联盟实行…:
    // the alliance)
    let park = kind == "园区";
    // (派出所还在…设立“护学岗”, 服务站按照“一人一档”…, 卫生院还为…提供: a local body or
    // institution said by its kind; 该所推行…, 该站…: or by 该 and the kind's last character)
    let kind = match kind {
        "该所" => "所",
        "该站" => "站",
        "该院" => "院",
        "该局" => "局",
        "该队" => "队",
        k => k,
    };
    if !lexicon::LOCAL_BODY_KINDS.contains(&kind) && !matches!(kind, "公司" | "所" | "站" | "院" | "局" | "队") && !park {
        return None;
    }
    cx.res.mentions[..cx.res.mentions.partition_point(|m| m.begin < sent_begin)]
        .iter()
        .rev()
        .find(|m| {
            let label = &cx.res.entities[m.entity].label;
            if park {
                return cx.res.family(m.entity) == Family::Project && lexicon::is_park(label);
            }
            label.ends_with(kind) && label != kind && (matches!(cx.res.family(m.entity), Family::Organization | Family::Place) || kind == "产业园" && cx.res.family(m.entity) == Family::Project)
        })
        .map(|m| m.entity)
}

/// The village or community a venue's name starts with (那拉村|芒果产业示范园, 柳溪村|
/// 文化广场): a place mention nested at the venue's start.
fn village_of_venue(cx: &Ctx, venue: &NMention) -> Option<usize> {
    if !matches!(cx.res.family(venue.entity), Family::Project | Family::Organization) {
        return None;
    }
    cx.res.mentions.iter().find(|m| m.begin == venue.begin && m.end < venue.end && cx.class(m.entity) == Class::Community).map(|m| m.entity)
}

/// Is the mention a venue (在竹坞村举行, 于青禾镇召开) rather than someone acting?
fn is_venue(cx: &Ctx, m: &NMention) -> bool {
    m.begin > 0 && matches!(cx.doc.chars[m.begin - 1], '在' | '于' | '到' | '赴')
}

/// The actor a mention stands for: a place, or an organisation (standing for its place
/// when it is that place's party or government body).
fn actor_of(cx: &Ctx, m: &NMention) -> Option<usize> {
    if is_venue(cx, m) {
        return None;
    }
    // (区人大|代表吴某: a congress named only as its deputy's post acts for no one)
    if cx.res.entities[m.entity].label.ends_with("人大") && cx.doc.str(m.end, (m.end + 2).min(cx.doc.chars.len())) == "代表" {
        return None;
    }
    // a service centre (政务服务中心, 新时代文明实践站) acts for itself as its clause's
    // subject (not where someone goes: 到便民服务中心办事); other institutions (schools,
    // museums, research institutes) hold exhibitions and studies, not a place's programmes
    if cx.class(m.entity) == Class::Institution {
        let sent = cx.sentence(m.begin).map(|s| &cx.doc.sentences[s])?;
        if !is_service_centre(&cx.res.entities[m.entity].label) || cx.doc.clause_start(sent.begin, m.begin, &[]) != m.begin {
            return None;
        }
    }
    actor_entity(cx, m.entity)
}

/// Is `label` a local service centre (政务服务中心, 党群服务中心, 新时代文明实践所, 综治中心)?
fn is_service_centre(label: &str) -> bool {
    label.ends_with(['心', '站', '所', '厅'])
        && ["服务", "实践", "治理", "便民", "党群", "综治", "指挥"].iter().any(|w| label.contains(w))
        && !label.contains("研究")
}

/// The actor an entity stands for, wherever it is written.
fn actor_entity(cx: &Ctx, e: usize) -> Option<usize> {
    // (…工作领导小组: a leading group steers its level's work; the programmes are the level's)
    if lexicon::is_leading_group(&cx.res.entities[e].label) {
        return None;
    }
    match cx.class(e) {
        Class::AdministrativeDivision | Class::Community => Some(e),
        // a place's own leadership (湖塘镇党委, 青禾镇人民政府, 社区居委会) acts for the place;
        // a department (区委组织部, 县招商局) acts for itself
        Class::PartyOrganization | Class::GovernmentBody => Some(
            cx.out
                .iter()
                .filter(|r| r.subject == e && r.predicate == Predicate::LocatedIn)
                .find(|r| is_leadership_of(&cx.res.entities[e].label, &cx.res.entities[r.object].label))
                .map_or(e, |r| r.object),
        ),
        Class::Organization | Class::SocialOrganization | Class::Company => Some(e),
        Class::Institution if is_service_centre(&cx.res.entities[e].label) => Some(e),
        _ => None,
    }
}

/// What follows a place's name in the name of its own leadership.
/// Is `body` the leadership of `place` (湖塘镇党委 of 湖塘镇), which acts and counts for it,
/// rather than one of its departments (湖塘镇派出所)?
pub fn is_leadership_of(body: &str, place: &str) -> bool {
    body.strip_prefix(place).is_some_and(|rest| LEADERSHIP.contains(&rest))
}

const LEADERSHIP: &[&str] = &[
    "党委", "党工委", "党总支", "党支部", "委", "人民政府", "政府", "办事处", "街道办事处", "居委会", "村委会",
    "两委", "居民委员会", "村民委员会", "管委会",
];

/// The community a bare 社区 / 村 stands for: the last one named before it.
fn bare_community_actor(cx: &Ctx, from: usize, at: usize) -> Option<(usize, usize)> {
    let doc = cx.doc;
    let mut best = None;
    let first = doc.toks.partition_point(|t| t.begin < from);
    for t in doc.toks[first..].iter().take_while(|t| t.end <= at) {
        let w = doc.text(t.begin, t.end);
        if !matches!(w.as_str(), "社区" | "该社区" | "本社区" | "村" | "该村" | "本村" | "全村") {
            continue;
        }
        if cx.res.mentions.iter().any(|m| m.begin <= t.begin && t.end <= m.end) {
            continue;
        }
        let next = doc.tok_starting_at(t.end).map(|n| doc.text(n.begin, n.end));
        if !next.is_some_and(|n| SUBJECT_FOLLOWERS.contains(&n.as_str())) {
            continue;
        }
        let community = cx
            .res
            .mentions
            .iter()
            .filter(|m| m.end <= t.begin && cx.class(m.entity) == Class::Community)
            .max_by_key(|m| m.end)
            .map(|m| m.entity);
        if let Some(c) = community {
            best = Some((t.begin, c));
        }
    }
    best
}

/// The villages and communities a programme starting at `at` is piloted in: 在 P1、P2和P3试点
/// (推行|开展)“…”, within the clause, the places listed right before the verb of piloting.
fn piloted_in(cx: &Ctx, from: usize, at: usize) -> Vec<usize> {
    let doc = cx.doc;
    let at = if at > from && matches!(doc.chars[at - 1], '“' | '《') { at - 1 } else { at };
    let Some(v) = ["试点推行", "试点开展", "试点实施", "试点", "试行"].iter().find(|w| doc.str(at.saturating_sub(w.chars().count()).max(from), at) == **w).map(|w| at - w.chars().count()) else { return Vec::new() };
    let mut out = Vec::new();
    let mut end = v;
    while let Some(p) = cx.top_beginning_in(from, end).iter().rev().find(|m| m.end == end) {
        if cx.class(p.entity) != Class::Community {
            break;
        }
        out.push(p.entity);
        match p.begin.checked_sub(1).map(|k| doc.chars[k]) {
            Some('、' | '和' | '及' | '与') => end = p.begin - 1,
            // (在洪溪镇依果觉村: a village after its township)
            _ if p.begin > from && doc.chars[p.begin - 1] == '在' || cx.top_beginning_in(from, p.begin).iter().any(|t| t.end == p.begin && doc.chars.get(t.begin.wrapping_sub(1)) == Some(&'在') && cx.class(t.entity) == Class::AdministrativeDivision) => return out,
            _ => break,
        }
    }
    Vec::new()
}

fn initiatives(cx: &mut Ctx) {
    let res = cx.res;
    // components of a numbered programme: “一核” of “一核三联一融合”
    let mut component_of = vec![None; res.entities.len()];
    for (i, e) in res.entities.iter().enumerate().filter(|(_, e)| e.class == Class::Initiative) {
        for (j, o) in res.entities.iter().enumerate().filter(|(j, o)| *j != i && o.class == Class::Initiative) {
            let names = std::iter::once(&o.label).chain(&o.alt_labels);
            if names.into_iter().any(|n| n.chars().count() > e.label.chars().count() && n.starts_with(&e.label) | n.ends_with(&e.label) | n.contains(&e.label))
                && e.label.chars().count() <= 3
                // (a numbered part, not a kind the longer name is made of: 积分制 of 积分制管理实施细则)
                && e.label.chars().any(|c| c.is_ascii_digit() || "一二三四五六七八九十两百".contains(c))
            {
                component_of[i] = Some(j);
            }
        }
    }
    let top_initiatives: Vec<NMention> = cx
        .top
        .iter()
        .filter(|m| cx.class(m.entity) == Class::Initiative)
        .map(|m| (*m).clone())
        .collect();
    // pass 1: an actor the sentence names
    let mut unresolved: Vec<(usize, usize)> = Vec::new(); // (entity, first mention begin)
    for m in &top_initiatives {
        let Some(si) = cx.sentence(m.begin) else { continue };
        if let Some(whole) = component_of[m.entity] {
            cx.add(m.entity, Predicate::PartOf, whole, Some(si));
            continue;
        }
        let sent = &cx.doc.sentences[si];
        // 到星河社区“七点钟议事厅”: the name written right before owns it, venue or not
        // (坪滩镇认真落实|广安市“营商环境提升年”部署: a superior whose plan is carried out owns
        // it, the sentence's subject implements it)
        let carried_out = |t: &NMention| cx.doc.tok_ending_at(t.begin).is_some_and(|v| {
            let w = cx.doc.str(v.begin, v.end);
            // (北留镇将围绕|山西省…要求，推行…, 依托|延吉市…平台: a superior whose aim or platform
            // the subject works with, too)
            ["落实", "贯彻", "按照", "响应", "根据", "执行", "依照", "围绕", "依托", "对标", "对照", "紧扣", "借助"].iter().any(|c| w.ends_with(c))
        });
        let explicit = m.actor_before.and_then(|b| cx.top_beginning_in(b, b).first().filter(|t| !carried_out(t)).and_then(|t| actor_entity(cx, t.entity)));
        // (青禾镇…，在柳溪村、石门村等21个村推行“积分制”: places named after 在 are where it is
        // done; the subject before 在, in the same clause, does it)
        let venue_of = |t: &NMention| {
            if !matches!(cx.class(t.entity), Class::Community | Class::AdministrativeDivision) {
                return None;
            }
            let at = (sent.begin..t.begin).rev().take_while(|&i| !matches!(cx.doc.chars[i], '，' | '；' | '。' | '：')).find(|&i| cx.doc.chars[i] == '在')?;
            cx.top_beginning_in(sent.begin, at).iter().filter(|o| o.end <= at && !cx.doc.str(o.end, at).contains(['；', '。'])).rev().find_map(|o| actor_of(cx, o).map(|a| (o.begin, a)))
        };
        // (由旺镇…整合镇司法所、由旺派出所、镇人民调解委员会等力量，推行“…”: bodies listed
        // are what the subject brings together; the actor is named before the list, when one is)
        let listed = |t: &NMention| t.begin > sent.begin && cx.doc.chars[t.begin - 1] == '、' || cx.doc.chars.get(t.end) == Some(&'、');
        let actor = explicit.or_else(|| {
            let before: Vec<&NMention> = cx.top_beginning_in(sent.begin, m.begin).iter().copied().filter(|t| t.end <= m.begin && t.begin >= sent.begin && !carried_out(t)).collect();
            let nearest = |skip_listed: bool| before.iter().rev().filter(|t| !skip_listed || !listed(t)).find_map(|t| actor_of(cx, t).map(|a| venue_of(t).unwrap_or((t.begin, a))));
            let near = nearest(true).or_else(|| nearest(false));
            let bare = bare_community_actor(cx, sent.begin, m.begin);
            match (near, bare) {
                (Some((apos, a)), Some((bpos, c))) => Some(if bpos > apos { c } else { a }),
                (a, b) => a.or(b).map(|x| x.1),
            }
        });
        // (自2002年启动“沙溪复兴工程”以来，该镇坚持…: the place said by 该 or 全 as the subject
        // of the clause right after the time the programme opens)
        let actor = actor.or_else(|| {
            let since = cx.doc.str(m.end, (m.end + 3).min(sent.end)).trim_start_matches(['”', '》']).starts_with("以来");
            let next = cx.doc.clause_end(m.end, sent.end);
            let subject = cx.top_beginning_in(next + 1, next + 2).first().filter(|t| t.rule == Rule::SelfReference).map(|t| t.entity);
            since.then_some(subject).flatten()
        });
        // (中心组建“小桥帮办”团队, 该社区推行…: a kind word as the sentence's subject is the
        // last body of that kind named)
        let actor = actor.or_else(|| kind_subject(cx, sent.begin, m.begin).or_else(|| kind_subject(cx, cx.doc.clause_start(sent.begin, m.begin, &[]), m.begin)));
        // (在留客村，村“两委”结合“积分制”推行“门前三包”: the place a sentence opens with as its
        // scene acts in it, when nobody else does)
        let actor = actor.or_else(|| {
            let scene = cx.top_beginning_in(sent.begin + 1, sent.begin + 2).first().filter(|t| cx.doc.chars[sent.begin] == '在' && t.end < m.begin)?;
            (matches!(cx.class(scene.entity), Class::Community | Class::AdministrativeDivision) && cx.doc.chars.get(scene.end) == Some(&'，')).then_some(scene.entity)
        });
        match actor {
            Some(a) => cx.add(a, Predicate::Implements, m.entity, Some(si)),
            None => unresolved.push((m.entity, m.begin)),
        }
        // (社工站在依果觉村、瓦洛村试点“时间银行”: the villages a programme is piloted in carry it
        // out too, beside whoever pilots it)
        for v in piloted_in(cx, sent.begin, m.begin) {
            cx.add(v, Predicate::Implements, m.entity, Some(si));
        }
    }
    // pass 2: initiatives no sentence gives an actor: the paragraph's actor, else the
    // document's place
    for (e, at) in unresolved {
        if cx.has(e, Predicate::Implements) || cx.out.iter().any(|r| r.object == e && r.predicate == Predicate::Implements) {
            continue;
        }
        let Some(si) = cx.sentence(at) else { continue };
        let para = cx.doc.sentences[si].paragraph;
        let para_begin = cx.doc.sentences.get(cx.doc.sentences.partition_point(|s| s.paragraph < para)).map_or(0, |s| s.begin);
        let actor = cx
            .top_beginning_in(para_begin, at)
            .iter()
            .filter(|t| t.end <= at && t.begin >= para_begin)
            .rev()
            .find_map(|t| actor_of(cx, t))
            .or(res.subject);
        if let Some(a) = actor {
            cx.add(a, Predicate::Implements, e, Some(si));
        }
    }
}

// kinds of verbs, as bits
const UNDERTAKE: u8 = 1;
const LOCATE: u8 = 2;
const HOLD: u8 = 4;
const PARTICIPATE: u8 = 8;
const BUILT: u8 = 16;

/// Verbs that place something: 青禾镇位于云澄县.
const LOCATE_VERBS: &[&str] = &["位于", "地处", "坐落于", "隶属", "隶属于", "地属", "同属", "所在"];
/// Verbs that hold an event somewhere: 仪式在竹坞村举行.
const HOLD_VERBS: &[&str] = &["举行", "召开", "举办", "开幕", "进行"];
/// Verbs by which bodies carry out an event the sentence names after them (…人民医院联合…卫生院，
/// 在柳溪社区开展|“情暖重阳”义诊活动): they take part in it, as those who hold it do.
const CARRY_OUT_VERBS: &[&str] = &["开展"];
/// Verbs by which bodies sign an agreement for a project (A与B签订…项目投资协议), beside 签约 of
/// [`lexicon::UNDERTAKE_VERBS`].
const SIGN_VERBS: &[&str] = &["签订", "签署"];
/// Verbs that put a project somewhere: 生产线在朱湾村建成.
const BUILT_VERBS: &[&str] = &["建成", "落户", "落地", "开工", "投产", "开业", "竣工", "建成投产", "建设", "兴建", "新建"];

/// Every verb the rules of [`verbs`] look for, with the kinds it is of.
static VERB_KINDS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u8>> = std::sync::LazyLock::new(|| {
    let mut kinds = rustc_hash::FxHashMap::default();
    for (words, kind) in
        [(lexicon::UNDERTAKE_VERBS, UNDERTAKE), (RUNNING_VERBS, UNDERTAKE), (SIGN_VERBS, UNDERTAKE), (LOCATE_VERBS, LOCATE), (HOLD_VERBS, HOLD), (lexicon::PARTICIPATE_VERBS, PARTICIPATE), (CARRY_OUT_VERBS, PARTICIPATE), (BUILT_VERBS, BUILT)]
    {
        for w in words {
            *kinds.entry(*w).or_insert(0) |= kind;
        }
    }
    kinds
});

/// The project an agreement signed in sentence `si` is for, when the sentence names none
/// (第二个签约项目为P。A与B签订租赁运营协议): the last project of the sentence before, in the
/// same paragraph, which speaks of signing — where the signing verb `v` is the one of the
/// sentence's opening clause, whose actor starts at `actor_begin`.
fn signed_project(cx: &Ctx, si: usize, v: usize, actor_begin: usize) -> Option<usize> {
    let doc = cx.doc;
    let sent = &doc.sentences[si];
    let verb = doc.tok_starting_at(v).map(|t| doc.str(t.begin, t.end))?;
    if !matches!(verb, "签订" | "签约" | "签署") || doc.clause_start(sent.begin, actor_begin, &[]) != sent.begin {
        return None;
    }
    let prev = doc.sentences.get(si.checked_sub(1)?).filter(|p| p.paragraph == sent.paragraph)?;
    let said = doc.str(prev.begin, prev.end);
    if !said.contains("签约") && !said.contains("签订") {
        return None;
    }
    let from = cx.top.partition_point(|m| m.begin < prev.begin);
    cx.top[from..].iter().take_while(|m| m.end <= prev.end).filter(|m| cx.class(m.entity) == Class::Project && !is_venue(cx, m)).last().map(|m| m.entity)
}

/// The project a clause speaks of by a kind word (`said`: 该项目, 该基地 …): the last one
/// named before `at` (of that kind, for 基地, 园区 …).
fn referred_project(cx: &Ctx, said: &str, at: usize) -> Option<usize> {
    let kind = PROJECT_REFERENCES.contains(&said).then(|| said.trim_start_matches(['该', '此']).trim_start_matches("这个"))?;
    let fits = |e: usize| match kind {
        "项目" | "工程" => cx.class(e) == Class::Project,
        _ => matches!(cx.class(e).family(), Family::Project | Family::Organization) && cx.res.entities[e].label.ends_with(kind),
    };
    cx.res.mentions.iter().filter(|m| m.end <= at && fits(m.entity)).last().map(|m| m.entity)
}

/// The kind word a sentence opens with when it speaks of a project named before (该项目…,
/// 项目总投资…), or "".
fn opening_reference(doc: &DocView, sent: &crate::sentences::Span) -> &'static str {
    let opening = doc.str(sent.begin, doc.clause_end(sent.begin, sent.end));
    PROJECT_REFERENCES.iter().find(|k| opening.starts_with(**k)).map_or("", |k| *k)
}

/// Verbs by which a body runs or builds a project for others (该基地由…合作社运营, 由…公司负责
/// 设计施工), beside [`lexicon::UNDERTAKE_VERBS`].
const RUNNING_VERBS: &[&str] = &["运营", "负责", "施工", "代建", "承接"];

/// The kinds of homes, stations and canteens a body runs for others (…阳光家园由…中心运营):
/// the body undertakes them.
/// (The homes and stations of [`lexicon::PLACED_KINDS`] end with 之家, 家园, 康复站 or 工坊.)
const RUN_FACILITIES: [&str; 14] = ["之家", "家园", "康复站", "工坊", "食堂", "助餐点", "社工站", "服务站", "驿站", "幸福院", "照料中心", "托养中心", "养老院", "敬老院"];

/// The kind words by which a clause speaks of the project just named (该项目由…承建, 该基地由…运营).
const PROJECT_REFERENCES: &[&str] = &["该项目", "项目", "该工程", "此项目", "这个项目", "该基地", "该园区", "该产业园", "该中心", "该工坊", "该车间"];

/// undertakes (actor + 招引/签约/携 … + project) and participant (event + 参加/召开 …).
fn verbs(cx: &mut Ctx) {
    let doc = cx.doc;
    for (si, sent) in doc.sentences.iter().enumerate() {
        // the top mentions are sorted by begin
        let first = cx.top.partition_point(|m| m.begin < sent.begin);
        let in_sent: Vec<&NMention> =
            cx.top[first..].iter().copied().take_while(|m| m.begin < sent.end).filter(|m| m.end <= sent.end).collect();
        if in_sent.is_empty() {
            // every rule below relates mentions of the sentence
            continue;
        }
        let (tb, te) = (doc.toks.partition_point(|t| t.begin < sent.begin), doc.toks.partition_point(|t| t.begin < sent.end));
        let sent_toks = &doc.toks[tb..te];
        // each word of the sentence looked up once, for every kind of verb
        let kinds: Vec<(usize, u8)> = sent_toks
            .iter()
            .filter(|t| t.begin >= sent.begin && t.end <= sent.end && t.tag != Tag::Punct)
            .filter_map(|t| VERB_KINDS.get(doc.str(t.begin, t.end)).map(|&k| (t.begin, k)))
            .collect();
        if kinds.is_empty() {
            // every rule below starts from a verb
            continue;
        }
        let verbs_at = |kind: u8| -> Vec<usize> { kinds.iter().filter(|(_, k)| k & kind != 0).map(|&(b, _)| b).collect() };
        // undertakes: an actor, then a verb, then the project, in one sentence
        let undertake_verbs = verbs_at(UNDERTAKE);
        for &v in &undertake_verbs {
            // (…康复站由…社会工作服务中心承接运营: an institution that runs something for others is
            // the agent of the passive, as any body is)
            let runs = RUNNING_VERBS.iter().any(|w| doc.str(v, sent.end).starts_with(w));
            let agent = in_sent
                .iter()
                .filter(|m| runs && m.end <= v && m.end + 2 >= v && m.begin > 0 && doc.chars[m.begin - 1] == '由' && cx.class(m.entity) == Class::Institution && !is_venue(cx, m))
                .last()
                .map(|m| (m.entity, *m));
            let actor = agent.or_else(|| {
                in_sent.iter().filter(|m| m.end <= v).rev().find_map(|m| match cx.class(m.entity).family() {
                    Family::Place | Family::Organization => actor_of(cx, m).map(|a| (a, *m)),
                    _ => None,
                })
            });
            let Some((actor, am)) = actor else { continue };
            // the agent of a passive (…基地项目由华晟新能源科技有限公司投资建设): the project
            // named before 由 in its clause
            // (not 由X投资建设的Y项目, where the project follows as usual)
            let attributive = doc.str(v, (v + 6).min(sent.end)).split(['，', '。', '；']).next().is_some_and(|w| w.contains('的'));
            // (…管委会与…有限公司签约…项目, A、B共同投资建设: those joined to the actor by 与/和/、
            // sign or build with it)
            let mut partners = Vec::new();
            let mut at = am.begin;
            while at > sent.begin && matches!(doc.chars[at - 1], '与' | '和' | '、' | '同' | '及') {
                let Some(p) = in_sent.iter().rev().find(|m| m.end == at - 1) else { break };
                match cx.class(p.entity).family() {
                    Family::Place | Family::Organization => {}
                    _ => break,
                }
                if let Some(a) = actor_of(cx, p) {
                    partners.push(a);
                }
                at = p.begin;
            }
            // (由A与B共同实施: the agents of a passive may be joined, 由 before the first)
            if at > 0 && doc.chars[at - 1] == '由' && am.end + 2 >= v && !attributive {
                let am = in_sent.iter().find(|m| m.begin == at).copied().unwrap_or(am);
                let clause_begin = doc.clause_start(sent.begin, am.begin, &[]);
                let before = doc.str(clause_begin, am.begin - 1);
                // (柳溪镇阳光家园由…托养服务中心运营, …康复站由…社会工作服务中心承接运营: a home, a
                // station or a canteen run by a body is undertaken by it, as a project is)
                // (running only, not every verb of `runs`: a hospital 负责 a station's daily care
                // does not run it for others)
                let running = ["运营", "承接", "负责运营"].iter().any(|w| doc.str(v, sent.end).starts_with(w));
                let facility = |e: usize| running && cx.class(e) == Class::Institution && RUN_FACILITIES.iter().any(|k| cx.res.entities[e].label.ends_with(k));
                let project = in_sent
                    .iter()
                    .filter(|m| m.begin >= clause_begin && m.end < am.begin && (cx.class(m.entity) == Class::Project || facility(m.entity)))
                    .last()
                    .map(|m| m.entity)
                    // (…物流园项目，由X投资建设: 由 starts its clause, the project the sentence's)
                    // (not where it lies: …二期工程位于…产业园东区，由X负责建设)
                    .or_else(|| {
                        before
                            .is_empty()
                            .then(|| {
                                in_sent
                                    .iter()
                                    .filter(|m| m.end < am.begin && (cx.class(m.entity) == Class::Project || facility(m.entity)) && !is_venue(cx, m) && !doc.lies_in_clause(sent.begin, m.begin))
                                    .last()
                                    .map(|m| m.entity)
                            })
                            .flatten()
                    })
                    // (该项目由X投资建设: the project named last before)
                    .or_else(|| referred_project(cx, before, clause_begin))
                    // (项目总投资240万元，…，由X负责设计施工: or the one the sentence opens with)
                    .or_else(|| before.is_empty().then(|| referred_project(cx, opening_reference(doc, sent), sent.begin)).flatten())
                    // (——柳溪储能电池模组项目。由X公司投资建设，…: a sentence that opens with 由, the
                    // project the sentence before it in the paragraph names last)
                    .or_else(|| {
                        let prev = doc.sentences.get(si.checked_sub(1)?).filter(|p| p.paragraph == sent.paragraph && clause_begin == sent.begin && before.is_empty())?;
                        let from = cx.top.partition_point(|m| m.begin < prev.begin);
                        cx.top[from..].iter().take_while(|m| m.end <= prev.end).filter(|m| cx.class(m.entity) == Class::Project && !is_venue(cx, m)).last().map(|m| m.entity)
                    });
                if let Some(p) = project {
                    cx.add(actor, Predicate::Undertakes, p, Some(si));
                    for &a in &partners {
                        cx.add(a, Predicate::Undertakes, p, Some(si));
                    }
                }
                continue;
            }
            let next_verb = undertake_verbs.iter().copied().find(|&x| x > v).unwrap_or(sent.end);
            // (拟投资20亿元，在龙湖产业园建设…: where it is built is not what is undertaken)
            let projects: Vec<usize> = in_sent
                .iter()
                // (由X公司投资，落户|…工业功能区: nor where it settles)
                .filter(|m| m.begin > v && m.begin < next_verb && cx.class(m.entity) == Class::Project && !is_venue(cx, m) && !crate::figures::sited_after(doc, m.begin))
                .map(|m| m.entity)
                .collect();
            // (该项目由…投资建设，云南宏顺建设工程有限公司承建: a body whose clause is its verb alone
            // builds the project the sentence is about)
            let alone = projects.is_empty() && doc.clause_start(sent.begin, am.begin, &[]) == am.begin && doc.clause_end(v, sent.end) == doc.tok_starting_at(v).map_or(v, |t| t.end);
            let projects = if alone {
                in_sent.iter().filter(|m| m.end <= am.begin && cx.class(m.entity) == Class::Project).last().map(|m| m.entity).or_else(|| referred_project(cx, opening_reference(doc, sent), sent.begin)).into_iter().collect()
            } else if projects.is_empty() {
                signed_project(cx, si, v, am.begin).into_iter().collect()
            } else {
                projects
            };
            for p in projects {
                cx.add(actor, Predicate::Undertakes, p, Some(si));
                for &a in &partners {
                    cx.add(a, Predicate::Undertakes, p, Some(si));
                }
            }
        }
        // 青禾镇位于云澄县, 地处, 隶属: the place after the verb holds the thing before it
        for v in verbs_at(LOCATE) {
            let after = in_sent.iter().find(|m| m.begin > v && m.begin <= v + 4);
            // 位于柳泉镇的瑞丰新能源电池材料项目: the thing after 的 lies there
            let described = after.and_then(|a| {
                (doc.chars.get(a.end) == Some(&'的')).then(|| in_sent.iter().find(|m| m.begin == a.end + 1 && matches!(cx.class(m.entity), Class::Project | Class::Company)))?
            });
            let before = described.or_else(|| in_sent.iter().filter(|m| m.end <= v).last());
            if let (Some(a), Some(b)) = (before, after) {
                // (松韵小区所在的文昌社区: what lies in the place after 所在的, written right before)
                let where_it_is = doc.str(v, (v + 2).min(doc.chars.len())) == "所在";
                let placed = !where_it_is || a.end == v && doc.chars.get(v + 2) == Some(&'的') && b.begin == v + 3;
                if cx.res.family(b.entity) == Family::Place && cx.res.family(a.entity) != Family::Person && placed {
                    cx.add(a.entity, Predicate::LocatedIn, b.entity, Some(si));
                    // (临江花园小区和德胜里小区同属松江社区: both)
                    if doc.str(v, (v + 2).min(doc.chars.len())) == "同属" {
                        for o in in_sent.iter().filter(|m| m.end < a.begin && m.end + 1 >= a.begin && matches!(doc.chars[m.end], '和' | '、' | '与') && cx.res.family(m.entity) == Family::Place) {
                            cx.add(o.entity, Predicate::LocatedIn, b.entity, Some(si));
                        }
                    }
                }
            }
        }
        // 生产线在朱湾村建成, 在朱湾村建成生产线: the project lies there
        for v in verbs_at(BUILT) {
            let Some(place) = in_sent.iter().filter(|m| m.end <= v && m.end + 1 >= v && is_venue(cx, m)).last() else { continue };
            if cx.res.family(place.entity) != Family::Place {
                continue;
            }
            let clause_begin = doc.clause_start(sent.begin, place.begin, &[]);
            let project = in_sent
                .iter()
                .filter(|m| cx.class(m.entity) == Class::Project)
                .filter(|m| m.end <= place.begin && m.begin >= clause_begin || m.begin > v && doc.clause_start(v, m.begin, &[]) == v)
                .min_by_key(|m| if m.end <= place.begin { place.begin - m.end } else { m.begin - v });
            if let Some(p) = project {
                cx.add(p.entity, Predicate::LocatedIn, place.entity, Some(si));
            }
        }
        // 仪式在竹坞村举行: the event took place there
        for v in verbs_at(HOLD) {
            let venue = in_sent.iter().filter(|m| m.end <= v && m.end + 1 >= v && is_venue(cx, m)).last();
            let event = in_sent.iter().filter(|m| m.end < v && cx.class(m.entity) == Class::Event).last();
            if let (Some(place), Some(event)) = (venue, event) {
                if cx.res.family(place.entity) == Family::Place {
                    cx.add(event.entity, Predicate::LocatedIn, place.entity, Some(si));
                } else if let Some(village) = village_of_venue(cx, place) {
                    // (…采摘节在那拉村芒果产业示范园开幕: a venue named after its village, which
                    // is where the event took place)
                    cx.add(event.entity, Predicate::LocatedIn, village, Some(si));
                }
            }
            // (在尧禾镇主持召开|座谈会, 在柳溪村举行|…仪式: the event after the verb, held at the
            // place after 在 before it)
            let chaired = v >= 2 && doc.str(v - 2, v) == "主持";
            let at = if chaired { v - 2 } else { v };
            let venue = in_sent.iter().filter(|m| m.end == at && m.begin >= 1 && doc.chars[m.begin - 1] == '在' && is_venue(cx, m)).last();
            let event = in_sent.iter().find(|m| m.begin > v && m.begin <= v + 3 && cx.class(m.entity) == Class::Event);
            if let (Some(place), Some(event)) = (venue, event) {
                if cx.res.family(place.entity) == Family::Place && !cx.has(event.entity, Predicate::LocatedIn) {
                    cx.add(event.entity, Predicate::LocatedIn, place.entity, Some(si));
                }
            }
        }
        // participant: the event and those named before the verb
        for v in verbs_at(PARTICIPATE) {
            // the event of the verb's own clause, not one whose spirit is studied
            // (召开会议，学习贯彻党的二十大精神)
            let Some(event) = in_sent
                .iter()
                .find(|m| m.begin > v && cx.class(m.entity) == Class::Event)
                .filter(|m| doc.clause_start(v, m.begin, &[]) == v)
                .filter(|m| doc.str(m.end, (m.end + 2).min(doc.chars.len())) != "精神")
                .map(|m| m.entity)
            else {
                continue;
            };
            let clause_start = in_sent
                .iter()
                .filter(|m| m.end <= v)
                .map(|m| m.begin)
                .min()
                .unwrap_or(sent.begin);
            let who: Vec<usize> = in_sent
                .iter()
                .filter(|m| m.begin >= clause_start && m.end <= v)
                .filter(|m| matches!(cx.class(m.entity).family(), Family::Place | Family::Organization | Family::Project | Family::Person))
                .filter(|m| !is_venue(cx, m))
                .map(|m| m.entity)
                .collect();
            for w in who {
                cx.add(event, Predicate::Participant, w, Some(si));
            }
        }
    }
}

/// Words by which someone takes part in the event the text has just told of (县委书记
/// 杨光辉出席并宣布项目开工, 县长孙立新致辞, 马建华主持仪式, 高志远在发言中表示).
/// Is `w` one of [`ATTENDING`]? (hashed: asked of every word of the sentences around events)
fn is_attending(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> = std::sync::LazyLock::new(|| ATTENDING.iter().copied().collect());
    SET.contains(w)
}

const ATTENDING: &[&str] = &[
    "出席", "参加", "主持", "致辞", "讲话", "发言", "宣布", "作报告", "参会", "列席", "颁奖", "揭牌", "见证", "致欢迎辞", "会上",
    // a congress's platform and reports (…等在主席台就座, 镇长龚雪梅所作的《政府工作报告》)
    "就座", "所作",
    // (…李红梅通报近期雨情水情, 王刚传达上级会议精神: reporting to the meeting; 村党支部书记
    // 达瓦次仁述职时说: reporting on one's year to a 述职评议会)
    "通报", "传达", "述职",
    // (…镇长张永贵，…总经理潘德明先后发布有关情况: speaking at a press conference)
    "发布",
    // (县人大常委会副主任何振国到会指导: coming to the meeting)
    "到会",
    // (…等单位负责人，以及群众代表共28人围坐一堂: sitting together at it)
    "围坐", "齐聚",
    // (…等8支队伍共136人参演: taking part in a drill; 副局长包文杰到场观摩并作点评)
    "参演", "到场", "观摩",
    // (…派出所、…卫生院以及北于村、高景村等单位共同参与: taking part, said of bodies and places)
    "参与",
];

/// A count of the projects of a ceremony's kind (4个集中开工项目, 5个签约项目).
static COUNTED_PROJECTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9一二三四五六七八九十两]+个[^，。；]{0,6}(?:签约|开工|竣工|投产)[^，。；]{0,4}项目").unwrap());

/// The words that open the list whose item the sentence `si` is (一是…, （二）…, 3．…): the
/// sentence before the items, with the one before it when that one only says the list
/// follows (具体为：); `None` when `si` is no item.
fn list_opening<'d>(doc: &'d DocView, si: usize) -> Option<&'d str> {
    // (——江西…有限公司…项目，总投资…: a bullet opens an item as a number does, at its
    // paragraph's start)
    // (具体为：|山东…公司投资6.5亿元建设的…项目，…；|济宁…项目，…；: or a paragraph of its own
    // after one that ends with a colon or a semicolon)
    let ends_with = |k: usize, cs: &[char]| doc.str(doc.sentences[k].begin, doc.sentences[k].end).trim_end().ends_with(cs);
    let head_item = |i: usize| {
        let s = &doc.sentences[i];
        let head = doc.str(s.begin, (s.begin + 5).min(s.end));
        let opens = i == 0 || doc.sentences[i - 1].paragraph != s.paragraph;
        crate::segment::item_number(head).is_some()
            || opens && head.starts_with(BULLETS)
            || opens && i > 0 && ends_with(i - 1, &['；', ';', '：', ':'])
    };
    // (——…项目。|由X公司投资建设，…: a later sentence of a paragraph a bullet opens is of its item)
    let item = |i: usize| {
        head_item(i) || {
            let para = doc.sentences[i].paragraph;
            let first = doc.sentences[..i].iter().rposition(|s| s.paragraph != para).map_or(0, |k| k + 1);
            first < i && head_item(first) && doc.chars[doc.sentences[first].begin..doc.sentences[first].end].first().is_some_and(|c| BULLETS.contains(c))
        }
    };
    if !item(si) {
        return None;
    }
    let mut i = si;
    while i > 0 && item(i - 1) {
        i -= 1;
    }
    let open = &doc.sentences[i.checked_sub(1)?];
    if !doc.str(open.begin, open.end).trim_end().ends_with(['：', ':']) {
        // (此次集中签约的6个项目涵盖…。…签订投资协议。|——A公司投资…建设X项目；|——B公司…: or
        // the whole paragraph before a run of bulleted paragraphs, whatever it ends with)
        let bulleted = |k: usize| {
            let s = &doc.sentences[k];
            doc.sentences[k - 1].paragraph != s.paragraph && doc.chars[s.begin..s.end].first().is_some_and(|c| BULLETS.contains(c)) || doc.sentences[k - 1].paragraph == s.paragraph
        };
        if i < 1 || !(i..=si).all(bulleted) || !doc.chars[doc.sentences[i].begin..doc.sentences[i].end].first().is_some_and(|c| BULLETS.contains(c)) {
            return None;
        }
        let para = open.paragraph;
        let first = doc.sentences[..i].iter().rposition(|s| s.paragraph != para).map_or(0, |k| k + 1);
        return Some(doc.str(doc.sentences[first].begin, open.end));
    }
    // (具体为：: the sentence before says what the list is of)
    let begin = if open.end - open.begin <= 8 && i >= 2 { doc.sentences[i - 2].begin } else { open.begin };
    Some(doc.str(begin, open.end))
}

/// participant: the companies, co-operatives, teams and people that act in a sentence set at
/// an event (旅游节期间，…合作社设摊参展; 招聘会现场，…公司…提供岗位; 开幕式上，…): the event the
/// sentence opens with, by its name or its kind and 期间/现场/上/当天, or by 开幕式上/活动现场
/// (the event told of last); not what someone says there, nor another event held in those days.
fn event_scenes(cx: &mut Ctx) {
    let doc = cx.doc;
    let mut found = Vec::new();
    let mut last_event: Option<usize> = None;
    for (si, sent) in doc.sentences.iter().enumerate() {
        let first = cx.top.partition_point(|m| m.begin < sent.begin);
        let in_sent: Vec<&NMention> = cx.top[first..].iter().copied().take_while(|m| m.begin < sent.end).filter(|m| m.end <= sent.end).collect();
        let opening = in_sent.first().filter(|m| m.begin == sent.begin && cx.class(m.entity) == Class::Event);
        let scene = match opening {
            Some(m) => ["期间，", "现场，", "上，", "当天，"].iter().any(|w| doc.str(m.end, (m.end + w.chars().count()).min(sent.end)) == *w).then_some((m.entity, m.end)),
            None => {
                let words = doc.str(sent.begin, (sent.begin + 5).min(sent.end));
                ["开幕式上，", "活动现场，", "活动期间，"].iter().find(|w| words == **w).and(last_event).map(|e| (e, sent.begin + 5))
            }
        };
        if let Some((event, from)) = scene {
            let words = doc.str(from, sent.end);
            let said = lexicon::SPEECH_VERBS.iter().chain(&["致辞", "讲话"]).any(|w| words.contains(w));
            let another = in_sent.iter().any(|m| m.begin >= from && cx.class(m.entity) == Class::Event && m.entity != event);
            if !said && !another {
                for m in in_sent.iter().filter(|m| m.begin >= from) {
                    let class = cx.class(m.entity);
                    if matches!(class, Class::Company | Class::SocialOrganization | Class::Person) && !is_venue(cx, m) {
                        found.push((event, m.entity, si));
                    }
                }
            }
        }
        if let Some(m) = in_sent.iter().filter(|m| cx.class(m.entity) == Class::Event).last() {
            last_event = Some(m.entity);
        }
    }
    for (event, who, si) in found {
        cx.add(event, Predicate::Participant, who, Some(si));
    }
}

/// participant: the people who attend, chair or speak at the event told of in the
/// sentence before or in the paragraph before, by a verb with no event of its own
/// (事件 … 。县委书记杨光辉出席并讲话，县长孙立新主持仪式。), and the bodies that sign at
/// a signing event (县政府分别与恒力集团、绿禾公司签订投资合作协议).
/// Does the word `w` hold `part`? (A byte search: the words are short, and `str::contains`
/// builds a searcher for each call; a UTF-8 `part` matches only at a character's start.)
fn word_holds(w: &str, part: &str) -> bool {
    w.len() >= part.len() && w.as_bytes().windows(part.len()).any(|x| x == part.as_bytes())
}

fn attendance(cx: &mut Ctx) {
    let doc = cx.doc;
    let mut last_event: Option<(usize, usize)> = None; // (entity, sentence)
    let mut found = Vec::new();
    let title_events: Vec<usize> = match doc.title_end() {
        Some(te) => cx.top.iter().take_while(|m| m.begin < te).filter(|m| cx.class(m.entity) == Class::Event).map(|m| m.entity).collect(),
        None => Vec::new(),
    };
    for (si, sent) in doc.sentences.iter().enumerate() {
        let first = cx.top.partition_point(|m| m.begin < sent.begin);
        let in_sent = || cx.top[first..].iter().copied().take_while(|m| m.begin < sent.end).filter(|m| m.end <= sent.end);
        // the event told of: its sentence's paragraph is this one or the one before
        // (or the report's own event, named in its title, until another is named)
        // (本次签约的3个项目中…: or the one the sentence points back to by its kind, however far)
        let sent_text = doc.str(sent.begin, sent.end);
        // (——…项目，总投资…: or, for an item of a list, the words that open the list: 此次集中签约的
        // 6个项目…。具体为：)
        let opening = list_opening(doc, si);
        let pointed = |e: usize| {
            let label = &cx.res.entities[e].label;
            // (every pointer ends with 次: one character search before the words)
            let points = |text: &str| {
                text.contains('次') && ["本次", "此次", "这次"].iter().any(|d| {
                    // (此次集中签约: a manner word or two before the kind)
                    text.match_indices(d).any(|(i, _)| {
                        let rest = &text[i + d.len()..];
                        ["签约", "开工", "仪式", "活动", "演练", "推介会", "会议", "大会"].iter().any(|k| label.contains(k) && rest.char_indices().take(3).any(|(j, _)| rest[j..].starts_with(k)))
                    })
                })
            };
            // (演练设置5个科目，…, 整个演练历时50分钟，…: or the sentence that opens with the event's
            // kind or its whole, its subject)
            let opens_with = |k: &str| sent_text.starts_with(k) || sent_text.strip_prefix("整个").is_some_and(|r| r.starts_with(k));
            points(sent_text) || opening.is_some_and(points) || ["演练", "仪式", "会议", "大会"].iter().any(|k| opens_with(k) && label.ends_with(k))
        };
        let near = last_event.filter(|&(e, es)| {
            let (ep, sp) = (doc.sentences[es].paragraph, sent.paragraph);
            ep == sp || doc.sentences[es + 1..si].iter().all(|s| s.paragraph == ep || s.paragraph == sp) || title_events.contains(&e) || pointed(e)
        });
        // 本届旅游节由A、B主办，C承办: the bodies that organise the event the sentence names
        // before the verb (or the one just told of)
        let (tb, te) = (doc.toks.partition_point(|t| t.begin < sent.begin), doc.toks.partition_point(|t| t.begin < sent.end));
        let organises = |t: &&crate::segment::Tok| matches!(doc.str(t.begin, t.end), "主办" | "承办" | "协办" | "联合主办" | "共同主办");
        // (由A主办，B承办，C协办的X在…举行: the event the last verb's 的 leads to, for every
        // verb of organising before it)
        let led_to = doc.toks[tb..te].iter().filter(organises).filter_map(|t| {
            let event = in_sent().find(|m| m.begin == t.end + 1 && doc.chars[t.end] == '的' && cx.class(m.entity) == Class::Event)?;
            Some((t.end, event.entity))
        }).last();
        for t in doc.toks[tb..te].iter().filter(organises) {
            // (not an event whose spirit is studied: 学习党的二十大精神)
            let named = in_sent().filter(|m| cx.class(m.entity) == Class::Event && m.end <= t.begin && !studied(doc, m)).last();
            let led = led_to.filter(|&(end, _)| t.end <= end).map(|(_, e)| e);
            let Some(event) = led.or(named.map(|m| m.entity)).or(near.map(|n| n.0)) else { continue };
            let clause_begin = doc.clause_start(sent.begin, t.begin, &[]);
            for m in in_sent().filter(|m| m.begin >= clause_begin && m.end <= t.begin && cx.class(m.entity).family() == Family::Organization) {
                found.push((event, m.entity, si));
            }
        }
        // 出席会议的有：A，B；C。 在主席台就座的有：…: everyone listed after the colon attends the
        // event named before it or told of (but not a body written as a person's title:
        // 镇党委书记张宏斌; nor a place the event is held in)
        if let Some(colon) = attendee_list(doc, sent) {
            let named = in_sent().filter(|m| m.end <= colon && cx.class(m.entity) == Class::Event).last().map(|m| m.entity);
            if let Some(event) = named.or(near.map(|n| n.0)) {
                let listed: Vec<&NMention> = in_sent().filter(|m| m.begin >= colon).collect();
                for m in &listed {
                    let class = cx.class(m.entity);
                    let body = (class.family() == Family::Organization || class == Class::Community) && !written_as_title(cx, &listed, m, sent.end) && !is_venue(cx, m);
                    if class == Class::Person {
                        found.push((event, m.entity, si));
                    } else if body {
                        // (柳溪村、石门村党支部书记: a village's leadership, whose heads attend, stands
                        // for its village as the villages listed with it)
                        let village = actor_entity(cx, m.entity).filter(|&p| cx.class(p) == Class::Community);
                        found.push((event, village.unwrap_or(m.entity), si));
                    }
                }
            }
        }
        // (…现场会在…召开，孙立强参加会议: the event the sentence itself names first)
        let here = in_sent().find(|m| cx.class(m.entity) == Class::Event && !studied(doc, m)).map(|m| (m.entity, si));
        if let Some((event, _)) = here.or(near).filter(|_| in_sent().next().is_some()) {
            let in_sent: Vec<&NMention> = in_sent().collect();
            let text = doc.str(sent.begin, sent.end);
            let signing = text.contains("签约") || text.contains("签订");
            // the projects signed, started or finished at a ceremony of that kind (集中签约仪式:
            // 签约项目中，…项目总投资15亿元; 同日开工的…项目)
            let label = &cx.res.entities[event].label;
            // (此次签约项目4个。其中，…项目总投资18亿元；…: or the sentence that goes on with
            // 其中 from one that says so)
            let previous = if si > 0 && text.starts_with("其中") { doc.str(doc.sentences[si - 1].begin, doc.sentences[si - 1].end) } else { "" };
            // (5个签约项目依次上台签约。具体为：|一是…项目，…|二是…项目: or, for an item of a
            // list, the words that open the list; 4个集中开工项目同样亮点纷呈。|…项目总投资3.5亿元:
            // or a sentence of its paragraph that counts the projects of that kind)
            // (not one that only says some were signed: 签约、落户了一批重大项目。…分别是…)
            let opening = opening.or_else(|| {
                let p = doc.sentences.get(si.checked_sub(1)?)?;
                let words = doc.str(p.begin, p.end);
                (p.paragraph == sent.paragraph && COUNTED_PROJECTS.is_match(words)).then_some(words)
            });
            let says = |k: &str| text.contains(k) || previous.contains(k) || opening.is_some_and(|o| o.contains(k));
            // (签约仪式结束后，与会人员实地观摩了去年签约落地的…项目: projects visited after it are
            // not those signed at it)
            let visited = ["结束后", "会后", "观摩", "参观", "察看"].iter().any(|w| text.contains(w));
            let ceremony = !visited && ["签约", "开工", "竣工", "投产", "奠基"].iter().any(|k| label.contains(k) && (says(k) || *k == "签约" && says("签订")));
            if ceremony {
                for m in in_sent.iter().filter(|m| cx.class(m.entity) == Class::Project) {
                    // (not the park they lie in)
                    // (as written: 蕲艾精深加工产业园项目 is a project, whatever its label)
                    // (nor where one settles: 落户|…工业功能区)
                    let park = ["产业园", "园区", "开发区", "工业园", "功能区", "集中区"].iter().any(|p| doc.str(m.begin, m.end).ends_with(p)) || crate::figures::sited_after(doc, m.begin);
                    if !park && !is_venue(cx, m) {
                        found.push((event, m.entity, si));
                        // (保定润禾食品有限公司|年产5万吨速冻食品项目: and the company whose project
                        // it is, written right before it or at the start of its name)
                        let nested = beginning_in(&cx.res.mentions, m.begin, m.begin + 1).iter().filter(|c| c.end < m.end);
                        // (贵州黔鑫新材料有限公司投资建设的|年产5万吨…项目: or who invests in it, before)
                        // (A公司投资2.8亿元建设|X项目: or who invests a sum in building it)
                        let invests = |c: &&NMention| {
                            if c.end >= m.begin {
                                return false;
                            }
                            let between = doc.str(c.end, m.begin);
                            ["投资建设的", "投资兴建的", "投资的", "建设的"].contains(&between)
                                || m.begin - c.end <= 16 && between.starts_with("投资") && ["建设", "新建", "兴建", "实施"].iter().any(|v| between.ends_with(v)) && !between.contains(|ch: char| matches!(ch, '，' | '；' | '。' | '、'))
                        };
                        for c in in_sent.iter().copied().filter(|c| c.end == m.begin || invests(c)).chain(nested).filter(|c| cx.class(c.entity) == Class::Company) {
                            found.push((event, c.entity, si));
                        }
                    }
                }
                // (——…项目。|由X公司投资建设，…: the company of an item's sentence that opens with
                // 由, whose project its heading named)
                if text.starts_with('由') && opening.is_some() {
                    if let Some(c) = in_sent.iter().find(|c| c.begin == sent.begin + 1 && cx.class(c.entity) == Class::Company) {
                        found.push((event, c.entity, si));
                    }
                }
            }
            for (k, t) in doc.toks[tb..te].iter().enumerate() {
                if t.tag == Tag::Punct {
                    continue;
                }
                let w = doc.str(t.begin, t.end);
                // (在发言中 may be one word)
                // (到/会/指导: jieba may cut 到会 in two)
                // (韩文/nr|博到/v|会: or 到 glued to the name's last character)
                let to_meeting = (w == "到" || t.len() == 2 && w.ends_with('到') && in_sent.iter().any(|m| m.end == t.begin + 1 && cx.class(m.entity) == Class::Person)) && doc.toks.get(tb + k + 1).is_some_and(|n| doc.str(n.begin, n.end) == "会");
                // (海建军在|座谈会|上|表示: one who speaks at the meeting, said by its kind)
                // (在|验收/会|上: a kind jieba cut in two)
                let at_meeting = w == "上"
                    && (2..=3).any(|n| {
                        k >= n
                            && doc.str(doc.toks[tb + k - n].begin, doc.toks[tb + k - n].end) == "在"
                            && lexicon::SUFFIXES.iter().any(|s| s.class == Class::Event && doc.str(doc.toks[tb + k - n + 1].begin, t.begin) == s.text)
                    })
                    && doc.toks.get(tb + k + 1).is_some_and(|n| matches!(doc.str(n.begin, n.end), "表示" | "说" | "指出" | "强调" | "介绍" | "讲话" | "发言" | "致辞" | "提出"));
                // (参与 the event, not a piece of work: 参与种植, 参与运营, 参与水库安全检查)
                let takes_part_in_work = w == "参与" && doc.toks.get(tb + k + 1).is_some_and(|n| n.tag != Tag::Punct && !["演练", "活动", "仪式", "会议", "比赛", "启动"].iter().any(|e| doc.str(n.begin, n.end).starts_with(e)));
                // (镇党委书记彭志刚作|工作报告: making the meeting's report, 作 a word of its own or
                // glued to the name's last character: 彭志/nr|刚作/v|工作|报告)
                let after = doc.str(t.end, (t.end + 6).min(doc.chars.len()));
                // (…主席吉文光作|工会工作报告: a body's or a field's report too, as the detector reads it)
                let reports = (w == "作" || t.len() == 2 && w.ends_with('作')) && (after.starts_with("总结讲话") || crate::detect::makes_a_report(doc, t.end));
                // (发布 of speakers in turn or of what they tell: 先后发布|有关情况; not 发布选举公告)
                let not_told = word_holds(w, "发布") && !(["先后", "分别", "依次"].iter().any(|a| w.starts_with(a) || k > 0 && doc.str(doc.toks[tb + k - 1].begin, doc.toks[tb + k - 1].end) == *a) || ["有关", "相关", "情况", "了"].iter().any(|a| doc.str(t.end, (t.end + 2).min(doc.chars.len())).starts_with(a)));
                // (述职 of one reporting to a 述职评议会 only: not …对4名书记的述职|逐一点评)
                let not_reporting = w == "述职" && (!label.contains("述职") || k > 0 && doc.str(doc.toks[tb + k - 1].begin, doc.toks[tb + k - 1].end) == "的");
                let attend = (is_attending(w) || (3..=5).contains(&t.len()) && ATTENDING.iter().any(|a| word_holds(w, a)) || to_meeting || at_meeting || reports) && !takes_part_in_work && !not_told && !not_reporting;
                let sign = signing && matches!(w, "签订" | "签约" | "签署");
                // (听取塔甸镇、…县应急管理局的工作汇报: those whose report the meeting hears)
                let hears = w == "听取" && doc.str(t.end, doc.clause_end(t.end, sent.end)).ends_with("汇报");
                if !attend && !sign && !hears {
                    continue;
                }
                // (主持制定了大纲: chairing a piece of work, not the event)
                // (but 主持开工仪式: the verb of the ceremony's name)
                let ceremony_after = |n: &crate::segment::Tok| ["仪式", "活动", "典礼", "会议", "大会"].iter().any(|k| doc.str(n.end, (n.end + 2).min(doc.chars.len())) == *k);
                if w == "主持" && doc.toks.get(tb + k + 1).is_some_and(|n| n.tag == Tag::Verb && !matches!(doc.str(n.begin, n.end), "召开" | "举行" | "会议") && !ceremony_after(n)) {
                    continue;
                }
                let clause_begin = doc.clause_start(sent.begin, t.begin, &[]);
                let clause_end = doc.clause_end(t.end, sent.end);
                // (出席第五届论坛: the event of its own clause, the verbs' rule)
                if in_sent.iter().any(|m| m.begin >= t.end && m.end <= clause_end && cx.class(m.entity) == Class::Event) {
                    continue;
                }
                // (…局、…局等15个部门负责人以及…公司等22家企业代表参加会议, 润泽园社区、…作交流发言:
                // the bodies and places whose people attend or speak take part too)
                let bodies = matches!(w, "参加" | "出席" | "参会" | "列席" | "就座" | "围坐" | "齐聚" | "参演" | "参与") || word_holds(w, "发言");
                // (镇长孙海峰，副局长王晓梅，以及…企业负责人参加座谈: those who attend may be
                // listed a clause each, a person ending each)
                let mut clause_begin = clause_begin;
                // (…镇长张永贵，…总经理潘德明先后发布有关情况: those who speak in turn, listed a clause
                // each too)
                while (bodies || word_holds(w, "发布")) && clause_begin > sent.begin + 1 {
                    let prev = doc.clause_start(sent.begin, clause_begin - 1, &[]);
                    // (…等部门负责人，各乡镇分管领导…参加会议: or with those a body sends, whose
                    // clause may hold a verb of what they are in charge of)
                    let sent_by_bodies = ends_with_attendees(doc, prev, clause_begin - 1);
                    let ends_with_person = sent_by_bodies || in_sent.iter().any(|m| m.end == clause_begin - 1 && m.begin >= prev && cx.class(m.entity) == Class::Person);
                    // (not a word of a name: 副区长周/启航/v, 冷水鱼|养殖/v|有限公司董事长关振宇)
                    let in_name = |v: &crate::segment::Tok| in_sent.iter().any(|m| m.begin <= v.begin && v.end <= m.end);
                    // (退休/v|教师富春林: nor a verb that says what the person is, before a word for it)
                    let describes = |v: &crate::segment::Tok| doc.tok_starting_at(v.end).is_some_and(|n| lexicon::is_person_descriptor(doc.str(n.begin, n.end)) || lexicon::is_post(doc.str(n.begin, n.end)));
                    let acts = doc.toks[tb..te].iter().any(|v| {
                        let vw = doc.str(v.begin, v.end);
                        v.begin >= prev && v.end < clause_begin && (v.tag == Tag::Verb && !lexicon::is_post(vw) && !sent_by_bodies && !in_name(v) && !describes(v) || is_attending(vw))
                    });
                    if doc.chars[clause_begin - 1] != '，' || !ends_with_person || acts {
                        break;
                    }
                    clause_begin = prev;
                }
                // 会上，王建国强调: those named after it; else those named before the verb
                // (韩文/博到: the name's last character is in the verb's word)
                let to_start = if to_meeting && w != "到" { t.begin + 1 } else { t.begin };
                let (from, to) = if w == "会上" || hears { (t.end, clause_end) } else { (clause_begin, to_start) };
                let bodies = bodies || hears;
                for m in in_sent.iter().filter(|m| m.begin >= from && m.end <= to) {
                    let fam = cx.class(m.entity).family();
                    // (not the body of a title before a person's name: 中央政治局常委、国务院总理李强出席:
                    // a person named between the body and the verb attends for it)
                    // (in its own clause: 共青团…委员会有关负责同志，镇党委书记封国强，…参加活动)
                    let titled = written_as_title(cx, &in_sent, m, t.begin);
                    // (两渡镇、南关镇作表态发言, 听取塔甸镇…的汇报: a town speaks or reports for its government)
                    let speaks = hears || word_holds(w, "发言");
                    let body = bodies && (fam == Family::Organization || cx.class(m.entity) == Class::Community || speaks && fam == Family::Place) && !is_venue(cx, m) && !titled;
                    if fam == Family::Person || sign && fam == Family::Organization || body {
                        found.push((event, m.entity, si));
                    }
                }
                // (与恒力集团、绿禾公司签订: the bodies signed with, after 与 in the clause)
                if sign {
                    for m in in_sent.iter().filter(|m| m.begin >= clause_begin && m.end <= clause_end && m.begin < t.begin) {
                        if cx.class(m.entity).family() == Family::Organization {
                            found.push((event, m.entity, si));
                        }
                    }
                }
            }
        }
        // the last event named, but not one whose spirit is studied (学习党的二十大精神)
        if let Some(m) = in_sent().filter(|m| cx.class(m.entity) == Class::Event && !studied(doc, m)).last() {
            last_event = Some((m.entity, si));
        }
    }
    for (event, who, si) in found {
        cx.add(event, Predicate::Participant, who, Some(si));
    }
}

/// A body written right before an event's quoted title (…河湟商会|“金秋助学·情暖威远”捐赠仪式)
/// holds the event: it takes part in it.
fn hosts_before_titles(cx: &mut Ctx) {
    let doc = cx.doc;
    let mut found = Vec::new();
    for e in cx.top.iter().filter(|m| cx.class(m.entity) == Class::Event && doc.chars.get(m.begin) == Some(&'“')) {
        // (a host's name is at most a few dozen characters before the title)
        if let Some(h) = beginning_in(&cx.res.mentions, e.begin.saturating_sub(48), e.begin).iter().find(|h| h.end == e.begin && cx.res.family(h.entity) == Family::Organization) {
            found.push((e.entity, h.entity, cx.sentence(e.begin)));
        }
    }
    for (event, host, si) in found {
        cx.add(event, Predicate::Participant, host, si);
    }
}

/// Is the body `m` written as the title of a person named after it in its own clause, before
/// `until` (中央政治局常委、国务院总理李强出席, 镇党委书记张宏斌，…): the person attends for it, the
/// body takes no part of its own?
fn written_as_title(cx: &Ctx, mentions: &[&NMention], m: &NMention, until: usize) -> bool {
    mentions.iter().any(|p| cx.class(p.entity) == Class::Person && p.begin >= m.end && p.end <= until && !cx.doc.chars[m.end..p.begin].iter().any(|c| matches!(c, '，' | '；')))
}

/// Where the list of those who attend starts in a sentence that opens with its heading
/// (出席会议的有：, 在主席台就座的有：, 出席签约仪式的领导和嘉宾有：, 列席会议的有：): the
/// character after the colon.
fn attendee_list(doc: &DocView, sent: &crate::sentences::Span) -> Option<usize> {
    let head = &doc.chars[sent.begin..sent.end.min(sent.begin + 24)];
    let colon = head.iter().position(|&c| c == '：')?;
    let before = doc.str(sent.begin, sent.begin + colon);
    // (主 持 人：…, 参会人员：…, 列席人员：…: or a field of minutes that lists them)
    let field: String = before.chars().filter(|c| !c.is_whitespace()).collect();
    let listed = before.ends_with('有') && ["出席", "就座", "列席", "参加", "参会"].iter().any(|v| before.contains(v));
    (listed || matches!(field.as_str(), "主持人" | "参会人员" | "出席人员" | "列席人员" | "参加人员" | "出席领导" | "参会领导" | "出席" | "列席")).then_some(sent.begin + colon + 1)
}

/// Does the clause `[b, e)` end with people a body or place sends to a meeting (…等部门负责人,
/// 各乡镇党委书记、乡镇长, 企业代表共260余人)?
fn ends_with_attendees(doc: &DocView, b: usize, e: usize) -> bool {
    let clause = doc.str(b, e);
    let counted = clause.strip_suffix('人').is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit() || "余多十百千两".contains(c)));
    counted
        || ["负责人", "代表", "同志", "人员", "干部", "领导", "嘉宾", "成员", "等部门", "等单位"].iter().any(|k| clause.ends_with(k))
        || doc.tok_ending_at(e).is_some_and(|t| t.begin >= b && lexicon::is_post(doc.str(t.begin, t.end)))
}

/// Is `m` an event whose spirit the clause studies (学习党的二十大精神, 贯彻党的二十大和
/// 二十届三中全会精神), not one that takes place?
fn studied(doc: &DocView, m: &NMention) -> bool {
    // (…迎接党的二十届三中全会胜利召开: nor one welcomed or awaited)
    let before = doc.str(doc.clause_start(m.begin.saturating_sub(8), m.begin, &[]), m.begin);
    // (the verb right before it, 迎接党的|…)
    let welcomed = ["迎接", "喜迎"].iter().any(|w| before.rfind(w).is_some_and(|i| {
        let gap = &before[i + w.len()..];
        gap.chars().count() <= 6 && !gap.contains('暨') && !gap.contains('日')
    }));
    doc.str(m.end, doc.clause_end(m.end, (m.end + 24).min(doc.chars.len()))).contains("精神") || welcomed
}

/// A report about a place lists its communities and projects: they lie in it unless
/// the text says otherwise.
fn structure(cx: &mut Ctx, gaz: &Gazetteer) {
    let Some(subject) = cx.res.subject else { return };
    // a report about a village places other villages in the division above it, when the
    // document names exactly one division
    let divisions: Vec<usize> = (0..cx.res.entities.len()).filter(|&e| cx.class(e) == Class::AdministrativeDivision).collect();
    let above = if cx.class(subject) == Class::Community {
        cx.out
            .iter()
            .find(|r| r.subject == subject && r.predicate == Predicate::LocatedIn)
            .map(|r| r.object)
            .or((divisions.len() == 1).then(|| divisions[0]))
    } else {
        // a report about a province or city places its villages in the one county under it
        // that the document names (a village lies in no city directly; the township named
        // may be another village's)
        let level = |e: usize| cx.res.divisions[e].map(|d| gaz.get(d).level);
        let within = |e: usize| matches!((cx.res.divisions[e], cx.res.divisions[subject]), (Some(d), Some(s)) if gaz.is_within(d, s));
        let below: Vec<usize> = if matches!(level(subject), Some(Level::Province | Level::City)) {
            divisions.iter().copied().filter(|&e| within(e) && level(e) == Some(Level::County)).collect()
        } else {
            vec![]
        };
        Some(if below.len() == 1 { below[0] } else { subject })
    };
    // a township the table does not hold (or not in this report's region) lies in the
    // report's county: the county it is about, the county its township lies in, or the one
    // county it names
    let level = |e: usize| cx.res.divisions[e].map(|d| gaz.get(d).level);
    let counties: Vec<usize> = divisions.iter().copied().filter(|&e| level(e) == Some(Level::County)).collect();
    let county = match level(subject) {
        Some(Level::County) => Some(subject),
        Some(Level::Township) => cx.out.iter().find(|r| r.subject == subject && r.predicate == Predicate::LocatedIn && level(r.object) == Some(Level::County)).map(|r| r.object),
        _ => None,
    }
    .or((counties.len() == 1).then(|| counties[0]));
    if let Some(county) = county {
        for &e in &divisions {
            let label = &cx.res.entities[e].label;
            // (one the table places elsewhere only in a report on one county: 乌镇 in a news
            // round-up naming counties of several provinces lies in none of them)
            if cx.res.divisions[e].is_none()
                && (gaz.by_name(label).is_empty() || counties.len() <= 1 && matches!(level(subject), Some(Level::County | Level::Township)))
                && (label.ends_with('镇') || label.ends_with('乡') || label.ends_with("街道") || label.ends_with("苏木"))
                && !cx.has(e, Predicate::LocatedIn)
            {
                let sent = cx.first_sentence(e);
                cx.add(e, Predicate::LocatedIn, county, sent);
            }
        }
    }
    // each entity's first mention, found in one pass (a long document has thousands of both)
    let mut first_mention: Vec<Option<&NMention>> = vec![None; cx.res.entities.len()];
    for m in &cx.res.mentions {
        first_mention[m.entity].get_or_insert(m);
    }
    // (a residential compound lies in the one urban community the report names: 小区 are
    // below 社区 and 居民区, not the street's directly)
    let communities: Vec<usize> = (0..cx.res.entities.len()).filter(|&e| cx.class(e) == Class::Community && ["社区", "居民区"].iter().any(|k| cx.res.entities[e].label.ends_with(k))).collect();
    let community = (communities.len() == 1).then(|| communities[0]);
    for (e, ent) in cx.res.entities.iter().enumerate() {
        if !matches!(ent.class, Class::Community | Class::Project | Class::Company) || cx.has(e, Predicate::LocatedIn) {
            continue;
        }
        let first = first_mention[e];
        let subject = if let Some(c) = community.filter(|_| ent.class == Class::Community && ent.label.ends_with("小区")) {
            c
        } else if ent.class == Class::Community {
            // (在黄庄镇…，涉及大刘庄村、前洼村: a village lies in the township its paragraph
            // named last before it)
            match first.and_then(|m| township_before(cx, m, gaz)).or(above) {
                Some(a) => a,
                None => continue,
            }
        } else {
            subject
        };
        // a project that is part of another lies where the whole lies
        if cx.out.iter().any(|r| r.subject == e && r.predicate == Predicate::PartOf && cx.class(r.object) == Class::Project) {
            continue;
        }
        // (a company named after a county, city or province, 天津锐拓…有限公司: registered
        // there, wherever the report is)
        // (中国邮政勐海县分公司: or with the county inside its name; 海南…有限公司: or starting with
        // a province's or city's name the table knows, which the text does not make a mention of;
        // not a county's short name, 龙游…有限公司, which the annotators place in the town)
        let registered = |m: &&NMention| {
            beginning_in(&cx.res.mentions, m.begin, m.end).iter().any(|a| a.end <= m.end && (a.begin, a.end) != (m.begin, m.end) && cx.res.family(a.entity) == Family::Place && (1..=3).contains(&rank(cx, a.entity)))
                || (2..=4).any(|n| {
                    let head: String = ent.label.chars().take(n).collect();
                    head.chars().count() == n
                        && gaz.by_name(&head).iter().chain(gaz.by_short(&head)).any(|&d| matches!(gaz.get(d).level, Level::Province | Level::City))
                })
        };
        if ent.class == Class::Company && first.is_some_and(|m| registered(&m)) {
            continue;
        }
        let sent = first.and_then(|m| cx.sentence(m.begin));
        cx.add(e, Predicate::LocatedIn, subject, sent);
    }
}

/// The township (a division the table or its suffix ranks so) named last before a
/// community's first mention `first`, in the same paragraph.
fn township_before(cx: &Ctx, first: &NMention, gaz: &Gazetteer) -> Option<usize> {
    let para = cx.doc.sentences[cx.sentence(first.begin)?].paragraph;
    let para_begin = cx.doc.sentences.iter().find(|s| s.paragraph == para).map_or(0, |s| s.begin);
    let township = |t: usize| {
        cx.class(t) == Class::AdministrativeDivision
            && match cx.res.divisions[t] {
                Some(d) => gaz.get(d).level == Level::Township,
                None => rank(cx, t) == 4,
            }
    };
    cx.res.mentions[cx.res.mentions.partition_point(|m| m.begin < para_begin)..]
        .iter()
        .take_while(|m| m.end <= first.begin)
        .filter(|m| m.rule != Rule::SelfReference && township(m.entity))
        .last()
        .map(|m| m.entity)
}

/// The posts of a company's own staff that a project notice names beside the company
/// (施工单位：…，项目经理金明洙; 项目负责人：金明洙 on the line after the winner's).
const COMPANY_STAFF: [&str; 7] = ["项目经理", "总监理工程师", "总工程师", "经理", "总经理", "副总经理", "负责人"];

/// The company a notice's field line names, for a post of its staff that is itself a field's
/// key (项目负责人：金明洙, 总监理工程师：朴美善): the field lines just before (at most four, not
/// past a blank line) are read back to the nearest that names the winner or a contractor
/// (中标人, 施工单位) by a company opening its value. Not a name whose own post follows it in
/// brackets (项目负责人：蔺树奎（五公村党支部书记）), nor the staff of the unit that carries the
/// project out (实施单位), which may be the village's.
fn labelled_company(cx: &Ctx, p: &PostCand) -> Option<usize> {
    const CONTRACTORS: [&str; 8] = ["中标人", "中标单位", "中标供应商", "成交供应商", "施工单位", "监理单位", "设计单位", "承建单位"];
    if !COMPANY_STAFF.contains(&p.role.as_str()) || cx.doc.chars.get(p.end) != Some(&'：') {
        return None;
    }
    let chars = cx.doc.chars;
    if chars.get(p.person.1) == Some(&'（') {
        let close = chars[p.person.1..].iter().position(|&c| c == '）' || c == '\n').map_or(chars.len(), |k| p.person.1 + k);
        let bracket = cx.doc.str(p.person.1, close);
        if ["书记", "主任", "镇长", "乡长", "村", "社区"].iter().any(|w| bracket.contains(w)) {
            return None;
        }
    }
    // the key is the post, or 项目 and the post, opening its line
    let key = chars[..p.begin].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
    let before = cx.doc.str(key, p.begin);
    // (施工单位项目经理：钟晓波, 建设单位项目负责人：曾庆林, 总监理工程师：母红军: or the unit's
    // side before it, or the chief supervisor's: the body the notice's field of that side names)
    let side = before.trim_end_matches("项目");
    let side = if side.is_empty() && p.role == "总监理工程师" { "监理" } else { side };
    if let Some(side) = ["建设", "施工", "监理", "设计"].into_iter().find(|k| side == *k || side.strip_prefix(k) == Some("单位")) {
        let field = format!("{side}单位");
        let body = field_body(cx, key, 16, |k| k.starts_with(field.as_str()), |c| c.family() == Family::Organization);
        // (no field of that side: a tender's winner, below, for its chief supervisor)
        if body.is_some() || !before.is_empty() {
            return body;
        }
    }
    if !matches!(before, "" | "项目") {
        return None;
    }
    field_body(cx, key, 4, |k| CONTRACTORS.iter().any(|c| k.starts_with(c)), |c| c == Class::Company)
}

/// The body that opens the value of the nearest of a notice's field lines just before the line
/// at `key` (at most `lines` of them, not past a blank line) whose key `wants` and whose body
/// is of a class `fits` (…施工单位：澄远建设工程有限公司). The key is read past its number and a
/// bracket first: （三）施工单位：, 中标人（受让方）：.
fn field_body(cx: &Ctx, key: usize, lines: usize, wants: impl Fn(&str) -> bool, fits: impl Fn(Class) -> bool) -> Option<usize> {
    let chars = cx.doc.chars;
    let mut end = key.checked_sub(1)?;
    for _ in 0..lines {
        let begin = chars[..end].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
        if begin == end {
            return None;
        }
        if let Some(colon) = (begin..end).find(|&i| chars[i] == '：').filter(|&i| i - begin <= 12) {
            let k = cx.doc.str(begin, colon);
            let k = k.strip_prefix('（').and_then(|k| k.split_once('）')).map_or(k, |(_, k)| k);
            let k = k.trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十、．. ".contains(c));
            let value = colon + 1;
            if let Some(m) = wants(k).then(|| beginning_in(&cx.res.mentions, value, value + 1).iter().find(|m| m.begin == value && fits(cx.class(m.entity)))).flatten() {
                return Some(m.entity);
            }
        }
        end = begin.checked_sub(1)?;
    }
    None
}

fn post_relations(cx: &Ctx, posts: &[PostCand]) -> Vec<PostRel> {
    let mut out = Vec::new();
    let ms = &cx.res.mentions;
    let longest = ms.iter().map(|m| m.end - m.begin).max().unwrap_or(0);
    // the divisions the text names, gathered once (a division head's post with nothing of its
    // kind in its sentence asks for the one of that kind)
    let named_divisions: BTreeSet<usize> = ms.iter().filter(|m| cx.class(m.entity) == Class::AdministrativeDivision).map(|m| m.entity).collect();
    for p in posts {
        let Some(person) = beginning_in(ms, p.person.0, p.person.0 + 1).iter().find(|m| (m.begin, m.end) == p.person).map(|m| m.entity) else { continue };
        // the organisation written right before the post (星河社区党总支 + 书记), possibly
        // sharing its last word with the post (党总支书记), or the post's own first word
        // when the branch is said alone (党支部书记, of the village named before): it
        // begins at the post or at most the longest mention before it
        // (山耳东村的村支书: with a 的 between them; not 学校的党总支书记, who holds the
        // post in the school's party branch, which the text does not name)
        let gap = usize::from(p.begin > 0 && cx.doc.chars[p.begin - 1] == '的' && !p.role_text.starts_with('党'));
        let org = beginning_in(ms, p.begin.saturating_sub(longest + gap), p.begin + 1)
            .iter()
            .filter(|m| m.end >= p.begin && m.end < p.end || m.end == p.begin || gap == 1 && m.end + 1 == p.begin)
            .filter(|m| m.begin < p.begin || m.begin == p.begin && m.end < p.end)
            .filter(|m| matches!(cx.res.family(m.entity), Family::Organization | Family::Place))
            .max_by_key(|m| (cx.res.family(m.entity) == Family::Organization, m.end - m.begin))
            .map(|m| m.entity);
        // 公司副总经理刘海军, 该公司董事长陈永福: a post of a company said by its kind word is
        // the post in the last body of that kind named before it
        // (马庙镇供销合作社理事会主任何立新: the head of a co-operative's or company's board, said
        // after the body's name, holds the post in the body)
        let org = org.or_else(|| {
            let at = p.begin.checked_sub(3)?;
            if !matches!(cx.doc.str(at, p.begin), "理事会" | "监事会" | "董事会") {
                return None;
            }
            beginning_in(ms, at.saturating_sub(longest), at).iter().filter(|m| m.end == at && cx.res.family(m.entity) == Family::Organization).max_by_key(|m| m.end - m.begin).map(|m| m.entity)
        });
        // (该社理事长陆一鸣, 该站站长, 该所副所长: a body pointed back to by 该 and the last
        // character of its kind, the last body named before whose name ends with it)
        let org = org.or_else(|| {
            let at = p.begin.checked_sub(2)?;
            let kind = cx.doc.chars[at + 1];
            if cx.doc.chars[at] != '该' || !"所站社院局队会办".contains(kind) {
                return None;
            }
            last_named_before(ms, at, |m| cx.res.family(m.entity) == Family::Organization && cx.res.entities[m.entity].label.ends_with(kind))
        });
        let org = org.or_else(|| {
            let kind = cx.doc.tok_ending_at(p.begin).map(|t| cx.doc.str(t.begin, t.end))?;
            let kind = kind.strip_prefix('该').unwrap_or(kind);
            // (卫生院院长白雪芳, 学校校长, 志愿服务队队长: a public institution or a team
            // said by its kind word before its head's post)
            let (ends, class): (&[&str], Class) = match kind {
                "公司" | "企业" => (&["公司", "集团"], Class::Company),
                "集团" => (&["集团", "集团有限公司", "集团股份有限公司"], Class::Company),
                "合作社" => (&["合作社"], Class::Company),
                "卫生院" | "医院" | "幼儿园" | "敬老院" | "幸福院" | "养老院" | "福利院" => (&[kind], Class::Institution),
                // (中心主任禚晓燕: the last centre named)
                "中心" => (&["中心"], Class::Institution),
                "学校" | "小学" | "中学" => (&["学校", "小学", "中学"], Class::Institution),
                "服务队" | "志愿服务队" => (&["服务队"], Class::SocialOrganization),
                _ => return None,
            };
            last_named_before(ms, p.begin, |m| cx.class(m.entity) == class && ends.iter().any(|e| cx.res.entities[m.entity].label.ends_with(e)))
        });
        // (坛良村党支部书记兼村委会主任凌秋月: the head of a village's or community's committee,
        // whose committee the text does not name, heads the village or community named last
        // before in the sentence)
        let village = || {
            let sent = cx.sentence(p.begin).filter(|_| committee_head(cx.doc, p))?;
            let from = cx.doc.sentences[sent].begin;
            beginning_in(ms, from, p.begin).iter().rev().find(|m| m.end <= p.begin && cx.class(m.entity) == Class::Community).map(|m| m.entity)
        };
        let org = org.or_else(village);
        // (由…辜红梅任组长、…任常务副组长的秋收秋种工作专班; 成立秋收工作专班，由镇长邢立军任组长: a
        // team's post said with 任 after the person is held in the team the sentence names, the
        // one after the 的 that closes the list, or else the last one before)
        let org = org.or_else(|| {
            // (…潘立伟、镇长那振国任双组长的…: both of two named in a row hold it)
            let double = p.begin >= 2 && cx.doc.chars[p.begin - 1] == '双';
            let ren = p.begin - usize::from(double);
            if ren == 0 || cx.doc.chars[ren - 1] != '任' || !(p.person.1 + 1 == ren || double && p.person.1 < ren) {
                return None;
            }
            let sent = &cx.doc.sentences[cx.sentence(p.begin)?];
            const TEAMS: [&str; 9] = ["专班", "小组", "工作组", "指挥部", "工作队", "服务队", "突击队", "专项组", "委员会"];
            let team = |m: &&NMention| cx.res.family(m.entity) == Family::Organization && TEAMS.iter().any(|t| cx.res.entities[m.entity].label.ends_with(t));
            let after = beginning_in(ms, p.end, sent.end).iter().find(|m| team(m) && cx.doc.str(p.end, m.begin).ends_with('的') && !cx.doc.str(p.end, m.begin).contains(['，', '；'])).map(|m| m.entity);
            after.or_else(|| beginning_in(ms, sent.begin, p.person.0).iter().rev().find(|m| m.end <= p.person.0 && team(m)).map(|m| m.entity))
        });
        // (成立了青禾镇乡贤联谊会，由…公司董事长杨伟东担任会长: a post taken with 担任 or 任 by one
        // named after 由 is held in the body named right before that 由, whatever bodies the
        // person's other posts name in between)
        let org = org.or_else(|| {
            if p.person.1 > p.begin || !matches!(cx.doc.str(p.person.1, p.begin), "任" | "担任" | "兼任") {
                return None;
            }
            let sent = &cx.doc.sentences[cx.sentence(p.begin)?];
            let you = (sent.begin..p.person.0).rev().take_while(|&k| !matches!(cx.doc.chars[k], '，' | '；' | '：')).find(|&k| cx.doc.chars[k] == '由')?;
            let end = if you > sent.begin && cx.doc.chars[you - 1] == '，' { you - 1 } else { you };
            let m = beginning_in(ms, sent.begin, end).iter().rev().find(|m| m.end == end && cx.res.family(m.entity) == Family::Organization)?;
            // (…文明实践所设在镇综合文化站，由…担任所长: not where the body is set up, but the body)
            if cx.doc.lies_in_clause(sent.begin, m.begin) {
                let from = cx.doc.clause_start(sent.begin, m.begin, &[]);
                return beginning_in(ms, from, m.begin).iter().find(|o| cx.res.family(o.entity) == Family::Organization).map(|o| o.entity);
            }
            Some(m.entity)
        });
        // (镇级总河长罗建华, 村级河长陈永强, 镇级总田长: a river, forest or field chief holds the post in the division
        // of the level the text says: the village named last before in the sentence, or the
        // report's place of that level, or the one of that level the report names)
        let org = org.or_else(|| {
            if !matches!(p.role.trim_start_matches('副'), "河长" | "总河长" | "林长" | "总林长" | "田长" | "总田长") {
                return None;
            }
            // (镇第一总河长: the first of them; 、镇总林长卞志宏: or the level word alone, after a
            // pause, 镇 of no name)
            let b = if p.begin >= 2 && cx.doc.str(p.begin - 2, p.begin) == "第一" { p.begin - 2 } else { p.begin };
            let before = cx.doc.chars.get(b.checked_sub(2)?..b)?;
            let level = match before {
                [l, '级'] => *l,
                [c, l] if matches!(l, '镇' | '乡' | '村' | '县' | '区') && !crate::detect::is_han(*c) => *l,
                _ => return None,
            };
            let sent = cx.sentence(p.begin)?;
            let from = cx.doc.sentences[sent].begin;
            if matches!(level, '村' | '社') {
                let named = beginning_in(ms, from, p.begin).iter().rev().find(|m| m.end <= p.begin && cx.class(m.entity) == Class::Community).map(|m| m.entity);
                return named.or(cx.res.subject.filter(|&s| cx.class(s) == Class::Community));
            }
            let of_level = |e: usize| cx.class(e) == Class::AdministrativeDivision && cx.res.entities[e].label.ends_with(level);
            if let Some(s) = cx.res.subject.filter(|&s| of_level(s)) {
                return Some(s);
            }
            let mut named = named_divisions.iter().filter(|&&d| of_level(d));
            match (named.next(), named.next()) {
                (Some(&d), None) => Some(d),
                _ => None,
            }
        });
        // (施工单位：澄远建设工程有限公司，项目经理金明洙; …有限公司（总监理工程师：朴美善）: the
        // post of a company's own staff, the company just before the comma or bracket)
        let org = org.or_else(|| {
            let staff = COMPANY_STAFF.contains(&p.role.as_str());
            let sep = p.begin.checked_sub(1).filter(|&k| staff && matches!(cx.doc.chars[k], '，' | '（' | '(' | ','))?;
            beginning_in(ms, sep.saturating_sub(longest), sep).iter().filter(|m| m.end == sep && cx.class(m.entity) == Class::Company).map(|m| m.entity).next()
        });
        // (中标人：澄远建设工程有限公司⏎中标金额：…⏎项目负责人：金明洙: a notice's field naming a
        // company's staff is the post in the company a field of the lines just before names)
        let org = org.or_else(|| labelled_company(cx, p));
        // 驻村第一书记: the first secretary sent to the village named in this sentence or
        // the one before
        let org = org.or_else(|| {
            let sent = cx.sentence(p.begin).filter(|_| p.role == "第一书记")?;
            cx.res
                .mentions
                .iter()
                .filter(|m| m.end <= p.begin && cx.class(m.entity) == Class::Community)
                .filter(|m| cx.sentence(m.begin).is_some_and(|s| s + 1 >= sent))
                .last()
                .map(|m| m.entity)
        });
        // 村支书, 村党支部书记 with no village named before: the village's party branch
        // (or the village) of a report about one village
        let org = org.or_else(|| {
            if !p.role_text.starts_with('村') {
                return None;
            }
            let villages: BTreeSet<usize> =
                cx.res.mentions.iter().filter(|m| m.end <= p.begin && cx.class(m.entity) == Class::Community).map(|m| m.entity).collect();
            let village = match cx.res.subject {
                Some(s) if cx.class(s) == Class::Community => s,
                _ if villages.len() == 1 => *villages.first()?,
                _ => return None,
            };
            let branch = cx.out.iter().find(|r| r.predicate == Predicate::LocatedIn && r.object == village && cx.class(r.subject) == Class::PartyOrganization);
            Some(branch.map_or(village, |r| r.subject))
        });
        // (祁永福书记在点评…强调: 书记 written after the name alone is the secretary of the
        // report's township's party committee, where the text names one)
        let org = org.or_else(|| {
            if p.role != "书记" || p.person.1 != p.begin {
                return None;
            }
            // (not 吉克书记, the surname of one named in full before: 吉克伍呷)
            let label = &cx.res.entities[person].label;
            if cx.res.entities.iter().any(|e| e.class == Class::Person && e.label.len() > label.len() && e.label.starts_with(label.as_str())) {
                return None;
            }
            let subject = cx.res.subject.filter(|&s| cx.class(s) == Class::AdministrativeDivision)?;
            let mut committees = cx.out.iter().filter(|r| {
                r.predicate == Predicate::LocatedIn && r.object == subject && cx.class(r.subject) == Class::PartyOrganization && ["党委", "党工委"].iter().any(|k| cx.res.entities[r.subject].label.ends_with(k))
            });
            match (committees.next(), committees.next()) {
                (Some(r), None) => Some(r.subject),
                _ => None,
            }
        });
        // a bare post that says what it heads (县长, 副局长, 校长): the nearest division or
        // organisation of that kind named before it in its sentence (平山县…县长韩保深)
        let org = org.or_else(|| {
            let kinds = post_heads(&p.role)?;
            let of_kind = |name: &str| name.chars().last().is_some_and(|c| kinds.contains(c));
            // (国防部长: a post written inside a word names its own body, which is no mention)
            cx.doc.tok_starting_at(p.begin)?;
            let sent = cx.sentence(p.begin)?;
            // (…外经贸部副部长刘山；贝宁外交和合作部长奥绍: not across a semicolon)
            let from = cx.doc.sentences[sent].begin;
            let from = (from..p.begin).rev().find(|&i| matches!(cx.doc.chars[i], '；' | ';')).map_or(from, |i| i + 1);
            let before = beginning_in(ms, from, p.begin).iter().rev();
            for m in before.filter(|m| m.end <= p.begin && matches!(cx.res.family(m.entity), Family::Organization | Family::Place)) {
                let label = &cx.res.entities[m.entity].label;
                if of_kind(label) {
                    return Some(m.entity);
                }
                // (陕西省委书记赵一德和省长赵刚: the province of the 省委 named before, or
                // none when the document does not hold it)
                // (县民政局党组书记、局长马振涛: the bureau whose party group is named before)
                let led = ["人民政府", "党委", "党组", "政府", "委"].iter().find_map(|l| label.strip_suffix(l).filter(|r| of_kind(r)));
                if let Some(place) = led {
                    let body = |e: &Entity| e.class == Class::AdministrativeDivision || label.ends_with("党组") && e.class.family() == Family::Organization;
                    // (by its label, or by another name or form of it: 县人社局党组书记、局长 of
                    // 花垣县人力资源和社会保障局)
                    return cx.res.entities.iter().position(|e| e.label == place && body(e)).or_else(|| {
                        cx.res.entities.iter().position(|e| label.ends_with("党组") && body(e) && goes_by(e, place))
                    });
                }
            }
            // (…代化镇卫生院…。院长韦光明说, 校长周敏华说: the head of an institution or a team,
            // of the last one of that kind the report named before)
            // (…社会工作服务站…。社工丁文静: or a social worker, of the last station)
            let head = matches!(p.role.strip_prefix('副').unwrap_or(&p.role), "院长" | "校长" | "所长" | "站长" | "园长" | "馆长" | "队长" | "社工");
            // (within the last few sentences; not 国务院, whose head is no 院长)
            if head {
                let from = cx.doc.sentences[sent.saturating_sub(8)].begin;
                let last = beginning_in(ms, from, p.begin)
                    .iter()
                    .rev()
                    .find(|m| cx.res.family(m.entity) == Family::Organization && of_kind(&cx.res.entities[m.entity].label) && !cx.res.entities[m.entity].label.ends_with("国务院"));
                if let Some(m) = last {
                    return Some(m.entity);
                }
            }
            // nothing of its kind in the sentence: the report's own place, when it is of
            // that kind (镇长 in a report about a town), or the one division of that kind the
            // report names (副县长刘慧敏 in a report about one of its townships)
            cx.res.subject.filter(|&s| cx.class(s) == Class::AdministrativeDivision && of_kind(&cx.res.entities[s].label)).or_else(|| {
                if !heads_division(&p.role) {
                    return None;
                }
                let mut of_that_kind = named_divisions.iter().filter(|&&d| of_kind(&cx.res.entities[d].label));
                match (of_that_kind.next(), of_that_kind.next()) {
                    (Some(&d), None) => Some(d),
                    _ => None,
                }
            })
        });
        // (…轴承有限公司现有员工210人。总经理樊立群说: a company's head said alone at a
        // sentence's start, of the company the sentence before in its paragraph names last)
        let org = org.or_else(|| {
            if !matches!(p.role.as_str(), "董事长" | "总经理" | "副总经理" | "厂长") {
                return None;
            }
            let sent = cx.sentence(p.begin)?;
            let here = &cx.doc.sentences[sent];
            let prev = cx.doc.sentences.get(sent.checked_sub(1)?).filter(|s| s.paragraph == here.paragraph)?;
            if cx.doc.toks_between(here.begin, p.begin).any(|t| t.tag != Tag::Punct) {
                return None;
            }
            beginning_in(ms, prev.begin, prev.end).iter().rev().find(|m| m.end <= prev.end && cx.class(m.entity) == Class::Company).map(|m| m.entity)
        });
        let Some(org) = org else { continue };
        // the head of a division heads its people's government, when the text names it
        // (县长 of 平原县, where the text says 平原县政府: the government's); else the division
        // (annotators split on this: of six who wrote sets in session 12, three put a bare
        // 镇长 in the town and three in its government when the text names it)
        let org = if heads_division(&p.role) && cx.class(org) == Class::AdministrativeDivision {
            let place = &cx.res.entities[org].label;
            cx.res
                .entities
                .iter()
                .position(|e| e.class == Class::GovernmentBody && e.label.strip_prefix(place.as_str()).is_some_and(|r| r == "人民政府" || r == "政府"))
                .unwrap_or(org)
        } else {
            org
        };
        let Some(sentence) = cx.sentence(p.begin) else { continue };
        out.push(PostRel { person, org, role: p.role.clone(), role_text: p.role_text.clone(), sentence });
    }
    out
}

/// The entity of the last mention ending by `at` that `ok` accepts (the body a kind word or
/// 该 points back to).
fn last_named_before(ms: &[NMention], at: usize, ok: impl Fn(&NMention) -> bool) -> Option<usize> {
    ms[..ms.partition_point(|m| m.begin < at)].iter().rev().find(|m| m.end <= at && ok(m)).map(|m| m.entity)
}

/// Does the post head a division (县长, 副镇长, 旗长)?
fn heads_division(role: &str) -> bool {
    role.ends_with('长') && role.chars().rev().nth(1).is_some_and(|c| "县区市镇乡省旗州".contains(c))
}

/// Is the post the head of a village's or community's committee (村委会|主任, 居委会|副主任,
/// 村|主任)?
fn committee_head(doc: &DocView, p: &PostCand) -> bool {
    let before = doc.str(p.begin.saturating_sub(3), p.begin);
    p.role_text.ends_with("主任") && (before.ends_with("村委会") || before.ends_with("居委会") || before.ends_with("兼村") || before.ends_with("、村"))
}

/// The last characters of the names of what a post heads, for posts that say it
/// (县长 heads a 县, 局长 a 局, 校长 a 学校 or 中学); `None` for posts that do not (书记).
fn post_heads(role: &str) -> Option<&'static str> {
    Some(match role.strip_prefix('副').unwrap_or(role) {
        "省长" => "省",
        "市长" => "市",
        "县长" => "县旗",
        "旗长" => "旗",
        "苏木达" => "木",
        "嘎查达" => "查",
        "区长" => "区",
        "镇长" => "镇",
        "乡长" => "乡",
        "村长" => "村",
        "局长" => "局",
        "处长" => "处",
        "科长" => "科",
        "所长" => "所",
        "站长" => "站",
        "院长" => "院",
        "校长" => "校学中",
        "园长" => "园",
        "馆长" => "馆",
        "社长" => "社",
        "部长" => "部",
        "队长" => "队",
        // (站长吉克阿依和社工阿说木呷: a social worker of the station)
        "社工" => "站",
        // (党支部书记、行长郝建国 of …农村商业银行; 理事长 of a co-operative or an
        // association; a company's heads)
        "行长" => "行社",
        "理事长" => "社会",
        // (…养殖协会现有会员326户，会长额尔敦毕力格: an association's head)
        "会长" => "会",
        "董事长" | "总经理" | "经理" | "厂长" => "司团厂",
        _ => return None,
    })
}

/// An event's date: the nearest date of its sentence (not a 截至 date).
fn event_dates(cx: &Ctx, dates: &[FoundDate]) -> Vec<EventDate> {
    let mut out: Vec<EventDate> = Vec::new();
    // (the furthest end of the event mentions before, and its span: mentions are sorted by
    // begin, longest first, so one reaching past a later one of another span holds it)
    let mut reach: Option<(usize, usize)> = None;
    for m in cx.res.mentions.iter().filter(|m| cx.class(m.entity) == Class::Event) {
        // (…旅游节|新闻发布会: the day is the press conference's, not the festival's it names)
        let inside = reach.is_some_and(|(b, e)| e >= m.end && (b, e) != (m.begin, m.end));
        if reach.is_none_or(|(_, e)| m.end > e) {
            reach = Some((m.begin, m.end));
        }
        if inside {
            continue;
        }
        let Some(si) = cx.sentence(m.begin) else { continue };
        let sent = &cx.doc.sentences[si];
        let d = dates
            .iter()
            .enumerate()
            .filter(|(_, d)| !d.as_of && d.begin >= sent.begin && d.end <= sent.end)
            .min_by_key(|(_, d)| d.begin.abs_diff(m.begin));
        // (调研结束后，…主持召开座谈会 / 随后 / 当天: a sentence that goes on from the day told
        // before takes the last date written before it)
        let opening: String = cx.doc.chars[sent.begin..m.begin.min(sent.begin + 8)].iter().take_while(|c| !matches!(c, '，' | ',' | '。')).collect();
        let same_day = ["随后", "当天", "当日", "同日"].iter().any(|w| opening.starts_with(w)) || opening.ends_with("结束后") || opening.ends_with("期间");
        let d = d.or_else(|| same_day.then(|| dates.iter().enumerate().filter(|(_, d)| !d.as_of && d.end <= sent.begin).last()).flatten());
        if let Some((di, _)) = d {
            if !out.iter().any(|x| x.entity == m.entity) {
                out.push(EventDate { entity: m.entity, date: di, sentence: si });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::Predicate::*;
    use crate::model::Class;
    use crate::pipeline::test_support::{entities, extract, labelled, related, relations};
    use crate::Extraction;

    /// Each post as (person, role, organisation).
    fn posts_of(ex: &Extraction) -> Vec<(&str, &str, &str)> {
        ex.posts.iter().map(|p| (ex.entities[p.person].label.as_str(), p.role.as_str(), ex.entities[p.org].label.as_str())).collect()
    }

    #[test]
    fn an_event_in_a_sentence_going_on_from_the_day_told_before_takes_that_day() {
        let ex = extract("青禾镇调研\n4月9日，县委书记王振华到青禾镇调研。调研结束后，王振华在青禾镇主持召开座谈会。青禾镇还召开了防汛工作会议。");
        let date = |label: &str| ex.dates.iter().find(|d| ex.entities[d.entity].label == label).map(|d| d.date.value.lexical().0);
        assert_eq!(date("座谈会").as_deref(), Some("--04-09"), "{:?}", ex.dates);
        // (在青禾镇主持召开|座谈会: held there)
        assert!(related(&ex, "座谈会", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
        // (an event in a sentence that does not go on from that day has none)
        assert!(date("防汛工作会议").is_none() && ex.entities.iter().any(|e| e.label == "防汛工作会议"), "{:?}", entities(&ex));
    }

    #[test]
    fn prosecutors_listed_heads_given_by_you_and_yi_names_in_brackets_hold_posts() {
        // (检察官乌日娜、包海龙会同…: a post many hold, every name listed after it; 第四检察部 a
        // procuratorate's department; 站长由…谭素芬担任: a holder with no post of their own;
        // 曲比阿果（…主任）: a Yi name before a bracket)
        let ex = extract("鲁北镇开展公益诉讼回访\n扎鲁特旗人民检察院第四检察部检察官乌日娜、包海龙会同旗林业和草原局工作人员来到鲁北镇。扎鲁特旗人民检察院检察长额尔敦巴雅尔表示，好。鲁北镇社会工作服务站由同心社工承接运营，站长由中级社会工作师谭素芬担任。联系人：曲比阿果（鲁北镇民政办主任）。\n");
        let posts = posts_of(&ex);
        for (who, role, org) in [
            ("乌日娜", "检察官", "扎鲁特旗人民检察院第四检察部"),
            ("包海龙", "检察官", "扎鲁特旗人民检察院第四检察部"),
            ("额尔敦巴雅尔", "检察长", "扎鲁特旗人民检察院"),
            ("谭素芬", "站长", "鲁北镇社会工作服务站"),
            ("曲比阿果", "主任", "鲁北镇民政办"),
        ] {
            assert!(posts.contains(&(who, role, org)), "{who}: {posts:?}");
        }
        // (another station's head, a transliterated name with its dot, whole)
        let ex = extract("五工台镇社会工作服务站揭牌\n五工台镇社会工作服务站站长由阿依努尔·吐尔逊担任。\n");
        assert!(posts_of(&ex).contains(&("阿依努尔·吐尔逊", "站长", "五工台镇社会工作服务站")), "{:?}", posts_of(&ex));
        // (社工 a post in the last station named: Yi names listed after it, a dotted name before
        // how the person does what follows)
        let ex = extract("洪溪镇社会工作服务站揭牌\n洪溪镇社会工作服务站正式运行。站长吉克阿依和社工阿说木呷、沙马伍呷等人开展服务。该站开设“时间银行”，由社工古丽米拉·哈力克具体负责。社工丁文静在秦渠村开设课堂。\n");
        let posts = posts_of(&ex);
        for who in ["阿说木呷", "沙马伍呷", "古丽米拉·哈力克", "丁文静"] {
            assert!(posts.contains(&(who, "社工", "洪溪镇社会工作服务站")), "{who}: {posts:?}");
        }
        // (a broadcast's caption: posts joined by 、, then spaces before the name)
        let ex = extract("吕四港镇跨境电商\n【同期声】吕四港镇党委委员、副镇长　葛天宇：下一步，我们将用好平台。\n");
        let posts = posts_of(&ex);
        assert!(posts.contains(&("葛天宇", "委员", "吕四港镇党委")) && posts.contains(&("葛天宇", "副镇长", "吕四港镇")), "{posts:?}");
    }

    #[test]
    fn seconded_cadres_posts_held_for_a_while_and_an_associations_head_are_read() {
        // (县委常委、副县长（挂职）: how the post is held, in brackets before the name; 挂任: a
        // cadre seconded, the 挂 that jieba glues to the name no part of it)
        let ex = extract("青禾县东西部协作\n青禾县委常委、副县长（挂职）陆建东陪同考察。安丰镇干部成俊挂任小丘镇党委副书记。");
        let posts = posts_of(&ex);
        assert!(posts.iter().any(|&(who, role, _)| who == "陆建东" && role == "副县长"), "{posts:?}");
        assert!(posts.contains(&("成俊", "副书记", "小丘镇党委")), "{posts:?}");
        assert!(!ex.entities.iter().any(|e| e.label == "成俊挂"), "{:?}", entities(&ex));
        // (a post inside its body's word, 舞蹈系|主任, and a verb of holding it before: the
        // name before the verb, not a surname's character and a word of time, 曾|多年)
        let ex = extract("青禾县文艺\n两位都是名家，一位曾多年担任青禾艺术学院的舞蹈系主任。");
        assert!(!ex.entities.iter().any(|e| e.class == Class::Person), "{:?}", entities(&ex));
        // (an association named before its head in the sentence)
        let ex = extract("青禾镇畜牧\n青禾镇肉牛养殖协会现有会员326户，会长额尔敦毕力格带领会员统一防疫。");
        assert!(posts_of(&ex).contains(&("额尔敦毕力格", "会长", "青禾镇肉牛养殖协会")), "{:?}", posts_of(&ex));
        // (a post 由 gives to one named with a post of their own, before 担任 or 兼任)
        let ex = extract("青禾镇畜牧\n青禾镇肉牛养殖协会现有会员213户，会长由鑫牧肉牛养殖场负责人刘广田担任。青禾镇强村发展有限公司由9个村入股，董事长由柳溪村党支部书记王刚兼任。");
        let posts = posts_of(&ex);
        assert!(posts.contains(&("刘广田", "会长", "青禾镇肉牛养殖协会")), "{posts:?}");
        assert!(posts.contains(&("王刚", "董事长", "青禾镇强村发展有限公司")) && posts.contains(&("王刚", "书记", "柳溪村党支部")), "{posts:?}");
    }

    #[test]
    fn a_township_office_of_a_kind_of_bureau_is_part_of_the_one_bureau_of_that_kind() {
        let ex = extract("郎溪县营商\n县市场监管局还在舒洪市场监督管理所设立服务专窗。国家税务总局郎溪县税务局推行“税融通”。县税务局第二税务分局副局长汪丽介绍，好。");
        assert!(related(&ex, "舒洪市场监督管理所", PartOf, "郎溪县市场监管局"), "{:?}", relations(&ex));
        assert!(related(&ex, "郎溪县税务局第二税务分局", PartOf, "国家税务总局郎溪县税务局"), "{:?}", relations(&ex));
        // (two bureaus of the kind: none said)
        let ex = extract("青禾县营商\n青禾县市场监管局、云岫县市场监管局联合检查。舒洪市场监督管理所参加。");
        assert!(!relations(&ex).iter().any(|(s, p, _)| s == "舒洪市场监督管理所" && *p == PartOf), "{:?}", relations(&ex));
    }

    #[test]
    fn teams_a_body_forms_are_its_parts_and_a_company_s_union_is_the_company_s() {
        let ex = extract("青禾镇群团\n镇妇联以“巾帼心向党”为主题，组建了一支由45名妇女骨干组成的青禾镇巾帼志愿服务队。镇团委组建了青禾镇青年突击队，队员150名。\n柳溪果业有限公司现有职工180名。公司工会主席班丽萍说，职工有了歇脚的地方。");
        assert!(related(&ex, "青禾镇巾帼志愿服务队", PartOf, "青禾镇妇联"), "{:?}", relations(&ex));
        assert!(related(&ex, "青禾镇青年突击队", PartOf, "青禾镇团委"), "{:?}", relations(&ex));
        assert!(related(&ex, "公司工会", PartOf, "柳溪果业有限公司"), "{:?}", relations(&ex));
        // (a team a place forms is no part of a body named after it)
        let ex = extract("青禾镇\n青禾镇组建了应急救援队，镇妇联负责后勤。");
        assert!(!relations(&ex).iter().any(|(_, p, o)| *p == PartOf && o.ends_with("妇联")), "{:?}", relations(&ex));
    }

    #[test]
    fn a_name_with_the_bare_title_of_secretary_is_the_township_party_secretary() {
        let ex = extract("青禾乡防火\n3月12日，青禾乡党委组织开展演练。字国华书记强调，要严格落实林长制。");
        assert!(posts_of(&ex).contains(&("字国华", "书记", "青禾乡党委")), "{:?}", posts_of(&ex));
        // (not the surname of one named in full before)
        let ex = extract("青禾镇电商\n青禾镇党委书记吉克伍呷说，好。吉克书记告诉笔者，销量翻番。");
        assert_eq!(posts_of(&ex).iter().filter(|p| p.1 == "书记").count(), 1, "{:?}", posts_of(&ex));
    }

    #[test]
    fn speakers_in_turn_at_a_press_conference_and_those_come_to_the_meeting_take_part() {
        let ex = extract("青禾镇发布会\n6月3日上午，云岫县召开青禾油菜花节新闻发布会。青禾镇党委副书记、镇长张永贵，县文旅局副局长吴金花，青禾文旅公司总经理潘德明先后发布有关情况。");
        for p in ["张永贵", "吴金花", "潘德明"] {
            assert!(related(&ex, "青禾油菜花节新闻发布会", Participant, p), "{p}: {:?}", relations(&ex));
        }
        let ex = extract("青禾镇群团\n3月26日，青禾镇召开2024年群团工作会议。县总工会副主席何建新、团县委副书记韩文博到会指导，镇党委副书记妥建忠主持会议。");
        for p in ["何建新", "韩文博", "妥建忠"] {
            assert!(related(&ex, "2024年群团工作会议", Participant, p), "{p}: {:?}", relations(&ex));
        }
        // (a notice put out is no speech at the meeting)
        let ex = extract("柳溪村换届\n3月2日，柳溪村召开村民代表会议。随后，由村党支部书记金光日担任主任的村民选举委员会发布选举公告。");
        assert!(!relations(&ex).iter().any(|(_, p, o)| *p == Participant && o == "金光日"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_superior_whose_aim_or_platform_a_township_works_with_does_not_implement_its_programmes() {
        let ex = extract("青禾镇营商\n他表示，青禾镇将围绕云岫市“三无”营商环境建设要求，全面推行“企业服务专员”制度。副镇长朴美玉介绍，青禾镇依托澜州市企业开办“一网通办”平台，推行企业开办“全程帮办”服务。\n自2002年启动“古镇复兴工程”以来，该镇坚持保护优先。");
        for p in ["企业服务专员", "全程帮办", "古镇复兴工程"] {
            assert!(related(&ex, "青禾镇", Implements, p), "{p}: {:?}", relations(&ex));
        }
        assert!(!relations(&ex).iter().any(|(s, p, _)| (s.starts_with("云岫") || s.starts_with("澜州")) && *p == Implements), "{:?}", relations(&ex));
    }

    #[test]
    fn a_superior_whose_plan_is_carried_out_does_not_implement_it() {
        let ex = extract("青禾镇营商\n今年以来，青禾镇认真落实遵义市“营商环境提升年”部署，推行“首席服务员”制度。");
        assert!(related(&ex, "青禾镇", Implements, "营商环境提升年") && related(&ex, "青禾镇", Implements, "首席服务员"), "{:?}", relations(&ex));
        assert!(!relations(&ex).iter().any(|(s, p, _)| s == "遵义市" && *p == Implements), "{:?}", relations(&ex));
    }

    #[test]
    fn the_projects_a_paragraph_names_after_a_year_s_livelihood_set_are_part_of_it() {
        let ex = extract("青禾镇人代会\n会议票决产生2024年度6件民生实事项目。分别是：柳溪村通组公路硬化工程，投资192万元；青禾镇中心小学食堂改造项目，投资85万元。\n会上，柳溪光伏发电项目作了介绍。");
        for item in ["柳溪村通组公路硬化工程", "青禾镇中心小学食堂改造"] {
            assert!(related(&ex, item, PartOf, "2024年度6件民生实事项目"), "{item}: {:?}", relations(&ex));
        }
        // (not a project of the next paragraph)
        assert!(!relations(&ex).iter().any(|(s, p, o)| s.starts_with("柳溪光伏") && *p == PartOf && o.contains("民生实事")), "{:?}", relations(&ex));
    }

    #[test]
    fn the_numbered_items_a_livelihood_set_opens_are_its_projects_undertaken_by_the_body_in_charge() {
        let text = "梅渚镇2024年度十件民生实事全部完成\n郎溪县梅渚镇十件民生实事完成情况如下：\n（一）通组公路提档升级。由镇交通管理站负责，硬化道路12公里，完成投资860万元。\n（二）“一老一小”关爱服务。镇妇联在柳溪村开设四点半课堂，服务儿童320人次。\n（三）农村供水巩固提升。由乡人力资源和社会保障所（人社所）牵头实施，铺设管网8公里。\n据介绍，全镇经济平稳发展。\n（一）产业发展稳中有进。全镇完成产值12亿元。";
        let ex = extract(text);
        for item in ["通组公路提档升级", "一老一小关爱服务", "农村供水巩固提升"] {
            assert!(ex.relations.iter().any(|r| r.predicate == PartOf && ex.entities[r.subject].label == item && ex.entities[r.object].label.contains("十件民生实事")), "{item}: {:?}", relations(&ex));
        }
        assert!(related(&ex, "梅渚镇交通管理站", Undertakes, "通组公路提档升级"), "{:?}", relations(&ex));
        assert!(related(&ex, "梅渚镇妇联", Undertakes, "一老一小关爱服务") || ex.relations.iter().any(|r| r.predicate == Undertakes && ex.entities[r.subject].label.ends_with("妇联")), "{:?}", relations(&ex));
        assert!(related(&ex, "梅渚镇人力资源和社会保障所", Undertakes, "农村供水巩固提升"), "{:?}", relations(&ex));
        // (the township carries out its set, no village or congress)
        let set = ex.entities.iter().position(|e| e.label.contains("十件民生实事")).expect("the set");
        let implementers: Vec<&str> = ex.relations.iter().filter(|r| r.predicate == Implements && r.object == set).map(|r| ex.entities[r.subject].label.as_str()).collect();
        assert_eq!(implementers, ["梅渚镇"], "{:?}", relations(&ex));
        // (a numbered list no livelihood set opens names no projects by its headings)
        assert!(!labelled(&ex, "产业发展稳中有进"), "{:?}", entities(&ex));
        // (the figure after the heading is the item's)
        assert!(ex.measurements.iter().any(|m| ex.entities[m.entity].label == "通组公路提档升级" && m.value == "8600000"), "{:?}", ex.measurements.iter().map(|m| (&ex.entities[m.entity].label, &m.value)).collect::<Vec<_>>());
    }

    #[test]
    fn headings_alone_on_their_lines_are_a_livelihood_set_s_items_and_its_fields_name_who_undertakes_them() {
        let text = "青禾镇2025年十件民生实事项目出炉\n现将青禾镇今年十件民生实事公布如下：\n一、长者食堂提质扩面\n新建长者食堂2处，全年预计服务就餐8万人次。责任单位：镇民政办。\n二、农村供水管网改造\n改造供水管网12公里。责任单位：镇农业农村办、云岫县水利局。\n三、老年人健康体检\n由青禾镇卫生院为老年人免费体检4200人次。责任单位：青禾镇卫生院。\n";
        let ex = extract(text);
        for (item, bodies) in [("长者食堂提质扩面", &["青禾镇民政办"][..]), ("农村供水管网改造", &["青禾镇农业农村办", "云岫县水利局"][..]), ("老年人健康体检", &["青禾镇卫生院"][..])] {
            assert!(ex.relations.iter().any(|r| r.predicate == PartOf && ex.entities[r.subject].label == item && ex.entities[r.object].label.contains("十件民生实事")), "{item}: {:?}", relations(&ex));
            for body in bodies {
                assert!(related(&ex, body, Undertakes, item), "{body} {item}: {:?}", relations(&ex));
            }
        }
        // (each field names the bodies of its own item only)
        assert!(!related(&ex, "青禾镇民政办", Undertakes, "农村供水管网改造"), "{:?}", relations(&ex));
    }

    #[test]
    fn the_two_bodies_an_event_is_named_by_take_part_in_it() {
        let ex = extract("青禾镇校地合作\n5月14日，青禾镇人民政府与湖南农业大学校地合作签约仪式在镇便民服务中心举行。湖南农业大学副校长郄志刚出席。\n");
        for who in ["青禾镇人民政府", "湖南农业大学"] {
            assert!(related(&ex, "青禾镇人民政府与湖南农业大学校地合作签约仪式", Participant, who), "{who}: {:?}", relations(&ex));
        }
        // (not a place and a body, nor a body inside an event's name that no 与 joins)
        let ex = extract("青禾镇简讯\n5月14日，青禾镇湖南农业大学校友座谈会在镇便民服务中心举行。\n");
        assert!(!relations(&ex).iter().any(|r| r.2 == "湖南农业大学" && r.1 == Participant), "{:?}", relations(&ex));
    }

    #[test]
    fn a_consultation_a_drill_and_a_bulleted_signing_list_have_their_participants() {
        // (a consultation said by its manner and kind; those sitting together at it)
        let ex = extract("青禾镇：有事好商量\n近日，青禾镇在柳溪社区召开专题协商会。协商会上，县政协委员陈立新，副镇长王振宇，青禾镇派出所等单位负责人共20人围坐一堂。");
        for who in ["陈立新", "王振宇", "青禾镇派出所"] {
            assert!(related(&ex, "专题协商会", Participant, who), "{who}: {:?}", relations(&ex));
        }
        // (a drill: the teams that take part, in a sentence that opens with its kind)
        let ex = extract("青禾镇防汛\n4月11日，青禾镇在柳溪村举行山洪灾害应急抢险综合演练。\n当天上午，现场模拟强降雨。演练设置5个科目，青禾镇应急救援队、云岫县蓝天救援队等8支队伍共136人参演。");
        for who in ["青禾镇应急救援队", "云岫县蓝天救援队"] {
            assert!(related(&ex, "山洪灾害应急抢险综合演练", Participant, who), "{who}: {:?}", relations(&ex));
        }
        // (the bodies and villages that take part together, 共同参与; not those who take part
        // in a piece of work: 参与运营)
        let ex = extract("青禾镇防汛\n6月13日上午，青禾镇2024年防汛抢险综合应急演练在柳溪村举行。本次演练由镇防汛抗旱指挥部主办，青禾派出所、青禾镇卫生院以及柳溪村等单位共同参与，参演人员210人。演练结束后，柳溪村将成立强村公司参与运营。");
        for who in ["青禾派出所", "青禾镇卫生院", "柳溪村"] {
            assert!(related(&ex, "青禾镇2024年防汛抢险综合应急演练", Participant, who), "{who}: {:?}", relations(&ex));
        }
        assert!(!relations(&ex).iter().any(|r| r.2.contains("强村公司")), "{:?}", relations(&ex));
        // (those listed a clause each, one of them the head of a company whose name holds a
        // verb; a sentence about the whole drill; coming to watch it)
        let ex = extract("梅渚镇议事\n近日，梅渚镇召开专题协商会。本次协商会由县政协副主席陈立新出席并讲话。县政协委员、柳溪冷水鱼养殖有限公司董事长关振宇，乡贤代表、退休教师富春林，以及村民代表共21人参加。");
        for who in ["关振宇", "富春林"] {
            assert!(related(&ex, "专题协商会", Participant, who), "{who}: {:?}", relations(&ex));
        }
        let ex = extract("梅渚镇防汛\n6月3日上午，梅渚镇防汛抢险应急演练在柳溪村举行。\n当天，现场模拟强降雨。整个演练历时50分钟，县应急管理局副局长包文杰到场观摩并作点评。");
        assert!(related(&ex, "梅渚镇防汛抢险应急演练", Participant, "包文杰"), "{:?}", relations(&ex));
        // (a drill told by what each unit does in its paragraph; not the body of a person's title)
        let ex = extract("梅渚镇防汛\n6月3日上午，梅渚镇防汛抢险应急演练在柳溪村举行。演练模拟强降雨；镇防汛抗旱指挥部随即启动应急响应，柳溪村防汛抢险队组织转移；梅渚镇卫生院在安置点开展救治，县应急管理局副局长包文杰到场观摩。");
        for who in ["梅渚镇防汛抗旱指挥部", "柳溪村防汛抢险队", "梅渚镇卫生院", "包文杰"] {
            assert!(related(&ex, "梅渚镇防汛抢险应急演练", Participant, who), "{who}: {:?}", relations(&ex));
        }
        assert!(!relations(&ex).iter().any(|(_, p, o)| *p == Participant && o.ends_with("应急管理局")), "{:?}", relations(&ex));
        // (the projects and companies of a signing, a paragraph each after a colon)
        let ex = extract("梅渚镇举行招商引资项目集中签约仪式\n6月17日，梅渚镇招商引资项目集中签约仪式在镇政府举行。\n本次集中签约的2个项目总投资5亿元。具体为：\n云岫恒锐精密部件有限公司投资3亿元的年产20万套汽车零部件项目，规划占地120亩；\n澄远食品有限公司投资2亿元建设的年产5000吨预制菜生产项目。");
        assert!(ex.relations.iter().filter(|r| r.predicate == Participant && ex.entities[r.object].class == Class::Project).count() == 2, "{:?}", relations(&ex));
        // (the projects and companies of a signing, a bulleted line each)
        let ex = extract("青禾镇举行招商引资项目集中签约仪式\n6月17日，青禾镇招商引资项目集中签约仪式在镇政府举行。\n此次集中签约的2个项目总投资5亿元。具体为：\n——云岫恒锐精密部件有限公司年产20万套汽车零部件项目，总投资3亿元；\n——澄远食品有限公司年产5000吨预制菜生产项目，总投资2亿元。");
        let event = ex.entities.iter().find(|e| e.class == Class::Event).map(|e| e.label.clone()).unwrap_or_default();
        for who in ["云岫恒锐精密部件有限公司", "澄远食品有限公司"] {
            assert!(related(&ex, &event, Participant, who), "{who}: {:?}", relations(&ex));
        }
        assert!(ex.relations.iter().filter(|r| r.predicate == Participant && ex.entities[r.object].class == Class::Project).count() == 2, "{:?}", relations(&ex));
    }

    #[test]
    fn an_institution_s_head_said_by_the_post_alone_heads_the_last_one_of_its_kind() {
        let ex = extract("梅渚镇卫生院：撑起健康伞\n郎溪县梅渚镇卫生院承担着全镇3万名群众的医疗服务。“我们在人才上下功夫。”院长韦光明说。梅渚镇中心小学食堂改造完成。校长周敏华说，孩子们很高兴。梅渚镇敬老院有床位60张，敬老院院长吴桂芝说，老人很满意。");
        for (person, org) in [("韦光明", "梅渚镇卫生院"), ("周敏华", "梅渚镇中心小学"), ("吴桂芝", "梅渚镇敬老院")] {
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label == org), "{person}: {:?}", ex.posts.iter().map(|p| (&ex.entities[p.person].label, &ex.entities[p.org].label)).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_project_built_in_a_village_lies_there() {
        let ex = extract("云岫县地处大别山区。禾丰茶叶加工厂在柳溪村建成投产。");
        assert!(related(&ex, "禾丰茶叶加工厂", LocatedIn, "柳溪村"), "{:?}", relations(&ex));
        assert!(!relations(&ex).iter().any(|(s, p, o)| s == "禾丰茶叶加工厂" && *p == LocatedIn && o != "柳溪村"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_post_of_a_company_said_by_its_kind_word_is_in_the_last_company_named() {
        let ex = extract("云岫县营商\n云岫本草药业有限公司计划投资。“审批快了。”公司副总经理刘海军说。该公司董事长陈永福说，好。");
        for person in ["刘海军", "陈永福"] {
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label == "云岫本草药业有限公司"), "{person}: {:?}", ex.posts);
        }
    }

    #[test]
    fn a_body_pointed_back_to_by_gai_and_its_kind_s_last_character_and_a_board_s_head_hold_posts() {
        let ex = extract("青禾镇\n柳溪村养鸡合作社去年成立。该社理事长陆一鸣介绍，青禾镇综合文化站今年举办活动30场。该站站长韦春燕说，青禾镇供销合作社理事会主任何立新也到场。");
        for (person, org) in [("陆一鸣", "柳溪村养鸡合作社"), ("韦春燕", "综合文化站"), ("何立新", "供销合作社")] {
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label.ends_with(org)), "{person}: {:?}", posts_of(&ex));
        }
    }

    #[test]
    fn rare_surnames_and_what_follows_a_name_after_a_post() {
        let ex = extract("青禾镇\n“腰杆子硬了。”柳溪村党支部书记、村委会主任皮德华说。社区党总支书记禄红梅说，下岭村党支部书记聂文龙表态，村里将整改。由镇长王大山任总指挥，镇党委书记郗振华任政委。镇党委书记宣讲党的二十大精神。");
        for person in ["皮德华", "禄红梅", "聂文龙", "郗振华"] {
            assert!(ex.entities.iter().any(|e| e.class == Class::Person && e.label == person), "{person}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.class == Class::Person && e.label.starts_with('宣')), "{:?}", entities(&ex));
    }

    #[test]
    fn a_post_of_a_health_centre_school_or_team_said_by_its_kind_word_is_in_the_last_one_named() {
        let ex = extract("青禾镇民生\n青禾镇卫生院新建了门诊楼，卫生院院长白雪芳介绍，门诊量增长。青禾镇中心小学扩建，学校校长武建华说，好。柳溪志愿服务队成立，服务队队长吴晓东说，好。");
        for (person, org) in [("白雪芳", "青禾镇卫生院"), ("武建华", "青禾镇中心小学"), ("吴晓东", "柳溪志愿服务队")] {
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label == org), "{person}: {:?}", ex.posts);
        }
    }

    #[test]
    fn a_project_in_a_township_s_report_does_not_lie_where_its_builder_is_registered() {
        let ex = extract("青禾镇签约\n云岫县青禾镇举行签约仪式。北京中科晶能科技有限公司分布式光伏发电项目，总投资2.1亿元。");
        let project = ex.entities.iter().find(|e| e.class == crate::model::Class::Project).map(|e| e.label.clone()).expect("the project");
        assert!(!relations(&ex).iter().any(|(s, p, o)| *s == project && *p == LocatedIn && o == "北京市"), "{:?}", relations(&ex));
        assert!(related(&ex, "北京中科晶能科技有限公司", Undertakes, &project), "{:?}", relations(&ex));
    }

    #[test]
    fn offices_commissions_councils_and_family_farms_hold_posts() {
        let ex = extract("云岫县青禾镇文明实践\n云岫县委宣传部副部长、县文明办主任丁晓洁出席。柳溪村红白理事会会长杨德山介绍了经验。云岫县委社治委副主任张宏亮讲话。");
        let holds = |person: &str, org: &str| ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label == org);
        assert!(holds("丁晓洁", "云岫县文明办"), "{:?}", ex.posts);
        assert!(holds("杨德山", "柳溪村红白理事会"), "{:?}", ex.posts);
        assert!(holds("张宏亮", "云岫县委社治委"), "{:?}", ex.posts);
    }

    #[test]
    fn an_institution_named_by_its_level_word_lies_in_the_place_it_resolves_to() {
        let ex = extract("青禾镇文明实践\n去年以来，青禾镇以镇新时代文明实践所为龙头，开展志愿服务。镇卫生院参与义诊。");
        assert!(related(&ex, "青禾镇新时代文明实践所", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
        assert!(related(&ex, "青禾镇卫生院", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
    }

    #[test]
    fn the_place_a_sentence_opens_with_as_its_scene_implements_its_programmes() {
        let ex = extract("青禾镇文明实践\n青禾镇推进文明实践。\n在柳溪村，村“两委”结合“积分制”推行“门前三包”。");
        assert!(related(&ex, "柳溪村", Implements, "门前三包"), "{:?}", relations(&ex));
        assert!(!related(&ex, "青禾镇", Implements, "门前三包"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_township_congress_is_a_body_its_president_heads() {
        let ex = extract("青禾镇人代会\n青禾镇第十八届人民代表大会第四次会议召开。镇人大主席赵德明主持会议。会议依法补选刘洋为青禾镇人民政府副镇长。");
        let holds = |person: &str, org: &str| ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label == org);
        assert!(holds("赵德明", "青禾镇人大"), "{:?}", ex.posts);
        assert!(holds("刘洋", "青禾镇人民政府"), "{:?}", ex.posts);
        assert!(related(&ex, "青禾镇人大", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_field_chief_holds_the_post_in_the_division_of_the_level_the_text_says() {
        let ex = extract("周旺镇田长制\n周旺镇建立三级田长体系，周旺镇党委书记刘建华任镇级总田长。");
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "刘建华" && ex.entities[p.org].label == "周旺镇" && p.role == "总田长"), "{:?}", ex.posts);
    }

    #[test]
    fn a_deputy_to_a_congress_holds_the_post_in_the_congress_of_the_level_or_place_before() {
        let ex = extract("永春县青禾镇代表接待日\n青禾镇人大代表联络站开展活动。县人大代表、柳溪村党支部书记陈清标，县人大代表林雅琼，镇人大代表宋金水参加。联络站有县人大代表9名。人大代表李明发言。");
        let holds = |person: &str, org: &str| ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label.ends_with(org));
        assert!(holds("陈清标", "县人大") && holds("陈清标", "柳溪村党支部"), "{:?}", ex.posts);
        assert!(holds("林雅琼", "县人大") && holds("宋金水", "青禾镇人大"), "{:?}", ex.posts);
        // (人大代表 said alone names no congress; the station stays whole)
        assert!(!ex.posts.iter().any(|p| ex.entities[p.person].label == "李明"), "{:?}", ex.posts);
        assert!(labelled(&ex, "青禾镇人大代表联络站"), "{:?}", ex.entities);
        // (nor does 全国人大代表, whose name stays whole)
        let ex = extract("代表通道\n从事光伏产业的全国人大代表高纪凡则分享了经验。");
        assert!(labelled(&ex, "高纪凡"), "{:?}", ex.entities);
    }

    #[test]
    fn a_company_named_after_a_place_is_not_said_to_lie_there_nor_in_the_report_s_place() {
        let ex = extract("宝坻区开工\n宝坻区重点项目开工。天津锐拓新材料有限公司投资建设复合材料项目。青禾镇污水处理厂投运。");
        assert!(!relations(&ex).iter().any(|(s, p, _)| s == "天津锐拓新材料有限公司" && *p == LocatedIn), "{:?}", relations(&ex));
        // (a works named after its town still lies there, and a co-operative after its village)
        assert!(related(&ex, "青禾镇污水处理厂", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
        let ex = extract("青禾镇合作社\n柳溪村成立了柳溪村股份经济合作社，入社农户86户。");
        assert!(related(&ex, "柳溪村股份经济合作社", LocatedIn, "柳溪村"), "{:?}", relations(&ex));
        // (nor one with its county inside its name, or named after a province the text does not
        // name on its own)
        let ex = extract("青禾镇项目验收\n施工单位海南澄远建设工程有限公司负责施工。中国邮政勐海县分公司负责物流。青禾镇禾丰农业有限公司种植茶叶。");
        for company in ["海南澄远建设工程有限公司", "中国邮政勐海县分公司"] {
            assert!(!relations(&ex).iter().any(|(s, p, _)| s == company && *p == LocatedIn), "{company}: {:?}", relations(&ex));
        }
        assert!(related(&ex, "青禾镇禾丰农业有限公司", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
    }

    #[test]
    fn the_bodies_whose_people_attend_or_speak_take_part_but_not_a_title_s_body() {
        let ex = extract("云岫县营商\n4月20日，云岫县召开政企恳谈会。县营商环境建设局、县发展和改革局等15个部门负责人以及云岫本草药业有限公司等22家企业代表参加会议。会上，星河社区、柳岸社区作交流发言。");
        for who in ["云岫县营商环境建设局", "云岫县发展和改革局", "云岫本草药业有限公司", "星河社区", "柳岸社区"] {
            assert!(related(&ex, "云岫县政企恳谈会", Participant, who) || related(&ex, "政企恳谈会", Participant, who), "{who}: {:?}", relations(&ex));
        }
        let ex = extract("云岫县大会\n4月20日，云岫县召开党建工作会议。县委常委、组织部部长王建华出席会议。");
        assert!(!relations(&ex).iter().any(|(_, p, o)| *p == Participant && o.ends_with("县委")), "{:?}", relations(&ex));
    }

    #[test]
    fn a_ceremony_said_by_its_kind_is_the_one_named_and_bodies_sending_people_take_part() {
        // (启动仪式 after the full name; the bodies of a clause of their own before the people
        // listed after them; reporting to the meeting)
        let ex = extract("青禾镇志愿服务\n3月5日，青禾镇2025年志愿服务月活动启动仪式在镇文化广场举行。启动仪式由镇党委副书记梁晓云主持。共青团澄湖县委员会、澄湖县志愿者协会有关负责同志，镇党委书记封国强，镇长陈永辉，以及志愿者代表300余人参加活动。镇长陈永辉通报了志愿服务开展情况。");
        let events: Vec<_> = ex.entities.iter().filter(|e| e.class == crate::model::Class::Event).collect();
        assert_eq!(events.len(), 1, "{:?}", entities(&ex));
        let event = &events[0].label;
        for who in ["梁晓云", "封国强", "陈永辉", "共青团澄湖县委员会", "澄湖县志愿者协会"] {
            assert!(related(&ex, event, Participant, who), "{who}: {:?}", relations(&ex));
        }
        let ex = extract("青禾镇防汛\n青禾镇召开防汛工作调度会。镇长李红梅通报近期雨情水情。");
        assert!(related(&ex, "防汛工作调度会", Participant, "李红梅") || relations(&ex).iter().any(|(e, p, w)| e.ends_with("防汛工作调度会") && *p == Participant && w == "李红梅"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_verb_inside_a_name_stops_no_list_of_attendees_and_projects_visited_after_a_signing_were_not_signed() {
        // (副区长周/启航/v: the given name is a verb of the dictionary)
        let ex = extract("青禾镇签约\n6月17日上午，青禾镇重点项目集中签约仪式在镇便民服务中心举行。澄湖区委常委、副区长周启航，青禾镇党委书记韩立群出席仪式。签约仪式结束后，与会人员实地观摩了去年签约落地的澄远机械有限公司液压件扩能项目。");
        for who in ["周启航", "韩立群"] {
            assert!(related(&ex, "青禾镇重点项目集中签约仪式", Participant, who), "{who}: {:?}", relations(&ex));
        }
        assert!(!relations(&ex).iter().any(|(_, p, o)| *p == Participant && o.contains("液压件")), "{:?}", relations(&ex));
    }

    #[test]
    fn those_listed_a_clause_each_before_attending_take_part_and_two_events_joined_are_one() {
        let ex = extract("青禾镇座谈会\n5月20日，青禾镇召开纺织产业链重点企业座谈会。镇党委书记顾建明主持会议，镇党委副书记、镇长孙海涛，澜州市工业和信息化局副局长王晓燕，以及12家企业负责人参加座谈。");
        for who in ["顾建明", "孙海涛", "王晓燕"] {
            assert!(related(&ex, "纺织产业链重点企业座谈会", Participant, who), "{who}: {:?}", relations(&ex));
        }
        // (not one who did something else in a clause of its own: 王强调研了…)
        let ex = extract("青禾镇座谈会\n5月20日，青禾镇召开纺织产业链重点企业座谈会。上午王强调研了企业，镇长孙海涛，以及12家企业负责人参加座谈。");
        assert!(!related(&ex, "纺织产业链重点企业座谈会", Participant, "王强"), "{:?}", relations(&ex));
        // (the event the sentence itself names first: …现场会在…召开，孙立强参加会议)
        let ex = extract("青禾县现场会\n5月22日，全县工贸企业安全生产标准化建设现场会在澄远线缆有限公司召开，县委常委孙立强参加会议。");
        assert!(related(&ex, "全县工贸企业安全生产标准化建设现场会", Participant, "孙立强") || related(&ex, "工贸企业安全生产标准化建设现场会", Participant, "孙立强"), "{:?}", relations(&ex));
        // (those whose reports the meeting hears)
        let ex = extract("柳溪镇座谈会\n3月13日，督导组在柳溪镇召开森林防火工作座谈会，听取澄湖镇、柳溪镇的工作汇报。");
        for who in ["澄湖镇", "柳溪镇"] {
            assert!(related(&ex, "森林防火工作座谈会", Participant, who), "{who}: {:?}", relations(&ex));
        }
        let ex = extract("鹤汀街道推进会\n8月15日，鹤汀街道召开“接诉即办”工作推进会暨“每月一题”专题调度会。街道工委书记李明远出席会议并讲话。");
        assert!(related(&ex, "接诉即办工作推进会暨每月一题专题调度会", Participant, "李明远"), "{:?}", relations(&ex));
        assert!(labelled(&ex, "接诉即办工作推进会") && labelled(&ex, "每月一题专题调度会"), "{:?}", entities(&ex));
        assert_eq!(ex.entities.iter().filter(|e| e.class == Class::Event && (e.label.contains("每月一题") || e.label.contains("接诉即办"))).count(), 1, "{:?}", entities(&ex));
    }

    #[test]
    fn companies_a_sentence_places_in_a_township_s_park_lie_in_the_township() {
        let ex = extract("梅渚镇园区\n位于郎溪县梅渚镇的澄远智造产业园内一派繁忙：澄远精密紧固件有限公司的生产线满负荷运转。园区内的链主企业恒岳特种纸业有限公司年产值11亿元。");
        for c in ["澄远精密紧固件有限公司", "恒岳特种纸业有限公司"] {
            assert!(related(&ex, c, LocatedIn, "梅渚镇"), "{c}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn a_township_s_industrial_zone_is_built_there_and_not_undertaken_by_a_company_settling_in_it() {
        let ex = extract("梅渚镇招商\n年产5万吨新型墙材项目由澄远建材有限公司投资，落户梅渚镇工业功能区，总投资1.8亿元。");
        assert!(ex.entities.iter().any(|e| e.class == Class::Project && e.label == "梅渚镇工业功能区"), "{:?}", entities(&ex));
        assert!(related(&ex, "澄远建材有限公司", Undertakes, "年产5万吨新型墙材"), "{:?}", relations(&ex));
        assert!(!related(&ex, "澄远建材有限公司", Undertakes, "梅渚镇工业功能区"), "{:?}", relations(&ex));
    }

    #[test]
    fn the_villages_a_programme_is_piloted_in_carry_it_out() {
        let ex = extract("青禾镇社工站\n青禾镇社会工作服务站在青禾镇柳溪村、石门村和东山社区试点“时间银行”互助养老。青禾镇在白沙村推行“积分制”。\n");
        for v in ["柳溪村", "石门村", "东山社区"] {
            assert!(related(&ex, v, Implements, "时间银行"), "{v}: {:?}", relations(&ex));
        }
        assert!(related(&ex, "青禾镇社会工作服务站", Implements, "时间银行"), "{:?}", relations(&ex));
        // (where a programme is pushed, not piloted, the place is only where it is done)
        assert!(related(&ex, "青禾镇", Implements, "积分制") && !related(&ex, "白沙村", Implements, "积分制"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_body_entrusted_to_run_a_station_base_or_depot_undertakes_it() {
        // (委托X（以下简称…）承接运营; 委托X运营 after the base's clause; 由X运营的Y; Y由X负责运营)
        let ex = extract("青禾镇社工站简介\n青禾镇社会工作服务站于2022年8月挂牌运行，由青禾镇人民政府主办，委托澄远县善行社会工作服务中心（以下简称“善行社工”）承接运营。位于青禾镇的澄远县跨境电商孵化基地，委托澄远沭河数字贸易有限公司运营，面积1.2万平方米。由澄远禾泽农业科技有限公司运营的青禾秸秆收储中心，与8家合作社签了协议。柳溪村收储点由澄远丰禾农业科技有限公司负责运营，占地32亩。全镇共设秸秆收储点11个。\n");
        for (who, what) in [
            ("澄远县善行社会工作服务中心", "青禾镇社会工作服务站"),
            ("澄远沭河数字贸易有限公司", "澄远县跨境电商孵化基地"),
            ("澄远禾泽农业科技有限公司", "青禾秸秆收储中心"),
            ("澄远丰禾农业科技有限公司", "柳溪村收储点"),
        ] {
            assert!(related(&ex, who, Undertakes, what), "{who}: {:?}", relations(&ex));
        }
        // (not the government that set it up, nor depots counted)
        assert!(!related(&ex, "青禾镇人民政府", Undertakes, "青禾镇社会工作服务站"), "{:?}", relations(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.contains("共设")), "{:?}", entities(&ex));
        // (a social-work agency's trade name jieba read as a verb, after its city and district)
        let ex = extract("青禾镇社工站\n青禾镇社会工作服务站由南宁市武鸣区善行社会工作服务中心运营。\n");
        // (labelled from its district on, as bodies of a chain of places are)
        assert!(related(&ex, "武鸣区善行社会工作服务中心", Undertakes, "青禾镇社会工作服务站"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_home_station_or_canteen_run_by_a_body_is_undertaken_by_it() {
        let ex = extract("青禾县柳溪镇简讯\n柳溪镇阳光家园于2022年建成，建筑面积650平方米，由青禾县康宁残疾人托养服务中心运营。柳溪镇残疾人康复站由青禾县善缘社会工作服务中心承接运营。柳溪镇长者食堂由澄远康养服务有限公司负责运营。");
        for (s, o) in [("青禾县康宁残疾人托养服务中心", "柳溪镇阳光家园"), ("青禾县善缘社会工作服务中心", "柳溪镇残疾人康复站"), ("澄远康养服务有限公司", "柳溪镇长者食堂")] {
            assert!(crate::pipeline::test_support::related(&ex, s, crate::model::Predicate::Undertakes, o), "{s} {o}: {:?}", crate::pipeline::test_support::relations(&ex));
        }
    }

    #[test]
    fn a_team_s_post_said_with_ren_after_the_person_is_held_in_the_team_the_sentence_names() {
        let ex = extract("青禾镇秋收\n青禾镇成立了由镇党委书记辜红梅任组长、镇长杭振宇任常务副组长的秋收秋种工作专班。柳溪村组建柳溪村应急救援队，由村党支部书记王振华任队长。");
        let posts = posts_of(&ex);
        for (who, role, org) in [("辜红梅", "组长", "秋收秋种工作专班"), ("杭振宇", "常务副组长", "秋收秋种工作专班"), ("王振华", "队长", "柳溪村应急救援队")] {
            assert!(posts.contains(&(who, role, org)), "{who}: {posts:?}");
        }
        // (a post listed after another's 任组长 is no 组长 of the team: 杭振宇 is 常务副组长)
        assert!(!posts.contains(&("杭振宇", "组长", "秋收秋种工作专班")), "{posts:?}");
        // (a body set up, then 由 the person 担任 its post, past the bodies of the person's other posts)
        let ex = extract("青禾镇乡贤\n去年12月，我们牵头成立了青禾镇乡贤联谊会，由澄江市青禾商会常务副会长、澄远实业有限公司董事长杨伟东担任会长，目前该会有会员312人。");
        let posts = posts_of(&ex);
        assert!(posts.contains(&("杨伟东", "会长", "青禾镇乡贤联谊会")), "{posts:?}");
        assert!(!posts.contains(&("杨伟东", "会长", "澄江市青禾商会")), "{posts:?}");
        let ex = extract("青禾镇文明实践\n青禾镇新时代文明实践所设在镇综合文化站，由镇党委书记肖建平担任所长。");
        assert!(posts_of(&ex).contains(&("肖建平", "所长", "青禾镇新时代文明实践所")), "{:?}", posts_of(&ex));
    }

    #[test]
    fn an_event_named_after_its_host_and_a_quoted_title_is_the_title_s_and_the_host_takes_part() {
        let ex = extract("青禾镇助学\n9月6日上午，云岫县青禾商会“金秋助学·情暖青禾”捐赠仪式在青禾镇中心小学举行。青禾商会会长祁永寿讲话。");
        assert!(labelled(&ex, "金秋助学·情暖青禾捐赠仪式"), "{:?}", entities(&ex));
        assert!(related(&ex, "金秋助学·情暖青禾捐赠仪式", Participant, "云岫县青禾商会"), "{:?}", relations(&ex));
        // (a society named with its county and without it is one)
        assert!(ex.entities.iter().any(|e| e.label == "云岫县青禾商会" && e.alt_labels.contains(&"青禾商会".to_string())), "{:?}", entities(&ex));
    }

    #[test]
    fn a_unit_s_label_written_right_before_its_name_undertakes_the_project_named_last() {
        let ex = extract("云岫区青禾镇污水治理工程通过验收\n12月18日，青禾镇污水治理工程竣工验收会在青禾镇召开。项目建设单位青禾镇人民政府、施工单位澄远建设工程有限公司的代表参加会议。");
        for who in ["青禾镇人民政府", "澄远建设工程有限公司"] {
            assert!(related(&ex, who, Undertakes, "云岫区青禾镇污水治理工程"), "{who}: {:?}", relations(&ex));
        }
        // (no project named before: nothing undertaken)
        let ex = extract("云岫区青禾镇座谈\n12月18日，青禾镇召开座谈会。施工单位澄远建设工程有限公司的代表参加会议。");
        assert!(!relations(&ex).iter().any(|r| r.1 == Undertakes), "{:?}", relations(&ex));
    }

    #[test]
    fn bodies_listed_before_those_others_send_and_one_who_speaks_at_the_meeting_by_its_kind_take_part() {
        // (…等部门，以及…的代表参加会议; 在|验收会|上|表示)
        let ex = extract("云岫区青禾镇项目验收\n12月18日，青禾镇污水治理工程竣工验收会在青禾镇人民政府召开。区生态环境局、区水务局等部门，以及施工单位澄远建设工程有限公司的代表参加会议。青禾镇镇长羊美玲在验收会上表示，将建立长效管护机制。");
        let event = "青禾镇污水治理工程竣工验收会";
        for who in ["云岫区生态环境局", "云岫区水务局", "澄远建设工程有限公司", "羊美玲"] {
            assert!(related(&ex, event, Participant, who), "{who}: {:?}", relations(&ex));
        }
        // (a clause of bodies that do something else: no attendees)
        let ex = extract("云岫区青禾镇项目验收\n12月18日，青禾镇污水治理工程竣工验收会在青禾镇人民政府召开。区生态环境局负责督导，澄远建设工程有限公司的代表参加会议。");
        assert!(!related(&ex, event, Participant, "云岫区生态环境局"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_meeting_pairing_two_places_has_both_and_those_who_speak_at_it_take_part() {
        let ex = extract("标题\n4月16日，梅渚镇—柳溪乡结对共建座谈会在柳溪乡召开。柳溪乡党委书记海建军在座谈会上表示，将用好帮扶资金。8月16日，岳塘区考察团来到罗布沙镇，召开岳塘区·罗布沙镇结对共建工作座谈会。");
        let first = "梅渚镇—柳溪乡结对共建座谈会";
        for who in ["梅渚镇", "柳溪乡", "海建军"] {
            assert!(related(&ex, first, Participant, who), "{who}: {:?}", relations(&ex));
        }
        for who in ["岳塘区", "罗布沙镇"] {
            assert!(related(&ex, "岳塘区·罗布沙镇结对共建工作座谈会", Participant, who), "{who}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn a_project_or_body_lies_where_the_text_says_it_settled() {
        let ex = extract("青禾县项目签约\n青禾县举行签约仪式。落户柳溪镇的县城商贸综合体项目总投资4.2亿元。纺织服装产业园项目落户澄湖镇。位于石门镇的云岫本草药业有限公司扩大生产。冷链物流项目选址鹤汀镇。");
        for (what, place) in [("县城商贸综合体", "柳溪镇"), ("纺织服装产业园", "澄湖镇"), ("云岫本草药业有限公司", "石门镇"), ("冷链物流", "鹤汀镇")] {
            assert!(related(&ex, what, LocatedIn, place), "{what} in {place}: {:?}", relations(&ex));
            assert!(!related(&ex, what, LocatedIn, "青禾县"), "{what}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn the_bodies_that_organise_an_event_take_part_in_it() {
        let ex = extract("青禾镇美食节\n12月6日，青禾镇稻香美食文化节开幕。本届美食文化节由云岫县文化和旅游局、青禾镇人民政府主办，云岫文旅投资有限公司承办。");
        let event = ex.entities.iter().find(|e| e.label.ends_with("美食文化节")).map(|e| e.label.clone()).expect("the festival");
        for org in ["云岫县文化和旅游局", "青禾镇人民政府", "云岫文旅投资有限公司"] {
            assert!(related(&ex, &event, Participant, org), "{org}: {:?}", relations(&ex));
        }
        // (由A主办，B承办，C、D协办的X在…举行: the event after the last verb's 的)
        let ex = extract("青禾镇就业服务\n2月8日，由象州县人社局主办，象州县公共就业服务中心承办，象州县总工会、共青团象州县委员会协办的2025年“春风行动”暨青禾镇返乡务工人员专场招聘会在镇广场举行。");
        let event = ex.entities.iter().find(|e| e.label.ends_with("专场招聘会")).map(|e| e.label.clone()).expect("the fair");
        assert!(event.starts_with("2025年春风行动"), "{event}");
        for org in ["象州县人社局", "象州县公共就业服务中心", "象州县总工会", "共青团象州县委员会"] {
            assert!(related(&ex, &event, Participant, org), "{org}: {:?}", relations(&ex));
        }
        assert!(ex.entities.iter().any(|e| e.label == "共青团象州县委员会" && e.class == Class::SocialOrganization), "{:?}", entities(&ex));
    }

    #[test]
    fn a_body_named_by_another_body_s_whole_name_is_part_of_it() {
        let ex = extract("郎溪县会议\n郎溪县委召开常委会议，郎溪县委宣传部、郎溪县委统战部负责人列席。梅渚镇卫生院今年接诊1万人次，梅渚镇卫生院白衣天使志愿服务队开展义诊。");
        for (part, whole) in [("郎溪县委宣传部", "郎溪县委"), ("郎溪县委统战部", "郎溪县委"), ("梅渚镇卫生院白衣天使志愿服务队", "梅渚镇卫生院")] {
            assert!(related(&ex, part, PartOf, whole), "{part}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn the_parties_to_an_agreement_undertake_the_project_the_sentence_before_names_as_signed() {
        let ex = extract("青禾镇举行项目集中签约仪式\n5月16日，青禾镇项目集中签约仪式举行。\n第一个签约的是柳溪村古民居修缮项目。青禾镇人民政府与云岫文化旅游发展有限公司签订合作协议，镇长张永贵与公司董事长李强签字。\n第二个签约项目为竹坞村闲置农房盘活项目。竹坞村股份经济合作社与澄远山居运营管理有限公司签订租赁协议。\n柳溪村古民居修缮项目投资8600万元。云岫文化旅游发展有限公司与澄远山居运营管理有限公司签订了战略合作协议。");
        for (who, project) in [("云岫文化旅游发展有限公司", "柳溪村古民居修缮"), ("竹坞村股份经济合作社", "竹坞村闲置农房盘活"), ("澄远山居运营管理有限公司", "竹坞村闲置农房盘活")] {
            assert!(related(&ex, who, Undertakes, project), "{who}: {:?}", relations(&ex));
        }
        // (not after a sentence that says nothing of signing)
        assert!(!related(&ex, "澄远山居运营管理有限公司", Undertakes, "柳溪村古民居修缮"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_body_named_by_another_name_of_a_body_is_part_of_it() {
        // (县检察院 is a short name of 安溪县人民检察院: its party group and its department are its parts)
        let ex = extract("安溪县召开会议\n安溪县人民检察院召开会议。县检察院党组书记、检察长李明讲话。县检察院第四检察部党支部作交流发言。会后，县检察院在湖头镇召开座谈会。");
        for part in ["安溪县检察院党组", "安溪县检察院第四检察部党支部"] {
            assert!(related(&ex, part, PartOf, "安溪县人民检察院"), "{part}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn the_members_an_alliance_lists_are_part_of_it_and_a_body_s_party_unit_part_of_the_body() {
        let ex = extract("澄远县党建\n澄远县西片区茶产业党建联盟正式成立。据介绍，联盟由青禾镇党委牵头，成员单位包括青禾镇党委、柳溪乡党委、澄远县农业农村局党组和云岫茶业有限公司党支部，共4个党组织。");
        let alliance = "澄远县西片区茶产业党建联盟";
        assert!(ex.entities.iter().any(|e| e.label == alliance), "{:?}", entities(&ex));
        for member in ["青禾镇党委", "柳溪乡党委", "澄远县农业农村局党组", "云岫茶业有限公司党支部"] {
            assert!(related(&ex, member, PartOf, alliance), "{member}: {:?}", relations(&ex));
        }
        assert!(related(&ex, "云岫茶业有限公司党支部", PartOf, "云岫茶业有限公司"), "{:?}", relations(&ex));
        assert!(related(&ex, "澄远县农业农村局党组", PartOf, "澄远县农业农村局"), "{:?}", relations(&ex));
        // (a county's medical community and the hospitals it lists as members)
        let ex = extract("澄远县医改\n澄远县紧密型县域医共体由澄远县人民医院牵头，青禾镇卫生院、柳溪乡卫生院等12家卫生院为成员单位。");
        for member in ["澄远县人民医院", "青禾镇卫生院", "柳溪乡卫生院"] {
            assert!(related(&ex, member, PartOf, "澄远县紧密型县域医共体"), "{member}: {:?}", relations(&ex));
        }
        // (members said far from any alliance are no one's)
        let ex = extract("青禾镇\n青禾镇茶产业联盟成立。镇里修路。镇里种树。镇里办学。镇里建桥。镇里植绿。镇里治水。成员单位包括青禾镇卫生院和柳溪村委会。");
        assert!(!ex.relations.iter().any(|r| r.predicate == PartOf && ex.entities[r.object].label.ends_with("联盟")), "{:?}", relations(&ex));
    }

    #[test]
    fn heads_hold_posts_in_the_body_of_their_kind_and_a_standing_member_s_department_is_the_committee_s() {
        let ex = extract("青禾镇\n澄远农村商业银行党支部书记、行长郝建国表示，将加大支持。和顺县委常委、组织部部长乔文斌出席。\n云岫恒锐轴承有限公司现有员工210人。总经理樊立群说，企业与高校合作。");
        let post = |who: &str, org: &str, role: &str| ex.posts.iter().any(|p| ex.entities[p.person].label == who && ex.entities[p.org].label == org && p.role == role);
        assert!(post("郝建国", "澄远农村商业银行", "行长"), "{:?}", ex.posts);
        assert!(post("乔文斌", "和顺县委组织部", "部长") && post("乔文斌", "和顺县委", "常委"), "{:?}", ex.posts);
        assert!(post("樊立群", "云岫恒锐轴承有限公司", "总经理"), "{:?}", ex.posts);
        // (not a company of another paragraph)
        let ex = extract("青禾镇\n云岫恒锐轴承有限公司现有员工210人。\n总经理樊立群说，企业与高校合作。");
        assert!(ex.posts.is_empty(), "{:?}", ex.posts);
    }

    #[test]
    fn the_units_a_project_notice_lists_undertake_its_project_and_their_staff_hold_posts_in_them() {
        let ex = extract("青禾镇民生实事项目公示\n一、项目名称：柳溪村安全饮水巩固提升工程\n（一）建设规模：铺设管网12公里。\n（二）建设单位：青禾镇人民政府；行业主管部门：澄远县水利局。\n（三）施工单位：澄远鑫海建筑工程有限公司，项目经理金明洙。\n（四）监理单位：云岫正衡工程项目管理有限公司（总监理工程师：朴美善）。");
        let project = ex.entities.iter().find(|e| e.class == Class::Project && e.label.ends_with("工程")).map(|e| e.label.clone()).expect("the project");
        assert!(project.ends_with("安全饮水巩固提升工程"), "{project}");
        for unit in ["青禾镇人民政府", "澄远鑫海建筑工程有限公司", "云岫正衡工程项目管理有限公司"] {
            assert!(related(&ex, unit, Undertakes, &project), "{unit}: {:?}", relations(&ex));
        }
        // (the department in charge of the trade builds nothing)
        assert!(!ex.relations.iter().any(|r| r.predicate == Undertakes && ex.entities[r.subject].label.ends_with("水利局")), "{:?}", relations(&ex));
        let post = |who: &str, org: &str| ex.posts.iter().any(|p| ex.entities[p.person].label == who && ex.entities[p.org].label == org);
        let ex2 = extract("青禾镇民生实事项目公示\n一、项目名称：柳溪村安全饮水巩固提升工程\n（一）建设地点：青禾镇柳溪村、石门村。");
        let project2 = ex2.entities.iter().find(|e| e.label.ends_with("工程")).map(|e| e.label.clone()).expect("the project");
        assert!(related(&ex2, &project2, LocatedIn, "石门村"), "{:?}", relations(&ex2));
        assert!(post("金明洙", "澄远鑫海建筑工程有限公司") && post("朴美善", "云岫正衡工程项目管理有限公司"), "{:?}", ex.posts);
        // (a result notice's field lines: the staff's field after the winner's and its sum)
        let ex = extract("青禾镇中标结果公示\n第一标段\n中标人：澄远鑫海建筑工程有限公司\n中标金额：186.52万元\n项目负责人：金明洙（一级建造师）\n\n第二标段\n招标人：青禾镇人民政府\n中标人：云岫正衡工程项目管理有限公司\n总监理工程师：朴美善\n\n联系人：石秀兰");
        let post = |who: &str, org: &str| ex.posts.iter().any(|p| ex.entities[p.person].label == who && ex.entities[p.org].label == org);
        assert!(post("金明洙", "澄远鑫海建筑工程有限公司") && post("朴美善", "云岫正衡工程项目管理有限公司"), "{:?}", ex.posts);
        // (not the government that tenders, nor across a blank line)
        assert!(!ex.posts.iter().any(|p| ex.entities[p.org].label.ends_with("人民政府")), "{:?}", ex.posts);
        // (not the unit carrying the project out, nor a name whose own post follows in brackets)
        let ex = extract("青禾镇项目建设公示\n项目名称：青禾镇农村供水保障工程\n建设单位：云岫县沱源水利建设投资有限公司\n设计单位：云岫蜀汇水利水电勘测设计有限公司\n施工单位：云岫润江建设工程有限公司\n监理单位：云岫恒信工程项目管理有限公司\n总投资：3860万元\n工期：365日历天\n建设单位项目负责人：曾庆林\n施工单位项目经理：钟晓波\n总监理工程师：母红军");
        for (person, company) in [("曾庆林", "云岫县沱源水利建设投资有限公司"), ("钟晓波", "云岫润江建设工程有限公司"), ("母红军", "云岫恒信工程项目管理有限公司")] {
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label == company), "{person}: {:?}", ex.posts);
        }
        let ex = extract("青禾镇项目公示\n（一）项目名称：柳溪村肉牛养殖圈舍建设项目\n实施单位：云岫红源农业发展有限公司\n项目负责人：金明洙\n\n（二）项目名称：石门村冷库建设项目\n中标人（受让方）：澄远鑫海建筑工程有限公司\n项目负责人：朴美善（石门村党支部书记）");
        assert!(!ex.posts.iter().any(|p| ex.entities[p.org].label.ends_with("有限公司")), "{:?}", ex.posts);
    }

    #[test]
    fn a_name_that_starts_with_places_lies_in_the_last_of_them_not_the_one_before() {
        let ex = extract("松涛街道养老\n在重庆市北碚区松涛街道星河社区养老服务中心，老人吃饭。");
        let centre = ex.entities.iter().find(|e| e.label.ends_with("星河社区养老服务中心")).map(|e| e.label.clone()).expect("the centre");
        assert!(related(&ex, &centre, LocatedIn, "星河社区"), "{:?}", relations(&ex));
        assert!(!related(&ex, &centre, LocatedIn, "重庆市"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_compound_lies_in_the_community_it_is_said_to_be_in_or_to_belong_to_with_another() {
        let ex = extract("松涛街道改造\n针对老人多的实际，松韵小区所在的文昌社区增加了扶手。临江花园小区和德胜里小区同属松江社区。松江社区党委书记说，好。");
        assert!(related(&ex, "松韵小区", LocatedIn, "文昌社区"), "{:?}", relations(&ex));
        assert!(related(&ex, "临江花园小区", LocatedIn, "松江社区") && related(&ex, "德胜里小区", LocatedIn, "松江社区"), "{:?}", relations(&ex));
        // (所在 without 的 places nothing: 所在村)
        let ex = extract("青禾镇扶贫\n王振华回到所在村柳溪村。");
        assert!(!relations(&ex).iter().any(|(s, p, _)| s == "王振华" && *p == LocatedIn), "{:?}", relations(&ex));
    }

    #[test]
    fn a_residential_compound_lies_in_the_community_the_report_names_or_whose_it_is_said_to_be() {
        // (the one community of the report)
        let ex = extract("松涛街道文昌社区\n文昌社区党委书记说，今年将推进老旧小区改造。家住丽景湾小区的居民说，变化大。");
        assert!(related(&ex, "丽景湾小区", LocatedIn, "文昌社区"), "{:?}", relations(&ex));
        // (X社区的Y小区, with two communities named)
        let ex = extract("松涛街道\n东湖社区的丽景湾小区共有住户1260户。西湖社区也在改造。");
        assert!(related(&ex, "丽景湾小区", LocatedIn, "东湖社区"), "{:?}", relations(&ex));
    }

    #[test]
    fn those_acting_in_a_sentence_set_at_an_event_take_part_in_it() {
        let ex = extract("青禾镇板栗节\n9月20日，青禾镇第三届板栗文化旅游节开幕。旅游节期间，柳溪村栗源板栗种植专业合作社带来刚采摘的板栗，云岫县金栗农业发展有限公司推出板栗饼。");
        assert!(related(&ex, "青禾镇第三届板栗文化旅游节", Participant, "柳溪村栗源板栗种植专业合作社"), "{:?}", relations(&ex));
        assert!(related(&ex, "青禾镇第三届板栗文化旅游节", Participant, "云岫县金栗农业发展有限公司"), "{:?}", relations(&ex));
        // (not what someone says there)
        let ex = extract("青禾镇板栗节\n9月20日，青禾镇第三届板栗文化旅游节开幕。开幕式上，镇长王立新说，云岫县金栗农业发展有限公司今年扩大了生产。");
        assert!(!related(&ex, "青禾镇第三届板栗文化旅游节", Participant, "云岫县金栗农业发展有限公司"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_river_chief_of_a_level_holds_the_post_in_the_division_of_that_level() {
        let ex = extract("青禾镇河长制\n7月16日，青禾镇召开河长制工作推进会。镇党委书记、镇级总河长罗建华出席会议，镇长、镇级副总河长税明亮主持会议。柳溪村村委会主任、村级河长陈永强说，巡河有了新办法。");
        let holds = |person: &str, org: &str, role: &str| ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label == org && p.role == role);
        assert!(holds("罗建华", "青禾镇", "总河长"), "{:?}", ex.posts);
        assert!(holds("税明亮", "青禾镇", "副总河长"), "{:?}", ex.posts);
        assert!(holds("陈永强", "柳溪村", "河长"), "{:?}", ex.posts);
        // (the first of them, or the level word alone after a pause)
        let ex = extract("青禾镇植树\n镇党委书记、镇第一总河长、镇总林长卞志宏与大家一起植树。");
        let holds = |person: &str, org: &str, role: &str| ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label == org && p.role == role);
        assert!(holds("卞志宏", "青禾镇", "总河长"), "{:?}", ex.posts);
        assert!(holds("卞志宏", "青禾镇", "总林长"), "{:?}", ex.posts);
    }

    #[test]
    fn places_after_zai_are_where_a_programme_is_done_and_the_subject_does_it() {
        let ex = extract("青禾镇\n与此同时，青禾镇深入推进人居环境整治，在柳溪村、石门村等21个村推行“积分制”管理。");
        assert!(related(&ex, "青禾镇", Implements, "积分制"), "{:?}", relations(&ex));
        assert!(!related(&ex, "石门村", Implements, "积分制"), "{:?}", relations(&ex));
    }

    #[test]
    fn bodies_that_carry_out_an_event_take_part_in_it() {
        let ex = extract("青禾镇义诊\n10月11日上午，云岫区人民医院联合青禾镇卫生院，在柳溪社区开展“情暖重阳·健康同行”义诊活动。");
        assert!(related(&ex, "情暖重阳·健康同行义诊活动", Participant, "云岫区人民医院"), "{:?}", relations(&ex));
        assert!(related(&ex, "情暖重阳·健康同行义诊活动", Participant, "青禾镇卫生院"), "{:?}", relations(&ex));
        // (not the place where it is carried out)
        assert!(!related(&ex, "情暖重阳·健康同行义诊活动", Participant, "柳溪社区"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_team_a_body_set_up_is_part_of_it() {
        let ex = extract("青禾镇志愿服务\n青禾镇卫生院组建的“白衣天使”医疗志愿服务队定期下村义诊。");
        assert!(related(&ex, "白衣天使医疗志愿服务队", PartOf, "青禾镇卫生院"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_company_said_to_be_a_village_s_lies_in_it() {
        let ex = extract("青禾镇\n青禾镇柳溪村的云岫县金栗农业发展有限公司把直播间搬到了展位上。柳溪村的县农业农村局驻村工作队也来了。");
        assert!(related(&ex, "云岫县金栗农业发展有限公司", LocatedIn, "柳溪村"), "{:?}", relations(&ex));
        assert!(!ex.relations.iter().any(|r| r.predicate == LocatedIn && ex.entities[r.subject].label.contains("农业农村局") && ex.entities[r.object].label == "柳溪村"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_project_named_with_a_company_s_trade_name_is_the_company_s() {
        // (the trade name before a capacity: the project's name as written; the name without the
        // legal form; a project said again by the trade name)
        let ex = extract("青禾镇\n澄远精密传动有限公司落户青禾镇工业园。2023年，澄远精密传动年产30万套精密减速机项目开工。澄远精密传动扩建项目也已签约。");
        assert!(related(&ex, "澄远精密传动有限公司", Undertakes, "年产30万套精密减速机"), "{:?}", relations(&ex));
        assert!(related(&ex, "澄远精密传动有限公司", Undertakes, "澄远精密传动扩建"), "{:?}", relations(&ex));
        assert!(ex.entities.iter().any(|e| e.label == "年产30万套精密减速机" && e.alt_labels.iter().any(|a| a == "澄远精密传动年产30万套精密减速机项目")), "{:?}", entities(&ex));
        let ex = extract("青禾镇\n园区东侧，江苏锦程新材料有限公司的试验线正在调试。锦程新材料高性能复合材料项目计划总投资5.5亿元。");
        assert!(related(&ex, "江苏锦程新材料有限公司", Undertakes, "锦程新材料高性能复合材料"), "{:?}", relations(&ex));
        // (the trade name alone, two characters, before a capacity or a kind of works; not a
        // place's name a company is named after too: 青禾|牧业…, 青禾镇…工程)
        let ex = extract("青禾镇签约\n仪式上，青禾镇分别与河南澄钜新材料科技有限公司、许昌禾泰铝业有限公司、青禾牧业发展有限公司签订投资协议。其中，澄钜年产20万吨高性能铝合金板带项目投资15亿元，禾泰废旧动力电池回收利用项目投资6.2亿元。青禾镇中心学校食堂改造工程完工。");
        assert!(related(&ex, "河南澄钜新材料科技有限公司", Undertakes, "澄钜年产20万吨高性能铝合金板带"), "{:?}", relations(&ex));
        assert!(ex.entities.iter().any(|e| e.label == "澄钜年产20万吨高性能铝合金板带" && e.alt_labels.iter().any(|a| a == "年产20万吨高性能铝合金板带项目")), "{:?}", entities(&ex));
        assert!(related(&ex, "许昌禾泰铝业有限公司", Undertakes, "禾泰废旧动力电池回收利用"), "{:?}", relations(&ex));
        assert!(!relations(&ex).iter().any(|r| r.0 == "青禾牧业发展有限公司" && r.1 == Undertakes), "{:?}", relations(&ex));
        // (nor a place the text names with its level word, which the table does not know)
        let ex = extract("鹤汀街道\n枫泽市鹤汀街道引进枫泽云图信息科技有限公司。枫泽数字经济产业园项目总投资22亿元。");
        assert!(!relations(&ex).iter().any(|r| r.0 == "枫泽云图信息科技有限公司" && r.1 == Undertakes), "{:?}", relations(&ex));
    }

    #[test]
    fn a_residential_compound_lies_in_the_community_before_it() {
        let ex = extract("松涛街道加装电梯\n松涛街道东湖社区丽景湾小区建成于2005年，共有居民836户。");
        assert!(related(&ex, "丽景湾小区", LocatedIn, "东湖社区"), "{:?}", relations(&ex));
        assert!(related(&ex, "东湖社区", LocatedIn, "松涛街道"), "{:?}", relations(&ex));
        // (two villages side by side: neither lies in the other)
        let ex = extract("青禾镇修路\n青禾镇柳溪村、石门村修通了路。");
        assert!(!related(&ex, "石门村", LocatedIn, "柳溪村"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_person_listed_after_a_village_lives_there() {
        let ex = extract("青禾镇关于“好邻居”评议结果的通报\n孝老爱亲（3人）：柳溪村冯秀兰、石门社区訾国华、白沙村韩玉珍。\n获奖名单：第一名桃源村罗阿福，第二名柳溪村李者沙。\n");
        for (person, village) in [("冯秀兰", "柳溪村"), ("訾国华", "石门社区"), ("韩玉珍", "白沙村"), ("罗阿福", "桃源村"), ("李者沙", "柳溪村")] {
            assert!(related(&ex, person, LocatedIn, village), "{person}: {:?}", relations(&ex));
        }
        // (not a person named in a sentence after the village: 柳溪村冯秀兰说)
        let ex = extract("青禾镇见闻\n在柳溪村，冯秀兰说，今年收成好。柳溪村冯秀兰告诉记者，路修好了。");
        assert!(!related(&ex, "冯秀兰", LocatedIn, "柳溪村"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_village_lies_in_the_township_its_paragraph_named_before_it() {
        let ex = extract("云岫县开工\n云岫县项目多。\n在青禾镇分会场，光伏项目开工，项目涉及柳溪村、石门村等6个村。");
        assert!(related(&ex, "柳溪村", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
        assert!(related(&ex, "石门村", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
        // (a village of a paragraph that names no township lies in the report's place)
        let ex = extract("云岫县开工\n青禾镇项目多。\n项目涉及柳溪村。");
        assert!(!related(&ex, "柳溪村", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_village_said_to_be_one_of_a_division_s_lies_in_it() {
        let ex = extract("威县扶贫见闻\n威县全力扶贫，威县干部常驻乡村。柳溪村是青禾镇的特困村，人均收入很低。");
        assert!(related(&ex, "柳溪村", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
        assert!(!related(&ex, "柳溪村", LocatedIn, "威县"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_province_s_report_places_its_villages_in_the_one_county_it_names() {
        let ex = extract("湖南省抗洪见闻\n湖南省全力抗洪救灾。湖南省湘潭县堤坝受损，湖南省各地支援。当晚，老河村村民家通上了电。");
        assert_eq!(ex.subject_place.map(|s| ex.entities[s].label.as_str()), Some("湖南省"));
        assert!(related(&ex, "老河村", LocatedIn, "湘潭县"), "{:?}", relations(&ex));
        assert!(!related(&ex, "老河村", LocatedIn, "湖南省"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_first_secretary_sent_to_a_village_holds_the_post_there() {
        let ex = extract("青禾镇柳溪村，驻村第一书记王秀英带领村民修路。");
        assert!(ex.posts.iter().any(|p| ex.entities[p.org].label == "柳溪村" && ex.entities[p.person].label == "王秀英"), "{:?}", ex.posts);
    }

    #[test]
    fn a_village_secretary_holds_the_post_in_the_report_s_village() {
        let holds = |text: &str, org: &str| {
            let ex = extract(text);
            ex.posts.iter().any(|p| ex.entities[p.org].label == org && ex.entities[p.person].label == "张德根")
        };
        assert!(holds("青禾镇柳溪村近来出了件新鲜事。在会议室我找到村支书张德根。", "柳溪村"));
        assert!(holds("青禾镇柳溪村党支部带领群众致富。在会议室我找到村支书张德根。", "柳溪村党支部"));
    }

    #[test]
    fn an_event_whose_spirit_is_studied_has_no_participants() {
        let ex = extract("青禾镇召开会议，深入学习贯彻党的二十大精神。青禾镇党委召开党的二十大精神宣讲会。");
        assert!(!relations(&ex).iter().any(|(s, p, _)| *p == Participant && s == "党的二十大"), "{:?}", relations(&ex));
    }

    #[test]
    fn an_event_welcomed_is_not_the_one_those_who_speak_next_attend() {
        let ex = extract("青禾县推进会\n6月13日，青禾县召开安全生产工作推进会。县长王建平出席会议并讲话，要求以实际成效迎接党的二十届三中全会胜利召开。会上，柳溪镇、七沟镇先后发言。");
        assert!(related(&ex, "安全生产工作推进会", Participant, "柳溪镇"), "{:?}", relations(&ex));
        assert!(!relations(&ex).iter().any(|(e, p, _)| e.contains("三中全会") && *p == Participant), "{:?}", relations(&ex));
    }

    #[test]
    fn companies_the_text_places_nowhere_lie_in_the_report_s_place() {
        let ex = extract("青禾县发展民营经济\n青禾县民营经济发展迅速。澜州华兴机械有限公司扩大生产，青禾天宇科技有限公司落户青禾县开发区。");
        assert!(related(&ex, "澜州华兴机械有限公司", LocatedIn, "青禾县"), "{:?}", relations(&ex));
        assert!(related(&ex, "青禾天宇科技有限公司", LocatedIn, "青禾县"), "{:?}", relations(&ex));
    }

    #[test]
    fn places_lie_in_the_nearest_ancestor_the_document_names() {
        let ex = extract("常州市武进区湖塘镇召开会议。湖塘镇位于武进区南部。");
        assert!(related(&ex, "湖塘镇", LocatedIn, "武进区"), "{:?}", relations(&ex));
        assert!(related(&ex, "武进区", LocatedIn, "常州市"));
        assert!(!related(&ex, "湖塘镇", LocatedIn, "常州市"));
    }

    #[test]
    fn the_actor_before_an_initiative_implements_it() {
        let ex = extract("青禾镇推进项目建设。星澜社区“邻里议事厅”人气很旺。星澜社区党委书记沈雅琴介绍，社区还打造了暖心驿站、红色书屋等一批服务品牌。");
        assert!(related(&ex, "星澜社区", Implements, "邻里议事厅"), "{:?}", relations(&ex));
        assert!(related(&ex, "星澜社区", Implements, "暖心驿站"));
        assert!(related(&ex, "星澜社区", Implements, "红色书屋"));
        assert!(!related(&ex, "青禾镇", Implements, "邻里议事厅"));
    }

    #[test]
    fn collectives_and_people_a_commendation_lists_take_part_in_the_ceremony() {
        let ex = extract("青禾镇召开2024年度平安建设表彰大会\n3月5日，青禾镇2024年度平安建设表彰大会召开。会议宣读了表彰决定。\n先进集体：柳溪村、青禾派出所；\n先进个人：杜建勋、储晓雯。\n石门社区获评先进单位。镇长邹文出席会议。\n");
        for who in ["柳溪村", "青禾派出所", "杜建勋", "储晓雯", "石门社区"] {
            assert!(relations(&ex).iter().any(|(s, p, o)| s.ends_with("表彰大会") && *p == Participant && o == who), "{who}: {:?}", relations(&ex));
        }
        // (no ceremony, no one takes part: a list of the honoured in a year's summary)
        let ex = extract("青禾镇年度总结\n全年工作成效明显。先进集体：柳溪村、青禾派出所。\n");
        assert!(!relations(&ex).iter().any(|(_, p, _)| *p == Participant), "{:?}", relations(&ex));
    }

    #[test]
    fn village_teams_take_part_in_the_games_and_in_a_final_told_with_them() {
        let ex = extract("青禾镇第三届“稻香杯”村BA篮球赛开赛\n6月8日，青禾镇第三届“稻香杯”村BA篮球赛在镇文体广场开赛。首场比赛中，柳溪村队以68比60战胜白沙村代表队。\n7月2日，“乡村振兴杯”农民篮球赛总决赛举行，柳溪村队夺冠。\n");
        let games = |s: &str| s.ends_with("村BA篮球赛");
        for team in ["柳溪村队", "白沙村代表队"] {
            assert!(relations(&ex).iter().any(|(s, p, o)| games(s) && *p == Participant && o == team), "{team}: {:?}", relations(&ex));
        }
        let final_game = |s: &str| s.ends_with("总决赛");
        assert!(relations(&ex).iter().any(|(s, p, o)| final_game(s) && *p == Participant && o == "柳溪村队"), "{:?}", relations(&ex));
        // (a team the final's sentence does not name is no finalist)
        assert!(!relations(&ex).iter().any(|(s, p, o)| final_game(s) && *p == Participant && o == "白沙村代表队"), "{:?}", relations(&ex));
        // (no games named: the teams take part in nothing)
        let ex = extract("青禾镇简讯\n柳溪村文艺队、白沙村代表队参加了镇文艺汇演。\n");
        assert!(!relations(&ex).iter().any(|(_, p, o)| *p == Participant && o.ends_with('队')), "{:?}", relations(&ex));
    }

    #[test]
    fn bodies_listed_as_what_the_subject_brings_together_do_not_carry_out_its_programme() {
        let ex = extract("青禾镇平安建设\n青禾镇整合镇司法所、青禾派出所、镇人民调解委员会等力量，推行“网格吹哨、部门报到”。");
        assert!(related(&ex, "青禾镇", Implements, "网格吹哨、部门报到"), "{:?}", relations(&ex));
        assert!(!relations(&ex).iter().any(|(s, p, _)| *p == Implements && s != "青禾镇"), "{:?}", relations(&ex));
    }

    #[test]
    fn initiatives_without_an_actor_go_to_the_document_place() {
        let ex = extract("青禾镇召开大会。青禾镇部署全年工作。“容缺受理”服务机制有效缩短了办事时间。");
        assert!(related(&ex, "青禾镇", Implements, "容缺受理"), "{:?}", relations(&ex));
    }

    #[test]
    fn components_of_a_numbered_programme_are_parts_of_it() {
        let ex = extract("星澜社区形成“一核三联”模式。“一核”，即党建引领；“三联”，即多方联动。");
        assert!(related(&ex, "一核", PartOf, "一核三联"), "{:?}", relations(&ex));
        // (a kind of programme a longer name holds is no numbered part of it)
        let ex = extract("青禾镇积分制\n柳溪村推行积分制。村里制定了《柳溪村积分制管理实施细则》，积分制让村民得实惠。");
        assert!(!relations(&ex).iter().any(|r| r.1 == PartOf && r.0 == "积分制"), "{:?}", relations(&ex));
        assert!(!relations(&ex).iter().any(|(_, p, o)| *p == Implements && o == "一核"));
    }

    #[test]
    fn a_report_about_a_town_locates_its_communities_and_projects_in_it() {
        let ex = extract("青禾镇今年发展迅速。青禾镇星澜社区和柳岸村环境整洁。禾丰净水厂建成投用。");
        assert!(related(&ex, "星澜社区", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
        assert!(related(&ex, "禾丰净水厂", LocatedIn, "青禾镇"));
    }

    #[test]
    fn nested_names_are_parts() {
        let ex = extract("青禾镇加快建设禾丰科技产业园。禾丰科技产业园C区项目占地80亩。");
        assert!(related(&ex, "禾丰科技产业园C区", PartOf, "禾丰科技产业园"), "{:?}", relations(&ex));
    }

    #[test]
    fn bodies_that_send_people_towns_that_speak_and_co_signers_take_part_or_undertake() {
        // (…等部门负责人，各乡镇分管领导…参加会议: a clause of bodies and the people they send)
        let ex = extract("青禾县推进会\n当天上午，全县春耕生产现场推进会在柳溪镇召开。县长刘振宇出席会议，县自然资源局、县财政局等部门负责人，各乡镇分管领导、农业站站长及合作社代表共260余人参加会议。");
        assert!(related(&ex, "全县春耕生产现场推进会", Participant, "刘振宇"), "{:?}", relations(&ex));
        assert!(relations(&ex).iter().any(|(e, p, w)| e == "全县春耕生产现场推进会" && *p == Participant && w.ends_with("财政局")), "{:?}", relations(&ex));
        // (not a clause that tells of something else: 澄湖镇完成春播)
        let ex = extract("青禾县推进会\n当天上午，全县春耕生产现场推进会在柳溪镇召开。澄湖镇完成春播，合作社代表共260余人参加会议。");
        assert!(!related(&ex, "全县春耕生产现场推进会", Participant, "澄湖镇"), "{:?}", relations(&ex));
        // (two towns speak at the meeting)
        let ex = extract("青禾县召开安全生产工作推进会\n6月13日，青禾县召开安全生产工作推进会。县长王建平出席会议并讲话。会上，柳溪镇、七沟镇先后发言。");
        for who in ["柳溪镇", "七沟镇"] {
            assert!(related(&ex, "安全生产工作推进会", Participant, who), "{who}: {:?}", relations(&ex));
        }
        // (the body a company signs with undertakes the project too)
        let ex = extract("青禾县项目签约\n青禾县经开区管委会与澄远新能源科技有限公司签约电驱系统生产基地项目。");
        for who in ["青禾县经开区管委会", "澄远新能源科技有限公司"] {
            assert!(related(&ex, who, Undertakes, "电驱系统生产基地"), "{who}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn bodies_that_run_or_build_the_project_a_clause_speaks_of_undertake_it() {
        let ex = extract("青禾县茶叶\n青禾县茶叶精深加工产业园项目开工。该项目由澄远茶业有限公司投资建设，云岫宏顺建设工程有限公司承建，总投资1.8亿元。");
        assert!(related(&ex, "澄远茶业有限公司", Undertakes, "青禾县茶叶精深加工产业园"), "{:?}", relations(&ex));
        assert!(related(&ex, "云岫宏顺建设工程有限公司", Undertakes, "青禾县茶叶精深加工产业园"), "{:?}", relations(&ex));
        let ex = extract("青禾县加装电梯\n柳溪小区加装电梯项目开工。项目总投资约240万元，由澄远电梯工程有限公司负责设计施工。");
        assert!(related(&ex, "澄远电梯工程有限公司", Undertakes, "柳溪小区加装电梯"), "{:?}", relations(&ex));
        let ex = extract("青禾镇稻鱼共生\n青禾镇建成智慧稻鱼共生示范基地。该基地由青禾县雅丰农业专业合作社运营，面积1500亩。");
        assert!(related(&ex, "青禾县雅丰农业专业合作社", Undertakes, "智慧稻鱼共生示范基地"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_co_operative_named_after_its_township_or_village_after_its_county_lies_there() {
        let ex = extract("通江县电商\n陈河镇发展银耳产业。通江县陈河银耳专业合作社理事长王德富说，今年销售银耳30吨。");
        assert!(related(&ex, "通江县陈河银耳专业合作社", LocatedIn, "陈河镇"), "{:?}", relations(&ex));
        // (not a township whose stem is a word of its own: 发展乡)
        let ex = extract("青禾县\n发展乡召开会议。青禾县发展银耳专业合作社成立。");
        assert!(!relations(&ex).iter().any(|(s, p, o)| s.ends_with("合作社") && *p == LocatedIn && o == "发展乡"), "{:?}", relations(&ex));
        // (and a village's: 通江县|柳溪|葡萄种植专业合作社 → 柳溪村; not a company so named)
        let ex = extract("通江县葡萄\n柳溪村种葡萄。通江县柳溪葡萄种植专业合作社理事长王德富说，今年销售葡萄30吨。通江县柳溪食品有限公司也来了。");
        assert!(related(&ex, "通江县柳溪葡萄种植专业合作社", LocatedIn, "柳溪村"), "{:?}", relations(&ex));
        assert!(!related(&ex, "通江县柳溪食品有限公司", LocatedIn, "柳溪村"), "{:?}", relations(&ex));
        // (and a station or office named after its township: 王团派出所)
        let ex = extract("王团镇\n王团镇召开会议，王团派出所、王团自然资源所负责人参加。");
        for body in ["王团派出所", "王团自然资源所"] {
            assert!(related(&ex, body, LocatedIn, "王团镇"), "{body}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn one_person_holding_a_village_s_two_posts_holds_both() {
        let ex = extract("渠黎镇\n岜来村、坛良村都种甘蔗。坛良村党支部书记兼村委会主任凌秋月说，今年增收。");
        let posts: Vec<(String, String)> = ex.posts.iter().map(|p| (ex.entities[p.person].label.clone(), ex.entities[p.org].label.clone())).collect();
        assert!(posts.contains(&("凌秋月".into(), "坛良村党支部".into())), "{posts:?}");
        // (the committee 村委会主任 names, in the village named before)
        assert!(posts.contains(&("凌秋月".into(), "坛良村村委会".into())), "{posts:?}");
    }

    #[test]
    fn a_company_undertakes_the_project_named_after_it() {
        // the project's name holds the company's, or starts right after it
        let ex = extract("签约项目中，澄远新材料科技有限公司储能材料项目总投资20亿元。");
        assert!(related(&ex, "澄远新材料科技有限公司", Undertakes, "澄远新材料科技有限公司储能材料"), "{:?}", relations(&ex));
        assert!(!relations(&ex).iter().any(|(_, p, _)| *p == PartOf), "{:?}", relations(&ex));
        let ex = extract("签约项目中，澄远新材料科技有限公司年产5万吨新材料项目总投资20亿元。");
        assert!(related(&ex, "澄远新材料科技有限公司", Undertakes, "年产5万吨新材料"), "{:?}", relations(&ex));
    }

    #[test]
    fn those_who_attend_chair_speak_or_sign_at_the_event_just_told_of_take_part() {
        let ex = extract("青禾县重大项目集中开工仪式举行\n4月18日，青禾县重大项目集中开工仪式在柳泉镇举行。\n县委书记杨光辉出席并宣布项目开工，县长孙立新致辞，县委常委马建华主持仪式。\n澄远科技有限公司董事长高志远在发言中表示，企业将加快建设。青禾县人民政府与恒力精工集团签订投资合作协议。");
        for who in ["杨光辉", "孙立新", "马建华", "高志远", "青禾县人民政府", "恒力精工集团"] {
            assert!(relations(&ex).iter().any(|(s, p, o)| s.ends_with("集中开工仪式") && *p == Participant && o == who), "{who}: {:?}", relations(&ex));
        }
        // the projects signed or started at a ceremony of that kind, not the park they lie in
        let ex = extract("青禾县项目集中签约仪式举行\n4月18日，青禾县重点项目集中签约仪式举行。签约项目中，澄远储能电池项目总投资15亿元，落户龙湖产业园。");
        assert!(related(&ex, "青禾县重点项目集中签约仪式", Participant, "澄远储能电池"), "{:?}", relations(&ex));
        assert!(!related(&ex, "青禾县重点项目集中签约仪式", Participant, "龙湖产业园"), "{:?}", relations(&ex));
        // chairing a piece of work, an event that never took place
        let ex = extract("五年前，他到任时没有欢迎仪式。王振华主持制定了振兴大纲。");
        assert!(!relations(&ex).iter().any(|(_, p, _)| *p == Participant), "{:?}", relations(&ex));
        assert!(!entities(&ex).iter().any(|(_, l)| l.contains("仪式")), "{:?}", entities(&ex));
    }

    #[test]
    fn builders_of_projects_said_by_reference_by_clause_or_where_they_are_built() {
        let ex = extract("平原县项目开工\n主会场设在位于柳泉镇的瑞丰新能源电池材料项目现场。该项目由瑞丰新能源科技有限公司投资建设，总投资35亿元。\n同日开工的华瑞冷链物流园项目，由华瑞冷链物流有限公司投资8.6亿元建设。\n绿禾农业科技有限公司拟投资5亿元，在柳泉镇建设智慧农业示范园项目。");
        assert!(related(&ex, "瑞丰新能源电池材料", LocatedIn, "柳泉镇"), "{:?}", relations(&ex));
        assert!(related(&ex, "瑞丰新能源科技有限公司", Undertakes, "瑞丰新能源电池材料"), "{:?}", relations(&ex));
        assert!(related(&ex, "华瑞冷链物流有限公司", Undertakes, "华瑞冷链物流园"), "{:?}", relations(&ex));
        assert!(related(&ex, "智慧农业示范园", LocatedIn, "柳泉镇"), "{:?}", relations(&ex));
        // where it is built is not what is undertaken
        let ex = extract("恒力精工集团拟投资20亿元，在龙湖产业园建设高端装备制造项目。");
        assert!(!related(&ex, "恒力精工集团", Undertakes, "龙湖产业园"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_kind_word_as_the_subject_implements_for_the_last_body_of_its_kind() {
        // (a service centre as the subject carries out what it introduces; a school one goes to
        // does not)
        let ex = extract("云溪区政务服务\n云溪区政务服务中心全面推行“一窗受理、集成服务”。");
        assert!(related(&ex, "云溪区政务服务中心", Implements, "一窗受理、集成服务"), "{:?}", relations(&ex));
        let ex = extract("柳溪村的变化\n柳溪村党支部书记王振昌考入青禾职业学院进修，制定了“一体两翼”战略。");
        assert!(!related(&ex, "青禾职业学院", Implements, "一体两翼"), "{:?}", relations(&ex));
        let ex = extract("云岫区营商环境\n走进云岫区政务服务中心，大厅宽敞明亮。\n针对企业办事难题，中心组建“小桥帮办”团队，提供帮办服务。");
        assert!(related(&ex, "云岫区政务服务中心", Implements, "小桥帮办"), "{:?}", relations(&ex));
        assert!(!related(&ex, "云岫区", Implements, "小桥帮办"), "{:?}", relations(&ex));
        // (园区: the park last named, whatever its name ends with)
        let ex = extract("青禾镇招商\n青禾镇新材料产业园今年新签约项目8个。园区推行“项目秘书”制度，为每个项目配备专人。");
        let park = ex.entities.iter().find(|e| e.label.ends_with("新材料产业园")).map(|e| e.label.clone()).expect("the park");
        assert!(related(&ex, &park, Implements, "项目秘书") && !related(&ex, "青禾镇", Implements, "项目秘书"), "{:?}", relations(&ex));
        // (派出所还在…设立, 该所推行…: a local body by its kind, or by 该 and its kind's character)
        let ex = extract("青禾镇平安建设\n青禾镇派出所所长王建华介绍了情况。\n派出所还在镇中学门口设立“护学岗”，开展安全课。该所推行“一村一警”，划分网格54个。");
        for set in ["护学岗", "一村一警"] {
            assert!(related(&ex, "青禾镇派出所", Implements, set) && !related(&ex, "青禾镇", Implements, set), "{set}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn a_division_s_head_holds_the_post_in_its_government_when_the_text_names_it() {
        let holder = |text: &str, role: &str| {
            let ex = extract(text);
            ex.posts.iter().find(|p| ex.entities[p.person].label == "孙立新" && p.role == role).map(|p| ex.entities[p.org].label.clone())
        };
        assert_eq!(holder("平原县项目\n县委副书记、县长孙立新致辞。平原县政府与恒力集团签约。", "县长").as_deref(), Some("平原县人民政府"));
        assert_eq!(holder("平原县项目\n平原县县长孙立新致辞。县委副书记、县长孙立新讲话。", "县长").as_deref(), Some("平原县"));
        assert_eq!(holder("平原县人代会\n会议依法补选孙立新为平原县人民政府副县长。", "副县长").as_deref(), Some("平原县人民政府"));
        // (a report about a township: the one county it names)
        assert_eq!(holder("青禾镇项目开工\n平原县青禾镇项目开工。副县长孙立新，镇党委书记赵明出席。", "副县长").as_deref(), Some("平原县"));
        assert_eq!(holder("青禾镇项目开工\n平原县与柳林县的项目开工。副县长孙立新出席。", "副县长"), None);
    }

    #[test]
    fn a_township_the_table_does_not_place_in_the_report_s_region_lies_in_its_county() {
        // the only 柳泉镇 of the table is in Jiangsu; a company named after Jiangsu is no sign
        let ex = extract("平原县项目开工\n德州市平原县重大项目在柳泉镇开工。江苏恒力精工集团投资建设。荷溪街道也有项目。");
        assert!(related(&ex, "柳泉镇", LocatedIn, "平原县"), "{:?}", relations(&ex));
        assert!(related(&ex, "荷溪街道", LocatedIn, "平原县"), "{:?}", relations(&ex));
        assert!(!relations(&ex).iter().any(|(s, p, o)| s == "柳泉镇" && *p == LocatedIn && o != "平原县"), "{:?}", relations(&ex));
    }

    #[test]
    fn projects_listed_after_a_signing_ceremony_and_their_companies_take_part() {
        let ex = extract("青禾镇签约\n3月28日，青禾镇重点项目集中签约仪式举行。此次签约项目3个，总投资30亿元。其中，澜州恒远科技有限公司储能电池项目总投资18亿元；澜州禾丰食品有限公司预制菜加工项目总投资12亿元。");
        for (what, company) in [("储能电池", "澜州恒远科技有限公司"), ("预制菜加工", "澜州禾丰食品有限公司")] {
            let project = ex.entities.iter().find(|e| e.label.contains(what)).map(|e| e.label.clone()).expect("the project");
            assert!(related(&ex, "青禾镇重点项目集中签约仪式", Participant, &project), "{project}: {:?}", relations(&ex));
            assert!(related(&ex, "青禾镇重点项目集中签约仪式", Participant, company), "{company}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn a_project_written_after_its_company_is_undertaken_by_that_company_only() {
        let ex = extract("青禾镇签约\n青禾镇举行项目集中签约仪式。签约的2个项目分别是：澜州恒远科技有限公司储能电池项目，总投资18亿元；澜州禾丰食品有限公司预制菜加工项目，总投资12亿元。");
        let projects: Vec<String> = ex.entities.iter().filter(|e| e.class == crate::model::Class::Project).map(|e| e.label.clone()).collect();
        let storage = projects.iter().find(|p| p.contains("储能")).expect("storage project");
        let food = projects.iter().find(|p| p.contains("预制菜")).expect("food project");
        assert!(related(&ex, "澜州恒远科技有限公司", Undertakes, storage), "{:?}", relations(&ex));
        assert!(!related(&ex, "澜州恒远科技有限公司", Undertakes, food), "{:?}", relations(&ex));
        assert!(!related(&ex, "澜州禾丰食品有限公司", Undertakes, storage), "{:?}", relations(&ex));
    }

    #[test]
    fn a_congress_s_platform_and_its_reporters_take_part() {
        let ex = extract("云岫县青禾镇人代会\n1月8日，青禾镇第十八届人民代表大会第五次会议开幕。镇党委书记杨志明，镇人大主席张秀芳等在主席台就座。大会听取并审议了镇长龚雪芳所作的《政府工作报告》。");
        for who in ["杨志明", "张秀芳", "龚雪芳"] {
            assert!(related(&ex, "青禾镇第十八届人民代表大会第五次会议", Participant, who), "{who}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn joined_agents_of_a_passive_undertake_the_project_together() {
        let ex = extract("青禾镇项目\n青禾柿饼精深加工及冷链物流中心项目总投资2.8亿元，由青禾县金柿园农业专业合作社联合社与澜州果源冷链物流有限公司共同实施。");
        let project = ex.entities.iter().find(|e| e.class == crate::model::Class::Project).map(|e| e.label.clone()).expect("the project");
        for who in ["青禾县金柿园农业专业合作社联合社", "澜州果源冷链物流有限公司"] {
            assert!(related(&ex, who, Undertakes, &project), "{who}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn events_have_participants_and_dates() {
        let ex = extract("9月28日上午，青禾镇携芯程封装测试项目参加了区重点项目集中签约仪式。");
        assert!(related(&ex, "区重点项目集中签约仪式", Participant, "青禾镇"), "{:?}", relations(&ex));
        assert!(related(&ex, "区重点项目集中签约仪式", Participant, "芯程封装测试"));
        let d = &ex.dates[0];
        assert_eq!(d.date.value.lexical().0, "--09-28");
        assert!(ex.relations.iter().all(|r| r.sentence.is_some() || r.predicate == LocatedIn));
    }

    #[test]
    fn a_venue_is_where_an_event_took_place_not_who_acted() {
        let ex = extract("青禾镇今年签约项目3个。5月18日，青禾镇茶文化节开幕式在柳岸村举行，现场签约禾丰民宿项目。");
        assert!(related(&ex, "青禾镇茶文化节开幕式", LocatedIn, "柳岸村"), "{:?}", relations(&ex));
        assert!(!relations(&ex).iter().any(|(s, p, _)| s == "柳岸村" && *p == Undertakes));
        // (a venue named after its village: the event took place in the village)
        let ex = extract("青禾镇采摘节\n7月20日，青禾镇第三届芒果采摘节在柳岸村芒果产业示范园开幕。");
        assert!(related(&ex, "青禾镇第三届芒果采摘节", LocatedIn, "柳岸村"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_body_named_after_its_place_belongs_to_it() {
        let ex = extract("桐溪镇召开大会。镇党委书记罗明远提出“五线工作法”。");
        assert!(related(&ex, "桐溪镇党委", LocatedIn, "桐溪镇"), "{:?}", relations(&ex));
        assert!(related(&ex, "桐溪镇", Implements, "五线工作法"));
    }

    #[test]
    fn a_department_implements_for_itself_a_leadership_for_its_place() {
        let ex = extract("云岫县召开大会。云岫县委组织部推出“头雁工程”。云岫县委提出“三个一”工作法。");
        assert!(related(&ex, "云岫县委组织部", Implements, "头雁工程"), "{:?}", relations(&ex));
        assert!(related(&ex, "云岫县", Implements, "三个一"));
    }

    #[test]
    fn banner_township_and_village_heads_of_inner_mongolia_head_their_divisions() {
        let ex = extract("正蓝旗奶业\n正蓝旗宝格达苏木召开大会，副旗长乌力吉、苏木达巴图孟和出席。");
        for (person, role, org) in [("乌力吉", "副旗长", "正蓝旗"), ("巴图孟和", "苏木达", "宝格达苏木")] {
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == person && p.role == role && ex.entities[p.org].label == org), "{person}: {:?}", ex.posts);
        }
    }

    #[test]
    fn a_bare_post_heads_the_nearest_thing_of_its_kind_in_its_sentence() {
        let holds = |text: &str, person: &str, org: &str| {
            let ex = extract(text);
            ex.posts.iter().any(|p| ex.entities[p.org].label == org && ex.entities[p.person].label == person)
        };
        assert!(holds("云岫县柳溪村村民和县长刘建华一起察看了耕地。", "刘建华", "云岫县"));
        assert!(holds("宜章县应急管理局组成救援队，由副局长王建军带领出发。", "王建军", "宜章县应急管理局"));
        // the province of the 省委 named right before, not the 甘肃 named earlier
        assert!(holds("陕西省经济平稳。前往甘肃途中，总书记在陕西省委书记赵一德和省长刘建华陪同下来到宝鸡市。", "刘建华", "陕西省"));
        assert!(!holds("前往甘肃途中，总书记在陕西省委书记赵一德和省长刘建华陪同下来到宝鸡市。", "刘建华", "甘肃省"));
        // not across a semicolon
        assert!(holds("宜章县应急管理局局长刘建华出席，副局长王建军也讲了话。", "王建军", "宜章县应急管理局"));
        assert!(!holds("宜章县应急管理局局长刘建华出席；来宾中，副局长王建军也讲了话。", "王建军", "宜章县应急管理局"));
        // nothing of its kind in the sentence: no post guessed
        assert!(!holds("柳溪村村民和县长刘建华一起察看了耕地。", "刘建华", "柳溪村"));
        // but the report's own place of that kind, or the town of its 镇党委
        assert!(holds("青禾镇召开推进会\n青禾镇召开推进会。会上，镇长刘建华通报了情况。", "刘建华", "青禾镇"));
        assert!(holds("会议召开\n周庄镇党委副书记、镇长刘建华通报了情况。", "刘建华", "周庄镇"));
    }

    #[test]
    fn a_post_of_an_organisation_may_follow_it_after_de() {
        let ex = extract("青禾镇有柳溪村和石门村。这位带领群众治理小流域的石门村的村支书阎立山，一直在想办法。");
        assert!(ex.posts.iter().any(|p| ex.entities[p.org].label == "石门村" && ex.entities[p.person].label == "阎立山"), "{:?}", ex.posts);
        let ex = extract("青禾镇有柳溪村和石门村。柳溪小学的党总支书记阎立山，一直在想办法。");
        assert!(!ex.posts.iter().any(|p| ex.entities[p.org].label == "柳溪小学"), "{:?}", ex.posts);
    }

    #[test]
    fn a_body_named_after_a_village_without_its_suffix_lies_in_it() {
        let ex = extract("青禾镇石门庄村变化大。石门庄小学新建了教学楼，柳溪中学也来参观。");
        assert!(related(&ex, "石门庄小学", LocatedIn, "石门庄村"), "{:?}", relations(&ex));
        assert!(!related(&ex, "柳溪中学", LocatedIn, "石门庄村"), "{:?}", relations(&ex));
    }

    #[test]
    fn the_bulleted_items_of_a_signing_list_take_part_with_their_companies() {
        let ex = extract("周庄镇举行2024年第一季度项目集中签约仪式\n3月21日，周庄镇2024年第一季度项目集中签约仪式在镇便民服务中心举行。\n此次集中签约的3个项目总投资18亿元。本次签约的项目分别是：\n——柳溪储能电池模组项目。由华晟新能源科技有限公司投资建设，总投资12亿元，落户周庄镇工业功能区。\n——周庄冷链物流项目。由云澄禾润农业发展有限公司投资建设，总投资3亿元。");
        let event = "周庄镇2024年第一季度项目集中签约仪式";
        for who in ["柳溪储能电池模组", "周庄冷链物流", "华晟新能源科技有限公司", "云澄禾润农业发展有限公司"] {
            assert!(related(&ex, event, Participant, who), "{who}: {:?}", relations(&ex));
        }
        // (not the zone a project settles in)
        assert!(!relations(&ex).iter().any(|r| r.2.contains("工业功能区") && r.1 == Participant), "{:?}", relations(&ex));
    }

    #[test]
    fn the_agent_of_a_passive_undertakes_the_project_before_it() {
        let ex = extract("周庄镇加快发展。总投资25亿元的柳溪储能电池生产基地项目由华晟新能源科技有限公司投资建设，明年投产。");
        assert!(related(&ex, "华晟新能源科技有限公司", Undertakes, "柳溪储能电池生产基地"), "{:?}", relations(&ex));
        // and the agent of an attributive passive the project after it
        let ex = extract("周庄镇加快发展。其中，由华晟新能源科技有限公司投资建设的柳溪储能电池生产基地项目占地128亩。");
        assert!(related(&ex, "华晟新能源科技有限公司", Undertakes, "柳溪储能电池生产基地"), "{:?}", relations(&ex));
        // (not the park the project lies in, named in between: …位于…产业园东区，由X负责建设)
        let ex = extract("周庄镇项目建设\n周庄镇标准化厂房二期工程位于周庄镇智能装备产业园东区，由云澄市柳溪城乡建设投资有限公司负责建设。");
        assert!(related(&ex, "云澄市柳溪城乡建设投资有限公司", Undertakes, "周庄镇标准化厂房二期工程"), "{:?}", relations(&ex));
        assert!(!related(&ex, "云澄市柳溪城乡建设投资有限公司", Undertakes, "周庄镇智能装备产业园"), "{:?}", relations(&ex));
        // (在…建设…项目: the verb after where it is built is the sentence's, not the name's)
        let ex = extract("周庄镇项目建设\n华晟光伏科技有限公司投资1.6亿元，在镇区企业厂房屋顶建设分布式光伏发电项目。");
        assert!(related(&ex, "华晟光伏科技有限公司", Undertakes, "分布式光伏发电"), "{:?}", relations(&ex));
        // (a sentence that opens with 由, after a paragraph's heading naming the project)
        let ex = extract("周庄镇集中签约\n本次签约的项目分别是：\n——柳溪储能电池模组项目。由华晟新能源科技有限公司投资建设，总投资12亿元。\n——周庄冷链物流项目。由云澄禾润农业发展有限公司投资建设，总投资3亿元。");
        assert!(related(&ex, "华晟新能源科技有限公司", Undertakes, "柳溪储能电池模组"), "{:?}", relations(&ex));
        assert!(related(&ex, "云澄禾润农业发展有限公司", Undertakes, "周庄冷链物流"), "{:?}", relations(&ex));
        assert!(!related(&ex, "云澄禾润农业发展有限公司", Undertakes, "柳溪储能电池模组"), "{:?}", relations(&ex));
    }

    #[test]
    fn posts_name_the_organisation_before_them() {
        let ex = extract("星澜社区党总支书记夏明介绍了情况。");
        let p = &ex.posts[0];
        assert_eq!(ex.entities[p.person].label, "夏明");
        assert_eq!(ex.entities[p.org].label, "星澜社区党总支");
        assert_eq!(p.role, "书记");
        assert!(related(&ex, "星澜社区党总支", LocatedIn, "星澜社区"));
    }

    #[test]
    fn a_bureau_s_head_named_after_its_party_group_s_post_heads_the_bureau() {
        let ex = extract("标题\n近日，平山县民政局召开会议。县民政局党组书记、局长韩立新主持会议，董事长郭建明说：“好。”");
        let posts = posts_of(&ex);
        assert!(posts.contains(&("韩立新", "局长", "平山县民政局")), "{posts:?}");
        assert!(posts.contains(&("韩立新", "书记", "平山县民政局党组")), "{posts:?}");
        // (and the bureau the text names in full and its party group by the short form)
        let short = extract("标题\n近日，平山县人力资源和社会保障局召开会议。县人社局党组书记、局长韩立新主持会议。");
        assert!(posts_of(&short).contains(&("韩立新", "局长", "平山县人力资源和社会保障局")), "{:?}", posts_of(&short));
        assert!(related(&short, "平山县人社局党组", PartOf, "平山县人力资源和社会保障局"), "{:?}", relations(&short));
        // (the party group of a bureau the text names is a part of the bureau, not of the county)
        assert!(related(&ex, "平山县民政局党组", PartOf, "平山县民政局"), "{:?}", relations(&ex));
        assert!(!related(&ex, "平山县民政局党组", LocatedIn, "平山县"), "{:?}", relations(&ex));
        // (郭建/明说: the given name's last character and 说, a word of the dictionary)
        assert!(labelled(&ex, "郭建明") && !labelled(&ex, "郭建"), "{:?}", entities(&ex));
        // (a congress's presidium is a part of the congress)
        let ex = extract("岗南镇人代会\n岗南镇人大主席团第三次会议召开。镇人大主席赵春芳主持。");
        assert!(related(&ex, "岗南镇人大主席团", PartOf, "岗南镇人大"), "{:?}", relations(&ex));
    }

    #[test]
    fn the_items_of_a_list_of_signed_projects_took_part_in_the_signing() {
        let ex = extract("青禾镇重点项目集中签约活动举行\n3月12日上午，青禾镇重点项目集中签约活动在镇政府举行。\n随后，3个签约项目依次上台签约。具体为：\n一是澜州恒远科技有限公司储能电池项目，总投资18亿元；\n二是澜州禾丰食品有限公司预制菜加工项目，总投资12亿元。\n2个开工项目进展顺利。澜州宏达机械有限公司精密铸件项目总投资3亿元。");
        let took_part = |who: &str| relations(&ex).iter().any(|(s, p, o)| s.ends_with("签约活动") && *p == Participant && o.contains(who));
        assert!(took_part("储能电池"), "{:?}", relations(&ex));
        assert!(took_part("预制菜加工"), "{:?}", relations(&ex));
        // (a project started, at an event that signs only, did not take part)
        assert!(!took_part("精密铸件"), "{:?}", relations(&ex));
        // (nor projects a sentence lists after one that only says some were signed)
        let ex = extract("青禾镇重点项目集中签约活动举行\n3月12日上午，青禾镇重点项目集中签约活动在镇政府举行。今年以来，青禾镇签约、落户了一批重大项目。目前，青禾镇招引重大项目2个，分别是澜州恒远储能电池项目和禾丰预制菜加工项目。");
        assert!(labelled(&ex, "澜州恒远储能电池项目") || labelled(&ex, "澜州恒远储能电池"), "{:?}", entities(&ex));
        assert!(!relations(&ex).iter().any(|(s, p, o)| s.ends_with("签约活动") && *p == Participant && o.contains("储能电池")), "{:?}", relations(&ex));
    }

    #[test]
    fn bulleted_projects_after_a_paragraph_on_the_signing_and_their_investors_took_part() {
        // (the paragraph before the bullets ends with 。, not a colon; the investor writes 投资N
        // 亿元建设 before its project; a project written …产业园项目 is no park)
        let ex = extract("青禾镇签约\n3月12日上午，青禾镇一季度招商引资项目集中签约仪式在镇政府举行。\n此次集中签约的2个项目总投资5亿元。镇长王德明代表镇政府与企业负责人签订投资协议。\n——澜州恒远科技有限公司投资3亿元建设储能材料产业园项目，用地100亩；\n——澜州禾丰食品有限公司投资2亿元建设预制菜加工项目。\n王德明表示，将全力做好服务。");
        let event = "青禾镇一季度招商引资项目集中签约仪式";
        for who in ["澜州恒远科技有限公司", "储能材料产业园", "澜州禾丰食品有限公司", "预制菜加工"] {
            assert!(relations(&ex).iter().any(|(s, p, o)| s == event && *p == Participant && o.starts_with(who)), "{who}: {:?}", relations(&ex));
        }
        // (without a paragraph that says they were signed, bullets are no signed projects)
        let ex = extract("青禾镇签约\n3月12日上午，青禾镇一季度招商引资项目集中签约仪式在镇政府举行。\n青禾镇近年来一批项目建成投产。\n——澜州恒远科技有限公司投资3亿元建设储能材料产业园项目，已投产。");
        assert!(!relations(&ex).iter().any(|(s, p, o)| s == event && *p == Participant && o.contains("储能")), "{:?}", relations(&ex));
    }

    #[test]
    fn a_station_named_by_a_word_that_is_its_township_s_stem_lies_in_the_report_s_township() {
        // (樟木 is a word of the dictionary: for the report's own 樟木镇 only)
        let ex = extract("樟木镇开展平安建设\n来源：覃塘区樟木镇人民政府\n樟木镇综治中心联合樟木派出所、樟木中学开展宣传。");
        for who in ["樟木派出所", "樟木中学"] {
            assert!(related(&ex, who, LocatedIn, "樟木镇"), "{who}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn projects_and_their_investors_that_a_later_paragraph_says_were_signed_took_part() {
        let ex = extract("青禾镇签约\n3月12日上午，青禾镇重点项目集中签约仪式在镇政府举行。县长王德明出席。\n青禾镇近年来营商环境持续向好。\n据介绍，本次签约的2个项目中，澜州绿源建材有限公司投资建设的年产5万吨新型墙体材料项目投资3亿元。");
        let event = "青禾镇重点项目集中签约仪式";
        for who in ["澜州绿源建材有限公司", "年产5万吨新型墙体材料"] {
            assert!(related(&ex, event, Participant, who), "{who}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn everyone_listed_after_an_attendance_heading_takes_part() {
        let ex = extract("岗南镇召开人代会\n1月8日，岗南镇第十八届人民代表大会第五次会议在镇政府会议室召开。\n出席会议的有：镇党委书记李洪波，镇党委副书记、镇长王海军。县人大常委会副主任赵德胜到会指导。列席会议的有：柳溪村、石门村党支部书记，岗南镇卫生院负责人。");
        let event = "岗南镇第十八届人民代表大会第五次会议";
        for who in ["李洪波", "王海军", "赵德胜", "柳溪村", "石门村", "岗南镇卫生院"] {
            assert!(related(&ex, event, Participant, who), "{who}: {:?}", relations(&ex));
        }
        // (a body written as a person's title is no participant of its own)
        assert!(!related(&ex, event, Participant, "岗南镇党委"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_deputy_s_or_a_member_s_post_is_held_by_every_name_listed_after_it() {
        // (a post one holds alone is not: 书记 is 李洪波's)
        let ex = extract("青禾镇召开移风易俗工作推进会议纪要\n会议时间：2024年3月15日上午9时\n主 持 人：镇党委副书记、镇长雒建军\n参会人员：镇党委书记寇文博，镇司法所所长郗彩霞。\n列席人员：云岫县民政局社会事务股股长邱贵华\n会议通报了工作情况。");
        for who in ["雒建军", "寇文博", "郗彩霞", "邱贵华"] {
            assert!(related(&ex, "移风易俗工作推进会议", Participant, who), "{who}: {:?}", relations(&ex));
        }
        let ex = extract("岗南镇召开人代会\n出席会议的有：镇党委书记李洪波、王海军，镇党委委员、副镇长马俊杰、刘彦林，镇人大主席赵春芳。");
        let posts = posts_of(&ex);
        for who in ["马俊杰", "刘彦林"] {
            assert!(posts.contains(&(who, "委员", "岗南镇党委")) && posts.contains(&(who, "副镇长", "岗南镇")), "{who}: {posts:?}");
        }
        assert!(!posts.iter().any(|p| p.0 == "王海军"), "{posts:?}");
    }

    #[test]
    fn a_table_row_s_place_and_actor_cells_are_its_location_and_its_undertaker() {
        let ex = extract("青禾镇项目\n今年实施的项目如下：\n序号　村名　子项目名称　实施单位　资金（万元）\n1　柳溪村　柳溪村古民居修缮工程　青禾镇人民政府　286\n2　石桥村　石桥村风雨桥修缮工程　云岫县文化馆　312\n");
        for (project, village, actor) in [("柳溪村古民居修缮工程", "柳溪村", "青禾镇人民政府"), ("石桥村风雨桥修缮工程", "石桥村", "云岫县文化馆")] {
            assert!(related(&ex, project, LocatedIn, village), "{project}: {:?}", relations(&ex));
            assert!(related(&ex, actor, Undertakes, project), "{actor}: {:?}", relations(&ex));
        }
        // (the money is the project's, not the village's)
        assert!(ex.measurements.iter().any(|m| ex.entities[m.entity].label == "柳溪村古民居修缮工程" && m.value == "2860000"), "{:?}", ex.measurements);
        assert!(!ex.measurements.iter().any(|m| ex.entities[m.entity].label == "柳溪村"), "{:?}", ex.measurements);
    }

    #[test]
    fn those_who_report_to_a_reporting_meeting_take_part_in_it() {
        let text = "青禾镇召开2024年度村党组织书记抓基层党建工作述职评议会\n1月14日，青禾镇召开2024年度村党组织书记抓基层党建工作述职评议会。\n柳溪村党支部书记达瓦次仁述职时说，村里完成户厕改造132户。\n石桥村党支部书记格桑卓玛述职，介绍了村里的做法。";
        let ex = extract(text);
        for person in ["达瓦次仁", "格桑卓玛"] {
            assert!(related(&ex, "2024年度村党组织书记抓基层党建工作述职评议会", Participant, person), "{person}: {:?}", relations(&ex));
        }
        // (述职 as what is commented on, 对…的述职, makes no one a participant)
        let ex = extract("青禾镇简讯\n1月14日，青禾镇召开志愿服务推进会。\n县委常委罗明对4名书记的述职逐一点评。");
        assert!(!relations(&ex).iter().any(|(_, p, o)| *p == Participant && o == "罗明"), "{:?}", relations(&ex));
    }
}
