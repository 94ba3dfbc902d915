using CarPass.Ocr.Extraction;

namespace CarPass.Ocr.Tests.Extraction;

public class ForeignPlateExtractorTests
{
    [Fact]
    public void The_distinguishing_sign_gives_the_country()
    {
        var candidate = ForeignPlateExtractor.Extract("D B AB 1234")[0];

        Assert.Equal("BAB1234", candidate.Value);
        Assert.Equal("DE", candidate.Country);
        Assert.True(candidate.Valid);
    }

    [Fact]
    public void Without_a_sign_the_plate_is_proposed_for_the_owner_to_give_the_country()
    {
        var candidate = ForeignPlateExtractor.Extract("AB-123-CD")[0];

        Assert.Equal("AB123CD", candidate.Value);
        Assert.Null(candidate.Country);
        Assert.False(candidate.Valid);
    }

    [Theory]
    [InlineData("MADE IN GERMANY")]
    [InlineData("1650 1234")]
    [InlineData("")]
    public void Words_and_bare_numbers_are_not_plates(string text)
    {
        Assert.Empty(ForeignPlateExtractor.Extract(text));
    }
}
