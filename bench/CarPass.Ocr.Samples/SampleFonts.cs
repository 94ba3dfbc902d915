using SkiaSharp;

namespace CarPass.Ocr.Samples;

/// <summary>The DejaVu faces of Debian's fonts-dejavu-core, which every CarPass machine installs.</summary>
public static class SampleFonts
{
    public const string Folder = "/usr/share/fonts/truetype/dejavu";

    private static readonly string[] Files =
    [
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSansMono.ttf",
        "DejaVuSansMono-Bold.ttf",
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
    ];

    private static readonly Lazy<SKTypeface[]> Loaded = new(Load);

    public static int Count => Files.Length;

    public static SKTypeface Get(int index) => Loaded.Value[index % Files.Length];

    private static SKTypeface[] Load() =>
        Files
            .Select(file => Path.Combine(Folder, file))
            .Select(path =>
                File.Exists(path)
                    ? SKTypeface.FromFile(path)
                    : throw new FileNotFoundException(
                        "Install fonts-dejavu-core (apt-get install fonts-dejavu-core).",
                        path
                    )
            )
            .ToArray();
}
