using System.Text.Json.Serialization;

namespace Reports.Core.Languages;

/// <summary>
/// Everything the analyzer knows about one language, read from <c>Languages/Data/{code}.json</c>.
/// Adding a language means adding its data file, not code. Terms are lower-case; a term is one or more
/// words separated by spaces; a word ending in <c>*</c> matches any word that starts with it.
/// </summary>
public sealed class LanguageProfile
{
    /// <summary>ISO 639-1 code.</summary>
    [JsonPropertyName("code")] public string Code { get; init; } = "";

    [JsonPropertyName("name")] public string Name { get; init; } = "";

    /// <summary>Unicode scripts the language is written in (Latin, Cyrillic, Arabic).</summary>
    [JsonPropertyName("scripts")] public IReadOnlyList<string> Scripts { get; init; } = [];

    /// <summary>Frequent function words: language detection and summarisation.</summary>
    [JsonPropertyName("stopwords")] public IReadOnlyList<string> Stopwords { get; init; } = [];

    /// <summary>Letters or letter sequences that point strongly to this language (detection).</summary>
    [JsonPropertyName("markers")] public IReadOnlyList<string> Markers { get; init; } = [];

    /// <summary>
    /// Letters of this language that writers of a neighbour in the same script also type (the Arabic ي ك on a Persian
    /// writer's Arabic keyboard): a word with one is weak evidence (detection).
    /// </summary>
    [JsonPropertyName("weakMarkers")] public IReadOnlyList<string> WeakMarkers { get; init; } = [];

    /// <summary>
    /// Frequent words (news words beyond the stopwords) that the other languages of the same script do not write
    /// ("уламки" in Ukrainian, "обломки" in Russian): detection only, so the summariser and figures are untouched.
    /// </summary>
    [JsonPropertyName("detectionWords")] public IReadOnlyList<string> DetectionWords { get; init; } = [];

    /// <summary>Word beginnings the other languages of the script rarely write (see <see cref="DetectionSuffixes"/>).</summary>
    [JsonPropertyName("detectionPrefixes")] public IReadOnlyList<string> DetectionPrefixes { get; init; } = [];

    /// <summary>
    /// Word endings the other languages of the script rarely write (Russian -ой, Ukrainian -ння, Indonesian -kan, German
    /// -ung; prefixes: Indonesian me-, Arabic ال-): read only when words and letters leave a text undecided, each word
    /// holding one worth half a word. A word counts when three letters remain beside a prefix, two beside a suffix.
    /// </summary>
    [JsonPropertyName("detectionSuffixes")] public IReadOnlyList<string> DetectionSuffixes { get; init; } = [];

    /// <summary>
    /// The language's alphabet (lower case): a longer text whose words often hold other letters of the same script is
    /// in a language without a profile (Urdu's ے ں ٹ beside Persian). Empty: not checked.
    /// </summary>
    [JsonPropertyName("letters")] public string Letters { get; init; } = "";

    /// <summary>Abbreviations whose final dot does not end a sentence ("Mr.", "TP.").</summary>
    [JsonPropertyName("abbreviations")] public IReadOnlyList<string> Abbreviations { get; init; } = [];

    /// <summary>
    /// Sentence openings that point back to something said before ("The above information", "Thông tin trên", "Об
    /// этом"): such a sentence never opens a summary, whose reader has not seen what it points to.
    /// </summary>
    [JsonPropertyName("backReferences")] public IReadOnlyList<string> BackReferences { get; init; } = [];

    /// <summary>
    /// Demonstratives written after their noun ("kebijakan itu", "undang-undang tersebut", "xu thế này", "sau đó"): one
    /// among a sentence's first words (the second to the fifth, before any punctuation) makes its subject something
    /// said before ("That policy will …", "The bill was passed …"), so the sentence points back like a
    /// <see cref="BackReferences"/> opening. Only languages that write the demonstrative after the noun list them.
    /// </summary>
    [JsonPropertyName("backDemonstratives")] public IReadOnlyList<string> BackDemonstratives { get; init; } = [];

    /// <summary>
    /// Two-word phrases in which a <see cref="BackDemonstratives"/> word names the present time, not something said
    /// before ("tuần này", this week): they do not make a sentence point back.
    /// </summary>
    [JsonPropertyName("backDemonstrativeExceptions")] public IReadOnlyList<string> BackDemonstrativeExceptions { get; init; } = [];

    /// <summary>
    /// Words that put a name after them in a byline ("by", "reporting by", "oleh", "بقلم"): a first line that is one of
    /// them and a name ("By Maria Lopez, staff reporter") is not the headline (<c>Analysis/Credits.cs</c>).
    /// </summary>
    [JsonPropertyName("bylineMarkers")] public IReadOnlyList<string> BylineMarkers { get; init; } = [];

    /// <summary>
    /// Words that a colon or slash and a name follow in a photo credit or a byline ("Photo: Reuters", "Ảnh: TTXVN",
    /// "Фото: ДСНС", "عکس:", "Penulis:"; "AP Photo/…"); one of two words or more also ends a credit alone ("Getty
    /// Images"). A line ending with a credit is a photo caption: never the title, never a summary sentence.
    /// </summary>
    [JsonPropertyName("creditMarkers")] public IReadOnlyList<string> CreditMarkers { get; init; } = [];

    /// <summary>
    /// A page's furniture words ("Share on", "Facebook", "Comments", "All rights reserved", "Chia sẻ", "Bình luận",
    /// "Bagikan", "اشتراک‌گذاری"): a line made only of them (and numbers) is pasted page furniture, never a summary sentence
    /// or the title (<c>Analysis/Credits.cs</c>).
    /// </summary>
    [JsonPropertyName("furnitureWords")] public IReadOnlyList<string> FurnitureWords { get; init; } = [];

    /// <summary>How the language writes numbers.</summary>
    [JsonPropertyName("numbers")] public NumberLexicon Numbers { get; init; } = new();

    /// <summary>Qualifier words, by qualifier wire name (at_least, more_than, about, nearly, up_to).</summary>
    [JsonPropertyName("qualifiers")] public IReadOnlyDictionary<string, IReadOnlyList<string>> Qualifiers { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Words that identify figures.</summary>
    [JsonPropertyName("figures")] public FigureLexicon Figures { get; init; } = new();

    /// <summary>
    /// Words that open a place phrase in a photo caption ("di", "dari"; "ở", "tại"; "در", "از"): a short first sentence
    /// run into the body that holds one, and none of <see cref="CaptionNotWords"/>, no digit and no quotation, describes
    /// the top picture ("Warga melihat rumah yang roboh di Mamuju.", <c>Analysis/Credits.Captions.cs</c>). Languages
    /// whose tense is in the verb's ending (en, fr, de, es, ru, uk, ar) list none: a word list cannot tell "Rescuers
    /// search" from "Rescuers searched" there.
    /// </summary>
    [JsonPropertyName("captionPlaces")] public IReadOnlyList<string> CaptionPlaces { get; init; } = [];

    /// <summary>
    /// Words a photo caption does not use (tense and aspect markers, time words, reporting verbs: "telah", "akan",
    /// "kemarin", "mengatakan"; "đã", "sẽ", "hôm", "cho biết"; "شد", "گفت", "دیروز"; the weekdays count too): a
    /// sentence with one narrates, it does not describe a picture.
    /// </summary>
    [JsonPropertyName("captionNotWords")] public IReadOnlyList<string> CaptionNotWords { get; init; } = [];

    /// <summary>
    /// Words that open a photo caption and no lede ("Ilustrasi", "Tangkapan layar", "Toàn cảnh", "نمایی از", "File
    /// photo", "Symbolbild", "جانب من"), and the labels of a page's picture ("Keterangan gambar", "Image caption",
    /// "منبع تصویر"): a short first sentence run into the body that opens with one is the top picture's caption, in any
    /// language; a sentence that opens with one followed by a comma or colon is a labelled caption or credit wherever
    /// it stands (<c>Analysis/Credits.Openers.cs</c>).
    /// </summary>
    [JsonPropertyName("captionOpeners")] public IReadOnlyList<string> CaptionOpeners { get; init; } = [];

    /// <summary>
    /// Names that credit a photo (agencies and outlets: "Antara", "TTXVN", "ایرنا", "الفرنسية", "dpa", "Reuters"): in
    /// brackets at a line's end they make it a caption ("مشجعون في شوارع الدار البيضاء (الفرنسية)"), and after a credit
    /// marker's colon at a sentence's start they end the credit, so the sentence glued to it is read from the next word
    /// ("Ảnh: TTXVN Sạt lở đất …", "عکس: ایرنا قیمت دلار …") (<c>Analysis/Credits.Openers.cs</c>).
    /// </summary>
    [JsonPropertyName("creditNames")] public IReadOnlyList<string> CreditNames { get; init; } = [];

    /// <summary>
    /// The most words an unmarked photo caption (<see cref="CaptionPlaces"/>) has, 14 unless the language says: a
    /// language that writes each syllable apart counts more of them ("Lực lượng cứu hộ tìm kiếm người mất tích sau vụ
    /// sạt lở ở Lào Cai." is 16 for Vietnamese).
    /// </summary>
    [JsonPropertyName("captionMaxWords")] public int CaptionMaxWords { get; init; } = Analysis.Credits.MaxUnmarkedCaptionWords;
}

/// <summary>Number words, scales and separators of one language.</summary>
public sealed class NumberLexicon
{
    /// <summary>The decimal separator ("," in most of Europe and Vietnam, "." in English).</summary>
    [JsonPropertyName("decimalSeparator")] public string DecimalSeparator { get; init; } = ".";

