using Reports.Core.Analysis;
using Reports.Core.Figures;

namespace Reports.Core.Places;

/// <summary>
/// Gives each figure the place it is about (docs/aggregation.md, "Places"):
/// <list type="number">
/// <item>the place below country level named nearest to the figure's number in its own sentence (a tie goes to the more
/// specific place; a country named in the sentence is most often an actor, "Russia launched…");</item>
/// <item>else the article's main place: the country whose cities and regions the article names most (else the most
/// named country), and in it the place named most: a mention weighs 3 in the title or first sentence, else from 2 at
/// the top of the text down to 1 at its end, since news puts what matters first (a tie goes to the more specific place) — for a drone or missile tally, only its country, since air
/// forces report such tallies country-wide;</item>
/// <item>else none (unknown: compatible with every place when events are formed).</item>
/// </list>
/// </summary>
public static partial class FigurePlaces
{
    /// <summary>Most characters between a place and the direction word and place that locate it ("Vovchansk, north-east of Kharkiv").</summary>
    private const int DirectionGap = 30;

    private const int LeadWeight = 3;

    private const string SeaPrefix = "sea/";

    /// <summary>Each figure with the place it is about and the side it belongs to, where the text says so.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="title">Its title (its places count for the article's main place).</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="figures">The figures found in it.</param>
    /// <param name="language">The article's language code.</param>
    /// <param name="gazetteer">The places known.</param>
    /// <param name="notArticle">
    /// Indices of sentences that are not the article's text (link lines, headlines of other articles; from the figure
    /// extractor): the places they name are not the article's.
    /// </param>
    /// <param name="numbers">
    /// The text spans of every number in the article's sentences (from the figure extractor): a place in the segment of
    /// one that is no figure is that number's.
    /// </param>
    /// <param name="repeats">
    /// Figures the extractor left out as repeating an earlier sentence's kind and number; one is kept when both sentences
    /// place them below country level in places neither of which contains the other.
    /// </param>
    public static IReadOnlyList<Figure> Attach(string text, string title, IReadOnlyList<Sentence> sentences, IReadOnlyList<Figure> figures, string language, Gazetteer gazetteer, IReadOnlyCollection<int>? notArticle = null, IReadOnlyCollection<(int Offset, int Length)>? numbers = null, IReadOnlyList<Figure>? repeats = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Count == 0)
        {
            return figures;
        }

        if (repeats is { Count: > 0 })
        {
            // Figures the extractor left out as repeating an earlier sentence's kind and number are placed with the rest;
            // one is kept when it and every kept figure of its number are placed by their sentences, below country level,
            // in places neither of which contains the other: "Deux personnes ont été tuées à Nikopol … À Kherson, une
            // frappe a fait deux morts" is two tolls. Anything else is the same count told twice.
            var all = new List<Figure>(figures.Count + repeats.Count);
            all.AddRange(figures);
            all.AddRange(repeats);
            var placed = Attach(text, title, sentences, all, language, gazetteer, notArticle, numbers);
            var kept = new List<Figure>(placed.Count);
            for (var i = 0; i < figures.Count; i++)
            {
                kept.Add(placed[i]);
            }

            for (var i = figures.Count; i < placed.Count; i++)
            {
                if (Distinct(placed[i], kept))
                {
                    kept.Add(placed[i]);
                }
            }

            return kept;
        }

        var found = gazetteer.Find(text, language, out var anaphora, out var named);
        // "the village of Um Kuraydim", "thị trấn Bara": a place named by its noun that the gazetteer does not know.
        if (named.Count > 0)
        {
            RemoveFound(named, found);
        }
        if (notArticle is { Count: > 0 })
        {
            // "Lesen Sie auch: Russischer Angriff auf Odessa – 8 Tote": Odesa is that article's place, not this one's.
            RemoveNotArticle(found, sentences, notArticle);
        }

        // "KYIV, Nov 8 —", "GAZA CITY (AP) —": a wire dateline says where the reporter files from, not where figures happened.
        RemoveDatelines(found, text);

        // "between 9:00 and 15:00 Moscow time", "heure de Moscou", "بتوقيت موسكو": a clock's time zone is no place.
        RemoveTimeZones(found, gazetteer, text, language);

