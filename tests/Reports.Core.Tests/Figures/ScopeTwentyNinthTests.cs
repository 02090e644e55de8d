namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-ninth session, scope helper, written for these tests (no evaluation text): an ordinal week or month of a war
/// or an offensive (a running total), a span before "after" an earlier attack (a point in time, an event).
/// </summary>
public sealed class ScopeTwentyNinthTests
{
    [Theory]
    [InlineData("fr", "Au cours de la première semaine de l'offensive terrestre, 64 soldats ont été tués, selon l'armée.", "killed 64 cumulative")]
    [InlineData("de", "In der ersten Woche der Bodenoffensive wurden nach Armeeangaben 64 Soldaten getötet.", "killed 64 cumulative")]
    [InlineData("ru", "За первую неделю наземной операции погибли 64 военнослужащих, сообщила армия.", "killed 64 cumulative")]
    [InlineData("uk", "За перший тиждень наземної операції загинули 64 військовослужбовці, повідомила армія.", "killed 64 cumulative")]
    [InlineData("de", "Im ersten Monat des Krieges wurden in der Region mehr als 300 Zivilisten getötet.", "killed 300 cumulative")]
    [InlineData("fr", "Durant la deuxième semaine des combats, 40 soldats ont été tués près de la ville.", "killed 40 cumulative")]
    [InlineData("ru", "За вторую неделю боев у города погибли 40 военных.", "killed 40 cumulative")]
    [InlineData("uk", "За другий тиждень боїв біля міста загинули 40 військових.", "killed 40 cumulative")]
    // Negatives: a day named for the count keeps its event; a week after an earlier attack is a point in time.
    [InlineData("fr", "Une frappe de drone a tué 12 personnes lundi, au cours de la deuxième semaine de l'offensive.", "killed 12 event")]
    [InlineData("fr", "Une frappe de drone a tué trois personnes vendredi à Nikopol, une semaine après la frappe contre le marché qui avait fait 25 morts.", "killed 3 event; killed 25 event")]
    public void AnOrdinalWeekOrMonth_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fr", "Une frappe de drone a tué trois personnes vendredi à Nikopol, deux semaines après l'attaque contre le marché qui avait fait 25 morts.", "killed 3 event; killed 25 event")]
    [InlineData("fr", "Une frappe de drone a tué trois personnes vendredi à Nikopol, une semaine après l'attaque contre le marché qui avait fait 25 morts.", "killed 3 event; killed 25 event")]
    [InlineData("de", "Eine Drohne tötete am Freitag in Nikopol vier Menschen, zwei Wochen nachdem ein Raketenangriff auf den Markt 22 Menschen getötet hatte.", "killed 4 event; killed 22 event")]
    [InlineData("de", "Eine Drohne tötete am Freitag in Nikopol vier Menschen, eine Woche nachdem ein Raketenangriff auf den Markt 22 Menschen getötet hatte.", "killed 4 event; killed 22 event")]
    // Negative: weeks of fighting before the count stay a period.
    [InlineData("de", "In zwei Wochen der Kämpfe wurden 22 Menschen getötet.", "killed 22 cumulative")]
    public void ASpanBeforeAfterAnElidedArticleOrAConjunction_IsAPointInTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("es", "Al menos 57 palestinos han muerto por disparos israelíes desde que entró en vigor el alto el fuego, según las autoridades sanitarias.", "killed 57 cumulative")]
    [InlineData("fr", "Au moins 57 Palestiniens ont été tués par des tirs israéliens depuis que le cessez-le-feu est entré en vigueur, selon les secours.", "killed 57 cumulative")]
    [InlineData("de", "Seit die Waffenruhe begann, haben israelische Truppen im Gazastreifen 31 Menschen getötet.", "killed 31 cumulative")]
    [InlineData("de", "Am Montag begann die Offensive. Seitdem wurden in der Stadt zwölf Zivilisten getötet.", "killed 12 cumulative")]
    [InlineData("ru", "С тех пор как вступило в силу перемирие, по меньшей мере 57 палестинцев погибли от огня израильских военных.", "killed 57 cumulative")]
    [InlineData("uk", "Щонайменше 57 палестинців загинули від вогню ізраїльських військ відтоді, як набуло чинності перемир'я, повідомили медики.", "killed 57 cumulative")]
    [InlineData("fa", "از زمانی که آتش‌بس اجرایی شد، دست‌کم ۵۷ فلسطینی با شلیک نیروهای اسرائیلی کشته شده‌اند.", "killed 57 cumulative")]
    // Negatives: a since clause that names one day's time is that day's event.
    [InlineData("es", "Dos personas han muerto desde que comenzó el ataque esta mañana en Járkov.", "killed 2 event")]
    [InlineData("en", "Three people were injured by debris since Iran began firing missiles on Saturday morning, rescuers said.", "injured 3 event")]
    [InlineData("fr", "Trois personnes ont été blessées par des débris depuis que l'Iran a commencé à tirer des missiles ce samedi matin, selon les secours.", "injured 3 event")]
    [InlineData("uk", "Відтоді, як почалася атака сьогодні вранці, загинули двоє людей.", "killed 2 event")]
    public void ASinceClause_StartsARunningTotal_UnlessItNamesOneDay(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Civilian casualties from January to June totalled 1,186 (183 killed and 1,003 injured), the mission said.", "casualties 1186 cumulative; killed 183 cumulative; injured 1003 cumulative")]
    [InlineData("de", "Die zivilen Opfer von Januar bis Juni beliefen sich auf 1.186 (183 Tote und 1.003 Verletzte).", "casualties 1186 cumulative; killed 183 cumulative; injured 1003 cumulative")]
    [InlineData("uk", "Втрати серед цивільних із січня по червень склали 1186 осіб (183 загиблих і 1003 поранених), повідомила місія.", "casualties 1186 cumulative; killed 183 cumulative; injured 1003 cumulative")]
    [InlineData("fa", "تلفات غیرنظامیان از ژانویه تا ژوئن به ۱۱۸۶ نفر رسید (۱۸۳ کشته و ۱۰۰۳ زخمی).", "casualties 1186 cumulative; killed 183 cumulative; injured 1003 cumulative")]
    [InlineData("id", "Korban sipil dari Januari hingga Juni mencapai 1.186 orang (183 tewas dan 1.003 luka-luka), kata misi itu.", "casualties 1186 cumulative; killed 183 cumulative; injured 1003 cumulative")]
    // Review: the whole's place phrase between it and the parenthesis (the comparison rule already let it stand there).
    [InlineData("en", "Civilian casualties from January to June totalled 1,186 in Zaporizhzhia region (183 killed and 1,003 injured), the mission said.", "casualties 1186 cumulative; killed 183 cumulative; injured 1003 cumulative")]
    [InlineData("de", "Die zivilen Opfer von Januar bis Juni beliefen sich auf 1.186 in der Region Saporischschja (183 Tote und 1.003 Verletzte).", "casualties 1186 cumulative; killed 183 cumulative; injured 1003 cumulative")]
    [InlineData("id", "Korban sipil dari Januari hingga Juni mencapai 1.186 orang di wilayah Zaporizhzhia (183 tewas dan 1.003 luka-luka), kata misi itu.", "casualties 1186 cumulative; killed 183 cumulative; injured 1003 cumulative")]
    // Negatives: a signed increment in parentheses is the last day's; an aside in parentheses leaves a day's counts alone.
    [InlineData("en", "Russian losses stand at about 1,020,000 (+1,050) personnel, the General Staff said.", "casualties 1020000 cumulative; casualties 1050 event")]
    [InlineData("en", "A missile killed nine people in Dnipro (the city's worst attack since 2023) and wounded 30.", "killed 9 event; injured 30 event")]
    public void PartsInParentheses_AfterARunningTotal_AreCountedOverItsTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Amnesty documented the attack on the hospital, in which 11 people died.", "killed 11 event")]
    [InlineData("en", "Monitors verified the strike on the market, which killed 14 civilians and wounded 40.", "killed 14 event; injured 40 event")]
    // Negatives: plural attacks and a recorded toll with no attack keep the running total.
    [InlineData("en", "Amnesty documented attacks on hospitals in which 110 people died.", "killed 110 cumulative")]
    [InlineData("en", "The UN has documented more than 12,000 civilian deaths.", "killed 12000 cumulative")]
    public void ARecordingVerbWhoseObjectIsOneAttack_FramesNoRunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
