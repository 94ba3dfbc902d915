using System.Security.Cryptography;
using System.Text;

namespace CarPass.Data.Reports;

/// <summary>
/// Link tokens: 32 random bytes (256 bits) as URL-safe base64, 43 characters. Report ids: 8
/// characters of Crockford's base32 (no I, L, O, U), easy to read aloud; unique, not secret.
/// </summary>
public static class ShareTokens
{
    public const int TokenLength = 43;
    private const string ReportAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string NewReportId() => "R-" + RandomNumberGenerator.GetString(ReportAlphabet, 8);

    /// <summary>Null for anything that cannot be a token, so a malformed one costs no database read.</summary>
    public static string? HashOf(string? token)
    {
        if (token is not { Length: TokenLength } || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            return null;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
    }
}
