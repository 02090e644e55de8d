namespace Reports.Core.Tests.Figures.Languages;

public sealed class FrFigureTests
{
    [Fact]
    public void Casualties_AtLeastAndApproximateTens() =>
        Expect("Au moins 14 personnes ont été tuées et une trentaine blessées dans une frappe russe sur Soumy.", ("killed", 14, "at_least"), ("injured", 30, "about"));

    [Fact]
    public void Casualties_HyphenatedNumberWords() =>
        Expect("Trente-deux civils ont trouvé la mort et soixante-dix-huit autres ont été blessés.", ("killed", 32, "exact"), ("injured", 78, "exact"));

    [Fact]
    public void WeakOne_TalliedAgainstAnotherNumber() =>
        Expect("Une femme a été tuée et trois autres personnes ont été blessées à Kherson.", ("killed", 1, "exact"), ("injured", 3, "exact"));

    [Fact]
    public void WeakOne_AloneIsNoFigure() =>
        Expect("Un soldat israélien a été tué dans le sud du Liban.");

    [Fact]
    public void Downed_XDesY() =>
        Expect("L'armée de l'air ukrainienne affirme avoir abattu 51 des 58 drones lancés dans la nuit.", ("drones_downed", 51, "exact"), ("drones_launched", 58, "exact"));

    [Fact]
    public void Launched_MissilesAndApproximateThousand() =>
        Expect("Téhéran a tiré plus de 180 missiles balistiques et un millier de drones vers Israël.", ("missiles_launched", 180, "more_than"), ("drones_launched", 1000, "about"));

    [Fact]
    public void Qualifier_NearlyAHundred() =>
        Expect("Près d'une centaine de drones ont été interceptés au-dessus de la région.", ("drones_downed", 100, "nearly"));

    [Fact]
    public void Separators_SpaceGrouped_Cumulative() =>
        Expect("Selon le ministère, plus de 43 000 Palestiniens ont été tués depuis le début de la guerre.", ("killed", 43000, "more_than"));

    [Fact]
    public void Vague_TensOfThousands() =>
        Expect("Des dizaines de milliers de civils ont été blessés depuis octobre.", ("injured", 10000, "at_least"));

    [Fact]
    public void Vague_Hundreds() =>
        Expect("Des centaines de roquettes ont été tirées depuis le Liban.", ("missiles_launched", 100, "at_least"));

    [Fact]
    public void Breakdown_Dont() =>
        Expect("Douze personnes ont été tuées, dont quatre enfants.", ("killed", 12, "exact"), ("killed", 4, "exact"));

    [Fact]
    public void Exclusion_DeliveredWeapons() =>
        Expect("Les États-Unis ont livré 31 chars Abrams et 500 missiles à l'Ukraine.");

    [Fact]
    public void Exclusion_AgeAndMoney() =>
        Expect("Un garçon de 9 ans figure parmi les victimes, selon un communiqué évoquant 3 millions d'euros de dégâts.");

    [Fact]
    public void Exclusion_Attacks() =>
        Expect("La Russie a mené 17 attaques de drones contre des sites énergétiques.");

    [Fact]
    public void Exclusion_Hypothetical() =>
        Expect("L'Iran pourrait lancer jusqu'à 1 000 missiles sur Israël.");

    [Fact]
    public void Downed_XNounSurY() =>
        Expect("La défense a abattu 28 drones sur 31.", ("drones_downed", 28, "exact"), ("drones_launched", 31, "exact"));

    [Fact]
    public void Casualties_KilledAndWoundedVerbsBeforeNumbers() =>
        Expect("Le missile a tué 5 personnes et en a blessé 12 autres.", ("killed", 5, "exact"), ("injured", 12, "exact"));

    [Fact]
    public void Casualties_PeopleOfTheForces() =>
        Expect("Cinq soldats des forces ukrainiennes ont été tués.", ("killed", 5, "exact"));

    private static void Expect(string text, params (string Kind, long Value, string Qualifier)[] expected) =>
        Assert.Equal(Sorted(expected), Sorted(ExtractorHarness.Extract("fr", text)));

    private static (string Kind, long Value, string Qualifier)[] Sorted(IEnumerable<(string Kind, long Value, string Qualifier)> figures) =>
        [.. figures.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Value)];
}
