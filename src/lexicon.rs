//! Lexicons of *kinds of things* in this genre: name suffixes by class, posts, cue
//! words, generic modifiers. No proper names live here — names are found by rules
//! around these words, so the same rules work on articles from any province.

use crate::model::Class;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

fn set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

static STOP: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(NAME_STOP_WORDS));
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(COMMON_NOUNS));

/// (人大代表 is a post only after its congress, which the people finder reads; as a word it
/// stays what it was, a descriptor that ends no name: 镇人大代表联络站)
static POST_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| POSTS.iter().map(|p| p.0).filter(|&p| p != "人大代表").collect());

static DESCRIPTORS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(PERSON_DESCRIPTORS));

/// Is `w` one of [`PERSON_DESCRIPTORS`]? (hashed: this is asked for every word)
pub fn is_person_descriptor(w: &str) -> bool {
    DESCRIPTORS.contains(w)
}

/// Is `label` a leading group's (…工作领导小组)? It steers its level's work: the programmes
/// and figures of that work are the level's, not its own.
pub fn is_leading_group(label: &str) -> bool {
    label.ends_with("领导小组")
}
/// Is `w` a post as written (书记, 党委书记)?
pub fn is_post(w: &str) -> bool {
    POST_WORDS.contains(w)
}

/// Is `w` an area that 内/外 after it places something within or outside (辖区内, 园区内,
/// 境外), no part of the name that follows?
pub fn is_area_word(w: &str) -> bool {
    matches!(w, "辖区" | "园区" | "镇区" | "城区" | "境" | "区域" | "县域" | "镇域" | "全镇" | "全县")
}

/// Is `w` one of [`NAME_STOP_WORDS`]? (hashed: this is asked for every word of every name)
/// (and such a verb jieba kept whole with the adverb before it: 顺利完成|村“两委”换届,
/// 全面推进, 正式启动)
pub fn is_stop_word(w: &str) -> bool {
    STOP.contains(w) || w.len() >= 12 && ["顺利", "圆满", "全面", "成功", "率先", "正式", "先后", "相继", "陆续"].iter().any(|a| w.strip_prefix(a).is_some_and(|v| STOP.contains(v)))
}

/// Is `w` one of [`COMMON_NOUNS`]?
pub fn is_common_noun(w: &str) -> bool {
    COMMON.contains(w)
}

/// Name suffixes and the class they give, longest match wins. `min_prefix` is the
/// minimum number of chars the name must have before the suffix.
pub struct Suffix {
    pub text: &'static str,
    pub class: Class,
    pub min_prefix: usize,
}

macro_rules! suffixes {
    ($($text:literal => $class:ident $(/ $min:literal)?),* $(,)?) => {
        &[$(Suffix { text: $text, class: Class::$class, min_prefix: suffixes!(@min $($min)?) }),*]
    };
    (@min) => { 2 };
    (@min $m:literal) => { $m };
}

