//! Stage `segment`: words and part-of-speech tags from jieba-rs, with the domain
//! lexicons added as user words so that suffixes such as 党总支, 产业园 or 净水厂 come
//! out as words of their own.
//!
//! `Jieba::new()` is costly (~145 ms): [`Segmenter`] is built once and shared.

use crate::detect::char_bits;
use jieba_rs::Jieba;

/// A word of the normalised text, in char offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    pub begin: usize,
    pub end: usize,
    pub tag: Tag,
    /// jieba's dictionary knows the word as an organisation's name (its tag `nt`:
    /// 国务院, 国家统计局, 中科院)
    pub org: bool,
    /// jieba's dictionary has the word as a proper noun of no other kind (its tag `nz`:
    /// 恒力, 宏达, 华瑞 — and many terms of chemistry): a trade name before a company's kind
    pub proper: bool,
}

impl Tok {
    /// A word of a kind jieba does not mark as an organisation's name.
    fn new(begin: usize, end: usize, tag: Tag) -> Tok {
        Tok { begin, end, tag, org: false, proper: false }
    }

    pub fn len(&self) -> usize {
        self.end - self.begin
    }

    pub fn is_empty(&self) -> bool {
        self.begin == self.end
    }
}

/// The part-of-speech classes the rules look at (jieba's ICTCLAS tags, folded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// n, ng, nz, nt, nl, j, l, i, s, vn, an, eng: may stand inside a name
    Noun,
    /// nr, nrfg, nrt: person name
    PersonName,
    /// ns: place name
    PlaceName,
    /// v, vd, vi …
    Verb,
    /// a, ad, b, z
    Adjective,
    /// m, mq
    Numeral,
    /// q
    Classifier,
    /// t
    Time,
    /// f
    Direction,
    /// r
    Pronoun,
    /// everything that cannot be part of a name: p, c, d, u*, y, e, o, k, x …
    Function,
    /// punctuation and white space
    Punct,
}

impl Tag {
    /// The class of jieba's `tag` for `word`. (Inlined: it runs for every word.)
    #[inline(always)]
    fn from_jieba(tag: &str, word: &str) -> Tag {
        if !starts_with_ideograph(word) && !word.chars().any(is_alphanumeric) {
            return Tag::Punct;
        }
        // (byte patterns: compared inline, where string patterns call memcmp; every word)
        match tag.as_bytes() {
            b"nr" | b"nrfg" | b"nrt" => Tag::PersonName,
            b"ns" => Tag::PlaceName,
            [b'n', ..] => Tag::Noun,
            b"eng" | b"j" | b"l" | b"i" | b"s" | b"vn" | b"an" | b"g" => Tag::Noun,
            [b'v', ..] => Tag::Verb,
            b"a" | b"ad" | b"b" | b"z" => Tag::Adjective,
            // (零件/mq, 零部件/mq: parts, whatever the 零 made jieba think)
            b"mq" if matches!(word, "零件" | "零部件") => Tag::Noun,
            b"m" | b"mq" => Tag::Numeral,

            b"q" => Tag::Classifier,
            b"t" | b"tg" => Tag::Time,
            b"f" => Tag::Direction,
            b"r" => Tag::Pronoun,
            // unknown tag on a word with letters or digits (tested above): jieba's HMM
            // found a new word, most often a name
            b"x" | b"" => Tag::Noun,
            _ => Tag::Function,
        }
    }

    /// May this word stand inside an entity name?
    pub fn is_nominal(self) -> bool {
        matches!(self, Tag::Noun | Tag::PersonName | Tag::PlaceName)
    }
}

/// `char::is_alphanumeric`, with ASCII, the common CJK ideographs and the punctuation
/// of Chinese text answered without a table lookup.
fn is_alphanumeric(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '\u{4E00}'..='\u{9FFF}' => true,
        // general punctuation (– — ‘ ’ “ ” … ‧), the CJK punctuation before 〇 and
        // between 々〆〇 and the Hangzhou numerals, the full-width ASCII punctuation
        '\u{2000}'..='\u{206F}'
        | '\u{3000}'..='\u{3004}'
        | '\u{3008}'..='\u{3020}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Does `w` start with a CJK ideograph of the main block (U+4E00–U+9FFF, UTF-8 lead
/// byte E4 with a second byte from B8, or E5–E9)? Most words do, and are alphanumeric
/// then; a test of two bytes, no char decoded.
fn starts_with_ideograph(w: &str) -> bool {
    match w.as_bytes() {
        [0xE5..=0xE9, ..] => true,
        [0xE4, b, ..] => *b >= 0xB8,
        _ => false,
    }
}

/// A numeral that starts many place names (五峰镇, 十家子村, 八家户村, 三里屯, 二道沟村):
/// Chinese numerals and one of the words such names go on with.
pub fn is_numeral_place_word(w: &str) -> bool {
    let is_numeral = |c: char| matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '千' | '双');
    let rest = w.trim_start_matches(is_numeral);
    let numerals = (w.len() - rest.len()) / '一'.len_utf8();
    let mut rest_chars = rest.chars();
    match (rest_chars.next(), rest_chars.next()) {
        // (numerals are three bytes each: `numerals` counts them)
        _ if numerals == 0 => false,
        (None, _) => numerals >= 2,
        (Some(c), None) => matches!(c, '家' | '里' | '道' | '岔' | '甲' | '屯' | '堡' | '沟' | '峰' | '河' | '台' | '营' | '塘' | '湾' | '桥' | '井'),
        _ => false,
    }
}

/// The marks that open a bulleted item at a paragraph's start (——…项目，由…投资; ●…; ■…), as a
/// number opens a numbered one.
pub const BULLETS: [char; 10] = ['—', '－', '●', '■', '◆', '▲', '▶', '•', '★', '·'];

