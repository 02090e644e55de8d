using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-ninth session, speed-ext helper: the facts a tagged sentence gathers once while it is tagged, so that the
/// sentence reader's rules need not scan its tokens, agree with the scans they replace.
/// </summary>
public sealed class SpeedTwentyNinthTests
{
    public static TheoryData<string, string> Sentences => new()
    {
        { "en", "All the drones were shot down, the air force said on Tuesday." },
        { "en", "A Russian missile strike on Odesa killed 12 people and wounded at least 30." },
        { "en", "The death toll rose to 41 in the past 24 hours, officials said in March." },
        { "en", "Read more: the minister met his counterpart in Berlin." },
        { "vi", "Tất cả 25 máy bay không người lái đều bị bắn hạ trong đêm qua." },
        { "id", "Serangan rudal menewaskan tiga orang dan melukai 15 lainnya di Kharkiv." },
        { "fa", "۱۸ فروند پهپاد ساقط شدند و دو نفر کشته شدند." },
        { "ar", "وقتل 29 شخصا وأصيب آخرون في غارة بطائرات مسيرة." },
        { "uk", "Внаслідок атаки загинули двоє людей, ще 9 поранені." },
        { "de", "Bei einem Drohnenangriff wurden 41 Menschen verletzt." },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Has_EveryTag_SameAsAScanOfTheMatches(string code, string text)
    {
        var language = CompiledLanguage.For(LanguageCatalog.Default.Get(code));
        var tokens = new Tokenizer(language).Tokenize(text);
        var sut = new TaggedSentence(text, 0, tokens, language, []);

        var tagged = 0;
        foreach (var tag in Enum.GetValues<Tag>())
        {
            var scanned = false;
            for (var i = 0; i < sut.Count; i++)
            {
                scanned |= sut.StartingAt(i) is { } m && m.Tag == tag;
            }

            Assert.Equal(scanned, sut.Has(tag));
            Assert.Equal(scanned || sut.Has(Tag.Drone), sut.HasAny(tag, Tag.Drone));
            tagged += scanned ? 1 : 0;
        }

        Assert.True(tagged > 0);
    }

    [Fact]
    public void Tag_FitsTheSentencesBitSet()
    {
        // TaggedSentence.Has keeps one bit per tag in TagWords ints.
        Assert.True(Enum.GetValues<Tag>().Max(t => (int)t) < 32 * TaggedSentence.TagWords);
        Assert.True(Enum.GetValues<Tag>().Min(t => (int)t) >= 0);
    }
}
