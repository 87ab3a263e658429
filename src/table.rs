//! Stage `table`: tables that a page renders as lines of text.
//!
//! Government pages carry small tables — projects and their money, villages and their
//! figures — and a text dump of the page keeps them as a header line of column names and
//! one line per row, the cells set apart by spaces or tabs:
//!
//! ```text
//! 小区名称　所属社区　户数　改造投资（万元）
//! 青禾小区　青禾社区　420　96
//! ```
//!
//! The cells are found in the source text, where the blanks between them still stand (the
//! normalised text drops a blank after a bracket: 投资（万元）　户数), and mapped to normalised
//! offsets ([`Table::mapped`]).
//!
//! A header is a line of three cells or more, every cell holding a Han character and no
//! digit; the rows are the lines right after it with as many cells, each holding a digit.
//! What the cells mean is for the stages that read them: [`crate::figures::table_figures`]
//! takes the figures of a row as the entity its [`key_column`] names, [`crate::relate`] the
//! places and bodies a row names in its other cells.

/// A cell: its span in (normalised) char offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub begin: usize,
    pub end: usize,
}

/// A table: its header's cells and its rows', each row as many cells as the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<Cell>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// The table with its cells' spans mapped (from source to normalised offsets): `None`
    /// if a cell maps to nothing.
    pub fn mapped(&self, map: impl Fn(usize, usize) -> Option<(usize, usize)>) -> Option<Table> {
        let cells = |cs: &[Cell]| cs.iter().map(|c| map(c.begin, c.end).map(|(begin, end)| Cell { begin, end })).collect::<Option<Vec<Cell>>>();
        Some(Table { header: cells(&self.header)?, rows: self.rows.iter().map(|r| cells(r)).collect::<Option<Vec<_>>>()? })
    }
}

/// The column whose cells name what a row is about: the first whose name ends with 名称
/// (项目名称, 子项目名称 after 村名), else the first that is no running number (序号).
pub fn key_column(header: &[&str]) -> Option<usize> {
    header.iter().position(|h| h.ends_with("名称")).or_else(|| header.iter().position(|h| !matches!(*h, "序号" | "编号" | "排名" | "名次" | "排序")))
}

/// The longest cell of a header (改造投资（万元）, 其中合作社带头人（人）); a longer stretch
/// is a phrase of running text.
const HEADER_CELL_MAX: usize = 16;
/// The longest cell of a row (a project's or a unit's full name).
const ROW_CELL_MAX: usize = 40;

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\r')
}

