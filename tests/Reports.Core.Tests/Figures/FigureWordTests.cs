namespace Reports.Core.Tests.Figures;

/// <summary>Words in the language data whose kind was wrong: each theory has the word in a sentence of our own, and a negative.</summary>
public sealed class FigureWordTests
{
    [Theory]
    [InlineData("vi", "Số thương vong đã lên tới 45 người.", "casualties 45")]
    [InlineData("vi", "Số người chết đã lên tới 45 người.", "killed 45")]
    [InlineData("en", "The army said it had suffered 12 casualties in the fighting, two of them fatal.", "casualties 12; killed 2")]
    [InlineData("en", "Two soldiers were fatally wounded near the border.", "killed 2")]
    [InlineData("en", "Doctors said the injuries of the 4 patients were not fatal.", "")]
    public void CasualtyWords_NameTheirKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The 12 passengers were not injured, the operator said.", "")]
    [InlineData("en", "Four soldiers were not hurt in the attack, but two others were wounded.", "injured 2")]
    [InlineData("ru", "Четыре человека не пострадали.", "")]
    [InlineData("vi", "3 người không bị thương.", "")]
    [InlineData("de", "Drei Soldaten wurden nicht verletzt.", "")]
    [InlineData("fr", "Trois soldats n'ont pas été blessés.", "")]
    [InlineData("vi", "Cuộc tấn công bằng máy bay không người lái khiến 3 người thiệt mạng.", "killed 3")]
    public void ADeniedPredicate_StatesNoCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "Los ataques de este martes se cobraron la vida de al menos 32 personas.", "killed 32 at_least")]
    [InlineData("es", "Las explosiones costaron la vida a tres soldados.", "killed 3")]
    public void PluralKillingPhrases_Kill(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "بیش از ۲۰۰۰ غیرنظامی در این منطقه کشته شده‌اند.", "killed 2000 more_than")]
    [InlineData("fa", "۲۰۰۰ نفر در این حملات زخمی شدند.", "injured 2000")]
    [InlineData("en", "More than 2000 people were killed in the region.", "killed 2000 more_than")]
    [InlineData("en", "The attacks killed 1950 people.", "killed 1950")]
    [InlineData("en", "In 2023 civilians were killed in large numbers, officials said.", "")]
    [InlineData("id", "Pada 2024 orang-orang mengungsi dari kota itu.", "")]
    [InlineData("fa", "در سال ۲۰۲۴ بیش از ۳۰۰ نفر کشته شدند.", "killed 300 more_than")]
    public void AFourDigitCount_IsNoYearWhenItCountsPeople(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Năm 2024 người dân nơi đây bị thương nhiều.", "")]
    [InlineData("vi", "Năm người bị thương trong vụ tấn công.", "injured 5")]
    public void ANumberWordBeforeAYear_IsTheYearsWord(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "پیکر ۲۷ نفر از زیر آوار بیرون آورده شد.", "killed 27")]
    [InlineData("fa", "شمار کشته‌شدگان از آغاز جنگ به ۵۰ هزار و ۲۰۰ نفر و زخمی‌ها به ۹۰ هزار نفر رسیده است.", "killed 50200; injured 90000")]
    [InlineData("fa", "شمار کشته‌ها به ۱۲ نفر و مجروحان به ۴۰ نفر رسید.", "killed 12; injured 40")]
    public void ACasualtyWordBeforeToAndANumber_HeadsThatNumber(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Nga đã phóng 300 UAV, gần 500 quả bom dẫn đường và 20 tên lửa.", "drones_launched 300; missiles_launched 20")]
    [InlineData("vi", "Nga đã phóng 300 UAV và 20 quả tên lửa.", "drones_launched 300; missiles_launched 20")]
    [InlineData("vi", "Quân đội bắn hạ 30 UAV và phá hủy 12 chiếc xe tăng.", "drones_downed 30")]
    public void AfterACounter_TheNounSaysWhatIsCounted(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Nine people were killed and four others remain missing, the mayor said.", "killed 9")]
    [InlineData("en", "The toll rose to 15, with three people still missing under the rubble.", "killed 15")]
    [InlineData("vi", "Số người chết tăng lên 11, 3 người vẫn mất tích.", "killed 11")]
    [InlineData("id", "Korban tewas bertambah menjadi 11 orang, sementara 3 orang lainnya masih hilang.", "killed 11")]
    [InlineData("fa", "شمار کشته‌ها به ۱۱ نفر رسید و ۳ نفر همچنان مفقود هستند.", "killed 11")]
    [InlineData("ru", "Число погибших возросло до 11, ещё три человека пропали без вести.", "killed 11")]
    [InlineData("uk", "Кількість загиблих зросла до 11, ще троє людей зникли безвісти.", "killed 11")]
    [InlineData("ar", "ارتفع عدد القتلى إلى 11، فيما لا يزال 3 أشخاص في عداد المفقودين.", "killed 11")]
    [InlineData("fr", "Le bilan s'élève à 11 morts, et trois personnes sont toujours portées disparues.", "killed 11")]
    [InlineData("es", "El balance asciende a 11 muertos y tres personas siguen desaparecidas.", "killed 11")]
    [InlineData("de", "Die Zahl der Toten stieg auf 11, drei Menschen werden noch vermisst.", "killed 11")]
    [InlineData("id", "Sebanyak 30 drone ditembak jatuh, sedangkan 4 lainnya hilang dari radar.", "drones_downed 30; drones_downed 4")]
    [InlineData("fa", "صدها هزار نفر آواره شدند و ۲۳۰ نفر کشته شدند.", "killed 230")]
    [InlineData("fa", "۱۲۰ نفر بازداشت و ۴ نفر کشته شدند.", "killed 4")]
    [InlineData("id", "Sebanyak 300 orang mengungsi dan 12 orang tewas.", "killed 12")]
    [InlineData("vi", "Hơn 300 người phải tản cư, 12 người thiệt mạng.", "killed 12")]
    public void MissingPeople_AreNoCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The health ministry said 1,567 people had died of cholera since August.", "")]
    [InlineData("vi", "Bộ Y tế cho biết 1.567 người đã tử vong vì dịch tả kể từ tháng 8.", "")]
    [InlineData("id", "Kementerian Kesehatan mengatakan 1.567 orang meninggal akibat kolera sejak Agustus.", "")]
    [InlineData("fa", "وزارت بهداشت اعلام کرد از ماه اوت ۱۵۶۷ نفر بر اثر وبا جان باخته‌اند.", "")]
    [InlineData("ar", "قالت وزارة الصحة إن 1567 شخصا توفوا بسبب الكوليرا منذ أغسطس.", "")]
    [InlineData("ru", "Минздрав сообщил, что с августа от холеры умерли 1567 человек.", "")]
    [InlineData("en", "An RSF drone strike on a market killed 21 people, the ministry said, as cholera spread.", "killed 21")]
    [InlineData("en", "The ministry said 1,567 people had died of cholera since August, while a drone strike on a market killed 21.", "killed 21")]
    [InlineData("id", "Sebanyak 1.567 orang meninggal akibat kolera sejak Agustus, sementara serangan drone di pasar menewaskan 21 orang.", "killed 21")]
    public void DeathsFromDisease_AreNoCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Serangan itu menyebabkan 37 korban jiwa dan luka-luka.", "casualties 37")]
    [InlineData("id", "Penembakan di pasar itu menimbulkan sedikitnya 20 korban.", "casualties 20 at_least")]
    [InlineData("id", "Serangan itu menewaskan 20 korban.", "killed 20")]
    [InlineData("id", "Sebanyak 12 korban tewas dan 30 korban luka-luka.", "killed 12; injured 30")]
    [InlineData("id", "Kerugian personel Rusia dalam sehari terakhir mencapai 1.380 tentara.", "casualties 1380")]
    [InlineData("vi", "Tổn thất nhân sự của Nga trong ngày qua là 1.380 binh sĩ.", "casualties 1380")]
    public void VictimsOfAnyKind_AreCasualties_UnlessAVerbBeforeSaysWhich(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Half a dozen drones were shot down over the city.", "drones_downed 6")]
    [InlineData("en", "A dozen people were injured.", "injured 12")]
    [InlineData("fr", "Une demi-douzaine de drones ont été abattus.", "drones_downed 6")]
    [InlineData("es", "Media docena de drones fueron derribados.", "drones_downed 6")]
    [InlineData("de", "Ein halbes Dutzend Drohnen wurde abgeschossen.", "drones_downed 6")]
    public void HalfADozen_IsSix(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("uk", "Україна отримала 40 ракет для систем ППО від партнерів.", "")]
    [InlineData("ru", "Украина получила 40 ракет для ПВО от партнеров.", "")]
    [InlineData("es", "Ucrania recibió 40 misiles para su defensa aérea.", "")]
    [InlineData("fr", "L'Ukraine a reçu 40 missiles de défense aérienne.", "")]
    [InlineData("de", "Die Ukraine hat 40 Raketen für die Luftabwehr erhalten.", "")]
    [InlineData("ar", "تسلمت أوكرانيا 40 صاروخا للدفاع الجوي من شركائها.", "")]
    [InlineData("uk", "Поранення отримали 5 людей, ще один чоловік отримав травми.", "injured 5; injured 1")]
    [InlineData("ru", "Ранения получили 5 человек.", "injured 5")]
    [InlineData("ru", "В результате удара 7 человек получили ранения различной степени тяжести.", "injured 7")]
    [InlineData("es", "Al menos 6 personas resultaron heridas y recibieron atención médica.", "injured 6 at_least")]
    public void WeaponsReceived_AreNoLaunch_AndReceivingInjuriesIsInjured(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "La Fuerza Aérea derribó 30 drones, mientras que otros 12 desaparecieron de los radares.", "drones_downed 30; drones_downed 12")]
    [InlineData("de", "71 Drohnen seien abgeschossen worden, 20 weitere seien vom Radar verschwunden.", "drones_downed 71; drones_downed 20")]
    [InlineData("ru", "Силы ПВО сбили 40 беспилотников, еще 12 пропали с радаров.", "drones_downed 40; drones_downed 12")]
    [InlineData("uk", "Сили ППО збили 40 дронів, ще 12 зникли з радарів.", "drones_downed 40; drones_downed 12")]
    [InlineData("fr", "La défense a abattu 40 drones, 12 autres ont disparu des radars.", "drones_downed 40; drones_downed 12")]
    [InlineData("es", "Doce personas desaparecieron tras el ataque.", "")]
    public void WeaponsGoneFromRadar_AreDowned(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Vier Soldaten wurden bei einem Drohnenangriff verletzt.", "injured 4")]
    [InlineData("de", "Zwei Menschen starben bei einem Raketenangriff auf die Stadt.", "killed 2")]
    [InlineData("de", "Russland startete in der Nacht einen Drohnenangriff mit 50 Drohnen.", "drones_launched 50")]
    [InlineData("de", "Die Luftabwehr schoss eine Drohne ab.", "")]
    public void ACompoundWhoseHeadIsAnAttack_IsAnAttackNotAWeapon(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "Un hombre de 40 años murió en el ataque y su hijo de 12 resultó herido.", "")]
    [InlineData("es", "Una mujer de 67 años y su nieto de 8 resultaron heridos en el bombardeo.", "")]
    [InlineData("es", "Murieron 5 personas, entre ellas una niña de 12.", "killed 5")]
    [InlineData("es", "La madre de 3 niños heridos habló con la prensa.", "injured 3")]
    [InlineData("es", "Al menos 9 personas resultaron heridas, entre ellas 3 niños.", "injured 9 at_least; injured 3")]
    public void ABareNumberJoinedToAPerson_IsTheirAge(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ru", "С начала войны погибли не менее 20 тысяч человек, еще около 14 млн были вынуждены покинуть свои дома.", "killed 20000 at_least")]
    [InlineData("uk", "Від початку війни загинули понад 12 тисяч цивільних, ще 3,7 млн були змушені покинути свої домівки.", "killed 12000 more_than")]
    [InlineData("es", "Desde abril han muerto al menos 20.000 personas y otros 11 millones han huido.", "killed 20000 at_least")]
    [InlineData("de", "Seit April wurden mindestens 20.000 Menschen getötet, weitere 11 Millionen sind geflüchtet.", "killed 20000 at_least")]
    [InlineData("ar", "قُتل أكثر من 20 ألف شخص منذ أبريل، فيما نزح 11 مليونا آخرون.", "killed 20000 more_than")]
    [InlineData("ru", "Погибли 5 человек, еще 12 были ранены.", "killed 5; injured 12")]
    public void ABareCountRightBeforeAnAct_IsNoCasualty(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fr", "Il vit à Kharkiv depuis 20 ans; trois de ses voisins ont été blessés dans la frappe.", "injured 3")]
    [InlineData("fr", "Les 12 voisins du quartier ont reconstruit la maison.", "")]
    public void NeighboursArePeople(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("en", "Ten people, including four children, died of malnutrition in the past 24 hours.", "")]
    [InlineData("en", "At least 45 people were killed in an attack on the village, while dozens more are dying of hunger in the city.", "killed 45 at_least")]
    [InlineData("fr", "Dix personnes sont mortes de faim dans le camp.", "")]
    [InlineData("es", "Diez personas murieron de hambre en el campamento.", "")]
    [InlineData("ar", "توفي عشرة أشخاص بسبب سوء التغذية.", "")]
    [InlineData("en", "Fifteen people were killed when a bus overturned on a highway.", "")]
    [InlineData("en", "Fifteen people were killed when a missile hit a bus on a highway.", "killed 15")]
    public void DeathsFromHungerOrARoadAccident_AreNoCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "About 1,200 people were killed and 251 taken hostage in the attack.", "killed 1200 about")]
    [InlineData("fr", "Environ 1 200 personnes ont été tuées et 251 prises en otage.", "killed 1200 about")]
    [InlineData("en", "Three hostages were killed in the strike.", "killed 3")]
    public void PeopleTakenHostage_AreNoCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Two first responders were killed when a second drone hit the site.", "killed 2")]
    [InlineData("en", "Six people sought medical help after the attack on the district.", "injured 6")]
    [InlineData("uk", "Шестеро людей звернулися по медичну допомогу після атаки.", "injured 6")]
    [InlineData("en", "Six people sought shelter in the metro after the attack.", "")]
    public void RespondersAndThoseWhoSoughtMedicalHelp_AreCounted(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
