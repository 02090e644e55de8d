using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reports.Deployment.Tests;

/// <summary>
/// A lint for the Bicep that needs no compiler (none can be installed here): modules exist, every parameter passed is
/// declared and every required one is passed, outputs used exist, brackets balance, main.parameters.json names only
/// declared parameters, and the pieces the app depends on are there. `az bicep build` remains the real check.
/// </summary>
public sealed partial class BicepStructureTests
{
    private static readonly string Infra = RepoPaths.Combine("infra");

    [Fact]
    public void Modules_Exist_AndTheirParametersMatch()
    {
        var main = File.ReadAllText(Path.Combine(Infra, "main.bicep"));
        var modules = ModuleDeclaration().Matches(main).ToList();
        Assert.Equal(9, modules.Count);
        foreach (Match module in modules)
        {
            var symbol = module.Groups[1].Value;
            var path = Path.Combine(Infra, module.Groups[2].Value);
            Assert.True(File.Exists(path), $"module {symbol}: {path} does not exist");
            var text = File.ReadAllText(path);
            var declared = Params(text);
            var body = BlockAfter(main, module.Index);
            var paramsBlock = BlockAfter(body, body.IndexOf("params:", StringComparison.Ordinal));
            var passed = TopLevelKeys(paramsBlock);
            foreach (var p in passed)
            {
                Assert.True(declared.ContainsKey(p), $"module {symbol} is passed '{p}', which {module.Groups[2].Value} does not declare");
            }

            foreach (var (name, required) in declared)
            {
                Assert.True(!required || passed.Contains(name), $"module {symbol}: required parameter '{name}' is not passed");
            }

            var outputs = OutputDeclaration().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
            foreach (Match used in new Regex(Regex.Escape(symbol) + @"\.outputs\.(\w+)").Matches(main))
            {
                Assert.True(outputs.Contains(used.Groups[1].Value), $"{symbol}.outputs.{used.Groups[1].Value} is not an output of {module.Groups[2].Value}");
            }
        }
    }

    [Fact]
    public void EveryBicepFile_HasBalancedBrackets()
    {
        foreach (var file in Directory.EnumerateFiles(Infra, "*.bicep", SearchOption.AllDirectories))
        {
            var stack = new Stack<char>();
            var code = StripStringsAndComments(File.ReadAllText(file));
            foreach (var c in code)
            {
                switch (c)
                {
                    case '{' or '[' or '(':
                        stack.Push(c);
                        break;
                    case '}' or ']' or ')':
                        Assert.True(stack.Count > 0, $"{file}: unmatched '{c}'");
                        var open = stack.Pop();
                        Assert.True((open, c) is ('{', '}') or ('[', ']') or ('(', ')'), $"{file}: '{open}' closed by '{c}'");
                        break;
                }
            }

            Assert.True(stack.Count == 0, $"{file}: {stack.Count} unclosed bracket(s)");
        }
    }

