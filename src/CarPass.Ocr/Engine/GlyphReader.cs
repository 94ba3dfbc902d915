using System.Runtime.InteropServices;
using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Native;

namespace CarPass.Ocr.Engine;

/// <summary>Walks a recognised page symbol by symbol with Tesseract's result and choice iterators.</summary>
internal static class GlyphReader
{
    private const int Line = 2;
    private const int Word = 3;
    private const int Symbol = 4;

    public static OcrText Read(TessHandle handle)
    {
        var iterator = TesseractApi.GetIterator(handle);
        if (iterator == IntPtr.Zero)
            return OcrText.Empty;
        try
        {
            var lines = new List<IReadOnlyList<IReadOnlyList<OcrGlyph>>>();
            List<IReadOnlyList<OcrGlyph>>? words = null;
            List<OcrGlyph>? glyphs = null;
            var page = TesseractApi.PageIterator(iterator);
            do
            {
                if (Text(iterator) is not { Length: > 0 } text)
                    continue;
                if (words is null || TesseractApi.IsAtBeginningOf(page, Line) != 0)
                    lines.Add(words = []);
                if (glyphs is null || TesseractApi.IsAtBeginningOf(page, Word) != 0)
                    words.Add(glyphs = []);
                glyphs.Add(Glyph(iterator, text[0]) with { Box = Box(page) });
            } while (TesseractApi.Next(iterator, Symbol) != 0);
            return new OcrText(lines);
        }
        finally
        {
            TesseractApi.DeleteIterator(iterator);
        }
    }

    private static string? Text(IntPtr iterator)
    {
        var text = TesseractApi.IteratorText(iterator, Symbol);
        if (text == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringUTF8(text);
        }
        finally
        {
            TesseractApi.DeleteText(text);
        }
    }

    private static OcrBox? Box(IntPtr page) =>
        TesseractApi.BoundingBox(page, Symbol, out var left, out var top, out var right, out var bottom) != 0
            ? new OcrBox(left, top, right, bottom)
            : null;

    private static OcrGlyph Glyph(IntPtr iterator, char read)
    {
        var choices = new List<OcrChoice> { new(read, TesseractApi.IteratorConfidence(iterator, Symbol)) };
        var alternatives = TesseractApi.ChoiceIterator(iterator);
        if (alternatives == IntPtr.Zero)
            return new OcrGlyph(choices);
        try
        {
            do
            {
                var text = Marshal.PtrToStringUTF8(TesseractApi.ChoiceText(alternatives));
                if (text is { Length: > 0 } && choices.All(c => c.Character != text[0]))
                    choices.Add(new OcrChoice(text[0], TesseractApi.ChoiceConfidence(alternatives)));
            } while (TesseractApi.NextChoice(alternatives) != 0);
        }
        finally
        {
            TesseractApi.DeleteChoiceIterator(alternatives);
        }
        return new OcrGlyph(choices);
    }
}
