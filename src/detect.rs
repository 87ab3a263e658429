//! Stage `detect`: finds the spans that name entities.
//!
//! Detectors, each a function over the whole document:
//! - [`Detector::places`]: the official division table (full names), plus place-name
//!   words that end in a division suffix (for places the table does not hold);
//! - [`Detector::suffix_names`]: a kind suffix (党总支, 社区, 项目, 产业园, 仪式 …) and
//!   the name words to its left, stopping at verbs, particles and punctuation;
//! - [`Detector::quoted`]: quoted names (“红盟”建设, “131星模式”, “两单一响应”), kept
//!   when a kind word follows, the name has a kind suffix, it is a numbered
//!   programme, or an actor stands right before it (星河社区“七点钟议事厅”);
//! - [`Detector::lists`]: enumerations whose head gives the items a class
//!   (分别是A、B和C项目; A、B、C等服务品牌);
//! - [`Detector::people`]: a post then a name (社区党总支书记夏伟);
//! - [`Detector::self_references`]: 全镇, 该区, 我县 — references to the document's own place.
//!
//! Overlaps are settled by [`select`]: the longer span wins, and names nested inside
//! a longer name are kept when they are of a kind that can be part of another thing
//! (the park inside 湖塘科技产业园D区项目, the community inside 星河社区党总支).

use crate::gazetteer::{Gazetteer, Level};
use crate::lexicon::{self, Suffix};
use crate::model::{Class, Family};
use crate::segment::{item_number, Tag, Tok};
use crate::sentences::Span;
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// How a candidate was found; also its priority when spans cross.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    SelfReference,
    Suffix,
    List,
    Quoted,
    Gazetteer,
    Person,
    /// a later occurrence of a name found elsewhere in the document
    Known,
}

/// A span that names (or refers to) an entity, in normalised char offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cand {
    pub begin: usize,
    pub end: usize,
    pub class: Class,
    /// The name as the entity's label would say it (quotes removed).
    pub name: String,
    /// Other names this mention gives (with the kind word: 红盟建设; with 项目 …).
    pub alts: Vec<String>,
    pub rule: Rule,
    /// Gazetteer entries the name may stand for.
    pub divisions: Vec<usize>,
    /// For names relative to the document's place (镇党委, 全镇, 市党代会): the level word.
    pub relative: Option<char>,
    /// For initiatives found after an actor (星河社区“七点钟议事厅”): the actor's span begin.
    /// Until actors are known, a quote kept for that rule holds [`UNCLASSIFIED`] or [`SLOGAN`].
    pub actor_before: Option<usize>,
}

/// A quote that names a programme only after an actor or a verb of carrying one out.
const UNCLASSIFIED: usize = usize::MAX;
/// A slogan of parts (“一窗受理、集成服务”): a programme only after a verb of carrying it out.
const SLOGAN: usize = usize::MAX - 1;

impl Cand {
    fn new(begin: usize, end: usize, class: Class, name: String, rule: Rule) -> Cand {
        Cand { begin, end, class, name, alts: vec![], rule, divisions: vec![], relative: None, actor_before: None }
    }

    pub fn len(&self) -> usize {
        self.end - self.begin
    }

    pub fn is_empty(&self) -> bool {
        self.begin == self.end
    }

    pub fn contains(&self, other: &Cand) -> bool {
        self.begin <= other.begin && other.end <= self.end && self.len() > other.len()
    }

    pub fn crosses(&self, other: &Cand) -> bool {
        self.begin < other.end && other.begin < self.end && !self.contains(other) && !other.contains(self) && self.begin != other.begin
            || (self.begin == other.begin && self.end == other.end)
    }
}

/// A post followed by a person's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostCand {
    /// Span of the post word.
    pub begin: usize,
    pub end: usize,
    pub role: String,
    pub role_text: String,
    /// Span of the person's name.
    pub person: (usize, usize),
}

/// The document as the detectors see it.
pub struct DocView<'a> {
    pub chars: &'a [char],
    pub sentences: &'a [Span],
    pub toks: &'a [Tok],
    /// `tok_starting[i]` = index of the token that starts at char `i`.
    tok_starting: Vec<u32>,
    tok_ending: Vec<u32>,
    /// Tells dictionary words (common words) from words jieba had to guess.
    segmenter: Option<&'a crate::segment::Segmenter>,
    /// The normalised text as one string, and the byte offset of every char.
    index: TextIndex,
}

const NONE: u32 = u32::MAX;

/// One bit for each of `chars`, at its code modulo 64: a first, branch-free test of
/// whether a char may be one of them.
pub(crate) const fn char_bits(chars: &[char]) -> u64 {
    let mut bits = 0;
    let mut i = 0;
    while i < chars.len() {
        bits |= 1 << (chars[i] as u32 % 64);
        i += 1;
    }
    bits
}

/// A text of chars as one string, with the byte offset of every char (and of the end).
#[derive(Debug, Clone)]
pub struct TextIndex {
    string: String,
    byte_at: Vec<u32>,
}

impl TextIndex {
    pub fn new(chars: &[char]) -> Self {
        let mut string = String::with_capacity(chars.len() * 3);
        let mut byte_at = Vec::with_capacity(chars.len() + 1);
        for &c in chars {
            byte_at.push(string.len() as u32);
            string.push(c);
        }
        byte_at.push(string.len() as u32);
        TextIndex { string, byte_at }
    }

    /// The index of a text built elsewhere: `byte_at` holds the byte offset of every
    /// char of `string` and then its length.
    pub fn from_parts(string: String, byte_at: Vec<u32>) -> Self {
        TextIndex { string, byte_at }
    }

    /// The text of `[b, e)` (char offsets), without copying.
    pub fn str(&self, b: usize, e: usize) -> &str {
        &self.string[self.byte_at[b] as usize..self.byte_at[e] as usize]
    }

    /// The whole text.
    pub fn full_text(&self) -> &str {
        &self.string
    }

    /// Byte offset into [`TextIndex::full_text`] of a char offset.
    pub fn byte_at(&self, i: usize) -> usize {
        self.byte_at[i] as usize
    }

    /// Char offset of a byte offset into [`TextIndex::full_text`].
    pub fn char_at_byte(&self, byte: usize) -> usize {
        self.byte_at.partition_point(|&b| (b as usize) < byte)
    }
}

impl<'a> DocView<'a> {
    pub fn new(chars: &'a [char], sentences: &'a [Span], toks: &'a [Tok]) -> Self {
        Self::with_text(chars, TextIndex::new(chars), sentences, toks)
    }

    /// [`DocView::new`] with the text's string and byte offsets already built.
    pub fn with_text(chars: &'a [char], index: TextIndex, sentences: &'a [Span], toks: &'a [Tok]) -> Self {
        let mut tok_starting = vec![NONE; chars.len() + 1];
        let mut tok_ending = vec![NONE; chars.len() + 1];
        for (i, t) in toks.iter().enumerate() {
            tok_starting[t.begin] = i as u32;
            tok_ending[t.end] = i as u32;
        }
        DocView { chars, sentences, toks, tok_starting, tok_ending, segmenter: None, index }
    }

    /// The normalised text as one string, with its byte offsets.
    pub fn index(&self) -> &TextIndex {
        &self.index
    }

    /// The text of `[b, e)` (char offsets) without copying.
    pub fn str(&self, b: usize, e: usize) -> &str {
        self.index.str(b, e)
    }

    /// The whole normalised text.
    pub fn full_text(&self) -> &str {
        self.index.full_text()
    }

    /// Where the document's title ends, when its first line is a heading.
    pub fn title_end(&self) -> Option<usize> {
        self.sentences.first().filter(|t| t.heading).map(|t| t.end)
    }

    /// Byte offset into [`DocView::full_text`] of a char offset.
    pub fn byte_at(&self, i: usize) -> usize {
        self.index.byte_at(i)
    }

    /// Char offset of a byte offset into [`DocView::full_text`].
    pub fn char_at_byte(&self, byte: usize) -> usize {
        self.index.char_at_byte(byte)
    }

    /// Lets rules ask whether a word is in the dictionary.
    pub fn with_segmenter(mut self, segmenter: &'a crate::segment::Segmenter) -> Self {
        self.segmenter = Some(segmenter);
        self
    }

    /// The segmenter whose dictionary rules ask about words, when there is one.
    pub fn segmenter(&self) -> Option<&'a crate::segment::Segmenter> {
        self.segmenter
    }

    /// Does `[b, e)` read as a name rather than common words? It does when it holds a
    /// person or place word, a word the dictionary does not know, a lone character
    /// (a fragment of an unknown word), quotes, digits or Latin letters.
    pub fn looks_like_name(&self, b: usize, e: usize) -> bool {
        if self.chars[b..e].iter().any(|c| c.is_ascii_alphanumeric() || matches!(c, '“' | '”' | '‘' | '’')) {
            return true;
        }
        let mut i = b;
        while i < e {
            let Some(t) = self.tok_starting_at(i) else { return true };
            let w = self.str(t.begin, t.end.min(e));
            if matches!(t.tag, Tag::PersonName | Tag::PlaceName) || t.len() == 1 && t.tag != Tag::Function {
                return true;
            }
            if self.segmenter.is_some_and(|s| !s.has_word(w)) {
                return true;
            }
            i = t.end;
        }
        false
    }

    pub fn text(&self, b: usize, e: usize) -> String {
        self.str(b, e).to_owned()
    }

    pub fn is_tok_start(&self, i: usize) -> bool {
        self.tok_starting.get(i).is_some_and(|&t| t != NONE)
    }

    pub fn is_tok_end(&self, i: usize) -> bool {
        self.tok_ending.get(i).is_some_and(|&t| t != NONE)
    }

    /// The token ending at char `i`.
    pub fn tok_ending_at(&self, i: usize) -> Option<&Tok> {
        self.tok_ending.get(i).filter(|&&t| t != NONE).map(|&t| &self.toks[t as usize])
    }

    /// The token starting at char `i`.
    pub fn tok_starting_at(&self, i: usize) -> Option<&Tok> {
        self.tok_starting.get(i).filter(|&&t| t != NONE).map(|&t| &self.toks[t as usize])
    }

    /// The token that holds char `i`.
    pub fn tok_holding(&self, i: usize) -> Option<&Tok> {
        (0..=i).rev().find_map(|j| self.tok_starting_at(j)).filter(|t| t.end > i)
    }

    /// Index of the sentence holding char `i`.
    /// The words that lie wholly within `[b, e)`.
    pub fn toks_between(&self, b: usize, e: usize) -> impl Iterator<Item = &Tok> {
        let first = self.toks.partition_point(|t| t.begin < b);
        self.toks[first..].iter().take_while(move |t| t.end <= e)
    }

    /// The word a stretch `[from, at)` starts with once times, figures and time adverbs are
    /// passed (今年以来，合作社…), and whether a demonstrative (该, 这个 …) stands right before
    /// it: the kind word by which a sentence or clause speaks of a body named before (该项目,
    /// 中心, 合作社).
    pub fn leading_word(&self, from: usize, at: usize) -> Option<(&str, bool)> {
        // (据|了解: the source of what is told, as jieba may cut it)
        let told = |t: &Tok| matches!(self.str(t.begin, t.end), "了解" | "介绍" | "统计" | "悉" | "测算") && self.tok_ending_at(t.begin).is_some_and(|p| self.str(p.begin, p.end) == "据");
        let mut words = self.toks_between(from, at).filter(|t| {
            !matches!(t.tag, Tag::Time | Tag::Punct | Tag::Numeral)
                && !matches!(self.str(t.begin, t.end), "今年" | "去年" | "以来" | "今年以来" | "目前" | "如今" | "现在" | "同时" | "此外" | "近年来" | "据统计" | "据了解" | "据介绍" | "据悉" | "截至目前")
                && !(self.str(t.begin, t.end) == "据" && self.tok_starting_at(t.end).is_some_and(told))
                && !told(t)
        });
        let first = words.next()?;
        // (该站, 该所: 该 and a body's kind jieba keeps as one word)
        if first.len() == 2 && matches!(self.str(first.begin, first.end), "该站" | "该所" | "该院" | "该局" | "该队") {
            return Some((self.str(first.begin + 1, first.end), true));
        }
        // (我们服务站, 咱们合作社: the speaker's own body, in an interview's or a quote's words;
        // not 我们这次)
        if matches!(self.str(first.begin, first.end), "我们" | "咱们") {
            return match words.next().filter(|t| t.begin == first.end) {
                Some(next) if self.str(next.begin, next.end).ends_with(['站', '所', '社', '院', '队', '会', '心', '司', '局', '厂', '间', '坊']) => Some((self.str(next.begin, next.end), true)),
                _ => Some((self.str(first.begin, first.end), false)),
            };
        }
        if matches!(self.str(first.begin, first.end), "该" | "此" | "这个" | "这一" | "该个") {
            let next = words.next().filter(|t| t.begin == first.end)?;
            return Some((self.str(next.begin, next.end), true));
        }
        Some((self.str(first.begin, first.end), false))
    }

    /// Does a verb of holding ([`lexicon::HOLDING_VERBS`]: 召开, 举办, 开展 …) end right before
    /// `at`, past a 了 (举办了)?
    pub fn held_right_before(&self, at: usize) -> bool {
        let t = self.tok_ending_at(at).and_then(|t| if self.word_str(t) == "了" { self.tok_ending_at(t.begin) } else { Some(t) });
        t.is_some_and(|v| lexicon::HOLDING_VERBS.contains(&self.word_str(v)))
    }

    /// Where the clause holding `i` ends: at the first ，；： or end of a sentence from `i`,
    /// or at `to`.
    pub fn clause_end(&self, i: usize, to: usize) -> usize {
        (i..to).find(|&k| matches!(self.chars[k], '，' | '。' | '；' | '：' | '！' | '？')).unwrap_or(to)
    }

    /// Where the clause holding `i` starts: after the last ，；： (or `stops`) since `from`.
    pub fn clause_start(&self, from: usize, i: usize, stops: &[char]) -> usize {
        (from..i).rev().find(|&k| matches!(self.chars[k], '，' | '；' | '：') || stops.contains(&self.chars[k])).map_or(from, |k| k + 1)
    }

    /// Is `at` in the words of a clause saying where something lies (…工程位于|时堰镇智能
    /// 装备产业园|东区), not in what 位于…的 qualifies (位于内蒙古西部的|阿拉善右旗)?
    pub fn lies_in_clause(&self, sent_begin: usize, at: usize) -> bool {
        let words = self.str(self.clause_start(sent_begin, at, &[]), at);
        ["位于", "地处", "坐落于", "坐落在", "选址", "设在", "设于"].iter().filter_map(|v| words.rfind(v).map(|i| &words[i..])).any(|rest| !rest.contains('的'))
    }

    pub fn sentence_of(&self, i: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.end <= i);
        (k < self.sentences.len() && self.sentences[k].begin <= i).then_some(k)
    }

    fn word(&self, t: &Tok) -> String {
        self.str(t.begin, t.end).to_owned()
    }

    fn word_str(&self, t: &Tok) -> &str {
        self.str(t.begin, t.end)
    }
}

/// The head's post of the deputy's post `k` of [`lexicon::POSTS`] (副书记 → 书记), when
/// both are in the table and the deputy's role is 副 + the head's.
fn deputy_of(k: usize) -> Option<usize> {
    let (written, role) = lexicon::POSTS[k];
    let (head_written, head_role) = (written.strip_prefix('副')?, role.strip_prefix('副')?);
    lexicon::POSTS.iter().position(|&(w, r)| w == head_written && r == head_role)
}

/// The deputy's post of the head's post `k` (书记 → 副书记), when the table has it.
fn deputy_for(k: usize) -> Option<usize> {
    static DEPUTIES: LazyLock<Vec<Option<usize>>> =
        LazyLock::new(|| (0..lexicon::POSTS.len()).map(|k| (0..lexicon::POSTS.len()).find(|&d| deputy_of(d) == Some(k))).collect());
    DEPUTIES[k]
}

/// Matchers built once.
pub struct Detector {
    /// Full names of divisions that end in a division suffix.
    place_names: std::collections::HashSet<String, crate::gazetteer::FastHash>,
    /// For each suffix, the longer suffixes that end with it (医院: 人民医院, 中医院 …).
    longer_suffixes: Vec<Vec<&'static str>>,
    /// The longest such name, in chars.
    place_max_len: usize,
    /// The characters of those names (a bit per code point): a name cannot reach
    /// back past a character outside it.
    place_chars: Vec<u64>,
    suffixes: AhoCorasick,
    posts: AhoCorasick,
    /// The [`lexicon::POSTS`] index of each pattern of `posts`.
    post_patterns: Vec<usize>,
    /// [`lexicon::CENTRAL_BODIES`] as written, longest first, searched anchored …
    central: AhoCorasick,
    /// … where a word starts with the first two characters of one of them.
    central_first: rustc_hash::FxHashSet<(char, char)>,
}

static QUOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"“([^“”]{1,24})”|‘([^‘’]{1,20})’|"([^"\n]{1,20})""#).unwrap());
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[0-9]{2,}[\p{Han}A-Za-z]{0,6}|[一二三四五六七八九十两双百千][\p{Han}]{1,4}(?:[一二三四五六七八九十两双][\p{Han}]{1,4})*|[0-9A-Za-z一二三四五六七八九十]+(?:[+＋][0-9A-Za-z一二三四五六七八九十]+)+[+＋]?)$").unwrap()
});
/// What follows a report's item number when the item is a name alone: the name, and the
/// stop or colon that ends it.
/// Meetings a report may name by their kind alone when it tells of holding one (主持召开
/// 座谈会, 召开专题协商会): the report's one meeting of that kind.
const BARE_MEETINGS: [&str; 3] = ["座谈会", "协商会", "协商议事会"];

/// Verbs after a quoted festival or activity that say it was held (“稻香音乐节”昨天开幕).
const HELD_AFTER: [&str; 7] = ["开幕", "举行", "举办", "召开", "启动", "落幕", "闭幕"];
/// A day said in a sentence (10月11日, 11日, 当天): what happens in it is an event.
static DAY_SAID: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[0-9一二三四五六七八九十]{1,3}日|当天|当日|当晚|日前|近日").unwrap());
static ITEM_HEADING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\p{Han}{2,18}(?:项目|工程))\s*[。：:]?\s*$").unwrap());
/// An item that opens with a project's name and goes on to say who invests in it, where it
/// lies or what it costs (——智能光伏支架生产项目，由…公司投资，总投资2.5亿元).
/// A notice's line of fields naming a project (名称：恒泰汽配新能源汽车热管理部件项目；投资：3.8亿元；
/// 项目名称：…，总投资…): the name field, when the line also gives an investment.
static NOTICE_NAME_FIELD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|\n)\s*(?:[一二三四五六七八九十]+、|\d+[.、．]|（[一二三四五六七八九十]+）)?\s*(?:项目)?名称[：:]\s*([\p{Han}0-9A-Za-z·（）()]{3,40}?)\s*[；;，,。\n]").unwrap());
static ITEM_LEAD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\p{Han}{2,20}(?:项目|工程))\s*[，,]\s*(?:由|位于|总投资|计划总投资|计划投资|投资|占地|拟|主要|项目总投资|规划)").unwrap());

static NUMBERED_UNQUOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"[一二三四五六七八九十两]大(?:行动|工程|战略|任务|攻坚战|专项行动|提升行动|体系|板块|产业|计划)",
        // 三大改造整治工程: what the numbered works do, between the count and the kind
        r"|[二三四五六七八九十两]大[\p{Han}&&[^的和与及、批型量]]{2,6}?(?:行动|工程|攻坚战)",
        // 三步走战略, 一体两翼战略, 一村一品工程: programmes named by a numbered formula
        r"|[一二三四五六七八九十两]步走(?:发展)?战略",
        r"|[一二三四五六七八九十两]\p{Han}[一二三四五六七八九十两百千万]\p{Han}{1,2}(?:发展战略|战略|工程|模式|工作法|机制)",
    ))
    .unwrap()
});

/// Policy documents in book-title marks (《关于加快乡村振兴的实施意见》, 《村民公约》):
/// programmes set down in writing.
/// A year's set of livelihood projects a people's congress votes on (2025年十件民生实事项目,
/// 2024年度6件民生实事项目, 2024年什运乡民生实事项目, 十件民生实事): its year, its place, its count.
static LIVELIHOOD_SET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<year>\d{4}年度?)?(?P<place>\p{Han}{1,6}?(?:镇|乡|街道))?(?P<year2>\d{4}年度?)?(?P<count>(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:件|项)|十大)?民生实事(?P<projects>项目)?").unwrap()
});

static POLICY_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"《([^《》\n]{2,40}?(?:意见|办法|方案|纲要|规划|条例|规定|计划|细则|措施|公约|章程|责任状|责任书|值日表|行动))》").unwrap()
});

/// The kind words of a package of measures named by its count (20条|举措).
const MEASURE_KINDS: &[&str] = &["政策措施", "硬措施", "实招", "举措", "措施", "意见", "政策", "规定", "新政"];

/// The kind words of a pool a programme sets up (民间投资重点|项目库).
const POOL_KINDS: &[&str] = &["项目库", "资金池", "储备库", "人才库", "专家库"];

/// Packages of measures named by their count (推出…的20条举措, 出台12条措施): group 1 is
/// the name with what the measures are for, group 2 that purpose (…的), group 3 the count
/// and its kind word.
static COUNTED_MEASURES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:推出|出台|制定|印发|发布|实施|推行)了?(([^，。；：！？、“”《》\n]{{2,24}}?的)?((?:[0-9]{{1,3}}|[一二三四五六七八九十]{{1,3}})条(?:{})))",
        MEASURE_KINDS.join("|")
    ))
    .unwrap()
});

/// Pools a programme sets up (设立民间投资重点项目库): group 1 is the pool's name.
static SET_UP_POOLS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:设立|建立|创建|组建|建成)了?([^，。；：！？、“”《》的\n]{{2,14}}?(?:{}))", POOL_KINDS.join("|"))).unwrap()
});

/// The kind words that end a programme named without quotes after a verb that carries
/// it out (实施乡村振兴战略).
const UNQUOTED_KINDS: &[&str] = &["战略", "行动", "行动计划", "改革", "工程", "计划", "攻坚战", "机制", "制度", "责任制", "负责制"];

/// Does `c` end one of [`UNQUOTED_KINDS`]? (A `match`: asked for every word; a test keeps
/// it in step with the list.)
fn ends_an_unquoted_kind(c: char) -> bool {
    const ENDS: u64 = char_bits(&['略', '动', '划', '革', '程', '战', '制', '度']);
    ENDS & 1 << (c as u32 % 64) != 0 && matches!(c, '略' | '动' | '划' | '革' | '程' | '战' | '制' | '度')
}

/// The kind words of a programme in the frame below (以…行动为抓手).
const FRAME_KINDS: &[&str] = &["行动", "工程", "计划", "战略", "攻坚战", "机制", "模式"];

/// What a programme is taken as (以…行动为抓手, 以…工程为载体): the frame names it.
/// (Each starts with 为: [`Detector::framed_initiatives`] looks for them from there.)
const FRAME_ENDS: &[&str] = &["为抓手", "为载体", "为引领", "为主线", "为龙头", "为突破口", "为牵引", "为统领"];

/// A programme in that frame: group 1 is its name.
static FRAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"以([^，。；：、！？“”《》\n]{{2,14}}?(?:{}))(?:{})",
        FRAME_KINDS.join("|"),
        FRAME_ENDS.join("|")
    ))
    .unwrap()
});

/// The party's national congresses by their everyday names (党的二十大, 党的十八大).
static PARTY_CONGRESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"党的(?:二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])大").unwrap());

impl Detector {
    pub fn new(gazetteer: &Gazetteer) -> Detector {
        // names with a division suffix; special zones of the table (农场, 林场, 林业局,
        // 开发区 …) read as common nouns in text and are left to linking
        let place_names: std::collections::HashSet<String, crate::gazetteer::FastHash> = gazetteer
            .names()
            .filter(|n| n.chars().count() >= 2)
            .filter(|n| {
                ["省", "市", "自治区", "特别行政区", "县", "旗", "州", "盟", "地区", "镇", "乡", "街道", "苏木"].iter().any(|s| n.ends_with(s))
                    || n.ends_with('区') && !n.ends_with("园区") && !n.ends_with("开发区") && !n.ends_with("管理区") && !n.ends_with("示范区")
            })
            .map(String::from)
            .collect();
        let place_max_len = place_names.iter().map(|n: &String| n.chars().count()).max().unwrap_or(0);
        let mut place_chars = vec![0u64; (char::MAX as usize + 1).div_ceil(64)];
        for c in place_names.iter().flat_map(|n| n.chars()) {
            place_chars[c as usize / 64] |= 1 << (c as usize % 64);
        }
        let suffixes = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .match_kind(MatchKind::Standard)
            .build(lexicon::SUFFIXES.iter().map(|s| s.text))
            .expect("suffix matcher");
        // (the deputies of heads, 副 + a post, are found by the head's post and the 副
        // before it: fewer patterns keep the matcher's fast prefilter, which takes 64)
        let post_patterns: Vec<usize> = (0..lexicon::POSTS.len()).filter(|&k| deputy_of(k).is_none()).collect();
        let posts = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(post_patterns.iter().map(|&k| lexicon::POSTS[k].0))
            .expect("post matcher");
        let longer_suffixes = lexicon::SUFFIXES
            .iter()
            .map(|s| lexicon::SUFFIXES.iter().filter(|o| o.text.len() > s.text.len() && o.text.ends_with(s.text)).map(|o| o.text).collect())
            .collect();
        let central = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(lexicon::CENTRAL_BODIES.iter().map(|b| b.0))
            .expect("central bodies matcher");
        let central_first = lexicon::CENTRAL_BODIES
            .iter()
            .filter_map(|b| {
                let mut cs = b.0.chars();
                Some((cs.next()?, cs.next()?))
            })
            .collect();
        Detector { place_names, longer_suffixes, place_max_len, place_chars, suffixes, posts, post_patterns, central, central_first }
    }

    /// Runs every detector and settles overlaps.
    pub fn detect(&self, doc: &DocView, gaz: &Gazetteer, tables: &[crate::table::Table]) -> (Vec<Cand>, Vec<PostCand>) {
        let mut cands = Vec::new();
        let (divisions, names): (Vec<Cand>, Vec<Cand>) =
            self.suffix_names(doc).into_iter().partition(|c| c.class == Class::AdministrativeDivision);
        cands.extend(self.places(doc, gaz, divisions));
        let mut names = villages_after_places(doc, &cands, names);
        // (a forum said by its kind alone is the report's one forum; a document holding several
        // — a newspaper's day — has as many forums as it says, none of them named)
        // (each kind on its own: a report may hold one forum and one consultation)
        let bare = |c: &Cand| c.class == Class::Event && BARE_MEETINGS.iter().any(|k| c.name.strip_suffix(k).is_some_and(|p| p.is_empty() || lexicon::EVENT_MANNERS.contains(&p)));
        let mut seen: HashMap<String, usize> = HashMap::default();
        for c in names.iter().filter(|c| bare(c)) {
            *seen.entry(c.name.clone()).or_default() += 1;
        }
        if seen.values().any(|&n| n > 1) {
            names.retain(|c| !bare(c) || seen[&c.name] == 1);
        }
        let bodies = bodies_after_villages(doc, &names);
        cands.extend(names);
        cands.extend(bodies);
        let bodies = bodies_after_town_stems(doc, &cands);
        cands.extend(bodies);
        village_meetings(doc, &mut cands);
        let mut quoted = self.quoted(doc);
        // (“一站式”调解 … 实行“一站式受理、一揽子调处、全链条解决”: a slogan the report also
        // quotes by the start of its first part is found by that short name)
        let shorts: rustc_hash::FxHashSet<String> = quoted.iter().filter(|c| !c.name.contains('、')).map(|c| c.name.clone()).collect();
        let quoted_short = |first: &str| first.char_indices().skip(2).any(|(i, _)| shorts.contains(&first[..i]));
        quoted.retain(|c| !c.name.contains('、') || !c.name.split('、').next().is_some_and(quoted_short));
        quoted.extend(self.policy_documents(doc));
        quoted.extend(known_programmes(doc));
        quoted.extend(livelihood_sets(doc));
        quoted.extend(self.measure_packages(doc));
        let units = party_units_of_bodies(doc, &cands);
        cands.extend(units);
        let departments = committee_departments(doc, &cands);
        cands.extend(departments);
        let sections = sections_of_bodies(doc, &cands);
        cands.extend(sections);
        let outlets = outlets_of_companies(doc, &cands);
        cands.extend(outlets);
        cands.extend(self.lists(doc));
        cands.extend(village_runs(doc));
        cands.extend(repeated_villages(doc));
        cands.extend(self.numbered(doc));
        cands.extend(self.item_headings(doc));
        cands.extend(notice_name_fields(doc));
        cands.extend(table_names(doc, tables));
        cands.extend(self.livelihood_item_headings(doc));
        cands.extend(self.party_congresses(doc));
        cands.extend(minutes_meeting(doc));
        cands.extend(self.dictionary_orgs(doc));
        cands.extend(self.central_bodies(doc));
        cands.extend(self.unquoted_initiatives(doc));
        cands.extend(self.framed_initiatives(doc));
        cands.extend(titled_documents(doc));
        cands.extend(self.self_references(doc));
        cands.extend(bare_street_offices(doc));
        let teams = task_teams(doc, &cands);
        cands.extend(teams);
        verbs_before_villages(doc, &mut cands);
        let teams = village_teams(doc, &mut cands);
        cands.extend(teams);
        villages_before_their_heads(doc, &mut cands);
        let (people, posts) = self.people(doc);
        cands.extend(people);
        // quoted names after an actor need the actors first
        let quoted = actor_before_quotes(doc, quoted, &cands);
        cands.extend(quoted);
        let heads = villages_heading_bodies(doc, &cands);
        cands.extend(heads);
        let again = villages_named_again(doc, &cands);
        cands.extend(again);
        colleges_of_two_fields(doc, &mut cands);
        let phases = phases_after_projects(doc, &cands);
        cands.extend(phases);
        let mut cands = trade_names_before_capacities(doc, quoted_projects(doc, widen_to_places(doc, cands)));
        party_committees_of_chains(doc, &mut cands);
        // (原/赫图阿拉村…: a former village, merged into another, is named without 原, as are
        // its bodies named after it)
        for c in cands.iter_mut().filter(|c| c.name.starts_with('原') && c.len() >= 4 && doc.tok_starting_at(c.begin).is_some_and(|t| t.len() == 1)) {
            let rest = &c.name['原'.len_utf8()..];
            let village = rest.find(['村', '社']).is_some_and(|k| (2..=5).contains(&rest[..k].chars().count()));
            if village && (matches!(c.class, Class::Community | Class::AdministrativeDivision) || c.class.family() == Family::Organization) {
                c.begin += 1;
                c.name = doc.text(c.begin, c.end);
            }
        }
        // (海南|和/乐蟹产业发展有限公司: a name that opens with the name, or short name, of a
        // place the report names whose name opens with 和, which the segmenter split off)
        let conjunction_places: Vec<String> = cands
            .iter()
            .filter(|c| c.class == Class::AdministrativeDivision && c.name.starts_with(['和', '与', '及']) && parent_named(doc, gaz, &c.name))
            .flat_map(|c| c.divisions.iter().filter_map(|&d| gaz.get(d).short.clone()).chain([c.name.clone()]))
            .collect();
        if !conjunction_places.is_empty() {
            for c in cands.iter_mut().filter(|c| c.begin >= 1 && matches!(c.class.family(), Family::Organization | Family::Project | Family::Event)) {
                if conjunction_places.iter().any(|p| doc.str(c.begin - 1, (c.begin - 1 + p.chars().count()).min(doc.chars.len())) == *p && c.begin - 1 + p.chars().count() < c.end) {
                    c.begin -= 1;
                    c.name = doc.text(c.begin, c.end);
                }
            }
        }
        // (24支|龙舟队/nr: a team's kind jieba read as a person's name is no one's)
        cands.retain(|c| !(c.class == Class::Person && c.name.ends_with('队') && longest_suffix_entry(&c.name, End::End, |s| s.text.len() > '队'.len_utf8() && s.text.ends_with('队')).is_some()));
        // (…第五次全国经济普查领导小组|办公室: the office a report names is no mention of the
        // group whose name opens the office's)
        let offices: Vec<(usize, usize)> = cands.iter().filter(|o| o.class.family() == Family::Organization && o.name.ends_with("领导小组办公室")).map(|o| (o.begin, o.end)).collect();
        cands.retain(|c| !(c.name.ends_with("领导小组") && offices.contains(&(c.begin, c.end + 3))));
        // (观音桥村晚/熟柑橘: a village's gala is no 村晚 whose 晚 makes a word with what follows:
        // 晚熟, 晚稻)
        cands.retain(|c| {
            !(c.class == Class::Event && c.name.ends_with("村晚") && doc.chars.get(c.end).is_some_and(|&n| is_han(n) && doc.segmenter.is_some_and(|s| s.has_word(&format!("晚{n}")))))
        });
        // (县应急管理局党组|成员、副局长: a body's party group named only for the rank of one
        // who holds a post in the body is no body of the report — 14 of 16 annotated reports)
        cands.retain(|c| !(c.name.ends_with("党组") && c.class.family() == Family::Organization && doc.str(c.end, (c.end + 3).min(doc.chars.len())) == "成员、"));
        // (“侗乡杯”村BA: a cup's name before the village games' 村BA names no village)
        cands.retain(|c| !(c.class == Class::Community && doc.str(c.end - 1, (c.end + 2).min(doc.chars.len())).eq_ignore_ascii_case("村BA")));
        // (国家税务总局|睢县税务局…: the national administration a local office's name opens
        // with is no body the report speaks of; the office is)
        let opened: Vec<(usize, usize)> = cands
            .iter()
            .filter(|d| d.class == Class::GovernmentBody && d.name.starts_with("国家") && d.rule == Rule::Suffix)
            .map(|d| (d.begin, d.end))
            .collect();
        cands.retain(|c| !(c.class == Class::GovernmentBody && c.name.ends_with("总局") && opened.iter().any(|&(b, e)| b == c.begin && e > c.end + 2)));
        // (来源：睢县人民政府网: a body's website, a page's publisher, is no body of the report)
        cands.retain(|c| !(c.class.family() == Family::Organization && website_at(doc, c.end)));
        for c in cands.iter_mut().filter(|c| c.rule == Rule::Suffix && matches!(c.class.family(), Family::Organization | Family::Project)) {
            sentence_words_before_name(doc, c);
        }
        (short_names_given(doc, event_kind_mentions(doc, themed_party_days(join_events(doc, phases_in_brackets(doc, events_after_their_hosts(doc, select(cands))))))), posts)
    }

    /// Full names from the division table, and place words the table does not hold
    /// (`unlisted`: the division-suffix names [`Detector::suffix_names`] found).
    pub fn places(&self, doc: &DocView, gaz: &Gazetteer, unlisted: Vec<Cand>) -> Vec<Cand> {
        // every name ending at a character that ends division names, leftmost-longest
        let mut found: Vec<(usize, usize)> = Vec::new();
        // (one bit per char code modulo 64 tested first: most chars end no name, and the
        // match branches unpredictably on each)
        const ENDS: u64 = char_bits(&['省', '市', '区', '县', '旗', '州', '盟', '镇', '乡', '道', '木']);
        for e in 1..=doc.chars.len() {
            if ENDS & 1 << (doc.chars[e - 1] as u32 % 64) == 0
                || !matches!(doc.chars[e - 1], '省' | '市' | '区' | '县' | '旗' | '州' | '盟' | '镇' | '乡' | '道' | '木')
            {
                continue;
            }
            for len in 2..=self.place_max_len.min(e) {
                let c = doc.chars[e - len] as usize;
                if self.place_chars[c / 64] & (1 << (c % 64)) == 0 {
                    break;
                }
                if self.place_names.contains(doc.str(e - len, e)) {
                    found.push((e - len, e));
                }
            }
        }
        found.sort_by_key(|&(b, e)| (b, std::cmp::Reverse(e)));
        let mut out: Vec<Cand> = Vec::new();
        // the divisions the places found so far stand for
        let mut named_so_far: rustc_hash::FxHashSet<usize> = rustc_hash::FxHashSet::default();
        let mut reach = 0;
        for (b, e) in found {
            if b < reach {
                continue;
            }
            reach = e;
            let name = doc.str(b, e).to_string();
            // (…智能装备产业园|东区, 开发区|西区: a zone of the park or area before it, not
            // the district of that name)
            if e - b == 2 && doc.chars[e - 1] == '区' && b > 0 && matches!(doc.chars[b - 1], '园' | '区') {
                continue;
            }
            // (派出所会同|县公安局, 要会同|县自然资源局: the verb 会同 before a level's body, which
            // the segmenter split off; 湖南省会同县 stays the county)
            if name == "会同县" && doc.tok_starting_at(b).is_some_and(|t| t.end < e) {
                continue;
            }
            // nor start inside a word of its own (全国文明村镇: 文明, not 明村镇)
            // (示范县 as one word holds no 范县)
            if let Some(t) = doc.tok_holding(b).filter(|t| t.begin < b && t.end <= e) {
                if t.tag != Tag::PlaceName && doc.segmenter.is_some_and(|s| s.has_word(doc.str(t.begin, t.end))) {
                    continue;
                }
                // a region named by a province and a direction (鄂西|山区, 粤西|山区: no 西山区),
                // and a place the table knows by the word's whole name (上海|城区: no 海城区)
                if t.tag == Tag::PlaceName && t.end == b + 1 && matches!(doc.chars[b], '东' | '西' | '南' | '北') {
                    continue;
                }
                if t.tag == Tag::PlaceName && t.len() >= 2 && {
                    let w = doc.str(t.begin, t.end);
                    !gaz.by_short(w).is_empty() || !gaz.by_name(w).is_empty()
                } {
                    continue;
                }
                // and a place jieba read as one word that runs on before the table's name
                // (岚坝/ns|乡 holds no 坝乡): the unlisted longer name, unless what runs on
                // is a place of its own (浙江安吉/ns|县)
                if t.tag == Tag::PlaceName && {
                    let head = doc.str(t.begin, b);
                    gaz.by_short(head).is_empty() && gaz.by_name(head).is_empty()
                } {
                    continue;
                }
            }
            // nor be the object of a slogan (科教|兴县, 工业|富县, 兴县|富民): a two-character
            // name that starts with a verb of making prosper, after a word that is no place
            // or before 富民
            if e - b == 2 && matches!(doc.chars[b], '兴' | '富' | '强' | '振' | '旺') {
                let after_word = doc.tok_ending_at(b).is_some_and(|p| p.len() >= 2 && p.tag != Tag::Punct && !(p.tag == Tag::PlaceName || ends_with_division_suffix(doc.word_str(p))) && !matches!(doc.word_str(p), "在" | "到" | "去" | "来" | "赴" | "是" | "和" | "与"));
                let before_slogan = doc.str(e, (e + 2).min(doc.chars.len())) == "富民";
                if after_word || before_slogan {
                    continue;
                }
            }
            // nor start with a conjunction joining it to the word before (村集体和县财政: 和)
            // (but 和乐镇 of 万宁市, where the report names the city or county it lies in: a
            // place of the table whose name opens with 和)
            if name.starts_with(['和', '与', '及']) && b > 0 && is_han(doc.chars[b - 1]) && !parent_named(doc, gaz, &name) {
                continue;
            }
            // nor be the predicate of a subject pronoun (他会同县领导: 会同, together with)
            if after_subject_pronoun(doc, b) {
                continue;
            }
            // nor a verb and the word 街道 (社区联合|街道劳动保障所: with the street office,
            // not a 联合街道 of the table)
            if verb_then_street(doc, b, e) && doc.tok_starting_at(e - 2).is_some_and(|t| t.end == e) {
                continue;
            }
            // nor a verb of acting together after its subject or an adverb (小学|联合镇妇联,
            // 将|会同县财政局: 联合镇 and 会同县 are places of the table too)
            if (name.starts_with("联合") || name.starts_with("会同")) && b > 0 && (is_han(doc.chars[b - 1]) && !matches!(doc.chars[b - 1], '在' | '到' | '赴' | '和' | '与' | '及' | '省' | '市' | '县' | '区' | '州')) {
                continue;
            }
            // nor end with the first character of a common word jieba found (发展|乡村|旅游
            // holds no 发展乡)
            if doc.tok_starting_at(e - 1).is_some_and(|t| t.end == e + 1 && lexicon::WORDS_AFTER_NAMES.contains(&doc.word_str(t))) {
                continue;
            }
            // (美丽宜居|乡|村: the common word 乡村 cut in two, not a township; 柳溪乡村民 is one)
            if doc.str(e - 1, (e + 1).min(doc.chars.len())) == "乡村" && !doc.chars.get(e + 1).is_some_and(|c| "民委级干组集".contains(*c)) {
                continue;
            }
            // the name must not continue into a longer word (…镇区, 区域)
            // (but 中益|乡龙溪村 is the township and a village jieba glued to its suffix)
            // (and 江苏省镇|江|市委: the city and its committee, the suffix glued to 委)
            let glued_village = |t: &Tok| {
                t.begin + 1 == e
                    && (t.len() >= 4 && doc.chars[t.end - 1] == '村' && doc.segmenter.is_some_and(|s| !s.has_word(doc.word_str(t)))
                        || matches!(doc.word_str(t), "省委" | "市委" | "县委" | "区委" | "州委" | "旗委"))
                    // (红莫镇尔吉村/nr: one word jieba made of the township and the village after it)
                    || t.begin == b && e - b >= 3 && t.end >= e + 2 && doc.chars[t.end - 1] == '村' && doc.segmenter.is_some_and(|s| !s.has_word(doc.word_str(t)))
            };
            // (but not into a word jieba's HMM made across the name: 摆/金镇文/nr|旅康养)
            let guessed = |t: &Tok| t.tag == Tag::PersonName && t.begin > b && e - b >= 3 && doc.segmenter.is_some_and(|s| !s.has_word(doc.word_str(t)));
            // (托甫汗|镇英/n|阿瓦提村: or into a word jieba made of the division's suffix and
            // the first character of the name after it, which its dictionary does not hold)
            let suffix_glued = |t: &Tok| t.begin + 1 == e && e - b >= 3 && t.len() == 2 && matches!(doc.chars[t.begin], '镇' | '乡') && doc.segmenter.is_some_and(|s| !s.has_word(doc.word_str(t)));
            if !doc.is_tok_end(e) && doc.tok_holding(e).is_some_and(|t| t.begin < e && !glued_village(t) && !guessed(t) && !suffix_glued(t)) {
                let next = doc.chars.get(e).copied().unwrap_or(' ');
                if next.is_alphanumeric() && !starts_known_suffix(doc, e) {
                    continue;
                }
            }
            if lexicon::is_common_noun(&doc.text(b.saturating_sub(2), e).as_str()) {
                continue;
            }
            let mut divisions = gaz.by_name(&name).to_vec();
            // a name that ends in a common word for places (小城镇) is a place only when
            // the text names a place above it too
            if ["城镇", "乡镇", "村镇", "集镇", "乡村"].iter().any(|g| name.ends_with(g)) {
                let text = doc.full_text();
                divisions.retain(|&d| {
                    let mut up = gaz.parent(d);
                    while let Some(p) = up {
                        let div = gaz.get(p);
                        if text.contains(div.name.as_str()) || div.short.as_deref().is_some_and(|s| text.contains(s)) {
                            return true;
                        }
                        up = gaz.parent(p);
                    }
                    false
                });
                if divisions.is_empty() {
                    continue;
                }
            }
            if Gazetteer::is_generic(&name) {
                // 城区, 城关镇: a place only right after its parent, or (城南街道 in a report
                // on 南湖区) the one under a division the text named before
                let parent = out.last().filter(|p| p.end == b && p.class == Class::AdministrativeDivision);
                match parent {
                    Some(parent) => divisions.retain(|&d| parent.divisions.iter().any(|&p| gaz.is_within(d, p))),
                    None => {
                        let under_named = |d: usize| std::iter::successors(gaz.parent(d), |&p| gaz.parent(p)).any(|p| named_so_far.contains(&p));
                        divisions.retain(|&d| under_named(d));
                        if divisions.len() > 1 {
                            continue;
                        }
                    }
                }
                if divisions.is_empty() {
                    continue;
                }
            }
            // an everyday name (澜沧县 for 澜沧拉祜族自治县): the entity goes by the table's name
            let official = divisions.first().map_or_else(|| name.clone(), |&d| gaz.get(d).name.clone());
            let everyday = official != name && divisions.iter().all(|&d| gaz.get(d).name == official);
            let mut c = Cand::new(b, e, Class::AdministrativeDivision, if everyday { official } else { name.clone() }, Rule::Gazetteer);
            if everyday {
                c.alts.push(name.clone());
            }
            c.divisions = divisions;
            named_so_far.extend(c.divisions.iter().copied());
            out.push(c);
        }
        // the characters the places found so far hold (asked per word below: a test per
        // character, not per place, as a long document names thousands)
        let mut held = vec![false; doc.chars.len()];
        let hold = |held: &mut [bool], c: &Cand| held[c.begin..c.end].fill(true);
        let is_held = |held: &[bool], b: usize, e: usize| held[b..e].iter().any(|&h| h);
        out.iter().for_each(|c| hold(&mut held, c));
        // short names of provinces and cities standing as words of their own (江苏, 常州),
        // when only one province or city goes by that name; and a city's short name before
        // 地区, 地委 or 行署, the prefecture of the 1998-era forms (运城|地委), whatever jieba
        // tags it
        let prefecture = |t: &Tok| matches!(doc.str(t.end, (t.end + 2).min(doc.chars.len())), "地区" | "地委" | "行署");
        for t in doc.toks.iter().filter(|t| t.len() >= 2 && (t.tag == Tag::PlaceName || t.tag.is_nominal() && prefecture(t))) {
            if is_held(&held, t.begin, t.end) {
                continue;
            }
            // (东营村, 东营社区: the start of a village's name, not the city)
            // (老山东里北社区, 老山西里社区: nor of a community's, a lane's word and a direction
            // between)
            let lane = lane_to_community(doc, t.end);
            if doc.chars.get(t.end).is_some_and(|&c| matches!(c, '村' | '镇' | '乡' | '屯' | '庄')) || doc.str(t.end, (t.end + 2).min(doc.chars.len())) == "社区" || lane {
                continue;
            }
            // (大兴安岭南麓, 太行山脉: the mountains a prefecture is named after; 延安北路: a road)
            if lexicon::LANDFORM_PARTS.contains(&doc.str(t.end, (t.end + 2).min(doc.chars.len()))) || lexicon::starts_road(doc.str(t.end, (t.end + 5).min(doc.chars.len()))) {
                continue;
            }
            let w = doc.word(t);
            let high: Vec<usize> = gaz
                .by_short(&w)
                .iter()
                .copied()
                .filter(|&d| matches!(gaz.get(d).level, Level::Province | Level::City))
                .collect();
            if high.len() == 1 && gaz.by_name(&w).is_empty() && (t.tag == Tag::PlaceName || gaz.get(high[0]).level == Level::City) {
                let mut c = Cand::new(t.begin, t.end, Class::AdministrativeDivision, gaz.get(high[0]).name.clone(), Rule::Gazetteer);
                if prefecture(t) {
                    c.alts.push(format!("{w}地区"));
                }
                c.alts.push(w);
                c.divisions = high;
                hold(&mut held, &c);
                out.push(c);
            }
        }
        // a short name right after the province or city it lies in (河北|涿州, 宁波|象山): the
        // one city or county under it that goes by that name (not a township's: 山东|黄河,
        // 上海|豫园 name a river and a garden far more often)
        // (the divisions of the place, if any, that ends at each character: a lookup per
        // word, not a scan of the places, as a long document names thousands)
        let mut ending_at: HashMap<usize, Vec<usize>> =
            out.iter().filter(|c| !c.divisions.is_empty()).map(|c| (c.end, c.divisions.clone())).collect();
        // (jieba tags many of these names as people's or as nouns: 浙江|安吉/PersonName,
        // 宁夏|银川/Noun)
        for t in doc.toks.iter().filter(|t| t.len() >= 2 && matches!(t.tag, Tag::PlaceName | Tag::PersonName | Tag::Noun)) {
            if is_held(&held, t.begin, t.end) {
                continue;
            }
            let Some(parent) = ending_at.get(&t.begin) else { continue };
            let w = doc.word(t);
            let under: Vec<usize> =
                gaz.by_short(&w).iter().copied().filter(|&d| gaz.get(d).level != Level::Township && parent.iter().any(|&p| p != d && gaz.is_within(d, p))).collect();
            if under.len() == 1 && gaz.by_name(&w).is_empty() {
                let mut c = Cand::new(t.begin, t.end, Class::AdministrativeDivision, gaz.get(under[0]).name.clone(), Rule::Gazetteer);
                c.alts.push(w);
                c.divisions = under;
                hold(&mut held, &c);
                ending_at.insert(c.end, c.divisions.clone());
                out.push(c);
            }
        }
        // short names in an enumeration (泽州、高平、阳城4个县; 新塘、河口等乡镇): a place
        // right under one the document names, when only one such place goes by that name
        // and no province or city does
        let named: rustc_hash::FxHashSet<usize> = out.iter().flat_map(|c| c.divisions.iter().copied()).collect();
        if !named.is_empty() {
            // (江津的花椒、綦江的腊肉: places listed with what each is known for)
            let listed_with_de = |t: &Tok| {
                doc.chars.get(t.end) == Some(&'的')
                    && t.tag == Tag::PlaceName
                    && t.begin > 0
                    && matches!(doc.chars[t.begin - 1], '、' | '，' | '：')
                    && doc.chars[t.begin.saturating_sub(12)..(t.end + 12).min(doc.chars.len())].contains(&'、')
            };
            let listed = |t: &Tok| {
                listed_with_de(t)
                    || doc.chars.get(t.end) == Some(&'、')
                    || t.begin > 0
                        && doc.chars[t.begin - 1] == '、'
                        && doc.chars.get(t.end).is_some_and(|&c| !c.is_alphanumeric() || c == '等' || c == '和' || c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
            };
            // (token span, the place, whether the dictionary knows the word)
            let mut items: Vec<(usize, usize, usize, bool)> = Vec::new();
            for t in doc.toks.iter().filter(|t| (2..=3).contains(&t.len()) && t.tag.is_nominal() && listed(t)) {
                if is_held(&held, t.begin, t.end) {
                    continue;
                }
                let w = doc.word_str(t);
                let all = gaz.by_short(w);
                if all.iter().any(|&d| matches!(gaz.get(d).level, Level::Province | Level::City) && !gaz.parent(d).is_some_and(|p| named.contains(&p))) {
                    continue;
                }
                let under: Vec<usize> = all.iter().copied().filter(|&d| gaz.parent(d).is_some_and(|p| named.contains(&p))).collect();
                if under.len() == 1 && gaz.by_name(w).is_empty() {
                    let word = t.tag != Tag::PlaceName && doc.segmenter.is_some_and(|s| s.has_word(w));
                    items.push((t.begin, t.end, under[0], word));
                }
            }
            // a word of the dictionary (高平) counts only beside a place of the same list
            // (建设、交通、文化 stay words)
            let beside = |b: usize, e: usize, items: &[(usize, usize, usize, bool)]| {
                items.iter().any(|&(ob, oe, _, w)| !w && (oe + 1 == b || e + 1 == ob))
            };
            let keep: Vec<bool> = items.iter().map(|&(b, e, _, word)| !word || beside(b, e, &items)).collect();
            for (&(b, e, d, _), k) in items.iter().zip(keep) {
                if k {
                    let mut c = Cand::new(b, e, Class::AdministrativeDivision, gaz.get(d).name.clone(), Rule::Gazetteer);
                    c.alts.push(doc.text(b, e));
                    c.divisions = vec![d];
                    hold(&mut held, &c);
                    out.push(c);
                }
            }
        }
        // a township the table holds under its other suffix (章台乡 is now 章台镇), in a county
        // the document names: the same township, renamed since
        let renamed = |c: &Cand, out: &[Cand]| -> Option<usize> {
            let stem = c.name.strip_suffix('乡').or_else(|| c.name.strip_suffix('镇'))?;
            if stem.chars().count() < 2 || !gaz.by_name(&c.name).is_empty() {
                return None;
            }
            let other = format!("{stem}{}", if c.name.ends_with('乡') { '镇' } else { '乡' });
            let named = |p: usize| out.iter().any(|o| o.divisions.contains(&p));
            let found: Vec<usize> = gaz.by_name(&other).iter().copied().filter(|&d| gaz.parent(d).is_some_and(named)).collect();
            (found.len() == 1).then(|| found[0])
        };
        let mut unlisted = unlisted;
        let mut i = 0;
        while i < unlisted.len() {
            let Some(d) = renamed(&unlisted[i], &out) else {
                i += 1;
                continue;
            };
            let mut c = unlisted.swap_remove(i);
            if !is_held(&held, c.begin, c.end) {
                // (named as written: 乡人民政府 is the 章台乡's)
                c.divisions = vec![d];
                c.rule = Rule::Gazetteer;
                hold(&mut held, &c);
                out.push(c);
            }
        }
        // places the table does not hold: a name and a division suffix (澜州市云澄区青禾镇)
        // (a zone the table holds, 合肥高新技术产业开发区: its entry, though zones are not
        // looked for by the table's names)
        let unlisted: Vec<Cand> = unlisted
            .into_iter()
            .map(|mut c| {
                if lexicon::zone_suffix(&c.name).is_some() && c.divisions.is_empty() {
                    let entries = gaz.by_name(&c.name);
                    if entries.len() == 1 {
                        c.divisions = entries.to_vec();
                        c.rule = Rule::Gazetteer;
                    }
                }
                c
            })
            .collect();
        // (a zone holds the places its name starts with: 合肥|高新技术产业开发区)
        let (zones, unlisted): (Vec<Cand>, Vec<Cand>) =
            unlisted.into_iter().partition(|c| lexicon::zone_suffix(&c.name).is_some() && (c.rule == Rule::Gazetteer || unlisted_place_is_named(doc, gaz, c)));
        for z in zones {
            if out.iter().any(|c| c.begin < z.end && z.begin < c.end && !(z.begin <= c.begin && c.end < z.end)) {
                continue;
            }
            out.retain(|c| !(z.begin <= c.begin && c.end < z.end));
            hold(&mut held, &z);
            out.push(z);
        }
        let (free, under_listed): (Vec<Cand>, Vec<Cand>) = unlisted
            .into_iter()
            .filter(|c| gaz.by_name(&c.name).is_empty() && !Gazetteer::is_generic(&c.name))
            .filter(|c| unlisted_place_is_named(doc, gaz, c))
            .partition(|c| !is_held(&held, c.begin, c.end));
        // (岚|坝乡 where jieba cut the name apart, in a text that names 岚坝乡 elsewhere: the
        // unlisted name, not the table's shorter one it ends with)
        let named: rustc_hash::FxHashSet<&str> = free.iter().map(|c| c.name.as_str()).collect();
        let longer: Vec<Cand> = under_listed.into_iter().filter(|u| named.contains(u.name.as_str())).collect();
        if !longer.is_empty() {
            out.retain(|c| !longer.iter().any(|u| u.end == c.end && u.begin < c.begin));
            let free_of_others: Vec<Cand> = longer.into_iter().filter(|u| !out.iter().any(|c| c.begin < u.end && u.begin < c.end)).collect();
            out.extend(free_of_others);
        }
        out.extend(free);
        out.sort_by_key(|c| c.begin);
        out
    }

    /// A kind suffix and the name words before it.
    pub fn suffix_names(&self, doc: &DocView) -> Vec<Cand> {
        let mut out = Vec::new();
        for m in self.suffixes.find_overlapping_iter(doc.full_text()) {
            let sfx = &lexicon::SUFFIXES[m.pattern().as_usize()];
            let (sb, se) = (doc.char_at_byte(m.start()), doc.char_at_byte(m.end()));
            let post_follows = || {
                doc.tok_holding(se).filter(|t| t.begin < se).is_some_and(|t| lexicon::is_post(doc.str(se, t.end)))
            };
            // (…电商节在/t|那塘村…开幕: jieba glued the preposition after the name to its end)
            let preposition_glued = || sfx.class == Class::Event && doc.chars.get(se).is_some_and(|&c| matches!(c, '在' | '于')) && doc.tok_holding(se).is_some_and(|t| t.begin < se && t.end == se + 1);
            if !doc.is_tok_end(se) && !post_follows() && !preposition_glued() {
                continue;
            }
            // a longer suffix ending at the same place wins (人民医院 over 医院)
            if self.longer_suffixes[m.pattern().as_usize()].iter().any(|o| {
                let n = o.chars().count();
                se >= n && doc.str(se - n, se) == *o
            }) {
                continue;
            }
            let Some(si) = doc.sentence_of(sb) else { continue };
            let sent = &doc.sentences[si];
            if se > sent.end {
                continue;
            }
            if let Some(c) = suffix_name(doc, sent, sfx, sb, se) {
                out.push(c);
            }
        }
        // (岗南镇文旅康养综合体项目, 温塘镇文旅康养综合体项目: a project's name without the
        // divisions it is written after is no name of it where another project's is the same)
        let stripped = |class: Class, name: &str, a: &str| matches!(class, Class::Project | Class::Event) && a.len() < name.len() && name.trim_end_matches("项目").ends_with(a.trim_end_matches("项目"));
        let mut owners: HashMap<&str, &str> = HashMap::default();
        let mut shared: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
        for c in &out {
            for a in c.alts.iter().filter(|a| stripped(c.class, &c.name, a)) {
                match owners.get(a.as_str()) {
                    Some(&n) if n != c.name => {
                        shared.insert(a.clone());
                    }
                    _ => {
                        owners.insert(a, &c.name);
                    }
                }
            }
        }
        if !shared.is_empty() {
            for c in out.iter_mut() {
                let (class, name) = (c.class, c.name.clone());
                c.alts.retain(|a| !(shared.contains(a) && stripped(class, &name, a)));
            }
        }
        out
    }

    /// Quoted names, classified by what stands after or inside them.
    pub fn quoted(&self, doc: &DocView) -> Vec<Cand> {
        let mut out = Vec::new();
        for sent in doc.sentences {
            let s_text = doc.str(sent.begin, sent.end);
            let to_char = |byte: usize| doc.char_at_byte(doc.byte_at(sent.begin) + byte);
            // (open quote, inner begin, inner end, after close quote), in bytes
            let find = |text: &str, base: usize| -> Vec<(usize, usize, usize, usize)> {
                QUOTE
                    .captures_iter(text)
                    .map(|c| {
                        let whole = c.get(0).unwrap();
                        let inner = c.get(1).or(c.get(2)).or(c.get(3)).unwrap();
                        (base + whole.start(), base + inner.start(), base + inner.end(), base + whole.end())
                    })
                    .collect()
            };
            if !s_text.contains(['“', '‘', '"']) {
                continue;
            }
            let mut spans = find(s_text, 0);
            // nested quotes (‘…’ inside “…”)
            let nested: Vec<_> = spans.iter().filter(|q| s_text[q.1..q.2].contains('‘')).flat_map(|q| find(&s_text[q.1..q.2], q.1)).collect();
            spans.extend(nested);
            for (ob, ib, ie, ce) in spans {
                let (ob, ib, ie, ce) = (to_char(ob), to_char(ib), to_char(ie), to_char(ce));
                // (“两优一先”表彰大会: the title of a meeting, which the suffix names)
                if ["表彰大会", "大会", "会议", "仪式", "座谈会", "推进会", "现场会", "发布会", "签约会", "颁奖典礼"].iter().any(|k| doc.str(ce, (ce + 4).min(sent.end)).starts_with(k)) {
                    continue;
                }
                // (“两节”期间, “两新”组织: a time or a kind of body said in a numbered short word)
                let numbered = doc.chars[ib..ie].first().is_some_and(|&c| "一二两三四五六七八九十".contains(c)) && ie - ib <= 3;
                if numbered && ["期间", "前后", "组织", "领域", "群体"].iter().any(|k| doc.str(ce, (ce + 2).min(sent.end)) == *k) {
                    continue;
                }
                if let Some(c) = classify_quoted(doc, ob, ib, ie, ce, sent) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// A numbered item of a report that is a project's name alone (1.肉牛养殖小区项目。,
    /// （二）粮食烘干仓储项目：), or a numbered or bulleted one that opens with it and goes on
    /// with who invests, where it lies or what it costs (——智能光伏支架生产项目，由…投资): the
    /// item names the project, whatever words it is made of (not a kind: 1.重点项目。).
    pub fn item_headings(&self, doc: &DocView) -> Vec<Cand> {
        let mut out = Vec::new();
        for (si, sent) in doc.sentences.iter().enumerate() {
            let text = doc.str(sent.begin, sent.end);
            // (numbered, or bulleted at a paragraph's start: ——, ●, ■ …)
            let first = si == 0 || doc.sentences[si - 1].paragraph != sent.paragraph;
            let bullet = first.then(|| text.chars().take_while(|c| crate::segment::BULLETS.contains(c)).count()).filter(|&n| n > 0);
            let Some(k) = item_number(text).or(bullet) else { continue };
            let rest = doc.str(sent.begin + k, sent.end);
            let Some(m) = ITEM_HEADING.captures(rest).or_else(|| ITEM_LEAD.captures(rest)).and_then(|c| c.get(1)) else { continue };
            let mut b = sent.begin + k + rest[..m.start()].chars().count();
            let e = b + m.as_str().chars().count();
            let mut name = m.as_str();
            // (——宜黄鑫达电子有限公司|精密线束加工项目: the company that invests names itself)
            if let Some(at) = ["公司", "集团", "合作社"].iter().filter_map(|k| name.rfind(k).map(|i| i + k.len())).max() {
                b += name[..at].chars().count();
                name = &name[at..];
            }
            let stem = name.trim_end_matches("项目").trim_end_matches("工程");
            if stem.chars().count() < 2 || is_generic_prefix(stem) {
                continue;
            }
            out.push(project_named(b, e, doc.text(b, e)));
        }
        out
    }

    /// The items of a year's livelihood list (十件民生实事完成情况如下：|（一）通村公路提档
    /// 升级。由…负责，…): each item's heading, however it is worded, is a project of the set.
    pub fn livelihood_item_headings(&self, doc: &DocView) -> Vec<Cand> {
        let mut out = Vec::new();
        for list in livelihood_lists(doc) {
            for &(si, b) in &list.items {
                // the heading: the words up to the item's first stop (。 or ：), none of them a
                // clause's (no comma, no figure)
                let rest = &doc.chars[b..doc.sentences[si].end];
                // (一、长者食堂提质扩面⏎: or the line's end, where the heading stands alone)
                let line = rest.iter().position(|&c| c == '\n').unwrap_or(rest.len());
                let alone = line > 0 && (line < rest.len() || doc.chars.get(b + line).is_none_or(|&c| c == '\n'));
                let Some(stop) = rest[..line].iter().position(|&c| matches!(c, '。' | '：' | ':' | '，' | '；')).or(alone.then_some(line)) else { continue };
                if matches!(rest.get(stop), Some('，' | '；')) {
                    continue;
                }
                let e = b + stop;
                let name: String = doc.chars[b..e].iter().filter(|c| !matches!(c, '“' | '”' | '‘' | '’')).collect();
                let n = name.chars().count();
                if !(3..=24).contains(&n) || !name.chars().all(|c| is_han(c) || c == '·' || c == '、') {
                    continue;
                }
                out.push(project_named(b, e, name));
            }
        }
        out
    }

    /// Numbered programmes written without quotes (五大行动, 十大工程).
    pub fn numbered(&self, doc: &DocView) -> Vec<Cand> {
        let text = doc.full_text();
        let to_char = |byte: usize| doc.char_at_byte(byte);
        NUMBERED_UNQUOTED
            .find_iter(text)
            .map(|m| (to_char(m.start()), to_char(m.end())))
            .filter(|&(b, e)| doc.is_tok_start(b) || doc.chars.get(b.wrapping_sub(1)).is_some_and(|c| !c.is_alphanumeric()) || e > b)
            .filter(|&(_, e)| doc.is_tok_end(e))
            .map(|(b, e)| {
                let mut c = Cand::new(b, e, Class::Initiative, doc.text(b, e), Rule::Quoted);
                // known with and without its kind word (三步走战略, 三步走)
                let stem = c.name.trim_end_matches("发展战略").trim_end_matches("战略").trim_end_matches("工程").trim_end_matches("模式");
                if stem.chars().count() >= 3 && stem.len() < c.name.len() && !stem.contains('大') {
                    c.alts.push(stem.to_string());
                }
                c
            })
            .collect()
    }

    /// Organisations jieba's dictionary knows by name (tag `nt`): the national bodies and
    /// unique names (国务院, 国家统计局, 商务部, 中科院, 新华社). A local body's bare name
    /// (公安局, 镇政府, 卫生院) is a kind, left to the suffix rules and the document's place.
    pub fn dictionary_orgs(&self, doc: &DocView) -> Vec<Cand> {
        let mut out = Vec::new();
        for t in doc.toks.iter().filter(|t| t.org && (3..=12).contains(&t.len())) {
            let w = doc.word_str(t);
            // the tag also marks words that name no body (新兴产业, 中美关系, 央视网): a body's
            // kind word must end the name (asked first: it rules out most)
            let class = dictionary_org_class(w);
            if class == Class::Organization {
                continue;
            }
            // (中东部, 西部: a part of a country, no ministry)
            if ["东部", "西部", "南部", "北部", "中部", "内部", "外部", "全部", "局部", "干部"].iter().any(|d| w.ends_with(d)) {
                continue;
            }
            // national bodies and ministries, or a name no local kind word ends (公安局 does)
            let national = w.starts_with(['国', '中']) || w.starts_with("全国") || w.ends_with('部');
            if !national && lexicon::SUFFIXES.iter().any(|s| w.ends_with(s.text)) {
                continue;
            }
            out.push(Cand::new(t.begin, t.end, class, w.to_string(), Rule::Suffix));
        }
        out
    }

    /// The central bodies of [`lexicon::CENTRAL_BODIES`], by their full names (the form
    /// written is an alias), where a word starts: 青禾县农业农村局 holds none.
    pub fn central_bodies(&self, doc: &DocView) -> Vec<Cand> {
        let mut out = Vec::new();
        let text = doc.full_text();
        // (searched only where a word starts with the first two characters of one: a
        // search over the whole text cost more than all the matches)
        let mut reach = 0;
        let starts_one = |t: &&Tok| doc.chars.get(t.begin + 1).is_some_and(|&second| self.central_first.contains(&(doc.chars[t.begin], second)));
        for t in doc.toks.iter().filter(starts_one) {
            if t.begin < reach {
                continue;
            }
            let input = aho_corasick::Input::new(text).range(doc.byte_at(t.begin)..).anchored(aho_corasick::Anchored::Yes);
            let Some(m) = self.central.find(input) else { continue };
            let (written, full) = lexicon::CENTRAL_BODIES[m.pattern().as_usize()];
            let (b, e) = (t.begin, t.begin + written.chars().count());
            reach = e;
            // the name must end a word (澜州市公安部门 is no ministry: the word goes on), and
            // a place or a level word right before makes it a local body
            if !doc.is_tok_end(e) || b > 0 && matches!(doc.chars[b - 1], '省' | '市' | '区' | '县' | '镇' | '乡') {
                continue;
            }
            // a national administration's local office is named by it, its place and its
            // own kind (国家税务总局|睢县|税务局, 中国人民银行|澜州市|中心支行): one body
            if let Some(end) = local_office_end(doc, e).filter(|_| written == full && (full.ends_with('局') || full.ends_with("银行"))) {
                let end = sub_office_end(doc, end).unwrap_or(end);
                reach = end;
                out.push(Cand::new(b, end, Class::GovernmentBody, doc.text(b, end), Rule::Suffix));
                continue;
            }
            let class = if full.starts_with("中共") || full.starts_with("中央") { Class::PartyOrganization } else { dictionary_org_class(full) };
            let mut c = Cand::new(b, e, class, full.to_string(), Rule::Suffix);
            if written != full {
                c.alts.push(written.to_string());
            }
            out.push(c);
        }
        out
    }

    /// 《…实施意见》, 《村规民约》: a policy document is a programme, named without its marks.
    pub fn policy_documents(&self, doc: &DocView) -> Vec<Cand> {
        let text = doc.full_text();
        POLICY_DOCUMENT
            .captures_iter(text)
            .map(|c| {
                let inner = c.get(1).unwrap();
                let (b, e) = (doc.char_at_byte(inner.start()), doc.char_at_byte(inner.end()));
                Cand::new(b, e, Class::Initiative, doc.text(b, e), Rule::Quoted)
            })
            // 《行动方案》, 《实施意见》: a kind of document, named by what it is only
            .filter(|c| c.len() > 4)
            .collect()
    }

    /// Programmes written as a count of measures (推出…的20条举措) or as a pool set up
    /// (设立民间投资重点项目库), after the verb that issues or sets them up.
    pub fn measure_packages(&self, doc: &DocView) -> Vec<Cand> {
        let text = doc.full_text();
        let mut out = Vec::new();
        // (the kind words are rare: the patterns run only where one stands)
        let counted = text.match_indices('条').any(|(i, c)| MEASURE_KINDS.iter().any(|k| text[i + c.len()..].starts_with(k)));
        let pooled = text.match_indices('库').chain(text.match_indices('池')).any(|(i, c)| POOL_KINDS.iter().any(|k| text[..i + c.len()].ends_with(k)));
        for c in COUNTED_MEASURES.captures_iter(if counted { text } else { "" }) {
            let (whole, count) = (c.get(1).unwrap(), c.get(3).unwrap());
            let (b, e) = (doc.char_at_byte(count.start()), doc.char_at_byte(count.end()));
            if !doc.is_tok_start(b) || !doc.is_tok_end(e) {
                continue;
            }
            let mut cand = Cand::new(b, e, Class::Initiative, doc.text(b, e), Rule::Quoted);
            if c.get(2).is_some() {
                cand.alts.push(whole.as_str().to_string());
            }
            out.push(cand);
        }
        for c in SET_UP_POOLS.captures_iter(if pooled { text } else { "" }) {
            let name = c.get(1).unwrap();
            let (b, e) = (doc.char_at_byte(name.start()), doc.char_at_byte(name.end()));
            let stem = POOL_KINDS.iter().find_map(|k| name.as_str().strip_suffix(k)).unwrap_or_default();
            if !doc.is_tok_start(b) || !doc.is_tok_end(e) || stem.chars().count() < 2 || is_generic_prefix(stem) {
                continue;
            }
            out.push(Cand::new(b, e, Class::Initiative, name.as_str().to_string(), Rule::Quoted));
        }
        out
    }

    /// 党的二十大: a congress of the party, an event, named as the text says it.
    pub fn party_congresses(&self, doc: &DocView) -> Vec<Cand> {
        let text = doc.full_text();
        PARTY_CONGRESS
            .find_iter(text)
            .map(|m| (doc.char_at_byte(m.start()), doc.char_at_byte(m.end())))
            .filter(|&(_, e)| doc.is_tok_end(e))
            .map(|(b, e)| Cand::new(b, e, Class::Event, doc.text(b, e), Rule::Suffix))
            .collect()
    }

    /// Programmes named without quotes right after a verb that carries them out
    /// (深入实施乡村振兴战略, 开展人居环境整治提升行动).
    pub fn unquoted_initiatives(&self, doc: &DocView) -> Vec<Cand> {
        // the verbs a programme's name follows
        let opens = |w: &str| {
            let w = carried_out(w);
            lexicon::IMPLEMENT_VERBS.contains(&w) || matches!(w, "实施" | "开展" | "启动" | "制定" | "提出" | "确立" | "实行" | "出台" | "健全")
        };
        let mut out = Vec::new();
        for (i, t) in doc.toks.iter().enumerate() {
            // (every word is asked: its last character first, which ends no kind for most)
            if t.is_empty() || !ends_an_unquoted_kind(doc.chars[t.end - 1]) {
                continue;
            }
            let w = doc.word_str(t);
            let Some(kind) = UNQUOTED_KINDS.iter().filter(|k| w.ends_with(**k)).max_by_key(|k| k.len()) else { continue };
            // the words before, back to the verb
            let mut j = i;
            let mut begin = t.begin;
            while j > 0 {
                let p = &doc.toks[j - 1];
                let pw = doc.word_str(p);
                if p.tag == Tag::Punct || opens(pw) || pw == "了" {
                    break;
                }
                // (…新突破|三年|行动, 百日|攻坚行动: how long it runs is part of its name)
                let duration = p.tag == Tag::Numeral && pw.chars().count() >= 2 && pw.ends_with(['年', '日', '天']) && pw.chars().rev().skip(1).all(|c| "一二三四五六七八九十百两".contains(c));
                // (班子成员挂钩联系企业制度: keeping in touch, a stop word elsewhere, is part of a
                // system's name)
                if !p.tag.is_nominal() && !(p.tag == Tag::Verb && p.len() >= 2) && !duration || t.end - p.begin > 12 || lexicon::is_stop_word(pw) && pw != "联系" {
                    begin = usize::MAX;
                    break;
                }
                begin = p.begin;
                j -= 1;
            }
            if begin == usize::MAX || j == 0 {
                continue;
            }
            // (制定了…战略: the particle after the verb)
            if doc.word_str(&doc.toks[j - 1]) == "了" && j >= 2 {
                j -= 1;
            }
            let verb = carried_out(doc.word_str(&doc.toks[j - 1]));
            if !opens(verb) {
                continue;
            }
            let name = doc.text(begin, t.end);
            let stem_len = name.chars().count() - kind.chars().count();
            let stem = doc.text(begin, t.end - kind.chars().count());
            if stem_len < 2 || is_generic_prefix(&stem) || lexicon::is_common_noun(&name.as_str()) {
                continue;
            }
            // a mechanism or system set up (建立和健全了村干部坐班值守考核机制, 建立禾联制度)
            // is a programme when it is named: a word jieba does not know, or a long stem
            // (建立考评制度, 完善工作机制 are kinds)
            // (持续深化科技特派员制度, 落实领导包保项目机制, 严格落实防汛抗旱行政首长负责制: or carried on;
            // not 坚持, of principles as much: 坚持社会主义制度)
            if matches!(*kind, "机制" | "制度" | "责任制" | "负责制")
                && !(matches!(verb, "建立" | "健全" | "建立健全" | "推行" | "实行" | "落实" | "深化" | "构建") && (doc.looks_like_name(begin, t.end - kind.chars().count()) || stem_len >= 4))
            {
                continue;
            }
            if doc.chars.get(begin.wrapping_sub(1)).is_some_and(|c| matches!(c, '“' | '‘')) {
                continue;
            }
            // (实施了农村供水保障工程: works named by what they work on are a project)
            let class = if *kind == "工程" && names_works(&stem) { Class::Project } else { Class::Initiative };
            out.push(Cand::new(begin, t.end, class, name, Rule::Suffix));
        }
        out
    }

    /// Programmes in the frame 以…为抓手 / 为载体 / 为引领 (以禾川美丽乡村创建行动为抓手):
    /// all that stands between 以 (a word of its own) and 为 is the name.
    pub fn framed_initiatives(&self, doc: &DocView) -> Vec<Cand> {
        let text = doc.full_text();
        // (every document is asked: one pass over its characters for a 为 that starts one
        // of the frame's ends, not one substring search per end)
        let frame_at = |i: usize| FRAME_ENDS.iter().any(|f| f.chars().skip(1).enumerate().all(|(k, c)| doc.chars.get(i + 1 + k) == Some(&c)));
        if !doc.chars.iter().enumerate().any(|(i, &c)| c == '为' && frame_at(i)) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for c in FRAMED.captures_iter(text) {
            let name = c.get(1).unwrap();
            let (mut b, e) = (doc.char_at_byte(name.start()), doc.char_at_byte(name.end()));
            // (所以, 可以, 加以: 以 inside a word frames nothing)
            if !doc.tok_starting_at(b - 1).is_some_and(|t| t.end == b) || !doc.is_tok_end(e) {
                continue;
            }
            // (以实施|就业优先战略为引领: the verb that carries it out is no part of it)
            if let Some(v) = doc.tok_starting_at(b).filter(|v| v.end < e && lexicon::IMPLEMENT_VERBS.contains(&doc.word_str(v))) {
                b = v.end;
            }
            let name = doc.str(b, e);
            let kind = FRAME_KINDS.iter().find(|k| name.ends_with(**k)).expect("a kind");
            let stem = &name[..name.len() - kind.len()];
            if stem.chars().count() < 2 || is_generic_prefix(stem) || lexicon::is_common_noun(name) {
                continue;
            }
            out.push(Cand::new(b, e, Class::Initiative, name.to_string(), Rule::Quoted));
        }
        out
    }

    /// Items of enumerations whose head gives them a class.
    pub fn lists(&self, doc: &DocView) -> Vec<Cand> {
        let mut out = Vec::new();
        for (si, sent) in doc.sentences.iter().enumerate() {
            // clauses of the sentence
            let mut cb = sent.begin;
            let mut clauses = Vec::new();
            for i in sent.begin..=sent.end {
                if i == sent.end || matches!(doc.chars[i], '，' | '；' | '。' | '：' | '！' | '？') {
                    if i > cb {
                        clauses.push((cb, i));
                    }
                    cb = i + 1;
                }
            }
            for (ci, &(b, e)) in clauses.iter().enumerate() {
                let quoted_run = doc.chars[b..e].windows(2).any(|w| w == ['”', '“']);
                if !doc.chars[b..e].contains(&'、') && !quoted_run && !has_list_cue(doc, b, e) {
                    continue;
                }
                let prev_clause = if ci > 0 {
                    Some((clauses[0].0, clauses[ci - 1].1))
                } else if si > 0 && doc.sentences[si - 1].paragraph == sent.paragraph {
                    let p = &doc.sentences[si - 1];
                    Some((p.begin, p.end))
                } else {
                    None
                };
                out.extend(list_items(doc, b, e, prev_clause));
            }
        }
        out
    }

    /// A post followed by a person's name (党总支书记夏伟).
    pub fn people(&self, doc: &DocView) -> (Vec<Cand>, Vec<PostCand>) {
        let text = doc.full_text();
        let to_char = |byte: usize| doc.char_at_byte(byte);
        let mut cands = Vec::new();
        let mut posts = Vec::new();
        let found: Vec<(usize, usize, usize)> = self
            .posts
            .find_iter(text)
            .map(|m| {
                let (b, k) = (to_char(m.start()), self.post_patterns[m.pattern().as_usize()]);
                // 副 + the post: the deputy's post, when the table has it
                // (县关工委常务副主任邓德斌: the executive deputy's, its body before 常务; not a
                // team's 常务副组长, whose post the team rule reads whole)
                match deputy_for(k) {
                    Some(d) if b > 2 && doc.chars[b - 1] == '副' && doc.str(b - 3, b - 1) == "常务" && !["组长", "指挥长", "队长", "总指挥"].iter().any(|t| lexicon::POSTS[k].0.ends_with(t)) => (b - 3, to_char(m.end()), d),
                    Some(d) if b > 0 && doc.chars[b - 1] == '副' => (b - 1, to_char(m.end()), d),
                    _ => (b, to_char(m.end()), k),
                }
            })
            // (人大代表 is a post only where the segmenter split off its congress, 县/人大/代表: not
            // 全国人大代表, a descriptor as before)
            .filter(|&(pb, pe, k)| doc.is_tok_end(pe) && (lexicon::POSTS[k].0 != "人大代表" || doc.tok_starting_at(pb).is_some_and(|t| t.len() == 2)))
            .collect();
        for (i, &(pb, pe, k)) in found.iter().enumerate() {
            // 社区党委书记、居委会主任许红梅: posts joined by 、 belong to the name after the last
            // (党总支部书记——李春燕: the name after a dash or a colon)
            // (主持人：镇党委书记　蔺海涛: or after spaces, as a table's columns are set)
            let dash = doc.chars[pe..].iter().take(2).take_while(|&&c| matches!(c, '—' | '－' | '：' | '　' | ' ')).count();
            // (县委常委、副县长（挂职）陆建东: how the post is held, in brackets before the name)
            let close = || (pe + 1..(pe + 6).min(doc.chars.len())).find(|&i| matches!(doc.chars[i], '）' | ')'));
            let dash = match (doc.chars.get(pe), close()) {
                (Some('（' | '('), Some(c)) if matches!(doc.str(pe + 1, c), "挂职" | "兼" | "兼职" | "代理" | "主持工作") => c + 1 - pe,
                _ => dash,
            };
            let mut name = match person_name_at(doc, pe) {
                None if dash > 0 => person_name_at(doc, pe + dash),
                found => found,
            };
            let mut at = pe;
            for &(nb, ne, _) in &found[i + 1..] {
                // (…党支部书记兼村委会主任凌秋月: one person holding both)
                if name.is_some() || nb > at + 16 || !doc.chars.get(at).is_some_and(|&c| c == '、' || c == '兼') {
                    break;
                }
                let between = doc.text(at + 1, nb);
                if between.chars().any(|c| !c.is_alphanumeric()) {
                    break;
                }
                // (党委委员、副镇长　葛天宇：: after spaces too, as a caption sets them)
                let gap = spaces_after(doc, ne);
                name = person_name_at(doc, ne).or_else(|| (gap > 0).then(|| person_name_at(doc, ne + gap)).flatten());
                at = ne;
            }
            // 王兆建是兴福镇党委书记, 王刚书记: the name before the post
            let (written, role) = lexicon::POSTS[k];
            // (苏木达额尔敦, 书记孟和巴|雅尔: a transliterated name, longer than the Han name
            // jieba saw in it)
            // (主任吉文/秀说/v: the given name's last character jieba glued to 说)
            // (总经理戚福/来说/。: or a word of the dictionary, 来说, before a pause, which ends
            // what the person said)
            // (书记彭志/nr|刚作/v|工作报告: or to the 作 of making a report)
            let glued_says = |ne: usize| {
                doc.tok_starting_at(ne).is_some_and(|t| {
                    t.len() == 2 && (doc.chars[ne + 1] == '说' || doc.chars[ne + 1] == '作' && makes_a_report(doc, ne + 2)) && is_han(doc.chars[ne])
                        && (!doc.segmenter.is_some_and(|s| s.has_word(doc.word_str(t))) || doc.tok_starting_at(t.end).is_none_or(|a| a.tag == Tag::Punct))
                })
            };
            let name = match name {
                Some((nb, ne)) if ne - nb == 2 && lexicon::is_surname(doc.chars[nb]) && glued_says(ne) => Some((nb, ne + 1)),
                // (主持人：镇长杨胜和⏎: a given name's last character that is a conjunction too,
                // before the end of an item of a list)
                Some((nb, ne)) if ne - nb == 2 && crate::segment::is_glue_char(doc.chars[ne]) && doc.chars.get(ne + 1).is_none_or(|&c| ends_list_item(c)) => Some((nb, ne + 1)),
                // (社工阿说/木呷: a Yi name, a clan's and a given name, longer than the Han name read
                // in it)
                // (村党支部书记、村委会主任邓成/刚：⏎: a speaker's heading, the name all that
                // stands between the post and the colon ending the line)
                Some((nb, ne)) if heading_name_end(doc, nb).is_some_and(|e| e > ne) => heading_name_end(doc, nb).map(|e| (nb, e)),
                Some((nb, ne)) => Some(transliterated_name_at(doc, nb).or_else(|| yi_name_at(doc, nb)).filter(|t| t.1 > ne).unwrap_or((nb, ne))),
                // (乡长索南才让|等: a transliterated name longer than the Han name read in it)
                None => match (loose_name_after_post(doc, at), transliterated_name_at(doc, at + dash)) {
                    (Some(l), Some(t)) if t.1 > l.1 => Some(t),
                    (l, t) => l.or(t).or_else(|| yi_name_at(doc, at + dash)).or_else(|| delimited_name_after_post(doc, at + dash).filter(|_| item_names_body(doc, pb))),
                },
            };
            let name = name.or_else(|| name_before_post(doc, pb, pe, written == role)).or_else(|| elected_name(doc, pb)).or_else(|| name_line_over_posts(doc, pb));
            // (阮明霞以1276票当选社区居委会主任; 訾国庆、闵小燕当选为居委会委员: those elected,
            // opening the clause)
            let voted = if name.is_none() { elected_by_vote(doc, pb) } else { Vec::new() };
            let Some((nb, ne)) = name.or_else(|| voted.last().copied()) else { continue };
            // (副镇长马俊杰、刘彦林: a post several hold, a deputy's or a member's, is held by
            // every name listed after it, up to one that has a post of its own)
            let mut holders = if voted.is_empty() { vec![(nb, ne)] } else { voted };
            // (检察官乌日娜、包海龙: and so is a post many hold in one body, a prosecutor's or a judge's)
            if ne >= pe && (role.starts_with('副') || matches!(role, "委员" | "常委" | "检察官" | "法官" | "社工" | "网格员")) {
                while let Some(&(_, last)) = holders.last().filter(|&&(_, e)| doc.chars.get(e) == Some(&'、')) {
                    // (社工阿说木呷、沙马伍呷: or a Yi name)
                    let item = person_name_at(doc, last + 1).filter(|&(b, e)| b == last + 1 && (2..=3).contains(&(e - b))).or_else(|| yi_name_at(doc, last + 1));
                    // (…、包海龙会同旗林业局: the list's last name may run into what they do)
                    let does = |e: usize| doc.tok_starting_at(e).is_some_and(|t| t.tag == Tag::Verb && t.len() >= 2 || matches!(doc.word_str(t), "会同" | "一起" | "一同" | "分别"));
                    let Some(item) = item.filter(|&(_, e)| doc.chars.get(e).is_none_or(|c| matches!(c, '、' | '，' | '。' | '；' | '等')) || does(e)) else { break };
                    holders.push(item);
                }
            }
            for (nb, ne) in holders {
                if !cands.iter().any(|c: &Cand| (c.begin, c.end) == (nb, ne)) {
                    cands.push(Cand::new(nb, ne, Class::Person, doc.text(nb, ne), Rule::Person));
                }
                posts.push(PostCand { begin: pb, end: pe, role: role.to_string(), role_text: written.to_string(), person: (nb, ne) });
            }
        }
        // (会长由鑫牧肉牛养殖场负责人刘广田担任, 董事长由柳溪村党支部书记王刚兼任: a post that 由
        // gives to one named, with a post of their own, before a verb of holding it in the clause)
        for &(pb, pe, k) in &found {
            if doc.chars.get(pe) != Some(&'由') || posts.iter().any(|p| (p.begin, p.end) == (pb, pe)) {
                continue;
            }
            let Some(v) = (pe + 1..(pe + 32).min(doc.chars.len())).take_while(|&i| !matches!(doc.chars[i], '，' | '。' | '；' | '：' | '\n')).find(|&i| matches!(doc.str(i, (i + 2).min(doc.chars.len())), "担任" | "兼任" | "出任")) else { continue };
            // (站长由中级社会工作师谭素芬担任, 站长由阿依努尔·吐尔逊担任: or a name of no post of its
            // own, the longest one ending right before the verb)
            let named = || {
                let transliterated = (pe + 1..v.saturating_sub(1)).filter(|&b| v - b <= 12).find(|&b| transliterated_name_at(doc, b) == Some((b, v)));
                let han = || [3, 2, 4].into_iter().filter(|&k| v >= pe + 1 + k).map(|k| v - k).find(|&b| person_name_at(doc, b) == Some((b, v)));
                transliterated.or_else(han).map(|b| (b, v))
            };
            if let Some(holder) = posts.iter().find(|p| p.person.1 == v && p.begin > pe).map(|p| p.person).or_else(named) {
                if !cands.iter().any(|c: &Cand| (c.begin, c.end) == holder) {
                    cands.push(Cand::new(holder.0, holder.1, Class::Person, doc.text(holder.0, holder.1), Rule::Person));
                }
                let (written, role) = lexicon::POSTS[k];
                posts.push(PostCand { begin: pb, end: pe, role: role.to_string(), role_text: written.to_string(), person: holder });
            }
        }
        // 村民马连凯, 贫困户吴德顺: a name after a word for what the person is (or after 名叫:
        // 姑娘名叫熊竹青)
        // (数学教师王雪: a word that ends with an occupation's; not with a group's: 干部职工|齐声)
        let descriptor = |t: &Tok, w: &str| {
            // (事务所律师/n|韩雪: any two characters or more at its end)
            lexicon::is_person_descriptor(w)
                || t.len() >= 4 && w.ends_with(['师', '员', '生']) && w.char_indices().skip(1).filter(|&(b, _)| w.len() - b >= 6).any(|(b, _)| lexicon::is_person_descriptor(&w[b..]))
                // (高级农艺师孙立华, 生态管护员才让卓玛, 工作队员牙永康: any noun for a person's
                // work, ending with 员 or 师, that is no post)
                // (not 成员|任段长, 工作人员|向群众: members and staff of a body)
                // (nor 动员|全社会力量, 复员, 裁员: verbs ending with 员)
                || t.tag == Tag::Noun && (t.len() >= 3 && w.ends_with('师') || w.ends_with('员') && !["成员", "人员", "动员", "复员", "裁员", "减员", "满员", "缺员", "增员"].iter().any(|x| w.ends_with(x))) && !lexicon::is_post(w)
        };
        let weak_descriptor = |t: &Tok, w: &str| t.len() <= 3 && lexicon::WEAK_PERSON_DESCRIPTORS.contains(&w);
        // (返乡/v|青年/t, 种植/v|户/q: or a descriptor jieba cut in two, before a name of three
        // characters: 种粮/大户|叶堂/军 is too often cut short)
        let split_descriptor = |i: usize| {
            let (t, n) = (&doc.toks[i], doc.toks.get(i + 1)?);
            let w = doc.str(t.begin, n.end);
            // (群测群防/n|员|符亚强: a noun and 员 on its own)
            let worker = doc.word_str(n) == "员" && t.tag == Tag::Noun && t.len() >= 2;
            (n.begin == t.end && ((3..=5).contains(&(n.end - t.begin)) && lexicon::is_person_descriptor(w) || worker) && !lexicon::is_person_descriptor(doc.word_str(t))).then_some((n, worker))
        };
        let descriptors = doc.toks.iter().enumerate().filter_map(|(i, t)| {
            let w = doc.word_str(t);
            // (82岁的吉克阿呷老人: an age and 的)
            let aged = w == "的" && i > 0 && doc.word_str(&doc.toks[i - 1]).ends_with('岁');
            // (generic: a word for the person not in the lists, or an age, after which names are
            // asked more of)
            if t.len() >= 2 && (descriptor(t, w) || weak_descriptor(t, w)) || matches!(w, "叫" | "名叫" | "叫做") || aged {
                let weak = weak_descriptor(t, w);
                Some((t, weak, aged || t.len() >= 2 && !weak && !lexicon::is_person_descriptor(w) && !matches!(w, "叫" | "名叫" | "叫做")))
            } else {
                split_descriptor(i).filter(|&(n, worker)| worker || person_name_at(doc, n.end).is_some_and(|(b, e)| e - b == 3)).map(|(n, worker)| (n, false, worker))
            }
        });
        // (【同期声】吕四港镇新港村村民　黄俊杰：…: a broadcast's caption, a word for the person,
        // spaces, then the name before a colon or the line's end)
        for t in doc.toks.iter().filter(|t| t.len() >= 2 && doc.chars.get(t.end).is_some_and(|&c| c == ' ' || c == '　')) {
            let w = doc.word_str(t);
            if !(descriptor(t, w) || weak_descriptor(t, w)) {
                continue;
            }
            let at = t.end + spaces_after(doc, t.end);
            // (村民　逄秀英：: a surname read only where a name is due, as here)
            let rare = || (doc.chars.get(at).is_some_and(|&c| lexicon::POST_ONLY_SURNAMES.contains(c)) && doc.chars.get(at..at + 3).is_some_and(|n| n.iter().all(|&c| is_han(c)))).then_some((at, at + 3));
            let name = person_name_at(doc, at).or_else(|| transliterated_name_at(doc, at)).or_else(|| yi_name_at(doc, at)).or_else(rare);
            if let Some((nb, ne)) = name.filter(|&(b, e)| b == at && doc.chars.get(e).is_none_or(|&c| matches!(c, '：' | ':' | '\n'))) {
                add_person(doc, &mut cands, nb, ne);
            }
        }
        for (t, weak, generic) in descriptors {
            // (牧民其其格: a transliterated name; 人大代表白玛央金/nr: also one jieba reads whole
            // that starts with a Han surname's character)
            if let Some((nb, ne)) = transliterated_name_at(doc, t.end).filter(|n| !weak && person_name_at(doc, t.end).is_none_or(|p| n.1 > p.1 || n.1 == p.1 && n.1 - n.0 >= 4)) {
                add_person(doc, &mut cands, nb, ne);
                continue;
            }
            let Some((nb, ne)) = person_name_at(doc, t.end) else {
                // (村民谯德福, 护林员祖福海: a surname read only where a name is due)
                let rare = doc.chars.get(t.end).is_some_and(|&c| lexicon::POST_ONLY_SURNAMES.contains(c));
                // (three characters: 党员|楼长 is a building's head; not a post after the surname's
                // character: 司机|班班长)
                if let Some((nb, ne)) = loose_name_after_post(doc, t.end).filter(|&(b, e)| rare && !weak && e - b == 3 && !lexicon::is_post(doc.str(b + 1, e)) && !doc.str(b + 1, e).ends_with(['长', '员'])) {
                    add_person(doc, &mut cands, nb, ne);
                } else if let Some((nb, ne)) = (!weak && !generic).then(|| han_name_cut_up(doc, t.end)).flatten() {
                    add_person(doc, &mut cands, nb, ne);
                }
                continue;
            };
            let first = doc.tok_starting_at(nb);
            let surname = lexicon::is_surname(doc.chars[nb]);
            // (弟弟|常/捣乱: a character and a verb are no surname and given name)
            let given_verb = first.is_some_and(|f| f.len() == 1) && doc.tok_starting_at(nb + 1).is_some_and(|g| g.tag == Tag::Verb);
            let named = first.is_some_and(|f| f.tag == Tag::PersonName && (surname || f.len() >= 3) || f.len() == 1 && surname && !given_verb);
            // (党员次仁多吉: a four-character name jieba knows as one)
            // (not a Han name jieba glued a word's first character to: 孙颖莎以, 吴玉韶作)
            let han_name = surname && !lexicon::DOUBLE_SURNAMES.iter().any(|s| doc.str(nb, ne).starts_with(s));
            let whole = first.is_some_and(|f| f.tag == Tag::PersonName && f.end == ne)
                && !han_name
                && doc.chars[nb..ne].iter().all(|&c| lexicon::is_transliteration_char(c));
            // (选手孙龙以|2分: not where jieba glued a preposition to the name)
            // (学生|明德知耻, 选手王子|露: a two-character name there is too often a word)
            let weak_ok = !weak || first.is_some_and(|f| f.tag == Tag::PersonName && f.end == ne && f.len() == 3 && surname) && !ends_with_glued_word(doc.chars[ne - 1]);
            // (a word for the person that is not in the list, an age: 销售员杜宝|平到了, 36岁的
            // 杨秀|宽: not a two-character name before a character of its own that may end it;
            // nor what a person is called: 70岁的朱师傅, 7岁的小孙子)
            let cut_short = ne - nb == 2 && doc.tok_starting_at(ne).is_some_and(|x| x.len() == 1 && is_han(doc.chars[x.begin]) && !matches!(x.tag, Tag::Function | Tag::Punct) && !crate::segment::is_glue_char(doc.chars[x.begin]));
            let called = {
                let name = doc.str(nb, ne);
                lexicon::is_person_descriptor(name) || lexicon::is_common_noun(&name) || lexicon::FORMS_OF_ADDRESS.iter().chain(&["孙子", "孙女"]).any(|k| name.ends_with(k))
            };
            // (and a surname first, or a transliterated name: 83岁的|老同志/nr is none)
            let generic_ok = !generic || !cut_short && !called && (surname || lexicon::POST_ONLY_SURNAMES.contains(doc.chars[nb]) || whole);
            // (邻居|吴家: the family of that surname)
            let family = ne - nb == 2 && doc.chars[ne - 1] == '家';
            if named && weak_ok && generic_ok && !family && ((2..=3).contains(&(ne - nb)) || whole && ne - nb == 4) {
                add_person(doc, &mut cands, nb, ne);
            } else if let Some((nb, ne)) = (!weak && !generic).then(|| han_name_cut_up(doc, t.end)).flatten() {
                add_person(doc, &mut cands, nb, ne);
            }
        }
        // (家住后寨村的邢/nr|桂兰/ns|在…: the one who lives in a village, named after the 的
        // that ends where)
        for (k, _) in text.match_indices("家住") {
            let k = to_char(k) + 2;
            let Some(de) = (k + 2..(k + 14).min(doc.chars.len())).take_while(|&j| is_han(doc.chars[j])).find(|&j| doc.chars[j] == '的') else { continue };
            if let Some((nb, ne)) = person_name_at(doc, de + 1).filter(|&(b, e)| b == de + 1 && (2..=3).contains(&(e - b)) && lexicon::is_surname(doc.chars[b])) {
                add_person(doc, &mut cands, nb, ne);
            }
        }
        // 务工的钟洪杰当晚…, 殷其龙是一位…, 张超说: a name jieba knows for a person's, in
        // the place of a clause's subject (after 的 or at the clause's start) and followed
        // by what the person does or is; and 王振华同志, 王新国老汉: a name the text calls
        // comrade, or old man …
        for (i, t) in doc.toks.iter().enumerate().filter(|(_, t)| t.tag == Tag::PersonName && (2..=3).contains(&t.len())) {
            let w = doc.word_str(t);
            // (jieba tags many villages as names: 柳溪村)
            if !lexicon::is_surname(doc.chars[t.begin])
                || !w.chars().all(is_han)
                || w.ends_with(['村', '镇', '乡', '县', '区', '市', '省', '州', '旗'])
                || lexicon::is_common_noun(&w)
                || cands.iter().any(|c: &Cand| c.begin < t.end && t.begin < c.end)
            {
                continue;
            }
            let before = i.checked_sub(1).map(|j| &doc.toks[j]);
            let after_de = before.is_some_and(|p| doc.word_str(p) == "的");
            let clause_start = before.is_none_or(|p| p.tag == Tag::Punct);
            let Some(next) = doc.toks.get(i + 1) else { continue };
            let nw = doc.word_str(next);
            let says = matches!(nw, "说" | "表示" | "介绍" | "告诉" | "坦言" | "感慨" | "回忆" | "笑着说" | "认为");
            let is_a = matches!(nw, "是") && doc.str(next.end, (next.end + 2).min(doc.chars.len())).starts_with(['一', '个']);
            let does = next.tag == Tag::Verb && next.len() >= 2 || matches!(nw, "和" | "与") && doc.str(next.end, (next.end + 2).min(doc.chars.len())) == "同事";
            // (jieba's dictionary tags some common words as names: 的贺信, 的蓝图; after 的, only
            // a name it had to guess)
            let guessed = doc.segmenter.is_some_and(|s| !s.has_word(w));
            let called = lexicon::FORMS_OF_ADDRESS.contains(&doc.str(t.end, (t.end + 2).min(doc.chars.len())));
            // (代办员陈思雨说: a full name jieba knows, saying something, whatever stands before)
            // (not after another name, nor a preposition and a name: 崔善姬|向普京|介绍)
            let full_name_says = says
                && t.len() == 3
                && before.is_some_and(|p| !matches!(p.tag, Tag::Verb | Tag::PersonName | Tag::Function) || doc.word_str(p) == "员")
                && !"向对给跟和与同被把让将从".contains(doc.chars[t.begin])
                && !ends_with_glued_word(doc.chars[t.end - 1]);
            // (、孙/洪山/nr|同志: a surname jieba cut off a two-character name it knows, at a
            // phrase's start)
            let cut_surname = before.filter(|p| {
                called && t.len() == 2 && p.len() == 1 && matches!(p.tag, Tag::Noun | Tag::PersonName) && lexicon::is_surname(doc.chars[p.begin]) && !crate::segment::is_glue_char(doc.chars[p.begin])
                    && doc.tok_ending_at(p.begin).is_none_or(|q| q.tag == Tag::Punct)
            });
            if let Some(p) = cut_surname {
                if !cands.iter().any(|c: &Cand| c.begin < t.end && p.begin < c.end) {
                    cands.push(Cand::new(p.begin, t.end, Class::Person, doc.text(p.begin, t.end), Rule::Person));
                }
            } else if after_de && guessed && (does || says) || clause_start && (says || is_a) || called || full_name_says {
                cands.push(Cand::new(t.begin, t.end, Class::Person, w.to_string(), Rule::Person));
            }
        }
        // (由镇党委书记辜红梅任组长、镇长杭振宇任常务副组长的…工作专班: a person named, then 任
        // and a post of a team, holds that post; relate finds the team)
        // (由镇党委书记潘立伟、镇长那振国任双组长的…: two people named in a row, then 任双组长,
        // each hold it)
        let people: Vec<(usize, usize)> = cands.iter().filter(|c| c.class == Class::Person).map(|c| (c.begin, c.end)).collect();
        for &(cb, ce) in &people {
            if doc.chars.get(ce) != Some(&'任') {
                continue;
            }
            let double = doc.chars.get(ce + 1) == Some(&'双');
            let at = ce + 1 + usize::from(double);
            let rest = doc.str(at, (at + 6).min(doc.chars.len()));
            let Some(role) = ["常务副组长", "副组长", "组长", "副指挥长", "指挥长", "总指挥", "副队长", "队长"].iter().find(|r| rest.starts_with(**r)) else { continue };
            let end = at + role.chars().count();
            // (the other of the two: the name before, across 、 and the post it is named by)
            let other = double.then(|| people.iter().rev().find(|&&(_, e)| e < cb && cb - e <= 10 && doc.chars[e] == '、' && !doc.str(e, cb).contains(['，', '。', '；']))).flatten();
            for person in std::iter::once((cb, ce)).chain(other.copied()) {
                if !posts.iter().any(|p| p.begin == at && p.person == person) {
                    posts.push(PostCand { begin: at, end, role: role.to_string(), role_text: role.to_string(), person });
                }
            }
        }
        // (海来/v|木|呷/v, 沙马|伍|呷: a Yi name's last character, 呷 or 嫫, that jieba read as a
        // verb of its own, ends the name)
        let yi_end = |e: usize| doc.chars.get(e).is_some_and(|&c| matches!(c, '呷' | '嫫')) && doc.tok_starting_at(e).is_some_and(|t| t.len() == 1);
        for c in cands.iter_mut().filter(|c| c.class == Class::Person && c.len() == 3 && yi_end(c.end)) {
            c.end += 1;
            c.name = doc.text(c.begin, c.end);
        }
        for p in posts.iter_mut().filter(|p| p.person.1 - p.person.0 == 3 && yi_end(p.person.1)) {
            p.person.1 += 1;
        }
        // (所长沙马阿且带领…, 会同德古勒古木呷、法律明白人海来阿呷: a Yi clan's name and two
        // characters, after a post, a word for what the person is, a conjunction or a pause,
        // before what the person does or a pause)
        for (nb, ne) in yi_names(doc) {
            // (书记吉伍/nr|伍牛/nr|说: the clan and the given name that jieba read as two names;
            // the first one's posts are the whole name's)
            cands.retain(|c| !(c.class == Class::Person && nb <= c.begin && c.end <= ne && (c.begin, c.end) != (nb, ne)));
            for p in posts.iter_mut().filter(|p| p.person.0 == nb && p.person.1 < ne) {
                p.person.1 = ne;
            }
            add_person(doc, &mut cands, nb, ne);
        }
        // (先进个人（8名）：段金花（梨园村党总支书记、村级河长）、李阿鹏（玉湖社区网格员）: a name
        // that opens a list item and is followed by a bracket saying what the person is holds
        // each post the bracket names; 先进个人：王卫东、亢丽萍…: the names of a roll of people)
        for (nb, ne, roles) in bracketed_people(doc).into_iter().chain(lined_people(doc)).chain(roll_people(doc).into_iter().chain(village_roll_people(doc)).map(|(b, e)| (b, e, Vec::new()))) {
            add_person(doc, &mut cands, nb, ne);
            // (the posts only where the name is the person found there, not inside another)
            let found = cands.iter().any(|c| (c.begin, c.end) == (nb, ne));
            for (rb, re, role) in roles.into_iter().filter(|_| found) {
                if !posts.iter().any(|p| p.begin == rb && p.person == (nb, ne)) {
                    posts.push(PostCand { begin: rb, end: re, role: role.clone(), role_text: role, person: (nb, ne) });
                }
            }
        }
        // (人大代表李志坚、沈/nr|美兰/ns|等6名代表, …、古丽娜尔·艾山、马/n|玉兰/nr，以及: the
        // names listed after a person's, each a surname and one or two characters or a
        // transliterated name, up to the list's end)
        let mut listed: Vec<(usize, usize)> = Vec::new();
        let mut persons: Vec<(usize, usize)> = cands.iter().filter(|c| c.class == Class::Person).map(|c| (c.begin, c.end)).collect();
        persons.sort_unstable();
        let ends_list = |e: usize| doc.chars.get(e).is_none_or(|&c| matches!(c, '、' | '，' | '。' | '；' | '等' | '和' | '）' | '（' | '\n')) || doc.str(e, (e + 2).min(doc.chars.len())) == "以及";
        for &(_, e) in &persons {
            // (段金花（…）、李阿鹏: past the bracket after a name)
            let past_bracket = |e: usize| bracket_after(doc, e).map_or(e, |(_, close)| close + 1);
            let mut at = past_bracket(e);
            // (up to a name found already, which starts a list of its own)
            while doc.chars.get(at) == Some(&'、') && persons.binary_search_by_key(&(at + 1), |&(b, _)| b).is_err() && !listed.iter().any(|&(b, _)| b == at + 1) {
                let b = at + 1;
                let han = (2..=3).rev().map(|n| (b, b + n)).find(|&(b, e)| {
                    e <= doc.chars.len()
                        && lexicon::is_surname(doc.chars[b])
                        && doc.chars[b..e].iter().all(|&c| is_han(c))
                        && doc.is_tok_start(b)
                        && ends_list(e)
                        && !lexicon::is_common_noun(doc.str(b, e))
                        && !doc.str(b, e).ends_with(['村', '镇', '乡', '县', '区', '市', '省', '州', '旗', '组', '屯', '寨', '社'])
                        && !lexicon::FORMS_OF_ADDRESS.iter().any(|k| doc.str(b, e).ends_with(k))
                        && !doc.toks_between(b, e).any(|t| matches!(t.tag, Tag::PlaceName) && ends_with_division_suffix(doc.word_str(t)) || lexicon::is_post(doc.word_str(t)))
                });
                let Some((nb, ne)) = transliterated_name_at(doc, b).filter(|&(_, e)| ends_list(e)).or(han) else { break };
                listed.push((nb, ne));
                at = past_bracket(ne);
            }
        }
        // (，艾力江·吐尔逊、努尔古丽·哈力木等3人当选…: a dotted name of transliteration
        // characters that opens its clause, before what people do or a pause, is a person's
        // whatever stands before it)
        listed.extend(dotted_names_opening_clauses(doc));
        for (nb, ne) in listed {
            if !cands.iter().any(|c| c.begin < ne && nb < c.end) {
                add_person(doc, &mut cands, nb, ne);
            }
        }
        (cands, posts)
    }

    /// 全镇, 该区, 我县, 本街道, 全旗, 全苏木, 该嘎查: the document's own place.
    pub fn self_references(&self, doc: &DocView) -> Vec<Cand> {
        let mut out = Vec::new();
        for t in doc.toks.iter().filter(|t| (1..=3).contains(&t.len())) {
            let w = &doc.chars[t.begin..t.end];
            if !lexicon::is_self_reference_prefix(w[0]) {
                continue;
            }
            // (全/苏木, 该/嘎查: jieba keeps Inner Mongolia's township and village words whole)
            let end = if w.len() == 1 {
                match doc.tok_starting_at(t.end).map(|n| doc.word_str(n)) {
                    Some("苏木" | "嘎查") => t.end + 2,
                    _ => continue,
                }
            } else {
                t.end
            };
            let w = &doc.chars[t.begin..end];
            let level = w[1];
            let community = w.len() == 2 && level == '村' || w.len() == 3 && (level == '社' && w[2] == '区' || level == '嘎' && w[2] == '查');
            if !(w.len() == 2 && "省市区县镇乡旗".contains(level) || w.len() == 3 && (level == '街' && w[2] == '道' || level == '苏' && w[2] == '木') || community) {
                continue;
            }
            let mut c = Cand::new(t.begin, end, Class::AdministrativeDivision, doc.text(t.begin, end), Rule::SelfReference);
            c.relative = Some(level);
            out.push(c);
        }
        out
    }
}

/// A village's name does not take in the places written before it without their
/// suffixes (河北涿州|万全庄村, 安徽六安|林寨村): a community found by its suffix that
/// starts with a chain of places the table knows begins after them, when two characters
/// or more of its own name are left.
/// Villages enumerated (岜来村、坛良村、忙来村和西郭庄村): two or more names of two to four
/// characters and 村, joined by 、/和/及/与, are villages whatever words jieba read in them
/// (岜/来/村, 坛/良村, 西/郭庄村). The first begins after punctuation, a function word, a
/// verb the dictionary knows or a division's name.
fn village_runs(doc: &DocView) -> Vec<Cand> {
    let mut out = Vec::new();
    let joiner = |c: char| matches!(c, '、' | '和' | '及' | '与');
    let stem_ok = |b: usize, e: usize| {
        let stem = doc.str(b, e);
        (2..=4).contains(&(e - b))
            && doc.chars[b..e].iter().all(|&c| is_han(c))
            && !is_generic_prefix(stem)
            && !is_place_kind_prefix(&format!("{stem}村"))
            && !lexicon::is_common_noun(&format!("{stem}村").as_str())
            && !stem.contains(['村', '镇', '乡', '县', '个', '和', '及', '与', '的'])
            // (和|周边/f|赤坑村, 下游/f|桂花村: where the village lies, not its name)
            && doc.tok_starting_at(b).is_none_or(|t| !(t.tag == Tag::Direction && t.len() == 2 && t.end < e))
    };
    // a word no village's name goes past: punctuation, a function word, a verb the dictionary
    // knows, a division's name
    let boundary = |t: &Tok| {
        let w = doc.word_str(t);
        matches!(t.tag, Tag::Punct | Tag::Function) || t.tag == Tag::Verb && t.len() >= 2 && doc.segmenter.is_some_and(|s| s.has_word(w)) || t.len() >= 2 && ends_with_division_suffix(w)
            // (下沉到|龙马村、…, 镇辖|贡巴村、…: a verb of going or holding, one character)
            || t.tag == Tag::Verb && matches!(w, "到" | "赴" | "去" | "往" | "辖" | "至" | "进" | "驻")
    };
    for sent in doc.sentences {
        let ends: Vec<usize> = (sent.begin + 2..sent.end).filter(|&i| doc.chars[i] == '村' && doc.is_tok_end(i + 1)).collect();
        // each 村 that closes an item joined to the next one: (stem begin, 村)
        let mut run: Vec<(usize, usize)> = Vec::new();
        let flush = |run: &mut Vec<(usize, usize)>, out: &mut Vec<Cand>| {
            if run.len() >= 2 {
                for &(b, v) in run.iter() {
                    out.push(Cand::new(b, v + 1, Class::Community, doc.text(b, v + 1), Rule::List));
                }
            }
            run.clear();
        };
        for &v in &ends {
            // (the 村 of the item before, when this one is joined to it)
            let joined = run.last().map(|r| r.1).filter(|&pv| pv + 2 <= v && joiner(doc.chars[pv + 1]));
            let begin = if let Some(pv) = joined {
                Some(pv + 2).filter(|&b| stem_ok(b, v))
            } else {
                // the first item: back to a boundary that starts no name
                // (坛/良村: from the start of the word jieba glued 村 into)
                let mut b = doc.tok_holding(v).filter(|t| t.begin < v && t.end == v + 1).map_or(v, |t| t.begin);
                // (安坡村: a word of its own with two or more characters before 村 is the name)
                let mut found = (v - b >= 2).then_some(b);
                while let Some(t) = doc.tok_ending_at(b).filter(|t| found.is_none() && v - t.begin <= 5 && t.begin >= sent.begin) {
                    let w = doc.word_str(t);
                    if boundary(t) && (t.end <= v - 2 || !ends_with_division_suffix(w)) {
                        break;
                    }
                    b = t.begin;
                    if t.begin == sent.begin || doc.tok_ending_at(t.begin).is_none_or(boundary) {
                        found = Some(b);
                        break;
                    }
                }
                let found = found.or_else(|| (b < v && doc.tok_ending_at(b).is_some_and(|p| p.tag == Tag::Punct || p.tag == Tag::Function)).then_some(b));
                found.filter(|&b| stem_ok(b, v))
            };
            match begin {
                Some(b) => {
                    if joined.is_none() {
                        flush(&mut run, &mut out);
                    }
                    run.push((b, v));
                }
                None => flush(&mut run, &mut out),
            }
        }
        flush(&mut run, &mut out);
    }
    out
}

/// A village whose name jieba cuts the same wrong way wherever it stands (展/留村, 镇展/留村):
/// a character on its own and a two-character word ending with 村, written three times or
/// more in the document (a verb and a village's short name rarely repeat together), is a
/// village at every place its three characters end a word.
fn repeated_villages(doc: &DocView) -> Vec<Cand> {
    const NOT_FIRST: &str = "在到进驻全各本该每和与及等的是把将从向入出住回返来去为对于个整一二两三四五几某这那其";
    let mut counts: HashMap<[char; 3], usize> = HashMap::default();
    for (i, t) in doc.toks.iter().enumerate().skip(1) {
        let p = &doc.toks[i - 1];
        // (和美/乡村, 美丽/农村: words for the countryside are no village's)
        if t.len() == 2 && doc.chars[t.end - 1] == '村' && !matches!(doc.chars[t.begin], '乡' | '农' | '山' | '渔' | '村') && p.len() == 1 && p.end == t.begin && is_han(doc.chars[p.begin]) && !NOT_FIRST.contains(doc.chars[p.begin]) && !matches!(p.tag, Tag::Punct | Tag::Numeral) {
            *counts.entry([doc.chars[p.begin], doc.chars[t.begin], '村']).or_default() += 1;
        }
    }
    let mut out = Vec::new();
    for (name, _) in counts.into_iter().filter(|&(_, n)| n >= 2) {
        let stem: String = name[..2].iter().collect();
        let whole: String = name.iter().collect();
        if is_generic_prefix(&stem) || lexicon::is_common_noun(whole.as_str()) || doc.segmenter.is_some_and(|s| s.has_word(&whole)) {
            continue;
        }
        let found: Vec<usize> = doc.full_text().match_indices(whole.as_str()).map(|(b, _)| doc.char_at_byte(b)).filter(|&b| doc.is_tok_end(b + 3)).collect();
        if found.len() >= 3 {
            out.extend(found.into_iter().map(|b| Cand::new(b, b + 3, Class::Community, whole.clone(), Rule::Suffix)));
        }
    }
    out.sort_by_key(|c| c.begin);
    out
}

/// A village found by name once, written again where jieba cut it so that no rule found it
/// there (永胜村、富强村… then 由|富强/v|村党支部书记…): every other place its name stands as
/// whole words, and a body named by the bare 村 right after it (村党支部) as the village's.
fn villages_named_again(doc: &DocView, cands: &[Cand]) -> Vec<Cand> {
    let mut names: Vec<&str> = cands
        .iter()
        .filter(|c| c.class == Class::Community && c.name == doc.str(c.begin, c.end))
        .map(|c| c.name.as_str())
        .filter(|n| {
            // (…社区 too: 城郊的惠民社区里, once it is said as a place elsewhere)
            n.strip_suffix('村').is_some_and(|stem| (2..=4).contains(&stem.chars().count()) && !is_generic_prefix(stem))
                || n.strip_suffix("社区").is_some_and(|stem| (2..=4).contains(&stem.chars().count()) && stem.chars().all(is_han) && !community_kind(stem))
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    if names.is_empty() {
        return Vec::new();
    }
    // (one pass over the text for all the names, and what the candidates cover, found once:
    // a long document names hundreds of villages)
    let Ok(matcher) = AhoCorasick::new(&names) else { return Vec::new() };
    let reach = span_reach(doc.chars.len(), cands.iter().map(|c| (c.begin, c.end)));
    let mut bodies_at: HashMap<usize, Vec<&Cand>> = HashMap::default();
    for c in cands.iter().filter(|c| c.class.family() == Family::Organization && (c.name.starts_with('村') || c.name.starts_with("社区"))) {
        bodies_at.entry(c.begin).or_default().push(c);
    }
    let mut out = Vec::new();
    for m in matcher.find_overlapping_iter(doc.full_text()) {
        let name = names[m.pattern().as_usize()];
        let b = doc.char_at_byte(m.start());
        let e = b + name.chars().count();
        if !doc.is_tok_start(b) || !doc.is_tok_end(e) || reach[b] >= e {
            continue;
        }
        out.push(Cand::new(b, e, Class::Community, name.to_string(), Rule::Suffix));
        // (村党支部, 村委会, 社区党总支: the body said by the bare 村 or 社区, found from it on)
        let kind = if name.ends_with('村') { 1 } else { 2 };
        for c in bodies_at.get(&(e - kind)).into_iter().flatten().filter(|c| c.end > e) {
            out.push(Cand::new(b, c.end, c.class, doc.text(b, c.end), Rule::Suffix));
        }
    }
    out
}

/// What follows a village's name at a clause's start where its head is named (…村党支部书记农宁):
/// the village's branch or committee and the head's post.
const VILLAGE_HEADS: &[&str] = &["党支部书记", "党支部副书记", "党总支书记", "党总支副书记", "党委书记", "党委副书记", "委会主任", "委会副主任", "民委员会主任", "主任"];

/// 弄用村党支部书记农宁, 那温村党支部书记梁振华, 东游驾村党支部书记段海燕: a village whose head's
/// post follows it where a clause starts (a line's start, or after a stop, a pause or a colon),
/// two or three characters and 村, whatever words jieba read in it (弄/v|用/p|村, 那/r|温村,
/// 东游/f|驾村): the village, and its branch (…村党支部) where the post is the branch's. Not one
/// word of time, scope or manner, a pronoun, a verb or a numeral (今年|村, 随后|村, 其中|村,
/// 组织|村…), nor words of scope (各嘎查|村), nor a division (城关镇|村); a preposition, a
/// conjunction or a pronoun before the name is no part of it (在|桃坪村), one right before 村 makes
/// no name (食堂由|村党支部书记).
fn villages_before_their_heads(doc: &DocView, cands: &mut Vec<Cand>) {
    let n = doc.chars.len();
    let mut found: Vec<(usize, usize, Option<usize>)> = Vec::new();
    for s in 0..n.saturating_sub(5) {
        if s > 0 && !matches!(doc.chars[s - 1], '\n' | '。' | '！' | '？' | '；' | '，' | '：' | '、') {
            continue;
        }
        let Some(k) = [2, 3].into_iter().find(|&k| doc.chars[s..s + k].iter().all(|&c| is_han(c)) && doc.chars[s + k] == '村') else { continue };
        let vend = s + k + 1;
        let after = doc.str(vend, (vend + 7).min(n));
        let Some(head) = VILLAGE_HEADS.iter().find(|h| after.starts_with(*h)) else { continue };
        // (在|桃坪村, 据|寺登村, 以及|各村, 她|当选村: past a preposition, a conjunction or a
        // personal pronoun, as words: jieba tags single characters of names so too, 尧/c|和/c|村)
        let mut s = s;
        const LEADING: &[&str] = &["在", "据", "由", "从", "向", "对", "为", "经", "与", "和", "及", "以及", "并", "而", "但", "让", "被", "把", "到", "当", "于", "给", "她", "他", "我", "你"];
        while let Some(t) = doc.tok_starting_at(s).filter(|t| t.end < vend - 1 && LEADING.contains(&doc.word_str(t))) {
            s = t.end;
        }
        let k = vend - 1 - s;
        if k < 2 {
            continue;
        }
        // (食堂由|村, 组长由|村: a preposition before the bare 村; 党委和|村: a word and a conjunction)
        if let Some(last) = doc.tok_ending_at(vend - 1).filter(|t| t.begin >= s && t.len() == 1) {
            let prep = "由在被把向对从给让经将为据到".contains(doc.chars[last.begin]);
            let joined = "和与及同".contains(doc.chars[last.begin]) && doc.tok_ending_at(last.begin).is_some_and(|t| t.len() >= 2);
            if prep || joined {
                continue;
            }
        }
        let x = doc.str(s, s + k);
        let one_word = doc.tok_starting_at(s).filter(|t| t.end == s + k);
        let not_a_name = one_word.is_some_and(|t| !matches!(t.tag, Tag::Noun | Tag::PersonName | Tag::PlaceName));
        if not_a_name || is_generic_prefix(x) || x.ends_with(['镇', '乡', '县', '区', '市', '旗']) || "全各本该每某其此".contains(doc.chars[s])
            || "这那两几一二三四五六七八九十".contains(doc.chars[s]) && one_word.is_some()
            // (一位|山村: a count of people before a bare 山村)
            || "一二三四五六七八九十两几".contains(doc.chars[s]) && "位个名户家批".contains(doc.chars[s + 1])
        {
            continue;
        }
        if lexicon::is_stop_word(x) || lexicon::is_common_noun(x) {
            continue;
        }
        let branch = head.starts_with("党").then(|| vend + if head.starts_with("党支部") { 3 } else if head.starts_with("党总支") { 3 } else { 2 });
        found.push((s, vend, branch));
    }
    for (b, vend, branch) in found {
        // (温村党支部 from 那|温村: the names found inside widened to the clause's start)
        cands.retain(|c| !(c.begin >= b && c.end <= vend && (c.begin, c.end) != (b, vend)));
        // (and a bare 村党支部 named relative to a village is now the village's own)
        for c in cands.iter_mut().filter(|c| c.begin > b && c.begin < vend && c.end > vend) {
            *c = Cand::new(b, c.end, c.class, doc.text(b, c.end), c.rule);
        }
        if !cands.iter().any(|c| (c.begin, c.end) == (b, vend) && c.class == Class::Community) {
            cands.push(Cand::new(b, vend, Class::Community, doc.text(b, vend), Rule::Suffix));
        }
        if let Some(e) = branch {
            if !cands.iter().any(|c| (c.begin, c.end) == (b, e)) {
                cands.push(Cand::new(b, e, Class::PartyOrganization, doc.text(b, e), Rule::Suffix));
            }
        }
    }
}

/// A village named only as the first words of a body, a facility or a works (月亮/包村/nr|
/// 幸福食堂, 韦一村卫生室, 甘家堡村八眉猪标准化养殖基地): the body's name up to its first 村,
/// two to four characters before it (after the division the name may start with), is the
/// village the body lies in, where no other rule found the village there.
fn villages_heading_bodies(doc: &DocView, cands: &[Cand]) -> Vec<Cand> {
    // (what 村 glues to: 村民委员会, 村级, 村集体, 村落, 村部 … name no village's end)
    const GLUED: &[char] = &['民', '委', '级', '集', '干', '组', '庄', '落', '镇', '容', '貌', '务', '规', '部', '史', '内', '里', '口', '头', '中', '医', '小', '晚', '歌', '两', '支', '党', '村', '社', '寨', '屯', '居'];
    const NOT_FIRST: &str = "在到进驻全各本该每和与及等的是把将从向入出住回返来去为对于个整一二两三四五几某这那其新";
    let covered: rustc_hash::FxHashSet<(usize, usize)> = cands.iter().filter(|c| c.class == Class::Community).map(|c| (c.begin, c.end)).collect();
    let mut divisions: HashMap<usize, Vec<usize>> = HashMap::default();
    for c in cands.iter().filter(|c| c.class == Class::AdministrativeDivision) {
        divisions.entry(c.begin).or_default().push(c.end);
    }
    let mut out: Vec<Cand> = Vec::new();
    for c in cands.iter().filter(|c| c.rule == Rule::Suffix && matches!(c.class.family(), Family::Organization | Family::Project) && c.end - c.begin >= 5) {
        // (after the division the name starts with: 青禾镇柳溪村卫生室)
        let from = divisions.get(&c.begin).and_then(|ends| ends.iter().filter(|&&e| e < c.end).max().copied()).unwrap_or(c.begin);
        let Some(v) = (from + 2..(from + 5).min(c.end - 1)).find(|&i| doc.chars[i] == '村') else { continue };
        let stem = doc.str(from, v);
        // (各嘎查村妇联: a gacha and a village, Inner Mongolia's two kinds, said together)
        let ok = !stem.ends_with("嘎查")
            && doc.chars[from..v].iter().all(|&ch| is_han(ch) && !"村镇乡县区市社".contains(ch))
            && !NOT_FIRST.contains(doc.chars[from])
            && !matches!(doc.chars[v - 1], '农' | '乡' | '山' | '渔' | '全' | '各' | '本' | '该' | '每' | '政' | '然' | '中' | '心')
            && !GLUED.contains(&doc.chars[v + 1])
            && !is_generic_prefix(stem)
            && !is_place_kind_prefix(stem)
            && !lexicon::is_common_noun(doc.str(from, v + 1))
            // (not 岩樟强村发展有限公司, 领导包村…: a verb and 村; but 月亮/包村/nr, a name's end)
            && (!lexicon::VILLAGE_VERBS.contains(&doc.str(v - 1, v + 1)) || doc.tok_holding(v).is_some_and(|t| t.begin == v - 1 && t.tag == Tag::PersonName))
            // (the village starts where a word does and 村 ends one: not 农村|…, 乡村振兴…)
            && doc.is_tok_start(from)
            && doc.tok_holding(v).is_none_or(|t| t.end == v + 1 || t.begin == v);
        if ok && !covered.contains(&(from, v + 1)) && !out.iter().any(|o| o.begin == from && o.end == v + 1) {
            out.push(Cand::new(from, v + 1, Class::Community, doc.text(from, v + 1), Rule::Suffix));
        }
    }
    out
}

/// For each character, the furthest end of the spans that begin at or before it: a span
/// covers `b..e` iff `reach[b] >= e`.
fn span_reach(len: usize, spans: impl Iterator<Item = (usize, usize)>) -> Vec<usize> {
    let mut reach = vec![0; len + 1];
    for (b, e) in spans.filter(|&(b, _)| b <= len) {
        reach[b] = reach[b].max(e);
    }
    for i in 1..reach.len() {
        reach[i] = reach[i].max(reach[i - 1]);
    }
    reach
}

fn villages_after_places(doc: &DocView, places: &[Cand], mut names: Vec<Cand>) -> Vec<Cand> {
    // the ends of the table's places that begin at each character, in the order found
    let mut ends_from: HashMap<usize, Vec<usize>> = HashMap::default();
    for p in places.iter().filter(|p| p.rule == Rule::Gazetteer) {
        ends_from.entry(p.begin).or_default().push(p.end);
    }
    // (and the ends of those that end inside a word: 托甫汗|镇英/n|阿瓦提村)
    let ending_in: HashMap<usize, usize> = places.iter().filter(|p| p.rule == Rule::Gazetteer && p.end - p.begin >= 3).map(|p| (p.end - 1, p.end)).collect();
    for c in names.iter_mut().filter(|c| c.class == Class::Community && c.rule == Rule::Suffix) {
        // (a village that starts with its township's last character starts after it)
        if let Some(&end) = ending_in.get(&c.begin).filter(|&&end| c.end - end >= 3) {
            c.begin = end;
            c.name = doc.text(end, c.end);
        }
        let mut at = c.begin;
        while let Some(&end) = ends_from.get(&at).and_then(|ends| ends.iter().find(|&&e| e < c.end)) {
            at = end;
        }
        let own = doc.str(at, c.end);
        let body = own.strip_suffix("社区").or_else(|| own.strip_suffix('村')).unwrap_or(own);
        if at > c.begin && body.chars().count() >= 2 {
            c.begin = at;
            c.name = doc.text(at, c.end);
        }
    }
    // (百县千镇万村, 千村美丽: a hundred, a thousand or ten thousand villages are a count)
    names.retain(|c| !(c.class == Class::Community && matches!(c.name.as_str(), "百村" | "千村" | "万村")));
    names
}

/// A numbered list of a year's livelihood projects: the paragraph that opens it and, for
/// each item, the first sentence of its paragraph and where its words start (after its
/// number).
pub(crate) struct ItemList {
    pub opening: (usize, usize),
    pub items: Vec<(usize, usize)>,
}

/// The numbered lists a livelihood set opens (…十件民生实事…完成情况如下：|（一）…|（二）…):
/// paragraphs numbered from the first on, right after a paragraph that speaks of 实事 and
/// ends with a colon.
pub(crate) fn livelihood_lists(doc: &DocView) -> Vec<ItemList> {
    let sents = doc.sentences;
    if !doc.full_text().contains("实事") {
        return Vec::new();
    }
    // (（一）, 一、, 1., 一是: the first of a list)
    let first_item = |si: usize| {
        let text = doc.str(sents[si].begin, sents[si].end);
        let number = text.trim_start_matches(['（', '(']);
        item_number(text).is_some() && number.starts_with(['一', '1']) && !number.chars().nth(1).is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
    };
    let opens_paragraph = |si: usize| si == 0 || sents[si - 1].paragraph != sents[si].paragraph;
    let mut out = Vec::new();
    let mut i = 1;
    while i < sents.len() {
        if !(opens_paragraph(i) && first_item(i)) {
            i += 1;
            continue;
        }
        let ob = (0..i).rev().find(|&k| opens_paragraph(k)).unwrap_or(0);
        let opening = doc.str(sents[ob].begin, sents[i - 1].end);
        if !(opening.trim_end().ends_with(['：', ':']) && opening.contains("实事")) {
            i += 1;
            continue;
        }
        let mut items = Vec::new();
        let mut j = i;
        let next_paragraph = |j: usize| {
            let p = sents[j].paragraph;
            (j..sents.len()).find(|&x| sents[x].paragraph != p).unwrap_or(sents.len())
        };
        while let Some(k) = sents.get(j).and_then(|s| item_number(doc.str(s.begin, s.end))) {
            items.push((j, sents[j].begin + k));
            // (一、长者食堂提质扩面⏎新建…⏎二、…: a heading on a line of its own, its words in the
            // paragraph after it)
            let heading = next_paragraph(j) == j + 1 && !doc.str(sents[j].begin, sents[j].end).contains(['。', '，']);
            j = next_paragraph(j);
            if heading && sents.get(j).is_some_and(|s| item_number(doc.str(s.begin, s.end)).is_none()) {
                j = next_paragraph(j);
            }
        }
        out.push(ItemList { opening: (sents[ob].begin, sents[i - 1].end), items });
        i = j.max(i + 1);
    }
    out
}

/// A year's or a number's set of livelihood projects (2025年十件民生实事项目, 十件民生实事): a
/// programme the township carries out, known also without its count and without 项目 (never
/// as bare 民生实事项目, which every year's set is).
fn livelihood_sets(doc: &DocView) -> Vec<Cand> {
    let text = doc.full_text();
    // (the words every set's name holds, looked for first: most documents have none)
    if !text.contains("民生实事") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in LIVELIHOOD_SET.captures_iter(text) {
        let year = c.name("year").or(c.name("year2")).map(|m| m.as_str());
        let count = c.name("count").map(|m| m.as_str());
        if year.is_none() && count.is_none() {
            continue;
        }
        let whole = c.get(0).expect("match");
        let (mut b, e) = (doc.char_at_byte(whole.start()), doc.char_at_byte(whole.end()));
        // (the votes, the group and the meetings about the set are names of their own)
        let after = doc.str(e, (e + 6).min(doc.chars.len()));
        if ["人大代表票决", "代表票决", "票决制", "监督小组", "征集", "推进会", "回头看", "评议"].iter().any(|w| after.starts_with(w)) {
            continue;
        }
        // (a place's name jieba did not end there is no place: 产生了|2025年…; the place must be
        // a word that ends with its suffix)
        let place = c.name("place").map(|m| (doc.char_at_byte(m.start()), doc.char_at_byte(m.end())));
        if place.is_some_and(|(pb, pe)| !doc.is_tok_start(pb) || !doc.is_tok_end(pe)) {
            b = c.name("year2").or(c.name("count")).map_or(b, |m| doc.char_at_byte(m.start()));
        }
        if !doc.is_tok_start(b) {
            continue;
        }
        let name = doc.text(b, e);
        let mut cand = Cand::new(b, e, Class::Initiative, name.clone(), Rule::Suffix);
        let projects = if c.name("projects").is_some() { "项目" } else { "" };
        let place_text = place.filter(|&(pb, _)| pb >= b).map(|(pb, pe)| doc.text(pb, pe)).unwrap_or_default();
        let count_text = count.unwrap_or("");
        let mut alts = vec![format!("{count_text}民生实事{projects}"), format!("{count_text}民生实事")];
        if let Some(y) = year {
            alts.push(format!("{y}{place_text}民生实事{projects}"));
            alts.push(format!("{y}{place_text}{count_text}民生实事"));
            alts.push(format!("{place_text}{y}民生实事{projects}"));
        }
        alts.retain(|a| a != &name && !matches!(a.as_str(), "民生实事" | "民生实事项目"));
        alts.sort();
        alts.dedup();
        cand.alts = alts;
        out.push(cand);
    }
    out
}

/// A number jieba read as a figure that starts a village's name (六分|地村, 三道|沟村).
fn numbers_a_village(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| "一二三四五六七八九十百两分里道".contains(c)) && w.starts_with(|c: char| "一二三四五六七八九十两".contains(c))
}

/// A body named by a village the suffix walk could not cross back to (柳树/nr|湾/d|村|
/// 党支部, 六分/m|地村|党支部: jieba cut the village's name at a word that stops a body's
/// name): the village found, and the body's kind right after it, are the body's name.
fn bodies_after_villages(doc: &DocView, names: &[Cand]) -> Vec<Cand> {
    let org = |c: Class| matches!(c, Class::PartyOrganization | Class::GovernmentBody | Class::SocialOrganization | Class::Institution);
    names
        .iter()
        .filter(|v| v.class == Class::Community && v.rule == Rule::Suffix && (v.name.ends_with('村') || v.name.ends_with("社区")))
        // (not 一名|村党支部书记: a count of people before the village's kind)
        .filter(|v| doc.tok_starting_at(v.begin).is_none_or(|f| f.tag != Tag::Numeral || numbers_a_village(doc.word_str(f))))
        .filter(|v| !names.iter().any(|o| o.begin <= v.begin && o.end > v.end && org(o.class)))
        .filter_map(|v| {
            let after = doc.str(v.end, (v.end + 8).min(doc.chars.len()));
            let s = longest_suffix_entry(after, End::Start, |s| doc.is_tok_end(v.end + s.text.chars().count())).filter(|s| org(s.class))?;
            let end = v.end + s.text.chars().count();
            Some(Cand::new(v.begin, end, s.class, doc.text(v.begin, end), Rule::Suffix))
        })
        .collect()
}

/// A body named by its township's name without the level word (依/p|盖尔/nr|其/r|派出所,
/// 依盖尔其人民法庭 of 依盖尔其镇): where the text names the township, its name's stem (two
/// characters or more) right before a body's kind, which the suffix walk could not cross back
/// to where jieba cut the stem into words that stop names.
fn bodies_after_town_stems(doc: &DocView, cands: &[Cand]) -> Vec<Cand> {
    let org = |c: Class| matches!(c, Class::PartyOrganization | Class::GovernmentBody | Class::SocialOrganization | Class::Institution);
    let mut stems: Vec<&str> = cands
        .iter()
        .filter(|c| c.class == Class::AdministrativeDivision)
        .filter_map(|c| c.name.strip_suffix("街道").or_else(|| c.name.strip_suffix(['镇', '乡'])))
        .filter(|s| s.chars().count() >= 2 && s.chars().all(is_han))
        .collect();
    stems.sort_unstable();
    stems.dedup();
    // (not a word of the dictionary, unless jieba reads it as the place: 建设|中心 of 建设镇,
    // 发展|中心)
    let words: Vec<bool> = stems.iter().map(|s| doc.segmenter.is_some_and(|g| g.has_word(s))).collect();
    if stems.is_empty() {
        return Vec::new();
    }
    let Ok(matcher) = AhoCorasick::new(&stems) else { return Vec::new() };
    // (a body found already that holds the stem: one look per character)
    let reach = span_reach(doc.chars.len(), cands.iter().filter(|c| org(c.class)).map(|c| (c.begin, c.end)));
    let mut out = Vec::new();
    for m in matcher.find_overlapping_iter(doc.full_text()) {
        let k = m.pattern().as_usize();
        let b = doc.char_at_byte(m.start());
        let e = b + stems[k].chars().count();
        let place_word = doc.tok_starting_at(b).is_some_and(|t| t.end == e && t.tag == Tag::PlaceName);
        if !doc.is_tok_start(b) || words[k] && !place_word || reach[b] > e {
            continue;
        }
        let after = doc.str(e, (e + 8).min(doc.chars.len()));
        let Some(sfx) = longest_suffix_entry(after, End::Start, |s| doc.is_tok_end(e + s.text.chars().count())).filter(|s| org(s.class)) else { continue };
        let end = e + sfx.text.chars().count();
        out.push(Cand::new(b, end, sfx.class, doc.text(b, end), Rule::Suffix));
    }
    out
}

/// The meetings a village or community holds, said by their kind (党员大会, 村民代表会议).
const VILLAGE_MEETINGS: [&str; 13] =
    ["党员大会", "党员代表大会", "村民代表大会", "村民代表会议", "村民大会", "村民选举大会", "村民选举会议", "居民代表大会", "居民代表会议", "居民大会", "居民选举大会", "居民选举会议", "嘎查民代表会议"];

/// A village's meeting held on a day the sentence gives (永兴村于7月10日上午召开党员大会,
/// 当天下午，…主持召开村民选举会议): the meeting, named by the village or community last named
/// in its sentence (永兴村党员大会, also called by its kind), or by its kind alone.
fn village_meetings(doc: &DocView, cands: &mut Vec<Cand>) {
    // (most documents hold none: one look at the whole text first)
    if !VILLAGE_MEETINGS.iter().any(|k| doc.full_text().contains(k)) {
        return;
    }
    let is_village = |c: &Cand| c.class == Class::Community && !c.name.ends_with("小区");
    let mut out = Vec::new();
    for sent in doc.sentences {
        let text = doc.str(sent.begin, sent.end);
        if !VILLAGE_MEETINGS.iter().any(|k| text.contains(k)) {
            continue;
        }
        for t in doc.toks_between(sent.begin, sent.end) {
            let verb = doc.word_str(t);
            if !lexicon::HOLDING_VERBS.contains(&verb) {
                continue;
            }
            let at = if doc.str(t.end, t.end + 1) == "了" { t.end + 1 } else { t.end };
            let Some(kind) = VILLAGE_MEETINGS.iter().filter(|k| doc.str(at, (at + k.chars().count()).min(sent.end)) == **k).max_by_key(|k| k.len()) else { continue };
            let end = at + kind.chars().count();
            // (the suffix rule's 村民选举会议 is this one, named below)
            let same = cands.iter().position(|c| c.class == Class::Event && (c.begin, c.end) == (at, end));
            if !doc.is_tok_end(end) || same.is_none() && cands.iter().any(|c| c.class == Class::Event && c.begin < end && at < c.end) {
                continue;
            }
            // (on a day: 7月10日, 当天下午, 上午; not what a village does as a rule)
            // (not 两年多来，…先后召开党员大会41次)
            let dated = doc.toks_between(sent.begin, at).any(|w| matches!(doc.word_str(w), "日" | "当天" | "当日" | "同日" | "上午" | "下午" | "晚上" | "近日" | "日前") || doc.word_str(w).ends_with('日') && w.tag == Tag::Time);
            if !dated {
                continue;
            }
            // (or the village a body's name starts with: 永兴村村民选举委员会主持召开…)
            let village = cands
                .iter()
                .filter(|c| c.end <= at && c.begin >= sent.begin)
                .filter_map(|c| match c.class {
                    _ if is_village(c) => Some((c.end, c.name.clone())),
                    Class::PartyOrganization | Class::GovernmentBody | Class::SocialOrganization => {
                        ["村", "社区", "嘎查"].iter().filter_map(|l| c.name.find(l).map(|i| &c.name[..i + l.len()])).min_by_key(|v| v.len()).filter(|v| v.chars().count() >= 3).map(|v| (c.end, v.to_string()))
                    }
                    _ => None,
                })
                .max_by_key(|(e, _)| *e)
                .map(|(_, v)| v)
                // (当天下午召开村民选举会议: or the one last named in the paragraph)
                .or_else(|| {
                    cands
                        .iter()
                        .filter(|c| is_village(c) && c.end <= sent.begin && doc.sentence_of(c.begin).is_some_and(|s| doc.sentences[s].paragraph == sent.paragraph))
                        .max_by_key(|c| c.end)
                        .map(|c| c.name.clone())
                });
            let mut c = Cand::new(at, end, Class::Event, kind.to_string(), Rule::Suffix);
            if let Some(v) = village {
                // (巴彦乌兰嘎查|嘎查民代表会议: the level word said once)
                let rest = if v.ends_with("嘎查") { kind.strip_prefix("嘎查").unwrap_or(kind) } else { kind };
                c.name = format!("{v}{rest}");
                c.alts.push(kind.to_string());
            }
            match same {
                Some(i) => cands[i] = c,
                None => out.push(c),
            }
        }
    }
    cands.extend(out);
}

/// A party committee's department said bare after the committee's standing member's post
/// (和顺县委常委、组织部部长乔文斌: 和顺县委组织部): the department of that committee.
fn committee_departments(doc: &DocView, cands: &[Cand]) -> Vec<Cand> {
    const DEPARTMENTS: [&str; 6] = ["组织部", "宣传部", "统战部", "政法委", "纪委", "办公室"];
    cands
        .iter()
        .filter(|c| c.class == Class::PartyOrganization && c.name.ends_with('委'))
        .filter_map(|c| {
            let at = c.end + 3;
            (doc.str(c.end, at.min(doc.chars.len())) == "常委、").then_some(())?;
            let dept = DEPARTMENTS.iter().find(|d| doc.str(at, (at + d.chars().count()).min(doc.chars.len())) == **d)?;
            let end = at + dept.chars().count();
            Some(Cand::new(at, end, Class::PartyOrganization, format!("{}{dept}", c.name), Rule::Suffix))
        })
        .collect()
}

/// Does the word `t` (two characters before a village's 村) stand right after its township's
/// name (梅渚镇|富强/v|村), or open an item of a list of villages (。|前进/v|村、胜利村)? Then a verb
/// or adjective the dictionary knows (富强, 前进, 团结) is the village's name there.
fn after_township_or_in_list(doc: &DocView, t: &Tok) -> bool {
    // (not 全镇|十个|村, 我乡|各|村: a count or a determiner after the report's own level word)
    if t.tag == Tag::Numeral || doc.chars[t.begin..t.end].iter().any(|&c| "一二三四五六七八九十两几百千多每各".contains(c)) {
        return false;
    }
    let determiner = |c: char| "全本该我各每其这那".contains(c);
    let township = doc.tok_ending_at(t.begin).is_some_and(|p| p.len() >= 2 && doc.word_str(p).ends_with(['镇', '乡']) && !determiner(doc.chars[p.begin]) || p.len() == 1 && matches!(doc.chars[p.begin], '镇' | '乡') && p.begin > 0 && is_han(doc.chars[p.begin - 1]) && !determiner(doc.chars[p.begin - 1]));
    let opens = t.begin == 0 || matches!(doc.chars[t.begin - 1], '、' | '，' | '。' | '；' | '：' | '\n');
    // (做到村、做到户: the next item a village too; 许多村, 不少村: a count, no name)
    let next_village = || (t.end + 3..=t.end + 5).any(|e| doc.chars.get(e) == Some(&'村') && doc.chars[t.end + 2..e].iter().all(|&c| is_han(c)));
    let listed = opens && matches!(doc.chars.get(t.end + 1), Some('、' | '和' | '与' | '及')) && next_village() || t.begin > 0 && doc.chars[t.begin - 1] == '、' && doc.chars[..t.begin].iter().rev().nth(1) == Some(&'村');
    // (许多, 各个, 每个 … are counts already, by their characters)
    (township || listed) && !matches!(doc.word_str(t), "不少" | "一些" | "部分" | "少数" | "所有" | "周边" | "附近" | "邻近" | "全部")
}

/// A section of a bureau or a department named right after it (龙井市民政局|基层政权建设科,
/// 县农业农村局|农村社会事业促进股, 县委组织部|组织科): one body named by both, the bureau's name
/// inside it, from two to ten characters of words of its work ending in 科 or 股 where a
/// word ends (not 学科, 本科, 股份 …). (Not a hospital's: its 藏医科 goes by its own name.)
fn sections_of_bodies(doc: &DocView, cands: &[Cand]) -> Vec<Cand> {
    // (启东海关|综合业务科: a customs house's too)
    let parent = |c: &&Cand| matches!(c.class, Class::GovernmentBody | Class::PartyOrganization) && (c.name.ends_with(['局', '部']) || c.name.ends_with("海关"));
    cands
        .iter()
        .filter(parent)
        .filter_map(|c| {
            let end = (c.end + 2..=(c.end + 10).min(doc.chars.len())).find(|&e| matches!(doc.chars[e - 1], '科' | '股') && doc.is_tok_end(e))?;
            let words = doc.toks_between(c.end, end).collect::<Vec<_>>();
            let last = doc.word_str(words.last()?);
            // (…促进/v|股/q: the section's character read as a classifier)
            // (县委宣传部|文明/nr|创建|科|科长: a word jieba read as a name, where the section's
            // head is named right after it)
            let headed = ["科长", "股长", "副科长", "副股长"].iter().any(|p| doc.str(end, (end + p.chars().count()).min(doc.chars.len())) == *p);
            let work = words.iter().all(|t| (matches!(t.tag, Tag::Noun | Tag::Verb | Tag::Adjective | Tag::PlaceName) || headed && t.tag == Tag::PersonName || t.len() == 1 && t.end == end) && !lexicon::is_stop_word(doc.word_str(t)))
                && !matches!(last, "学科" | "本科" | "专科" | "预科" | "百科" | "文科" | "理科" | "工科" | "股份" | "入股" | "参股" | "控股" | "持股" | "配股")
                && !doc.chars[c.end..end].iter().any(|&ch| !is_han(ch));
            if !work {
                return None;
            }
            let mut section = Cand::new(c.begin, end, Class::GovernmentBody, doc.text(c.begin, end), Rule::Suffix);
            section.relative = c.relative;
            Some(section)
        })
        .collect()
}

/// A character that ends the name of a place a home, workshop or station is named by
/// ([`lexicon::PLACED_KINDS`]): a village's, a community's (社区), a gacha's (嘎查), a street
/// office's (街道), a township's or a county's.
fn ends_a_place(c: char) -> bool {
    matches!(c, '村' | '镇' | '乡' | '县' | '区' | '屯' | '寨' | '社' | '嘎' | '查' | '街')
}

/// The words of a company's outlets ([`outlets_of_companies`]).
pub const OUTLETS: [&str; 6] = ["站点", "营业部", "营业所", "网点", "项目部", "配送站"];

/// A company's outlet named right after it by its place (辽宁鲜送网络科技有限公司|铁西站点,
/// 上海迅邦快递有限公司|古美营业部, 某某建设有限公司|古辣项目部): one body named by both, the
/// company's name inside it, from one to six characters of a place or a name before the
/// outlet's word, where a word ends.
fn outlets_of_companies(doc: &DocView, cands: &[Cand]) -> Vec<Cand> {
    cands
        .iter()
        .filter(|c| c.class == Class::Company && c.name.ends_with("公司"))
        .filter_map(|c| {
            let (end, kind) = (c.end + 3..=(c.end + 9).min(doc.chars.len())).find_map(|e| OUTLETS.iter().find(|k| doc.str(c.end, e).ends_with(**k) && doc.is_tok_end(e)).map(|k| (e, *k)))?;
            let place_end = end - kind.chars().count();
            // (its place: words of a name, no verb nor stop word: not 公司|新建/v|项目部; the
            // last of them perhaps glued to the outlet's word: 铁/西站/点)
            let place = doc.toks_between(c.end, end).filter(|t| t.begin < place_end).all(|t| matches!(t.tag, Tag::Noun | Tag::PlaceName | Tag::PersonName) && !lexicon::is_stop_word(doc.word_str(t)))
                && doc.chars[c.end..place_end].iter().all(|&ch| is_han(ch));
            (place_end > c.end && place).then(|| Cand::new(c.begin, end, Class::Company, doc.text(c.begin, end), Rule::Suffix))
        })
        .collect()
}

/// The meeting a title of minutes names (西张堡镇召开移风易俗工作推进会议纪要, 莲花镇移风易俗暨
/// 红白理事会工作推进会会议纪要): the words before 纪要, past a 召开 the title opens with, ending
/// with 会议 or 会 (the 会议 of 推进会会议 is the minutes' own word); quotes dropped from the name.
fn minutes_meeting(doc: &DocView) -> Vec<Cand> {
    let Some(te) = doc.title_end() else { return Vec::new() };
    let title = doc.str(0, te);
    let Some(stem) = title.trim_end().strip_suffix("纪要") else { return Vec::new() };
    let stem = stem.strip_suffix("会议").filter(|s| s.ends_with('会')).unwrap_or(stem);
    if !stem.ends_with('会') && !stem.ends_with("会议") {
        return Vec::new();
    }
    let e = stem.chars().count();
    let b = stem.find("召开").map_or(0, |i| stem[..i].chars().count() + 2);
    let name: String = doc.chars[b..e].iter().filter(|c| !matches!(c, '“' | '”' | '‘' | '’' | '《' | '》')).collect();
    if name.chars().count() < 4 || !doc.is_tok_start(b) {
        return Vec::new();
    }
    vec![Cand::new(b, e, Class::Event, name, Rule::Suffix)]
}

/// The party unit of a body named right before it (新疆天润泽果业有限公司|党支部, 温宿县林业和
/// 草原局|党组, 县林果业技术服务中心|党支部): one organisation named by both, which the body's
/// own name stays inside.
fn party_units_of_bodies(doc: &DocView, cands: &[Cand]) -> Vec<Cand> {
    const UNITS: [&str; 5] = ["党总支", "党支部", "党委", "党组", "党工委"];
    // (柳树/湾/社区|党委书记: a community's committee, whose post jieba glued to it)
    let body = |c: &&Cand| matches!(c.class, Class::Company | Class::Institution | Class::GovernmentBody | Class::SocialOrganization) && c.rule == Rule::Suffix || c.class == Class::Community && c.name.ends_with("社区");
    cands
        .iter()
        .filter(body)
        .filter_map(|c| {
            let unit = UNITS.iter().find(|u| doc.str(c.end, (c.end + u.chars().count()).min(doc.chars.len())) == **u)?;
            let end = c.end + unit.chars().count();
            (doc.is_tok_end(end) || doc.tok_holding(end).is_some_and(|t| lexicon::is_post(doc.str(end, t.end)))).then(|| Cand::new(c.begin, end, Class::PartyOrganization, doc.text(c.begin, end), Rule::Suffix))
        })
        .collect()
}

fn starts_known_suffix(doc: &DocView, i: usize) -> bool {
    let rest: String = doc.chars[i..doc.chars.len().min(i + 6)].iter().collect();
    lexicon::SUFFIXES.iter().any(|s| rest.starts_with(s.text)) || lexicon::POSTS.iter().any(|p| rest.starts_with(p.0))
}

/// True when every word of `prefix` (split greedily on generic modifiers) is generic.
pub fn is_generic_prefix(prefix: &str) -> bool {
    static WORDS: LazyLock<HashMap<char, Vec<&'static str>>> =
        LazyLock::new(|| by_first_char(lexicon::GENERIC_MODIFIERS.iter().chain(lexicon::EVENT_MANNERS).chain(lexicon::LEVEL_WORDS)));
    splits_into(prefix, &WORDS)
}

/// [`is_generic_prefix`] for a place name, where a kind of place is no name either
/// (边境县, 贫困村).
fn is_place_kind_prefix(prefix: &str) -> bool {
    static WORDS: LazyLock<HashMap<char, Vec<&'static str>>> = LazyLock::new(|| {
        by_first_char(lexicon::GENERIC_MODIFIERS.iter().chain(lexicon::EVENT_MANNERS).chain(lexicon::LEVEL_WORDS).chain(lexicon::PLACE_KIND_MODIFIERS))
    });
    splits_into(prefix, &WORDS)
}

/// Words by their first character, longest first.
fn by_first_char<'a>(words: impl Iterator<Item = &'a &'static str>) -> HashMap<char, Vec<&'static str>> {
    let mut by_first: HashMap<char, Vec<&'static str>> = HashMap::default();
    for &g in words.filter(|g| !g.is_empty()) {
        by_first.entry(g.chars().next().expect("not empty")).or_default().push(g);
    }
    by_first.values_mut().for_each(|gs| gs.sort_by_key(|g| std::cmp::Reverse(g.len())));
    by_first
}

/// A CJK ideograph of the basic block (the characters of names).
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Does a third-person subject pronoun (他, 她们 …) end right at `i`? The word after it
/// is its predicate, which starts no name.
fn after_subject_pronoun(doc: &DocView, i: usize) -> bool {
    doc.tok_ending_at(i).is_some_and(|t| t.tag == Tag::Pronoun && matches!(doc.word_str(t), "他" | "她" | "他们" | "她们"))
}

/// Can `text` be split, greedily from the left, into words of `words`?
fn splits_into(text: &str, words: &HashMap<char, Vec<&'static str>>) -> bool {
    let mut rest = text;
    while let Some(first) = rest.chars().next() {
        let Some(g) = words.get(&first).and_then(|gs| gs.iter().find(|g| rest.starts_with(**g))) else {
            return false;
        };
        rest = &rest[g.len()..];
    }
    true
}

const EVENT_VERBS: &[&str] = &[
    "集中", "签约", "开工", "竣工", "投产", "揭牌", "启动", "表彰", "动员", "推进", "观摩", "授牌", "颁奖",
    "开幕", "闭幕", "奠基", "培训", "交流", "推介", "招商", "洽谈", "发布", "部署", "调度", "誓师", "总结",
    "提升", "优化", "促进", "创建", "整治", "振兴", "攻坚", "对接", "交办",
];

/// Extends a name to the left of a suffix at `[sb, se)`.
fn suffix_name(doc: &DocView, sent: &Span, sfx: &Suffix, sb: usize, se: usize) -> Option<Cand> {
    // (镇应急管理办|公|室主任: an office jieba cut after its 办 is the whole 办公室)
    let se = if sfx.text.ends_with('办') && doc.str(se, (se + 2).min(doc.chars.len())) == "公室" { se + 2 } else { se };
    // a township's zone (曲霞镇|工业集中区, 蓼堤镇|产业集聚区) is a park the town builds, named
    // with the town, as its 工业园区 is: not a division below the county (鸿岭经济开发区;
    // 宁乡|高新区 is a county's: the kinds of zones a county runs are not asked)
    let township_zone = matches!(sfx.text, "工业集中区" | "产业集聚区") && sb > 0 && matches!(doc.chars[sb - 1], '镇' | '乡');
    let class = if township_zone { Class::Project } else { sfx.class };
    // (镇|财政所, 白合镇|财政所; not 中央财政|所占比重, 地方财政|所…)
    if sfx.text == "财政所" && !doc.tok_ending_at(sb).is_some_and(|t| lexicon::LEVEL_WORDS.contains(&doc.word_str(t)) || t.len() >= 2 && ends_with_division_suffix(doc.word_str(t))) {
        return None;
    }
    // (青年|突击队, 抢险|突击队: a team of whom or for what; not 海豹突击队, 击退|乌克兰突击队)
    if sfx.text == "突击队" && !doc.tok_ending_at(sb).is_some_and(|p| lexicon::VOLUNTEER_KINDS.contains(&doc.word_str(p)) || matches!(doc.word_str(p), "抢险" | "防汛" | "攻坚" | "服务" | "老兵" | "民兵")) {
        return None;
    }
    // (律师阿苏木果: a Yi clan's name, 阿苏, and its given name, no Mongolian township 苏木)
    if sfx.text == "苏木" && sb >= 1 && doc.chars.get(se).is_some_and(|&c| is_han(c)) && lexicon::YI_CLANS.contains(&doc.str(sb - 1, sb + 1)) {
        return None;
    }
    // (镇应急物资储备库, 乡森林防火物资储备库: a store of supplies is a place's or a level's;
    // not 从|区域物资储备库)
    if sfx.text == "物资储备库" && !(doc.str(sb.saturating_sub(12).max(sent.begin), sb).contains(['镇', '乡', '县', '市', '村']) || sb > 0 && doc.chars[sb - 1] == '区' && doc.str(sb.saturating_sub(2), sb) != "区域") {
        return None;
    }
    // (柳溪村生活污水处理站, 青禾镇垃圾中转站: a place's works, named by the place, perhaps with
    // what it treats between; not 新建污水处理站3座)
    if matches!(sfx.text, "污水处理站" | "垃圾中转站" | "垃圾转运站") && !doc.str(sb.saturating_sub(4).max(sent.begin), sb).contains(['村', '镇', '乡', '县', '区', '屯', '寨', '社']) {
        return None;
    }
    // (项目服务专班, 重点项目服务专班: a team for each project is a kind of team, no name)
    if sfx.text == "服务专班" && doc.str(sent.begin.max(sb.saturating_sub(4)), sb).ends_with("项目") {
        return None;
    }
    // (全镇共设秸秆收储点11个: depots counted are a kind, no name)
    let counted = || doc.chars.get(se).is_some_and(|c| c.is_ascii_digit()) || doc.chars.get(se).is_some_and(|&c| "一二三四五六七八九十两".contains(c)) && doc.chars.get(se + 1).is_some_and(|&c| "个处座".contains(c));
    if matches!(sfx.text, "收储点" | "收储中心" | "收储站") && counted() {
        return None;
    }
    // (金龙村儿童之家, 在竹核镇妇女之家, 横樟村共富工坊, 柳溪镇阳光家园: homes, workshops and
    // stations named by the place they serve, written in the clause before them; not a kind
    // alone, 妇女儿童之家25个, 共富工坊, nor 全镇|职工之家, nor a 加工坊)
    if lexicon::PLACED_KINDS.contains(&sfx.text) {
        let from = (sent.begin.max(sb.saturating_sub(10))..sb).rev().find(|&k| !is_han(doc.chars[k])).map_or(sent.begin.max(sb.saturating_sub(10)), |k| k + 1);
        let placed = (from..sb).any(|k| ends_a_place(doc.chars[k]) && (k == from || !"全各本该每".contains(doc.chars[k - 1])));
        if !placed || sfx.text == "工坊" && sb > 0 && doc.chars[sb - 1] == '加' {
            return None;
        }
    }
    // (柳溪村助餐点, 龛东社区助餐点: a meal point is named by the village or community it
    // serves; not 老年助餐点, 食堂助餐点)
    if sfx.text == "助餐点" && !["村", "社区", "居委会", "小区", "镇", "乡", "街道"].iter().any(|k| doc.str(sb.saturating_sub(k.chars().count()), sb) == *k) {
        return None;
    }
    // (物业|项目经理: the post, not a project)
    // (but 党委|书记 is the committee's secretary)
    if class == Class::Project && doc.tok_holding(se - 1).is_some_and(|t| t.end > se && lexicon::is_post(doc.word_str(t))) {
        return None;
    }
    // 柳溪/村/村集体: the village ends at the first 村
    if sfx.text == "村" && sb > 0 && doc.chars[sb - 1] == '村' {
        return None;
    }
    // (领导|包村/nr|制度, 驻村工作队, 岩樟|强村|发展有限公司: a verb and 村, one word, names no
    // village; 等村: the villages listed before)
    if sfx.text == "村" && sb > 0 && doc.tok_holding(sb - 1).is_some_and(|t| t.begin == sb - 1 && t.end == se) && lexicon::VILLAGE_VERBS.contains(&doc.str(sb - 1, se)) {
        return None;
    }
    let mut village_word = false;
    // (not 东沟村|组织开展: the verb 组织 after a village)
    if matches!(class, Class::AdministrativeDivision | Class::Community)
        && se < doc.chars.len()
        && lexicon::WORDS_AFTER_NAMES.contains(&doc.str(sb, se + 1))
        && !(doc.chars.get(se + 1) == Some(&'织') && doc.is_tok_start(se))
    {
        return None;
    }
    let mut begin = sb;
    // the suffix may start inside a word (阳湖净水厂 → 净水/厂): that word's head is name,
    // unless the head is a verb (主持会议) or a division word (街道社区)
    if let Some(t) = doc.tok_holding(sb).filter(|t| t.begin < sb) {
        let head = doc.text(t.begin, sb);
        let word = doc.text(t.begin, t.end);
        // jieba's dictionary also holds many villages (双泾村, 摆勺村): a word that ends with
        // 村 after two or more characters is a name unless it names a kind (checked below)
        village_word = sfx.text == "村" && t.end == se && head.chars().count() >= 2 && !head.ends_with('之');
        if (class == Class::AdministrativeDivision || sfx.text == "村")
            && !matches!(t.tag, Tag::PlaceName | Tag::PersonName)
            && !village_word
            && doc.segmenter.is_some_and(|s| s.has_word(&word))
        {
            return None; // 回乡, 城乡: a word, not a place
        }
        // going to or from a place (回村, 进镇, 返乡): a verb and the place's kind, no name
        // (韦振华|任镇/nr: nor the verb of taking a post there)
        let motion = matches!(head.as_str(), "回" | "进" | "驻" | "入" | "返" | "离" | "到" | "留" | "任");
        // (行政审批|服务局: what a department does names it)
        let department = class == Class::GovernmentBody && is_department_work(&head);
        // (高标准农田|建设项目: the works a project does, after what it works on)
        // (中医/馆|建设项目: a one-character noun ending a word jieba cut in two)
        let works = class == Class::Project
            && lexicon::CONSTRUCTION_VERBS.contains(&head.as_str())
            && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag.is_nominal() && (p.len() >= 2 || doc.tok_ending_at(p.begin).is_some_and(|q| q.tag == Tag::Noun && q.len() >= 2)));
        if !department && !works && (lexicon::PARTICIPATE_VERBS.contains(&head.as_str()) || lexicon::IMPLEMENT_VERBS.contains(&head.as_str()))
            || matches!(class, Class::Community | Class::AdministrativeDivision) && (motion || ends_with_division_suffix(&head) || lexicon::LEVEL_WORDS.contains(&head.as_str()))
        {
            return None;
        }
        begin = t.begin;
        // (中益|乡龙溪村: jieba glued the suffix of the township before to the village)
        if village_word && head.chars().count() >= 3 && head.starts_with(['乡', '镇']) && !doc.segmenter.is_some_and(|s| s.has_word(&word)) {
            begin += 1;
        }
    }
    // 浑源县|西|王庄村: a direction or 小/大/老/新 between a division and a village jieba
    // knows as one word starts the village's name
    if village_word && begin == doc.tok_holding(sb).map_or(sb, |t| t.begin) {
        if let Some(t) = doc.tok_ending_at(begin).filter(|t| leads_village_after_division(doc, t) || leads_village_at_phrase_start(doc, t)) {
            begin = t.begin;
        }
    }
    // 召开党风廉政建设大会: a meeting held is named by all that stands between the verb
    // and its kind word, verbs included
    let held_from = if class == Class::Event { held_since(doc, sent, begin).or_else(|| held_at(doc, sent, begin, se)).or_else(|| held_in(doc, sent, begin, se)) } else { None };
    // (会议现场举行了|项目集中签约: a signing is an event only where it is held, and the whole of
    // its name: not a title's 重大项目集中签约 before its figures, nor 3个文旅项目集中签约; not
    // 集中签约|仪式, 集中签约|暨开工, 集中签约|项目6个)
    if sfx.text == "集中签约"
        && (held_from.is_none() || ["仪式", "活动", "暨", "大会", "会", "开工", "项目", "现场", "的"].iter().any(|k| doc.str(se, (se + 2).min(doc.chars.len())).starts_with(k)))
    {
        return None;
    }
    if let Some(h) = held_from {
        begin = h;
        // (举办各种|晚会, 这类|会议, 这台|晚会, 最后|一次|联席会议: a kind or a pointer, not a name)
        if let Some(d) = doc.tok_starting_at(begin).filter(|d| matches!(doc.word_str(d), "各种" | "各类" | "这类" | "此类" | "这台" | "这场" | "那次" | "那场" | "最后")) {
            begin = d.end;
        }
        // (举办|53次|培训班, 7期|文物培训班: how many were held is no part of the name)
        if let Some(n) = doc.tok_starting_at(begin).filter(|n| n.tag == Tag::Numeral && !doc.word_str(n).starts_with('第')) {
            // (1.8|万场|招聘会: a count in ten thousands)
            let counted = |w: &str| {
                let w = w.strip_prefix(['万', '千', '百']).unwrap_or(w);
                matches!(w, "次" | "期" | "场" | "个" | "批" | "届")
            };
            if let Some(c) = doc.tok_starting_at(n.end).filter(|c| counted(doc.word_str(c)) && c.end <= sb) {
                begin = c.end;
            } else if doc.word_str(n).chars().last().is_some_and(|l| "次期场批".contains(l)) && n.end <= sb {
                // (两次|元首会议, 最后|一次: a count jieba read as one word)
                begin = n.end;
            }
        }
    }
    let place_like = matches!(class, Class::AdministrativeDivision | Class::Community);
    let compound = sfx.text == "小区";
    let limit = match class {
        Class::Event | Class::Project => 20,
        _ if compound => 7,
        Class::AdministrativeDivision => 5,
        _ => 14,
    };
    // (a project named after the company that builds it takes the company's whole name:
    // 天津海润精密部件有限公司|新能源汽车零部件扩产项目)
    // (nor an event named after a works' phase: …污水治理项目（二期）竣工验收会)
    // (and a branch named after its whole company: 宁夏惠民财产保险股份有限公司|西吉|支公司)
    let limit_from = |from: usize| {
        let words = doc.str(from, sb);
        if class == Class::Project && words.contains("公司") || class == Class::Event && words.contains(['）', ')']) || class == Class::Company && words.contains("有限公司") {
            limit + 14
        } else {
            limit
        }
    };
    // (an event named after a works' phase: the words before the phase are the works' name)
    let mut phase_of_works = false;
    // (a project's name walked back past 及: see below)
    let mut joined = false;
    // (在|阿热/nr|买里村: a village's word jieba guessed, after two characters it read as a
    // name, which a preposition of place or a pause opens: the village's name is all of them)
    if village_word && doc.segmenter.is_some_and(|s| !s.has_word(doc.str(begin, se))) {
        // (not a county's or city's short name jieba knows as a place: 桐庐/ns|深澳村)
        if let Some(p) = doc.tok_ending_at(begin).filter(|p| p.len() == 2 && p.tag == Tag::PersonName && doc.chars[p.begin..p.end].iter().all(|&c| is_han(c))) {
            let opens = doc.tok_ending_at(p.begin).is_some_and(|o| o.tag == Tag::Punct || matches!(doc.word_str(o), "在" | "到" | "和" | "与" | "及" | "至" | "从"));
            if opens && se - p.begin <= 6 {
                begin = p.begin;
            }
        }
    }
    // (巴热村至|加入/v|村: the other end of a road from a village, whatever word jieba reads
    // in its name)
    if sfx.text == "村" && begin == sb && !village_word {
        if let Some(p) = doc.tok_ending_at(begin).filter(|p| p.len() == 2 && doc.chars[p.begin..p.end].iter().all(|&c| is_han(c))) {
            let from_village = doc.tok_ending_at(p.begin).filter(|z| doc.word_str(z) == "至").and_then(|z| doc.tok_ending_at(z.begin)).is_some_and(|v| doc.word_str(v).ends_with('村'));
            // (、铺上/v|村|村委会主任: or a village whose committee or branch follows, after a pause)
            let body_after = ["村委会", "村民委员会", "村党支部", "村党总支"].iter().any(|k| doc.str(se, (se + k.chars().count()).min(doc.chars.len())) == *k)
                && !matches!(p.tag, Tag::Pronoun | Tag::Function | Tag::Numeral)
                && doc.tok_ending_at(p.begin).is_some_and(|z| z.tag == Tag::Punct);
            if from_village || body_after {
                begin = p.begin;
            }
        }
    }
    loop {
        // a village jieba knows as one word is that word (摆勺村), whatever stands before
        if village_word || held_from.is_some() || begin <= sent.begin || sb - begin >= limit_from(begin) {
            break;
        }
        let Some(t) = doc.tok_ending_at(begin) else { break };
        let w = doc.word_str(t);
        // a capacity is part of a project's name: 年产10万吨饲料加工项目
        // (的|万吨/m|杂粮精深加工项目, 百亩|…基地: a scale with no numeral before it is a
        // word of the name)
        // (the scale of a size: 万亩, 千吨; not a count, 百个, 百余项; the name starts there)
        let scale = class == Class::Project
            && w.len() == 6
            && w.chars().count() == 2
            && w.starts_with(['万', '千', '百'])
            && w.chars().nth(1).is_some_and(|u| "亩吨头只羽方".contains(u))
            && doc.tok_ending_at(t.begin).is_none_or(|p| p.tag != Tag::Numeral && !doc.word_str(p).ends_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十两几数".contains(c)));
        if scale {
            begin = t.begin;
            break;
        }
        // (和|户/q|厕改造项目: a household's thing, no count: see extends_name)
        let households = w == "户" && extends_name(doc, t, w, class, begin == sb);
        if class == Class::Project && is_figure_word(w) && !households {
            match capacity_start(doc, t) {
                // the name starts at the capacity: what stands before it builds or runs
                // the project (投资兴建|年产10万吨…, 恒信达公司|年产10万吨…)
                Some(b) if sb - b <= limit + 8 => {
                    begin = b;
                    break;
                }
                _ => break,
            }
        }
        // a research body named by two fields (东北地理与农业生态研究所): 与/和 between common
        // nouns stays in its name (not between two bodies: 秘书处和纳伊夫研究所, 企业和国家实验室)
        if matches!(sfx.text, "研究所" | "研究院" | "研究中心" | "实验室") && matches!(w, "与" | "和") && begin < sb {
            let field = doc.tok_ending_at(t.begin).filter(|p| {
                let pw = doc.word_str(p);
                p.tag == Tag::Noun && p.len() >= 2 && !lexicon::SUFFIXES.iter().any(|s| pw.ends_with(s.text)) && extends_name(doc, p, pw, class, false)
            });
            let second = doc.str(begin, sb);
            if let Some(p) = field.filter(|_| !doc.looks_like_name(begin, sb) && !["国家", "全国", "全军", "中国", "国"].iter().any(|n| second.starts_with(n))) {
                begin = p.begin;
                continue;
            }
        }
        // a department named by two fields of its work (发展和改革局, 自然资源和规划分局,
        // 住房和城乡建设局, 镇人力资源和社会保障服务所): 和 between two words of work, not between two bodies (县委和县政府)
        // (乡人力资源和|社会保障所: the suffix the second field itself)
        if class == Class::GovernmentBody && w == "和" && (begin < sb || sfx.text == "社会保障所") && matches!(sfx.text, "局" | "分局" | "厅" | "委" | "委员会" | "部" | "办公室" | "中心" | "服务所" | "社会保障所") {
            let after = doc.str(begin, sb);
            // (the department of a level or place named right before: 区|自然资源和规划分局,
            // 路桥区|发展和改革局; not 城市面积和规划格局, 经委和劳动局)
            // (祁县/ns|工业和信息化局: a county of two characters too, which jieba knows as a place)
            let owner = |o: &Tok| lexicon::LEVEL_WORDS.contains(&doc.word_str(o)) || (o.len() >= 3 || o.len() == 2 && o.tag == Tag::PlaceName) && ends_with_division_suffix(doc.word_str(o));
            let owned = |p: &Tok| doc.tok_ending_at(p.begin).is_some_and(owner);
            let body = |w: &str| w.ends_with(['委', '局', '厅', '办', '部', '会', '所', '处', '院']) || lexicon::SUFFIXES.iter().any(|s| w.ends_with(s.text));
            // (区|政务/服务|和数据管理局, 县|文化/广电/体育|和旅游局: fields of two or three words)
            let two_words = |p: &Tok| {
                let mut q = doc.tok_ending_at(p.begin).filter(|q| q.tag == Tag::Noun && q.len() >= 2 && !body(doc.word_str(q)))?;
                for _ in 0..2 {
                    if doc.tok_ending_at(q.begin).is_some_and(owner) {
                        return Some(q.begin);
                    }
                    q = doc.tok_ending_at(q.begin).filter(|r| r.tag == Tag::Noun && r.len() >= 2 && !body(doc.word_str(r)))?;
                }
                None
            };
            // (the suffix a word of its own or the end of one: 建设局, not 格局)
            let suffix_word = doc.tok_holding(sb).is_none_or(|h| h.begin == sb || h.len() >= 3);
            let field = doc
                .tok_ending_at(t.begin)
                .filter(|p| p.tag == Tag::Noun && p.len() >= 2 && !body(doc.word_str(p)) && suffix_word)
                .and_then(|p| if owned(p) { Some(p.begin) } else { two_words(p) });
            if let Some(p) = field.filter(|_| !lexicon::LEVEL_WORDS.iter().any(|l| after.starts_with(l)) && !doc.looks_like_name(begin, sb)) {
                begin = p;
                continue;
            }
        }
        // (建成|医养结合/v|服务中心, 平岗镇|医养结合|中心: a centre named after the programme it
        // runs, whatever jieba tags its words)
        if begin == sb && matches!(class, Class::Institution | Class::SocialOrganization) && sfx.text.ends_with("中心") {
            let programme = lexicon::KNOWN_PROGRAMMES.iter().map(|k| (k, k.chars().count())).find(|&(k, n)| n >= 3 && n <= sb - sent.begin && doc.str(sb - n, sb) == *k && doc.is_tok_start(sb - n)).map(|(_, n)| n);
            // (and the place it serves before it, nothing else: 蓼堤镇卫生院建设|医养结合中心)
            if let Some(n) = programme {
                begin = sb - n;
                if let Some(p) = doc.tok_ending_at(begin).filter(|p| p.begin >= sent.begin && (p.tag == Tag::PlaceName || p.len() >= 2 && ends_with_division_suffix(doc.word_str(p)))) {
                    begin = p.begin;
                }
                break;
            }
        }
        // (鸿兴镇|2025/年|高标准农田建设项目: a project's year, after the place it is named with)
        // (not a year's batch or kind of projects: 狮山镇2025年第一季度重大项目, 2024年民生实事项目)
        let batch = || ["重点", "重大", "实事", "季度", "批", "省级", "市级", "县级"].iter().any(|k| doc.str(t.end, sb).contains(k));
        // (双/柳树镇/nr|2023/年度/…建设项目: or the year's 年度)
        if class == Class::Project && matches!(w, "年" | "年度") && !batch() {
            let year = doc.tok_ending_at(t.begin).filter(|y| y.len() == 4 && doc.chars[y.begin..y.end].iter().all(char::is_ascii_digit));
            if let Some(y) = year.filter(|y| doc.tok_ending_at(y.begin).is_some_and(|p| ends_with_division_suffix(doc.word_str(p)) && p.begin >= sent.begin)) {
                begin = y.begin;
                continue;
            }
        }
        // (柑橘分选|及|冷链仓储项目, 玉米烘干|及|深加工项目: two works joined by 及 name one
        // project; not two projects, …项目及…项目)
        // (污水治理|和|户厕改造项目: or by 和 after a kind of works, not two bodies' project)
        if class == Class::Project && (w == "及" || w == "和") && begin < sb {
            let work = doc.tok_ending_at(t.begin).filter(|p| {
                let pw = doc.word_str(p);
                matches!(p.tag, Tag::Noun | Tag::Verb) && p.len() >= 2 && !pw.ends_with("项目") && !pw.ends_with("工程") && !lexicon::SUFFIXES.iter().any(|s| pw.ends_with(s.text))
                    && (w == "及" || lexicon::CONSTRUCTION_VERBS.contains(&pw))
            });
            if work.is_some() {
                begin = t.begin;
                joined = true;
                continue;
            }
        }
        // (经县/n|农业农村局, 请县/n|农技推广站: a preposition or verb jieba glued to a level
        // word: the name starts at the level word)
        if glued_to_level(doc, t) && doc.chars[t.begin + 1] != '村' && !matches!(class, Class::AdministrativeDivision | Class::Community) {
            begin = t.begin + 1;
            break;
        }
        // (县消防救援大队|泸沽专职消防站: a fire station is named by its place, not by the
        // brigade it belongs to)
        if matches!(sfx.text, "消防站" | "消防救援站" | "微型消防站") && (w.ends_with("大队") || w.ends_with("支队")) {
            break;
        }
        // (镇农机管理站|联合|中石化沙洋石油分公司: 联合 after a body joins two bodies; not 美国
        // 联合电脑公司, whose name holds it)
        // (镇武装部|协同/n|勐满派出所: or 协同, 配合)
        if matches!(w, "联合" | "协同" | "配合") && doc.tok_ending_at(t.begin).is_some_and(|p| p.len() >= 2 && doc.word_str(p).ends_with(['站', '局', '所', '社', '会', '院', '委', '办', '队', '厂', '司', '部'])) {
            break;
        }
        // (…污水治理项目（二期）|竣工验收会: a works' phase in brackets stays inside the name
        // of what is named after it)
        if matches!(class, Class::Project | Class::Event) && matches!(w, "）" | ")") && begin >= 6 && phase_in_brackets(doc, begin - 4) == Some(begin) && matches!(doc.str(begin - 6, begin - 4), "项目" | "工程") {
            begin -= 4;
            phase_of_works = class == Class::Event;
            continue;
        }
        // (建设|柑橘分选及冷链仓储项目: the verb that builds the joined works is not their name)
        if joined && (lexicon::BUILDING_AFTER_INVESTMENT.contains(&w) || matches!(w, "引进" | "推进" | "开工" | "签约" | "共建")) {
            break;
        }
        // (垃圾|三大|改造整治工程: the count of a numbered programme starts it)
        if w.chars().count() == 2 && w.ends_with('大') && w.starts_with(|c: char| "二三四五六七八九十两".contains(c)) {
            break;
        }
        // (崔成浩任/nr|镇级总河长, 农德光|会同|镇司法所, 管护员|以及|卡达村: a name glued to the
        // verb of taking a post or of going, or a word joining two, starts no place; 谭晓凤任/nr|
        // 集团执行校长: nor any name)
        if place_like && matches!(w, "会同" | "以及" | "带领") || t.tag == Tag::PersonName && t.len() >= 3 && w.ends_with(['任', '到', '在']) {
            break;
        }
        // (开鲁新村|第三/m|居民区: a residents' area numbered among its estate's)
        if sfx.text == "居民区" && begin == sb && t.tag == Tag::Numeral && w.starts_with('第') && w.chars().count() <= 3 {
            begin = t.begin;
            continue;
        }
        if !extends_name(doc, t, w, if phase_of_works { Class::Project } else { class }, begin == sb) {
            break;
        }
        // (全面推广/n|荣泰社区: an adverb and a verb of carrying out, one word jieba tagged as
        // a noun, start no place; 建设|社区 may be a name)
        if place_like && t.len() >= 3 && lexicon::IMPLEMENT_VERBS.iter().any(|v| v.chars().count() >= 2 && w.ends_with(v)) {
            break;
        }
        // (镇长陈立新代表|党寨镇人民政府作报告: a person speaking for a body is no part of its
        // name; 代表资格审查委员会 is a name)
        if w == "代表" && (2..=3).any(|k| t.begin >= k && person_name_at(doc, t.begin - k).is_some_and(|(_, e)| e == t.begin)) {
            break;
        }
        // 他|会同|镇农业服务中心: the word after a subject pronoun is its predicate
        if after_subject_pronoun(doc, t.begin) {
            break;
        }
        // 县委|县政府, 镇党委|政府: the party committee and the government are two bodies
        if matches!(sfx.text, "政府" | "人民政府") && committee_level(doc, t).is_some() {
            break;
        }
        // (梧垟|镇岚下/ns|村: jieba glued the township's suffix to the village after it)
        if class == Class::Community && t.len() >= 3 && matches!(doc.chars[t.begin], '镇' | '乡') && t.begin > 0 && is_han(doc.chars[t.begin - 1]) {
            begin = t.begin + 1;
            break;
        }
        // 澜州市云澄区青禾镇: a division or community name does not take in its parent
        // (柳溪村|小寨沟自然村: nor a village the village it lies in)
        // (市光四村|居民区, 开鲁新村|第三居民区: but a residents' area is named after the estate,
        // a 村 or 新村 of a city, it is; and may be numbered among its areas)
        let estate = sfx.text == "居民区";
        if place_like && (ends_with_division_suffix(w) || class == Class::Community && t.len() >= 2 && (w.ends_with('村') && !estate || w.ends_with("社区") || w.ends_with("嘎查"))) {
            break;
        }

        if sb - t.begin > limit_from(t.begin) {
            break;
        }
        // a name may start with a chain of places (贵州省农业厅, 宁夏回族自治区银川市第二人民医院);
        // what stands before the chain is not part of it (股长甘明|重庆市电影公司)
        let first = doc.tok_starting_at(begin);
        let starts_with_place = first.is_some_and(|f| f.tag == Tag::PlaceName && ends_with_division_suffix(&doc.word(f)) && f.len() >= 3);
        // (but the party or the youth league whose committee of the place it is: 中共|象州县
        // 委员会, 共青团|象州县委员会)
        if starts_with_place && sfx.text == "委员会" && lexicon::COMMITTEE_OWNERS.contains(&w) {
            begin = t.begin;
            break;
        }
        // (四川凉山|昭觉县劳务开发有限公司: a company's chain may go by short names)
        // (a province's or city's the table knows: not 韩瑞云|吉林省科协, a list of names)
        let short_place = matches!(class, Class::Company | Class::SocialOrganization) && t.tag == Tag::PlaceName && t.len() >= 2 && doc.segmenter.is_some_and(|s| s.is_place(w));
        // (国网|大冶市供电公司: State Grid's short name before the chain of its county company
        // starts the name; …党支部联合|国网…: nothing before it does)
        if starts_with_place && matches!(class, Class::Company | Class::GovernmentBody) && w == "国网" {
            begin = t.begin;
            break;
        }
        if starts_with_place && !(t.tag == Tag::PlaceName && ends_with_division_suffix(w)) && !short_place {
            break;
        }
        // a person's name right before a place word starts a new phrase (杨本鹏|海南医学院)
        // (not before one character jieba tagged as a place: 桂花|坪|村 is one village)
        // (but 、丰益/nr|北里/ns|社区: a community's name jieba cut in two, at a list's start)
        let listed = class == Class::Community && doc.tok_ending_at(t.begin).is_none_or(|p| p.tag == Tag::Punct);
        if t.tag == Tag::PersonName && first.is_some_and(|f| f.tag == Tag::PlaceName && f.len() >= 2) && !listed {
            break;
        }
        // figures are not name parts (20项|科技合作开发项目, 2万亩|优质烤烟生产基地), but an
        // event's year is (2024年度党建工作会议)
        let year = class == Class::Event && w.len() == 4 && doc.chars.get(t.end) == Some(&'年');
        if w.chars().any(|c| c.is_ascii_digit()) && !w.chars().any(|c| c.is_ascii_alphabetic()) && !year {
            break;
        }
        if t.len() == 1 && lexicon::is_unit(w) && doc.chars.get(t.begin.wrapping_sub(1)).is_some_and(|c| c.is_ascii_digit()) {
            break;
        }
        begin = t.begin;
    }
    // (合浦|至湛江高铁…工程, 提升|和现代化改造: the length limit or a word that stops names
    // cut a project's name at a word that joins two of its parts; it starts after that word)
    if class == Class::Project {
        while let Some(f) = doc.tok_starting_at(begin).filter(|f| f.end < sb && matches!(doc.word_str(f), "至" | "和" | "及")) {
            begin = f.end;
        }
    }
    // (晏立/nr|军代表/n|镇人民政府: 代表 before a level word speaks for the body; the name starts
    // after it, and no division's name holds it)
    if matches!(class, Class::AdministrativeDivision | Class::Community) && doc.str(begin, sb).contains("代表") {
        return None;
    }
    if let Some(i) = doc.str(begin, sb).rfind("代表") {
        let at = begin + doc.str(begin, sb)[..i].chars().count() + 2;
        if at < sb && matches!(doc.chars[at], '镇' | '乡' | '县' | '区' | '市') {
            begin = at;
        }
    }
    // (…农业开发有限公司|冷库, …为农服务中心|冷库; …充电棚|改造工程: a body's store or shed is
    // the body's, and one that works are done on is what the works name)
    // (配套建设|柳溪育苗中心, 新建|冷库: the verbs of building before one are the sentence's)
    if matches!(sfx.text, "冷库" | "公墓" | "充电棚" | "育苗中心") {
        while let Some(t) = doc.tok_starting_at(begin).filter(|t| t.end < sb && (lexicon::CONSTRUCTION_VERBS.contains(&doc.word_str(t)) || matches!(doc.word_str(t), "建成" | "建有" | "新增"))) {
            begin = t.end;
        }
    }
    if matches!(sfx.text, "冷库" | "公墓" | "充电棚")
        && (["公司", "中心", "合作社", "站", "所"].iter().any(|k| doc.str(begin, sb).ends_with(k)) || doc.str(se, (se + 2).min(doc.chars.len())) == "改造")
    {
        return None;
    }
    // (3|个村/n|退役军人服务站: bodies counted, whose classifier jieba glued to their level)
    if doc.chars[begin] == '个' && begin > 0 && (doc.chars[begin - 1].is_ascii_digit() || crate::segment::is_one_to_ten(doc.chars[begin - 1]) || matches!(doc.chars[begin - 1], '两' | '几' | '多')) {
        return None;
    }
    // (国家税务总局|孟村|回族自治县: no village's name holds a body's)
    if class == Class::Community && sfx.text == "村" && ["总局", "税务局", "公司", "委员会"].iter().any(|k| doc.str(begin, sb).contains(k)) {
        return None;
    }
    // (张庙派出所|社区民警: a body's community officer, no community named after the body)
    if sfx.text == "社区" && class == Class::Community && doc.str(begin, sb).ends_with(['所', '局', '队', '院', '站']) {
        return None;
    }
    // (县市场监管局|坪滩市场监督管理所: the bureau's office is named after the bureau, by its
    // township)
    if matches!(sfx.text, "市场监督管理所" | "市场监管所") {
        if let Some(i) = doc.str(begin, sb).rfind('局') {
            let at = begin + doc.str(begin, sb)[..i].chars().count() + 1;
            if doc.is_tok_end(at) {
                begin = at;
            }
        }
    }
    // (阔/a|什艾|日克村: a Uyghur village jieba cut into words of its transliterated syllables,
    // the word it knows last)
    // (not 王明|和/c|松德村/nr: a conjunction between a name and a village is no syllable)
    if class == Class::Community && village_word {
        let syllables = |t: &Tok| t.tag != Tag::Function && doc.chars[t.begin..t.end].iter().all(|&c| lexicon::is_transliteration_char(c));
        if doc.tok_holding(sb).is_some_and(|h| h.begin < sb && doc.chars[h.begin..sb].iter().all(|&c| lexicon::is_transliteration_char(c))) {
            while let Some(t) = doc.tok_ending_at(begin).filter(|t| t.begin >= sent.begin && syllables(t) && sb - t.begin <= 8) {
                begin = t.begin;
            }
        }
    }
    // (什运乡|人大代表|联络站: a deputies' liaison station is named by its place or level
    // and whose deputies meet there; 村级人大代表联络站, 代表联络站 are kinds)
    if sfx.text == "联络站" {
        let stem = doc.str(begin, sb);
        let place = ["人大代表", "人大", "代表", "政协委员", "党代表"].iter().find_map(|w| stem.strip_suffix(w));
        if !place.is_some_and(|p| (1..=7).contains(&p.chars().count()) && (p.ends_with(['镇', '乡', '村', '县', '区', '道', '旗']) || p.ends_with("社区"))) {
            return None;
        }
    }
    // (村监委会: a village's or community's supervisory committee; not 国家监委|会同)
    if sfx.text == "监委会" && !(sb > 0 && matches!(doc.chars[sb - 1], '村' | '居' | '区')) {
        return None;
    }
    // a village of two characters jieba cut after the first, whose first word is the
    // village's, not the sentence's: one character right after its township (林逢镇|那/r|
    // 塘村), or a number jieba read as a figure (六分/m|地村, 三道/m|沟村)
    if class == Class::Community && sfx.text == "村" && sb - begin == 1 {
        let after_township = |t: &Tok| {
            let w = doc.word_str(t);
            t.len() == 1 && t.begin > sent.begin && matches!(doc.chars[t.begin - 1], '镇' | '乡') && is_han(doc.chars[t.begin]) && (!lexicon::is_stop_word(w) || w == "那") && !matches!(w, "各" | "每" | "全" | "本" | "该" | "和" | "与" | "及" | "的" | "在" | "到" | "村" | "驻" | "进" | "包")
        };
        let number = |t: &Tok| !village_word && t.tag == Tag::Numeral && numbers_a_village(doc.word_str(t)) && t.begin >= sent.begin;
        if let Some(t) = doc.tok_ending_at(begin).filter(|t| after_township(t) || number(t)) {
            begin = t.begin;
        }
    }
    if class == Class::Community && sfx.text == "村" {
        // (在港/n|上/f|村, 、河/n|东/f|村: a village named by a word and a direction, which jieba
        // cut into both, after a preposition, a pause or an item's 、)
        let direction = doc.tok_ending_at(sb).filter(|d| d.tag == Tag::Direction && d.len() == 1 && d.begin + 1 == sb && begin + 1 >= sb);
        if let Some(w) = direction.and_then(|d| doc.tok_ending_at(d.begin)).filter(|w| {
            (1..=2).contains(&w.len())
                && w.begin >= sent.begin
                && matches!(w.tag, Tag::Noun | Tag::PlaceName | Tag::PersonName)
                && doc.chars[w.begin..w.end].iter().all(|&c| is_han(c) && !"省市县区镇乡村州旗盟".contains(c))
                && !lexicon::is_stop_word(doc.word_str(w))
                && (w.begin == sent.begin || doc.tok_ending_at(w.begin).is_some_and(|p| p.tag == Tag::Punct || matches!(doc.word_str(p), "在" | "到" | "赴" | "和" | "与" | "及" | "的")))
        }) {
            begin = w.begin;
        }
    }
    // (在嘎|吉林/ns|社区, 、古|木村, 由和|乐镇/nr|水务站, 。矣|堵村/nr|党总支: one character jieba
    // cut off a village's or town's name, where no word of the sentence can take it: it
    // follows a pause, an item's 、 or a preposition, and is no word that stands alone there)
    if begin < sb && begin > 0 {
        if let Some(x) = doc.tok_ending_at(begin).filter(|x| x.len() == 1 && is_han(doc.chars[x.begin]) && x.begin >= sent.begin.saturating_sub(1)) {
            let c = doc.chars[x.begin];
            let after_pause = x.begin == sent.begin || doc.tok_ending_at(x.begin).is_some_and(|p| p.tag == Tag::Punct || matches!(doc.word_str(p), "在" | "由" | "从" | "到" | "向" | "对" | "为" | "赴"));
            let alone = "各每全本该我此这其另某首两几多诸众近逾约共总省市县区州盟旗镇乡村的了在到与及或等是为将把被让给以据经随距离自当也都又并即还就才均已再不要会能可所驻进包去来回往至新老小大中上下里内外由对像向从跟同比按凭沿朝叫使令请帮替于如若则而且但任原记边曾现时兼系".contains(c);
            let first = doc.tok_starting_at(begin).filter(|f| f.end <= sb);
            let rest = doc.str(begin, sb);
            let village = class == Class::Community && (1..=3).contains(&rest.chars().count()) && first.is_some_and(|f| matches!(f.tag, Tag::PlaceName | Tag::PersonName | Tag::Noun));
            // (a body named by its town or village, which jieba read as a name: 乐镇/nr)
            // (not a verb's character: 窝/v|北镇/ns is a town the text names whole, found as such)
            // (not before a whole name of its own: ，和|辛店镇/ns|人民政府 joins a second body)
            let place = x.tag != Tag::Verb && first.is_some_and(|f| matches!(f.tag, Tag::PlaceName | Tag::PersonName) && f.len() == 2 && ends_with_division_suffix(doc.word_str(f)));
            if after_pause && !alone && (village || place) {
                begin = x.begin;
            }
        }
    }
    // (贵州|数聚/v|未来/t|科技有限公司, 山东|鲁东/nr|海洋装备有限公司, 北京华/升|电梯…: a
    // company named by its province and a trade name jieba cut into words that stop names)
    let starts_with_province = |b: usize| lexicon::PROVINCE_SHORT_NAMES.iter().any(|p| doc.str(b, sb).starts_with(p)) || doc.tok_starting_at(b).is_some_and(|f| ends_with_division_suffix(doc.word_str(f)));
    if class == Class::Company && sfx.text.contains("公司") && !starts_with_province(begin) {
        if let Some(b) = province_trade_name(doc, sent, begin) {
            begin = b;
        }
    }
    // (澄远县|善行/v|社会工作服务中心, 南宁市武鸣区|同心/a|社工服务中心: a social-work agency named
    // by its county or city and a trade name of two characters jieba read as a word that stops
    // names)
    // (南宁市武鸣区|善行社会工作服务中心: or past the places before a trade name the walk took)
    let agency = ["社会工作", "社工"].iter().find_map(|w| doc.str(begin, sb).strip_suffix(*w)).filter(|t| t.is_empty() || t.chars().count() == 2 && doc.is_tok_start(begin + 2));
    if sfx.text == "服务中心" && agency.is_some() {
        let trade = if agency == Some("") { doc.tok_ending_at(begin) } else { doc.tok_starting_at(begin) };
        let trade = trade.filter(|t| t.len() == 2 && t.begin >= sent.begin && doc.chars[t.begin..t.end].iter().all(|&c| is_han(c)) && !matches!(t.tag, Tag::Punct | Tag::Function | Tag::Pronoun | Tag::Numeral));
        let mut b = trade.map_or(begin, |t| t.begin);
        loop {
            let Some(p) = doc.tok_ending_at(b).filter(|p| trade.is_some() && p.begin >= sent.begin) else { break };
            if p.len() >= 2 && ends_with_division_suffix(doc.word_str(p)) && matches!(p.tag, Tag::PlaceName | Tag::Noun) {
                b = p.begin;
                continue;
            }
            // (武鸣/nr|区: a division's name and its level word, cut in two)
            let name = doc.tok_ending_at(p.begin).filter(|n| p.len() == 1 && "县区市州旗".contains(doc.chars[p.begin]) && n.len() == 2 && n.begin >= sent.begin && matches!(n.tag, Tag::PlaceName | Tag::PersonName | Tag::Noun));
            match name {
                Some(n) => b = n.begin,
                None => break,
            }
        }
        if trade.is_some_and(|t| b < t.begin) {
            begin = b;
        }
    }
    // (定兴县鑫达冷链物流|有限公司冷链物流园项目: a project's name that the length limit cut
    // inside the name of the company before it starts after the company's)
    // (…管理|有限公司京东…项目: or where a word that stops names ended it inside one)
    let cut = begin > 0 && is_han(doc.chars[begin - 1]) && !doc.tok_ending_at(begin).is_some_and(|p| p.tag == Tag::Function || lexicon::is_stop_word(doc.word_str(p)));
    if class == Class::Project && (cut || ["有限", "公司", "集团公司"].iter().any(|c| doc.str(begin, sb).starts_with(c))) {
        let words = doc.str(begin, sb);
        if let Some(i) = ["有限公司", "有限责任公司", "集团公司"].iter().filter_map(|c| words.rfind(c).map(|i| i + c.len())).max() {
            let at = begin + words[..i].chars().count();
            if sb - at >= 2 && !is_generic_prefix(&words[i..]) && doc.is_tok_end(at) {
                begin = at;
            }
        }
    }
    // 没有兴师动众的欢迎仪式, 不搞开工仪式: an event that did not take place
    if class == Class::Event {
        let clause = doc.str(doc.clause_start(sent.begin, begin, &[]), begin);
        if ["没有", "不搞", "不举行", "取消", "不开"].iter().any(|n| clause.contains(n)) {
            return None;
        }
    }
    // 成为全省最大的优质煤基地: what something becomes or serves as is a description
    if matches!(class, Class::Project | Class::Initiative) && doc.tok_ending_at(begin).is_some_and(|p| matches!(doc.word_str(p), "成为" | "作为" | "成了" | "变成")) {
        return None;
    }
    // (中国邮政|云阳县|分公司, 浦城/农商/银行|仙阳|支行: a branch named by
    // its place starts with its body's name, the words of a name before a word ending so)
    // (中国邮政/集团有限公司|互助县/n|分公司: the place a county's name jieba did not tag)
    if lexicon::BRANCH_SUFFIXES.contains(&sfx.text) && doc.tok_starting_at(begin).is_some_and(|t| t.tag == Tag::PlaceName || t.len() >= 3 && ends_with_division_suffix(doc.word_str(t))) {
        if let Some(parent) = doc.tok_ending_at(begin).filter(|p| lexicon::BRANCH_PARENTS.iter().any(|k| doc.word_str(p).ends_with(k))) {
            let mut at = parent.begin;
            // (the words before a generic word of the body's kind: 浦城/农商/|银行; a body jieba
            // knows whole, 中国邮政, needs none)
            // (中国邮政/集团有限公司: a company's generic ending)
            let generic = lexicon::BRANCH_PARENTS.contains(&doc.word_str(parent)) || matches!(doc.word_str(parent), "有限公司" | "股份有限公司" | "保险公司" | "集团有限公司" | "集团股份有限公司");
            for _ in 0..if generic { 3 } else { 0 } {
                match doc.tok_ending_at(at).filter(|q| matches!(q.tag, Tag::Noun | Tag::PlaceName) && doc.chars[q.begin..q.end].iter().all(|&c| is_han(c)) && !lexicon::is_stop_word(doc.word_str(q))) {
                    Some(q) if q.begin >= sent.begin && !doc.word_str(q).ends_with(['镇', '乡', '村']) => at = q.begin,
                    _ => break,
                }
            }
            begin = at;
        }
    }
    // (镇属强村公司|台州北洋富民实业有限公司: a kind of company said before a company's name
    // is no part of it)
    if class == Class::Company && sfx.text.ends_with("公司") && !lexicon::BRANCH_SUFFIXES.contains(&sfx.text) {
        if let Some(i) = doc.str(begin, sb).rfind("公司") {
            let at = begin + doc.str(begin, sb)[..i].chars().count() + 2;
            // (not a branch, which keeps its company's name: …保险股份有限公司台山支公司)
            if sb >= at + 2 && doc.is_tok_end(at) && !doc.str(begin, sb).ends_with(['分', '支']) {
                begin = at;
            }
        }
    }
    // (促进|上海国际经济中心: what a department does states its work after a name, never
    // starts one)
    if matches!(class, Class::GovernmentBody | Class::Institution) {
        while let Some(t) = doc.tok_starting_at(begin).filter(|t| t.end < sb && is_department_work(doc.word_str(t))) {
            begin = t.end;
        }
    }
    // 青岚镇|建设|光伏发电项目: a verb right after the place a project's name starts with is
    // the sentence's (a project's name puts its verb last: …小区改造项目)
    if class == Class::Project {
        // (a division's name: not 广西南宁|抽水蓄能电站; a verb of building or bringing in: not
        // 蔚县|水毁公路…工程)
        let verb = |v: &Tok| {
            let w = doc.word_str(v);
            lexicon::CONSTRUCTION_VERBS.contains(&w) || lexicon::UNDERTAKE_VERBS.contains(&w) || w == "建成"
        };
        if let Some(first) = doc.tok_starting_at(begin).filter(|f| f.len() >= 2 && ends_with_division_suffix(doc.word_str(f))) {
            if let Some(v) = doc.tok_starting_at(first.end).filter(|v| verb(v) && v.len() >= 2 && sb >= v.end + 2) {
                begin = v.end;
            }
        }
        // (平原县龙湖产业园|建设|高端装备制造产业园项目, 石门村|建设|…加工厂项目: after a
        // park or a village named first, too)
        let mut at = begin;
        while let Some(t) = doc.tok_starting_at(at).filter(|t| t.end + 2 <= sb) {
            let after_place = at > begin && {
                let w = doc.str(begin, at);
                // (镇/乡/县/街道: 灌区, 景区, 城区 end with 区 and are no places)
                ["产业园", "园区", "开发区", "工业园", "基地", "村", "社区", "镇", "乡", "县", "街道"].iter().any(|k| w.ends_with(k)) && w.chars().count() >= 3
            };
            if after_place && verb(t) && t.len() >= 2 {
                begin = t.end;
                break;
            }
            at = t.end;
        }
        // (建设智能化生产线8条: a verb of building and the kind of works it counts name no project;
        // 开发林业碳票项目12个 counts projects of a name)
        if !matches!(sfx.text, "项目" | "工程") && doc.tok_starting_at(begin).is_some_and(|t| lexicon::CONSTRUCTION_VERBS.contains(&doc.word_str(t))) && doc.chars.get(se).is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(*c)) {
            return None;
        }
        // (利用…村集体闲置建设用地|建设|分布式光伏发电项目: a verb of building with the words of
        // a name after it (four characters and more) begins the name; what stands before is
        // where or with what it is built. A name keeps a verb that ends it: …示范带建设|提升工程)
        // (启动|建设|柳溪藏香产业园: nor does 建设 start one; 新建教学楼 may)
        // (after the verb it is the object of: 启动|建设; not at a clause's start: 投资了3亿元，|建设|
        // 地面大中型项目)
        if let Some(t) = doc.tok_starting_at(begin).filter(|t| t.end + 2 <= sb && doc.word_str(t) == "建设" && doc.tok_ending_at(begin).is_some_and(|v| !matches!(v.tag, Tag::Punct | Tag::Numeral))) {
            begin = t.end;
        }
        let mut at = begin;
        while let Some(t) = doc.tok_starting_at(at).filter(|t| t.end + 4 <= sb) {
            if t.begin >= begin + 2 && lexicon::BUILDING_AFTER_INVESTMENT.contains(&doc.word_str(t)) {
                begin = t.end;
            }
            at = t.end;
        }
    }
    // 共|开发|林业碳票项目: a verb right after an adverb is the sentence's, not the name's
    if class == Class::Project {
        if let (Some(first), Some(before)) = (doc.tok_starting_at(begin).filter(|f| f.end < sb), doc.tok_ending_at(begin)) {
            let adverb = matches!(doc.word_str(before), "共" | "已" | "将" | "正在" | "全力" | "大力" | "累计" | "先后" | "还" | "又" | "再" | "均" | "都" | "也");
            if first.tag == Tag::Verb && adverb {
                begin = first.end;
            }
            // (投资8000万元|建设|后安粉预制菜加工项目: the verb after what is invested)
            let sum = |t: &Tok| t.end > 0 && doc.str(t.begin, t.end).ends_with('元') && doc.chars[t.begin].is_ascii_digit() || matches!(doc.str(t.begin, t.end), "万元" | "亿元" | "元");
            // (公司投资1.5亿元，|建设|番薯全产业链深加工项目: or after the sum and a comma)
            let invested = sum(before) || doc.word_str(before) == "，" && doc.tok_ending_at(before.begin).is_some_and(|t| sum(t));
            if invested && lexicon::BUILDING_AFTER_INVESTMENT.contains(&doc.str(first.begin, first.end)) {
                begin = first.end;
            }
        }
    }
    if class == Class::AdministrativeDivision {
        let prefix = doc.text(begin, sb);
        if let Some(p) = prefix.rfind(['省', '市', '县', '区', '镇', '乡']) {
            let cut = begin + prefix[..p].chars().count() + 1;
            if sb - cut < 2 {
                return None;
            }
            begin = cut;
        }
        let zone = lexicon::ZONE_SUFFIXES.contains(&sfx.text);
        // (江西|南昌高新区, 苏州|太仓高新区: a zone goes by the last place of its name)
        if zone {
            while let Some(t) = doc.tok_starting_at(begin).filter(|t| t.tag == Tag::PlaceName && doc.tok_starting_at(t.end).is_some_and(|n| n.tag == Tag::PlaceName && n.end <= sb)) {
                begin = t.end;
            }
        }
        let name = doc.text(begin, se);
        let tail: String = name.chars().rev().take(2).collect::<Vec<_>>().into_iter().rev().collect();
        if !zone && (lexicon::NOT_DIVISION_ENDINGS.contains(&tail.as_str()) || name.chars().count() > 7) || zone && sb - begin > 6 {
            return None;
        }
        // 全国文明镇, 历史文化名镇: a title, not a place
        if lexicon::TITLE_WORDS.iter().any(|w| doc.text(begin, sb).contains(w)) {
            return None;
        }
    }
    // a quoted name (“百企兴村”) is the quote detector's
    if begin > 0 && matches!(doc.chars[begin - 1], '“' | '‘') && doc.chars.get(se).is_some_and(|c| matches!(c, '”' | '’')) {
        return None;
    }
    // (——访青禾/nr|街道: an interview's verb jieba glued to the name after the dash)
    if begin > 0 && begin + 1 < sb && matches!(doc.chars[begin], '访' | '记') && matches!(doc.chars[begin - 1], '—' | '-' | '：') {
        begin += 1;
    }
    // strip leading particles the tokeniser left attached
    // (but an event's name that opens with a quoted title keeps its quote, so that the
    // title stays a mention inside it: “共富工坊”建设推进会)
    let opens_title = |b: usize| class == Class::Event && matches!(doc.chars[b], '“' | '‘') && doc.chars[b + 1..sb].contains(if doc.chars[b] == '“' { &'”' } else { &'’' });
    while begin < sb && matches!(doc.chars[begin], '、' | '“' | '”' | '‘' | '’' | '《' | '》' | '（' | '）' | '暨') && !opens_title(begin) {
        begin += 1;
    }
    // (临江花园小区|和德/胜里小区: a conjunction jieba glued to a compound's name)
    if compound && sb - begin >= 3 && matches!(doc.chars[begin], '和' | '与' | '及') {
        begin += 1;
    }
    // a meeting named after a quoted title (“两优一先”表彰大会): the quote is in its name,
    // the label without the marks
    if class == Class::Event && begin >= 3 && doc.chars[begin - 1] == '”' {
        if let Some(q) = (begin.saturating_sub(14).max(sent.begin)..begin - 2).rev().find(|&i| doc.chars[i] == '“') {
            if doc.chars[q + 1..begin - 1].iter().all(|&c| is_han(c) || c.is_ascii_alphanumeric()) {
                begin = q + 1;
            }
        }
    }
    // (科学调度|流域防洪工程, 补齐|…: works named by what they work on start at it, after the
    // sentence's verb)
    if class == Class::Project && sfx.text == "工程" && !doc.looks_like_name(begin, sb) {
        begin = works_start(doc, begin, sb);
    }
    let name = doc.text(begin, se).replace(['“', '”'], "");
    let prefix = doc.text(begin, sb);
    let prefix_len = prefix.chars().count();
    // (柳溪村服装加工车间, 同心社区电子组装车间: a workshop is named by the village or community
    // it employs; a company's 生产车间 is part of the company, and …数字化车间|改造项目 is a
    // project of its own)
    if (sfx.text == "车间" || sfx.text.ends_with("工坊")) && ["改造", "项目", "建设", "扩建", "工程", "升级"].iter().any(|k| doc.str(se, (se + 2).min(doc.chars.len())) == *k) {
        return None;
    }
    if sfx.text == "车间"
        && (!["村", "社区", "镇", "乡", "街道", "小区", "安置点"].iter().any(|k| prefix.contains(k))
            || ["公司", "合作社", "厂", "企业", "集团", "基地"].iter().any(|k| prefix.contains(k))
            // (村小学改造成|农产品加工车间: what a building became, no name)
            || ["改造成", "改建成", "改成", "建成", "变成", "和", "及"].iter().any(|k| prefix.contains(k)))
    {
        return None;
    }
    // (…“三资”|管理工作领导小组: a group named by a quoted task is not named by what follows
    // the quote alone)
    if sfx.text == "领导小组" && begin > 0 && doc.chars[begin - 1] == '”' {
        return None;
    }
    // (塞罕坝机械林场, 白石林场: a forest farm is named; 国营林场, 天然林林场 are kinds)
    if sfx.text == "林场" && !doc.looks_like_name(begin, sb) {
        return None;
    }
    // a people's congress is named by its place or level alone (镇人大, 青禾镇人大, 全国人大;
    // not 充分发挥|人大, 促进|人大)
    if matches!(sfx.text, "人大" | "人大主席团") && !lexicon::LEVEL_WORDS.contains(&prefix.as_str()) && prefix != "全国" {
        let mut at = begin;
        while let Some(e) = division_words_at(doc, at).filter(|&e| e <= sb) {
            at = e;
        }
        if at != sb || at == begin {
            return None;
        }
    }
    // 区委书记, 县委: the party committee of the document's own county; 村委会, 党支部 …
    // said alone: the body of the village or community last named (a town's 党委 says 镇党委)
    let bare_local = lexicon::BARE_LOCAL_BODIES.iter().find(|(body, _)| *body == sfx.text).map(|&(_, level)| level);
    // 地委, 行署 said alone: the prefecture's, which the resolver looks up among the names
    if prefix_len == 0 && matches!(sfx.text, "地委" | "行署") {
        return Some(Cand::new(begin, se, class, name, Rule::Suffix));
    }
    if prefix_len == 0 && (matches!(sfx.text, "区委" | "县委" | "市委" | "省委" | "旗委" | "州委") || bare_local.is_some()) {
        // 组建了19个管护队和党支部: branches counted in a list are a kind, no one village's
        let clause_begin = doc.clause_start(sent.begin, begin, &['。']);
        let counted = doc.chars[clause_begin.max(begin.saturating_sub(16))..begin]
            .windows(2)
            .any(|w| (w[0].is_ascii_digit() || "一二三四五六七八九十两百千".contains(w[0])) && "个支家所批".contains(w[1]));
        if bare_local.is_some() && counted {
            return None;
        }
        // 其中县委书记3名: posts counted are no one committee's
        let rest = doc.str(se, (se + 8).min(doc.chars.len()));
        let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c);
        if lexicon::POSTS.iter().any(|(p, _)| rest.strip_prefix(p).is_some_and(|r| r.starts_with(numeral))) {
            return None;
        }
        let mut cand = Cand::new(begin, se, class, name, Rule::Suffix);
        cand.relative = bare_local.or_else(|| sfx.text.chars().next());
        return Some(cand);
    }
    // 街道办事处主任…: said alone, the office of the document's street (its level word is
    // in the suffix)
    // (not after the street's name jieba cut off: 造化/街道办事处)
    if prefix_len == 0 && sfx.text == "街道办事处" && doc.tok_ending_at(begin).is_none_or(|t| matches!(t.tag, Tag::Punct | Tag::Function)) {
        let mut cand = Cand::new(begin, se, class, name, Rule::Suffix);
        cand.relative = Some('街');
        return Some(cand);
    }
    // 镇党委政府: the government of the committee's level
    if prefix_len == 0 && matches!(sfx.text, "政府" | "人民政府") {
        let level = doc.tok_ending_at(begin).and_then(|t| committee_level(doc, t));
        if let Some(level) = level {
            let mut cand = Cand::new(begin, se, class, format!("{level}{name}"), Rule::Suffix);
            cand.relative = Some(level);
            return Some(cand);
        }
    }
    // (看老旧|小区, 教师住宅|小区: a kind of compound after whatever words names none)
    if compound && lexicon::PLACE_KIND_MODIFIERS.iter().any(|k| k.chars().count() >= 2 && prefix.ends_with(k)) {
        return None;
    }
    // 人口规模|自然村, 实现|行政村: a kind of village after common words names none
    if matches!(sfx.text, "自然村" | "行政村") {
        // (jieba may glue two common words into one unknown word: 努力实现)
        let halves = prefix_len == 4 && {
            let mid = doc.chars[begin..sb].iter().take(2).map(|c| c.len_utf8()).sum::<usize>();
            doc.segmenter.is_some_and(|s| s.has_word(&prefix[..mid]) && s.has_word(&prefix[mid..]))
        };
        if !doc.looks_like_name(begin, sb) || halves {
            return None;
        }
    }
    // 原由|村|集体, 各|村|干部: the village's collective or cadres, said of no named village
    if sfx.text == "村" && ["集体", "干部", "级", "组", "委", "民"].iter().any(|w| doc.str(se, (se + 2).min(doc.chars.len())).starts_with(w)) && !doc.looks_like_name(begin, sb) {
        return None;
    }
    // a one-character village right after its township or town (浇底乡西村)
    let after_township = sfx.text == "村" && prefix_len == 1 && begin > 0 && matches!(doc.chars[begin - 1], '乡' | '镇');
    // 镇卫生院, 区司法所: a body named by its level word alone belongs to that level's place
    // (县造纸厂: a factory the level's place runs)
    // (村红白理事会, 社区卫生服务站: a village's or community's body, said by its level word)
    let level_body = !place_like
        && (class != Class::Project || sfx.text.ends_with('厂'))
        && (lexicon::LEVEL_WORDS.contains(&prefix.as_str()) || matches!(class, Class::SocialOrganization | Class::Institution) && matches!(prefix.as_str(), "村" | "社区"));
    // (主持召开|座谈会: a forum held, said by its kind alone, is the meeting the report tells
    // of, with its date and who spoke there)
    // (召开专题协商会: a consultation too, said by its kind or its manner and kind)
    if class == Class::Event
        && BARE_MEETINGS.contains(&sfx.text)
        && (prefix_len == 0 && doc.held_right_before(sb) || lexicon::EVENT_MANNERS.contains(&prefix.as_str()) && doc.held_right_before(begin))
    {
        return Some(Cand::new(begin, se, class, name, Rule::Suffix));
    }
    if prefix_len < sfx.min_prefix && !after_township && !level_body || lexicon::is_common_noun(&name.as_str()) {
        return None;
    }
    // (开展|2025年全民义务植树活动, 青禾镇2025年春季义务植树活动, 重阳节志愿服务活动: an
    // activity is an event the report names only with what makes it one; not 开展|志愿服务活动)
    // (…主题党日活动: a themed party day, which themed_party_days names)
    if sfx.text == "活动" && (!activity_named(doc, &prefix, begin) || prefix.ends_with("党日")) {
        return None;
    }
    // 位于青禾镇中心: the middle of a place, not a centre it runs
    if sfx.text == "中心" && prefix.ends_with(['省', '市', '县', '区', '镇', '乡', '村']) && !prefix.ends_with("社区") {
        return None;
    }
    if prefix.chars().any(|c| matches!(c, '“' | '”' | '‘' | '’')) && class != Class::Event {
        return None; // quoted names are the quote detector's
    }
    // (中共象州县委员会: the party's committee; 共青团象州县委员会: the youth league's)
    let class = match class {
        Class::GovernmentBody if sfx.text == "委员会" && (name.starts_with("中共") || name.starts_with("中国共产党")) => Class::PartyOrganization,
        Class::GovernmentBody if sfx.text == "委员会" && name.starts_with("共青团") => Class::SocialOrganization,
        c => c,
    };
    let mut cand = Cand::new(begin, se, class, name.clone(), Rule::Suffix);
    // (北票市法院|人民法庭, 霸州|村级|卫生室, 规范化|人民法庭: the kind, of a court or a level
    // or done well, names none)
    // (新建3处|村卫生室: a count's classifier before a village's clinic)
    if matches!(sfx.text, "人民法庭" | "卫生室") && (prefix.ends_with("法院") || prefix.ends_with('级') || prefix.ends_with("规范化") || prefix.starts_with(['处', '个', '所', '间', '家'])) {
        return None;
    }
    // (县人民法院|佳木人民法庭: a court's branch is also known without the court before it)
    if sfx.text == "人民法庭" {
        if let Some(i) = prefix.rfind("法院").map(|i| i + "法院".len()).filter(|&i| prefix[i..].chars().count() >= 2) {
            cand.alts.push(format!("{}{}", &prefix[i..], sfx.text));
        }
    }
    let level_start = lexicon::LEVEL_WORDS
        .iter()
        .chain(&["社区", "村", "区委", "县委", "市委", "省委", "旗", "苏木", "嘎查"])
        .find(|l| {
            // the level word stands as a word of its own, or starts a word jieba had to
            // guess (区发/改局: an abbreviation it did not know)
            prefix.starts_with(**l)
                // (经县/n|农业农村局: the level word jieba glued behind a preposition, which
                // the walk cut off)
                && (l.chars().count() == 1 && doc.tok_holding(begin).is_some_and(|t| t.begin + 1 == begin && glued_to_level(doc, t) && doc.chars[begin] != '村')
                || doc.tok_starting_at(begin).is_some_and(|t| {
                    let w = doc.str(t.begin, t.end);
                    t.len() == l.chars().count()
                        || l.chars().count() == 1 && doc.segmenter.is_some_and(|s| !s.has_word(w))
                        // 镇党委, 区政府: jieba's word is the level word and the suffix
                        || w.strip_prefix(**l) == Some(sfx.text)
                        // (县政府|办公室, 区委|宣传部: or the level's government or committee,
                        // whose office or department the name is)
                        || l.chars().count() == 1 && class == Class::GovernmentBody && w.strip_prefix(**l).is_some_and(|r| matches!(r, "政府" | "人民政府" | "委")) && t.end <= sb
                }))
        });
    // 局, 厅, 政府, 办公室 name a body only after the place or level that owns it
    // (and a commission by its short name: 区发展改革委, not 会同|国家发展改革委)
    let single_char_gov = matches!(sfx.text, "局" | "厅" | "政府" | "办公室") || sfx.text.ends_with('委') && class == Class::GovernmentBody;
    // (贫困村党支部, 后进村党支部: the body of a kind of village is no one body)
    let kind_of_place = |p: &str| p.ends_with(['村', '镇', '乡']) && p.chars().count() >= 2 && is_place_kind_prefix(p);
    // (青岚镇|聚力项目, 河南省|重点项目: a division and what is no name is no project's name;
    // not a river's: 渭河|生态公园)
    // (德州市平原县|重大项目: a chain of divisions, too)
    let place_then_generic = class == Class::Project && {
        let mut at = begin;
        // (a zone's name: 鸿岭经济开发区|重点项目)
        let prefix = doc.str(begin, sb);
        if let Some((i, z)) = lexicon::ZONE_SUFFIXES.iter().filter_map(|z| prefix.find(z).map(|i| (i, z))).min_by_key(|&(i, _)| i) {
            at = begin + prefix[..i + z.len()].chars().count();
        }
        while let Some(f) = doc.tok_starting_at(at).filter(|f| f.len() >= 2 && f.end <= sb && ends_with_division_suffix(doc.word_str(f))) {
            at = f.end;
        }
        // (平原县|项目: a division's projects, no project's name; also when jieba cut the
        // division's suffix off: 青禾|县|项目)
        at > begin && (at == sb && sfx.text == "项目" || at < sb && is_generic_prefix(doc.str(at, sb)))
            || sfx.text == "项目" && (2..=5).contains(&(sb - begin)) && ends_with_division_suffix(doc.str(begin, sb))
    };
    if place_then_generic {
        return None;
    }
    // (博士后科研工作站, 专家工作站, 省级院士工作站: a kind of station; 图形工作站,
    // …NT工作站: a computer)
    if sfx.text == "工作站" {
        let (mut rest, mut kind) = (prefix.as_str(), false);
        while let Some(r) = ["博士后", "科研", "专家", "院士", "图形", "调解", "名师", "劳模", "大师", "创新", "片区"].iter().find_map(|k| rest.strip_suffix(k)) {
            (rest, kind) = (r, true);
        }
        // (4个片区工作站: stations counted are of a kind)
        let counted = begin > 0 && doc.chars[begin - 1] == '个';
        if kind && (is_generic_prefix(rest) || rest.chars().any(|c| c.is_ascii_alphanumeric())) || doc.chars[sb - 1].is_ascii_alphanumeric() || counted {
            return None;
        }
    }
    // (团县委: a suffix that is a whole name has no prefix to be generic)
    let whole_name = prefix_len == 0 && sfx.min_prefix == 0;
    // (在惠民社区, 迤萨镇惠民社区, 惠民社区党总支: words that read generic elsewhere name a
    // community said as a place)
    let named_community = class == Class::Community && sfx.text == "社区" && COMMUNITY_NAME_WORDS.contains(&prefix.as_str()) && community_said_as_place(doc, begin, se);
    if !whole_name && !named_community && (is_generic_prefix(&prefix) || place_like && is_place_kind_prefix(&prefix) || !place_like && kind_of_place(&prefix)) {
        // 镇党委, 区人大常委会, 市党代会: named by the level word, resolved to the document's place
        match (class, level_start) {
            // (县农业农村局: a department of two fields of work)
            (Class::PartyOrganization | Class::GovernmentBody | Class::Event, Some(l)) if prefix == *l || prefix.chars().count() <= 4 || class == Class::GovernmentBody && prefix.chars().count() <= 6 => {
                cand.relative = l.chars().next();
            }
            // 县造纸厂: the factory of the document's county
            (Class::Project, Some(l)) if prefix == *l && sfx.text.ends_with('厂') => {
                cand.relative = l.chars().next();
            }
            // 镇卫生院, 镇农业服务中心: the institution of the document's town
            // (镇农业农村综合服务中心: up to seven characters of what it does)
            (Class::Institution | Class::SocialOrganization, Some(l)) if prefix.chars().count() <= 8 && sfx.text != "中心" => {
                cand.relative = l.chars().next();
            }
            // (镇旅游专业合作社, 四/都/乡|旅游专业合作社: a township's co-operative, named by its
            // level word where jieba cut the township's name into words that stop names)
            (Class::Company, Some(l)) if matches!(*l, "乡" | "镇") && sfx.text.ends_with("合作社") && prefix.chars().count() <= 8 => {
                cand.relative = l.chars().next();
            }
            // 召开党建工作会议: the meeting a report is about, named by what it is about
            // (not by how it is held only: 举办线下专场招聘会)
            (Class::Event, None) if prefix_len >= 4 && held_from.is_some() && !lexicon::EVENT_MANNERS.iter().fold(prefix.to_string(), |p, m| p.replace(m, "")).is_empty() => {}
            _ => return None,
        }
    } else if let (Some(l), Class::GovernmentBody | Class::PartyOrganization | Class::SocialOrganization | Class::Institution) = (level_start, class) {
        // 区发展改革局, 县人民医院: the body of the document's own place at that level
        cand.relative = l.chars().next();
    } else if single_char_gov
        && level_start.is_none()
        && !starts_with_place_word(doc, begin)
        && !ends_with_division_suffix(&prefix)
        // (中共达板镇委员会|办公室: the office of the party's committee of a place; 郁/nr|山镇
        // 人民政府|办公室: the office of a place's government, whose place jieba cut, widened after)
        && !(sfx.text == "办公室" && prefix.ends_with("委员会") && lexicon::COMMITTEE_OWNERS.iter().any(|p| prefix.starts_with(p)))
        && !(sfx.text == "办公室" && prefix.strip_suffix("人民政府").is_some_and(|p| p.chars().count() >= 2 && ends_with_division_suffix(p)))
    {
        return None;
    } else if (matches!(class, Class::Project | Class::Company | Class::SocialOrganization) || sfx.text.ends_with("中心"))
        && !whole_name
        // 集团公司 says a company is named (飞鹰集团公司); 公司 alone does not (物业公司),
        // nor 有限公司 after a common word (材料有限公司)
        && !(class == Class::Company && matches!(sfx.text, "集团公司" | "集团有限公司" | "集团股份有限公司"))
        && !(class == Class::Company && sfx.text.contains("有限") && trade_then_industry(doc, begin, sb))
        // (恒力/nz|精工集团: a word the dictionary knows as a proper noun starts a company's name)
        && !(class == Class::Company && doc.tok_starting_at(begin).is_some_and(|f| f.proper && f.len() >= 2 && f.end <= sb))
        && !doc.looks_like_name(begin, sb)
        && !opens_with_community(doc, begin, sb)
        // (库车/n|市妇联: a body of a place jieba read as a common word; 公司工会: a company's union)
        && !((3..=5).contains(&prefix_len) && ends_with_division_suffix(&prefix) && !prefix.chars().rev().nth(1).is_some_and(|c| "全各本该每我".contains(c))
            // (not a kind of place: 贫困县妇联, 贫困地区妇联, 直辖市…)
            && !is_place_kind_prefix(prefix.trim_end_matches("地区").trim_end_matches(['县', '区', '市', '镇', '乡']))
            && !prefix.ends_with("直辖市") && !prefix.ends_with("自治区")
            && doc.tok_starting_at(begin).is_some_and(|f| matches!(f.tag, Tag::Noun | Tag::PlaceName | Tag::PersonName)) && matches!(class, Class::SocialOrganization | Class::GovernmentBody | Class::Institution))
        && !(prefix == "公司" && sfx.text == "工会")
        && !(class == Class::SocialOrganization && named_team(sfx.text, &prefix) && doc.toks_between(begin, sb).all(|t| t.tag != Tag::Verb))
        && !(class == Class::SocialOrganization && team_of_its_kind(doc, sfx.text, &prefix, begin, se))
        && !(class == Class::Project && project_in_context(doc, sent, begin, sb, se))
        && !(class == Class::Project && sfx.text == "工程" && names_works(&prefix) && phrase_starts(doc, begin))
    {
        // 压实项目, 物业公司, 实验小学: common words before the suffix name nothing
        return None;
    }
    // (本届美食文化节, 此次推介会: the event named in full before, when there is one)
    if class == Class::Event && prefix_len > 0 && ["本届", "这届", "此次", "本次", "这次", "该"].iter().any(|d| doc.str(begin.saturating_sub(2), begin).ends_with(d)) {
        cand.relative = Some('届');
    }
    // (这是…举办的第一场|专场招聘会, 首场|招聘会: the how-manieth of its kind, no name; the
    // event named before of that kind)
    if class == Class::Event {
        if let Some(rest) = ordinal_of_occasions(&cand.name) {
            let manners = rest.strip_suffix(sfx.text).is_some_and(|m| m.is_empty() || lexicon::EVENT_MANNERS.contains(&m));
            if manners && rest.chars().count() >= 2 {
                let skip = cand.name.chars().count() - rest.chars().count();
                cand.begin += skip;
                cand.name = rest.to_string();
                cand.relative = Some('届');
            }
        }
    }
    if class == Class::Project {
        // a project is known with and without the word 项目
        if let Some(stem) = name.strip_suffix("项目").filter(|s| s.chars().count() >= 3) {
            cand.alts.push(stem.to_string());
        }
    }
    // (佛山市顺德区大良街道|近良片区老旧小区改造项目, 景宁畲族自治县大均乡|“强村富民”项目签约仪式:
    // a project or an event is known without the chain of divisions it is written after)
    if matches!(class, Class::Project | Class::Event) {
        chain_stripped_alts(doc, &mut cand, sb, se);
    }
    Some(cand)
}

/// The names of a project or an event without the chain of divisions it is written after
/// (佛山市顺德区大良街道|近良片区老旧小区改造项目): after each division but the last, and after
/// the last when what is left is a name of its own. `sb..se`: the name's kind word.
fn chain_stripped_alts(doc: &DocView, cand: &mut Cand, sb: usize, se: usize) {
    // (each division two to six characters up to its level's character, where a word ends;
    // not a part of a place: 柳溪片区, 园区)
    let division_at = |at: usize| {
        (at + 2..=(at + 6).min(sb)).find(|&e| {
            let piece = doc.str(at, e);
            // (not a cup named after a place: 古镇杯总决赛)
            doc.is_tok_end(e)
                && doc.chars.get(e) != Some(&'杯')
                && (piece.ends_with(['省', '市', '区', '县', '镇', '乡', '旗']) || piece.ends_with("街道"))
                && !["片区", "园区", "社区", "城区", "景区", "小区", "校区", "矿区", "山区", "林区", "牧区", "厂区", "营区"].iter().any(|k| piece.ends_with(k))
                && doc.chars[at..e].iter().all(|&c| is_han(c))
        })
    };
    let mut at = cand.begin;
    while let Some(e) = division_at(at) {
        // (浙江省|平和县|霞寨镇蜜柚直播基地: and after each division but the last, which
        // keeps the name apart from another place's)
        if at > cand.begin && e < sb {
            cand.alts.push(doc.text(at, se).replace(['“', '”'], ""));
        }
        at = e;
    }
    let rest = doc.text(at, se).replace(['“', '”'], "");
    let stem = rest.trim_end_matches("项目").trim_end_matches("工程");
    // (what is left starts with a name: 柳溪/nr|片区…, 近良/a|片区 (a word jieba guessed);
    // not 文旅康养综合体, which two places' projects may share)
    // (two places' projects that share what is left, 岗南镇|文旅康养综合体项目 and 温塘镇|…,
    // keep their divisions: see suffix_names)
    if at > cand.begin && stem.chars().count() >= 4 && doc.looks_like_name(at, sb) && !is_generic_prefix(stem) && !lexicon::is_common_noun(stem) {
        if let Some(short) = rest.strip_suffix("项目").filter(|s| s.chars().count() >= 4) {
            cand.alts.push(short.to_string());
        }
        cand.alts.push(rest);
    }
}

/// What follows an ordinal of occasions (第一场, 第3场, 首场) that opens `name`.
fn ordinal_of_occasions(name: &str) -> Option<&str> {
    if let Some(r) = name.strip_prefix("首场") {
        return Some(r);
    }
    let r = name.strip_prefix('第')?;
    let digits = r.find(|c: char| !(c.is_ascii_digit() || "一二三四五六七八九十".contains(c)))?;
    (digits > 0).then(|| r[digits..].strip_prefix('场')).flatten()
}

/// Is a volunteer team named (夕阳红助老|志愿服务队, 红马甲|志愿服务总队), not said by the kinds
/// of people it serves or is made of (青年|志愿服务队, 党员|志愿服务队)?
fn named_team(suffix: &str, prefix: &str) -> bool {
    if !(suffix.ends_with('队') && suffix.contains("志愿")) || ["群众", "各行各业", "职工", "干部"].iter().any(|w| prefix.contains(w)) {
        return false;
    }
    let mut rest = prefix;
    while let Some(k) = lexicon::VOLUNTEER_KINDS.iter().chain(lexicon::GENERIC_MODIFIERS).filter(|k| rest.starts_with(**k)).max_by_key(|k| k.len()) {
        rest = &rest[k.len()..];
    }
    rest.chars().count() >= 2 && rest.chars().all(is_han)
}

/// A team named only by whom it is of (青年突击队, 巾帼志愿服务队, 老兵应急分队), said twice or more
/// in the report: the one team of that kind the report is about (组建青年突击队…青年突击队累计出动…).
fn team_of_its_kind(doc: &DocView, suffix: &str, prefix: &str, begin: usize, end: usize) -> bool {
    let mut rest = prefix;
    while let Some(k) = lexicon::VOLUNTEER_KINDS.iter().chain(&["老兵"]).filter(|k| rest.starts_with(**k) && !matches!(**k, "村" | "镇" | "乡" | "县" | "区" | "市" | "街道" | "社区")).max_by_key(|k| k.len()) {
        rest = &rest[k.len()..];
    }
    if !suffix.ends_with('队') || prefix.is_empty() || !rest.is_empty() {
        return false;
    }
    // (the name said again, inside a longer name too: 廖家桥镇青年突击队)
    let name = &doc.chars[begin..end];
    doc.chars.windows(name.len()).filter(|w| *w == name).nth(1).is_some()
}

/// The programmes of [`lexicon::KNOWN_PROGRAMMES`] where the text writes one as words of
/// their own (推行积分制管理, 以网格化管理为抓手), the longest where they overlap.
fn known_programmes(doc: &DocView) -> Vec<Cand> {
    static PROGRAMMES: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(lexicon::KNOWN_PROGRAMMES)
            .expect("programme matcher")
    });
    PROGRAMMES
        .find_iter(doc.full_text())
        .map(|m| (doc.char_at_byte(m.start()), doc.char_at_byte(m.end())))
        .filter(|&(b, e)| doc.is_tok_start(b) && doc.is_tok_end(e))
        .filter_map(|(b, e)| {
            let (name, after) = (doc.str(b, e), doc.str(e, (e + 2).min(doc.chars.len())));
            // (（七）农村人居环境整治。: a numbered item's heading, one of a list's projects)
            let heading = b > 0 && matches!(doc.chars[b - 1], '）' | ')') && matches!(doc.chars.get(e), Some('。' | '\n' | '：') | None);
            // (全程代办立项、环评…, 专人跟踪、全程代办。: a way of serving said as what is done is no
            // programme; “全程代办”, 全程代办服务, 全程代办制度 are)
            let done = lexicon::SERVING_PROGRAMMES.contains(&name) && !(b > 0 && matches!(doc.chars[b - 1], '“' | '‘' | '"')) && !["服务", "制度", "机制", "模式"].contains(&after);
            // (…精准化的网格化治理|体系: a system the words qualify, not the programme)
            let system = after == "体系";
            // (a project of the list only bare, after a verb, a particle or a pause: 喜洲镇|高标准农田
            // 建设项目 is the longer name's)
            let project = name.ends_with("项目");
            let named_before = project && doc.tok_ending_at(b).is_some_and(|t| !matches!(t.tag, Tag::Verb | Tag::Function | Tag::Punct));
            if heading || done || system || named_before {
                return None;
            }
            let class = if project { Class::Project } else { Class::Initiative };
            // (汪清县紧密型县域医共体, 阜南县人民医院医共体: a county's medical community, named by
            // its county or its leading hospital, is a body; the shorter names the text uses after
            // are its)
            if name.ends_with("医共体") || name.ends_with("医联体") {
                let mut start = b;
                for _ in 0..3 {
                    let Some(t) = doc.tok_ending_at(start) else { break };
                    let w = doc.word_str(t);
                    let place = t.len() >= 2 && ends_with_division_suffix(w) && matches!(t.tag, Tag::PlaceName | Tag::Noun | Tag::PersonName);
                    if !(place || matches!(w, "人民医院" | "中医医院" | "中医院" | "医院")) {
                        break;
                    }
                    start = t.begin;
                }
                // (a medical community said by its kind alone is the programme of building one)
                let mut c = Cand::new(start, e, if start < b { Class::Institution } else { Class::Initiative }, doc.text(start, e), Rule::Quoted);
                let short = ["医共体", "县域医共体", "紧密型县域医共体", name];
                c.alts.extend(short.iter().filter(|s| name.ends_with(**s) && (start < b || s.len() < name.len())).map(|s| s.to_string()));
                c.alts.dedup();
                return Some(c);
            }
            Some(Cand::new(b, e, class, doc.text(b, e), Rule::Quoted))
        })
        .collect()
}

/// Where a company's name starts that names its province (or a county or city by its full
/// name), then a trade name of one to four characters, right before `begin`
/// (贵州|数聚未来|科技有限公司, 花垣县|锰都新|材料科技有限公司): walked back over at most five words
/// that are no punctuation, function word or verb the dictionary knows.
fn province_trade_name(doc: &DocView, sent: &Span, begin: usize) -> Option<usize> {
    let mut b = begin;
    // (上海|颐/康乐/龄|养老服务有限公司: up to four words of a trade name)
    for _ in 0..5 {
        let t = doc.tok_ending_at(b).filter(|t| t.begin >= sent.begin)?;
        let w = doc.word_str(t);
        let known_verb = t.tag == Tag::Verb && doc.segmenter.is_some_and(|s| s.has_word(w));
        let particle = t.tag == Tag::Function && (t.len() > 1 || "与由和及在的等向对从为把被将同跟给于以".contains(w));
        if t.tag == Tag::Punct || !w.chars().all(is_han) || particle || known_verb || begin - t.begin > 8 {
            return None;
        }
        b = t.begin;
        let text = doc.str(b, begin);
        // (花垣县|锰/都/新|材料科技有限公司: or by a county's or a city's full name, a place word
        // the table knows)
        let division = (t.tag == Tag::PlaceName && t.len() >= 3 && ends_with_division_suffix(w)).then(|| w);
        if let Some(p) = lexicon::PROVINCE_SHORT_NAMES.iter().copied().find(|p| text.starts_with(*p)).or(division) {
            let trade = &text[p.len()..];
            let trade = trade.strip_prefix('省').unwrap_or(trade);
            // (not 上海|三家|公司, 北京|某|种子公司, 在北京|会见|…公司: a count, an unnamed one, a
            // meeting)
            let counted = trade.contains(['某', '家', '几', '多']) || trade.starts_with(|c: char| "一二三四五六七八九十两".contains(c));
            let meeting = ["会见", "会晤", "接见", "会谈", "看望", "慰问", "考察", "调研", "访问"].iter().any(|v| trade.contains(v));
            if (1..=4).contains(&trade.chars().count()) && trade.chars().all(is_han) && !lexicon::INDUSTRY_WORDS.contains(&trade) && !counted && !meeting {
                return Some(b);
            }
        }
    }
    None
}

/// Is the project `[begin, se)`, named by common words only (新能源装备精密零部件项目,
/// 纺织服装产业园项目), one project the report tells of? It is when the sentence builds
/// or invests in it (投资8亿元|建设|…项目), names who invests in it or where it settled with
/// 的 (…有限公司投资的|…项目, 落户兰溪镇的|…项目), or gives its cost or land or where it
/// settled right after (…项目|总投资4.2亿元, …项目|落户兰溪镇). What names a kind of projects stays out: a short description
/// (烘干项目), one word (配套项目), generic words (重点项目, caught before).
fn project_in_context(doc: &DocView, sent: &Span, begin: usize, sb: usize, se: usize) -> bool {
    let prefix = doc.str(begin, sb);
    // (在僧念村建设了小杂粮精深加工厂: a works factory built is a project as 项目 is)
    let factory = doc.str(sb, se).ends_with('厂');
    if sb - begin < 4 || doc.tok_starting_at(begin).is_none_or(|t| t.end >= sb) || doc.str(sb, se) != "项目" && !factory {
        return false;
    }
    // (新能源配套电网重点项目, 新能源产业项目: a kind of projects; 项目13个, 项目资金: counted or
    // spent, a kind too)
    let after = doc.str(se, (se + 6).min(doc.chars.len()));
    if prefix.contains("重点") || prefix.contains("重大") || prefix.ends_with("产业") || after.starts_with(|c: char| c.is_ascii_digit() || "资分共一二三四五六七八九十两".contains(c)) {
        return false;
    }
    let cost_words = ["总投资", "计划投资", "投资", "占地", "用地", "规划用地", "建筑面积"];
    let costs = |text: &str| cost_words.iter().any(|w| text.strip_prefix(w).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit() || c == '约')));
    // (…封装测试项目。该项目总投资15亿元: the cost may open the next sentence, said of 该项目)
    let next = doc.str(se, (se + 12).min(doc.chars.len()));
    // (…中医馆建设项目，投资95万元；: or follow it after a comma, as an item of a list does)
    let costed = costs(after)
        || next.strip_prefix(['。', '，', '；']).and_then(|r| r.strip_prefix("该项目").or_else(|| r.strip_prefix("项目"))).is_some_and(costs)
        || next.strip_prefix('，').is_some_and(costs);
    // (…纺织服装产业园项目|落户兰溪镇, …项目选址巴河镇: where it settled)
    let settled = ["落户", "选址", "位于", "坐落"].iter().any(|w| after.starts_with(w));
    let Some(before) = doc.tok_ending_at(begin).filter(|t| t.begin >= sent.begin) else { return costed || settled };
    // (建设了|…: a verb of building before its particle; not 实施了|现代化建设改造项目, a kind
    // carried out)
    let before = if doc.word_str(before) == "了" {
        doc.tok_ending_at(before.begin).filter(|t| t.begin >= sent.begin && matches!(doc.word_str(t), "建设" | "投资建设" | "兴建" | "新建" | "建成" | "建起")).unwrap_or(before)
    } else {
        before
    };
    let word = doc.word_str(before);
    let clause = doc.str(doc.clause_start(sent.begin, before.begin, &[]), before.begin);
    // (…公司投资8亿元|建设|…, …集团拟投资20亿元，在…|建设|…, 金沙湾村|实施|…: who invests,
    // what is invested or the place or company that builds stands before the verb)
    let built = (matches!(word, "投资建设" | "投资兴建") || lexicon::BUILDING_AFTER_INVESTMENT.contains(&word))
        && (doc.str(sent.begin, before.begin).contains("投资")
            || ["公司", "集团", "村", "社区", "街道"].iter().any(|k| clause.ends_with(k))
            || ends_with_division_suffix(clause) && clause.chars().count() >= 2);
    // (…公司投资的, 总投资54亿元的, 落户兰溪镇的: who invests, what, or where it settled)
    let owned = word == "的"
        && doc.tok_ending_at(before.begin).is_some_and(|p| {
            let w = doc.word_str(p);
            ["投资", "建设", "承建", "兴建"].iter().any(|v| w.ends_with(v))
                || w.ends_with('元') && clause.contains("投资")
                || (p.tag == Tag::PlaceName || ends_with_division_suffix(w)) && (clause.contains("落户") || clause.contains("位于"))
        });
    // (…管委会与…有限公司签约|功率半导体封装测试项目: a project a body signs for)
    let signed = matches!(word, "签约" | "签下" | "签订") && in_sign_clause(doc, sent, before.begin);
    built || owned || !factory && (costed || settled || signed)
}

/// Does `[begin, sb)` open with a community's name, two to four characters and 社区, more
/// following it (同心社区|就业帮扶车间, 丰乐社区|产业配套厂房): a community's own works or body,
/// named by it, whatever common words jieba read its name as (同心/n). Not a kind of community
/// (城市社区, 新型社区, 示范社区…), nor 社区 alone.
fn opens_with_community(doc: &DocView, begin: usize, sb: usize) -> bool {
    let prefix = doc.str(begin, sb);
    let Some(i) = prefix.find("社区") else { return false };
    let stem = &prefix[..i];
    let n = stem.chars().count();
    (2..=4).contains(&n)
        && i + "社区".len() < prefix.len()
        && stem.chars().all(is_han)
        && doc.is_tok_end(begin + n + 2)
        && !community_kind(stem)
}

/// Is the community `[b, e)` said as a place: where one is or goes (在, 走进 …), after its
/// township or district, or before a body of its own (…社区党支部, …社区居委会)?
fn community_said_as_place(doc: &DocView, b: usize, e: usize) -> bool {
    let after = doc.str(e, (e + 5).min(doc.chars.len()));
    // (明远/a|社区|长者食堂: or the community's own institution, a word ending with one's kind)
    let institution = doc.tok_starting_at(e).is_some_and(|t| t.tag == Tag::Noun && t.len() >= 2 && lexicon::SUFFIXES.iter().any(|s| s.class == Class::Institution && doc.word_str(t).ends_with(s.text)));
    at_place(doc, b)
        || institution
        || doc.tok_ending_at(b).is_some_and(|p| p.len() >= 3 && ends_with_division_suffix(doc.word_str(p)))
        || ["党支部", "党总支", "党委", "居委会", "居民委员会", "党群服务中心", "网格"].iter().any(|k| after.starts_with(k))
}

/// Words generic elsewhere (惠民工程, 便民服务) that name many communities (惠民社区).
const COMMUNITY_NAME_WORDS: [&str; 4] = ["惠民", "为民", "民心", "便民"];

/// Is `stem` (of stem+社区) a kind of community, not a name (城市, 农村, 新型, 示范, 智慧…)?
/// Words that read generic elsewhere but name many communities (惠民, 为民, 民心, 便民) are
/// names here.
fn community_kind(stem: &str) -> bool {
    !COMMUNITY_NAME_WORDS.contains(&stem) && is_place_kind_prefix(stem)
        || matches!(stem, "新型" | "完整" | "现代" | "未来" | "数字" | "宜老" | "城乡" | "城郊")
}

/// Do the words before 工程 name physical works (农村饮水安全巩固提升, 集镇污水管网延伸,
/// 水库除险加固): a kind of works, then what is done to them, ending the name. A programme
/// named so (干部素质提升工程, 人才培育工程) names no works.
fn names_works(stem: &str) -> bool {
    let Some(done) = lexicon::WORKS_DONE.iter().filter(|d| stem.ends_with(**d)).max_by_key(|d| d.len()) else {
        // (农村公路|安防: or the works themselves end it)
        // (not a kind of them: 重点防洪工程)
        return lexicon::WORKS_OBJECTS.iter().any(|o| stem.strip_suffix(o).is_some_and(|b| !b.is_empty() && !is_generic_prefix(b)));
    };
    let before = &stem[..stem.len() - done.len()];
    before.chars().count() >= 2 && lexicon::WORKS_OBJECTS.iter().any(|o| before.contains(o))
}

/// Does a phrase start at `at`: the sentence's start, or after punctuation, a function
/// word or a verb (not after a word cut off a name: 禾/丰/a|净水厂扩建工程)?
fn phrase_starts(doc: &DocView, at: usize) -> bool {
    doc.tok_ending_at(at).is_none_or(|p| matches!(p.tag, Tag::Punct | Tag::Function | Tag::Verb) || lexicon::is_stop_word(doc.word_str(p)))
}

/// Where the name of works that ends at `sb` starts (科学调度|流域防洪, 补齐|防洪): at the
/// first kind of works in it, unless only words of scope stand before ([`lexicon::WORKS_SCOPES`]:
/// 农村|饮水安全…).
fn works_start(doc: &DocView, begin: usize, sb: usize) -> usize {
    let words = doc.str(begin, sb);
    let Some(first) = lexicon::WORKS_OBJECTS.iter().filter_map(|o| words.find(o)).min() else { return begin };
    if lexicon::WORKS_SCOPES.iter().any(|s| words[..first].ends_with(s) && is_generic_prefix(&words[..first - s.len()])) || first == 0 {
        return begin;
    }
    let at = begin + words[..first].chars().count();
    if doc.is_tok_start(at) { at } else { begin }
}

/// Does a body sign in the clause before `at` (…管委会与…有限公司|签约, 该镇成功|签约)?
fn in_sign_clause(doc: &DocView, sent: &Span, at: usize) -> bool {
    let clause = doc.str(doc.clause_start(sent.begin, at, &[]), at);
    ["公司", "集团", "政府", "管委会", "办事处", "镇", "乡", "街道", "村", "县", "区", "市", "局", "委", "合作社", "企业"].iter().any(|k| clause.contains(k))
}

/// What a department or public body does, which its name states (行政审批服务局,
/// 综合行政执法局, 食品检验检测中心) though jieba tags it as a verb.
fn is_department_work(w: &str) -> bool {
    matches!(w, "审批" | "执法" | "监督" | "管理" | "监管" | "服务" | "保障" | "规划" | "调解" | "保护" | "促进" | "救助" | "检验" | "检测" | "建设" | "改革" | "就业" | "创业" | "交易" | "救援")
        // (镇再生资源|分拣|中心, 镇社会|治理|综合服务中心, 镇垃圾|处理|站: what a facility does)
        || matches!(w, "分拣" | "治理" | "处理" | "回收" | "转运" | "孵化" | "培训" | "养老" | "康复" | "收集" | "监测" | "储备" | "返乡")
}

/// A company's name as companies are named (华丰|机械制造, 恒信|食品|科技): a trade name of
/// two or more characters that is no generic word and no trade itself, then only trades.
fn trade_then_industry(doc: &DocView, begin: usize, sb: usize) -> bool {
    let Some(first) = doc.tok_starting_at(begin).filter(|f| f.len() >= 2 && f.end < sb) else { return false };
    let trade = doc.word_str(first);
    if is_generic_prefix(trade) || lexicon::INDUSTRY_WORDS.contains(&trade) || !matches!(first.tag, Tag::Noun | Tag::Adjective) {
        return false;
    }
    let mut i = first.end;
    while i < sb {
        let Some(t) = doc.tok_starting_at(i).filter(|t| t.end <= sb) else { return false };
        if !lexicon::INDUSTRY_WORDS.contains(&doc.word_str(t)) {
            return false;
        }
        i = t.end;
    }
    true
}

/// Is `w` (part of) a figure: digits, a multiplier, a unit?
fn is_figure_word(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
        || w.chars().all(|c| "万亿千百".contains(c))
        || lexicon::is_unit(w.trim_start_matches(['万', '亿']))
}

/// Where a capacity phrase that ends with the figure word `t` begins (年产|10|万吨): the
/// capacity verb before the figure, if there is one.
fn capacity_start(doc: &DocView, t: &Tok) -> Option<usize> {
    let mut at = t.begin;
    // a power station's capacity needs no verb (5万千瓦|分布式光伏发电项目, 100兆瓦光伏电站)
    let power = matches!(doc.word_str(t).trim_start_matches(['万', '亿']), "千瓦" | "兆瓦" | "瓦" | "MW" | "kW" | "KW");
    for _ in 0..4 {
        let p = doc.tok_ending_at(at)?;
        let w = doc.str(p.begin, p.end);
        if matches!(w, "年产" | "日产" | "年处理" | "日处理" | "年加工" | "年出栏" | "年吞吐" | "年屠宰" | "年生产" | "年输送") {
            return Some(p.begin);
        }
        // (年/加工/10万吨…: jieba cut the capacity's 年 or 日 off its verb)
        if matches!(w, "加工" | "生产" | "处理" | "出栏" | "屠宰" | "吞吐" | "输送" | "产") {
            return doc.tok_ending_at(p.begin).filter(|y| matches!(doc.word_str(y), "年" | "日")).map(|y| y.begin);
        }
        if !is_figure_word(w) && w != "." {
            if !power || at == t.begin {
                return None;
            }
            // (柳泉镇|5万千瓦…: the division the station is named after, right before, also
            // when jieba cut its suffix off: 柳泉|镇)
            let division = if p.len() >= 2 && ends_with_division_suffix(w) {
                Some(p.begin)
            } else if matches!(w, "镇" | "乡" | "县" | "村") {
                doc.tok_ending_at(p.begin).filter(|q| q.len() >= 2 && q.tag.is_nominal()).map(|q| q.begin)
            } else {
                None
            };
            return Some(division.unwrap_or(at));
        }
        at = p.begin;
    }
    None
}

fn ends_with_division_suffix(w: &str) -> bool {
    w.ends_with(['省', '市', '区', '县', '镇', '乡']) || w.ends_with("街道") || w.ends_with("苏木")
}

/// Does the report name, in full or by its short name, the division one of the table's
/// places called `name` lies in (万宁市 of 和乐镇)?
fn parent_named(doc: &DocView, gaz: &Gazetteer, name: &str) -> bool {
    let text = doc.full_text();
    gaz.by_name(name).iter().filter_map(|&d| gaz.parent(d)).any(|p| {
        let parent = gaz.get(p);
        text.contains(parent.name.as_str()) || parent.short.as_deref().is_some_and(|s| s.chars().count() >= 2 && text.contains(s))
    })
}

/// Is `[b, e)` a dictionary verb and the word 街道 (社区联合|街道劳动保障所: with the street
/// office, naming none)?
fn verb_then_street(doc: &DocView, b: usize, e: usize) -> bool {
    doc.str(b, e).ends_with("街道") && doc.tok_starting_at(b).is_some_and(|t| t.end + 2 == e && t.tag == Tag::Verb && doc.segmenter.is_some_and(|s| s.has_word(doc.word_str(t))))
}

/// A division name the table does not hold is a name only when what stands before its
/// suffix looks like one: not common words (风险区, 深山区, 首富镇), not a title of a kind
/// (资源大县, 工业强镇, 旅游名镇), not two things joined (谢续学和镇).
fn unlisted_place_is_named(doc: &DocView, gaz: &Gazetteer, c: &Cand) -> bool {
    let zone = lexicon::zone_suffix(&c.name);
    let suffix_len = zone.map_or(if c.name.ends_with("街道") { 2 } else { 1 }, |z| z.chars().count());
    let sb = c.end - suffix_len;
    if sb <= c.begin {
        return false;
    }
    let prefix = doc.str(c.begin, sb);
    // (县经济开发区: the county's zone, named by its level)
    if zone.is_some() && (lexicon::LEVEL_WORDS.contains(&prefix) || is_generic_prefix(prefix)) {
        return false;
    }
    // (…小微企业|园由镇|属…: nor a word jieba glued across 由 or 在)
    if prefix.ends_with(['大', '强', '名', '重']) || prefix.contains(['和', '与', '及', '由', '在', '把', '被']) {
        return false;
    }
    // (村账镇代管, 村财镇管: what a village's books are and who keeps them; no township's
    // name opens with 村 in the table)
    if prefix.starts_with('村') && c.name.ends_with(['镇', '乡']) {
        return false;
    }
    // (联合|街道劳动保障所, 配合|街道: a verb and the word 街道, no street office named)
    if verb_then_street(doc, c.begin, c.end) {
        return false;
    }
    // the mountains or a part of a province (鄂西山区, 苏北地区): the districts whose
    // names end so are in the table
    if c.name.ends_with("山区") || c.name.ends_with("地区") && prefix.trim_end_matches('地').ends_with(['东', '西', '南', '北']) {
        return false;
    }
    // an area jieba knows as one word is a kind of area or a region (深山区, 丘陵地区,
    // 西南地区): the districts are in the table. Not a special administrative region, nor
    // a prefecture named by a city of the table (昌都地区)
    let one_word = doc.tok_starting_at(c.begin).is_some_and(|t| t.end == c.end);
    if one_word && c.name.ends_with('区') && doc.segmenter.is_some_and(|s| s.has_word(&c.name)) {
        let stem = c.name.trim_end_matches('区').trim_end_matches('地');
        let city = |name: &str| gaz.by_short(name).iter().chain(gaz.by_name(name)).any(|&d| matches!(gaz.get(d).level, Level::Province | Level::City));
        let region = c.name.ends_with("行政区") || c.name.ends_with("特区") || city(stem);
        if !region {
            return false;
        }
    }
    doc.looks_like_name(c.begin, sb)
}

/// The class of an organisation jieba knows by name, from how its name ends.
fn dictionary_org_class(w: &str) -> Class {
    let ends = |xs: &[&str]| xs.iter().any(|x| w.ends_with(x));
    if w.starts_with("中共") || ends(&["党委", "党组"]) {
        Class::PartyOrganization
    } else if ends(&["妇联", "科协", "工会", "侨联", "残联", "联合会", "协会", "学会", "团中央", "红十字会"]) {
        Class::SocialOrganization
    } else if ends(&["国务院", "人大", "政协", "法院", "检察院", "委员会", "政府", "部", "局", "委", "署", "厅", "办", "办公室", "办公厅"]) {
        Class::GovernmentBody
    } else if ends(&["院", "大学", "学院", "研究室", "研究所", "中心", "学校", "医院"]) {
        Class::Institution
    } else if ends(&["公司", "集团", "银行", "移动", "电网", "电信", "联通"]) {
        Class::Company
    } else {
        Class::Organization
    }
}

/// The level of a party committee word (县委 → 县, 镇|党委 → 镇), when `t` is one.
fn committee_level(doc: &DocView, t: &Tok) -> Option<char> {
    let w = doc.word_str(t);
    let level = |c: char| matches!(c, '县' | '区' | '市' | '省' | '镇' | '乡' | '旗' | '州').then_some(c);
    let first = w.chars().next()?;
    match w {
        // 区/委, 镇/党委, 街道/党工委: the level word stands before
        "委" | "党委" | "党工委" => match doc.chars.get(t.begin.wrapping_sub(1))? {
            '道' => Some('街'),
            &c => level(c),
        },
        // 县委, 镇党委, 乡党委 as one word
        _ if w.chars().count() == 2 && w.ends_with('委') || w.chars().count() == 3 && w.ends_with("党委") => level(first),
        _ => None,
    }
}

/// Does a division's name start at `i` (青禾镇 as one word, or 青禾/镇)?
fn place_starts_at(doc: &DocView, i: usize) -> bool {
    let Some(t) = doc.tok_starting_at(i) else { return false };
    if t.len() >= 3 && ends_with_division_suffix(doc.word_str(t)) {
        return true;
    }
    matches!(t.tag, Tag::PersonName | Tag::PlaceName | Tag::Noun)
        && t.len() >= 2
        && doc.tok_starting_at(t.end).is_some_and(|n| n.len() == 1 && matches!(doc.chars[n.begin], '省' | '市' | '县' | '区' | '镇' | '乡'))
}

/// The end of the words of a division's name that start at `at`: a word jieba knows as a
/// place, one that ends with a division's suffix (召公镇/n), or a name of two or three
/// characters and its level's character, which jieba cut apart (崇龛/nr|镇, 青禾/nr|县).
fn division_words_at(doc: &DocView, at: usize) -> Option<usize> {
    let t = doc.tok_starting_at(at)?;
    // (not a kind of division: 直辖市, 自治区)
    if matches!(doc.word_str(t), "直辖市" | "自治区" | "自治州" | "自治县" | "地级市" | "县级市" | "副省级" | "特别行政区") {
        return None;
    }
    if t.tag == Tag::PlaceName || ends_with_division_suffix(doc.word_str(t)) {
        return Some(t.end);
    }
    let level_char = |l: &Tok| l.len() == 1 && matches!(doc.chars[l.begin], '镇' | '乡' | '县' | '区' | '市' | '旗');
    // (and a word of the dictionary after the level's character: not 宫城/nr|区|域多, the 区 of 区域)
    let word_after = |l: &Tok| doc.tok_starting_at(l.end).is_some_and(|n| n.len() >= 2 && doc.segmenter.is_some_and(|s| s.has_word(doc.word_str(n))));
    doc.tok_starting_at(t.end)
        // (not a common word: 后援单位|县财政局)
        .filter(|l| level_char(l) && word_after(l) && (2..=3).contains(&t.len()) && doc.chars[t.begin..t.end].iter().all(|&c| is_han(c)))
        .filter(|_| matches!(t.tag, Tag::PersonName | Tag::PlaceName) || t.tag == Tag::Noun && doc.segmenter.is_some_and(|s| !s.has_word(doc.word_str(t))))
        .map(|l| l.end)
}

fn starts_with_place_word(doc: &DocView, begin: usize) -> bool {
    // (坳/仔镇|规划建设办公室: or a township's name jieba cut after its first character, the
    // rest a word its dictionary does not hold)
    let cut_township = |t: &Tok| t.len() == 2 && matches!(doc.chars[t.end - 1], '镇' | '乡') && doc.segmenter.is_some_and(|s| !s.has_word(doc.word_str(t)));
    // (召公镇/n|经济发展办公室, 青禾/nr|县|市场监管局: or a division's whole name jieba read
    // as a common noun or cut before its level's character)
    let whole = doc.tok_starting_at(begin).and_then(|t| division_words_at(doc, begin).filter(|&e| t.tag == Tag::PlaceName || t.len() >= 3 || e > t.end)).is_some();
    whole || doc.tok_starting_at(begin).is_some_and(|t| t.len() == 1 && is_han(doc.chars[begin]) && doc.tok_starting_at(t.end).is_some_and(cut_township))
}

/// May the token `t` (word `w`) extend a name of `class` to the left?
/// Do lane and direction characters (里, 街, 巷, 东西南北) run from `at` up to 社区 or 小区
/// (老山东|里北社区)?
fn lane_to_community(doc: &DocView, at: usize) -> bool {
    (1..=2).any(|k| doc.chars.get(at..at + k).is_some_and(|w| w.iter().all(|c| "里街巷东西南北".contains(*c))) && matches!(doc.str(at + k, (at + k + 2).min(doc.chars.len())), "社区" | "小区"))
}

fn extends_name(doc: &DocView, t: &Tok, w: &str, class: Class, first: bool) -> bool {
    let event = class == Class::Event;
    if t.tag == Tag::Punct {
        return false;
    }
    // (经济薄弱|村|坑口村: the kind word of the words before, no part of a village's name)
    if class == Class::Community && w == "村" && !first {
        return false;
    }
    // (平安建设|暨|矛盾纠纷排查化解工作推进会: what an event's name joins, the segmenter having
    // cut 暨 off the word jieba glued it to, 暨村/nr)
    if event && w == "暨" {
        return true;
    }
    // coming upon something (正赶上|柳溪村的村晚, 恰逢|茶叶博览会开幕)
    if lexicon::COMING_UPON.contains(&w) {
        return false;
    }
    // a profile's title (——记|尤溪县…党支部书记陈永福)
    // (——访|青禾街道新市场社区党委书记…: an interview's)
    if matches!(w, "记" | "访") && t.begin > 0 && matches!(doc.chars[t.begin - 1], '—' | '-' | '：' | ' ') {
        return false;
    }
    // who owns an enterprise, said before its name (县属企业|澜州塑管厂, 国有企业|…)
    // (区属国企|西安碑林城市运营服务有限公司: and the kind of enterprise said short)
    let owned = |p: &Tok| matches!(doc.word_str(p), "县属" | "市属" | "省属" | "区属" | "镇属" | "乡属" | "村属" | "国有" | "民营" | "私营" | "国企" | "央企" | "民企" | "市属国企" | "区属国企" | "县属国企");
    // and what kind of enterprise it is (高新技术企业|兰友科技有限公司): 企业 before a
    // proper name, not before the rest of a name (企业服务中心)
    let proper = |n: &Tok| matches!(n.tag, Tag::PlaceName | Tag::PersonName) || doc.segmenter.is_some_and(|s| !s.has_word(doc.word_str(n)));
    let kind_word = matches!(w, "企业" | "单位") && (doc.tok_ending_at(t.begin).is_some_and(owned) || doc.tok_starting_at(t.end).is_some_and(proper));
    if kind_word || owned(t) && !first {
        return false;
    }
    // (对辖区/内/n|重庆永来陶瓷有限公司: within an area, before the name of what lies there)
    if matches!(w, "内" | "外" | "里") && doc.tok_ending_at(t.begin).is_some_and(|p| lexicon::is_area_word(doc.word_str(p))) {
        return false;
    }
    // (施工单位|甘肃陇峪水利水电工程有限公司, 建设单位|…: the role a body plays, before its name)
    if w.chars().count() >= 3 && w.ends_with("单位") {
        return false;
    }
    // a post or a person's name ends a name to its left (书记王振华主持会议); jieba tags
    // many place names as person names, so one followed by a division suffix goes on
    let place_follows = doc.chars.get(t.end).is_some_and(|&c| "镇乡村县区市省".contains(c));
    // (but a post that names a meeting's members is the meeting's: 常委会议, 行长工作会议)
    let members = event && ["会议", "大会", "座谈会", "工作会议", "办公会议", "联席会议", "会"].iter().any(|k| doc.str(t.end, (t.end + 4).min(doc.chars.len())).starts_with(k));
    // (首届|富/nr|硒茶文化旅游节: one character is no one's name)
    // (but 新时代|文明/nr|实践工作推进会: a word of the dictionary after a noun of the name)
    // (asked last: a dictionary lookup)
    let common_word = || {
        t.len() == 2
            && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag == Tag::Noun && p.len() >= 2 && !lexicon::is_post(doc.word_str(p)))
            && doc.segmenter.is_some_and(|s| s.has_word(w))
    };
    // (河长|制|工作推进会: a chief's system, no post)
    let system = doc.chars.get(t.end) == Some(&'制');
    if t.tag == Tag::PersonName && event && !place_follows && t.len() >= 2 && !common_word() || lexicon::is_post(w) && !members && !system {
        return false;
    }
    // (润泽/园/社区, 锦华/苑/小区, 坪/ns|里/村: a place-name character jieba left alone, whatever
    // its tag)
    if class == Class::Community
        && t.len() == 1
        && "园苑里湾庄坊巷府城岛桥湖山河港林坪".contains(doc.chars[t.begin])
        && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag.is_nominal() && p.len() >= 2 || p.tag == Tag::PlaceName)
    {
        return true;
    }
    // (在|大成/v|村, 走进|富强/v|村: after a preposition of place, the two characters before
    // 村 name the village, whatever jieba tags them)
    if class == Class::Community
        && first
        && t.len() == 2
        && doc.chars.get(t.end) == Some(&'村')
        && doc.chars[t.begin..t.end].iter().all(|&c| is_han(c))
        // (not 在|我们|村: a pronoun or a determiner)
        && t.tag != Tag::Pronoun
        && !matches!(doc.chars[t.begin], '我' | '你' | '他' | '她' | '咱' | '这' | '那' | '该' | '本' | '各' | '全' | '每' | '其')
        && (at_place(doc, t.begin) || after_township_or_in_list(doc, t))
    {
        return true;
    }
    // (；|西/大寺/ns|村, 由|西/大寺/ns|村, 。|白/溪口|村: a direction or an adjective before a
    // village's name of two characters, where a phrase starts)
    // (来到|后/寨/村: or of one, after a verb or preposition of going to a place)
    if class == Class::Community
        && leads_village_at_phrase_start(doc, t)
        && doc.tok_starting_at(t.end).is_some_and(|n| {
            matches!(n.tag, Tag::PlaceName | Tag::Noun | Tag::PersonName) && (n.len() == 2 || n.len() == 1 && is_han(doc.chars[n.begin]) && at_place(doc, t.begin)) && doc.chars.get(n.end) == Some(&'村')
        })
    {
        return true;
    }
    // (黄桷坪街道|新/a|市场|社区: an adjective or a direction before a common noun of two
    // characters that names a community with it, after its street or a pause)
    if t.len() == 1
        && class == Class::Community
        && (t.tag == Tag::Direction || matches!(w, "新" | "老" | "大" | "小"))
        && doc.tok_starting_at(t.end).is_some_and(|n| n.len() == 2 && n.tag == Tag::Noun && doc.str(n.end, (n.end + 2).min(doc.chars.len())) == "社区")
        && doc.tok_ending_at(t.begin).is_none_or(|p| matches!(p.tag, Tag::Punct | Tag::Function) || p.len() >= 2 && (ends_with_division_suffix(doc.word_str(p)) || doc.word_str(p) == "街道"))
    {
        return true;
    }
    // (新/岗/社区, 东/岗/村: a one-character name with its adjective or direction)
    if t.len() == 1
        && class == Class::Community
        && (t.tag == Tag::Direction || matches!(w, "大" | "小" | "老" | "新" | "上" | "下" | "中"))
        && doc.tok_starting_at(t.end).is_some_and(|n| n.len() == 1 && n.tag == Tag::Noun && !matches!(doc.chars[n.end], '村') && doc.str(n.end, (n.end + 2).min(doc.chars.len())) == "社区")
    {
        return true;
    }
    // a direction or 大/小/老/新 that starts a village's name jieba cut off (上/塘村, 下/湾村,
    // 大/新村)
    if (t.tag == Tag::Direction || matches!(w, "大" | "小" | "老" | "新"))
        && t.len() == 1
        && class == Class::Community
        && doc.tok_starting_at(t.end).is_some_and(|n| n.len() == 2 && doc.chars[n.end - 1] == '村')
    {
        return true;
    }
    // a direction or 小/大/老/新 that starts a village's name written right after its
    // township (高庙乡|后/李家/村, 黑山科乡|小/台子/村): jieba reads them as words of
    // their own
    if t.len() == 1
        && t.begin > 0
        && matches!(doc.chars[t.begin - 1], '乡' | '镇')
        && leads_village_after_division(doc, t)
        && (class == Class::Community || doc.chars[t.end..(t.end + 4).min(doc.chars.len())].contains(&'村'))
    {
        return true;
    }
    // numerals that start place names: 十家子村, 五峰镇 (not 三个村)
    if t.tag == Tag::Numeral && crate::segment::is_numeral_place_word(w) {
        // inside another name, when the place's own suffix follows (十家子村党支部)
        let place_follows = doc.tok_starting_at(t.end).is_some_and(|n| doc.word_str(n).ends_with(['村', '镇', '乡', '屯', '庄']));
        if matches!(class, Class::AdministrativeDivision | Class::Community) || place_follows {
            return true;
        }
    }
    // ordinals inside names: 第十三次党代会, 第二实验小学 (not 第二批: a batch is no name)
    if t.tag == Tag::Numeral && w.starts_with('第') {
        if !w.chars().skip(1).all(|c| "一二三四五六七八九十百零0123456789届次".contains(c)) {
            return false;
        }
        // (a project's name holds a numbered school or hospital: 城北新区|第二|小学新建项目)
        let numbered_body = class == Class::Project && doc.tok_starting_at(t.end).is_some_and(|n| n.tag == Tag::Noun && n.len() >= 2 && lexicon::SUFFIXES.iter().any(|s| s.class != Class::Project && doc.word_str(n).ends_with(s.text)));
        return !matches!(class, Class::AdministrativeDivision | Class::Community | Class::Project) || numbered_body;
    }
    // jieba tags the words it had to guess at random (鹤栖/Verb): an unknown word of
    // two or more characters is a name part
    let guessed = t.len() >= 2 && matches!(t.tag, Tag::Verb | Tag::Adjective) && doc.segmenter.is_some_and(|s| !s.has_word(w));
    if guessed && !lexicon::is_stop_word(&w) && !w.chars().next().is_some_and(crate::segment::is_glue_char) {
        return true;
    }
    if event {
        if matches!(w, "和" | "与" | "及") && !first {
            return true;
        }
        // (安全生产月|启动|仪式: what the ceremony does, right before its kind word)
        if first && matches!(w, "启动" | "揭牌" | "授牌" | "开工" | "签约" | "奠基" | "开园" | "开幕") {
            return true;
        }
        if lexicon::PARTICIPATE_VERBS.contains(&w)
            || lexicon::IMPLEMENT_VERBS.iter().any(|v| w.contains(v))
            || matches!(w, "学习" | "传达" | "围绕" | "按照" | "根据" | "精神" | "会上" | "期间")
            // meeting someone (在杭州|会见/n|世界经济论坛主席): jieba tags some as nouns
            || matches!(w, "会见" | "会晤" | "接见" | "会谈" | "看望" | "慰问")
            || matches!(w, "了" | "的" | "在" | "于" | "对" | "把" | "将" | "向" | "从" | "由" | "被" | "给" | "等" | "是" | "为" | "还" | "也" | "都" | "又" | "并" | "即" | "以")
        {
            return false;
        }
        return match t.tag {
            Tag::Noun | Tag::PersonName | Tag::PlaceName | Tag::Adjective => true,
            Tag::Verb => EVENT_VERBS.contains(&w),
            Tag::Numeral => {
                w.starts_with('第') || w.ends_with('届') || w.chars().all(|c| c.is_ascii_alphanumeric())
                    // (安全生产|月|启动仪式: a campaign's month)
                    || w == "月" && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag == Tag::Noun && p.len() >= 2)
            }
            // (民族团结|进步/d|模范集体…表彰大会: a word jieba took for an adverb, between nouns)
            Tag::Function => {
                t.len() == 2
                    && !first
                    && !matches!(w, "通过" | "以及" | "已经" | "正在" | "正式" | "共同" | "分别" | "同时" | "一起" | "一同" | "不断" | "充分" | "积极" | "全面" | "深入" | "认真" | "集中")
                    && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag == Tag::Noun && p.len() >= 2)
                    && doc.tok_starting_at(t.end).is_some_and(|n| n.tag == Tag::Noun)
            }
            // 第二|届: the classifier of an ordinal
            // (not a count: 3期|培训班, 53次)
            Tag::Classifier => {
                w == "届" && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag == Tag::Numeral)
                    || matches!(w, "次" | "期") && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag == Tag::Numeral && doc.word_str(p).starts_with('第'))
            }
            _ => false,
        };
    }
    // setting up a body (成立|桂花坪村股份经济合作社, 组建|…集团): the sentence's verb, not
    // the name's (an event's name keeps it, above: 学会成立大会, 挂牌仪式)
    if matches!(w, "成立" | "组建" | "创办" | "设立" | "挂牌" | "新成立" | "注册成立") {
        return false;
    }
    // acting with or through a body (委托|…有限公司, 牵线|…公司, 利用|村委会, 代表|区委): the
    // sentence's verb, which jieba often tags as a noun
    // (before a place or level word that starts the body's name: not 美国联合|发射联盟公司,
    // 原子能利用|研究所)
    let body_starts = |at: usize| {
        doc.tok_starting_at(at).is_some_and(|n| n.tag == Tag::PlaceName)
            || matches!(doc.chars.get(at), Some('县' | '区' | '市' | '镇' | '乡' | '村' | '省' | '州'))
            || ["中共", "中国", "中央"].iter().any(|p| doc.str(at, (at + 2).min(doc.chars.len())) == *p)
            || lexicon::PROVINCE_SHORT_NAMES.iter().any(|p| doc.str(at, (at + 3).min(doc.chars.len())).starts_with(p))
            // (代表/n|谷金楼/nr|镇人民政府: a place's name jieba cut before its level)
            || place_starts_at(doc, at)
    };
    if class.family() == crate::model::Family::Organization
        && matches!(w, "委托" | "牵线" | "利用" | "联合" | "代表" | "依托" | "携手" | "联手" | "邀请" | "协调" | "督促" | "借助" | "依靠" | "带领" | "动员" | "鼓励" | "引导" | "帮助" | "任命")
        && body_starts(t.end)
    {
        return false;
    }
    // (柳溪村|建设/n|青禾/nr|镇再生资源分拣中心: building, which jieba may tag a noun, before a
    // place's name is the sentence's verb, not the start of the place's name; 建设镇 is one)
    // (nor the start of a body's named after its place: 建设|青禾镇…分拣中心)
    if !first && lexicon::BUILDING_AFTER_INVESTMENT.contains(&w) && (matches!(class, Class::AdministrativeDivision | Class::Community) || class.family() == crate::model::Family::Organization && place_starts_at(doc, t.end)) {
        return false;
    }
    // (会同|白庙子派出所: acting together with a body, always the sentence's verb)
    if class.family() == crate::model::Family::Organization && w == "会同" {
        return false;
    }
    // (行政|审批|服务局: what a department does names it, though it stops other names)
    if matches!(class, Class::GovernmentBody | Class::Institution) && is_department_work(w) {
        return true;
    }
    // (悦邻物业|服务|有限公司: a company's trade, though it stops other names)
    if class == Class::Company && lexicon::INDUSTRY_WORDS.contains(&w) && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag.is_nominal() || p.tag == Tag::Verb) {
        return true;
    }
    // (在镇区企业厂房屋顶|建设|分布式光伏发电项目: a verb of building after a place said with
    // 在 in the clause is the sentence's, not the name's)
    if class == Class::Project && !first && matches!(w, "建设" | "新建" | "兴建" | "打造" | "扩建" | "建成") && doc.str(doc.clause_start(doc.sentence_of(t.begin).map_or(0, |k| doc.sentences[k].begin), t.begin, &[]), t.begin).contains('在') {
        return false;
    }
    // (潮阳学校|新建|项目: building anew, after what is built, names the project; 新建 before
    // a name is the sentence's verb)
    if class == Class::Project && first && w == "新建" && doc.tok_ending_at(t.begin).is_some_and(|p| matches!(p.tag, Tag::Noun | Tag::PlaceName) && !lexicon::is_stop_word(doc.word_str(p))) {
        return true;
    }
    // (精密轴承|及|传动部件项目: 及 between two things a project makes or builds)
    // (住院楼改造|及|设备购置项目, 抗震加固|及|运动场改造项目: or two works it does)
    if class == Class::Project
        && matches!(w, "及" | "和")
        && !first
        && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag == Tag::Noun && p.len() >= 2 && w == "及" || lexicon::WORKS_DONE.contains(&doc.word_str(p)))
        && doc.tok_starting_at(t.end).is_some_and(|n| n.tag == Tag::Noun)
    {
        return true;
    }
    // (竹坪村|至|石龙村通组公路…工程, 龙寨/村至|白岩村…: a road's two ends name it)
    if class == Class::Project && matches!(w, "至" | "村至" | "镇至" | "乡至") && !first {
        let end = |p: &Tok| {
            let pw = doc.word_str(p);
            // (南社/村|至: or a village's 村 jieba left alone after its name)
            let lone_suffix = p.len() == 1 && matches!(pw, "村" | "镇" | "乡") && doc.tok_ending_at(p.begin).is_some_and(|q| q.len() >= 2 && matches!(q.tag, Tag::PlaceName | Tag::PersonName | Tag::Noun));
            if w == "至" {
                matches!(p.tag, Tag::PlaceName | Tag::PersonName) || p.len() >= 2 && (ends_with_division_suffix(pw) || pw.ends_with('村')) || lone_suffix
            } else {
                matches!(p.tag, Tag::PlaceName | Tag::PersonName | Tag::Noun) && p.len() >= 2 && pw.chars().all(is_han)
            }
        };
        return doc.tok_ending_at(t.begin).is_some_and(end);
    }
    // a co-operative's trade name and product, cut into single characters:
    // (丹麻|彩虹|盘/q|绣/v|专业合作社: a word of two single characters, a verb or a classifier
    // among them; 鑫/nr|和/c|辣椒种植专业合作社: 和 after one character of a trade name)
    // (a co-operative's: 合作社 follows within the run of characters; not 会|使/v|航空公司)
    let coop_ahead = || {
        let run = doc.chars[t.end..(t.end + 12).min(doc.chars.len())].iter().take_while(|&&c| is_han(c)).count();
        doc.str(t.end, t.end + run).contains("合作社")
    };
    if class == Class::Company && !first && t.len() == 1 && is_han(doc.chars[t.begin]) && coop_ahead() {
        let single = |n: Option<&Tok>| n.is_some_and(|n| n.len() == 1 && is_han(doc.chars[n.begin]) && matches!(n.tag, Tag::Verb | Tag::Classifier | Tag::Noun | Tag::PersonName | Tag::Adjective));
        let (prev, next) = (doc.tok_ending_at(t.begin), doc.tok_starting_at(t.end));
        if matches!(t.tag, Tag::Verb | Tag::Classifier) && !"是在有到为把被让给对向从说将要会能可了过着".contains(doc.chars[t.begin]) && (single(prev) || single(next)) {
            return true;
        }
        if w == "和" && single(prev) && prev.is_some_and(|p| matches!(p.tag, Tag::PersonName | Tag::Noun | Tag::Adjective)) && next.is_some_and(|n| n.tag == Tag::Noun && n.len() >= 2) {
            return true;
        }
    }
    if lexicon::is_stop_word(&w) {
        return false;
    }
    // (，利用|…产业园内企业屋顶, 盘活|…闲置厂房: a clause's verb of putting a place to use,
    // which jieba tags a noun; not a name's word, 废旧电池回收|利用|项目)
    if matches!(w, "利用" | "盘活") && doc.tok_ending_at(t.begin).is_none_or(|p| p.tag == Tag::Punct) {
        return false;
    }
    // (湟水河高店|段|堤防加固工程: the stretch of a river or road the works are on)
    if class == Class::Project && w == "段" && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag == Tag::PlaceName || p.tag == Tag::Noun && p.len() >= 2) {
        return true;
    }
    // (京津智能装备产业园|一期|项目: a project's phase is part of its name)
    if class == Class::Project && lexicon::is_phase(w) {
        return true;
    }
    // (青年/t|突击队, 巾帼/a|志愿服务队: whom a team is of, whatever jieba tags it; not after a
    // count, 80余万支|青年突击队, nor after places counted, 三省|两市|青年联合会)
    let counted = |p: &Tok| {
        let pw = doc.word_str(p);
        matches!(pw, "支" | "个" | "只") || pw.chars().count() == 2 && pw.starts_with(|c: char| "两二三四五六七八九十几多".contains(c)) && pw.ends_with(['省', '市', '县', '区', '镇', '乡', '村'])
    };
    if class == Class::SocialOrganization && w.chars().count() >= 2 && lexicon::VOLUNTEER_KINDS.contains(&w) && doc.tok_ending_at(t.begin).is_none_or(|p| !counted(p)) {
        return true;
    }
    // guiding is a body's kind right before its suffix (指导委员会), else the sentence's verb
    // (指导|农村党支部)
    if matches!(w, "指导" | "督导") && !first {
        return false;
    }
    match t.tag {
        Tag::Noun | Tag::PersonName | Tag::PlaceName => true,
        Tag::Verb => match class {
            Class::Project => {
                lexicon::CONSTRUCTION_VERBS.contains(&w)
                    || !lexicon::UNDERTAKE_VERBS.contains(&w) && !lexicon::IMPLEMENT_VERBS.contains(&w) && !lexicon::PARTICIPATE_VERBS.contains(&w) && t.len() >= 2
            }
            // what a department does is part of its name (行政审批服务局, 综合行政执法局)
            // what a company or co-operative does is part of its name (香菇种植专业合作社)
            // (but a verb before the place that starts the name is the sentence's: 联合|青禾镇商会)
            Class::Company | Class::SocialOrganization => {
                t.len() >= 2
                    && !lexicon::IMPLEMENT_VERBS.contains(&w)
                    && !lexicon::PARTICIPATE_VERBS.contains(&w)
                    && !place_starts_at(doc, t.end)
                    // (联合|北京/ns|丰源热力有限公司, 引入|北京…: before a place's name)
                    && !doc.tok_starting_at(t.end).is_some_and(|n| n.tag == Tag::PlaceName && n.len() >= 2)
                    || class == Class::Company && is_trade_name_char(doc, t, w)
            }
            _ => false,
        },
        Tag::Numeral => {
            w.chars().all(|c| c.is_ascii_alphanumeric()) && w.chars().any(|c| c.is_ascii_alphabetic())
                // (…米业有限公司|大米/m|精深加工项目: a grain jieba took for a length by its
                // 米, with no numeral before it, inside a project's or company's name)
                || matches!(class, Class::Project | Class::Company)
                    && !first
                    && w.chars().count() == 2
                    && w.ends_with('米')
                    && w.chars().all(is_han)
                    && !w.chars().any(|c| "零一二三四五六七八九十百千万亿两几数半多余首".contains(c))
        }
        // (杨家庄|壶/q|瓶枣种植专业合作社: a product's first character jieba took for a
        // classifier, between the place a body is named after and a noun; a count has a
        // numeral before it: 3家|合作社; not a project's section: 宜昌|段/q|全线隧道)
        // (湟水河李二堡|段/q|河道综合治理工程: a river's or road's section a works is on, after
        // the place it is named by)
        // (和|户/q|厕改造项目: a household's thing, not a count: no numeral before it)
        Tag::Classifier if class == Class::Project && w == "户" => {
            doc.tok_ending_at(t.begin).is_none_or(|p| p.tag != Tag::Numeral) && doc.tok_starting_at(t.end).is_some_and(|n| n.tag == Tag::Noun && n.len() == 1)
        }
        Tag::Classifier if class == Class::Project && w == "段" => {
            doc.tok_ending_at(t.begin).is_some_and(|p| matches!(p.tag, Tag::PlaceName | Tag::PersonName) && p.len() >= 2)
                && doc.tok_starting_at(t.end).is_some_and(|n| n.tag == Tag::Noun && n.len() >= 2)
        }
        // (偏寨村|村|级/q|寄递物流综合服务站, 紫金|乡村|级: the level of a village's or
        // township's own station, after the place)
        Tag::Classifier if w == "级" => {
            doc.tok_ending_at(t.begin).is_some_and(|p| doc.word_str(p).ends_with(['村', '乡', '镇'])) && doc.tok_starting_at(t.end).is_some_and(|n| n.tag.is_nominal())
        }
        Tag::Classifier => {
            matches!(class, Class::Company | Class::SocialOrganization)
                && t.len() == 1
                && w != "段"
                && doc.tok_ending_at(t.begin).is_some_and(|p| matches!(p.tag, Tag::PlaceName | Tag::PersonName) && p.len() >= 2)
                && doc.tok_starting_at(t.end).is_some_and(|n| matches!(n.tag, Tag::Noun | Tag::PlaceName | Tag::PersonName))
        }
        // (天津|顺远/d|供应链管理有限公司: a trade name jieba read as an adverb, right after the
        // place a company is named after)
        Tag::Function => class == Class::Company && t.len() == 2 && w.chars().all(is_han) && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag == Tag::PlaceName && p.len() >= 2)
            // (在|永定/c|社区: a community's name jieba took for a function word, said as a place)
            || class == Class::Community && first && t.len() == 2 && w.chars().all(is_han) && !lexicon::is_stop_word(&w)
                && doc.str(t.end, (t.end + 2).min(doc.chars.len())) == "社区" && community_said_as_place(doc, t.begin, t.end + 2),
        // (幸福|里|小区, 和谐|家园|小区: a residential compound's name may be any fine word)
        Tag::Direction => {
            class == Class::Community && w == "里" && doc.str(t.end, (t.end + 2).min(doc.chars.len())) == "小区"
                // (老山东|里|北|社区, 老山西|里|社区: a lane's word and a direction in a
                // community's name, after the name they part)
                || class == Class::Community && t.len() <= 2 && lane_to_community(doc, t.begin)
                // (宝坻|北方|冷链物流园项目: a part of the place the project is named after)
                || class == Class::Project && matches!(w, "北方" | "南方" | "东方" | "西方") && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag == Tag::PlaceName)
                // (温宿县|西|片区林果产业党建联盟: a part of the place, by its direction)
                || t.len() == 1
                    && doc.tok_starting_at(t.end).is_some_and(|n| matches!(doc.word_str(n), "片区" | "片"))
                    && doc.tok_ending_at(t.begin).is_some_and(|p| p.tag == Tag::PlaceName)
                // (南岸/f|村, 西坡|村: a village named after the bank, slope or hill it lies
                // on, which jieba reads as a direction; not where a village lies: 周边|村,
                // 下游|村)
                || class == Class::Community && is_landform_direction(w) && doc.chars.get(t.end) == Some(&'村')
        }
        Tag::Adjective => {
            // (老/a|山东|里北社区: 老 before a name that a lane's word goes on)
            class == Class::Community && w == "老" && doc.tok_starting_at(t.end).is_some_and(|n| n.len() >= 2 && matches!(n.tag, Tag::PlaceName | Tag::Noun) && lane_to_community(doc, n.end))
            || matches!(class, Class::Company | Class::Project | Class::Institution) && w.chars().count() >= 2 && !matches!(w, "重大" | "重点" | "主要" | "现有" | "新型")
                // (年产5万吨|新型/a|墙体材料项目: what a capacity makes)
                || class == Class::Project && w == "新型" && doc.tok_ending_at(t.begin).is_some_and(|p| is_figure_word(doc.word_str(p)))
                // (新兴/a|镇|党委, 定兴/a|县委: a place's stem jieba took for an adjective,
                // before its level word)
                // (not a verb's complement: 调整|充实/a|镇防汛抗旱指挥部)
                || w.chars().count() == 2
                    && !first
                    && doc.tok_ending_at(t.begin).is_none_or(|p| matches!(p.tag, Tag::Punct | Tag::Function | Tag::PlaceName | Tag::Time | Tag::Numeral))
                    && doc.tok_starting_at(t.end).is_some_and(|n| {
                    let nw = doc.word_str(n);
                    // (not 明确/a|区|县政府: 区 and 市 also start pairs of levels)
                    matches!(nw, "镇" | "乡" | "县" | "旗" | "县委" | "区委" | "市委" | "旗委" | "镇党委" | "乡党委")
                })
                || class == Class::Community && w.chars().count() >= 2 && compound_follows(doc, t.end)
                // (保家镇|丰乐/a|社区, 在|丰乐/a|社区, 丰乐/a|社区党支部: a community named by a fine
                // word, said as a place; not 建设|和谐/a|社区, a kind)
                || class == Class::Community && first && w.chars().count() == 2 && doc.str(t.end, (t.end + 2).min(doc.chars.len())) == "社区" && community_said_as_place(doc, t.begin, t.end + 2)
                || class == Class::Company && is_trade_name_char(doc, t, w)
                // 新/材料, 新/能源: an industry jieba cut in two
                || class == Class::Project && w == "新" && !first
                // (锐拓/新/材料有限公司: after a trade name, not starting one: 新材料有限公司)
                || class == Class::Company
                    && w == "新"
                    && doc.tok_starting_at(t.end).is_some_and(|n| matches!(doc.word_str(n), "材料" | "能源" | "型材"))
                    && doc.tok_ending_at(t.begin).is_some_and(|p| matches!(p.tag, Tag::PlaceName | Tag::PersonName) || p.len() >= 2 && doc.segmenter.is_some_and(|s| !s.has_word(doc.word_str(p))))
        }
        // (青禾|现代/t|中药材产业园: modern, as a kind of farming or industry, in a project's
        // name)
        // (社区|老年/t|食堂建设项目, 村|日间/t|照料中心…: whom or when a facility serves)
        Tag::Time => {
            class == Class::Project && (w == "现代" || matches!(w, "老年" | "中老年" | "日间" | "夜间" | "青少年")) && doc.tok_starting_at(t.end).is_some_and(|n| n.tag == Tag::Noun)
        }
        _ => false,
    }
}

/// Is `w` a compass point and a landform (南岸, 西坡, 北山, 东湖), a word jieba tags as a
/// direction that villages are named by?
fn is_landform_direction(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some('东' | '西' | '南' | '北'), Some('岸' | '坡' | '山' | '岭' | '湖' | '河' | '塘' | '湾' | '沟' | '坪' | '坝' | '岗' | '冲' | '洼'), None))
}

/// The kinds of rules a body writes down and names in 《》 (《柳溪村村规民约》, 《…收益分配办法》,
/// 《…实施方案》): annotators take each for a programme the body carries out.
const DOCUMENT_KINDS: &[&str] = &["清单", "办法", "细则", "方案", "制度", "公约", "章程", "民约", "规约", "守则"];

/// Rules and plans named in 《》 that end with a [`DOCUMENT_KINDS`] word (梳理出《青禾镇村级
/// 小微权力清单》): a programme named by the whole title. Not a title quoting the programme it
/// serves (《…“以奖代补”实施办法》, 《…专项行动实施方案》: that one is the name).
fn titled_documents(doc: &DocView) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(ob) = (from..doc.chars.len()).find(|&k| doc.chars[k] == '《') {
        let Some(cb) = (ob + 1..(ob + 40).min(doc.chars.len())).find(|&k| matches!(doc.chars[k], '》' | '《' | '\n')) else { break };
        from = cb;
        if doc.chars[cb] != '》' {
            continue;
        }
        let title = doc.str(ob + 1, cb);
        // (not an essay on one: 《论坚持和完善人民代表大会制度》)
        let quotes_a_programme = title.contains('“') || title.starts_with('论') || ["行动", "工程", "活动"].iter().any(|k| title.contains(k));
        if cb - ob - 1 >= 5 && !quotes_a_programme && DOCUMENT_KINDS.iter().any(|k| title.ends_with(k)) && title.chars().all(|c| is_han(c) || c.is_ascii_digit() || c == '·') {
            out.push(Cand::new(ob + 1, cb, Class::Initiative, title.to_string(), Rule::Quoted));
        }
    }
    out
}

/// Is `t` a preposition or verb jieba glued to the level word after it (经县/n|农业农村局,
/// 请县/n|农技推广站, 按村/n|红白理事会)? The level word starts the name that follows.
fn glued_to_level(doc: &DocView, t: &Tok) -> bool {
    // (韦振华|任镇/nr|综治中心主任: or the verb of taking a post; 名单报镇/n|招商服务中心: or of
    // handing something in)
    t.len() == 2 && "请按由经被把向给受对任报交".contains(doc.chars[t.begin]) && "县镇乡村区市".contains(doc.chars[t.begin + 1])
}


/// An event named by its host, a quoted title and its kind (…县河湟商会“金秋助学·情暖威远”捐赠
/// 仪式) is named from the title on: the host is a body of its own, that holds it.
fn events_after_their_hosts(doc: &DocView, mut cands: Vec<Cand>) -> Vec<Cand> {
    for c in cands.iter_mut().filter(|c| c.class == Class::Event) {
        let Some(q) = (c.begin + 4..c.end).find(|&k| doc.chars[k] == '“') else { continue };
        let head = doc.str(c.begin, q);
        let host = lexicon::SUFFIXES.iter().any(|s| s.class.family() == Family::Organization && s.text.chars().count() >= 2 && head.ends_with(s.text));
        if host && doc.chars[q..c.end].contains(&'”') {
            let name: String = doc.chars[q..c.end].iter().filter(|&&ch| !matches!(ch, '“' | '”')).collect();
            let strip: String = head.chars().filter(|&ch| !matches!(ch, '“' | '”')).collect();
            for a in c.alts.iter_mut() {
                if let Some(r) = a.strip_prefix(strip.as_str()) {
                    *a = r.to_string();
                }
            }
            c.alts.retain(|a| *a != name);
            c.begin = q;
            c.name = name;
        }
    }
    cands
}

/// Where a phase said in brackets at `at` ends (…治理项目|（二期）): the end of `（二期）` or
/// `(二期)`.
fn phase_in_brackets(doc: &DocView, at: usize) -> Option<usize> {
    let c = doc.chars.get(at..at + 4)?;
    (matches!((c[0], c[3]), ('（', '）') | ('(', ')')) && lexicon::is_phase(doc.str(at + 1, at + 3))).then_some(at + 4)
}

/// A works' name followed by its phase in brackets (…污水治理项目（二期）) takes the phase in:
/// the phases are two works.
fn phases_in_brackets(doc: &DocView, mut cands: Vec<Cand>) -> Vec<Cand> {
    for c in cands.iter_mut().filter(|c| c.class.family() == Family::Project && (c.name.ends_with("项目") || c.name.ends_with("工程"))) {
        if let Some(e) = phase_in_brackets(doc, c.end) {
            let phase = doc.text(c.end, e);
            c.name.push_str(&phase);
            for a in c.alts.iter_mut() {
                a.push_str(&phase);
            }
            c.end = e;
        }
    }
    cands
}

/// A park's or base's phase said right after it without 项目 (…生态农业产业园|二期|建成投用):
/// the phase's project, beside the park it is part of.
fn phases_after_projects(doc: &DocView, cands: &[Cand]) -> Vec<Cand> {
    cands
        .iter()
        .filter(|c| c.class.family() == Family::Project && !(c.name.ends_with("项目") || c.name.ends_with("工程") || lexicon::ends_with_phase(&c.name)))
        .filter_map(|c| {
            if c.end + 2 > doc.chars.len() {
                return None;
            }
            let phase = doc.str(c.end, c.end + 2);
            // (…产业园二期项目: the longer name the suffix 项目 gives)
            let next = doc.str(c.end + 2, (c.end + 4).min(doc.chars.len()));
            if !lexicon::is_phase(phase) || !doc.is_tok_start(c.end) || !doc.is_tok_end(c.end + 2) || matches!(next, "项目" | "工程") {
                return None;
            }
            // (…产业园二期|标准化厂房项目: the phase opens the name of what is built in it)
            // (…产业园三期|建设: but the works on it, which jieba tags a noun, are no name's)
            if doc.tok_starting_at(c.end + 2).is_some_and(|n| n.tag.is_nominal() && !matches!(doc.word_str(n), "地块" | "计划") && !lexicon::CONSTRUCTION_VERBS.contains(&doc.word_str(n))) {
                return None;
            }
            let mut p = c.clone();
            p.end += 2;
            p.name.push_str(phase);
            p.alts.iter_mut().for_each(|a| *a = a.strip_suffix("项目").map_or_else(|| format!("{a}{phase}"), |s| format!("{s}{phase}项目")));
            Some(p)
        })
        .collect()
}

/// Does a residential compound's suffix (小区) follow `at` within its name, nothing but
/// ideographs between?
fn compound_follows(doc: &DocView, at: usize) -> bool {
    let end = (at + 6).min(doc.chars.len());
    let run = doc.chars[at..end].iter().take_while(|&&c| is_han(c)).count();
    doc.str(at, at + run).contains("小区")
}

/// Is `t` a direction or 小/大/老/新 standing alone right after a division's suffix
/// (高庙乡|后/李家村, 浑源县|西/王庄村)? It starts the village's name that follows.
fn leads_village_after_division(doc: &DocView, t: &Tok) -> bool {
    t.len() == 1
        && t.begin > 0
        && matches!(doc.chars[t.begin - 1], '乡' | '镇' | '县' | '区' | '市')
        && (t.tag == Tag::Direction || matches!(doc.chars[t.begin], '小' | '大' | '老' | '新'))
}

/// Does a word of being at or going to a place (在, 到, 来到, 走进 …) end at `at`?
fn at_place(doc: &DocView, at: usize) -> bool {
    doc.tok_ending_at(at).is_some_and(|p| matches!(doc.word_str(p), "在" | "到" | "赴" | "走进" | "来到" | "深入" | "前往" | "从" | "于"))
}

/// Does one of [`lexicon::POSTS`] follow within `n` characters of `at` (任|常务副指挥长)?
fn post_within(doc: &DocView, at: usize, n: usize) -> bool {
    let after = doc.str(at, (at + n).min(doc.chars.len()));
    lexicon::POSTS.iter().any(|(p, _)| after.contains(p))
}

/// Is `t` a direction, or 大/小/老/新/白…, that starts a village's name where a phrase starts
/// (、|西/李庄村, 由|后/王庄村, 。|白/溪口|村): one character jieba left alone where
/// [`phrase_starts`].
fn leads_village_at_phrase_start(doc: &DocView, t: &Tok) -> bool {
    // (东后/f|子峪村: or two directions jieba read as one word)
    let two_directions = t.len() == 2 && t.tag == Tag::Direction && doc.chars[t.begin..t.end].iter().all(|c| "东西南北上下前后中".contains(*c));
    (t.len() == 1 && (t.tag == Tag::Direction || matches!(doc.chars[t.begin], '东' | '西' | '南' | '北' | '前' | '后' | '上' | '下' | '中' | '小' | '大' | '老' | '新' | '白' | '红' | '黄' | '青' | '黑')) || two_directions)
        && phrase_starts(doc, t.begin)
}

/// The verb of jieba's one word for an adverb and a verb of carrying out (深入开展/n,
/// 全面实施 → 开展, 实施); other words as they are.
fn carried_out(w: &str) -> &str {
    match w.char_indices().nth(2) {
        Some((i, _)) if w.chars().count() == 4 && matches!(&w[i..], "开展" | "实施" | "推进" | "落实") => &w[i..],
        _ => w,
    }
}

/// Where the name of an event ending its words at `at` starts when a verb of holding
/// (召开, 举行 …) stands before it in the clause, at most 20 characters back, with
/// nothing but name words between (no punctuation, no other verb of holding).
fn held_since(doc: &DocView, sent: &Span, at: usize) -> Option<usize> {
    // (召开2024年度村（社区）党组织书记抓基层党建工作述职评议会: a meeting where holders of a
    // post report on their work is named with the post and the work, 抓 included)
    let reporting = doc.str(at.saturating_sub(6), at).contains("述职");
    let mut i = at;
    while i > sent.begin && at - i <= 32 {
        let t = doc.tok_ending_at(i)?;
        let w = doc.word_str(t);
        if lexicon::HOLDING_VERBS.contains(&w) {
            // skip a particle after the verb (召开了)
            let mut b = t.end;
            while doc.tok_starting_at(b).is_some_and(|n| n.end <= at && matches!(doc.word_str(n), "了" | "的" | "一次" | "一场" | "此次" | "这次" | "本次" | "这一" | "该" | "本届" | "此届" | "这届")) {
                b = doc.tok_starting_at(b).map_or(b, |n| n.end);
            }
            return (b < at).then_some(b);
        }
        // (jieba's person-name tags are no stop: it reads 党风廉政 as one)
        // (召开了: the particle after the verb is walked over)
        // (…协办|的|2025年“春风行动”招聘会: and the 的 of the bodies that host it)
        let particle_after_verb = matches!(w, "了" | "的") && doc.tok_ending_at(t.begin).is_some_and(|v| lexicon::HOLDING_VERBS.contains(&doc.word_str(v)));
        // (召开森林防火|和|安全生产工作座谈会: two fields of one meeting's work)
        // (not between two meetings: 内阁会议|和|国家安全保障会议)
        let joining = matches!(w, "和" | "与" | "及")
            && doc.tok_ending_at(t.begin).is_none_or(|p| !doc.word_str(p).ends_with(['会', '坛', '议', '式', '礼', '节', '动']));
        // (举办高层次人才专场|对接|洽谈会: a verb of the meeting's own kind)
        let event_verb = EVENT_VERBS.contains(&w);
        // (召开“共富工坊”建设推进会: a quoted title inside the name, walked over whole)
        if matches!(w, "”" | "’") {
            let open = if w == "”" { '“' } else { '‘' };
            if let Some(q) = (i.saturating_sub(16).max(sent.begin)..t.begin).rev().find(|&k| doc.chars[k] == open) {
                if doc.chars[q + 1..t.begin].iter().all(|&c| is_han(c) || c.is_ascii_alphanumeric() || matches!(c, '·' | '+')) && q + 1 < t.begin {
                    i = q;
                    continue;
                }
            }
        }
        // (河（湖）长制工作会议: a bracket of one or two characters inside a word of the name,
        // walked over whole)
        // (not right after the verb: 召开|（扩大）会议)
        if w == "）" {
            if let Some(open) = bracketed_char_at(doc, t.begin).filter(|&o| doc.tok_ending_at(o).is_some_and(|p| !lexicon::HOLDING_VERBS.contains(&doc.word_str(p)))) {
                i = open;
                continue;
            }
        }
        // (召开安全管理暨新时代文明实践工作推进会: the work a meeting is about, which stops
        // other names)
        let work = matches!(w, "管理" | "服务" | "审批" | "办理" | "受理" | "协调" | "登记") && t.tag == Tag::Noun;
        // (岳塘区·罗布沙镇结对共建工作座谈会, 东园镇—城阳乡…座谈会: two places a meeting joins)
        let between_places = between_places(doc, t);
        if !particle_after_verb
            && !joining
            && !event_verb
            && !work
            && !between_places
            && !(reporting && (lexicon::is_post(w) || w == "抓"))
            && (t.tag == Tag::Punct || lexicon::is_post(w) || lexicon::is_stop_word(w) || t.len() == 1 && w != "暨" && w.chars().next().is_some_and(crate::segment::is_glue_char))
        {
            return None;
        }
        i = t.begin;
    }
    None
}

/// 河（湖）长制, 示范村（社区）: the opening of a bracket of one or two Han characters that
/// closes at `close`, written right after a Han character (an alternative inside a word).
fn bracketed_char_at(doc: &DocView, close: usize) -> Option<usize> {
    let open = (close.saturating_sub(3)..close).rev().find(|&k| doc.chars[k] == '（')?;
    (open > 0 && (1..=2).contains(&(close - open - 1)) && doc.chars[open + 1..close].iter().all(|&c| is_han(c)) && is_han(doc.chars[open - 1])).then_some(open)
}

/// Is `t` a dot or a dash between two places (岳塘区·罗布沙镇, 东园镇—城阳乡)?
fn between_places(doc: &DocView, t: &Tok) -> bool {
    matches!(doc.word_str(t), "·" | "—" | "－" | "-" | "——")
        && t.begin > 0
        && matches!(doc.chars[t.begin - 1], '省' | '市' | '区' | '县' | '镇' | '乡' | '村' | '道' | '旗')
        && doc.tok_starting_at(t.end).is_some_and(|n| n.tag == Tag::PlaceName || n.len() >= 2 && ends_with_division_suffix(doc.word_str(n)) || doc.str(n.begin, (n.begin + 6).min(doc.chars.len())).contains(['镇', '乡', '县', '区']))
}

/// 在文化传承发展座谈会上: a meeting the text is at, named by all between 在 and its
/// kind word, which 上 or 中 follows.
fn held_at(doc: &DocView, sent: &Span, at: usize, se: usize) -> Option<usize> {
    if !matches!(doc.chars.get(se), Some('上' | '中')) {
        return None;
    }
    let mut i = at;
    while i > sent.begin && at - i <= 16 {
        let t = doc.tok_ending_at(i)?;
        let w = doc.word_str(t);
        if w == "在" {
            return (t.end < at).then_some(t.end);
        }
        if t.tag == Tag::Punct || lexicon::is_post(w) || lexicon::is_stop_word(w) {
            return None;
        }
        i = t.begin;
    }
    None
}

/// 9月26日上午，中江县第三季度重大项目集中签约仪式在…举行: an event that is the subject
/// of its being held (在…召开/举行/开幕, or 召开/举行 right after its kind word) is named by
/// its whole clause, after the time words that open it: ordinals, quotes and 暨 included
/// (兰山区“枫桥式”…现场推进会, …学校启用暨秋季开学工作推进会). Not past a 的 (由…牵头召开的|…),
/// nor when a preposition or a post stands in the clause (then the clause is no name; jieba
/// tags words of names as persons' too often for a person to tell).
fn held_in(doc: &DocView, sent: &Span, at: usize, se: usize) -> Option<usize> {
    let verbs = || lexicon::HOLDING_VERBS.iter().chain(&["开幕", "开班", "启动", "拉开帷幕"]);
    let rest = &doc.chars[se..(se + 48).min(sent.end)];
    let rest = &rest[..rest.iter().position(|c| matches!(c, '，' | '。' | '；' | '：' | '！' | '？' | '、' | '（' | '）' | ',' | ';' | '(' | ')' | '\n')).unwrap_or(rest.len())];
    let starts = |v: &str, from: usize| rest.len() >= from + v.chars().count() && rest[from..].iter().zip(v.chars()).all(|(a, b)| *a == b);
    let held = if rest.first() == Some(&'在') { (1..rest.len()).any(|i| verbs().any(|v| starts(v, i))) } else { verbs().any(|v| starts(v, 0)) };
    if !held {
        return None;
    }
    let mut b = doc.clause_start(sent.begin, at, &[]);
    // (2024年, 当天下午, 近日: time words open the clause, no part of the name)
    while let Some(t) = doc.tok_starting_at(b).filter(|t| t.end < at) {
        let w = doc.word_str(t);
        // (a year right before the name is written as part of it: 2024年|中宁县…开园节)
        let date = t.tag == Tag::Numeral && doc.tok_starting_at(t.end).is_some_and(|n| matches!(doc.word_str(n), "月" | "日") || doc.word_str(n) == "年" && doc.tok_starting_at(n.end).is_some_and(|m| m.tag == Tag::Numeral));
        if t.tag == Tag::Time && !doc.word_str(t).ends_with('年') || date || matches!(w, "月" | "日" | "上午" | "下午" | "晚上" | "当天" | "当日" | "同日" | "近日" | "日前" | "随后") {
            b = t.end;
        } else {
            break;
        }
    }
    let mut quoted = false;
    // (由…主办、…承办的|“春风送岗”2024年…招聘会在…举行: what stands before a 的 that the
    // name starts after is no matter)
    let mut stopped = false;
    let mut i = b;
    while i < at {
        let Some(t) = doc.tok_starting_at(i) else { return None };
        let w = doc.word_str(t);
        match w {
            "“" | "‘" => quoted = true,
            "”" | "’" => quoted = false,
            // (正赶上|纺织品博览会开幕, 韩正宣布|…博览会开幕, 出席了|…论坛, 这场|座谈会: coming
            // upon, announcing, attending or pointing at the event is the sentence's)
            _ if !quoted
                && (w == "的"
                    || w == "了"
                    || matches!(w, "这场" | "这次" | "此次" | "本次" | "那次" | "那场" | "这个" | "那个")
                    || lexicon::COMING_UPON.contains(&w)
                    || lexicon::PARTICIPATE_VERBS.contains(&w)
                    || matches!(w, "宣布" | "祝贺" | "见证" | "迎来" | "庆祝")) =>
            {
                b = t.end;
                stopped = false;
            }
            _ if quoted => {}
            // (暨为老服务项目签约仪式: 为 of serving the old, the people, is a name's word)
            "为" if doc.chars.get(t.end).is_some_and(|c| "老民农企".contains(*c)) => {}
            _ if lexicon::is_post(w) || matches!(w, "在" | "由" | "对" | "向" | "把" | "将" | "被" | "为" | "是" | "从" | "以" | "于" | "自" | "据") => stopped = true,
            _ if t.tag == Tag::Punct && w != "·" && !between_places(doc, t) => stopped = true,
            _ => {}
        }
        i = t.end;
    }
    (!stopped && b < at && at - b <= 48).then_some(b)
}

/// A lone character jieba cut off a company's trade name it did not know (恒信/达/科技
/// 有限公司): it stands between name words, not after a verb or a function word.
fn is_trade_name_char(doc: &DocView, t: &Tok, w: &str) -> bool {
    let Some(c) = w.chars().next().filter(|_| t.len() == 1) else { return false };
    if crate::segment::is_glue_char(c) || "帮让使请叫去来有说要会能可也都又还就才已再".contains(c) {
        return false;
    }
    doc.tok_ending_at(t.begin)
        .is_some_and(|p| matches!(p.tag, Tag::Noun | Tag::PersonName | Tag::PlaceName) && p.len() <= 2 && !lexicon::is_stop_word(&doc.word_str(p)))
}

fn has_list_cue(doc: &DocView, b: usize, e: usize) -> bool {
    // 分别是, 分别为 (on the chars: this runs for every clause)
    doc.chars[b..e].windows(3).any(|w| w[0] == '分' && w[1] == '别' && matches!(w[2], '是' | '为'))
}

/// Which end of a text a kind suffix is looked for at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    Start,
    End,
}

/// The entry of [`lexicon::SUFFIXES`] that the text starts (or ends) with and that `ok`
/// accepts: the longest, and of entries with the same text the last. (What
/// `SUFFIXES.iter().filter(..).max_by_key(|s| s.text.len())` gives, by a lookup for each
/// length instead of a comparison for each entry.)
fn longest_suffix_entry(text: &str, end: End, ok: impl Fn(&Suffix) -> bool) -> Option<&'static Suffix> {
    static BY_TEXT: LazyLock<(HashMap<&'static str, Vec<usize>>, usize)> = LazyLock::new(|| {
        let mut by_text: HashMap<&'static str, Vec<usize>> = HashMap::default();
        for (i, s) in lexicon::SUFFIXES.iter().enumerate() {
            by_text.entry(s.text).or_default().push(i);
        }
        let longest = lexicon::SUFFIXES.iter().map(|s| s.text.chars().count()).max().unwrap_or(0);
        (by_text, longest)
    });
    let (by_text, longest) = &*BY_TEXT;
    // char boundaries of text, from its start or its end
    let bounds: Vec<usize> = match end {
        End::Start => text.char_indices().map(|(b, c)| b + c.len_utf8()).take(*longest).collect(),
        End::End => text.char_indices().rev().map(|(b, _)| b).take(*longest).collect(),
    };
    bounds.iter().rev().find_map(|&b| {
        let part = if end == End::Start { &text[..b] } else { &text[b..] };
        by_text.get(part)?.iter().rev().map(|&i| &lexicon::SUFFIXES[i]).find(|s| ok(s))
    })
}

/// Items of one clause's enumeration, when the enumeration's head gives a class.
fn list_items(doc: &DocView, b: usize, e: usize, prev_clause: Option<(usize, usize)>) -> Vec<Cand> {
    let clause = doc.text(b, e);
    // where the items start: after a cue word, else after the last non-name token
    // the earliest cue; of two at one place, the first in LIST_CUES
    static CUES: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder().kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(lexicon::LIST_CUES).expect("cue matcher")
    });
    // (a cue as a word of its own: not the 有 of 有效|解决周边黄庄村、…)
    let cue = CUES
        .find_overlapping_iter(&clause)
        .filter(|m| {
            let (cb, ce) = (b + clause[..m.start()].chars().count(), b + clause[..m.end()].chars().count());
            doc.is_tok_start(cb) && doc.is_tok_end(ce)
        })
        .map(|m| (m.start(), m.pattern().as_usize()))
        .min()
        .map(|(p, i)| (p, &lexicon::LIST_CUES[i]));
    let items_begin = cue.map(|(p, c)| b + clause[..p].chars().count() + c.chars().count());
    // head after the items: 等(一大批|一批|多个|N个)?HEAD
    let deng = clause.rfind('等').map(|p| b + clause[..p].chars().count());
    let head_class = |text: &str| -> Option<Class> {
        lexicon::LIST_HEADS.iter().filter(|(h, _)| text.ends_with(h)).max_by_key(|(h, _)| h.len()).map(|(_, c)| *c)
    };
    let mut class = None;
    let mut items_end = e;
    // (永兴、东兴、新发等村, 两河、石门等3个村: short names of the villages the head's kind word
    // completes; not 等村干部, 等村集体)
    let mut kind_word = None;
    if let Some(d) = deng {
        let tail = doc.text(d + 1, e);
        let tail = tail.trim_start_matches(|c: char| "一大批系列多个几项些0123456789".contains(c));
        kind_word = ["社区", "村"].into_iter().find(|k| tail.strip_prefix(k).is_some_and(|r| !r.starts_with(|c: char| "干民集级委务组内落两".contains(c))));
        // the head may be followed by what is said of it: 等重点项目推进情况
        let head = lexicon::LIST_HEADS
            .iter()
            .filter(|(h, _)| tail.starts_with(h))
            .max_by_key(|(h, _)| h.len())
            .map(|(_, c)| *c);
        if let Some(c) = head_class(tail).or(head) {
            class = Some(c);
            items_end = d;
        }
    }
    if class.is_none() {
        let cue_is_explicit = cue.is_some_and(|(_, c)| matches!(*c, "分别是" | "分别为" | "包括" | "主要有"));
        if cue_is_explicit {
            // the head is in the clause before: 招引重大项目7个，分别是…
            let before = match cue {
                Some((p, _)) if p > 0 => Some(doc.text(b, b + clause[..p].chars().count())),
                _ => prev_clause.map(|(pb, _)| doc.text(pb, b)),
            };
            if let Some(before) = before {
                let before = before.trim_end_matches(|c: char| c.is_ascii_digit() || "个家项批座条所一二三四五六七八九十两".contains(c));
                class = lexicon::LIST_HEADS
                    .iter()
                    .filter(|(h, _)| before.ends_with(h) || before.contains(h))
                    .max_by_key(|(h, _)| h.len())
                    .map(|(_, c)| *c);
            }
        }
    }
    let Some(class) = class else { return vec![] };
    let explicit = cue.is_some_and(|(_, c)| matches!(*c, "分别是" | "分别为" | "包括" | "主要有"));
    let start = match items_begin {
        Some(s) => s,
        None => {
            // the first item begins after the last token that cannot be part of a name
            let first_sep = (b..items_end).find(|&i| doc.chars[i] == '、');
            let Some(fs) = first_sep else { return vec![] };
            let mut s = fs;
            while s > b {
                let Some(t) = doc.tok_ending_at(s) else { break };
                let w = doc.word_str(t);
                if t.tag == Tag::Punct && !matches!(w, "‘" | "’" | "“" | "”") {
                    break;
                }
                // (带动周边/f|刘桥村、…, 对辖区/内/f|…公司砂石加工场、…: where the items lie, not a
                // name's start)
                if matches!(t.tag, Tag::Verb | Tag::Function | Tag::Pronoun | Tag::Time) && !w.contains(['‘', '’']) || lexicon::is_stop_word(w) || t.tag == Tag::Direction && (t.len() >= 2 || matches!(w, "内" | "外" | "里")) {
                    break;
                }
                s = t.begin;
            }
            s
        }
    };
    if start >= items_end {
        return vec![];
    }
    // split into items on 、 and on 和/及/以及/与 before the last item
    let mut items = Vec::new();
    let mut ib = start;
    for i in start..=items_end {
        // “邻里食堂”“四点半学堂”等: quoted items may follow each other without a mark
        let quote_pair = i > start && i < items_end && doc.chars[i] == '“' && doc.chars[i - 1] == '”';
        if quote_pair && i > ib {
            items.push((ib, i));
            ib = i;
            continue;
        }
        if i == items_end || doc.chars[i] == '、' {
            items.push((ib, i));
            ib = i + 1;
        }
    }
    if let Some(&(lb, le)) = items.last() {
        let last = doc.text(lb, le);
        for conj in ["以及", "和", "及", "与"] {
            if let Some(p) = last.find(conj) {
                let cb = lb + last[..p].chars().count();
                if doc.is_tok_start(cb) && doc.tok_starting_at(cb).is_some_and(|t| doc.word(t) == conj) {
                    items.pop();
                    items.push((lb, cb));
                    items.push((cb + conj.chars().count(), le));
                    break;
                }
            }
        }
    }
    if items.len() < 2 {
        return vec![];
    }
    // (a list of villages' short names alone: not 乡机关干部、护林员、…以及卡达村、夏贡村等8个村)
    let all_short_names = kind_word.is_some()
        && items.iter().all(|&(ib, ie)| {
            let item = doc.str(ib, ie);
            (2..=4).contains(&(ie - ib)) && item.chars().all(is_han) && !lexicon::is_person_descriptor(item) && !item.ends_with(['员', '户', '民', '工', '者', '队', '部', '长'])
        });
    let mut out = Vec::new();
    for (ib, ie) in items {
        // (…副总河长扎西顿珠带领乡机关干部、河湖管护员以及卡达村、夏贡村等8个村: an item of places
        // holds no post and no verb, and starts after 以及)
        let ib = match doc.text(ib, ie).find("以及") {
            Some(p) if matches!(class, Class::Community | Class::AdministrativeDivision) => ib + doc.text(ib, ie)[..p].chars().count() + 2,
            _ => ib,
        };
        if matches!(class, Class::Community | Class::AdministrativeDivision)
            && doc.toks_between(ib, ie).any(|t| lexicon::is_post(doc.word_str(t)) || t.tag == Tag::Verb && t.len() >= 2 && doc.segmenter.is_some_and(|s| s.has_word(doc.word_str(t))))
        {
            continue;
        }
        // (财务经理郁晓峰、…商会会长于德昌等企业代表: a post and a name after it, a person)
        if class.family() == Family::Organization && doc.toks_between(ib, ie).any(|t| t.end < ie && lexicon::is_post(doc.word_str(t))) {
            continue;
        }
        let raw = doc.text(ib, ie);
        let name: String = raw.chars().filter(|c| !matches!(c, '“' | '”' | '‘' | '’' | '"')).collect();
        let n = name.chars().count();
        if !(2..=20).contains(&n) || lexicon::is_common_noun(&name.as_str()) || is_generic_prefix(&name) {
            continue;
        }
        // (…鑫源矿业有限公司砂石加工场: a company's site is no item of the list's kind; the
        // company keeps its name)
        if class != Class::Project && name.find("公司").is_some_and(|i| i + "公司".len() < name.len()) {
            continue;
        }
        // an item that starts with a figure describes, it does not name (2万亩优质烤烟基地)
        // (nor is a figure alone an item of any kind: 得分分别为71分、68.5分)
        if (class == Class::Project || lexicon::ends_with_unit(&name)) && name.starts_with(|c: char| c.is_ascii_digit()) && !name.chars().any(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        // a head such as 服务品牌 says its items are names; 等项目 or 等企业 lists also
        // hold common nouns, so those items must read as names
        // (a short name before 等村 is a village's, whatever word jieba reads in it: 新发)
        let short_village = all_short_names && class == Class::Community && (2..=3).contains(&n) && name.chars().all(is_han);
        if !explicit && !short_village && !matches!(class, Class::Initiative) && !doc.looks_like_name(ib, ie) {
            continue;
        }
        let mut c = Cand::new(ib, ie, class, name.clone(), Rule::List);
        if let Some(k) = kind_word.filter(|_| class == Class::Community && n <= 4 && name.chars().all(is_han) && !ends_with_division_suffix(&name) && !name.ends_with(['村', '屯', '组', '寨', '庄', '堡', '居'])) {
            c.name = format!("{name}{k}");
            c.alts.push(name.clone());
        }
        if class == Class::Project {
            match name.strip_suffix("项目") {
                Some(stem) if stem.chars().count() >= 3 => c.alts.push(stem.to_string()),
                Some(_) => {}
                None => c.alts.push(format!("{name}项目")),
            }
        }
        out.push(c);
    }
    out
}

/// The kinds of body or place a quoted model names after it (“枫桥式”平安乡镇, “枫桥式”综治中心,
/// “枫桥式”人民法庭).
const MODEL_KINDS: [&str; 13] = ["乡镇", "中心", "派出所", "法庭", "所", "站", "社区", "村", "室", "单位", "网格", "小区", "庭"];

/// Classifies one quoted span: `[ob, ce)` with the quotes, `[ib, ie)` inside.
fn classify_quoted(doc: &DocView, ob: usize, ib: usize, ie: usize, ce: usize, sent: &Span) -> Option<Cand> {
    let raw = doc.text(ib, ie);
    let inner: String = raw.chars().filter(|c| !matches!(c, '“' | '”' | '‘' | '’' | '"')).collect();
    let n = inner.chars().count();
    if n == 0 || n > 24 || inner.contains(['，', '。', '！', '？', '；', '：', '…', ',']) {
        return None;
    }
    // a slogan of several parts (“街道吹哨、部门报到”) names a thing only with a kind word after it
    let parts = inner.contains('、');
    if inner.chars().all(|c| c.is_ascii_punctuation() || c.is_whitespace()) {
        return None;
    }
    // numbers name no programme: a date or holiday (“五一”, “双十一”) or an age group
    // (“90后”, “00后”)
    let age_group = inner.len() > 3 && inner.ends_with('后') && inner.trim_end_matches('后').chars().all(|c| c.is_ascii_digit());
    if age_group || matches!(inner.as_str(), "五一" | "十一" | "六一" | "七一" | "八一" | "五四" | "三八" | "双十一" | "双十二") {
        return None;
    }
    // (“八五”普法规划, 深入开展“八五”普法, “十四五”规划: a five-year plan's number and what it
    // plans, the programme named by both)
    let plan_number = n >= 2 && inner.ends_with('五') && inner.chars().all(crate::segment::is_one_to_ten);
    if plan_number {
        let after = doc.str(ce, (ce + 4).min(sent.end));
        if after.starts_with("普法规划") {
            let mut c = Cand::new(ob, ce + 4, Class::Initiative, format!("{inner}普法规划"), Rule::Quoted);
            c.alts.push(format!("{inner}普法"));
            return Some(c);
        }
        if let Some(w) = ["普法", "规划"].into_iter().find(|w| after.starts_with(w) && doc.is_tok_end(ce + 2)) {
            return Some(Cand::new(ob, ce + 2, Class::Initiative, format!("{inner}{w}"), Rule::Quoted));
        }
    }
    // (村“两委”班子: a village's two committees, a body, no programme)
    if matches!(inner.as_str(), "两委" | "三委" | "四委") {
        return None;
    }
    // (“一对一”帮扶, “一把手”, 搅活“一池春水”, 全县“一盘棋”, “一揽子”政策: a manner, a head
    // or a figure of speech quoted for weight, which annotators never take for a programme)
    if matches!(inner.as_str(), "一对一" | "一把手" | "一池春水" | "一盘棋" | "一揽子") && !doc.str(ce, (ce + 2).min(doc.chars.len())).starts_with(['制', '机']) {
        return None;
    }
    // (“枫桥式公安派出所”, 创建“枫桥式”平安乡镇: a model that a body or a place strives to be,
    // named after the way it copies, is a programme, whatever kind of body the quote names; a
    // model quoted alone takes the kind of body or place written right after it)
    // (not a manner said with a number: “一站式”综治中心)
    let numeral_led = inner.starts_with(|c: char| "一二两三四五六七八九十".contains(c));
    if let Some(k) = inner.find('式').map(|i| inner[..i].chars().count()).filter(|k| (2..=3).contains(k) && !numeral_led) {
        let rest = n - k - 1;
        // (not “中国式现代化”, “沉浸式赏花”: a model names a kind of body or place)
        if rest >= 2 && inner.chars().all(is_han) && MODEL_KINDS.iter().any(|w| inner.ends_with(w)) {
            return Some(Cand::new(ob, ce, Class::Initiative, inner, Rule::Quoted));
        }
        if rest == 0 {
            // (the words after the quote, up to six Han characters ending a word, the last a
            // body's or a place's kind; the longest)
            let kind_end = (ce + 2..=(ce + 6).min(sent.end)).rev().find(|&e| {
                let kind = doc.str(ce, e);
                doc.is_tok_end(e) && doc.chars[ce..e].iter().all(|&c| is_han(c) && !matches!(c, '为' | '的' | '和' | '等' | '是')) && MODEL_KINDS.iter().any(|w| kind.ends_with(w))
            });
            if let Some(e) = kind_end {
                return Some(Cand::new(ob, e, Class::Initiative, format!("{inner}{}", doc.str(ce, e)), Rule::Quoted));
            }
        }
    }
    // (“党支部+合作社+农户”, “保底收益+按股分红”: a formula of parts joined by + is a way of
    // working, whatever kind word follows)
    let formula = inner.split('+').count() >= 2 && inner.split('+').all(|p| (1..=10).contains(&p.chars().count()) && p.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()));
    if formula && inner.chars().filter(|&c| is_han(c)).count() >= 4 {
        return Some(Cand::new(ob, ce, Class::Initiative, inner, Rule::Quoted));
    }
    // (以“网格连心、组团服务”为抓手, 以“1所+12站+N点”为架构: what a subject works through or
    // toward, named by the quote)
    let through = ob >= 1 && doc.chars[ob - 1] == '以' && ["为抓手", "为主线", "为架构", "为布局", "为载体", "为引领", "为牵引", "为突破口", "为目标"].iter().any(|w| doc.str(ce, (ce + 4).min(doc.chars.len())).starts_with(w));
    // (每月开展一次“红色物业开放日”, 每月召开一次“院坝协商会”: a meeting or day held again and again)
    let recurring = ob >= 2 && doc.str(ob - 2, ob) == "一次" && ["每月", "每周", "每季度", "每年", "每半月", "每双月", "定期"].iter().any(|w| doc.str(doc.clause_start(sent.begin, ob, &[]), ob).contains(w));
    // (注册了“那赖红”芒果商标, “渭源党参”区域公用品牌, 区域公共品牌“尼木藏香”: a brand)
    // (up to four characters of what is sold between: 芒果)
    let brand_after = (0..=4).any(|g| {
        ce + g <= sent.end
            && doc.chars[ce..ce + g].iter().all(|&c| is_han(c))
            && ["商标", "公用品牌", "区域公用品牌", "地理标志", "农产品地理标志"].iter().any(|k| doc.str(ce + g, (ce + g + k.chars().count()).min(sent.end)) == *k)
    });
    let brand_before = ["公用品牌", "公共品牌", "区域品牌"].iter().any(|k| doc.str(ob.saturating_sub(4), ob).ends_with(k));
    // (惠企政策“免申即享”, 纳入“项目代办”清单: a policy named after its kind, or the list of what
    // a programme takes in)
    // (four characters or more: not 政策“组合拳”, 政策“及时雨”, figures of speech)
    let policy = n >= 4
        && (doc.tok_ending_at(ob).is_some_and(|t| matches!(doc.word_str(t), "政策" | "惠企政策" | "机制" | "制度" | "平台"))
            || doc.str(ce, (ce + 2).min(sent.end)) == "清单" && doc.is_tok_end(ce + 2));
    if (through || recurring || brand_after || brand_before || policy) && n >= 2 && !inner.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Some(Cand::new(ob, ce, Class::Initiative, inner, Rule::Quoted));
    }
    // (“政府补一点、居民出一点”的方式, “…”的三级防控体系: a way of working after 的)
    if doc.chars.get(ce) == Some(&'的') {
        let rest = doc.str(ce + 1, sent.end.min(ce + 9));
        const WAYS: [&str; 6] = ["方式", "模式", "机制", "做法", "办法", "体系"];
        let way = (0..=4).any(|g| {
            let gap: String = rest.chars().take(g).collect();
            // (打破了“材料齐全后受理”的传统模式: a way left behind is none of the report's)
            gap.chars().count() == g && gap.chars().all(is_han) && !gap.contains("传统") && !gap.contains('旧') && WAYS.iter().any(|w| rest[gap.len()..].starts_with(w))
        });
        let left_behind = ["打破", "改变", "告别", "摒弃", "破除", "取代"].iter().any(|v| doc.str(ob.saturating_sub(4), ob).contains(v));
        if way && !left_behind && n >= 4 && inner.chars().filter(|&c| is_han(c)).count() >= 4 {
            return Some(Cand::new(ob, ce, Class::Initiative, inner, Rule::Quoted));
        }
    }
    // (通过“以购代捐”方式, 采取“先建后补”办法: a way of working taken, named right before its
    // kind word)
    let taken = ["通过", "采取", "采用", "按照", "探索", "推行", "创新", "实行"].iter().any(|v| doc.str(ob.saturating_sub(2), ob) == *v);
    if taken && ["方式", "模式", "机制", "办法", "做法"].iter().any(|w| doc.str(ce, (ce + 2).min(doc.chars.len())) == *w) && n >= 3 && inner.chars().all(|c| is_han(c) || matches!(c, '、' | '+' | '，')) {
        return Some(Cand::new(ob, ce, Class::Initiative, inner, Rule::Quoted));
    }
    // the word after the closing quote
    let after = doc.text(ce, sent.end.min(ce + 10));
    // (10月11日，…开展“情暖重阳”志愿服务活动, 举办“人人讲安全、个个会应急”主题宣传咨询日活动: a
    // quoted title and the kind of activity after it, held on a day the sentence says, name an
    // event, by both; without a day, 开展“代表进网格”活动 runs a programme)
    let activity = (2..=9).find(|&k| {
        let w: String = after.chars().take(k).collect();
        // (not 集会等活动: activities of which it is one)
        w.chars().count() == k && w.ends_with("活动") && w.chars().all(is_han) && !w.contains('等') && doc.is_tok_end(ce + k)
    });
    // (开展“喜迎七一”主题党日活动: a branch's themed party day is held once, on its day, whether
    // or not the sentence says which)
    if let Some(k) = activity.filter(|_| DAY_SAID.is_match(doc.str(sent.begin, sent.end)) || after.starts_with("主题党日")) {
        let rest: String = doc.text(ce + k, sent.end.min(ce + k + 8)).chars().take_while(|c| !matches!(c, '，' | '。' | '；' | '、')).collect();
        let held_after = HELD_AFTER.iter().any(|w| rest.contains(w));
        // (“学雷锋·文明实践我行动”志愿服务月活动|启动仪式在…举行: the ceremony is the event)
        let ceremony = ["仪式", "启动仪式", "开幕式", "闭幕式", "启动会", "动员会", "推进会", "现场会", "大会"].iter().any(|w| rest.starts_with(w));
        if (doc.held_right_before(ob) || held_after) && !ceremony {
            let kind: String = after.chars().take(k).collect();
            let mut c = Cand::new(ob, ce + k, Class::Event, format!("{inner}{kind}"), Rule::Quoted);
            c.alts.push(inner.clone());
            return Some(c);
        }
    }
    // the kind word right after the quote, or after a short modifier (“1+4+N”网格治理模式)
    let kind_at = |gap: usize| {
        let rest: String = after.chars().skip(gap).collect();
        lexicon::INITIATIVE_KIND_WORDS
            .iter()
            .filter(|k| rest.starts_with(**k))
            .filter(|k| {
                let end = ce + gap + k.chars().count();
                doc.is_tok_end(end) || k.chars().count() >= 2 && doc.chars.get(end).is_none_or(|c| !c.is_alphanumeric() || matches!(c, '工' | '率'))
            })
            .max_by_key(|k| k.len())
            .copied()
    };
    let mut gap = 0;
    let mut kind = kind_at(0);
    if kind.is_none() {
        for g in 1..=4 {
            let gap_text: String = after.chars().take(g).collect();
            if gap_text.chars().count() < g || !gap_text.chars().all(|c| is_han(c)) || !doc.is_tok_end(ce + g) {
                continue;
            }
            let nominal = doc.tok_starting_at(ce).is_some_and(|t| t.tag.is_nominal());
            // (“一个项目、一名领导、一个专班”推进机制: how a system works may stand before it)
            let working = doc.tok_starting_at(ce).is_some_and(|t| t.tag == Tag::Verb && t.len() == 2 && t.end == ce + g);
            if let Some(k) = kind_at(g).filter(|k| k.chars().count() >= 2 && (nominal || working && matches!(*k, "机制" | "模式" | "体制" | "工作法"))) {
                gap = g;
                kind = Some(k);
                break;
            }
        }
    }
    // (a long quote names a thing only with its kind after it: “村集体经济组织+专业合作社+
    // 基地+农户”发展模式)
    // (a slogan of parts is asked below: “一站式接待、一揽子调处、全链条解决”)
    if n > 16 && !parts && !kind.is_some_and(|k| ["模式", "机制", "体系", "制度", "行动", "工程", "工作法"].iter().any(|m| k.ends_with(m))) {
        return None;
    }
    let gap_text: String = after.chars().take(gap).collect();
    let suffix_class = longest_suffix_entry(&after, End::Start, |s| doc.is_tok_end(ce + s.text.chars().count()))
        .filter(|s| !matches!(s.class, Class::Event));
    let numbered = NUMBERED.is_match(&inner);
    // (a campaign, 活动, names one only with four characters before it: “联户扶贫活动”, not
    // “读书活动”)
    // (a one-character suffix after two or more: not “体制”)
    let inner_suffix = lexicon::INITIATIVE_SUFFIXES.iter().any(|s| inner.ends_with(s) && inner.chars().count() > s.chars().count().max(2))
        || inner.ends_with("攻坚战") && inner.chars().count() > 3
        || inner.ends_with("活动") && inner.chars().count() >= 6
        // (“安全生产月”, “宪法宣传周”: a campaign's month or week)
        || inner.ends_with(['月', '周'])
            && inner.chars().count() >= 5
            && inner.chars().all(is_han)
            && ["宣传", "活动", "生产", "服务", "招聘", "质量", "教育", "安全", "文化", "科技", "消费"].iter().any(|w| inner[..inner.len() - 3].ends_with(w));
    // (“积分制”, “妈妈岗”: not a word that ends so, “遏制”, “持证上岗”)
    let word_ending = |inner: &str| {
        let last_two: String = inner.chars().rev().take(2).collect::<Vec<_>>().into_iter().rev().collect();
        doc.segmenter.is_some_and(|s| s.has_word(&last_two))
    };
    let inner_suffix = inner_suffix && !(inner.ends_with(['制', '岗']) && !inner.ends_with("长制") && !inner.ends_with("责任制") && word_ending(&inner));
    let inner_chars = inner.chars().count();
    // (not 活动: a quoted campaign, “万名党员联户帮扶活动”, is a programme; the suffix names events
    // only outside quotes)
    // (nor 车间: “共享车间”, a way of working, is a programme; a workshop is named by its place,
    // and so are “共富工坊” and the other [`lexicon::PLACED_KINDS`]: one only after its place,
    // 新叶村“阳光工坊”, or as another name of what the text just named, （以下简称“苗绣工坊”）)
    let placed = ob > 0 && (ends_a_place(doc.chars[ob - 1]) || doc.chars[ob - 1] == '（' || doc.str(ob.saturating_sub(2), ob) == "简称");
    let inner_class_suffix = longest_suffix_entry(&inner, End::End, |s| inner_chars >= s.text.chars().count() + s.min_prefix && s.text != "活动" && s.text != "车间" && (placed || !lexicon::PLACED_KINDS.contains(&s.text)));
    if !numbered && (lexicon::is_common_noun(&inner.as_str()) || is_generic_prefix(&inner)) {
        return None;
    }
    let only_digits = inner.chars().all(|c| c.is_ascii_digit());
    let mk = |class: Class, name: String, end: usize| Cand::new(ob, end, class, name, Rule::Quoted);
    // (“椰乡红”党员志愿服务队, “红马甲”巾帼志愿服务队: a team named by its quoted brand and who
    // it is made of)
    // (“郭小帮”帮办代办服务队, “石榴籽”民族团结调解队: or by its brand and the service it gives,
    // words of a service or mediation team)
    if suffix_class.is_none() && kind.is_none() {
        for g in 1..=6 {
            let gap_text: String = after.chars().take(g).collect();
            if gap_text.chars().count() < g || !gap_text.chars().all(is_han) || !doc.is_tok_end(ce + g) {
                continue;
            }
            let who = lexicon::VOLUNTEER_KINDS.contains(&gap_text.as_str());
            let service = !who && doc.toks_between(ce, ce + g).all(|t| matches!(t.tag, Tag::Noun | Tag::Verb));
            let rest: String = after.chars().skip(g).collect();
            let team = longest_suffix_entry(&rest, End::Start, |s| {
                s.class == Class::SocialOrganization && s.text.ends_with('队') && (who || service && (s.text.ends_with("服务队") || s.text == "调解队")) && doc.is_tok_end(ce + g + s.text.chars().count())
            });
            if let Some(s) = team {
                return Some(mk(s.class, format!("{inner}{gap_text}{}", s.text), ce + g + s.text.chars().count()));
            }
        }
    }
    // (“格桑花开”民宿, “水岸人家”民宿: a guesthouse named by its quoted brand, a project as a 景区
    // is; 民宿 alone is no kind of name, …改造成民宿)
    if after.starts_with("民宿") && doc.is_tok_end(ce + 2) && !numbered && inner.chars().count() >= 2 {
        let mut c = mk(Class::Project, inner.clone(), ce + 2);
        c.alts.push(format!("{inner}民宿"));
        return Some(c);
    }
    if let Some(s) = suffix_class {
        if matches!(s.class, Class::Project) && s.text != "工程" && kind.is_none_or(|k| k.len() <= s.text.len()) {
            // (离不开一个“大块头”项目: a count before the quote makes it a figure of speech
            // about some project, no name)
            let counted = doc.tok_ending_at(ob).is_some_and(|t| matches!(doc.word_str(t), "一个" | "一批" | "一项" | "这个" | "这样" | "一大批" | "一些" | "这些"));
            if counted {
                return None;
            }
            let mut c = mk(Class::Project, inner.clone(), ce + s.text.chars().count());
            c.alts.push(format!("{inner}{}", s.text));
            return Some(c);
        }
        if !matches!(s.class, Class::Project) && kind.is_none() {
            let name = format!("{inner}{}", s.text);
            return Some(mk(s.class, name, ce + s.text.chars().count()));
        }
    }
    // a run of quotes closed by a kind word (“三月三”“歌圩节”等特色文化品牌, “一村一品”、
    // “一乡一业”等行动): every quote of the run is one of that kind
    if kind.is_none() && !parts {
        if let Some(k) = quote_run_kind(doc, ce, sent.end) {
            let class = if matches!(k, "项目" | "工程项目") { Class::Project } else { Class::Initiative };
            return Some(mk(class, inner, ce));
        }
    }
    if parts && kind.is_none() {
        // (“群众点单、…、群众评单”的“四单”服务模式: the slogan spells out the name quoted after it)
        if after.starts_with("的“") {
            return None;
        }
        // (全面推行“一窗受理、集成服务”: a slogan of parts of two to eight characters each,
        // carried out, is the programme it names; the verb before it is asked with the actors)
        let phrases = inner.split('、').all(|p| (2..=8).contains(&p.chars().count()) && p.chars().all(is_han));
        if phrases && (2..=4).contains(&inner.split('、').count()) {
            let mut c = mk(Class::Initiative, inner, ce);
            c.actor_before = Some(SLOGAN);
            return Some(c);
        }
        return None;
    }
    if let Some(k) = kind {
        let class = if matches!(k, "项目" | "工程项目") { Class::Project } else { Class::Initiative };
        // “强基、育才、兴业、惠民”四大行动: the numbered programme is the name, its parts another
        if !gap_text.is_empty() && gap_text.chars().next().is_some_and(|c| "一二三四五六七八九十两".contains(c)) {
            let mut c = mk(class, format!("{gap_text}{k}"), ce + gap + k.chars().count());
            c.alts.push(inner.clone());
            return Some(c);
        }
        // “一把手”工程, “民心”工程: a quoted programme, not a building site
        if only_digits || n == 1 || !inner.chars().any(|c| is_han(c)) {
            let mut c = mk(class, format!("{inner}{gap_text}{k}"), ce + gap + k.chars().count());
            if let Some(short) = k.strip_prefix("发展") {
                c.alts.push(format!("{inner}{short}"));
            }
            return Some(c);
        }
        let mut c = mk(class, inner.clone(), ce);
        if !matches!(k, "工作" | "服务" | "经济" | "试点") || numbered {
            c.alts.push(format!("{inner}{gap_text}{k}"));
        }
        return Some(c);
    }
    // a quoted festival, fair or meeting held (举办“邻里文化节”, “稻香音乐节”开幕) is an event
    // (before the numbered programmes: “三石村晚” starts with a numeral)
    if inner_class_suffix.is_some_and(|s| s.class == Class::Event) {
        // (“稻香音乐节”昨天开幕: a time word may stand between)
        let clause: String = after.chars().take_while(|c| !matches!(c, '，' | '。' | '；' | '、')).take(6).collect();
        // (当晚，…的“四屯村晚”在…文化广场上演: or on a day the sentence says)
        // (not a day the whole country keeps: “中国农民丰收节”)
        let national = ["中国", "全国", "国际", "世界"].iter().any(|w| inner.starts_with(w));
        let on_a_day = !national && DAY_SAID.is_match(doc.str(sent.begin, ob)) && !doc.str(sent.begin, ob).contains(['等', '各']);
        if doc.held_right_before(ob) || HELD_AFTER.iter().any(|w| clause.contains(w)) || on_a_day {
            return Some(mk(Class::Event, inner, ce));
        }
    }
    if numbered && !only_digits {
        return Some(mk(Class::Initiative, inner, ce));
    }
    if inner_suffix {
        return Some(mk(Class::Initiative, inner, ce));
    }
    // (“积分银行”, “美丽积分超市”: a programme the country runs, or one named after it, that
    // ends like a body)
    if lexicon::KNOWN_PROGRAMMES.iter().any(|k| inner.ends_with(k) && k.chars().count() >= 3) {
        return Some(mk(Class::Initiative, inner, ce));
    }
    if let Some(s) = inner_class_suffix {
        // a quoted organisation or project name (“青禾科技有限公司”); places and
        // communities in quotes are slogans more often than names
        if s.text.chars().count() >= 2 && !matches!(s.class, Class::Event | Class::Community | Class::AdministrativeDivision) && !inner.contains(['—', '-']) {
            return Some(mk(s.class, inner, ce));
        }
    }
    // kept for the actor rule, decided once actors are known
    let mut c = mk(Class::Initiative, inner, ce);
    c.actor_before = Some(UNCLASSIFIED);
    Some(c)
}

/// The kind a table's name column gives the names in its cells (小区名称 → 秀水家园 a
/// compound, 项目名称 → a project), by the column's name; longest first.
const TABLE_NAME_COLUMNS: &[(&str, Class)] = &[
    ("子项目名称", Class::Project),
    ("项目名称", Class::Project),
    ("工程名称", Class::Project),
    ("小区名称", Class::Community),
    ("村（社区）名称", Class::Community),
    ("社区名称", Class::Community),
    ("村庄名称", Class::Community),
    ("企业名称", Class::Company),
    ("公司名称", Class::Company),
];

/// The names a table's rows give in their name column ([`crate::table::key_column`]), of
/// the kind the column's name says ([`TABLE_NAME_COLUMNS`]): 秀水家园 under 小区名称, which
/// no suffix marks. A cell is a name when it is all of Han characters and brackets (a
/// project's may hold figures: 年产10万吨…), two to thirty of them.
fn table_names(doc: &DocView, tables: &[crate::table::Table]) -> Vec<Cand> {
    let mut out = Vec::new();
    for t in tables {
        let header: Vec<&str> = t.header.iter().map(|c| doc.str(c.begin, c.end)).collect();
        let Some(key) = crate::table::key_column(&header) else { continue };
        let Some(&(_, class)) = TABLE_NAME_COLUMNS.iter().find(|(h, _)| header[key] == *h) else { continue };
        for row in &t.rows {
            let c = row[key];
            let cell = &doc.chars[c.begin..c.end];
            let fits = |x: &char| is_han(*x) || matches!(x, '（' | '）' | '·') || class == Class::Project && (x.is_ascii_digit() || *x == '.');
            // (合计, 全镇: a row of totals names nothing)
            let total = matches!(doc.str(c.begin, c.end), "合计" | "总计" | "小计" | "平均") || cell[0] == '全';
            if (2..=30).contains(&cell.len()) && cell.iter().all(fits) && cell.iter().any(|&x| is_han(x)) && !total {
                out.push(Cand::new(c.begin, c.end, class, doc.text(c.begin, c.end), Rule::List));
            }
        }
    }
    out
}

/// The projects a notice names in its fields (名称：…；投资：…), see [`NOTICE_NAME_FIELD`].
fn notice_name_fields(doc: &DocView) -> Vec<Cand> {
    let text = doc.full_text();
    if !text.contains("名称") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in NOTICE_NAME_FIELD.captures_iter(text) {
        let m = c.get(1).unwrap();
        let line_end = text[m.end()..].find('\n').map_or(text.len(), |i| m.end() + i);
        let name = m.as_str();
        // (项目名称：高家堰镇集镇水厂扩建及管网延伸工程⏎建设单位：…: or a works' name alone on its
        // line, in a notice of the units that build it)
        let whole_line = text[m.end()..line_end].trim().is_empty() && name.trim_end_matches(|c: char| c == '）' || c == ')').rsplit(['（', '(']).last().is_some_and(|n| n.ends_with("工程") || n.ends_with("项目")) && (text.contains("建设单位") || text.contains("施工单位"));
        if !text[m.end()..line_end].contains("投资") && !whole_line {
            continue;
        }
        let (b, e) = (doc.char_at_byte(m.start()), doc.char_at_byte(m.end()));
        let stem = name.trim_end_matches("项目").trim_end_matches("工程");
        if stem.chars().count() < 3 || is_generic_prefix(stem) {
            continue;
        }
        out.push(project_named(b, e, name.to_string()));
    }
    out
}

/// A project a heading, an item or a notice's field names whole, known with and without the
/// word 项目 (as the suffix rule knows projects).
fn project_named(b: usize, e: usize, name: String) -> Cand {
    let stem = name.strip_suffix("项目").filter(|s| s.chars().count() >= 3).map(str::to_string);
    let mut c = Cand::new(b, e, Class::Project, name, Rule::Suffix);
    c.alts.extend(stem);
    c
}

/// Quoted names not classified by their own shape become initiatives when an actor
/// (a community, place or organisation) stands right before them; others are dropped.
/// Every quoted name records such an actor: it owns the name (星河社区“七点钟议事厅”).
fn actor_before_quotes(doc: &DocView, quoted: Vec<Cand>, cands: &[Cand]) -> Vec<Cand> {
    quoted
        .into_iter()
        .filter_map(|mut q| {
            // (a slogan of parts: only after a verb of carrying it out)
            let slogan = q.actor_before == Some(SLOGAN);
            let unclassified = q.actor_before == Some(UNCLASSIFIED) || slogan;
            let actor = cands.iter().filter(|c| c.end == q.begin && c.rule != Rule::SelfReference).find(|c| {
                matches!(c.class.family(), crate::model::Family::Place | crate::model::Family::Organization)
            });
            q.actor_before = actor.map(|a| a.begin);
            if unclassified {
                let n = q.name.chars().count();
                // (or a verb that carries a programme out or names one: 实行“多乡一品”, 这叫“托底”)
                // (also after an adverb jieba joins to the verb: 全面推行)
                // (打造, 推出, 建立 … a thing made: a short name, not a show's or a book's title)
                // (实现了“…”: past the particle)
                // (推行“一窗通办”“延时服务”: the verb before a run of quotes carries out each)
                let mut start = q.begin;
                while start >= 2 && (doc.chars[start - 1] == '”' || matches!(doc.chars[start - 1], '、' | '和' | '与' | '及') && doc.chars[start - 2] == '”') {
                    let close = if doc.chars[start - 1] == '”' { start - 1 } else { start - 2 };
                    match (close.saturating_sub(16)..close).rev().find(|&i| matches!(doc.chars[i], '“' | '”')) {
                        Some(open) if doc.chars[open] == '“' => start = open,
                        _ => break,
                    }
                }
                let before = doc.tok_ending_at(start).and_then(|v| if doc.word_str(v) == "了" { doc.tok_ending_at(v.begin) } else { Some(v) });
                let verb_before = before.is_some_and(|v| {
                    let w = doc.word_str(v);
                    w.chars().count() <= 4
                        && (["实行", "推行", "实施", "开展", "推广", "启动", "创建", "探索", "坚持", "采取", "采用", "落实", "深化", "推进"].iter().any(|p| w.ends_with(p))
                            // (开设“治理夜校”, 开通“家床服务”, 召集“楼门议事”: a service opened or a
                            // forum called together; 通过“屋场会”收集…, 依托“津治通”平台: the means a
                            // subject works by; not 围绕“…”, of themes and talks as much as of plans)
                            || ["开设", "开通", "开办", "召集", "通过", "依托"].contains(&w)
                            // (围绕“芒果+”产业发展思路, 紧扣“工业立县、产业强县”部署: the line a plan
                            // follows, said so; not a theme, 围绕“人民至上”这一主题)
                            || ["围绕", "紧扣", "锚定"].contains(&w) && {
                                let rest = doc.str(q.end, (q.end + 8).min(doc.chars.len()));
                                let rest = &rest[..rest.find(|c: char| !is_han(c)).unwrap_or(rest.len())];
                                ["思路", "部署", "目标", "主线", "战略", "定位"].iter().any(|k| rest.contains(k))
                            }
                            || n <= 10 && ["打造", "推出", "建立", "构建", "组建", "设立"].iter().any(|p| w.ends_with(p)))
                }) || ["这叫", "叫做", "名为", "命名为"].iter().any(|w| doc.str(q.begin.saturating_sub(3), q.begin).ends_with(w))
                    // (推行矛盾纠纷“一站式接收、…”: a slogan carried out in a field the words
                    // between name)
                    || slogan && {
                        // (up to two nouns of four characters in all, then the verb)
                        let mut at = start;
                        let mut nouns = 0;
                        while let Some(v) = doc.tok_ending_at(at).filter(|v| nouns < 2 && v.tag.is_nominal() && start - v.begin <= 4) {
                            at = v.begin;
                            nouns += 1;
                        }
                        nouns > 0 && start - at >= 2 && doc.tok_ending_at(at).is_some_and(|v| {
                            let w = doc.word_str(v);
                            w.chars().count() <= 4 && ["实行", "推行", "实施", "推广", "落实", "深化", "建立", "构建"].iter().any(|p| w.ends_with(p))
                        })
                    };
                if (actor.is_none() || slogan) && !verb_before || n < 3 || doc.chars[q.begin] != '“' && doc.chars[q.begin] != '‘' {
                    return None;
                }
            }
            Some(q)
        })
        .collect()
}

/// A person's name starting at `i` (right after a post), as a span.
/// The name a post ending at `pb`'s clause belongs to when it stands before the post:
/// 王刚书记 (right before), 王兆建是兴福镇党委书记, 许红梅担任了村党支部书记 (before a
/// verb of being or holding, the post's organisation between).
fn name_before_post(doc: &DocView, pb: usize, pe: usize, bare_title: bool) -> Option<(usize, usize)> {
    let cjk = |b: usize, e: usize| doc.chars[b..e].iter().all(|c| is_han(*c));
    // a person's name ending at `e`: one word jieba tags as a name, or a surname and a
    // word of one or two characters (许/建国)
    let name_ending_at = |e: usize| -> Option<(usize, usize)> {
        let t = doc.tok_ending_at(e)?;
        if (2..=3).contains(&t.len()) && t.tag == Tag::PersonName && lexicon::is_surname(doc.chars[t.begin]) && cjk(t.begin, t.end) {
            return Some((t.begin, t.end));
        }
        let s = doc.tok_ending_at(t.begin).filter(|s| s.len() == 1 && lexicon::is_surname(doc.chars[s.begin]))?;
        let given = doc.word_str(t);
        // (一位曾/多年/担任…: not a word of time or number after a character that is a surname)
        let no_given_name = matches!(t.tag, Tag::Numeral | Tag::Time | Tag::Function | Tag::Pronoun);
        ((1..=2).contains(&t.len()) && cjk(t.begin, t.end) && !no_given_name && !lexicon::is_post(given) && !lexicon::is_stop_word(given)).then_some((s.begin, t.end))
    };
    // (小丘/镇党委/副书记: the post may start inside a word, its body's)
    let Some(before) = doc.tok_ending_at(pb) else {
        let start = doc.tok_holding(pb)?.begin;
        return name_before_verb(doc, start, pb, name_ending_at);
    };
    // a name right before its post, the post ending the phrase (王刚书记说)
    // (a title alone: 党支部书记 has its organisation in it, and 柳溪村 before it is no name)
    if let Some((nb, ne)) = name_ending_at(pb).filter(|_| bare_title && before.tag == Tag::PersonName && !ends_with_division_suffix(doc.word_str(before)) && !doc.word_str(before).ends_with('村')) {
        if !doc.tok_ending_at(nb).is_some_and(|p| p.tag.is_nominal()) {
            return Some((nb, ne));
        }
    }
    // (祁/ns|永福/n|书记在点评…强调, 字/n|国华/n|书记强调: a surname and a given name jieba
    // read as other words, opening a clause, the bare title after them, and then what people
    // named in reports do)
    if bare_title && (follows_a_name(doc, pe) || doc.chars.get(pe) == Some(&'在')) {
        if let Some(g) = doc.tok_ending_at(pb).filter(|g| g.len() == 2 && cjk(g.begin, g.end) && !lexicon::is_post(doc.word_str(g)) && !lexicon::is_stop_word(doc.word_str(g)) && g.tag != Tag::Verb) {
            let s = doc.tok_ending_at(g.begin).filter(|s| s.len() == 1 && (lexicon::is_surname(doc.chars[s.begin]) || lexicon::POST_ONLY_SURNAMES.contains(doc.chars[s.begin])));
            if let Some(s) = s.filter(|s| s.begin == 0 || doc.tok_ending_at(s.begin).is_none_or(|p| p.tag == Tag::Punct)) {
                return Some((s.begin, g.end));
            }
        }
    }
    name_before_verb(doc, pb, pb, name_ending_at)
}

/// Where a name starting at `nb` ends when it closes a heading line with a colon (…主任邓成刚：⏎,
/// as a 交流发言摘登 heads each speaker): two to four Han characters, then ：, then the line's end.
fn heading_name_end(doc: &DocView, nb: usize) -> Option<usize> {
    let e = (nb..(nb + 5).min(doc.chars.len())).find(|&i| !is_han(doc.chars[i]))?;
    ((2..=4).contains(&(e - nb)) && matches!(doc.chars[e], '：' | ':') && doc.chars.get(e + 1).is_none_or(|&c| c == '\n')).then_some(e)
}

/// The name a leaders' page sets on a line of its own over the labelled line of that person's
/// posts (詹丽⏎职　　务：镇党委副书记、镇长; 海丽娟（女，回族）⏎职务：…; 姓名：詹丽⏎职务：…):
/// the post at `pb` is on a line opening with the 职务 label, past only posts joined by 、.
fn name_line_over_posts(doc: &DocView, pb: usize) -> Option<(usize, usize)> {
    let blank = |c: char| matches!(c, ' ' | '\u{3000}' | '\t' | '\u{a0}');
    let line = doc.chars[..pb].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
    let colon = (line..pb).find(|&i| matches!(doc.chars[i], '：' | ':'))?;
    let label: String = doc.chars[line..colon].iter().filter(|&&c| !blank(c)).collect();
    if !matches!(label.as_str(), "职务" | "现任职务" | "职位") || !doc.chars[colon + 1..pb].iter().all(|&c| blank(c) || c == '、' || is_han(c) || matches!(c, '（' | '）' | '(' | ')')) {
        return None;
    }
    // the line above, its spaces trimmed, an optional 姓名： label, then the name and at most a
    // bracket (（女，回族）) on it
    let above_end = line.checked_sub(1)?;
    let above = doc.chars[..above_end].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
    let mut b = (above..above_end).find(|&i| !blank(doc.chars[i]))?;
    let mut e = (b..above_end).rev().find(|&i| !blank(doc.chars[i]))? + 1;
    if let Some(c) = (b..e).find(|&i| matches!(doc.chars[i], '：' | ':')) {
        let label: String = doc.chars[b..c].iter().filter(|&&c| !blank(c)).collect();
        if label != "姓名" {
            return None;
        }
        b = (c + 1..e).find(|&i| !blank(doc.chars[i]))?;
    }
    if matches!(doc.chars[e - 1], '）' | ')') {
        e = (b..e).find(|&i| matches!(doc.chars[i], '（' | '('))?;
    }
    // (a rare surname too, 胥国栋: the layout says it is a name, unless the line is a word the
    // dictionary holds, 班子成员, or a post)
    let surname = lexicon::is_surname(doc.chars[b]) || lexicon::POST_ONLY_SURNAMES.contains(doc.chars[b]) || lexicon::DOUBLE_SURNAMES.iter().any(|s| doc.str(b, e).starts_with(s));
    let word = || lexicon::is_post(doc.str(b, e)) || lexicon::is_common_noun(doc.str(b, e)) || doc.tok_starting_at(b).is_some_and(|t| t.end == e && t.tag != Tag::PersonName) && doc.segmenter.is_some_and(|s| s.has_word(doc.str(b, e)));
    let han = (2..=4).contains(&(e - b)) && doc.chars[b..e].iter().all(|&c| is_han(c)) && (surname || e - b <= 3 && !word());
    (han || transliterated_name_at(doc, b) == Some((b, e))).then_some((b, e))
}

/// A verb of being or holding within the clause before `from` (at most 16 characters
/// before the post at `pb`), and the name right before it.
fn name_before_verb(doc: &DocView, from: usize, pb: usize, name_ending_at: impl Fn(usize) -> Option<(usize, usize)>) -> Option<(usize, usize)> {
    let mut i = from;
    while i > 0 && pb - i <= 16 {
        let t = doc.tok_ending_at(i)?;
        if t.tag == Tag::Punct {
            return None;
        }
        let w = doc.word_str(t);
        if matches!(w, "是" | "任" | "担任" | "现任" | "系" | "出任" | "兼任" | "挂任" | "了") {
            // (干部成俊|挂|任|小丘镇党委副书记: a cadre seconded, 挂任 in two words)
            if w == "任" && doc.tok_ending_at(t.begin).is_some_and(|g| doc.word_str(g) == "挂") {
                return name_ending_at(t.begin - 1);
            }
            let mut v = t;
            if w == "了" {
                v = doc.tok_ending_at(t.begin).filter(|v| matches!(doc.word_str(v), "担任" | "出任" | "兼任"))?;
            }
            return name_ending_at(v.begin);
        }
        i = t.begin;
    }
    None
}

/// The person a congress elects or an authority appoints to the post at `pb`, written
/// before 为 and the body (补选刘洋为青禾镇人民政府副镇长, 任命周红为县教育局局长): a name
/// right after the verb, ending at 为 (or with 为 glued to it by jieba: 刘洋为/nr).
fn elected_name(doc: &DocView, pb: usize) -> Option<(usize, usize)> {
    const VERBS: [&str; 8] = ["补选", "选举", "选", "推选", "任命", "聘任", "增补", "决定任命"];
    let w = (pb.saturating_sub(16)..pb).rev().find(|&i| doc.chars[i] == '为')?;
    if doc.chars[w + 1..pb].iter().any(|c| !c.is_alphanumeric()) {
        return None;
    }
    (2..=3).rev().find_map(|n| {
        let nb = w.checked_sub(n)?;
        let elected = VERBS.iter().any(|v| doc.str(nb.saturating_sub(v.chars().count()), nb) == *v && doc.is_tok_end(nb));
        let t = doc.tok_starting_at(nb)?;
        let name_tok = t.end == w && (t.tag == Tag::PersonName || lexicon::is_surname(doc.chars[nb]))
            || t.end == w + 1 && t.tag == Tag::PersonName
            || person_name_at(doc, nb).is_some_and(|(_, e)| e == w);
        (elected && name_tok && lexicon::is_surname(doc.chars[nb]) && doc.chars[nb..w].iter().all(|&c| is_han(c))).then_some((nb, w))
    })
}

/// Those a clause says were elected to the post at `pb` (阎书峰以全票当选东保村党支部书记,
/// 阮明霞当选为社区党支部书记, 訾国庆、闵小燕当选为居委会委员): the names of two or three
/// characters, a surname first, that open the clause before 当选 (or before 以…票当选), in
/// a list joined by 、.
fn elected_by_vote(doc: &DocView, pb: usize) -> Vec<(usize, usize)> {
    let Some(k) = (pb.saturating_sub(24)..pb.saturating_sub(1)).rev().find(|&i| doc.chars[i] == '当' && doc.chars[i + 1] == '选') else { return Vec::new() };
    if !doc.chars[k + 2..pb].iter().all(|&c| is_han(c)) {
        return Vec::new();
    }
    // (以全票|以1276票|以高票: how many voted for the one elected)
    let by = (k.saturating_sub(10)..k).rev().find(|&i| doc.chars[i] == '以').filter(|&y| doc.chars[y + 1..k].last() == Some(&'票') && doc.chars[y + 1..k].iter().all(|c| c.is_alphanumeric()));
    let surname = |c: char| lexicon::is_surname(c) || lexicon::POST_ONLY_SURNAMES.contains(c);
    let opens = |b: usize| b == 0 || matches!(doc.chars[b - 1], '，' | '。' | '；' | '：' | ',' | ';' | ':' | '\n' | '、');
    let name_ending = |e: usize| {
        (2..=3).rev().find(|&n| e >= n && opens(e - n) && surname(doc.chars[e - n]) && doc.chars[e - n..e].iter().all(|&c| is_han(c)) && (!doc.segmenter.is_some_and(|s| s.has_word(doc.str(e - n, e))) || doc.tok_starting_at(e - n).is_some_and(|t| t.tag == Tag::PersonName && t.end == e))
            // (祝贺他|当选: not a verb and a pronoun)
            && !doc.toks_between(e - n, e).any(|t| t.tag == Tag::Verb && t.len() >= 2 || t.tag == Tag::Pronoun)
            && !doc.chars[e - n..e].iter().any(|c| "他她它我你".contains(*c))).map(|n| (e - n, e))
    };
    // (禹春生获得1218票，当选…, 南东哲得38票，当选…: or the clause before, the votes the one
    // elected won)
    let mut e = by.unwrap_or(k);
    if e == k && k > 0 && matches!(doc.chars[k - 1], '，' | ',') {
        let prev = (k.saturating_sub(16)..k - 1).rev().find(|&i| opens(i)).unwrap_or(0);
        if let Some(v) = (prev + 2..=prev + 3).find(|&v| (matches!(doc.str(v, v + 2), "获得" | "得票") || doc.chars[v] == '得' && doc.chars[v + 1].is_ascii_digit()) && doc.str(v, k - 1).ends_with('票')) {
            e = v;
        }
    }
    let mut names = Vec::new();
    while let Some((b, _)) = name_ending(e).map(|n| {
        names.push(n);
        n
    }) {
        if b == 0 || doc.chars[b - 1] != '、' {
            break;
        }
        e = b - 1;
    }
    names.reverse();
    names
}

/// A name right after a post that jieba cut wrongly (书记谢续/学在…): a surname and one or
/// two more characters, up to a function word, a verb or punctuation. The surname may be
/// one of [`lexicon::POST_ONLY_SURNAMES`] (书记班/玉兰, 起建明/v, 理事长旷/nr|春生).
fn loose_name_after_post(doc: &DocView, i: usize) -> Option<(usize, usize)> {
    let surname = |c: char| lexicon::is_surname(c) || lexicon::POST_ONLY_SURNAMES.contains(c);
    if !doc.chars.get(i).is_some_and(|&c| surname(c) && !crate::segment::is_glue_char(c)) {
        return None;
    }
    // (乡长者/丽萍/nr, 书记普/文光: a surname that is more often a word's; not where it starts a
    // word of the dictionary, 普遍, nor 村长|者/食堂/n: 长者 and a noun after it)
    if lexicon::wordlike_surname(doc.chars[i]) {
        let word = doc.segmenter.is_some_and(|s| s.has_word(doc.str(i, (i + 2).min(doc.chars.len()))));
        let elder = i > 0 && doc.chars[i - 1] == '长' && doc.tok_starting_at(i + 1).is_some_and(|t| t.tag == Tag::Noun && doc.segmenter.is_some_and(|s| s.has_word(doc.word_str(t))));
        if word || elder {
            return None;
        }
    }
    for n in [3, 2] {
        let e = i + n;
        // (副局长关占/武到/会指导: or with the verb after it glued to its last character)
        // (书记牙金凤带/着: or the whole name and that verb's first character one word)
        // (主任苟建/v|明说: or with 说 after it, the dictionary's 明说)
        // (not the name and the character one word of the dictionary: 普遍认为)
        let glued = n == 3 && doc.tok_holding(e - 1).is_some_and(|t| (t.begin == e - 1 || t.begin == i) && t.end == e + 1 && matches!(doc.chars[e], '到' | '在' | '任' | '向' | '对' | '为' | '给' | '带' | '说') && !(t.begin == i && doc.segmenter.is_some_and(|s| s.has_word(doc.word_str(t)))));
        if e > doc.chars.len() || !(doc.is_tok_end(e) || glued) || !doc.chars[i..e].iter().all(|c| is_han(*c)) {
            continue;
        }
        // the name's chars are neither a post nor a word the dictionary knows as a whole
        let whole = doc.str(i, e);
        // (书记任|政委、镇长任|指挥长: nor 任 before the post it holds)
        let holds = doc.chars[i] == '任' && (post_within(doc, i + 1, 4) || POSTS_AFTER_REN.iter().any(|p| doc.str(i + 1, e) == *p));
        if holds || lexicon::is_post(whole) || doc.segmenter.is_some_and(|s| s.has_word(whole)) {
            continue;
        }
        if doc.chars[i + 1..e].iter().any(|&c| crate::segment::is_glue_char(c)) {
            continue;
        }
        // nor holds a verb the dictionary knows (时|指出; a given name may be a noun of it:
        // 漆|海龙, 鄂|春雨)
        let mut j = i;
        let mut known_word = false;
        while let Some(t) = doc.tok_starting_at(j).filter(|t| t.end <= e) {
            known_word |= t.begin > i && t.len() >= 2 && t.tag == Tag::Verb && doc.segmenter.is_some_and(|s| s.has_word(doc.word_str(t)));
            j = t.end;
        }
        // (主任边巴|说: a verb of its own is no given name's last character; 负责人闻|说|查证: nor a
        // given name of one character, when it is a verb of saying)
        let verb_alone = |k: usize| doc.tok_starting_at(k).is_some_and(|t| t.len() == 1 && t.tag == Tag::Verb);
        // (队长星|生财/v|带领…: but a given name that is a verb of the dictionary, before a
        // word of two characters or more of what people named in reports do)
        let known_word = known_word && !(n == 3 && acts_next(doc.str(e, (e + 4).min(doc.chars.len()))));
        if known_word || n == 3 && verb_alone(i + 2) || n == 2 && verb_alone(i + 1) && matches!(doc.chars[i + 1], '说' | '道' | '讲' | '问') {
            continue;
        }
        // (主任鄂春雨|通报/n: or a word of what people named in reports do)
        let next = doc.tok_starting_at(e);
        // (队长那桂兰|今年/t…: or a time)
        // (镇长谌立新|出席会议/n: a word that starts with one of those; 书记扈建军|任组长/n:
        // the post the name takes on)
        // (书记巩/建华/n|任/r|镇级总田长: or 任 on its own before the post)
        // (书记郗/振华|任/r|政委: or one of the posts a team's members take on)
        let follower = |w: &str| {
            NAME_FOLLOWERS.iter().any(|f| w.starts_with(f))
                || w.strip_prefix('任').is_some_and(lexicon::is_post)
                || w.starts_with('任') && (post_within(doc, e + 1, 7) || POSTS_AFTER_REN.iter().any(|p| doc.str(e + 1, (e + 5).min(doc.chars.len())).starts_with(p)))
        };
        if glued || next.is_none_or(|t| matches!(t.tag, Tag::Verb | Tag::Function | Tag::Punct | Tag::Time) || follower(doc.word_str(t))) {
            return Some((i, e));
        }
    }
    None
}

/// Does the item of a list that the post at `pb` stands in name a body or place before it, or
/// open with the post (镇司法所|所长…, 副镇长…; not 头|部长吻修目, a phrase of other words)?
fn item_names_body(doc: &DocView, pb: usize) -> bool {
    let start = doc.chars[..pb].iter().rposition(|&c| matches!(c, '，' | '、' | '：' | '；' | '。' | '\n' | '　' | ' ')).map_or(0, |p| p + 1);
    let before = doc.str(start, pb);
    before.is_empty() || before == "项目" || before.contains(['镇', '乡', '村', '县', '区', '市', '局', '所', '站', '委', '办', '会', '院', '队', '部', '司', '社', '联', '厂', '校', '馆', '处', '科', '股']) || before.contains("中心")
}

/// Does `c` end an item of a list of people (the name before it whole: 所长骞红梅，…)?
fn ends_list_item(c: char) -> bool {
    matches!(c, '，' | '、' | '；' | '。' | '\n' | '（' | '(')
}

/// A name of two or three characters right after a post that ends an item of a list (镇司法所所长
/// 骞红梅，镇综合文化站站长昝乐，…; 镇党委书记相振华、副镇长…), whatever its surname: where
/// the list's punctuation closes it, a name is due, and its first character need be no surname
/// of the lists (骞, 昝, 相, 智). Not a word of the dictionary (书记讲话，主任一行，), a post,
/// a glue character (书记和主任、), nor a verb of one character first (书记作报告，).
fn delimited_name_after_post(doc: &DocView, i: usize) -> Option<(usize, usize)> {
    // (where a word starts: not inside one the post's characters began, 统揽全局, 头部|长吻修目)
    if !doc.is_tok_start(i) {
        return None;
    }
    // (nor inside a quotation, where posts are said in slogans and praise: “田长守地、…”)
    let line = &doc.chars[doc.chars[..i].iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1)..i];
    if line.iter().filter(|&&c| c == '“').count() > line.iter().filter(|&&c| c == '”').count() {
        return None;
    }
    for n in [3, 2] {
        let e = i + n;
        if e > doc.chars.len() || !doc.chars.get(e).is_none_or(|&c| ends_list_item(c)) || !doc.is_tok_end(e) {
            continue;
        }
        if !doc.chars[i..e].iter().all(|&c| is_han(c) && !crate::segment::is_glue_char(c)) {
            continue;
        }
        let whole = doc.str(i, e);
        if lexicon::is_post(whole) || lexicon::is_person_descriptor(whole) || lexicon::is_common_noun(whole) || doc.segmenter.is_some_and(|s| s.has_word(whole)) {
            continue;
        }
        // (no word of the dictionary of two characters or more inside, nor a verb of one first)
        // (书记点子/n|多，脑子|活，这样/r|说: nor a word first that is no name, a pronoun, or a
        // verb of one character last: 笑/着/说, 想/干事)
        let mut j = i;
        let mut word_inside = doc.tok_starting_at(i).is_some_and(|t| t.len() >= 2 && t.tag != Tag::PersonName && doc.segmenter.is_some_and(|s| s.has_word(doc.word_str(t))))
            || doc.tok_ending_at(e).is_some_and(|t| t.len() == 1 && t.tag == Tag::Verb)
            || n == 2 && doc.tok_starting_at(i).is_some_and(|t| t.len() == 1 && t.tag == Tag::Verb);
        while let Some(t) = doc.tok_starting_at(j).filter(|t| t.end <= e) {
            word_inside |= t.tag == Tag::Pronoun;
            // (书记作|报告，主任讲|话: a verb of what people named do, first)
            word_inside |= t.len() >= 2 && matches!(t.tag, Tag::Verb | Tag::Time | Tag::Numeral)
                || t.begin == i && t.len() == 1 && (t.tag == Tag::Function || matches!(doc.chars[i], '作' | '做' | '讲' | '说' | '谈' | '抓' | '带' | '到' | '来' | '去' | '要' | '任' | '兼' | '请' | '看' | '听' | '问' | '念' | '送' | '发' | '上' | '下' | '有' | '没' | '不'));
            j = t.end;
        }
        if j != e || word_inside {
            continue;
        }
        return Some((i, e));
    }
    None
}

/// A transliterated name (Mongolian, Tibetan, Uyghur: 额尔敦, 孟和巴雅尔, 扎西次仁,
/// 买买提·吐尔逊) starting at `i`, after a post or a word for what the person is: two to
/// twelve characters (and the dots between its parts) of [`lexicon::TRANSLITERATION_MARKS`] and
/// [`lexicon::TRANSLITERATION_OTHERS`], at least two of them marks, no Han surname that
/// starts a two- or three-character name the dictionary would know, ending where a word
/// ends before a verb, a function word or a punctuation mark.
fn transliterated_name_at(doc: &DocView, i: usize) -> Option<(usize, usize)> {
    // (总统某某和|迪亚斯: a conjunction starts no name)
    if doc.chars.get(i).is_none_or(|&c| matches!(c, '和' | '与' | '及')) {
        return None;
    }
    // (艾尔肯·吐尔逊, 古丽米拉·阿不都拉: before a middle dot, any characters of a name's first
    // part; the dot says what they are)
    // (not over a verb or a title: 总理|李强致电基尔·斯塔默, 专员菲利普·拉扎里尼)
    let dot = (i + 1..(i + 7).min(doc.chars.len()))
        .find(|&k| doc.chars[k] == '·' || !is_han(doc.chars[k]))
        .filter(|&k| doc.chars[k] == '·' && doc.toks_between(i, k).all(|t| {
                // (words jieba reads as names, or of transliterated names' characters, or
                // unknown to its dictionary)
                t.tag == Tag::PersonName && !lexicon::is_post(doc.str(t.begin, t.end))
                    || doc.chars[t.begin..t.end].iter().all(|&c| lexicon::is_transliteration_char(c))
                    || t.len() >= 2 && doc.segmenter.is_some_and(|s| !s.has_word(doc.str(t.begin, t.end)))
            }));
    let mut e = i;
    let mut letters = 0;
    while e < doc.chars.len() && letters < 12 {
        let c = doc.chars[e];
        // (努尔艾力·司马义: past the dot found above whatever Han character follows it)
        if c == '·' && letters > 0 && doc.chars.get(e + 1).is_some_and(|&n| lexicon::is_transliteration_char(n) || dot == Some(e) && letters >= 2 && is_han(n)) {
            e += 1;
            continue;
        }
        // (叶尔兰·努尔/nr|别克/nr|表示: after it, those of words jieba reads as names)
        let named = || doc.toks.get(doc.toks.partition_point(|t| t.end <= e)).is_some_and(|t| t.begin <= e && t.tag == Tag::PersonName);
        // (米娜瓦尔·艾力|主动: a word of the dictionary after the dot's first character ends it)
        let word_starts = || doc.tok_starting_at(e).is_some_and(|t| t.len() >= 2 && t.tag != Tag::PersonName && doc.segmenter.is_some_and(|s| s.has_word(doc.word_str(t))));
        // (买买提江·托乎/v|提/v|介绍: and up to three after the dot, whatever jieba read there:
        // the run is cut back below to where a word ends)
        // (阿依努尔·卡德尔|应邀出席/nr: not into what the person does, which jieba read as a name)
        if dot.is_some_and(|d| e > d + 2) && acts_next(doc.str(e, (e + 4).min(doc.chars.len()))) {
            break;
        }
        // (买买提·艾合买提|和|喀拉托别村: a conjunction after a last part of two characters or
        // more; 巴特尔·孟和 keeps its 和)
        if matches!(c, '和' | '与') && dot.is_some_and(|d| e >= d + 3) {
            break;
        }
        if !lexicon::is_transliteration_char(c) && !dot.is_some_and(|d| is_han(c) && (e < d || e <= d + 6 && named() || e <= d + 3 && !crate::segment::is_glue_char(c) && !"说所已率先其等将曾也都是".contains(c) && !(e > d + 1 && word_starts()))) {
            break;
        }
        letters += 1;
        e += 1;
    }
    // the longest run that ends a word and is followed by what people do or a pause
    // (or where jieba glued a copula or 说 to the name's end: 努尔/兰是)
    while e > i + 1 {
        // (亚森到/nr|会: or the 到 of arriving)
        // (吉克伍/沙任|演练总指挥, 阿苦拉则|任|副总指挥: or the 任 of holding the post after it)
        let holds = doc.chars.get(e) == Some(&'任') && post_within(doc, e + 1, 7);
        // (卓玛作/nr|工作报告, 卓嘎到/nr|会指导: or the 作 of making a report, or the 到 of
        // arriving after a name of four marks or more)
        let arrives = doc.chars.get(e) == Some(&'到') && (dot.is_some() || e - i >= 4);
        let glued = !doc.is_tok_end(e) && (matches!(doc.chars.get(e), Some('是' | '说' | '作')) || holds || arrives);
        let ends_word = doc.is_tok_end(e) || glued;
        let next = doc.tok_starting_at(e);
        // (俄木日哈|今年71岁: or a time; 吉克阿呷|老人: or what the text calls the person)
        let followed = glued
            || holds
            || next.is_none_or(|t| matches!(t.tag, Tag::Verb | Tag::Function | Tag::Punct | Tag::Time))
            || next.is_some_and(|t| lexicon::FORMS_OF_ADDRESS.contains(&doc.word_str(t)))
            // (古丽米拉·哈力克|具体/a|负责: or how the person does what follows)
            || next.is_some_and(|t| t.tag == Tag::Adjective && doc.tok_starting_at(t.end).is_some_and(|v| v.tag == Tag::Verb))
            || NAME_FOLLOWERS.iter().any(|w| doc.str(e, (e + 2).min(doc.chars.len())).starts_with(w));
        let run = doc.str(i, e);
        // (主席拉巴次仁/n: a Tibetan name the dictionary holds as a word of its own, every
        // character of it a transliteration mark)
        let all_marks = e - i >= 4 && doc.chars[i..e].iter().all(|&c| lexicon::is_transliteration_mark(c));
        let known = doc.segmenter.is_some_and(|s| s.has_word(run)) && !doc.tok_starting_at(i).is_some_and(|t| t.end == e && t.tag == Tag::PersonName) && !all_marks;
        let marks_here = doc.chars[i..e].iter().filter(|&&c| lexicon::is_transliteration_mark(c)).count();
        let dotted = dot.is_some_and(|d| e > d + 1);
        // (吾守尔说/nr: 说 glued to the last part)
        if doc.chars[e - 1] == '·' || dot.is_some() && matches!(doc.chars[e - 1], '到' | '说') {
            e -= 1;
            continue;
        }
        if ends_word && followed && (marks_here >= 2 || dotted) && !known && !lexicon::is_post(run) && !lexicon::is_common_noun(run) {
            return Some((i, e));
        }
        e -= 1;
        if doc.chars[e] == '·' {
            e -= 1;
        }
    }
    None
}

/// The dotted names (艾力江·吐尔逊) that open a clause: a middle dot with two to six Han
/// characters before it back to a pause or the line's start, all of them of
/// [`lexicon::TRANSLITERATION_MARKS`] and [`lexicon::TRANSLITERATION_OTHERS`], two of the
/// name's characters marks at least, as [`transliterated_name_at`] reads it (not a brand or a
/// programme's two halves: 大喜·山居, 整村授信·信用惠农).
fn dotted_names_opening_clauses(doc: &DocView) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // (most reports hold no middle dot: one byte search first)
    if !doc.full_text().contains('·') {
        return out;
    }
    for d in (1..doc.chars.len().saturating_sub(1)).filter(|&d| doc.chars[d] == '·') {
        if !is_han(doc.chars[d - 1]) || !is_han(doc.chars[d + 1]) {
            continue;
        }
        let Some(start) = (d.saturating_sub(7)..d).rev().find(|&k| !is_han(doc.chars[k]) && doc.chars[k] != '·').map(|k| k + 1) else { continue };
        if !(2..=6).contains(&(d - start)) || !matches!(doc.chars[start - 1], '，' | '。' | '、' | '；' | '：' | '\n' | '（' | '“') {
            continue;
        }
        let Some((b, e)) = transliterated_name_at(doc, start).filter(|&(_, e)| e > d + 1) else { continue };
        let first_part = &doc.chars[b..d];
        if first_part.iter().all(|&c| lexicon::is_transliteration_char(c)) && doc.chars[b..e].iter().filter(|&&c| lexicon::is_transliteration_mark(c)).count() >= 2 {
            out.push((b, e));
        }
    }
    out
}

/// Posts of a headquarters or a team that 任 holds (镇长任|指挥长, 书记任|政委), beside
/// [`lexicon::POSTS`].
const POSTS_AFTER_REN: [&str; 8] = ["政委", "指挥长", "副指挥长", "组长", "副组长", "队长", "主任", "站长"];

fn person_name_at(doc: &DocView, i: usize) -> Option<(usize, usize)> {
    let t = doc.tok_starting_at(i)?;
    let w = doc.word(t);
    let n = w.chars().count();
    let first = w.chars().next()?;
    // (镇领导包村、村干部包屯、户主包地块: 包 of being answerable for a unit, no surname)
    if first == '包' && ["村", "屯", "户", "组", "片", "地块", "网格", "企业", "项目", "路段"].iter().any(|u| doc.str(i + 1, (i + 3).min(doc.chars.len())).starts_with(u)) {
        return None;
    }
    let surname = lexicon::is_surname(first) || lexicon::DOUBLE_SURNAMES.iter().any(|s| w.starts_with(s));
    // (a dictionary noun that starts with a surname's character is a noun: 盛情, 高度)
    let dictionary_noun = t.tag == Tag::Noun && doc.segmenter.is_some_and(|s| s.has_word(&w));
    // (村委会主任|王家/n|兴/v|介绍: a family word the dictionary knows, then one character,
    // then what people do in reports)
    if n == 2 && surname && dictionary_noun {
        if let Some(nx) = doc.tok_starting_at(t.end).filter(|x| x.len() == 1 && is_han(doc.chars[x.begin]) && !crate::segment::is_glue_char(doc.chars[x.begin])) {
            if follows_a_name(doc, nx.end) {
                return Some((t.begin, nx.end));
            }
        }
        // (理事长白音/n|仓说/v|，: the last character glued to 说 before a pause, in a word
        // the dictionary does not hold)
        if let Some(nx) = doc.tok_starting_at(t.end).filter(|x| x.len() == 2 && doc.chars[x.begin + 1] == '说' && is_han(doc.chars[x.begin]) && !crate::segment::is_glue_char(doc.chars[x.begin])) {
            if doc.tok_starting_at(nx.end).is_none_or(|a| a.tag == Tag::Punct) && doc.segmenter.is_some_and(|s| !s.has_word(doc.word_str(nx))) {
                return Some((t.begin, nx.end - 1));
            }
        }
    }
    // (会长王明/nr|淑/n|向|调研组汇报: a name jieba read short, its last character left alone
    // before a preposition or what people do)
    if n == 2 && surname && t.tag == Tag::PersonName {
        if let Some(nx) = doc.tok_starting_at(t.end).filter(|x| x.len() == 1 && x.tag == Tag::Noun && is_han(doc.chars[x.begin]) && !crate::segment::is_glue_char(doc.chars[x.begin]) && !"省市县区镇乡村州旗盟路街组队站所局委办会家人".contains(doc.chars[x.begin])) {
            let then = doc.tok_starting_at(nx.end);
            if then.is_some_and(|a| a.tag == Tag::Function && matches!(doc.word_str(a), "向" | "对" | "为" | "给" | "与" | "和" | "把" | "将" | "同" | "跟")) || follows_a_name(doc, nx.end) {
                return Some((t.begin, nx.end));
            }
        }
    }
    // (书记晏承/nr|志在/t|接受采访: a name jieba read short, its last character glued to the 在
    // of where or when the person does something after it; not an adverb's 在: 王明|正在)
    if n == 2 && surname && t.tag == Tag::PersonName {
        if let Some(nx) = doc.tok_starting_at(t.end).filter(|x| x.len() == 2 && doc.chars[x.end - 1] == '在' && is_han(doc.chars[x.begin]) && !"正现还都也就仍均曾又早只便已将再先所实存不好自内外常同亦皆总一".contains(doc.chars[x.begin])) {
            if doc.tok_starting_at(nx.end).is_some_and(|v| v.tag == Tag::Verb && v.len() >= 2) {
                return Some((t.begin, nx.begin + 1));
            }
        }
    }
    // (主席陈亚/nr|四/m|主持会议: a given name ending with a number, as Hainan's 亚 names do,
    // which jieba read as a numeral; before what people do or a pause)
    if n == 2 && surname && t.tag == Tag::PersonName {
        if let Some(nx) = doc.tok_starting_at(t.end).filter(|x| x.len() == 1 && x.tag == Tag::Numeral && "一二三四五六七八九十".contains(doc.chars[x.begin])) {
            let then = doc.tok_starting_at(nx.end);
            if follows_a_name(doc, nx.end) || then.is_some_and(|a| a.tag == Tag::Punct && doc.word_str(a) != "%") {
                return Some((t.begin, nx.end));
            }
        }
    }
    // (副局长卫国/ns|庆/v|，: a surname and a character jieba read as a place, then one
    // character before a pause)
    if n == 2 && surname && t.tag == Tag::PlaceName {
        if let Some(nx) = doc.tok_starting_at(t.end).filter(|x| x.len() == 1 && is_han(doc.chars[x.begin]) && !crate::segment::is_glue_char(doc.chars[x.begin]) && !"省市县区镇乡村州旗盟路街".contains(doc.chars[x.begin])) {
            if doc.chars.get(nx.end).is_some_and(|&c| matches!(c, '，' | '、' | '。' | '；')) {
                return Some((t.begin, nx.end));
            }
        }
    }
    // (镇党委书记任政委、镇长任指挥长: 任 is the verb of holding the post after it)
    // (1名村干部任|巡查|组长: or a word or two before the post)
    if first == '任' && {
        let after = doc.str(t.end, (t.end + 6).min(doc.chars.len()));
        let after = &after[..after.find(|c: char| !is_han(c)).unwrap_or(after.len())];
        POSTS_AFTER_REN.iter().any(|p| w[3..].starts_with(p) || n == 1 && after.contains(p))
    } {
        return None;
    }
    // (书记司马/nr|红旗/nr: a double surname jieba tags as a name is read below, with its
    // given name)
    let double_alone = n == 2 && lexicon::DOUBLE_SURNAMES.contains(&w.as_str());
    if (2..=4).contains(&n) && !double_alone && (t.tag == Tag::PersonName || surname && t.tag == Tag::Noun && !dictionary_noun) {
        // (孙浩说/nr: jieba glued 说 to a two-character name; 许志鸿说/nr: or to a
        // three-character one; 杨军作/nr|工作报告: or the 作 of making a report or a speech)
        let glued = match w.chars().next_back() {
            Some('说') => doc.tok_starting_at(t.end).is_none_or(|x| x.tag == Tag::Punct),
            // (李阿噶笑/nr|着说: the 笑 of 笑着说)
            Some('笑') => matches!(doc.chars.get(t.end), Some('着' | '道')),
            // (镇长詹文彬任/nr|演练|总指挥: or the 任 of holding the post after it; 副主任雒永红到/nr|
            // 会|指导: or the 到 of 到会, 到场)
            Some('任') => post_within(doc, t.end, 7),
            Some('到') => matches!(doc.chars.get(t.end), Some('会' | '场')),
            Some('作') => makes_a_report(doc, t.end),
            // (会长玄明淑向/n|调研组汇报: or the 向 of whom the person reports or gives to)
            Some('向') => ["汇报", "介绍", "讲解", "赠送", "颁发", "递交", "展示", "捐赠", "捐款"].iter().any(|v| doc.str(t.end, (t.end + 12).min(doc.chars.len())).contains(v)),
            // (副主任龚世平率/nr|部分|区人大代表: or the 率 of leading a group)
            Some('率') => doc.tok_starting_at(t.end).is_some_and(|x| {
                let xw = doc.word_str(x);
                matches!(xw, "部分" | "一行" | "相关" | "有关") || xw.chars().count() >= 2 && xw.ends_with(['组', '团', '队'])
            }),
            _ => false,
        };
        if (3..=4).contains(&n) && (surname || lexicon::POST_ONLY_SURNAMES.contains(first) && t.tag == Tag::PersonName) && glued {
            return Some((t.begin, t.end - 1));
        }
        // (董事长郭建/nr|明说/v|。: the given name's last character jieba read into a word of
        // the dictionary with 说; 镇长李国/nr|平任|常务副指挥长, 罗文/斌在|…: or into a word its
        // HMM made with 任 before a post, or with 在)
        // (书记植伟/nr|明说: a rare surname jieba still tagged as a name's)
        if n == 2 && (surname || lexicon::POST_ONLY_SURNAMES.contains(first)) && t.tag == Tag::PersonName {
            let glued = doc.tok_starting_at(t.end).filter(|x| {
                let xw = doc.word_str(x);
                let said = matches!(xw, "明说" | "传说" | "演说") && doc.tok_starting_at(x.end).is_none_or(|a| a.tag == Tag::Punct);
                said || x.len() == 2
                    && is_han(doc.chars[x.begin])
                    && !crate::segment::is_glue_char(doc.chars[x.begin])
                    && match doc.chars[x.begin + 1] {
                        '任' => post_within(doc, x.end, 6),
                        '在' => true,
                        // (局长赵国/nr|栋带|队: or with the 带 of 带队, 带领)
                        '带' => doc.chars.get(x.end).is_some_and(|c| matches!(c, '队' | '领' | '着')),
                        // (副主任吉文/nr|清到/v|会指导: or with the 到 of 到会, 到场)
                        '到' => doc.chars.get(x.end).is_some_and(|c| matches!(c, '会' | '场')),
                        // (脱贫户包银/nr|山说/v|。: or with 说 before a pause, in a word the
                        // dictionary does not hold)
                        '说' => doc.tok_starting_at(x.end).is_none_or(|a| a.tag == Tag::Punct) && doc.segmenter.is_some_and(|s| !s.has_word(xw)),
                        _ => false,
                    }
                    && doc.segmenter.is_some_and(|s| !s.has_word(xw))
            });
            if let Some(x) = glued {
                return Some((t.begin, x.end - 1));
            }
            // (镇人大主席斯文/nr|军所作/n|的…报告: the last character glued to 所作, the report the
            // person gives)
            // (镇长晏立/nr|军代表/n|镇人民政府作报告: or to the 代表 of speaking for a body)
            let speaks_for = |x: &Tok| doc.str(x.begin + 1, x.end) == "代表" && doc.chars.get(x.end).is_some_and(|c| "镇乡县区市村街党政".contains(*c));
            if let Some(x) = doc.tok_starting_at(t.end).filter(|x| x.len() == 3 && (doc.str(x.begin + 1, x.end) == "所作" || speaks_for(x)) && is_han(doc.chars[x.begin]) && !crate::segment::is_glue_char(doc.chars[x.begin])) {
                return Some((t.begin, x.begin + 1));
            }
        }
        if w.chars().all(|c| is_han(c)) && !lexicon::is_common_noun(&w.as_str()) {
            // a given name's last character jieba left alone before a conjunction or a
            // pause (韩保|深|及县有关部门): three characters, when it names no place or unit
            // (院长白雪/nr|芳/nr|介绍: or one jieba tags as a name of its own)
            // (副书记钟伟/nr|新/a|，以及, 局长赵国/nr|栋/d|带队: or one jieba took for an
            // adjective or an adverb, not one that is an adverb: 王刚|也|主持)
            let adverb_char = |c: char| crate::segment::is_glue_char(c) || "也都还又就才已曾再亦均便要着过让且而则却仍乃".contains(c);
            let lone = doc.tok_starting_at(t.end).filter(|x| {
                x.len() == 1
                    && (matches!(x.tag, Tag::Noun | Tag::PlaceName | Tag::PersonName | Tag::Adjective) || x.tag == Tag::Function && !adverb_char(doc.chars[x.begin]) || x.tag == Tag::Numeral)
                    && is_han(doc.chars[x.begin])
            });
            // (书记金光/nr|日/m|担任…: a character jieba read as a numeral's, not a number's,
            // before a verb)
            let numeral_then_verb = |x: &&Tok| {
                x.tag == Tag::Numeral && !"一二三四五六七八九十两几百千万亿零〇".contains(doc.chars[x.begin]) && t.tag == Tag::PersonName && doc.tok_starting_at(x.end).is_some_and(|v| v.tag == Tag::Verb && v.len() >= 2)
            };
            // (主任富丽/nr|娟|主持: a rare surname jieba still tagged as a name's)
            let joined = lone.filter(|x| {
                n == 2
                    && (surname || lexicon::POST_ONLY_SURNAMES.contains(first) && t.tag == Tag::PersonName)
                    && (x.tag != Tag::Numeral || numeral_then_verb(x))
                    && !matches!(doc.chars[x.begin], '家' | '村' | '乡' | '镇' | '县' | '区' | '市' | '省' | '路' | '街' | '队' | '组' | '班' | '厂' | '店' | '部' | '处' | '科' | '局' | '所' | '院' | '站' | '馆' | '户' | '等' | '们')
                    && (matches!(doc.chars.get(x.end), Some('及' | '和' | '与' | '、' | '，' | '等' | '。' | '；'))
                        // (局长高丽/nr|华|通报了: or before what people do in reports)
                        || t.tag == Tag::PersonName && follows_a_name(doc, x.end)
                        || numeral_then_verb(x)
                        // (董事长罗文/nr|斌/nr|在发言中说: or one jieba tags as a name, before a
                        // function word)
                        || t.tag == Tag::PersonName && x.tag == Tag::PersonName && doc.chars.get(x.end).is_some_and(|&c| crate::segment::is_glue_char(c))
                        // (特派员温文/nr|杰/nr|常年/d, 家庭医生富丽/nr|娜/n|每个/r: or one jieba reads as a
                        // name's or a noun, before an adverb, a pronoun or a time)
                        || t.tag == Tag::PersonName
                            && matches!(x.tag, Tag::PersonName | Tag::Noun)
                            && !adverb_char(doc.chars[x.begin])
                            && doc.tok_starting_at(x.end).is_some_and(|a| a.len() >= 2 && matches!(a.tag, Tag::Function | Tag::Pronoun | Tag::Time)))
            });
            // (副主任方应/n|和/c|到会指导: 和 as a given name's last character, before a verb
            // and no second person)
            let he = doc.tok_starting_at(t.end).filter(|x| {
                // (not after an anonymised name: 马某|和|邻居)
                n == 2 && surname && x.len() == 1 && doc.chars[x.begin] == '和' && doc.chars[t.begin + 1] != '某'
                    && doc.tok_starting_at(x.end).is_some_and(|v| v.tag == Tag::Verb && !matches!(doc.chars.get(v.end), Some('的')))
            });
            return Some((t.begin, joined.or(he).map_or(t.end, |x| x.end)));
        }
    }
    // a double surname jieba read as a word of its own (欧阳/ns|敏, 司马/…): the given name
    // is the word after it, of one or two characters, before what people do or a pause
    if n == 2 && lexicon::DOUBLE_SURNAMES.contains(&w.as_str()) {
        let nx = doc.tok_starting_at(t.end)?;
        let nw = doc.word(nx);
        let after = doc.str(nx.end, (nx.end + 2).min(doc.chars.len()));
        let doing = NAME_FOLLOWERS.iter().any(|f| after.starts_with(f)) || after.starts_with(|c: char| !c.is_alphanumeric());
        let verb = nx.tag == Tag::Verb || NAME_FOLLOWERS.contains(&nw.as_str());
        if (1..=2).contains(&nw.chars().count()) && nw.chars().all(is_han) && !lexicon::is_post(&nw) && !lexicon::is_stop_word(&nw) && !verb && doing {
            return Some((t.begin, nx.end));
        }
        // (董事长公冶/nr|明说/v|。: the given name glued to the 说 of what the person said)
        if nx.len() == 2 && doc.chars[nx.begin + 1] == '说' && is_han(doc.chars[nx.begin]) && !crate::segment::is_glue_char(doc.chars[nx.begin]) && doc.tok_starting_at(nx.end).is_none_or(|a| a.tag == Tag::Punct) {
            return Some((t.begin, nx.begin + 1));
        }
    }
    // (董事长欧阳建/ns|军/n|介绍: a double surname and the given name's first character read as
    // a place, the last left alone before what people do)
    if n == 3 && lexicon::DOUBLE_SURNAMES.iter().any(|d| w.starts_with(d)) && t.tag == Tag::PlaceName {
        let nx = doc.tok_starting_at(t.end)?;
        if nx.len() == 1 && is_han(doc.chars[nx.begin]) && !crate::segment::is_glue_char(doc.chars[nx.begin]) && follows_a_name(doc, nx.end) {
            return Some((t.begin, nx.end));
        }
    }
    // a surname the tokeniser split from the given name: 夏/伟, and 王/丽水 where the given
    // name is also a place's
    // (和, 与, 及 before a word join it to the words before: 副主席和曾担任…)
    if n == 1 && surname && !matches!(first, '和' | '与' | '及') {
        let nx = doc.tok_starting_at(t.end)?;
        let nw = doc.word(nx);
        // (jieba may tag the given name as an adverb: 赵/立新)
        let adverb_name = nx.tag == Tag::Function
            && nw.chars().count() == 2
            && !nw.chars().next().is_some_and(crate::segment::is_glue_char)
            && !lexicon::is_stop_word(&nw)
            && !matches!(nw.as_str(), "一同" | "一起" | "共同" | "分别" | "先后" | "随后" | "正在" | "已经" | "亲自" | "一行" | "同志");
        // (县委书记和县长: a conjunction and a post, no 和县长)
        if lexicon::is_post(&nw) {
            return None;
        }
        // (群测群防员向|代表们演示, 社员向|德明说: a surname that is also a preposition, only
        // before a given name jieba reads as one, or one before a pause or what people do:
        // 书记向|国华|表示)
        if "向对从给跟".contains(first) && nx.tag != Tag::PersonName {
            let after = doc.str(nx.end, (nx.end + 2).min(doc.chars.len()));
            if !(after.starts_with(|c: char| !c.is_alphanumeric()) || NAME_FOLLOWERS.iter().any(|w| after.starts_with(w))) {
                return None;
            }
        }
        // (所长姜/明说: jieba glued 说 to the given name's last character; 所长倪/佳作|的《关于…: or
        // the 作 of making a report)
        let glued_report = nw.ends_with('作') && makes_a_report(doc, nx.end);
        if (nx.tag == Tag::Verb && nw.ends_with('说') || glued_report) && nw.chars().count() == 2 && nw.chars().all(is_han) {
            return Some((t.begin, nx.end - 1));
        }
        // (董事长韩/秋月/t|说: jieba may take the given name for a time)
        let time_name = nx.tag == Tag::Time && nw.chars().count() == 2 && {
            let after = doc.str(nx.end, (nx.end + 2).min(doc.chars.len()));
            NAME_FOLLOWERS.iter().any(|w| after.starts_with(w)) || after.starts_with(['，', '。', '、'])
        };
        if (1..=2).contains(&nw.chars().count()) && (matches!(nx.tag, Tag::Noun | Tag::PersonName | Tag::PlaceName | Tag::Adjective | Tag::Verb) || adverb_name || time_name) && nw.chars().all(|c| is_han(c)) {
            let after = doc.chars.get(nx.end).copied().unwrap_or('。');
            // (a given name jieba tags as one needs nothing after it: 王/秀英/年收入; nor one
            // before what people do in reports, which jieba may glue into a noun: 周/立新/
            // 主持会议, 王/海峰/带队)
            let doing = NAME_FOLLOWERS.iter().any(|w| doc.str(nx.end, (nx.end + 2).min(doc.chars.len())).starts_with(w));
            // (主任李/永福|早年…: or a time word)
            // (not 宋/健在/…, 向/两国/…: a verb or a preposition read as a name)
            let then_time = doc.tok_starting_at(nx.end).is_some_and(|a| a.tag == Tag::Time) && matches!(nx.tag, Tag::Noun | Tag::PersonName) && !matches!(first, '向' | '和' | '与' | '对' | '从');
            // (书记韦/振华/任镇/nr|综治中心主任: or before 任 and the post the person takes)
            let takes_post = after == '任' && post_within(doc, nx.end + 1, 8);
            if nx.tag == Tag::PersonName || !after.is_alphanumeric() || doing || then_time || takes_post || doc.tok_starting_at(nx.end).is_some_and(|a| matches!(a.tag, Tag::Verb | Tag::Punct | Tag::Function)) {
                return Some((t.begin, nx.end));
            }
        }
    }
    None
}

/// A person named at `[nb, ne)`, unless a candidate found before overlaps it.
/// A Han name of three characters right after a word for what the person is, which jieba
/// cut into words of no name (脱贫户|包金/n|山说/v, 村民|麻进/v|财/n|今年, 居民|承德/ns|福/ns|竖起):
/// a surname, two characters no name is written with, and a word's end after them (or the
/// 说 of what the person says, glued to the last).
fn han_name_cut_up(doc: &DocView, i: usize) -> Option<(usize, usize)> {
    const NOT_IN_NAMES: &str = "的了在和与及或是说都也还就把被让给向从对将要会能可不没有这那其们等着过个年月日时人村镇乡县区市省户家里上下中各每全本该此到于为些地得";
    let e = i + 3;
    let chars = doc.chars.get(i..e)?;
    if !lexicon::is_surname(chars[0]) || !chars.iter().all(|&c| is_han(c) && !NOT_IN_NAMES.contains(c)) || !doc.is_tok_start(i) {
        return None;
    }
    let glued_says = doc.chars.get(e) == Some(&'说') && doc.tok_holding(e - 1).is_some_and(|t| t.begin == e - 1 && t.end == e + 1);
    if !doc.is_tok_end(e) && !glued_says {
        return None;
    }
    // (not a word of the dictionary, 马上就: a function word, a time or a number first)
    let first = doc.tok_starting_at(i)?;
    if first.end == e && first.tag != Tag::PersonName && doc.segmenter.is_some_and(|s| s.has_word(doc.word_str(first))) {
        return None;
    }
    if first.len() >= 2 && matches!(first.tag, Tag::Function | Tag::Time | Tag::Numeral | Tag::Pronoun | Tag::Direction | Tag::Classifier | Tag::Punct) {
        return None;
    }
    // (nor a verb or an adjective the dictionary holds: 成名|于, 曾|发现, 高兴|地)
    if doc.toks_between(i, e).any(|t| t.len() >= 2 && !matches!(t.tag, Tag::Noun | Tag::PersonName | Tag::PlaceName) && doc.segmenter.is_some_and(|s| s.has_word(doc.word_str(t)))) {
        return None;
    }
    // (nor the start of a place's or body's name: 村民|王家庄村)
    if !glued_says && doc.chars.get(e).is_some_and(|&c| "村镇乡县区市省街路屯组寨庄厂场店".contains(c)) {
        return None;
    }
    Some((i, e))
}

/// 成立老旧小区改造工作专班, 成立了由…任组长的改造工作专班: a working team set up for a task,
/// named by the task (nouns and the verb of the work: 改造, 整治) between the verb that sets it
/// up, or the 的 closing who leads it, and 工作专班.
fn task_teams(doc: &DocView, cands: &[Cand]) -> Vec<Cand> {
    let text = doc.full_text();
    let mut out = Vec::new();
    for (k, _) in text.match_indices("工作专班") {
        let kb = doc.char_at_byte(k);
        let e = kb + 4;
        if !doc.is_tok_end(e) || cands.iter().any(|c| c.begin < e && kb < c.end) {
            continue;
        }
        // (back to what sets it up: 成立, 组建, 设立, perhaps with 了, or the 的 after who leads it)
        let from = kb.saturating_sub(12);
        let Some(b) = (from..kb).rev().take_while(|&j| is_han(doc.chars[j])).find_map(|j| {
            let before = doc.str(j.saturating_sub(3), j);
            let set_up = ["成立", "组建", "设立", "成立了", "组建了", "设立了"].iter().any(|v| before.ends_with(v) && doc.is_tok_start(j));
            (set_up || j > 0 && doc.chars[j - 1] == '的' && doc.str(from, j).contains("任")).then_some(j)
        }) else {
            // (上碑镇|清洁取暖工作专班: or the place whose team it is, right before the task)
            let place = cands
                .iter()
                .filter(|c| c.class == Class::AdministrativeDivision && c.end < kb && kb - c.end <= 8 && doc.is_tok_start(c.end) && doc.chars[c.end..kb].iter().all(|&ch| is_han(ch)))
                .max_by_key(|c| (c.end, std::cmp::Reverse(c.begin)));
            // (not 陕西省|成立|工作专班: the place that set up a team it does not name)
            let task = |p: &&Cand| ["成立", "组建", "设立", "建立"].iter().all(|v| !doc.str(p.end, kb).contains(v)) && !doc.str(p.end, kb).contains(['由', '的', '等', '各', '和', '与']);
            if let Some(p) = place.filter(|p| kb - p.end >= 2).filter(task) {
                out.push(Cand::new(p.begin, e, Class::GovernmentBody, doc.text(p.begin, e), Rule::Suffix));
            }
            continue;
        };
        let task = doc.str(b, kb);
        // (not a team of projects at large, nor one counted: 项目工作专班, 一个工作专班)
        if !(2..=10).contains(&task.chars().count()) || task.contains(['由', '的', '等', '各']) || task.starts_with("项目") || task.starts_with(|c: char| "一二两三四五六七八九十每".contains(c)) || !doc.is_tok_start(b) {
            continue;
        }
        out.push(Cand::new(b, e, Class::GovernmentBody, doc.text(b, e), Rule::Suffix));
    }
    out
}

/// Words for a team that follow a village's or community's name (大利村队, 团山子村代表队,
/// 郭家沟村文艺队), longest first.
const VILLAGE_TEAM_WORDS: [&str; 7] = ["业余篮球队", "代表队", "文艺队", "篮球队", "舞蹈队", "演出队", "队"];

/// Verbs that jieba glues to a village after them, or reads as a noun before it (战胜/n|龙王庙/nr|村,
/// 高票当选/n|仁化|村, 建起|仁化|村), and verbs before a bare 村 of a village's own thing (修建|村|文化广场).
const VERBS_BEFORE_VILLAGES: &[&str] = &[
    "战胜", "击败", "对阵", "迎战", "不敌", "负于", "高票当选", "当选", "建起", "修建", "建好", "走进", "来到", "深入", "前往", "带领", "带动", "覆盖", "包括", "联系", "结对", "扎根",
    "回到", "返回", "帮扶", "助力", "扶持", "选派", "派驻", "召开", "举办", "举行",
];

/// A village's name found with a verb before it ([`VERBS_BEFORE_VILLAGES`], a word of its own,
/// perhaps after a word of one or two characters: 队|战胜|白沙村):
/// the village, and the bodies and works named by it, lose the verb (高票当选仁化村党支部 →
/// 仁化村党支部); a verb and a bare 村 name no village (修建村文化广场: nothing).
fn verbs_before_villages(doc: &DocView, cands: &mut Vec<Cand>) {
    // (the characters up to the verb's end, and those left before 村; 队|战胜|白沙村: a verb
    // after the word before, too)
    let verb_at = |c: &Cand| {
        let cut = c.name.find('村')?;
        let head = &c.name[..cut];
        if c.name != doc.str(c.begin, c.end) {
            return None;
        }
        let (at, v) = VERBS_BEFORE_VILLAGES.iter().filter_map(|v| head.find(*v).map(|at| (at, v))).filter(|(at, _)| head[..*at].chars().count() <= 2).min()?;
        let n = head[..at].chars().count() + v.chars().count();
        (doc.is_tok_end(c.begin + n) && (at == 0 || doc.is_tok_start(c.begin + head[..at].chars().count()))).then_some((n, head.chars().count() - n))
    };
    let mut drop = Vec::new();
    for (i, c) in cands.iter_mut().enumerate() {
        match verb_at(c) {
            Some((_, 0)) => drop.push(i),
            Some((n, left)) if left >= 2 => *c = Cand::new(c.begin + n, c.end, c.class, doc.text(c.begin + n, c.end), c.rule),
            _ => {}
        }
    }
    for i in drop.into_iter().rev() {
        cands.remove(i);
    }
}

/// Verbs of a match that jieba glues to the village after them (战胜/n|龙王庙/nr|村|队).
const CONTEST_VERBS: [&str; 6] = ["战胜", "击败", "对阵", "迎战", "不敌", "负于"];

/// 大利村队, 团山子村代表队, 郭家沟村文艺队: a village's or community's team at games or on a
/// stage, named by the village and a word for a team ([`VILLAGE_TEAM_WORDS`]; not 村队伍, 村队员).
/// The village is one found ending there or named so elsewhere in the report (the longest), else
/// the word before 村 (宰荡|村队, 英塔/木村|队). A village found with a verb of a match glued
/// before it loses the verb ([`verbs_before_villages`]), and the village games' 村BA is no village's (`detect`).
fn village_teams(doc: &DocView, cands: &mut Vec<Cand>) -> Vec<Cand> {
    let ends_village = |p: usize| doc.chars[p] == '村' || p > 0 && doc.chars[p] == '区' && doc.chars[p - 1] == '社';
    let known: Vec<(usize, usize, usize)> = cands.iter().filter(|c| c.class == Class::Community).map(|c| (c.begin, c.end, c.end - c.begin)).collect();
    let mut out = Vec::new();
    for p in 2..doc.chars.len() {
        if !ends_village(p) {
            continue;
        }
        let vend = p + 1;
        let rest = doc.str(vend, (vend + 5).min(doc.chars.len()));
        let Some(w) = VILLAGE_TEAM_WORDS.iter().find(|w| rest.starts_with(*w)) else { continue };
        let e = vend + w.chars().count();
        if doc.chars.get(e).is_some_and(|&c| matches!(c, '伍' | '员')) || cands.iter().any(|c| c.begin < e && vend < c.end) {
            continue;
        }
        // (a village found there, or one named so elsewhere)
        let here = known.iter().filter(|&&(_, end, _)| end == vend).map(|&(b, _, _)| b).max();
        let named = known.iter().filter(|&&(b, end, len)| len < vend && doc.chars[vend - len..vend] == doc.chars[b..end]).map(|&(_, _, len)| vend - len).min();
        // (else the word before 村, with the head of a word that holds 村)
        let word = || {
            let i = doc.toks.partition_point(|t| t.end <= p);
            let t = doc.toks.get(i).filter(|t| t.begin <= p)?;
            let before = if t.begin < p { t.begin } else { doc.tok_ending_at(p).filter(|t| !matches!(t.tag, Tag::Function | Tag::Punct | Tag::Numeral | Tag::Pronoun | Tag::Classifier))?.begin };
            Some(before)
        };
        let Some(mut b) = here.or(named).or_else(word) else { continue };
        if CONTEST_VERBS.contains(&doc.str(b, b + 2)) && vend - b >= 5 {
            b += 2;
        }
        let village = doc.str(b, vend);
        if village.chars().count() < 3 || !village.chars().all(is_han) || lexicon::VILLAGE_VERBS.iter().any(|v| village.ends_with(v)) {
            continue;
        }
        out.push(Cand::new(b, e, Class::SocialOrganization, doc.text(b, e), Rule::Suffix));
    }
    out
}

/// 街道党工委副书记、办事处主任缪国庆: the street's office said by 办事处 alone, its head's post
/// after it, right after the street's party working committee's post: the office of the
/// report's street (named relative to it, as 街道党工委 is).
fn bare_street_offices(doc: &DocView) -> Vec<Cand> {
    let text = doc.full_text();
    let mut out = Vec::new();
    for (k, _) in text.match_indices("、办事处") {
        let b = doc.char_at_byte(k) + 1;
        let e = b + 3;
        let rest = doc.str(e, (e + 3).min(doc.chars.len()));
        // (a post of the committee before the 、: 街道党工委副书记、; 街道党工委委员、)
        let before = doc.str(b.saturating_sub(12), b - 1);
        if !(rest.starts_with("主任") || rest.starts_with("副主任")) || !before.contains("党工委") {
            continue;
        }
        let mut c = Cand::new(b, e, Class::GovernmentBody, "街道办事处".to_string(), Rule::Suffix);
        c.relative = Some('街');
        out.push(c);
    }
    out
}

/// How many spaces (one or two, ASCII or ideographic) stand at `at`, as a caption or a table
/// sets them between a post and a name.
fn spaces_after(doc: &DocView, at: usize) -> usize {
    doc.chars.get(at..).map_or(0, |rest| rest.iter().take(2).take_while(|&&c| c == ' ' || c == '　').count())
}

/// A Yi name at `b` right where a name is due (after a post): a clan's name of
/// [`lexicon::YI_CLANS`] and a given name of two Han characters, before a pause, a verb or the
/// text's end.
fn yi_name_at(doc: &DocView, b: usize) -> Option<(usize, usize)> {
    let e = b + 4;
    if !yi_shaped(doc, b) || !lexicon::YI_CLANS.contains(&doc.str(b, b + 2)) {
        return None;
    }
    let ends = doc.chars.get(e).is_none_or(|&c| !is_han(c)) || doc.is_tok_end(e) && doc.tok_starting_at(e).is_some_and(|t| matches!(t.tag, Tag::Verb | Tag::Function | Tag::Time) || matches!(doc.word_str(t), "说" | "介绍" | "表示" | "等"));
    ends.then_some((b, e))
}

/// Are the four characters at `b` shaped as a Yi name (a clan's two characters, whichever,
/// then a given name of two Han characters that no place's or saying's character is in)?
fn yi_shaped(doc: &DocView, b: usize) -> bool {
    let e = b + 4;
    e <= doc.chars.len() && doc.chars[b..e].iter().all(|&c| is_han(c)) && !doc.chars[b + 2..e].iter().any(|c| "村镇乡县区市州说等和".contains(*c))
}

/// Yi names ([`lexicon::YI_CLANS`] and a two-character given name) where a name is due: see
/// `people`.
fn yi_names(doc: &DocView) -> Vec<(usize, usize)> {
    static CLANS: LazyLock<AhoCorasick> = LazyLock::new(|| AhoCorasick::new(lexicon::YI_CLANS).expect("clan matcher"));
    let text = doc.full_text();
    let mut out = Vec::new();
    for m in CLANS.find_iter(text) {
        let b = doc.char_at_byte(m.start());
        let e = b + 4;
        if !yi_shaped(doc, b) {
            continue;
        }
        // (before: a post ending right there, glued or not: 所长|沙马…, 所/长沙/nr; a word for
        // what the person is; a conjunction or a pause)
        let before = doc.str(b.saturating_sub(5), b);
        let after_post = lexicon::POSTS.iter().any(|(w, _)| before.ends_with(w));
        let after_word = ["德古", "村民", "明白人", "律师", "民警", "辅警", "老人", "党员", "群众", "干部", "会同", "网格员", "毕摩", "调解员", "队员"].iter().any(|w| before.ends_with(w))
            || b == 0
            || matches!(doc.chars[b - 1], '、' | '，' | '：' | '。' | '\n' | '　' | '（' | '“' | '和' | '与' | '同' | '及' | '由');
        // (after: a pause, what the person does, or 说 glued to the name)
        let ends = doc.chars.get(e).is_none_or(|&c| !is_han(c))
            || doc.is_tok_end(e) && doc.tok_starting_at(e).is_some_and(|t| matches!(t.tag, Tag::Verb | Tag::Function | Tag::Punct | Tag::Time | Tag::Numeral) || matches!(doc.word_str(t), "说" | "介绍" | "表示" | "等" | "老人" | "分管" | "主持"));
        if (after_post || after_word) && ends && !doc.chars.get(e).is_some_and(|&c| "村镇乡县区".contains(c)) {
            out.push((b, e));
        }
    }
    out
}

/// The bracket right after `e` (（…）, within one line and 40 characters): its two marks.
fn bracket_after(doc: &DocView, e: usize) -> Option<(usize, usize)> {
    if doc.chars.get(e) != Some(&'（') {
        return None;
    }
    let close = (e + 1..(e + 40).min(doc.chars.len())).find(|&k| matches!(doc.chars[k], '）' | '（' | '\n'))?;
    (doc.chars[close] == '）').then_some((e, close))
}

/// What a person listed with a bracket is, said at a part's end inside the bracket, beside
/// [`lexicon::POSTS`] (玉湖社区网格员, 丰源村保洁员, 派出所民警): the worker's word.
const BRACKET_ROLES: &[&str] = &[
    "网格员", "保洁员", "护河员", "护林员", "巡河员", "民警", "辅警", "驾驶员", "教师", "工作人员", "干部", "法律明白人", "楼长", "村医", "医生", "调解员",
    // (江西某某律师事务所律师、某某村法律顾问, 司法所司法助理员, 人民法庭法官助理, 综合办公室干事)
    "律师", "法律顾问", "助理员", "法官助理", "干事", "辅导员", "监测员", "信息员", "联络员", "宣传员", "护士", "会计",
    // (某站高级农艺师, 某村农民技术员, 某馆讲解员, 某站管理员, 某研究所研究员)
    "农艺师", "技术员", "讲解员", "管理员", "研究员", "医师", "护士长",
];

/// Words for a post's field, grade or terms written between a body and the post in a person's
/// description ([`roles_in_parts`]): 司法所|司法|助理员, 中心小学|科学|教师, 推广站|高级|农艺师.
const POST_FIELDS: &[&str] = &[
    "专职", "兼职", "司法", "法治", "驻村", "首席", "科学", "物理", "化学", "数学", "语文", "英语", "体育", "音乐", "美术", "高级", "主治", "副主任", "技术", "农民", "科普", "科技", "退休",
];

/// 段金花（梨园村党总支书记、村级河长）、李阿鹏（玉湖社区网格员）: a name that opens a list
/// item (after a colon, a pause, 、 or a line's start) followed by a bracket whose parts, split
/// by 、, end in posts: the name, and each post's span and role. The name is a Han name of two
/// or three characters whose surname may be one only read after a post (鄂春梅), or a
/// transliterated one (洛桑丹增).
fn bracketed_people(doc: &DocView) -> Vec<(usize, usize, Vec<(usize, usize, String)>)> {
    let mut out = Vec::new();
    for o in (2..doc.chars.len()).filter(|&k| doc.chars[k] == '（') {
        let Some((_, close)) = bracket_after(doc, o) else { continue };
        let roles = roles_in_parts(doc, o + 1, close);
        if roles.is_empty() {
            continue;
        }
        // the name: from the item's start to the bracket
        let Some(start) = (o.saturating_sub(8)..o).rev().find(|&k| matches!(doc.chars[k], '、' | '：' | '，' | '；' | '\n' | '　')).map(|k| k + 1) else { continue };
        let n = o - start;
        let han = (2..=3).contains(&n) && listed_han_name(doc, start, o) && doc.is_tok_start(start);
        // (曲比阿果（镇民政办主任）: a Yi clan name and a given name of two characters)
        let yi = yi_name_at(doc, start) == Some((start, o));
        if han || yi || transliterated_name_at(doc, start) == Some((start, o)) || listed_transliterated(doc, start, o) {
            out.push((start, o, roles));
        }
    }
    out
}

/// The parts of a person's description from `from` to `end` (a bracket's close or a line's
/// end), split by 、, that end in posts ([`lexicon::POSTS`], [`BRACKET_ROLES`]): each post's span
/// and role (梨园村党总支书记、村级河长 → 书记, 河长).
fn roles_in_parts(doc: &DocView, from: usize, end: usize) -> Vec<(usize, usize, String)> {
    // (the last characters of the posts and roles, asked first: most brackets and lines
    // end in none)
    static LAST: LazyLock<rustc_hash::FxHashSet<char>> =
        LazyLock::new(|| lexicon::POSTS.iter().map(|p| p.0).chain(BRACKET_ROLES.iter().copied()).filter_map(|w| w.chars().next_back()).collect());
    let mut roles = Vec::new();
    let mut from = from;
    for k in from..=end {
        if k < end && doc.chars[k] != '、' {
            continue;
        }
        // (三道沟村“法律明白人”: a role in quotation marks)
        let end = if k > from && doc.chars[k - 1] == '”' { k - 1 } else { k };
        if end <= from || !LAST.contains(&doc.chars[end - 1]) {
            from = k + 1;
            continue;
        }
        let part = doc.str(from, end);
        let post = lexicon::POSTS.iter().filter(|(w, _)| part.ends_with(w)).max_by_key(|(w, _)| w.len()).map(|&(w, r)| (w, r));
        let post = post.or_else(|| BRACKET_ROLES.iter().find(|w| part.ends_with(**w)).map(|&w| (w, w)));
        // (a word of its own, or the end of the part after something else: 松鹤村护/nr|河员,
        // 保安队/n|长)
        let begins = |w: &str| {
            let b = end - w.chars().count();
            doc.is_tok_start(b) || b > from + 1 && w.chars().count() >= 2
        };
        if let Some((w, r)) = post.filter(|(w, _)| begins(w)) {
            let b = end - w.chars().count();
            let b = if b > from && doc.chars[b - 1] == '“' { b - 1 } else { b };
            // (司法所司法助理员, 调解委员会专职调解员, 小学法治副校长, 中心小学科学教师, 推广站高级
            // 农艺师, 卫生院副主任医师, 公司技术总监: a word for the post's field, grade or terms
            // between the body and the post is the post's; one or two of them)
            let mut b = b;
            for _ in 0..2 {
                let Some(w) = POST_FIELDS.iter().find(|w| b >= from + w.chars().count() + 1 && doc.str(b - w.chars().count(), b) == **w) else { break };
                b -= w.chars().count();
            }
            roles.push((b, end, r.to_string()));
        }
        from = k + 1;
    }
    roles
}

/// 汪建平　江湾镇司法所所长, 詹国庆　汪口村党总支书记、村委会主任, 1．朴英子　某站高级农艺师,
/// 田大勇（土家族），水田坝村党支部书记、村委会主任，某镇农村专业技术协会理事长。他…: a line
/// (of a roll, or a paragraph of a list of people honoured) that opens with a name, perhaps
/// after an item's number and with a short bracket after it (女, 土家族), then spaces or a
/// comma, then what the person is, in clauses split by ， whose parts, split by 、, end in posts
/// ([`roles_in_parts`]): the name, and each post's span and role, from the first clause on while
/// clauses name posts, up to the sentence's end (60 characters at most). The name is as
/// [`bracketed_people`] reads one.
fn lined_people(doc: &DocView) -> Vec<(usize, usize, Vec<(usize, usize, String)>)> {
    let mut out = Vec::new();
    let n = doc.chars.len();
    let blank = |c: char| matches!(c, ' ' | '\t' | '　');
    for s in (0..n).filter(|&k| k == 0 || doc.chars[k - 1] == '\n') {
        let mut s = s;
        while s < n && blank(doc.chars[s]) {
            s += 1;
        }
        if let Some(k) = item_number(doc.str(s, (s + 5).min(n))) {
            s += k;
        }
        // (古丽米拉·阿不都热依木: a dotted name runs longer)
        let Some(w) = (s + 2..(s + 16).min(n)).find(|&k| blank(doc.chars[k]) || matches!(doc.chars[k], '（' | '，')) else { continue };
        if doc.chars[s..w].iter().any(|&c| !is_han(c) && c != '·') || w - s > 8 && !doc.chars[s..w].contains(&'·') {
            continue;
        }
        let han = (2..=3).contains(&(w - s)) && listed_han_name(doc, s, w) && doc.is_tok_start(s);
        if !(han || transliterated_name_at(doc, s) == Some((s, w)) || listed_transliterated(doc, s, w)) {
            continue;
        }
        // (a short bracket after the name: 女, 土家族)
        let mut d = w;
        if doc.chars[d] == '（' {
            match bracket_after(doc, d) {
                Some((_, close)) if close - d <= 6 => d = close + 1,
                _ => continue,
            }
        }
        let sep = d;
        while d < n && blank(doc.chars[d]) {
            d += 1;
        }
        if d == sep {
            if doc.chars.get(d) != Some(&'，') {
                continue;
            }
            d += 1;
        }
        let Some(e) = (d..(d + 61).min(n + 1)).find(|&k| k == n || matches!(doc.chars[k], '。' | '；' | '\n')) else { continue };
        let e = (d..e).rev().find(|&k| !blank(doc.chars[k]) && doc.chars[k] != '，').map_or(d, |k| k + 1);
        let mut roles = Vec::new();
        let mut c = d;
        while c < e {
            let k = (c..e).find(|&k| doc.chars[k] == '，').unwrap_or(e);
            // (a clause with a pause or a colon in it is no description: 段春花 说：…)
            if doc.chars[c..k].iter().any(|&ch| matches!(ch, '：' | ' ' | '　')) {
                break;
            }
            let found = roles_in_parts(doc, c, k);
            if found.is_empty() {
                break;
            }
            roles.extend(found);
            c = k + 1;
        }
        if !roles.is_empty() {
            out.push((s, w, roles));
        }
    }
    out
}

/// 中共祁门县|历/口镇委员会(办公室), 共青团|湾/岭/镇委员会: the committee of the party or of the
/// youth league of a township, named by the chain of its places, whose township's name jieba
/// cut into pieces (so that the name walk, which crosses a chain of places only from one
/// place word to the next, stopped at the township): the name runs back over the places
/// before it to 中共, 中国共产党 or 共青团; a bare committee is then the party's or the
/// league's.
/// Also 中共|新宾满族自治县/ns|委组织部: a place's party committee or its department whose
/// place jieba read whole, where the walk stopped at the place, opens with the 中共 before it.
fn party_committees_of_chains(doc: &DocView, cands: &mut [Cand]) {
    for c in cands.iter_mut().filter(|c| c.class.family() == Family::Organization && c.begin >= 2) {
        // (中共|新宾满族自治县/ns|委|组织部: a place's party committee, or its department, named
        // with 中共 before the place jieba read whole, where the walk stopped at the place)
        let place = doc.tok_starting_at(c.begin).filter(|t| t.tag == Tag::PlaceName && ends_with_division_suffix(doc.word_str(t)));
        if doc.str(c.begin - 2, c.begin) == "中共" && place.is_some_and(|t| doc.chars.get(t.end) == Some(&'委')) {
            c.begin -= 2;
            c.name = doc.text(c.begin, c.end);
            continue;
        }
        let Some(k) = c.name.find("委员会") else { continue };
        // (the committee's name starts with the township's: 湾岭镇委员会, 历口镇委员会办公室)
        let stem = &c.name[..k];
        if !(2..=6).contains(&stem.chars().count()) || !ends_with_division_suffix(stem) {
            continue;
        }
        let mut at = c.begin;
        for _ in 0..3 {
            match doc.tok_ending_at(at).filter(|t| t.tag == Tag::PlaceName && t.len() >= 2 && ends_with_division_suffix(doc.word_str(t))) {
                Some(t) => at = t.begin,
                None => break,
            }
        }
        let Some(prefix) = lexicon::COMMITTEE_OWNERS.into_iter().find(|p| at >= p.chars().count() && doc.str(at - p.chars().count(), at) == *p) else { continue };
        c.begin = at - prefix.chars().count();
        c.name = doc.text(c.begin, c.end);
        if c.name.ends_with("委员会") && c.class == Class::GovernmentBody {
            c.class = if prefix == "共青团" { Class::SocialOrganization } else { Class::PartyOrganization };
        }
    }
}

/// 某大学园艺科学与工程学院, 资源与环境科学学院: a college named by two fields joined by 与,
/// which the name walk stopped at: the name runs back over the first field (two to six Han
/// characters) to the university written right before it, or to the clause's start; bodies
/// named after the college (…学院党委) run back with it.
fn colleges_of_two_fields(doc: &DocView, cands: &mut [Cand]) {
    let colleges: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.class.family() == Family::Organization && c.name.ends_with("学院") && !c.name.ends_with("科学院") && c.begin >= 3 && doc.chars[c.begin - 1] == '与')
        // (the second field alone, no college of a place or a university: not 镇里还与|宣城职业技术
        // 学院, 该镇与|长江大学农学院, 与|中国科学院)
        .filter(|c| (2..=6).contains(&(c.len() - 2)) && !c.name.contains("大学") && doc.tok_starting_at(c.begin).is_some_and(|t| t.tag != Tag::PlaceName))
        .filter_map(|c| {
            let x = c.begin - 1;
            let university = cands.iter().filter(|u| u.class == Class::Institution && u.name.ends_with("大学") && u.end + 2 <= x && x <= u.end + 6).map(|u| (u.end, u.begin)).min();
            let clause = (x.saturating_sub(7)..x).rev().find(|&k| !is_han(doc.chars[k])).map(|k| (k + 1, k + 1));
            let (field, start) = university.or(clause)?;
            ((2..=6).contains(&(x - field)) && doc.chars[field..x].iter().all(|&c| is_han(c))).then_some((c.begin, start))
        })
        .collect();
    for (at, start) in colleges {
        for c in cands.iter_mut().filter(|c| c.begin == at && c.class.family() == Family::Organization) {
            c.begin = start;
            c.name = doc.text(start, c.end);
        }
    }
}

/// 鄂春梅, 段金花: where a list's place says a name is due, Han characters from a surname, one
/// perhaps read only after a post ([`lexicon::POST_ONLY_SURNAMES`]), that are no common noun and
/// no post.
fn listed_han_name(doc: &DocView, b: usize, e: usize) -> bool {
    doc.chars[b..e].iter().all(|&c| is_han(c))
        && (lexicon::is_surname(doc.chars[b]) || lexicon::POST_ONLY_SURNAMES.contains(doc.chars[b]))
        && !lexicon::is_common_noun(doc.str(b, e))
        && !lexicon::is_post(doc.str(b, e))
}

/// 洛桑丹增, 普布仓决: where a list's place says a name is due, four or five characters all of
/// the transliterated names' ([`lexicon::is_transliteration_char`]), one of them a mark
/// (fewer than [`transliterated_name_at`] asks where nothing says so).
fn listed_transliterated(doc: &DocView, b: usize, e: usize) -> bool {
    (4..=5).contains(&(e - b)) && doc.chars[b..e].iter().all(|&c| lexicon::is_transliteration_char(c)) && doc.chars[b..e].iter().any(|&c| lexicon::is_transliteration_mark(c))
}

/// Words that end the heading of a roll of people (先进个人：, 优秀共产党员（5名）：,
/// “最美乡贤”：, “金牌调解员”：).
const ROLL_HEADS: [&str; 12] = ["个人", "工作者", "员", "标兵", "能手", "模范", "之星", "好人", "乡贤", "人物", "获得者", "带头人"];

/// 先进个人：王卫东、储明华、亢丽萍: the names of a roll of people, after the colon of a heading
/// that ends in a word for people ([`ROLL_HEADS`], perhaps with a bracket after it: 先进个人
/// （“优秀乡贤”）：), items between 、 up to the roll's end (；, 。 or the line's end). Where most
/// items are names by their surname ([`listed_han_name`]) or transliterated, the roll is one of
/// people, and an item of two to four Han characters from a surname the lexicon lacks (亢丽萍,
/// 撒建平, 吴额尔敦) is a name too, unless it is a common noun, a post, a place or a form of
/// address; before a bracket (段金花（女）、), the item is what precedes it. A list before a
/// verb of winning such a title (雷春娇、钟木生获评先进个人) is a roll too.
fn roll_people(doc: &DocView) -> Vec<(usize, usize)> {
    let mut rolls: Vec<Vec<(usize, usize)>> = Vec::new();
    // (雷春娇、蓝德旺、钟木生获评先进个人: a list before a verb of winning a title for people;
    // the list runs back to its clause's start)
    let text = doc.full_text();
    for (k, v) in lexicon::WINNING_VERBS.iter().flat_map(|v| text.match_indices(v)) {
        let at = doc.char_at_byte(k);
        let title = doc.str(at + v.chars().count(), (at + v.chars().count() + 8).min(doc.chars.len()));
        let title: String = title.chars().take_while(|&c| is_han(c) || c == '“' || c == '”').collect();
        if !ROLL_HEADS.iter().any(|w| title.trim_end_matches('”').ends_with(w)) || at == 0 || doc.chars[at - 1] == '、' {
            continue;
        }
        let from = (0..at).rev().find(|&j| matches!(doc.chars[j], '；' | '，' | '。' | '：' | '\n' | ';')).map_or(0, |j| j + 1);
        let mut items = Vec::new();
        let mut b = from;
        for j in from..=at {
            if j == at || doc.chars[j] == '、' {
                if j > b {
                    items.push((b, j));
                }
                b = j + 1;
            }
        }
        if items.len() >= 2 {
            rolls.push(items);
        }
    }
    for c in (2..doc.chars.len()).filter(|&k| doc.chars[k] == '：') {
        // (past a bracket before the colon)
        let mut h = c;
        if doc.chars[h - 1] == '）' {
            let Some(open) = (h.saturating_sub(20)..h - 1).rev().find(|&k| doc.chars[k] == '（') else { continue };
            h = open;
        }
        let head = doc.str(h.saturating_sub(6), h);
        let head = head.trim_end_matches('”');
        if !ROLL_HEADS.iter().any(|w| head.ends_with(w)) {
            continue;
        }
        // the items (the part before a bracket)
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut b = c + 1;
        let mut k = b;
        while k <= doc.chars.len() && items.len() < 60 {
            let ch = doc.chars.get(k).copied();
            if ch == Some('（') {
                let Some(close) = (k + 1..(k + 40).min(doc.chars.len())).find(|&j| doc.chars[j] == '）') else { break };
                items.push((b, k));
                k = close + 1;
                if !matches!(doc.chars.get(k), Some('、')) {
                    break;
                }
                k += 1;
                b = k;
                continue;
            }
            if ch.is_none_or(|c| matches!(c, '、' | '；' | '。' | '\n')) {
                if k > b {
                    items.push((b, k));
                }
                if ch != Some('、') {
                    break;
                }
                b = k + 1;
            }
            k += 1;
        }
        rolls.push(items);
    }
    let mut out = Vec::new();
    for items in rolls {
        let name_by_surname = |b: usize, e: usize| (2..=3).contains(&(e - b)) && listed_han_name(doc, b, e);
        let transliterated = |b: usize, e: usize| transliterated_name_at(doc, b) == Some((b, e)) || listed_transliterated(doc, b, e);
        // (a roll of people: two names or more by their surname, half the items at least)
        let named = items.iter().filter(|&&(b, e)| name_by_surname(b, e) || transliterated(b, e)).count();
        let of_people = named >= 2 && 2 * named >= items.len();
        for (i, &(b, e)) in items.iter().enumerate() {
            let loose = || {
                (2..=4).contains(&(e - b))
                    && doc.chars[b..e].iter().all(|&c| is_han(c))
                    && !lexicon::is_common_noun(doc.str(b, e))
                    && !lexicon::is_post(doc.str(b, e))
                    && !doc.str(b, e).ends_with(['村', '镇', '乡', '县', '区', '市', '省', '州', '旗', '组', '屯', '寨', '社', '队', '站', '所', '会', '局', '院', '校', '部', '室', '户', '家'])
                    && !lexicon::FORMS_OF_ADDRESS.iter().any(|k| doc.str(b, e).ends_with(k))
                    && !doc.toks_between(b, e).any(|t| matches!(t.tag, Tag::PlaceName) && ends_with_division_suffix(doc.word_str(t)))
            };
            // (else the first item alone, a name by its surname, where the roll goes on: the
            // names after it are found as names listed after a person's)
            let strict = name_by_surname(b, e) || transliterated(b, e);
            let first_of_roll = i == 0 && strict && items.len() >= 2;
            if of_people && (strict || loose()) || first_of_roll {
                out.push((b, e));
            }
        }
    }
    out
}

/// 庆阳坝村彭玉兰、水田坝村冉启明, 第一名龙车村车者斗，第二名期垤村李批沙, 共合村李凤芝5000元、
/// 东兴村隋玉华4500元: the names of a list whose items are each a village or community and a
/// person of it (a notice's roll of the honoured, the aided or the winners). An item opens after
/// a pause, a colon or a rank (第一名); its place is two Han characters or more ending in 村 or
/// 社区, or a unit's name ending as a station, a school, a hospital, an office, an association
/// or a company does (镇综合文化站尹晓萌、镇中心小学韩雪); its name, two or three characters (four after a double surname), ends the item (a pause,
/// a bracket, the line's end or a figure). Where two items of a line or more have a name by its
/// surname ([`listed_han_name`]), every item of that line whose name is no common noun, post or
/// body is a name too (訾德明, 仉振海: surnames the lexicon lacks).
fn village_roll_people(doc: &DocView) -> Vec<(usize, usize)> {
    let n = doc.chars.len();
    // (line start, name, by its surname)
    let mut found: Vec<(usize, (usize, usize), bool)> = Vec::new();
    for i in 2..n {
        // (a village or community, or a unit of the township: 综合文化站, 中心小学, 卫生院,
        // 派出所, 志愿者协会, 有限公司)
        // (not a hall: 西安分馆文济阁 names a building)
        let unit = matches!(doc.chars[i], '站' | '院' | '校' | '所' | '会' | '司') || doc.chars[i] == '学' && matches!(doc.chars[i - 1], '小' | '中' | '大');
        let place_end = if doc.chars[i] == '村' || unit {
            i + 1
        } else if doc.chars[i] == '区' && doc.chars[i - 1] == '社' {
            i + 1
        } else {
            continue;
        };
        // the item's start: after a pause, a colon or a rank
        let Some(open) = (i.saturating_sub(10)..i).rev().find(|&j| !is_han(doc.chars[j])) else { continue };
        let mut start = open + 1;
        if !matches!(doc.chars[open], '、' | '，' | '；' | '：' | '\n' | ':' | ';') {
            continue;
        }
        // (第一名龙车村…: past the rank)
        if doc.chars[start] == '第' {
            let Some(k) = (start + 1..i).find(|&k| doc.chars[k] == '名') else { continue };
            if !doc.chars[start + 1..k].iter().all(|&c| "一二三四五六七八九十".contains(c)) {
                continue;
            }
            start = k + 1;
        }
        if place_end - start < 3 || doc.str(start, place_end).ends_with("村村") {
            continue;
        }
        // (a unit's item ends at a pause: 理事会成员65名 is a count of its members)
        let ends_item = |e: usize| doc.chars.get(e).is_none_or(|&c| matches!(c, '、' | '，' | '；' | '。' | '（' | '\n' | ';') || c.is_ascii_digit() && !unit);
        let double = lexicon::DOUBLE_SURNAMES.contains(&doc.str(place_end, (place_end + 2).min(n)));
        let lens: &[usize] = if double { &[4, 3] } else { &[2, 3] };
        let Some(&len) = lens.iter().find(|&&l| place_end + l <= n && doc.chars[place_end..place_end + l].iter().all(|&c| is_han(c)) && ends_item(place_end + l)) else { continue };
        let (b, e) = (place_end, place_end + len);
        let name = doc.str(b, e);
        let body = name.ends_with(['村', '镇', '乡', '组', '屯', '社', '队', '站', '所', '会', '局', '院', '校', '部', '室', '户', '家', '区', '委', '办', '厂', '场']);
        if body || lexicon::is_common_noun(name) || lexicon::is_post(name) || lexicon::FORMS_OF_ADDRESS.iter().any(|k| name.ends_with(k)) {
            continue;
        }
        // (各村推荐、: not one word that is a verb, an adjective or a function word)
        let one_word = doc.toks_between(b, e).next().is_some_and(|t| (t.begin, t.end) == (b, e) && matches!(t.tag, Tag::Verb | Tag::Adjective | Tag::Function));
        // (成立/v|于: a verb of two characters or more starting it)
        let one_word = one_word || doc.tok_starting_at(b).is_some_and(|t| t.end <= e && t.len() >= 2 && t.tag == Tag::Verb);
        if one_word {
            continue;
        }
        let line = (0..start).rev().find(|&j| doc.chars[j] == '\n').map_or(0, |j| j + 1);
        found.push((line, (b, e), double || listed_han_name(doc, b, e)));
    }
    found
        .iter()
        .filter(|(line, _, _)| found.iter().filter(|(l, _, strict)| l == line && *strict).count() >= 2)
        .map(|&(_, span, _)| span)
        .collect()
}

fn add_person(doc: &DocView, cands: &mut Vec<Cand>, nb: usize, ne: usize) {
    if !cands.iter().any(|c: &Cand| c.begin < ne && nb < c.end) {
        cands.push(Cand::new(nb, ne, Class::Person, doc.text(nb, ne), Rule::Person));
    }
}

/// Does what follows `at` name a report or a speech, so that a 作 right before it is the
/// verb of making one (杨军作|工作报告; 刘奇作|的关于…的说明; 倪佳作|的《关于…》: perhaps after
/// 的 and a title mark)?
pub(crate) fn makes_a_report(doc: &DocView, at: usize) -> bool {
    let after = doc.str(at, (at + 9).min(doc.chars.len()));
    let after = after.strip_prefix('的').unwrap_or(after);
    let after = after.strip_prefix('《').unwrap_or(after);
    // (吉文光作|工会工作报告, 作|述职报告: a body's or a field's report, up to four characters
    // naming whose)
    let field_report = after.char_indices().take(5).any(|(i, _)| i > 0 && after[i..].starts_with("工作报告") && after[..i].chars().all(is_han));
    // (雷振宇作|动员讲话, 作|表态发言: a speech of a kind, up to two characters naming which)
    let speech = after.char_indices().take(3).any(|(i, _)| i > 0 && (after[i..].starts_with("讲话") || after[i..].starts_with("发言")) && after[..i].chars().all(is_han));
    field_report || speech || ["报告", "工作报告", "政府工作报告", "主题报告", "述职报告", "专题报告", "发言", "表态发言", "交流发言", "讲话", "总结", "关于", "说明", "汇报"].iter().any(|r| after.starts_with(r))
}

/// A character jieba glues to the end of a name that starts the next word (孙龙以|2分,
/// 吴玉韶作|报告): a glue character, or the first of 作报告 or 说.
fn ends_with_glued_word(c: char) -> bool {
    crate::segment::is_glue_char(c) || matches!(c, '作' | '说')
}

/// Do the two characters at `at` say what a person named right before does (主持, 介绍:
/// one of the two-character [`NAME_FOLLOWERS`])?
fn follows_a_name(doc: &DocView, at: usize) -> bool {
    let after = doc.str(at, (at + 2).min(doc.chars.len()));
    // (黄绍/nr|坤/ns|说：: or the 说 that opens a quote)
    NAME_FOLLOWERS.iter().any(|f| f.chars().count() == 2 && after == *f)
        || doc.chars.get(at) == Some(&'说') && doc.chars.get(at + 1).is_some_and(|c| matches!(c, '：' | ':' | '，' | '“'))
}

/// Does `text` open with a word of two characters or more of what people named in reports
/// do (带领, 应邀, 主持): strong enough to end a name before it.
fn acts_next(text: &str) -> bool {
    NAME_FOLLOWERS.iter().any(|f| f.len() > 3 && text.starts_with(f))
}

/// What people named in reports are said to do right after their names (主持会议,
/// 带队, 介绍): a word jieba may glue into a noun.
const NAME_FOLLOWERS: &[&str] = &[
    "主持", "出席", "表示", "介绍", "指出", "强调", "讲话", "调研", "带队", "带领", "参加", "陪同", "要求", "一行", "同志", "来到", "深入", "前往",
    "看望", "慰问", "通报", "宣读", "告诉", "认为", "希望", "说", "评价", "坦言", "感慨", "建议",
    // (律师陆/海鸥/n|现场为农民工…: where the person did it)
    "现场",
    // (镇长王/立新/代表镇人民政府作报告, 韩立新所作的报告: what a head does at a congress)
    "代表", "所作", "致辞", "宣布",
    // and the adverbs that start what they do (老党员谢/德安/主动认领)
    "主动", "积极", "带头", "每天", "一直", "多次", "先后", "已经", "正在", "也", "还", "又", "就", "曾",
    // (董事长包立群|在发言中表示, 农艺师孙立华|常年…, 村民谯德福|一边…)
    "在发言", "在会上", "常年", "一边", "担任",
    // (书记邹/国华|每月组织…, 主任牛/建军|全程参与…, 所长么建新|一同上门: how often, how
    // far or with whom the person does it; 传承人韩/桂兰|领办, 主任农德光|会同…: or what a
    // head does with a body)
    "每月", "每周", "每天", "每年", "全程", "专门", "当场", "到场", "一同", "正忙", "正对", "领办", "会同", "听取", "汇报", "牵头",
    // (副主席阿依努尔·卡德尔|应邀出席: one invited)
    "应邀",
    // (书记聂/文龙|表态/n, 从书记范志/刚|手中接过: what the person declared, or the hands
    // something is taken from; 作 of making a report)
    "表态", "发言", "手中", "亲自", "谈到", "回忆", "笑着", "作",
    // (董事长覃/建华|领衔提出建议: a deputy leading a motion)
    "领衔",
];

/// The kind word that closes a run of quotes going on at `at` (more quotes, then perhaps
/// 等, then the kind: ”“歌圩节”等特色文化品牌 → 品牌), or right after 等 (”等行动).
fn quote_run_kind(doc: &DocView, mut at: usize, end: usize) -> Option<&'static str> {
    let mut quotes = 0;
    loop {
        match doc.chars.get(at) {
            Some('、' | '和' | '与' | '及') if at < end && doc.chars.get(at + 1) == Some(&'“') => at += 1,
            Some('“') if at < end => {
                at = (at + 1..(at + 20).min(end)).find(|&i| doc.chars[i] == '”')? + 1;
                quotes += 1;
            }
            _ => break,
        }
    }
    let after_deng = doc.chars.get(at) == Some(&'等');
    if !after_deng && quotes == 0 {
        return None;
    }
    let at = at + usize::from(after_deng);
    // (a short description may stand before the kind: 等特色文化品牌)
    (0..=4).find_map(|gap| {
        let from = at + gap;
        if gap > 0 && !doc.chars.get(at..from).is_some_and(|cs| cs.iter().all(|&c| is_han(c))) {
            return None;
        }
        let rest = doc.str(from.min(end), end.min(from + 6));
        lexicon::INITIATIVE_KIND_WORDS
            .iter()
            .filter(|k| k.chars().count() >= 2 && rest.starts_with(**k) && doc.is_tok_end(from + k.chars().count()))
            .max_by_key(|k| k.len())
            .copied()
    })
}

/// Two events a 暨 joins are one (“接诉即办”工作推进会暨“每月一题”专题调度会): one span,
/// named by both, and by each alone.
/// A quoted name and the project named right after it (“千亩荷塘”田园综合体项目) are one
/// project, named by both (千亩荷塘田园综合体项目), not a programme and a project of its own.
/// (Not works of improving a programme's object: “四好农村路”提升工程 — the annotators keep the
/// programme 四好农村路 beside it, and the figures of the clauses after it are the town's.)
fn quoted_projects(doc: &DocView, mut cands: Vec<Cand>) -> Vec<Cand> {
    // (the projects by where they begin, looked up once per quote)
    let mut projects: HashMap<usize, usize> = HashMap::default();
    for (i, p) in cands.iter().enumerate().filter(|(_, p)| p.class == Class::Project && p.end - p.begin >= 3) {
        projects.entry(p.begin).or_insert(i);
    }
    let mut merged = Vec::new();
    for (qi, q) in cands.iter().enumerate().filter(|(_, q)| q.class == Class::Initiative && q.rule == Rule::Quoted) {
        let (ob, ce) = (q.begin, q.end);
        if !(doc.chars.get(ob) == Some(&'“') && ce >= 2 && doc.chars[ce - 1] == '”') {
            continue;
        }
        let inner = q.name.replace(['“', '”'], "");
        // (not “四议两公开”|议出/v|民心工程, “土乡大讲堂”|等/…: a verb or a function word after the
        // quote says something of it)
        if doc.tok_starting_at(ce).is_none_or(|t| matches!(t.tag, Tag::Verb | Tag::Function | Tag::Punct)) {
            continue;
        }
        if let Some(&pi) = projects.get(&ce) {
            merged.push((qi, pi, inner));
        }
    }
    let mut drop = vec![false; cands.len()];
    for (qi, pi, inner) in merged {
        let begin = cands[qi].begin;
        let p = &mut cands[pi];
        let written = doc.text(p.begin, p.end);
        let own = std::mem::replace(&mut p.name, format!("{inner}{written}"));
        let mut with_own: Vec<String> = p.alts.iter().map(|a| format!("{inner}{a}")).collect();
        // (…田园综合体|项目: and with the 项目 written after it)
        if doc.str(p.end, (p.end + 2).min(doc.chars.len())) == "项目" && !written.ends_with("项目") {
            with_own.push(format!("{inner}{written}项目"));
        }
        p.alts.push(own);
        p.alts.extend(with_own);
        p.alts.push(inner);
        p.alts.retain(|a| *a != p.name);
        p.alts.sort();
        p.alts.dedup();
        p.begin = begin;
        drop[qi] = true;
    }
    let mut dropped = drop.into_iter();
    cands.retain(|_| !dropped.next().unwrap_or(false));
    cands
}

/// A name found by its suffix starts after the words of the sentence its walk took in
/// (乔立新|受|镇人民政府委托, 工作组|由|北于村党支部…, 均|经|村党支部, 争取|旗农牧局, 国投|选派|
/// 公司, “|报告|指挥部, 龙头企业|四川橙冠农业开发有限公司): a preposition, a copula or a verb
/// of asking, sending or reporting, one word of its own, or a kind of enterprise, with a
/// name of three characters or more after it.
fn sentence_words_before_name(doc: &DocView, c: &mut Cand) {
    const WORDS: [&str; 21] = [
        "受", "由", "是", "按", "被", "把", "经", "另有", "抓好", "争取", "选派", "报告",
        // (谈起|镇妇联, 统筹|镇团委, …组成|秸秆禁烧巡查队, 资助|…第二完全小学; not 联合, which starts names: 美国联合电脑公司)
        "谈起", "统筹", "组成", "资助", "交到", "推介", "解决", "彻底解决", "带货",
    ];
    let cut = doc
        .toks_between(c.begin, c.end)
        // (not the first character of a place's name: 由/旺镇人民政府)
        .filter(|t| t.end + 3 <= c.end && !doc.chars.get(t.end + 1).is_some_and(|&l| "镇乡县村".contains(l)))
        .filter_map(|t| {
            let w = doc.word_str(t);
            if WORDS.contains(&w) && matches!(t.tag, Tag::Verb | Tag::Function | Tag::Noun) || w == "龙头企业" {
                Some((t.end, t.tag == Tag::Verb))
            } else {
                // (请县/n|农技推广站, 按村/n|红白理事会: the level word starts the name)
                glued_to_level(doc, t).then_some((t.begin + 1, false))
            }
        })
        .last();
    if let Some((at, verb)) = cut {
        c.begin = at;
        c.name = doc.text(at, c.end);
        // (交到|合作社: the object of a verb, a kind alone, names nothing; an empty name is no
        // entity; but 报告|指挥部 speaks of the one named before)
        if verb && lexicon::SUFFIXES.iter().any(|s| s.text == c.name) {
            c.name.clear();
        }
        // (谈起|镇妇联: the body of the report's place at that level, as a suffix name said so is)
        if c.relative.is_none() && c.class.family() == Family::Organization && c.name.chars().count() >= 3 {
            c.relative = c.name.chars().next().filter(|l| "镇乡".contains(*l));
        }
    }
}

/// Does a website's word follow `at` (…人民政府网, …人民政府网站), ending there?
fn website_at(doc: &DocView, at: usize) -> bool {
    doc.chars.get(at) == Some(&'网') && doc.chars.get(at + 1).is_none_or(|&c| c == '站' || !is_han(c))
}

/// A themed party day the report names (开展“学党章、守初心”主题党日活动) is what its bare
/// mentions speak of (以这次主题党日为契机, 此次主题党日活动): those become mentions of the one
/// event, where the report names one, instead of the programme of party days.
fn themed_party_days(mut cands: Vec<Cand>) -> Vec<Cand> {
    let mut named = cands.iter().filter(|c| c.class == Class::Event && c.name.ends_with("主题党日活动") && c.name.chars().count() > 6).map(|c| c.name.clone());
    let Some(event) = named.next() else { return cands };
    if named.any(|n| n != event) {
        return cands;
    }
    for c in cands.iter_mut().filter(|c| c.class == Class::Initiative && matches!(c.name.as_str(), "主题党日" | "主题党日活动")) {
        c.class = Class::Event;
        c.alts.push(std::mem::replace(&mut c.name, event.clone()));
    }
    cands
}

/// A name the text gives in brackets right after a name (…强村发展有限公司（以下简称“富村公司”）,
/// …综合服务中心（以下简称镇综治中心）) is that thing's, wherever the text uses it: the short
/// name becomes a mention of the same class whose other name is the full one (resolve groups
/// the names of a family), found there whatever the detector made of it.
fn short_names_given(doc: &DocView, mut cands: Vec<Cand>) -> Vec<Cand> {
    let mut given: Vec<(Class, String, usize, usize)> = vec![]; // (the named thing, short name's begin, end)
    for c in &cands {
        if !matches!(doc.chars.get(c.end), Some('（' | '(')) || c.class.family() == Family::Person {
            continue;
        }
        let rest = doc.str(c.end + 1, (c.end + 24).min(doc.chars.len()));
        let Some(lead) = ["以下简称为", "以下简称", "下称", "简称"].iter().find(|w| rest.starts_with(**w)) else { continue };
        let mut b = c.end + 1 + lead.chars().count();
        let quoted = doc.chars.get(b) == Some(&'“');
        b += usize::from(quoted);
        let Some(e) = (b..(b + 13).min(doc.chars.len())).find(|&k| matches!(doc.chars[k], '”' | '）' | ')' | '，' | '、' | '。')) else { continue };
        let closes = if quoted { doc.chars[e] == '”' } else { matches!(doc.chars[e], '）' | ')') };
        if closes && (2..=12).contains(&(e - b)) && doc.chars[b..e].iter().all(|&c| is_han(c) || c.is_ascii_alphanumeric()) {
            given.push((c.class, c.name.clone(), b, e));
        }
    }
    if given.is_empty() {
        return cands;
    }
    for (class, full, b, e) in given {
        let short = doc.text(b, e);
        if short == full {
            continue;
        }
        // (the detector's own mention of it, whatever it took it for, gives way)
        cands.retain(|c| !(c.begin < e && b < c.end));
        let mut c = Cand::new(b, e, class, short, Rule::Suffix);
        c.alts.push(full);
        cands.push(c);
    }
    cands.sort_by_key(|c| (c.begin, std::cmp::Reverse(c.end)));
    cands
}

/// The kind word a named event ends with (…板栗文化旅游节 → 旅游节), said alone later in the
/// report (旅游节期间, 为期三天的旅游节共接待游客…), speaks of that event: each such word, where
/// jieba reads it as a word of its own and no name holds it, becomes a mention that resolve
/// gives the full name of the last event before it whose name ends so (as for 本届旅游节).
fn event_kind_mentions(doc: &DocView, mut cands: Vec<Cand>) -> Vec<Cand> {
    let mut kinds: Vec<(&'static str, usize, Vec<&str>)> = vec![];
    for c in cands.iter().filter(|c| c.class == Class::Event && c.relative.is_none()) {
        // (three characters at least: 大会, 会议 and 仪式 said alone are read elsewhere; not the
        // sessions of a congress, 代表大会, 全体会议, which are many)
        let kind = lexicon::event_kind(&c.name, 3).filter(|k| !matches!(*k, "代表大会" | "全体会议") && c.name.len() > k.len());
        if let Some(k) = kind {
            match kinds.iter_mut().find(|(w, _, _)| *w == k) {
                Some((_, _, names)) => names.push(&c.name),
                None => kinds.push((k, c.end, vec![&c.name])),
            }
        }
    }
    let mut found = vec![];
    // (only where the report names one or two events of that kind, each perhaps in longer
    // and shorter forms: a newspaper's day holds dozens of 座谈会, and the kind alone says
    // none of them)
    for (kind, from, names) in kinds.into_iter().filter(|(_, _, names)| lexicon::distinct_events(names) <= 2) {
        let n = kind.chars().count();
        for at in from..doc.chars.len().saturating_sub(n - 1) {
            if !doc.chars[at..at + n].iter().copied().eq(kind.chars()) || doc.tok_starting_at(at).is_none() || doc.tok_ending_at(at + n).is_none() {
                continue;
            }
            // (专场|招聘会: with the words before it that end the event's name too)
            let mut begin = at;
            while let Some(t) = doc.tok_ending_at(begin).filter(|t| t.tag == Tag::Noun && names.iter().any(|name| name.ends_with(doc.str(t.begin, at + n)))) {
                begin = t.begin;
            }
            // (县旅游节, 第二届旅游节: a word before it that would name another; but 第一期培训班,
            // a batch of it)
            let before = doc.tok_ending_at(begin).map(|t| (t.tag, doc.str(t.begin, t.end)));
            if before.is_some_and(|(tag, w)| !matches!(tag, Tag::Punct | Tag::Function | Tag::Verb | Tag::Pronoun | Tag::Time) && w != "的" && !(w.starts_with('第') && w.ends_with(['期', '批']))) {
                continue;
            }
            // (举办专场招聘会26场, 定期举办招聘会: events of the kind, counted or to come; not
            // 文化节3天累计…)
            let counted = doc.tok_starting_at(at + n).is_some_and(|t| t.tag == Tag::Numeral && doc.chars.get(t.end).is_some_and(|c| "场次届期个批轮".contains(*c)));
            if doc.held_right_before(begin) || counted {
                continue;
            }
            if cands.iter().chain(&found).any(|c: &Cand| c.begin < at + n && begin < c.end) {
                continue;
            }
            let mut c = Cand::new(begin, at + n, Class::Event, doc.text(begin, at + n), Rule::Suffix);
            c.relative = Some('届');
            found.push(c);
        }
    }
    if !found.is_empty() {
        cands.extend(found);
        cands.sort_by_key(|c| (c.begin, std::cmp::Reverse(c.end)));
    }
    cands
}

fn join_events(doc: &DocView, mut cands: Vec<Cand>) -> Vec<Cand> {
    let mut i = 0;
    while i < cands.len() {
        let a = &cands[i];
        if a.class == Class::Event && doc.chars.get(a.end) == Some(&'暨') {
            // (the second may start inside its quote)
            let at = a.end + 1 + usize::from(doc.chars.get(a.end + 1) == Some(&'“'));
            if let Some(j) = (i + 1..cands.len()).take_while(|&j| cands[j].begin <= at).find(|&j| cands[j].begin >= a.end + 1 && cands[j].class == Class::Event) {
                let b = cands.remove(j);
                let a = &mut cands[i];
                let unquoted = |n: &str| n.replace(['“', '”'], "");
                let first = unquoted(&std::mem::take(&mut a.name));
                a.name = format!("{first}暨{}", unquoted(&b.name));
                a.alts.push(first);
                a.alts.push(unquoted(&b.name));
                a.alts.extend(b.alts.iter().map(|n| unquoted(n)));
                a.alts.sort();
                a.alts.dedup();
                a.end = b.end;
                continue; // (a third may follow)
            }
        }
        i += 1;
    }
    cands
}

/// Starts `c` at `begin`, before it: its name and its other names take the words between.
fn widen_to(doc: &DocView, c: &mut Cand, begin: usize) {
    let head = doc.text(begin, c.begin);
    c.name = format!("{head}{}", c.name);
    for a in c.alts.iter_mut() {
        *a = format!("{head}{a}");
    }
    c.begin = begin;
}

/// Does `prefix`, the words before 活动 from `begin`, name one activity the report tells of:
/// a year or a session (2025年…, 第二届…), a place it starts with (青禾镇…), a day or a
/// festival (重阳节…, 七一主题党日…, 6·26国际禁毒日…), a theme set apart (护河净滩·共植绿荫…),
/// two joined by 暨, or a signing or a branch venue (集中签约开工…, …分会场…)? Not a kind
/// of activity (志愿服务, 各类, 系列).
fn activity_named(doc: &DocView, prefix: &str, begin: usize) -> bool {
    if ["各类", "各种", "系列", "多项", "此类", "这些", "相关", "一些", "等"].iter().any(|k| prefix.contains(k)) {
        return false;
    }
    // (北方地区冷空气|活动, 欧元区商业|活动, …地区恐怖|活动: what goes on in a place, no event)
    const GOINGS_ON: [&str; 16] = ["恐怖", "人类", "商业", "经济", "冷空气", "违法", "犯罪", "非法", "地震", "火山", "军事", "对流", "降水", "市场", "走私", "地质"];
    if GOINGS_ON.iter().any(|k| prefix.ends_with(k)) {
        return false;
    }
    let year = prefix.char_indices().any(|(i, c)| c == '年' && i >= 4 && prefix[..i].chars().rev().take(4).all(|d| d.is_ascii_digit()));
    let session = prefix.contains('第') && prefix.contains('届');
    let place = doc.tok_starting_at(begin).is_some_and(|t| t.len() >= 2 && (t.tag == Tag::PlaceName || ends_with_division_suffix(doc.word_str(t))) && !lexicon::LEVEL_WORDS.contains(&doc.word_str(t)))
        // (or a township's name of two to five characters first, whatever jieba tagged it)
        || prefix.char_indices().take(6).skip(2).any(|(i, _)| prefix[..i].ends_with(['镇', '乡']) || prefix[..i].ends_with("街道"));
    let day = ["节", "党日", "纪念日", "宣传日", "禁毒日", "七一", "八一", "五四", "六一", "重阳", "端午", "中秋", "元宵", "三月三"].iter().any(|k| prefix.contains(k));
    let set_apart = prefix.contains('·') || prefix.contains('暨');
    let kind = ["签约", "开工", "揭牌", "分会场", "专场"].iter().any(|k| prefix.contains(k));
    year || session || place || day || set_apart || kind
}

/// The trade name of a company the text names, as a project named with it starts
/// (河南恒钜新材料科技有限公司 → 恒钜): the company's first two characters after the places its
/// name starts with (a place found at its start, or a province's short name), when more of
/// its name follows; `None` when they name a place.
pub(crate) fn trade_head(doc: &DocView, name: &str, place_len: usize) -> Option<String> {
    let mut rest = name.chars().skip(place_len).collect::<String>();
    if place_len == 0 {
        if let Some(p) = lexicon::PROVINCE_SHORT_NAMES.iter().find(|p| rest.starts_with(**p)) {
            rest = rest[p.len()..].trim_start_matches('省').to_string();
        }
    }
    let head: String = rest.chars().take(2).collect();
    let place = lexicon::PROVINCE_SHORT_NAMES.contains(&head.as_str()) || doc.segmenter.is_some_and(|s| s.is_place(&head)) || head.ends_with(['省', '市', '县', '区', '州', '镇', '乡', '村']);
    (rest.chars().count() >= 6 && head.chars().all(is_han) && !place && !is_generic_prefix(&head) && !lexicon::is_common_noun(&head)).then_some(head)
}

/// The two characters before every level word of the text (枫泽 of 枫泽市): the names a
/// trade name must not be, a place the text names (枫泽|云图…公司 beside 枫泽市). One pass over
/// the text, made only where a trade name names a project.
pub(crate) fn place_stems(doc: &DocView) -> rustc_hash::FxHashSet<String> {
    let c = &doc.chars;
    (2..c.len()).filter(|&i| matches!(c[i], '省' | '市' | '县' | '区' | '州' | '镇' | '乡' | '村') && is_han(c[i - 2]) && is_han(c[i - 1])).map(|i| doc.text(i - 2, i)).collect()
}

/// (恒钜|年产20万吨高性能铝合金板带项目: a project named by a capacity, right after the trade
/// name of a company the text names, is named with it; the name by its capacity alone stays
/// one of its names)
fn trade_names_before_capacities(doc: &DocView, mut cands: Vec<Cand>) -> Vec<Cand> {
    let by_capacity = |c: &Cand| c.class == Class::Project && c.rule == Rule::Suffix && c.begin >= 2 && ["年产", "日产", "年处理", "日处理", "年加工", "年出栏", "年屠宰"].iter().any(|l| c.name.starts_with(l));
    // (looked up only where a project is named by its capacity, and each place once: a
    // newspaper's day names thousands of companies and places)
    if !cands.iter().any(by_capacity) {
        return cands;
    }
    let mut place_ends: HashMap<usize, usize> = HashMap::default();
    let mut place_heads: rustc_hash::FxHashSet<String> = Default::default();
    for p in cands.iter().filter(|p| matches!(p.class, Class::AdministrativeDivision | Class::Community)) {
        if p.class == Class::AdministrativeDivision {
            let e = place_ends.entry(p.begin).or_default();
            *e = (*e).max(p.end);
        }
        place_heads.insert(p.name.chars().take(2).collect());
    }
    let heads: Vec<String> = cands
        .iter()
        .filter(|c| c.class == Class::Company && c.name.ends_with("公司"))
        .filter_map(|c| {
            let place = place_ends.get(&c.begin).filter(|&&e| e < c.end).map_or(0, |&e| e - c.begin);
            trade_head(doc, &c.name, place)
        })
        // (not a place's name the company is named after: 鸿兴|牧业… and 鸿兴镇)
        .filter(|h| !place_heads.contains(h))
        .collect();
    if heads.is_empty() {
        return cands;
    }
    let stems = std::cell::OnceCell::new();
    for c in cands.iter_mut().filter(|c| by_capacity(c)) {
        let at = c.begin - 2;
        let head = doc.str(at, c.begin);
        if heads.iter().filter(|h| h.as_str() == head).count() == 1 && doc.is_tok_start(at) && phrase_starts(doc, at) && !stems.get_or_init(|| place_stems(doc)).contains(head) {
            let alone = c.name.clone();
            widen_to(doc, c, at);
            c.alts.push(alone);
        }
    }
    cands
}

/// A township's name without the people it is of (八道哨彝族 → 八道哨, 长哨营满族 →
/// 长哨营, 三江苗族侗族 → 三江): `None` when it names no people.
fn ethnic_stem(stem: &str) -> Option<&str> {
    // (布依族, 土家族: peoples of two characters or more; else one: 彝族, 回族, 民族)
    const PEOPLES: [&str; 30] = [
        "布依", "土家", "仡佬", "毛南", "哈尼", "傈僳", "纳西", "拉祜", "景颇", "普米", "阿昌", "德昂", "基诺", "鄂伦春", "鄂温克",
        "达斡尔", "锡伯", "东乡", "保安", "撒拉", "裕固", "柯尔克孜", "哈萨克", "塔吉克", "乌孜别克", "俄罗斯", "维吾尔", "蒙古", "朝鲜", "塔塔尔",
    ];
    let before = stem.strip_suffix('族')?;
    let people = PEOPLES.iter().find(|p| before.ends_with(*p)).map_or_else(|| before.chars().next_back().map_or(0, char::len_utf8), |p| p.len());
    let rest = &before[..before.len() - people];
    // (苗族侗族乡: two peoples)
    Some(ethnic_stem(rest).unwrap_or(rest))
}

/// A body's or project's name that starts inside a village's or community's name jieba
/// cut (前/李村|党支部, 同心/苑社区|党委, 后/塘村|党支部) starts where that name does, when
/// another reading found the whole (前李村 enumerated, 同心苑社区 said alone).
fn widen_to_places(doc: &DocView, mut cands: Vec<Cand>) -> Vec<Cand> {
    // (崇仁县|礼陂众旺麻鸡养殖专业合作社标准化养殖基地: a project named after the company or
    // co-operative whose name it starts inside starts where that name does, which stays a
    // name of its own inside it)
    let bodies: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.rule == Rule::Suffix && c.relative.is_none() && matches!(c.class, Class::Company | Class::SocialOrganization | Class::Organization) && (c.name.ends_with("公司") || c.name.ends_with("合作社")))
        .map(|c| (c.begin, c.end))
        .collect();
    for c in cands.iter_mut().filter(|c| c.class == Class::Project && c.rule == Rule::Suffix) {
        if let Some(&(ob, _)) = bodies.iter().find(|&&(ob, oe)| ob < c.begin && c.begin < oe && oe < c.end) {
            widen_to(doc, c, ob);
            c.relative = None;
        }
    }
    // (三门/坡镇|应急救援志愿服务队, 达/牛镇|卫生院: a township's name cut off too)
    // (定兴/a|县委: or a county's; not a city's or province's: 合肥|市同…)
    let places: Vec<(usize, usize, bool)> = cands
        .iter()
        .filter(|c| c.rule != Rule::SelfReference)
        .filter(|c| c.class == Class::Community || c.class == Class::AdministrativeDivision && !c.name.ends_with(['市', '省']))
        .map(|c| (c.begin, c.end, c.rule == Rule::Gazetteer))
        .collect();
    if places.is_empty() {
        return cands;
    }
    // (运/漕/v|古镇文旅提升项目: a project named after a township's short name, which jieba
    // cut into words that stop names; the townships the text names give the short names)
    let stems: Vec<String> = cands
        .iter()
        .filter(|c| c.class == Class::AdministrativeDivision && c.rule != Rule::SelfReference && c.name.chars().count() >= 3)
        .filter_map(|c| c.name.strip_suffix(['镇', '乡']).map(str::to_string))
        // (八道哨彝族乡 → 八道哨|集镇污水处理工程, 长哨营满族乡: an ethnic township goes by its
        // name without its people's name too)
        .flat_map(|stem| {
            let short = ethnic_stem(&stem).filter(|s| s.chars().count() >= 2).map(str::to_string);
            std::iter::once(stem).chain(short)
        })
        .collect();
    // (阜宁县|羊寨/nr|城镇建设投资有限公司, 丘北县|八道/哨富民辣椒种植专业合作社: a company or
    // co-operative too, the short name after its county's)
    // (武穴市|梅川/nr|城镇建设投资有限公司: a county-level city's too, which `places` leaves out)
    let cities: Vec<(usize, usize)> = cands.iter().filter(|c| c.class == Class::AdministrativeDivision && c.rule == Rule::Gazetteer && c.name.ends_with('市')).map(|c| (c.begin, c.end)).collect();
    let county_before = |at: usize| places.iter().copied().chain(cities.iter().map(|&(pb, pe)| (pb, pe, true))).find(|&(_, pe, official)| official && pe == at).map(|(pb, _, _)| pb);
    for c in cands.iter_mut().filter(|c| (c.class == Class::Project || matches!(c.class, Class::Company | Class::SocialOrganization)) && c.rule == Rule::Suffix) {
        // (八道/哨集镇污水处理工程: or starts inside it, the rest of it in the name)
        let project = c.class == Class::Project;
        let Some(k) = stems.iter().find_map(|s| {
            let n = s.chars().count();
            (1..=n).find(|&k| {
                c.begin >= k
                    && c.begin - k + n <= c.end
                    && doc.str(c.begin - k, c.begin - k + n) == s.as_str()
                    && doc.is_tok_start(c.begin - k)
                    && (project && phrase_starts(doc, c.begin - k) || !project && county_before(c.begin - k).is_some())
            })
        }) else {
            continue;
        };
        widen_to(doc, c, c.begin - k);
        // (and the county's name before it, as a company's name is written: 阜宁县|羊寨…公司;
        // without it too)
        if let Some(pb) = county_before(c.begin).filter(|_| !project) {
            let short = c.name.clone();
            widen_to(doc, c, pb);
            c.alts.push(short);
        }
    }
    for c in cands.iter_mut().filter(|c| matches!(c.class.family(), crate::model::Family::Organization | crate::model::Family::Project | crate::model::Family::Event) && c.rule == Rule::Suffix) {
        // (two characters of the place at least: 三门|坡镇; or its level word, when that
        // starts its committee or government: 定兴|县委; not 联合|镇应急管理办公室)
        let committee = c.name.char_indices().nth(1).is_some_and(|(i, _)| ["委", "党委", "人民政府", "政府"].iter().any(|k| c.name[i..].starts_with(k)));
        // (理合/务/镇党委: a committee that starts at the level word of a longer name)
        // (排先拜/巴扎镇|农产品恒温库项目: any length of an official name the gazetteer found)
        let Some(&(pb, _, _)) = places
            .iter()
            // (四/m|都/p|乡|旅游专业合作社: or at the township's level word alone, the name's rest
            // cut off by words that stop names)
            .find(|&&(pb, pe, official)| {
                // (not 联合|镇派出所: the verb before a town's body, which a township is named too)
                let level_word = official && c.begin + 1 == pe && matches!(doc.chars[c.begin], '乡' | '镇') && !doc.tok_starting_at(pb).is_some_and(|t| t.tag == Tag::Verb && t.end < pe);
                pb < c.begin && (c.begin + 2 <= pe || c.begin < pe && (committee || level_word)) && pe < c.end && (c.begin - pb <= 2 || official || committee && c.begin + 1 == pe && c.begin - pb <= 4)
            })
        else {
            continue;
        };
        let widened = doc.text(pb, c.begin);
        if !widened.chars().all(is_han) {
            continue;
        }
        widen_to(doc, c, pb);
        // (named by its place now, not relative to the report's)
        c.relative = None;
    }
    // (统一/输送/至坳/仔镇|污水处理厂: a project's name that ran back over the verb of a clause
    // past the township it is named after starts at the township)
    for c in cands.iter_mut().filter(|c| c.class == Class::Project && c.rule == Rule::Suffix) {
        let inner = places.iter().filter(|&&(pb, pe, official)| official && c.begin < pb && pe < c.end).map(|&(pb, _, _)| pb).min();
        // (not a name that holds another's: 引水工程|大理段…工程)
        let runs_over_verb = |pb: usize| doc.toks_between(c.begin, pb).any(|t| t.tag == Tag::Verb && t.len() >= 2 && t.end <= pb) && !["工程", "项目"].iter().any(|k| doc.str(c.begin, pb).contains(k));
        if let Some(pb) = inner.filter(|&pb| runs_over_verb(pb)) {
            c.begin = pb;
            c.name = doc.text(pb, c.end);
        }
    }
    cands
}

/// Settles overlaps: crossing spans keep the longer (then the higher rule); a span
/// nested in a longer one is kept when its kind can be part of another thing.
pub fn select(cands: Vec<Cand>) -> Vec<Cand> {
    let by_start = cands.len() > 256;
    settle(cands, by_start)
}

/// [`select`], asking every kept span about each candidate, or (`by_start`, for long
/// documents) only those that start near it: the same result.
fn settle(mut cands: Vec<Cand>, by_start: bool) -> Vec<Cand> {
    cands.sort_by(|a, b| b.len().cmp(&a.len()).then(b.rule.cmp(&a.rule)).then(a.begin.cmp(&b.begin)));
    // does the kept `k` keep `c` out?
    let blocks = |k: &Cand, c: &Cand| {
        k.begin == c.begin && k.end == c.end // same span, a stronger reading is already kept
            || k.begin < c.end && c.begin < k.end && !k.contains(c) // crossing
            || k.contains(c) && !nestable(k, c)
    };
    let mut kept: Vec<Cand> = Vec::new();
    if !by_start {
        for c in cands {
            if !kept.iter().any(|k| blocks(k, &c)) {
                kept.push(c);
            }
        }
    } else {
        // (a long document: the kept spans by their start, so that only those that may
        // touch a span are asked about it; the longest comes first, so none starts more
        // than `longest` before it)
        let longest = cands.first().map_or(0, Cand::len);
        let mut kept_from: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for c in cands {
            let mut near = kept_from.range(c.begin.saturating_sub(longest)..=c.end).flat_map(|(_, ks)| ks);
            if !near.any(|&k| blocks(&kept[k], &c)) {
                kept_from.entry(c.begin).or_default().push(kept.len());
                kept.push(c);
            }
        }
    }
    kept.sort_by_key(|c| (c.begin, std::cmp::Reverse(c.end)));
    kept
}

/// May `inner` stand as a mention of its own inside `outer`?
/// Events held to announce, open or close another (…旅游节|新闻发布会, …运动会|开幕式): the
/// other is named whole before them.
const ANNOUNCING_EVENTS: &[&str] = &["新闻发布会", "发布会", "新闻通气会", "通气会", "推介会", "启动仪式", "开幕式", "闭幕式", "开幕仪式", "闭幕仪式", "颁奖典礼", "颁奖仪式"];

fn nestable(outer: &Cand, inner: &Cand) -> bool {
    use crate::model::Family;
    // (县造纸厂|一期工程: a factory of the level's place stays inside its phase's works)
    if inner.rule == Rule::SelfReference || inner.relative.is_some() && !(outer.class == Class::Project && inner.class == Class::Project) {
        return false;
    }
    if inner.end == outer.end && inner.class.family() == outer.class.family() {
        return false; // 太湖艺术城 inside 环太湖艺术城: the same name read with a worse left edge
    }
    if inner.name == outer.name || outer.alts.contains(&inner.name) {
        return false; // 冷链仓储中心|项目: the project goes by the name, no body of that name is meant
    }
    // (柳溪村养老服务中心|建设项目: the same, a centre still to be built; not …卫生院|改扩建项目,
    // works on one that stands)
    let to_build = |n: &str| {
        let n = n.strip_suffix("项目").or_else(|| n.strip_suffix("工程")).unwrap_or(n);
        ["建设", "新建"].iter().any(|v| n.strip_suffix(v) == Some(inner.name.as_str()))
    };
    if outer.class == Class::Project && inner.begin == outer.begin && to_build(&outer.name) {
        return false;
    }
    match (outer.class.family(), inner.class.family()) {
        // a person's name holds no place (王丽水, 张常州)
        (Family::Person, _) => false,
        // (延吉新村|街道, 王村|镇: a division named after a village is no mention of the village)
        (_, Family::Place) if outer.class == Class::AdministrativeDivision && inner.class == Class::Community && inner.begin == outer.begin => false,
        (_, Family::Place) => matches!(inner.rule, Rule::Gazetteer | Rule::Suffix),
        (Family::Project, Family::Project) => true,
        (Family::Project | Family::Event, Family::Organization) => inner.rule == Rule::Suffix,
        // (“共富工坊”建设推进会: the programme quoted in a meeting's name)
        (Family::Event, Family::Initiative) => inner.rule == Rule::Quoted,
        // (2024年青禾镇油菜花文化旅游节|新闻发布会: the festival a press conference or a launch
        // announces, named whole before it)
        (Family::Event, Family::Event) => {
            inner.rule == Rule::Suffix && inner.begin == outer.begin && lexicon::event_kind(&inner.name, 2).is_some_and(|k| k.ends_with(['节', '赛'])) && ANNOUNCING_EVENTS.iter().any(|k| outer.name.strip_suffix(k) == Some(inner.name.as_str()))
        }
        (Family::Organization, Family::Organization) => {
            inner.rule == Rule::Suffix && inner.class != Class::PartyOrganization && !(inner.class == Class::Company && outer.class == Class::Company)
        }
        _ => false,
    }
}

/// Level of a one-char level word, for relative names.
pub fn level_of_word(w: char) -> Option<Level> {
    match w {
        '省' => Some(Level::Province),
        '市' => Some(Level::City),
        '区' | '县' | '旗' => Some(Level::County),
        // (苏: 苏木, Inner Mongolia's township)
        '镇' | '乡' | '街' | '苏' => Some(Level::Township),
        _ => None,
    }
}

/// The level a division's name says by its suffix (青禾镇, 鹤汀街道, 那日图苏木, 正蓝旗).
pub fn level_of_name(name: &str) -> Option<Level> {
    if name.ends_with("街道") || name.ends_with("苏木") {
        return Some(Level::Township);
    }
    name.chars().last().and_then(level_of_word)
}

/// Where the name of a national administration's local office ends, when one follows
/// the administration's name at `at`: a division (a place's name or a word ending with a
/// level character) and the office's kind (税务局, 监管分局, 中心支行, 调查队), within ten
/// characters, the kind ending a word.
fn local_office_end(doc: &DocView, at: usize) -> Option<usize> {
    const KINDS: [&str; 9] = ["税务局", "监管分局", "监管局", "中心支行", "分行", "支行", "调查总队", "调查队", "分局"];
    let run = doc.chars[at..(at + 12).min(doc.chars.len())].iter().take_while(|&&c| is_han(c)).count();
    let window = doc.str(at, at + run);
    // (the levels of a place an office serves: 省 … 县, and 州 旗 盟)
    let level = |w: &str| w.ends_with(['省', '市', '县', '区', '州', '旗', '盟']);
    let first = doc.tok_starting_at(at)?;
    // (孟村/nr|回族|自治县: or an autonomous county's or prefecture's name, its people between)
    let autonomous = || first.tag.is_nominal() && ["自治县", "自治州", "自治旗"].iter().any(|k| window.contains(k));
    let division_first = first.tag == Tag::PlaceName || level(doc.word_str(first)) || autonomous();
    if !division_first {
        return None;
    }
    KINDS.iter().find_map(|k| {
        let i = window.find(k)?;
        let end = at + window[..i].chars().count() + k.chars().count();
        let place = doc.str(at, end - k.chars().count());
        (place.chars().count() >= 2 && level(place) || doc.tok_ending_at(end - k.chars().count()).is_some_and(|p| p.tag == Tag::PlaceName))
            .then_some(end)
            .filter(|&e| doc.is_tok_end(e))
    })
}

/// The end of a local office's own office named right after it (国家税务总局睢县税务局|
/// 辛店税务分局, …税务局|第三税务所): its township or number and its kind, one name.
fn sub_office_end(doc: &DocView, at: usize) -> Option<usize> {
    const KINDS: [&str; 3] = ["税务分局", "税务所", "分局"];
    let run = doc.chars[at..(at + 9).min(doc.chars.len())].iter().take_while(|&&c| is_han(c)).count();
    let window = doc.str(at, at + run);
    if window.starts_with(crate::segment::is_glue_char) {
        return None;
    }
    KINDS.iter().find_map(|k| {
        let i = window.find(k)?;
        let end = at + window[..i].chars().count() + k.chars().count();
        ((1..=4).contains(&window[..i].chars().count()) && doc.is_tok_end(end)).then_some(end)
    })
}

#[cfg(test)]
mod tests {
    use crate::model::Class::*;
    use crate::model::Predicate::{LocatedIn, PartOf, Participant, Undertakes};
    use crate::pipeline::test_support::{entities, extract, has, labelled, related, relations};

    #[test]
    fn a_named_system_carried_on_or_a_responsibility_system_is_a_programme() {
        let ex = extract("青禾镇简讯\n青禾镇持续深化科技特派员制度。镇里严格落实防汛抗旱行政首长负责制。");
        for name in ["科技特派员制度", "防汛抗旱行政首长负责制"] {
            assert!(has(&ex, Initiative, name), "{name}: {:?}", entities(&ex));
        }
        // (a kind, 完善工作机制; a principle, 坚持社会主义制度)
        let ex = extract("青禾镇简讯\n镇里完善工作机制，坚持社会主义制度。");
        assert!(!ex.entities.iter().any(|e| e.class == Initiative), "{:?}", entities(&ex));
    }

    #[test]
    fn the_last_character_test_knows_every_unquoted_kind() {
        for k in super::UNQUOTED_KINDS {
            assert!(super::ends_an_unquoted_kind(k.chars().next_back().unwrap()), "{k}");
        }
    }

    #[test]
    fn overlaps_are_settled_alike_asking_all_kept_spans_or_those_starting_near() {
        // a thousand spans of lengths 1–12 over 3,000 chars, of kinds and rules that nest
        // or not, with repeats: a long document's candidates
        let classes = [AdministrativeDivision, Community, Company, PartyOrganization, Project, Person, Initiative];
        let rules = [super::Rule::Suffix, super::Rule::Gazetteer, super::Rule::Quoted, super::Rule::Person, super::Rule::List];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n) as usize
        };
        let cands: Vec<super::Cand> = (0..1000)
            .map(|i| {
                let begin = next(3000);
                let mut c = super::Cand::new(begin, begin + 1 + next(12), classes[next(7)], format!("名{}", next(40)), rules[next(5)]);
                if i % 50 == 0 {
                    c.alts.push(c.name.clone() + "项目");
                }
                c
            })
            .collect();
        let all = super::settle(cands.clone(), false);
        let near = super::settle(cands.clone(), true);
        assert!(all.len() > 100 && all.len() < cands.len(), "{} kept", all.len());
        assert_eq!(all, near);
        assert_eq!(super::select(cands), near);
    }

    #[test]
    fn a_kind_suffix_takes_the_name_words_before_it() {
        let ex = extract("青禾镇星澜社区党委书记沈雅琴介绍，社区联合青禾镇卫生院开展义诊。");
        assert!(has(&ex, AdministrativeDivision, "青禾镇"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "星澜社区"));
        assert!(has(&ex, PartyOrganization, "星澜社区党委"));
        assert!(has(&ex, Institution, "青禾镇卫生院"));
        assert!(has(&ex, Person, "沈雅琴"));
        // (the kind word of the words before is no part of a village's name)
        let ex = extract("青禾镇\n曾经的经济薄弱村坑口村，经营性收入增长。");
        assert!(has(&ex, Community, "坑口村"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label == "村坑口村"), "{:?}", entities(&ex));
    }

    #[test]
    fn common_words_before_a_suffix_name_nothing() {
        let ex = extract("今年全镇重大项目进展顺利，物业公司和区重点项目负责人参加了调度。");
        for (_, label) in entities(&ex) {
            assert!(!["重大项目", "物业公司", "区重点项目", "重点项目"].contains(&label.as_str()), "{label}");
        }
    }

    #[test]
    fn quoted_brands_means_recurring_days_and_services_opened_are_programmes() {
        let ex = extract("青禾镇简讯\n合作社注册了“柳溪红”芒果商标。镇里以“网格连心、组团服务”为抓手，每月开展一次“红色物业开放日”。便民服务中心开设了“夜间延时服务”窗口，惠企政策“免申即享”直达企业，首批纳入“项目代办”清单的项目3个。镇里围绕“茶旅融合”发展思路谋划项目。");
        for name in ["柳溪红", "网格连心、组团服务", "红色物业开放日", "夜间延时服务", "免申即享", "项目代办", "茶旅融合"] {
            assert!(has(&ex, Initiative, name), "{name}: {:?}", entities(&ex));
        }
        // (a figure of speech after 政策, a theme 围绕 names)
        let ex = extract("青禾县简讯\n县里打出政策“组合拳”。本集节目围绕“人民至上”这一主题展开。");
        assert!(!ex.entities.iter().any(|e| e.class == Initiative), "{:?}", entities(&ex));
    }

    #[test]
    fn quoted_names_need_a_kind_a_number_or_an_actor() {
        let ex = extract("青禾镇推进“禾心”建设，当好发展的“排头兵”，深化“两单一响应”试点，落实“315”发展战略。星澜社区“邻里议事厅”很热闹。");
        assert!(has(&ex, Initiative, "禾心"));
        assert!(labelled(&ex, "禾心建设"));
        assert!(has(&ex, Initiative, "两单一响应"));
        assert!(has(&ex, Initiative, "315发展战略"));
        assert!(has(&ex, Initiative, "邻里议事厅"));
        assert!(!labelled(&ex, "排头兵"), "a metaphor in quotes is no initiative: {:?}", entities(&ex));
        // (systems, posts and campaign months by their own last word; a run joined by 和 or
        // closed by 举措)
        let ex = extract("青禾县\n街道出台网格员“积分制”管理办法，专门设置“妈妈岗”，正值“安全生产月”。全县推行“承诺即入制”和“拿地即开工”，“一网通办”“极简审批”等改革举措落地。");
        for name in ["积分制", "妈妈岗", "安全生产月", "承诺即入制", "一网通办", "极简审批"] {
            assert!(has(&ex, Initiative, name), "{name}: {:?}", entities(&ex));
        }
        // (carried out: deepened, set up, or in a run after the verb)
        let ex = extract("青禾县\n街道深化“每月一题”专项治理，设立“红黑榜”，推行“一窗通办”“延时服务”。");
        for name in ["每月一题", "红黑榜", "一窗通办", "延时服务"] {
            assert!(has(&ex, Initiative, name), "{name}: {:?}", entities(&ex));
        }
        // (but not a word that ends so: “遏制”, “持证上岗”)
        let ex = extract("青禾县\n对“遏制”表示不满，要求“持证上岗”。");
        assert!(!ex.entities.iter().any(|e| e.class == Initiative), "{:?}", entities(&ex));
    }

    #[test]
    fn how_long_a_programme_runs_is_part_of_its_name_but_no_name_alone() {
        let ex = extract("青禾镇深入开展安全生产治本攻坚三年行动。青禾县实施三年行动。");
        assert!(has(&ex, Initiative, "安全生产治本攻坚三年行动"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "三年行动"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_slogan_of_parts_is_a_programme_when_carried_out_or_followed_by_its_kind() {
        let ex = extract("云溪区政务服务\n云溪区政务服务中心全面推行“一窗受理、集成服务”。青禾镇建立“一个项目、一名镇领导、一个工作专班”推进机制。");
        assert!(has(&ex, Initiative, "一窗受理、集成服务"), "{:?}", entities(&ex));
        assert!(labelled(&ex, "一个项目、一名镇领导、一个工作专班推进机制"), "{:?}", entities(&ex));
        // (a slogan said, hoped for or sorted by is none)
        let ex = extract("群众说“办事快、服务好”。问题按照“即时办、限时办”分类处理，做到“小事不出村、大事不出镇”。");
        assert!(!ex.entities.iter().any(|e| e.class == Initiative), "{:?}", entities(&ex));
    }

    #[test]
    fn a_short_quote_made_or_launched_is_a_programme_a_long_one_needs_its_kind() {
        let ex = extract("云岫区营商环境\n云岫区打造“15分钟政务服务圈”。中心组建“小桥帮办”团队。青禾乡探索推行“村集体经济组织+专业合作社+基地+农户”发展模式。");
        for name in ["15分钟政务服务圈", "小桥帮办", "村集体经济组织+专业合作社+基地+农户"] {
            assert!(has(&ex, Initiative, name), "{name}: {:?}", entities(&ex));
        }
        // (a show's long title, a long quote with no kind after it)
        let ex = extract("电视台推出“欢乐春节龙腾舞跃贺新春特别节目”。大家都说“一户煮饭满楼香邻里之间真和睦”。");
        assert!(!ex.entities.iter().any(|e| e.class == Initiative), "{:?}", entities(&ex));
    }

    #[test]
    fn enumerations_give_their_items_the_head_class() {
        let ex = extract("今年青禾镇招引重大项目3个，分别是芯程半导体封装测试、云澄冷链物流园和禾丰智能家具项目。");
        for p in ["芯程半导体封装测试", "云澄冷链物流园", "禾丰智能家具"] {
            assert!(has(&ex, Project, p), "{p}: {:?}", entities(&ex));
        }
        assert!(labelled(&ex, "禾丰智能家具项目"));
    }

    #[test]
    fn verbs_and_prepositions_jieba_glued_before_a_body_are_no_part_of_its_name() {
        let ex = extract("云岫区青禾镇\n合作社请区农技推广站专家指导。经区农业农村局技术人员测产。青禾镇农机管理站联合中石化青禾石油分公司开展送油到田。谈起镇妇联的工作，她很自豪。按村红白理事会的标准办。企业资助青禾镇第二完全小学100名学生。由党员等20余人组成秸秆禁烧巡查队。青禾镇党委统筹镇团委组建队伍。绣娘把绣片交到合作社。");
        for name in ["云岫区农技推广站", "云岫区农业农村局", "青禾镇农机管理站", "中石化青禾石油分公司", "青禾镇妇联", "村红白理事会", "青禾镇第二完全小学", "秸秆禁烧巡查队", "青禾镇党委", "镇团委"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        // (the object of a verb, a kind alone: nothing)
        assert!(!ex.entities.iter().any(|e| e.label == "合作社" || e.label.contains("交到") || e.label.contains("请县")), "{:?}", entities(&ex));
    }

    #[test]
    fn teams_named_by_whom_they_are_of_are_bodies_when_said_again_or_with_their_place() {
        // (青年/t|突击队, 巾帼/a|志愿服务队 said twice; 青禾镇青年突击队 and 青年突击队 one team)
        let ex = extract("青禾镇防汛\n镇党委组建青年突击队、巾帼志愿服务队等应急队伍。青禾镇青年突击队成立于2023年，现有队员62名。巾帼志愿服务队设立“妈妈厨房”。");
        assert!(ex.entities.iter().any(|e| e.label == "青禾镇青年突击队" && e.alt_labels.contains(&"青年突击队".to_string())), "{:?}", entities(&ex));
        assert!(has(&ex, SocialOrganization, "巾帼志愿服务队"), "{:?}", entities(&ex));
        // (said once, counted, or a unit fought against: no team)
        let ex = extract("青禾镇防汛\n各村组建巾帼志愿服务队。全国有80余万支青年突击队。前线击退乌克兰突击队。研讨会由三省两市青年志愿服务队共同举办。");
        assert!(!ex.entities.iter().any(|e| e.class == SocialOrganization), "{:?}", entities(&ex));
    }

    #[test]
    fn rules_named_in_book_quotes_and_a_quoted_way_taken_are_programmes() {
        let ex = extract("青禾镇积分制\n镇里梳理出《青禾镇村级小微权力清单》和《农户积分评价清单》两张清单，修订《柳溪村村规民约》。柳溪村通过“以购代捐”方式销售茶叶。");
        for name in ["青禾镇村级小微权力清单", "农户积分评价清单", "柳溪村村规民约", "以购代捐"] {
            assert!(has(&ex, Initiative, name), "{name}: {:?}", entities(&ex));
        }
        // (a book or a law: no programme)
        let ex = extract("青禾镇学习\n镇里学习《中华人民共和国村民委员会组织法》和《乡村振兴》一书。");
        assert!(!ex.entities.iter().any(|e| e.class == Initiative), "{:?}", entities(&ex));
    }

    #[test]
    fn works_joined_by_he_after_a_kind_of_works_and_a_household_s_thing_are_one_project() {
        let ex = extract("青禾镇\n青禾镇农村生活污水治理和户厕改造项目开工。柳溪村完成户厕改造1086户，厕所革命整村推进。");
        assert!(labelled(&ex, "青禾镇农村生活污水治理和户厕改造项目"), "{:?}", entities(&ex));
        // (整村: the whole village, no village's name)
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("整村")), "{:?}", entities(&ex));
        // (two bodies' works: 和 between them is no kind of works)
        let ex = extract("青禾镇\n澄远公司和禾丰公司合作项目开工。");
        assert!(!ex.entities.iter().any(|e| e.class == Project && e.label.contains('和')), "{:?}", entities(&ex));
    }

    #[test]
    fn a_works_phase_in_brackets_is_in_its_name_and_in_the_name_of_what_is_named_after_it() {
        let ex = extract("青禾镇污水治理\n12月18日，云岫区青禾镇农村生活污水治理项目（二期）竣工验收会在青禾镇人民政府召开。青禾镇农村生活污水治理项目(三期)明年开工。");
        assert!(ex.entities.iter().any(|e| e.class == Event && e.label.ends_with("青禾镇农村生活污水治理项目（二期）竣工验收会")), "{:?}", entities(&ex));
        assert!(labelled(&ex, "青禾镇农村生活污水治理项目（三期）"), "{:?}", entities(&ex));
        // (no phase, or brackets of something else: the name ends at its kind)
        let ex = extract("青禾镇污水治理\n青禾镇农村生活污水治理项目（试点）明年开工。");
        assert!(labelled(&ex, "青禾镇农村生活污水治理项目"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.contains('（')), "{:?}", entities(&ex));
    }

    #[test]
    fn a_project_a_body_signs_for_or_costed_in_the_next_sentence_is_named_by_common_words() {
        let ex = extract("青禾县项目签约\n青禾县经开区管委会与恒芯微电子有限公司签约功率半导体封装测试项目。柳溪街道办事处与澄远智能装备制造有限公司签约智能焊接机器人生产项目。项目总投资8.6亿元。");
        for name in ["功率半导体封装测试项目", "智能焊接机器人生产项目"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        let ex = extract("青禾县\n澄远公司在园区建设智能焊接机器人生产项目。该项目总投资8.6亿元。");
        assert!(labelled(&ex, "智能焊接机器人生产项目"), "{:?}", entities(&ex));
        // (a kind of projects, or no one signing: no name)
        let ex = extract("青禾县\n今年签约功率半导体封装测试项目。镇里鼓励签约新能源产业项目。");
        assert!(!ex.entities.iter().any(|e| e.class == Project), "{:?}", entities(&ex));
    }

    #[test]
    fn a_meeting_named_with_a_quoted_title_inside_keeps_the_title_as_a_programme() {
        let ex = extract("履坦镇推进会\n9月12日，履坦镇召开“共富工坊”建设推进会暨村企结对签约仪式。会上，澄远五金工具有限公司、明湖茶业有限公司等8家企业与12个村签订结对协议。");
        assert!(has(&ex, Event, "共富工坊建设推进会暨村企结对签约仪式"), "{:?}", entities(&ex));
        assert!(has(&ex, Initiative, "共富工坊"), "{:?}", entities(&ex));
        for who in ["澄远五金工具有限公司", "明湖茶业有限公司"] {
            assert!(related(&ex, "共富工坊建设推进会暨村企结对签约仪式", Participant, who), "{who}: {:?}", relations(&ex));
        }
        // (暨为老服务项目签约仪式: 为 of serving the old is a word of the name)
        let ex = extract("青禾街道\n10月11日，青禾街道“敬老月”活动启动仪式暨为老服务项目签约仪式在综合为老服务中心举行。");
        assert!(labelled(&ex, "为老服务项目签约仪式"), "{:?}", entities(&ex));
        let ex = extract("澄迈县推进会\n5月20日，澄迈县召开2024年优化营商环境工作推进会暨“营商环境体验官”聘任仪式。");
        assert!(has(&ex, Event, "2024年优化营商环境工作推进会暨营商环境体验官聘任仪式"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_capacity_is_part_of_a_project_name() {
        let ex = extract("青禾镇签约年产10万吨饲料加工项目，总投资3亿元。");
        assert!(labelled(&ex, "年产10万吨饲料加工项目"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "饲料加工项目"));
        // (年/加工: jieba cuts the year off some verbs of capacity)
        let ex = extract("澄远食品有限公司投资3.2亿元的年加工10万吨小麦深加工项目开工。");
        assert!(labelled(&ex, "年加工10万吨小麦深加工项目"), "{:?}", entities(&ex));
        // (大米/m: a grain jieba reads as a length, inside a project's name)
        let ex = extract("总投资1.5亿元的福建澄远米业有限公司大米精深加工项目已完成主体建设。");
        assert!(ex.entities.iter().any(|e| e.class == Project && e.label.ends_with("大米精深加工")), "{:?}", entities(&ex));
    }

    #[test]
    fn places_inside_other_words_are_not_places() {
        let ex = extract("青禾镇的基层堡垒坚如磐石，尾水回用至中心城区。");
        assert!(!labelled(&ex, "磐石市") && !labelled(&ex, "城区"), "{:?}", entities(&ex));
        // (a park's zone is no district of that name: 产业园|东区)
        let ex = extract("青禾镇厂房项目位于青禾镇智能装备产业园东区。");
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("东区")), "{:?}", entities(&ex));
    }

    #[test]
    fn words_that_begin_with_a_division_character_end_no_place() {
        let ex = extract("青禾镇苗木市场人气旺，广大市民纷纷点赞，美丽乡村建设加快，柳溪村村民增收。");
        for wrong in ["苗木市", "广大市", "美丽乡", "柳溪村村"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
        assert!(has(&ex, Community, "柳溪村"), "{:?}", entities(&ex));
    }

    #[test]
    fn kinds_of_villages_and_former_posts_are_not_names() {
        let ex = extract("全县25个边境村、12个贫困村全部出列。原村党支部副书记许红梅介绍了情况。");
        for wrong in ["边境村", "贫困村", "原村党支部", "原村"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
        // (a verb and 村 as one word; an idle village school; the villages around)
        let ex = extract("青禾镇实行领导包村制度，利用闲置村小学改建养老院，有效解决周边柳溪村群众出行难。");
        assert!(!ex.entities.iter().any(|e| e.class == Community && e.label != "柳溪村"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "柳溪村"), "{:?}", entities(&ex));
    }

    #[test]
    fn villages_after_a_preposition_of_place_or_before_an_adverb_are_found_whatever_jieba_tags() {
        // (在|大成/v|村, 在|坪/里/村, 塘边|村则/n, 东沟村|组织: the village, not 在我们村)
        let ex = extract("标题\n在大成村，课堂由教师负责。公司在坪里村流转土地680亩。塘边村则依托工作队。青禾镇在东沟村组织开展演练。在我们村，大家都好。");
        for village in ["大成村", "坪里村", "塘边村", "东沟村"] {
            assert!(has(&ex, Community, village), "{village}: {:?}", entities(&ex));
        }
        assert!(!labelled(&ex, "我们村"), "{:?}", entities(&ex));
    }

    #[test]
    fn verbs_of_acting_together_are_no_places_of_the_table_and_start_no_bodies() {
        // (联合镇 and 会同县 are places of the table; here 联合 and 会同 are verbs)
        let ex = extract("青禾镇简讯\n青禾镇中心小学联合镇妇联开展活动。县农业农村局将会同县财政局加强监管。会同柳溪派出所开展整治。");
        for wrong in ["联合镇", "会同县", "会同柳溪派出所"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
        assert!(labelled(&ex, "柳溪派出所"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_direction_or_an_adjective_starting_a_village_s_name_at_a_phrase_start_is_in_it() {
        // (、|西/李庄村/nr, 由|后/王庄村, 。|白/溪口|村: jieba left the first character alone)
        let ex = extract("标题\n走访了镇中心敬老院、西李庄村农村幸福院。白溪口村网格员刘小燕说。项目由后王庄村等5个村联合建设。");
        for village in ["西李庄村", "白溪口村", "后王庄村"] {
            assert!(has(&ex, Community, village), "{village}: {:?}", entities(&ex));
        }
        for cut in ["李庄村", "溪口村", "王庄村"] {
            assert!(!labelled(&ex, cut), "{cut}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn a_body_jieba_cut_inside_its_place_s_name_takes_the_whole_place() {
        // (三门/坡镇|荔枝协会)
        let ex = extract("三门坡镇发展荔枝产业\n三门坡镇荔枝协会组织种植能手开展技术培训。");
        assert!(has(&ex, SocialOrganization, "三门坡镇荔枝协会"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("坡镇")), "{:?}", entities(&ex));
        // (运/漕/v|古镇文旅提升项目: a project named after the short name of a township the
        // text names, which jieba cut into words that stop names)
        let ex = extract("运漕镇简讯\n运漕镇召开大会。运漕古镇文旅提升项目由合肥云栖公司建设。");
        assert!(has(&ex, Project, "运漕古镇文旅提升"), "{:?}", entities(&ex));
        // (理合/务/镇党委: the committee cut at the level word of a longer township's name,
        // named by that township, not by the report's)
        let ex = extract("孟寺镇观摩会\n在理合务镇，理合务镇党委副书记、镇长孙晓东介绍了产业园。");
        assert!(has(&ex, PartyOrganization, "理合务镇党委"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.org].label == "理合务镇党委" && p.role == "副书记"), "{:?}", ex.posts);
    }

    #[test]
    fn a_township_s_party_or_league_committee_named_by_its_chain_of_places_is_named_whole() {
        // (湾岭镇 and 历口镇 are townships jieba cuts into pieces: 湾/岭/镇, 历/口镇)
        let ex = extract("湾岭镇简报\n中共琼中黎族苗族自治县湾岭镇委员会召开会议。共青团湾岭镇委员会组织活动。\n编印：中共达板镇委员会办公室　中共祁门县历口镇委员会办公室\n郁山镇人民政府办公室编印\n");
        let named = |name: &str| ex.entities.iter().any(|e| e.class.family() == crate::model::Family::Organization && (e.label == name || e.alt_labels.iter().any(|a| a == name)));
        for name in ["中共琼中黎族苗族自治县湾岭镇委员会", "共青团湾岭镇委员会", "中共达板镇委员会办公室", "中共祁门县历口镇委员会办公室", "郁山镇人民政府办公室"] {
            assert!(named(name), "{name}: {:?}", entities(&ex));
        }
        assert!(ex.entities.iter().any(|e| e.label == "共青团湾岭镇委员会" && e.class == SocialOrganization), "{:?}", entities(&ex));
    }

    #[test]
    fn a_branch_named_by_its_place_starts_with_its_company_s_name() {
        let ex = extract("后叶镇电商\n镇里还联合中国邮政云阳县分公司开通专线。浦城农商银行仙阳支行推出特色贷款。中国邮政集团有限公司江孜县分公司投入资金。中国邮政集团有限公司青禾县分公司负责运营。");
        for name in ["中国邮政云阳县分公司", "浦城农商银行仙阳支行", "中国邮政集团有限公司江孜县分公司", "中国邮政集团有限公司青禾县分公司"] {
            assert!(has(&ex, Company, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("集团有限公司")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_s_parcel_station_and_its_popular_science_station_are_named_whole() {
        let ex = extract("青禾镇寄递物流\n柳溪村寄递物流综合服务站站长段春花说。石门村科普e站管理员杜明远讲解防诈知识。偏寨村村级寄递物流综合服务站揭牌。");
        for name in ["柳溪村寄递物流综合服务站", "石门村科普e站", "偏寨村村级寄递物流综合服务站"] {
            assert!(ex.entities.iter().any(|e| e.label == name && e.class.family() == crate::model::Family::Organization), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label == "物流综合服务站"), "{:?}", entities(&ex));
    }

    #[test]
    fn small_enterprise_parks_modern_farming_parks_and_a_company_after_its_kind() {
        let ex = extract("青禾镇营商环境\n走进青禾镇潮济小微企业园，机器轰鸣。潮济小微企业园由镇属强村公司澄远实业有限公司投资建设。柳溪现代中药材产业园规划面积1200亩。");
        for name in ["潮济小微企业园", "柳溪现代中药材产业园"] {
            assert!(has(&ex, Project, name), "{name}: {:?}", entities(&ex));
        }
        assert!(has(&ex, Company, "澄远实业有限公司"), "{:?}", entities(&ex));
        // (园由镇: a word jieba glued across 由 is no township)
        assert!(!ex.entities.iter().any(|e| e.class == Company && e.label.ends_with("强村公司澄远实业有限公司") || e.label.contains('由')), "{:?}", entities(&ex));
    }

    #[test]
    fn a_township_s_enforcement_team_finance_office_and_work_team_are_bodies() {
        let ex = extract("澄远县青禾镇防汛\n镇综合行政执法队要组建机动巡查队。镇财政所负责产业奖补。镇人力资源和社会保障服务所联合举办招聘会。镇里成立柳溪茶叶产业发展工作专班。中央财政所占比重提高。");
        for body in ["青禾镇综合行政执法队", "青禾镇财政所", "青禾镇人力资源和社会保障服务所", "柳溪茶叶产业发展工作专班"] {
            assert!(labelled(&ex, body), "{body}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.contains("中央财政")), "{:?}", entities(&ex));
        // (a name after a post, its last character glued to the verb after it, or before a
        // word of what people in reports do)
        let ex2 = extract("澄远县青禾镇防汛\n县应急管理局党组成员、副局长关占武到会指导。镇应急管理办公室主任鄂春雨通报了情况。辖区内澄远新型建材有限公司开展自查。");
        // (镇应急管理办|公|室主任: the whole office; 辖区|内澄远…: no 内 in the company's name)
        assert!(labelled(&ex2, "青禾镇应急管理办公室"), "{:?}", entities(&ex2));
        assert!(has(&ex2, Company, "澄远新型建材有限公司"), "{:?}", entities(&ex2));
        for name in ["关占武", "鄂春雨"] {
            assert!(has(&ex2, Person, name), "{name}: {:?}", entities(&ex2));
        }
    }

    #[test]
    fn a_township_s_stations_and_offices_are_its_bodies() {
        let ex = extract("青禾镇防汛\n青禾镇召开防汛会议，镇水利站、镇民政办、镇武装部、镇水务站、镇民政所、镇交通管理站、镇社会保障事务所、镇农业农村办、镇规划建设办和柳溪供电所负责人参加会议。");
        for body in ["青禾镇水利站", "青禾镇民政办", "青禾镇武装部", "青禾镇水务站", "青禾镇民政所", "青禾镇交通管理站", "青禾镇社会保障事务所", "青禾镇农业农村办", "青禾镇规划建设办", "柳溪供电所"] {
            assert!(has(&ex, GovernmentBody, body), "{body}: {:?}", entities(&ex));
        }
        assert!(related(&ex, "青禾镇水利站", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_village_sited_for_a_project_and_a_mutual_aid_home_are_found_alone() {
        let ex = extract("青禾镇冷链物流中心项目选址柳溪村，占地45亩。石岭村农村互助幸福院是青禾镇今年打造的养老阵地。");
        assert!(has(&ex, Community, "柳溪村"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "项目选址柳溪村"), "{:?}", entities(&ex));
        assert!(has(&ex, Institution, "石岭村农村互助幸福院"), "{:?}", entities(&ex));
    }

    #[test]
    fn companies_whose_trade_name_jieba_cut_up_are_found() {
        // 恒信/达/科技, 华锐/新/材料: a lone character between the parts of an unknown name
        let ex = extract("青禾镇引进恒信达电子有限公司和华锐新材料有限公司，帮助企业解决用工难题。");
        assert!(has(&ex, Company, "恒信达电子有限公司"), "{:?}", entities(&ex));
        assert!(has(&ex, Company, "华锐新材料有限公司"), "{:?}", entities(&ex));
        // (贵州|数聚/v|未来/t|科技有限公司, 北京华/升|电梯…: a province, then a trade name jieba
        // cut into words that stop names)
        let ex = extract("青禾县\n与贵州数聚未来科技有限公司签约。由北京华升电梯工程有限公司承建。上海三家公司参加。");
        assert!(has(&ex, Company, "贵州数聚未来科技有限公司"), "{:?}", entities(&ex));
        assert!(has(&ex, Company, "北京华升电梯工程有限公司"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "上海三家公司"), "{:?}", entities(&ex));
        // (上海|禾/康乐/龄|养老…: four words of a trade name; 凤凰县|锰/都/新|材料…: a county's
        // full name first; 武穴市|梅川/nr|城镇…: a county-level city's, then a township's short name)
        let ex = extract("梅川镇\n中心由上海禾康乐龄养老服务有限公司负责运营，凤凰县锰都新材料科技有限公司投资建厂。厂房由武穴市梅川城镇建设投资有限公司负责建设。");
        for name in ["上海禾康乐龄养老服务有限公司", "凤凰县锰都新材料科技有限公司", "武穴市梅川城镇建设投资有限公司"] {
            assert!(has(&ex, Company, name), "{name}: {:?}", entities(&ex));
        }
        // (acting with or through a body before its name: 委托|…公司, 代表|区委; not inside
        // one: 德国联合银行)
        let ex = extract("青禾县\n县里委托山西安泰安全技术服务有限公司开展体检。镇党委牵线浙江恒顺五金工具有限公司。德国联合银行来访。");
        assert!(has(&ex, Company, "山西安泰安全技术服务有限公司"), "{:?}", entities(&ex));
        assert!(has(&ex, Company, "浙江恒顺五金工具有限公司"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("委托") || e.label.contains("牵线")), "{:?}", entities(&ex));
        // (a body's name that starts inside a village's name jieba cut: 前/李村|党支部)
        let ex = extract("洙湖镇\n前李村、孙庄村都在洙湖镇。前李村党支部书记李长河说。");
        assert!(has(&ex, PartyOrganization, "前李村党支部"), "{:?}", entities(&ex));
        // a verb or a function word still ends the name
        let ex = extract("镇里引进新材料有限公司一家。");
        assert!(!ex.entities.iter().any(|e| e.class == Company), "{:?}", entities(&ex));
    }

    #[test]
    fn names_jieba_cut_across_a_listed_name_or_a_person_s_name_are_found_whole() {
        // 岚坝/ns|乡: not the table's 坝乡 (a township far away); 桂花/nr|坪/ns|村 is one
        // village; 成立 before it is the sentence's verb
        let ex = extract("走进宣汉县岚坝乡桂花坪村，茶园铺展开来。去年，桂花坪村成立桂花坪村股份经济合作社。");
        assert!(has(&ex, AdministrativeDivision, "岚坝乡"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "桂花坪村"), "{:?}", entities(&ex));
        assert!(has(&ex, Company, "桂花坪村股份经济合作社"), "{:?}", entities(&ex));
        assert!(!entities(&ex).iter().any(|(_, l)| l == "坝乡" || l == "坪村" || l.starts_with("成立")), "{:?}", entities(&ex));
    }

    #[test]
    fn shanghai_s_residents_districts_are_communities_and_a_division_named_after_a_village_holds_none() {
        let ex = extract("延吉新村街道养老\n延吉新村街道长岭居民区、延春居民区建成长者食堂。长岭居民区党总支书记王芳说，各居民区和普通居民区都有志愿者。");
        for name in ["长岭居民区", "延春居民区"] {
            assert!(has(&ex, Community, name), "{name}: {:?}", entities(&ex));
        }
        assert!(has(&ex, PartyOrganization, "长岭居民区党总支"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.class == Community && (e.label == "延吉新村" || e.label.contains("普通") || e.label == "各居民区")), "{:?}", entities(&ex));
    }

    #[test]
    fn within_an_area_is_no_part_of_the_name_of_what_lies_there() {
        let ex = extract("来苏镇执法\n执法队对辖区内重庆永来陶瓷有限公司开展检查。");
        assert!(has(&ex, Company, "重庆永来陶瓷有限公司"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_branch_named_after_its_whole_company_keeps_the_company_s_province() {
        let ex = extract("西吉县将台堡镇\n全镇为监测户购买了宁夏惠民财产保险股份有限公司西吉支公司的防贫保。");
        assert!(has(&ex, Company, "宁夏惠民财产保险股份有限公司西吉支公司"), "{:?}", entities(&ex));
    }

    #[test]
    fn the_village_a_road_leads_to_from_another_is_a_village_whatever_word_its_name_is() {
        let ex = extract("古荣镇\n巴热村至加入村通村公路提升工程顺利完工。");
        assert!(has(&ex, Community, "巴热村") && has(&ex, Community, "加入村"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "村通村"), "{:?}", entities(&ex));
        // (and one whose committee follows, after a pause)
        let ex = extract("岵山镇\n镇人大代表、铺上村村委会主任颜德旺参加。");
        assert!(has(&ex, Community, "铺上村"), "{:?}", entities(&ex));
    }

    #[test]
    fn short_names_listed_before_the_kind_word_of_villages_are_villages_named_with_it() {
        let ex = extract("青禾镇\n合作社除服务本镇永兴、东兴、新发等村外，还跨区作业。永兴村党支部书记王立新介绍。");
        for (full, short) in [("永兴村", "永兴"), ("东兴村", "东兴"), ("新发村", "新发")] {
            assert!(ex.entities.iter().any(|e| e.class == Community && e.label == full && e.alt_labels.iter().any(|a| a == short)), "{full}: {:?}", entities(&ex));
        }
        assert_eq!(ex.entities.iter().filter(|e| e.class == Community && e.label.starts_with("永兴")).count(), 1, "{:?}", entities(&ex));
        // (names written whole keep their names; 等社区 completes a community's)
        let ex = extract("青禾镇\n柳溪村、石门村等村发展产业。锦园、星河等社区开展活动。");
        for name in ["柳溪村", "石门村", "锦园社区", "星河社区"] {
            assert!(has(&ex, Community, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!labelled(&ex, "柳溪村村"), "{:?}", entities(&ex));
        // (people listed before the villages are none: 护林员 is no 护林员村)
        let ex = extract("青禾乡\n乡长带领乡机关干部、护林员、河湖管护员以及卡达村、夏贡村等8个村的群众参加。");
        assert!(!ex.entities.iter().any(|e| e.label.contains("护林员")), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "卡达村"), "{:?}", entities(&ex));
    }

    #[test]
    fn villages_enumerated_are_villages_whatever_words_jieba_read_in_them() {
        let ex = extract("渠黎镇\n岜来村、坛良村、忙来村和大箐村都在发展。综合体二期建设，串联安坡村、排溪村等特色村庄。");
        for name in ["岜来村", "坛良村", "忙来村", "大箐村", "安坡村", "排溪村"] {
            assert!(has(&ex, Community, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!labelled(&ex, "串联安坡村"), "{:?}", entities(&ex));
        // (kinds of villages are none: 贫困村、重点村)
        let ex = extract("渠黎镇\n全镇贫困村、重点村和边境村都已脱贫。");
        assert!(!ex.entities.iter().any(|e| e.class == Community), "{:?}", entities(&ex));
        // (双拥模范乡, 双拥模范县: a title a place strives for, no township; the bodies said by
        // the level word stay the named township's)
        let ex = extract("青禾乡政府工作报告\n青禾乡今年召开会议。持续开展双拥共建，争创省级双拥模范乡。乡人大要加强监督。");
        assert!(!ex.entities.iter().any(|e| e.label.contains("模范")), "{:?}", entities(&ex));
        assert!(labelled(&ex, "青禾乡人大") || labelled(&ex, "乡人大"), "{:?}", entities(&ex));
    }

    #[test]
    fn the_office_of_a_level_s_government_said_with_its_level_word_is_a_body() {
        let ex = extract("澄迈县\n县政府办公室副主任黎家豪主持会议。");
        assert!(labelled(&ex, "县政府办公室"), "{:?}", entities(&ex));
        let posts: Vec<String> = ex.posts.iter().map(|p| ex.entities[p.org].label.clone()).collect();
        assert!(posts.iter().any(|o| o.ends_with("政府办公室")), "{posts:?}");
    }

    #[test]
    fn stations_of_public_services_and_service_societies_are_bodies() {
        let ex = extract("青禾县\n红寺堡区枸杞技术服务站、县农业技术推广总站的专家和柳溪镇乡贤理事会、澄远社会工作服务社的社工参加。");
        assert!(has(&ex, Institution, "红寺堡区枸杞技术服务站"), "{:?}", entities(&ex));
        assert!(labelled(&ex, "县农业技术推广总站"), "{:?}", entities(&ex));
        assert!(has(&ex, SocialOrganization, "柳溪镇乡贤理事会"), "{:?}", entities(&ex));
        assert!(has(&ex, SocialOrganization, "澄远社会工作服务社"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_department_of_its_level_named_by_two_fields_of_work_is_a_body() {
        let ex = extract("青禾县\n会上，县农业农村局、县财政局等部门负责人参加会议。区文化广电旅游局作交流发言。");
        for name in ["县农业农村局", "县财政局", "区文化广电旅游局"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        // (祁县/ns|工业和信息化局: a county of two characters owns the department too)
        let ex = extract("祁县简讯\n祁县工业和信息化局负责人参加会议。");
        assert!(has(&ex, GovernmentBody, "祁县工业和信息化局"), "{:?}", entities(&ex));
    }

    #[test]
    fn standing_committee_members_presidents_and_governors_hold_posts() {
        let ex = extract("青禾县会议\n县委常委马建华主持会议。宏达集团副总裁钱文博、青禾农商银行行长赵立发言。县委常委会议研究了项目。");
        for (person, role) in [("马建华", "常委"), ("钱文博", "副总裁"), ("赵立", "行长")] {
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == person && p.role == role), "{person}: {:?}", ex.posts);
        }
        // a proper noun of the dictionary (宏达/nz) starts a company's name
        assert!(has(&ex, Company, "宏达集团"), "{:?}", entities(&ex));
        // a post that names a meeting's members is the meeting's
        assert!(entities(&ex).iter().any(|(c, l)| *c == Event && l.ends_with("常委会议")), "{:?}", entities(&ex));
    }

    #[test]
    fn departments_named_by_two_fields_quoted_meeting_titles_and_parts() {
        let ex = extract("云岫区营商环境\n由云岫区发展和改革局牵头，区自然资源和规划分局、区住房和城乡建设局、区文化广电体育和旅游局参与。日前召开的全区营商环境优化提升大会提出新要求。青禾镇召开“两优一先”表彰大会。该公司建设的年产50万套汽车零部件项目开工。");
        for body in ["云岫区发展和改革局", "云岫区自然资源和规划分局", "云岫区住房和城乡建设局", "云岫区文化广电体育和旅游局"] {
            assert!(has(&ex, GovernmentBody, body), "{body}: {:?}", entities(&ex));
        }
        assert!(has(&ex, Event, "全区营商环境优化提升大会"), "{:?}", entities(&ex));
        assert!(has(&ex, Event, "两优一先表彰大会"), "{:?}", entities(&ex));
        assert!(has(&ex, Project, "年产50万套汽车零部件"), "{:?}", entities(&ex));
        // two bodies, or a word that ends like one, are no department
        let ex = extract("合肥市经委和劳动局联合发文，城市面积和规划格局都变了。");
        assert!(!entities(&ex).iter().any(|(_, l)| l.contains('和')), "{:?}", entities(&ex));
    }

    #[test]
    fn names_jieba_cuts_into_single_characters_are_found_whole() {
        let ex = extract("澄湖街道志愿服务\n新岗社区长者饭堂里总能看到志愿者。9月12日开幕的岚坝乡首届富硒茶文化旅游节吸引游客。岚坝乡立足资源优势。推动惠州市悦邻物业服务有限公司成立党支部。悦邻物业项目经理何志强说。");
        assert!(has(&ex, Community, "新岗社区"), "{:?}", entities(&ex));
        assert!(has(&ex, Event, "岚坝乡首届富硒茶文化旅游节"), "{:?}", entities(&ex));
        assert!(has(&ex, Company, "惠州市悦邻物业服务有限公司"), "{:?}", entities(&ex));
        // the township the text names elsewhere, not the table's 坝乡 it ends with
        assert!(!entities(&ex).iter().any(|(_, l)| l == "坝乡"), "{:?}", entities(&ex));
        // a project manager is no project
        assert!(!ex.entities.iter().any(|e| e.class == Project), "{:?}", entities(&ex));
    }

    #[test]
    fn every_zone_kind_is_a_division_suffix_or_a_township_s_park() {
        // (development zones are places; a township's 工业集中区 and 产业集聚区 are parks, built
        // as projects, which annotators type so)
        for z in crate::lexicon::ZONE_SUFFIXES {
            assert!(crate::lexicon::SUFFIXES.iter().any(|s| s.text == *z && (s.class == AdministrativeDivision || s.class == Project && crate::lexicon::is_park(z))), "{z}");
        }
    }

    #[test]
    fn yi_names_double_surnames_and_rare_surnames_after_posts_are_whole() {
        let ex = extract("竹核镇\n镇党委书记海来木呷主持会议。镇妇联主席沙马伍呷介绍。县委书记赫连宏伟讲话。镇长阴志刚表示。县人大常委会副主任职国庆带队。");
        for name in ["海来木呷", "沙马伍呷", "赫连宏伟", "阴志刚", "职国庆"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "沙马伍呷" && p.role == "主席"), "{:?}", ex.posts);
    }

    #[test]
    fn crafts_of_the_countryside_and_regional_surnames_lead_to_names() {
        // (绣/娘 jieba cuts in two; 辜, 留, 修, 羊 after a post)
        let ex = extract("青禾镇\n“一个冬天能挣五千元。”柳溪嘎查绣娘萨仁高娃说。村里的绣娘古丽·买买提当选理事长。由镇党委书记辜红英任组长。澄远供应链有限公司董事长留建军等乡贤代表参加。镇农业站站长修德海带领农技人员。镇长羊春花讲话。");
        for name in ["萨仁高娃", "古丽·买买提", "辜红英", "留建军", "修德海", "羊春花"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn rare_surnames_start_a_name_right_after_a_post() {
        let ex = extract("青禾镇\n合作社理事长旷春生介绍。村党支部书记班玉兰表示。镇党委书记起建明主持。镇党委书记谯明德强调。村党支部书记漆海龙说。社区党委书记乌云高娃说。");
        for name in ["旷春生", "班玉兰", "起建明", "谯明德", "漆海龙", "乌云高娃"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (杞 after a post; 和 ending a given name before a verb; a last character glued to
        // 说; a civil servant's rank in a prefecture's bureau jieba tagged as a name)
        let ex = extract("青禾镇\n县农业农村局局长杞国荣出席。县人大常委会副主任方应和到会指导。合作社理事长白音仓说，去年增收。楚雄州农业农村局二级调研员罗世平讲话。");
        for name in ["杞国荣", "方应和", "白音仓", "罗世平"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "罗世平" && ex.entities[p.org].label == "楚雄州农业农村局" && p.role == "二级调研员"), "{:?}", ex.posts);
        // (a dotted Uyghur name whatever jieba read after the dot; a given name's last
        // character before a full stop; 幸 after a post)
        let ex = extract("青禾镇\n村党支部书记买买提江·托乎提介绍。总监理工程师玄成哲。镇党委副书记幸雪莲主持。");
        for name in ["买买提江·托乎提", "玄成哲", "幸雪莲"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (撒, 妥, 邸: Hui and rare Han surnames after a post)
        let ex = extract("青禾镇\n镇党委副书记、镇长撒海龙表示。镇党委书记邸志强与企业负责人面对面。");
        assert!(has(&ex, Person, "撒海龙") && has(&ex, Person, "邸志强"), "{:?}", entities(&ex));
        // (和 between two people stays a conjunction)
        let ex = extract("青禾镇\n镇长王刚和李明出席。");
        assert!(has(&ex, Person, "王刚") && !has(&ex, Person, "王刚和"), "{:?}", entities(&ex));
        // (and after those a body sends, and a Tibetan name with 洛)
        let ex = extract("青禾镇\n企业服务专员林巧燕从项目备案起全程跟进。科技特派员邱文华常年蹲点。县委常委、副县长洛桑次仁，镇党委书记王刚出席。队长那桂兰今年已经68岁。县人大常委会副主任盘石生到会指导。柳溪村党支部书记牙金凤带着志愿者走访。");
        for name in ["林巧燕", "邱文华", "洛桑次仁", "那桂兰", "盘石生", "牙金凤"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (Mongolian, Tibetan and Yi names; a given name's last character jieba took for an
        // adverb or adjective, or glued to 带队)
        let ex = extract("青禾镇\n嘎查委员会主任额尔敦毕力格介绍，合作社很好。旗委副书记、旗长斯日古楞出席并讲话。镇长海来阿依说，要让群众满意。乡党委副书记、乡长罗布顿珠主持会议。局长赵国栋带队，会同区里检查。镇党委副书记钟伟新，以及镇领导参加。镇长王刚也主持过会议。");
        for name in ["额尔敦毕力格", "斯日古楞", "海来阿依", "罗布顿珠", "赵国栋", "钟伟新", "王刚"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (a double surname jieba tags as a name, with the given name after it; a name
        // before 建议, or with the 笑 of 笑着说 glued to it; not 则 of 张丽则建议)
        let ex = extract("青禾镇\n镇党委书记司马红旗，镇党委副书记王刚出席。82岁的彝族老人李阿噶笑着说。村党支部书记漆海龙建议，养老服务要加强。公司总经理张丽则建议，道路要拓宽。");
        assert!(!labelled(&ex, "张丽则"), "{:?}", entities(&ex));
        for name in ["司马红旗", "李阿噶", "漆海龙", "张丽"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (only there: 班子, 起草; not 任 before the post it holds, nor what follows a post
        // inside a word: 村长|者食堂; nor 包 of being answerable for a unit: 包村, 包屯)
        let ex2 = extract("青禾镇\n镇领导班子成员起草文件。由镇党委书记任政委、镇长任指挥长。柳溪村长者食堂开餐。镇领导包村、村干部包屯、户主包地块。");
        assert!(!ex2.entities.iter().any(|e| e.class == Person), "{:?}", entities(&ex2));
    }

    #[test]
    fn a_township_s_zone_is_a_park_named_with_the_town_and_a_zone_kind_alone_is_no_place() {
        let ex = extract("青禾镇项目签约\n项目拟在青禾镇工业集中区新征用地120亩。柳溪乡产业集聚区已入驻企业12家。工业集中区内企业很多。");
        for name in ["青禾镇工业集中区", "柳溪乡产业集聚区"] {
            assert!(has(&ex, Project, name), "{name}: {:?}", entities(&ex));
        }
        assert!(related(&ex, "青禾镇工业集中区", LocatedIn, "青禾镇"), "{:?}", relations(&ex));
        // (the table names a county's zone 工业集中区: the kind alone names none)
        assert!(!ex.entities.iter().any(|e| e.class == AdministrativeDivision && (e.label == "工业集中区" || e.label == "产业集聚区")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_verb_of_building_inside_a_project_s_words_begins_its_name_and_counted_lines_are_none() {
        let ex = extract("青禾镇项目签约\n澄远新能源有限公司投资3.6亿元，利用企业厂房屋顶和村集体闲置建设用地建设分布式光伏发电项目。恒信食品有限公司中央厨房项目总投资5亿元，建设智能化生产线8条。");
        assert!(has(&ex, Project, "分布式光伏发电"), "{:?}", entities(&ex));
        assert!(related(&ex, "澄远新能源有限公司", Undertakes, "分布式光伏发电"), "{:?}", relations(&ex));
        assert!(!ex.entities.iter().any(|e| e.class == Project && (e.label.starts_with("村集体") || e.label.starts_with("建设"))), "{:?}", entities(&ex));
        // (a name that ends with its verb keeps it: …示范带建设提升工程)
        let ex2 = extract("青禾镇\n青禾镇实施柳溪示范带建设提升工程，总投资800万元。");
        assert!(labelled(&ex2, "柳溪示范带建设提升工程"), "{:?}", entities(&ex2));
    }

    #[test]
    fn development_zones_are_places_below_their_county() {
        let ex = extract("鸿岭经济开发区项目集中签约\n郎溪县鸿岭经济开发区重点项目集中签约仪式举行。5个项目均落户鸿岭经济开发区。江西南昌高新区也来了。县经济开发区很大。");
        assert!(has(&ex, AdministrativeDivision, "鸿岭经济开发区"), "{:?}", entities(&ex));
        assert!(related(&ex, "鸿岭经济开发区", LocatedIn, "郎溪县"), "{:?}", relations(&ex));
        // (by the last place of its name; a zone named by a level word is no name)
        assert!(has(&ex, AdministrativeDivision, "南昌高新区"), "{:?}", entities(&ex));
        assert!(!entities(&ex).iter().any(|(c, l)| l == "县经济开发区" || *c == Project), "{:?}", entities(&ex));
    }

    #[test]
    fn river_chiefs_rare_characters_and_profiles_of_village_secretaries() {
        let ex = extract("扎根山村二十六载——记尤溪县梧垟镇岚下村党支部书记陈永福\n县委书记、县级总河长彭建华出席会议。梧垟镇党委书记林建国评价说，陈永福是榜样。");
        // (a river chief's post names no body; the name after it is a person's)
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "彭建华" && p.role == "书记"), "{:?}", ex.posts);
        assert!(has(&ex, AdministrativeDivision, "梧垟镇"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "岚下村"), "{:?}", entities(&ex));
        assert!(has(&ex, PartyOrganization, "岚下村党支部"), "{:?}", entities(&ex));
        assert!(has(&ex, Person, "林建国"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with('记') || e.alt_labels.iter().any(|a| a.starts_with('记'))), "{:?}", entities(&ex));
    }

    #[test]
    fn a_pronoun_s_copula_or_a_verb_of_meeting_starts_no_name() {
        let ex = extract("新生产线投产，这是中国科学院杭州化学物理研究所研发的。总理25日在杭州会见世界经济论坛主席。");
        assert!(!entities(&ex).iter().any(|(_, l)| l.starts_with("这是") || l.contains("会见")), "{:?}", entities(&ex));
    }

    #[test]
    fn villages_jieba_knows_as_words_or_cuts_at_a_numeral_are_found() {
        // 双泾村 is one word of jieba's dictionary; 十家/子村, 五峰/镇麦/庄村 are cut wrongly
        let ex = extract("走进双泾村，村道整洁。五峰镇麦庄村新修道路。十家子村党支部书记许红梅介绍，二道沟村也在行动。");
        for village in ["双泾村", "麦庄村", "十家子村", "二道沟村"] {
            assert!(has(&ex, Community, village), "{village}: {:?}", entities(&ex));
        }
        assert!(has(&ex, PartyOrganization, "十家子村党支部"), "{:?}", entities(&ex));
        // kinds of villages stay kinds, and words stay words
        let ex = extract("回乡青年在度假村工作，这里是远近闻名的富裕村，全镇三个村完成换届。");
        assert!(!ex.entities.iter().any(|e| e.class == Community), "{:?}", entities(&ex));
    }

    #[test]
    fn a_township_s_co_operative_jieba_cut_at_the_township_s_name_is_named_by_it() {
        // (四/m|都/p|乡|旅游专业合作社: the walk stops at 都, the township's level word is left)
        let ex = extract("四都乡：民宿串珠成链\n2022年，7个村联合出资，组建了四都乡旅游专业合作社。2023年，合作社实现营业收入580万元。");
        assert!(has(&ex, Company, "四都乡旅游专业合作社"), "{:?}", entities(&ex));
        assert!(ex.measurements.iter().any(|m| ex.entities[m.entity].label == "四都乡旅游专业合作社" && m.value == "5800000"), "{:?}", ex.measurements);
        // (联合|镇派出所: a verb before a town's body, though a township is named 联合镇)
        let ex = extract("柳江区简讯\n镇里联合镇派出所开展排查。");
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("联合")), "{:?}", entities(&ex));
    }

    #[test]
    fn one_character_jieba_cut_off_a_name_after_a_pause_or_preposition_is_the_name_s() {
        // (由和/p|乐镇/nr|水务站, 在嘎|吉林/ns|社区: no word of the sentence takes the character)
        let ex = extract("和乐镇简讯\n工程由和乐镇水务站负责实施。镇里在嘎吉林社区召开会议。");
        assert!(has(&ex, GovernmentBody, "和乐镇水务站"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "嘎吉林社区"), "{:?}", entities(&ex));
        // (任|米脂县团委, 原|米脂县团委: a verb of holding a post and 原 stand alone)
        let ex = extract("和乐镇简讯\n王建国，原米脂县团委书记，任米脂县团委副书记。");
        assert!(ex.entities.iter().all(|e| !e.label.starts_with(['任', '原'])), "{:?}", entities(&ex));
        assert!(ex.entities.iter().any(|e| e.label == "米脂县团委"), "{:?}", entities(&ex));
        // (，和|新安镇/ns|人民政府: a town jieba knows whole takes no conjunction before it)
        let ex = extract("新安镇简讯\n税费服务站由青禾县税务局（以下简称“县局”）和新安镇人民政府共建，县局，和新安镇党委一起。");
        assert!(ex.entities.iter().all(|e| !e.label.starts_with('和')), "{:?}", entities(&ex));
        assert!(has(&ex, GovernmentBody, "新安镇人民政府"), "{:?}", entities(&ex));
    }

    #[test]
    fn bare_committees_and_branches_belong_to_the_village_or_community_named() {
        let ex = extract("柳溪村地处青禾镇北部。村委会主任许红梅说，村党支部书记陈国强带头。星河社区位于青禾镇中心，居委会主任张丽介绍。");
        for (class, label) in [(GovernmentBody, "柳溪村村委会"), (PartyOrganization, "柳溪村党支部"), (GovernmentBody, "星河社区居委会")] {
            assert!(has(&ex, class, label), "{label}: {:?}", entities(&ex));
        }
        assert!(ex.posts.iter().any(|p| ex.entities[p.org].label == "柳溪村村委会" && p.role == "主任"));
        // 地处 and 中心 here say where, they name nothing
        for wrong in ["地处青禾镇", "青禾镇中心"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn a_meeting_held_is_an_event_even_when_named_by_its_topic() {
        let ex = extract("青禾镇召开2024年度党建工作会议。镇里召开工作会议，要求抓好落实。");
        assert!(has(&ex, Event, "2024年度党建工作会议"), "{:?}", entities(&ex));
        // too generic to be a name
        assert!(!labelled(&ex, "工作会议"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_project_name_starts_at_its_capacity_and_not_at_the_verb_of_the_sentence() {
        let ex = extract("青禾镇引进恒信达公司投资兴建年产10万吨新材料生产线项目。三明市共开发林业碳票项目12个。");
        assert!(has(&ex, Project, "年产10万吨新材料生产线"), "{:?}", entities(&ex));
        assert!(has(&ex, Company, "恒信达公司"), "{:?}", entities(&ex));
        assert!(has(&ex, Project, "林业碳票"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_county_s_short_name_after_its_province_is_the_county_and_no_part_of_a_village() {
        let ex = extract("记者来到河北涿州石门庄村看望群众。他又去了浙江安吉青禾坞村。上海豫园游人如织。宁夏银川长城花园社区很团结。");
        assert!(has(&ex, Community, "长城花园社区"), "{:?}", entities(&ex));
        assert!(has(&ex, AdministrativeDivision, "涿州市"), "{:?}", entities(&ex));
        assert!(has(&ex, AdministrativeDivision, "安吉县"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "石门庄村"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "青禾坞村"), "{:?}", entities(&ex));
        // a township's short name is not read so (豫园街道: the garden)
        assert!(!labelled(&ex, "豫园街道"), "{:?}", entities(&ex));
        assert!(related(&ex, "石门庄村", LocatedIn, "涿州市"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_name_in_a_subject_s_place_is_a_person() {
        let ex = extract("青禾镇柳溪村村民很多。在外地务工的钟德明返回家乡。雷振宇是一位开了十年货车的司机。蒋晓梅说，村里变化很大。县里送来的贺信引起热烈反响。");
        for person in ["钟德明", "雷振宇", "蒋晓梅"] {
            assert!(has(&ex, Person, person), "{person}: {:?}", entities(&ex));
        }
        assert!(!labelled(&ex, "贺信"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_project_s_name_takes_no_verb_after_its_place_and_a_division_with_generic_words_is_none() {
        let ex = extract("周庄镇建设柳溪数字经济产业园。河南省重点项目加快推进。周庄镇聚力项目攻坚。渭河生态公园对外开放。");
        assert!(has(&ex, Project, "柳溪数字经济产业园"), "{:?}", entities(&ex));
        assert!(related(&ex, "周庄镇", Undertakes, "柳溪数字经济产业园"), "{:?}", relations(&ex));
        for name in ["河南省重点项目", "重点项目", "周庄镇聚力项目", "聚力项目"] {
            assert!(!labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        // a river's name with generic words is a name (渭河|生态公园)
        assert!(has(&ex, Project, "渭河生态公园"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_generic_division_name_is_the_one_under_a_division_named_before() {
        let ex = extract("南湖区推进网格化治理。在城南街道金桂社区，网格员每天走访居民。");
        assert!(has(&ex, AdministrativeDivision, "城南街道"), "{:?}", entities(&ex));
        assert!(related(&ex, "金桂社区", LocatedIn, "城南街道"), "{:?}", relations(&ex));
        // with no division of its own named before, a generic name stays unread
        let ex = extract("在城南街道金桂社区，网格员每天走访居民。");
        assert!(!has(&ex, AdministrativeDivision, "城南街道"), "{:?}", entities(&ex));
    }

    #[test]
    fn departments_are_named_by_their_work_and_companies_by_trade_and_industry() {
        let ex = extract("清河区行政审批服务局推出改革。清河区综合行政执法局开展整治。在华丰机械制造有限公司，工人们正在忙碌。镇社保所联合清河区公共就业服务中心举办招聘会。");
        for (class, name) in [(GovernmentBody, "清河区行政审批服务局"), (GovernmentBody, "清河区综合行政执法局"), (Company, "华丰机械制造有限公司"), (Institution, "清河区公共就业服务中心")] {
            assert!(has(&ex, class, name), "{name}: {:?}", entities(&ex));
        }
        // a trade alone is no company's name, and a department's work starts none
        let ex = extract("一家机械制造有限公司落户。要促进上海国际经济中心建设。");
        assert!(!ex.entities.iter().any(|e| e.label.contains("机械制造有限公司") || e.label.starts_with("促进")), "{:?}", entities(&ex));
    }

    #[test]
    fn chief_systems_and_quotes_after_an_adverb_and_a_verb_of_carrying_out_are_programmes() {
        let ex = extract("周庄镇全面推行“林长制”。周庄镇推行“街巷管家”。");
        assert!(has(&ex, Initiative, "林长制"), "{:?}", entities(&ex));
        assert!(has(&ex, Initiative, "街巷管家"), "{:?}", entities(&ex));
        let ex = extract("周庄镇人说起“楼长制”就笑。");
        assert!(has(&ex, Initiative, "楼长制"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_quoted_festival_held_is_an_event() {
        let ex = extract("11月5日，周庄镇举办“邻里文化节”，居民参加活动。“稻香音乐节”昨天开幕。周庄镇打造“美食节”品牌。");
        assert!(has(&ex, Event, "邻里文化节"), "{:?}", entities(&ex));
        assert!(has(&ex, Event, "稻香音乐节"), "{:?}", entities(&ex));
        // a festival named as a brand is not one held
        assert!(!has(&ex, Event, "美食节"), "{:?}", entities(&ex));
        // (on a day the sentence says, though it starts with a numeral; not the country's day)
        let ex = extract("三石镇村晚\n9月21日晚，“三石村晚”在主题公园舞台上演。9月23日，三石镇庆祝“中国农民丰收节”。");
        assert!(has(&ex, Event, "三石村晚"), "{:?}", entities(&ex));
        assert!(!has(&ex, Event, "中国农民丰收节"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_name_after_a_post_may_run_into_what_the_person_does() {
        let ex = extract("青禾镇召开推进会。镇党委书记周立新主持会议，副局长王海峰带队检查。在东坪村，老党员谢德安主动认领责任区。");
        for person in ["周立新", "王海峰", "谢德安"] {
            assert!(has(&ex, Person, person), "{person}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn people_after_occupations_posts_and_saying_are_found_whole() {
        // (jieba's guesses: a given name taken for a time, a last character left alone before
        // a verb, a name after an occupation word it ends, a full name saying something)
        let ex = extract("青禾镇纪事\n公司董事长韩秋月说，数学教师王晓雪今年到县城任教。区司法局局长高丽华通报了情况。中心代办员陈思雨说，家长代表杨春梅也来了。党员次仁多吉担任理事长。");
        for person in ["韩秋月", "王晓雪", "高丽华", "陈思雨", "杨春梅", "次仁多吉"] {
            assert!(has(&ex, Person, person), "{person}: {:?}", entities(&ex));
        }
        // (a post chain ending with a forest chief; a given name before a time word; 萧)
        let ex = extract("柳溪镇纪事\n柳溪镇党委书记、镇级总林长吴美玲介绍了情况。柳溪村党支部书记、村委会主任李永福早年在外经商。澄湖村党支部书记萧红军告诉记者。");
        for person in ["吴美玲", "李永福", "萧红军"] {
            assert!(has(&ex, Person, person), "{person}: {:?}", entities(&ex));
        }
        // (not a group, a preposition before a name, a name glued to the next word, an idiom)
        let ex = extract("青禾镇纪事\n干部职工齐声咏唱。崔善姬向普京介绍了情况。中国队选手孙龙以2分夺冠。激励广大科研人员志存高远。下岗职工经过培训已再就业。学校学生明德知耻。");
        for no in ["齐声", "向普京", "孙龙以", "志存高远", "经过培训", "明德"] {
            assert!(!labelled(&ex, no), "{no}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn people_named_after_what_they_are_are_found() {
        let ex = extract("村民马连凯说，老党员李秀兰也捐出了积蓄。贫困户吴德顺告诉记者。村民代表大会召开。作家蒋春林从省城回到老家，书屋管理员何晓梅前来迎接，与司机师傅交流。全国人大代表罗晓燕在会上发言。这个姑娘名叫韦春兰。邓德贵老汉笑了。银匠合作社由潘仕林老师牵头。");
        for person in ["马连凯", "李秀兰", "吴德顺", "蒋春林", "何晓梅", "罗晓燕", "韦春兰", "邓德贵", "潘仕林"] {
            assert!(has(&ex, Person, person), "{person}: {:?}", entities(&ex));
        }
        assert!(!labelled(&ex, "师傅"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.class == Person && e.label.starts_with("代表")), "{:?}", entities(&ex));
        // kin named after the person the text is about
        let ex = extract("镇党委书记陈海生和爱人罗秀英、儿媳王丽娟一起来到柳溪村。");
        for person in ["陈海生", "罗秀英", "王丽娟"] {
            assert!(has(&ex, Person, person), "{person}: {:?}", entities(&ex));
        }
        // a character and a verb after them are no name
        let ex = extract("小时候我和弟弟常捣乱，妈妈总是笑。");
        assert!(!ex.entities.iter().any(|e| e.class == Person), "{:?}", entities(&ex));
    }

    #[test]
    fn village_names_keep_to_their_own_bounds() {
        // a dictionary village is that word; a one-character village follows its township;
        // a table name does not start inside a word (文明|村镇 holds no 明村镇)
        let ex = extract("今天小兄弟还情摆勺村出租土地。浇底乡西村村民们踊跃参加。村里被评为全国文明村镇示范点。");
        assert!(has(&ex, Community, "摆勺村") && has(&ex, Community, "西村"), "{:?}", entities(&ex));
        for wrong in ["小兄弟还情摆勺村", "西村村", "明村镇", "全国文明村"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn a_branch_said_alone_is_the_village_s_and_titles_in_a_row_are_each_a_post() {
        let ex = extract("上塘村新一届党支部成立后，党支部书记钱有福带领村民修路。");
        assert!(has(&ex, Community, "上塘村") && has(&ex, PartyOrganization, "上塘村党支部"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.org].label == "上塘村党支部" && ex.entities[p.person].label == "钱有福"), "{:?}", ex.posts);
        let ex = extract("石门镇党委书记、石门经济开发区管委会主任赵立新和宏远集团公司副总经理孙海涛出席。");
        assert!(has(&ex, Person, "赵立新") && has(&ex, Company, "宏远集团公司"), "{:?}", entities(&ex));
        for org in ["石门镇党委", "石门经济开发区管委会"] {
            assert!(ex.posts.iter().any(|p| ex.entities[p.org].label == org && ex.entities[p.person].label == "赵立新"), "{org}: {:?}", ex.posts);
        }
    }

    #[test]
    fn a_meeting_held_is_named_by_all_between_the_verb_and_its_kind_word() {
        let ex = extract("青禾镇召开党风廉政建设大会。镇里召开了全镇干部大会。青禾镇召开了扶贫工作会议。");
        assert!(has(&ex, Event, "扶贫工作会议"), "{:?}", entities(&ex));
        assert!(has(&ex, Event, "党风廉政建设大会") && has(&ex, Event, "全镇干部大会"), "{:?}", entities(&ex));
        let ex = extract("在文化传承发展座谈会上，与会代表发言。");
        assert!(has(&ex, Event, "文化传承发展座谈会"), "{:?}", entities(&ex));
        let ex = extract("学校举行了颁奖仪式。");
        assert!(!ex.entities.iter().any(|e| e.label.starts_with('了')), "{:?}", entities(&ex));
        let ex = extract("镇里召开由许红梅主持的工作会议。");
        assert!(!ex.entities.iter().any(|e| e.class == Event), "{:?}", entities(&ex));
    }

    #[test]
    fn a_fair_hosted_by_bodies_and_themed_in_quotes_is_one_event_with_what_a_jì_joins() {
        // (由…主办、…承办的|“theme”year place…招聘会暨…结业仪式在…举行: the clause after the 的,
        // the theme, the year and the 暨 all in the name; without the theme it is named too)
        let ex = extract("梅渚镇举办2024年农民工就业专场招聘会暨家政技能培训班结业仪式\n3月5日上午，由郎溪县人力资源和社会保障局主办、梅渚镇人民政府承办的“春暖梅渚·就业护航”2024年梅渚镇农民工就业专场招聘会暨家政技能培训班结业仪式在梅渚镇文化广场举行。这是今年以来全县举办的第一场专场招聘会。此次招聘会共组织18家企业进场，提供岗位426个。");
        let fair = "春暖梅渚·就业护航2024年梅渚镇农民工就业专场招聘会暨家政技能培训班结业仪式";
        assert!(has(&ex, Event, fair), "{:?}", entities(&ex));
        for alt in ["2024年梅渚镇农民工就业专场招聘会暨家政技能培训班结业仪式", "农民工就业专场招聘会", "专场招聘会"] {
            let e = ex.entities.iter().find(|e| e.label == fair).expect("the fair");
            assert!(e.alt_labels.iter().any(|a| a == alt), "{alt}: {:?}", e.alt_labels);
        }
        assert_eq!(ex.entities.iter().filter(|e| e.class == Event).count(), 1, "{:?}", entities(&ex));
        for body in ["郎溪县人力资源和社会保障局", "梅渚镇人民政府"] {
            assert!(related(&ex, fair, Participant, body), "{body}: {:?}", relations(&ex));
        }
        // (the first of its kind this year is no name of its own: 第一场专场招聘会)
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("第一场")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_county_jieba_reads_as_a_person_starts_its_bodies_and_a_company_goes_by_short_places() {
        // (郎溪县/nr: the county's full name is a place whatever jieba tags it)
        let ex = extract("标题\n由郎溪县农业农村局负责。郎溪县人力资源和社会保障局主办招聘会。");
        for body in ["郎溪县农业农村局", "郎溪县人力资源和社会保障局"] {
            assert!(has(&ex, GovernmentBody, body), "{body}: {:?}", entities(&ex));
        }
        // (四川凉山|昭觉县…公司: a company's chain of places by their short names)
        let ex = extract("标题\n四川凉山昭觉县劳务开发有限公司负责招工。");
        assert!(has(&ex, Company, "四川凉山昭觉县劳务开发有限公司"), "{:?}", entities(&ex));
    }

    #[test]
    fn those_elected_by_votes_hold_the_post_they_were_elected_to() {
        let ex = extract("柳溪村\n在支部委员会第一次会议上，阎书峰以全票当选柳溪村党支部书记。经公开唱票，禹春生获得1218票，当选柳溪村村委会主任；訾国庆、闵小燕当选为柳溪村村委会委员。会后大家祝贺他当选柳溪村村委会主任。");
        for (who, role, org) in [("阎书峰", "书记", "柳溪村党支部"), ("禹春生", "主任", "柳溪村村委会"), ("訾国庆", "委员", "柳溪村村委会"), ("闵小燕", "委员", "柳溪村村委会")] {
            let post = ex.posts.iter().find(|p| ex.entities[p.person].label == who);
            assert!(post.is_some_and(|p| p.role == role && ex.entities[p.org].label == org), "{who}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.contains("祝贺")), "{:?}", entities(&ex));
    }

    #[test]
    fn names_after_posts_and_descriptors_jieba_cut_or_glued() {
        // (楼/n|俊杰: a surname found after posts only; 吉文/秀说: the last character glued to
        // 说; 扈建军|任组长/n and 谌立新|出席会议/n: a word that starts with what names do)
        let ex = extract("梅渚镇\n镇长楼俊杰带队。柳溪村党支部书记、村委会主任吉文秀说。由镇党委书记扈建军任组长。镇长谌立新出席会议。和事佬娄宝山上门7次。由云岫律师事务所律师韩雪坐班。");
        for who in ["楼俊杰", "吉文秀", "扈建军", "谌立新", "娄宝山", "韩雪"] {
            assert!(has(&ex, Person, who), "{who}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn names_jieba_glued_to_a_post_a_city_or_a_verb() {
        // (镇/长葛/ns|志斌: the 长 of 镇长 glued to the surname as a city's name; 邴 and 侬 after a
        // post only; 柳溪村/村民|梁…: no 村/民梁 split; 林海鸥|现场; 金光/nr|日/m|担任; 崔永浩任/nr|
        // 副组长; 南永哲得41票，当选…; 家住…的邢桂香)
        let ex = extract("梅渚镇\n镇党委副书记、镇长葛志斌主持。镇长邴海峰表示，将继续推进。乡长侬建平主持仪式。石桥村村民黄德山和柳溪村村民梁秀芳握手言和。律师林海鸥现场解答。柳溪村党支部书记金光日担任主任。镇长崔永浩任副组长。经计票，南永哲得41票，当选为柳溪村党支部书记。家住柳溪村的邢桂香在工厂找到了工作。");
        for who in ["葛志斌", "邴海峰", "侬建平", "梁秀芳", "林海鸥", "金光日", "崔永浩", "南永哲", "邢桂香"] {
            assert!(has(&ex, Person, who), "{who}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label == "崔永浩任" || e.label == "金光"), "{:?}", entities(&ex));
        let post = ex.posts.iter().find(|p| ex.entities[p.person].label == "南永哲");
        assert!(post.is_some_and(|p| ex.entities[p.org].label == "柳溪村党支部"), "{:?}", entities(&ex));
        // (a squad's head said with its kind: 交警…中队中队长)
        let ex = extract("梅渚镇\n交警梅渚中队中队长吴子瀚表示，中队将增设岗亭。");
        let post = ex.posts.iter().find(|p| ex.entities[p.person].label == "吴子瀚");
        assert!(post.is_some_and(|p| p.role == "中队长" && ex.entities[p.org].label.ends_with("梅渚中队")), "{:?}", entities(&ex));
        // (邵雅琴任/nr|常务副/指挥/长: a post of several words; 汪红带/nr|着; 刘某/和/邻居/v)
        let ex = extract("青禾镇\n镇长邵雅琴任常务副指挥长。局长汪红带着骨干上门。村民刘某和邻居冶某签字。");
        for who in ["邵雅琴", "汪红"] {
            assert!(has(&ex, Person, who), "{who}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| ["邵雅琴任", "汪红带", "刘某和"].contains(&e.label.as_str())), "{:?}", entities(&ex));
        // (a numeral's character is no given name's last: 王刚三次…)
        let ex = extract("梅渚镇\n镇长王刚三次带队检查。");
        assert!(!ex.entities.iter().any(|e| e.label == "王刚三"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_list_s_first_item_starts_after_a_verb_a_direction_or_a_cue_word() {
        // (下沉到|龙马村, 镇辖|贡巴村, 带动周边|刘桥村, 可有效解决周边|黄庄村: 有 inside 有效 is no
        // cue; 对辖区内|…公司砂石加工场: a company's site is no item)
        let ex = extract("青禾镇\n机关党员志愿者下沉到龙马村、清泉村等受灾较重的村。青禾镇辖贡巴村、新寺村、吉扎村。合作社带动周边刘桥村、孙窑村等5个村。冷库可有效解决周边黄庄村、后台村等村蔬菜储存难题。对辖区内澄远矿业有限公司砂石加工场、加油站、经营性自建房等开展检查。");
        for v in ["龙马村", "贡巴村", "刘桥村", "黄庄村"] {
            assert!(has(&ex, Community, v), "{v}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| ["到龙马村", "辖贡巴村", "周边刘桥村"].contains(&e.label.as_str()) || e.label.contains("解决")), "{:?}", entities(&ex));
        assert!(has(&ex, Company, "澄远矿业有限公司"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_way_of_serving_is_a_programme_when_quoted_or_named_with_its_kind() {
        let ex = extract("梅渚镇\n镇便民服务中心推行“全程代办”，为企业提供帮办代办服务。");
        assert!(has(&ex, Initiative, "全程代办") && has(&ex, Initiative, "帮办代办"), "{:?}", entities(&ex));
        let ex = extract("梅渚镇\n镇里实行领导挂点、专人跟踪、全程代办。专员全程代办立项、环评等手续。");
        assert!(!labelled(&ex, "全程代办"), "{:?}", entities(&ex));
        // (a county's medical community, however its words are ordered)
        let ex = extract("梅渚镇\n梅渚镇卫生院依托县域紧密型医共体建设，开展远程会诊。");
        assert!(has(&ex, Initiative, "县域紧密型医共体"), "{:?}", entities(&ex));
        // (the farmland works said bare are a project; with a place before them, the longer
        // name's alone)
        let ex = extract("梅渚镇\n今年全镇实施高标准农田建设项目1.2万亩，推进宜居宜业和美乡村建设。柳溪村高标准农田建设项目完工。");
        assert!(has(&ex, Project, "高标准农田建设项目") && has(&ex, Initiative, "宜居宜业和美乡村"), "{:?}", entities(&ex));
        assert!(!relations(&ex).iter().any(|(s, p, _)| s.starts_with("柳溪村高标准") && *p == PartOf), "{:?}", relations(&ex));
        let ex = extract("梅渚镇\n县医院与梅渚镇卫生院签订“组团式”帮扶协议。全镇开展汛前安全隐患大排查。镇防汛物资仓库储备编织袋2万条。");
        assert!(has(&ex, Initiative, "组团式") && has(&ex, Initiative, "汛前安全隐患大排查"), "{:?}", entities(&ex));
        assert!(has(&ex, GovernmentBody, "梅渚镇防汛物资仓库"), "{:?}", entities(&ex));
        let ex = extract("梅渚镇\n镇党委书记才让东智带头走访牧户，开展民族团结一家亲活动，推进网格化治理。镇人大民生实事项目监督小组开展视察。");
        let system = extract("梅渚镇\n形成精准化的网格化治理体系。");
        assert!(!labelled(&system, "网格化治理"), "{:?}", entities(&system));
        assert!(has(&ex, Person, "才让东智"), "{:?}", entities(&ex));
        assert!(has(&ex, Initiative, "民族团结一家亲") && has(&ex, Initiative, "网格化治理"), "{:?}", entities(&ex));
        assert!(ex.entities.iter().any(|e| e.class == GovernmentBody && e.label.ends_with("民生实事项目监督小组")), "{:?}", entities(&ex));
        let ex = extract("梅渚镇\n镇卫生院开展优质服务基层行活动。镇人大坚持人大代表接待日。");
        assert!(has(&ex, Initiative, "优质服务基层行") && has(&ex, Initiative, "人大代表接待日"), "{:?}", entities(&ex));
        // (quoted for weight: a manner, a head, a figure of speech)
        let ex = extract("梅渚镇\n镇里开展“一对一”帮扶，压实“一把手”责任，全镇“一盘棋”推进，搅活“一池春水”。");
        assert!(!ex.entities.iter().any(|e| e.class == Initiative), "{:?}", entities(&ex));
    }

    #[test]
    fn villages_named_by_words_of_the_dictionary_after_their_township_or_in_a_list() {
        let ex = extract("梅渚镇\n梅渚镇富强村党支部书记王刚介绍，今年种植水稻。前进村、胜利村也参加。扶贫要做到村、做到户，许多村党支部开展学习。");
        for v in ["富强村", "前进村", "胜利村"] {
            assert!(has(&ex, Community, v), "{v}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label == "做到村" || e.label.starts_with("许多村")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_bureau_s_section_is_part_of_the_bureau() {
        let ex = extract("梅渚镇\n郎溪县民政局基层政权建设科科长李振华到场指导。郎溪县农业农村局农村社会事业促进股负责人参加。他大学本科毕业，郎溪县财政局入股的公司。列席人员：郎溪县委宣传部文明创建科科长芮雪，郎溪县民政局社会事务股股长高福林。");
        assert!(has(&ex, GovernmentBody, "郎溪县委宣传部文明创建科"), "{:?}", entities(&ex));
        for (section, bureau) in [("郎溪县民政局基层政权建设科", "郎溪县民政局"), ("郎溪县农业农村局农村社会事业促进股", "郎溪县农业农村局"), ("郎溪县民政局社会事务股", "郎溪县民政局")] {
            assert!(has(&ex, GovernmentBody, section), "{section}: {:?}", entities(&ex));
            assert!(related(&ex, section, PartOf, bureau), "{section}: {:?}", relations(&ex));
        }
        // (the section's head holds the post in the section)
        for (person, section) in [("芮雪", "郎溪县委宣传部文明创建科"), ("高福林", "郎溪县民政局社会事务股")] {
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == person && ex.entities[p.org].label == section), "{person}: {:?}", ex.posts);
        }
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("本科") || e.label.ends_with("股")  && e.label.contains("财政")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_s_meeting_held_on_a_day_is_named_by_the_village() {
        let ex = extract("梅渚镇换届\n柳溪村于7月10日上午召开党员大会，补选村党支部委员。当天下午，石桥村村民选举委员会主持召开村民选举会议。两年来，柳溪村先后召开党员大会、村民代表会议41次。");
        for (name, kind) in [("柳溪村党员大会", "党员大会"), ("石桥村村民选举会议", "村民选举会议")] {
            let e = ex.entities.iter().find(|e| e.class == Event && e.label == name);
            assert!(e.is_some_and(|e| e.alt_labels.iter().any(|a| a == kind)), "{name}: {:?}", entities(&ex));
        }
        // (meetings counted over years are no one meeting)
        assert_eq!(ex.entities.iter().filter(|e| e.class == Event).count(), 2, "{:?}", entities(&ex));
    }

    #[test]
    fn figures_listed_after_villages_name_nothing_and_rankings_are_programmes() {
        let ex = extract("梅渚镇考评\n全镇推行红黑榜和流动红旗制度，深化农村人居环境整治。黑榜：柳溪村、石桥村得分分别为71分、68.5分。\n（七）农村人居环境整治。由镇生态环境办公室负责。");
        assert!(!ex.entities.iter().any(|e| e.label.ends_with('分')), "{:?}", entities(&ex));
        for p in ["红黑榜", "流动红旗", "农村人居环境整治"] {
            assert!(has(&ex, Initiative, p), "{p}: {:?}", entities(&ex));
        }
        let pairing = extract("梅渚镇\n深化东西部协作和闽宁协作，推行拿地即开工，开展消费帮扶，培育法律明白人。");
        for p in ["东西部协作", "闽宁协作", "拿地即开工", "消费帮扶", "法律明白人"] {
            assert!(has(&pairing, Initiative, p), "{p}: {:?}", entities(&pairing));
        }
        // (a numbered item's heading stays the list's item, no programme)
        assert_eq!(ex.entities.iter().filter(|e| e.label == "农村人居环境整治").count(), 1, "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_s_election_committee_and_a_gacha_s_supervisory_committee_are_bodies() {
        let ex = extract("柳溪村\n柳溪村村民选举委员会主任刘振江主持会议。村务监督委员会主任王强全程监督。");
        assert!(has(&ex, GovernmentBody, "柳溪村村民选举委员会"), "{:?}", entities(&ex));
        assert!(related(&ex, "柳溪村村民选举委员会", LocatedIn, "柳溪村"), "{:?}", relations(&ex));
        assert!(ex.entities.iter().any(|e| e.label.ends_with("村务监督委员会")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_township_s_offices_and_centres_said_by_the_level_word() {
        let ex = extract("青禾镇\n镇信访办、镇劳动保障所、镇生态环境保护站、镇村镇规划建设管理所、镇农业农村综合服务中心负责人参加会议。");
        for body in ["青禾镇信访办", "青禾镇劳动保障所", "青禾镇生态环境保护站", "青禾镇村镇规划建设管理所", "青禾镇农业农村综合服务中心"] {
            assert!(related(&ex, body, LocatedIn, "青禾镇"), "{body}: {:?}", relations(&ex));
        }
    }

    #[test]
    fn teams_headquarters_and_law_firms_are_bodies_but_a_village_s_team_said_by_kind_is_not() {
        let ex = extract("青禾镇\n由澄远正岚律师事务所律师坐班。郎溪县交通建设指挥部派员。郎溪县秋粮专家指导组到村。驻村工作队入户走访。");
        for body in ["澄远正岚律师事务所", "郎溪县交通建设指挥部", "郎溪县秋粮专家指导组"] {
            assert!(ex.entities.iter().any(|e| e.label == body), "{body}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("工作队")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_named_by_a_bank_or_a_slope_is_a_village() {
        // (南岸/f|村: jieba reads the name as a direction; 周边|村 and 下游|村 say where)
        let ex = extract("梅渚镇\n走进梅渚镇南岸村，南岸村党支部书记刘春华介绍了西坡村的经验。周边村和下游村也来学习。");
        for v in ["南岸村", "西坡村"] {
            assert!(has(&ex, Community, v), "{v}: {:?}", entities(&ex));
        }
        assert!(related(&ex, "南岸村党支部", LocatedIn, "南岸村"), "{:?}", relations(&ex));
        assert!(!ex.entities.iter().any(|e| matches!(e.label.as_str(), "周边村" | "下游村")), "{:?}", entities(&ex));
    }

    #[test]
    fn job_fairs_work_meetings_and_analyses_held_or_hosted_are_events() {
        let ex = extract("标题\n5月25日，青禾镇召开2023年防汛抗旱工作会。镇里召开一季度工业经济运行分析会。该镇承办了三台县党建引领基层治理现场推进会。2月8日，由三台县人社局、青禾镇人民政府主办，县公共就业服务中心承办的2025年“春风行动”暨青禾镇返乡务工人员专场招聘会在青禾镇举行。");
        let fair = "2025年春风行动暨青禾镇返乡务工人员专场招聘会";
        for name in ["2023年防汛抗旱工作会", "一季度工业经济运行分析会", "三台县党建引领基层治理现场推进会", fair] {
            assert!(has(&ex, Event, name), "{name}: {:?}", entities(&ex));
        }
        for body in ["三台县人社局", "青禾镇人民政府", "三台县公共就业服务中心"] {
            assert!(related(&ex, fair, Participant, body), "{body}: {:?}", relations(&ex));
        }
        // a count of fairs, how a fair is held, and a pointer to one name none
        let ex = extract("标题\n全年举办1.8万场招聘会。各镇举办线下专场招聘会。中方主办此次合作论坛峰会。");
        assert!(!ex.entities.iter().any(|e| e.class == Event && (e.label.contains("万场") || e.label.contains("专场") || e.label.starts_with("此次"))), "{:?}", entities(&ex));
    }

    #[test]
    fn a_project_named_by_a_body_s_name_is_the_project_only() {
        let ex = extract("青禾镇签约恒信冷链仓储中心项目，总投资3亿元。");
        assert!(has(&ex, Project, "恒信冷链仓储中心"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.class == Institution), "{:?}", entities(&ex));
        assert!(!ex.relations.iter().any(|r| r.subject == r.object), "{:?}", ex.relations);
    }

    #[test]
    fn a_verb_before_the_place_that_starts_a_name_is_the_sentence_s() {
        let ex = extract("青禾镇推出服务机制，联合青禾镇商会每月召开恳谈会。镇里扶持柳溪香菇种植专业合作社。");
        assert!(has(&ex, SocialOrganization, "青禾镇商会"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "联合青禾镇商会"), "{:?}", entities(&ex));
        assert!(has(&ex, Company, "柳溪香菇种植专业合作社"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_product_character_jieba_takes_for_a_classifier_stays_in_the_name() {
        // (李家庄|壶/q|瓶枣…: not a count, which has a numeral before it: 3|家|合作社)
        let ex = extract("青禾镇李家庄壶瓶枣种植专业合作社吸纳社员120户。镇里还有3家合作社。");
        assert!(has(&ex, Company, "青禾镇李家庄壶瓶枣种植专业合作社"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "瓶枣种植专业合作社"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("家")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_party_committee_and_a_government_said_together_are_two_bodies() {
        let ex = extract("青禾镇召开会议。镇党委政府高度重视，云澄区委区政府也作出部署。");
        for (class, label) in [(PartyOrganization, "青禾镇党委"), (GovernmentBody, "青禾镇人民政府"), (PartyOrganization, "云澄区委"), (GovernmentBody, "云澄区人民政府")] {
            assert!(has(&ex, class, label), "{label}: {:?}", entities(&ex));
        }
        // jieba's one word for a level word and a suffix (镇党委) is a relative body too
        let ex = extract("青禾镇召开会议。镇党委书记王刚主持。");
        assert!(ex.posts.iter().any(|p| ex.entities[p.org].label == "青禾镇党委" && ex.entities[p.person].label == "王刚"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.contains("委区") || e.label.contains("党委政府")), "{:?}", entities(&ex));

    }

    #[test]
    fn a_division_the_table_does_not_hold_needs_a_name_before_its_suffix() {
        let ex = extract("处于风险区的群众已转移，这个资源大县和工业强镇都在转型。澜州市禾溪镇召开会议。");
        for wrong in ["风险区", "资源大县", "工业强镇"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
        assert!(has(&ex, AdministrativeDivision, "禾溪镇"), "{:?}", entities(&ex));
        // (a village's books kept by the township, 村账镇代管, name no township but the
        // programme; 个别村 and 少数村 are some villages, none named)
        let ex = extract("青禾镇全面推行村级财务村账镇代管，个别村和少数村仍有问题。");
        for wrong in ["村账镇", "个别村", "少数村"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
        assert!(has(&ex, Initiative, "村账镇代管"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_name_before_its_post_or_before_a_verb_of_holding_it_is_a_person() {
        let ex = extract("许建国是青禾镇党委书记。王振昌担任了村党支书，他和县长一起调研。陈立华书记说，要抓好落实。");
        for person in ["许建国", "王振昌", "陈立华"] {
            assert!(has(&ex, Person, person), "{person}: {:?}", entities(&ex));
        }
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "许建国" && ex.entities[p.org].label == "青禾镇党委"), "{:?}", ex.posts);
        assert!(!labelled(&ex, "和县长"), "{:?}", entities(&ex));
    }

    #[test]
    fn names_jieba_glued_to_a_report_or_split_at_a_family_word_are_found() {
        // (杨军作|工作报告; 王家/n|兴|介绍; 局局长: the body's 局 and the post)
        let ex = extract("青禾镇党委书记杨军作工作报告。柳溪村村委会主任王家兴介绍了情况。澄湖县农业农村局局长罗建华出席。新兴镇党委书记王振宇讲话。会议听取了县人大常委会秘书长刘奇作的关于议程草案的说明。");
        for who in ["杨军", "王家兴", "罗建华", "王振宇", "刘奇"] {
            assert!(has(&ex, Person, who), "{who}: {:?}", entities(&ex));
        }
        assert!(!labelled(&ex, "杨军作") && !labelled(&ex, "刘奇作"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "罗建华" && ex.entities[p.org].label == "澄湖县农业农村局"), "{:?}", ex.posts);
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "王振宇" && ex.entities[p.org].label == "新兴镇党委"), "{:?}", ex.posts);
        // (罗文/斌/在…, 李国/平任|常务副指挥长: the given name's last character glued to the
        // word after or left alone before a function word)
        let ex = extract("标题\n贵州黔鑫新材料有限公司董事长罗文斌在发言中说。由镇长李国平任常务副指挥长。");
        for who in ["罗文斌", "李国平"] {
            assert!(has(&ex, Person, who), "{who}: {:?}", entities(&ex));
        }
        assert!(!labelled(&ex, "罗文") && !labelled(&ex, "李国"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_name_jieba_cut_after_a_post_is_still_a_name() {
        let ex = extract("柳溪村党支部书记谢续学在现场指挥。");
        assert!(has(&ex, Person, "谢续学"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "谢续学" && ex.entities[p.org].label == "柳溪村党支部"), "{:?}", ex.posts);
        let ex = extract("他会见代表时指出，要加强合作。村党支部书记时指出方向。");
        assert!(!labelled(&ex, "时指出"), "{:?}", entities(&ex));
        // the place before a post is no person
        let ex = extract("柳溪村党支部书记介绍了情况。");
        assert!(!ex.entities.iter().any(|e| e.class == Person), "{:?}", entities(&ex));
    }

    #[test]
    fn an_event_held_somewhere_is_named_by_its_whole_clause() {
        let ex = extract("云岫区推进会\n8月21日上午，云岫区创建全国文明城市攻坚推进会在星河社区召开。9月26日，云岫区柳溪镇第三季度重大项目集中签约仪式在青禾县智能装备产业园举行。当天下午，澜江县“枫桥式”矛盾纠纷化解工作现场推进会暨授旗仪式在柳溪镇举行。5月16日，2024年澄湖镇枸杞开园节暨产销对接会开幕。");
        for name in ["云岫区创建全国文明城市攻坚推进会", "云岫区柳溪镇第三季度重大项目集中签约仪式", "澜江县枫桥式矛盾纠纷化解工作现场推进会暨授旗仪式", "2024年澄湖镇枸杞开园节暨产销对接会"] {
            assert!(has(&ex, Event, name), "{name}: {:?}", entities(&ex));
        }
        // (each event a 暨 joins, the name from the last place of its chain and without its
        // year are names of it too)
        for alt in ["授旗仪式", "枸杞开园节", "产销对接会", "柳溪镇第三季度重大项目集中签约仪式", "澄湖镇枸杞开园节暨产销对接会"] {
            assert!(labelled(&ex, alt), "{alt}: {:?}", entities(&ex));
        }
        // (召开…和…座谈会: two fields of one meeting; 举办…对接洽谈会; a meeting that hands out
        // problems; not two meetings joined by 和)
        let ex = extract("青禾县会议\n督导组在柳溪镇召开森林防火和安全生产工作座谈会。青禾县在省城举办高层次人才专场对接洽谈会。县里召开巡河问题交办会。内阁召开了内阁会议和国家安全保障会议。");
        for name in ["森林防火和安全生产工作座谈会", "高层次人才专场对接洽谈会", "巡河问题交办会"] {
            assert!(has(&ex, Event, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.contains("会议和")), "{:?}", entities(&ex));
        // (not who announces, attends or comes upon it, nor what is said of it with 的)
        let ex = extract("青禾县博览会\n县长韩立宣布青禾县首届茶叶博览会开幕。正赶上青禾县茶叶博览会开幕。由县委宣传部主办的青禾县读书文化节在县图书馆开幕。");
        for name in ["青禾县首届茶叶博览会", "青禾县茶叶博览会", "青禾县读书文化节"] {
            assert!(has(&ex, Event, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.class == Event && (e.label.contains("宣布") || e.label.contains("赶上") || e.label.contains("主办"))), "{:?}", entities(&ex));
    }

    #[test]
    fn formulas_ways_of_working_and_programmes_held_to_are_initiatives() {
        let ex = extract("柳溪村纪事\n柳溪村采取“党支部+合作社+农户”的方式，统一收购。街道按照“政府补一点、居民出一点、企业让一点”的办法试点加装电梯。社区推行“社区党委+业委会+物业公司”三方联动机制。青禾县坚持“项目为王”。");
        for name in ["党支部+合作社+农户", "政府补一点、居民出一点、企业让一点", "社区党委+业委会+物业公司", "项目为王"] {
            assert!(has(&ex, Initiative, name), "{name}: {:?}", entities(&ex));
        }
        // (a way left behind, a tradition, a formula of two one-character parts)
        let ex = extract("柳溪村纪事\n审批打破了“材料齐全后受理”的传统模式。村里“人+地”的做法变了。");
        assert!(!labelled(&ex, "材料齐全后受理") && !labelled(&ex, "人+地"), "{:?}", entities(&ex));
    }

    #[test]
    fn the_party_s_congresses_are_events() {
        let ex = extract("青禾镇深入学习贯彻党的二十大精神，党的十八大以来全镇面貌一新。");
        assert!(has(&ex, Event, "党的二十大") && has(&ex, Event, "党的十八大"), "{:?}", entities(&ex));
    }

    #[test]
    fn organisations_the_dictionary_knows_by_name_are_found() {
        let ex = extract("经国务院批准，国家统计局发布数据，商务部和中科院专家来到青禾镇。公安局民警到场。");
        for (class, label) in [(GovernmentBody, "国务院"), (GovernmentBody, "国家统计局"), (GovernmentBody, "商务部"), (Institution, "中科院")] {
            assert!(has(&ex, class, label), "{label}: {:?}", entities(&ex));
        }
        // a local body's bare name is a kind, and the tag's other words name no body
        for wrong in ["公安局", "新兴产业", "中西部"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
        let ex = extract("青禾镇培育新兴产业，带动中西部地区发展。");
        assert!(!ex.entities.iter().any(|e| e.class.family() == crate::model::Family::Organization), "{:?}", entities(&ex));
    }

    #[test]
    fn table_names_inside_words_and_city_names_that_start_villages_are_no_places() {
        let ex = extract("青禾镇获评国家乡村振兴示范县。勃李乡东营村建起新厂。");
        assert!(!labelled(&ex, "范县") && !labelled(&ex, "东营市"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "东营村"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_bare_branch_far_from_any_village_named_is_no_village_s() {
        let ex = extract("柳溪村地处青禾镇北部。青禾镇召开会议。青禾镇部署工作。各村新成立了党支部。");
        assert!(!labelled(&ex, "柳溪村党支部"), "{:?}", entities(&ex));
        let ex = extract("柳溪村地处青禾镇北部。青禾镇组建了19个护林队和党支部。");
        assert!(!labelled(&ex, "柳溪村党支部"), "{:?}", entities(&ex));
        let ex = extract("柳溪村地处青禾镇北部。村党支部书记王秀英介绍。");
        assert!(has(&ex, PartyOrganization, "柳溪村党支部"), "{:?}", entities(&ex));
    }

    #[test]
    fn short_names_in_a_list_are_places_under_the_one_named() {
        let ex = extract("晋城市召开会议。泽州、高平、阳城3个县（市）已达小康标准。");
        for place in ["泽州县", "高平市", "阳城县"] {
            assert!(has(&ex, AdministrativeDivision, place), "{place}: {:?}", entities(&ex));
        }
        assert!(ex.entities.iter().any(|e| e.label == "泽州县" && e.alt_labels.contains(&"泽州".to_string())));
        // a word in a list that is no place under it stays a word
        let ex = extract("晋城市召开会议。煤炭、电力、化工、建设、交通产业齐头并进。");
        assert_eq!(ex.entities.iter().filter(|e| e.class == AdministrativeDivision).count(), 2, "{:?}", entities(&ex));
    }

    #[test]
    fn programmes_named_by_a_numbered_formula_or_set_out_by_a_verb_are_initiatives() {
        let ex = extract("青禾镇委提出三步走战略，制定了一体两翼发展战略，推进一村一品工程。青禾镇制定了生态茶旅融合战略。");
        for name in ["三步走战略", "一体两翼发展战略", "一村一品工程", "生态茶旅融合战略"] {
            assert!(has(&ex, Initiative, name), "{name}: {:?}", entities(&ex));
        }
        assert!(ex.entities.iter().any(|e| e.label == "三步走战略" && e.alt_labels.contains(&"三步走".to_string())), "{:?}", ex.entities);
    }

    #[test]
    fn a_place_name_that_is_also_a_common_word_needs_a_place_above_it() {
        let ex = extract("小城镇建设加快推进。");
        assert!(!labelled(&ex, "小城镇"), "{:?}", entities(&ex));
    }

    #[test]
    fn factories_and_mines_run_are_projects() {
        let ex = extract("凯乐公司兼并了荆州塑管厂，全厂职工增收。青禾镇召开会议。镇造纸厂扩大生产。");
        assert!(has(&ex, Project, "荆州塑管厂") && has(&ex, Project, "青禾镇造纸厂"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "全厂"), "{:?}", entities(&ex));
    }

    #[test]
    fn counted_measures_and_pools_set_up_are_initiatives() {
        let ex = extract("今年年初，澜江省推出促进民营经济发展壮大的20条举措。青禾县今年创新设立民间投资重点项目库，入选的200个项目已开工。");
        assert!(has(&ex, Initiative, "20条举措"), "{:?}", entities(&ex));
        assert!(labelled(&ex, "促进民营经济发展壮大的20条举措"), "{:?}", entities(&ex));
        assert!(has(&ex, Initiative, "民间投资重点项目库"), "{:?}", entities(&ex));
        // the count is the programme's name, no figure
        assert!(!ex.measurements.iter().any(|m| m.unit == "条"), "{:?}", ex.measurements);
        // nor is a count without the verb that issues it, nor a pool named by its kind alone
        let ex = extract("会上提出3条意见。村里有12条措施还没落实。青禾镇建立人才库。");
        assert!(!has(&ex, Initiative, "12条措施") && !has(&ex, Initiative, "人才库"), "{:?}", entities(&ex));
    }

    #[test]
    fn central_bodies_are_found_by_their_full_names() {
        let ex = extract("标题\n农业农村部答复了代表建议。国家发改委批复了青禾县的项目，澜州市青禾县农业农村局负责实施。");
        assert!(has(&ex, GovernmentBody, "农业农村部"), "{:?}", entities(&ex));
        assert!(has(&ex, GovernmentBody, "国家发展和改革委员会") && labelled(&ex, "国家发改委"), "{:?}", entities(&ex));
        assert!(has(&ex, GovernmentBody, "青禾县农业农村局"), "{:?}", entities(&ex));
        assert_eq!(ex.entities.iter().filter(|e| e.class == GovernmentBody).count(), 3, "{:?}", entities(&ex));
    }

    #[test]
    fn a_national_administration_s_local_office_is_one_body_named_by_it() {
        let ex = extract("标题\n镇里协调国家税务总局睢县税务局开辟绿色通道。国家金融监督管理总局北京监管局作了介绍。国家税务总局发布公告。");
        assert!(has(&ex, GovernmentBody, "国家税务总局睢县税务局") || labelled(&ex, "国家税务总局睢县税务局"), "{:?}", entities(&ex));
        assert!(labelled(&ex, "国家金融监督管理总局北京监管局"), "{:?}", entities(&ex));
        assert!(related(&ex, "国家税务总局睢县税务局", LocatedIn, "睢县"), "{:?}", relations(&ex));
        // the administration named alone stays itself, and a place's own body is no office of it
        assert!(has(&ex, GovernmentBody, "国家税务总局"), "{:?}", entities(&ex));
        // (and the office's own office after it: its township's 税务分局, its 第三税务所)
        let ex = extract("标题\n国家税务总局睢县税务局城关税务分局和城关镇人民政府共建服务站。国家税务总局澜州市税务局第三税务所揭牌。国家税务总局孟村回族自治县税务局辛店税务分局揭牌。");
        for name in ["国家税务总局睢县税务局城关税务分局", "国家税务总局澜州市税务局第三税务所", "国家税务总局孟村回族自治县税务局辛店税务分局"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label == "税务分局" || e.label == "国家税务总局"), "{:?}", entities(&ex));
        let ex = extract("标题\n国家税务总局开展调研，睢县税务局负责落实。");
        assert!(has(&ex, GovernmentBody, "国家税务总局") && has(&ex, GovernmentBody, "睢县税务局"), "{:?}", entities(&ex));
    }

    #[test]
    fn two_works_joined_by_ji_name_one_project() {
        let ex = extract("梅渚镇\n该镇引进郎溪县橘乡源农业科技有限公司，建设柑橘分选及冷链仓储项目。梅渚镇玉米烘干及深加工项目完成投资8000万元。");
        assert!(has(&ex, Project, "柑橘分选及冷链仓储"), "{:?}", entities(&ex));
        assert!(has(&ex, Project, "梅渚镇玉米烘干及深加工"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_bulleted_item_opening_with_a_project_s_name_names_the_project() {
        let ex = extract("梅渚镇项目\n据介绍，此次集中签约的3个项目分别是：\n——新能源汽车线束及连接器项目，由苏州锐联汽车电子有限公司投资，总投资3亿元。\n——青禾鑫达电子有限公司精密线束加工项目，总投资1.2亿元。\n——重点项目，总投资5亿元。");
        assert!(has(&ex, Project, "新能源汽车线束及连接器") && labelled(&ex, "新能源汽车线束及连接器项目"), "{:?}", entities(&ex));
        // (the company that invests names itself; a kind of project is none)
        assert!(has(&ex, Project, "精密线束加工") && !labelled(&ex, "青禾鑫达电子有限公司精密线束加工"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "重点项目"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_quoted_title_and_its_activity_held_on_a_day_are_an_event() {
        let ex = extract("青禾镇重阳节\n10月11日，柳溪村志愿服务队在柳溪村开展“情暖重阳”志愿服务活动。");
        assert!(has(&ex, Event, "情暖重阳志愿服务活动"), "{:?}", entities(&ex));
        // (without a day said, a programme run; before a ceremony's name, the ceremony is the event)
        let ex = extract("梅渚镇人大\n镇人大常态化开展“代表进网格”活动。");
        assert!(has(&ex, Initiative, "代表进网格") && !has(&ex, Event, "代表进网格活动"), "{:?}", entities(&ex));
        let ex = extract("梅渚镇\n当天，梅渚镇2025年“学雷锋·文明实践我行动”志愿服务月活动启动仪式在这里举行。");
        assert!(has(&ex, Initiative, "学雷锋·文明实践我行动") && !labelled(&ex, "学雷锋·文明实践我行动志愿服务月活动"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_quoted_model_is_a_programme_and_takes_the_kind_written_after_it() {
        let ex = extract("青禾镇平安建设\n柳溪派出所去年被命名为全县“枫桥式公安派出所”。青禾镇以创建“枫桥式”平安乡镇为目标，建成“一站式”综治中心。\n");
        assert!(has(&ex, Initiative, "枫桥式公安派出所"), "{:?}", entities(&ex));
        assert!(has(&ex, Initiative, "枫桥式平安乡镇"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label == "枫桥式公安派出所" && e.class != Initiative), "{:?}", entities(&ex));
        // (a manner said with a number names no model: “一站式”综治中心)
        assert!(!ex.entities.iter().any(|e| e.label == "一站式综治中心" || e.label == "枫桥式"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_long_slogan_carried_out_in_a_field_is_a_programme_unless_it_spells_out_a_name() {
        let ex = extract("青禾镇平安建设\n青禾镇实行矛盾纠纷“一站式接收、一揽子调处、全链条解决”。\n石门社区推行“群众点单、社区派单、志愿者接单、群众评单”的“四单”服务模式。\n");
        assert!(has(&ex, Initiative, "一站式接收、一揽子调处、全链条解决"), "{:?}", entities(&ex));
        assert!(has(&ex, Initiative, "四单"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("群众点单")), "{:?}", entities(&ex));
    }

    #[test]
    fn quoted_campaigns_and_battles_are_initiatives() {
        let ex = extract("标题\n青禾县开展了“万名党员联户帮扶活动”。澜州市打响“脱贫攻坚战”。柳溪村举办“读书活动”。");
        assert!(has(&ex, Initiative, "万名党员联户帮扶活动"), "{:?}", entities(&ex));
        assert!(has(&ex, Initiative, "脱贫攻坚战"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "读书活动"), "{:?}", entities(&ex));
        // (a known programme, or one named after it, that ends like a body: no bank, no shop)
        let ex = extract("标题\n青禾镇推行的志愿服务“积分银行”已覆盖全部村，群众可以到“美丽积分超市”兑换生活用品。“青禾农商银行”开业。");
        assert!(has(&ex, Initiative, "积分银行") && has(&ex, Initiative, "美丽积分超市"), "{:?}", entities(&ex));
        assert!(has(&ex, Company, "青禾农商银行"), "{:?}", entities(&ex));
    }

    #[test]
    fn policy_documents_in_book_title_marks_are_initiatives() {
        let ex = extract("青禾镇出台《关于加快发展乡村旅游的实施意见》，柳溪村制定了《柳溪村村规民约实施办法》。");
        assert!(has(&ex, Initiative, "关于加快发展乡村旅游的实施意见"), "{:?}", entities(&ex));
        assert!(has(&ex, Initiative, "柳溪村村规民约实施办法"), "{:?}", entities(&ex));
        // a book or a newspaper is no programme, nor a document named by its kind alone
        let ex = extract("村民们阅读《山乡巨变》和《人民日报》，镇里印发《实施方案》。");
        assert!(!ex.entities.iter().any(|e| e.class == Initiative), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_s_collective_said_of_no_village_names_none() {
        let ex = extract("原由村集体经营的水厂改为承包经营，各村干部带头。");
        assert!(!ex.entities.iter().any(|e| e.class == Community), "{:?}", entities(&ex));
        let ex = extract("柳溪村集体经济收入增长。");
        assert!(has(&ex, Community, "柳溪村"), "{:?}", entities(&ex));
        // a village written right after its township, whose suffix jieba glued to the
        // village's first character, starts after the township; where a village lies is no
        // part of its name
        let ex = extract("标题\n托甫汗镇英阿瓦提村、黄竹镇白塘村和周边赤坑村参加。红莫镇尔吉村安全饮水工程完工。");
        for v in ["英阿瓦提村", "白塘村", "赤坑村", "尔吉村"] {
            assert!(has(&ex, Community, v), "{v}: {:?}", entities(&ex));
        }
        assert!(related(&ex, "英阿瓦提村", LocatedIn, "托甫汗镇") && related(&ex, "白塘村", LocatedIn, "黄竹镇"), "{:?}", relations(&ex));
        assert!(related(&ex, "尔吉村", LocatedIn, "红莫镇"), "{:?}", relations(&ex));
        // a body or works named after a township jieba cut after its first character
        // (坳/仔镇) start with the township, not with the verb of the clause before it
        let ex = extract("标题\n请向坳仔镇规划建设办公室反映。生活污水将统一输送至坳仔镇污水处理厂处理。");
        assert!(labelled(&ex, "坳仔镇规划建设办公室") && labelled(&ex, "坳仔镇污水处理厂"), "{:?}", entities(&ex));
        // nor do a thousand or ten thousand villages of a programme's name
        let ex = extract("标题\n青禾镇深入实施“百县千镇万村高质量发展工程”，围绕“千村美丽、万村整洁”行动推进。");
        assert!(!ex.entities.iter().any(|e| e.class == Community), "{:?}", entities(&ex));
    }

    #[test]
    fn residential_compounds_are_named_and_kinds_of_compounds_are_not() {
        let ex = extract("今年4月，幸福里小区、金桂苑小区和阳光家园小区被纳入改造计划。在锦绣花园小区，居民说起了变化。");
        for c in ["幸福里小区", "金桂苑小区", "阳光家园小区", "锦绣花园小区"] {
            assert!(has(&ex, Community, c), "{c}: {:?}", entities(&ex));
        }
        let ex = extract("全区改造老旧小区23个，涉及住宅小区、无物业小区和安置小区。该小区居民说，物业进小区后，各小区面貌一新。辖区小区开展平安小区创建，要看老旧小区改造。");
        assert!(!ex.entities.iter().any(|e| e.class == Community), "{:?}", entities(&ex));
    }

    #[test]
    fn transliterated_names_after_a_post_or_what_a_person_is_are_people() {
        let ex = extract("宝格达苏木奶业\n苏木达巴图孟和出席。嘎查党支部书记孟和巴雅尔说，牧民其木格说，副主任阿依古丽·买买提主持。");
        for p in ["巴图孟和", "孟和巴雅尔", "其木格", "阿依古丽·买买提"] {
            assert!(has(&ex, Person, p), "{p}: {:?}", entities(&ex));
        }
        // (Kazakh and Uyghur names, long or glued to 是)
        let ex = extract("延安北路街道\n退休教师叶尔兰·努尔兰是社区的网格员。“好。”独居老人热孜万古丽·阿不都拉说。");
        assert!(has(&ex, Person, "叶尔兰·努尔兰") && has(&ex, Person, "热孜万古丽·阿不都拉"), "{:?}", entities(&ex));
        // (外力, 卜杜, 荪: characters of Uyghur names a word of the dictionary holds too)
        let ex = extract("温宿县\n镇长阿布都外力·艾买提到场观摩。网格员阿卜杜·图尔荪说，村民都来了。书记买买提·艾合买提和喀拉托别村村委会主任叶尔兰·努尔兰参加。");
        assert!(has(&ex, Person, "阿布都外力·艾买提") && has(&ex, Person, "阿卜杜·图尔荪") && has(&ex, Person, "买买提·艾合买提"), "{:?}", entities(&ex));
        // (a conjunction starts none; a Han name stays as jieba saw it)
        let ex = extract("青禾镇来客\n镇党委书记王建华和巴西客商座谈。村民马丽娜说，日子好了。");
        assert!(has(&ex, Person, "王建华") && has(&ex, Person, "马丽娜"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.class == Person && e.label.starts_with('和')), "{:?}", entities(&ex));
    }

    #[test]
    fn funeral_homes_cemeteries_cold_stores_and_militia_platoons_are_named_by_their_place() {
        let ex = extract("青禾镇\n青禾县殡仪馆提供服务，青禾县征兵体检站开展体检，镇征兵工作站负责登记。青禾镇民兵应急排集中训练。青禾镇公益性公墓占地35亩，全镇建成公益性公墓2处。柳溪果蔬冷库建成，新建冷库3座。柳溪村电动自行车集中充电棚投用，配套建设柳溪育苗中心。青禾区消防救援支队柳溪消防救援站站长丁伟带队，在柳溪小区微型消防站开展练兵。青禾镇殡葬服务站设在便民服务中心。青禾镇集约化育苗中心建成。");
        for (class, name) in [(GovernmentBody, "柳溪消防救援站"), (GovernmentBody, "柳溪小区微型消防站"), (Institution, "青禾镇殡葬服务站"), (Project, "青禾镇集约化育苗中心"), (Project, "柳溪育苗中心"), (Institution, "青禾县殡仪馆"), (Institution, "青禾县征兵体检站"), (GovernmentBody, "青禾镇征兵工作站"), (SocialOrganization, "青禾镇民兵应急排"), (Project, "青禾镇公益性公墓"), (Project, "柳溪果蔬冷库"), (Project, "柳溪村电动自行车集中充电棚")] {
            assert!(has(&ex, class, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| matches!(e.label.as_str(), "公益性公墓" | "新建冷库" | "冷库")), "{:?}", entities(&ex));
        // (a body's store; a shed the works are done on)
        let ex = extract("青禾镇\n青禾农业开发有限公司冷库开展演练。柳溪小区非机动车充电棚改造工程完工。查看3个村退役军人服务站。");
        assert!(!ex.entities.iter().any(|e| e.label.starts_with('个')), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("冷库") || e.label.ends_with("充电棚")), "{:?}", entities(&ex));
        // (协同, 代表, 户籍所在地, 旗下 before a body: the sentence's words, not the name's)
        let ex = extract("青禾镇\n镇武装部协同青禾派出所开展巡逻。代表谷金楼镇人民政府签约。补贴由户籍所在地村委会受理。由旗下陕西秦绿种苗有限公司负责建设。");
        for name in ["青禾派出所", "谷金楼镇人民政府", "陕西秦绿种苗有限公司"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.starts_with(['协', '代', '户', '旗'])), "{:?}", entities(&ex));
    }

    #[test]
    fn a_phase_said_after_a_park_without_its_project_word_is_the_phase_s_project() {
        let ex = extract("青禾镇\n青禾镇戈壁生态农业产业园二期建成投用，完成投资8600万元。柳溪村光伏电站一期、二期均已并网。启动柳溪设施农业产业园三期建设。");
        assert!(labelled(&ex, "柳溪设施农业产业园三期"), "{:?}", entities(&ex));
        assert!(ex.entities.iter().any(|e| e.class == Project && e.label.ends_with("戈壁生态农业产业园二期")), "{:?}", entities(&ex));
        assert!(relations(&ex).iter().any(|(a, p, b)| *p == PartOf && a.ends_with("产业园二期") && b.ends_with("产业园")), "{:?}", relations(&ex));
        // (a phase not said as a word of its own: 一期、二期 after the station names the phases)
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("期期")), "{:?}", entities(&ex));
        // (a park's name at the very end of the text, or one character before it)
        let ex = extract("青禾镇\n青禾镇食品产业园二期标准化厂房项目开工。");
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("产业园二期")), "{:?}", entities(&ex));
        // (the phase itself the text's last word: asked without reading past the end)
        for text in ["青禾镇\n建设青禾镇戈壁生态农业产业园", "青禾镇\n建设青禾镇戈壁生态农业产业园。", "青禾镇\n建设青禾镇戈壁生态农业产业园二", "青禾镇\n青禾镇戈壁生态农业产业园二期"] {
            let ex = extract(text);
            assert!(text.ends_with(['二', '期']) || ex.entities.iter().any(|e| e.class == Project), "{text}");
        }
    }

    #[test]
    fn projects_keep_their_phase_the_company_they_are_named_after_and_what_is_built_anew() {
        let ex = extract("云岫区开工\n4月8日，云岫区重点项目集中开工活动在园区举行。同样位于园区的青禾智能装备产业园一期项目，由北京中科鼎盛投资集团有限公司投资建设。此外，云岫恒锐精密部件有限公司新能源汽车零部件扩产项目投资4.3亿元。云岫北方冷链物流园项目由云岫远拓新材料有限公司投资建设。星光学校新建项目开工。");
        assert!(has(&ex, Event, "云岫区重点项目集中开工活动") || labelled(&ex, "重点项目集中开工活动"), "{:?}", entities(&ex));
        for name in ["青禾智能装备产业园一期项目", "云岫恒锐精密部件有限公司新能源汽车零部件扩产项目", "云岫北方冷链物流园项目", "星光学校新建项目"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        for company in ["云岫恒锐精密部件有限公司", "云岫远拓新材料有限公司"] {
            assert!(has(&ex, Company, company), "{company}: {:?}", entities(&ex));
        }
        assert!(related(&ex, "云岫恒锐精密部件有限公司", Undertakes, "云岫恒锐精密部件有限公司新能源汽车零部件扩产"), "{:?}", relations(&ex));
        // (new things in general are no company's name; building anew alone names no project)
        let ex = extract("全市新上市公司12家，新建项目30个。");
        assert!(!ex.entities.iter().any(|e| matches!(e.class, Company | Project)), "{:?}", entities(&ex));
    }

    #[test]
    fn a_project_of_common_words_is_one_when_it_is_built_invested_in_or_costed() {
        let ex = extract("青禾县项目签约\n会上签约了3个配套项目：澄远精工机械有限公司投资8亿元建设高端轴承及传动部件项目；落户柳溪镇的纺织服装产业园项目由云岫锦华纺织有限公司投资建设；柳溪镇实施高标准农田建设项目；县城商贸综合体项目总投资4.2亿元。");
        for name in ["高端轴承及传动部件项目", "纺织服装产业园项目", "高标准农田建设项目", "县城商贸综合体项目"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        // (kinds of projects: counted, said of a whole industry, key projects, no verb of
        // building; a short description)
        let ex = extract("青禾县项目签约\n县里引进来自沿海地区的新能源产业项目13个。开工建设的配套电网重点项目进展顺利。中央资金支持符合条件的公共服务设施项目。柳溪镇建设烘干项目。");
        assert!(!ex.entities.iter().any(|e| e.class == Project), "{:?}", entities(&ex));
    }

    #[test]
    fn the_verb_huitong_the_particle_zhi_and_a_body_s_role_start_no_name() {
        // (会同|县公安局: acting together; 转移至|河坑小学: moved to; 施工单位|…有限公司: the role)
        let ex = extract("梅渚镇防汛\n由梅渚派出所会同县公安局交巡警大队负责。126人全部转移至河坑小学。施工单位甘肃陇峪水利水电工程有限公司负责施工。湖南省会同县召开会议。");
        assert!(!ex.entities.iter().any(|e| e.label.contains("派出所会同") || e.label.starts_with('至') || e.label.starts_with("施工单位")), "{:?}", entities(&ex));
        for name in ["河坑小学", "甘肃陇峪水利水电工程有限公司", "会同县"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        // (a road's project after a village's lone 村: 南社/村|至|镇区…)
        let ex = extract("梅渚镇民生\n南社村至镇区道路提升工程改造道路4.5公里。");
        assert!(labelled(&ex, "南社村至镇区道路提升工程"), "{:?}", entities(&ex));
    }

    #[test]
    fn names_glued_to_shuo_after_posts_and_after_what_people_are() {
        let ex = extract("柳溪村简讯\n河坑村党总支书记植伟明说，村里组建了队伍。村党支部书记、村委会主任苟建明说。主治医师萨仁高娃正在看病。种植大户税永兵一开口，大家笑了。");
        for who in ["植伟明", "苟建明", "萨仁高娃", "税永兵"] {
            assert!(has(&ex, Person, who), "{who}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn volunteer_teams_named_by_a_brand_are_bodies_and_those_named_by_their_members_kinds() {
        let ex = extract("青禾镇志愿服务\n青禾镇“椰乡红”党员志愿服务队开展活动。夕阳红助老志愿服务队走进柳溪村。红马甲志愿服务总队成立。青年志愿服务队、巾帼志愿服务队参加。库区群众加入志愿服务队。镇水利所、镇安监站参加。镇里组建了“青小帮”帮办代办服务队。");
        for team in ["椰乡红党员志愿服务队", "青小帮帮办代办服务队", "夕阳红助老志愿服务队", "红马甲志愿服务总队", "青禾镇水利所", "青禾镇安监站"] {
            assert!(labelled(&ex, team), "{team}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| ["青年志愿服务队", "巾帼志愿服务队"].contains(&e.label.as_str()) || e.label.contains("群众")), "{:?}", entities(&ex));
    }

    #[test]
    fn items_of_a_list_of_works_keep_their_road_ends_bodies_and_whom_they_serve() {
        let ex = extract("青禾镇民生实事\n主要包括：柳溪村至石桥村通组公路提质改造工程，投资860万元；青禾镇卫生院住院楼改造及设备购置项目，投资520万元；云岫社区老年食堂建设项目，投资85万元；青禾镇卫生院中医馆建设项目，投资95万元；石桥村老年人日间照料中心建设项目，投资60万元。");
        for name in ["柳溪村至石桥村通组公路提质改造工程", "青禾镇卫生院住院楼改造及设备购置项目", "云岫社区老年食堂建设项目", "青禾镇卫生院中医馆建设项目", "石桥村老年人日间照料中心建设项目"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        // (a name the length limit cut at 至 starts after it; a road named from a county on
        // keeps the county)
        let ex = extract("今天，陕西眉县至太白高速公路衙岭隧道贯通。江苏省南京市浦口区至仪征市高速公路沿江段配套排水工程开工。");
        assert!(has(&ex, Project, "陕西眉县至太白高速公路衙岭隧道"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.class == Project && e.label.starts_with('至')), "{:?}", entities(&ex));
    }

    #[test]
    fn commissions_by_their_short_names_and_a_secretary_announcing_a_start() {
        let ex = extract("云岫区开工\n区委书记高振宇宣布项目开工。区发展改革委主任韩立军、县卫健委副主任王强出席。水利部会同国家发展改革委部署。");
        assert!(has(&ex, Person, "高振宇") && !ex.entities.iter().any(|e| e.class == Project), "{:?}", entities(&ex));
        assert!(labelled(&ex, "区发展改革委") && labelled(&ex, "县卫健委"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("会同")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_signing_fair_is_an_event_and_a_market_no_city() {
        let ex = extract("青禾镇美食节\n青禾镇同步举办文旅项目推介签约会。渔家海鲜市集人气旺。");
        assert!(has(&ex, Event, "文旅项目推介签约会"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("海鲜市")), "{:?}", entities(&ex));
    }

    #[test]
    fn street_office_names_jieba_cuts_and_verbs_before_a_company_s_place() {
        let ex = extract("卢沟桥街道接诉即办\n会上，润泽园社区、丰益北里社区作交流发言。街道联合北京丰源热力有限公司对管网测温，并引入北京畅行捷停车管理有限公司。公司总经理孙浩说。街道工委书记李明辉出席，区政务服务和数据管理局、区住房城乡建设委到会。社区“两委”班子参加。");
        for (class, name) in [(Community, "润泽园社区"), (Community, "丰益北里社区"), (Company, "北京丰源热力有限公司"), (Company, "北京畅行捷停车管理有限公司"), (Person, "孙浩")] {
            assert!(has(&ex, class, name), "{name}: {:?}", entities(&ex));
        }
        for alias in ["街道工委", "区政务服务和数据管理局", "区住房城乡建设委"] {
            assert!(labelled(&ex, alias), "{alias}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label == "两委"), "{:?}", entities(&ex));
    }

    #[test]
    fn roads_named_after_places_verbs_before_a_street_office_and_a_joined_event() {
        let ex = extract("延安北路街道\n社区与延安北路派出所签协议，联合街道劳动保障所办招聘会。民族团结进步月暨石榴园社区主题活动启动。");
        assert!(!ex.entities.iter().any(|e| e.label == "延安市" || e.label == "联合街道"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "石榴园社区"), "{:?}", entities(&ex));
    }

    #[test]
    fn campaign_months_ceremonies_courses_and_harvest_days_are_events() {
        let ex = extract("青禾县安全\n6月1日，青禾县安全生产月启动仪式在县城广场举行。街道召开民族团结进步模范集体和模范个人表彰大会。镇里举办村两委干部能力提升培训班。青禾镇枸杞开园节开幕。");
        for name in ["安全生产月启动仪式", "民族团结进步模范集体和模范个人表彰大会", "村两委干部能力提升培训班", "青禾镇枸杞开园节"] {
            assert!(ex.entities.iter().any(|e| e.class == Event && (e.label.ends_with(name) || e.alt_labels.iter().any(|a| a.ends_with(name)))), "{name}: {:?}", entities(&ex));
        }
        // (a function word between nouns still ends a meeting's name; how many courses were held is no part of one)
        let ex = extract("大会通过人民代表大会决议。镇里举办7期文物培训班。");
        assert!(!ex.entities.iter().any(|e| e.label.contains("通过") || e.label.starts_with('7')), "{:?}", entities(&ex));
    }

    #[test]
    fn natural_villages_are_villages() {
        let ex = extract("青禾镇柳溪村小寨沟自然村多年来仅有一座拱坝。");
        assert!(has(&ex, Community, "小寨沟自然村"), "{:?}", entities(&ex));
        let ex = extract("全县努力实现行政村通客车，撤并人口规模自然村。");
        assert!(!ex.entities.iter().any(|e| e.class == Community), "{:?}", entities(&ex));
    }

    #[test]
    fn what_a_place_becomes_is_no_project() {
        let ex = extract("柳溪村迅速成为全县重要的优质茶叶生产基地。");
        assert!(!ex.entities.iter().any(|e| e.class == Project), "{:?}", entities(&ex));
    }

    #[test]
    fn what_a_village_is_like_names_no_village() {
        let ex = extract("昔日小山村走出致富路。柳溪村是个偏远渔村，也是远近闻名的古村。云溪镇青石村村集体经济收入增长。");
        assert!(has(&ex, Community, "柳溪村") && has(&ex, Community, "青石村"), "{:?}", entities(&ex));
        for wrong in ["小山村", "偏远渔村", "渔村", "古村", "青石村村"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn the_word_after_a_subject_pronoun_starts_no_name() {
        // 会同 (together with) is also a county's name
        let ex = extract("青禾镇召开会议。他会同镇农业服务中心技术人员走访农户，她会同县领导调研。");
        for wrong in ["会同镇", "会同镇农业服务中心", "会同县"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
        assert!(has(&ex, Institution, "青禾镇农业服务中心"), "{:?}", entities(&ex));
        // 镇卫生院: the institution of the document's town, and the post is in it
        let ex = extract("青禾镇召开会议。镇卫生院院长李明介绍了情况，镇文化站也来了。");
        assert!(has(&ex, Institution, "青禾镇卫生院") && has(&ex, Institution, "青禾镇文化站"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.org].label == "青禾镇卫生院" && ex.entities[p.person].label == "李明"), "{:?}", ex.posts);
    }

    #[test]
    fn a_place_inside_a_person_name_is_no_place() {
        // jieba reads 王/丽水 (a city's short name) after the post
        let ex = extract("村党支部副书记王丽水介绍了情况。");
        assert!(has(&ex, Person, "王丽水"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "丽水市"), "{:?}", entities(&ex));
    }

    #[test]
    fn autonomous_divisions_are_found_by_their_everyday_names() {
        let ex = extract("普洱市澜沧县惠民镇召开推进会。黔西南州兴义市加快发展。");
        assert!(has(&ex, AdministrativeDivision, "澜沧拉祜族自治县"), "{:?}", entities(&ex));
        assert!(ex.entities.iter().any(|e| e.label == "澜沧拉祜族自治县" && e.alt_labels.iter().any(|a| a == "澜沧县")));
        assert!(has(&ex, AdministrativeDivision, "黔西南布依族苗族自治州"));
        assert!(!labelled(&ex, "沧县"), "a county of another province inside 澜沧县: {:?}", entities(&ex));
    }

    #[test]
    fn places_the_table_does_not_hold_are_found_by_suffix_and_chain() {
        let ex = extract("近日，澜州市云澄区青禾镇召开会议。云澄区青禾镇位于澜江之畔。");
        assert!(has(&ex, AdministrativeDivision, "云澄区"), "{:?}", entities(&ex));
        assert!(has(&ex, AdministrativeDivision, "青禾镇"));
        assert!(!labelled(&ex, "全国文明镇"));
    }

    #[test]
    fn a_place_does_not_end_inside_a_common_word() {
        // 发展乡 is in the table; here 乡 starts 乡村
        let ex = extract("柳溪村通过发展乡村旅游增收。");
        assert!(!labelled(&ex, "发展乡"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_after_its_township_keeps_its_leading_adjective() {
        // and a later mention jieba cut (当选|小/台子村) is the same village
        for text in ["云澄区青禾镇小柳沟村党支部书记王振华介绍情况。", "云澄区青禾镇小台子村党支部书记王振华介绍情况。2021年他当选小台子村党支部书记。"] {
            let ex = extract(text);
            let village = if text.contains("柳沟") { "小柳沟村" } else { "小台子村" };
            assert!(has(&ex, Community, village), "{:?}", entities(&ex));
            assert!(has(&ex, PartyOrganization, &format!("{village}党支部")), "{:?}", entities(&ex));
            assert!(!labelled(&ex, &village[3..]), "{:?}", entities(&ex));
        }
    }

    #[test]
    fn going_back_to_the_village_names_no_village() {
        let ex = extract("大学毕业后，“95后”的刘晓燕高中毕业后回村创业，带动乡亲种植杨梅，“五一”期间游客众多。");
        assert!(!ex.entities.iter().any(|e| e.class == Community), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "95后") && !labelled(&ex, "五一"), "{:?}", entities(&ex));
    }

    #[test]
    fn kinds_of_works_after_a_level_word_are_no_projects() {
        let ex = extract("当记者来到这里时，正赶上柳溪村的“村晚”正在上演。必须由村集体和县、乡水利工程技术人员进行测量。");
        assert!(has(&ex, Community, "柳溪村"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "乡水利工程"), "{:?}", entities(&ex));
    }

    #[test]
    fn programmes_the_whole_country_runs_are_found_without_quotes() {
        let ex = extract("标题\n青禾镇以网格化管理为抓手，推行积分制管理，各村设立爱心积分超市。镇卫生院推进医养结合。");
        for p in ["网格化管理", "积分制管理", "爱心积分超市", "医养结合"] {
            assert!(has(&ex, Initiative, p), "{p}: {:?}", entities(&ex));
        }
        // (the longest: not 积分制 inside 积分制管理; not inside another word: 积分制度)
        let ex = extract("标题\n青禾镇完善积分制度。");
        assert!(!labelled(&ex, "积分制"), "{:?}", entities(&ex));
    }

    #[test]
    fn meetings_and_drills_held_are_named_by_all_their_words() {
        // (管理 stops other names, not a meeting's; 文明/nr after a noun of the name is a word;
        // 开展 holds a drill as 召开 a meeting)
        let ex = extract("标题\n11月17日，青禾镇召开网格化管理暨新时代文明实践工作推进会。6日，青禾镇在柳溪村组织开展2024年防汛抢险应急演练。");
        for name in ["网格化管理暨新时代文明实践工作推进会", "2024年防汛抢险应急演练"] {
            assert!(has(&ex, Event, name), "{name}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn a_township_inside_a_word_jieba_guessed_and_what_a_capacity_makes_are_in_names() {
        // (摆/金镇文/nr|旅康养: the township's name runs into a word jieba's HMM made; 年产5万吨|
        // 新型/a|…: the adjective after a capacity)
        let ex = extract("标题\n青禾公司投资建设的年产5万吨新型墙体材料项目投资3亿元；云岭公司投资的摆金镇文旅康养综合体项目投资1亿元。");
        assert!(has(&ex, Project, "年产5万吨新型墙体材料"), "{:?}", entities(&ex));
        assert!(has(&ex, AdministrativeDivision, "摆金镇") && labelled(&ex, "摆金镇文旅康养综合体"), "{:?}", entities(&ex));
        // (力争|…: striving for, planning and adjusting stop names)
        let ex = extract("标题\n青禾镇力争竹基复合材料生产线项目6月底前开工，调整充实青禾镇防汛抗旱指挥部。");
        assert!(labelled(&ex, "竹基复合材料生产线") && labelled(&ex, "青禾镇防汛抗旱指挥部"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("力争") || e.label.starts_with("调整")), "{:?}", entities(&ex));
        // (的|万吨|杂粮…: a scale with no numeral before it starts the name; not a count: 百余项)
        let ex = extract("标题\n澜州禾丰农业开发有限公司投资建设的万吨杂粮精深加工项目总投资1.5亿元。");
        assert!(has(&ex, Project, "万吨杂粮精深加工"), "{:?}", entities(&ex));
    }

    #[test]
    fn works_named_by_what_they_work_on_are_projects() {
        let ex = extract("标题\n青溪河柳湾段堤防加固工程完工。青禾镇实施了农村供水保障工程，铺设管网36公里。乡村饮水安全巩固提升工程将改造供水管网26公里。集镇雨污管网延伸工程完工。镇里实施干部素质提升工程。要科学调度流域防洪工程，补齐防洪工程短板。");
        for works in ["农村供水保障工程", "乡村饮水安全巩固提升工程", "集镇雨污管网延伸工程", "青溪河柳湾段堤防加固工程"] {
            assert!(has(&ex, Project, works), "{works}: {:?}", entities(&ex));
        }
        // a programme of people names no works; the sentence's verb is no part of a name
        assert!(has(&ex, Initiative, "干部素质提升工程"), "{:?}", entities(&ex));
        for wrong in ["科学调度流域防洪工程", "防洪工程", "补齐防洪工程"] {
            assert!(!has(&ex, Project, wrong), "{wrong}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn kinds_of_areas_and_verbs_before_names_are_no_names() {
        let ex = extract("标题\n青禾县地处深山区，丘陵地区占全县面积的一半。记者来到青禾镇时，正赶上澜江茶叶博览会开幕。清水河流经社区，居民在河边散步。县里决定建设禾丰火力发电厂。");
        for wrong in ["深山区", "丘陵地区", "正赶上澜江茶叶博览会", "清水河流经社区", "决定建设禾丰火力发电厂"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
        assert!(has(&ex, Event, "澜江茶叶博览会"), "{:?}", entities(&ex));
        // a special administrative region is one
        let ex = extract("标题\n澳门特别行政区今天举行庆祝活动。");
        assert!(has(&ex, AdministrativeDivision, "澳门特别行政区"), "{:?}", entities(&ex));
    }

    #[test]
    fn who_owns_an_enterprise_is_no_part_of_its_name() {
        let ex = extract("标题\n他们兼并了因效益不佳而停产的县属企业澜州塑管厂，组建了禾盛公司。民营高新技术企业禾溪科技有限公司落户青禾镇企业服务中心。");
        assert!(labelled(&ex, "禾溪科技有限公司"), "{:?}", entities(&ex));
        assert!(labelled(&ex, "澜州塑管厂"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with(['县', '企', '民', '高'])), "{:?}", entities(&ex));
        assert!(labelled(&ex, "青禾镇企业服务中心"), "{:?}", entities(&ex));
        // (区属国企: the kind of enterprise said short)
        let ex = extract("青禾街道\n由区属国企澜州碧水物业服务有限公司进驻管理。");
        assert!(labelled(&ex, "澜州碧水物业服务有限公司"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.contains("国企")), "{:?}", entities(&ex));
    }

    #[test]
    fn posts_counted_name_no_committee() {
        let ex = extract("标题\n澜州地委组织部为5个贫困县选配了8名党政一把手，其中县委书记3名，县长5名。青禾县位于澜州。");
        assert!(!ex.entities.iter().any(|e| e.class == PartyOrganization && e.label.ends_with("县委")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_starting_with_a_direction_after_its_township_is_whole() {
        let ex = extract("标题\n澜州的高庙乡后李家村的党员王振华说，村里变化很大。");
        assert!(has(&ex, Community, "后李家村"), "{:?}", entities(&ex));
        assert!(has(&ex, AdministrativeDivision, "高庙乡"), "{:?}", entities(&ex));
        // (东后/f|子峪村: two directions jieba read as one word, where a phrase starts)
        let ex = extract("高庙乡简讯\n东后子峪村妇联主席郎桂香介绍。");
        assert!(has(&ex, Community, "东后子峪村") && has(&ex, SocialOrganization, "东后子峪村妇联"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "子峪村"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_jieba_glued_to_the_division_before_keeps_its_own_bounds() {
        // 浑源县|西|王庄村: the direction starts the village; 中益|乡龙溪村: the township's
        // suffix is not the village's
        let ex = extract("标题\n大同市浑源县西王庄村的党员说，重庆石柱县中益乡龙溪村的药材丰收了。");
        assert!(has(&ex, Community, "西王庄村"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "龙溪村") && has(&ex, AdministrativeDivision, "中益乡"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "王庄村") && !labelled(&ex, "乡龙溪村"), "{:?}", entities(&ex));
        assert!(crate::pipeline::test_support::related(&ex, "龙溪村", crate::model::Predicate::LocatedIn, "中益乡"), "{:?}", crate::pipeline::test_support::relations(&ex));
    }

    #[test]
    fn verbs_ranks_and_kinds_of_villages_name_no_body() {
        let ex = extract("标题\n青禾县委紧紧抓住县、局级党委这一层次，充分调动党委职能部门的积极性，派人指导农村党支部建设，全县12个后进村党支部和山村党支部全部转化。柳溪村党支部书记王振华说。");
        for wrong in ["局级党委", "充分调动党委", "指导农村党支部", "后进村党支部", "山村党支部"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
        assert!(has(&ex, PartyOrganization, "柳溪村党支部"), "{:?}", entities(&ex));
        // guiding right before the suffix is the body's kind
        let ex = extract("标题\n青禾县精神文明建设指导委员会召开会议。");
        assert!(labelled(&ex, "青禾县精神文明建设指导委员会"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_research_body_named_by_two_fields_keeps_its_and() {
        let ex = extract("标题\n中国科学院华北农业与生态环境研究所所长冯明说，青禾县人民医院和镇卫生院开展义诊。");
        assert!(has(&ex, Institution, "中国科学院华北农业与生态环境研究所"), "{:?}", entities(&ex));
        assert!(has(&ex, Person, "冯明") && !labelled(&ex, "冯明说"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.org].label.ends_with("研究所") && p.role == "所长"), "{:?}", ex.posts);
        assert!(!ex.entities.iter().any(|e| e.label.contains("医院和")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_named_mechanism_or_system_set_up_is_a_programme() {
        let ex = extract("标题\n青禾县建立和健全了村干部坐班值守考核机制，柳溪村建立禾联制度。青禾镇建立考评制度，完善工作机制。");
        assert!(has(&ex, Initiative, "村干部坐班值守考核机制") && has(&ex, Initiative, "禾联制度"), "{:?}", entities(&ex));
        // (a system of four characters or more, set up or carried out: 实行轮值主席制度)
        let ex = extract("标题\n联盟实行轮值主席制度，建立联席会议制度。");
        assert!(has(&ex, Initiative, "轮值主席制度") && has(&ex, Initiative, "联席会议制度"), "{:?}", entities(&ex));
        for kind in ["考评制度", "工作机制"] {
            assert!(!labelled(&ex, kind), "{kind}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn places_listed_with_what_they_are_known_for_are_places() {
        // short names of districts under the city named, each before 的 in an enumeration;
        // a mountain area and the common word 乡村 cut in two are no places
        let ex = extract("标题\n重庆市的特产很多，江津的花椒、綦江的腊肉都很有名。武陵山区建成美丽宜居乡村120个。");
        assert!(has(&ex, AdministrativeDivision, "江津区") && has(&ex, AdministrativeDivision, "綦江区"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "武陵山区") && !labelled(&ex, "宜居乡"), "{:?}", entities(&ex));
    }

    #[test]
    fn numbered_works_named_by_what_they_do_are_programmes() {
        let ex = extract("标题\n青禾县全面实施道路、供水、供电三大提升改造工程，建成一大批民生工程。");
        assert!(has(&ex, Initiative, "三大提升改造工程"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "供电三大提升改造工程") && !labelled(&ex, "一大批民生工程"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_county_in_a_slogan_is_no_place() {
        let ex = extract("标题\n他获评科技兴县先进个人，立志兴县富民。");
        assert!(!labelled(&ex, "兴县"), "{:?}", entities(&ex));
        let ex = extract("标题\n吕梁市兴县的干部说。");
        assert!(has(&ex, AdministrativeDivision, "兴县"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_whose_leading_adjective_jieba_cut_off_is_whole() {
        let ex = extract("标题\n湖南省湘潭县遭遇洪水。当晚，老河村几十户村民家通上了电。");
        assert!(has(&ex, Community, "老河村") && !labelled(&ex, "河村"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_township_renamed_from_xiang_to_zhen_is_the_table_s() {
        // 威县章台镇 was a 乡 in older reports: the same township, named as written
        let ex = extract("标题\n威县章台乡柳溪村的党员说，章台乡人民政府帮了大忙。");
        let town = ex.entities.iter().find(|e| e.label == "章台镇" || e.alt_labels.iter().any(|a| a == "章台乡")).expect("the township");
        assert_eq!(town.admin_code.as_deref(), Some("130533102000"), "{:?}", entities(&ex));
        assert!(crate::pipeline::test_support::related(&ex, "柳溪村", crate::model::Predicate::LocatedIn, &town.label), "{:?}", crate::pipeline::test_support::relations(&ex));
        assert!(labelled(&ex, "章台乡人民政府"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_programme_taken_as_the_lever_is_named_by_the_frame() {
        let ex = extract("标题\n青禾县以禾川和美乡村示范创建行动为抓手，推进乡村建设，所以工作成效明显。青禾镇以实施禾兴富民工程为引领。");
        assert!(has(&ex, Initiative, "禾川和美乡村示范创建行动"), "{:?}", entities(&ex));
        assert!(has(&ex, Initiative, "禾兴富民工程") && !labelled(&ex, "实施禾兴富民工程"), "{:?}", entities(&ex));
        let ex = extract("标题\n青禾县以重点工程为抓手。");
        assert!(!ex.entities.iter().any(|e| e.class == Initiative), "{:?}", entities(&ex));
    }

    #[test]
    fn prefectures_go_by_their_1998_forms() {
        // 衡水|地委: the city's short name before 地委, 地区 or 行署 is the prefecture; 地委
        // said alone is the one the text names in full; 全区 is the prefecture
        let ex = extract("标题\n衡水地委组织部召开会议。地委决定在全区推广这一做法，全区共有3000名干部参加。衡水行署也派人参加。时任衡水地委书记王振华讲话。");
        assert!(has(&ex, PartyOrganization, "衡水地委组织部") && has(&ex, PartyOrganization, "衡水地委"), "{:?}", entities(&ex));
        assert!(has(&ex, GovernmentBody, "衡水行署"), "{:?}", entities(&ex));
        assert!(labelled(&ex, "衡水地区") && !has(&ex, PartyOrganization, "地委"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "时任衡水地委"), "{:?}", entities(&ex));
        let related = |s: &str, o: &str| crate::pipeline::test_support::related(&ex, s, crate::model::Predicate::LocatedIn, o);
        assert!(related("衡水地委", "衡水市") && related("衡水地委组织部", "衡水市"), "{:?}", crate::pipeline::test_support::relations(&ex));
        assert!(ex.measurements.iter().any(|m| ex.entities[m.entity].label == "衡水市" && m.value == "3000"));
    }

    #[test]
    fn armed_police_units_are_organisations_and_how_poor_a_village_was_names_none() {
        let ex = extract("标题\n武警澜州总队青禾支队官兵赶到现场。柳溪村曾是特困村，也是经济落后村。");
        assert!(labelled(&ex, "武警澜州总队青禾支队"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "特困村") && !labelled(&ex, "经济落后村"), "{:?}", entities(&ex));
    }

    #[test]
    fn titles_and_common_nouns_are_not_places() {
        let ex = extract("青禾镇获评全国文明镇，乡贤回乡投资，城乡面貌一新。");
        assert!(!labelled(&ex, "全国文明镇") && !labelled(&ex, "乡贤回乡"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_post_then_a_name_is_a_person_and_joined_posts_share_the_name() {
        let ex = extract("鹤栖社区党委书记、居委会主任许红梅介绍了情况。");
        assert!(has(&ex, Person, "许红梅"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.org].label == "鹤栖社区党委" && p.role == "书记"));
    }

    #[test]
    fn a_name_after_an_occupation_or_a_service_is_a_person() {
        let ex = extract("标题\n退伍军人韩志远回到柳溪村，护林员苏德明、调解员齐秀兰都来帮忙。");
        for name in ["韩志远", "苏德明", "齐秀兰"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn a_quote_after_a_verb_that_carries_a_programme_out_is_one() {
        let ex = extract("标题\n青禾县实行“多村一品”，柳溪村推行“积分兑换超市”，大家说这叫“托底帮扶”。村民喜欢“热闹”。");
        for name in ["多村一品", "积分兑换超市", "托底帮扶"] {
            assert!(has(&ex, Initiative, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!labelled(&ex, "热闹"), "{:?}", entities(&ex));
    }

    #[test]
    fn every_quote_of_a_run_closed_by_a_kind_word_is_of_that_kind() {
        let ex = extract("标题\n青禾县打造“茶香小镇”“竹编之乡”等特色文化品牌，推行“两级政府、三级管理”体制，发展“文旅+农业”、“文旅+康养”等新业态。");
        for name in ["茶香小镇", "竹编之乡", "两级政府、三级管理", "文旅+农业", "文旅+康养"] {
            assert!(has(&ex, Initiative, name), "{name}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn parts_of_provinces_mountain_areas_and_tails_of_places_are_no_divisions() {
        let ex = extract("标题\n青禾县地处鄂西山区，与粤西山区、苏北地区的乡镇结对，五峰土家族自治县也派人学习。上海城市更新经验和浙江古镇保护经验也被引进。");
        for wrong in ["西山区", "鄂西山区", "粤西山区", "苏北地区", "海城市", "江古镇"] {
            assert!(!labelled(&ex, wrong), "{wrong}: {:?}", entities(&ex));
        }
        assert!(has(&ex, AdministrativeDivision, "五峰土家族自治县"), "{:?}", entities(&ex));
    }

    #[test]
    fn mountains_are_not_the_prefecture_named_after_them() {
        let ex = extract("标题\n柳溪村地处大兴安岭南麓，村民在大别山腹地种茶。大兴安岭地区林业局发布通知。");
        assert!(!labelled(&ex, "大别山"), "{:?}", entities(&ex));
        // the mountains are no mention; the bureau named after the prefecture is
        let mountains = ex.text.chars().position(|c| c == '大').unwrap();
        assert!(!ex.mentions.iter().any(|m| m.begin == mountains), "{:?}", ex.mentions);
        assert!(has(&ex, GovernmentBody, "大兴安岭地区林业局"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_given_name_s_last_character_left_alone_before_a_conjunction_is_kept() {
        let ex = extract("标题\n镇长邵建深及镇有关部门负责人参加了会议，村支书王保国家中也来了客人。");
        assert!(has(&ex, Person, "邵建深"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "邵建"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "王保国家"), "{:?}", entities(&ex));
    }

    #[test]
    fn an_executive_deputy_s_post_is_in_the_body_before_changwu() {
        let ex = extract("青禾镇助学\n青禾镇关工委主任侯昌文，镇关工委常务副主任唐务金出席仪式。");
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "唐务金" && ex.entities[p.org].label == "青禾镇关工委" && p.role == "副主任"), "{:?}", ex.posts);
    }

    #[test]
    fn a_deputy_head_is_a_post_and_earlier_ministries_are_bodies() {
        let ex = extract("标题\n青禾县委宣传部副部长沈雅琴说，人事部和国家计委曾表彰青禾县。");
        assert!(has(&ex, Person, "沈雅琴"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "沈雅琴" && p.role == "副部长"), "{:?}", ex.posts);
        assert!(has(&ex, GovernmentBody, "人事部") && has(&ex, GovernmentBody, "国家计委"), "{:?}", entities(&ex));
    }

    #[test]
    fn names_jieba_glued_to_said_or_cut_before_their_last_character_are_whole() {
        let ex = extract("青禾社区\n内厝社区党委书记许志鸿说。卫生院院长白雪芳介绍，门诊量增长。会议听取了镇长王立新代表镇人民政府所作的报告。");
        for name in ["许志鸿", "白雪芳", "王立新"] {
            assert!(ex.entities.iter().any(|e| e.label == name && e.class == Person), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label == "许志鸿说" || e.label == "白雪"), "{:?}", entities(&ex));
        // (nor does the body the person speaks for take the name in)
        let ex = extract("青禾镇人代会\n会议听取了镇长陈立民代表青禾镇人民政府所作的报告。");
        assert!(has(&ex, GovernmentBody, "青禾镇人民政府"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.contains("代表")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_direction_before_a_village_s_name_starting_a_phrase_is_part_of_it() {
        let ex = extract("青禾镇签约\n开工的项目有：青禾镇食品产业园项目；西大寺村农产品仓储配送中心项目总投资2亿元，由西大寺村股份经济合作社建设。");
        assert!(has(&ex, Community, "西大寺村"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("大寺村")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_double_surname_jieba_read_as_a_word_starts_a_name() {
        let ex = extract("青禾镇\n会上，镇党委副书记、镇长欧阳敏通报了情况。老人的长孙介绍了家里的变化。");
        assert!(has(&ex, Person, "欧阳敏"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("长孙")), "{:?}", entities(&ex));
    }

    #[test]
    fn signing_stops_a_project_s_name() {
        let ex = extract("青禾镇签约\n青禾镇与澜州莲城食品有限公司签订湘莲精深加工项目合作协议。");
        assert!(ex.entities.iter().any(|e| e.class == Project && e.label.starts_with("湘莲精深加工")), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.contains("签订")), "{:?}", entities(&ex));
    }

    #[test]
    fn kinds_of_industry_and_verbs_of_having_name_no_project() {
        let ex = extract("青禾乡茶产业\n青禾乡建有标准化茶园基地3200亩。仪式上签约文旅项目3个，总投资1.35亿元。");
        assert!(!ex.entities.iter().any(|e| e.class == Project), "{:?}", entities(&ex));
    }

    #[test]
    fn flood_headquarters_and_teams_are_bodies_kinds_of_meetings_and_taking_a_post_are_not_names() {
        let ex = extract("青禾镇防汛\n青禾镇调整充实镇防汛抗旱指挥部，由镇党委书记任政委、镇长任指挥长。组建青禾镇防汛应急抢险队1支。社区召开居民代表会议。");
        assert!(has(&ex, GovernmentBody, "青禾镇防汛抗旱指挥部"), "{:?}", entities(&ex));
        assert!(has(&ex, SocialOrganization, "青禾镇防汛应急抢险队"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label == "任政委" || e.label == "居民代表会议"), "{:?}", entities(&ex));
    }

    #[test]
    fn practice_institutes_and_drills_are_named() {
        let ex = extract("青禾镇防汛\n青禾镇新时代文明实践所组织志愿者开展服务。6月12日，青禾镇在永丰村举行防汛抢险应急演练，镇卫生院医护人员参加。");
        assert!(has(&ex, Institution, "青禾镇新时代文明实践所"), "{:?}", entities(&ex));
        assert!(has(&ex, Event, "防汛抢险应急演练"), "{:?}", entities(&ex));
        assert!(related(&ex, "防汛抢险应急演练", Participant, "青禾镇卫生院"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_body_s_name_starts_after_handing_over_or_according_to() {
        let ex = extract("云岫县青禾镇养老\n幸福院交由湖北安康养老服务有限公司运营。据镇应急管理办公室主任张海林介绍，巡查网格27个。县卫生健康局副局长董丽华出席。");
        for name in ["湖北安康养老服务有限公司", "青禾镇应急管理办公室"] {
            assert!(ex.entities.iter().any(|e| e.label == name), "{name}: {:?}", entities(&ex));
        }
        assert!(ex.entities.iter().any(|e| e.label.ends_with("卫生健康局") && e.class == GovernmentBody), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("交由") || e.label.starts_with('据')), "{:?}", entities(&ex));
    }

    #[test]
    fn a_name_after_a_post_and_a_dash_holds_the_post() {
        let ex = extract("我们来认识澜州市青禾县柳溪村党总支部书记——王秀英。");
        assert!(has(&ex, Person, "王秀英"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "王秀英" && p.role == "书记"), "{:?}", ex.posts);
    }

    #[test]
    fn less_common_surnames_hold_posts_and_a_cut_surname_rejoins_its_name() {
        // 洪 and 傅 are common surnames; 孙/洪山/nr: jieba cut the surname off a name it knows
        let ex = extract("青禾镇党委书记洪志远主持会议，镇党委副书记、镇长傅晓梅讲话。会议通报，孙洪山同志对事故负有责任。");
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "洪志远" && p.role == "书记"), "{:?}", ex.posts);
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "傅晓梅" && p.role == "镇长"), "{:?}", ex.posts);
        // (黄绍/nr|坤/ns|说：: a given name's last character jieba left alone before the 说 of a quote)
        let quoted = extract("青禾镇发展产业\n镇党委书记黄绍坤说：“联盟把农户组织起来了。”");
        assert!(has(&quoted, Person, "黄绍坤"), "{:?}", entities(&quoted));
        let congress = extract("青禾镇人代会\n青禾镇党委副书记、镇长籍文斌代表镇人民政府作报告，镇人大主席郄永利主持会议。");
        assert!(congress.posts.iter().any(|p| congress.entities[p.person].label == "籍文斌" && p.role == "镇长"), "{:?}", congress.posts);
        assert!(congress.posts.iter().any(|p| congress.entities[p.person].label == "郄永利"), "{:?}", congress.posts);
        assert!(has(&ex, Person, "孙洪山"), "{:?}", entities(&ex));
        assert!(!has(&ex, Person, "洪山"), "{:?}", entities(&ex));
        // a surname's character that is a verb there stays out (祝/赵增/nr|老人: wishing him)
        let ex = extract("临别时，祝赵增老人健康长寿。");
        assert!(!entities(&ex).iter().any(|e| e.1.contains("祝赵增")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_name_written_with_a_middle_dot_is_whole_whatever_its_characters() {
        // (肯, 别: characters transliterated names use that the lists lack; the dot says it)
        let ex = extract("岗南镇党委副书记、镇长叶尔兰·努尔别克表示，全镇将持续推行民生实事。县人大常委会副主任热合曼·亚森到会指导。副镇长艾尔肯·吐尔逊主持会议。");
        for name in ["叶尔兰·努尔别克", "热合曼·亚森", "艾尔肯·吐尔逊"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "叶尔兰·努尔别克" && p.role == "镇长"), "{:?}", ex.posts);
        // (a Tibetan name of characters the lists now hold: 更, 尖)
        let ex = extract("岗南镇发展牦牛产业\n合作社理事长更登尖措介绍，合作社去年分红85万元。");
        assert!(has(&ex, Person, "更登尖措"), "{:?}", entities(&ex));
        // (a Yi name before the 任 of holding a post, jieba glued to it or not)
        let ex = extract("乡党委书记吉克伍沙任演练总指挥，乡党委副书记、乡长阿苦拉则任副总指挥。");
        for name in ["吉克伍沙", "阿苦拉则"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (not a name and the verb before the dot: 总理李强致电基尔·斯塔默)
        let ex = extract("国务院总理李强致电基尔·斯塔默，祝贺他就任首相。");
        assert!(!entities(&ex).iter().any(|e| e.1.contains("致电")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_project_named_after_a_co_operative_keeps_the_co_operative_inside_it() {
        let ex = extract("青禾镇调研\n调研组来到平山县青禾众旺麻鸡养殖专业合作社标准化养殖基地。合作社理事长饶春生介绍，合作社实现销售收入1260万元。");
        assert!(entities(&ex).iter().any(|e| e.1.ends_with("众旺麻鸡养殖专业合作社") && e.0 != Project), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "饶春生" && ex.entities[p.org].label.ends_with("专业合作社")), "{:?}", ex.posts);
    }

    #[test]
    fn alliances_service_stations_squads_and_central_schools_are_bodies() {
        let ex = extract("岗南镇发展芒果产业\n岗南镇党委牵头成立岗南镇芒果产业党建联盟。镇里依托岗南镇电子商务服务站开展培训。岗南镇综合应急民兵分队和岗南镇中心校参加演练。");
        for name in ["岗南镇芒果产业党建联盟", "岗南镇电子商务服务站", "岗南镇综合应急民兵分队", "岗南镇中心校"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        // (a compound's owners' committee, and its head's post)
        let ex = extract("岗南镇推进治理\n金桂苑小区业委会主任邝志远说，账目公开了。");
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "邝志远" && ex.entities[p.org].label == "金桂苑小区业委会"), "{:?}", ex.posts);
    }

    #[test]
    fn a_village_of_a_direction_and_one_character_after_going_to_it() {
        let ex = extract("岗南镇调研\n随后，调研组来到后寨村，实地察看人居环境整治情况。近年来，后寨村以支部创建为抓手，推行“四议两公开”工作法。");
        assert!(has(&ex, Community, "后寨村"), "{:?}", entities(&ex));
        assert!(related(&ex, "后寨村", crate::model::Predicate::Implements, "四议两公开"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_company_named_after_a_township_s_short_name_after_its_county_is_whole() {
        // (丘北县|八道/哨青山…: jieba cuts the short name into words that stop names)
        let ex = extract("八道哨彝族乡发展辣椒产业\n丘北县八道哨青山辣椒种植专业合作社带动农户增收。");
        assert!(labelled(&ex, "丘北县八道哨青山辣椒种植专业合作社"), "{:?}", entities(&ex));
        assert!(!entities(&ex).iter().any(|e| e.1.starts_with("哨青山")), "{:?}", entities(&ex));
    }

    #[test]
    fn item_numbers_are_read_in_every_common_form() {
        for (text, n) in [("一是抓党建", Some(2)), ("（二）项目建设", Some(3)), ("(十二)安全", Some(4)), ("3．粮食", Some(2)), ("12、道路", Some(3)), ("四、民生", Some(2))] {
            assert_eq!(crate::segment::item_number(text), n, "{text}");
        }
        for text in ["一个村", "2024年", "是非", "（一季度）"] {
            assert_eq!(crate::segment::item_number(text), None, "{text}");
        }
    }

    #[test]
    fn a_village_s_body_said_by_its_level_word_is_the_village_s() {
        let ex = extract("岗南镇推进移风易俗\n在芦草洼村，村红白理事会把抵制高额彩礼写进了村规民约。");
        assert!(labelled(&ex, "芦草洼村红白理事会"), "{:?}", entities(&ex));
    }

    #[test]
    fn an_ethnic_township_s_short_name_starts_its_projects() {
        use super::ethnic_stem;
        assert_eq!(ethnic_stem("喇叭沟门满族"), Some("喇叭沟门"));
        assert_eq!(ethnic_stem("三江苗族侗族"), Some("三江"));
        assert_eq!(ethnic_stem("九门回族"), Some("九门"));
        assert_eq!(ethnic_stem("鄂伦春族"), Some(""));
        assert_eq!(ethnic_stem("岗南"), None);
    }

    #[test]
    fn a_body_or_project_cut_inside_a_long_township_name_starts_where_the_name_does() {
        // (排先/拜/巴扎/镇: jieba cuts the official name; the gazetteer knows it whole)
        let ex = extract("投资860万元的排先拜巴扎镇冷链仓储项目建成投用。排先拜巴扎镇中心幼儿园扩建项目投资460万元。");
        assert!(has(&ex, Project, "排先拜巴扎镇冷链仓储项目") || has(&ex, Project, "排先拜巴扎镇冷链仓储"), "{:?}", entities(&ex));
        assert!(!entities(&ex).iter().any(|e| e.1.starts_with("巴扎镇")), "{:?}", entities(&ex));
    }

    #[test]
    fn the_street_office_said_alone_is_the_report_s_street_s() {
        let ex = extract("岗南镇推进治理\n岗南镇党委书记易建军出席会议。街道办事处主任谭雅琴表示，将推行接诉即办。");
        // (a street's office said alone: the report's place is a town here, so none)
        assert!(!entities(&ex).iter().any(|e| e.1 == "街道办事处"), "{:?}", entities(&ex));
        let ex = extract("来源：沈阳市于洪区造化街道办事处\n造化街道召开推进会。街道办事处主任谭雅琴表示，将推行接诉即办。");
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "谭雅琴" && ex.entities[p.org].label == "造化街道办事处"), "{:?}", ex.posts);
    }

    #[test]
    fn events_take_ordinals_and_stop_at_verbs() {
        let ex = extract("全镇上下认真贯彻落实澜州市第十三次党代会精神。9月28日上午，青禾镇参加了区重点项目集中签约和集中开工仪式。");
        assert!(has(&ex, Event, "澜州市第十三次党代会"), "{:?}", entities(&ex));
        assert!(has(&ex, Event, "区重点项目集中签约和集中开工仪式"));
    }

    #[test]
    fn a_body_after_a_village_jieba_cut_takes_the_village_s_whole_name() {
        // (杨柳/nr|湾/d|村|党支部, 七分/m|地村|党支部, 村|监委/会)
        let ex = extract("青禾镇\n杨柳湾村党支部书记王振华讲话。七分地村党支部书记陈立新讲话。三分地村村委会主任李秀英讲话。柳溪村监委会主任赵德胜讲话。");
        for (class, name) in [(PartyOrganization, "杨柳湾村党支部"), (PartyOrganization, "七分地村党支部"), (GovernmentBody, "三分地村村委会"), (GovernmentBody, "柳溪村监委会"), (Community, "七分地村")] {
            assert!(has(&ex, class, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!entities(&ex).iter().any(|e| e.1.starts_with("地村")), "{:?}", entities(&ex));
        // (a count of villages or of people names none; nor 监委|会同 a committee)
        let ex = extract("青禾镇\n全镇十个村都通了路。他从一名村党支部书记助理做起。省纪委监委会同有关部门督办。");
        assert!(!entities(&ex).iter().any(|e| e.0 == Community || e.1.contains("一名") || e.1.ends_with("监委会")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_deputies_liaison_station_is_named_by_its_place() {
        let ex = extract("青禾镇人大\n过去一年，青禾镇人大代表联络站共接待选民36次。柳溪村人大代表联络站收集意见9条。各村级人大代表联络站运行良好。镇人大充分发挥青禾镇人大代表联络站作用。");
        assert!(has(&ex, Institution, "青禾镇人大代表联络站") && has(&ex, Institution, "柳溪村人大代表联络站"), "{:?}", entities(&ex));
        assert!(!entities(&ex).iter().any(|e| e.1.contains("村级") || e.1.contains("发挥")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_quoted_word_after_a_count_is_no_project_s_name() {
        let ex = extract("青禾镇\n企业的成长离不开一个“大块头”项目的支撑。镇里推进“强链”项目建设。");
        assert!(!entities(&ex).iter().any(|e| e.1.starts_with("大块头")), "{:?}", entities(&ex));
        assert!(has(&ex, Project, "强链"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_factory_built_is_a_project_also_after_the_particle_of_the_verb() {
        let ex = extract("青禾镇\n今年青禾镇在柳溪村建设了杂粮精深加工厂。全县300多处灌区实施了现代化建设改造项目。");
        assert!(has(&ex, Project, "杂粮精深加工厂"), "{:?}", entities(&ex));
        assert!(!entities(&ex).iter().any(|e| e.1.starts_with("现代化")), "{:?}", entities(&ex));
    }

    #[test]
    fn rare_surnames_of_the_regions_are_read_after_posts() {
        // (星 of the Tu, 鄢, 罕 and 岩 of the Dai: surnames read only after a post)
        let ex = extract("青禾镇\n柳溪村党支部书记星德才介绍，去年村集体增收。村委会主任鄢红英说，好。合作社理事长岩温香讲话。");
        for name in ["星德才", "鄢红英", "岩温香"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn a_forum_held_said_by_its_kind_alone_is_an_event() {
        let ex = extract("青禾镇调研\n4月9日，县委书记王振华到青禾镇调研。调研结束后，王振华在青禾镇主持召开座谈会，听取镇党委书记陈立新汇报。");
        assert!(has(&ex, Event, "座谈会"), "{:?}", entities(&ex));
        // (a forum only talked of is none; nor are forums of a document that holds several)
        let ex = extract("青禾镇\n座谈会上，大家踊跃发言。县委召开座谈会。县政府也召开座谈会。");
        assert!(!has(&ex, Event, "座谈会"), "{:?}", entities(&ex));
    }

    #[test]
    fn villages_jieba_cut_inside_their_names_are_whole() {
        // (镇|那/r|塘村: one character between the township and a village of two; 阔/a|什艾|日克村:
        // a Uyghur village's syllables)
        let ex = extract("青禾镇\n芒果节在林逢镇那坡村芒果广场开幕。在阔什艾日克村设施农业产业园，温室整齐排列。");
        assert!(has(&ex, Community, "那坡村") && has(&ex, Community, "阔什艾日克村"), "{:?}", entities(&ex));
        assert!(!entities(&ex).iter().any(|e| e.1 == "坡村" || e.1 == "日克村"), "{:?}", entities(&ex));
        // (but a conjunction before a village jieba read as a name is none of its syllables:
        // 王明|和|松德村/nr)
        let ex = extract("青禾镇\n所长王明和松德村党支部书记李强分别签约。");
        assert!(has(&ex, Community, "松德村") && !entities(&ex).iter().any(|e| e.1.starts_with('和')), "{:?}", entities(&ex));
        // (not a word of the sentence between: 镇|各|村)
        let ex = extract("青禾镇\n全镇各村都通了路。");
        assert!(!entities(&ex).iter().any(|e| e.0 == Community), "{:?}", entities(&ex));
    }

    #[test]
    fn a_dotted_name_goes_on_past_the_dot_whatever_follows() {
        let ex = extract("青禾镇\n村党支部书记努尔艾力·司马义介绍，今年一季度蔬菜上市。");
        assert!(has(&ex, Person, "努尔艾力·司马义"), "{:?}", entities(&ex));
    }

    #[test]
    fn games_named_by_their_sport_and_a_village_s_team_are_found_and_an_adverb_and_verb_start_no_village() {
        let ex = extract("柳溪村顺利完成村“两委”换届选举\n柳溪镇举办“清江杯”第五届龙舟赛。去年的第四届龙舟赛共有12支参赛队，冠军由竹坞村龙舟队获得。该队队长李强说，很好。");
        assert!(has(&ex, Event, "清江杯第五届龙舟赛") && has(&ex, Event, "第四届龙舟赛"), "{:?}", entities(&ex));
        assert!(has(&ex, SocialOrganization, "竹坞村龙舟队"), "{:?}", entities(&ex));
        // (顺利完成|村“两委”: the verb jieba kept with its adverb names no village)
        assert!(!ex.entities.iter().any(|e| e.label.contains("完成")), "{:?}", entities(&ex));
    }

    #[test]
    fn an_election_s_verbs_a_former_village_s_prefix_and_zhonggong_before_a_whole_place() {
        let ex = extract("永陵镇换届\n启运社区由永陵镇原赫图阿拉村部分村民组成。中共新宾满族自治县委组织部派员指导。那文博高票当选居委会主任，24支参赛村篮球队参加。");
        assert!(has(&ex, Community, "赫图阿拉村") && !ex.entities.iter().any(|e| e.label.starts_with('原')), "{:?}", entities(&ex));
        assert!(ex.entities.iter().any(|e| e.class == PartyOrganization && e.alt_labels.iter().chain([&e.label]).any(|l| l == "中共新宾满族自治县委组织部")), "{:?}", ex.entities);
        assert!(!ex.entities.iter().any(|e| e.label.contains("当选") || e.label.contains("参赛")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_township_whose_name_opens_with_he_is_found_where_the_report_names_its_city() {
        let ex = extract("万宁市和乐镇举办龙舟赛\n万宁市和乐镇人民政府主办。海南和乐蟹产业发展有限公司参加。副镇长郝志刚和县统计局副局长贾丽参加。");
        assert!(has(&ex, AdministrativeDivision, "和乐镇") && has(&ex, GovernmentBody, "和乐镇人民政府"), "{:?}", entities(&ex));
        assert!(ex.entities.iter().any(|e| e.class == Company && e.label.ends_with("和乐蟹产业发展有限公司")), "{:?}", entities(&ex));
        // (和县 of Anhui, whose city the report does not name, is the conjunction and a level word)
        assert!(!has(&ex, AdministrativeDivision, "和县"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_census_block_a_credit_village_a_term_s_village_and_a_group_opening_its_office_s_name_are_no_entities() {
        let ex = extract("青禾镇经普\n青禾镇第五次全国经济普查领导小组办公室召开会议。3月8日县统计局派员指导。全镇划分普查小区45个，创建信用村12个。上届村“两委”成员全部参加。赛事共有24支龙舟队报名参赛。");
        assert!(has(&ex, GovernmentBody, "青禾镇第五次全国经济普查领导小组办公室"), "{:?}", entities(&ex));
        for kind in ["领导小组", "普查小区", "信用村", "上届村", "日县统计局", "龙舟队"] {
            assert!(!ex.entities.iter().any(|e| e.label.ends_with(kind) || e.label.starts_with(kind)), "{kind}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn dotted_names_of_transliteration_characters_opening_a_clause_are_people() {
        let ex = extract("柳溪村选举\n经无记名投票，买买提·吐尔逊、古丽娜·哈力克等3人当选村委会委员，阿依努尔·别克当选村妇联主席。大会还选举产生村务监督委员会成员3名。村里推出“柳溪·山居”民宿品牌。");
        for name in ["买买提·吐尔逊", "古丽娜·哈力克", "阿依努尔·别克"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (a brand's two halves are no one's name)
        assert!(!ex.entities.iter().any(|e| e.class == Person && e.label.contains("山居")), "{:?}", entities(&ex));
        // (nor is what an election yields part of a body's name)
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("产生")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_market_supervision_office_is_named_by_its_township_after_its_bureau() {
        let ex = extract("青禾县营商\n县市场监管局坪滩市场监督管理所所长母俊峰介绍，好。");
        assert!(has(&ex, GovernmentBody, "坪滩市场监督管理所"), "{:?}", entities(&ex));
        assert!(related(&ex, "坪滩市场监督管理所", PartOf, "青禾县市场监管局"), "{:?}", relations(&ex));
    }

    #[test]
    fn fairs_of_a_crop_or_of_sales_are_events_also_where_jieba_glued_a_preposition() {
        // (直播电商|节在/t|林逢镇)
        let ex = extract("青禾镇\n7月12日，第三届芒果采摘季暨直播电商节在林逢镇开幕。首届桃花节同日开幕。");
        assert!(has(&ex, Event, "第三届芒果采摘季暨直播电商节") && has(&ex, Event, "首届桃花节"), "{:?}", entities(&ex));
    }

    #[test]
    fn names_jieba_read_as_words_a_place_or_with_a_verb_are_people_after_posts() {
        // (拉巴次仁/n: a dictionary word all of transliteration marks; 吉文/nr|清到/v|会; 欧阳建/ns|军)
        let ex = extract("青禾乡\n乡党委副书记、乡人大主席拉巴次仁出席。县人大常委会副主任吉文清到会指导。据该公司董事长欧阳建军介绍，好。");
        for name in ["拉巴次仁", "吉文清", "欧阳建军"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn a_body_s_community_officer_names_no_community() {
        let ex = extract("松涛街道\n张庙派出所社区民警瞿俊参加会议。泰和居民区党总支书记说，好。");
        assert!(has(&ex, Community, "泰和居民区") && has(&ex, GovernmentBody, "张庙派出所"), "{:?}", entities(&ex));
        assert!(!entities(&ex).iter().any(|e| e.1.ends_with("派出所社区")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_notice_s_name_field_with_an_investment_names_a_project() {
        let ex = extract("青禾镇项目公示\n名称：恒泰汽配新能源汽车热管理部件项目；投资：3.8亿元；内容：由浙江恒泰汽配有限公司投资建设。\n名称：柳溪雕刻文化产业园二期；投资：1.5亿元；内容：位于柳溪村。\n名称：青禾镇便民服务中心；电话：12345。");
        for name in ["恒泰汽配新能源汽车热管理部件", "柳溪雕刻文化产业园二期"] {
            assert!(has(&ex, Project, name), "{name}: {:?}", entities(&ex));
        }
        // (a name field without an investment names no project)
        assert!(!has(&ex, Project, "青禾镇便民服务中心"), "{:?}", entities(&ex));
    }

    #[test]
    fn names_listed_after_a_person_s_are_people() {
        let ex = extract("青禾镇简讯\n镇人大代表李志坚、沈美兰等6名代表参加。委员努尔兰·沙吾提、古丽娜尔·艾山、马玉兰，以及镇相关负责人参加。");
        for name in ["李志坚", "沈美兰", "努尔兰·沙吾提", "古丽娜尔·艾山", "马玉兰"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (not a place or a post listed after a name: 王建国、柳溪村, 王建国、副镇长)
        let ex = extract("青禾镇简讯\n镇长王建国、柳溪村和石门村的干部参加。");
        assert!(!ex.entities.iter().any(|e| e.class == Person && e.label != "王建国"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_roll_of_people_and_names_with_a_bracket_saying_their_posts_are_people_holding_those_posts() {
        let ex = extract("青禾镇表彰大会\n先进个人（5名）：段春花（柳溪村党总支书记、村级河长）、鄂小梅（石门社区网格员）、洛桑丹增（青禾镇派出所民警）、杜明远（柳溪村“法律明白人”）。\n优秀共产党员：杜建勋、储晓雯、程浩然。\n");
        for name in ["段春花", "鄂小梅", "洛桑丹增", "杜明远", "杜建勋", "储晓雯", "程浩然"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        let posts: Vec<(&str, &str)> = ex.posts.iter().map(|p| (ex.entities[p.person].label.as_str(), ex.entities[p.org].label.as_str())).collect();
        for post in [("段春花", "柳溪村党总支"), ("鄂小梅", "石门社区"), ("洛桑丹增", "青禾镇派出所"), ("杜明远", "柳溪村")] {
            assert!(posts.contains(&post), "{post:?}: {posts:?} {:?}", entities(&ex));
        }
        // (a bracket that names no post, and a heading of no people, make no one: 先进集体：…)
        let ex = extract("青禾镇表彰大会\n先进集体：柳溪村（2个）、石门社区（第一网格）。\n获奖作品：春潮、远山。\n");
        assert!(!ex.entities.iter().any(|e| e.class == Person), "{:?}", entities(&ex));
    }

    #[test]
    fn a_college_of_two_fields_joined_by_yu_is_named_whole() {
        let ex = extract("青禾镇校地合作\n湖南农业大学园艺科学与工程学院党委书记张明出席。湖南农业大学资源与环境科学学院教授王刚介绍。\n");
        for name in ["湖南农业大学园艺科学与工程学院", "湖南农业大学园艺科学与工程学院党委", "湖南农业大学资源与环境科学学院"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!labelled(&ex, "工程学院") && !labelled(&ex, "环境科学学院"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_five_year_plan_s_quoted_number_and_what_it_plans_name_the_programme() {
        let ex = extract("青禾镇简讯\n青禾镇以“八五”普法规划为统领，深入开展“八五”普法，编制“十四五”规划。\n");
        for name in ["八五普法规划", "八五普法", "十四五规划"] {
            assert!(ex.entities.iter().any(|e| e.class == Initiative && (e.label == name || e.alt_labels.iter().any(|a| a == name))), "{name}: {:?}", entities(&ex));
        }
        assert!(!labelled(&ex, "八五"), "{:?}", entities(&ex));
    }

    #[test]
    fn named_stations_science_courtyards_associations_of_emigrants_and_drills_of_taking_shelter() {
        let ex = extract("青禾镇简讯\n6月5日，青禾镇在柳溪村开展2024年汛期地质灾害应急避险演练。青禾镇公共法律服务工作站设在镇便民服务中心。湖南农业大学青禾专家工作站和柳溪水稻科技小院揭牌。美国纽约青禾同乡会捐款。\n");
        for (name, class) in [("2024年汛期地质灾害应急避险演练", Event), ("青禾镇公共法律服务工作站", Institution), ("湖南农业大学青禾专家工作站", Institution), ("柳溪水稻科技小院", Institution), ("美国纽约青禾同乡会", SocialOrganization)] {
            assert!(has(&ex, class, name), "{name}: {:?}", entities(&ex));
        }
        // (a kind of station, or a computer, is none: 博士后科研工作站, 省级专家工作站, 图形工作站)
        let ex = extract("青禾镇简讯\n企业建成博士后科研工作站和省级专家工作站，购置同创RISC8400图形工作站。街道设4个片区工作站。\n");
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("工作站")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_roll_line_opening_with_a_name_and_spaces_gives_the_person_each_post_the_line_names() {
        let ex = extract("青禾镇关于表彰先进个人的决定\n先进个人（4名）\n段春花　柳溪村党总支书记、村委会主任\n鄂小梅　青禾镇司法所司法助理员\n洛桑丹增　青禾镇派出所民警\n杜明远  湖南青禾律师事务所律师、柳溪村法律顾问\n阿依古丽·买买提热依木　青禾镇综合文化站站长\n");
        for name in ["段春花", "鄂小梅", "洛桑丹增", "杜明远", "阿依古丽·买买提热依木"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        let posts: Vec<(&str, &str)> = ex.posts.iter().map(|p| (ex.entities[p.person].label.as_str(), ex.entities[p.org].label.as_str())).collect();
        for post in [("段春花", "柳溪村党总支"), ("鄂小梅", "青禾镇司法所"), ("洛桑丹增", "青禾镇派出所"), ("杜明远", "湖南青禾律师事务所"), ("杜明远", "柳溪村"), ("阿依古丽·买买提热依木", "青禾镇综合文化站")] {
            assert!(posts.contains(&post), "{post:?}: {posts:?} {:?}", entities(&ex));
        }
        // (a paragraph of a list of people honoured: the name, a short bracket, a comma, what the
        // person is in clauses up to the sentence's end, then the deed; an item's number first;
        // a field or grade word between the body and the post)
        let ex = extract("青禾镇“最美科普人”名单\n名单如下：\n符秋菊（女，苗族），柳溪村党支部书记、村委会主任，青禾镇农村专业技术协会理事长。她带领村民种茶。\n闵志刚，青禾镇中心小学科学教师。他组建科技社团。\n2．巫春燕　青禾镇农业技术推广站高级农艺师\n");
        let posts: Vec<(&str, &str)> = ex.posts.iter().map(|p| (ex.entities[p.person].label.as_str(), ex.entities[p.org].label.as_str())).collect();
        for post in [("符秋菊", "柳溪村党支部"), ("符秋菊", "青禾镇农村专业技术协会"), ("闵志刚", "青禾镇中心小学"), ("巫春燕", "青禾镇农业技术推广站")] {
            assert!(posts.contains(&post), "{post:?}: {posts:?} {:?}", entities(&ex));
        }
        // (a line whose rest is a sentence, or names no post, makes no one: 段春花 说，… / 柳溪村 石门社区)
        let ex = extract("青禾镇简讯\n段春花 说，村里变化大。\n柳溪村　石门社区\n符秋菊，今年58岁，是村里的老党员。\n");
        assert!(!ex.entities.iter().any(|e| e.class == Person), "{:?}", entities(&ex));
    }

    #[test]
    fn a_township_s_offices_a_county_s_cooperative_union_and_halls_are_named() {
        let ex = extract("松阳县新兴镇简讯\n县供销联社主任王强说。镇文旅办负责。镇经发办牵头。百侯乡贤馆开馆。柳溪村村史馆开放。");
        for (class, name) in [(SocialOrganization, "松阳县供销联社"), (GovernmentBody, "新兴镇文旅办"), (GovernmentBody, "新兴镇经发办"), (Institution, "百侯乡贤馆"), (Institution, "柳溪村村史馆")] {
            assert!(has(&ex, class, name), "{name}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn homes_workshops_and_stations_are_bodies_where_their_place_names_them() {
        let ex = extract("青禾县柳溪镇简讯\n柳溪镇金龙村儿童之家全年开展活动96场次。柳溪镇阳光家园于2022年建成。柳溪镇残疾人康复站现有康复师3名。兴隆社区妇女之家主任吴玉梅介绍。横樟村共富工坊吸纳劳动力86人。新叶村“阳光工坊”带动就业8人。\n");
        for name in ["金龙村儿童之家", "柳溪镇阳光家园", "柳溪镇残疾人康复站", "兴隆社区妇女之家", "横樟村共富工坊"] {
            assert!(ex.entities.iter().any(|e| e.label == name && e.class.family() == crate::model::Family::Organization), "{name}: {:?}", entities(&ex));
        }
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "吴玉梅" && ex.entities[p.org].label == "兴隆社区妇女之家"), "{:?}", entities(&ex));
        // (a kind alone, counted or quoted as a programme, is no body; nor a 加工坊)
        let ex = extract("青禾县柳溪镇简讯\n全镇已建成职工之家12个、妇女儿童之家25个。各村打造“共富工坊”。成花石村翠眉茶加工坊投产。\n");
        assert!(!ex.entities.iter().any(|e| e.class.family() == crate::model::Family::Organization && (e.label.ends_with("之家") || e.label.ends_with("工坊"))), "{:?}", entities(&ex));
    }

    #[test]
    fn customs_offices_service_teams_the_canton_fair_state_grid_companies_and_captioned_people() {
        let ex = extract("吕四港镇跨境电商\n启东海关推行便利措施，汕头海关所属澄海海关设立联络点。镇里成立了外贸企业服务专班。企业参加了第136届广交会。柳溪村党支部与国网大冶市供电公司殷祖供电所开展活动。\n【同期声】吕四港镇新港村村民　黄俊杰：一开始一天也就几单。\n【同期声】郑山街道柳沟村村民 逄秀英：以前挣得少。\n");
        for (class, name) in [
            (GovernmentBody, "启东海关"),
            (GovernmentBody, "澄海海关"),
            (GovernmentBody, "外贸企业服务专班"),
            (Company, "国网大冶市供电公司"),
            (Person, "黄俊杰"),
            (Person, "逄秀英"),
        ] {
            assert!(has(&ex, class, name), "{name}: {:?}", entities(&ex));
        }
        assert!(ex.entities.iter().any(|e| e.class == Event && e.label.ends_with("广交会")), "{:?}", entities(&ex));
        // (not a team set up with no name, nor the customs' head office's kind alone)
        let ex = extract("青禾镇\n成立整改专班和重点项目服务专班，加强海关监管。\n");
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("专班") || e.label.ends_with("海关")), "{:?}", entities(&ex));
    }

    #[test]
    fn names_jieba_read_short_or_glued_to_what_follows_are_whole() {
        // (王明/nr|淑|向…汇报; 玄明淑向/n|…汇报; 卓玛作/nr|工作报告; 卓嘎到/nr|会; 覃/建华|领衔提出;
        // 总干事 a post)
        let ex = extract("青禾镇简讯\n镇党委书记晏承志在接受采访时说，好。镇长王明正在接受采访。\n");
        assert!(has(&ex, Person, "晏承志") && has(&ex, Person, "王明") && !has(&ex, Person, "王明正"), "{:?}", entities(&ex));
        let ex = extract("青禾镇简讯\n协会会长王明淑向调研组汇报了情况。协会秘书长汪明淑向来宾介绍展品。镇妇联主席次仁卓玛作工作报告。区妇联副主席拉巴卓嘎到会指导。区人大代表、澄远机械制造有限公司董事长覃建华领衔提出建议。服务社总干事殷洁为项目负责人。镇长王明说，村里变化大。\n");
        for name in ["王明淑", "汪明淑", "次仁卓玛", "拉巴卓嘎", "覃建华", "殷洁", "王明"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.class == Person && (e.label.ends_with('向') || e.label == "拉巴")), "{:?}", entities(&ex));
    }

    #[test]
    fn names_after_posts_glued_to_a_speech_a_lead_or_a_post_held_and_rarer_surnames() {
        let ex = extract("青禾镇召开动员大会\n镇党委书记柏振宇作动员讲话。柳溪村党支部书记、村委会主任豆立平说，村里变化大。镇长那海国任双组长。业委会主任代长福说：“放心。”县人大常委会副主任龚世安率部分县人大代表视察。所长白玛卓珍和党员参加。县委政法委副书记茹建军，镇党委书记包巴特尔，镇长邹文出席。\n");
        for name in ["柏振宇", "豆立平", "那海国", "代长福", "龚世安", "白玛卓珍", "茹建军", "包巴特尔", "邹文"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.class == Person && (e.label.ends_with('作') || e.label.ends_with('率'))), "{:?}", entities(&ex));
        // (rarer surnames after a post, a given name's last character left alone, academic ranks)
        let ex = extract("青禾镇简讯\n县医疗保障局局长肇志刚介绍。县政府新闻办主任富丽娟主持发布会。站长线俊达说。副局长竺海燕出席。副教授仉文静告诉记者。科技小院首席专家冉文斌查看。\n");
        for name in ["肇志刚", "富丽娟", "线俊达", "竺海燕", "仉文静", "冉文斌"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (代 and 豆 start words more often than names: 主任代表…)
        let ex = extract("青禾镇简讯\n村委会主任代表村委会作表态发言。\n");
        assert!(!ex.entities.iter().any(|e| e.class == Person), "{:?}", entities(&ex));
    }

    #[test]
    fn working_teams_named_by_their_task_and_their_double_heads() {
        let ex = extract("青禾镇人居环境整治\n青禾镇成立由镇党委书记柏立伟、镇长杭振宇任双组长的农房风貌提升工作专班。镇党委成立老旧小区改造工作专班，由镇长杭振宇任组长。每个村组建一个工作专班。\n");
        for team in ["农房风貌提升工作专班", "老旧小区改造工作专班"] {
            assert!(ex.entities.iter().any(|e| e.label == team && e.class.family() == crate::model::Family::Organization), "{team}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.contains("一个工作专班")), "{:?}", entities(&ex));
        let posts: Vec<(&str, &str, &str)> = ex.posts.iter().map(|p| (ex.entities[p.person].label.as_str(), p.role.as_str(), ex.entities[p.org].label.as_str())).collect();
        for post in [("柏立伟", "组长", "农房风貌提升工作专班"), ("杭振宇", "组长", "农房风貌提升工作专班"), ("杭振宇", "组长", "老旧小区改造工作专班")] {
            assert!(posts.contains(&post), "{post:?}: {posts:?}");
        }
        // (a team's kind word near the text's start, with nothing setting it up before it)
        let ex = extract("村庄清洁工作专班成立\n正文。\n");
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("工作专班")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_place_s_sewage_and_refuse_works_are_projects() {
        let ex = extract("青禾镇环境整治\n5月18日，柳溪村生活污水处理站正式投用。青禾镇垃圾中转站日均转运垃圾30吨。全镇新建污水处理站3座。\n");
        for works in ["柳溪村生活污水处理站", "青禾镇垃圾中转站"] {
            assert!(has(&ex, Project, works), "{works}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("新建污水处理站") || e.label == "污水处理站"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_roll_of_people_names_those_from_surnames_the_lexicon_lacks() {
        // (亢, 撒, 郇, 毋: rare surnames inside a roll whose other items are names by their surname)
        let text = "青禾镇表彰大会\n先进个人：徐立新、亢丽华、撒文斌、郇秀芳、钱海涛、吴额尔图。\n“金牌调解员”：毋小平、郑秀芳、贾满田。\n";
        let ex = extract(text);
        for name in ["徐立新", "亢丽华", "撒文斌", "郇秀芳", "钱海涛", "吴额尔图", "毋小平", "郑秀芳", "贾满田"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (a list before a verb of winning a title for people)
        let ex = extract("青禾镇表彰大会\n柳溪村、青禾派出所获评先进集体；钱海涛、亢丽华、钟木生获评先进个人。\n");
        for name in ["钱海涛", "亢丽华", "钟木生"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.class == Person && e.label.contains("青禾")), "{:?}", entities(&ex));
        // (a roll most of whose items are no names makes no one of the rest: 获奖作品：春潮、远山)
        let ex = extract("青禾镇表彰大会\n获奖个人作品：春潮、远山、郑秀芳。\n先进个人：柳溪村、石门社区、青禾镇派出所。\n");
        assert!(!ex.entities.iter().any(|e| e.class == Person && ["春潮", "远山"].contains(&e.label.as_str())), "{:?}", entities(&ex));
    }

    #[test]
    fn village_teams_at_games_are_bodies_and_the_games_and_their_final_are_events() {
        let text = "青禾镇第三届“稻香杯”村BA篮球赛开赛\n6月8日，青禾镇第三届“稻香杯”村BA篮球赛在镇文体广场开赛。首场比赛中，柳溪村队以68比60战胜白沙村代表队。石门社区队、桃源村文艺队到场助威。各村队伍踊跃报名，村队员平均年龄32岁。\n7月2日，“乡村振兴杯”农民篮球赛总决赛举行，柳溪村队夺冠。\n";
        let ex = extract(text);
        for team in ["柳溪村队", "白沙村代表队", "石门社区队", "桃源村文艺队"] {
            assert!(ex.entities.iter().any(|e| e.label == team && e.class.family() == crate::model::Family::Organization), "{team}: {:?}", entities(&ex));
        }
        // (战胜|白沙村: the verb of the match is no part of the village)
        assert!(has(&ex, Community, "白沙村") && !ex.entities.iter().any(|e| e.label.starts_with("战胜")), "{:?}", entities(&ex));
        // (村队伍, 村队员: no teams; the cup's 村BA no village)
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("村队伍") || e.label.ends_with("村队员") || e.label.ends_with("各村队")), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.class == Community && e.label.contains('杯')), "{:?}", entities(&ex));
        assert!(ex.entities.iter().any(|e| e.class == Event && e.label.ends_with("村BA篮球赛")), "{:?}", entities(&ex));
        assert!(ex.entities.iter().any(|e| e.class == Event && e.label.ends_with("农民篮球赛总决赛")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_whose_head_s_post_follows_it_at_a_clause_start_is_found_whatever_jieba_read() {
        // (弄/v|用/p|村, 那/r|温村, 东游/f|驾村: a verb, a pronoun, a direction read in the name)
        let ex = extract("青禾镇述职评议会\n弄用村党支部书记农宁汇报了饮水工程进展。那温村党支部书记梁振华汇报，东游驾村党支部书记段海燕发言。\n尧和村党支部书记党小平把重点放在了乡风上。\n");
        for village in ["弄用村", "那温村", "东游驾村", "尧和村"] {
            assert!(has(&ex, Community, village), "{village}: {:?}", entities(&ex));
            let branch = format!("{village}党支部");
            assert!(has(&ex, PartyOrganization, &branch), "{branch}: {:?}", entities(&ex));
        }
        // (words of time, manner, scope or acting, and a division, before a bare 村: no village)
        let ex = extract("青禾镇培训\n一位山村党支部书记说。今年村党支部书记培训班开班。随后村委会主任发言，组织村党支部书记学习，各嘎查村党支部书记参加，城关镇村党支部书记到会。食堂由村党支部书记管理，她当选村党支部书记，以及各村党支部书记。\n");
        assert!(!ex.entities.iter().any(|e| e.class == Community), "{:?}", entities(&ex));
        // (a preposition before the name is no part of it)
        let ex = extract("青禾镇简讯\n据桃坪村党总支书记杨学华介绍，在西窑村党支部书记温占富家中。\n");
        for village in ["桃坪村", "西窑村"] {
            assert!(has(&ex, Community, village), "{village}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.starts_with(['据', '在'])), "{:?}", entities(&ex));
    }

    #[test]
    fn a_verb_jieba_reads_before_a_village_is_no_part_of_its_name() {
        let ex = extract("青禾镇简讯\n2016年，崔贤淑高票当选仁化村党支部书记。投资180万元建起仁化村智能育秧基地，修建村文化广场1处。柳溪村队战胜白沙村队。1月12日，青禾镇召开村党组织书记述职评议会。\n");
        for (class, name) in [(Community, "仁化村"), (PartyOrganization, "仁化村党支部"), (Project, "仁化村智能育秧基地"), (Community, "白沙村")] {
            assert!(has(&ex, class, name), "{name}: {:?}", entities(&ex));
        }
        // (修建|村|文化广场: a verb and the bare 村 name nothing)
        let verbs = ["高票", "当选", "建起", "修建", "战胜", "队", "召开"];
        assert!(!ex.entities.iter().any(|e| verbs.iter().any(|v| e.label.starts_with(v))), "{:?}", entities(&ex));
    }

    #[test]
    fn reading_rooms_and_homes_for_the_disabled_are_bodies_and_credit_and_village_rules_programmes() {
        let ex = extract("青禾镇简讯\n柳溪村农家书屋藏书3000册。青禾镇残疾人之家开业。镇里开展送戏下乡活动，推进整村授信，发放惠农贷500万元，修订村规民约，评选星级文明户。\n");
        assert!(has(&ex, Institution, "柳溪村农家书屋") && has(&ex, Institution, "青禾镇残疾人之家"), "{:?}", entities(&ex));
        for name in ["送戏下乡", "整村授信", "惠农贷", "村规民约", "星级文明户"] {
            assert!(has(&ex, Initiative, name), "{name}: {:?}", entities(&ex));
        }
        // (the kind alone names no body)
        let ex = extract("青禾镇简讯\n全镇建成农家书屋12个。\n");
        assert!(!ex.entities.iter().any(|e| e.label.contains("农家书屋")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_list_of_villages_each_with_a_person_names_the_people() {
        // (a notice's roll of the honoured: each item a village or community and a name, some
        // of surnames the lexicon lacks, one of a double surname)
        let text = "青禾镇关于“好邻居”评议结果的通报\n（一）孝老爱亲（4人）：柳溪村冯秀兰、石门社区訾国华、白沙村欧阳建平、桃源村仉德明。\n（二）救助对象：柳溪村郑春生3000元、白沙村韩玉珍2500元。\n";
        let ex = extract(text);
        for name in ["冯秀兰", "訾国华", "欧阳建平", "仉德明", "郑春生", "韩玉珍"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (ranked winners after 第一名)
        let ex = extract("青禾镇农民运动会闭幕\n陀螺：第一名柳溪村罗阿福，第二名白沙村李者沙，第三名桃源村高秀梅。\n");
        for name in ["罗阿福", "李者沙", "高秀梅"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (a verb after a village in a list is no name: 经各村推荐、; one such item alone makes
        // no roll)
        let ex = extract("青禾镇表彰志愿者\n经各村推荐、镇民政办审核，以下同志获评优秀志愿者：柳溪村冯秀兰、白沙村韩玉珍。\n走访了柳溪村张大爷、白沙村。\n");
        assert!(!ex.entities.iter().any(|e| e.class == Person && ["推荐", "张大爷"].contains(&e.label.as_str())), "{:?}", entities(&ex));
        // (items naming a unit of the township and a person of it; posts and kinds of people
        // after a unit are no names)
        let ex = extract("青禾镇文化工作表彰\n优秀文化志愿者：青禾镇综合文化站訾晓萌、青禾镇中心小学韩雪、青禾镇文化志愿者协会马骏。\n参加人员：镇卫生院院长、镇中心小学教师。\n");
        for name in ["訾晓萌", "韩雪", "马骏"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.class == Person && ["院长", "教师"].contains(&e.label.as_str())), "{:?}", entities(&ex));
        // (a hall's own name after it: no person)
        let ex = extract("青禾县简讯\n本馆由总馆文瀚阁、西区分馆文济阁、东区分馆文润阁组成。\n");
        assert!(!ex.entities.iter().any(|e| e.class == Person), "{:?}", entities(&ex));
    }

    #[test]
    fn a_name_glued_to_suo_zuo_or_a_double_surname_s_glued_to_shuo_is_whole() {
        let ex = extract("青禾镇简讯\n“订单稳了。”该公司董事长公冶明说。镇人大主席斯文军所作的报告获得通过。镇党委副书记、镇长晏立军代表镇人民政府作报告。");
        for name in ["公冶明", "斯文军", "晏立军"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "斯文军" && p.role == "主席"), "{:?}", ex.posts);
        // (书记彭志/nr|刚作/v|工作报告: the name's last character glued to the 作 of a report)
        let ex = extract("芙蓉镇召开乡贤大会\n芙蓉镇2025年乡贤大会在镇文化中心召开。县委常委瞿丽华出席会议并讲话，镇党委书记彭志刚作工作报告，镇长向海波主持会议。");
        assert!(has(&ex, Person, "彭志刚"), "{:?}", entities(&ex));
        assert!(related(&ex, "芙蓉镇2025年乡贤大会", Participant, "彭志刚"), "{:?}", relations(&ex));
    }

    #[test]
    fn a_han_name_jieba_cut_into_other_words_after_a_descriptor_is_whole() {
        // (脱贫户|包金/n|水说/n, 脱贫户|包银/nr|山说/v: the last character glued to 说)
        let ex = extract("青禾镇简讯\n村民麻进宝今年种了30亩。“日子好了。”脱贫户包金水说。“日子越过越好了。”脱贫户包银山说。");
        for name in ["麻进宝", "包金水", "包银山"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (not words after the descriptor: 马上就, 高兴地, 成长为)
        let ex = extract("青禾镇简讯\n村民马上就来了。村民高兴地说。村民成长为致富能手。");
        assert!(!ex.entities.iter().any(|e| e.class == Person), "{:?}", entities(&ex));
        // (在港/n|上/f|村: a village named by a word and a direction)
        let ex = extract("青禾镇简讯\n镇里在港上村举行演练。");
        assert!(has(&ex, Community, "港上村"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_name_after_a_descriptor_jieba_cut_in_two_or_after_a_deputy() {
        // (返乡/v|青年/t, 种植/v|户/q; 人大代表|白玛央金/nr)
        let ex = extract("青禾镇\n在直播间里，返乡青年梁小妹和她的团队介绍芒果。柳溪村种植户黄美英送选的芒果获奖。县人大代表白玛央金发言。");
        for name in ["梁小妹", "黄美英", "白玛央金"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn people_with_rare_surnames_after_work_words_glued_or_transliterated_are_whole() {
        // rare surnames (蒯, 宓; 祖 and 牙 only where a name is due), nouns for a person's work
        // ending with 员 or 师 (jieba's 群测群防/员 too), a name's last character jieba read
        // apart (温文/杰), 任/到/作 glued to a name, Tibetan, Mongolian and Yi names, an age
        let ex = extract("青禾镇\n恒远科技董事长蒯立伟在发言中表示，好。县农技中心高级农艺师孙秀芳常年在村里指导。卫生院院长宓晓东介绍，签约率提高。柳溪村护林员祖德海通过对讲机报告。公司派驻的工作队员牙春梅常年在村。科技特派员温文杰常年蹲点。镇长詹文彬任演练总指挥。县人大常委会副主任雒永红到会指导。镇财政所所长倪佳作的《关于预算的报告》。接到群测群防员符亚强的报告后，镇里启动响应。乡长索南才让等现场观摩。公司经理特木尔巴根，第一书记王强出席。82岁的吉克阿呷老人正在吃饭。生态管护员才让卓玛说，她负责巡查。合作社理事长仝建华说，好。县就业服务中心主任钞立军介绍。镇长税明川主持会议。");
        for name in ["仝建华", "钞立军", "税明川", "蒯立伟", "孙秀芳", "宓晓东", "祖德海", "牙春梅", "温文杰", "詹文彬", "雒永红", "倪佳", "符亚强", "索南才让", "特木尔巴根", "吉克阿呷", "才让卓玛"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (members and staff are no work words before names; 向 before words that are no name; a
        // building's head after a party member; 动员 is no work word; a team's head after a
        // driver; an old comrade after an age)
        let ex = extract("青禾镇\n每段明确1名班子成员任段长。县人社局工作人员向群众讲解政策。群测群防员向代表们演示监测方法。由党员楼长牵头，好。动员全社会力量。他是公司司机班班长。一位83岁的老同志捐款。");
        let people: Vec<_> = entities(&ex).into_iter().filter(|e| e.0 == Person).collect();
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn people_with_hui_yi_and_rare_surnames_or_before_how_often_they_act_are_found_after_posts() {
        // 喇, 阙, 沃, 者, 普: surnames read only where a name is due; 每月, 全程, 多次: what the
        // person does, after the name
        // (戚福/来说/。: a given name's last character in the dictionary's 来说, before a pause)
        let ex = extract("青禾镇\n“订单越来越多。”该公司总经理戚福来说。");
        assert!(has(&ex, Person, "戚福来"), "{:?}", entities(&ex));
        let ex = extract("青禾镇\n镇党委副书记、镇长喇明远听取了工作汇报。乡长阙永康等出席开幕式。村党支部书记邹卫华每月组织党员学习。乡长者秀萍多次带队入户。村务监督委员会主任牛志国全程参与监督。街道党工委书记沃海平表示，将继续推进。镇党委书记普文光说，要抓好落实。");
        for name in ["喇明远", "阙永康", "邹卫华", "者秀萍", "牛志国", "沃海平", "普文光"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (普 of 普遍, 闻 of 闻讯 and 者 of 长者 before a noun are no surnames, nor is 普遍认为 a name and 为)
        let ex = extract("青禾镇\n柳溪村长者食堂今天开业。镇长普遍认为可行。村长闻讯后赶到现场。负责人闻说查证。");
        let people: Vec<_> = entities(&ex).into_iter().filter(|e| e.0 == Person).collect();
        assert!(people.is_empty(), "{people:?}");
    }

    #[test]
    fn a_guesthouse_named_by_its_quoted_brand_is_a_project() {
        let ex = extract("青禾镇\n在柳溪村“水岸人家”民宿，老板韦秀梅正忙着。");
        let house = ex.entities.iter().find(|e| e.class == Project && e.label.starts_with("水岸人家")).unwrap_or_else(|| panic!("{:?}", entities(&ex)));
        let names: Vec<&str> = std::iter::once(house.label.as_str()).chain(house.alt_labels.iter().map(String::as_str)).collect();
        assert!(names.contains(&"水岸人家") && names.contains(&"水岸人家民宿"), "{house:?}");
    }

    #[test]
    fn scenic_areas_and_workshops_that_employ_villagers_are_projects() {
        let ex = extract("青禾镇\n近年来，青禾镇依托柳溪古寨景区发展旅游。在柳溪村苗绣就业帮扶车间上班的妇女有42人。");
        assert!(has(&ex, Project, "柳溪古寨景区"), "{:?}", entities(&ex));
        assert!(has(&ex, Project, "柳溪村苗绣就业帮扶车间"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_community_s_works_and_bodies_are_named_by_it_whatever_words_its_name_reads_as() {
        // (同心/n 社区: common words; the works and the body are named by the community)
        let ex = extract("柏杨林街道\n走进七星关区柏杨林街道同心社区就业帮扶车间，工人正在赶工。同心社区就业帮扶车间于2021年建成投用。");
        let works: Vec<_> = ex.mentions.iter().filter(|m| m.text == "同心社区就业帮扶车间").collect();
        assert_eq!(works.len(), 1, "{:?}", entities(&ex));
        // (惠民, 为民: generic elsewhere, a community's name where it is said as a place)
        let ex = extract("迤萨镇\n城郊的惠民社区里一排排安置楼。惠民社区党总支书记李者波说，招聘会在惠民社区举行。");
        assert!(has(&ex, Community, "惠民社区"), "{:?}", entities(&ex));
        assert!(has(&ex, PartyOrganization, "惠民社区党总支"), "{:?}", entities(&ex));
        assert_eq!(ex.mentions.iter().filter(|m| m.text == "惠民社区").count(), 3, "{:?}", ex.mentions);
        // (丰乐/a: a fine word names a community after its township, or before its body)
        let ex = extract("保家镇\n推进会在保家镇丰乐社区召开。丰乐社区党支部现有党员38名。");
        assert!(has(&ex, Community, "丰乐社区"), "{:?}", entities(&ex));
        assert!(has(&ex, PartyOrganization, "丰乐社区党支部"), "{:?}", entities(&ex));
        // (a kind of community: no name)
        let ex = extract("青禾镇\n打造便民社区，建设和美社区。");
        assert!(!ex.entities.iter().any(|e| e.class == Community), "{:?}", entities(&ex));
    }

    #[test]
    fn workshops_are_named_by_the_village_they_employ_not_by_the_company_they_belong_to() {
        let ex = extract("青禾镇\n在柳溪村服装加工车间，工人正在赶制订单。青禾镇苗绣非遗工坊吸纳绣娘56人。");
        assert!(has(&ex, Project, "柳溪村服装加工车间"), "{:?}", entities(&ex));
        assert!(has(&ex, Project, "苗绣非遗工坊"), "{:?}", entities(&ex));
        // (a company's shop floor, a kind of workshop, what a building became, a workshop's own
        // upgrade project)
        let ex = extract("青禾镇\n走进澜州鑫晟机械有限公司生产车间。全镇建成非遗工坊3个。柳溪村把村小学改造成农产品加工车间。实施柳溪村数字化车间改造项目。");
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("车间") || e.label.ends_with("工坊")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_co_operative_s_trade_name_and_craft_cut_into_single_characters_stay_in_its_name() {
        let ex = extract("青禾镇\n“今年种了1200亩。”澜州县鑫和辣椒种植专业合作社理事长刘春梅说。云岫县丹麻彩虹盘绣专业合作社理事长鲁霞介绍。");
        assert!(has(&ex, Company, "澜州县鑫和辣椒种植专业合作社"), "{:?}", entities(&ex));
        assert!(has(&ex, Company, "云岫县丹麻彩虹盘绣专业合作社"), "{:?}", entities(&ex));
        // (two bodies joined by 和, and a verb before a company that is no co-operative)
        let ex = extract("青禾镇\n青禾镇和柳溪村合作社签约。推迟交货会使航空公司蒙受损失。");
        assert!(!ex.entities.iter().any(|e| e.label.contains("和柳溪村") || e.label.contains("使航空")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_leading_group_is_a_body_but_not_one_named_after_a_quote_nor_a_kind() {
        let ex = extract("青禾镇\n镇里成立由镇长王大山任组长的专项整治工作领导小组。成立镇农村集体“三资”管理工作领导小组。灾区成立了救援领导小组。");
        assert!(has(&ex, GovernmentBody, "专项整治工作领导小组"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.org].label == "专项整治工作领导小组" && ex.entities[p.person].label == "王大山"), "{:?}", ex.posts);
        assert!(!ex.entities.iter().any(|e| matches!(e.label.as_str(), "管理工作领导小组" | "救援领导小组")), "{:?}", entities(&ex));
        // (the figures of the work it steers are its level's, not its own)
        let ex = extract("青禾镇\n青禾镇防汛工作领导小组组织排查点位386处，发现隐患47处。");
        assert!(!ex.measurements.is_empty() && ex.measurements.iter().all(|m| !ex.entities[m.entity].label.ends_with("领导小组")), "{:?}", ex.measurements);
    }

    #[test]
    fn supply_co_operatives_branches_and_a_township_s_task_teams_and_offices() {
        let ex = extract("青禾镇\n青禾镇为农服务中心今年配送化肥1200吨。柳溪村基层社负责人王大山介绍，青禾镇清洁取暖工作专班已走访农户600户。青禾镇禁毒办联合派出所开展宣传。");
        assert!(has(&ex, Institution, "青禾镇为农服务中心"), "{:?}", entities(&ex));
        assert!(has(&ex, Company, "柳溪村基层社"), "{:?}", entities(&ex));
        assert!(has(&ex, GovernmentBody, "青禾镇清洁取暖工作专班"), "{:?}", entities(&ex));
        assert!(has(&ex, GovernmentBody, "青禾镇禁毒办"), "{:?}", entities(&ex));
        // (a city by its full name, a common noun of jieba's dictionary: 周口市/n)
        let ex = extract("青禾镇\n周口市供销合作社派人到会指导。");
        assert!(has(&ex, Company, "周口市供销合作社"), "{:?}", entities(&ex));
        let ex = extract("青禾镇\n云岫县成立工作专班，推广“共享车间”模式。");
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("专班") || e.class == Project), "{:?}", entities(&ex));
    }

    #[test]
    fn activities_are_events_only_when_named_by_a_year_a_place_a_day_or_a_theme() {
        let ex = extract("青禾镇\n3月12日，青禾镇在柳溪湖畔开展2025年全民义务植树活动。4月23日，青禾镇春季护河活动在柳溪村举行。镇里举办重阳节志愿服务活动。社区举办龙舟赛暨民俗展演活动。");
        for name in ["2025年全民义务植树活动", "青禾镇春季护河活动", "重阳节志愿服务活动", "龙舟赛暨民俗展演活动"] {
            assert!(has(&ex, Event, name), "{name}: {:?}", entities(&ex));
        }
        // (a kind of activity, or what goes on in a place)
        let ex = extract("青禾镇\n全镇开展志愿服务活动12场，各类文体活动丰富。北方地区冷空气活动频繁。");
        assert!(!ex.entities.iter().any(|e| e.class == Event), "{:?}", entities(&ex));
        // (a themed party day is named once, by its own rule)
        let ex = extract("青禾镇\n7月1日，柳溪村党支部开展“喜迎七一·初心如磐”主题党日活动。");
        assert!(ex.entities.iter().filter(|e| e.label.contains("主题党日")).count() <= 1, "{:?}", entities(&ex));
    }

    #[test]
    fn mediation_rooms_and_teams_are_bodies_named_by_their_quoted_brand_too() {
        let ex = extract("青禾镇\n在青禾镇综治中心的“和为贵”调解室里，两家握手言和。镇里组建起“石榴籽”民族团结调解队，队员26人。村里组建“老乡贤调解团”，今年以来调解纠纷12件。镇司法所设立人民调解室。");
        for name in ["和为贵调解室", "石榴籽民族团结调解队", "老乡贤调解团"] {
            assert!(has(&ex, SocialOrganization, name), "{name}: {:?}", entities(&ex));
        }
        // (the people's mediation room of a body is a kind)
        assert!(!labelled(&ex, "人民调解室"), "{:?}", entities(&ex));
    }

    #[test]
    fn an_item_of_a_list_of_villages_holds_no_post_and_no_verb_and_starts_after_yiji() {
        let ex = extract("青禾乡\n青禾乡党委书记、乡长、乡级副总河长扎西顿珠带领乡机关干部、河湖管护员以及柳溪村、石门村等8个村的群众参加。乡长、乡级副总河长才让东主带领村干部巡河。");
        assert!(has(&ex, Community, "柳溪村"), "{:?}", entities(&ex));
        assert!(has(&ex, Person, "扎西顿珠"), "{:?}", entities(&ex));
        // (主 of a Tibetan name, 才让东主)
        assert!(has(&ex, Person, "才让东主"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.class == Community && (e.label.contains("干部") || e.label.contains("管护员"))), "{:?}", entities(&ex));
    }

    #[test]
    fn a_residents_area_is_named_after_its_estate_and_its_number() {
        let ex = extract("殷行街道\n义诊活动在市光四村居民区举行。位于开鲁新村第三居民区的中心启用。");
        assert!(has(&ex, Community, "市光四村居民区"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "开鲁新村第三居民区"), "{:?}", entities(&ex));
    }

    #[test]
    fn the_bodies_of_a_township_named_as_villages_and_towns_are_found() {
        // (段村镇: jieba cuts 段/村镇 before its dictionary's 村镇 unless it knows the township)
        let ex = extract("平遥县段村镇\n由平遥县人力资源和社会保障局、段村镇人民政府主办。段村镇党委书记王建国出席。");
        assert!(has(&ex, GovernmentBody, "段村镇人民政府"), "{:?}", entities(&ex));
        assert!(has(&ex, PartyOrganization, "段村镇党委"), "{:?}", entities(&ex));
        // (not a common word before 村镇: 文明村镇, 提高村镇)
        let ex = extract("青禾镇\n开展创建文明村镇活动，提高村镇建设水平。");
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("村镇")), "{:?}", entities(&ex));
    }

    #[test]
    fn people_named_after_who_keeps_a_house_lives_next_door_or_alone_are_found() {
        let ex = extract("青禾镇\n在柳溪村“水岸人家”民宿，老板韦秀梅正忙着备菜。村民刘长春和邻居张福顺握手言和。镇干部看望了独居老人马志祥。");
        for name in ["韦秀梅", "张福顺", "马志祥"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (a family, and what the owner's things show)
        let ex = extract("青禾镇\n张英与邻居吴家互相退让三尺地。书房散发出主人宁静的心绪。");
        assert!(!ex.entities.iter().any(|e| e.class == Person && (e.label == "吴家" || e.label == "宁静")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_name_glued_to_the_post_it_takes_is_a_person_and_starts_no_place() {
        let ex = extract("青禾镇河长制\n由镇党委书记崔成浩任镇级总河长。镇党委书记韦振华任镇综治中心主任。村人民调解委员会主任农德光会同镇司法所调解。");
        for name in ["崔成浩", "韦振华", "农德光"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| ["崔", "韦", "农"].iter().any(|p| e.label.starts_with(p)) && e.class != Person), "{:?}", entities(&ex));
        assert!(has(&ex, Institution, "青禾镇综治中心"), "{:?}", entities(&ex));
        // (谭晓凤任/nr|集团执行校长: nor a company; 名单报镇/n|招商服务中心: the verb of handing in
        // glued to the level word starts no name either)
        let ex = extract("青禾镇教育\n中心小学校长谭晓凤任集团执行校长。各村将名单报镇招商服务中心。各村将需求台账报镇残联。");
        assert!(has(&ex, Person, "谭晓凤"), "{:?}", entities(&ex));
        assert!(has(&ex, Institution, "青禾镇招商服务中心") && has(&ex, SocialOrganization, "青禾镇残联"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.contains("谭晓凤任") || e.label.contains('报')), "{:?}", entities(&ex));
    }

    #[test]
    fn clinics_day_care_centres_and_court_branches_are_named_and_a_centre_to_be_built_is_its_project() {
        let ex = extract("云岫区青禾镇\n青禾镇柳溪村老年人日间照料中心正式投入使用，医生在柳溪村卫生室坐诊。云岫区人民法院青禾人民法庭派法官参加。");
        assert!(has(&ex, Institution, "柳溪村老年人日间照料中心"), "{:?}", entities(&ex));
        assert!(has(&ex, Institution, "柳溪村卫生室"), "{:?}", entities(&ex));
        let court = ex.entities.iter().find(|e| e.class == GovernmentBody && e.label.ends_with("青禾人民法庭")).unwrap_or_else(|| panic!("{:?}", entities(&ex)));
        assert!(court.label == "青禾人民法庭" || court.alt_labels.iter().any(|a| a == "青禾人民法庭"), "{court:?}");
        // (a kind: of a level, of a court, done well)
        let ex = extract("青禾镇\n全县村级卫生室全部达标。市法院人民法庭建设推进。规范化人民法庭建成。镇里对12处村卫生室进行改造。");
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("卫生室") || e.label.ends_with("人民法庭")), "{:?}", entities(&ex));
        // (a centre still to be built is the project's name, no body of its own; one works
        // are done on stands)
        let ex = extract("青禾镇\n柳溪村养老服务中心建设项目总投资300万元。青禾镇卫生院改扩建项目总投资500万元。");
        assert!(!has(&ex, Institution, "柳溪村养老服务中心"), "{:?}", entities(&ex));
        assert!(has(&ex, Institution, "青禾镇卫生院"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_found_once_is_found_again_where_jieba_cut_it_with_the_body_said_by_its_cun() {
        let ex = extract("青禾镇强村公司\n全镇永胜村、富强村、新华村入股。董事长由富强村党支部书记那振华兼任。");
        assert_eq!(ex.mentions.iter().filter(|m| ex.entities[m.entity].label == "富强村").count(), 2, "{:?}", entities(&ex));
        assert!(has(&ex, PartyOrganization, "富强村党支部"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "那振华" && ex.entities[p.org].label == "富强村党支部"), "{:?}", ex.posts);
    }

    #[test]
    fn villages_and_communities_jieba_cut_after_a_name_an_adjective_or_a_home_are_whole() {
        let ex = extract("青禾街道\n——访青禾街道新市场社区党委书记冉晓梅\n在阿热买里村，村人民调解委员会调解纠纷。他退休后回到老家枫香村。");
        for name in ["新市场社区", "阿热买里村", "枫香村"] {
            assert!(has(&ex, Community, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.starts_with('访') || e.label.starts_with("老家") || e.label == "市场社区"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_yi_name_of_a_clan_and_two_characters_is_a_person_where_a_name_is_due() {
        let ex = extract("青禾镇调解纠纷\n所长沙马阿且带领民警走访。镇人民调解委员会主任王强会同德古勒古木呷、法律明白人海来阿呷多次上门。律师阿苏木果等5人包村。");
        for name in ["沙马阿且", "勒古木呷", "海来阿呷", "阿苏木果"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (a name jieba read as two, the clan's first: 书记吉伍/nr|伍牛/nr|说; before 分管)
        let ex = extract("青禾镇劳务\n“大家跟着走。”镇党委书记吉伍伍牛说。镇党委副书记阿苏拉日分管，配备专职人员。");
        for name in ["吉伍伍牛", "阿苏拉日"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!has(&ex, Person, "吉伍"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "吉伍伍牛" && p.role == "书记"), "{:?}", ex.posts);
        // (not a village named after the clan: 吉克村)
        let ex = extract("青禾镇\n吉克依达村新建活动室。");
        assert!(!ex.entities.iter().any(|e| e.class == Person), "{:?}", entities(&ex));
    }

    #[test]
    fn a_body_named_by_its_township_s_stem_is_found_where_jieba_cut_the_stem() {
        let ex = extract("依盖尔其镇推进法治建设\n司法所联合镇综治中心、依盖尔其派出所组建宣讲队，与县人民法院依盖尔其人民法庭对接。");
        assert!(has(&ex, GovernmentBody, "依盖尔其派出所"), "{:?}", entities(&ex));
        assert!(has(&ex, GovernmentBody, "依盖尔其人民法庭"), "{:?}", entities(&ex));
        // (not a word of the dictionary a township is named after: 建设镇, 建设|中心)
        let ex = extract("建设镇简讯\n建设镇加快建设中心城区。");
        assert!(!ex.entities.iter().any(|e| e.label == "建设中心"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_bracket_of_one_or_two_characters_inside_a_meeting_s_name_is_part_of_it() {
        let ex = extract("青禾镇召开会议\n3月5日，青禾镇召开2025年生态环境保护暨河（湖）长制工作会议。青禾镇全面落实河（湖）长制。县作协召开（扩大）会议。");
        assert!(ex.entities.iter().any(|e| e.class == Event && e.label.ends_with("暨河（湖）长制工作会议")), "{:?}", entities(&ex));
        assert!(has(&ex, Initiative, "河（湖）长制"), "{:?}", entities(&ex));
        // (not a bracket right after the verb of holding)
        assert!(!ex.entities.iter().any(|e| e.label.contains("扩大）") || e.alt_labels.iter().any(|a| a.contains("扩大）"))), "{:?}", entities(&ex));
    }

    #[test]
    fn a_signing_of_projects_held_is_an_event_but_not_a_count_of_projects_signed() {
        let ex = extract("青禾镇乡贤大会\n大会现场举行了乡贤回归项目集中签约，青禾镇人民政府与3家企业签约。此次集中签约项目4个。活动现场，3个文旅项目集中签约，总投资1.35亿元。");
        assert!(has(&ex, Event, "乡贤回归项目集中签约"), "{:?}", entities(&ex));
        assert_eq!(ex.entities.iter().filter(|e| e.class == Event && e.label.contains("集中签约")).count(), 1, "{:?}", entities(&ex));
    }

    #[test]
    fn a_project_written_after_a_chain_of_divisions_is_known_without_it() {
        let ex = extract("云岫区青禾街道\n今年，澜州市云岫区青禾街道柳溪片区老旧小区改造项目进入收尾阶段。石门镇康养综合体项目和云岫区柳溪镇康养综合体项目开工。");
        let p = ex.entities.iter().find(|e| e.class == Project && e.label.contains("柳溪片区")).unwrap_or_else(|| panic!("{:?}", entities(&ex)));
        let names: Vec<&str> = std::iter::once(p.label.as_str()).chain(p.alt_labels.iter().map(|a| a.as_str())).collect();
        assert!(names.contains(&"柳溪片区老旧小区改造项目"), "{names:?}");
        // (an event too: 云岫县青禾镇|“强村富民”项目签约仪式)
        let ex2 = extract("青禾镇签约\n6月19日上午，云岫县青禾镇“强村富民”项目签约仪式在镇便民服务中心举行。");
        let ev = ex2.entities.iter().find(|e| e.class == Event).unwrap_or_else(|| panic!("{:?}", entities(&ex2)));
        assert!(ev.alt_labels.iter().chain(std::iter::once(&ev.label)).any(|a| a == "强村富民项目签约仪式"), "{ev:?}");
        // (not where two places' projects share what is left: 石门镇|康养综合体项目, 柳溪镇|…)
        assert!(!ex.entities.iter().any(|e| e.alt_labels.iter().any(|a| a.starts_with("康养综合体"))), "{:?}", ex.entities.iter().map(|e| (&e.label, &e.alt_labels)).collect::<Vec<_>>());
        assert_eq!(ex.entities.iter().filter(|e| e.class == Project && e.label.contains("康养综合体")).count(), 2, "{:?}", entities(&ex));
    }

    #[test]
    fn a_street_s_office_said_by_banshichu_alone_after_its_committee_s_post_is_the_report_street_s() {
        let ex = extract("青禾街道召开议事会\n5月8日，青禾街道召开议事会，街道党工委副书记、办事处主任缪国庆出席。镇党委书记展立国讲话。");
        assert!(has(&ex, GovernmentBody, "青禾街道办事处"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "缪国庆" && ex.entities[p.org].label == "青禾街道办事处"), "{:?}", ex.posts);
        assert!(has(&ex, Person, "展立国"), "{:?}", entities(&ex));
        // (an office of something else, after no committee's post: no street's)
        let ex = extract("青禾街道\n驻京办事处、办事处主任王强参加。");
        assert!(!has(&ex, GovernmentBody, "青禾街道办事处"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_township_s_facility_is_named_by_what_it_does_and_a_verb_of_building_starts_no_name() {
        let ex = extract("青禾镇垃圾分类\n青禾镇投资1200万元在柳溪村建设青禾镇再生资源分拣中心。该镇建成青禾镇社会治理综合服务中心，设立青禾镇返乡创业服务中心。学生来自青禾镇中心完小。");
        for name in ["青禾镇再生资源分拣中心", "青禾镇社会治理综合服务中心", "青禾镇返乡创业服务中心", "青禾镇中心完小"] {
            assert!(has(&ex, Institution, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("建设") || e.label.starts_with("柳溪村建设")), "{:?}", entities(&ex));
    }

    #[test]
    fn canteens_for_the_elderly_and_fire_teams_are_named_and_a_village_s_body_is_called_without_its_township() {
        let ex = extract("青禾镇\n6月2日，青禾镇柳溪村长者食堂正式开餐，柳溪村60名老人就餐。青禾镇专业扑火队和镇民兵应急连参加演练。");
        let canteen = ex.entities.iter().find(|e| e.class == Institution && e.label.ends_with("长者食堂")).unwrap_or_else(|| panic!("{:?}", entities(&ex)));
        // (the township's name first or not, one canteen, called both ways)
        let names: Vec<&str> = std::iter::once(canteen.label.as_str()).chain(canteen.alt_labels.iter().map(|a| a.as_str())).collect();
        assert!(names.contains(&"柳溪村长者食堂") && names.contains(&"青禾镇柳溪村长者食堂"), "{canteen:?}");
        assert!(has(&ex, SocialOrganization, "青禾镇专业扑火队"), "{:?}", entities(&ex));
        assert!(ex.entities.iter().any(|e| e.class == SocialOrganization && e.label.ends_with("民兵应急连")), "{:?}", entities(&ex));
    }

    #[test]
    fn an_event_said_again_by_the_end_of_its_name_is_that_event_unless_the_text_names_many_of_its_kind() {
        let ex = extract("云岫乡开杆节\n9月10日，云岫乡首届核桃开杆节在瓦厂村开幕。核桃开杆节吸引游客1.6万人次。");
        let festival: Vec<_> = ex.entities.iter().filter(|e| e.class == Event).collect();
        assert_eq!(festival.len(), 1, "{:?}", entities(&ex));
        assert!(festival[0].label == "云岫乡首届核桃开杆节" && festival[0].alt_labels.iter().any(|a| a == "核桃开杆节"), "{festival:?}");
        // (a newspaper's day: many farewells, none of them the one said short)
        let ex = extract("本报讯\n云岫县召开老干部迎春座谈会。青禾镇召开企业家座谈会。柳溪乡召开乡贤座谈会。1月20日，石桥村召开迎春座谈会。");
        assert!(has(&ex, Event, "老干部迎春座谈会") && has(&ex, Event, "迎春座谈会"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_meeting_s_name_holds_a_chief_s_system_and_what_a_ji_joins() {
        let ex = extract("青禾镇推进会\n7月16日，青禾镇召开2024年第二季度河长制工作推进会暨防汛工作部署会。1月9日，青禾镇召开述职评议暨村集体经济发展推进会。3月27日，柳溪镇召开平安建设暨矛盾纠纷排查化解工作推进会。");
        assert!(labelled(&ex, "河长制工作推进会暨防汛工作部署会"), "{:?}", entities(&ex));
        assert!(labelled(&ex, "村集体经济发展推进会"), "{:?}", entities(&ex));
        assert!(labelled(&ex, "平安建设暨矛盾纠纷排查化解工作推进会"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("制") || e.label.starts_with("集体")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_works_on_a_section_of_a_river_named_by_its_place_is_one_project() {
        let ex = extract("云岫县治水\n由云岫县水务局组织实施的清水河柳溪段河道综合治理工程于今年3月开工。");
        assert!(has(&ex, Project, "清水河柳溪段河道综合治理工程"), "{:?}", entities(&ex));
        // (a count of sections is no name)
        let ex = extract("云岫县治水\n今年全县治理河道3段河道综合治理工程完工。");
        assert!(!ex.entities.iter().any(|e| e.label.contains("3段")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_short_name_given_in_brackets_is_the_named_thing_s_wherever_it_is_used() {
        let text = "青禾镇强村公司\n青禾镇组建云岫县青禾强村发展有限公司（以下简称“强村公司”），到青禾镇社会治安综合治理中心（以下简称综治中心）调解。2024年强村公司承接村内小型工程37个。";
        let ex = extract(text);
        let company = ex.entities.iter().position(|e| e.label.ends_with("青禾强村发展有限公司")).expect("the company");
        assert!(ex.entities[company].alt_labels.iter().any(|a| a == "强村公司"), "{:?}", entities(&ex));
        assert_eq!(ex.mentions.iter().filter(|m| m.entity == company).count(), 3, "{:?}", ex.mentions);
        assert!(!ex.entities.iter().any(|e| e.label.contains("承接")), "{:?}", entities(&ex));
        let centre = ex.entities.iter().find(|e| e.label.ends_with("社会治安综合治理中心")).expect("the centre");
        assert!(centre.alt_labels.iter().any(|a| a == "综治中心"), "{centre:?}");
        let chars: Vec<char> = ex.text.chars().collect();
        assert!(ex.mentions.iter().all(|m| chars[m.begin..m.end].iter().collect::<String>() == m.text));
    }

    #[test]
    fn an_event_s_kind_said_alone_is_a_mention_of_the_event_unless_it_counts_others() {
        let text = "青禾镇板栗节\n9月20日，青禾镇第三届板栗文化旅游节开幕。旅游节期间，全镇42家合作社设摊参展。为期三天的旅游节共接待游客4.6万人次。\n今年第一期技能培训班在镇成人学校开班，县里已在各乡镇举办旅游节12场，还将定期举办旅游节。";
        let ex = extract(text);
        let festival = ex.entities.iter().position(|e| e.class == Event && e.label == "青禾镇第三届板栗文化旅游节").expect("the festival");
        let said: Vec<&str> = ex.mentions.iter().filter(|m| m.entity == festival).map(|m| m.text.as_str()).collect();
        assert_eq!(said, ["青禾镇第三届板栗文化旅游节", "旅游节", "旅游节"], "{:?}", ex.mentions);
        assert!(ex.entities[festival].alt_labels.iter().any(|a| a == "旅游节"), "{:?}", ex.entities[festival]);
        // (every mention slices back to its text)
        let chars: Vec<char> = ex.text.chars().collect();
        assert!(ex.mentions.iter().all(|m| chars[m.begin..m.end].iter().collect::<String>() == m.text));
        // (with the words before it that end the name too: 专场|招聘会; a batch of it)
        let ex = extract("青禾镇招聘会\n2月10日，青禾镇2025年春风行动专场招聘会在镇广场举行。一场面向返乡人员的专场招聘会正在进行。\n第二期专场招聘会将于3月举行。");
        let fair = ex.entities.iter().position(|e| e.class == Event && e.label.ends_with("春风行动专场招聘会")).expect("the fair");
        let said: Vec<&str> = ex.mentions.iter().filter(|m| m.entity == fair).map(|m| m.text.as_str()).collect();
        assert_eq!(said[1..], ["专场招聘会", "专场招聘会"], "{:?}", ex.mentions);
        // (not where the text names many of the kind, a newspaper's day: the kind says none)
        let ex = extract("本报讯\n云岫县召开老干部迎春座谈会。青禾镇召开企业家座谈会。柳溪乡召开乡贤座谈会。座谈会上，大家踊跃发言。");
        let chars: Vec<char> = ex.text.chars().collect();
        assert!(!ex.mentions.iter().any(|m| chars[m.begin..m.end].iter().collect::<String>() == "座谈会"), "{:?}", ex.mentions);
    }

    #[test]
    fn a_themed_party_day_is_what_its_bare_mentions_speak_of() {
        let ex = extract("柳溪村开展主题党日活动\n7月1日上午，柳溪村党支部在村党群服务中心开展“学党章、守初心”主题党日活动。村党支部书记王刚表示，将以这次主题党日为契机，带领群众增收。");
        assert!(has(&ex, Event, "学党章、守初心主题党日活动"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.class == Initiative && e.label.starts_with("主题党日")), "{:?}", entities(&ex));
        // (without a named one, the party days are a programme)
        let ex = extract("青禾镇\n各村党支部严格落实“三会一课”和主题党日制度。");
        assert!(!ex.entities.iter().any(|e| e.class == Event), "{:?}", entities(&ex));
    }

    #[test]
    fn a_verb_of_building_after_a_sum_and_a_comma_starts_no_project_s_name() {
        let ex = extract("青禾镇\n恒远新材料有限公司投资3.2亿元，建设竹纤维复合材料生产基地项目，拟用地85亩。华光新能源有限公司投资2.6亿元，建设青禾农光互补光伏发电项目。");
        for name in ["竹纤维复合材料生产基地项目", "青禾农光互补光伏发电项目"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.starts_with("建设")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_jieba_cuts_the_same_way_each_time_is_whole_everywhere() {
        // (改/河村 wherever it stands: a character and a word ending with 村, three times)
        let ex = extract("青禾镇\n青禾镇改河村：村里变了样。结合改河村发展实际，王刚到改河村担任第一书记。改河村党支部书记李明说，好。");
        assert!(has(&ex, Community, "改河村") && has(&ex, PartyOrganization, "改河村党支部"), "{:?}", entities(&ex));
        assert!(!entities(&ex).iter().any(|e| e.1.starts_with("河村")), "{:?}", entities(&ex));
        // (not a word for the countryside: 和美/乡村)
        let ex = extract("青禾镇\n建设和美乡村。打造和美乡村示范带。和美乡村建设成效明显。");
        assert!(!entities(&ex).iter().any(|e| e.0 == Community), "{:?}", entities(&ex));
    }

    #[test]
    fn a_government_s_website_on_the_source_line_is_no_body() {
        let ex = extract("青禾镇举行签约仪式\n来源：云岫县人民政府网　　发布时间：2024-06-14\n6月13日，青禾镇举行签约仪式。云岫县副县长王刚出席。");
        assert!(!ex.entities.iter().any(|e| e.label.contains("人民政府")), "{:?}", entities(&ex));
        // (but the government named as the source is one)
        let ex = extract("青禾镇举行签约仪式\n来源：云岫县人民政府　　发布时间：2024-06-14\n6月13日，青禾镇举行签约仪式。");
        assert!(has(&ex, GovernmentBody, "云岫县人民政府"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_name_found_by_its_suffix_starts_after_the_sentence_s_words() {
        let ex = extract("青禾镇\n今年重点抓好柳溪村农村供水保障工程，另有石门村道路硬化工程等5个项目。当地龙头企业云岫橙冠农业开发有限公司带动农户。");
        for name in ["柳溪村农村供水保障工程", "石门村道路硬化工程", "云岫橙冠农业开发有限公司"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
        assert!(!ex.entities.iter().any(|e| ["重点", "抓好", "另有", "龙头"].iter().any(|w| e.label.starts_with(w))), "{:?}", entities(&ex));
        // (not where the word is a place's first character: 由旺镇)
        let ex = extract("由旺镇\n近日，由旺镇人民政府召开会议。");
        assert!(has(&ex, GovernmentBody, "由旺镇人民政府"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_quoted_name_and_the_project_after_it_are_one_project() {
        let ex = extract("青禾镇\n恒远文旅集团投资1.1亿元在柳溪村实施“千亩荷塘”田园综合体项目，规划面积1200亩。");
        assert!(labelled(&ex, "千亩荷塘田园综合体项目"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.class == Initiative && e.label == "千亩荷塘"), "{:?}", entities(&ex));
        // (not a quote a verb after it speaks of: “四议两公开”议出民心工程)
        let ex = extract("青禾镇\n柳溪村用“四议两公开”议出民心工程。");
        assert!(!ex.entities.iter().any(|e| e.class == Project && e.label.starts_with("四议两公开")), "{:?}", entities(&ex));
    }

    #[test]
    fn an_adverb_and_a_verb_of_carrying_out_start_no_community() {
        let ex = extract("松涛街道\n今年松涛街道将在辖区14个社区全面推广荣泰社区做法。建设社区党委书记说，好。");
        assert!(has(&ex, Community, "荣泰社区"), "{:?}", entities(&ex));
        assert!(!entities(&ex).iter().any(|e| e.1.starts_with("全面")), "{:?}", entities(&ex));
    }

    #[test]
    fn campaigns_reports_name_bare_are_programmes() {
        let ex = extract("青禾镇\n青禾镇深入开展美丽庭院创建，落实“三会一课”制度，推行双向进入、交叉任职。县人社局开展春风行动专场招聘会。");
        for name in ["美丽庭院", "三会一课", "双向进入、交叉任职", "春风行动"] {
            assert!(labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn a_year_s_set_of_livelihood_projects_is_a_programme() {
        let ex = extract("青禾镇人代会\n会议票决产生2024年度6件民生实事项目，计划总投资736万元。代表们察看了2023年度民生实事项目完成情况。镇里实行民生实事项目人大代表票决制。");
        assert!(has(&ex, Initiative, "2024年度6件民生实事项目") && labelled(&ex, "2024年度民生实事项目"), "{:?}", entities(&ex));
        assert!(has(&ex, Initiative, "2023年度民生实事项目") && has(&ex, Initiative, "民生实事项目人大代表票决制"), "{:?}", entities(&ex));
        // (the years' sets stay two; the bare words name none)
        assert!(!labelled(&ex, "民生实事项目"), "{:?}", entities(&ex));
        let ex = extract("青禾镇\n今年镇里将办好十件民生实事。");
        assert!(has(&ex, Initiative, "十件民生实事"), "{:?}", entities(&ex));
    }

    #[test]
    fn meal_points_clinics_forest_farms_league_committees_and_stores_are_bodies() {
        let ex = extract("云岫县青禾镇\n柳溪村助餐点日均就餐40人。中心由云岫县妇幼保健院提供指导。白石林场青禾管护站负责巡护。石宝山白族调传习所每周开课。柳溪村团支部组织青年。柳溪县茶叶同业公会协办。镇应急物资储备库现储备编织袋5000条。团县委书记智鹏参加。");
        for (class, name) in [(Institution, "柳溪村助餐点"), (Institution, "云岫县妇幼保健院"), (Institution, "白石林场青禾管护站"), (Institution, "白石林场"), (SocialOrganization, "柳溪村团支部"), (SocialOrganization, "柳溪县茶叶同业公会"), (GovernmentBody, "青禾镇应急物资储备库"), (SocialOrganization, "团县委")] {
            assert!(has(&ex, class, name), "{name}: {:?}", entities(&ex));
        }
        // (an institution said with its township's level word and without it is one)
        let ex = extract("韩家园镇防火\n演练在镇东山林场举行。上午9时，东山林场瞭望塔发现烟点。");
        assert_eq!(ex.entities.iter().filter(|e| e.label.ends_with("东山林场")).count(), 1, "{:?}", entities(&ex));
        // (nor kinds of forest farms and stores, nor a level's character read inside a word)
        let ex = extract("青禾镇\n国营林场和天然林林场改革。中国红十字会总会从区域物资储备库调拨棉衣。揭示了宫城区域多网格布局。贫困县妇联和直辖市公安厅参加。");
        assert!(!entities(&ex).iter().any(|e| ["国营林场", "天然林林场", "区域物资储备库", "宫城区域多网格布局", "贫困县妇联", "直辖市公安厅"].contains(&e.1.as_str())), "{:?}", entities(&ex));
        // (a meal point of no village or community is a kind)
        let ex = extract("青禾镇\n全镇老年助餐点已建成5个，银龄食堂助餐点运行良好。");
        assert!(!entities(&ex).iter().any(|e| e.1.ends_with("助餐点")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_congress_presidium_and_an_office_after_a_township_jieba_cut_or_read_as_a_noun() {
        let ex = extract("青禾镇视察\n青禾镇人大主席团组织代表视察。会上，召公镇经济发展办公室主任拓亚军出席。");
        assert!(has(&ex, GovernmentBody, "青禾镇人大主席团"), "{:?}", entities(&ex));
        assert!(has(&ex, GovernmentBody, "召公镇经济发展办公室") && has(&ex, Person, "拓亚军"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_village_named_only_at_the_head_of_a_body_or_works_is_a_village() {
        let ex = extract("青禾镇养老\n其中，月光包村幸福食堂日均就餐60人。韦二村卫生室开展义诊。");
        assert!(has(&ex, Community, "月光包村") && has(&ex, Institution, "月光包村幸福食堂"), "{:?}", entities(&ex));
        assert!(has(&ex, Community, "韦二村"), "{:?}", entities(&ex));
        // (not the gacha and village said together, nor a verb and 村)
        let ex = extract("青禾镇\n各嘎查村妇联主席参加。岩樟强村发展有限公司成立。");
        assert!(!labelled(&ex, "嘎查村"), "{:?}", entities(&ex));
    }

    #[test]
    fn errand_runners_young_mothers_hainan_numbered_names_and_names_read_as_places_are_people() {
        let ex = extract("青禾镇\n帮办代办员丁雨婷跑前跑后。柳溪村的年轻妈妈望小琴说，方便了。县审批局副局长卫国庆，镇便民服务中心主任同丽娜出席。镇人大主席陈亚四主持会议。镇长才让东周表示，将加强防范。镇总工会主席吉文光作工会工作报告。");
        for name in ["丁雨婷", "望小琴", "卫国庆", "陈亚四", "才让东周", "吉文光"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (a count after a name is no part of it)
        let ex = extract("青禾镇\n镇里选派陈亚四人参加培训。");
        assert!(!labelled(&ex, "陈亚四"), "{:?}", entities(&ex));
    }

    #[test]
    fn briefings_are_events_and_a_festival_named_before_its_press_conference_is_one_too() {
        let ex = extract("青禾镇召开优化营商环境工作新闻通气会\n3月6日，青禾镇召开优化营商环境工作新闻通气会。6月5日，云岫县举行2024年青禾油菜花文化旅游节新闻发布会。");
        assert!(has(&ex, Event, "优化营商环境工作新闻通气会"), "{:?}", entities(&ex));
        assert!(has(&ex, Event, "2024年青禾油菜花文化旅游节新闻发布会") && has(&ex, Event, "2024年青禾油菜花文化旅游节"), "{:?}", entities(&ex));
        // (the day is the press conference's)
        let festival = ex.entities.iter().position(|e| e.label == "2024年青禾油菜花文化旅游节").expect("festival");
        assert!(!ex.dates.iter().any(|d| d.entity == festival), "{:?}", ex.dates);
    }

    #[test]
    fn names_jieba_read_as_other_words_before_a_bare_title_or_after_a_post_are_people() {
        let ex = extract("青禾乡防火\n祁永福书记在点评最后强调，要整改。谈到下一步工作，字国华书记强调，要落实林长制。队长星生财带领队员每月巡查。由乡党委书记巩建华任乡级总田长。库车市妇联副主席阿依努尔·卡德尔应邀出席。");
        for name in ["祁永福", "字国华", "星生财", "巩建华", "阿依努尔·卡德尔"] {
            assert!(has(&ex, Person, name), "{name}: {:?}", entities(&ex));
        }
        // (not a word of what the text is about before a title)
        let ex = extract("青禾乡\n会上，全体干部书记强调的问题逐一整改。");
        assert!(!ex.entities.iter().any(|e| e.class == Person), "{:?}", entities(&ex));
    }

    #[test]
    fn numbered_short_words_for_a_time_or_a_kind_and_verbs_read_as_nouns_name_nothing() {
        let ex = extract("青禾镇\n今年“两节”期间共走访困难职工。实现“两新”组织工会全覆盖。今年新开设社区托育点5个。要充分发挥乡镇应急管理站作用。把企业建到产业园区。");
        for name in ["两节", "两新", "新开设社区", "充分发挥乡镇应急管理站", "建到产业园区"] {
            assert!(!labelled(&ex, name), "{name}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn a_project_named_with_its_township_and_the_year_s_niandu_keeps_both() {
        let ex = extract("潢川县农田\n县农业农村局局长虎振江介绍，双柳树镇2023年度高标准农田建设项目总投资3860万元。");
        assert!(labelled(&ex, "双柳树镇2023年度高标准农田建设项目"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_place_s_body_jieba_cut_a_company_s_union_and_a_fire_station_by_its_place() {
        let ex = extract("青禾镇\n库车市妇联副主席周海燕出席。公司工会主席班丽萍说，好。县消防救援大队泸沽专职消防站参加演练。");
        assert!(has(&ex, SocialOrganization, "库车市妇联") && has(&ex, SocialOrganization, "公司工会"), "{:?}", entities(&ex));
        assert!(has(&ex, GovernmentBody, "泸沽专职消防站"), "{:?}", entities(&ex));
        // (a time and the whole county before a kind name no body)
        let ex = extract("互助县\n今年以来全县商会开展帮扶。");
        assert!(!entities(&ex).iter().any(|e| e.1.ends_with("商会") && e.1.starts_with("今年")), "{:?}", entities(&ex));
    }

    #[test]
    fn names_closed_by_a_lists_punctuation_after_a_post_whatever_their_surname() {
        let ex = extract("青禾镇会议纪要\n参会人员：镇党委书记罗文杰，镇司法所所长骞红梅，镇综合文化站站长昝乐，镇党委书记相振华、副镇长隋晓梅。\n主持人：镇党委副书记、镇长杨胜和\n记录人：镇党委书记　蔺海涛\n");
        for (person, role) in [("骞红梅", "所长"), ("昝乐", "站长"), ("相振华", "书记"), ("杨胜和", "镇长"), ("蔺海涛", "书记")] {
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == person && p.role == role), "{person}: {:?}", ex.posts);
        }
        assert!(!entities(&ex).iter().any(|e| e.1 == "杨胜"), "{:?}", entities(&ex));
        // (words, not names, where the list's punctuation closes them)
        let ex = extract("青禾镇会议\n镇党委书记讲话，副镇长一行，镇长作报告，书记和主任、村民参加。站长这样说，主任笑着说。他说：“书记点子多、干劲足，田长守地、网格员巡田。”");
        assert!(!ex.entities.iter().any(|e| e.class == Person), "{:?}", entities(&ex));
    }

    #[test]
    fn a_company_s_outlet_named_by_its_place_is_a_body_of_its_own() {
        let ex = extract("青禾街道\n青禾鲜送网络科技有限公司在街道设有3个站点，上海迅邦快递有限公司设有2个营业部。青禾鲜送网络科技有限公司铁西站点站长关永刚当选支部书记。上海迅邦快递有限公司古美营业部经理黄志诚介绍。青禾建设有限公司新建项目部。");
        for (outlet, head) in [("青禾鲜送网络科技有限公司铁西站点", "关永刚"), ("上海迅邦快递有限公司古美营业部", "黄志诚")] {
            assert!(has(&ex, Company, outlet), "{outlet}: {:?}", entities(&ex));
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == head && ex.entities[p.org].label == outlet), "{head}: {:?}", ex.posts);
            let company = &outlet[..outlet.find("公司").expect("a company") + "公司".len()];
            assert!(related(&ex, outlet, PartOf, company), "{outlet}: {:?}", relations(&ex));
        }
        assert!(!ex.entities.iter().any(|e| e.label.ends_with("新建项目部")), "{:?}", entities(&ex));
    }

    #[test]
    fn communities_named_by_words_jieba_reads_otherwise_and_their_committees() {
        let ex = extract("青禾街道\n新建明远社区长者食堂。在永定社区建成普惠托育点1个。柳树湾社区党委书记、居委会主任陆小燕说。");
        for c in ["明远社区", "永定社区"] {
            assert!(has(&ex, Community, c), "{c}: {:?}", entities(&ex));
        }
        assert!(has(&ex, PartyOrganization, "柳树湾社区党委"), "{:?}", entities(&ex));
        assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == "陆小燕" && ex.entities[p.org].label == "柳树湾社区党委"), "{:?}", ex.posts);
        // (a kind of community is none)
        let ex = extract("青禾街道\n打造完整社区，已经社区化管理。");
        assert!(!ex.entities.iter().any(|e| e.class == Community), "{:?}", entities(&ex));
    }

    #[test]
    fn the_meeting_a_title_of_minutes_names() {
        for (title, meeting) in [("青禾镇召开移风易俗工作推进会议纪要", "移风易俗工作推进会议"), ("青禾镇人居环境整治暨生活垃圾分类工作推进会议纪要", "青禾镇人居环境整治暨生活垃圾分类工作推进会议"), ("青禾镇移风易俗暨红白理事会工作推进会会议纪要", "青禾镇移风易俗暨红白理事会工作推进会")] {
            let ex = extract(&format!("{title}\n会议时间：2024年3月15日上午9时\n主 持 人：镇党委副书记、镇长雒建军\n参会人员：镇党委书记寇文博，镇司法所所长郗彩霞。\n会议通报了工作情况。"));
            assert!(has(&ex, Event, meeting), "{title}: {:?}", entities(&ex));
        }
    }

    #[test]
    fn a_province_s_short_name_inside_a_community_s_name_is_no_province() {
        let ex = extract("老山街道\n在老山东里北社区新建长者食堂。");
        assert!(has(&ex, Community, "老山东里北社区"), "{:?}", entities(&ex));
        assert!(!ex.entities.iter().any(|e| e.class == AdministrativeDivision && e.label.starts_with("山东")), "{:?}", entities(&ex));
    }

    #[test]
    fn a_works_name_alone_on_a_notice_s_name_line_is_the_project() {
        let ex = extract("青禾镇项目建设公示\n项目名称：青禾镇集镇水厂扩建及管网延伸工程\n建设单位：云岫县水利局\n施工单位：云岫楚禹水利水电建设有限公司\n");
        assert!(has(&ex, Project, "青禾镇集镇水厂扩建及管网延伸工程"), "{:?}", entities(&ex));
        // (not outside a notice of the units that build it)
        let ex = extract("青禾镇简讯\n项目名称：青禾镇集镇水厂扩建及管网延伸工程\n今年开工。");
        assert!(!labelled(&ex, "青禾镇集镇水厂扩建及管网延伸工程"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_leaders_page_names_each_leader_on_a_line_over_the_labelled_line_of_posts() {
        let ex = extract("青禾镇人民政府 > 领导之窗\n更新时间：2025年3月2日\n\n贺明远\n职　　务：青禾镇党委书记\n工作分工：主持镇党委全面工作。\n\n胥国栋\n职　　务：镇党委委员、纪委书记\n\n詹丽\n职　　务：镇党委副书记、镇长\n工作分工：负责党的建设，分管党建办、镇综治中心。\n\n　　海丽娟（女，回族）\n职务：镇党委委员、副镇长\n分管工作：负责民政工作，联系青禾派出所。\n");
        for (person, role, org) in [("贺明远", "书记", "青禾镇党委"), ("胥国栋", "委员", "青禾镇党委"), ("詹丽", "镇长", "青禾镇人民政府"), ("詹丽", "副书记", "青禾镇党委"), ("海丽娟", "副镇长", "青禾镇人民政府")] {
            assert!(has(&ex, Person, person), "{person}: {:?}", entities(&ex));
            assert!(ex.posts.iter().any(|p| ex.entities[p.person].label == person && p.role == role && ex.entities[p.org].label == org), "{person} {role}: {:?}", ex.posts);
        }
        // (the share of the work, 分管…, 联系…, opens no body's name)
        for label in ["分管党建办", "联系青禾派出所", "分管镇综治中心"] {
            assert!(!labelled(&ex, label), "{label}: {:?}", entities(&ex));
        }
        // (a line over a labelled line of another kind is no name: 工作分工 is no post's label)
        let ex = extract("青禾镇简讯\n贺明远\n工作分工：镇党委书记主持全面工作。");
        assert!(!has(&ex, Person, "贺明远") || ex.posts.is_empty(), "{:?}", ex.posts);
    }

    #[test]
    fn a_meeting_where_holders_of_a_post_report_is_named_with_the_post_and_their_work() {
        let ex = extract("青禾镇述职\n1月14日，青禾镇召开2024年度村（社区）党组织书记抓基层党建工作述职评议会。县委常委、组织部部长罗明到会点评。");
        assert!(has(&ex, Event, "2024年度村（社区）党组织书记抓基层党建工作述职评议会"), "{:?}", entities(&ex));
        // (a post stops other meetings' names: 召开|镇党委书记…座谈会 is no name)
        let ex = extract("青禾镇简讯\n1月14日，青禾镇召开镇党委书记抓基层党建工作座谈会。");
        assert!(!labelled(&ex, "镇党委书记抓基层党建工作座谈会"), "{:?}", entities(&ex));
    }

    #[test]
    fn the_national_health_campaign_is_a_programme_and_a_party_group_named_for_a_rank_is_no_body() {
        let ex = extract("青禾镇简讯\n青禾镇深入开展爱国卫生运动。澄远县应急管理局党组成员、副局长关占武到会指导。澄远县民政局党组书记、局长韩立新讲话。");
        assert!(has(&ex, Initiative, "爱国卫生运动"), "{:?}", entities(&ex));
        assert!(has(&ex, GovernmentBody, "澄远县应急管理局") && !labelled(&ex, "澄远县应急管理局党组"), "{:?}", entities(&ex));
        assert!(labelled(&ex, "澄远县民政局党组"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_speaker_s_heading_names_the_speaker_up_to_its_colon_and_a_late_ripening_crop_is_no_gala() {
        let ex = extract("青禾镇交流发言摘登\n新桥村党支部书记、村委会主任邓成刚：\n新桥村建成高标准农田3100亩。观音桥村晚熟柑橘示范基地扩大到1200亩。\n2月2日，柳溪村村晚在文化广场举行。");
        assert!(has(&ex, Person, "邓成刚") && !labelled(&ex, "邓成"), "{:?}", entities(&ex));
        assert!(!labelled(&ex, "观音桥村晚"), "{:?}", entities(&ex));
        assert!(has(&ex, Event, "柳溪村村晚"), "{:?}", entities(&ex));
    }

    #[test]
    fn visiting_starts_no_name_and_keeping_in_touch_is_part_of_a_system_s_name() {
        let ex = extract("青禾镇简讯\n镇党委书记到柳溪村调研农家书屋建设。青禾镇建立班子成员挂钩联系企业制度，企业服务专员联系镇人社服务所。");
        assert!(!ex.entities.iter().any(|e| e.label.contains("调研") || e.label.starts_with("联系") || e.label.contains("专员联系")), "{:?}", entities(&ex));
        assert!(labelled(&ex, "班子成员挂钩联系企业制度"), "{:?}", entities(&ex));
    }

    #[test]
    fn a_table_s_name_column_gives_its_cells_their_kind() {
        let ex = extract("青禾街道老旧小区改造\n今年改造的小区情况如下：\n小区名称　所属社区　户数　改造投资（万元）\n秀水家园　秀水社区　316　74\n机车厂宿舍　牡丹社区　268　112\n");
        for name in ["秀水家园", "机车厂宿舍"] {
            assert!(has(&ex, Community, name), "{name}: {:?}", entities(&ex));
        }
        // (the same lines as running text name nothing of the kind)
        let ex = extract("青禾街道简讯\n小区名称由居民议定。秀水家园 环境优美。");
        assert!(!labelled(&ex, "秀水家园"), "{:?}", entities(&ex));
    }
}