    /// <summary>Characters that group thousands.</summary>
    [JsonPropertyName("thousandsSeparators")] public IReadOnlyList<string> ThousandsSeparators { get; init; } = [","];

    /// <summary>Words that add their value ("three", "mười", "belas").</summary>
    [JsonPropertyName("words")] public IReadOnlyDictionary<string, long> Words { get; init; } = new Dictionary<string, long>();

    /// <summary>Words that multiply the small number before them ("hundred", "mươi", "puluh", "dozen").</summary>
    [JsonPropertyName("multipliers")] public IReadOnlyDictionary<string, long> Multipliers { get; init; } = new Dictionary<string, long>();

    /// <summary>Scale words ("thousand", "triệu", "هزار"); they multiply everything before them.</summary>
    [JsonPropertyName("scales")] public IReadOnlyDictionary<string, long> Scales { get; init; } = new Dictionary<string, long>();

    /// <summary>Words allowed between number words ("and", "و").</summary>
    [JsonPropertyName("connectors")] public IReadOnlyList<string> Connectors { get; init; } = [];

    /// <summary>Vague plurals and their ACLED value ("dozens" 12, "hàng trăm" 100); read as "at least".</summary>
    [JsonPropertyName("vague")] public IReadOnlyDictionary<string, long> Vague { get; init; } = new Dictionary<string, long>();

    /// <summary>Approximate round numbers ("seratusan" 100, "un millier" 1000); read as "about".</summary>
    [JsonPropertyName("approximate")] public IReadOnlyDictionary<string, long> Approximate { get; init; } = new Dictionary<string, long>();

    /// <summary>
    /// Words that stand for the number stated just before them, "as many again" ("otros tantos", "autant", "ebenso
    /// viele", "столько же"): after "and" or a comma they repeat the sentence's previous number and its qualifier.
    /// </summary>
    [JsonPropertyName("sameCount")] public IReadOnlyList<string> SameCount { get; init; } = [];

    /// <summary>
    /// Singular scale words that alone count one of them ("превысили миллион человек", "أكثر من مليون"): a number when
    /// no number stands before them.
    /// </summary>
    [JsonPropertyName("loneScales")] public IReadOnlyList<string> LoneScales { get; init; } = [];

    /// <summary>
    /// Words between the two ends of a range of counts ("two or three", "5 to 6", "2-3", "deux ou trois", "zwei bis drei"):
    /// the range is read as one count, about its upper end.
    /// </summary>
    [JsonPropertyName("rangeWords")] public IReadOnlyList<string> RangeWords { get; init; } = [];

    /// <summary>Scale letters glued to the digits they multiply ("1.2k", "300k", "2bn"): the word is one number.</summary>
    [JsonPropertyName("gluedScales")] public IReadOnlyDictionary<string, long> GluedScales { get; init; } = new Dictionary<string, long>();

    /// <summary>
    /// Scale letters glued to digits only after a decimal part ("1.5m" is a million and a half; "500m" stays metres).
    /// </summary>
    [JsonPropertyName("decimalGluedScales")] public IReadOnlyDictionary<string, long> DecimalGluedScales { get; init; } = new Dictionary<string, long>();

    /// <summary>
    /// Words that open a range of counts right before its lower end ("between", "entre", "zwischen", "от", "بين", "antara"):
    /// with one of <see cref="RangeJoiners"/> or <see cref="RangeWords"/> between the two ends ("between 25 and 30", "از ۲۵
    /// تا ۳۰"), the range is one count, about its upper end, whatever the ratio of the ends.
    /// </summary>
    [JsonPropertyName("rangeOpeners")] public IReadOnlyList<string> RangeOpeners { get; init; } = [];

    /// <summary>
    /// Verbs of a change right before a range opener that is also a change's "from" ("tăng từ 7 đến 9", "зросла від 7 до 9"):
    /// the two numbers are the values before and after, no range. One word each.
    /// </summary>
    [JsonPropertyName("changeVerbs")] public IReadOnlyList<string> ChangeVerbs { get; init; } = [];

    /// <summary>Words between the ends of a range that an opener started ("and", "et", "und", "до", "و", "hingga").</summary>
    [JsonPropertyName("rangeJoiners")] public IReadOnlyList<string> RangeJoiners { get; init; } = [];

    /// <summary>Words that are "a"/"one" at once (một, seorang, un, یک); a tally only beside another number or a counter.</summary>
    [JsonPropertyName("weakOne")] public IReadOnlyList<string> WeakOne { get; init; } = [];

    /// <summary>
    /// Words that make the number after them an ordinal, never a count (Vietnamese "thứ": "thứ Sáu" is Friday, "lần thứ
    /// 3" the third time).
    /// </summary>
    [JsonPropertyName("ordinalMarkers")] public IReadOnlyList<string> OrdinalMarkers { get; init; } = [];

    /// <summary>
    /// Words that name a month by the number after them (Vietnamese "tháng 4", April): such a number from 1 to 12 is the
    /// month, no count, and the two words are read as a month's name ("tháng 4 là 74 người, tháng 5 là 92 người").
    /// </summary>
    [JsonPropertyName("monthMarkers")] public IReadOnlyList<string> MonthMarkers { get; init; } = [];

    /// <summary>
    /// Number words that are "both"/"all three" before what they count and an ordinal after a noun (Indonesian "kedua
    /// korban", both victims, but "serangan kedua", the second attack): a count only when a word for people, weapons or
    /// victims follows them.
    /// </summary>
    [JsonPropertyName("bothOrOrdinal")] public IReadOnlyList<string> BothOrOrdinal { get; init; } = [];

    /// <summary>
    /// A definite article glued to digits after the noun they count (Arabic "الطائرات المسيرة الـ25", the 25 drones): the
    /// noun right before the article is the number's.
    /// </summary>
    [JsonPropertyName("definiteArticles")] public IReadOnlyList<string> DefiniteArticles { get; init; } = [];

    /// <summary>
    /// Words for "one of" that count one only before the group they take one of (Arabic "أحد", "إحدى": "قتل أحد المصورين",
    /// one of the photographers was killed): a word after them with a definite article, or a people word. Alone ("لم يصب
    /// أحد", nobody was hurt) or in a weekday ("يوم الأحد") they count nothing.
    /// </summary>
    [JsonPropertyName("oneOf")] public IReadOnlyList<string> OneOf { get; init; } = [];

