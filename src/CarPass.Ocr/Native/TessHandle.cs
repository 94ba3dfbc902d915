using Microsoft.Win32.SafeHandles;

namespace CarPass.Ocr.Native;

/// <summary>One Tesseract engine instance. Not thread-safe: one caller at a time (see TesseractPool).</summary>
internal sealed class TessHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TessHandle()
        : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        TesseractApi.Delete(handle);
        return true;
    }
}
