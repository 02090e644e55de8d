namespace Reports.Core.Figures;

/// <summary>What earlier sentences of the article were about.</summary>
internal sealed class ArticleContext
{
    public int SentenceIndex { get; set; }

    /// <summary>Some sentence of the article names an attack, a weapon or shooting down.</summary>
    public bool Violence { get; set; }

    public Tag? LastWeapon { get; set; }

    public int WeaponSentence { get; set; } = -10;

    public FigureKind? LastCasualty { get; set; }

    /// <summary>The value of the last casualty figure read (in <see cref="CasualtySentence"/>), not a running total.</summary>
    public long? LastCasualtyValue { get; set; }

    /// <summary>
    /// The last sentence with no figure that frames a period by a month without a day ("During November, Airwars tracked
    /// 41 incidents.", a heading "Civilians killed in the region in November").
    /// </summary>
    public int PeriodSentence { get; set; } = -10;

    /// <summary>The largest event count of the last sentence with figures (0 when none).</summary>
    public long LastEventMax { get; set; }

    /// <summary>The smallest running total of the last sentence with figures (0 when none).</summary>
    public long LastCumulativeMin { get; set; }

    /// <summary>The last sentence that kept <see cref="PeriodSentence"/>'s frame across it with nothing of its own.</summary>
    public int PeriodBridged { get; set; } = -10;

    /// <summary>The largest casualty count of the sentence that set <see cref="LastCasualty"/>.</summary>
    public long LastCasualtyMax { get; set; }

    public FigureKind? ListKind { get; set; }

    public int ListSentence { get; set; } = -10;

    /// <summary>
    /// The kind named by a heading line with no number ("The total combat losses of the enemy from 24.02.22 to 05.12.25
    /// were approximately:"), and its sentence: the labelled line after it ("personnel ‒ about 1,015,780 (+1,150)") counts it.
    /// </summary>
    public FigureKind? HeaderKind { get; set; }

    public int HeaderSentence { get; set; } = -10;

    public int CasualtySentence { get; set; } = -10;

    /// <summary>The last sentence that names a death toll (data <c>tolls.killed</c>).</summary>
    public int TollSentence { get; set; } = -10;

    /// <summary>The scope of the last figure read, and its sentence.</summary>
    public FigureScope LastScope { get; set; }

    /// <summary>The kinds of the last sentence's figures, one bit per <see cref="FigureKind"/>.</summary>
    public int LastKinds { get; set; }

    public int FigureSentence { get; set; } = -10;

    /// <summary>The article has stated a launched total of drones / of missiles.</summary>
    public bool DronesLaunched { get; set; }

    public bool MissilesLaunched { get; set; }

    /// <summary>The last launched count of drones / of missiles stated (a part read later is never larger).</summary>
    public long? LastDronesLaunched { get; set; }

    public long? LastMissilesLaunched { get; set; }

    /// <summary>
    /// The sentence whose launched counts of drones / of missiles were all running totals (<c>SentenceReader.DownedAfterPeriodsLaunches</c>),
    /// one bit per weapon (1 drones, 2 missiles).
    /// </summary>
    public int PeriodLaunchSentence { get; set; } = -10;

    public int PeriodLaunchWeapons { get; set; }

    /// <summary>The kind of the last weapons figure read, and its sentence ("Из них 21 БПЛА – над …" continues it).</summary>
    public FigureKind? LastWeaponKind { get; set; }

    public int WeaponFigureSentence { get; set; } = -10;

    /// <summary>The last sentence that names a weapon and a hit ("Ракета влучила в гуртожиток у Полтаві").</summary>
    public int StrikeSentence { get; set; } = -10;

    /// <summary>
    /// Vague counts of wounded the body shows tended over weeks or months (<c>SentenceReader.TendedOverTime</c>): the
    /// headline's same count is no figure either ("Hàng trăm người bị thương được sơ tán khỏi Gaza").
    /// </summary>
    public List<(FigureKind Kind, long Value)>? Tended { get; set; }

    /// <summary>
    /// A weak "one" with its people noun and casualty verb that stood alone in its sentence ("Ein Mensch ist getötet
    /// worden."), kept for the next sentence, and its sentence: a count of "others" opening the next ("Vier weitere wurden
    /// verletzt") makes it a tally (<c>SentenceReader.WeakOneBeforeOthers</c>).
    /// </summary>
    public (Candidate Candidate, int Sentence)? WeakOne { get; set; }

    /// <summary>The kept weak "one" is a tally: the extractor adds it from its own sentence.</summary>
    public (Candidate Candidate, int Sentence)? WeakOneTaken { get; set; }

    /// <summary>
    /// The weapons of the last sentence's weapon counts, in order, when it had two or more ("launched 4,210 drones and 188
    /// missiles"), and its sentence: a bare list closed by "respectively" in the next sentence counts them at their places.
    /// </summary>
    public Tag[]? WeaponList { get; set; }

    public int WeaponListSentence { get; set; } = -10;

    /// <summary>
    /// The kinds of the last sentence's last two figures (the first null when it had one, or two of one kind), their scope,
    /// and its sentence: "In October the figures were 26 and 161." gives them in order (<c>SentenceReader.FollowUp</c>).
    /// </summary>
    public FigureKind? FollowFirst { get; set; }

    public FigureKind? FollowLast { get; set; }

    public FigureScope FollowScope { get; set; }

    public int FollowSentence { get; set; } = -10;

    /// <summary>The scope of that sentence's weapon counts: the items of a "respectively" list after it take it.</summary>
    public FigureScope WeaponListScope { get; set; }
}
