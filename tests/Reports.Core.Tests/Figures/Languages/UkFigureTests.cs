namespace Reports.Core.Tests.Figures.Languages;

public sealed class UkFigureTests
{
    [Fact]
    public void AirForceReport_LaunchedWithTypeAndMissiles() =>
        Expect("У ніч на 9 березня ворог атакував 112 ударними БпЛА типу Shahed, Гербера та дронами-імітаторами, а також трьома балістичними ракетами Іскандер-М.", ("drones_launched", 112, "exact"), ("missiles_launched", 3, "exact"));

    [Fact]
    public void AirForceReport_ShotDownOrSuppressed() =>
        Expect("Станом на 09:00 протиповітряною обороною збито/подавлено 87 ворожих БпЛА на півночі та сході країни.", ("drones_downed", 87, "exact"));

    [Fact]
    public void AirForceReport_HitsAndLocationsAreNotFigures() =>
        Expect("Також зафіксовано влучання 14 ударних дронів на шести локаціях.");

    [Fact]
    public void Downed_XOfY() =>
        Expect("Сили ППО знищили 52 з 61 російського дрона.", ("drones_downed", 52, "exact"), ("drones_launched", 61, "exact"));

    [Fact]
    public void Casualties_CollectiveNumeralWithApostrophe() =>
        Expect("Внаслідок обстрілу Херсона загинули п’ятеро людей, ще 11 отримали поранення.", ("killed", 5, "exact"), ("injured", 11, "exact"));

    [Fact]
    public void Casualties_AtLeastAndBreakdown() =>
        Expect("Щонайменше 34 людини поранені, серед них шестеро дітей.", ("injured", 34, "at_least"), ("injured", 6, "exact"));

    [Fact]
    public void Qualifiers_OverAndAbout() =>
        Expect("Росіяни випустили понад 70 ракет і близько 150 дронів.", ("missiles_launched", 70, "more_than"), ("drones_launched", 150, "about"));

    [Fact]
    public void Approximate_AHundredOfDrones() =>
        Expect("Мобільні вогневі групи знищили майже сотню шахедів.", ("drones_downed", 100, "nearly"));

    [Fact]
    public void Cumulative_ThousandsInWordsAfterDigits() =>
        Expect("З початку повномасштабного вторгнення загинули понад 12 тисяч цивільних.", ("killed", 12000, "more_than"));

    [Fact]
    public void Separators_SpaceGrouped() =>
        Expect("За місяць росіяни запустили по Україні 4 153 ударних дрони.", ("drones_launched", 4153, "exact"));

    [Fact]
    public void Vague_Tens() =>
        Expect("Десятки людей загинули під завалами.", ("killed", 10, "at_least"));

    [Fact]
    public void Exclusion_AttacksAndAirstrikes() =>
        Expect("Протягом доби противник здійснив 47 атак та завдав 9 авіаударів.");

    [Fact]
    public void Exclusion_WeaponsSupplied() =>
        Expect("США передадуть Україні 90 ракет для систем Patriot.");

    [Fact]
    public void Exclusion_AgeAndMoney() =>
        Expect("Постраждала 63-річна жінка, збитки оцінюють у 40 мільйонів гривень.");

    [Fact]
    public void Exclusion_Hypothetical() =>
        Expect("Росія може запустити 600 дронів за одну ніч.");

    [Fact]
    public void Qualifier_NoMoreThan_IsUpTo() =>
        Expect("Поранено не більше 5 людей.", ("injured", 5, "up_to"));

    [Fact]
    public void Injured_NounBeforeVerbAndNumber() =>
        Expect("Поранення отримали 19 людей, ще 4 загинули.", ("injured", 19, "exact"), ("killed", 4, "exact"));

    private static void Expect(string text, params (string Kind, long Value, string Qualifier)[] expected) =>
        Assert.Equal(Sorted(expected), Sorted(ExtractorHarness.Extract("uk", text)));

    private static (string Kind, long Value, string Qualifier)[] Sorted(IEnumerable<(string Kind, long Value, string Qualifier)> figures) =>
        [.. figures.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Value)];
}
