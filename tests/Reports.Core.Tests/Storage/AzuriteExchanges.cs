namespace Reports.Core.Tests.Storage;

/// <summary>One signed request captured against Azurite (../shared/reference/azurite/*.md) and its string-to-sign.</summary>
internal sealed record AzuriteExchange(string Title, string Method, Uri Uri, IReadOnlyList<(string Name, string Value)> Headers, string StringToSign)
{
    public override string ToString() => Title;

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Uri);
        var length = Headers.Where(h => h.Name == "Content-Length").Select(h => int.Parse(h.Value, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        if (Method == "PUT")
        {
            request.Content = new ByteArrayContent(new byte[length]);
        }

        foreach (var (name, value) in Headers)
        {
            if (name == "Content-Type")
            {
                request.Content!.Headers.TryAddWithoutValidation(name, value);
            }
            else if (name != "Content-Length")
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

    /// <summary>Reads every "## section" of a capture file: its first fenced block is the request, the block after "StringToSign:" the expected text.</summary>
    public static IEnumerable<AzuriteExchange> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                continue;
            }

            var title = lines[i][3..];
            var request = Block(lines, ref i);
            while (i < lines.Length && lines[i] != "StringToSign:")
            {
                i++;
            }

            var stringToSign = Block(lines, ref i);
            var first = request[0].Split(' ', 2);
            var headers = request.Skip(1).Where(l => l.Length > 0).Select(l =>
            {
                var colon = l.IndexOf(':', StringComparison.Ordinal);
                return (l[..colon].Trim(), l[(colon + 1)..].Trim());
            }).ToList();
            yield return new AzuriteExchange(title, first[0], new Uri(first[1]), headers, string.Join('\n', stringToSign));
        }
    }

    private static List<string> Block(string[] lines, ref int i)
    {
        while (lines[i] != "```")
        {
            i++;
        }

        var block = new List<string>();
        for (i++; lines[i] != "```"; i++)
        {
            block.Add(lines[i]);
        }

        i++;
        return block;
    }
}
