using System.Globalization;
using System.Text;

namespace Reports.Functions.Tests.Support;

/// <summary>Small articles written for the tests (the real ones in ../shared belong to their publishers).</summary>
internal static class TestArticles
{
    public const string English = """
        Drones strike the port overnight

        At least 12 people were killed and 34 wounded when drones struck the port city overnight, officials said on Thursday.
        The air force said it shot down 40 of 52 drones launched in the attack, which lasted nearly four hours.
        Rescue teams were still searching the rubble on Thursday morning.
        """;

    public static byte[] Bytes(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>A distinct English article per number.</summary>
    public static byte[] Numbered(int n) => Bytes(string.Create(CultureInfo.InvariantCulture, $"""
        Attack number {n} on the eastern region

        At least {n + 3} people were killed and {n + 10} wounded when missiles struck the city of Dorn {n} overnight, officials said.
        The air force said it shot down {n % 40 + 2} drones launched in the attack.
        """));

    /// <summary>An English article with a dateline.</summary>
    public static byte[] Dated(string dateline) => Bytes($"""
        Shelling hits the river town

        KYIV, {dateline} – At least 7 people were killed when shells hit the river town, the regional governor said.
        """);
}