pub const SUFFIXES: &[Suffix] = suffixes![
    // party organisations
    "党工委" => PartyOrganization / 1,
    // (街道工委: a street office's party working committee, for short; not a people's
    // congress's: 人大工委, 法工委)
    "工委" => PartyOrganization / 1,
    "人大工委" => GovernmentBody / 1,
    "法工委" => GovernmentBody / 1,
    "党委员会" => PartyOrganization / 1,
    "党总支部" => PartyOrganization / 1,
    "党总支" => PartyOrganization / 1,
    "党支部" => PartyOrganization / 1,
    "联合党委" => PartyOrganization / 1,
    "党委" => PartyOrganization / 1,
    "党组" => PartyOrganization / 1,
    "纪工委" => PartyOrganization / 1,
    "纪委" => PartyOrganization / 1,
    "区委" => PartyOrganization / 2,
    "县委" => PartyOrganization / 2,
    "市委" => PartyOrganization / 2,
    "省委" => PartyOrganization / 2,
    // a banner's and an autonomous prefecture's committee (正蓝旗委, 旗委; 州委)
    "旗委" => PartyOrganization / 2,
    "州委" => PartyOrganization / 2,
    // a prefecture's committee and administration (运城地委, 运城行署: 1998-era forms)
    "地委" => PartyOrganization / 2,
    // party departments (区委组织部: the prefix is a relative party committee)
    "组织部" => PartyOrganization / 1,
    "宣传部" => PartyOrganization / 1,
    "统战部" => PartyOrganization / 1,
    "政法委" => PartyOrganization / 1,
    "党群工作部" => PartyOrganization / 1,
    "党建办" => PartyOrganization / 1,
    // (区委社治委: a party committee's commission for community governance)
    "社治委" => PartyOrganization / 1,
    // (区委社会工作部: a party committee's department for social work, set up in 2023)
    "社会工作部" => PartyOrganization / 1,
    // government bodies
    "人民政府" => GovernmentBody / 1,
    "行署" => GovernmentBody / 2,
    "人大常委会" => GovernmentBody / 1,
    // a township's people's congress and its presidium (镇人大主席, 青禾镇人大主席团)
    "人大主席团" => GovernmentBody / 1,
    "人大" => GovernmentBody / 1,
    "政协" => GovernmentBody / 1,
    "管理委员会" => GovernmentBody,
    "管委会" => GovernmentBody,
    // a village's election committee and a gacha's supervisory one (永兴村村民选举委员会,
    // 巴彦乌兰嘎查务监督委员会), whose middle words stop no name
    "嘎查务监督委员会" => GovernmentBody / 1,
    "选举委员会" => GovernmentBody / 2,
    "委员会" => GovernmentBody,
    // commissions of a government by their usual short names (区发展改革委, 县卫健委)
    "发展改革委" => GovernmentBody / 1,
    "建设委" => GovernmentBody / 1,
    "发改委" => GovernmentBody / 1,
    "卫生健康委" => GovernmentBody / 1,
    "卫健委" => GovernmentBody / 1,
    "住建委" => GovernmentBody / 1,
    "经信委" => GovernmentBody / 1,
    "工信委" => GovernmentBody / 1,
    "农业农村委" => GovernmentBody / 1,
    "教委" => GovernmentBody / 1,
    "街道办事处" => GovernmentBody,
    "办事处" => GovernmentBody,
    "居委会" => GovernmentBody,
    "村委会" => GovernmentBody,
    // (村监委会: the village's supervisory committee, which jieba cuts 监委/会)
    "监委会" => GovernmentBody,
    "人民法院" => GovernmentBody / 1,
    // (青禾人民法庭: a court's branch in a township)
    "人民法庭" => GovernmentBody,
    "人民检察院" => GovernmentBody / 1,
    "法院" => GovernmentBody,
    "检察院" => GovernmentBody,
    // (启东海关, 汕头海关所属澄海海关: a customs office, named by its city or port)
    "海关" => GovernmentBody,
    // (县人民检察院第四检察部: a procuratorate's department, numbered)
    "检察部" => GovernmentBody,
    "派出所" => GovernmentBody,
    // (威远镇禁毒办, 镇禁毒办: a level's anti-drug office)
    "禁毒办" => GovernmentBody / 1,
    "司法所" => GovernmentBody,
    // a township's stations and offices (镇水利站, 黎村供电所, 镇应急管理办, 镇武装部)
    // (not 财政所: 中央财政|所占比重)
    "水利站" => GovernmentBody / 1,
    "林业站" => GovernmentBody / 1,
    "畜牧站" => GovernmentBody / 1,
    "兽医站" => GovernmentBody / 1,
    "农机站" => GovernmentBody / 1,
    "农经站" => GovernmentBody / 1,
    "水管站" => GovernmentBody / 1,
    // (乡交通管理站, 镇水务站, 乡民政所, 镇社会保障事务所, 乡人力资源和社会保障所)
    "管理站" => GovernmentBody / 1,
    "水利所" => GovernmentBody / 1,
    "安监站" => GovernmentBody / 1,
    "水务站" => GovernmentBody / 1,
    "民政所" => GovernmentBody / 1,
    "社会保障所" => GovernmentBody / 1,
    "保障事务所" => GovernmentBody / 1,
    "国土所" => GovernmentBody / 1,
    "自然资源所" => GovernmentBody / 1,
    "市场监管所" => GovernmentBody / 1,
    "税务所" => GovernmentBody / 1,
    "供电所" => GovernmentBody / 1,
    "应急管理办" => GovernmentBody / 1,
    // (镇农业农村办, 镇社会事务办, 镇规划建设办, 镇城建办: a township's offices by their short names)
    "农业农村办" => GovernmentBody / 1,
    "社会事务办" => GovernmentBody / 1,
    "生态环境办" => GovernmentBody / 1,
    "规划建设办" => GovernmentBody / 1,
    "经济发展办" => GovernmentBody / 1,
    "城建办" => GovernmentBody / 1,
    "党建办" => GovernmentBody / 1,
    "应急办" => GovernmentBody / 1,
    "民政办" => GovernmentBody / 1,
    "党政办" => GovernmentBody / 1,
    "安委办" => GovernmentBody / 1,
    "综治办" => GovernmentBody / 1,
    // (街道平安办, 街道老龄办, 镇教育办: offices for public safety, the aged and schools)
    "平安办" => GovernmentBody / 1,
    "老龄办" => GovernmentBody / 1,
    "教育办" => GovernmentBody / 1,
    // (镇文旅办, 镇经发办, 镇社事办: offices for culture and tourism, the economy and social affairs)
    "文旅办" => GovernmentBody / 1,
    "经发办" => GovernmentBody / 1,
    "社事办" => GovernmentBody / 1,
    // (镇信访办, 镇党委组织办, 镇劳动保障所, 镇村镇规划建设管理所, 镇生态环境保护站)
    "信访办" => GovernmentBody / 1,
    "组织办" => GovernmentBody / 1,
    "宣传办" => GovernmentBody / 1,
    "统战办" => GovernmentBody / 1,
    "财政办" => GovernmentBody / 1,
    "劳动保障所" => GovernmentBody / 1,
    "建设管理所" => GovernmentBody / 1,
    "环境保护站" => GovernmentBody / 1,
    "武装部" => GovernmentBody / 1,
    "公安局" => GovernmentBody / 1,
    // (镇综合行政执法队, 镇人社服务所, 镇人力资源和社会保障服务所, 镇财政所, 产业发展工作专班:
    // 财政所 only after a level or a division: not 中央财政|所占比重)
    "执法队" => GovernmentBody / 1,
    "服务所" => GovernmentBody / 1,
    "财政所" => GovernmentBody / 1,
    "工作专班" => GovernmentBody / 4,
    // (外贸企业服务专班, 莲下外贸服务专班: a team set up to serve the firms of a trade)
    "服务专班" => GovernmentBody,
    // a level's office of civilisation building (市文明办, 县文明办)
    "文明办" => GovernmentBody / 1,
    // departments whose names jieba cuts into a field and an adjective (县|卫生|健康/a|局)
    "卫生健康局" => GovernmentBody / 1,
    "应急管理局" => GovernmentBody / 1,
    "分局" => GovernmentBody,
    // (坪滩市场监督管理所: a county bureau's office in a township, named by it)
    "市场监督管理所" => GovernmentBody,
    "市场监管所" => GovernmentBody,
    "政府" => GovernmentBody / 1,
    "办公室" => GovernmentBody,
    "局" => GovernmentBody / 2,
    "厅" => GovernmentBody / 2,
    "大队" => GovernmentBody,
    // a town's or county's headquarters for floods, droughts or epidemics (镇防汛抗旱指挥部)
    "防汛抗旱指挥部" => GovernmentBody,
    // (镇防汛物资仓库: the store a township keeps for floods, 9 of the 10 reports of sets 25-78
    // that name one annotate it)
    "防汛物资仓库" => GovernmentBody / 1,
    // (镇应急物资储备库, 乡森林防火物资储备库: the store of supplies a township keeps against
    // floods and fires, annotated wherever named)
    "物资储备库" => GovernmentBody / 1,
    // (区人武部: a level's armed forces department)
    "人武部" => GovernmentBody / 1,
    // (镇人大民生实事项目监督小组, 物业服务监督小组: a group a congress or a community sets up to
    // watch over something)
    "监督小组" => GovernmentBody / 2,
    "防汛指挥部" => GovernmentBody,
    "抗震救灾指挥部" => GovernmentBody,
    "救灾指挥部" => GovernmentBody,
    // (河南省援疆前方指挥部; 湖南省第十批援藏工作队, 乡村振兴工作队; 县委组织部第三督导组, 镇换届工作
    // 指导组: the teams and headquarters a level sends or sets up)
    "指挥部" => GovernmentBody / 2,
    // (镇乡村振兴工作领导小组, 专项整治工作领导小组: a leading group set up for a task, named by it;
    // four characters at least: 救援领导小组 names a kind; the programmes and figures of the work
    // it steers are its level's, not its own: relate::actor_entity, and no anchor of figures)
    "领导小组" => GovernmentBody / 4,
    "工作队" => GovernmentBody / 2,
    "督导组" => GovernmentBody / 2,
    "指导组" => GovernmentBody / 2,
    // (北京正岚律师事务所)
    "律师事务所" => Company / 2,
    "中队" => GovernmentBody,
    // (泸沽专职消防站, 青禾镇消防站: a fire station of a township)
    "消防站" => GovernmentBody,
    // (罗店消防救援站, 甲玛乡微型消防站: jieba reads 站 a verb and 微型 an adjective)
    "消防救援站" => GovernmentBody,
    "微型消防站" => GovernmentBody,
    // (东郭镇殡葬服务站: 殡葬 read as a verb)
    "殡葬服务站" => Institution,
    // companies
    "集团股份有限公司" => Company,
    "集团有限公司" => Company,
    "股份有限公司" => Company,
    "有限责任公司" => Company,
    "有限公司" => Company,
    "集团公司" => Company,
    "集团" => Company,
    "公司" => Company,
    "银行" => Company,
    // a company's or bank's branch in a place (中国邮政云阳县分公司, 浦城农商银行仙阳支行): its
    // name starts with its company's ([`BRANCH_SUFFIXES`])
    "分公司" => Company,
    "支公司" => Company,
    "支行" => Company,
    "农商行" => Company,
    "合作社" => Company,
    // (谢庄村基层社, 青桐村为农服务社: a supply co-operative's village branch)
    "基层社" => Company,
    "为农服务社" => Company,
    // a union of co-operatives (…专业合作社联合社)
    "合作社联合社" => Company,
    "家庭农场" => Company,
    "供销社" => Organization,
    // (县供销联社, 县供销合作联社: a county's union of supply and marketing co-operatives)
    "供销联社" => SocialOrganization / 1,
    "供销合作联社" => SocialOrganization / 1,
    // (老杨调解工作室, 党员调解工作室, 贾村乡政协委员工作室; not any 工作室: 摄影工作室,
    // 技能大师工作室 are kinds)
    "调解工作室" => Organization / 1,
    "委员工作室" => Organization / 1,
    // (上海乐龄社会工作服务社, 武潭镇乡贤理事会)
    "服务社" => SocialOrganization,
    "乡贤理事会" => SocialOrganization,
    "红白理事会" => SocialOrganization,
    // (黄岗村道德评议会, 东庄村禁毒禁赌会: a village's councils of 一约四会, beside its 红白理事会)
    "道德评议会" => SocialOrganization,
    "禁毒禁赌会" => SocialOrganization,
    "业主委员会" => SocialOrganization,
    "业委会" => SocialOrganization,
    // institutions
    "人民医院" => Institution / 1,
    "中医院" => Institution / 1,
    "卫生院" => Institution,
    // (柳溪村卫生室: a village's clinic)
    "卫生室" => Institution,
    // (柳溪村老年人|日间/t|照料中心: a day-care centre, whose 日间 jieba reads as a time)
    "日间照料中心" => Institution,
    "医院" => Institution,
    "卫生服务中心" => Institution,
    "服务中心" => Institution,
    // (北兴镇为农服务中心: 为, a preposition, inside the name)
    "为农服务中心" => Institution,
    // (镇村镇建设发展中心, 乡农业发展中心: a township's centres of a field's development)
    "发展中心" => Institution,
    // (…枸杞技术服务站, 农业技术推广总站: a station of a public service; 青禾镇公共法律服务
    // 工作站, 某某大学青禾专家工作站: a station with a name before it; a kind alone, 专家工作站,
    // 调解工作站, has none)
    "工作站" => Institution,
    // (某某大学青禾水稻科技小院: a university's station in a village, students and teachers
    // living among the farmers)
    "科技小院" => Institution,
    // (某村科普e站: a village's station of popular science, online and off)
    "科普e站" => Institution,
    "卫生服务站" => Institution,
    "技术服务站" => Institution,
    "电商服务站" => Institution,
    "服务站" => Institution,
    // (乡人大代表联络站: the station where a congress's deputies meet voters)
    "联络站" => Institution,
    "中心校" => Institution,
    "推广总站" => Institution,
    "推广站" => Institution,
    "实践中心" => Institution,
    // a township's or a street's new-era civilisation practice institute and stations
    "新时代文明实践所" => Institution,
    "新时代文明实践站" => Institution,
    "文明实践所" => Institution,
    "文明实践站" => Institution,
    "研究中心" => Institution,
    "推广中心" => Institution,
    "指挥中心" => Institution,
    "中心" => Institution,
    "研究院" => Institution,
    "研究所" => Institution,
    "实验室" => Institution,
    "大学" => Institution,
    "学院" => Institution,
    "中学" => Institution,
    "小学" => Institution,
    // (镇中心完小: a township's central full primary school)
    "中心完小" => Institution,
    "幼儿园" => Institution,
    "学校" => Institution,
    "图书馆" => Institution,
    "博物馆" => Institution,
    "纪念馆" => Institution,
    // (百侯乡贤馆, 柳溪村村史馆: a township's hall of its worthies, a village's of its history)
    "乡贤馆" => Institution,
    "村史馆" => Institution,
    "文化馆" => Institution,
    "科技馆" => Institution,
    "养老院" => Institution,
    // (信丰县殡仪馆; 勐腊县征兵体检站: a county's funeral home and its conscripts' medical station)
    "殡仪馆" => Institution,
    "征兵体检站" => Institution,
    // (镇征兵工作站, 县征兵办: the conscription offices of a level)
    "征兵工作站" => GovernmentBody,
    "征兵办" => GovernmentBody,
    "敬老院" => Institution,
    // a village's mutual-aid home for the elderly (西坡村农村互助幸福院)
    "幸福院" => Institution,
    // (柳溪村农家书屋, 青禾镇残疾人之家: a village's reading room, a township's home for the
    // disabled, named by their place)
    "农家书屋" => Institution,
    "残疾人之家" => Institution,
    // (金龙村儿童之家, 立新社区妇女之家, 青禾镇青年之家, 某公司职工之家: a village's, a community's or
    // a unit's home for children, women, the young or its workers, with its 主任 or 站长;
    // 青禾镇阳光家园 and 残疾人康复站, a township's day care and rehabilitation station for the
    // disabled; 横樟村共富工坊, 巾帼工坊, a workshop of piecework for villagers)
    "儿童之家" => Institution,
    "妇女之家" => Institution,
    "青年之家" => Institution,
    "职工之家" => Institution,
    "阳光家园" => Institution,
    "康复站" => Institution,
    "工坊" => Institution,
    "互助幸福院" => Institution,
    // (孟楼村长者食堂, 观音阁村幸福食堂: a village's or community's canteen for the elderly)
    "长者食堂" => Institution,
    // (龛东社区老年食堂: a community's canteen for the elderly)
    "老年食堂" => Institution,
    "幸福食堂" => Institution,
    // (柳溪村助餐点, 云岫县妇幼保健院, 白石林场青禾管护站, 石宝山白族调传习所: a village's meal
    // point for the elderly, a county's mother-and-child hospital, a forest farm and its ranger
    // station, a house where a craft or song is taught)
    "助餐点" => Institution,
    "妇幼保健院" => Institution / 1,
    "林场" => Institution,
    "管护站" => Institution,
    "传习所" => Institution,
    "福利院" => Institution,
    "电视台" => Institution,
    "文化站" => Institution,
    "农技站" => Institution,
    // social organisations
    "志愿者协会" => SocialOrganization,
    "志愿服务队" => SocialOrganization,
    "志愿者服务队" => SocialOrganization,
    // (红马甲志愿服务总队, 医疗健康志愿服务分队)
    "志愿服务总队" => SocialOrganization,
    "志愿服务分队" => SocialOrganization,
    "志愿服务小分队" => SocialOrganization,
    // teams a place or body sets up (恭六乡志愿消防队, 绿盾护林巡查队, 红袖标平安巡逻队)
    "服务队" => SocialOrganization,
    "消防队" => SocialOrganization,
    "巡查队" => SocialOrganization,
    "巡逻队" => SocialOrganization,
    "宣讲队" => SocialOrganization,
    "宣讲团" => SocialOrganization,
    // (“石榴籽”民族团结调解队, 老乡贤调解团, “和为贵”调解室: a team or a room that settles disputes)
    "调解队" => SocialOrganization,
    "调解团" => SocialOrganization,
    "调解室" => SocialOrganization,
    // teams a town or county sets up for floods and emergencies (防汛抢险突击队, 民兵应急分队)
    "抢险突击队" => SocialOrganization,
    // (青年突击队, 党员突击队: a team a body sets up for a hard task)
    "突击队" => SocialOrganization,
    // (韩家园镇专业扑火队, 扎麻什乡半专业扑火队, 镇民兵应急连: a township's fire-fighting team and
    // militia company, named by their township in 6 of the 7 reports of sets 25-84 that have one)
    "扑火队" => SocialOrganization,
    "应急连" => SocialOrganization,
    // (镇民兵应急排: a militia platoon, named by its township as its company is)
    "应急排" => SocialOrganization,
    // (万古寺村龙舟队, 柳溪村篮球队: a village's team in the games)
    "龙舟队" => SocialOrganization,
    "篮球队" => SocialOrganization,
    "抢险队" => SocialOrganization,
    "应急分队" => SocialOrganization,
    "分队" => SocialOrganization,
    "联盟" => SocialOrganization,
    "救援队" => SocialOrganization,
    "志愿服务协会" => SocialOrganization,
    "红十字会" => SocialOrganization,
    "基金会" => SocialOrganization,
    "联合会" => SocialOrganization,
    "促进会" => SocialOrganization,
    "研究会" => SocialOrganization,
    "慈善会" => SocialOrganization,
    "联谊会" => SocialOrganization,
    // (美国纽约某某同乡会: the association of emigrants from one place)
    "同乡会" => SocialOrganization,
    "商会" => SocialOrganization,
    // mass organisations (人民团体) of a place or a unit: 县妇联, 镇团委, 区总工会
    "妇联" => SocialOrganization,
    "团委" => SocialOrganization,
    // (团县委, 团镇委: a level's Youth League committee, said with the league's 团 first)
    "团县委" => SocialOrganization / 0,
    "团市委" => SocialOrganization / 0,
    "团区委" => SocialOrganization / 0,
    "团镇委" => SocialOrganization / 0,
    "团乡委" => SocialOrganization / 0,
    "团旗委" => SocialOrganization / 0,
    // (柳溪村团支部: a village's branch of the Youth League; 云岫县茶叶同业公会: a trade's guild)
    "团支部" => SocialOrganization,
    "同业公会" => SocialOrganization,
    "总工会" => SocialOrganization,
    "工会" => SocialOrganization,
    "残联" => SocialOrganization,
    "科协" => SocialOrganization,
    "侨联" => SocialOrganization,
    "协会" => SocialOrganization,
    "学会" => SocialOrganization,
    // units of the armed police and of fire and rescue (武警澜州总队青禾支队)
    "总队" => Organization,
    "支队" => Organization,
    // development zones (鸿岭经济开发区, 张江高新区): places projects lie in, like a
    // township ([`ZONE_SUFFIXES`])
    "高新技术产业开发区" => AdministrativeDivision,
    "经济技术开发区" => AdministrativeDivision,
    "高新技术开发区" => AdministrativeDivision,
    "经济开发区" => AdministrativeDivision,
    // (a township's parks, which annotators take for what is built: 曲霞镇工业集中区)
    "工业集中区" => Project,
    "产业集聚区" => Project,
    "工业功能区" => Project,
    "高新区" => AdministrativeDivision,
    "经开区" => AdministrativeDivision,
    "开发区" => AdministrativeDivision,
    // administrative divisions the table does not hold (the table is matched first)
    "街道" => AdministrativeDivision,
    // Inner Mongolia's township (那日图苏木)
    "苏木" => AdministrativeDivision,
    "镇" => AdministrativeDivision,
    "乡" => AdministrativeDivision,
    "县" => AdministrativeDivision,
    "区" => AdministrativeDivision,
    "市" => AdministrativeDivision,
    "省" => AdministrativeDivision,
    // communities
    "社区" => Community,
    // Shanghai's communities (长岭居民区), each with its residents' committee
    "居民区" => Community,
    // a residential compound (锦绣花园小区): where a community's people live, named as one
    "小区" => Community,
    // a village as its people name it (小寨沟自然村) or as the state does (…行政村)
    "自然村" => Community,
    "行政村" => Community,
    "村" => Community,
    "嘎查" => Community,
    // projects
    "项目" => Project,
    "工程" => Project,
    "产业园区" => Project,
    "产业园" => Project,
    // (东盛涌镇公益性公墓, 惠丰果蔬冷库, 西郊村电动自行车集中充电棚: a cemetery, a cold store and a
    // charging shed a place builds, named by it)
    "公墓" => Project / 2,
    "冷库" => Project / 2,
    // (高店镇集约化育苗中心: a seedling centre a place builds; 育苗 read as a verb)
    "育苗中心" => Project / 2,
    "充电棚" => Project / 2,
    "科技园" => Project,
    "工业园" => Project,
    "创业园" => Project,
    "物流园" => Project,
    // (潮济小微企业园: a park of small enterprises a town builds)
    "企业园" => Project,
    "农业园" => Project,
    "示范园" => Project,
    "孵化园" => Project,
    "园区" => Project,
    "基地" => Project,
    // (赵河秸秆收储中心, 陈庄村收储点: a depot that takes in straw or grain, named by its place
    // or trade name; the kind alone, 收储点14个, names none)
    "收储中心" => Project,
    "收储点" => Project,
    "收储站" => Project,
    // (柳溪村苗绣就业帮扶车间: a workshop set up to employ villagers; 柳溪古寨景区: a scenic area)
    // (not 民宿: …闲置老屋改造成民宿, 乡村民宿 name a kind more often than a guesthouse)
    "帮扶车间" => Project,
    // (柳溪村服装加工车间, 同心社区电子组装车间: a workshop named by its place; not 生产车间,
    // 加工车间, common words only, which the project rules keep out)
    "车间" => Project,
    // (坪坦乡侗锦非遗工坊, 柳溪村巾帼工坊: a craft workshop; the kinds alone, 非遗工坊, name none;
    // not 工坊 alone: 制茶工坊, and “共富工坊” is a programme)
    "非遗工坊" => Project,
    "巾帼工坊" => Project,
    "帮扶工坊" => Project,
    "就业工坊" => Project,
    "景区" => Project,
    "综合体" => Project,
    "广场" => Project,
    "污水处理厂" => Project,
    // (柳溪村生活污水处理站, 青禾镇垃圾中转站: a place's works for its sewage or refuse; not a
    // kind, 新建污水处理站3座)
    "污水处理站" => Project,
    "垃圾中转站" => Project,
    "垃圾转运站" => Project,
    "净水厂" => Project,
    "自来水厂" => Project,
    "水厂" => Project,
    "电厂" => Project,
    // factories of a kind, run (荆州塑管厂, 县造纸厂): projects being run (not 工厂 alone:
    // 绿色工厂, 智慧工厂 are kinds)
    "造纸厂" => Project,
    "水泥厂" => Project,
    "钢铁厂" => Project,
    "钢厂" => Project,
    "化肥厂" => Project,
    "化工厂" => Project,
    "制药厂" => Project,
    "酒厂" => Project,
    "糖厂" => Project,
    "茶厂" => Project,
    "砖厂" => Project,
    "加工厂" => Project,
    "机械厂" => Project,
    "纺织厂" => Project,
    "服装厂" => Project,
    "食品厂" => Project,
    "塑管厂" => Project,
    "塑料厂" => Project,
    "造船厂" => Project,
    "工业新区" => Project,
    "电站" => Project,
    "大桥" => Project,
    "隧道" => Project,
    "公园" => Project,
    "湿地公园" => Project,
    "大厦" => Project,
    "商业街" => Project,
    "步行街" => Project,
    "综合楼" => Project,
    "安置房" => Project,
    "安置小区" => Project,
    "人才公寓" => Project,
    "生产线" => Project,
    "艺术城" => Project,
    "商城" => Project,
    "新城" => Project,
    "小镇" => Project,
    "码头" => Project,
    // events
    "党代会" => Event / 1,
    "代表大会" => Event / 1,
    "全体会议" => Event / 1,
    "全会" => Event / 1,
    "大会" => Event,
    "会议" => Event,
    "座谈会" => Event,
    "推进会" => Event,
    "现场会" => Event,
    "观摩会" => Event,
    "动员会" => Event,
    "部署会" => Event,
    "调度会" => Event,
    "表彰会" => Event,
    "誓师大会" => Event,
    "培训会" => Event,
    "发布会" => Event,
    // (…新闻通气会, 情况通报会: a briefing of the press or of the bodies concerned)
    "通气会" => Event,
    "通报会" => Event,
    "推介会" => Event,
    "推介活动" => Event,
    "对接会" => Event,
    // (县级河长巡河问题交办会: a meeting that hands out problems to solve)
    "交办会" => Event,
    "培训班" => Event,
    // (枸杞开园节, 春茶开采节: a harvest's opening day)
    "开园节" => Event,
    "开采节" => Event,
    "开镰节" => Event,
    "开渔节" => Event,
    // (核桃开杆节, 春耕开犁节, 开海节: a harvest's or season's first day, by its act)
    "开杆节" => Event,
    "开犁节" => Event,
    "开海节" => Event,
    "开茶节" => Event,
    "招商会" => Event,
    "洽谈会" => Event,
    "恳谈会" => Event,
    // (…“有事好商量”协商议事会, 专题协商会: a consultation of deputies, members or residents)
    "协商会" => Event,
    "协商议事会" => Event,
    "交流会" => Event,
    "研讨会" => Event,
    "论坛" => Event,
    "峰会" => Event,
    "博览会" => Event,
    "交易会" => Event,
    // (第136届广交会: the China Import and Export Fair by its short name)
    "广交会" => Event / 0,
    "运动会" => Event,
    // (第四届“侗乡杯”村BA篮球赛, “乡村振兴杯”农民篮球赛总决赛: a township's games and their final)
    "篮球赛" => Event,
    "篮球联赛" => Event,
    "总决赛" => Event / 3,
    "文化节" => Event,
    "艺术节" => Event,
    "旅游节" => Event,
    "美食节" => Event,
    "丰收节" => Event,
    "音乐节" => Event,
    "电影节" => Event,
    "啤酒节" => Event,
    "采摘节" => Event,
    // (a fair of a season's crop or its sales: 桃花节, 芒果节, 春茶节, 直播电商节, 采摘季)
    "花节" => Event,
    "果节" => Event,
    "茶节" => Event,
    "瓜节" => Event,
    "电商节" => Event,
    "购物节" => Event,
    "消费节" => Event,
    "采摘季" => Event,
    "展销会" => Event,
    // (返乡务工人员专场招聘会, 防汛抗旱工作会, 工业经济运行分析会, 竣工验收会, 重点项目观摩评议会)
    "招聘会" => Event,
    "工作会" => Event,
    "分析会" => Event,
    "评议会" => Event,
    "验收会" => Event,
    "评审会" => Event,
    "宣讲会" => Event,
    "报告会" => Event,
    "总结会" => Event,
    "启动会" => Event,
    "协调会" => Event,
    "观摩活动" => Event,
    "展销活动" => Event,
    "仪式" => Event,
    // (2025年全民义务植树活动, 重阳节志愿服务活动: an activity, an event only with what names one:
    // see detect's activity_named)
    "活动" => Event,
    // drills held on a day (防汛抢险应急演练, 消防实战演练)
    "应急演练" => Event,
    "防汛演练" => Event,
    "消防演练" => Event,
    "实战演练" => Event,
    "综合演练" => Event,
    "抢险演练" => Event,
    "救援演练" => Event,
    "疏散演练" => Event,
    // (地质灾害应急避险演练, 山洪转移演练)
    "避险演练" => Event,
    "转移演练" => Event,
    "撤离演练" => Event,
    "处置演练" => Event,
    // (重点项目集中开工活动在…举行: a day of starting or signing projects)
    "开工活动" => Event,
    "签约会" => Event,
    "签约活动" => Event,
    // (举行了招商项目集中签约: a signing of several projects, held; not 集中签约项目6个)
    "集中签约" => Event,
    "开幕式" => Event,
    "闭幕式" => Event,
    "典礼" => Event,
    "大赛" => Event,
    // (“屈乡杯”第十二届龙舟赛, 全县农民足球邀请赛, 半程马拉松: games named by their sport or kind)
    "龙舟赛" => Event,
    "足球赛" => Event,
    "排球赛" => Event,
    "拔河赛" => Event,
    "邀请赛" => Event,
    "锦标赛" => Event,
    "马拉松" => Event,
    "晚会" => Event,
    // (新兵入伍欢送会, 专题学习会, 党委议军会, 安全生产工作例会, 老兵故事会, 青年联谊会: gatherings
    // named by what they are of; not 比赛 or 竞赛, which annotators take for the larger event's part)
    "欢送会" => Event,
    "学习会" => Event,
    "议军会" => Event,
    "例会" => Event,
    "故事会" => Event,
    "联谊会" => Event,
    "茶话会" => Event,
    // (“三石村晚”, 柳溪村村晚: a village's evening gala)
    "村晚" => Event,
];

