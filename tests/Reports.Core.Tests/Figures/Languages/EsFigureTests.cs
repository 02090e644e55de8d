namespace Reports.Core.Tests.Figures.Languages;

public sealed class EsFigureTests
{
    [Fact]
    public void Casualties_AtLeastAndOthers() =>
        Expect("Al menos 18 personas murieron y otras 42 resultaron heridas en el bombardeo de Odesa.", ("killed", 18, "at_least"), ("injured", 42, "exact"));

    [Fact]
    public void Casualties_DeadAndWoundedNouns() =>
        Expect("El ataque dejó 6 muertos y 27 heridos, según las autoridades locales.", ("killed", 6, "exact"), ("injured", 27, "exact"));

    [Fact]
    public void Casualties_IncludingChildren() =>
        Expect("Al menos 31 personas murieron, entre ellas siete niños, en un bombardeo nocturno.", ("killed", 31, "at_least"), ("killed", 7, "exact"));

    [Fact]
    public void Downed_XDeLosY() =>
        Expect("Ucrania derribó 44 de los 49 drones lanzados por Rusia durante la noche.", ("drones_downed", 44, "exact"), ("drones_launched", 49, "exact"));

    [Fact]
    public void Launched_AboutAndNumberWords() =>
        Expect("Rusia lanzó unos 90 drones y tres misiles de crucero contra Kiev.", ("drones_launched", 90, "about"), ("missiles_launched", 3, "exact"));

    [Fact]
    public void Numbers_TensAndUnitsWithY() =>
        Expect("Treinta y cinco soldados murieron en la emboscada.", ("killed", 35, "exact"));

    [Fact]
    public void Separators_SpaceGroupedThousands() =>
        Expect("La misión ha registrado 8 421 muertos y 21 078 heridos entre los civiles.", ("killed", 8421, "exact"), ("injured", 21078, "exact"));

    [Fact]
    public void Separators_DotGrouped_Cumulative() =>
        Expect("Desde el inicio de la guerra han muerto más de 10.500 civiles.", ("killed", 10500, "more_than"));

    [Fact]
    public void Vague_TensOfInjured() =>
        Expect("Las autoridades informaron de decenas de heridos tras la explosión.", ("injured", 10, "at_least"));

    [Fact]
    public void Vague_Hundreds() =>
        Expect("Cientos de misiles fueron interceptados por el sistema de defensa.", ("missiles_downed", 100, "at_least"));

    [Fact]
    public void Qualifier_Nearly() =>
        Expect("Casi 200 drones fueron derribados en una sola noche.", ("drones_downed", 200, "nearly"));

    [Fact]
    public void Exclusion_DaysAndAttacks() =>
        Expect("En los últimos dos días se registraron 150 ataques con drones kamikaze.");

    [Fact]
    public void Exclusion_SuppliedAndMoney() =>
        Expect("Estados Unidos entregará 50 misiles Patriot por valor de 1.500 millones de dólares.");

    [Fact]
    public void Exclusion_Age() =>
        Expect("Un hombre de 45 años murió en el ataque.");

    [Fact]
    public void Exclusion_Hypothetical() =>
        Expect("Rusia podría lanzar hasta 1.000 drones en un solo ataque.");

    [Fact]
    public void Downed_DeLosCualesBreakdown() =>
        Expect("Rusia lanzó 112 drones, de los cuales 86 fueron derribados.", ("drones_launched", 112, "exact"), ("drones_downed", 86, "exact"));

    [Fact]
    public void WeakOne_TalliedAgainstAnotherNumber() =>
        Expect("El bombardeo dejó un muerto y 5 heridos.", ("killed", 1, "exact"), ("injured", 5, "exact"));

    [Fact]
    public void Casualties_PeopleOfTheForces() =>
        Expect("Cinco soldados de las fuerzas ucranianas murieron.", ("killed", 5, "exact"));

    private static void Expect(string text, params (string Kind, long Value, string Qualifier)[] expected) =>
        Assert.Equal(Sorted(expected), Sorted(ExtractorHarness.Extract("es", text)));

    private static (string Kind, long Value, string Qualifier)[] Sorted(IEnumerable<(string Kind, long Value, string Qualifier)> figures) =>
        [.. figures.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Value)];
}
