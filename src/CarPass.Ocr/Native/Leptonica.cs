using System.Runtime.InteropServices;

namespace CarPass.Ocr.Native;

/// <summary>The few Leptonica calls CarPass needs: decode from memory, convert, scale, measure.</summary>
internal static unsafe partial class Leptonica
{
    private const string Library = "liblept.so.5";

    public const int SeverityNone = 6;
    public const int StandardDeviation = 6;

    [LibraryImport(Library, EntryPoint = "pixReadMem")]
    internal static partial PixHandle ReadMem(byte* data, nuint size);

    [LibraryImport(Library, EntryPoint = "pixDestroy")]
    internal static partial void Destroy(ref IntPtr pix);

    [LibraryImport(Library, EntryPoint = "pixGetWidth")]
    internal static partial int GetWidth(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetHeight")]
    internal static partial int GetHeight(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixConvertTo8")]
    internal static partial PixHandle ConvertTo8(PixHandle pix, int colormapFlag);

    [LibraryImport(Library, EntryPoint = "pixScale")]
    internal static partial PixHandle Scale(PixHandle pix, float scaleX, float scaleY);

    [LibraryImport(Library, EntryPoint = "pixDeskew")]
    internal static partial PixHandle Deskew(PixHandle pix, int reducedSearch);

    [LibraryImport(Library, EntryPoint = "pixMedianFilter")]
    internal static partial PixHandle MedianFilter(PixHandle pix, int width, int height);

    [LibraryImport(Library, EntryPoint = "pixGetAverageMasked")]
    internal static partial int GetAverageMasked(
        PixHandle pix,
        IntPtr mask,
        int x,
        int y,
        int factor,
        int type,
        out float value
    );

    [LibraryImport(Library, EntryPoint = "setMsgSeverity")]
    internal static partial int SetMessageSeverity(int severity);
}