    /// <summary>True where "at least" may follow the counted noun (Arabic "سبعة أشخاص على الأقل").</summary>
    [JsonPropertyName("qualifiersFollow")] public bool QualifiersFollow { get; init; }

    /// <summary>Clitic prefixes glued to words or digits (Arabic "و", "ب").</summary>
    [JsonPropertyName("cliticPrefixes")] public IReadOnlyList<string> CliticPrefixes { get; init; } = [];

    /// <summary>
    /// Nouns a count may be glued to by a hyphen ("a 100-drone attack"): the digits are a count of the noun, not part of a
    /// word as in "12-year-old" or "Kh-101". One word each, matched whole.
    /// </summary>
    [JsonPropertyName("hyphenedNouns")] public IReadOnlyList<string> HyphenedNouns { get; init; } = [];

    /// <summary>
    /// Endings that make digits an ordinal ("10th", "3e", "5-й"): such a word ranks what follows it as the ordinal
    /// words of <c>ranks</c> do ("the 10th attack on the city this month").
    /// </summary>
    [JsonPropertyName("ordinalSuffixes")] public IReadOnlyList<string> OrdinalSuffixes { get; init; } = [];

    /// <summary>
    /// Words that name a day of the month by the number after them (Vietnamese "ngày 10", Indonesian "tanggal 10"): such a
    /// number from 1 to 31 is the day, no count and no span of days, unless people, victims or weapons follow it.
    /// </summary>
    [JsonPropertyName("dayMarkers")] public IReadOnlyList<string> DayMarkers { get; init; } = [];
}

/// <summary>The figure vocabulary of one language. All lists hold terms (see <see cref="LanguageProfile"/>).</summary>
public sealed class FigureLexicon
{
    [JsonPropertyName("killed")] public IReadOnlyList<string> Killed { get; init; } = [];

    [JsonPropertyName("injured")] public IReadOnlyList<string> Injured { get; init; } = [];

    [JsonPropertyName("casualties")] public IReadOnlyList<string> Casualties { get; init; } = [];

    /// <summary>
    /// True for verb-final languages (Persian): a clause's verb follows its numbers, so a launching or downing verb
    /// after a number, in its clause, is preferred to one before it.
    /// </summary>
    [JsonPropertyName("verbFinal")] public bool VerbFinal { get; init; }

    /// <summary>
    /// True for verb-second languages (German): the finite verb may open a clause with its subject and a time phrase
    /// between it and its object ("verlor Russland am Vortag 1.040 Soldaten", "tötete der Angriff in der Nacht fünf
    /// Zivilisten"), so a count of people with no verb of its own takes the clause's casualty or losing verb before it.
    /// </summary>
    [JsonPropertyName("verbSecond")] public bool VerbSecond { get; init; }

    /// <summary>
    /// True for verb-first languages (Arabic): a clause opens with its verb, then its subject, then its object ("فقد
    /// الجيش الروسي نحو 2000 جندي", the Russian army lost about 2,000 soldiers), so a count of people with no verb of
    /// its own takes the losing verb that opens its clause.
    /// </summary>
    [JsonPropertyName("verbFirst")] public bool VerbFirst { get; init; }

    /// <summary>
    /// True where a noun's modifiers follow it ("UAV tấn công", attack drones; "drone serangan"; "پهپاد انتحاری"): a noun
    /// after a weapon's noun is never the head the count counts (English "drone attacks"), so a word that excludes
    /// counts there ("45 UAV tấn công thành phố Kharkiv", "45 UAV ngày 3/12") leaves the weapons counted.
    /// </summary>
    [JsonPropertyName("headFirst")] public bool HeadFirst { get; init; }

    /// <summary>
    /// True where the weak "one" is a numeral with its noun or classifier ("seorang", "một", "یک"), not an article (es
    /// "una", fr "un"): right after the object of a killing verb and an including word ("menewaskan lima orang, termasuk
    /// seorang anak") it tallies one of that count.
    /// </summary>
    [JsonPropertyName("weakOneIsNumeral")] public bool WeakOneIsNumeral { get; init; }

    /// <summary>
    /// True where a date puts the day before its month's name ("12 октября", "12 Oktober", "۱۲ اکتبر", "12 de octubre"):
    /// a number right after a month's name is then no day of it but a count ("در ماه اکتبر ۱۲ غیرنظامی", "pada bulan
    /// Oktober 12 warga sipil"); English ("October 12") keeps reading it as a date.
    /// </summary>
    [JsonPropertyName("dayFirst")] public bool DayFirst { get; init; }

    /// <summary>Nouns for drones/UAVs.</summary>
    [JsonPropertyName("drones")] public IReadOnlyList<string> Drones { get; init; } = [];

    /// <summary>Nouns for missiles and rockets.</summary>
    [JsonPropertyName("missiles")] public IReadOnlyList<string> Missiles { get; init; } = [];

    /// <summary>
    /// Nouns that count drones and missiles together ("projectiles", "aerial targets", "засоби повітряного нападу"):
    /// their numbers are combined figures, used only where no source counts the weapons apart.
    /// </summary>
    [JsonPropertyName("mixedWeapons")] public IReadOnlyList<string> MixedWeapons { get; init; } = [];

    /// <summary>Verbs of launching, firing, attacking with.</summary>
    [JsonPropertyName("launched")] public IReadOnlyList<string> Launched { get; init; } = [];

    /// <summary>
    /// Attacks: words that launch weapons and mark violence at once (attack, airstrike, shelling, bombing, terror).
    /// They act as launching verbs, and tell casualties of an attack from those of an accident.
    /// </summary>
    [JsonPropertyName("attacks")] public IReadOnlyList<string> Attacks { get; init; } = [];

    /// <summary>Verbs of shooting down, intercepting, destroying, losing (drones).</summary>
    [JsonPropertyName("downed")] public IReadOnlyList<string> Downed { get; init; } = [];

    /// <summary>
    /// Tolls: nouns that name a running count of victims, whose number comes later in the clause
    /// ("the death toll has risen to 46", "số người thiệt mạng đã tăng lên 50", "شمار کشته‌شدگان به ۴۶ رسید"), by kind.
    /// </summary>
    [JsonPropertyName("tolls")] public TollLexicon Tolls { get; init; } = new();

    /// <summary>
    /// Nouns of counting ("number", "jumlah", "شمار", "число"): with a casualty word after them they make a toll of any
    /// wording ("the number of civilians killed … rose to 46", "jumlah warga yang tewas … menjadi 23 orang").
    /// </summary>
    [JsonPropertyName("countNouns")] public IReadOnlyList<string> CountNouns { get; init; } = [];

    /// <summary>
    /// A figure named again by a demonstrative ("this figure", "angka itu", "con số này", "این رقم"): the number its
    /// clause gives it ("was later revised down to seven") restates the figure before, of its kind and time.
    /// </summary>
    [JsonPropertyName("restatedCounts")] public IReadOnlyList<string> RestatedCounts { get; init; } = [];

    /// <summary>Verbs and nouns of supplying, producing, buying or holding weapons: a weapon count beside them is no figure.</summary>
    [JsonPropertyName("supplied")] public IReadOnlyList<string> Supplied { get; init; } = [];

    /// <summary>
    /// Military exercises and test launches ("drills", "war games", "tập trận", "latihan militer", "رزمایش", "учения"):
    /// weapons fired in one are no attack's figures.
    /// </summary>
    [JsonPropertyName("exercises")] public IReadOnlyList<string> Exercises { get; init; } = [];

    /// <summary>Nouns for people that may stand between a number and its verb ("people", "người", "نفر").</summary>
    [JsonPropertyName("people")] public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>
    /// A group noun and its "of" that count people by the number after them ("a family of six", "семью из пяти"):
    /// read like a noun of people, so the verb before the group governs the number.
    /// </summary>
    [JsonPropertyName("groups")] public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Counter words after a number ("quả", "فروند", "تا", "unit").</summary>
    [JsonPropertyName("counters")] public IReadOnlyList<string> Counters { get; init; } = [];

