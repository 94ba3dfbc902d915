using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Tests.Support;

/// <summary>A reading of one word whose characters stand side by side at a known place in the image.</summary>
internal static class BoxedText
{
    /// <summary><paramref name="word"/> from (<paramref name="left"/>, <paramref name="top"/>), each character 20 px apart, 18 wide and 30 high.</summary>
    public static OcrText At(string word, int left, int top) =>
        new([
            [
                word.Select(
                        (c, i) =>
                            OcrGlyph.Plain(c) with
                            {
                                Box = new OcrBox(left + 20 * i, top, left + 20 * i + 18, top + 30),
                            }
                    )
                    .ToList(),
            ],
        ]);
}