/// The kind an event's name ends with (…板栗文化旅游节 → 旅游节): the longest event suffix of
/// `min_chars` characters or more that `name` ends with.
pub fn event_kind(name: &str, min_chars: usize) -> Option<&'static str> {
    // (the events' suffixes and their lengths in characters, gathered once: this is asked of
    // every event mention)
    static EVENTS: LazyLock<Vec<(&'static str, usize)>> = LazyLock::new(|| SUFFIXES.iter().filter(|s| s.class == Class::Event).map(|s| (s.text, s.text.chars().count())).collect());
    EVENTS.iter().filter(|&&(t, n)| n >= min_chars && name.ends_with(t)).map(|&(t, _)| t).max_by_key(|t| t.len())
}

/// How many events `names` speak of, where a name that ends another (旅游节 of 青禾镇旅游节) is
/// the same event said shorter: those not ending a longer one.
pub fn distinct_events(names: &[&str]) -> usize {
    names.iter().filter(|n| !names.iter().any(|m| m.len() > n.len() && m.ends_with(**n))).count()
}

/// Words that, right after a quoted name, say it names an initiative (“红盟”建设,
/// “容缺受理”服务机制); longest first. The bool says whether the word is part of the
/// name when the quoted part alone is too short to stand (“532”发展战略).
pub const INITIATIVE_KIND_WORDS: &[&str] = &[
    "发展战略", "战略", "专项行动", "行动计划", "三年行动", "提升行动", "行动", "计划", "共建模式",
    "治理模式", "服务模式", "工作模式", "模式", "服务机制", "工作机制", "长效机制", "机制", "制度", "治理体系",
    "服务体系", "工作体系", "体系", "服务品牌", "党建品牌", "品牌", "改革", "建设", "试点", "主题活动",
    "实践活动", "专项活动", "活动", "工作法", "治理法", "工程", "工作室", "理念", "工作", "平台",
    "攻坚战", "创建", "示范区", "示范点", "服务", "审批", "经济", "工程项目", "项目",
    // (of a reform, a business, a tourism offer, a pledge: “两级政府、三级管理”体制)
    "管理体制", "体制", "新业态", "业态", "旅游线路", "线路", "承诺",
    // (“一件事一次办”“承诺即入制”等改革举措)
    "举措",
];

/// Of [`KNOWN_PROGRAMMES`], ways of serving that reports also write as what is done (全程代办
/// 立项、环评): programmes only when quoted or named with their kind (全程代办服务, 帮办代办制度).
pub const SERVING_PROGRAMMES: &[&str] = &["全程代办", "帮办代办"];

