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

    [LibraryImport(Library, EntryPoint = "pixGetDepth")]
    internal static partial int GetDepth(PixHandle pix);

    /// <summary>The image's 32-bit words, <see cref="GetWordsPerLine"/> to a row; within a word the first pixel is the most significant byte.</summary>
    [LibraryImport(Library, EntryPoint = "pixGetData")]
    internal static partial uint* GetData(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetWpl")]
    internal static partial int GetWordsPerLine(PixHandle pix);

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

    [LibraryImport(Library, EntryPoint = "pixSauvolaBinarize")]
    internal static partial int SauvolaBinarize(
        PixHandle pix,
        int windowHalfSize,
        float factor,
        int addBorder,
        IntPtr mean,
        IntPtr deviation,
        IntPtr threshold,
        out PixHandle binary
    );

    public const int SelectIfBoth = 6;
    public const int SelectIfLess = 1;

    [LibraryImport(Library, EntryPoint = "pixSelectBySize")]
    internal static partial PixHandle SelectBySize(
        PixHandle pix,
        int width,
        int height,
        int connectivity,
        int type,
        int relation,
        IntPtr changed
    );

    [LibraryImport(Library, EntryPoint = "pixXor")]
    internal static partial PixHandle Xor(IntPtr destination, PixHandle first, PixHandle second);

    [LibraryImport(Library, EntryPoint = "pixDilateBrick")]
    internal static partial PixHandle DilateBrick(IntPtr destination, PixHandle pix, int width, int height);

    [LibraryImport(Library, EntryPoint = "pixCopy")]
    internal static partial PixHandle Copy(IntPtr destination, PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixSetMasked")]
    internal static partial int SetMasked(PixHandle pix, PixHandle mask, uint value);

    [LibraryImport(Library, EntryPoint = "setMsgSeverity")]
    internal static partial int SetMessageSeverity(int severity);
}
