using CarPass.Bot.Replies;

namespace CarPass.Bot.Routing;

/// <summary>
/// Button payloads: short colon-separated parts, e.g. "v:{vehicle}" or "w:2:Petrol". Ids travel as
/// 22 URL-safe base64 characters, so two fit in one payload; every payload is checked against
/// Telegram's 64-byte limit when built. Ids in the 32-hex-digit form (deep links) are read too.
/// </summary>
public sealed record CallbackData(string Action, IReadOnlyList<string> Args)
{
    public const string Cancel = "x";
    public const string Garage = "g";
    public const string Vehicle = "v";
    public const string Passport = "p";
    public const string StartFlow = "f";
    public const string NextAction = "n";
    public const string Wizard = "w";
    public const string Settings = "s";
    public const string Menu = "m";
    public const string Center = "c";
    public const string Invite = "ci";
    public const string Employees = "ce";
    public const string EmployeeSwitch = "cx";
    public const string Operator = "op";
    public const string RequestAccess = "ar";
    public const string DecideAccess = "ad";
    public const string Grants = "ga";
    public const string RevokeGrant = "gr";
    public const string ConfirmVisit = "vc";
    public const string NotMine = "vn";
    public const string DisputeVisit = "vd";
    public const string HideVisit = "vh";

    /// <summary>"vw:{vehicle}": the owner says a service centre did the work a nudge asks for.</summary>
    public const string CenterDidIt = "vw";
    public const string ResolveDispute = "dr";
    public const string DecideChange = "cd";
    public const string OfferTransfer = "to";
    public const string AcceptTransfer = "ot";
    public const string NewTransferLink = "tn";
    public const string CancelTransfer = "tc";

    /// <summary>"rp:{vehicle}[:{f|m}[:{days}[:{y|n}]]]": the report's choices so far (Flows/Reports).</summary>
    public const string Report = "rp";
    public const string RevokeShareLink = "rr";

    /// <summary>"cl:{vin}[:{own vehicle}]": the claimant sends a VIN claim for review.</summary>
    public const string OpenClaim = "cl";
    public const string DecideClaim = "cq";

    /// <summary>"ex[:{vehicle|a}[:{z|j}]]": the owner's export, vehicle then format.</summary>
    public const string Export = "ex";

    /// <summary>"im:v:{vehicle}", "im:y", "im:n": a checked import file's vehicle, import, cancel.</summary>
    public const string Import = "im";

    /// <summary>A photo's reading: "o:{step}:{scan}:…" (see Flows/Ocr/OcrPayload).</summary>
    public const string Ocr = "o";

    /// <summary>"vy:{vehicle}:{stamp}:{y|n}": the owner accepts or skips the make and year a VIN proposes (Flows/VinDecode).</summary>
    public const string VinDecode = "vy";

    /// <summary>"dc:{vehicle}": the owner's documents of a car; "dx:{document}" deletes one, "dp:{document}" sends its photo.</summary>
    public const string Documents = "dc";
    public const string DeleteDocument = "dx";
    public const string DocumentPhoto = "dp";

    /// <summary>"ty:{vehicle}": the car's tyre sets; "tf:{set}" marks a set fitted today.</summary>
    public const string Tyres = "ty";
    public const string FitTyres = "tf";

    public string? Arg(int index) => index < Args.Count ? Args[index] : null;

    public static string Build(string action, params string[] args) =>
        TelegramLimits.CheckCallbackData(args.Length == 0 ? action : $"{action}:{string.Join(':', args)}");

    public static string Id(Guid id) =>
        Convert.ToBase64String(id.ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static Guid? ParseId(string? text)
    {
        if (Guid.TryParseExact(text, "N", out var hex))
            return hex;
        if (text is not { Length: 22 })
            return null;
        Span<byte> bytes = stackalloc byte[16];
        var base64 = text.Replace('-', '+').Replace('_', '/') + "==";
        return Convert.TryFromBase64String(base64, bytes, out var written) && written == 16 ? new Guid(bytes) : null;
    }

    public static CallbackData Parse(string? data)
    {
        var parts = (data ?? "").Split(':');
        return new CallbackData(parts[0], parts[1..]);
    }
}