/// Is `c` one of the Chinese numerals 一 … 十 (items' numbers, plans' numbers)?
pub fn is_one_to_ten(c: char) -> bool {
    matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

/// The length in characters of the number a report's numbered point starts with (一是, （二）,
/// 3．, 12、, 四、), `None` when it starts with none.
pub fn item_number(s: &str) -> Option<usize> {
    // (the first five characters, on the stack: this is asked of many words)
    let mut buf = ['\0'; 5];
    let mut len = 0;
    for (slot, c) in buf.iter_mut().zip(s.chars()) {
        *slot = c;
        len += 1;
    }
    let chars = &buf[..len];
    let numeral = is_one_to_ten;
    if matches!(chars.first(), Some('（' | '(')) {
        let n = chars[1..].iter().take_while(|&&c| numeral(c)).count();
        return ((1..=2).contains(&n) && matches!(chars.get(1 + n), Some('）' | ')'))).then_some(n + 2);
    }
    let n = chars.iter().take_while(|&&c| c.is_ascii_digit() || numeral(c)).count();
    let digits = n > 0 && chars[..n].iter().all(char::is_ascii_digit);
    let han = n > 0 && chars[..n].iter().all(|&c| numeral(c));
    match chars.get(n) {
        Some('是') if han && n <= 2 => Some(n + 1),
        Some('、' | '．' | '.') if (digits || han) && n <= 2 => Some(n + 1),
        _ => None,
    }
}

/// Pushes jieba's word `t` (starting at `b`) as two: its first `k` characters, tagged `head`,
/// and the rest, tagged `rest` or by jieba's tag for it (a lone character a noun; a name or
/// the start of one, no function word).
fn push_split(out: &mut Vec<Tok>, t: &jieba_rs::Tag<'_>, b: usize, k: usize, head: Tag, rest: Option<Tag>) {
    let n = t.word.chars().count();
    let tail = &t.word[t.word.char_indices().nth(k).map_or(t.word.len(), |(i, _)| i)..];
    let rest = rest.unwrap_or_else(|| match Tag::from_jieba(t.tag, tail) {
        _ if n - k == 1 => Tag::Noun,
        Tag::Function => Tag::Noun,
        other => other,
    });
    out.push(Tok::new(b, b + k, head));
    out.push(Tok::new(b + k, b + n, rest));
}
/// Characters that are function words (particles, prepositions, conjunctions, 携) when
/// they stand at the start of a word jieba did not know; they never start a name part.
/// (A `match`: this runs for every word; one bit of the char's code tested first, a
/// test without branches that most chars fail.)
pub fn is_glue_char(c: char) -> bool {
    const GLUE: u64 = char_bits(&[
        '携', '对', '在', '为', '把', '将', '向', '从', '与', '和', '及', '到', '由', '被', '给', '于', '以', '即', '并', '或', '等', '的', '了', '是', '据', '至', '暨',
    ]);
    GLUE & 1 << (c as u32 % 64) != 0
        && matches!(
            c,
            '携' | '对' | '在' | '为' | '把' | '将' | '向' | '从' | '与' | '和' | '及' | '到' | '由' | '被' | '给' | '于' | '以' | '即' | '并'
                | '或' | '等' | '的' | '了' | '是' | '据' | '至' | '暨'
        )
}

/// A character outside the 3,755 common ones of GB 2312's first level (垟, 琍, 垚).
fn is_rare_char(w: &str) -> bool {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(w);
    unmappable || !(bytes.len() == 2 && (0xB0..=0xD7).contains(&bytes[0]))
}

fn last_char(w: &str) -> char {
    w.chars().next_back().unwrap_or(' ')
}

/// Words that start with 村 and speak of villages (村民, 村委会, 村级 …), which no village's
/// name glues its 村 to.
fn is_village_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "村民", "村里", "村委", "村庄", "村落", "村级", "村部", "村组", "村口", "村头", "村集体", "村干部", "村支书", "村两委", "村务", "村规", "村貌", "村容", "村寨", "村镇", "村村", "村社",
        "村主任", "村医", "村官", "村小", "村道", "村路", "村中", "村内", "村外", "村上", "村边", "村长", "村党", "村支", "村史", "村情", "村姑", "村舍", "村子", "村户", "村办", "村企",
    ];
    WORDS.iter().any(|k| w.starts_with(k))
}

/// 省市区县镇乡村: characters that end division and village names.
fn is_division_char(c: char) -> bool {
    const DIVISION: u64 = char_bits(&['省', '市', '区', '县', '镇', '乡', '村']);
    DIVISION & 1 << (c as u32 % 64) != 0 && matches!(c, '省' | '市' | '区' | '县' | '镇' | '乡' | '村')
}

pub struct Segmenter {
    jieba: Jieba,
    /// Words that name places whatever jieba's dictionary tags them ([`Segmenter::with_places`]),
    /// and one bit per first character of theirs, tested before the set.
    places: rustc_hash::FxHashSet<String>,
    place_first: Vec<u64>,
}

