using System.Globalization;
using System.Text.Json;
using Reports.Testing;

namespace Reports.Cli.Tests.Briefs;

/// <summary>
/// A floor on the developers' events set (../shared/eval/dev/events.jsonl, skipped where it is absent), computed as
/// score.py events does: each news day's articles (file time = publication date) briefed over its period by the CLI,
/// the briefing's total per kind against the sum of the gold events. Raise the floor as it improves.
/// </summary>
public sealed class EventsSharedTests
{
    [SharedFact]
    public async Task Brief_DevEventDays_TotalErrorAndCellsInRangeStayAtTheirFloors()
    {
        var (mean, inRange, cells) = await ScoreAsync(SharedData.File("eval/dev/events.jsonl"));

        // Floors at what is measured (2026-12-04, fifth session: 0.005, 31 of 31 after headline news days, later reports taking their article's other tallies, split combined counts dropped, weapon types added and vague weapons counts yielding; 0.082, 29 of 31 after tolls raised by a count, far tolls and 'Oct. 7'; 0.102, 28 of 31 after German 'der' as 'of'; fourth: 0.109, 27 of 31, after combined weapons nouns, spans
        // of hours, superlative frames, time expressions owned by their clause, "since" dates and "another N" added;
        // 0.167 and 24 of 31 before).
        Assert.True(mean <= 0.01, $"event total error {mean:F3} > 0.01");
        Assert.True(inRange >= 31, $"only {inRange} of {cells} cells in the gold range");
    }