/// Programmes the whole country runs under one name, written with or without quotes
/// (网格化管理, 积分制, 家庭医生签约服务, 时间银行): kinds of local work that reports name
/// as the programme a place carries out. Not the goals every report names (乡村振兴,
/// 营商环境, 党建引领) nor the centres named after one (新时代文明实践中心).
pub const KNOWN_PROGRAMMES: &[&str] = &[
    "网格化管理", "网格化服务管理", "网格化监管", "积分制管理", "积分制", "乡村治理积分制", "积分超市", "爱心超市",
    "爱心积分超市", "文明积分超市", "积分银行", "家庭医生签约服务", "时间银行", "红色物业", "医养结合",
    "十星级文明户", "公建民营", "一村一品", "四议两公开", "枫桥经验", "接诉即办", "帮办代办", "全程代办",
    "河长制", "林长制", "田长制", "路长制", "河湖长制", "河（湖）长制", "村庄清洁行动", "民生实事项目人大代表票决制",
    "民生实事项目代表票决制", "人大代表票决制",
    // (campaigns and ways of work reports name bare: 美丽庭院创建, 春风行动, 三会一课, 放管服改革)
    "美丽庭院", "春风行动", "三会一课", "主题党日", "放管服", "双向进入、交叉任职", "三张清单", "庭院经济",
    "厕所革命", "以工代训", "门前三包",
    // (the national health campaign every village's 卫生村 work belongs to: all six reports of
    // sets 193-198 that name it annotate it)
    "爱国卫生运动",
    // (culture taken to villages, credit granted to whole villages and its loans, a village's
    // own rules, households rated by stars: annotated in the reports of sets 127-132 that name them)
    "送戏下乡", "整村授信", "惠农贷", "村规民约", "星级文明户",
    // (a village's books kept by the township: the national rule for villages' collective money,
    // named bare in reports on 农村“三资”管理)
    "村账镇管", "村账镇代管", "村财镇管",
    // (a county's medical community, which every report naming it has annotated: 依托紧密型县域
    // 医共体建设, 作为…县人民医院牵头的县域医共体成员单位)
    "紧密型县域医共体", "县域紧密型医共体", "县域医共体", "紧密型医共体", "旗域医共体", "医共体",
    // (a CPPCC's consultation brand, a people's congress's monthly topic, the watch against
    // falling back into poverty, a county's counter for firms, the goal of villages fit to live
    // and work in: annotated in every report of sets 25-78 that names them)
    "有事好商量", "每月一题", "防止返贫动态监测和帮扶机制", "企业服务专窗", "宜居宜业和美乡村", "和美乡村",
    // (“组团式”帮扶 of doctors and teachers sent to a county; the sweep of hazards before the
    // flood season: annotated in every report of sets 25-78 that names them)
    "组团式帮扶", "组团式", "汛前安全隐患大排查", "汛前隐患大排查",
    // (Xinjiang's pairing of cadres and families; grid governance as grid management: every
    // report of sets 25-78 that names them annotates them)
    "民族团结一家亲", "网格化治理",
    // (the health commission's campaign for clinics; a congress's day for meeting voters)
    "优质服务基层行", "人大代表接待日", "代表接待日",
    // (the farmland works every county runs, said bare: 实施高标准农田建设项目 — a project)
    "高标准农田建设项目",
    // (rankings of villages and their prizes, and the work ranked: 红黑榜, 流动红旗, 农村人居环境整治 —
    // 12 of 13, 6 of 6 and 10 of 13 reports that write them list them so)
    "红黑榜", "流动红旗", "农村人居环境整治",
    // (pairings across provinces and the ways of work they bring, and approvals and mediation
    // named bare: 东西部协作, 闽宁协作, 消费帮扶, 拿地即开工, 警调对接)
    "东西部协作", "闽宁协作", "沪滇协作", "粤桂协作", "浙川协作", "鲁渝协作", "京蒙协作", "苏陕协作", "津甘协作",
    "结对共建", "消费帮扶", "拿地即开工", "警调对接", "诉调对接", "访调对接", "法律明白人",
];

/// Suffixes of homes, workshops and stations named by the place they serve (金龙村儿童之家,
/// 横樟村共富工坊, 柳溪镇阳光家园): a name ending so is one only with a place written before it,
/// and quoted alone (“共富工坊”) it is a programme.
pub const PLACED_KINDS: [&str; 7] = ["儿童之家", "妇女之家", "青年之家", "职工之家", "阳光家园", "康复站", "工坊"];

/// Suffixes that make a (quoted or listed) name an initiative by themselves.
pub const INITIATIVE_SUFFIXES: &[&str] = &[
    "战略", "行动", "计划", "模式", "机制", "制度", "体系", "品牌", "改革", "工作法", "治理法",
    "党建", "议事厅", "议事会", "驿站", "之家", "课堂", "讲堂", "书屋", "服务站", "工作站", "平台",
    "网格", "联盟", "共同体", "示范区", "先行区", "管家", "工程", "手册", "清单", "文化",
    // the chief systems (河长制, 林长制, 街长制) and responsibility systems
    "长制", "责任制",
    // (“积分制”, “承诺即入制”: a system of its own; “15分钟便民生活圈”; “妈妈岗”, “党员先锋岗”)
    "制", "生活圈", "服务圈", "岗",
];

/// Head nouns of an enumeration that give its items a class (A、B、C等服务品牌).
pub const LIST_HEADS: &[(&str, Class)] = &[
    ("重大项目", Class::Project),
    ("重点项目", Class::Project),
    ("项目", Class::Project),
    ("品牌", Class::Initiative),
    ("服务品牌", Class::Initiative),
    ("党建品牌", Class::Initiative),
    ("特色品牌", Class::Initiative),
    ("行动", Class::Initiative),
    ("举措", Class::Initiative),
    ("机制", Class::Initiative),
    ("制度", Class::Initiative),
    ("模式", Class::Initiative),
    ("企业", Class::Company),
    ("社区", Class::Community),
    ("村", Class::Community),
];

/// Posts, longest first. The first field is the post as written, the second the role
/// that becomes the post's label.
pub const POSTS: &[(&str, &str)] = &[
    ("党工委书记", "书记"),
    ("党总支书记", "书记"),
    ("党支部书记", "书记"),
    ("党委副书记", "副书记"),
    ("党委书记", "书记"),
    ("第一书记", "第一书记"),
    ("总书记", "总书记"),
    ("村党支书", "支书"),
    ("党支书", "支书"),
    ("村支书", "支书"),
    ("支书", "支书"),
    ("副总理", "副总理"),
    ("总理", "总理"),
    ("委员长", "委员长"),
    ("副书记", "副书记"),
    ("书记", "书记"),
    ("副主任", "副主任"),
    ("主任", "主任"),
    ("副镇长", "副镇长"),
    ("镇长", "镇长"),
    ("副乡长", "副乡长"),
    ("乡长", "乡长"),
    ("副区长", "副区长"),
    ("区长", "区长"),
    ("副县长", "副县长"),
    ("县长", "县长"),
    // Inner Mongolia's banner, township (苏木) and village (嘎查) heads
    ("副旗长", "副旗长"),
    ("旗长", "旗长"),
    ("苏木达", "苏木达"),
    ("嘎查达", "嘎查达"),
    ("副市长", "副市长"),
    ("市长", "市长"),
    ("副省长", "副省长"),
    ("省长", "省长"),
    ("副局长", "副局长"),
    ("局长", "局长"),
    ("处长", "处长"),
    ("科长", "科长"),
    // (县民政局社会事务股股长: the head of a county bureau's section, 股)
    ("股长", "股长"),
    ("所长", "所长"),
    ("站长", "站长"),
    ("院长", "院长"),
    ("校长", "校长"),
    ("园长", "园长"),
    ("馆长", "馆长"),
    ("社长", "社长"),
    ("村长", "村长"),
    ("组长", "组长"),
    // the heads of a flood or emergency headquarters (防汛抗旱指挥部指挥长)
    ("副总指挥", "副总指挥"),
    ("总指挥", "总指挥"),
    ("副指挥长", "副指挥长"),
    ("指挥长", "指挥长"),
    // (交警塘蓬中队中队长, 消防救援大队大队长: a squad's head, said with its kind)
    ("中队长", "中队长"),
    ("大队长", "大队长"),
    ("队长", "队长"),
    ("副主席", "副主席"),
    ("主席", "主席"),
    ("董事长", "董事长"),
    ("总经理", "总经理"),
    ("副总经理", "副总经理"),
    ("项目经理", "项目经理"),
    // (a supervising firm's chief engineer, named in project notices)
    ("总监理工程师", "总监理工程师"),
    // civil servants' ranks held in a body (州农业农村局二级调研员罗世平)
    ("一级调研员", "一级调研员"),
    ("二级调研员", "二级调研员"),
    ("三级调研员", "三级调研员"),
    ("四级调研员", "四级调研员"),
    ("调研员", "调研员"),
    ("总工程师", "总工程师"),
    ("经理", "经理"),
    ("总裁", "总裁"),
    ("行长", "行长"),
    ("总监", "总监"),
    ("常委", "常委"),
    ("负责人", "负责人"),
    ("创始人", "创始人"),
    ("理事长", "理事长"),
    ("会长", "会长"),
    ("秘书长", "秘书长"),
    // (服务社总干事殷洁: a social-work agency's or a society's secretary-general)
    ("总干事", "总干事"),
    ("部长", "部长"),
    ("主任委员", "主任委员"),
    ("委员", "委员"),
    // a deputy of a congress, held in the congress of the level or place before it
    // (县人大代表陈清标, 岵山镇人大代表宋金水; 人大代表 said alone is a descriptor)
    ("人大代表", "代表"),
    ("网格员", "网格员"),
    // (驻站社工訾明浩: a social worker of a township's social-work station)
    ("社工", "社工"),
    // river chiefs of the 河长制 (县级总河长, 村级河长)
    ("总河长", "总河长"),
    ("河长", "河长"),
    // and forest chiefs of the 林长制 (镇级总林长, 村级林长)
    ("总林长", "总林长"),
    ("林长", "林长"),
    // and field chiefs of the 田长制 (镇级总田长, 村级田长)
    ("总田长", "总田长"),
    ("田长", "田长"),
    ("院士", "院士"),
    // a procuratorate's chief and its prosecutors (县人民检察院检察长, 第四检察部检察官), a court's
    // judges and the head of its tribunal
    ("副检察长", "副检察长"),
    ("检察长", "检察长"),
    ("检察官助理", "检察官助理"),
    ("检察官", "检察官"),
    ("副庭长", "副庭长"),
    ("庭长", "庭长"),
    ("法官", "法官"),
    ("宣传委员", "宣传委员"),
    ("组织委员", "组织委员"),
    // deputies of the heads above (the matcher takes the longest post written)
    ("副部长", "副部长"),
    ("副处长", "副处长"),
    ("副科长", "副科长"),
    ("副股长", "副股长"),
    ("副所长", "副所长"),
    ("副站长", "副站长"),
    ("副院长", "副院长"),
    ("副校长", "副校长"),
    ("副社长", "副社长"),
    ("副村长", "副村长"),
    ("副组长", "副组长"),
    ("副队长", "副队长"),
    ("副会长", "副会长"),
    ("副秘书长", "副秘书长"),
    ("副董事长", "副董事长"),
    ("副总裁", "副总裁"),
    ("副行长", "副行长"),
    ("副理事长", "副理事长"),
    ("副总河长", "副总河长"),
    ("副总林长", "副总林长"),
    ("副总田长", "副总田长"),
];

/// Common surnames (single and double), for telling a name from a word after a post.
pub const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝赖习萧洪傅郁禹谈储井冀燕慕满宿晁鞠权逯冼庹揭朴邰屠阚蔺郜芮戈厉伏栗荆訾靖宦索茶虎郗杭亓毋仉粟帅锁拜玄苌禚籍檀郄蒯宓郏佀眭仝羊谌禤闭练辜滑留修玉";
/// Surnames too rare or too like common words to start a name anywhere (母亲, 起草, 班子, 牙齿),
/// read only right after a post (村党支部书记班玉兰, 镇党委书记起建明), where a name is due:
/// the Zhuang, Yi and Bai surnames 牙 起 矣 零 侬, the Korean 南 (南方, 南下), and rare Han ones (邴)
/// 祖 (祖国), 强 (强调, 强化), 钞 (钞票), 么 (什么), 税 (税收) and 诸 (诸多) too are words more often
/// than names; so are the Hui, Yi and Hainan surnames 喇 纳 者 普 云, and 闻 (闻讯), 富 (富有), 隆 (隆重), 伊 (伊始, 伊朗), 展 (展开, 展示).
/// 者, 普 and 闻 start a name only where they start no word of the dictionary (普遍, 闻讯), 者 not
/// as 长者 before a noun (村长|者食堂): see [`wordlike_surname`].
pub const POST_ONLY_SURNAMES: &str = "楼字海旷谌雒漆谯鄂母起班牙矣零蹇隗扈逄酆敬练璩暴弓况笪粘亢钮惠畅寿那印居盘冶杞幸撒妥邸星鄢糜郇濮罕岩植邴南侬祖强钞么税诸阴职喇阙闻沃茆隆富綦奚淦仵渠斯危湛纳云者普伊展拓望豆代茹延匡禄贲钭庾尉宣门皮晋续官计花乐丰冒肇赫寸葸竺线";

/// Of [`POST_ONLY_SURNAMES`], those that are function words or start common words more often
/// still (者, 普, 闻, 代, 豆, 延; 宣 of 宣讲, 门 of 门口, 计 of 计划, 皮, 晋, 续, 官, 花, 乐, 丰,
/// 冒; 线 of 线上), asked more of where they start a name.
pub fn wordlike_surname(c: char) -> bool {
    matches!(c, '者' | '普' | '闻' | '代' | '豆' | '延' | '宣' | '门' | '皮' | '晋' | '续' | '官' | '计' | '花' | '乐' | '丰' | '冒' | '线')
}

/// Is `c` one of the [`SURNAMES`]? (A set: asked for every name-like word.)
pub fn is_surname(c: char) -> bool {
    static SET: LazyLock<HashSet<char>> = LazyLock::new(|| SURNAMES.chars().collect());
    SET.contains(&c)
}

