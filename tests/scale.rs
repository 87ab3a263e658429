//! Real corpora, at scale: mixed encodings and formats in one directory, the same
//! output whatever the number of jobs, and a build that survives being killed.
//!
//! The texts are invented for these tests (places, people and projects that do not
//! exist), written in the style of local-government news.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

mod common;
use common::{ask, count, documents, query_json, quads, tupu};


/// Sorted N-Quads lines of the store, but for the ontology graph (whose blank nodes
/// are new at each load).
fn export_lines(store: &Path) -> Vec<String> {
    let out = tupu().args(["export", "--format", "nquads", "--store"]).arg(store).assert().success();
    let mut lines: Vec<String> = String::from_utf8(out.get_output().stdout.clone())
        .unwrap()
        .lines()
        .filter(|l| !l.ends_with("<https://w3id.org/tupu/ontology> ."))
        .map(String::from)
        .collect();
    lines.sort();
    lines
}

const UTF8_TEXT: &str = "星澜社区开展“邻里守望”志愿服务活动\n\
    6月12日上午，澜州市云澄区青禾镇星澜社区组织志愿者走访辖区独居老人32户，送去防暑用品。\
    社区党委书记沈雅琴介绍，今年以来社区已开展志愿服务活动45场。";

const GBK_TEXT: &str = "柳溪村召开人居环境整治推进会\n\
    5月20日，青禾镇柳溪村召开人居环境整治推进会，村党支部书记陈立新主持会议。\
    会议要求，6月底前完成村内道路硬化2.5公里。";

const BIG5_TEXT: &str = "竹塢村舉辦茶葉產銷對接會\n\
    4月18日，桐溪鎮竹塢村舉辦茶葉產銷對接會，12家企業與茶農簽訂收購協議，總金額約860萬元。";

const HTML_PAGE: &str = "<!DOCTYPE html>\n<html><head>\
    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\
    <title>鹤栖社区举办消防安全演练_云澄区人民政府</title>\
    <meta name=\"PubDate\" content=\"2024-07-09 16:20\">\
    <meta name=\"ContentSource\" content=\"鹤栖社区居委会\">\
    <script>var menu = '首页导航脚本文字';</script><style>.nav{color:red}</style></head>\
    <body><div class=\"nav\"><a href=\"/\">网站首页</a> | <a href=\"/zwgk\">政务公开</a></div>\
    <div class=\"breadcrumb\">当前位置：首页 &gt; 镇街动态</div>\
    <div class=\"article\"><h1>鹤栖社区举办消防安全演练</h1>\
    <p>7月9日下午，云澄区鹤汀街道鹤栖社区联合辖区消防救援站举办消防安全演练，120余名居民参加。</p>\
    <p>社区党委书记许红梅表示，将每季度组织一次演练。</p></div>\
    <div class=\"footer\">版权所有：云澄区人民政府 地址：云澄大道1号</div></body></html>";

const JSONL: &str = concat!(
    r#"{"title":"桐溪镇推进茶旅融合","url":"https://example.org/tongxi/1","date":"2024-03-15","paragraphs":["3月15日，桐溪镇召开茶旅融合发展大会。","镇党委书记罗明远出席会议。"]}"#,
    "\n",
    r#"{"title":"沙澳镇签约海洋食品项目","url":"https://example.org/shaao/2","date":"20241106","text":"11月6日，沙澳镇签约南汀海洋食品产业园项目，总投资12亿元。"}"#,
    "\n"
);

