namespace Reports.Core.Tests.Figures.Languages;

public sealed class FaFigureTests
{
    [Theory]
    [InlineData("در این حمله دست‌کم ۸ غیرنظامی کشته و ۲۵ نفر زخمی شدند.", "killed 8 at_least; injured 25")]
    [InlineData("روسیه شب گذشته ۴۵ پهپاد و ۶ موشک به سوی اوکراین پرتاب کرد.", "drones_launched 45; missiles_launched 6")]
    [InlineData("پدافند هوایی موفق شد ۳۸ فروند از ۴۵ پهپاد را ساقط کند.", "drones_downed 38; drones_launched 45")]
    [InlineData("بیش از ۱۰۰ نفر در این انفجار مجروح شدند.", "injured 100 more_than")]
    [InlineData("حدود ۲ هزار و ۵۰۰ نفر از آغاز جنگ کشته شده‌اند.", "killed 2500 about")]
    [InlineData("ارتش اعلام کرد ۱۲ فروند پهپاد دشمن را رهگیری و منهدم کرد.", "drones_downed 12")]
    [InlineData("بیست و سه نفر در حمله موشکی زخمی شدند.", "injured 23")]
    [InlineData("صدها نفر در این درگیری‌ها کشته شدند.", "killed 100 at_least")]
    [InlineData("در این حمله 7 نفر کشته شدند که از جمله 3 کودک بودند.", "killed 7; killed 3")]
    [InlineData("شمار کشته‌شدگان این حمله به ۴۶ نفر رسید.", "killed 46")]
    [InlineData("در این حمله ۶ موشک شلیک شد که ۵ فروند از آن‌ها رهگیری شدند.", "missiles_launched 6; missiles_downed 5")]
    [InlineData("سامانه‌ها ۳۵ فروند از ۴۲ پهپادی را که به سوی استان شلیک شده بود رهگیری کردند.", "drones_downed 35; drones_launched 42")]
    [InlineData("روسیه با ۸۵ پهپاد و ۴ موشک کروز به این کشور حمله کرد که ۶۰ پهپاد ساقط شدند.", "drones_launched 85; missiles_launched 4; drones_downed 60")]
    [InlineData("در این سانحه هر ۲ خلبان بالگرد کشته شدند.", "")]
    [InlineData("وزارت بهداشت اعلام کرد شمار شهدای این شهر به ۴۱ هزار و ۲۰۰ نفر رسید.", "killed 41200")]
    public void Extract_WireSentence_FindsItsFigures(string text, string expected) =>
        ExtractorHarness.AssertFigures("fa", text, expected);

    [Theory]
    [InlineData("آلمان قرار است ۱۰۰ موشک به اوکراین تحویل دهد.")]
    [InlineData("این بسته کمک نظامی ۲ میلیارد دلار ارزش دارد.")]
    [InlineData("این مرد ۴۵ ساله در بیمارستان بستری است.")]
    [InlineData("روسیه ۱۵ حمله به ۱۰ روستا انجام داد.")]
    public void Extract_NotAFigure_FindsNothing(string text) =>
        Assert.Empty(ExtractorHarness.Extract("fa", text));
}