/// Characters that Mongolian, Tibetan and Uyghur names are written with in Chinese
/// (额尔敦, 扎西次仁, 阿不都热合曼) and Han given names seldom use: two of them in a name
/// with no Han surname mark a transliterated name.
pub const TRANSLITERATION_MARKS: &str = "尔巴格敦扎措卓玛提买热孜克斯琴娜嘎图额乌赫勒特穆罕艾阿吉布达噶尕赛桑旦次仁央姆拉木库沙吐努汗伊依默麦帕齐其苏索朗多杰登贡曲尼日塔乃亚哈德恩莫古丽夫耶娃顿才让";
/// Verbs of winning a title (…、钟木生获评先进个人, 柳溪村被评为先进集体): what is listed before them
/// is honoured.
pub const WINNING_VERBS: [&str; 3] = ["获评", "被评为", "荣获"];

/// Other characters those names use (孟和巴雅尔, 宝音, 那顺, 白音, 才让东主, 包乌力吉, 白玛曲珍;
/// 阿卜杜, 阿不都外力, 喀迪尔, 图尔荪, 奥斯曼, 布威, 库尔班, 艾散, 居来提).
pub const TRANSLITERATION_OTHERS: &str = "什阔万叶和孟宝力音呼那顺金花青白雅西玉山江明文兰梅英秀龙林华都不合曼逊吾迪瓦旺堆确珠美泽宗钦琼坚赞普嘉增平安罗松鲁春兴荣庆胡肯森洪米拜甫素夏坦排卡来莱衣优艳凯开坎祖则肉娅妮莎萨比伯泰托铁诺苦伍呷惹更尖毛云高洛毕楞仓且海东智根藏俄南马主丹赤决边周包珍卜杜外喀荪奥威班散居";

pub fn is_transliteration_mark(c: char) -> bool {
    static SET: LazyLock<HashSet<char>> = LazyLock::new(|| TRANSLITERATION_MARKS.chars().collect());
    SET.contains(&c)
}

pub fn is_transliteration_char(c: char) -> bool {
    static SET: LazyLock<HashSet<char>> = LazyLock::new(|| TRANSLITERATION_MARKS.chars().chain(TRANSLITERATION_OTHERS.chars()).collect());
    SET.contains(&c)
}

/// Yi family (clan) names of Liangshan, written in Chinese before a two-character given name
/// (吉克阿牛, 沙马阿且, 阿说木呷): a name's first two characters that jieba reads as places or
/// verbs.
pub const YI_CLANS: &[&str] = &[
    "吉克", "沙马", "沙玛", "海来", "阿说", "俄木", "阿苏", "吉伍", "阿苦", "曲比", "马海", "曲木", "阿西", "吉木", "勒古", "阿的", "阿洛", "瓦扎", "阿约", "俄底",
    "吉史", "果基", "罗洪", "比补", "阿鲁", "吉觉", "巫木", "俄地",
];

/// Kinds of local bodies a sentence or clause may open with, speaking of the last body of
/// that kind the text named (卫生院还为…提供, 合作社去年销售额…, 派出所还在…设立, 服务站按照…):
/// what the figures and the relations stages both read this way.
pub const LOCAL_BODY_KINDS: &[&str] = &[
    "合作社", "车队", "团队", "协会", "医院", "学校", "工厂", "基地", "园区", "集团", "中心", "产业园", "卫生院", "幼儿园", "敬老院", "养老院", "服务队",
    "理事会", "服务站", "工作站", "商会", "联盟", "社区", "法庭",
    "幸福院", "福利院", "卫生室", "小学", "中学",
    "工作室", "司法所", "派出所", "驿站", "食堂",
    // (全年联络站（点）共开展…, 示范园由…经营，总面积…, 工坊今年销售额…, 家园目前托养…)
    "联络站", "示范园", "工坊", "家园",
];

pub const DOUBLE_SURNAMES: &[&str] = &["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "赫连", "呼延", "端木", "澹台", "南宫", "独孤", "拓跋", "闻人", "公冶", "公羊", "申屠", "万俟", "左丘", "漆雕", "钟离", "太史", "东郭", "西门"];

/// The local departments and mass organisations news names both in full and by their short
/// forms (县住房和城乡建设局 … 县住建局, 昭觉县妇女联合会 … 县妇联): each full or short ending with
/// the one short form both stand for. [`department_key`] reads them.
const DEPARTMENT_FORMS: &[(&str, &str)] = &[
    ("住房和城乡建设局", "住建局"), ("住房城乡建设局", "住建局"), ("住房和城乡建设委员会", "住建委"),
    ("人力资源和社会保障局", "人社局"), ("人力资源社会保障局", "人社局"),
    ("卫生健康局", "卫健局"), ("卫生和健康局", "卫健局"), ("卫生健康委员会", "卫健委"), ("卫生健康委", "卫健委"),
    ("市场监督管理局", "市场监管局"), ("市场监督管理所", "市场监管所"), ("医疗保障局", "医保局"),
    ("工业和信息化局", "工信局"), ("经济和信息化局", "经信局"), ("退役军人事务局", "退役军人局"),
    ("文化体育和旅游局", "文旅局"), ("文化和旅游局", "文旅局"), ("文化广电和旅游局", "文旅局"),
    ("文化广电体育和旅游局", "文旅局"), ("文化旅游局", "文旅局"), ("文体旅局", "文旅局"), ("文广旅局", "文旅局"),
    ("文广体旅局", "文旅局"), ("文化广电旅游局", "文旅局"),
    ("发展和改革局", "发改局"), ("发展改革局", "发改局"), ("发展和改革委员会", "发改委"), ("发展改革委", "发改委"),
    ("自然资源和规划局", "自然资源局"), ("资规局", "自然资源局"), ("科学技术局", "科技局"),
    ("教育和体育局", "教体局"), ("教育体育局", "教体局"), ("交通运输局", "交通局"), ("民族宗教事务局", "民宗局"),
    ("城市管理综合行政执法局", "城管局"), ("城市管理和综合执法局", "城管局"), ("城市管理局", "城管局"),
    ("综合行政执法局", "综合执法局"), ("行政审批服务局", "行政审批局"), ("应急管理局", "应急局"),
    ("林业和草原局", "林草局"), ("政务服务和数据管理局", "政数局"), ("机关事务管理局", "机关事务局"),
    ("人民武装部", "人武部"), ("纪律检查委员会", "纪委"), ("监察委员会", "监委"), ("政法委员会", "政法委"),
    ("统一战线工作部", "统战部"), ("机构编制委员会办公室", "编办"), ("精神文明建设办公室", "文明办"),
    ("人民代表大会常务委员会", "人大常委会"), ("人民法院", "法院"), ("人民检察院", "检察院"),
    ("疾病预防控制中心", "疾控中心"), ("农业技术推广中心", "农技中心"), ("农技推广中心", "农技中心"),
    ("妇女联合会", "妇联"), ("残疾人联合会", "残联"), ("工商业联合会", "工商联"), ("归国华侨联合会", "侨联"),
    ("文学艺术界联合会", "文联"), ("科学技术协会", "科协"), ("供销合作社联合社", "供销社"), ("供销合作社", "供销社"),
    ("农村商业银行", "农商银行"), ("农商行", "农商银行"),
];

/// The name a local department or mass organisation goes by whichever way it is written: its
/// place (or level word) and the short form of its ending (永泰县文化体育和旅游局 and 永泰县文旅局
/// → 永泰县文旅局), or None for a name not ending so (or nothing but the ending: a place must be
/// named, 人社局 alone is any level's).
pub fn department_key(name: &str) -> Option<String> {
    // (the last characters the forms end with, asked first: most names end otherwise)
    static LAST: LazyLock<HashSet<char>> = LazyLock::new(|| DEPARTMENT_FORMS.iter().flat_map(|(full, short)| [full, short]).filter_map(|f| f.chars().last()).collect());
    if !name.chars().last().is_some_and(|c| LAST.contains(&c)) {
        return None;
    }
    DEPARTMENT_FORMS
        .iter()
        .flat_map(|&(full, short)| [(full, short), (short, short)])
        .filter(|(ending, _)| name.ends_with(ending) && name.len() > ending.len())
        .max_by_key(|(ending, _)| ending.len())
        .map(|(ending, short)| format!("{}{short}", &name[..name.len() - ending.len()]))
}

/// The central bodies news names without a place (农业农村部, 国家发改委), as written and
/// by their full names: the State Council's ministries, commissions and administrations,
/// the party's central departments, the courts and the national mass organisations.
/// jieba knows some of them as organisations' names; this list holds the newer and the
/// short forms too.
pub const CENTRAL_BODIES: &[(&str, &str)] = &[
    ("外交部", "外交部"), ("国防部", "国防部"), ("国家发展和改革委员会", "国家发展和改革委员会"),
    ("国家发展改革委", "国家发展和改革委员会"), ("国家发改委", "国家发展和改革委员会"), ("教育部", "教育部"),
    ("科学技术部", "科学技术部"), ("科技部", "科学技术部"), ("工业和信息化部", "工业和信息化部"),
    ("工信部", "工业和信息化部"), ("国家民委", "国家民族事务委员会"), ("国家民族事务委员会", "国家民族事务委员会"),
    ("公安部", "公安部"), ("国家安全部", "国家安全部"), ("民政部", "民政部"), ("司法部", "司法部"), ("财政部", "财政部"),
    ("人力资源和社会保障部", "人力资源和社会保障部"), ("人力资源社会保障部", "人力资源和社会保障部"),
    ("人社部", "人力资源和社会保障部"), ("自然资源部", "自然资源部"), ("生态环境部", "生态环境部"),
    ("住房和城乡建设部", "住房和城乡建设部"), ("住房城乡建设部", "住房和城乡建设部"), ("住建部", "住房和城乡建设部"),
    ("交通运输部", "交通运输部"), ("水利部", "水利部"), ("农业农村部", "农业农村部"), ("商务部", "商务部"),
    ("文化和旅游部", "文化和旅游部"), ("文旅部", "文化和旅游部"), ("国家卫生健康委员会", "国家卫生健康委员会"),
    ("国家卫生健康委", "国家卫生健康委员会"), ("国家卫健委", "国家卫生健康委员会"), ("退役军人事务部", "退役军人事务部"),
    ("应急管理部", "应急管理部"), ("中国人民银行", "中国人民银行"), ("审计署", "审计署"), ("海关总署", "海关总署"),
    ("国务院国资委", "国务院国有资产监督管理委员会"), ("国家税务总局", "国家税务总局"),
    ("国家市场监督管理总局", "国家市场监督管理总局"), ("市场监管总局", "国家市场监督管理总局"),
    ("国家金融监督管理总局", "国家金融监督管理总局"), ("中国证监会", "中国证券监督管理委员会"), ("国家统计局", "国家统计局"),
    ("国家知识产权局", "国家知识产权局"), ("国家医保局", "国家医疗保障局"), ("国家医疗保障局", "国家医疗保障局"),
    ("国家乡村振兴局", "国家乡村振兴局"), ("国家林业和草原局", "国家林业和草原局"), ("国家林草局", "国家林业和草原局"),
    ("国家能源局", "国家能源局"), ("国家粮食和物资储备局", "国家粮食和物资储备局"), ("国家铁路局", "国家铁路局"),
    ("中国民用航空局", "中国民用航空局"), ("中国民航局", "中国民用航空局"), ("国家邮政局", "国家邮政局"),
    ("国家文物局", "国家文物局"), ("国家中医药管理局", "国家中医药管理局"), ("国家疾控局", "国家疾病预防控制局"),
    ("国家消防救援局", "国家消防救援局"), ("国家移民管理局", "国家移民管理局"), ("国家外汇管理局", "国家外汇管理局"),
    ("国家药监局", "国家药品监督管理局"), ("国家药品监督管理局", "国家药品监督管理局"), ("国家体育总局", "国家体育总局"),
    ("国家广播电视总局", "国家广播电视总局"), ("国家数据局", "国家数据局"), ("国务院办公厅", "国务院办公厅"),
    ("中央组织部", "中共中央组织部"), ("中组部", "中共中央组织部"), ("中央宣传部", "中共中央宣传部"), ("中宣部", "中共中央宣传部"),
    ("中央统战部", "中共中央统一战线工作部"), ("中央政法委", "中共中央政法委员会"), ("中央纪委", "中共中央纪律检查委员会"),
    ("中央网信办", "中央网络安全和信息化委员会办公室"), ("中央农办", "中央农村工作领导小组办公室"),
    ("最高人民法院", "最高人民法院"), ("最高人民检察院", "最高人民检察院"), ("全国人大常委会", "全国人民代表大会常务委员会"),
    ("全国政协", "中国人民政治协商会议全国委员会"), ("全国妇联", "中华全国妇女联合会"), ("全国总工会", "中华全国总工会"),
    ("中国科协", "中国科学技术协会"), ("中国作协", "中国作家协会"), ("中国文联", "中国文学艺术界联合会"),
    ("共青团中央", "共青团中央"), ("团中央", "共青团中央"),
    // bodies of earlier governments, which older reports name (1998: 人事部, 国家计委 …)
    ("人事部", "人事部"), ("劳动部", "劳动部"), ("劳动和社会保障部", "劳动和社会保障部"), ("卫生部", "卫生部"),
    ("文化部", "文化部"), ("农业部", "农业部"), ("建设部", "建设部"), ("交通部", "交通部"), ("铁道部", "铁道部"),
    ("邮电部", "邮电部"), ("信息产业部", "信息产业部"), ("林业部", "林业部"), ("国家林业局", "国家林业局"),
    ("监察部", "监察部"), ("国家计委", "国家计委"), ("国家经贸委", "国家经济贸易委员会"),
    ("国家教委", "国家教育委员会"), ("国家科委", "国家科学技术委员会"), ("国家体改委", "国家经济体制改革委员会"),
    ("国家体委", "国家体育运动委员会"), ("国家计生委", "国家计划生育委员会"), ("外经贸部", "对外贸易经济合作部"),
    ("对外贸易经济合作部", "对外贸易经济合作部"), ("电力工业部", "电力工业部"), ("电力部", "电力工业部"),
    ("煤炭工业部", "煤炭工业部"), ("机械工业部", "机械工业部"), ("冶金工业部", "冶金工业部"), ("化学工业部", "化学工业部"),
    ("地质矿产部", "地质矿产部"), ("国内贸易部", "国内贸易部"), ("广播电影电视部", "广播电影电视部"),
    ("广电部", "广播电影电视部"), ("国家土地管理局", "国家土地管理局"), ("国家环保局", "国家环境保护局"),
    ("国家环保总局", "国家环境保护总局"), ("国家旅游局", "国家旅游局"), ("国家工商总局", "国家工商行政管理总局"),
    ("国家质检总局", "国家质量监督检验检疫总局"), ("国务院扶贫办", "国务院扶贫开发领导小组办公室"),
];

/// Short names of cities that are everyday words as well (来宾 guests, 安康 well-being,
/// 日照 sunshine, 白银 silver, 阿里 the company, 大同, 长治 of 长治久安, 开封 to unseal, 海口
/// of 夸下海口, 包头, 攀枝花 the tree): jieba tagging them as nouns or verbs is no sign of
/// the city, unlike for 合肥/n, 遵义/v or 许昌/nr, which name nothing else.
pub const CITY_NAMES_ALSO_WORDS: &[&str] = &["来宾", "安康", "日照", "白银", "阿里", "大同", "长治", "开封", "海口", "包头", "攀枝花"];

/// The kinds of development zones among [`SUFFIXES`], longest first: named zones are
/// places (鸿岭经济开发区), below their county as a township is; a township's 工业集中区
/// and 产业集聚区 are parks (projects) that go by the same rules of naming.
pub const ZONE_SUFFIXES: &[&str] = &["高新技术产业开发区", "经济技术开发区", "高新技术开发区", "经济开发区", "工业集中区", "产业集聚区", "高新区", "经开区", "开发区"];

/// Does `name` name a park or zone projects lie in (曲霞镇工业集中区, 青禾镇工业园区,
/// 澄远物流园), which a project is sited in rather than one itself?
pub fn is_park(name: &str) -> bool {
    ZONE_SUFFIXES.iter().chain(&["园区", "工业园", "产业园", "科技园", "创业园", "物流园", "工业功能区"]).any(|s| name.ends_with(s))
}

/// Whose committee a place's 委员会 is when one of these opens its name (中共某县委员会,
/// 共青团某镇委员会): the party's, longest first.
pub const COMMITTEE_OWNERS: [&str; 3] = ["中国共产党", "共青团", "中共"];

/// Suffixes of a body's branch in a place, whose name starts with the body's: the words
/// that end the body's name before the place (中国邮政|云阳县|分公司, 浦城农商银行|仙阳|支行).
pub const BRANCH_SUFFIXES: &[&str] = &["分公司", "支公司", "支行", "分局"];
pub const BRANCH_PARENTS: &[&str] = &["银行", "邮政", "公司", "集团", "总局", "保险", "电信", "移动", "联通", "农商行"];

/// The zone suffix `name` ends with, if any.
pub fn zone_suffix(name: &str) -> Option<&'static str> {
    ZONE_SUFFIXES.iter().find(|s| name.ends_with(**s) && name.len() > s.len()).copied()
}

