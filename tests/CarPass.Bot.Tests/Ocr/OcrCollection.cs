namespace CarPass.Bot.Tests.Ocr;

/// <summary>The photo tests share one host and one warm engine; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class OcrCollection : ICollectionFixture<OcrWorld>
{
    public const string Name = "photos";
}
