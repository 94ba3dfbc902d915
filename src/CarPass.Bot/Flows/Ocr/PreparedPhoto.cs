using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using CarPass.Ocr;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// The photo of the update this scope handles, read before the update's transaction
/// (<see cref="PhotoPreparation"/>). The handler inside the transaction only stores and shows it:
/// there is no other way to read a photo there.
/// </summary>
public sealed class PreparedPhoto
{
    private (string FileId, OcrKind Kind, Outcome<OcrResult> Reading)? _kept;

    public void Keep(IncomingImage image, OcrKind kind, Outcome<OcrResult> reading) =>
        _kept = (image.FileId, kind, reading);

    /// <summary>The reading of this image as this kind; null when it was not read as that (the conversation changed meanwhile).</summary>
    public Outcome<OcrResult>? For(IncomingImage image, OcrKind kind) =>
        _kept is { } kept && kept.FileId == image.FileId && kept.Kind == kind
            ? kept.Reading
            : default(Outcome<OcrResult>?);
}