/// Words after a mountain's name that show the mountains are meant, not the division
/// named after them (大兴安岭南麓, 大别山腹地).
pub const LANDFORM_PARTS: &[&str] = &["南麓", "北麓", "东麓", "西麓", "山麓", "山脉", "脚下", "腹地", "深处", "主峰", "余脉"];

/// Does a road named after a place start at `rest` (延安|北路, 长江|路, 人民|大道)? The
/// place's name there names the road.
pub fn starts_road(rest: &str) -> bool {
    rest.starts_with('路') || ["北路", "南路", "东路", "西路", "中路", "大街", "大道"].iter().any(|r| rest.starts_with(r))
}

/// Coming upon something (正赶上|柳溪村的村晚): they end a name to their left, an event's
/// too (jieba tags some of them as nouns).
pub const COMING_UPON: &[&str] = &["正赶上", "赶上", "正值", "恰逢", "适逢", "正逢", "遇上", "碰上"];

/// Words that cannot be part of a name: a left extension stops before them.
pub const NAME_STOP_WORDS: &[&str] = &[
    // where a thing lies: 柳溪村地处|青禾镇北部 (jieba tags some of them as nouns)
    "地处", "位于", "坐落", "坐落于", "地处于", "设在", "设于", "隶属", "隶属于", "毗邻", "紧邻", "地跨", "距", "距离", "离",
    // (项目选址|茶园寺村: where a project is sited)
    "选址", "选定",
    // (新开设/n|社区托育点, 要充分发挥/n|乡镇…站作用, 把企业建到/v|产业园区, 事项交由/n|村民代表大会:
    // verbs jieba read as nouns or glued to their object's word, which start no name)
    "新开设", "新设立", "新成立", "新组建", "新开办", "充分发挥", "建到", "交由",
    // the items of an enumeration (一是…, 四是…)
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "其一", "其二", "首先", "其次",
    // deciding or preparing to do something (县里决定|建设火力发电厂, 要加大|…工程推进力度)
    "决定", "加大", "准备", "打算", "同意", "批准", "要求",
    // (大会选举产生/n|村务监督委员会成员: what an election yields, jieba's noun)
    "产生", "选举产生", "选出",
    // (那文博高票当选/n|居委会主任, 富丽/娜|当选|妇联主席: being elected to a body's post)
    "当选", "高票当选", "全票当选", "当选为",
    // (参赛/v|村篮球队: taking part in the games, before the teams' kind)
    "参赛",
    // striving for, planning and adjusting (力争|…生产线项目6月底前开工, 谋划|山底村…, 调整|…指挥部)
    "力争", "谋划", "调整", "充实", "调整充实",
    // announcing and speaking (区委书记高振宇宣布|项目开工)
    "宣布", "宣告", "致辞", "讲话",
    // passing through a place (清水河流经|社区)
    "流经", "途经", "穿过", "贯穿", "横穿",
    // a dateline before the first name of a report (本报讯湖北凯乐集团公司)
    "本报讯", "讯", "电讯", "消息",
    "的", "了", "在", "和", "与", "及", "以及", "或", "等", "是", "为", "将", "对", "把", "向", "从", "以",
    "由", "被", "让", "给", "于", "其中", "目前", "全力", "积极", "推进", "推动", "打造", "加快", "加强",
    "深化", "实施", "开展", "启动", "完成", "实现", "围绕", "依托", "通过", "借助", "携", "参加", "参与",
    "召开", "举行", "举办", "出席", "组织", "签约", "签订", "签署", "落户", "招引", "引进", "引导", "建成", "投用", "投产",
    "今年", "去年", "明年", "近年来", "今后", "日前", "近日", "当前", "现有", "该", "这", "那", "其",
    "各", "每", "本", "我", "全", "这是", "那是", "这里", "作为", "成为", "形成", "探索", "还", "也", "都", "又", "并", "即",
    "新建", "建有", "拥有", "位于", "所在", "所在地", "旗下", "其他", "其它", "一批", "一大批", "一系列", "多个", "一个", "一些",
    // administrative verbs that jieba often tags as nouns
    "办理", "审批", "管理", "申报", "备案", "登记", "受理", "服务", "帮助", "协调", "解决", "支持", "做好",
    "抓", "谋", "对接", "跟踪", "上报", "汇总", "进行", "确保", "提供",
    // verbs of supporting and leading, whose object may be a name (扶持|香菇种植专业合作社)
    "扶持", "帮扶", "鼓励", "带动", "带领", "牵头", "调动", "充分调动", "督促",
    // the place said as a pronoun (镇里扶持…)
    "镇里", "村里", "县里", "区里", "市里", "乡里", "省里",
    // (回到老家|枫香村: the home a person comes from, before its name)
    "老家", "家乡", "故乡", "家门口",
    // handing a thing over to a body that runs it (交由|…服务有限公司运营; 整合|…志愿服务队)
    "交由", "交给", "委托", "整合", "移交",
    // verbs of holding a post
    "曾任", "担任", "现任", "时任", "任", "系", "兼任", "原任", "历任", "先后任",
    // a leader's share of the work (分管|党建办, 联系|白雀园派出所, 协助|…)
    "分管", "联系", "协助", "协管",
    // (…村|调研|农家书屋, 检查|小区: visiting and inspecting)
    "调研", "考察", "视察", "督导", "检查", "检验",
    // meeting someone (在京会见|世界银行行长): jieba tags some as nouns
    "会见", "会晤", "接见", "会谈", "看望", "慰问",
    // going somewhere, and words jieba glues to the name after them
    "来到", "走进", "走访", "前往", "先到", "回到", "赶到", "到达", "经", "后经", "经过", "来源", "各大", "各类",
    // (…工程惠及|永胜村, 利用|闲置村小学, 有效解决|周边…: verbs jieba tags as names or nouns)
    // (not 利用, inside names: 原子能利用研究所, 循环利用行动)
    "惠及", "解决", "覆盖", "辐射",
];

/// Verbs of building a project said right after what is invested in it (投资8000万元|建设|
/// …加工项目): the sentence's verb, not the project's name; the figure before is the project's.
pub const BUILDING_AFTER_INVESTMENT: &[&str] = &["建设", "打造", "新建", "兴建", "实施", "建成", "扩建", "启动"];

/// Verbs that may stand inside a project name (武进人民医院南院扩建项目, 茂业天地改造).
pub const CONSTRUCTION_VERBS: &[&str] = &[
    "扩建", "改建", "改扩建", "改造", "新建", "迁建", "续建", "提升", "整治", "修缮", "提档", "升级", "建设",
    "开发", "治理", "修复", "更新", "美化", "亮化", "绿化", "拓宽", "延伸", "搬迁", "安置", "配套",
];

/// Kinds of physical works a 工程 is named after (…供水管网延伸工程, 水库除险加固工程): a
/// name of works without a proper name is a project when it holds one of these and ends with
/// what is done to it ([`WORKS_DONE`]), not a programme (人才培育工程, 一号工程).
pub const WORKS_OBJECTS: &[&str] = &[
    "道路", "公路", "路网", "产业路", "桥梁", "桥", "隧道", "管网", "管道", "供水", "饮水", "污水", "排水",
    "雨污", "给水", "水厂", "水库", "山塘", "堤防", "河堤", "堤坝", "堤围", "河道", "水系", "沟渠", "水渠",
    "渠道", "山洪沟", "泵站", "排涝", "防洪", "灌区", "灌溉", "农田", "电网", "线路", "燃气", "供热", "管廊",
    "厂房", "校舍", "教学楼", "宿舍楼", "门诊楼", "住院楼", "运动场", "操场", "敬老院", "卫生院", "学校",
    "幼儿园", "污水处理厂", "垃圾", "公厕", "厕所", "停车场", "广场", "公园", "湿地", "古镇", "街区", "老街",
    "小区", "场镇", "集镇", "镇区", "农贸市场", "护坡", "边坡", "滑坡", "地质灾害",
];

/// What may stand before the kind of works in the name of a 工程 (农村|饮水安全巩固提升工程,
/// 规模化|供水工程); another word there is the sentence's (科学调度|流域防洪工程).
pub const WORKS_SCOPES: &[&str] = &[
    "农村", "乡村", "城乡", "城市", "城镇", "安全", "村级", "镇级", "县域", "农业", "规模化", "高标准",
    "小型", "中型", "大型", "病险", "老旧", "应急", "生态", "水利", "标准化", "集中", "重点",
];

