//! The official table of administrative divisions (国家统计局 统计用区划代码, 2023),
//! township level and up, compiled into the binary from `data/admin-divisions.tsv`.
//!
//! A division's parent is the prefix of its code (2 digits province, 4 city, 6 county,
//! 9 township), so the table stores only `code name`. It serves detection (which strings
//! are place names at all) and linking (which entry a name in a document means).

use std::borrow::Cow;
use std::collections::HashMap;

const TABLE: &str = include_str!("../data/admin-divisions.tsv");

/// The hash of the name tables and of the extraction's word lists: rustc's Fx hash, fast
/// on short keys. The default SipHash guards against hash flooding, which compiled-in
/// tables and the words of one document cannot bring.
pub type FastHash = rustc_hash::FxBuildHasher;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Province,
    City,
    County,
    Township,
}

impl Level {
    fn of_code(code: &str) -> Option<Level> {
        match code.len() {
            2 => Some(Level::Province),
            4 => Some(Level::City),
            6 => Some(Level::County),
            9 => Some(Level::Township),
            _ => None,
        }
    }

    /// The one-character word a document uses for a division of this level
    /// relative to itself (全镇, 我区, 市党代会).
    pub fn matches_word(self, word: char) -> bool {
        match self {
            Level::Province => word == '省',
            Level::City => word == '市',
            Level::County => matches!(word, '区' | '县' | '市' | '旗'),
            Level::Township => matches!(word, '镇' | '乡' | '街'),
        }
    }
}

/// Level of a 12-digit code, from how many of its digits are significant.
pub fn level_of_code12(code: &str) -> Level {
    let significant = |a: usize, b: usize| code.get(a..b).is_some_and(|g| g.chars().any(|c| c != '0'));
    if significant(6, 12) {
        Level::Township
    } else if significant(4, 6) {
        Level::County
    } else if significant(2, 4) {
        Level::City
    } else {
        Level::Province
    }
}

/// Wikidata's P442 form of a 12-digit code: digit groups 2, 2, 2, 3, 3 separated by
/// spaces, trailing groups of zeros dropped (320412100000 → "32 04 12 100").
pub fn p442(code: &str) -> String {
    let groups = [(0, 2), (2, 4), (4, 6), (6, 9), (9, 12)];
    let mut parts: Vec<&str> = groups.iter().filter_map(|&(a, b)| code.get(a..b)).collect();
    while parts.len() > 1 && parts.last().is_some_and(|p| p.chars().all(|c| c == '0')) {
        parts.pop();
    }
    parts.join(" ")
}

#[derive(Debug, Clone)]
pub struct Division {
    /// Code as in the table (2/4/6/9 digits).
    pub code: String,
    pub name: String,
    pub level: Level,
    /// Short name without the level suffix (湖塘镇 → 湖塘), when it keeps ≥ 2 chars.
    pub short: Option<String>,
}

impl Division {
    /// The 12-digit code (trailing zeros added).
    pub fn code12(&self) -> String {
        format!("{:0<12}", self.code)
    }
}

/// Suffixes stripped to get a short name, longest first.
const SUFFIXES: &[&str] = &[
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "街道办事处",
    "街道", "地区", "民族乡", "省", "市", "区", "县", "旗", "盟", "镇", "乡",
];

/// Short name of a division name, or `None` when stripping leaves fewer than 2 chars
/// or the name has no level suffix.
pub fn short_name(name: &str) -> Option<String> {
    for s in SUFFIXES {
        if let Some(stem) = name.strip_suffix(s) {
            let n = stem.chars().count();
            if n >= 2 {
                return Some(stem.to_string());
            }
            return None;
        }
    }
    None
}

/// The ethnic groups named in autonomous divisions' names, two characters and more (the
/// name may drop 族: 伊犁哈萨克自治州), then one character (always with 族: 大理白族自治州).
const ETHNONYMS_LONG: &[&str] = &[
    "乌孜别克", "柯尔克孜", "维吾尔", "哈萨克", "达斡尔", "塔吉克", "俄罗斯", "鄂温克", "塔塔尔", "鄂伦春",
    "蒙古", "布依", "朝鲜", "土家", "哈尼", "傈僳", "高山", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗",
    "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺",
];
const ETHNONYMS_ONE: &str = "回藏苗彝壮满侗瑶白傣黎佤畲水土羌怒京各";

/// The short form of a banner of a wing (科尔沁右翼中旗 → 科右中旗, 科尔沁左翼后旗 → 科左后旗).
pub fn wing_banner_abbreviation(name: &str) -> Option<String> {
    // (asked of every name of the table at start-up: the cheap test first)
    if !name.ends_with('旗') {
        return None;
    }
    let (head, rest) = name.split_once("右翼").map(|(h, r)| (h, format!("右{r}"))).or_else(|| name.split_once("左翼").map(|(h, r)| (h, format!("左{r}"))))?;
    let first = head.chars().next()?;
    (head.chars().count() >= 2).then(|| format!("{first}{rest}"))
}

