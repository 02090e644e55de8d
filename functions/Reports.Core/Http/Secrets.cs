using System.Text.RegularExpressions;

namespace Reports.Core.Http;

/// <summary>Masks account keys, SAS signatures, subscription keys and authorization values in text bound for exceptions or logs.</summary>
internal static partial class Secrets
{
    public static string Redact(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : SecretPattern().Replace(text, "${keep}***");

    [GeneratedRegex(@"(?<keep>\b(?:AccountKey|SharedAccessSignature|sig)=|\bSharedKey\s+[^:\s]+:|\bBearer\s+|\bOcp-Apim-Subscription-Key\s*[:=]\s*)[^;&\s""]+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPattern();
}
