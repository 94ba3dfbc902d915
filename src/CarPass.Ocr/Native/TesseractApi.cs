using System.Runtime.InteropServices;

namespace CarPass.Ocr.Native;

/// <summary>Tesseract 5's C API (capi.h), only what CarPass calls.</summary>
internal static partial class TesseractApi
{
    private const string Library = "libtesseract.so.5";

    [LibraryImport(Library, EntryPoint = "TessVersion")]
    internal static partial IntPtr Version();

    [LibraryImport(Library, EntryPoint = "TessBaseAPICreate")]
    internal static partial TessHandle Create();

    [LibraryImport(Library, EntryPoint = "TessBaseAPIDelete")]
    internal static partial void Delete(IntPtr handle);

    /// <summary>Tesseract's legacy engine only (OEM_TESSERACT_ONLY), for <see cref="Init2"/>.</summary>
    public const int LegacyEngineOnly = 0;

    [LibraryImport(Library, EntryPoint = "TessBaseAPIInit2", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Init2(TessHandle handle, string dataPath, string language, int engineMode);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIInit3", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Init(TessHandle handle, string dataPath, string language);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetVariable(TessHandle handle, string name, string value);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetPageSegMode")]
    internal static partial void SetPageSegMode(TessHandle handle, int mode);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetImage2")]
    internal static partial void SetImage(TessHandle handle, PixHandle pix);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetRectangle")]
    internal static partial void SetRectangle(TessHandle handle, int left, int top, int width, int height);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetSourceResolution")]
    internal static partial void SetSourceResolution(TessHandle handle, int ppi);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIRecognize")]
    internal static partial int Recognize(TessHandle handle, IntPtr monitor);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIGetUTF8Text")]
    internal static partial IntPtr GetUtf8Text(TessHandle handle);

    [LibraryImport(Library, EntryPoint = "TessDeleteText")]
    internal static partial void DeleteText(IntPtr text);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIClear")]
    internal static partial void Clear(TessHandle handle);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIGetIterator")]
    internal static partial IntPtr GetIterator(TessHandle handle);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorDelete")]
    internal static partial void DeleteIterator(IntPtr iterator);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorNext")]
    internal static partial int Next(IntPtr iterator, int level);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorGetUTF8Text")]
    internal static partial IntPtr IteratorText(IntPtr iterator, int level);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorConfidence")]
    internal static partial float IteratorConfidence(IntPtr iterator, int level);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorGetPageIteratorConst")]
    internal static partial IntPtr PageIterator(IntPtr iterator);

    [LibraryImport(Library, EntryPoint = "TessPageIteratorIsAtBeginningOf")]
    internal static partial int IsAtBeginningOf(IntPtr pageIterator, int level);

    [LibraryImport(Library, EntryPoint = "TessPageIteratorBoundingBox")]
    internal static partial int BoundingBox(
        IntPtr pageIterator,
        int level,
        out int left,
        out int top,
        out int right,
        out int bottom
    );

    [LibraryImport(Library, EntryPoint = "TessResultIteratorGetChoiceIterator")]
    internal static partial IntPtr ChoiceIterator(IntPtr iterator);

    [LibraryImport(Library, EntryPoint = "TessChoiceIteratorDelete")]
    internal static partial void DeleteChoiceIterator(IntPtr choices);

    [LibraryImport(Library, EntryPoint = "TessChoiceIteratorNext")]
    internal static partial int NextChoice(IntPtr choices);

    /// <summary>Owned by the iterator: never freed by the caller.</summary>
    [LibraryImport(Library, EntryPoint = "TessChoiceIteratorGetUTF8Text")]
    internal static partial IntPtr ChoiceText(IntPtr choices);

    [LibraryImport(Library, EntryPoint = "TessChoiceIteratorConfidence")]
    internal static partial float ChoiceConfidence(IntPtr choices);
}
