namespace CarPass.Bot.Tests.Ocr;

/// <summary>The flood test measures how long other people wait, so it runs alone, not beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PhotoFloodCollection
{
    public const string Name = "photo flood";
}
