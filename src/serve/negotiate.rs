//! Content negotiation: picking one of the server's representations from an `Accept`
//! header (RFC 9110 §12.5.1), with quality values and `type/*`, `*/*` ranges.

/// One media range of an `Accept` header.
#[derive(Debug, Clone, PartialEq)]
struct Range {
    kind: String,
    subtype: String,
    q: f32,
}

fn parse(accept: &str) -> Vec<Range> {
    accept
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let (kind, subtype) = parts.next()?.trim().split_once('/')?;
            let q = parts
                .filter_map(|p| p.trim().split_once('='))
                .find(|(k, _)| k.trim().eq_ignore_ascii_case("q"))
                .and_then(|(_, v)| v.trim().parse::<f32>().ok())
                .unwrap_or(1.0)
                .clamp(0.0, 1.0);
            Some(Range { kind: kind.trim().to_ascii_lowercase(), subtype: subtype.trim().to_ascii_lowercase(), q })
        })
        .collect()
}

/// The quality the client gives `media_type` (`type/subtype`): that of the most specific
/// range matching it, 0 when none does.
fn quality(ranges: &[Range], media_type: &str) -> f32 {
    let (kind, subtype) = media_type.split_once('/').unwrap_or((media_type, ""));
    ranges
        .iter()
        .filter_map(|r| {
            let specificity = match (r.kind.as_str(), r.subtype.as_str()) {
                (k, s) if k == kind && s == subtype => 2,
                (k, "*") if k == kind => 1,
                ("*", "*") => 0,
                _ => return None,
            };
            Some((specificity, r.q))
        })
        .max_by(|a, b| a.0.cmp(&b.0))
        .map_or(0.0, |(_, q)| q)
}

/// The offer the client prefers; among equals, the first in `offers` (the server's
/// preference). No `Accept` header, or an empty one, accepts anything: the first offer.
/// `None` when the client accepts none of them (406).
pub fn choose<T: Copy>(accept: Option<&str>, offers: &[(&str, T)]) -> Option<T> {
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return offers.first().map(|(_, t)| *t);
    };
    let ranges = parse(accept);
    let mut best: Option<(f32, T)> = None;
    for (media_type, t) in offers {
        let q = quality(&ranges, media_type);
        if q > 0.0 && best.is_none_or(|(b, _)| q > b) {
            best = Some((q, *t));
        }
    }
    best.map(|(_, t)| t)
}

/// Whether the client names `media_type` explicitly (not through `*/*`) with a quality at
/// least that of every other offer: browsers name `text/html`, scripts send `*/*`.
pub fn prefers_explicitly(accept: Option<&str>, media_type: &str, others: &[&str]) -> bool {
    let Some(accept) = accept else { return false };
    let ranges = parse(accept);
    let (kind, subtype) = media_type.split_once('/').unwrap_or((media_type, ""));
    let named = ranges.iter().filter(|r| r.kind == kind && r.subtype == subtype).map(|r| r.q).fold(0.0, f32::max);
    named > 0.0 && others.iter().all(|o| quality(&ranges, o) <= named)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFERS: &[(&str, u8)] = &[("application/sparql-results+json", 1), ("application/sparql-results+xml", 2), ("text/csv", 3)];

    #[test]
    fn the_most_preferred_offer_wins() {
        assert_eq!(choose(None, OFFERS), Some(1));
        assert_eq!(choose(Some("*/*"), OFFERS), Some(1));
        assert_eq!(choose(Some("text/csv"), OFFERS), Some(3));
        assert_eq!(choose(Some("text/csv;q=0.5, application/sparql-results+xml"), OFFERS), Some(2));
        assert_eq!(choose(Some("text/*;q=0.9, */*;q=0.1"), OFFERS), Some(3));
        assert_eq!(choose(Some("image/png"), OFFERS), None);
        assert_eq!(choose(Some("text/csv;q=0, */*"), OFFERS), Some(1));
    }

    #[test]
    fn browsers_prefer_html_scripts_do_not() {
        let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assert!(prefers_explicitly(Some(browser), "text/html", &["text/turtle"]));
        assert!(!prefers_explicitly(Some("*/*"), "text/html", &["text/turtle"]));
        assert!(!prefers_explicitly(Some("text/turtle, text/html;q=0.5"), "text/html", &["text/turtle"]));
        assert!(!prefers_explicitly(None, "text/html", &["text/turtle"]));
    }
}
