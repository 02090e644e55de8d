namespace Reports.Core.Tests.Figures.Languages;

public sealed class DeFigureTests
{
    [Fact]
    public void Casualties_AtLeastAndOthers() =>
        Expect("Bei dem russischen Angriff auf Saporischschja wurden mindestens vier Menschen getötet und 19 weitere verletzt.", ("killed", 4, "at_least"), ("injured", 19, "exact"));

    [Fact]
    public void Casualties_IncludingChildren() =>
        Expect("In Charkiw kamen 7 Menschen ums Leben, darunter zwei Kinder.", ("killed", 7, "exact"), ("killed", 2, "exact"));

    [Fact]
    public void Downed_XOfY() =>
        Expect("Die Flugabwehr schoss nach eigenen Angaben 58 von 64 Drohnen ab.", ("drones_downed", 58, "exact"), ("drones_launched", 64, "exact"));

    [Fact]
    public void Launched_CompoundsAndCruiseMissiles() =>
        Expect("Russland feuerte in der Nacht 86 Kampfdrohnen und drei Marschflugkörper ab.", ("drones_launched", 86, "exact"), ("missiles_launched", 3, "exact"));

    [Fact]
    public void Launched_DroneAttacksCountDrones() =>
        Expect("Die ukrainische Luftwaffe meldete 41 russische Drohnenangriffe.", ("drones_launched", 41, "exact"));

    [Fact]
    public void Numbers_CompoundWordsAndHundred() =>
        Expect("Dreiundzwanzig Menschen starben, mehr als hundert wurden verwundet.", ("killed", 23, "exact"), ("injured", 100, "more_than"));

    [Fact]
    public void Separators_DotGroupedThousands_Cumulative() =>
        Expect("Seit Kriegsbeginn wurden nach UN-Angaben mehr als 12.300 Zivilisten getötet.", ("killed", 12300, "more_than"));

    [Fact]
    public void Separators_SpaceGroupedThousands() =>
        Expect("Die Mission zählte bislang 8 421 Tote und 21 078 Verletzte unter Zivilisten.", ("killed", 8421, "exact"), ("injured", 21078, "exact"));

    [Fact]
    public void Separators_SpaceBeforeTwoDigits_IsTwoNumbers() =>
        Expect("Bei dem Angriff am 14 wurden 12 Menschen getötet.", ("killed", 12, "exact"));

    [Fact]
    public void Qualifiers_AboutAndNearly() =>
        Expect("Russland setzte rund 70 Drohnen ein, fast 60 davon wurden abgefangen.", ("drones_launched", 70, "about"), ("drones_downed", 60, "nearly"));

    [Fact]
    public void Vague_Dozens() =>
        Expect("Dutzende Menschen wurden bei dem Angriff verletzt.", ("injured", 12, "at_least"));

    [Fact]
    public void Vague_Hundreds_Downed() =>
        Expect("Hunderte Drohnen wurden in der Nacht abgewehrt.", ("drones_downed", 100, "at_least"));

    [Fact]
    public void WeakOne_TalliedAgainstAnotherNumber() =>
        Expect("Ein Mann wurde getötet, zwei weitere Menschen wurden verletzt.", ("killed", 1, "exact"), ("injured", 2, "exact"));

    [Fact]
    public void WeakOne_AloneIsNoFigure() =>
        Expect("Ein Zivilist wurde getötet.");

    [Fact]
    public void Exclusion_SuppliedAndMoney() =>
        Expect("Deutschland liefert der Ukraine 100 Flugabwehrraketen im Wert von 500 Millionen Euro.");

    [Fact]
    public void Exclusion_AttacksAndAge() =>
        Expect("Die Armee zählte 35 Angriffe, unter den Toten ist ein 15-jähriger Junge.");

    [Fact]
    public void Exclusion_Hypothetical() =>
        Expect("Russland könnte bis zu 1.000 Drohnen pro Nacht einsetzen.");

    [Fact]
    public void Downed_XDerY() =>
        Expect("Nach ukrainischen Angaben wurden 45 der 60 Drohnen abgeschossen.", ("drones_downed", 45, "exact"), ("drones_launched", 60, "exact"));

    [Theory]
    [InlineData("Luftabwehr fängt 40 Drohnen über Kiew ab")]
    [InlineData("Die Flugabwehr schießt in der Nacht 40 Drohnen über dem Gebiet Kursk ab.")]
    [InlineData("Ukrainische Einheiten fangen 40 russische Drohnen ab.")]
    public void Downed_SeparableVerbInThePresent(string text) =>
        Expect(text, ("drones_downed", 40, "exact"));

    [Fact]
    public void Respektive_JoinsTwoCountsAndMapsThemOntoTheWeaponsBefore() =>
        Expect("Russland setzte 90 Drohnen und sieben Raketen ein. Die Flugabwehr vernichtete 75 respektive fünf davon.",
            ("drones_launched", 90, "exact"), ("missiles_launched", 7, "exact"), ("drones_downed", 75, "exact"), ("missiles_downed", 5, "exact"));

    [Fact]
    public void Respektive_JoinsTwoTollsOfOneNoun() =>
        Expect("In Sumy und Poltawa wurden vier respektive neun Menschen getötet.", ("killed", 4, "exact"), ("killed", 9, "exact"));

    private static void Expect(string text, params (string Kind, long Value, string Qualifier)[] expected) =>
        Assert.Equal(Sorted(expected), Sorted(ExtractorHarness.Extract("de", text)));

    private static (string Kind, long Value, string Qualifier)[] Sorted(IEnumerable<(string Kind, long Value, string Qualifier)> figures) =>
        [.. figures.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Value)];
}