    /// <summary>
    /// Our own news days, written for this project, each file's gold events annotated by the GUIDELINE's Events rules
    /// before the system was run on them; the same score, with floors at what is measured (2026-12-04):
    /// - own-event-days.jsonl: 7 days, 33 articles, 34 gold events; 0.200 and 16 of 23 cells before the seventh session's
    ///   event work, 0.017 and 22 of 23 after.
    /// - own-event-days-2.jsonl: 6 days, 42 articles in ten languages, 36 gold events (one night's tally in six languages,
    ///   a toll whose city comes before its count, "six killed across Ukraine, four of them in Sumy", a toll corrected
    ///   down, the Gaza ministry's daily toll beside the war's total, Sudan, the Red Sea, reports filed a day later without
    ///   a date): 0.483 and 10 of 24 before the eighth session's work, 0.187 and 18 after nights, weekdays and launch
    ///   sites, 0.052 and 23 after later reports of tolls, corrections and causes.
    /// - own-event-days-3.jsonl (written after the second set's fixes, so that it measures them on days they were not made
    ///   on): 4 days, 23 articles, 14 gold events; 0.293 and 6 of 10 as first run, 0.082 and 8 after; 0.020 and 9 after
    ///   the ninth session's extractor work (the second set: 0.042 and 23 of 24); 0.000 and 10 of 10 after the fourteenth.
    /// - own-event-days-4.jsonl (after the third's fixes): 3 days, 16 articles, 12 gold events; 0.400 and 6 of 10 as first
    ///   run, 0.100 and 9 after targets; 0.000 and 9 of 9 once "three missiles that were not intercepted" no longer gave a
    ///   downed figure (its cell, predicted only, is gone).
    /// - own-event-days-5.jsonl (after the fourth's fixes): 2 days, 10 articles, 5 gold events; 0.581 and 2 of 5 as first
    ///   run, 0.000 and 5 after.
    /// - own-event-days-6.jsonl (ninth session, written by the lead before running it): 2 days, 13 articles in ten
    ///   languages, 11 gold events (a wire dateline, agency datelines, a toll raised the next day without a date, Russia's
    ///   own tally beside Ukraine's, Gaza's 24-hour toll in three languages, a strike in south Lebanon); 0.010 and 8 of 8
    ///   as first run (the one miss: "ще 23 людини поранені" after a killed figure is read as additional, so the raised
    ///   injured toll does not replace the first report's 21); 0.000 after the fourteenth session.
    /// - own-event-days-7.jsonl (tenth session, written by the lead before running it): 2 days, 14 articles in nine
    ///   languages, 18 gold events (south Lebanon's toll raised the next day in French, Gaza's in four languages, a Red Sea
    ///   attack, Ukraine's and Russia's night tallies, Belgorod, an RSF strike on El Obeid raised the next day, Port
    ///   Sudan); 0.025 and 11 of 11 as first run (the miss: Vietnamese "hôm thứ Sáu", on Friday, read as 6 killed, and "the
    ///   death toll from Friday's … strike on El Obeid in … North Kordofan state has risen to 17, with 34 wounded" read
    ///   the 17 as injured), 0.000 after.
    /// - own-event-days-8.jsonl (eleventh session, written by the lead before running it, with more Vietnamese, Persian
    ///   and Indonesian): 2 days a week apart, 13 articles in six languages, 20 gold events (Kharkiv's toll raised the next
    ///   day, Zaporizhzhia, both sides' night tallies with a regional part, Gaza in two languages, a strike recalled from
    ///   two weeks before, Odesa's toll raised in Indonesian, a Kherson bus, Sumy region, a missile from Yemen intercepted);
    ///   first run 0.390 and 7 of 12, of which all but one cell came from two wrong publication dates in the set itself;
    ///   with them corrected 0.167 and 10 of 12 (the miss: "یک فروند موشک … که از یمن … شلیک شده بود رهگیری شد", a
    ///   missile that had been fired from Yemen was intercepted, read as launched), 0.000 and 11 of 11 after.
    /// - own-event-days-9.jsonl (twelfth session, written by a helper before running it): 3 days a week apart, 18 articles
    ///   in all ten languages, 34 gold events (a night tally with a region's part, two cities of one region, a toll
    ///   corrected down, next-day "yesterday" reports, a weekly round-up, El Fasher and North Kordofan, Iran's missiles at
    ///   Israel, Lebanon, Gaza, the Red Sea and Hodeidah, both sides' equal drone tallies); first run 0.144 and 9 of 16;
    ///   0.071 and 14 after place fixes (Cyrillic names whose later word is a short stem, "Кривий Ріг", "Червоному морі";
    ///   a sentence that is only a place heads the sentences after it; an authority's seat, "голова Дніпропетровської
    ///   ОВА", is no figure's place; launch sites "з напрямків"; people counted in a sea article are on its land; a weapons
    ///   tally fired at a country is that country's; Persian "سرزمین‌های اشغالی" as Israel); 0.008 and 15 once a day
    ///   after "said …" is the statement's (the weekly round-up's "47 missiles" no longer a day's event); 0.002 and 15
    ///   once "در این استان ۴ نفر …" is read (an exclusion word before a count of people). Left: "a man was killed",
    ///   "Загинув чоловік" (no numeral) are not read (extractor).
    /// - own-event-days-10.jsonl (thirteenth session, written by a helper before running it): 3 days (a Tuesday, a
    ///   Saturday, a Sunday), 20 articles in all ten languages, 26 gold events (a Russian strike on Odesa, Kharkiv and Lviv
    ///   in one night with Odesa's toll rising 2 → 4 → 5 through the day in en/de/es and repeated the next day in vi, the
    ///   air force's tally in three languages beside Russia's own, an RSF drone strike on Kosti; south Lebanon's toll
    ///   raised in fr and ar the next day, drones from Lebanon intercepted, Kiryat Shmona, Gaza's 24-hour toll with its
    ///   running total and a Nuseirat strike inside it; a Houthi launch at a ship in the Gulf of Aden and at Jaffa,
    ///   CENTCOM's downings, Israel's interceptions, Zaporizhzhia's toll raised the next day); first run 0.067 and 14 of
    ///   15 (CENTCOM's "three Houthi drones over the Gulf of Aden" filed under Israel, a second event beside the same
    ///   downing in Vietnamese), 0.000 and 15 after a side's tally over a sea its opponent does not count stays at sea.
    /// - own-event-days-11.jsonl (fourteenth session, written by a helper before running it): 3 days (a Tuesday, a
    ///   Thursday, a Sunday), 28 articles in all ten languages, 30 gold events (a Ukrainian night with its missiles listed
    ///   by type, Russia's per-region list, a strike on a town "30 km northwest of Kharkiv" told as "the town", the city's
    ///   own injured, a toll corrected down the next day, Bilopillia; Iran's missiles at Israel with US and Jordanian
    ///   interceptions, Gaza's 24-hour toll with Jabalia and al-Mawasi inside it, south Lebanon's villages and Baalbek; El
    ///   Fasher raised the next day, Omdurman, the Red Sea by CENTCOM and by the Houthis, Hodeidah); first run 0.109 and 14
    ///   of 17; 0.048 and 16 after a wounded count after a killed running total is the day's, a place a distance is
    ///   measured from is a place near it, "the town" names the place before it, and a region's toll holds only the parts
    ///   that fit in it; 0.020 and 17 once a weapons tally's headline is the number most sources state and Jordan's
    ///   downings are Jordan's. Left: "двоє людей, а не троє" (the replaced count is not read); 0.000 and 17 after the
    ///   fifteenth session (a country's toll is what its parts add up to when they outgrow it).
    /// - own-event-days-12.jsonl (fifteenth session, written by a helper before running it): 3 days (a Tuesday, a Thursday,
    ///   a Saturday), 40 articles in all ten languages, 41 gold events (one night's tally in seven outlets with different
    ///   roundings, a Zaporizhzhia toll rising 12 → 14 → 17, unrelated strikes in three towns of one region, two towns
    ///   near Kharkiv the gazetteer did not know, a toll corrected "двоє, а не троє" the next day, equal counts in two towns
    ///   of one French article; south Lebanon's villages with Aitaroun, Baalbek corrected "dos, y no tres", Gaza's 24-hour
    ///   toll with Khan Younis inside it, the Jordan Valley; a country's daily toll with its regions' parts, Sudan's early
    ///   "at least 12" outgrown by its towns' tolls, Port Sudan, Russia's tally); first run 0.027 and 10 of 12; 0.010 and
    ///   12 after a country's toll is at least what its parts add up to, the replaced count after "а не"/"y no" is read,
    ///   "вчорашній" dates, and the gazetteer's Lebanese, West Bank and Sudanese additions; 0.003 once equal counts in two
    ///   places of one article are both kept. Left: "погибла женщина" (no numeral) is not read.
    /// - own-event-days-13.jsonl (sixteenth session, written by the events helper before running it): 4 days (a Thursday, a
    ///   Friday a week before, a Thursday, a Tuesday), 53 articles in en/uk/ru/vi/fa/id/ar/fr, 38 gold events (one night's
    ///   tally in seven outlets with different numbers and times, "nearly 150", "hơn 140", "près de 120", an early 07:00
    ///   update; strikes on Kharkiv, a village north of it and one "about 10 km southeast", with an Arabic "Kharkiv and its
    ///   suburbs" total; Donetsk region's toll with its towns' parts; Nikopol and Marhanets; Dnipro's toll rising 4 → 6 → 8
    ///   → 9 with an undated next-day report; Russia's tally with a governor's larger regional part; Gaza's 24-hour toll
    ///   beside the war's total, Jenin "shot dead two", Tyre and Yaroun inside Lebanon's three; Dilling raised 11 → 13,
    ///   Atbara, Nyala, Kherson undated beside its cumulative toll); first run 0.013 and 15 of 16 (after the set's own
    ///   overlapping news days were moved a week apart); 0.000 and 16 after "near"/"під"/"قرب" places, a city "and its
    ///   suburbs" as its region, a town's apposed reference point, "shot dead" and Arabic duals.
    /// - own-event-days-14.jsonl (sixteenth session, written by the events helper after set 13's fixes, before running
    ///   it): 2 days (a Monday, a Thursday), 28 articles in nine languages, 20 gold events (a night of missiles by type
    ///   and drones, Kyiv's toll rising 3 → 5 → 6 → 7 with "ще одна людина померла" the next day, "На Київщині", Lviv,
    ///   Kherson's "погибла женщина", Russia's tally with Moscow's part; Gaza's 24-hour toll with Khan Younis inside it,
    ///   a man "shot dead" near Nablus, Kfar Kila and Khiam, a missile from Yemen intercepted, El Obeid raised to 21 the
    ///   next day); first run 0.208 and 8 of 10; 0.214 and 8 after "Київщина" and a risen toll's "another one" (the first
    ///   run's killed cell was right only because the extra one made up for the woman not read). Left: a single person
    ///   or weapon without a numeral ("погибла женщина", "a Palestinian man", "a ballistic missile", "một tên lửa").
    ///   Twenty-third session: gold corrected by the guideline (a bare article or noun is no figure): the intercepted
    ///   missile from Yemen ("a ballistic missile", "một tên lửa đạn đạo") and the man shot near Nablus are no events
    ///   (three gold events out, two cells); 0.000 and 8 of 8 (main d8f98d0 too).
    /// - own-event-days-15.jsonl (seventeenth session, written by the events helper before running it): 4 days (a
    ///   Wednesday, a Saturday, a Tuesday, a Friday), 55 articles in all ten languages, 43 gold events (a night's tally with
    ///   a region's part, Odesa's toll raised the next day in German, Sumy and Kharkiv with equal tolls, two unknown
    ///   villages near Zaporizhzhia, a Dnipro strike "a week" before recalled; Gaza's 24-hour toll with Nuseirat and
    ///   al-Mawasi inside it, Tubas, Bint Jbeil and Nabatieh, missiles from Yemen, CENTCOM's downings and a Houthi claim in
    ///   the Red Sea; Russia's tally with its regions' list, Shebekino, Kherson, Kryvyi Rih overnight, the Otash camp
    ///   "near Nyala" and "in Nyala", Omdurman; a night of 430 drones and 32 missiles "— 28 Х-101 та 4 Іскандер-М", Kyiv
    ///   rising 4 → 6, Lutsk, Dnipro raised the next day, Iran's "about 60" missiles at Israel, Bat Yam, Tehran "ليل الخميس
    ///   الجمعة"); first run 0.135 and 16 of 20; 0.003 and 20 after weapon types after a bracket or a dash, a distance's
    ///   number no longer claiming its reference point, camps near a town, "a week after" and the Arabic night "ليل".
    /// - own-event-days-16.jsonl (seventeenth session, written by the events helper after set 15's fixes, before running
    ///   it, in longer wire-style articles with background figures): 3 days (a Monday, a Thursday, a Sunday), 36 articles in
    ///   all ten languages, 27 gold events (Ukraine's night with Kharkiv's injured rising 7 → 11, Mykolaiv with an age
    ///   beside a numeral-less death, Izmail, Russia's tally and Belgorod; Gaza's 24-hour toll with aid seekers in Rafah and
    ///   Deir al-Balah inside it, Jenin, a Tyre–Naqoura road strike ("سقط شهيدان") and Baalbek "near" / "على أطراف",
    ///   Hodeidah raised the next day, a missile from Yemen; Abu Shouk raised 14 → 17 the next day, El Obeid, Port Sudan's
    ///   downings ("تصدت … لسبع مسيرات استهدفت"), Donetsk region's daily toll with a town's own report, Zaporizhzhia rising
    ///   16 → 19); first run 0.269 and 10 of 15; 0.155 and 11 of 13 after Arabic dual casualty nouns, a downing verb before
    ///   weapons an attacking verb describes, and "outskirts" as a near word. Left: a single missile without a numeral
    ///   ("intercepted a missile launched from Yemen": two cells), a numeral-less death in Jenin. Twenty-third session: gold
    ///   corrected by the guideline (a bare article or noun is no figure): "a missile launched from Yemen", "перехвате
    ///   ракеты" and Jenin's "استشهد فتى" / "یک نوجوان ۱۷ ساله" are no events (three gold events out, two cells); 0.000
    ///   and 11 of 11 (main d8f98d0 too).
    /// - own-event-days-17.jsonl (eighteenth session, written by the events helper before running it): 3 days (a Tuesday, a
    ///   Friday, a Monday), 41 articles in all ten languages, 33 gold events (Ukraine's night with missiles by type "з районів
    ///   Саратовської області", a regional command's part, Russia's tally "ainsi qu'un missile"; Odesa rising 1 → 2 → 3 with
    ///   "On May 19 …" and "Hồi tháng 5 …" recalled beside it, two Kharkiv strikes on one day, Belgorod and Kherson regions;
    ///   Hodeidah raised, CENTCOM over the Red Sea, south Lebanon with Nabatieh inside; El Fasher raised the next day, Port
    ///   Sudan's nine of 11, two villages near El Obeid, Zaporizhzhia region with its city, Russia's 31 and Lgov); events
    ///   only a bare article states ("a missile launched from Yemen") are no figures by the guideline and not in the gold;
    ///   first run 0.124 and 10 of 14; 0.055 and 11 after an earlier month named with no day, "May 19", "qu'un" and
    ///   "з районів". Left: two strikes on one city on one day are one event, a city "miền tây Sudan" read as Sudan.
    /// - own-event-days-18.jsonl (eighteenth session, written by the events helper after set 17's fixes, before running
    ///   it): 3 days (a Thursday, a Sunday, a Wednesday), 39 articles in all ten languages, 27 gold events (Ukraine's night
    ///   with Sumy region's part, Russia's 105 with the Voronezh governor's own 12, Sumy rising 14 → 16 beside "у квітні …
    ///   35" and "On April 13 …", Dnipro struck morning and evening, Rylsk; south Lebanon's daily toll with a verb-first
    ///   Arabic road strike and Aitaroun inside it, two missiles from Yemen, the ship Eternity's crew raised 3 → 4 and the
    ///   Houthis' drones and missiles at it; El Obeid, Kosti's "all six", Tawila raised 8 → 10, Gaza's 24-hour toll beside
    ///   "لترتفع حصيلة العدوان إلى 72,410", Qabatiya); first run 0.141 and 12 of 15 (the first draft's gold also held the Houthis'
    ///   two missiles at Lod, which the guideline's one-figure-per-(kind, value) rule leaves no figure of its own); 0.014 and
    ///   14 after Ukrainian and Russian months after "у"/"в" and a risen toll of thousands after "to". Left: Dnipro's two
    ///   strikes of one day are one event. Nineteenth session: 0.009 and 13 — Sudan's day is now right (a toll placed in
    ///   Sudan only by its article no longer holds Tawila's), which uncovers Qabatiya split in two ("near Jenin", "جنوب
    ///   جنين": 4 killed for 2) that the wrong merge had hidden; the floor holds what is measured.
    /// - own-event-days-19.jsonl (nineteenth session, written by the events helper before running it): 3 days (a
    ///   Wednesday, a Saturday, a Tuesday), 47 articles in all ten languages, 27 gold events (Ukraine's night with
    ///   Chernihiv region's part; Zaporizhzhia struck in the morning and the evening, its injured raised 7 → 9; Vilniansk
    ///   and Hlukhiv, towns the gazetteer lacks; Kryvyi Rih rising 3 → 5 → 6 in six outlets, "Kryvy Rih" spelled so in one,
    ///   restated the next day ("Учорашній"), "April 4 last year" recalled; Iran's missiles at Israel with the IRGC's own
    ///   40, Rehovot "south of Tel Aviv", Israel's 41 injured across the country with Beersheba's 12 inside, Tehran rising
    ///   9 → 14 beside the war's 610, drones downed over Isfahan, Ghandouriyeh; Bara "north of El Obeid" raised 9 → 12, El
    ///   Obeid's downed drones, El Fasher, a tanker "70 nautical miles west of Hodeidah" with the Houthis' claim and CENTCOM's
    ///   downings); first run 0.055 and 14 of 16; 0.019 and 15 after a toll placed in a country only by its article joins
    ///   that country's events instead of holding them, "ще 9 поранені" after the dead of its own sentence, and the Persian
    ///   "در الابیض". Left: Zaporizhzhia's two strikes of one day are one event; the tanker is "near Hodeidah" in one outlet
    ///   and "Hodeidah" in another.
    /// - own-event-days-20.jsonl (nineteenth session, written by the events helper before running it): 3 days (a Tuesday,
    ///   a Friday, a Monday), 47 articles in all ten languages, 29 gold events (Ukraine's night, Kyiv rising 3 → 4 and
    ///   12 → 15, Russia's 96 listed by region, Novaya Tavolzhanka and an evening strike on Belgorod, the Odesa region's
    ///   nine with Izmail's dead and "ще шестеро"; Gaza's 24-hour toll with a school in Gaza City raised 9 → 12 → 17 the next
    ///   day and Khan Younis inside it, Balata, Haris and Nabatieh's outskirts, Ras Isa "north of Hodeidah" raised 6 → 8 the
    ///   next day by a ministry "in Sanaa", two missiles from Yemen with "the Dead Sea area"; Kharkiv struck at 10:20 and at
    ///   22:35, its injured raised to 14 the next day ("вчерашнего"), Zolochiv "north-west of Kharkiv", Kherson region's day
    ///   with Bilozerka inside); first run 0.095 and 9 of 13; 0.060 and 9 after the same fixes and a part that states the whole filling no region. Left: Kharkiv's two strikes
    ///   are one event, the Sanaa ministry's Ras Isa toll and Hodeidah's are two. Twentieth session: 0.028 and 11 once a
    ///   toll's time of day tells Kharkiv's two strikes apart (set 17 0.033 → 0.025, 18 0.009 → 0.007, 19 0.019 → 0.013).
    /// - own-event-days-21.jsonl (twentieth session, written by the events helper before running it): 3 days (a Tuesday, a
    ///   Friday, a Monday), 43 articles in all ten languages, 20 gold events (Sumy struck at 07:40 and 20:15, its tolls
    ///   raised through the day and restated the next; Bilopillia "north-west of Sumy"; the Kherson region's day with the
    ///   city inside; a bulk carrier "45 nautical miles south-west of Aden" / "frente a Adén" / in the Gulf of Aden;
    ///   Nabatieh struck in the morning and the evening inside the health ministry's day for the south, Bint Jbeil; Gaza's
    ///   24 hours with Deir al-Balah raised 6 → 8 the next day; Belgorod struck in the morning and the evening, Razumnoye
    ///   "just east of Belgorod"; Kadugli's market toll revised 7 → 9 → 11 over the day); first run (main 2f31714) 0.081
    ///   and 7 of 9, 0.057 and 7 with the time of day. Twenty-first session: gold without bare-noun victims ('mató a una
    ///   persona', 'ранена женщина'), 0.037 and 7; 0.003 and 9 of 9 once the ship off Aden is at sea in every outlet.
    /// - own-event-days-22.jsonl (twentieth session, same): 3 days (a Tuesday, a Friday, a Monday), 42 articles in all ten
    ///   languages, 15 gold events (Odesa struck at 02:30 and 14:10 inside the prosecutor general's nationwide day; a tanker
    ///   "60 nautical miles north-west of Hodeidah" / "frente a Hodeida" / "قبالة سواحل الحديدة"; Khan Younis struck before
    ///   dawn and at midday inside Gaza's 24 hours; Qabatiya "south of Jenin"; Kharkiv's afternoon guided bombs raised 3 → 5
    ///   the next day and a drone at 23:40; El Fasher 12 → 15 over the day; Russia's night and Lgov); first run (main
    ///   2f31714) 0.042 and 7 of 9, 0.017 and 8 with the time of day. Twenty-first session: gold without bare-noun
    ///   victims ('поранено жінку', 'погиб мужчина'), 0.007 and 8. Twenty-second session: the Persian outlet's tanker crew
    ///   ('سه خدمه یک نفتکش … زخمی شدند') is now read (crew are people), but 'در نزدیکی بندر الحدیده' (near the port of
    ///   Hodeidah) filed it on land, apart from the other outlets' ship at sea: 0.011 and 7; with the events helper's
    ///   "near the port of" at sea (0345986) 0.007 and 8 again.
    /// - own-event-days-23.jsonl (twenty-first session, written by the events helper before running it): 3 days (a Thursday, a
    ///   Tuesday, a Sunday), 46 articles in all ten languages, 16 gold events (a cargo ship "20 nautical miles off
    ///   Chornomorsk" / "біля узбережжя Одещини" / "au large d'Odessa" beside Odesa's own overnight toll; Zaporizhzhia's
    ///   evening toll raised 5 → 7 the next day; US strikes on Hodeidah "according to the health ministry in Sanaa" and a
    ///   bulk carrier "70 nautical miles west of Hodeidah" the same day; El Obeid "said the health ministry in Port Sudan";
    ///   Kostiantynivka "south of Kramatorsk" inside the Donetsk region's day, restated the next day; Shebekino "east of
    ///   Belgorod"); first run (main 9dfff13) 0.201 and 6 of 9, 0.172 and 7 with the sea and the seats. Left: the region's
    ///   day "за минулу добу" published the next morning is dated by its publication, so it holds no city toll of the day.
    ///   Twenty-second session: 0.028 and 8 once a past-day tally filed the next morning holds the day before's tolls.
    /// - own-event-days-24.jsonl (twenty-second session, written by the events helper before running it): 3 days (a
    ///   Wednesday, a Saturday, a Friday), 59 articles in all ten languages, 29 gold events (Ukraine's and Russia's nights;
    ///   Kharkiv 2 → 3 overnight and Vovchansk "north-east of Kharkiv" inside the Kharkiv region's "за минулу добу" tally
    ///   of the next morning, with its dash list "— 3 у Харкові та 2 у Вовчанську"; Dnipro's afternoon missile 4 → 5 the
    ///   next day; a live blog; drones from Yemen at Eilat claimed by the Houthis and intercepted "over the Red Sea"; a
    ///   bulk carrier "25 nautical miles south-west of Hodeidah" / "در نزدیکی بندر الحدیده" raised 2 → 3 the next day;
    ///   Nabatieh and Bint Jbeil "south of Nabatieh"; Odesa overnight 2 → 3; Kherson's 07:15 minibus inside the Kherson
    ///   region's tally of the next morning; Zaporizhzhia's 16:40 bombs with an equal toll; Kursk; a tanker off
    ///   Novorossiysk; El Fasher 15 → 21 the next day); first run (main cdc877c) 0.244 and 7 of 14; 0.169 and 9 with
    ///   past-day tallies; 0.071 and 13 with "X, north-east of Y", a live blog's "15:20 GMT" stamp, the ship's title and
    ///   "در نزدیکی بندر". Left: two drones intercepted "au-dessus de la mer Rouge" and "before they reached Eilat" are two
    ///   events.
    ///   Twenty-third session: set 20 0.011 and 13 of 13 once Ras Isa is a place of its own (its toll was Hodeidah's,
    ///   Sanaa's and Yemen's in three outlets).
    ///   Twenty-third session: set 24 0.000 and 14 once drones downed near a coastal town and over its sea are one event.
    ///   Twenty-third session: set 23 0.000 and 9 once a regional total before a dash list of towns ("4 жителів Донеччини —
    ///   3 у Костянтинівці, 1 у Покровську") is the region's, not its first town's.
    /// - own-event-days-25.jsonl (twenty-third session, written by the events helper before running it): 3 days (a
    ///   Thursday, a Sunday, a Wednesday), 51 articles in all ten languages, 32 gold events (Ukraine's night and Dnipro 3 → 4
    ///   inside the Dnipropetrovsk region's "за минулу добу" tally of the next morning with its dash list "— 4 у Дніпрі, 1 у
    ///   Марганці"; Kharkiv struck overnight and at 14:20; Russia's night and Shebekino; drones from Yemen at Eilat over the
    ///   Red Sea; a ship "60 nautical miles east of Aden"; Nuseirat 10 → 12 inside Gaza's 24 hours published the next
    ///   morning "on Monday"; Tyre and Kfar Rumman near Nabatieh; a cargo ship off Odesa with a correction beside Odesa's own
    ///   toll; Zaporizhzhia at 09:10 inside the region's tally "— 2 у Запоріжжі та 1 в Оріхові"; Sumy's bus 4 → 5; Russia's
    ///   night with Novoshakhtinsk); first run (main d8f98d0) 0.154 and 12 of 17; 0.000 and 17 with the dash list, the
    ///   report's day of a past-day tally and the downed count after its launched count.
    /// - own-event-days-26.jsonl (twenty-fourth session, written by the events helper before running it): 3 days (a
    ///   Wednesday, a Sunday, a Saturday), 49 articles in all ten languages, 29 gold events (Ukraine's night of 312 drones
    ///   with Lviv, Bila Tserkva, Kharkiv struck overnight in its Kyivskyi district and at 15:40 (9 → 11 injured the next
    ///   day), Russia's 87 and a Bryansk village; El Fasher 14 → 17 → 19 over two days, Omdurman's market, a village "40 km
    ///   west of El Obeid" / "westlich von El Obeid" under a German "mindestens 38 … im Sudan" filed the next day, a
    ///   Sagaing village in Myanmar 17 → 18; Blida in a live blog 3 → 4 → 5, Kfar Kila, Aitaroun, Hezbollah's drones at
    ///   Kiryat Shmona, Kafr Nabl in Idlib); first run (main 105e4e6) 0.036 and 9 of 12; 0.000 and 12 with Myanmar, Blida,
    ///   Idlib, "al-Faschir", a headline's undated figure no lead, and villages located from a town near it.
    ///   Twenty-fourth session: set 17 0.018 and 13 of 14 once "In a separate attack, four villagers were killed in Kazgil"
    ///   is no part of the seven killed in another village near El Obeid.
    ///   Twenty-fifth session: set 18 0.002 and 14 of 15 once Dnipro's morning and evening tolls in one sentence each take
    ///   their own clause's time; 0.000 and 15 of 15 (and set 22 0.000 and 9 of 9) once Arabic "بلدة قباطية جنوب جنين" is near
    ///   Jenin, as "south of Jenin" is.
    /// - own-event-days-27.jsonl (twenty-fifth session, written by the events helper before running it): 3 days (a
    ///   Wednesday, a Sunday, a Thursday), 50 articles in all ten languages, 30 gold events (Iran's 35 missiles at Israel
    ///   with 31 intercepted and the IRGC's own 40, Beersheba 2 → 3, Haifa bay, Kermanshah 7 → 9, Tabriz, Iran's 14 Israeli
    ///   drones, Ukraine's night of 120, Zaporizhzhia struck in the morning and at 19:30 with a wire's "five in a day";
    ///   Gaza's 24 hours with Jabalia, Bureij, al-Mawasi 9 → 11 and Rafah inside and the civil defence's 45 since dawn,
    ///   Russia's 73 over five regions, Novaya Tavolzhanka, Shebekino, Rylsk; the Houthis' drones and cruise missiles at a
    ///   carrier in the Red Sea with CENTCOM's downings, two ballistic missiles at a ship in the Gulf of Aden, Hodeidah 6 →
    ///   8, Dnipro 9 revised down to 8); first run (main 4b48b8a) 0.100 and 12 of 15; 0.000 and 15 with a day's sum of two
    ///   strikes split, "tirés par l'Iran", and the Gulf of Aden a sea of its own.
    /// - own-event-days-28.jsonl (twenty-sixth session, written by the events helper before running it): 3 days (a
    ///   Tuesday, a Friday, a Sunday), 55 articles in all ten languages, 26 gold events (El Fasher 12 → 15 → 18 over two
    ///   days with the UN's "at least ten", Zamzam, RSF drones on Port Sudan, Kadugli 5 → 6; the Kherson region's past-day
    ///   bulletin beside a Kherson bus stop shelled at 11:00, Ukraine's night of 96 drones, Gladkov's and Khinshtein's
    ///   village posts, Filashkin's day; villages of the Nabatieh district under the ministry's district total, Yaroun in
    ///   the Bint Jbeil district, a Manbij car bomb 7 → 9, Qatana near Damascus); first run (main a2f9af0) 0.256 and 6 of
    ///   11; 0.148 and 7 with officials' names, a town before its district and Manbij (still wrong: the past-day bulletin
    ///   holds the bus stop's toll, Qatana "near" and "southwest of" Damascus, "two others when a drone hit a car"); 0.106
    ///   and 9 (twenty-seventh session) once the morning bulletin of the past day is the day before's beside a strike of
    ///   11:00 inside it.
    /// - own-event-days-29.jsonl (twenty-seventh session, written by the events helper before running it): 3 days (a
    ///   Wednesday, a Saturday, a Monday), 53 articles in all ten languages, 28 gold events (Iran's "about 60" missiles at
    ///   Israel with 52 intercepted and the IRGC's "more than 70", Bat Yam, Tehran 14 → 19 with the foreign ministry's
    ///   running total, a ship hit west of Hodeidah, the Houthis' claim, CENTCOM's intercepts, a missile from Yemen at
    ///   Jaffa; Kharkiv struck at 10:35 and 17:40 with the second toll given together with the first ("in the two
    ///   attacks"), Ukraine's night of 84 drones, Sumy, Russia's 41; Gaza's 24 hours beside strikes in named camps, the
    ///   civil defence's "since dawn", an outlet quoting Al Jazeera's older 30, a toll only in a headline, a Jenin raid);
    ///   first run (main 242ea69) 0.054 and 9 of 13; 0.003 and 11 with a day's sum of several attacks holding the strikes
    ///   reported apart (still wrong: German "eine Rakete" gives no figure; the missile from Yemen intercepted joins Iran's
    ///   barrage).
    /// - own-event-days-30.jsonl (twenty-eighth session, written by the events helper before running it): 3 days (a
    ///   Thursday, a Sunday, a Tuesday), 53 articles in all ten languages, 19 gold events (El Fasher's toll from the
    ///   resistance committee, MSF and the army with three numbers, a Chadian outlet in French; an RSF drone on El Obeid's
    ///   market 8 → 13 with the first version the only one some outlets carry; drones downed over Kosti; south Lebanon
    ///   village by village and as the ministry's total, "two others when a drone struck their car", drones from Lebanon
    ///   over the Galilee, al-Qusayr; Russia's MoD 112 drones over six regions, a Tuapse refinery fire, Belgorod 4 → 9,
    ///   Shebekino, Rylsk, Ukraine's night); first run (main d47d849) 0.093 and 11 of 12; 0.010 and 11 of 11 once a weapon
    ///   after a clause opener is no noun of a count after a toll. Set 17 0.018, 13 of 14 → 0.000, 14 of 14 with the
    ///   other weapon's side over a shared sea; set 28 0.106, 9 of 11 → 0.017, 9 of 10 → 0.000, 10 of 10 once a city of a
    ///   country without regions holds what lies near it (Qatana, "near Damascus").
    /// - own-event-days-31.jsonl (twenty-ninth session, written by the events helper before running it): 3 days (a
    ///   Monday, a Thursday, a Saturday), 53 articles in all ten languages, 27 gold events (Kharkiv: a glide bomb at 14:20,
    ///   2 → 3 → 4 killed with the last toll only the next morning and only in some outlets, a drone on a tram at 19:40, a
    ///   Russian-language outlet with Ukraine's numbers; the night's drones and Iskanders, Russia's 38 over three regions,
    ///   Graivoron; Hezbollah's rockets at Safed told by the IDF ("about 35", 28 intercepted) and by Hezbollah (40), MDA's
    ///   wounded, south Lebanon by the ministry and by village, two drones over the Western Galilee, Gaza's 24 hours beside
    ///   the civil defence's "since dawn" and a Zeitoun school 11 → 14, two rockets from Gaza at Sderot; a Black Sea night
    ///   from both sides, Odesa port 2 killed and 6 → 8 injured, Novorossiysk 2 → 3, Russia's 31 over the sea and the
    ///   Krasnodar region; a Myanmar airstrike on a Sagaing village on Wednesday reported on Saturday and Sunday, 19 → 23,
    ///   no event of the news day); first run (main 0100ccc) 0.219 and 10 of 16; 0.002 and 15 of 16 once a risen toll
    ///   dated by its report's weekday updates the day before's, a risen lead days after its strike takes the article's
    ///   undated wounded, and Safed is a place (still wrong: German "Eine davon wurde abgefangen" gives no figure).
    /// - own-event-days-32.jsonl (thirtieth session, written by the events helper before running it): 3 days (a
    ///   Tuesday, a Thursday, a Saturday), 48 articles in all ten languages, 26 gold events (Zaporizhzhia: missiles on an
    ///   industrial plant in the morning, 3 → 5 killed and 12 → 17 injured with the update only in some outlets, one
    ///   raising "el martes por la tarde"; Ukraine's night of 84 drones and three Kh-59/69; Russia's MoD 45 overnight over
    ///   four regions and 14 from 8:00 to 14:00; Shebekino and Rylsk told by the governors' posts and by Ukrainian outlets;
    ///   south Lebanon by the ministry with its tolls by district, Haret Hreik in Beirut's southern suburbs 3 → 4 killed
    ///   and 15 → 18 injured, rockets at Kiryat Shmona; the Houthis' missiles and drones at a bulk carrier in the Gulf of
    ///   Aden and CENTCOM's interceptions; Kherson's Dniprovskyi district shelled, Oleshky told by the Russian-installed
    ///   governor; a drone strike on a North Kordofan market on Wednesday reported on Saturday, no event of the news
    ///   day); first run (main 06b89e1) 0.154 and 9 of 16; 0.031 and 14 of 16 once a time right before a verb that
    ///   revises the toll is the report's, Oleshky is a place, and a weapons tally's clock span or night tells a ministry's
    ///   bulletins apart.
    /// - own-event-days-33.jsonl (thirty-first session, written by the events helper before running it): 3 days (a
    ///   Sunday, a Tuesday, a Saturday), 53 articles in all ten languages, 26 gold events (an overnight attack on Kyiv,
    ///   Lviv and Dnipro told that morning and the next day, Kyiv's toll 2 → 3 → 4 through the day, Kyiv region's 18 drones
    ///   inside the air force's 96, Russia's 57 over three regions and Crimea, Belgorod's wounded, "En Leópolis murió un
    ///   vigilante y en Dnipró resultaron heridas cinco personas"; Israeli strikes on Shati 6 → 9, al-Mawasi, Nuseirat and
    ///   east of Rafah with "in other strikes in the south" and a day's "at least 21", rockets "from the northern Gaza
    ///   Strip toward Sderot"; Ukraine's night with 18 drones lost, Russia's 61 with the Moscow region's 12 and Sobyanin's
    ///   12 inside, 23 from 9:00 to 15:00 Moscow time, Kharkiv 1 → 2 → 3 killed and 20 → 24 → 27 injured, Horlivka told by
    ///   the Russian-installed head); first run (main 9c0ba72) 0.152 and 11 of 14 (0.179 and 9 of 14 with the gold as
    ///   first written, before the lost drones and bare singular nouns were set right by the guideline); 0.000 and 14 of
    ///   14 once a place after a join and a locative starts its own clause and an origin may name a part of its place.
    /// - own-event-days-34.jsonl (thirty-second session, written by the events helper before running it): 3 days (a
    ///   Monday, a Wednesday, a Saturday), 58 articles in all ten languages, 39 gold events (Odesa's overnight toll 2 → 4 →
    ///   5 killed and 8 → 11 → 13 injured through the day, Kharkiv hit twice, a glide bomb at 9:10 whose toll one outlet
    ///   corrected from three to two and a drone at 21:00, the air force's night "з 18:00 15 листопада до 08:00 16
    ///   листопада" and "between 18:00 on Sunday and 08:00 on Monday", Russia's 38 over three regions with Bryansk's 12
    ///   inside; Lebanon's ministry's day of 7 killed and 15 injured beside Nabatieh, Tyre and Baalbek told by region, Gaza's
    ///   Jabalia 5 → 6 and al-Mawasi told "in another strike in the south", US strikes on Hodeidah, two missiles from Yemen,
    ///   an RSF drone on El Obeid's market 11 → 13 and six drones downed over Kosti; Kyiv's night told by a US outlet the
    ///   evening before by its clock and by Asian outlets the next morning by theirs, Belgorod hit at 08:30 and 17:40,
    ///   Russia's 52 with Moscow's 9 inside, US strikes on Sanaa told as "Friday night local time"); first run (main
    ///   fb57f68) 0.424 and 6 of 17; 0.088 and 13 of 17 once a night span over two dates or two weekdays is the later day's;
    ///   0.013 and 15 of 17 once a time after a raised toll ("s'est alourdi … lundi soir") is the report's (events2);
    ///   0.000 and 17 of 17 once a toll kept apart joins the larger event that lists it as a part (late-events).
    /// - own-event-days-35.jsonl (thirty-third session, written by the events helper before running it): 3 days (a
    ///   Thursday, a Friday, a Sunday), 58 articles in all ten languages, 42 gold events (Zaporizhzhia's night 3 → 4 told a
    ///   day late by dpa, a police total over two regions, Antonivka and "near Kherson", Russia's 47 with Voronezh's 9;
    ///   Lebanon's ministry total over the south and the Bekaa with its district list, a school in al-Tuffah "east of Gaza
    ///   City", a missile from Yemen and rockets from Lebanon the same day, Kadugli 6 → 8; the air force's night told by a
    ///   US outlet as "early Sunday local time" the evening before, a police total over Kharkiv and Sumy regions, Russia's
    ///   63 overnight and 11 by day); first run (main 85534ee) 0.434 and 5 of 17; 0.087 and 12 of 17 with the events
    ///   helper's classes (docs/aggregation.md, "Thirty-third session").
    /// - own-event-days-36.jsonl (written after those fixes, committed before it was scored): 2 days, 21 articles, 19 gold
    ///   events; 0.692 and 1 of 10 on main 85534ee, 0.040 and 9 of 10 with the fixes.
    /// </summary>
    [Theory]
    [InlineData("own-event-days.jsonl", 23, 0.01, 23)]
    [InlineData("own-event-days-2.jsonl", 24, 0.01, 24)]
    [InlineData("own-event-days-3.jsonl", 10, 0.01, 10)]
    [InlineData("own-event-days-4.jsonl", 9, 0.01, 9)]
    [InlineData("own-event-days-5.jsonl", 5, 0.01, 5)]
    [InlineData("own-event-days-6.jsonl", 8, 0.01, 8)]
    [InlineData("own-event-days-7.jsonl", 11, 0.01, 11)]
    [InlineData("own-event-days-8.jsonl", 11, 0.01, 11)]
    [InlineData("own-event-days-9.jsonl", 16, 0.01, 15)]
    [InlineData("own-event-days-10.jsonl", 15, 0.01, 15)]
    [InlineData("own-event-days-11.jsonl", 17, 0.01, 17)]
    [InlineData("own-event-days-12.jsonl", 12, 0.01, 12)]
    [InlineData("own-event-days-13.jsonl", 16, 0.01, 16)]
    [InlineData("own-event-days-14.jsonl", 8, 0.01, 8)]
    [InlineData("own-event-days-15.jsonl", 20, 0.01, 20)]
    [InlineData("own-event-days-16.jsonl", 11, 0.01, 11)]
    [InlineData("own-event-days-17.jsonl", 14, 0.01, 14)]
    [InlineData("own-event-days-18.jsonl", 15, 0.01, 15)]
    [InlineData("own-event-days-19.jsonl", 16, 0.01, 16)]
    [InlineData("own-event-days-20.jsonl", 13, 0.01, 13)]
    [InlineData("own-event-days-21.jsonl", 9, 0.01, 9)]
    [InlineData("own-event-days-22.jsonl", 9, 0.01, 9)]
    [InlineData("own-event-days-23.jsonl", 9, 0.01, 9)]
    [InlineData("own-event-days-24.jsonl", 14, 0.01, 14)]
    [InlineData("own-event-days-25.jsonl", 17, 0.01, 17)]
    [InlineData("own-event-days-26.jsonl", 12, 0.01, 12)]
    [InlineData("own-event-days-27.jsonl", 15, 0.01, 15)]
    [InlineData("own-event-days-28.jsonl", 10, 0.01, 10)]
    [InlineData("own-event-days-29.jsonl", 13, 0.01, 11)]
    [InlineData("own-event-days-30.jsonl", 11, 0.02, 11)]
    [InlineData("own-event-days-31.jsonl", 16, 0.01, 15)]
    [InlineData("own-event-days-32.jsonl", 16, 0.04, 14)]
    [InlineData("own-event-days-33.jsonl", 14, 0.01, 14)]
    [InlineData("own-event-days-34.jsonl", 17, 0.005, 17)]
    [InlineData("own-event-days-35.jsonl", 17, 0.09, 12)]
    [InlineData("own-event-days-36.jsonl", 10, 0.05, 9)]
    public async Task Brief_OwnEventDays_TotalErrorAndCellsInRangeStayAtTheirFloors(string file, int expectedCells, double maxError, int minInRange)
    {
        var (mean, inRange, cells) = await ScoreAsync(Path.Combine(AppContext.BaseDirectory, "Briefs", "Data", file));

        Assert.Equal(expectedCells, cells);
        Assert.True(mean <= maxError, $"{file}: event total error {mean:F3} > {maxError}");
        Assert.True(inRange >= minInRange, $"{file}: only {inRange} of {cells} cells in the gold range");
    }