/// What is done to works, which ends the name of a 工程 (…巩固提升工程, …除险加固工程,
/// 农村公路安防工程, 道路白改黑工程).
pub const WORKS_DONE: &[&str] = &[
    "巩固", "加固", "硬化", "保障", "安防", "防护", "疏浚", "清淤", "铺设", "白改黑", "黑化", "提标",
    "生态修复", "修复", "改造", "提升", "延伸", "扩建", "改建", "改扩建", "新建", "迁建", "续建", "整治",
    "修缮", "提档", "升级", "建设", "治理", "拓宽", "绿化", "亮化", "美化", "维修", "新改建",
];

/// The provinces as companies' names start with them (贵州数聚未来科技有限公司).
pub const PROVINCE_SHORT_NAMES: &[&str] = &[
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西",
    "西藏", "宁夏", "新疆", "香港", "澳门",
];

/// Trades a company's name states between its trade name and its legal form
/// (华丰|机械制造|有限公司): with a trade name before them, a company's name.
pub const INDUSTRY_WORDS: &[&str] = &[
    "机械", "制造", "机械制造", "科技", "技术", "食品", "农业", "建材", "电子", "化工", "纺织", "服装", "物流", "贸易",
    "商贸", "工贸", "建设", "建筑", "能源", "新能源", "材料", "新材料", "生物", "医药", "环保", "信息", "网络", "实业",
    "投资", "发展", "置业", "房地产", "文化", "旅游", "传媒", "电力", "汽车", "装备", "包装", "印刷", "农牧", "畜牧",
    "养殖", "种植", "果业", "茶业", "酒业", "水产", "矿业", "钢铁", "陶瓷", "家具", "智能", "数字", "软件", "电气",
    "光电", "半导体", "精密", "工程", "供应链", "餐饮", "酒店", "乳业", "制药", "新能", "集团",
    "物业", "服务", "管理", "咨询", "物业服务", "物业管理", "园林", "绿化", "汽配",
];

/// How an event is held, not which it is (专场招聘会, 线下招聘会, 首场报告会): generic
/// words, asked with [`GENERIC_MODIFIERS`], that name no event even when it is held
/// (举办线下专场招聘会).
pub const EVENT_MANNERS: &[&str] = &["专场", "线下", "线上", "首场", "现场", "专题"];

/// Modifiers that do not make a name specific: a name made only of these (plus a
/// level word such as 区/镇) is a common noun phrase, not a name (重大项目, 区重点项目).
pub const GENERIC_MODIFIERS: &[&str] = &[
    "重大", "重点", "一批", "新", "老", "该", "普通", "这", "这些", "本", "各", "全", "有关", "相关", "其他",
    "其它", "多个", "一些", "大型", "主要", "首个", "建设", "招商", "在建", "新建", "续建", "拟建", "已建",
    // what a town's headline does for its projects (聚力项目攻坚), not what they are
    "聚力", "发力", "助力", "赋能", "攻坚",
    "签约", "开工", "竣工", "投产", "产业", "民生", "基础设施", "社会", "服务", "综合", "市级", "省级",
    "区级", "县级", "镇级", "国家级", "示范", "优质", "重要", "全部", "所有", "年度", "今年", "去年",
    "明年", "现有", "部分", "个别", "少数", "多数", "大部分", "每个", "整个", "基层", "党建", "社区", "村级", "城市", "农村", "乡村",
    "招引", "落地", "备案", "审批", "工业", "农业", "商业", "科技", "文化", "旅游", "生态", "环境",
    "民营", "中小", "规上", "高新技术", "高新", "龙头", "骨干", "优势", "特色", "专业", "物业", "业主",
    "居民", "群众", "党员", "志愿", "志愿者", "网格", "治理", "发展", "经济", "政府", "部门", "单位",
    "企业", "公共", "医疗", "卫生", "教育", "人才", "先进", "典型", "工作", "主题", "专项", "系列",
    "省", "市", "区", "县", "镇", "乡", "街道", "村", "上级", "下级", "本级", "两个", "三个", "多",
    "一", "二", "三", "两", "几", "个", "大", "小", "好", "上述", "以上", "以下", "合作", "联合",
    // (全市新上市公司: listed companies in general)
    "上市", "挂牌",
    "招商引资", "实验", "中心", "提标", "提标改造", "改造", "扩建", "新建", "民心", "惠民", "为民", "便民",
    "一批", "各类", "各项", "首批", "第一批", "试点", "示范性", "标志性", "引领性", "全市", "全区", "全县",
    "全镇", "全省", "二期", "一期", "三期", "四期", "水利",
    // kinds of industry a town signs projects of (签约文旅项目3个)
    "文旅", "农文旅", "康养", "农旅",
    // the time of a post (原村党支部, 现任村党支部书记), and 全国 of a title
    "全国", "原", "现任", "时任", "原任", "前任",
    // how long a programme runs, which names none alone (三年行动, 百日攻坚)
    "三年", "五年", "两年", "十年", "百日", "百天",
    // kinds of schools (唯一一所九年一贯制学校, 寄宿制学校, 公办幼儿园)
    "九年一贯制", "一贯制", "十二年一贯制", "寄宿制", "九年制", "完全", "公办", "民办", "唯一",
    // ranks of bodies and cadres (县、局级党委)
    "局级", "处级", "科级", "厅级", "部级", "县处级", "乡科级", "县团级",
    // grades of hospitals (一级甲等乡镇卫生院, 二级乙等医院)
    "甲等", "乙等", "丙等", "一级", "二级", "三级",
];

/// Who a volunteer team serves or is made of (青年志愿服务队, 巾帼志愿服务队, 党员志愿服务队):
/// kinds of teams every place has; a team named by other words (夕阳红助老志愿服务队, 红马甲
/// 志愿服务总队) is one team.
pub const VOLUNTEER_KINDS: &[&str] = &[
    "青年", "巾帼", "党员", "医疗", "法律", "文艺", "助老", "敬老", "红领巾", "少年", "老年", "退役军人", "科技", "卫生",
    "健康", "环保", "应急", "平安", "文明", "爱心", "学雷锋", "青少年", "大学生", "巡河", "护河", "护林", "禁毒", "扶贫",
    "助残", "关爱", "理论", "宣讲", "义诊", "便民", "网格", "社区", "村", "镇", "乡", "县", "区", "市", "街道", "新时代",
    "文明实践", "医疗健康", "平安守护", "志愿者", "专业", "党员先锋", "先锋",
];

/// Words that make a place name a kind of place (25个边境县, 贫困村, 软弱涣散村), with the
/// [`GENERIC_MODIFIERS`]. Only place names: “美丽乡村” may still name an initiative.
pub const PLACE_KIND_MODIFIERS: &[&str] =
    &["边境", "贫困", "脱贫", "后进", "软弱涣散", "空心", "宜居", "和美", "美丽", "富裕", "小康", "模范", "样板", "明星",
        // (双拥模范乡: the title of supporting the army and its families)
        "双拥",
        // 小山村, 偏远渔村, 古村: what a village is like, said of any village
        "小", "山", "渔", "偏远", "古", "传统", "特色", "重灾", "受灾", "试点",
        // how poor it was (特困村, 经济落后村, 欠发达村)
        "特困", "落后", "经济落后", "欠发达", "薄弱",
        // kinds of residential compounds (老旧小区, 无物业小区, 安置小区) and their titles (平安小区)
        "老旧", "老", "旧", "住宅", "商品房", "安置", "保障房", "保障性住房", "棚改", "回迁", "拆迁", "封闭式", "开放式",
        "无物业", "弃管", "物业", "高档", "城镇", "平安", "文明", "绿色", "智慧", "星级", "红色", "无讼", "零发案",
        "老楼", "楼院", "居住", "居民", "标杆",
        // (普查小区45个: a census block; 信用村, 信用嘎查: a village rated for credit, any village;
        // 上届村“两委”, 新任村党支部书记: the term, not a village's name)
        "普查", "信用", "上届", "本届", "新一届", "新任", "连任",
        // (利用闲置村小学, 周边黄庄村: an idle village school; the villages around)
        "闲置", "周边", "附近", "邻近",
        // (利用闲置村…: a verb before them is no village's name either)
        "利用"];

/// A verb or particle and 村 as one word (包村, 驻村, 强村, 等村): no village's name.
pub const VILLAGE_VERBS: &[&str] = &["包村", "驻村", "进村", "入村", "到村", "强村", "兴村", "富村", "下村", "回村", "留村", "出村", "离村", "联村", "等村", "各村", "每村", "全村", "该村", "本村", "此村", "整村"];

/// The labels of the units a project notice (公示) lists before a colon (建设单位：…): each
/// unit undertakes the project.
pub const NOTICE_UNITS: &[&str] =
    &["建设单位", "施工单位", "设计单位", "监理单位", "勘察单位", "代建单位", "实施单位", "实施主体", "承建单位", "业主单位", "项目业主", "运维单位", "管护单位", "运营单位"];

/// The labels of where a project notice's project lies (建设地点：青禾镇柳溪村).
pub const NOTICE_SITES: &[&str] = &["建设地点", "项目地点", "实施地点", "项目选址", "建设地址"];

/// Verbs of holding a meeting, which the meeting's name follows (召开党建工作会议).
pub const HOLDING_VERBS: &[&str] = &["召开", "举行", "举办", "组织召开", "主持召开", "隆重召开", "隆重举行", "开展", "组织开展", "承办", "主办", "协办", "联合举办"];

/// Bodies a village or community has, said without its name (村委会主任, 党支部书记), and
/// the level word they stand for: '村' the village, '社' the community last named.
pub const BARE_LOCAL_BODIES: &[(&str, char)] = &[("村委会", '村'), ("居委会", '社'), ("党支部", '村'), ("党总支", '村')];

/// Words for what a person is, after which the text gives a name (村民马连凯, 贫困户吴德顺):
/// not posts (those are [`POSTS`]), and not reporters (who are not what a report is about).
pub const PERSON_DESCRIPTORS: &[&str] = &[
    "村民", "农民", "居民", "市民", "贫困户", "脱贫户", "党员", "老党员", "创业者", "种植户", "养殖户",
    "种粮大户", "志愿者", "网格员", "村医", "乡村医生", "老支书", "退役军人", "乡贤", "返乡青年", "人大代表",
    "大学生村官", "致富带头人", "户主", "业主", "技术员", "农技员", "工人", "职工", "企业家", "负责人",
    "老人", "村干部", "茶农", "果农", "菜农", "渔民", "牧民", "苗农", "个体户",
    "妇女", "客商", "专家", "院士", "科研人员", "教师", "医生", "民警", "辅警", "律师",
    // (副教授仉文静, 首席专家冉文斌: academic ranks and a station's chief expert)
    "副教授", "首席专家", "副研究员", "助理研究员", "讲师", "博士", "研究生",
    // occupations written before a name (作家周立波, 管理员卜雪斌)
    "作家", "画家", "诗人", "艺术家", "教授", "研究员", "工程师", "管理员", "讲解员", "驾驶员", "司机",
    "厨师", "护士", "快递员", "外卖员", "演员", "运动员", "消防员", "飞行员", "船员", "村民代表",
    "军人", "退伍军人", "复员军人", "转业军人", "老兵", "老师", "护林员", "保洁员", "调解员",
    "社工", "社区工作者", "邮递员", "乡邮员", "手艺人", "传承人", "非遗传承人", "店主", "主播", "和事佬",
    // offices held by election or by being sent (人大代表梁倩娟, 带头人唐胜忠, 乡干部曾洋生)
    "人大代表", "党代表", "政协委员", "带头人", "乡干部", "镇干部", "驻村干部", "姑娘", "小伙",
    // kin named after the person the text is about (爱人杨秀梅、儿媳杨波)
    "爱人", "妻子", "丈夫", "老伴", "儿子", "女儿", "儿媳", "女婿", "父亲", "母亲", "孙子", "孙女",
    "哥哥", "姐姐", "弟弟", "妹妹",
    // who a person is at an event or in a place (家长代表杨春梅, 参赛选手符秀兰)
    "家长代表", "企业代表", "群众代表", "参赛选手", "村民小组长",
    // those a body sends to serve enterprises or villages (企业服务专员林巧燕, 科技特派员邱文华)
    "专员", "服务专员", "特派员", "科技特派员", "指导员", "联络员", "信息员", "宣传员",
    // (种植大户税永兵, 主治医师萨仁高娃, 医师罗金凤)
    "种植大户", "养殖大户", "医师", "主治医师", "全科医生", "家庭医生", "中医师", "药师",
    // crafts and trades of the countryside (绣娘萨仁其其格, 银匠潘仕林, 学员杨昌贤)
    "绣娘", "银匠", "匠人", "艺人", "手工艺人", "学员", "新农人", "带货主播", "电商主播", "学生代表", "受助学生",
    // (民宿主人泽仁拉姆, 老板韦秀妹, 邻居张福来, 独居老人马志福, 返乡创业青年富佳慧: who keeps a
    // house or shop, who lives next door or alone, who came back to start a business)
    "主人", "老板", "老板娘", "掌柜", "经营者", "邻居", "独居老人", "空巢老人", "留守老人", "创业青年", "返乡创业青年",
    // (帮办代办员吕春燕, 年轻妈妈程雅丽, 安全员…: who runs errands for residents at a service
    // station, who speaks for the young families served, who watches over a place)
    "代办员", "帮办员", "帮办代办员", "年轻妈妈", "宝妈", "安全员", "巡查员", "监督员", "协管员", "巡河员", "护河员",
];

