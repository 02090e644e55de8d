namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-fifth session, English probes of our own (live blogs and explainers, "what we know" pages, Kyiv and Israeli
/// outlets, Sudanese and Myanmar outlets, ACLED/Airwars/OCHA round-ups, air force and defence ministry posts, newsletters,
/// local news, letters and op-eds), each class checked in the other languages where it applies. Sentences written for
/// these tests.
/// </summary>
public sealed class FigureTwentyFifthEnglishTests
{
    [Theory]
    [InlineData("en", "Three soldiers were killed in northern Gaza on Tuesday. It brings the army's death toll in the ground offensive to 468.",
        "killed 3 event; killed 468 cumulative")]
    [InlineData("en", "Two reservists were killed by a roadside bomb on Sunday, the army said. This brings the military's toll in the operation to 52.",
        "killed 2 event; killed 52 cumulative")]
    [InlineData("fr", "Trois soldats ont été tués à Gaza mardi. Cela porte à 468 le bilan des militaires tués depuis le début de l'offensive terrestre.",
        "killed 3 event; killed 468 cumulative")]
    // Negatives: a toll of one attack, or one not many times the count before it, stays that attack's.
    [InlineData("en", "Two more people died in hospital on Monday. The death toll from the strike on the market rose to 34.",
        "killed 2 event; killed 34 event")]
    [InlineData("en", "Nine people were killed in the shelling. The death toll later rose to 14.",
        "killed 9 event; killed 14 event")]
    public void ATollBroughtToAValueInTheSentenceAfterItsCount_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Iran fired dozens of missiles at Israel overnight. Two of the missiles killed five people in Holon.",
        "missiles_launched 12 at_least; killed 5")]
    [InlineData("en", "Three of the drones wounded 11 people in the port.", "injured 11")]
    [InlineData("fr", "L'Iran a tiré des dizaines de missiles sur Israël dans la nuit. Deux des missiles ont tué cinq personnes à Holon.",
        "missiles_launched 10 at_least; killed 5")]
    [InlineData("es", "Irán lanzó decenas de misiles contra Israel durante la noche. Dos de los misiles mataron a cinco personas en Holón.",
        "missiles_launched 10 at_least; killed 5")]
    // Negative: a part intercepted is downed.
    [InlineData("en", "Iran fired 20 missiles at Israel. Three of the missiles were intercepted.", "missiles_launched 20; missiles_downed 3")]
    public void APartOfTheWeaponsThatKillsOrWounds_IsNoDownedFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "During October, the monitors documented 37 incidents in the region. They found that 58 civilians were killed, including 11 children.",
        "killed 58 cumulative; killed 11 cumulative")]
    [InlineData("en", "KEY FIGURES - Civilians killed in the region in October\nTotal killed: 58",
        "killed 58 cumulative")]
    [InlineData("fr", "En octobre, les observateurs ont recensé 37 incidents dans la région. Ils estiment que 58 civils ont été tués, dont 11 enfants.",
        "killed 58 cumulative; killed 11 cumulative")]
    [InlineData("de", "Im Oktober verzeichneten die Beobachter 37 Vorfälle in der Region. Sie schätzen, dass 58 Zivilisten getötet wurden, darunter 11 Kinder.",
        "killed 58 cumulative; killed 11 cumulative")]
    [InlineData("ru", "В октябре наблюдатели зафиксировали 37 инцидентов в регионе. По их оценкам, погибли 58 мирных жителей, в том числе 11 детей.",
        "killed 58 cumulative; killed 11 cumulative")]
    // Negatives: a count naming its attack, a sentence with its own day, or a "since" before the month, keep the event.
    [InlineData("en", "In October, Russian troops captured the village. A drone strike on a bus killed six people.", "killed 6 event")]
    [InlineData("en", "In October, Russian troops captured the village. Six people were killed on Sunday.", "killed 6 event")]
    [InlineData("en", "Shelling of the town has not stopped since October. Four people were killed and nine wounded.", "killed 4 event; injured 9 event")]
    public void AMonthFramedByTheSentenceBefore_IsTheCountsPeriod(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Troops opened fire near the aid point on Tuesday, shooting 64 people, 29 of them fatally.", "killed 29")]
    [InlineData("en", "Gunmen shot 12 people at the market, three of whom died.", "killed 3")]
    [InlineData("fr", "Les soldats ont tiré sur 64 personnes mardi, dont 29 mortellement.", "killed 29")]
    [InlineData("es", "Los soldados dispararon contra 64 personas el martes, 29 de ellas mortalmente.", "killed 29")]
    // Negatives: a part whose own words are no verb, and a part set off before the verb, read as before.
    [InlineData("en", "The strikes killed 40 people, 12 of them in Gaza City.", "killed 40; killed 12")]
    [InlineData("en", "Twelve people, four of them children, were killed.", "killed 12; killed 4")]
    [InlineData("en", "The attack wounded 30 people, 12 of them seriously.", "injured 30; injured 12")]
    public void ACountWhosePartAfterItIsKilled_TakesNotThePartsVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Twenty-three people were killed in the strike. Reporters identified 15 of the dead by name.", "killed 23")]
    [InlineData("fr", "Vingt-trois personnes ont été tuées dans la frappe. Les journalistes ont identifié 15 des morts.", "killed 23")]
    [InlineData("de", "23 Menschen wurden bei dem Angriff getötet. Reporter identifizierten 15 der Toten.", "killed 23")]
    // Negative: a part of the dead named by what they were is a figure.
    [InlineData("en", "Twenty-three people were killed in the strike. Fifteen of the dead were children.", "killed 23; killed 15")]
    public void IdentifyingSomeOfTheDead_IsNoToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Ukraine's drone makers expect to produce 3 million drones next year.", "")]
    [InlineData("en", "The drone industry produces 400 drones a day.", "")]
    [InlineData("en", "Kyiv's drone makers expect to build 3 million drones next year.", "")]
    // Negative: a word of making after another weapon's noun says where it was made.
    [InlineData("ru", "Сбиты шесть ракет ATACMS американского производства и 35 беспилотников.", "missiles_downed 6; drones_downed 35")]
    public void AVerbOfMakingRightBeforeTheCount_GovernsItAfterAWeaponNoun(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The talks left out the civilians. More than 12,000 of them have been killed since 2022, the UN says.", "killed 12000 more_than")]
    [InlineData("en", "Twenty workers were at the plant. Five of them had been killed.", "killed 5")]
    [InlineData("fr", "Personne n'a parlé des civils. Plus de 12 000 d'entre eux ont été tués depuis 2022, selon l'ONU.", "killed 12000 more_than")]
    // Negative: function words after a verb of another meaning are no auxiliaries of the count's.
    [InlineData("en", "Two men were critically hurt by shrapnel, with one succumbing to their wounds.", "injured 2")]
    public void AuxiliariesAfterABareCountOrItsOfThem_LeadToItsCasualtyVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "KEY FIGURES - Civilians killed in Odesa region in October\nTotal killed: 48\nOf them in Odesa city: 17\nChildren: 6",
        "killed 48 cumulative; killed 17 cumulative; killed 6 cumulative")]
    [InlineData("en", "Civilian deaths in Sumy region this year\n\nTotal killed: 48\nAmong them in Sumy city: 17\nChildren: 6",
        "killed 48 cumulative; killed 17 cumulative; killed 6 cumulative")]
    [InlineData("fr", "Civils tués dans la région d'Odessa en octobre\nTotal des tués : 48\nDont dans la ville d'Odessa : 17\nEnfants : 6",
        "killed 48 cumulative; killed 17 cumulative; killed 6 cumulative")]
    [InlineData("uk", "Загиблі цивільні в Одеській області у жовтні\nЗагалом загинули: 48\nЗ них в Одесі: 17\nДіти: 9",
        "killed 48 cumulative; killed 17 cumulative; killed 9 cumulative")]
    // Negative: label lines under no heading of victims give nothing, as before.
    [InlineData("en", "Weekly bulletin\nDoctors: 12\nNurses: 30", "")]
    public void LabelLinesUnderAHeadingOfVictims_CountItsKindOverItsPeriod(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
