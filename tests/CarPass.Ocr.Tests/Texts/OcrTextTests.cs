using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using CarPass.Domain.Texts;

namespace CarPass.Ocr.Tests.Texts;

public class OcrTextTests
{
    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var code in OcrErrorCodes.All)
            keys.Add($"error.{code}");
        foreach (var field in Enum.GetValues<OcrField>())
            keys.Add($"ocr_field.{SnakeCase.Of(field)}");
        return keys;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_ocr_code_and_field_has_a_russian_and_an_english_text(string key)
    {
        Assert.True(TextCatalog.Has(Language.Ru, key), key);
        Assert.True(TextCatalog.Has(Language.En, key), key);
    }

    [Fact]
    public void Every_ocr_error_code_constant_is_listed()
    {
        var constants = typeof(OcrErrorCodes)
            .GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(), OcrErrorCodes.All.Order());
    }
}