/// The names an autonomous prefecture, county or banner goes by in everyday text: its
/// place name and its level, without the ethnic groups (澜沧拉祜族自治县 → 澜沧县 and
/// 澜沧; 黔西南布依族苗族自治州 → 黔西南州 and 黔西南; 东乡族自治县 → 东乡县 and 东乡).
pub fn autonomous_forms(name: &str) -> Option<(String, String)> {
    let (stem, level) = [("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")]
        .into_iter()
        .find_map(|(suffix, level)| name.strip_suffix(suffix).map(|stem| (stem, level)))?;
    let chars: Vec<(usize, char)> = stem.char_indices().collect();
    let ethnonym_at = |i: usize| {
        let rest = &stem[chars[i].0..];
        ETHNONYMS_LONG.iter().any(|e| rest.starts_with(e)) || (ETHNONYMS_ONE.contains(chars[i].1) && rest[chars[i].1.len_utf8()..].starts_with('族'))
    };
    let base = match (2..chars.len()).find(|&i| ethnonym_at(i)) {
        Some(i) => &stem[..chars[i].0],
        // the name is the group's own (东乡族自治县, 鄂伦春自治旗)
        None => Some(stem.strip_suffix('族').unwrap_or(stem)).filter(|b| ETHNONYMS_LONG.contains(b))?,
    };
    (base.chars().count() >= 2).then(|| (format!("{base}{level}"), base.to_string()))
}

/// Names that are also common nouns or occur in many counties; a document must say
/// more (a parent right before them) before they count as a place.
pub const GENERIC_NAMES: &[&str] = &[
    "城区", "郊区", "矿区", "新区", "市中区", "城关镇", "城关街道", "城厢镇", "城厢街道", "城郊乡",
    "城南街道", "城北街道", "城东街道", "城西街道", "城中街道", "开发区", "高新区", "经济开发区",
    "工业园区", "新城街道", "老城街道", "长安街道", "中山街道", "解放街道", "人民街道", "朝阳街道",
];

pub struct Gazetteer {
    pub divisions: Vec<Division>,
    // keyed by slices of the bundled table
    /// Full names (slices of the bundled table) and the everyday names of autonomous
    /// divisions ([`autonomous_forms`]).
    by_name: HashMap<Cow<'static, str>, Vec<usize>, FastHash>,
    by_short: HashMap<String, Vec<usize>, FastHash>,
    by_code: HashMap<&'static str, usize, FastHash>,
}

