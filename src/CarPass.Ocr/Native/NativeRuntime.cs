using System.Runtime.InteropServices;

namespace CarPass.Ocr.Native;

/// <summary>Prepares the process for the native libraries, once, before the first call into them.</summary>
internal static class NativeRuntime
{
    private static readonly Lazy<string> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the libraries; returns Tesseract's version. Throws DllNotFoundException when they are missing.</summary>
    public static string EnsureLoaded() => Loaded.Value;

    private static string Load()
    {
        // OpenMP reads its limit when libgomp loads with Tesseract; a managed environment variable
        // never reaches the C runtime. One thread per engine is 5–8× faster here: parallelism
        // comes from the pool of engines instead.
        LibC.SetEnv("OMP_THREAD_LIMIT", "1", overwrite: 1);
        Leptonica.SetMessageSeverity(Leptonica.SeverityNone);
        return Marshal.PtrToStringUTF8(TesseractApi.Version()) ?? "unknown";
    }
}
