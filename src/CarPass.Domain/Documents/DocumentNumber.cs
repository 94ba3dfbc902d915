namespace CarPass.Domain.Documents;

/// <summary>
/// A policy or certificate number is shown only by its last four characters ("•••• 4821"): enough
/// for the owner to tell two policies apart, not enough to reuse the number elsewhere.
/// </summary>
public static class DocumentNumber
{
    public const int MaxLength = 32;
    private const int Visible = 4;

    public static string Mask(string number)
    {
        var compact = number.Replace(" ", "", StringComparison.Ordinal);
        return compact.Length <= Visible ? "••••" : $"•••• {compact[^Visible..]}";
    }
}