    [Fact]
    public void ParametersFile_NamesOnlyDeclaredParameters()
    {
        var declared = Params(File.ReadAllText(Path.Combine(Infra, "main.bicep")));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Infra, "main.parameters.json")));
        foreach (var p in doc.RootElement.GetProperty("parameters").EnumerateObject())
        {
            Assert.True(declared.ContainsKey(p.Name), $"main.parameters.json sets '{p.Name}', which main.bicep does not declare");
        }

        Assert.All(declared, d => Assert.False(d.Value, $"main.bicep parameter '{d.Key}' has no default"));
    }

    [Fact]
    public void FunctionApp_IsFlexConsumptionWithTheIsolatedWorkerRuntime()
    {
        var text = File.ReadAllText(Path.Combine(Infra, "app", "functionapp.bicep"));
        Assert.Contains("name: 'FC1'", text, StringComparison.Ordinal);
        Assert.Contains("tier: 'FlexConsumption'", text, StringComparison.Ordinal);
        Assert.Contains("kind: 'functionapp,linux'", text, StringComparison.Ordinal);
        Assert.Matches(@"runtime:\s*\{\s*name:\s*'dotnet-isolated'\s*version:\s*'10\.0'", text);
        Assert.Matches(@"type:\s*'blobContainer'", text);
        Assert.Matches(@"type:\s*'UserAssignedIdentity'", text);
    }

    [Fact]
    public void Storage_HasEveryContainerTheAppUses_AndNoSharedKey()
    {
        var text = File.ReadAllText(Path.Combine(Infra, "app", "storage.bicep"));
        foreach (var container in new[] { "articles", "analyses", "rollups", "rejected", "receipts", "index", "briefings", "subscribers", "deliveries" })
        {
            Assert.Contains($"'{container}'", text, StringComparison.Ordinal);
        }

        Assert.Contains("allowSharedKeyAccess: false", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleAssignments_UseTheBuiltInRoleIds()
    {
        var all = string.Concat(Directory.EnumerateFiles(Path.Combine(Infra, "app"), "*.bicep").Select(File.ReadAllText));
        Assert.Contains("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", all, StringComparison.Ordinal); // Storage Blob Data Owner
        Assert.Contains("974c5e8b-45b9-4653-ba55-5f855dd0fb88", all, StringComparison.Ordinal); // Storage Queue Data Contributor
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", all, StringComparison.Ordinal); // Key Vault Secrets User
        Assert.Contains("3913510d-42f4-4e42-8a64-420c390055eb", all, StringComparison.Ordinal); // Monitoring Metrics Publisher
        Assert.Contains("a97b65f3-24c7-4388-baec-2e87135dc908", all, StringComparison.Ordinal); // Cognitive Services User
    }

    [Fact]
    public void LanguageModule_IsOnlyDeployedWithTheAzureLanguageAnalyzer()
    {
        var main = File.ReadAllText(Path.Combine(Infra, "main.bicep"));
        Assert.Contains("module language 'app/language.bicep' = if (analyzer == 'azure-language')", main, StringComparison.Ordinal);
        Assert.Matches(@"@allowed\(\['builtin', 'azure-language'\]\)\s*param analyzer string = 'builtin'", main);
        Assert.Matches(@"@allowed\(\['extractive', 'abstractive'\]\)\s*param languageSummary string = 'extractive'", main);

        // Every use of the conditional module's outputs is guarded by the same condition (a builtin deployment has no
        // such module); the function app then gets an empty endpoint.
        Assert.Contains("var useLanguage = analyzer == 'azure-language'", main, StringComparison.Ordinal);
        var uses = Regex.Matches(main, @"^.*\blanguage\.outputs\.\w+.*$", RegexOptions.Multiline);
        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(@"useLanguage \? language\.outputs\.\w+ : ''", u.Value));
        var functionApp = BlockAfter(main, main.IndexOf("module functionApp ", StringComparison.Ordinal));
        Assert.Contains("analyzer: analyzer", functionApp, StringComparison.Ordinal);
        Assert.Contains("languageEndpoint: useLanguage ? language.outputs.endpoint : ''", functionApp, StringComparison.Ordinal);
        Assert.Contains("languageSummary: languageSummary", functionApp, StringComparison.Ordinal);
    }

    [Fact]
    public void EntraAuth_IsOffByDefault_AndLeavesOpenOnlyWhatNeedsNoAccount()
    {
        var main = File.ReadAllText(Path.Combine(Infra, "main.bicep"));
        Assert.Matches(@"param entraClientId string = ''", main);
        Assert.Contains("module auth 'app/auth.bicep' = if (!empty(entraClientId))", main, StringComparison.Ordinal);
        var parameters = File.ReadAllText(Path.Combine(Infra, "main.parameters.json"));
        Assert.DoesNotContain("entraClientId", parameters, StringComparison.Ordinal); // off unless asked for

        var auth = File.ReadAllText(Path.Combine(Infra, "app", "auth.bicep"));
        Assert.Contains("'Microsoft.Web/sites/config@2024-04-01'", auth, StringComparison.Ordinal);
        Assert.Contains("name: 'authsettingsV2'", auth, StringComparison.Ordinal);
        Assert.Matches(@"requireAuthentication:\s*true", auth);
        Assert.Matches(@"unauthenticatedClientAction:\s*'RedirectToLoginPage'", auth);
        Assert.Matches(@"requireHttps:\s*true", auth);
        Assert.Contains("/v2.0'", auth, StringComparison.Ordinal);
        Assert.DoesNotContain("clientSecret", auth, StringComparison.OrdinalIgnoreCase); // no secret in the template

        // Exactly the paths that can have no account: the unsubscribe link, the blob trigger's Event Grid webhook, the probe.
        var paths = Regex.Match(auth, @"excludedPaths:\s*\[(.*?)\]", RegexOptions.Singleline);
        Assert.True(paths.Success, "no excludedPaths");
        var excluded = Regex.Matches(paths.Groups[1].Value, "'(/[^']*)'").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(["/api/health", "/api/unsubscribe", "/runtime/webhooks/blobs"], excluded);
    }

    [Fact]
    public void LanguageModule_IsATextAnalyticsAccount_WithIdentityOnly_AndCognitiveServicesUserForTheApp()
    {
        var text = File.ReadAllText(Path.Combine(Infra, "app", "language.bicep"));
        Assert.Contains("'Microsoft.CognitiveServices/accounts@2023-05-01'", text, StringComparison.Ordinal);
        Assert.Contains("kind: 'TextAnalytics'", text, StringComparison.Ordinal);
        Assert.Matches(@"param sku string = 'S'", text);
        Assert.Matches(@"customSubDomainName:\s*\S", text); // Entra ID tokens need a custom subdomain
        Assert.Contains("disableLocalAuth: true", text, StringComparison.Ordinal);
        Assert.Contains("output endpoint string = account.properties.endpoint", text, StringComparison.Ordinal);
        Assert.DoesNotContain("listKeys", text, StringComparison.OrdinalIgnoreCase);

        // Cognitive Services User (not a look-alike id), on the account, for the identity passed in.
        var role = BlockAfter(text, text.IndexOf("resource cognitiveServicesUser 'Microsoft.Authorization/roleAssignments@2022-04-01'", StringComparison.Ordinal));
        Assert.Contains("var cognitiveServicesUserRoleId = 'a97b65f3-24c7-4388-baec-2e87135dc908'", text, StringComparison.Ordinal);
        Assert.Contains("scope: account", role, StringComparison.Ordinal);
        Assert.Contains("subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesUserRoleId)", role, StringComparison.Ordinal);
        Assert.Contains("principalId: identityPrincipalId", role, StringComparison.Ordinal);
        Assert.Contains("principalType: 'ServicePrincipal'", role, StringComparison.Ordinal);

        var main = File.ReadAllText(Path.Combine(Infra, "main.bicep"));
        var module = BlockAfter(main, main.IndexOf("module language ", StringComparison.Ordinal));
        Assert.Contains("identityPrincipalId: identity.outputs.principalId", module, StringComparison.Ordinal);
    }

    [Fact]
    public void EventSubscription_TargetsTheBlobsExtensionWebhookForArticles()
    {
        var text = File.ReadAllText(Path.Combine(Infra, "app", "blobsubscription.bicep"));
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=", text, StringComparison.Ordinal);
        Assert.Contains("systemKeys.blobs_extension", text, StringComparison.Ordinal);
        Assert.Contains("'Microsoft.Storage.BlobCreated'", text, StringComparison.Ordinal);
        Assert.Contains("subjectBeginsWith: '/blobServices/default/containers/${container}/'", text, StringComparison.Ordinal);
        Assert.Contains("param functionName string = 'AnalyzeArticle'", text, StringComparison.Ordinal);
        Assert.Contains("param container string = 'articles'", text, StringComparison.Ordinal);
        var main = File.ReadAllText(Path.Combine(Infra, "main.bicep"));
        Assert.Contains("module blobSubscription 'app/blobsubscription.bicep' = if (deployEventSubscription)", main, StringComparison.Ordinal);
    }

    /// <summary>Declared parameters, and whether each is required (no default).</summary>
    private static Dictionary<string, bool> Params(string text) =>
        ParamDeclaration().Matches(text).ToDictionary(m => m.Groups[1].Value, m => !m.Groups[2].Value.Contains('=', StringComparison.Ordinal));

    private static HashSet<string> TopLevelKeys(string block)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var depth = 0;
        foreach (var line in block.Split('\n'))
        {
            if (depth == 1 && KeyLine().Match(line) is { Success: true } m)
            {
                keys.Add(m.Groups[1].Value);
            }

            depth += line.Count(c => c is '{' or '[') - line.Count(c => c is '}' or ']');
        }

        return keys;
    }

    /// <summary>The text from the first '{' at or after <paramref name="start"/> to its matching '}'.</summary>
    private static string BlockAfter(string text, int start)
    {
        Assert.True(start >= 0);
        var open = text.IndexOf('{', start);
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return text[open..(i + 1)];
            }
        }

        throw new InvalidOperationException("unbalanced block");
    }

    private static string StripStringsAndComments(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (text[i] == '\'')
            {
                // A Bicep string: \' escapes, ${...} interpolations hold code (kept).
                for (i++; i < text.Length && text[i] != '\''; i++)
                {
                    if (text[i] == '\\')
                    {
                        i++;
                    }
                    else if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{')
                    {
                        var depth = 0;
                        for (i++; i < text.Length; i++)
                        {
                            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
                            if (depth == 0)
                            {
                                break;
                            }
                        }
                    }
                }
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^module\s+(\w+)\s+'([^']+)'", RegexOptions.Multiline)]
    private static partial Regex ModuleDeclaration();

    [GeneratedRegex(@"^param\s+(\w+)\s+\w+([^\n]*)", RegexOptions.Multiline)]
    private static partial Regex ParamDeclaration();

    [GeneratedRegex(@"^output\s+(\w+)\s", RegexOptions.Multiline)]
    private static partial Regex OutputDeclaration();

    [GeneratedRegex(@"^\s*(\w+)\s*:")]
    private static partial Regex KeyLine();
}