        // "a town about 30 km northwest of Kharkiv": the place a distance is measured from is not where the figure
        // happened; the figure is near it, in the place that holds it (a country named so is left out).
        // "near Kharkiv", "під Харковом", "قرب مدينة صور" say the same without a distance (a country named so stays).
        // "Kharkiv and its suburbs", "خاركيف وضواحيها": the count holds the city's and its surroundings', so its place
        // is the region that holds both (its parts, the city's own toll and a town near it, fit inside it).
        HashSet<int>? nearWords = null;
        HashSet<int>? measured = null;
        Dictionary<string, string>? offshore = null;
        var titleEnd = title is { Length: > 0 } && text.StartsWith(title, StringComparison.Ordinal) ? title.Length : 0;
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (gazetteer.SeaOf(found[i].PlaceId) is { } sea && (gazetteer.IsOffshore(text, found[i], language)
                || (found[i].Offset < titleEnd && offshore is not null && offshore.ContainsKey(found[i].PlaceId))))
            {
                // "45 nautical miles south-west of Aden", "frente a Adén", "au large d'Odessa", "قبالة سواحل الحديدة": a ship
                // struck off a port is at sea, in the sea other outlets name ("in the Gulf of Aden"), not in the port.
                (offshore ??= [])[found[i].PlaceId] = sea;
                found[i] = found[i] with { PlaceId = sea };
            }
            else if (gazetteer.IsDistanceReference(text, found[i], language))
            {
                if (Gazetteer.Near(found[i].PlaceId) is { } near)
                {
                    found[i] = found[i] with { PlaceId = near };
                    (measured ??= []).Add(found[i].Offset);
                }
                else
                {
                    found.RemoveAt(i);
                }
            }
            else if (i > 0 && found[i].Offset - found[i - 1].End <= DirectionGap && gazetteer.IsDirectionReference(text, found[i], language))
            {
                // "Vovchansk, north-east of Kharkiv", "in Bint Jbeil, south of Nabatieh": the place right before the
                // direction is where the figure is; the one after only locates it (a place the gazetteer does not know,
                // "the town of Bara, north of El Obeid", leaves the figure with the one it is located from, as before).
                found.RemoveAt(i);
            }
            else if (i > 0 && found[i].Offset - found[i - 1].End <= DirectionGap && Depth(found[i - 1].PlaceId) >= Depth(found[i].PlaceId) &&
                     Country(found[i - 1].PlaceId) == Country(found[i].PlaceId) && gazetteer.IsDistrictReference(text, found[i], language))
            {
                // "the border town of Yaroun in the Bint Jbeil district killed two people", "بلدة يارون في قضاء بنت جبيل": the
                // town before the district is where the figure is; the district only locates it (the two towns are siblings
                // in the tree, so the number nearer the district filed the toll under the other town: two events).
                found.RemoveAt(i);
            }
            else if (Depth(found[i].PlaceId) >= 2 && gazetteer.IsDirectionReference(text, found[i], language) && !gazetteer.IsCampNear(text, found[i], language) &&
                     Gazetteer.Near(found[i].PlaceId) is { } toward)
            {
                // (A camp located so, "مخيم بلاطة شرق نابلس", "the Balata camp, east of Nablus", is the town's, as a camp
                // "near" it is: outlets write "in Nablus".)
                // "the town of Bara, north of El Obeid", "in Kazgil, south of El Obeid", "In einem Dorf westlich von El
                // Obeid": a place the gazetteer does not know, located from a town it knows, is near that town, as one
                // "about 40 km west of El Obeid" is, not in it (it was the town's, so a village's toll read "west of" in one
                // outlet and "40 km west of" in another made two events, and it met the town's own tolls).
                found[i] = found[i] with { PlaceId = toward };
                (measured ??= []).Add(found[i].Offset);
            }
            else if (gazetteer.IsNearReference(text, found[i], language) && !gazetteer.IsCampNear(text, found[i], language) &&
                     !StandsForItsArea(gazetteer, found[i].PlaceId) && Gazetteer.Near(found[i].PlaceId) is { } near)
            {
                // (A camp "near" a town, "the Otash camp for displaced people near Nyala", is filed under the town, as the
                // outlets that say "in Nyala" file it.)
                found[i] = found[i] with { PlaceId = near };
                (nearWords ??= []).Add(found[i].Offset);
            }
            else if (gazetteer.IsWithSurroundings(text, found[i], language) && Gazetteer.Surroundings(found[i].PlaceId) is { } around)
            {
                found[i] = found[i] with { PlaceId = around };
            }
        }
        var mentions = WithoutOrigins(gazetteer, text, sentences, figures, found, language, out var fromPlaces);
        var inTitle = gazetteer.Find(title ?? string.Empty, language);
        if (offshore is not null)
        {
            // "UKMTO: vessel struck south-west of Hodeidah" over "… about 25 nautical miles south-west of Hodeidah": the
            // port the text places a ship off is at sea in its title too.
            for (var i = 0; i < inTitle.Count; i++)
            {
                if (offshore.TryGetValue(inTitle[i].PlaceId, out var sea))
                {
                    inTitle[i] = inTitle[i] with { PlaceId = sea };
                }
            }
        }
        if (figures.Any(f => IsWeaponTally(f.Kind)) && gazetteer.Origins(title ?? string.Empty, inTitle, language) is { Count: > 0 } fromTitle)
        {
            inTitle = WithoutIndices(inTitle, fromTitle);
        }

        // Numbers that are no figure ("two hit an energy facility in Poltava region", "debris fell in 3 districts of
        // Kyiv"): a place in such a number's segment is that number's.
        var others = OtherNumbers(numbers, figures);
        // An official's name ("Вячеслав Гладков: …") names the article's place only when no place below a country does: a
        // governor's post that names only a village the gazetteer does not know is about his region, while "Олег Кіпер: …
        // судно … в акваторії Чорного моря" stays the sea's.
        var ofPlaces = WithoutOfficials(mentions);
        var launchers = LauncherMemo.ForArticle(gazetteer, text, language);
        var main = MainPlace(ofPlaces, WithoutOfficials(inTitle), sentences, text.Length, launchers);
        if ((main is null || Depth(main) == 0) && (ofPlaces.Count != mentions.Count || inTitle.Exists(m => m.Official)))
        {
            main = MainPlace(mentions, inTitle, sentences, text.Length, launchers);
        }

        var mainCountry = main is null ? null : Country(main);

        // People are killed on land: in an article about a sea ("shot down five drones over the Red Sea … struck targets
        // around Hodeidah … four people were killed"), a count of people with no place of its own is the land's it names
        // most, when it names any.
        var mainLand = main is not null && IsSea(main) && ofPlaces.Any(m => !IsSea(m.PlaceId))
            ? MainPlace([.. ofPlaces.Where(m => !IsSea(m.PlaceId))], [.. inTitle.Where(m => !m.Official && !IsSea(m.PlaceId))], sentences, text.Length, launchers)
            : main;

        // "голова Дніпропетровської ОВА": an authority's seat says who reports, not where the figure happened.
        // "Вячеслав Гладков: …", "Governor Oleh Kiper said": an official's name counts for the article's place only (an
        // anaphor after it, "a drone attack on the city", is the city named before it).
        var nearMentions = WithoutSeats(mentions, gazetteer, text, language);

        // "Кривий Ріг. Уточнені дані: … загинули троє людей … Нікопольщина. … Загинув чоловік": a sentence that is only a
        // place heads the sentences after it, up to the next such heading.
        var headings = Headings(text, sentences, nearMentions);
        nearMentions = WithAnaphora(anaphora, sentences, nearMentions, found, gazetteer, text, language, nearWords);
        nearMentions = WithoutApposedReferences(nearMentions, sentences, gazetteer, text, language);
        // "En Leópolis murió un vigilante y en Dnipró resultaron heridas cinco personas": a place right after a join and a
        // locative starts a clause of its own, so it is the next figure's, not the earlier number's segment's.
        HashSet<int>? clauseHeads = null;
        foreach (var m in nearMentions)
        {
            if (gazetteer.HeadsClause(text, m, language))
            {
                (clauseHeads ??= []).Add(m.Offset);
            }
        }

        var result = new List<Figure>(figures.Count);
        foreach (var figure in figures)
        {
            if (figure.PlaceBasis is not null)
            {
                // Placed already: a table row's label ("Donetsk | 12 | 40"), or a total's parts (docs/figures.md, "Tables").
                result.Add(figure);
                continue;
            }

            var side = SideOf(gazetteer, language, text, figure, IsWeaponTally(figure.Kind) ? WeaponSideWords : PeopleSideWords)
                ?? (IsWeaponTally(figure.Kind) && figure.Length > 0 ? gazetteer.BareSide(text, figure.Offset + figure.Length, language) : null);
            if (side is null && IsWeaponTally(figure.Kind) && result.Count > 0 && result[^1] is { Side: { } before } previous &&
                previous.Kind == figure.Kind && previous.Offset < figure.Offset && SentenceOf(sentences, previous.Offset) == SentenceOf(sentences, figure.Offset) &&
                SentenceOf(sentences, figure.Offset) is { } same && !AnyBetween(mentions, previous.Offset + previous.Length + 1, same.End))
            {
                // "15 drone Rusia berhasil dihancurkan, sedangkan 5 lainnya hilang": a count of the same kind later in the
                // sentence, with no place named after the first one's own side, is more of the same side's weapons ("91 of
                // them over the Moscow region" keeps its region).
                side = before;
            }

            if (side is null && IsWeaponTally(figure.Kind))
            {
                side = SideOfOtherWeapon(gazetteer, sentences, mentions, result, figure);
            }

            var launcher = IsWeaponTally(figure.Kind) ? Launcher(gazetteer, launchers, sentences, figure, mentions) : null;
            var origin = IsWeaponTally(figure.Kind) && launcher is null ? OriginCountry(gazetteer, sentences, figure, fromPlaces) : null;
            if (launcher is not null && side is not null && gazetteer.Opponent(launcher) == side)
            {
                // "Ukraine launched 120 drones at Russian regions": the demonym near the count names the target.
                side = launcher;
            }

            if (side is not null && mainCountry is not null && side != mainCountry && !gazetteer.AtWar(side, mainCountry))
            {
                // "Iranian drones" in an article about Ukraine: a maker, not a side of the war the article covers.
                side = null;
            }

            var sentence = SentenceOf(sentences, figure.Offset);
            var near = sentence is { } s ? Nearest(nearMentions, s, figure, figures, others, text, mainCountry, measured, clauseHeads) : null;
            var heading = LastBefore(headings, figure.Offset).PlaceId;
            // "One missile launched from Yemen … was intercepted", "zwei Raketen aus dem Libanon": a weapons tally's origin is
            // its side where nothing else names one, so two countries' launches at one target on one day stay apart; a
            // demonym of the origin's opponent names the target ("aus dem Gazastreifen … auf die israelische Stadt Sderot").
            var placed = figure with { Side = origin is not null && (side is null || gazetteer.Opponent(origin) == side) ? origin : side };
            if (IsWeaponTally(figure.Kind) && side is not null && gazetteer.Opponent(side) is { } target)
            {
                // A side's drones are launched at and shot down over its opponent, and air defences report country-wide
                // tallies: a sea, a region or a capital named in the sentence ("over Russian regions and the Sea of
                // Azov", "Moscow said") does not change whose tally it is — unless neither side's tallies count that
                // place: "shot down three Houthi drones over the Gulf of Aden" is the sea's, not Israel's.
                if (near is not null && !gazetteer.Includes(target, near) && Country(near) != side)
                {
                    result.Add(placed with { Place = near, PlaceBasis = "sentence" });
                }
                else
                {
                    result.Add(placed with { Place = target, PlaceBasis = "side" });
                }
            }
            else if (near is not null)
            {
                result.Add(placed with { Place = near, PlaceBasis = "sentence" });
            }
            else if (!IsWeaponTally(figure.Kind) && sentence is { } own && LocativeCountry(gazetteer, language, text, mentions, own, figure) is { } country)
            {
                // "more than 12,300 civilians have been killed in Ukraine" in an article about a strike on Dnipro: a
                // country named as where the people were killed is the figure's place, not the article's city.
                result.Add(placed with { Place = country, PlaceBasis = "sentence" });
            }
            else if (figure.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned && sentence is { } downing &&
                     DowningCountry(gazetteer, launchers, language, text, mentions, downing, figure) is { } downer && downer != mainCountry)
            {
                // "Иорданские ВВС сбили шесть беспилотников над территорией королевства" in an article about Iran's
                // missiles at Israel: the one country a downing sentence names, neither launching nor attacked, is the
                // country whose air defences shot them down, and where.
                result.Add(placed with { Place = downer, PlaceBasis = "sentence" });
            }
            else if (figure.Scope == FigureScope.Cumulative && !IsWeaponTally(figure.Kind) && main is not null && sentence is { } whole &&
                     NamesCountry(mentions, whole, Country(main)))
            {
                // "The war between Sudan's army and the RSF has killed more than 20,000 people" in an article about El
                // Fasher: a running total whose sentence names the article's country, and no place in it, is the country's.
                result.Add(placed with { Place = Country(main), PlaceBasis = "sentence" });
            }
            else if (IsWeaponTally(figure.Kind) && sentence is { } fired && TargetCountry(gazetteer, language, text, mentions, fired) is { } aimedAt)
            {
                // "ده‌ها موشک بالستیک به سوی سرزمین‌های اشغالی شلیک شد" (dozens of missiles were fired at Israel) in an article
                // about the strike on Kermanshah that prompted them: the country the sentence fires at is the tally's.
                result.Add(placed with { Place = aimedAt, PlaceBasis = "sentence" });
            }
            else if (heading is not null)
            {
                result.Add(placed with { Place = heading, PlaceBasis = "sentence" });
            }
            else if (launcher is not null && (mainCountry is null || mainCountry == launcher) && gazetteer.Opponent(launcher) is { } attacked)
            {
                // "destroyed 45 of the 50 drones launched by Russia" in an article that names no other country: the
                // launcher's weapons are counted by, and reported for, its opponent.
                result.Add(placed with { Place = attacked, PlaceBasis = "side", Side = launcher });
            }
            else if (origin is not null && (mainCountry is null || mainCountry == origin || IsSea(main!)) && gazetteer.Opponent(origin) is { } struck)
            {
                // "two drones crossing from Lebanon were intercepted", "intercepted two missiles fired from Yemen" in an
                // article about Lebanon or about the sea: the weapons came from that country, so they were counted by,
                // and reported for, its opponent.
                result.Add(placed with { Place = struck, PlaceBasis = "side", Side = origin });
            }
            else if (main is null)
            {
                result.Add(placed);
            }
            else if (IsWeaponTally(figure.Kind))
            {
                result.Add(placed with { Place = TallyArea(main), PlaceBasis = "country" });
            }
            else if (sentence is { } unknown && Depth(mainLand ?? main) >= 2 && NamesIn(named, unknown))
            {
                // "9 dân thường thiệt mạng … vào chợ ở thị trấn Bara" in an article about drones downed over El Obeid: a
                // toll whose sentence names only a place the gazetteer does not know happened there, not in the town the
                // article names most; it is somewhere in that country (clustered as such, EventClusterer.SomewhereIn). An
                // article about a region keeps it ("Attaque dans la région de Belgorod … Dans le village de Chebekino"):
                // the village is most often the region's.
                result.Add(placed with { Place = Country(mainLand ?? main), PlaceBasis = "article" });
            }
            else
            {
                result.Add(placed with { Place = mainLand ?? main, PlaceBasis = "article" });
            }
        }

        SharePartsSides(result, sentences, mentions, text);
        DownedWhereLaunched(result, sentences);
        DownedOfLaunchedSide(result, sentences);
        return result;
    }

    /// <summary>
    /// "Russia launched 93 drones … against Ukraine overnight. Air defense downed 71 drones and both missiles. A Russian
    /// drone struck a cargo vessel in the Black Sea off Odesa Oblast": a downed count with no place of its own, placed only
    /// by what the article names most (here the sea), is of the weapons counted as launched right before it (in its
    /// sentence or the one before, with no other count of those weapons between, none fewer than it); where they were
    /// launched at on land, or at a sea their own sentence names, is where they were downed. (Only a sea taken from the
    /// article is replaced: a country the article names most is already where the air force counts.)
    /// </summary>
    private static void DownedWhereLaunched(List<Figure> figures, IReadOnlyList<Sentence> sentences)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            var downed = figures[i];
            if (downed.PlaceBasis != "country" || downed.Place is not { } area || !IsSea(area) || !(downed.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned) ||
                SentenceIndexOf(sentences, downed.Offset) is not { } at)
            {
                continue;
            }

            var launched = downed.Kind == FigureKind.DronesDowned ? FigureKind.DronesLaunched : FigureKind.MissilesLaunched;
            Figure? before = null;
            foreach (var f in figures)
            {
                // (A launched count smaller than the downed one cannot hold it: "three cruise missiles [at a carrier in the
                // Red Sea] and … two ballistic missiles at a ship in the Gulf of Aden. … downed eight drones and three
                // cruise missiles": the three are of the three.)
                if ((f.Kind == downed.Kind || (f.Kind == launched && f.Value >= downed.Value)) && f.Offset < downed.Offset && (before is null || f.Offset > before.Offset))
                {
                    before = f;
                }
            }

            // A sea placed by its own sentence counts too, when it is another sea than the one the article names most
            // ("targeted a U.S. aircraft carrier in the Red Sea with 11 drones" in an article whose title is about a ship
            // in the Gulf of Aden: the eight drones downed after it are the Red Sea's).
            if (before is { PlaceBasis: "sentence" or "side", Place: { } land } whole && whole.Kind == launched && (!IsSea(land) || whole.PlaceBasis == "sentence") &&
                SentenceIndexOf(sentences, whole.Offset) is { } wholeAt && at - wholeAt <= 1)
            {
                figures[i] = downed with { Place = whole.Place, PlaceBasis = whole.PlaceBasis, Side = downed.Side ?? whole.Side };
            }
        }
    }

    /// <summary>Whether a repeated figure is its own: placed by its sentence below country level, and every kept figure of its kind and number too, in places that do not contain one another.</summary>
    private static bool Distinct(Figure repeat, List<Figure> kept)
    {
        if (repeat.PlaceBasis != "sentence" || repeat.Place is not { } place || !place.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        var same = false;
        foreach (var k in kept)
        {
            if (k.Kind != repeat.Kind || k.Value != repeat.Value)
            {
                continue;
            }

            if (k.PlaceBasis != "sentence" || k.Place is null || Gazetteer.Compatible(k.Place, place))
            {
                return false;
            }

            same = true;
        }

        return same;
    }

    /// <summary>
    /// "menembak jatuh 52 dari 67 drone Rusia", "۵۲ فروند از ۶۷ پهپاد روسیه را سرنگون کرد", "shot down 52 of 67 Russian
    /// drones": a downed count right before the count of the same weapons it is part of, with no place named between them,
    /// is of those weapons; whose weapons they are, and so where they were downed, is the whole's.
    /// </summary>
    private static void SharePartsSides(List<Figure> figures, IReadOnlyList<Sentence> sentences, List<PlaceMention> mentions, string text)
    {
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var part = figures[i];
            if (part.Side is not null || part.PlaceBasis is "side" or "table" || part.Length <= 0 || !(part.Kind is FigureKind.DronesDowned or FigureKind.MissilesDowned))
            {
                continue;
            }

            var launched = part.Kind == FigureKind.DronesDowned ? FigureKind.DronesLaunched : FigureKind.MissilesLaunched;
            var partEnd = part.Offset + part.Length;
            if (figures.Skip(i + 1).FirstOrDefault(f => f.Offset >= partEnd) is not { Side: not null } whole || whole.Kind != launched ||
                whole.Offset - partEnd > 24 || text.AsSpan(partEnd, whole.Offset - partEnd).ContainsAny(",;:.") ||
                SentenceOf(sentences, part.Offset) != SentenceOf(sentences, whole.Offset) ||
                mentions.Any(m => m.Offset >= partEnd && m.Offset < whole.Offset))
            {
                continue;
            }

            figures[i] = part with { Side = whole.Side, Place = whole.Place, PlaceBasis = whole.PlaceBasis };
        }
    }

    /// <summary>
    /// Sentences that are only a place's name ("Кривий Ріг.", "Nikopol district:", a line "KHARKIV"): the place heads the
    /// sentences after it. At most the name's inflection (letters glued to it) and punctuation stand beside it.
    /// </summary>
    private static List<PlaceMention> Headings(string text, IReadOnlyList<Sentence> sentences, List<PlaceMention> mentions)
    {
        var headings = new List<PlaceMention>();
        foreach (var s in sentences)
        {
            var start = s.Offset;
            var end = Math.Min(s.End, text.Length);
            while (start < end && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            while (end > start && !char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }

            if (end - start is 0 or > 40)
            {
                continue;
            }

            // The one mention inside the sentence (none or several: no heading), found without a list or a closure per sentence.
            var inside = -1;
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].Offset >= s.Offset && mentions[m].End <= s.End)
                {
                    inside = inside < 0 ? m : int.MaxValue;
                }
            }

            if (inside is < 0 or int.MaxValue || mentions[inside].Offset != start)
            {
                continue;
            }

            var rest = mentions[inside].End;
            while (rest < end && char.IsLetter(text[rest]))
            {
                rest++;
            }

            if (rest >= end)
            {
                headings.Add(mentions[inside]);
            }
        }

        return headings;
    }

    /// <summary>
    /// The mentions with each anaphor ("Three people were killed in the town", "di atas kota itu", "у місті") read as the
    /// place named last before it, in its sentence or the one before, below country level and on land. An anaphor right
    /// before a name ("the city of Kharkiv", "у місті Харків") is that name's word and is left alone.
    /// </summary>
    private static List<PlaceMention> WithAnaphora(List<(int Offset, int Length)> anaphora, IReadOnlyList<Sentence> sentences, List<PlaceMention> mentions, List<PlaceMention> all, Gazetteer gazetteer, string text, string language, HashSet<int>? nearWords)
    {
        if (anaphora.Count == 0)
        {
            return mentions;
        }

        // Anaphora, mentions and all come in text order: read them with pointers that only move forward, and look back
        // from an anaphor only as far as the sentence before it (no scan of every mention per anaphor).
        List<PlaceMention>? result = null;
        var nextName = 0;
        var before = 0;
        foreach (var (offset, length) in anaphora)
        {
            var end = offset + length;
            while (nextName < all.Count && all[nextName].Offset < end)
            {
                nextName++;
            }

            if ((nextName < all.Count && all[nextName].Offset <= end + AnaphorNameGap) || SentenceIndexOf(sentences, offset) is not { } index)
            {
                continue;
            }

            while (before < mentions.Count && mentions[before].Offset < offset)
            {
                before++;
            }

            PlaceMention? antecedent = null;
            for (var k = before - 1; k >= 0; k--)
            {
                var m = mentions[k];
                if (SentenceIndexOf(sentences, m.Offset) is not { } at)
                {
                    continue;
                }

                if (at < index - 1)
                {
                    break;
                }

                if (m.End <= offset && Depth(m.PlaceId) >= 1 && !IsSea(m.PlaceId))
                {
                    antecedent = m;
                    break;
                }
            }

            if (antecedent is { } named)
            {
                // "In Pisochyn, about 10 km west of the city": an anaphor a distance is measured from (or named after
                // "near") is a reference point as a name is, so the figure is near the place it names.
                // "an army base near Kiryat Shmona … wounded in the town": the town is the one named, not its vicinity
                // (after a distance, "a town 30 km northwest of Kharkiv … the town", it is the place near it).
                var antecedentId = nearWords is not null && nearWords.Contains(named.Offset) ? Gazetteer.Base(named.PlaceId) : named.PlaceId;
                var anaphor = new PlaceMention(antecedentId, offset, length);
                if (!Gazetteer.IsNear(antecedentId) && (gazetteer.IsDistanceReference(text, anaphor, language) || gazetteer.IsNearReference(text, anaphor, language)) &&
                    Gazetteer.Near(antecedentId) is { } near)
                {
                    anaphor = anaphor with { PlaceId = near };
                }

                (result ??= [.. mentions]).Add(anaphor);
            }
        }

        if (result is null)
        {
            return mentions;
        }

        result.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return result;
    }

    /// <summary>
    /// The mentions without the reference points that only say where the place before them lies: in "В посёлке
    /// Безлюдовка под Харьковом", "In Bezliudivka, about 10 km southeast of Kharkiv" or "Pisochyn, about 10 km west of the
    /// city" the figure is the town's, not "near Kharkiv" (nor the region that holds both). Only when the town and the
    /// place near the reference are in the same region, in one sentence, with nothing but the description between them
    /// (<see cref="Gazetteer.IsApposed"/>).
    /// </summary>
    private static List<PlaceMention> WithoutApposedReferences(List<PlaceMention> mentions, IReadOnlyList<Sentence> sentences, Gazetteer gazetteer, string text, string language)
    {
        List<PlaceMention>? result = null;
        for (var i = 1; i < mentions.Count; i++)
        {
            var (place, reference) = (mentions[i - 1], mentions[i]);
            if (!Gazetteer.IsNear(reference.PlaceId) || Gazetteer.IsNear(place.PlaceId) || Depth(place.PlaceId) == 0 ||
                (!Parent(place.PlaceId).SequenceEqual(Parent(reference.PlaceId)) && !Gazetteer.Contains(Gazetteer.Base(reference.PlaceId), place.PlaceId)) ||
                SentenceIndexOf(sentences, place.Offset) != SentenceIndexOf(sentences, reference.Offset) ||
                !gazetteer.IsApposed(text, place, reference, language))
            {
                continue;
            }

            (result ??= [.. mentions]).Remove(reference);
        }

        return result ?? mentions;
    }

    private static ReadOnlySpan<char> Parent(string id) => id.AsSpan(0, Math.Max(0, id.LastIndexOf('/')));

    /// <summary>How far after an anaphor a name may start and be its own ("the city of Kharkiv").</summary>
    private const int AnaphorNameGap = 5;

    /// <summary>
    /// The mentions without the places a weapons sentence names as where the weapons were launched from ("атакував 126
    /// БпЛА … з Курської та Бєлгородської областей"): those are the attacker's, neither the figure's place nor what the
    /// article is about.
    /// </summary>
    private static List<PlaceMention> WithoutOrigins(Gazetteer gazetteer, string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Figure> figures, List<PlaceMention> mentions, string language, out List<PlaceMention> removed)
    {
        removed = [];
        var origins = gazetteer.Origins(text, mentions, language);
        if (origins.Count == 0)
        {
            return mentions;
        }

        var kept = new List<PlaceMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (origins.Contains(i) && SentenceOf(sentences, mentions[i].Offset) is { } s && HasWeaponTallyIn(figures, s))
            {
                removed.Add(mentions[i]);
                continue;
            }

            kept.Add(mentions[i]);
        }

        return kept;
    }

    /// <summary>Words a side may stand after a weapons count ("45 of 60 Russian drones") or a people count ("9 Israeli soldiers").</summary>
    private const int WeaponSideWords = 4;

    private const int PeopleSideWords = 2;

    private const int SideWindow = 80;

    /// <summary>
    /// The side named in the figure's own noun phrase: a demonym inside the figure's phrase or among the first words
    /// after it, before any punctuation ("102 Ukrainian drones", "18 پهپاد اوکراینی"). A demonym joined by a hyphen to
    /// the next word ("Iranian-designed", "Russian-occupied") says where something comes from, not who used it.
    /// </summary>
    private static string? SideOf(Gazetteer gazetteer, string language, string text, Figure figure, int maxWords)
    {
        var demonyms = gazetteer.Demonyms;
        var end = figure.Offset + figure.Length;
        if (figure.Length <= 0 || end > text.Length)
        {
            return null;
        }

        // Only the figure's phrase and the few words after it are read (SideWindow characters at most).
        var windowEnd = Math.Min(text.Length, end + SideWindow);
        foreach (var m in demonyms.FindIn(text, figure.Offset, windowEnd, language))
        {
            if (m.End <= end)
            {
                // "31 Menschen durch israelische Angriffe getötet" inside the phrase: the attacker, as after it.
                var inside = text.AsSpan(figure.Offset, Math.Max(0, m.Offset - figure.Offset));
                return (m.End < text.Length && text[m.End] == '-') || (!IsWeaponTally(figure.Kind) && gazetteer.HasCause(inside, language)) ? null : m.PlaceId;
            }

            var between = text.AsSpan(end, m.Offset - end);
            if (between.IndexOfAny(".,;:!?()\"“”«»—–\n") >= 0 || Gazetteer.CountWords(between) > maxWords)
            {
                return null;
            }

            if (!IsWeaponTally(figure.Kind) && gazetteer.HasCause(text.AsSpan(figure.Offset, m.Offset - figure.Offset), language))
            {
                // "killed by Israeli strikes": the attacker, not the side of the people counted.
                return null;
            }

            return m.End < text.Length && text[m.End] == '-' ? null : m.PlaceId;
        }

        return null;
    }

    /// <summary>
    /// The country the figure's sentence names as the one that launched the weapons ("Russia launched 458 drones",
    /// "destroyed 45 of the 50 drones launched by Russia", "lancés par la Russie"), when it has an opponent in the data's
    /// conflicts: a tally of its weapons is its opponent's (the air force that counted them reports for its own country).
    /// </summary>
    private static string? Launcher(Gazetteer gazetteer, LauncherMemo launchers, IReadOnlyList<Sentence> sentences, Figure figure, List<PlaceMention> mentions)
    {
        if (SentenceOf(sentences, figure.Offset) is not { } sentence)
        {
            return null;
        }

        string? launcher = null;
        foreach (var m in mentions)
        {
            if (m.Offset < sentence.Offset || m.End > sentence.End || m.PlaceId.Contains('/') || gazetteer.Opponent(m.PlaceId) is null ||
                !launchers.IsLauncher(m))
            {
                continue;
            }

            if (launcher is not null && launcher != m.PlaceId)
            {
                // Both sides launching in one sentence: no one side.
                return null;
            }

            launcher = m.PlaceId;
        }

        return launcher;
    }

    /// <summary>
    /// The one country a weapons figure's sentence names as where the weapons came from ("fired from Yemen", "з
    /// Курської області": Russia), when that country has one opponent; a sea or two countries give none.
    /// </summary>
    private static string? OriginCountry(Gazetteer gazetteer, IReadOnlyList<Sentence> sentences, Figure figure, List<PlaceMention> fromPlaces)
    {
        if (fromPlaces.Count == 0 || SentenceOf(sentences, figure.Offset) is not { } sentence)
        {
            return null;
        }

        string? origin = null;
        foreach (var m in fromPlaces)
        {
            if (m.Offset < sentence.Offset || m.End > sentence.End || IsSea(m.PlaceId))
            {
                continue;
            }

            var country = Country(m.PlaceId);
            if (origin is not null && origin != country)
            {
                return null;
            }

            origin = country;
        }

        return origin is not null && gazetteer.Opponent(origin) is not null ? origin : null;
    }

    internal static string Country(string placeId)
    {
        // (Asked per mention and per figure: the first part of the id, without splitting every part into a string.)
        var slash = placeId.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? placeId : placeId[..slash];
    }

    /// <summary>
    /// The area a weapons tally with no place of its own is reported for: the country of the main place, or the sea
    /// itself when the article is about a sea (Red Sea shipping attacks are tallied for the sea, not for a country).
    /// </summary>
    internal static string TallyArea(string placeId) => IsSea(placeId) ? SeaOf(placeId) : Country(placeId);

    private static bool IsSea(string placeId) => placeId.StartsWith(SeaPrefix, StringComparison.Ordinal);

    /// <summary>"sea/red-sea" for any id inside it.</summary>
    private static string SeaOf(string placeId)
    {
        var end = placeId.IndexOf('/', SeaPrefix.Length);
        return end < 0 ? placeId : placeId[..end];
    }

    private static bool IsWeaponTally(FigureKind kind) =>
        kind is FigureKind.DronesLaunched or FigureKind.DronesDowned or FigureKind.MissilesLaunched or FigureKind.MissilesDowned;

    /// <summary>
    /// A place written in capitals at the start of a line, with only more capitals after it before a comma, a
    /// parenthesis or a dash ("KYIV, Nov 8 —", "GAZA CITY (AP) —", "BEIRUT —").
    /// </summary>
    internal static bool IsDateline(string text, PlaceMention m)
    {
        if (m.Offset > 0 && text[m.Offset - 1] != '\n')
        {
            return false;
        }

        if (AgencyAfter(text, m.Offset + m.Length))
        {
            // "Kiew (dpa) -", "Kiev (AFP) –": a place, the agency in parentheses, a dash.
            return true;
        }

        if (m.End < text.Length && text[m.End] == ',' && text.IndexOf('(', m.End, Math.Min(DatelineDate, text.Length - m.End)) is var open and > 0 &&
            text.AsSpan(m.End + 1, open - m.End - 1) is var date && date.IndexOfAnyInRange('0', '9') >= 0 && !date.ContainsAny(".;:\n") &&
            AgencyAfter(text, open))
        {
            // "Kiev, 6 oct (EFE).-", "Gaza, 12 mar (EFE).-": a place, a short date, the agency in parentheses, a dash.
            return true;
        }

        var letters = 0;
        var k = m.Offset;
        for (; k < text.Length && text[k] is not (',' or '(' or '—' or '–' or '\n'); k++)
        {
            var c = text[k];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c == '-' && k + 1 < text.Length && text[k + 1] == ' ')
            {
                break;
            }
            else if (!(c is ' ' or '-' or '\'' or '.'))
            {
                return false;
            }
        }

        return letters >= 3 && k < text.Length && k - m.Offset <= 40 && text[k] != '\n';
    }

    /// <summary>" (dpa) -", " (AFP) –", " (AP) —": an agency's short name in parentheses, then a dash.</summary>
    private static bool AgencyAfter(string text, int k)
    {
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k >= text.Length || text[k] != '(')
        {
            return false;
        }

        var close = text.IndexOf(')', k);
        if (close < 0 || close - k > 12 || close == k + 1)
        {
            return false;
        }

        for (var i = k + 1; i < close; i++)
        {
            if (!(char.IsLetter(text[i]) || text[i] is '/' or '-' or ' '))
            {
                return false;
            }
        }

        k = close + 1;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k < text.Length && text[k] == '.')
        {
            // "(EFE).-"
            k++;
        }

        return k < text.Length && text[k] is '-' or '–' or '—';
    }

    /// <summary>How far after a dateline's place the agency's parenthesis may open ("Kiev, 6 oct (EFE)").</summary>
    private const int DatelineDate = 20;

    /// <summary>Whether one of the <paramref name="offsets"/> is inside <paramref name="sentence"/>.</summary>
    private static bool NamesIn(List<int> offsets, Sentence sentence)
    {
        foreach (var offset in offsets)
        {
            if (offset >= sentence.Offset && offset < sentence.End)
            {
                return true;
            }
        }

        return false;
    }

    private static Sentence? SentenceOf(IReadOnlyList<Sentence> sentences, int offset) =>
        SentenceIndexOf(sentences, offset) is { } index ? sentences[index] : null;

    private static int? SentenceIndexOf(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (sentences[mid].Offset > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return null;
    }

    /// <summary>
    /// A country the figure's sentence names after a locative word ("in Ukraine", "в Україні", "di Gaza"), before the
    /// figure or after it in its clause: a country without the word is most often an actor ("Russia has killed…").
    /// </summary>
    /// <summary>
    /// The one country the sentence names as a target or as where the targets are ("at Israel", "at bases in Israel",
    /// "به سوی پایگاه‌ها در …", "по Україні"), if only one.
    /// </summary>
    /// <summary>
    /// The one country a sentence stating a downing names (no other country, no sea), before the count, when it is named
    /// neither as the launcher nor as the target: the country that shot the weapons down. Null otherwise ("72 enemy drones
    /// did not reach their targets, and two returned to Russia": a country after the count is where they went).
    /// </summary>
    private static string? DowningCountry(Gazetteer gazetteer, LauncherMemo launchers, string language, string text, List<PlaceMention> mentions, Sentence sentence, Figure figure)
    {
        string? country = null;
        foreach (var m in mentions)
        {
            if (m.Offset < sentence.Offset || m.End > sentence.End)
            {
                continue;
            }

            if (Depth(m.PlaceId) > 0 || IsSea(m.PlaceId) || m.End > figure.Offset || (country is not null && country != m.PlaceId) ||
                launchers.IsLauncher(m) || gazetteer.IsTarget(text, m, language))
            {
                return null;
            }

            country = m.PlaceId;
        }

        return country;
    }

    private static string? TargetCountry(Gazetteer gazetteer, string language, string text, List<PlaceMention> mentions, Sentence sentence)
    {
        string? target = null;
        foreach (var m in mentions)
        {
            if (m.Offset >= sentence.Offset && m.End <= sentence.End && Depth(m.PlaceId) == 0 && !IsSea(m.PlaceId) &&
                (gazetteer.IsTarget(text, m, language) || gazetteer.IsLocative(text, m, language)))
            {
                if (target is not null && target != m.PlaceId)
                {
                    return null;
                }

                target = m.PlaceId;
            }
        }

        return target;
    }

    private static string? LocativeCountry(Gazetteer gazetteer, string language, string text, List<PlaceMention> mentions, Sentence sentence, Figure figure)
    {
        var clauseEnd = ClauseEnd(text, sentence, figure);
        foreach (var m in mentions)
        {
            // Inside the figure's phrase too: "۳۹۶۰ نفر در لبنان کشته" (3,960 people were killed in Lebanon).
            if (m.Offset >= sentence.Offset && m.End <= clauseEnd && Depth(m.PlaceId) == 0 && !IsSea(m.PlaceId) && gazetteer.IsLocative(text, m, language))
            {
                return m.PlaceId;
            }
        }

        return null;
    }

    private static string? Nearest(List<PlaceMention> mentions, Sentence sentence, Figure figure, IReadOnlyList<Figure> figures, (int Offset, int Length)[] others, string text, string? mainCountry, HashSet<int>? measured, HashSet<int>? clauseHeads)
    {
        var clauseEnd = ClauseEnd(text, sentence, figure);
        var figureEnd = figure.Offset + figure.Length;
        string? best = null;
        var bestDistance = int.MaxValue;
        var candidates = new List<(string Id, int Distance)>();
        var unclaimed = new List<PlaceMention>();
        PlaceMention? claimed = null;
        List<string>? items = null;
        List<PlaceMention>? shared = null;
        foreach (var m in mentions)
        {
            if (m.Offset < sentence.Offset || m.End > sentence.End)
            {
                continue;
            }

            // A country named in the sentence is most often an actor ("Russia launched 90 drones", "Ukraine's air
            // force said"), not where the figure happened: countries come from the article's main place instead.
            if (Depth(m.PlaceId) == 0)
            {
                continue;
            }

            // After the figure's clause, a place of another country is most often a government or an actor
            // ("…, calling for sanctions on Moscow"), not where the figure happened.
            // A sea is no actor: "shot down three drones over the Gulf of Aden" is where they were downed.
            if (mainCountry is not null && !IsSea(m.PlaceId) && Country(m.PlaceId) != mainCountry && !Gazetteer.Contains(mainCountry, m.PlaceId) && m.Offset >= clauseEnd)
            {
                continue;
            }

            // A place inside the figure's phrase is measured to the phrase's end, where a count sharing an earlier
            // count's verb has its number ("killed four people in Sumy and two in Dnipro": the two's phrase spans Sumy).
            var distance = m.End <= figure.Offset ? figure.Offset - m.End
                : m.Offset >= figureEnd ? m.Offset - figureEnd
                : Math.Max(0, figureEnd - m.End);
            var item = m.Offset >= figureEnd && LaterOfItsKindBefore(figures, figure, m);
            if (item)
            {
                (items ??= []).Add(m.PlaceId);
            }

            // A place in the number's own segment (no clause break between them) comes before any place across a
            // break: in "9 killed in Kharkiv, 4 in Zaporizhzhia" the 4 is Zaporizhzhia's, though Kharkiv is nearer.
            var between = m.End <= figure.Offset ? text.AsSpan(m.End, figure.Offset - m.End)
                : m.Offset >= figureEnd ? text.AsSpan(figureEnd, m.Offset - figureEnd)
                : [];
            if (between.IndexOfAny(SegmentBreaks) >= 0)
            {
                if (m.Offset >= figureEnd && ((claimed is { } listed && ListJoin(text, listed, m)) ||
                    InSegmentOfLater(m, figure, figures, sentence, text) || InSegmentOfNumber(m, figure, others, sentence, text, measured is not null && measured.Contains(m.Offset))))
                {
                    // "four other drones hit targets in Kyiv, Sumy and Kharkiv regions": the places listed after one that
                    // another number claims are that number's too.
                    claimed = m;
                    // "downed 337 drones overnight, 91 of them over the Moscow region": across a break, a place in a
                    // later figure's segment is that figure's (the part's), not the whole's. (A place before stays
                    // shared: in "attacked Kyiv with 120 drones, 98 of them were shot down" the 98 are Kyiv's.)
                    continue;
                }

                distance += CrossedBreak;
                if (m.End <= figure.Offset && claimed is null && InSegmentOfEarlier(m, figure, figures, sentence, text, sharing: false, mentions))
                {
                    // "в Запорожской области погибли три человека — двое в Запорожье и один в Орехове, ещё 11 получили
                    // ранения": across a break too, a place right after an earlier figure's number is that figure's; the
                    // figure takes it only when no place before the break is no other figure's.
                    distance += OtherFiguresPlace;
                }
            }
            else if ((m.End <= figure.Offset && !(clauseHeads is not null && clauseHeads.Contains(m.Offset)) &&
                      (InSegmentOfEarlier(m, figure, figures, sentence, text, sharing: false, mentions) ||
                                                 InSegmentOfNumberBefore(m, figure, others, text))) ||
                     (m.Offset >= figure.Offset && m.End < figureEnd && InSegmentOfEarlier(m, figure, figures, sentence, text, sharing: true, mentions)))
            {
                // Also inside the figure's phrase when an earlier figure shares it: in "Hai người thiệt mạng ở Kherson và ba
                // người ở Zaporizhzhia" the three's phrase runs from the shared verb and spans Kherson, the two's place.
                // "23 drones were destroyed over Belgorod and 11 over Kursk": a place right after an earlier figure is
                // that figure's; it is this one's only when nothing nearer its own number is ("9 killed in Kharkiv and 4
                // injured").
                distance += OtherFiguresPlace;
            }
            else if (item)
            {
                // "на Дніпропетровщині загинули 5 людей — 4 у Дніпрі, 1 у Марганці", "In the Zaporizhzhia region, 3 people
                // were killed — 2 in Zaporizhzhia and 1 in Orikhiv": a place right after a later count of the same kind is
                // that count's, an item of the list that breaks the total down; the total takes a place before it, even
                // across a break, and else what holds the items (below).
                distance += ItemOfLater;
            }

            if (distance < bestDistance || (distance == bestDistance && best is not null && Depth(m.PlaceId) > Depth(best)))
            {
                (best, bestDistance) = (m.PlaceId, distance);
            }

            if (m.End <= figure.Offset && distance < CrossedBreak && FigureBetween(figures, figure, m))
            {
                // "on the Kharkiv and Sumy regions killed three people and injured 13": places before an earlier count of
                // the figure's own segment, shared by both (read below).
                (shared ??= []).Add(m);
            }

            candidates.Add((m.PlaceId, distance));
            // "Two people were killed and 11 injured in strikes on Kharkiv and Zaporizhzhia": a figure between the number and
            // places of its own segment shares them (its verb is left out); across a break they are that figure's.
            if ((!FigureBetween(figures, figure, m) || (m.Offset >= figureEnd && between.IndexOfAny(SegmentBreaks) < 0)) &&
                distance % CrossedBreak < OtherFiguresPlace && distance < ItemOfLater)
            {
                unclaimed.Add(m);
            }
        }

        var bestClaimed = best is not null && bestDistance >= CrossedBreak && bestDistance % CrossedBreak >= OtherFiguresPlace;
        if ((best is null || bestDistance >= ItemOfLater || bestClaimed) && items is { Count: > 0 } && (items.Count >= 2 || bestClaimed))
        {
            // "5 people were killed — 4 in Dnipro, 1 in Marhanets": a total broken down by places and named nowhere else
            // is the tally of what holds them; so is an item whose own place the gazetteer does not know, between items
            // that name theirs ("8 in Nikopol district, 5 in Synelnykove district and 2 in Kryvyi Rih": the 5 is the
            // region's, not Nikopol's or Kryvyi Rih's).
            var holder = bestClaimed ? best! : items[0];
            foreach (var id in items)
            {
                holder = CommonAncestor(holder, id);
            }

            if (Depth(holder) >= 1 && !IsSea(holder))
            {
                return holder;
            }
        }

        // A place inside the nearest one and on the same side of any clause break is more precise, not another place:
        // in "strikes on southern Lebanon killed four people in Nabatieh and three in Tyre" each count is its city's.
        while (best is not null)
        {
            // (Not a place another figure's number claims: in "на Дніпропетровщині загинули 5 людей — 4 у Дніпрі" Dnipro
            // is the 4's.)
            var (outer, segment, claimedByOther) = (best, bestDistance / CrossedBreak, bestDistance % CrossedBreak >= OtherFiguresPlace);
            string? inner = null;
            var innerDistance = int.MaxValue;
            foreach (var (id, distance) in candidates)
            {
                if (distance / CrossedBreak == segment && (distance % CrossedBreak >= OtherFiguresPlace) == claimedByOther &&
                    id.Length > outer.Length && distance < innerDistance && Gazetteer.Contains(outer, id))
                {
                    (inner, innerDistance) = (id, distance);
                }
            }

            if (inner is null)
            {
                break;
            }

            (best, bestDistance) = (inner, innerDistance);
        }

        if (best is not null && ListedWith(unclaimed, best, text) is { } spread && Depth(spread) < Depth(best) && (!IsSea(best) || IsSea(spread)))
        {
            // "58 drones were shot down over the Sumy, Kharkiv, Poltava and Dnipropetrovsk regions": a tally over a list of
            // places, none inside another and no other figure between, is the tally of what holds them all. (Seas hold
            // nothing together: "ở Biển Đỏ và Vịnh Aden" is the first one's.)
            return spread;
        }

        if (best is not null && shared is not null && bestDistance < CrossedBreak && !IsSea(best) &&
            ListedWith(shared, best, text) is { } sharedSpread && Depth(sharedSpread) < Depth(best))
        {
            // "Russian attacks on the Kharkiv and Sumy regions killed three people and injured 13": a count that shares an
            // earlier count's list of places (no break between them) is the tally of what holds them, as the earlier is.
            return sharedSpread;
        }

        return best;
    }

    /// <summary>
    /// What holds the list of places <paramref name="best"/> stands in: places joined by a comma or one short word ("the
    /// Sumy, Kharkiv, Poltava and Dnipropetrovsk regions", "над Курской и Белгородской областями"), or null.
    /// </summary>
    private static string? ListedWith(List<PlaceMention> places, string best, string text)
    {
        places.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var at = places.FindIndex(p => p.PlaceId == best);
        if (at < 0)
        {
            return null;
        }

        var (first, last) = (at, at);
        while (first > 0 && ListJoin(text, places[first - 1], places[first]))
        {
            first--;
        }

        while (last + 1 < places.Count && ListJoin(text, places[last], places[last + 1]))
        {
            last++;
        }

        var spread = best;
        for (var i = first; i <= last; i++)
        {
            if (!Gazetteer.Contains(spread, places[i].PlaceId) && !Gazetteer.Contains(places[i].PlaceId, spread))
            {
                spread = CommonAncestor(spread, places[i].PlaceId);
            }
        }

        return spread == best ? null : spread;
    }

    /// <summary>Only a comma, or one short word ("and", "та", "và", "و"), between two places.</summary>
    private static bool ListJoin(string text, PlaceMention a, PlaceMention b)
    {
        if (b.Offset < a.End)
        {
            return false;
        }

        var gap = text.AsSpan(a.End, b.Offset - a.End).Trim();
        if (gap.Length == 0 || gap is ",")
        {
            return true;
        }

        var word = gap.TrimStart(',').Trim();
        var space = word.IndexOf(' ');
        if (space > 0)
        {
            // "dans le Hermel et au Liban-Sud", "in Kharkiv and in Sumy": a join of at most four letters and one short
            // preposition or article (at most three) before the next place.
            var join = word[..space];
            var small = word[(space + 1)..];
            return join.Length <= 4 && small.Length is > 0 and <= 3 && !small.ContainsAny(' ', '.', ';') && !join.ContainsAny('.', ';', ',') &&
                !word.ContainsAnyInRange('0', '9');
        }

        return word.Length <= 4 && !word.ContainsAny(' ', '.', ';') && !word.ContainsAnyInRange('0', '9');
    }

    /// <summary>Another figure stands between <paramref name="figure"/> and the place: the place is more likely that one's.</summary>
    private static bool FigureBetween(IReadOnlyList<Figure> figures, Figure figure, PlaceMention place)
    {
        var (from, to) = place.End <= figure.Offset ? (place.End, figure.Offset) : (figure.Offset + figure.Length, place.Offset);
        foreach (var other in figures)
        {
            if (!ReferenceEquals(other, figure) && other.Offset >= from && other.Offset + other.Length <= to && other.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A later figure of the same kind stands between <paramref name="figure"/>'s number and the place after it.</summary>
    private static bool LaterOfItsKindBefore(IReadOnlyList<Figure> figures, Figure figure, PlaceMention place)
    {
        var figureEnd = figure.Offset + figure.Length;
        foreach (var other in figures)
        {
            if (other.Kind == figure.Kind && other.Length > 0 && other.Offset >= figureEnd && other.Offset + other.Length <= place.Offset)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Added to the distance of a place that follows an earlier figure in the same segment (less than a break).</summary>
    private const int OtherFiguresPlace = 1 << 16;

    /// <summary>A figure of the sentence before this one ends before the place, in its segment.</summary>
    private static bool InSegmentOfEarlier(PlaceMention place, Figure figure, IReadOnlyList<Figure> figures, Sentence sentence, string text, bool sharing, List<PlaceMention> mentions)
    {
        foreach (var other in figures)
        {
            var otherEnd = other.Offset + other.Length;
            if (other.Offset >= figure.Offset || other.Offset < sentence.Offset || other.Length <= 0 || otherEnd > place.Offset ||
                (sharing && otherEnd <= figure.Offset))
            {
                continue;
            }

            if (text.AsSpan(otherEnd, place.Offset - otherEnd).IndexOfAny(SegmentBreaks) < 0 && !HeadsLikeEarlier(place, figure, other, mentions, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At most one short word between a place and a number after it (<c>"Kharkiv with 40"</c>).</summary>
    private const int HeadGap = 6;

    /// <summary>
    /// "استان دونتسک با ۶۰ کشته … و پس از آن خارکیف با ۴۰ کشته" (Donetsk with 60 killed … and after it Kharkiv with 40): a
    /// place right before the figure's number, joined to it as another place is joined to the earlier figure's number (the
    /// same short word, or none, between), heads the figure's phrase as that one heads the earlier's; it is no place the
    /// earlier figure's phrase runs over (a language that puts no comma between clauses leaves no break to tell).
    /// "23 drones were destroyed over Belgorod and 11 over Kursk" has no place heading the 23, so Belgorod stays the 23's.
    /// </summary>
    private static bool HeadsLikeEarlier(PlaceMention place, Figure figure, Figure earlier, List<PlaceMention> mentions, string text)
    {
        var gap = figure.Offset - place.End;
        if (gap < 0 || gap > HeadGap)
        {
            return false;
        }

        var link = text.AsSpan(place.End, gap).Trim();
        foreach (var m in mentions)
        {
            var before = earlier.Offset - m.End;
            if (m.End <= earlier.Offset && before <= HeadGap && text.AsSpan(m.End, before).Trim().Equals(link, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A figure of the sentence after this one stands in the place's segment (no segment break between them).</summary>
    /// <summary>
    /// "… 38 were downed, while two hit an energy facility in Poltava region", "… 65 of which were shot down; debris fell
    /// in 3 districts of Kyiv": across a break after the figure, a place in the segment of a number that is no figure (a
    /// count of hits, of districts) is that number's, not the figure's. A distance's number does not claim the place it is
    /// measured from (<paramref name="measured"/>: "in Komyshuvakha, about 25 km east of Zaporizhzhia").
    /// </summary>
    private static bool InSegmentOfNumber(PlaceMention place, Figure figure, (int Offset, int Length)[] others, Sentence sentence, string text, bool measured)
    {
        var figureEnd = figure.Offset + figure.Length;
        var first = Array.BinarySearch(others, (figureEnd, 0));
        for (var i = first < 0 ? ~first : first; i < others.Length && others[i].Offset < sentence.End; i++)
        {
            var (offset, length) = others[i];
            if (measured && offset + length <= place.Offset && (i + 1 == others.Length || others[i + 1].Offset >= place.Offset))
            {
                // "wounded in Komyshuvakha, about 25 km east of Zaporizhzhia": the distance's own number says where the
                // figure's place lies; it counts nothing there, so the place it is measured from stays the figure's.
                continue;
            }

            var end = offset + length;
            var between = place.End <= offset ? text.AsSpan(place.End, offset - place.End)
                : place.Offset >= end ? text.AsSpan(end, place.Offset - end)
                : [];
            if (between.IndexOfAny(SegmentBreaks) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "12 over the Bryansk region, 12 over the Kursk region and seven over the Oryol region": a place after a number that
    /// is no figure of its own (an equal item counted once) and before the figure, with no break between that number and
    /// it, is that number's, as it would be an earlier figure's.
    /// </summary>
    private static bool InSegmentOfNumberBefore(PlaceMention place, Figure figure, (int Offset, int Length)[] others, string text)
    {
        var first = Array.BinarySearch(others, (place.Offset, 0));
        for (var i = (first < 0 ? ~first : first) - 1; i >= 0; i--)
        {
            var end = others[i].Offset + others[i].Length;
            if (end > place.Offset || others[i].Offset >= figure.Offset)
            {
                continue;
            }

            return text.AsSpan(end, place.Offset - end).IndexOfAny(SegmentBreaks) < 0;
        }

        return false;
    }

    /// <summary>The numbers that are inside no figure's phrase, in text order.</summary>
    private static (int Offset, int Length)[] OtherNumbers(IReadOnlyCollection<(int Offset, int Length)>? numbers, IReadOnlyList<Figure> figures)
    {
        if (numbers is not { Count: > 0 })
        {
            return [];
        }

        var spans = FigureSpans(figures);
        var others = new List<(int Offset, int Length)>();
        foreach (var n in numbers)
        {
            // The figure phrase starting last at or before the number; phrases rarely nest, so the one before it is checked too.
            var at = Array.BinarySearch(spans, (n.Offset, int.MaxValue));
            var i = (at < 0 ? ~at : at + 1) - 1;
            if (!(i >= 0 && n.Offset < spans[i].Item2) && !(i >= 1 && n.Offset < spans[i - 1].Item2))
            {
                others.Add(n);
            }
        }

        others.Sort();
        return [.. others];
    }

    private static bool InSegmentOfLater(PlaceMention place, Figure figure, IReadOnlyList<Figure> figures, Sentence sentence, string text)
    {
        foreach (var other in figures)
        {
            if (other.Offset <= figure.Offset || other.Offset >= sentence.End || other.Length <= 0)
            {
                continue;
            }

            var otherEnd = other.Offset + other.Length;
            var between = place.End <= other.Offset ? text.AsSpan(place.End, other.Offset - place.End)
                : place.Offset >= otherEnd ? text.AsSpan(otherEnd, place.Offset - otherEnd)
                : [];
            if (between.IndexOfAny(SegmentBreaks) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Marks that end a list item or a clause: a place beyond one is farther than any place before one. Not dashes: in
    /// "9 — у Харкові, 4 — у Запоріжжі" a dash joins a count to its place.
    /// </summary>
    private const string SegmentBreaks = ",;:()[]\"“”«»،؛";

    /// <summary>Added to the distance of a place that is an item of a later count of the figure's kind (more than any break).</summary>
    private const int ItemOfLater = 1 << 24;

    /// <summary>Added to a place's distance when a segment break stands between it and the number (longer than any sentence).</summary>
    private const int CrossedBreak = 1 << 20;

    /// <summary>Where the figure's clause ends: the first clause break after its phrase, within its sentence.</summary>
    private static int ClauseEnd(string text, Sentence sentence, Figure figure)
    {
        const string Breaks = ",;:()\"“”«»—–";
        var end = Math.Min(figure.Offset + figure.Length, sentence.End);
        while (end < sentence.End && end < text.Length && Breaks.IndexOf(text[end], StringComparison.Ordinal) < 0)
        {
            end++;
        }

        return end;
    }

    private static string? MainPlace(
        List<PlaceMention> mentions, List<PlaceMention> inTitle, IReadOnlyList<Sentence> sentences, int textLength, LauncherMemo article)
    {
        // News is written most important first: a mention weighs 3 in the title or first sentence, else from 2 at the
        // top of the text down to 1 at its end.
        var leadEnd = sentences.Count > 0 ? sentences[0].End : 0;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var weight = m.Offset < leadEnd ? LeadWeight : 2.0 - ((double)m.Offset / Math.Max(1, textLength));
            weights[m.PlaceId] = weights.GetValueOrDefault(m.PlaceId) + weight;
        }

        foreach (var m in inTitle)
        {
            weights[m.PlaceId] = weights.GetValueOrDefault(m.PlaceId) + LeadWeight;
        }

        if (weights.Count == 0)
        {
            return null;
        }

        // Countries are named as actors as often as places ("Russia launched…"): the country is the one whose cities and
        // regions the article names most, else the most named country; the main place is its most named place. A sea
        // competes as an area of its own: an article about attacks on Red Sea shipping names the sea more than any
        // country's places, though it mentions Gaza as the attackers' cause.
        var country = MostWeighedArea(weights);
        if (country is null)
        {
            // Only countries are named: the attacked country when the article tells it (CountryOnly).
            if (CountryOnly(mentions, weights, article) is { } only)
            {
                return only;
            }
        }

        // The area's places, most weighed first, then the deeper one, then in ordinal order (ids are distinct, so the
        // order is total and the sort gives what a stable one would).
        var ranked = new List<KeyValuePair<string, double>>(weights.Count);
        foreach (var w in weights)
        {
            if (country is null || TallyArea(w.Key) == country)
            {
                ranked.Add(w);
            }
        }

        ranked.Sort(static (a, b) =>
        {
            var byWeight = b.Value.CompareTo(a.Value);
            var byDepth = Depth(b.Key).CompareTo(Depth(a.Key));
            return byWeight != 0 ? byWeight : byDepth != 0 ? byDepth : string.CompareOrdinal(a.Key, b.Key);
        });

        // Two places named as much, neither inside the other ("п'ятеро загиблих: троє — на Херсонщині, двоє — на
        // Донеччині"): the article is about what holds both, not about the first in alphabetical order.
        var top = ranked[0].Key;
        for (var k = 1; k < ranked.Count && Math.Abs(ranked[k].Value - ranked[0].Value) < 1e-9; k++)
        {
            var other = ranked[k];
            if (!Gazetteer.Contains(top, other.Key) && !Gazetteer.Contains(other.Key, top))
            {
                top = CommonAncestor(top, other.Key);
            }
        }

        return top;
    }

    /// <summary>
    /// The country (or sea) whose places below it weigh most together, a tie going to the first in ordinal order; null
    /// when only countries are named. Each area's weights are summed in the order its places were first weighed.
    /// </summary>
    private static string? MostWeighedArea(Dictionary<string, double> weights)
    {
        var areas = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, weight) in weights)
        {
            if (Depth(id) > 0)
            {
                var area = TallyArea(id);
                areas[area] = areas.GetValueOrDefault(area) + weight;
            }
        }

        string? best = null;
        var bestWeight = 0.0;
        foreach (var (area, weight) in areas)
        {
            if (best is null || weight > bestWeight || (weight == bestWeight && string.CompareOrdinal(area, best) < 0))
            {
                (best, bestWeight) = (area, weight);
            }
        }

        return best;
    }

    private static int Depth(string id) => id.AsSpan().Count('/');

    /// <summary>The longest id both ids extend ("ua" for two regions of Ukraine).</summary>
    private static string CommonAncestor(string a, string b)
    {
        var x = a.Split('/');
        var y = b.Split('/');
        var n = 0;
        while (n < x.Length && n < y.Length && x[n] == y[n])
        {
            n++;
        }

        return n == 0 ? a : string.Join('/', x.Take(n));
    }

    /// <summary>
    /// The main place when only countries are named (<see cref="MainPlace"/>), else null: the one named as a target; the
    /// other country beside one named as the launcher; the launcher's opponent when it alone is named, only as the launcher.
    /// (Its own method, so the main place's usual path makes no closure.)
    /// </summary>
    private static string? CountryOnly(List<PlaceMention> mentions, Dictionary<string, double> weights, LauncherMemo article)
    {
        // Only countries are named: "Росія випустила по Україні понад 1300 дронів" names the attacker first and the
        // attacked after "по"; a country named as a target is the one the article is about.
        var targets = mentions.Where(m => Depth(m.PlaceId) == 0 && article.IsTarget(m)).Select(m => m.PlaceId).Distinct().ToList();
        if (targets.Count == 1)
        {
            return targets[0];
        }

        // "phòng không Ukraine bắn hạ 41 trong số 55 UAV mà Nga phóng": a country named as the one that launched is
        // the attacker; with one other country named, that one is the article's.
        var launchers = mentions.Where(m => Depth(m.PlaceId) == 0 && article.IsLauncher(m)).Select(m => m.PlaceId).ToHashSet(StringComparer.Ordinal);
        var others = weights.Keys.Where(k => !launchers.Contains(k)).ToList();
        if (launchers.Count > 0 && others.Count == 1)
        {
            return others[0];
        }

        // "Russia launched 65 drones overnight. Air defences destroyed 50.": the only country named, and only as the
        // one that launched, is the attacker; the article is about the country it attacked, and so are its downings.
        if (launchers.Count == 1 && others.Count == 0 && launchers.First() is var attacker &&
            mentions.All(m => m.PlaceId != attacker || article.IsLauncher(m)) &&
            article.Opponent(attacker) is { } attacked)
        {
            return attacked;
        }

        return null;
    }

    /// <summary>Removes from <paramref name="named"/> the offsets at which a found mention starts.</summary>
    private static void RemoveFound(List<int> named, List<PlaceMention> found)
    {
        var kept = 0;
        for (var i = 0; i < named.Count; i++)
        {
            var offset = named[i];
            var isFound = false;
            foreach (var m in found)
            {
                if (m.Offset == offset)
                {
                    isFound = true;
                    break;
                }
            }

            if (!isFound)
            {
                named[kept++] = offset;
            }
        }

        named.RemoveRange(kept, named.Count - kept);
    }

    /// <summary>Removes the mentions in sentences that are not the article's (<paramref name="notArticle"/>).</summary>
    private static void RemoveNotArticle(List<PlaceMention> found, IReadOnlyList<Sentence> sentences, IReadOnlyCollection<int> notArticle)
    {
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
        {
            if (!(SentenceIndexOf(sentences, found[i].Offset) is { } index && notArticle.Contains(index)))
            {
                found[kept++] = found[i];
            }
        }

        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>Removes the mentions that are a wire dateline (<see cref="IsDateline"/>).</summary>
    private static void RemoveDatelines(List<PlaceMention> found, string text)
    {
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
        {
            if (!IsDateline(text, found[i]))
            {
                found[kept++] = found[i];
            }
        }

        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>Removes the mentions that name a clock's time zone (<see cref="Gazetteer.IsTimeZone"/>).</summary>
    private static void RemoveTimeZones(List<PlaceMention> found, Gazetteer gazetteer, string text, string language)
    {
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
        {
            if (!gazetteer.IsTimeZone(text, found[i], language))
            {
                found[kept++] = found[i];
            }
        }

        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>The mentions but those at <paramref name="indices"/>, in a new list.</summary>
    private static List<PlaceMention> WithoutIndices(List<PlaceMention> mentions, ICollection<int> indices)
    {
        var kept = new List<PlaceMention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!indices.Contains(i))
            {
                kept.Add(mentions[i]);
            }
        }

        return kept;
    }

    /// <summary>The mentions that are no official's name nor an authority's seat (the list itself when none is).</summary>
    private static List<PlaceMention> WithoutSeats(List<PlaceMention> mentions, Gazetteer gazetteer, string text, string language)
    {
        var any = false;
        foreach (var m in mentions)
        {
            if (m.Official || gazetteer.IsSeat(text, m, language))
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return mentions;
        }

        var kept = new List<PlaceMention>();
        foreach (var m in mentions)
        {
            if (!m.Official && !gazetteer.IsSeat(text, m, language))
            {
                kept.Add(m);
            }
        }

        return kept;
    }

    /// <summary>A mention starts after <paramref name="after"/> and before <paramref name="before"/>.</summary>
    private static bool AnyBetween(List<PlaceMention> mentions, int after, int before)
    {
        foreach (var m in mentions)
        {
            if (m.Offset > after && m.Offset < before)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last of <paramref name="mentions"/> starting before <paramref name="offset"/> (default when none does).</summary>
    private static PlaceMention LastBefore(List<PlaceMention> mentions, int offset)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].Offset < offset)
            {
                return mentions[i];
            }
        }

        return default;
    }

    /// <summary>The sentence names <paramref name="country"/> itself (not a place in it).</summary>
    private static bool NamesCountry(List<PlaceMention> mentions, Sentence sentence, string country) =>
        mentions.Exists(m => m.Offset >= sentence.Offset && m.End <= sentence.End && m.PlaceId == country);

    /// <summary>The mentions that are no official's name (the list itself when none is).</summary>
    private static List<PlaceMention> WithoutOfficials(List<PlaceMention> mentions) =>
        mentions.Exists(m => m.Official) ? mentions.FindAll(m => !m.Official) : mentions;
}