/// A directory of every kind of input, good and bad.
fn mixed_corpus(root: &Path) -> PathBuf {
    let news = root.join("news");
    fs::create_dir_all(news.join("sub")).unwrap();
    fs::write(news.join("a-utf8.txt"), UTF8_TEXT).unwrap();
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(GBK_TEXT);
    assert!(!unmappable);
    fs::write(news.join("b-gbk.txt"), &*gbk).unwrap();
    let (big5, _, unmappable) = encoding_rs::BIG5.encode(BIG5_TEXT);
    assert!(!unmappable);
    fs::write(news.join("sub/c-big5.txt"), &*big5).unwrap();
    let (page, _, unmappable) = encoding_rs::GBK.encode(HTML_PAGE);
    assert!(!unmappable);
    fs::write(news.join("d-page.html"), &*page).unwrap();
    fs::write(news.join("e-lines.jsonl"), JSONL).unwrap();
    fs::write(news.join("f-empty.txt"), "").unwrap();
    fs::write(news.join("g-binary.txt"), b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0").unwrap();
    news
}

#[test]
fn a_mixed_directory_builds_every_good_document_and_names_every_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let news = mixed_corpus(dir.path());
    let store = dir.path().join("store");
    let assert = tupu().arg("build").arg("--store").arg(&store).arg(&news).assert().code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    for (file, reason) in [("f-empty.txt", "empty file"), ("g-binary.txt", "binary file")] {
        let line = format!("tupu: error: {}: {reason}", news.join(file).display());
        assert!(stderr.contains(&line), "missing {line:?} in:\n{stderr}");
        // and again in the summary
        assert!(stderr.contains(&format!("\n  {}: {reason}", news.join(file).display())), "{stderr}");
    }
    assert!(stderr.contains("tupu: built 6 documents, 2 failed, in "), "{stderr}");
    assert!(stderr.contains(" MB/s, ") && stderr.contains(" documents/s, ") && stderr.contains(" quads/s)"), "{stderr}");
    assert_eq!(documents(&store), 6);

    let text_of = |id: &str| {
        let q = format!("SELECT ?t WHERE {{ <https://w3id.org/tupu/id/doc/{id}> nif:isString ?t }}");
        query_json(&store, &q)["results"]["bindings"][0]["t"]["value"].as_str().unwrap().to_string()
    };
    assert_eq!(text_of("a-utf8"), UTF8_TEXT);
    assert_eq!(text_of("b-gbk"), GBK_TEXT);
    assert_eq!(text_of("c-big5"), BIG5_TEXT);
    let page = text_of("d-page");
    assert!(page.contains("120余名居民参加") && page.contains("每季度组织一次演练"), "{page}");
    for furniture in ["网站首页", "当前位置", "版权所有", "首页导航脚本文字", "color:red"] {
        assert!(!page.contains(furniture), "{furniture} in {page}");
    }
    assert!(ask(
        &store,
        "ASK { <https://w3id.org/tupu/id/doc/d-page> dcterms:title \"鹤栖社区举办消防安全演练_云澄区人民政府\"@zh ; \
         dcterms:issued \"2024-07-09\"^^xsd:date ; dcterms:publisher \"鹤栖社区居委会\"@zh }"
    ));
    assert!(ask(
        &store,
        "ASK { <https://w3id.org/tupu/id/doc/e-lines-2> dcterms:source \"https://example.org/shaao/2\" ; \
         dcterms:issued \"2024-11-06\"^^xsd:date ; dcterms:title \"沙澳镇签约海洋食品项目\"@zh }"
    ));
}

#[test]
fn json_fields_can_be_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("feed.jsonl");
    fs::write(&file, "{\"body\":\"柳溪村启动乡村振兴示范点建设。\",\"headline\":\"柳溪村动态\",\"link\":\"https://example.org/l/1\",\"day\":\"2024年8月1日\"}\n").unwrap();
    let store = dir.path().join("store");
    tupu()
        .args(["build", "--text-field", "body", "--title-field", "headline", "--url-field", "link", "--date-field", "day", "--store"])
        .arg(&store)
        .arg(&file)
        .assert()
        .success();
    assert!(ask(
        &store,
        "ASK { ?d dcterms:title \"柳溪村动态\"@zh ; dcterms:source \"https://example.org/l/1\" ; dcterms:issued \"2024-08-01\"^^xsd:date }"
    ));
    // without the flags the record has no text
    tupu().args(["extract", "-q"]).arg(&file).assert().code(1).stderr(predicates::str::contains("no text: expected"));
}

/// `n` small articles, every one different, in `dir`.
fn generated_corpus(dir: &Path, n: usize) -> PathBuf {
    let corpus = dir.join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    let towns = ["青禾镇", "桐溪镇", "沙澳镇", "溪桥镇", "鹤汀街道", "云栖镇", "岚桥镇"];
    let villages = ["星澜社区", "柳溪村", "竹坞村", "渔湾村", "鹤栖社区", "柳湾社区", "云栖村"];
    let people = ["沈雅琴", "陈立新", "罗明远", "许红梅", "顾建明", "王振华", "杨秀兰"];
    let topics = ["安全生产", "人居环境整治", "乡村振兴", "营商环境优化", "基层治理", "防汛防台"];
    for i in 0..n {
        let (town, village, person, topic) =
            (towns[i % 7], villages[(i / 7) % 7], people[(i / 3) % 7], topics[i % 6]);
        let text = format!(
            "{town}召开{topic}工作推进会\n\
             {m}月{d}日，{town}召开{topic}工作推进会，{village}等{k}个村（社区）负责人参加。\
             {town}党委书记{person}主持会议并讲话。会议要求，{village}要加快推进第{i}期{topic}项目，\
             确保年底前完成投资{inv}万元。",
            m = i % 12 + 1,
            d = i % 28 + 1,
            k = i % 9 + 3,
            inv = 100 + i * 7,
        );
        fs::write(corpus.join(format!("{i:04}.txt")), text).unwrap();
    }
    corpus
}

