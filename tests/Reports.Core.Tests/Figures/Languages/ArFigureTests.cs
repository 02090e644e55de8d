namespace Reports.Core.Tests.Figures.Languages;

public sealed class ArFigureTests
{
    [Fact]
    public void Launched_CliticDigitsAndNumberWord() =>
        Expect("أطلقت روسيا ليلة الأحد أربعة صواريخ باليستية و87 طائرة مسيرة على مدن أوكرانية.", ("missiles_launched", 4, "exact"), ("drones_launched", 87, "exact"));

    [Fact]
    public void Downed_XOfY() =>
        Expect("أعلن سلاح الجو الأوكراني أنه أسقط 56 من أصل 70 مسيرة أطلقتها روسيا.", ("drones_downed", 56, "exact"), ("drones_launched", 70, "exact"));

    [Fact]
    public void Killed_DualNoun_IsTwo() =>
        Expect("أسفر القصف الروسي على خاركيف عن مقتل شخصين", ("killed", 2, "exact"));

    [Fact]
    public void Killed_IncludingChildren() =>
        Expect("أسفرت الغارات عن مقتل 14 شخصا بينهم 5 أطفال.", ("killed", 14, "exact"), ("killed", 5, "exact"));

    [Fact]
    public void Injured_VerbBeforeNumber() =>
        Expect("أصيب 3 جنود إسرائيليين بجروح خطيرة في جنوب لبنان.", ("injured", 3, "exact"));

    [Fact]
    public void Separators_CommaGrouped_Cumulative() =>
        Expect("قالت وزارة الصحة إن حصيلة الشهداء ارتفعت إلى 41,909 شهيدا منذ بدء الحرب.", ("killed", 41909, "exact"));

    [Fact]
    public void Scale_ThousandWordAfterDigits() =>
        Expect("ارتفع عدد القتلى منذ بداية الحرب إلى أكثر من 43 ألف قتيل.", ("killed", 43000, "more_than"));

    [Fact]
    public void Scale_ThousandsAndConnectorGluedToDigits() =>
        Expect("قالت وزارة الصحة إن حصيلة الشهداء منذ بدء الحرب ارتفعت إلى 38 ألفًا و214 شهيدا و88 ألفا و305 مصابين.", ("killed", 38214, "exact"), ("injured", 88305, "exact"));

    [Fact]
    public void Qualifier_About() =>
        Expect("أطلقت إيران نحو 180 صاروخا باليستيا على إسرائيل.", ("missiles_launched", 180, "about"));

    [Fact]
    public void Vague_Tens() =>
        Expect("أطلق حزب الله عشرات الصواريخ على شمال إسرائيل.", ("missiles_launched", 10, "at_least"));

    [Fact]
    public void Numbers_ArabicIndicDigits() =>
        Expect("اعترضت الدفاعات الجوية ٢٥ طائرة مسيرة فوق المدينة.", ("drones_downed", 25, "exact"));

    [Fact]
    public void Exclusion_Age() =>
        Expect("قتل رجل يبلغ من العمر 60 عاما في القصف.");

    [Fact]
    public void Exclusion_Raids() =>
        Expect("نفذ الجيش 40 غارة على جنوب لبنان خلال الليل.");

    [Fact]
    public void Exclusion_ProductionPlans() =>
        Expect("تعتزم روسيا إنتاج 6 آلاف طائرة مسيرة سنويا.");

    [Fact]
    public void Exclusion_Money() =>
        Expect("قدمت الولايات المتحدة مساعدات عسكرية بقيمة 500 مليون دولار.");

    [Fact]
    public void Casualties_KilledOrInjuredTogether() =>
        Expect("أدى القصف المدفعي إلى مقتل وإصابة 27 شخصا في المدينة.", ("casualties", 27, "exact"));

    [Fact]
    public void Casualties_KilledAndInjuredJoinedByWa() =>
        Expect("أسفر القصف عن استشهاد 6 فلسطينيين وإصابة 15 آخرين.", ("killed", 6, "exact"), ("injured", 15, "exact"));

    [Fact]
    public void Downed_DualMissilesThenDrones() =>
        Expect("أسقطت الدفاعات الجوية صاروخين و12 مسيرة.", ("missiles_downed", 2, "exact"), ("drones_downed", 12, "exact"));

    [Fact]
    public void Qualifier_AtLeastAfterTheNoun() =>
        Expect("قتل سبعة أشخاص على الأقل في الهجوم الروسي.", ("killed", 7, "at_least"));

    [Theory]
    [InlineData("دمرت الدفاعات الجوية 35 من أصل 42 طائرة مسيرة أطلقها العدو ليلا، إضافة إلى أربعة صواريخ.")]
    [InlineData("دمرت الدفاعات الجوية 35 من أصل 42 طائرة مسيرة ليلا، فضلا عن أربعة صواريخ.")]
    public void InAdditionTo_AfterADowning_SharesTheDowningVerb(string text) =>
        Expect(text, ("drones_downed", 35, "exact"), ("drones_launched", 42, "exact"), ("missiles_downed", 4, "exact"));

    private static void Expect(string text, params (string Kind, long Value, string Qualifier)[] expected) =>
        Assert.Equal(Sorted(expected), Sorted(ExtractorHarness.Extract("ar", text)));

    private static (string Kind, long Value, string Qualifier)[] Sorted(IEnumerable<(string Kind, long Value, string Qualifier)> figures) =>
        [.. figures.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Value)];

    [Fact]
    public void Downed_DualSubsetOfTotal() =>
        Expect("وأسقطت الدفاعات 22 من أصل 25 طائرة مسيرة، إضافة إلى صاروخين من أصل ثلاثة صواريخ أطلقت خلال الهجوم.", ("drones_downed", 22, "exact"), ("drones_launched", 25, "exact"), ("missiles_downed", 2, "exact"), ("missiles_launched", 3, "exact"));

    [Fact]
    public void Casualties_VerbBeforeBeatsWeaponNounAfter() =>
        Expect("قتل 14 شخصا على الأقل وأصيب 29 آخرون في هجوم بطائرات مسيرة.", ("killed", 14, "at_least"), ("injured", 29, "exact"));
}