    /// <summary>
    /// Nouns of people that are also counters ("نفر", "تن"): a weak "one" before one is a tally ("یک نفر کشته شد"), as
    /// before any counter word. Read as nouns of people otherwise.
    /// </summary>
    [JsonPropertyName("peopleCounters")] public IReadOnlyList<string> PeopleCounters { get; init; } = [];

    /// <summary>"Others" after a number ("six others", "lainnya", "دیگر").</summary>
    [JsonPropertyName("others")] public IReadOnlyList<string> Others { get; init; } = [];

    /// <summary>"of" / "out of" between two numbers ("24 of 28", "18 trong số 19", "۳۰ تا از ۳۵").</summary>
    [JsonPropertyName("of")] public IReadOnlyList<string> Of { get; init; } = [];

    /// <summary>Words that open a breakdown of a figure ("including", "trong đó", "termasuk").</summary>
    [JsonPropertyName("including")] public IReadOnlyList<string> Including { get; init; } = [];

    /// <summary>Words that mark a running total ("since the start of the war", "in total", "kể từ").</summary>
    [JsonPropertyName("cumulative")] public IReadOnlyList<string> Cumulative { get; init; } = [];

    /// <summary>
    /// Words that, right before a date, make it the start of a period: "since 7 October", "از ۷ اکتبر", "с 24 февраля"
    /// — the figures are a running total from that day, not that day's event. Single words.
    /// </summary>
    [JsonPropertyName("sinceDate")] public IReadOnlyList<string> SinceDate { get; init; } = [];

    /// <summary>
    /// Verbs of confirming a count ("confirmed", "verified"): a number with no noun of its own right after one ("the UN said
    /// it had confirmed at least 460") restates the figure before it.
    /// </summary>
    [JsonPropertyName("confirming")] public IReadOnlyList<string> Confirming { get; init; } = [];

    /// <summary>
    /// Words that, right after a weak "one" and the kind word of its group ("Salah satu korban tewas adalah …", "Một trong
    /// số những người bị thương vẫn …"), make that kind word the name of a group already counted and what follows its
    /// state: id "adalah", "masih", vi "là", "vẫn".
    /// </summary>
    [JsonPropertyName("groupStates")] public IReadOnlyList<string> GroupStates { get; init; } = [];

    /// <summary>
    /// Words that, right before a date, state a count as it stood on that day: "as of 6 December", "станом на ранок 6
    /// грудня", "по состоянию на 1 декабря", "arrêté au 6 décembre" — a running total, not that day's event. A time of day
    /// after them ("станом на 09:00") is still one night's tally.
    /// </summary>
    [JsonPropertyName("asOf")] public IReadOnlyList<string> AsOf { get; init; } = [];

    /// <summary>
    /// Concessive words ("despite", "malgré", "pese a", "trotz", "несмотря на", "попри", "رغم", "bất chấp", "meskipun", "با
    /// وجود"): a time stated in the phrase they open after the count ("despite the ceasefire in force since 27 November")
    /// dates what they concede, not the count.
    /// </summary>
    [JsonPropertyName("concessives")] public IReadOnlyList<string> Concessives { get; init; } = [];

    /// <summary>
    /// "from" and "to" of a change between two counts ("rose from 18 to 25", "passé de 18 à 25", "с 18 до 25"): single
    /// words; the two numbers count the same thing (see <c>SentenceReader.Changes</c>).
    /// </summary>
    [JsonPropertyName("changeFrom")] public IReadOnlyList<string> ChangeFrom { get; init; } = [];

    [JsonPropertyName("changeTo")] public IReadOnlyList<string> ChangeTo { get; init; } = [];

    /// <summary>
    /// Words that make the count right before them a difference ("more than", "fewer than", "de plus qu'en", "mehr als"):
    /// "killed 36 civilians in November, four more than in October" — the four is no figure.
    /// </summary>
    [JsonPropertyName("differences")] public IReadOnlyList<string> Differences { get; init; } = [];

    /// <summary>
    /// Nouns of a change that make the count right after them a difference ("an increase of", "a rise of"): "279 killed and
    /// 1,362 injured, an increase of 11 and 63 respectively" — the 11 and 63 (every count of the list after it) are no figure.
    /// </summary>
    [JsonPropertyName("differenceNouns")] public IReadOnlyList<string> DifferenceNouns { get; init; } = [];

    /// <summary>
    /// Indefinite articles that are no number ("a", "an"): one before a weapon noun that strikes or kills right after it ("a
    /// Russian missile that killed 59 people at a wake in October 2023") names one strike, which a month then dates.
    /// </summary>
    [JsonPropertyName("singularArticles")] public IReadOnlyList<string> SingularArticles { get; init; } = [];

    /// <summary>
    /// Weapon nouns in a singular form, in languages whose nouns carry number and that have no indefinite article ("ракета",
    /// "безпілотник", "صاروخ"): one of them with a verb of hitting beside it ("У липні ракета влучила в лікарню") is one strike,
    /// as "a missile struck" is.
    /// </summary>
    [JsonPropertyName("singleWeapons")] public IReadOnlyList<string> SingleWeapons { get; init; } = [];

    /// <summary>
    /// Words of war and fighting, one word each ("war", "fighting", "guerre", "війна"): in an article that names an accident
    /// or a disease (famine, cholera) and no attack or weapon, one of them still makes its deaths violent ones.
    /// </summary>
    [JsonPropertyName("conflicts")] public IReadOnlyList<string> Conflicts { get; init; } = [];

    /// <summary>
    /// Single losing words that are also another word ("فقد", lost, is also the connective "so, indeed"): they lose the people
    /// counted only right before the count or its qualifier ("إن الجيش الروسي فقد نحو 2000 جندي"), never as a verb further off.
    /// </summary>
    [JsonPropertyName("lossesBeforeCount")] public IReadOnlyList<string> LossesBeforeCount { get; init; } = [];

    /// <summary>
    /// Single words that name one person with no article ("женщина", "жінка", "رجل"), in languages that have none: one
    /// victim when a casualty verb stands beside it and another count marked "others" follows (see
    /// <c>SentenceReader.SingleVictim</c>).
    /// </summary>
    [JsonPropertyName("singularPeople")] public IReadOnlyList<string> SingularPeople { get; init; } = [];

    /// <summary>
    /// Words that make the noun after them plural, in languages whose nouns do not change, with the noun's classifier
    /// ("các cuộc", "những vụ"): "các cuộc tấn công" (the attacks) names no one attack, so a count after it may continue
    /// the period's running total before it.
    /// </summary>
    [JsonPropertyName("pluralMarkers")] public IReadOnlyList<string> PluralMarkers { get; init; } = [];

    /// <summary>
    /// Single words that introduce the agent of a passive verb ("bị", "bởi", "von", "توسط", "oleh", "by"): after "all" the
    /// agent's noun phrase may stand before the downing verb ("tất cả đều bị hải quân Mỹ bắn hạ", "die alle von der
    /// Flugabwehr abgeschossen wurden").
    /// </summary>
    [JsonPropertyName("passiveAgents")] public IReadOnlyList<string> PassiveAgents { get; init; } = [];

    /// <summary>Words before the size of a change, one word each ("rose by 3 to 23", "выросло на три, до 23").</summary>
    [JsonPropertyName("changeBy")] public IReadOnlyList<string> ChangeBy { get; init; } = [];

    /// <summary>
    /// One word that joins a count to the one before it with its verb left out, like "and" ("bringing the toll to 43,391,
    /// with 102,347 wounded"): the count is counted over the same time (see <c>SentenceReader.ShareGappedScopes</c>).
    /// </summary>
    [JsonPropertyName("accompanying")] public IReadOnlyList<string> Accompanying { get; init; } = [];

    /// <summary>
    /// One word that is "to" elsewhere but "up to" right after a casualty or losing verb ("потеряли до 1300
    /// военнослужащих", "уничтожено до 1 200"); after a change verb it stays "to" ("выросло до 23").
    /// </summary>
    [JsonPropertyName("upToAfterVerb")] public IReadOnlyList<string> UpToAfterVerb { get; init; } = [];