    /// <summary>score.py's events score for one file: mean total error per news day and kind (capped at 1), cells in range.</summary>
    private static async Task<(double Mean, int InRange, int Cells)> ScoreAsync(string file)
    {
        var rows = File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var articles = rows.Where(r => r.TryGetProperty("text", out _)).ToList();
        var gold = rows.Where(r => r.TryGetProperty("event", out _) && !r.TryGetProperty("text", out _)
            && (!r.TryGetProperty("scope", out var scope) || scope.GetString() == "event")).ToList();
        string GroupOf(JsonElement r) => r.TryGetProperty("group", out var g) && g.GetString() is { Length: > 0 } s ? s : r.GetProperty("day").GetString()!;
        DateOnly Day(JsonElement r, string name) => DateOnly.ParseExact(r.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var errors = new List<double>();
        var inRange = 0;
        foreach (var group in articles.GroupBy(GroupOf))
        {
            using var folder = new Reports.Testing.TempFolder("reports-events-shared");
            var days = group.Select(a => Day(a, "day")).Concat(gold.Where(g => GroupOf(g) == group.Key).Select(g => Day(g, "day"))).ToList();
            foreach (var a in group)
            {
                var path = Path.Combine(folder.Path, a.GetProperty("id").GetString() + ".txt");
                await File.WriteAllTextAsync(path, a.GetProperty("text").GetString());
                var published = a.TryGetProperty("published", out var p) && p.GetString() is { Length: > 0 } ? Day(a, "published") : Day(a, "day");
                File.SetLastWriteTimeUtc(path, published.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));
            }

            var output = Path.Combine(folder.Path, "briefing.json");
            var run = await CliRun.InvokeAsync("brief", folder.Path, "--from", $"{days.Min().AddDays(-1):yyyy-MM-dd}", "--to", $"{days.Max().AddDays(2):yyyy-MM-dd}", "--format", "json", "-o", output);
            Assert.Equal(0, run.ExitCode);
            using var briefing = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var totals = briefing.RootElement.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("kind").GetString()!, t => t.GetProperty("headline").GetInt64());
            var ofGroup = gold.Where(g => GroupOf(g) == group.Key).ToList();
            foreach (var kind in ofGroup.Select(g => g.GetProperty("kind").GetString()!).Concat(totals.Keys).Distinct())
            {
                var events = ofGroup.Where(g => g.GetProperty("kind").GetString() == kind).ToList();
                long Sum(string name) => events.Sum(e => e.TryGetProperty(name, out var v) ? v.GetInt64() : e.GetProperty("value").GetInt64());
                var predicted = totals.GetValueOrDefault(kind);
                if (events.Count == 0 && predicted == 0)
                {
                    continue;
                }

                var value = Sum("value");
                errors.Add(Math.Min(1.0, Math.Abs(predicted - value) / (double)Math.Max(value, 1)));
                inRange += Sum("lower") <= predicted && predicted <= Sum("upper") ? 1 : 0;
            }
        }

        // Measured on dev 2026-12-04: total error 0.167, 24 of 31 cells in range with the extractor of that morning (0.173 and
        // 23/31 before it; 0.234 and 20/31 before the toll headline rule, sea areas and "a day after"; 0.571 and 12/31 before
        // places, dates and sides).
        return (errors.Average(), inRange, errors.Count);
    }
}