/// Words for what a person is that also stand before other words (代表全中国, 青年齐聚,
/// 干部群众): a name after them only when jieba knows it for a person's (干部罗晓燕).
/// (主人|宁静的心绪, 邻居|吴家: 主人, 老板 and 邻居 too, said of things and families)
pub const WEAK_PERSON_DESCRIPTORS: &[&str] = &["干部", "代表", "家长", "选手", "学生", "大学生", "青年", "主人", "老板", "邻居"];

/// Words that begin with a division or community suffix character but are words of their
/// own, so the character is not a name's suffix there: 苗木市场 is no 苗木市, 广大市民 no
/// 广大市, 西村村民 no 西村村, 美丽乡村 no 美丽乡. (Not 市区, 县城, 县域: 宿迁市区 does name 宿迁市.)
pub const WORDS_AFTER_NAMES: &[&str] = &[
    "市场", "市集", "市民", "市值", "市容", "市面", "市井", "市况", "区域", "区块", "区别", "区分", "区间", "区位",
    "乡村", "乡镇", "乡亲", "乡贤", "乡愁", "乡土", "村民", "村庄", "村落", "村镇", "村委", "村务", "村组",
];

/// What a text calls a person right after the name, or instead of it (王振华同志, 王新国老汉,
/// 吉克阿呷老人, 朱师傅): a name stops before them, and a word ending with one is no name.
pub const FORMS_OF_ADDRESS: &[&str] = &["同志", "老汉", "老人", "大爷", "大娘", "大妈", "阿姨", "大姐", "大哥", "师傅", "阿妈", "老阿妈", "老师"];

/// Common nouns that end with a class suffix but name no particular thing.
pub const COMMON_NOUNS: &[&str] = &[
    // a system that is no programme (‘家长制’, patriarchy)
    "家长制",
    // what people are called instead of their names (司机师傅, 王大姐)
    "师傅", "师父", "大姐", "大哥", "阿姨", "大爷", "大娘", "大妈", "老乡", "小伙", "姑娘",
    // words jieba's dictionary tags as names, a surname's character first (朴素/nr)
    "朴素", "朴实", "洪亮", "洪水", "燕子", "满意", "满足", "宿舍", "权力", "权利", "谈话", "储备",
    "农村", "乡村", "山村", "渔村", "新农村", "城中村", "行政村", "自然村", "全村", "该村", "本村", "各村",
    "度假村", "地球村", "奥运村", "亚运村", "民俗村", "淘宝村", "移民村", "文明村",
    "村村", "社区", "全社区", "该社区", "本社区", "各社区", "小区", "园区", "景区", "辖区", "片区", "街区",
    "校区", "城区", "市区", "新区", "郊区", "主城区", "中心城区", "老城区", "城市", "都市", "超市", "城镇",
    "乡镇", "集镇", "村镇", "小镇", "特色小镇", "全镇", "本镇", "该镇", "我镇", "各镇", "全县", "全市",
    "全区", "全省", "我区", "我市", "我县", "本市", "本区", "本县", "该区", "该县", "该市", "党委", "党支部",
    "党总支", "政府", "公司", "集团", "企业", "医院", "学校", "协会", "商会", "项目", "工程", "会议",
    "大会", "仪式", "基地", "广场", "公园", "平台", "品牌", "机制", "制度", "模式", "体系", "行动",
    "党组", "各级党委", "基层党组织", "物业公司", "有限公司", "国有企业", "民营企业", "龙头企业",
    "重大项目", "重点项目", "建设项目", "民生工程", "民生项目", "产业项目", "招商项目", "在建项目",
    "村委会", "居委会", "办公室", "委员会", "人民政府", "人大常委会", "代表大会", "常委会", "全会",
    "街道办事处", "办事处", "派出所", "大队", "中队", "纪委", "区委", "县委", "市委", "省委",
    // kinds of meetings a community or village holds, no one event (召开居民代表会议)
    "居民代表会议", "村民代表会议", "两委会议", "议事会议", "党员大会", "村民大会", "居民大会", "党员代表大会",
    // the teams every village has (驻村工作队)
    "驻村工作队", "工作队",
];

/// Words ending in a division suffix that are not divisions (园区, 城镇, 超市, 城乡 …),
/// by their last two characters.
pub const NOT_DIVISION_ENDINGS: &[&str] = &[
    "园区", "景区", "社区", "小区", "城区", "校区", "片区", "街区", "辖区", "新区", "发区", "护区", "范区", "聚区", "导区",
    "能区", "贸区", "务区", "验区", "心区", "行区", "商区", "库区", "矿区", "灾区", "域区", "展区", "业区", "游区",
    // a mountain area (武陵山区), no district
    "山区",
    "城镇", "乡镇", "集镇", "小镇", "重镇", "古镇", "名镇", "村镇", "强镇", "城市", "超市", "都市", "股市", "楼市",
    "夜市", "门市", "集市", "菜市", "上市", "城乡", "家乡", "故乡", "下乡", "返乡", "老乡", "异乡", "水乡", "之乡",
    "节省", "反省", "外省", "全省", "本省", "各省", "全县", "各县", "本县", "全市", "各市", "本市", "全区", "各区",
    "本区", "全镇", "各镇", "本镇", "全乡", "各乡", "本乡",
];

/// Words that make "X镇 / X市" a title rather than a place name (全国文明镇).
pub const TITLE_WORDS: &[&str] = &[
    "全国", "全省", "国家", "省级", "市级", "文明", "卫生", "示范", "特色", "重点", "历史文化", "名", "园林",
    "美丽", "幸福", "生态", "旅游", "森林", "宜居", "平安", "法治", "和谐", "先进", "百强", "千强", "强",
    "星级", "现代", "新型", "智慧", "数字", "产业", "工业", "农业", "经济", "文化",
];

/// One-character words that refer to the document's own division by level (全镇, 该区).
pub fn is_self_reference_prefix(c: char) -> bool {
    matches!(c, '全' | '该' | '本' | '我' | '此')
}

/// Level words that a government body or party organisation name may start with,
/// meaning "of this document's place" (镇党委, 区人大常委会, 县招商局).
pub const LEVEL_WORDS: &[&str] = &["省", "市", "区", "县", "镇", "乡", "街道"];

/// Cue words before an enumeration's first item (分别是A、B和C).
pub const LIST_CUES: &[&str] = &[
    "分别是", "分别为", "包括", "主要有", "涵盖", "包含", "如", "诸如", "有", "打造了", "推出了", "培育了",
    "建成了", "创建了", "形成了", "涌现出", "涌现了",
];

/// Verbs that tie an actor to an initiative (implements).
pub const IMPLEMENT_VERBS: &[&str] = &[
    "落实", "贯彻", "推进", "推动", "实施", "开展", "深化", "打造", "建立", "建设", "形成", "探索",
    "创新", "推行", "推广", "坚持", "加强", "完善", "构建", "启动", "创建", "培育", "做好", "配合",
];

/// Verbs that tie an actor to a project (undertakes).
pub const UNDERTAKE_VERBS: &[&str] = &[
    "招引", "引进", "签约", "落户", "开工", "建设", "实施", "推进", "投资", "承建", "打造", "携",
    "竣工", "投产", "启动", "谋划", "储备", "承接",
];

/// Verbs by which a person says something (陈海生说, 梁振华告诉记者, 黄德正介绍).
pub const SPEECH_VERBS: [&str; 7] = ["说", "表示", "介绍", "告诉", "谈到", "指出", "坦言"];

/// Verbs that say who took part in an event.
pub const PARTICIPATE_VERBS: &[&str] = &["参加", "出席", "参与", "举行", "举办", "召开", "组织", "承办", "主办", "亮相", "主持", "列席"];

/// Units of figures. Longest first; the multiplier prefixes 万/亿/千/百 are handled apart.
pub const UNITS: &[&str] = &[
    // classifiers of things counted (1500多艘渔船, 136万篓); none starts a longer unit
    "艘", "篓", "筐", "箱", "袋", "盏", "架", "份", "块", "根", "颗", "枚", "匹",
    "平方公里", "平方千米", "平方米", "立方米", "公顷", "公里", "千米", "千瓦时", "千瓦", "兆瓦", "万千瓦",
    "个百分点", "百分点", "标准箱", "人次", "户次", "件次", "辆次", "家次", "批次", "架次", "吨", "倍", "亩", "米", "元", "美元", "欧元", "家", "个", "项", "张",
    "栋", "幢", "座", "间", "套", "户", "人", "名", "位", "辆", "台套", "台", "条", "所", "处", "支", "场次", "场", "次",
    // cases and incidents (查处违法行为97起, 调处物业纠纷57宗, 远程会诊380例)
    "起", "宗", "例",
    // votes won (以812票当选, 获得35票); points scored or earned (以96.5分蝉联第一, 积分4.6万分),
    // not minutes (9时30分, 15分钟: [`crate::figures`] leaves those)
    "票", "分",
    "件", "批", "株", "棵", "头", "只", "千克", "公斤", "斤", "度", "瓦", "册", "本", "篇", "期", "轮", "种", "款", "眼", "单", "口", "毫米", "厘米",
    "%", "‰", "㎡", "m²", "km", "kg", "MW", "kW",
];

static UNIT_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(UNITS));

/// Is `w` one of the [`UNITS`]? (A set: figures ask for every word near a number.)
pub fn is_unit(w: &str) -> bool {
    UNIT_SET.contains(w)
}

/// Does one of the [`UNITS`] end with `c`?
pub fn is_unit_end(c: char) -> bool {
    static LAST: LazyLock<HashSet<char>> = LazyLock::new(|| UNITS.iter().filter_map(|u| u.chars().next_back()).collect());
    LAST.contains(&c)
}

/// Does `w` end with one of the [`UNITS`]?
pub fn ends_with_unit(w: &str) -> bool {
    // (units are at most four characters long)
    w.char_indices().rev().take(4).any(|(i, _)| UNIT_SET.contains(&w[i..]))
}

/// Units that measure time or order, never a figure about an entity (5年来, 第3次).
pub const NON_MEASURE_UNITS: &[&str] = &["年", "月", "日", "天", "号", "时", "秒", "周", "岁", "届", "次", "期", "轮"];

/// A project's phase said as one word (一期, 二期, 3期, 首期): part of the project's name
/// (京津智能装备产业园一期项目), or the phase's own project said alone (二期项目).
pub fn is_phase(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('期'), None) if c.is_ascii_digit() || "一二三四五六七八九十首".contains(c))
}

/// Does `name` end with a phase ([`is_phase`])?
pub fn ends_with_phase(name: &str) -> bool {
    name.char_indices().rev().nth(1).is_some_and(|(i, _)| is_phase(&name[i..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_department_s_full_and_short_names_share_a_key() {
        assert_eq!(department_key("永泰县文化体育和旅游局").as_deref(), Some("永泰县文旅局"));
        assert_eq!(department_key("永泰县文旅局").as_deref(), Some("永泰县文旅局"));
        assert_eq!(department_key("昭觉县妇女联合会").as_deref(), Some("昭觉县妇联"));
        assert_eq!(department_key("县人民法院").as_deref(), Some("县法院"));
        // (the longest ending decides: 城市管理综合行政执法局, not 综合行政执法局)
        assert_eq!(department_key("区城市管理综合行政执法局").as_deref(), Some("区城管局"));
        // (an ending alone names no place's department; other names have no key)
        assert_eq!(department_key("人社局"), None);
        assert_eq!(department_key("青禾镇人民政府"), None);
    }

    #[test]
    fn a_stop_verb_after_an_adverb_jieba_kept_with_it_is_a_stop_word() {
        assert!(is_stop_word("完成") && is_stop_word("顺利完成") && is_stop_word("全面推进"));
        assert!(!is_stop_word("顺利") && !is_stop_word("全面小康"));
    }
}
