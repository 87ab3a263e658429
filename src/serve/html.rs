//! Server-rendered HTML: escaping, links from IRIs to the server's own pages, and the
//! page frame.
//!
//! Every string that comes from the store goes through [`esc`] on its way into a page
//! (text and attribute values alike), so a label such as `<script>` is shown, never run.
//! Pages carry no script at all, and a `Content-Security-Policy` that forbids scripts, so
//! they work without JavaScript and an escaping mistake could still not run one.

use std::fmt::Write;

/// Escapes text for HTML content and (double- or single-quoted) attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes a value for a URL query (`?iri=…`).
pub fn query_value(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Turns the path part of an IRI into a URL path: non-ASCII characters and the ASCII
/// characters a path may not hold are percent-encoded (UTF-8), existing `%XX` escapes
/// are kept.
pub fn path_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        let keep = c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/%".contains(c);
        if keep {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// The inverse of [`path_encode`] for tupu's IRIs: a percent-encoded non-ASCII character
/// is decoded when `crate::map::iri_escape` would have left it as it is in an IRI
/// (Chinese), and kept encoded otherwise (U+3000, which tupu's IRIs hold as
/// `%E3%80%80`); ASCII escapes are kept (`%20`, `%2F` are part of the IRI).
pub fn path_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        // a run of %XX escapes
        let start = i;
        let mut decoded = Vec::new();
        while i + 3 <= bytes.len()
            && bytes[i] == b'%'
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            decoded.push(u8::from_str_radix(&s[i + 1..i + 3], 16).expect("two hex digits"));
            i += 3;
        }
        if decoded.is_empty() {
            let c = s[i..].chars().next().expect("in bounds");
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        // decode the run character by character, keeping the escapes of the characters
        // that must stay escaped and of bytes that are not UTF-8
        let escaped = &s[start..i];
        let mut j = 0;
        while j < decoded.len() {
            let len = utf8_len(decoded[j]);
            let ch = decoded
                .get(j..j + len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .and_then(|t| t.chars().next());
            match ch {
                Some(c) if !c.is_ascii() && crate::map::iri_escape(&c.to_string()).len() == c.len_utf8() => {
                    out.push(c);
                    j += len;
                }
                _ => {
                    let n = len.max(1).min(decoded.len() - j);
                    out.push_str(&escaped[j * 3..(j + n) * 3]);
                    j += n;
                }
            }
        }
    }
    out
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// Where the server shows an IRI: `/doc/{id}` for a document under the base,
/// `/id/{rest}` for anything else under the base, `/describe?iri=…` for other IRIs.
pub fn href(base: &str, iri: &str) -> String {
    if let Some(rest) = iri.strip_prefix(base).filter(|r| !r.is_empty()) {
        if let Some(doc) = rest.strip_prefix("doc/") {
            // a mention (`#m12-15`) or sentence (`#s3`) is an anchor on its document's page
            match doc.split_once('#') {
                None => return format!("/doc/{}", path_encode(doc)),
                Some((doc, frag)) if frag.starts_with('m') || frag.starts_with('s') => {
                    return format!("/doc/{}#{}", path_encode(doc), path_encode(frag))
                }
                Some(_) => {}
            }
        } else if !rest.contains('#') {
            return format!("/id/{}", path_encode(rest));
        }
    }
    format!("/describe?iri={}", query_value(iri))
}

/// A page: the frame (header with the search box, footer) around `body`.
pub fn page(title: &str, body: &str) -> String {
    format!(
        r#"<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · tupu</title>
<style>{STYLE}</style>
</head>
<body>
<header><a class="home" href="/">tupu 图谱</a>
<form action="/search" method="get" role="search"><input type="search" name="q" placeholder="名称 name" aria-label="search by name"> <button type="submit">Search</button></form></header>
<main>
{body}
</main>
<footer>SPARQL endpoint: <code>/query</code> · <a href="/query">query form</a></footer>
</body>
</html>
"#,
        title = esc(title),
    )
}

/// The policy sent with every page: no scripts, no outside resources, forms to this server only.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const STYLE: &str = "
body{font:15px/1.6 system-ui,'Noto Sans CJK SC','PingFang SC',sans-serif;margin:0;color:#222;background:#fff}
header{display:flex;gap:1.5em;align-items:center;padding:.5em 1.5em;background:#f3f1ec;border-bottom:1px solid #ddd}
header form{margin-left:auto}
main{max-width:60em;padding:0 1.5em 2em}
footer{padding:1em 1.5em;color:#666;border-top:1px solid #eee;font-size:90%}
a{color:#1a55a3;text-decoration:none} a:hover{text-decoration:underline}
a.home{font-weight:bold;color:#222}
h1{font-size:1.6em;margin:.8em 0 .2em} h2{font-size:1.15em;margin:1.6em 0 .4em;border-bottom:1px solid #eee}
.iri{color:#666;font-size:90%;word-break:break-all}
table{border-collapse:collapse} td,th{padding:.15em .8em .15em 0;vertical-align:top;text-align:left}
th{font-weight:600;color:#444}
mark{background:#fde68a;padding:0 .1em} mark.other{background:#e8eefc}
.text{white-space:pre-wrap;line-height:1.9}
.muted{color:#777;font-size:90%}
ul.sentences li{margin:.4em 0}
textarea{width:100%;font:14px monospace}
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(esc(r#"<script>alert("x&'y")</script>"#), "&lt;script&gt;alert(&quot;x&amp;&#39;y&quot;)&lt;/script&gt;");
        assert_eq!(esc("星澜社区"), "星澜社区");
    }

    #[test]
    fn paths_round_trip_tupu_iris() {
        for rest in ["place/320412100000", "org/青禾镇党委", "project/a%20b%2Fc", "kind/全年%E3%80%80", "x/“引号”"] {
            let encoded = path_encode(rest);
            assert!(encoded.is_ascii(), "{encoded}");
            assert_eq!(path_decode(&encoded), rest, "{encoded}");
        }
        assert_eq!(path_decode("bad%zz%E9"), "bad%zz%E9");
    }

    #[test]
    fn links_point_at_the_servers_pages() {
        let base = "http://127.0.0.1:7878/id/";
        assert_eq!(href(base, "http://127.0.0.1:7878/id/place/320412100000"), "/id/place/320412100000");
        assert_eq!(href(base, "http://127.0.0.1:7878/id/doc/a1"), "/doc/a1");
        assert_eq!(href(base, "http://127.0.0.1:7878/id/doc/a1#m3-6"), "/doc/a1#m3-6");
        assert_eq!(href(base, "http://127.0.0.1:7878/id/doc/a1#s2"), "/doc/a1#s2");
        assert_eq!(href(base, "http://127.0.0.1:7878/id/doc/a1#q2"), "/describe?iri=http%3A%2F%2F127.0.0.1%3A7878%2Fid%2Fdoc%2Fa1%23q2");
        assert_eq!(href(base, "http://127.0.0.1:7878/id/org/镇"), "/id/org/%E9%95%87");
        assert!(href(base, "http://www.wikidata.org/entity/Q1").starts_with("/describe?iri=http%3A%2F%2Fwww.wikidata.org"));
    }
}
