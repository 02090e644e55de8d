namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-fourth session, written for these tests (no evaluation text): statistical round-ups in every language — "last
/// week" frames a week's tally as a running total in each language (only English and three others knew it); a dash that
/// stands for the copula ("Среди погибших — 9 детей") keeps a next-sentence part; verbs of reaching a value head a toll
/// even where they are also verbs of hitting a target ("alcanzaron", "ont atteint"); an earlier value in parentheses
/// after the figure's people and time phrase ("… in the first half of the year (1,050 in the same period last year)").
/// </summary>
public sealed class LeadTwentyFourthTests
{
    [Theory]
    [InlineData("fr", "La semaine dernière, les frappes russes ont tué 27 civils dans la région de Donetsk et 14 dans celle de Kharkiv.", "killed 27 cumulative; killed 14 cumulative")]
    [InlineData("uk", "Минулого тижня внаслідок російських обстрілів загинули 23 людини в Херсоні та 8 у Нікополі.", "killed 23 cumulative; killed 8 cumulative")]
    [InlineData("ru", "На прошлой неделе в результате обстрелов погибли 23 человека в Херсоне.", "killed 23 cumulative")]
    [InlineData("es", "La semana pasada los bombardeos rusos mataron a 27 civiles en la región de Donetsk.", "killed 27 cumulative")]
    [InlineData("de", "In der vergangenen Woche wurden in der Region Donezk 27 Zivilisten getötet.", "killed 27 cumulative")]
    [InlineData("ar", "قتل 27 مدنيا في منطقة دونيتسك الأسبوع الماضي.", "killed 27 cumulative")]
    [InlineData("en", "It was the second strike on the town this week, bringing the week's death toll to seven.", "killed 7 cumulative")]
    // Negatives: one strike last week is one event.
    [InlineData("fr", "Une frappe de missile sur Odessa la semaine dernière a tué 12 personnes.", "killed 12 event")]
    [InlineData("ru", "Ракетный удар по Одессе на прошлой неделе унёс жизни 12 человек.", "killed 12 event")]
    [InlineData("de", "Bei einem Raketenangriff auf Odessa in der vergangenen Woche wurden 12 Menschen getötet.", "killed 12 event")]
    [InlineData("es", "Un ataque con misiles contra Odesa la semana pasada mató a 12 personas.", "killed 12 event")]
    public void LastWeekFramesAWeeksTally(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("ru", "За сентябрь в стране погибли 140 мирных жителей, 610 получили ранения. Среди погибших — 11 детей, среди раненых — 47 детей.", "killed 140; injured 610; killed 11; injured 47")]
    [InlineData("uk", "За вересень загинули 140 цивільних. Серед загиблих — 11 дітей.", "killed 140; killed 11")]
    [InlineData("ru", "В сентябре погибли 140 мирных жителей. Среди погибших – 11 детей.", "killed 140; killed 11")]
    // Negative: a group that names no victims is no part of them.
    [InlineData("ru", "В сентябре погибли 140 мирных жителей. Среди задержанных — 11 человек.", "killed 140")]
    public void ADashForTheCopulaKeepsAPartOfTheDead(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "Las muertes de civiles llegaron a 284 en noviembre, según la misión.", "killed 284")]
    [InlineData("es", "Las muertes de civiles alcanzaron 284 en noviembre.", "killed 284")]
    [InlineData("es", "El número de muertos alcanzaron 284, según el ministerio.", "killed 284")]
    [InlineData("fr", "Les morts civils ont atteint 284 en novembre, selon la mission.", "killed 284")]
    [InlineData("fr", "Les décès de civils sont passés à 284 en novembre.", "killed 284")]
    [InlineData("fr", "Le nombre de morts ont atteint 284 selon le ministère.", "killed 284")]
    // Negatives: what attacks or weapons reached is a target count.
    [InlineData("es", "Los ataques, que mataron a cinco personas, alcanzaron 12 edificios.", "killed 5")]
    [InlineData("fr", "Les frappes qui ont tué cinq personnes ont atteint 12 bâtiments.", "killed 5")]
    [InlineData("es", "Murieron tres civiles y los drones alcanzaron 20 objetivos.", "killed 3")]
    public void AVerbOfReachingHeadsATollWhereItIsAlsoAHit(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The ministry counted 1,310 civilian deaths in the first half of the year (1,120 in the same period last year).", "killed 1310; killed 1120")]
    [InlineData("en", "The mission recorded 136 civilians killed in March (102 in February).", "killed 136; killed 102")]
    [InlineData("de", "Die Mission zählte 136 getötete Zivilisten im März (102 im Februar).", "killed 136; killed 102")]
    [InlineData("ru", "Миссия зафиксировала 136 погибших мирных жителей в марте (102 в феврале).", "killed 136; killed 102")]
    [InlineData("uk", "Місія зафіксувала 136 загиблих цивільних у березні (102 у лютому).", "killed 136; killed 102")]
    [InlineData("es", "La misión registró 136 civiles muertos en marzo (102 en febrero).", "killed 136; killed 102")]
    [InlineData("id", "Misi mencatat 136 warga sipil tewas pada bulan Maret (102 pada Februari).", "killed 136; killed 102")]
    [InlineData("vi", "Phái bộ ghi nhận 136 dân thường thiệt mạng trong tháng 3 (102 trong tháng 2).", "killed 136; killed 102")]
    [InlineData("en", "Eleven people were killed this week (seven in Kharkiv and four in Sumy), officials said.", "killed 11; killed 7; killed 4")]
    // Negatives: a place or a unit before the parenthesis is no time phrase.
    [InlineData("en", "Twelve people were killed in Kharkiv on Monday (population 1.4 million), officials said.", "killed 12")]
    [InlineData("en", "Five soldiers were killed this week (Brigade 47), the army said.", "killed 5")]
    public void AnEarlierValueInParenthesesAfterATimePhrase(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Die russische Armee hat an einem Tag rund 1300 Soldaten durch Tod oder Verwundung verloren.", "casualties 1300 about")]
    [InlineData("en", "About 60 people were wounded or killed in the attack on the station.", "casualties 60 about")]
    [InlineData("fr", "L'attaque a fait 44 blessés ou tués, selon la mairie.", "casualties 44")]
    [InlineData("id", "Sebanyak 52 orang tewas maupun terluka dalam serangan itu.", "casualties 52")]
    // Negatives: killed and wounded counted apart stay apart.
    [InlineData("de", "Bei dem Angriff wurden fünf Menschen getötet und 20 verwundet.", "killed 5; injured 20")]
    public void KilledOrWoundedAsOneNumberAreCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Russland hat in der Nacht 85 Drohnen und sechs Raketen aus drei Richtungen abgefeuert.", "drones_launched 85; missiles_launched 6")]
    [InlineData("id", "Rusia meluncurkan 85 drone dan 6 rudal dari tiga arah ke Ukraina.", "drones_launched 85; missiles_launched 6")]
    [InlineData("fa", "روسیه ۸۵ پهپاد و ۶ موشک از سه جهت به سوی اوکراین شلیک کرد.", "drones_launched 85; missiles_launched 6")]
    [InlineData("en", "Russia fired six cruise missiles from four Tu-95 bombers over the Caspian Sea.", "missiles_launched 6")]
    [InlineData("uk", "Ворог випустив шість ракет з чотирьох бомбардувальників Ту-95.", "missiles_launched 6")]
    // Negative: the weapons themselves stay counted.
    [InlineData("en", "Russia fired six cruise missiles and four drones at the city.", "missiles_launched 6; drones_launched 4")]
    public void DirectionsAndAircraftAreNoWeaponsCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Im Dorf wurden neun Dorfbewohner durch Drohnen getötet, teilten die Behörden mit.", "killed 9")]
    [InlineData("fa", "پنج روستایی در حمله پهپادی کشته شدند.", "killed 5")]
    [InlineData("ar", "قتل سبعة قرويين في غارة بطائرات مسيرة على القرية.", "killed 7")]
    [InlineData("fr", "Quatre riverains ont été tués par des drones près du fleuve.", "killed 4")]
    // Negatives: villagers acted upon are no victims; drones launched at a village stay drones.
    [InlineData("de", "Rund 200 Dorfbewohner wurden evakuiert.", "")]
    [InlineData("fa", "روسیه ۹ پهپاد به سوی یک روستا شلیک کرد و دو روستایی زخمی شدند.", "drones_launched 9; injured 2")]
    public void VillagersAreThePeopleAWeaponKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