    /// <summary>
    /// Words for a weapon's type or model before its name ("типу «Шахед»", "de tipo Shahed", "من طراز شاهد"): the name after
    /// one is the same weapons as the noun before, no other item.
    /// </summary>
    [JsonPropertyName("weaponTypes")] public IReadOnlyList<string> WeaponTypes { get; init; } = [];

    /// <summary>
    /// Words that join a person to an age given without a unit (Spanish "su hijo de 12", "una niña de 8"): a bare number
    /// after one of them, right after a noun of people, is that person's age.
    /// </summary>
    [JsonPropertyName("ageLinks")] public IReadOnlyList<string> AgeLinks { get; init; } = [];

    /// <summary>
    /// Words that, right before a month's name, frame the whole month ("in", "during", "throughout"; "early", "late"):
    /// in a language that writes the month before the day, a number right after such a month that counts people or
    /// weapons is a count, not the day ("In October 23 civilians were killed"; "On October 23, …" stays a date).
    /// </summary>
    [JsonPropertyName("monthIn")] public IReadOnlyList<string> MonthIn { get; init; } = [];

    /// <summary>
    /// Words before an age limit ("under", "over", "under the age of"): a bare number after one, right after a noun of
    /// people ("children under 5") or a copula of victims ("those killed were under 18"), is an age, no count. A phrase
    /// naming the age ("under the age of") needs neither.
    /// </summary>
    [JsonPropertyName("ageBounds")] public IReadOnlyList<string> AgeBounds { get; init; } = [];

    /// <summary>Copulas ("were", "was") that join victims to an age limit (see <see cref="AgeBounds"/>).</summary>
    [JsonPropertyName("copulas")] public IReadOnlyList<string> Copulas { get; init; } = [];

    /// <summary>
    /// Verbs that state a toll's value ("склали", "составили", "amounted to", "mencapai"): a qualifier before one still
    /// qualifies the number after it ("орієнтовно склали 1 050" is about 1,050).
    /// </summary>
    [JsonPropertyName("tollVerbs")] public IReadOnlyList<string> TollVerbs { get; init; } = [];

    /// <summary>
    /// Verbs of tending the wounded ("evacuated", "treated", "admitted", "dirawat", "điều trị", "منتقل"): with the acts
    /// (data <c>acts</c>), a vague count of wounded tended over weeks or months counts care given, no casualty figure.
    /// </summary>
    [JsonPropertyName("tended")] public IReadOnlyList<string> Tended { get; init; } = [];

    /// <summary>
    /// Nouns of dead bodies ("thi thể", "jenazah", "پیکر", "bodies", "тела"): with <see cref="HandedBack"/> in the sentence, a
    /// count of bodies handed back in an exchange is no casualty figure; with "more" beside a toll, bodies found are the
    /// toll's increment, not a figure of their own.
    /// </summary>
    [JsonPropertyName("bodies")] public IReadOnlyList<string> Bodies { get; init; } = [];

    /// <summary>
    /// Words of handing bodies back or exchanging them ("trao trả", "dipulangkan", "تحویل", "repatriated", "handed over"):
    /// the bodies counted (data <c>bodies</c>) in such a sentence are no casualty figure.
    /// </summary>
    [JsonPropertyName("handedBack")] public IReadOnlyList<string> HandedBack { get; init; } = [];

    /// <summary>
    /// The days of the week, bare ("thứ Hai", "Senin", "دوشنبه", "Monday"): a day right before a number names a list item
    /// ("Số liệu theo từng ngày: thứ Hai 9 người, thứ Tư 12 người").
    /// </summary>
    [JsonPropertyName("weekdays")] public IReadOnlyList<string> Weekdays { get; init; } = [];

    /// <summary>
    /// Distributive words ("mỗi", "setiap", "هر", "each", "каждый"): a weapons count in a clause one opens, on a noun that is
    /// no time, is what each unit holds ("Each launcher carries up to 16 missiles"), no figure.
    /// </summary>
    [JsonPropertyName("distributive")] public IReadOnlyList<string> Distributive { get; init; } = [];

    /// <summary>
    /// Words before the denominator of a ratio ("in every", "de cada", "من كل", "از هر", "dari setiap", "cứ", "из каждых"):
    /// "uno de cada cinco muertos era un niño" states a share, neither the one nor the five is a count.
    /// </summary>
    [JsonPropertyName("ratio")] public IReadOnlyList<string> Ratio { get; init; } = [];

    /// <summary>
    /// Words that make a ratio only between a smaller number and a larger one followed by its noun or "of" (English "in":
    /// "one in five of the victims", not "killed five in three separate attacks").
    /// </summary>
    [JsonPropertyName("ratioBetween")] public IReadOnlyList<string> RatioBetween { get; init; } = [];

    /// <summary>
    /// Rate phrases right after a count and its noun ("150 drones a day", "per day", "ежедневно", "يوميا", "per hari",
    /// "mỗi ngày", "par jour", "pro Tag"): the count is a rate, no figure.
    /// </summary>
    [JsonPropertyName("rateAfter")] public IReadOnlyList<string> RateAfter { get; init; } = [];

    /// <summary>
    /// Rate and average words before a count, or before the verb right before it ("on average", "ежедневно запускает около
    /// 150", "روزانه حدود ۱۵۰", "rata-rata", "trung bình", "täglich rund 150"): the count is a rate, no figure.
    /// </summary>
    [JsonPropertyName("rateBefore")] public IReadOnlyList<string> RateBefore { get; init; } = [];

    /// <summary>
    /// Time phrases that begin as a rate does ("a day after", "al día siguiente", "sehari setelah", "một ngày sau"): no rate.
    /// </summary>
    [JsonPropertyName("notRate")] public IReadOnlyList<string> NotRate { get; init; } = [];

    /// <summary>
    /// "Up to" words that also mean "(rose) to" ("lên tới", "hingga", "hasta", "تا"): the value a toll reached is exact
    /// ("Số người chết đã lên tới 45"); elsewhere they mean "up to".
    /// </summary>
    [JsonPropertyName("reachUpTo")] public IReadOnlyList<string> ReachUpTo { get; init; } = [];

    /// <summary>Words that deny what follows ("no casualties were reported", "жертв нет"): single words.</summary>
    [JsonPropertyName("negations")] public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>
    /// Superlatives ("largest", "terbesar", "крупнейший"): "the largest attack since the start of the war" compares one
    /// attack with the whole war — the running-total cue after it frames the comparison, not the figures; and "one of
    /// the largest" counts nothing.
    /// </summary>
    [JsonPropertyName("superlatives")] public IReadOnlyList<string> Superlatives { get; init; } = [];

    /// <summary>
    /// Ordinals that rank an attack ("the third attack on the city this week", "la deuxième frappe en un mois"): like a
    /// superlative, the period after the attack they rank counts attacks, not the figures. An ordinal right before its
    /// period ("the second week of the offensive") names that period instead. "First" is left out ("in the first three
    /// days" is a period).
    /// </summary>
    [JsonPropertyName("ranks")] public IReadOnlyList<string> Ranks { get; init; } = [];

    /// <summary>
    /// Ordinals that rank only right after an attack word, since alone they mean something else (Indonesian "kedua" is
    /// also "both"): "serangan kedua dalam dua pekan" (the second attack in two weeks). One word each.
    /// </summary>
    [JsonPropertyName("ranksAfterAttack")] public IReadOnlyList<string> RanksAfterAttack { get; init; } = [];

    /// <summary>
    /// Words right after a span of time that make it a point relative to another event, not a period: "two weeks after
    /// a strike killed 35", "three days later", "une semaine après", "zwei Wochen nach dem Angriff". Read only after the
    /// unit ("after three days of fighting" is still a span).
    /// </summary>
    [JsonPropertyName("later")] public IReadOnlyList<string> Later { get; init; } = [];

