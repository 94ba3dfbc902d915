using System.Runtime.InteropServices;

namespace CarPass.Ocr.Native;

internal static partial class LibC
{
    [LibraryImport("libc.so.6", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetEnv(string name, string value, int overwrite);
}
