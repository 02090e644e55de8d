namespace Reports.Core.Tests.Figures.Languages;

public sealed class RuFigureTests
{
    [Fact]
    public void Downed_XOfY_GivesDownedAndLaunched() =>
        Expect("Ночью дежурные средства ПВО сбили 37 из 42 украинских беспилотников.", ("drones_downed", 37, "exact"), ("drones_launched", 42, "exact"));

    [Fact]
    public void Downed_NumberWordsAndLongDroneNoun_AreRead() =>
        Expect("Над Брянской областью перехвачены и уничтожены двадцать шесть беспилотных летательных аппаратов самолетного типа.", ("drones_downed", 26, "exact"));

    [Fact]
    public void Launched_InstrumentalCase_DronesAndMissiles() =>
        Expect("В ночь на 14 мая противник атаковал Украину 163 ударными беспилотниками типа «Шахед» и пятью крылатыми ракетами Х-101.", ("drones_launched", 163, "exact"), ("missiles_launched", 5, "exact"));

    [Fact]
    public void Casualties_CollectiveNumeralsAndOthers() =>
        Expect("В результате удара по Белгороду погибли трое мирных жителей, еще 17 человек получили ранения.", ("killed", 3, "exact"), ("injured", 17, "exact"));

    [Fact]
    public void Qualifiers_NotLessAndMoreThan() =>
        Expect("По данным губернатора, погибли не менее 8 человек, более 30 пострадали.", ("killed", 8, "at_least"), ("injured", 30, "more_than"));

    [Fact]
    public void Qualifiers_AboutAndNearly() =>
        Expect("Армия выпустила около 40 ракет, почти 90 дронов были сбиты.", ("missiles_launched", 40, "about"), ("drones_downed", 90, "nearly"));

    [Fact]
    public void Breakdown_IncludingChildren_TakesTheKind() =>
        Expect("Ранены 23 человека, в том числе четверо детей.", ("injured", 23, "exact"), ("injured", 4, "exact"));

    [Fact]
    public void Separators_SpaceGroupedThousands_Cumulative() =>
        Expect("С начала года в регионе погибли 1 318 мирных жителей.", ("killed", 1318, "exact"));

    [Fact]
    public void Scale_SpelledThousands() =>
        Expect("По оценкам ООН, свыше двухсот пятидесяти тысяч человек были ранены.", ("injured", 250000, "more_than"));

    [Fact]
    public void Scale_DigitsWithThousandWord() =>
        Expect("Потери противника составили около 2 тысяч человек за неделю.", ("casualties", 2000, "about"));

    [Fact]
    public void Vague_TensAndHundreds_AreAtLeast() =>
        Expect("Десятки человек погибли, сотни получили ранения.", ("killed", 10, "at_least"), ("injured", 100, "at_least"));

    [Fact]
    public void Lost_LocationallyCountsAsDowned() =>
        Expect("Еще 41 беспилотник локационно потерян.", ("drones_downed", 41, "exact"));

    [Fact]
    public void Exclusion_WeaponsSuppliedAndMoney() =>
        Expect("Россия передала Ирану 120 ракет на сумму 1,5 млрд долларов.");

    [Fact]
    public void Exclusion_AgeAndDate() =>
        Expect("Пострадала женщина 54 лет, удар был нанесен 3 марта.");

    [Fact]
    public void Exclusion_AttacksAreNotFigures() =>
        Expect("За сутки противник совершил 86 атак с применением дронов.");

    [Fact]
    public void Exclusion_Hypothetical() =>
        Expect("Эксперты считают, что Россия может запускать 800 дронов за ночь.");

    [Fact]
    public void List_RegionDashNumber_InheritsTheKind() =>
        Expect("За ночь уничтожены шесть беспилотников:\n- Липецкая область – пять,\n- Воронежская область – один.", ("drones_downed", 6, "exact"), ("drones_downed", 5, "exact"), ("drones_downed", 1, "exact"));

    [Fact]
    public void Scale_AbbreviatedThousands() =>
        Expect("Более 4 тыс. человек получили ранения.", ("injured", 4000, "more_than"));

    [Fact]
    public void Casualties_VictimsNounAndInjuriesBeforeNumber() =>
        Expect("Жертвами обстрела стали 5 жителей Горловки, травмы получили еще 9.", ("killed", 5, "exact"), ("injured", 9, "exact"));

    [Fact]
    public void Casualties_MilitaryLossesUpTo() =>
        Expect("За сутки потери ВСУ составили до 1 320 военнослужащих на Харьковском направлении.", ("casualties", 1320, "up_to"));

    [Fact]
    public void Scale_AbbreviatedThousandsAfterTheVerb() =>
        Expect("Ранения получили более 4 тыс. человек.", ("injured", 4000, "more_than"));

    private static void Expect(string text, params (string Kind, long Value, string Qualifier)[] expected) =>
        Assert.Equal(Sorted(expected), Sorted(ExtractorHarness.Extract("ru", text)));

    private static (string Kind, long Value, string Qualifier)[] Sorted(IEnumerable<(string Kind, long Value, string Qualifier)> figures) =>
        [.. figures.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Value)];
}
