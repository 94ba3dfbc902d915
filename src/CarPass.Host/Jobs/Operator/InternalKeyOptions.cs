namespace CarPass.Host.Jobs.Operator;

/// <summary>Internal:ApiKey — the shared secret of the internal endpoints; empty means they are not mapped.</summary>
public sealed class InternalKeyOptions
{
    public const string Section = "Internal";

    public string ApiKey { get; set; } = "";
}