#[test]
fn the_output_is_the_same_whatever_the_number_of_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let news = mixed_corpus(dir.path());
    let corpus = generated_corpus(dir.path(), 120);
    let extract = |jobs: &str| {
        let out = tupu().args(["extract", "-q", "--jobs", jobs]).arg(&news).arg(&corpus).assert().code(1);
        out.get_output().stdout.clone()
    };
    let one = extract("1");
    assert!(!one.is_empty());
    assert_eq!(one, extract("2"));
    assert_eq!(one, extract("3"));

    let mut exports = Vec::new();
    // --jobs 2 writes on loader threads that commit once at the end; --compact then rewrites it all
    for (jobs, compact) in [("1", None), ("2", Some("--compact"))] {
        let store = dir.path().join(format!("store-{jobs}"));
        tupu()
            .args(["build", "-q", "--batch-quads", "500", "--jobs", jobs])
            .args(compact)
            .arg("--store")
            .arg(&store)
            .arg(&news)
            .arg(&corpus)
            .assert()
            .code(1);
        exports.push(export_lines(&store));
    }
    assert_eq!(exports[0].len(), exports[1].len());
    assert!(exports[0] == exports[1], "the stores built with --jobs 1 and --jobs 2 differ");
}

/// Starts `tupu build -v` with small batches and returns once `batches` commits are
/// written (or the build has ended), with the child still running, and a thread that
/// reads the rest of its standard error (so that it never writes to a closed pipe).
/// With `--jobs 1` each batch is a commit; with more, loader threads commit every
/// 900 quads (three batches).
fn build_until(store: &Path, corpus: &Path, jobs: &str, batches: usize) -> (std::process::Child, std::thread::JoinHandle<String>) {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tupu"))
        .args(["build", "-v", "--jobs", jobs, "--batch-quads", "300", "--commit-quads", "900", "--store"])
        .arg(store)
        .arg(corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (reached_tx, reached_rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut all = String::new();
        let mut written = 0;
        for line in BufReader::new(stderr).lines() {
            let line = line.unwrap();
            if line.starts_with("tupu: wrote ") {
                written += 1;
                if written == batches {
                    let _ = reached_tx.send(());
                }
            }
            all += &line;
            all.push('\n');
        }
        all
    });
    // returns when the count is reached, or when the build ended (the sender dropped)
    let _ = reached_rx.recv();
    (child, reader)
}

#[test]
fn a_killed_build_leaves_a_store_that_a_second_build_completes() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated_corpus(dir.path(), 600);
    let clean = dir.path().join("clean");
    tupu().args(["build", "-q", "--store"]).arg(&clean).arg(&corpus).assert().success();
    let expected = quads(&clean);
    assert_eq!(documents(&clean), 600);

    for jobs in ["1", "2"] {
        let store = dir.path().join(format!("killed-{jobs}"));
        let (mut child, reader) = build_until(&store, &corpus, jobs, 2);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        reader.join().unwrap();
        // the store opens, and holds whole commits only
        tupu().arg("stats").arg("--store").arg(&store).assert().success();
        let partial = documents(&store);
        assert!(partial > 0 && partial < 600, "--jobs {jobs}: {partial} documents: make the corpus larger");
        // each document present is complete: as many documents as document graphs with a text
        assert_eq!(count(&store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g nif:isString ?t } }"), partial);

        tupu().args(["build", "-q", "--jobs", jobs, "--store"]).arg(&store).arg(&corpus).assert().success();
        assert_eq!(quads(&store), expected, "--jobs {jobs}");
        assert_eq!(documents(&store), 600);
        assert!(export_lines(&store) == export_lines(&clean), "--jobs {jobs}: the rebuilt store differs from the clean one");
    }
}

#[test]
fn ctrl_c_stops_a_build_cleanly_with_exit_130() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated_corpus(dir.path(), 600);
    let clean = dir.path().join("clean");
    tupu().args(["build", "-q", "--store"]).arg(&clean).arg(&corpus).assert().success();

    // Ctrl-C, and `kill` or a service manager stopping it
    for signal in ["-INT", "-TERM"] {
        let store = dir.path().join(format!("interrupted{signal}"));
        let (mut child, reader) = build_until(&store, &corpus, "1", 2);
        let status = std::process::Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
        assert!(status.success());
        let status = child.wait().unwrap();
        let stderr = reader.join().unwrap();
        assert_eq!(status.code(), Some(130), "{signal}: {stderr}");
        assert!(stderr.contains("tupu: interrupted: "), "{stderr}");
        assert!(stderr.contains("run the same command again to finish"), "{stderr}");
        tupu().arg("stats").arg("--store").arg(&store).assert().success();
        tupu().args(["build", "-q", "--store"]).arg(&store).arg(&corpus).assert().success();
        assert_eq!(quads(&store), quads(&clean));
    }
}

#[test]
fn json_lines_on_standard_input_are_documents() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    tupu().args(["build", "-q", "--store"]).arg(&store).arg("-").write_stdin(JSONL).assert().success();
    assert_eq!(documents(&store), 2);
    assert!(ask(&store, "ASK { ?d dcterms:source \"https://example.org/tongxi/1\" ; dcterms:issued \"2024-03-15\"^^xsd:date }"));
    // the same lines again are the same documents
    tupu().args(["build", "-q", "--store"]).arg(&store).arg("-").write_stdin(JSONL).assert().success();
    assert_eq!(documents(&store), 2);
}