    /// <summary>
    /// Words of a lull right after a span of time ("after ten days of calm", "tras diez días de calma", "после десяти дней
    /// затишья", "nach zehn Tagen relativer Ruhe", "بعد 10 أيام من الهدوء"): the span is the quiet before the count, not the
    /// period it counts, so it makes no running total (read as <see cref="Later"/> words are).
    /// </summary>
    [JsonPropertyName("lulls")] public IReadOnlyList<string> Lulls { get; init; } = [];

    /// <summary>
    /// Accident words that are also what a strike leaves behind (a building's collapse: "Einsturz", "derrumbe",
    /// "effondrement", "обрушение", "انهيار"): they make a sentence an accident's only in an article that names no attack,
    /// weapon or shooting down anywhere.
    /// </summary>
    [JsonPropertyName("aftermath")] public IReadOnlyList<string> Aftermath { get; init; } = [];

    /// <summary>
    /// Verbs of exceeding, one word each ("übersteigt", "supera", "dépasse", "превысило"): they qualify the first number
    /// after them in their clause as "more than" even when an attribution or an adverb stands between ("übersteigt nach
    /// Angaben der Behörde inzwischen 43.000", "supera ya, según Sanidad, los 3.500"). Right before the number they are
    /// qualifiers (data <c>qualifiers.more_than</c>) as well.
    /// </summary>
    [JsonPropertyName("exceeding")] public IReadOnlyList<string> Exceeding { get; init; } = [];

    /// <summary>
    /// Verbs that give the cause of deaths or injuries, one word each ("resulted", "stemmed", "caused", "due"; "dus",
    /// "causados", "verursacht"): right after a part of a casualty figure ("of which 96 resulted from airstrikes") they
    /// say how the part died, no predicate of another kind.
    /// </summary>
    [JsonPropertyName("causeVerbs")] public IReadOnlyList<string> CauseVerbs { get; init; } = [];

    /// <summary>
    /// Definite articles that make a downed count the whole of what was launched when they stand right before it ("a
    /// intercepté les deux missiles tirés depuis le Yémen", "derribaron los siete misiles que Rusia lanzó"), as "all" does;
    /// one word each. Left out where the word is also a relative pronoun before a number (de "die").
    /// </summary>
    [JsonPropertyName("wholeArticles")] public IReadOnlyList<string> WholeArticles { get; init; } = [];

    /// <summary>
    /// Verbs of exceeding that stand after the number they govern, in a verb-final clause ("از ۷۰ هزار نفر گذشت", passed
    /// 70,000; "hat 45.000 überschritten"): a number followed only by its people noun and such a verb is "more than".
    /// </summary>
    [JsonPropertyName("exceedingAfter")] public IReadOnlyList<string> ExceedingAfter { get; init; } = [];

    /// <summary>
    /// Words that leave the count right after them out of a figure ("not including", "chưa bao gồm", "belum termasuk",
    /// "بدون احتساب", "sans compter", "не считая"): the count is no figure.
    /// </summary>
    [JsonPropertyName("notIncluded")] public IReadOnlyList<string> NotIncluded { get; init; } = [];

    /// <summary>
    /// Demonstratives, one word each ("این", "this", "этой"): before a word of <c>exclusions</c> they close its noun
    /// phrase ("پدافند هوایی این کشور ۲۵ پهپاد", this country's air defence … 25 drones), so the unit names a thing of its
    /// own and excludes no weapon count right after it.
    /// </summary>
    [JsonPropertyName("demonstratives")] public IReadOnlyList<string> Demonstratives { get; init; } = [];

    /// <summary>Words that make a number not a figure (supplied, produce, buy, aged, percent, dollars).</summary>
    [JsonPropertyName("exclusions")] public IReadOnlyList<string> Exclusions { get; init; } = [];

    /// <summary>
    /// Verbs of acts on people that are no casualty ("displaced more than 10 million", "arrested 20", "evacuated 300"):
    /// a number right after one counts those people, and is no figure. Unlike <see cref="Exclusions"/> they say nothing
    /// after a number ("killed five displaced people" is a figure).
    /// </summary>
    [JsonPropertyName("acts")] public IReadOnlyList<string> Acts { get; init; } = [];

    /// <summary>
    /// Words saying victims were counted wrongly ("three bodies had been counted twice", "doppelt gezählt"): the count
    /// before them, whose casualty word they follow, explains a correction and is no figure.
    /// </summary>
    [JsonPropertyName("miscounted")] public IReadOnlyList<string> Miscounted { get; init; } = [];

    /// <summary>
    /// Words saying victims are still under the rubble ("آلاف الضحايا ما زالوا تحت الركام", "siguen bajo los escombros",
    /// "остаются под завалами"): not recovered, so missing; the count before them, after its casualty word, is no figure.
    /// </summary>
    [JsonPropertyName("unrecovered")] public IReadOnlyList<string> Unrecovered { get; init; } = [];

    /// <summary>
    /// People named by their flight ("desplazados", "déplacés", "Vertriebene", "نازحين", "refugees"): people a number may
    /// count ("murieron 12 desplazados"), but never the next item of a list of the dead ("300 muertos y 2 millones de
    /// desplazados").
    /// </summary>
    [JsonPropertyName("uprooted")] public IReadOnlyList<string> Uprooted { get; init; } = [];

    /// <summary>
    /// Days as a unit of time ("days", "hari", "ngày", "روز"): a count of several days ("over the past three days",
    /// "selama 14 hari") spans more than one event, so the figures it frames are a running total.
    /// </summary>
    [JsonPropertyName("dayUnits")] public IReadOnlyList<string> DayUnits { get; init; } = [];

    /// <summary>
    /// Hours as a unit of time ("hours", "jam", "giờ", "ساعت"): a count of hours up to two days ("in the past 24
    /// hours", "за последние 24 часа") is one day's tally, so the figures it frames are an event.
    /// </summary>
    [JsonPropertyName("hourUnits")] public IReadOnlyList<string> HourUnits { get; init; } = [];

    /// <summary>"ago" words ("ago", "lalu", "назад", "тому", "پیش"): "three days ago" dates an event, it spans nothing.</summary>
    [JsonPropertyName("ago")] public IReadOnlyList<string> Ago { get; init; } = [];

    /// <summary>
    /// Accidents and disasters (crash, fire, flood, earthquake): casualties in a sentence that names one and no attack
    /// or weapon are not figures — the guideline counts people killed or hurt through violence.
    /// </summary>
    [JsonPropertyName("accidents")] public IReadOnlyList<string> Accidents { get; init; } = [];

    /// <summary>Words that make a statement hypothetical or future ("could", "will", "plans to").</summary>
    [JsonPropertyName("hypothetical")] public IReadOnlyList<string> Hypothetical { get; init; } = [];

    /// <summary>
    /// Time expressions of one event ("overnight", "on Sunday", "in the past 24 hours", "đêm qua", "semalam"): the
    /// nearest time expression to a number decides its scope, against <see cref="Cumulative"/>.
    /// </summary>
    [JsonPropertyName("eventTime")] public IReadOnlyList<string> EventTime { get; init; } = [];

    /// <summary>
    /// Month names. A month without a day beside it ("in April", "during March 2024") frames a monthly tally
    /// (cumulative); with a day ("on 5 April") it dates one event.
    /// </summary>
    [JsonPropertyName("months")] public IReadOnlyList<string> Months { get; init; } = [];

    /// <summary>
    /// Month names that are also common words (English "may"): taken for a month only when written capitalised with a
    /// day number beside them ("31 May", "May 5"); elsewhere they are ordinary words ("3 may have died").
    /// </summary>
    [JsonPropertyName("monthsBesideDay")] public IReadOnlyList<string> MonthsBesideDay { get; init; } = [];

    /// <summary>
    /// A month named relative to the report ("last month", "el mes pasado"): it frames a tally as a month does, but a
    /// number beside it is a count, never a day of it ("24 last month").
    /// </summary>
    [JsonPropertyName("monthsRelative")] public IReadOnlyList<string> MonthsRelative { get; init; } = [];

