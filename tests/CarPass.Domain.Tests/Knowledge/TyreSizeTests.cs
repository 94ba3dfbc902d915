using CarPass.Domain.Tyres;

namespace CarPass.Domain.Tests.Knowledge;

public sealed class TyreSizeTests
{
    [Theory]
    [InlineData("205/55 R16", "205/55 R16")]
    [InlineData("205/55r16", "205/55 R16")]
    [InlineData(" 225 / 45 ZR 17 ", "225/45 ZR17")]
    [InlineData("195/75R16C", "195/75 R16C")]
    public void A_sidewall_size_is_read_forgivingly_and_written_one_way(string typed, string written) =>
        Assert.Equal(written, TyreSize.TryParse(typed)?.ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("205/55")]
    [InlineData("R16")]
    [InlineData("205/55 R99")]
    [InlineData("905/55 R16")]
    [InlineData("205/15 R16")]
    [InlineData("205-55-16")]
    public void Anything_else_is_not_a_size(string? typed) => Assert.Null(TyreSize.TryParse(typed));
}
