namespace CarPass.Host.Api.Internal;

/// <summary>Internal:ApiKey — the shared secret of the internal endpoints; empty means they do not exist.</summary>
public sealed class InternalOptions
{
    public const string Section = "Internal";

    public string ApiKey { get; set; } = "";
}