    /// <summary>
    /// The word that may stand between a day and its month in a date ("7 de octubre", "7 من أكتوبر", "the 7th of May").
    /// Any other word between a number and a month leaves the number a count ("rose to 24 in October").
    /// </summary>
    [JsonPropertyName("dayMonthLinks")] public IReadOnlyList<string> DayMonthLinks { get; init; } = [];

    /// <summary>
    /// Units of a long period (weeks, months, years): a number of them ("in the past 12 months") is a duration, not
    /// a count, and frames a running total.
    /// </summary>
    [JsonPropertyName("periods")] public IReadOnlyList<string> Periods { get; init; } = [];

    /// <summary>
    /// Words that join the items of a list ("and", "và", "dan", "و", "и"): a predicate stated once is shared by every
    /// count of the list ("41 men, 12 women and 5 children were killed").
    /// </summary>
    [JsonPropertyName("and")] public IReadOnlyList<string> And { get; init; } = [];

    /// <summary>
    /// Comparisons and changes that give an earlier or other value of the same figure ("compared with", "up from",
    /// "from", "a week earlier", "so với", "dibandingkan"): a bare number after one counts what the figure before it counts.
    /// </summary>
    [JsonPropertyName("comparisons")] public IReadOnlyList<string> Comparisons { get; init; } = [];

    /// <summary>
    /// Markers of a line that links another article ("Read more", "Xem thêm", "Baca juga", "بیشتر بخوانید"): its
    /// figures belong to that article.
    /// </summary>
    [JsonPropertyName("links")] public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>"all", "every", "tất cả", "semua": "shot down all 27 drones" states 27 launched as well as downed.</summary>
    [JsonPropertyName("all")] public IReadOnlyList<string> All { get; init; } = [];

    /// <summary>
    /// "most of", "some of", "la plupart des", "большинство": an unstated part of the number after them, which is the
    /// whole ("intercepted most of the 200 missiles": 200 launched, no count downed).
    /// </summary>
    [JsonPropertyName("partitives")] public IReadOnlyList<string> Partitives { get; init; } = [];

    /// <summary>
    /// Hedges between a count and its verb ("believed to have been", "reported", "được cho là"): one word's distance, so
    /// "25 believed to have been killed" reads like "25 killed".
    /// </summary>
    [JsonPropertyName("hedges")] public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <summary>
    /// "respectively" after the last of a list of values ("310, 355 and 290 respectively"): it says how the values map
    /// onto what was named before, so it is no noun of its own for the number before it.
    /// </summary>
    [JsonPropertyName("respectively")] public IReadOnlyList<string> Respectively { get; init; } = [];

    /// <summary>
    /// A word that joins two values as "and" does and says at once that they map in order onto what was named before
    /// (de "zerstörte 101 respektive sechs davon", "drei respektive fünf Menschen"): an "and" for the lists, a
    /// "respectively" for the mapping.
    /// </summary>
    [JsonPropertyName("respectivelyJoining")] public IReadOnlyList<string> RespectivelyJoining { get; init; } = [];

    /// <summary>
    /// "Targets" ("mục tiêu", "целей", "sasaran"; single words, also listed as exclusions): counted as the drones and
    /// missiles together only under a downing word in a sentence about weapons ("neutralised 718 targets"); "struck 30
    /// targets" stays excluded.
    /// </summary>
    [JsonPropertyName("targets")] public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>
    /// Verbs of saying ("said", "сообщил", "mengatakan", "اعلام کرد"): a time right beside one ("said on Friday that …")
    /// is the day of the statement, not a scope cue for the figures it reports.
    /// </summary>
    [JsonPropertyName("speech")] public IReadOnlyList<string> Speech { get; init; } = [];

    /// <summary>
    /// Verbs of weapons reaching their target ("hit", "struck", "влучили", "đánh trúng"): a count of hits is neither a
    /// launch nor an interception.
    /// </summary>
    [JsonPropertyName("hits")] public IReadOnlyList<string> Hits { get; init; } = [];

    /// <summary>Debris and remains ("debris from", "fragments of", "уламки", "mảnh vỡ"): weapons counted by their remains are no figure.</summary>
    [JsonPropertyName("remains")] public IReadOnlyList<string> Remains { get; init; } = [];

    /// <summary>
    /// Singular heads that name one attack ("strike", "удар", "frappe", "vụ tấn công"; never a plural): a calendar period
    /// without a day ("last month", "in April") in the clause of such an attack dates that attack, it does not make its
    /// figures a running total ("a strike on the city last month killed 20").
    /// </summary>
    [JsonPropertyName("oneAttack")] public IReadOnlyList<string> OneAttack { get; init; } = [];

    /// <summary>Relative pronouns that carry a number's clause on after a comma ("1,865 people, who were injured", "die", "yang").</summary>
    [JsonPropertyName("relatives")] public IReadOnlyList<string> Relatives { get; init; } = [];

    /// <summary>Relative pronouns that are also articles (German "die"): read as relatives only right after a comma.</summary>
    [JsonPropertyName("relativesAfterComma")] public IReadOnlyList<string> RelativesAfterComma { get; init; } = [];

    /// <summary>
    /// Subordinators that open a new clause ("as", "when", "while", "khi", "ketika", "когда"): a verb across one belongs
    /// to another clause.
    /// </summary>
    [JsonPropertyName("clauseOpeners")] public IReadOnlyList<string> ClauseOpeners { get; init; } = [];

    /// <summary>
    /// Adverbs that open a breakdown before a comma ("cụ thể", "chi tiết": specifically, in detail): a sentence opening
    /// with one names the parts of the figure before it. Plain words do so without data; these are the ones that would
    /// otherwise match a shorter term ("cụ", an old man).
    /// </summary>
    [JsonPropertyName("breakdownOpeners")] public IReadOnlyList<string> BreakdownOpeners { get; init; } = [];

    /// <summary>
    /// Words that make a table row the total of the others when they open its label ("Total", "Всього", "Итого",
    /// "مجموع"): docs/figures.md, "Tables".
    /// </summary>
    [JsonPropertyName("tableTotals")] public IReadOnlyList<string> TableTotals { get; init; } = [];

    /// <summary>
    /// Words of a measure varying between bounds ("ranged from 0 to 12", "dao động từ 0 đến 12", "berkisar antara",
    /// "در نوسان بود", "колебалось"): the numbers of their clause are bounds of a varying value (a daily toll), no count
    /// of an event or a running total.
    /// </summary>
    [JsonPropertyName("varying")] public IReadOnlyList<string> Varying { get; init; } = [];

    /// <summary>
    /// Words for people harmed, killed and hurt alike ("afectadas", "touchées", "zu Schaden gekommen", "affected"): their count
    /// is the attack's casualties when dead stand among them ("…, dont quatre morts", "…, darunter Tote"), else no figure.
    /// </summary>
    [JsonPropertyName("affected")] public IReadOnlyList<string> Affected { get; init; } = [];

    /// <summary>
    /// Words that open a wire update's editor's note about the article itself, right after an opening parenthesis: "(Adds
    /// details in paragraph 4)", "(Corrects number of dead to two from three)", "(Actualisé avec …)". Its numbers are
    /// paragraphs and replaced values, never figures.
    /// </summary>
    [JsonPropertyName("editorNotes")] public IReadOnlyList<string> EditorNotes { get; init; } = [];

    /// <summary>
    /// Attack words in the plural, one word each ("strikes", "frappes", "ударов", "الغارات", "حملات"): a toll of attacks in
    /// the plural, with no time in its sentence, is a campaign's running total (<c>SentenceReader.TollOfManyAttacks</c>).
    /// Languages whose nouns do not change mark the plural with <see cref="PluralMarkers"/> instead.
    /// </summary>
    [JsonPropertyName("pluralAttacks")] public IReadOnlyList<string> PluralAttacks { get; init; } = [];

