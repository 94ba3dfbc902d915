namespace CarPass.Report;

/// <summary>
/// Reports:* — where buyers open a report's link. <see cref="PublicBaseUrl"/> is the host's public
/// address (e.g. https://carpass.example.org); without it the Mini App's address is used, then
/// the local one, so a development instance still prints a working link.
/// </summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";
    public const string LocalBaseUrl = "http://127.0.0.1:5080";

    public string? PublicBaseUrl { get; set; }

    public string LinkTo(string token, string? miniAppUrl) => $"{BaseUrl(miniAppUrl)}/r/{token}";

    private string BaseUrl(string? miniAppUrl)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl))
            return PublicBaseUrl.TrimEnd('/');
        if (Uri.TryCreate(miniAppUrl, UriKind.Absolute, out var app))
            return app.GetLeftPart(UriPartial.Authority);
        return LocalBaseUrl;
    }
}
