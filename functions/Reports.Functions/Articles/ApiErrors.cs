namespace Reports.Functions.Articles;

/// <summary>Error answers of the HTTP API: <c>{"error": code, "message": text}</c>.</summary>
internal static class ApiErrors
{
    public static IResult Problem(int status, string code, string message) =>
        Results.Json(new { error = code, message }, statusCode: status);
}
