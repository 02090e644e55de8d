using System.Text;
using Reports.Core.Storage.Azure;

namespace Reports.Core.Tests.Storage;

public sealed class BlobListParserTests
{
    // The page-2 answer captured from Azurite 3.37.0 (../shared/reference/azurite), trimmed of unused properties.
    private const string CapturedPage =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><EnumerationResults ServiceEndpoint="http://127.0.0.1:10000/devstoreaccount1" ContainerName="news-incoming"><Prefix>2026/01/</Prefix><Marker>2026/01/05/story-1.txt</Marker><MaxResults>1</MaxResults><Blobs><Blob><Name>2026/01/05/story-2-عربي.txt</Name><Properties><Creation-Time>Sun, 22 Nov 2026 04:55:04 GMT</Creation-Time><Last-Modified>Sun, 22 Nov 2026 04:55:04 GMT</Last-Modified><Etag>0x1D6F8AFC1385580</Etag><Content-Length>10</Content-Length><Content-Type>text/plain; charset=utf-8</Content-Type><BlobType>BlockBlob</BlobType></Properties><Metadata><source>wire</source></Metadata></Blob></Blobs><NextMarker/></EnumerationResults>""";

    [Fact]
    public void Parse_CapturedAzuritePage_ReadsEveryProperty()
    {
        var page = BlobListParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(CapturedPage)), "news-incoming");

        var item = Assert.Single(page.Items);
        Assert.Null(page.NextMarker);
        Assert.Equal("2026/01/05/story-2-عربي.txt", item.Name);
        Assert.Equal("news-incoming", item.Container);
        Assert.Equal("0x1D6F8AFC1385580", item.ETag);
        Assert.Equal(10, item.Length);
        Assert.Equal("text/plain; charset=utf-8", item.ContentType);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 4, 55, 4, TimeSpan.Zero), item.LastModified);
        Assert.Equal("wire", item.Metadata["SOURCE"]);
    }

    [Fact]
    public void Parse_EncodedName_IsDecoded()
    {
        const string xml = """<EnumerationResults><Blobs><Blob><Name Encoded="true">a%2Fb%20c</Name><Properties><Last-Modified>Sun, 22 Nov 2026 04:55:04 GMT</Last-Modified><Etag>"0x1"</Etag><Content-Length>0</Content-Length></Properties></Blob></Blobs><NextMarker>next</NextMarker></EnumerationResults>""";

        var page = BlobListParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "c");

        Assert.Equal("a/b c", page.Items[0].Name);
        Assert.Equal("0x1", page.Items[0].ETag);
        Assert.Equal("next", page.NextMarker);
    }
}