impl Segmenter {
    /// jieba's default dictionary plus `words` (word, POS tag) as user words.
    pub fn new<'a>(words: impl IntoIterator<Item = (&'a str, &'a str)>) -> Segmenter {
        let mut jieba = Jieba::new();
        for (w, tag) in words {
            if !jieba.has_word(w) {
                jieba.add_word(w, Some(2000), Some(tag));
            }
        }
        Segmenter { jieba, places: Default::default(), place_first: Vec::new() }
    }

    /// Tags `names` as place names wherever jieba's dictionary has them as other words
    /// (its dictionary has 合肥/n, 遵义/v, 许昌/nr, 三明/nz: the cities, and nothing else).
    pub fn with_places<'a>(mut self, names: impl IntoIterator<Item = &'a str>) -> Segmenter {
        self.places.extend(names.into_iter().map(String::from));
        self.place_first = vec![0; 0x10000 / 64];
        for c in self.places.iter().filter_map(|n| n.chars().next()) {
            if (c as usize) < 0x10000 {
                self.place_first[c as usize / 64] |= 1 << (c as usize % 64);
            }
        }
        self
    }

    /// Is `word` one of the names tagged as places whatever jieba says?
    pub fn is_place(&self, word: &str) -> bool {
        let Some(c) = word.chars().next() else { return false };
        (c as usize) < 0x10000 && self.place_first.get(c as usize / 64).is_some_and(|b| b & 1 << (c as usize % 64) != 0) && self.places.contains(word)
    }

    /// Is `word` in the dictionary (jieba's or a user word)?
    pub fn has_word(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// Tags `text` (one sentence of normalised text); offsets are shifted by `offset`.
    pub fn tag(&self, text: &str, offset: usize) -> Vec<Tok> {
        let mut out = Vec::new();
        self.tag_into(text, offset, &mut out);
        out
    }

    /// [`Segmenter::tag`], appending the words to `out` (a document's words, sentence
    /// after sentence, without a vector for each).
    pub fn tag_into(&self, text: &str, offset: usize, out: &mut Vec<Tok>) {
        let tags = self.jieba.tag(text, true);
        out.reserve(tags.len() + 4);
        // (the words before are another sentence's: `split` looks back no further)
        let start = out.len();
        let mut i = 0;
        while i < tags.len() {
            let t = &tags[i];
            i += 1;
            let tag = Tag::from_jieba(t.tag, t.word);
            // (most words are one character: none of the splits applies to them)
            if t.end - t.start >= 2 && self.split(&tags, &mut i, offset, tag, out, start) {
                continue;
            }
            let (b, e) = (offset + t.start, offset + t.end);
            // a lone division or community character is a name part, whatever jieba says (竹坞/村)
            let tag = if e - b == 1 && t.word.chars().next().is_some_and(is_division_char) {
                Tag::Noun
            } else if t.word == "委" && i >= 2 && tags[i - 2].word.chars().next_back().is_some_and(|c| matches!(c, '区' | '县' | '市' | '省' | '旗' | '州')) {
                // (思明区/委/组织部: the county's committee, whatever jieba tags its 委)
                Tag::Noun
            } else if e - b == 1 && t.tag == "zg" && {
                // a character the dictionary knows only as a morpheme (zg) is part of a name
                // when it is a rare one (垟, 琍, 垚) or stands beside one (梧|垟镇); the common
                // ones (反, 此, 往) are words
                let rare_at = |k: usize| tags.get(k).is_some_and(|x| x.end - x.start == 1 && is_rare_char(x.word));
                is_rare_char(t.word) || rare_at(i) || i >= 2 && rare_at(i - 2)
            } {
                Tag::Noun
            } else if e - b == 1 && t.word == "经" && out[start..].last().is_none_or(|p: &Tok| p.tag == Tag::Punct) {
                // (经/n|镇党委会议研究: 经, "after going through", opening a clause, a preposition
                // that starts no body's name)
                Tag::Function
            } else if e - b == 2 && t.word == "寄递" {
                // (村级寄递物流综合服务站: the posting of parcels, a noun in a station's name,
                // which jieba's dictionary has as a verb)
                Tag::Noun
            } else if e - b >= 2
                && tag != Tag::PlaceName
                && tag != Tag::Punct
                && self.is_place(t.word)
                // (王|金华, 李|许昌: a surname and a given name that is also a city's)
                && !(out.len() > start && out.last().is_some_and(|p: &Tok| p.len() == 1 && p.end == b && matches!(p.tag, Tag::Noun | Tag::PersonName | Tag::Adjective)))
            {
                Tag::PlaceName
            } else {
                tag
            };
            out.push(Tok { begin: b, end: e, tag, org: t.tag == "nt", proper: t.tag == "nz" });
        }
    }

    /// Splits the word `tags[*i - 1]` (two characters or more, tagged `tag`) where jieba
    /// glued words together, pushing the parts to `out`; `false` when it stays whole.
    /// (The part after it may take the next word too: `*i` then moves past it.) The
    /// sentence's words start at `out[start]`.
    fn split(&self, tags: &[jieba_rs::Tag<'_>], i: &mut usize, offset: usize, tag: Tag, out: &mut Vec<Tok>, start: usize) -> bool {
        let t = &tags[*i - 1];
        let (b, e) = (offset + t.start, offset + t.end);
        let first = t.word.chars().next().unwrap_or(' ');
        let n = e - b;
        // jieba's HMM glues a function word to the unknown word after it
        // (携嘉宝智电, 了至, 对区): split the function word off so that it stops a name
        // and the rest can start one.
        let glued = is_glue_char(first)
            && (!self.jieba.has_word(t.word) || n == 2 && t.word.chars().nth(1).is_some_and(|c| is_division_char(c)));
        // (2025/年罗洼/nr|乡: and a year's 年 to the name after it, in a word the dictionary
        // does not know: not 年度, 年青)
        let year = first == '年' && *i >= 2 && tags[*i - 2].word.len() == 4 && tags[*i - 2].word.bytes().all(|c| c.is_ascii_digit()) && !self.jieba.has_word(t.word);
        // (3月8/m|日县/ns|统计局: or a date's 日 to the level word of the body after it)
        let day = first == '日' && n == 2 && t.word.chars().nth(1).is_some_and(is_division_char) && *i >= 2 && tags[*i - 2].word.bytes().all(|c| c.is_ascii_digit());
        let date_unit = year || day;
        if glued && !matches!(t.word, "了解" | "的确" | "的话" | "了得" | "为主" | "以上" | "以下" | "对于" | "由于" | "等等") || date_unit {
            push_split(out, t, b, 1, if date_unit { Tag::Numeral } else { Tag::Function }, None);
            return true;
        }
        // (经评标/n|委员会评审, 经射埠/n|镇党委研究: or 经 opening a clause, glued to a name the
        // dictionary does not know)
        if first == '经' && n >= 3 && out[start..].last().is_none_or(|p: &Tok| p.tag == Tag::Punct) && !self.jieba.has_word(t.word) {
            push_split(out, t, b, 1, Tag::Function, None);
            return true;
        }
        // (派出所|会同县/ns|公安局, 要|会同县/ns|自然资源局: the verb 会同 and the 县 of a county's
        // body said by its level, after a word that is no place: 湖南省|会同县 stays the county)
        if t.word == "会同县" && out[start..].last().is_some_and(|p: &Tok| p.end == b && !matches!(p.tag, Tag::Punct | Tag::PlaceName)) {
            out.push(Tok::new(b, b + 2, Tag::Verb));
            out.push(Tok::new(b + 2, e, Tag::Noun));
            return true;
        }
        // (先由村/n|党支部提议, 塘边/村由村/n|党支部: 由 glued between an adverb or a village's
        // 村 and the 村 of the village's body said alone)
        // (青溪|河由县/ns|人大常委会: or a river's 河 and the 县 of a county's body)
        if n == 3 && t.word.chars().nth(1) == Some('由') && t.word.ends_with(['村', '镇', '乡', '县', '区', '市']) && !self.jieba.has_word(t.word) && !self.is_place(t.word) {
            out.push(Tok::new(b, b + 1, if "村河江溪湖沟渠".contains(first) { Tag::Noun } else { Tag::Function }));
            out.push(Tok::new(b + 1, b + 2, Tag::Function));
            out.push(Tok::new(b + 2, e, Tag::Noun));
            return true;
        }
        // (镇应急管理站举办地/n|灾|监测员培训班: the verb 举办 and the 地 of the word after it,
        // 地灾, 地质, 地方, 地块; not 活动举办地, the venue)
        if t.word == "举办地" && tags.get(*i).and_then(|x| x.word.chars().next()).is_some_and(|c| "灾质方区块下震铁标理".contains(c)) {
            push_split(out, t, b, 2, Tag::Verb, Some(Tag::Noun));
            return true;
        }
        // (辖区|内澄远/nr|新型建材有限公司: the 内 of being within an area, glued to the name
        // after it)
        if n >= 3 && first == '内' && *i >= 2 && crate::lexicon::is_area_word(tags[*i - 2].word) && !self.jieba.has_word(t.word) {
            push_split(out, t, b, 1, Tag::Direction, None);
            return true;
        }
        // (驻柳溪村/nr|第一书记, 驻博斯坦村/ns|工作队: the 驻 of being stationed somewhere, glued to
        // the village's name)
        if n >= 4 && first == '驻' && t.word.ends_with(['村', '镇', '乡']) || n >= 5 && first == '驻' && t.word.ends_with("社区") {
            if !self.jieba.has_word(t.word) {
                push_split(out, t, b, 1, Tag::Verb, Some(Tag::PlaceName));
                return true;
            }
        }
        // (二是埔寨/n|高山茶…项目: an item's number in a numbered summary, glued to the name
        // the item starts with, at a phrase's start)
        let numbered = out[start..]
            .last()
            .is_none_or(|p: &Tok| p.tag == Tag::Punct)
            .then(|| item_number(t.word))
            .flatten()
            .filter(|&k| k < n && !self.jieba.has_word(t.word));
        if let Some(k) = numbered {
            push_split(out, t, b, k, Tag::Function, None);
            return true;
        }
        // and a division suffix to the name after it (青禾/镇星/澜 → 青禾/镇/星澜): after a
        // person or place name, a two-character word starting with a division suffix is
        // split, and a lone character left over joins the lone character after it
        let after_name = || {
            out[start..].last().is_some_and(|p: &Tok| {
                matches!(p.tag, Tag::PersonName | Tag::PlaceName) && p.len() >= 2
                    || p.tag == Tag::Numeral && *i >= 2 && is_numeral_place_word(tags[*i - 2].word)
                    // (俚岛/n|镇海/ns|带: a word jieba's dictionary does not know, made up by its
                    // model, is a name, before a township's suffix glued to the next word; asked
                    // only of a word of 镇 or 乡 and what follows that is a place's name or no word
                    // of the dictionary)
                    || p.tag == Tag::Noun
                        && p.len() == 2
                        && matches!(first, '镇' | '乡')
                        && (tag == Tag::PlaceName && n == 2 || !self.jieba.has_word(t.word))
                        && *i >= 2
                        && p.begin == offset + tags[*i - 2].start
                        && !self.jieba.has_word(tags[*i - 2].word)
                    // (a village's 村 glued to a word that starts with none of the words of
                    // villages, 村民, 村委会, 村级 …, after a noun of two: 茶坪/n|村种, 冠洞/n|村农民)
                    || p.tag == Tag::Noun && p.len() == 2 && first == '村' && !is_village_word(t.word)
            })
        };
        // (博鳌/镇以/v|镇新时代文明实践所: the suffix of the name before and a function word;
        // 塘边/村则/n|依托…: or an adverb, after any word of two characters)
        // (asked only of a division character's word: a dictionary lookup)
        let adverb = n == 2
            && is_division_char(first)
            // (后寨/村以/c|…为抓手: or a preposition)
            && t.word.chars().nth(1).is_some_and(|c| matches!(c, '则' | '还' | '也' | '就' | '都' | '又' | '已' | '以' | '在' | '把' | '将' | '对'))
            && !self.jieba.has_word(t.word)
            && out[start..].last().is_some_and(|p: &Tok| matches!(p.tag, Tag::Noun | Tag::PersonName | Tag::PlaceName) && p.len() >= 2);
        // (镇综合行政执法/队要/v|组建…: a body's last character and the modal or adverb that
        // starts what it does, after a word of its name)
        let body_then_adverb = n == 2
            && "队所站局办院室组处科".contains(first)
            && t.word.chars().nth(1).is_some_and(|c| matches!(c, '要' | '将' | '则' | '还' | '也' | '就' | '都' | '又' | '已' | '以' | '在' | '把' | '对'))
            && !self.jieba.has_word(t.word)
            && out[start..].last().is_some_and(|p: &Tok| matches!(p.tag, Tag::Noun | Tag::Verb) && p.len() >= 2);
        if n == 2 && (is_division_char(first) || body_then_adverb) && (t.word.chars().nth(1).is_some_and(is_glue_char) && after_name() || adverb || body_then_adverb) {
            out.push(Tok::new(b, b + 1, Tag::Noun));
            out.push(Tok::new(b + 1, e, Tag::Function));
            return true;
        }
        // (坡/塘村/ns|村民|黄…: not the residents of a place whose name already ends with the
        // same character)
        let residents = || crate::lexicon::is_person_descriptor(t.word) && out[start..].last().is_some_and(|p: &Tok| p.end == b && p.len() >= 2 && last_char(tags[*i - 2].word) == first);
        if n == 2 && first != '省' && is_division_char(first) && matches!(tag, Tag::Noun | Tag::PersonName | Tag::PlaceName) && after_name() && !residents() {
            out.push(Tok::new(b, b + 1, Tag::Noun));
            let next_lone = tags.get(*i).filter(|x| x.end - x.start == 1 && x.word.chars().all(|c| c.is_alphabetic() && !c.is_ascii()));
            match next_lone {
                Some(x) if !x.word.chars().next().is_some_and(is_glue_char) => {
                    out.push(Tok::new(b + 1, offset + x.end, Tag::Noun));
                    *i += 1;
                }
                _ => out.push(Tok::new(b + 1, e, Tag::Noun)),
            }
            return true;
        }
        // 高庙/乡后/李家/村: a township's suffix glued to the direction that starts the
        // village after it (jieba reads 乡后 as "after the township"), after a name part
        let direction = |c: char| matches!(c, '东' | '西' | '南' | '北' | '前' | '后' | '上' | '下' | '中');
        if n == 2
            && matches!(first, '乡' | '镇')
            && t.word.chars().nth(1).is_some_and(direction)
            && out[start..].last().is_some_and(|p: &Tok| p.tag.is_nominal() && p.len() >= 2)
            && tags.get(*i).is_some_and(|x| x.end - x.start <= 2 && !x.word.chars().any(is_glue_char))
            && tags.get(*i + 1).is_some_and(|x| x.word == "村")
        {
            out.push(Tok::new(b, b + 1, Tag::Noun));
            out.push(Tok::new(b + 1, e, Tag::Direction));
            return true;
        }
        // (园洲/镇上/v|南村/ns: the same, with the village of two characters after it)
        if n == 2
            && matches!(first, '乡' | '镇')
            && t.word.chars().nth(1).is_some_and(direction)
            && out[start..].last().is_some_and(|p: &Tok| p.tag.is_nominal() && p.len() >= 2)
            && tags.get(*i).is_some_and(|x| x.end - x.start == 2 && last_char(x.word) == '村' && !x.word.chars().any(is_glue_char))
        {
            out.push(Tok::new(b, b + 1, Tag::Noun));
            out.push(Tok::new(b + 1, offset + tags[*i].end, Tag::PlaceName));
            *i += 1;
            return true;
        }
        // (在|将/p|台村/ns, 运营的|将/p|台村: the 将 jieba read as a preposition starts a
        // village of two characters, after a preposition of place, 的 or a list's mark)
        if n == 2
            && tag == Tag::PlaceName
            && last_char(t.word) == '村'
            && *i >= 3
            && tags[*i - 2].word == "将"
            && matches!(tags[*i - 3].word, "在" | "的" | "至" | "到" | "、" | "和" | "与")
            && out.len() > start + 1
            && out.last().is_some_and(|p: &Tok| p.end == b && p.len() == 1)
        {
            out.pop();
            out.push(Tok::new(b - 1, e, Tag::PlaceName));
            return true;
        }
        // (县/人大代表, 岵山镇/人大代表: the congress of the level or place before it and its
        // deputy, so that the congress is a name; 人大代表 said alone stays one word)
        // (only before a name or another post: 县人大代表9名 counts a station's deputies)
        let named_next = || {
            tags.get(*i).is_some_and(|x| x.word == "、" || x.tag.starts_with("nr") || (2..=4).contains(&x.word.chars().count()) && x.word.chars().all(|c| c.is_alphabetic() && !c.is_ascii()) && !self.jieba.has_word(x.word) && !x.word.ends_with(['站', '室', '会', '组', '家', '点', '处', '制', '团', '所', '日']))
        };
        if t.word == "人大代表" && out[start..].last().is_some_and(|p: &Tok| p.end == b && (p.tag == Tag::PlaceName || is_division_char(last_char(tags[*i - 2].word)) || matches!(tags[*i - 2].word, "旗" | "州"))) && named_next() {
            out.push(Tok::new(b, b + 2, Tag::Noun));
            out.push(Tok::new(b + 2, e, Tag::Noun));
            return true;
        }
        // (巴热村至加入/v|村通村/n|公路: the village's 村 and the road to villages, 通村)
        if t.word == "村通村" && out[start..].last().is_some_and(|p: &Tok| p.end == b) {
            out.push(Tok::new(b, b + 1, Tag::Noun));
            out.push(Tok::new(b + 1, e, Tag::Noun));
            return true;
        }
        // 青石/村村/集体: after a name part, 村村 is the village's 村 and the next word's
        if t.word == "村村" && out[start..].last().is_some_and(|p: &Tok| p.tag.is_nominal()) {
            out.push(Tok::new(b, b + 1, Tag::Noun));
            out.push(Tok::new(b + 1, e, Tag::Noun));
            return true;
        }
        // 田坝/镇田坝/社区: after a name, an unknown word that starts with a township or
        // county suffix ends the name before it and starts the next
        // (冠洞/村农民: a village's 村 too, glued to a word of no village, whatever the dictionary
        // holds)
        if n >= 3 && (matches!(first, '镇' | '乡' | '县' | '区') && !self.jieba.has_word(t.word) || first == '村' && !is_village_word(t.word)) && after_name() {
            out.push(Tok::new(b, b + 1, Tag::Noun));
            out.push(Tok::new(b + 1, e, if tag == Tag::PlaceName { Tag::PlaceName } else { Tag::Noun }));
            return true;
        }
        // 主/任何/丽 (主任何丽: the post 主任, then the surname 何): jieba reads 任何 after a
        // lone 主
        if t.word == "任何" && *i >= 2 && tags[*i - 2].word == "主" && out.len() > start && out.last().is_some_and(|p: &Tok| p.end == b && p.len() == 1) {
            out.pop();
            out.push(Tok::new(b - 1, b + 1, Tag::Noun));
            out.push(Tok::new(b + 1, e, Tag::Noun));
            return true;
        }
        // 指挥/长陶/文斌 (指挥长陶文斌): a post ending in 长 that jieba cut before its 长,
        // gluing the 长 to the surname after it
        // (镇/长葛/ns|宏斌/nr: or a post whose 长 jieba glued to a surname as a city's name or
        // a word, when jieba reads the next word as a given name)
        let given_next = || n == 2 && crate::lexicon::is_surname(last_char(t.word)) && tags.get(*i).is_some_and(|x| x.tag.starts_with("nr") && (1..=2).contains(&(x.end - x.start)) && starts_with_ideograph(x.word));
        // (镇/长阳/ns|志刚: or a county's name, 长阳, whose second character is a surname, before
        // a given name of one or two characters; not 省/长沙/市)
        let place_then_given = || {
            n == 2
                && tag == Tag::PlaceName
                && *i >= 2
                && matches!(tags[*i - 2].word, "镇" | "乡")
                && tags.get(*i + 1).is_some_and(|x| matches!(x.word, "任" | "说" | "表示" | "介绍" | "、" | "，" | "。" | "主持" | "指出" | "强调"))
                && crate::lexicon::is_surname(last_char(t.word))
                && tags.get(*i).is_some_and(|x| (1..=2).contains(&x.word.chars().count()) && x.word.chars().all(|c| c.is_alphabetic() && !c.is_ascii() && !is_glue_char(c) && !is_division_char(c) && !"路街州旗盟".contains(c)))
        };
        if first == '长'
            && (tag == Tag::PersonName || given_next() || place_then_given())
            && *i >= 2
            && out.len() > start
            && out.last().is_some_and(|p: &Tok| p.end == b && p.begin == offset + tags[*i - 2].start)
            && crate::lexicon::is_post(&format!("{}长", tags[*i - 2].word))
        {
            let p = out.pop().expect("a word before");
            out.push(Tok::new(p.begin, b + 1, Tag::Noun));
            out.push(Tok::new(b + 1, e, Tag::PersonName));
            return true;
        }
        // 农业农村/局局长/罗 (局 + 局长), 协会会长: a body's last character and the post of
        // its head, which repeats it, read as one word
        // (no allocation: most words of three characters or more repeat none)
        if n >= 3 {
            let mut prev = None;
            for (k, (i, c)) in t.word.char_indices().enumerate() {
                if prev == Some(c) && k + 1 < n && crate::lexicon::is_post(&t.word[i..]) {
                    out.push(Tok::new(b, b + k, Tag::Noun));
                    out.push(Tok::new(b + k, e, Tag::Noun));
                    return true;
                }
                prev = Some(c);
            }
        }
        // a preposition glued to the end of an unknown name (菲佐对, 铁凝在, 补选刘洋为…副镇长):
        // split it off
        // (崔成浩任/nr|副组长: or the 任 of taking the post after it; 许春植用/nr|…: the 用 of
        // using, after a surname and a given name of two)
        // (肖雅琴任|常务/副指挥长: a post written as one word or several)
        let takes_post = || {
            last_char(t.word) == '任' && {
                let mut post = String::new();
                tags[*i..].iter().take(3).any(|x| {
                    post.push_str(x.word);
                    let bare = post.strip_prefix("常务").unwrap_or(&post);
                    crate::lexicon::is_post(bare) || bare.strip_prefix('副').is_some_and(crate::lexicon::is_post)
                })
            }
        };
        // (汪丽带/nr|着…, 马某和/nr|邻居: 带 of 带着/带领/带队, or a conjunction after an anonymised name)
        let leads = || last_char(t.word) == '带' && tags.get(*i).is_some_and(|x| x.word.starts_with(['着', '领', '队']));
        let anonymised = || n == 3 && t.word.chars().nth(1) == Some('某') && matches!(last_char(t.word), '和' | '与' | '及' | '握' | '说' | '称');
        let uses = || n == 4 && last_char(t.word) == '用' && t.word.chars().next().is_some_and(crate::lexicon::is_surname);
        // (干部成俊挂/nr|任/…|小丘镇党委副书记: the 挂 of 挂任, a cadre seconded to the post)
        let seconded = || last_char(t.word) == '挂' && tags.get(*i).is_some_and(|x| x.word.starts_with('任'));
        if n >= 3 && tag == Tag::PersonName && (matches!(last_char(t.word), '对' | '在' | '则' | '向' | '将' | '也' | '就' | '互' | '为') || takes_post() || uses() || leads() || anonymised() || seconded()) && !self.jieba.has_word(t.word) {
            out.push(Tok::new(b, e - 1, Tag::PersonName));
            out.push(Tok::new(e - 1, e, Tag::Function));
            return true;
        }
        // (副局长/谭立/nr|军到/v|现场: a name's last character that jieba glued to the verb or
        // preposition after it, in a word its dictionary does not know, after a surname and one
        // character it read as a name)
        // (the name before asked first: most words follow none)
        if n == 2
            && out.len() > start
            && out.last().is_some_and(|p: &Tok| p.tag == Tag::PersonName && p.len() == 2 && p.end == b && *i >= 2 && p.begin == offset + tags[*i - 2].start && tags[*i - 2].word.chars().next().is_some_and(crate::lexicon::is_surname))
            && matches!(t.word.chars().nth(1), Some('到' | '说' | '在' | '对' | '将' | '为' | '和' | '与' | '等' | '也' | '就' | '都' | '又' | '已' | '把' | '向' | '从' | '带' | '率'))
            // (not a direction or time: 贺词/nr|中说, in the message)
            && !matches!(first, '中' | '上' | '下' | '里' | '内' | '外' | '前' | '后' | '时')
            && !self.jieba.has_word(t.word)
        {
            let p = out.pop().expect("a name before");
            out.push(Tok::new(p.begin, b + 1, Tag::PersonName));
            out.push(Tok::new(b + 1, e, Tag::Function));
            return true;
        }
        // (如皋市|农业|农村|局和白/a|蒲镇…: a body's suffix, 和 and the first character of the
        // next body's place, which jieba read as one unknown word: split at the 和)
        if n == 3 && matches!(t.word.chars().nth(1), Some('和' | '与' | '及')) && "局委办站所院部厅".contains(first) && !self.jieba.has_word(t.word) {
            out.push(Tok::new(b, b + 1, Tag::Noun));
            out.push(Tok::new(b + 1, b + 2, Tag::Function));
            out.push(Tok::new(b + 2, e, Tag::Noun));
            return true;
        }
        // a particle glued to the end of an unknown word (局等, 村的, 幸福/院是): split it off
        if n == 2 && matches!(last_char(t.word), '等' | '的' | '和' | '与' | '及' | '是' | '由') && !self.jieba.has_word(t.word) {
            out.push(Tok::new(b, e - 1, Tag::Noun));
            out.push(Tok::new(e - 1, e, Tag::Function));
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_fast_alphanumeric_test_agrees_with_the_unicode_tables() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?} U+{:04X}", c as u32);
        }
    }

    use super::*;

    #[test]
    fn numerals_that_start_place_names() {
        for w in ["五峰", "十家", "八家", "二道", "三里", "十八"] {
            assert!(is_numeral_place_word(w), "{w}");
        }
        for w in ["三个", "五", "十名", "两家", "一批"] {
            assert!(!is_numeral_place_word(w), "{w}");
        }
    }

    #[test]
    fn glue_chars_are_matched_by_is_glue_char() {
        assert!("携对在为把将向从与和及到由被给于以即并或等的了是据".chars().all(is_glue_char));
        let others = "湖塘镇星河社区党委书记，。、1a";
        assert!(!others.chars().any(is_glue_char));
    }

    #[test]
    fn offsets_are_chars_and_tile_the_text() {
        let s = Segmenter::new([("党总支", "n")]);
        let text = "星河社区党总支书记介绍，占地126.4亩。";
        let toks = s.tag(text, 10);
        assert_eq!(toks.first().unwrap().begin, 10);
        assert_eq!(toks.last().unwrap().end, 10 + text.chars().count());
        for w in toks.windows(2) {
            assert_eq!(w[0].end, w[1].begin);
        }
        let chars: Vec<char> = text.chars().collect();
        assert!(toks.iter().any(|t| chars[t.begin - 10..t.end - 10].iter().collect::<String>() == "党总支"));
    }

    /// The words `s` cuts `text` into, as strings.
    fn words(s: &Segmenter, text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        s.tag(text, 0).iter().map(|t| chars[t.begin..t.end].iter().collect()).collect()
    }

    #[test]
    fn cities_jieba_tags_as_other_words_are_places_unless_after_a_surname() {
        let s = Segmenter::new([]).with_places(["合肥", "许昌"]);
        let tag_of = |text: &str, word: &str| {
            let chars: Vec<char> = text.chars().collect();
            s.tag(text, 0).into_iter().find(|t| chars[t.begin..t.end].iter().collect::<String>() == word).map(|t| t.tag)
        };
        assert_eq!(tag_of("他在合肥工作", "合肥"), Some(Tag::PlaceName));
        assert_eq!(tag_of("合肥华顺科技有限公司", "合肥"), Some(Tag::PlaceName));
        assert_eq!(tag_of("他来自许昌。", "许昌"), Some(Tag::PlaceName));
        // (jieba: 李/nr 许昌/nr, a person's surname and given name)
        assert_ne!(tag_of("李许昌参加", "许昌"), Some(Tag::PlaceName));
        // and without the list, jieba's own tag
        assert_ne!(Segmenter::new([]).tag("他在合肥工作", 0)[2].tag, Tag::PlaceName);
    }

    #[test]
    fn a_post_s_last_character_and_a_residents_word_stay_whole_before_names() {
        let s = Segmenter::new([]);
        // (jieba: 镇/长葛/ns|志斌/nr; the 长 of 镇长 glued to the surname as a city's name)
        let w = words(&s, "镇长葛志斌主持会议");
        assert!(w.windows(2).any(|p| p[0] == "镇长" && p[1] == "葛"), "{w:?}");
        // (jieba: 镇/长阳/ns|志刚; 长阳 a county's name; but 湖南省/长沙市 stays)
        let w = words(&s, "镇党委副书记、镇长阳志刚任镇级总田长");
        assert!(w.windows(2).any(|p| p[0] == "镇长" && p[1] == "阳"), "{w:?}");
        let w = words(&s, "湖南省长沙市召开会议");
        assert!(!w.iter().any(|x| x == "省长"), "{w:?}");
        let w = words(&s, "交通运输部长江航务管理局召开新闻发布会");
        assert!(!w.iter().any(|x| x == "部长"), "{w:?}");
        // (jieba: 坡/塘村/ns|村民|黄/a…: not split into 村/民黄 after a place ending in 村)
        let w = words(&s, "坡塘村村民黄德军和邻居握手");
        assert!(w.iter().any(|x| x == "村民"), "{w:?}");
        // (崔永浩任/nr|副组长: the 任 of taking a post split off)
        let w = words(&s, "镇长崔永浩任副组长");
        assert!(w.iter().any(|x| x == "崔永浩") && w.iter().any(|x| x == "任"), "{w:?}");
    }

    #[test]
    fn a_village_jieba_glued_to_a_town_s_direction_a_preposition_or_a_road_is_whole() {
        let s = Segmenter::new([]);
        // (jieba: 园洲/镇上/v|南村/ns)
        let w = words(&s, "园洲镇上南村党总支书记刘锦添说");
        assert!(w.windows(2).any(|p| p[0] == "镇" && p[1] == "上南村"), "{w:?}");
        // (jieba: 在|将/p|台村/ns)
        let w = words(&s, "在将台村，由公司运营的将台村帮扶车间");
        assert_eq!(w.iter().filter(|x| *x == "将台村").count(), 2, "{w:?}");
        // (将 of the future before a verb stays a word)
        let w = words(&s, "我们将加快发展");
        assert!(w.iter().any(|x| x == "将"), "{w:?}");
        // (jieba: 加入/v|村通村/n|公路)
        let w = words(&s, "巴热村至加入村通村公路完工");
        assert!(w.windows(2).any(|p| p[0] == "村" && p[1] == "通村"), "{w:?}");
    }

    #[test]
    fn a_village_s_village_word_is_split_after_a_name_part() {
        let s = Segmenter::new([]);
        let w = words(&s, "云溪镇青石村村集体经济收入增长");
        assert!(w.windows(2).any(|p| p[0] == "村" && p[1] == "村"), "{w:?}");
        // not after a verb
        let w = words(&s, "我们实现村村通公路");
        assert!(!w.windows(2).any(|p| p[0] == "村" && p[1] == "村"), "{w:?}");
    }

    #[test]
    fn a_township_suffix_glued_to_the_next_name_is_split_off() {
        let words = words(&Segmenter::new([]), "巫溪县田坝镇田坝社区党支部");
        assert!(words.windows(3).any(|w| w[0] == "田坝" && w[1] == "镇" && w[2] == "田坝"), "{words:?}");
    }

    #[test]
    fn a_body_s_suffix_and_the_next_name_jieba_glued_across_he_are_split() {
        let w = words(&Segmenter::new([]), "在澄远市农业农村局和白蒲镇农村经济经营管理站的指导下");
        assert!(w.windows(2).any(|p| p[0] == "局" && p[1] == "和"), "{w:?}");
    }

    #[test]
    fn a_preposition_glued_to_the_end_of_a_name_is_split_off() {
        let w = words(&Segmenter::new([]), "斯洛伐克总理菲佐对中方表示感谢");
        assert!(w.contains(&"菲佐".to_string()) && w.contains(&"对".to_string()), "{w:?}");
        let w = words(&Segmenter::new([]), "会议依法补选刘洋为青禾镇人民政府副镇长");
        assert!(w.contains(&"刘洋".to_string()) && w.contains(&"为".to_string()), "{w:?}");
    }

    #[test]
    fn a_township_suffix_glued_to_the_function_word_after_it_is_split_off() {
        let w = words(&Segmenter::new([]), "去年以来，博鳌镇以镇新时代文明实践所为龙头");
        assert!(w.windows(3).any(|w| w[0] == "博鳌" && w[1] == "镇" && w[2] == "以"), "{w:?}");
    }

    #[test]
    fn a_year_s_nian_glued_to_the_name_after_it_is_split_off() {
        let s = Segmenter::new([]);
        let w = words(&s, "2025年罗洼乡民生实事项目");
        assert!(w.windows(2).any(|w| w[0] == "年" && w[1] == "罗洼"), "{w:?}");
        // (a word of the dictionary stays whole: 年度)
        let w = words(&s, "2023年度考核");
        assert!(w.contains(&"年度".to_string()), "{w:?}");
    }

    #[test]
    fn a_committee_character_after_a_county_is_a_name_part() {
        let toks = Segmenter::new([]).tag("思明区委组织部部长刘晓东出席", 0);
        let wei = toks.iter().find(|t| t.begin == 3 && t.end == 4).expect("委 alone");
        assert_eq!(wei.tag, Tag::Noun, "{toks:?}");
    }

    #[test]
    fn the_post_zhuren_before_the_surname_he_is_not_read_as_renhe() {
        let w = words(&Segmenter::new([]), "街道党工委副书记、办事处主任何丽主持");
        assert!(w.windows(2).any(|w| w[0] == "主任" && w[1] == "何"), "{w:?}");
    }

    #[test]
    fn you_glued_between_an_adverb_or_a_village_s_cun_and_cun_is_split() {
        for (text, first) in [("落实“四议两公开”，先由村党支部提议", "先"), ("塘边村由村党支部牵头", "村")] {
            let w = words(&Segmenter::new([]), text);
            assert!(w.windows(3).any(|w| w[0] == first && w[1] == "由" && w[2] == "村"), "{w:?}");
        }
        // (a river's 河 and a county's body said by its level)
        let w = words(&Segmenter::new([]), "其中，青溪河由县人大常委会副主任担任河长");
        assert!(w.windows(3).any(|w| w[0] == "河" && w[1] == "由" && w[2] == "县"), "{w:?}");
    }

    #[test]
    fn a_body_s_last_character_glued_to_the_modal_after_it_is_split_off() {
        let w = words(&Segmenter::new([]), "镇综合行政执法队要组建机动巡查队");
        assert!(w.windows(2).any(|w| w[0] == "队" && w[1] == "要"), "{w:?}");
    }

    #[test]
    fn a_village_s_cun_glued_to_the_preposition_after_it_is_split_off() {
        let w = words(&Segmenter::new([]), "近年来，后寨村以支部创建为抓手");
        assert!(w.contains(&"村".to_string()) && w.contains(&"以".to_string()), "{w:?}");
    }

    #[test]
    fn the_verb_juban_glued_to_the_di_of_the_word_after_it_is_split() {
        let s = Segmenter::new([]);
        let w = words(&s, "镇应急管理站举办地灾监测员业务培训班");
        assert!(w.windows(2).any(|p| p[0] == "举办" && p[1] == "地"), "{w:?}");
        let w = words(&s, "活动举办地在柳溪村");
        assert!(w.contains(&"举办地".to_string()), "{w:?}");
    }

    #[test]
    fn the_zhu_of_being_stationed_glued_to_a_village_is_split_off() {
        let w = words(&Segmenter::new([]), "驻柳溪村第一书记王志明介绍");
        assert!(w.starts_with(&["驻".to_string(), "柳溪村".to_string()]), "{w:?}");
    }

    #[test]
    fn an_item_s_number_glued_to_the_name_after_it_is_split_off() {
        let seg = Segmenter::new([]);
        let w = words(&seg, "二是埔寨高山茶精深加工项目，总投资1.5亿元。");
        assert!(w.starts_with(&["二是".to_string(), "埔寨".to_string()]), "{w:?}");
        // (only at a phrase's start)
        let w = words(&seg, "他说二是埔寨高山茶");
        assert!(!w.contains(&"二是".to_string()), "{w:?}");
    }

    #[test]
    fn a_township_s_suffix_read_as_a_district_with_the_next_character_is_split_off() {
        let w = words(&Segmenter::new([]), "俚岛镇牵头成立俚岛镇海带产业协会");
        assert!(!w.contains(&"镇海".to_string()), "{w:?}");
        // (and a village's 村 glued to the next word: 茶坪/村种/茶, 冠洞/村农民)
        for (text, glued) in [("会长由茶坪村种茶大户担任", "村种"), ("林溪镇冠洞村农民技术员", "村农民")] {
            let w = words(&Segmenter::new([]), text);
            assert!(!w.contains(&glued.to_string()) && w.contains(&"村".to_string()), "{w:?}");
        }
    }

    #[test]
    fn a_name_s_last_character_glued_to_the_verb_after_it_joins_the_name() {
        let w = words(&Segmenter::new([]), "县人社局副局长谭立军到现场调研");
        assert!(w.contains(&"谭立军".to_string()), "{w:?}");
    }

    #[test]
    fn a_particle_glued_to_a_name_is_split_off() {
        let s = Segmenter::new([]);
        let w = words(&s, "社区还打造了至家党建，湖塘镇携嘉宝智电汽车项目参加");
        assert!(w.contains(&"了".to_string()), "{w:?}");
        assert!(w.contains(&"携".to_string()), "{w:?}");
        // (指挥/长陶: a post's 长 glued to the surname after it)
        let w = words(&s, "指挥部指挥长陶文斌主持会议");
        assert!(w.iter().any(|w| w.ends_with("指挥长")) && !w.iter().any(|w| w.starts_with("长")), "{w:?}");
        // (幸福/院是: the copula glued to a name's last character)
        let w = words(&s, "柳溪村互助幸福院是青禾镇今年打造的养老阵地");
        assert!(w.contains(&"是".to_string()), "{w:?}");
    }

    #[test]
    fn jing_opening_a_clause_is_a_preposition_split_off_the_name_after_it() {
        let s = Segmenter::new([]);
        let tags = s.tag("经镇党委会议研究决定，经评标委员会评审，经营性自建房排查", 0);
        let text: Vec<char> = "经镇党委会议研究决定，经评标委员会评审，经营性自建房排查".chars().collect();
        let at = |b: usize| tags.iter().find(|t| t.begin == b).map(|t| (text[t.begin..t.end].iter().collect::<String>(), t.tag));
        assert_eq!(at(0), Some(("经".to_string(), Tag::Function)), "{tags:?}");
        assert_eq!(at(11), Some(("经".to_string(), Tag::Function)), "{tags:?}");
        // (a word of the dictionary that starts with 经 stays whole)
        assert!(at(20).is_some_and(|(w, _)| w.starts_with("经营")), "{tags:?}");
    }
}
