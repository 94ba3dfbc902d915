using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Native;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CarPass.Ocr.Network;

/// <summary>
/// PaddleOCR's text-line recognition network (PP-OCRv4, ONNX) run by ONNX Runtime: one line of an
/// image in, text with each character's alternatives out. A recogniser of another make than
/// Tesseract's, trained on other data, so it is wrong in other places. One session serves every
/// caller (ONNX Runtime's Run is thread-safe), one thread per call, like the Tesseract handles.
/// </summary>
internal sealed class LineNetwork : IDisposable
{
    public const string ModelFile = "ppocr_rec.onnx";
    public const string CharactersFile = "ppocr_keys.txt";

    private readonly InferenceSession _session;
    private readonly string _input;
    private readonly char[] _characters;

    private LineNetwork(InferenceSession session, char[] characters)
    {
        _session = session;
        _input = session.InputMetadata.Keys.First();
        _characters = characters;
    }

    /// <summary>The network from a folder holding <see cref="ModelFile"/> and <see cref="CharactersFile"/>, reading only <paramref name="allowed"/>.</summary>
    public static LineNetwork Load(string folder, string allowed)
    {
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        options.ExecutionMode = ExecutionMode.ORT_SEQUENTIAL;
        var session = new InferenceSession(Path.Combine(folder, ModelFile), options);
        return new LineNetwork(session, Characters(File.ReadAllLines(Path.Combine(folder, CharactersFile)), allowed));
    }

    /// <summary>
    /// The class table: blank first, then one class per line of the characters file, then the space
    /// (PaddleOCR's order). Classes outside <paramref name="allowed"/> are '\0' and never read.
    /// </summary>
    internal static char[] Characters(IReadOnlyList<string> lines, string allowed)
    {
        var characters = new char[lines.Count + 2];
        for (var i = 0; i < lines.Count; i++)
            characters[i + 1] = lines[i] is [var c] && allowed.Contains(c) ? c : '\0';
        characters[^1] = ' ';
        return characters;
    }

    public OcrText Read(PixHandle grey, OcrBox region)
    {
        if (LineImage.From(grey, region) is not var (values, width))
            return OcrText.Empty;
        var input = new DenseTensor<float>(values, [1, 3, LineImage.Height, width]);
        using var results = _session.Run([NamedOnnxValue.CreateFromTensor(_input, input)]);
        var output = results[0].AsTensor<float>();
        var (steps, classes) = (output.Dimensions[1], output.Dimensions[2]);
        if (classes != _characters.Length || steps == 0)
            return OcrText.Empty;
        var probabilities = output is DenseTensor<float> dense ? dense.Buffer.Span : output.ToArray();
        return CtcDecoder.Decode(probabilities, classes, _characters, region, region.Width / (double)steps);
    }

    public void Dispose() => _session.Dispose();
}
