using Microsoft.Win32.SafeHandles;

namespace CarPass.Ocr.Native;

/// <summary>A Leptonica image; destroyed exactly once.</summary>
internal sealed class PixHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PixHandle()
        : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        Leptonica.Destroy(ref pix);
        return true;
    }
}