    /// <summary>
    /// Excluded units that are missiles when a launching verb fires them, one word each (en "interceptor", "interceptors"):
    /// "received 40 interceptors" counts no weapon, "has fired more than 220 interceptor missiles" counts missiles launched
    /// (<c>SentenceReader.FiredUnit</c>).
    /// </summary>
    [JsonPropertyName("firedUnits")] public IReadOnlyList<string> FiredUnits { get; init; } = [];

    /// <summary>
    /// Sending verbs that also launch ("sent", "envió", "schickte", "أرسلت", "mengirim", "gửi"): with a mark of supply in
    /// their clause (<see cref="SupplyMarks"/>) the weapons they send are delivered, not launched.
    /// </summary>
    [JsonPropertyName("sendVerbs")] public IReadOnlyList<string> SendVerbs { get; init; } = [];

    /// <summary>
    /// Marks of a delivery in a sending verb's clause: an aid package ("as part of a package", "paquete de ayuda",
    /// "Hilfspaket", "حزمة مساعدات", "بسته کمک", "paket bantuan", "gói viện trợ") or a destination on one's own side ("to
    /// the front", "на фронт", "au front", "ke garis depan").
    /// </summary>
    [JsonPropertyName("supplyMarks")] public IReadOnlyList<string> SupplyMarks { get; init; } = [];

    /// <summary>
    /// Acts of identifying the dead ("identified", "identificaron a", "установили личности", "identifiziert", "على هويات"):
    /// those identified are some of the dead, so the count beside them is no toll, even with a casualty word right after it
    /// ("установили личности 15 погибших", "elf der Toten identifiziert"), unlike evacuating or recovering bodies.
    /// </summary>
    [JsonPropertyName("identifying")] public IReadOnlyList<string> Identifying { get; init; } = [];

    /// <summary>
    /// "over the same period", "sur la même période", "за тот же период", "خلال الفترة نفسها": the time of the figures
    /// before, named again; a count in its clause is counted over that time (a running total after a running total, one
    /// event's after an event's).
    /// </summary>
    [JsonPropertyName("samePeriod")] public IReadOnlyList<string> SamePeriod { get; init; } = [];

    /// <summary>
    /// Campaigns of many days ("the ground operation", "l'opération terrestre", "наземной операции", "العملية البرية"): a
    /// toll whose phrase names one counts that campaign's dead, a running total (<c>SentenceReader.TollOfACampaign</c>).
    /// </summary>
    [JsonPropertyName("campaigns")] public IReadOnlyList<string> Campaigns { get; init; } = [];

    /// <summary>
    /// People whose dead are tallied over a war by those who count them ("journalists", "aid workers", "its staff",
    /// "travailleurs humanitaires", "журналистов", "موظفيها"): a toll of them in the hundreds with no time and no attack is a
    /// running total (<c>SentenceReader.TallyOfAGroup</c>). Matched apart from the people words, which they repeat.
    /// </summary>
    [JsonPropertyName("talliedGroups")] public IReadOnlyList<string> TalliedGroups { get; init; } = [];

    /// <summary>
    /// Words that are "of" only between two numbers (Spanish and French "de": "intercepta cinco de seis misiles", "cinq de
    /// six missiles"): the part and its whole, as "five of six" (elsewhere the word is too common to be one).
    /// </summary>
    [JsonPropertyName("ofBetweenNumbers")] public IReadOnlyList<string> OfBetweenNumbers { get; init; } = [];

    /// <summary>
    /// Endings of a possessive word ("'s", "s'"): "One of the company's drivers was killed" names the drivers after the
    /// possessive as "One of his drivers" does (<c>SentenceReader.PossessiveWordAt</c>).
    /// </summary>
    [JsonPropertyName("possessiveEndings")] public IReadOnlyList<string> PossessiveEndings { get; init; } = [];

    /// <summary>
    /// Nouns of one victim in the singular (ar "شهيد", "قتيل", "جريح"): one that opens its clause right before "and" and a
    /// casualty count ("شهيد و4 إصابات", one martyr and 4 injured) is one victim, a tally set against the count
    /// (<c>SentenceReader.SingleVictimNoun</c>).
    /// </summary>
    [JsonPropertyName("singleVictims")] public IReadOnlyList<string> SingleVictims { get; init; } = [];

    /// <summary>
    /// Casualty words that name the victims of an attack (fr "victimes", es "víctimas", de "Opfer", ar "ضحايا"): a count of
    /// them set beside a separate count of the wounded, with no count of the dead, counts the dead
    /// (<c>SentenceReader.VictimsBesideWounded</c>).
    /// </summary>
    [JsonPropertyName("victims")] public IReadOnlyList<string> Victims { get; init; } = [];

    /// <summary>
    /// Pronouns for weapons named before ("sie", "їх", "их", "them"): beside "all" with a downing verb ("schoss sie alle
    /// ab", "збили їх усі"), all the weapons launched before were downed (<c>SentenceReader.AllWithoutNumber</c>).
    /// </summary>
    [JsonPropertyName("allPronouns")] public IReadOnlyList<string> AllPronouns { get; init; } = [];

    /// <summary>
    /// A separable verb's particle that closes its clause after a bare count (de "ab": "fing acht ab"): no content word of
    /// the count's own (<c>SentenceReader.Implicit</c>).
    /// </summary>
    [JsonPropertyName("verbParticles")] public IReadOnlyList<string> VerbParticles { get; init; } = [];

    /// <summary>
    /// Prepositions that put a toll's value before the toll besides the "to" words (es "en": "cifró en 580 el número de
    /// heridos") (<c>SentenceReader.InvertedToll</c>).
    /// </summary>
    [JsonPropertyName("tollPrepositions")] public IReadOnlyList<string> TollPrepositions { get; init; } = [];

    /// <summary>
    /// Words that open an attribution set off by commas ("según la fiscalía", "по данным губернатора", "selon le parquet"):
    /// such an aside between a clause's opening casualty verb and its count is no clause break
    /// (<c>SentenceReader.OpeningVerb</c>).
    /// </summary>
    [JsonPropertyName("attributions")] public IReadOnlyList<string> Attributions { get; init; } = [];

    /// <summary>
    /// Attack words that do not mark the number, one word each (Indonesian "serangan", "gempuran"): with a weapon noun
    /// right after them ("serangan rudal") and a toll under a hundred, the subject of a month's count names one attack
    /// (<c>SentenceReader.NeutralAttackOfWeapon</c>).
    /// </summary>
    [JsonPropertyName("neutralAttacks")] public IReadOnlyList<string> NeutralAttacks { get; init; } = [];

    /// <summary>
    /// Wars and offensives as a whole ("the war", "Israel's offensive", "l'offensive", "наступление", "العدوان", "تهاجم",
    /// "agresi", "cuộc chiến"): a casualty count in whose segment one stands before it, with no time and no attack named, is
    /// that war's running total (<c>SentenceReader.TollOfAWar</c>). Not "fighting" or "clashes", which a day's news tells.
    /// </summary>
    [JsonPropertyName("wars")] public IReadOnlyList<string> Wars { get; init; } = [];

    /// <summary>
    /// Conjunctions that open a "since" clause ("desde que", "depuis que", "seitdem", "с тех пор", "відтоді", "از زمانی که"):
    /// what began then starts a running total ("… since the ceasefire took effect"), unless the clause names one day's
    /// time ("since Tehran began firing missiles this Saturday morning": that day's event; <c>SentenceReader.SinceClauseScope</c>).
    /// </summary>
    [JsonPropertyName("sinceClauses")] public IReadOnlyList<string> SinceClauses { get; init; } = [];
}

/// <summary>Toll nouns by the kind of figure they announce.</summary>
public sealed class TollLexicon
{
    [JsonPropertyName("killed")] public IReadOnlyList<string> Killed { get; init; } = [];

    [JsonPropertyName("injured")] public IReadOnlyList<string> Injured { get; init; } = [];

    [JsonPropertyName("casualties")] public IReadOnlyList<string> Casualties { get; init; } = [];
}
