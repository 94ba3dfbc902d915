namespace CarPass.Host.Api.Internal;

/// <summary>
/// Internal:ApiKey — the shared secret of the internal endpoints; empty means they do not exist. A
/// shorter key than MinimumKeyLength stops the host at start rather than guard anything.
/// </summary>
public sealed class InternalOptions
{
    public const string Section = "Internal";
    public const int MinimumKeyLength = 32;

    public bool IsAcceptable => string.IsNullOrWhiteSpace(ApiKey) || ApiKey.Trim().Length >= MinimumKeyLength;

    public string ApiKey { get; set; } = "";
}