/// A digit, ASCII or full-width (the source text is searched, before normalisation).
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// The cells of the line `[b, e)`: its runs of characters between blanks.
fn cells(chars: &[char], b: usize, e: usize) -> Vec<Cell> {
    let mut out = Vec::new();
    let mut i = b;
    while i < e {
        if is_blank(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < e && !is_blank(chars[i]) {
            i += 1;
        }
        out.push(Cell { begin: start, end: i });
    }
    out
}

/// Running text, not a cell: a clause's punctuation in it.
fn has_clause_punct(chars: &[char]) -> bool {
    chars.iter().any(|&c| matches!(c, '。' | '，' | '；' | '！' | '？' | '：'))
}

fn is_header(chars: &[char], cells: &[Cell]) -> bool {
    cells.len() >= 3
        && cells.iter().all(|c| {
            let s = &chars[c.begin..c.end];
            s.len() <= HEADER_CELL_MAX && s.iter().any(|&x| is_han(x)) && !s.iter().any(|&x| is_digit(x)) && !has_clause_punct(s)
        })
}

fn is_row(chars: &[char], cells: &[Cell], width: usize) -> bool {
    cells.len() == width
        && cells.iter().any(|c| chars[c.begin..c.end].iter().any(|&x| is_digit(x)))
        && cells.iter().all(|c| c.end - c.begin <= ROW_CELL_MAX && !has_clause_punct(&chars[c.begin..c.end]))
}

/// The tables of a text: a header line and at least two rows right after it.
pub fn find(chars: &[char]) -> Vec<Table> {
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut b = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            lines.push((b, i));
            b = i + 1;
        }
    }
    lines.push((b, chars.len()));
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let (b, e) = lines[k];
        // (most lines have no blank in them at all: no cells to cut)
        if !chars[b..e].iter().any(|&c| is_blank(c)) {
            k += 1;
            continue;
        }
        let header = cells(chars, b, e);
        if !is_header(chars, &header) {
            k += 1;
            continue;
        }
        let mut rows = Vec::new();
        let mut next = k + 1;
        while let Some(&(rb, re)) = lines.get(next) {
            let row = cells(chars, rb, re);
            if !is_row(chars, &row, header.len()) {
                break;
            }
            rows.push(row);
            next += 1;
        }
        if rows.len() >= 2 {
            out.push(Table { header, rows });
            k = next;
        } else {
            k += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(chars: &[char], c: Cell) -> String {
        chars[c.begin..c.end].iter().collect()
    }

    #[test]
    fn a_header_and_its_rows_are_cut_into_cells_whose_spans_slice_back() {
        let src = "青禾街道小区改造情况如下：\n小区名称 所属社区 户数 改造投资（万元）\n青禾小区 青禾社区 420 96\n柳岸花园 柳岸社区 316 74.5\n\n以上数据截至10月底。";
        let chars: Vec<char> = src.chars().collect();
        let tables = find(&chars);
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        let header: Vec<String> = t.header.iter().map(|&c| text(&chars, c)).collect();
        assert_eq!(header, ["小区名称", "所属社区", "户数", "改造投资（万元）"]);
        assert_eq!(t.rows.len(), 2);
        let second: Vec<String> = t.rows[1].iter().map(|&c| text(&chars, c)).collect();
        assert_eq!(second, ["柳岸花园", "柳岸社区", "316", "74.5"]);
    }

    #[test]
    fn tabs_and_ideographic_spaces_set_cells_apart_too() {
        let src = "村名\t参训学员（人）\t示范面积（亩）\n东岭村\t16\t85\n西岭村\t12\t60";
        let chars: Vec<char> = src.chars().collect();
        assert_eq!(find(&chars)[0].rows.len(), 2);
        let src = "村名　参训学员（人）　示范面积（亩）\n东岭村　16　85\n西岭村　12　60";
        let chars: Vec<char> = src.chars().collect();
        assert_eq!(find(&chars)[0].rows.len(), 2);
    }

    #[test]
    fn running_text_and_a_header_with_one_row_are_no_table() {
        // (a caption with spaces, a leader's posts: no header of three digit-free cells)
        for src in ["主持人：镇党委书记 蔺海涛\n出席：镇长 李明 副镇长 王刚", "图为 青禾镇 志愿者 开展活动\n2024年 3月 5日 摄", "村名 户数 面积（亩）\n东岭村 16 85\n今年以来，全镇共完成 12 项。"] {
            let chars: Vec<char> = src.chars().collect();
            assert!(find(&chars).is_empty(), "{src}");
        }
    }

    #[test]
    fn a_row_is_about_what_its_name_column_names() {
        assert_eq!(key_column(&["序号", "村名", "子项目名称", "资金（万元）"]), Some(2));
        assert_eq!(key_column(&["序号", "村名", "参训学员（人）"]), Some(1));
        assert_eq!(key_column(&["小区名称", "所属社区", "户数"]), Some(0));
    }

    #[test]
    fn rows_stop_at_the_first_line_of_another_width() {
        let src = "序号 项目名称 资金（万元）\n1 青禾水厂扩建工程 320\n2 柳溪村道路硬化工程 86\n合计 406\n";
        let chars: Vec<char> = src.chars().collect();
        let tables = find(&chars);
        assert_eq!(tables[0].rows.len(), 2);
    }
}
