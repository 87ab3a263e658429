//! Stage `dates`: dates as precise as the text says them.
//!
//! `2024年9月30日` → xsd:date; `9月30日` → xsd:gMonthDay, or xsd:date when the
//! document's own date gives the year; `2024年9月` → xsd:gYearMonth; `9月底` →
//! the month's last day; `去年9月` / `今年` take the year from the document date.
//! A date introduced by 截至 (or ending in 底/末) is the date a figure holds for.

use crate::detect::TextIndex;
use crate::model::DateValue;
use regex::Regex;
use std::sync::LazyLock;

/// A date found in normalised text (char offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub begin: usize,
    pub end: usize,
    pub value: DateValue,
    pub as_of: bool,
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(截至|截止到?|到)?(?:((?:19|20)[0-9]{2})年|(今年|去年|前年|明年))?([0-9]{1,2})月(?:([0-9]{1,2})[日号]|(底|末|份)?)",
    )
    .unwrap()
});

/// The most bytes [`DATE`] matches before its 月: 截止到 (9), 2024年 (7) and the month's
/// two digits.
const MOST_BEFORE_MONTH: usize = 9 + 7 + 2;

/// The matches of [`DATE`] in `text`, as `captures_iter` finds them, found faster: every
/// match holds one 月 right after a digit, so the regex only runs from a little before
/// such a 月 (most 月 are not, and most of the text holds none).
fn date_captures(text: &str) -> impl Iterator<Item = regex::Captures<'_>> {
    let mut months = memchr::memmem::find_iter(text.as_bytes(), "月".as_bytes())
        .filter(|&at| at > 0 && text.as_bytes()[at - 1].is_ascii_digit());
    // where the last match ended: the next starts there or later
    let mut from = 0;
    std::iter::from_fn(move || {
        // (a 月 inside the last match is passed over: the next match holds a later one)
        let month = months.find(|&at| at >= from)?;
        // no match starts between `from` and here: its 月 would be this one or later
        let mut start = month.saturating_sub(MOST_BEFORE_MONTH).max(from);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let c = DATE.captures_at(text, start)?;
        from = c.get(0).expect("the whole match").end();
        Some(c)
    })
}

fn days_in_month(year: Option<i32>, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => match year {
            Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            _ => 28,
        },
    }
}

/// Finds the dates of a normalised text (offsets in chars). `doc_year` (from the document's own date)
/// gives relative and year-less dates their year.
pub fn find(index: &TextIndex, doc_year: Option<i32>) -> Vec<FoundDate> {
    let text = index.full_text();
    let to_char = |byte: usize| index.char_at_byte(byte);
    let mut out = Vec::new();
    for c in date_captures(text) {
        let whole = c.get(0).unwrap();
        let month: u32 = c[4].parse().unwrap_or(0);
        if !(1..=12).contains(&month) {
            continue;
        }
        // "1亿——3亿元项目" style ranges and ordinals are not dates; neither is 3个月
        let before = text[..whole.start()].chars().last();
        if before.is_some_and(|b| b.is_ascii_digit() || b == '.') {
            continue;
        }
        let year = match (c.get(2), c.get(3).map(|m| m.as_str())) {
            (Some(y), _) => y.as_str().parse().ok(),
            (None, Some("今年")) => doc_year,
            (None, Some("去年")) => doc_year.map(|y| y - 1),
            (None, Some("前年")) => doc_year.map(|y| y - 2),
            (None, Some("明年")) => doc_year.map(|y| y + 1),
            _ => doc_year,
        };
        let relative_without_year = c.get(3).is_some() && doc_year.is_none();
        let end_of_month = matches!(c.get(6).map(|m| m.as_str()), Some("底" | "末"));
        let day = match c.get(5) {
            Some(d) => d.as_str().parse::<u32>().ok().filter(|&d| d >= 1 && d <= days_in_month(year, month)),
            None if end_of_month => Some(days_in_month(year, month)),
            None => None,
        };
        if c.get(5).is_some() && day.is_none() {
            continue;
        }
        if relative_without_year && day.is_none() {
            continue; // 去年9月 with no document date: nothing exact can be said
        }
        let value = match (year, day) {
            (Some(year), Some(day)) if !relative_without_year => DateValue::Date { year, month, day },
            (Some(year), None) => DateValue::YearMonth { year, month },
            (_, Some(day)) => DateValue::MonthDay { month, day },
            (None, None) => continue,
        };
        let as_of = c.get(1).is_some() || end_of_month;
        out.push(FoundDate { begin: to_char(whole.start()), end: to_char(whole.end()), value, as_of });
    }
    out
}

/// The year of a `YYYY-MM-DD` document date.
pub fn year_of(date: &str) -> Option<i32> {
    date.get(..4)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find_in(s: &str, y: Option<i32>) -> Vec<FoundDate> {
        find(&TextIndex::new(&s.chars().collect::<Vec<char>>()), y)
    }

    fn f(s: &str, y: Option<i32>) -> Vec<(String, bool)> {
        find_in(s, y)
            .into_iter()
            .map(|d| {
                let (lex, dt) = d.value.lexical();
                (format!("{lex}^^{dt}"), d.as_of)
            })
            .collect()
    }

    #[test]
    fn dates_are_found_where_the_regex_finds_them() {
        let spans = |caps: Vec<regex::Captures>| caps.iter().map(|c| c.get(0).unwrap().range()).collect::<Vec<_>>();
        for text in [
            "截止到2024年12月31日，截至9月底，到10月份",
            "的月12月5日，12月12月，1212月5日号，3个月，岁月2月",
            "月初9月，2024年1月份；今年1月2日；去年12月",
            "12月",
            "x9月",
        ] {
            assert_eq!(spans(date_captures(text).collect()), spans(DATE.captures_iter(text).collect()), "{text}");
        }
    }

    #[test]
    fn offsets_are_chars() {
        let text = "今年9月30日，湖塘镇；2024年1月5日开工。";
        let chars: Vec<char> = text.chars().collect();
        let found = find_in(text, Some(2024));
        assert_eq!(found.len(), 2);
        let spans: Vec<String> = found.iter().map(|d| chars[d.begin..d.end].iter().collect()).collect();
        assert_eq!(spans, ["今年9月30日", "2024年1月5日"]);
    }

    #[test]
    fn precision_follows_the_text() {
        assert_eq!(f("9月30日上午", None), vec![("--09-30^^gMonthDay".into(), false)]);
        assert_eq!(f("9月30日上午", Some(2022)), vec![("2022-09-30^^date".into(), false)]);
        assert_eq!(f("2023年5月8日", None), vec![("2023-05-08^^date".into(), false)]);
        assert_eq!(f("2023年5月", None), vec![("2023-05^^gYearMonth".into(), false)]);
    }

    #[test]
    fn as_of_dates_and_month_ends() {
        assert_eq!(f("截至9月底，全镇", None), vec![("--09-30^^gMonthDay".into(), true)]);
        assert_eq!(f("截至2024年2月底", None), vec![("2024-02-29^^date".into(), true)]);
    }

    #[test]
    fn relative_years_need_the_document_date() {
        assert_eq!(f("去年9月，项目启动", Some(2022)), vec![("2021-09^^gYearMonth".into(), false)]);
        assert!(f("去年9月，项目启动", None).is_empty());
    }

    #[test]
    fn impossible_dates_and_durations_are_not_dates() {
        assert!(f("2月30日", None).is_empty());
        assert!(f("13月1日", None).is_empty());
        assert!(f("用时3个月", None).is_empty());
    }
}