impl Gazetteer {
    /// Parses the compiled-in table (~44 k rows).
    pub fn load() -> Gazetteer {
        const ENTRIES: usize = 45_000;
        let mut divisions = Vec::with_capacity(ENTRIES);
        let mut by_name: HashMap<Cow<'static, str>, Vec<usize>, FastHash> = HashMap::with_capacity_and_hasher(ENTRIES, FastHash::default());
        let mut by_short: HashMap<String, Vec<usize>, FastHash> = HashMap::with_capacity_and_hasher(ENTRIES, FastHash::default());
        let mut by_code: HashMap<&'static str, usize, FastHash> = HashMap::with_capacity_and_hasher(ENTRIES, FastHash::default());
        let mut aliases = Vec::new();
        // (`str::lines`, the line ends found by memchr: 45,000 short lines)
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', TABLE.as_bytes()).chain([TABLE.len()]) {
            let line = &TABLE[start..end];
            let line = line.strip_suffix('\r').unwrap_or(line);
            start = end + 1;
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let Some((code, name)) = line.split_once('\t') else { continue };
            let Some(level) = Level::of_code(code) else { continue };
            let i = divisions.len();
            let everyday = autonomous_forms(name);
            let short = everyday.as_ref().map(|(_, base)| base.clone()).or_else(|| short_name(name));
            by_name.entry(Cow::Borrowed(name)).or_default().push(i);
            if let Some((full, _)) = everyday {
                aliases.push((full, i));
            }
            // (科尔沁右翼中旗 → 科右中旗, 察哈尔右翼前旗 → 察右前旗: the banners of a wing go by the
            // first character of their people's name and the wing)
            if let Some(abbrev) = wing_banner_abbreviation(name) {
                aliases.push((abbrev, i));
            }
            if let Some(s) = &short {
                by_short.entry(s.clone()).or_default().push(i);
            }
            by_code.insert(code, i);
            divisions.push(Division { code: code.to_string(), name: name.to_string(), level, short });
        }
        // an everyday name that is another division's full name stays that division's
        for (full, i) in aliases {
            if !by_name.contains_key(full.as_str()) || by_name[full.as_str()].iter().all(|&j| divisions[j].name != full) {
                by_name.entry(Cow::Owned(full)).or_default().push(i);
            }
        }
        Gazetteer { divisions, by_name, by_short, by_code }
    }

    /// Entries whose full name is `name`.
    pub fn by_name(&self, name: &str) -> &[usize] {
        self.by_name.get(name).map_or(&[], |v| v.as_slice())
    }

    /// Entries whose short name is `name`.
    pub fn by_short(&self, name: &str) -> &[usize] {
        self.by_short.get(name).map_or(&[], |v| v.as_slice())
    }

    pub fn get(&self, i: usize) -> &Division {
        &self.divisions[i]
    }

    /// The nearest ancestor present in the table (placeholders such as 市辖区 are skipped).
    pub fn parent(&self, i: usize) -> Option<usize> {
        let code = &self.divisions[i].code;
        [6usize, 4, 2]
            .into_iter()
            .filter(|&n| n < code.len())
            .find_map(|n| self.by_code.get(&code[..n]).copied())
    }

    /// True when `ancestor` is `i` itself or one of its ancestors.
    pub fn is_within(&self, i: usize, ancestor: usize) -> bool {
        self.divisions[i].code.starts_with(&self.divisions[ancestor].code)
    }

    /// All full names, for building matchers.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.by_name.keys().map(|k| k.as_ref())
    }

    /// A name many divisions share, no name of one (城关镇); a zone's kind alone (工业集中区,
    /// the table's name of a county's zone) too.
    pub fn is_generic(name: &str) -> bool {
        GENERIC_NAMES.contains(&name) || crate::lexicon::ZONE_SUFFIXES.contains(&name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_all_levels_and_chains_parents() {
        let g = Gazetteer::load();
        assert!(g.divisions.len() > 44_000);
        let town = g.by_name("湖塘镇").iter().copied().find(|&i| g.get(i).code.starts_with("320412")).unwrap();
        assert_eq!(g.get(town).code12(), "320412100000");
        let county = g.parent(town).unwrap();
        assert_eq!(g.get(county).name, "武进区");
        let city = g.parent(county).unwrap();
        assert_eq!(g.get(city).name, "常州市");
        assert_eq!(g.get(g.parent(city).unwrap()).name, "江苏省");
    }

    #[test]
    fn codes_in_wikidata_form_and_levels() {
        assert_eq!(p442("320412100000"), "32 04 12 100");
        assert_eq!(p442("320412000000"), "32 04 12");
        assert_eq!(p442("320400000000"), "32 04");
        assert_eq!(p442("320000000000"), "32");
        assert_eq!(level_of_code12("320412100000"), Level::Township);
        assert_eq!(level_of_code12("320412000000"), Level::County);
        assert_eq!(level_of_code12("320400000000"), Level::City);
        assert_eq!(level_of_code12("320000000000"), Level::Province);
        assert_eq!(level_of_code12("110101001000"), Level::Township);
    }

    #[test]
    fn autonomous_divisions_go_by_their_place_name_and_level() {
        let forms = |n: &str| autonomous_forms(n).map(|(a, b)| format!("{a} {b}"));
        assert_eq!(forms("澜沧拉祜族自治县").as_deref(), Some("澜沧县 澜沧"));
        assert_eq!(forms("黔西南布依族苗族自治州").as_deref(), Some("黔西南州 黔西南"));
        assert_eq!(forms("伊犁哈萨克自治州").as_deref(), Some("伊犁州 伊犁"));
        assert_eq!(forms("白沙黎族自治县").as_deref(), Some("白沙县 白沙"), "白 starts the name, not an ethnonym");
        assert_eq!(forms("龙胜各族自治县").as_deref(), Some("龙胜县 龙胜"));
        assert_eq!(forms("东乡族自治县").as_deref(), Some("东乡县 东乡"));
        assert_eq!(forms("鄂伦春自治旗").as_deref(), Some("鄂伦春旗 鄂伦春"));
        assert_eq!(forms("武进区"), None);
        assert_eq!(forms("广西壮族自治区"), None, "regions keep their own short names");
        let g = Gazetteer::load();
        let lancang = g.by_name("澜沧县");
        assert_eq!(lancang.len(), 1);
        assert_eq!(g.get(lancang[0]).name, "澜沧拉祜族自治县");
        assert!(g.by_short("澜沧").contains(&lancang[0]));
        assert!(g.names().any(|n| n == "黔西南州"));
    }

    #[test]
    fn banners_of_a_wing_go_by_their_short_form() {
        assert_eq!(wing_banner_abbreviation("科尔沁右翼中旗").as_deref(), Some("科右中旗"));
        assert_eq!(wing_banner_abbreviation("察哈尔右翼前旗").as_deref(), Some("察右前旗"));
        assert_eq!(wing_banner_abbreviation("科尔沁左翼后旗").as_deref(), Some("科左后旗"));
        assert_eq!(wing_banner_abbreviation("乌拉特前旗"), None);
        let gaz = Gazetteer::load();
        assert!(!gaz.by_name("科右中旗").is_empty());
    }

    #[test]
    fn short_names_strip_one_level_suffix() {
        assert_eq!(short_name("武进区").as_deref(), Some("武进"));
        assert_eq!(short_name("广西壮族自治区").as_deref(), Some("广西"));
        assert_eq!(short_name("南站街道").as_deref(), Some("南站"));
        assert_eq!(short_name("城区"), None);
        assert_eq!(short_name("沙县").as_deref(), None);
    }

    #[test]
    fn municipality_districts_skip_the_placeholder_city() {
        let g = Gazetteer::load();
        let d = g.by_name("东城区").iter().copied().find(|&i| g.get(i).code == "110101").unwrap();
        assert_eq!(g.get(g.parent(d).unwrap()).name, "北京市");
    }
}
