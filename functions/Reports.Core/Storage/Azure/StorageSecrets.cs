using System.Text.RegularExpressions;

namespace Reports.Core.Storage.Azure;

/// <summary>Masks account keys, SAS signatures and authorization values in text bound for exceptions or logs.</summary>
internal static partial class StorageSecrets
{
    public static string Redact(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : SecretPattern().Replace(text, "${keep}***");

    [GeneratedRegex(@"(?<keep>\b(?:AccountKey|SharedAccessSignature|sig)=|\bSharedKey\s+[^:\s]+:|\bBearer\s+)[^;&\s""]+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPattern();
}
